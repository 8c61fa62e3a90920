"""What a term is, where a document opens a sentence by defining it (qa.answering.definitions)."""
import pytest

from qa.answering.definitions import apposed_in, asked_term, definition_in

PAPER = ("Bacteria survive in many ways. Though Spo0A is the key regulator for sporulation in Firmicutes, it regulates "
         "other processes too.\nText: Sporulation is an adaptive strategy that enables bacteria to survive harsh "
         "environmental conditions for long periods of time (1).\nStatocysts are found in many animals.\n")


@pytest.mark.parametrize("question, term", [
    ("What is sporulation?", "sporulation"), ("What are microtubule severing enzymes?", "microtubule severing enzymes"),
    ("what is a statocyst", "statocyst"), ("What is the size of a flavivirus?", None), ("What is it called?", None),
    ("What is the GDP of Vietnam?", None), ("What are the conclusions of this study?", None),
])
def test_a_question_asking_only_what_a_term_is_names_the_term(question, term):
    assert asked_term(question) == term


def test_the_definition_is_what_the_sentence_opening_with_the_term_says_it_is():
    from qa.text import split_sentences

    found = [PAPER[slice(*d)] for s, e in split_sentences(PAPER)
             for d in [definition_in(PAPER, s, e, "sporulation")] if d]
    assert found == ["an adaptive strategy that enables bacteria to survive harsh environmental conditions for long "
                     "periods of time"]  # not the sentence that only names it, and not the citation after it
    statocysts = PAPER.index("Statocysts")
    assert definition_in(PAPER, statocysts, len(PAPER) - 1, "statocyst") is None  # "are found": no definition


def test_what_a_term_is_is_answered_from_the_sentence_defining_it(tmp_path, encoder):
    from qa.config import Config
    from qa.indexing.index import build_index
    from qa.pipeline import QA

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "spores.txt").write_text(PAPER, encoding="utf-8")
    build_index(tmp_path / "docs", tmp_path / "index", Config(), encoder, progress=False)
    answer = QA(tmp_path / "index", encoder=encoder).answer("What is sporulation?")
    assert answer.found and answer.span.startswith("an adaptive strategy that enables bacteria")
    assert answer.text.startswith("Text: Sporulation is")
    first = answer.citations[0]
    assert PAPER[first.span_start:first.span_end] == answer.span


def test_what_is_set_beside_a_term_says_what_it_is_when_no_sentence_opens_with_it():
    text = ("Its main component is a statocyst, a balance sensor consisting of a statolith, a solid particle. "
            "Geologists use petrology (the study of rocks) and stratigraphy, which dates layers.")
    assert text[slice(*apposed_in(text, 0, len(text), "statocyst"))] == "a balance sensor consisting of a statolith"
    assert text[slice(*apposed_in(text, 0, len(text), "petrology"))] == "the study of rocks"
    assert apposed_in(text, 0, len(text), "stratigraphy") is None  # "which dates layers" says no "a" or "the"
    assert apposed_in(text, 0, len(text), "statolith") is not None and apposed_in(text, 0, 40, "statolith") is None
