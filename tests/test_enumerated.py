"""qa.answering.enumerated: numbered lists ("(1) ...; (2) ...", "1. ...; 2. ...", "firstly, ...; secondly, ...")
quoted whole for "What are ...?", and their nth item for "What is Koch's second postulate?"."""
import re

import pytest

from conftest import qa_over
from qa.answering.enumerated import asks_nth, asks_several, asks_why, numbered

KOCH = ("Koch recognized as early as 1891 that associating an agent with a disease is complex. His postulates can "
        "be summarized in three points: (1) The microbe occurs in every case of the disease; (2) the microbe occurs "
        "in no other disease as a fortuitous parasite; and (3), after being fully isolated from the body, the "
        "microbe can induce the disease anew. If a microbe has fulfilled these postulates, it is the cause.")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S[^.]*(?:\.|$)", text)]


def _items(text: str) -> tuple[str, list[str]]:
    at, found = numbered(text, 0, len(text), _sentences(text))
    return text[at:at + 4] if at >= 0 else "", [text[s:e] for s, e in found]


@pytest.mark.parametrize("text, opens, items", [
    (KOCH, "(1) ", ["The microbe occurs in every case of the disease",
                    "the microbe occurs in no other disease as a fortuitous parasite",
                    "after being fully isolated from the body, the microbe can induce the disease anew"]),
    ("The four most used methods are: 1. Universal primer-PCR [41] ; 2. Random priming-based PCR [42] ; and 3. "
     "Sequence-Independent Single Primer Amplification (SISPA) [44] . Each has its uses.",
     "1. U", ["Universal primer-PCR [41]", "Random priming-based PCR [42]",
              "Sequence-Independent Single Primer Amplification (SISPA) [44]"]),
    ("They must consider these principles: firstly, early recognition; secondly, HCW safety; thirdly, bystander "
     "safety. Then they go.", "firs", ["early recognition", "HCW safety", "bystander safety"]),
    ("They fall into two categories of use: (i) phage as a vaccine carrier; and (ii) phage as a scaffold.",
     "(i) ", ["phage as a vaccine carrier", "phage as a scaffold"]),
    ("They are (a) clear and (b) unconditional, which matters.", "(a) ", ["clear", "unconditional, which matters"]),
])
def test_a_numbered_list_is_read_item_by_item(text, opens, items):
    assert _items(text) == (opens, items)


@pytest.mark.parametrize("text", [
    "Article 17(1) of the Treaty and Article 17(2) say so.",  # a clause's number, no list
    "In 2. the results differ, and 3. they agree.",  # "2." after no colon, not from 1
    "Only one point stands: (1) the microbe occurs in every case.",  # one item is no list
    "See (2) and (3) for the proofs.",  # not from 1
])
def test_no_list_where_none_is_numbered(text):
    assert _items(text) == ("", [])


@pytest.mark.parametrize("question, nth, several, why", [
    ("What is Koch's second postulate?", (2, "postulate"), False, False),
    ("What is the first step?", (1, "step"), False, False),
    ("What are the main steps for mitigating transmission?", None, True, False),
    ("What DNA-based techniques are used most?", None, True, False),
    ("Why are peptide vaccines no longer researched?", None, True, True),
    ("And why are they no longer researched?", None, True, True),  # a follow-up asks why as well
    ("Whyalla is where?", None, False, False),
    ("What does the virus bind to?", None, False, False),
    ("Who was the first president?", (1, "president"), False, False),
])
def test_what_a_question_asks_of_a_list(question, nth, several, why):
    assert (asks_nth(question), asks_several(question), asks_why(question)) == (nth, several, why)


def test_the_nth_item_and_the_whole_list_are_quoted(tmp_path, encoder):
    qa = qa_over(tmp_path, encoder, "koch.txt", KOCH + " A second study by Loeffler confirmed them.")
    # the reader is unsure of so short a text: asked to answer whatever its confidence, qa quotes the item
    second = qa.answer("What is Koch's second postulate?", min_confidence=0.0)
    assert second.found and second.span == "the microbe occurs in no other disease as a fortuitous parasite"
    every = qa.answer("What are Koch's postulates?")
    assert every.found and every.span.startswith("(1) The microbe occurs") and every.span.endswith("disease anew")
