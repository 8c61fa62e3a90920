"""What a term is, where a document opens a sentence by defining it (qa.answering.definitions)."""
import pytest
from conftest import qa_over

from qa.answering.definitions import apposed_in, asked_term, definition_in, described_in

PAPER = ("Bacteria survive in many ways. Though Spo0A is the key regulator for sporulation in Firmicutes, it regulates "
         "other processes too.\nText: Sporulation is an adaptive strategy that enables bacteria to survive harsh "
         "environmental conditions for long periods of time (1).\nStatocysts are found in many animals.\n")


@pytest.mark.parametrize("question, term", [
    ("What is sporulation?", "sporulation"), ("What are microtubule severing enzymes?", "microtubule severing enzymes"),
    ("what is a statocyst", "statocyst"), ("What is the size of a flavivirus?", None), ("What is it called?", None),
    ("What is the GDP of Vietnam?", None), ("What are the conclusions of this study?", None),
    ("How is preparedness defined?", "preparedness"), ("What is the definition of superspreading?", "superspreading"),
    ("How is the study designed?", None), ("How are you defined?", None),
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


@pytest.mark.parametrize("term, sentence, definition", [
    ("PHEIC", 'A PHEIC is defined as "an extraordinary event which is a risk" and so on.', "an extraordinary event which is a risk"),
    ("preparedness", "Preparedness as part of disaster risk reduction is defined as the knowledge and capacities of "
     "governments, agencies and people.", "the knowledge and capacities of governments"),
    # a plural written after its long form, defined with no article
    ("miRNAs", "MicroRNAs (miRNAs) are short non-coding RNAs involved in modulation.", "short non-coding RNAs involved in modulation"),
    ("viroporins", "Viroporins are transmembrane pore-forming proteins, encoded by viruses.", "transmembrane pore-forming proteins"),
    ("Bacillus subtilis", "Bacillus subtilis (B. subtilis) is a Gram-positive bacterium.", "a Gram-positive bacterium"),
    # saying what they do or how they are is no definition
    ("miRNAs", "miRNAs are found to be induced by viral infections.", None),
    ("miRNAs", "Therefore, miRNAs are being targeted.", None),
    ("lncRNAs", "Studies have indicated that long non-coding RNAs (lncRNAs) are critical for the regulation of cells.", None),
    ("viroporins", "Viroporins are upregulated in infected cells.", None),
    ("cells", "Cells are in the blood stream.", None),
])
def test_definitions_written_otherwise(term, sentence, definition):
    span = definition_in(sentence, 0, len(sentence), term)
    assert (sentence[slice(*span)] if span else None) == definition


def test_what_an_acronym_is_is_its_definition_and_what_it_stands_for_its_long_form(tmp_path, encoder):
    qa = qa_over(tmp_path, encoder, "egr1.txt", (
        "Expression of the transcription factor early growth response 1 (EGR1) was induced in infected cells.\n"
        "EGR1 is a transcription factor that can be induced by numerous signals.\n"))
    assert qa.answer("What is EGR1?").span == "a transcription factor that can be induced by numerous signals"
    assert qa.answer("What does EGR1 stand for?").span == "early growth response 1"


def test_the_words_before_an_acronym_that_say_what_it_is():
    text = "We are the first to associate KATNAL1 with it. Currently the microtubule severing enzyme KATNAL1 is known."
    said = described_in(text, 0, len(text), "KATNAL1")
    assert text[slice(*said)] == "microtubule severing enzyme"  # not "first to associate", words of a clause
    assert described_in("Currently KATNAL1 is known.", 0, 27, "KATNAL1") is None


def test_what_an_acronym_is_when_no_sentence_defines_or_spells_it_out(tmp_path, encoder):
    qa = qa_over(tmp_path, encoder, "katnal1.txt", "Mutations in KATNAL1 affect sleep in mice.\nCurrently the "
                 "microtubule severing enzyme KATNAL1 is poorly characterised.\n")
    assert qa.answer("What is KATNAL1?").span == "microtubule severing enzyme"
    assert not qa.answer("What does KATNAL1 stand for?").found  # the words say what it is, not its letters
