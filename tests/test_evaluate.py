import json
import subprocess
import sys

import pytest

from conftest import EVAL_DIR, ROOT
from qa.evaluate import evaluate, exact_match, normalize_answer, read_questions, token_f1


@pytest.mark.parametrize("text, normal", [
    ("The Denver Broncos!", "denver broncos"),
    ("  an   apple, a pear ", "apple pear"),
    ("US$2.94 billion", "us294 billion"),
])
def test_normalize_answer_like_squad(text, normal):
    assert normalize_answer(text) == normal


def test_exact_match_and_f1():
    assert exact_match("the 46th", "46th") == 1.0
    assert exact_match("46", "46th") == 0.0
    assert token_f1("over 14,000 students", "14,000") == pytest.approx(0.5)
    assert token_f1("nothing shared", "14,000") == 0.0


def test_read_questions_fills_defaults_and_names_bad_lines(tmp_path):
    good = tmp_path / "q.jsonl"
    good.write_text('{"question": "Why?"}\n\n{"question": "Who?", "answers": ["X"], "docs": ["01"]}\n')
    rows = read_questions(good)
    assert rows[0]["type"] == "unanswerable" and rows[1]["type"] == "factoid"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "ok"}\n{broken\n')
    with pytest.raises(Exception, match="bad.jsonl:2"):
        read_questions(bad)


def test_evaluate_scores_a_small_set(seed_qa, tmp_path):
    questions = [
        {"id": "a", "question": "How many Lao students are studying in Vietnam?", "answers": ["over 14,000"],
         "docs": ["001"], "type": "factoid"},
        {"id": "b", "question": "Who won the 2022 World Cup?", "answers": [], "docs": [], "type": "unanswerable"},
    ]
    report = evaluate(seed_qa, questions, progress=False, output=tmp_path / "rows.jsonl")
    overall = report["overall"]
    assert overall["accuracy"] == 1.0 and overall["span_em"] == 1.0 and overall["citation_accuracy"] == 1.0
    assert overall["abstention_precision"] == 1.0 and overall["abstention_recall"] == 1.0
    assert overall["recall_at_5"] == 1.0
    assert overall["answered"] == 0.5 and overall["answered_precision"] == 1.0  # one answered, rightly
    assert set(report["by_type"]) == {"factoid", "unanswerable"}
    rows = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"] and rows[0]["span"] == "over 14,000"


def test_eval_command_on_the_seed_questions(seed_index_dir):
    path = EVAL_DIR / "seeds_dev.jsonl"
    if not path.is_file():
        pytest.skip(f"evaluation data not found at {path}")
    run = subprocess.run([sys.executable, "-m", "qa.cli", "eval", str(path), "--index-dir", str(seed_index_dir),
                          "--json", "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["overall"]["questions"] == 16
    assert report["overall"]["accuracy"] >= 14 / 16  # 15 with the float32 encoder: tests/test_answer.py, d09
    assert report["by_type"]["unanswerable"]["abstention_recall"] == 1.0


def test_a_disliked_not_found_is_left_out_of_eval_and_a_disliked_answer_is_kept(tmp_path):
    from qa.evaluate import read_questions

    path = tmp_path / "feedback.jsonl"
    rows = [{"question": "Who?", "answers": [], "type": "disliked", "liked": False},
            {"question": "When?", "answers": [], "type": "disliked", "liked": False, "wrong_answers": ["x"]},
            {"question": "Where?", "answers": ["Hanoi"], "type": "liked", "liked": True}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [q["question"] for q in read_questions(path)] == ["When?", "Where?"]
