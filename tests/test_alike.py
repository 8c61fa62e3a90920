"""Follow-ups that swap a phrase of the earlier question for one sharing none of its words ("And reptiles?" after
"How many bird species ...?"): the phrase nearest in meaning is swapped (qa.asking.alike), with the real model."""
from __future__ import annotations

import pytest

from qa.asking.alike import nearest_run, noun_runs
from qa.asking.question import build_query

BIRDS = "How many bird species have been scientifically classified in the Amazon?"


def test_noun_runs_are_the_phrases_between_stopwords_and_verbs():
    runs = [BIRDS[a:b] for a, b in noun_runs(BIRDS)]
    assert runs == ["bird species", "Amazon"]  # not the participle "scientifically classified"
    body = "By what year does Cambodia aim to become a developed nation?"
    assert "Cambodia" in [body[a:b] for a, b in noun_runs(body)]  # a name ends a run: not "Cambodia aim"


@pytest.fixture(scope="module")
def likeness(seed_qa):
    return seed_qa._likeness


@pytest.mark.parametrize("body, phrase, swapped", [
    (BIRDS, "reptiles", "bird species"),
    ("By what year does Cambodia aim to become a developed nation?", "vietnam", "Cambodia"),
    ("How many students are enrolled at Harvard?", "faculty", "students"),  # a thing for a thing, not the name
    ("anglican private schools in auckland", "presbyterian ones", "anglican private"),  # "ones": the head stays
])
def test_the_nearest_phrase_in_meaning_is_swapped(likeness, body, phrase, swapped):
    (start, end), said = nearest_run(body, phrase, likeness)
    assert body[start:end] == swapped and said == phrase.replace(" ones", "")


@pytest.mark.parametrize("body, phrase", [
    ("uk private school day fees", "boarders"),  # nothing near enough
    ("Who won the 1998 world cup?", "2002"),  # a figure is for the word rules
    ("What is the population of Fresno?", "sacramento"),  # a lower-case word for a cased question's things only
])
def test_nothing_is_swapped_when_no_phrase_is_near(likeness, body, phrase):
    assert nearest_run(body, phrase, likeness) is None


def test_a_chain_of_elliptical_follow_ups_swaps_the_counted_thing_each_time(likeness):
    history = [BIRDS, "what about mammals?"]
    assert build_query("and reptiles?", history, likeness=likeness).question == \
        "How many reptiles have been scientifically classified in the Amazon?"
    # without the model, only words are compared, and the last phrase after a preposition is swapped as before
    assert build_query("and reptiles?", history).question == \
        "How many bird species have been scientifically classified in reptiles?"
    # a phrase the word rules place is placed as before
    assert build_query("And in Laos?", ["How many projects are in Cambodia?"], likeness=likeness).question == \
        "How many projects are in Laos?"


RAINFOREST = ("The Amazon rainforest covers much of the Amazon basin of South America. To date, at least 40,000 plant "
              "species, 2,200 fishes, 1,294 birds, 427 mammals, 428 amphibians, and 378 reptiles have been "
              "scientifically classified in the region. One in five of all the bird species in the world live in "
              "the rainforests of the Amazon.\n")


def test_a_chain_of_swaps_by_meaning_is_answered_end_to_end(tmp_path, encoder):
    from qa.config import Config
    from qa.indexing.index import build_index
    from qa.pipeline import QA

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "amazon.txt").write_text(RAINFOREST, encoding="utf-8")
    build_index(tmp_path / "docs", tmp_path / "index", Config(), encoder, progress=False)
    bot = QA(tmp_path / "index", encoder=encoder)
    asked = [BIRDS]
    for question, count in [("what about mammals?", "427"), ("and reptiles?", "378")]:
        answer = bot.answer(question, history=asked)
        assert answer.found and answer.span == count, (question, answer.span, answer.reason)
        asked.append(question)


def test_phrase_embeddings_are_remembered(seed_qa, monkeypatch):
    # a follow-up compares the earlier question's phrases twice (its query, then its context): encoded once
    encoded = []
    encode = seed_qa.encoder.encode
    monkeypatch.setattr(seed_qa.encoder, "encode", lambda texts, *a, **k: encoded.extend(texts) or encode(texts, *a, **k))
    first = seed_qa._likeness("rare reptiles", ["rare bird species", "the Amazon"])
    again = seed_qa._likeness("rare reptiles", ["the Amazon", "rare mammals"])
    assert encoded == ["rare reptiles", "rare bird species", "the Amazon", "rare mammals"]
    assert again[0] == pytest.approx(first[1]) and first[0] > again[0]


def test_remembered_phrase_embeddings_stay_bounded(seed_qa, monkeypatch):
    # a full cache forgets its oldest entries one by one, and the answer never reads back what it evicted
    monkeypatch.setattr(seed_qa, "_phrases", {f"phrase {i}": None for i in range(512)})
    said = seed_qa._likeness("rare reptiles", ["rare bird species", "the Amazon"])
    assert len(said) == 2 and said[0] > said[1]
    assert len(seed_qa._phrases) == 512 and "phrase 0" not in seed_qa._phrases and "the Amazon" in seed_qa._phrases
