"""qa.listed: "What measures ...?" answered with what "These measures include ..." lists after the sentence
naming them."""
import pytest

from qa.listed import asked_things, listed_after

NAMED = "To deepen this relationship, Vietnam and Laos need to implement effective measures."
LISTED = "These measures include enhancing high-level exchanges and strengthening people-to-people exchanges."


@pytest.mark.parametrize("question, noun", [
    ("What measures are needed to deepen the relationship?", "measures"),
    ("Which steps did they take?", "steps"),
    ("What are the measures?", "measures"),
    ("What is the measure?", None), ("What does it include?", None), ("Who took the steps?", None),
])
def test_the_things_a_question_asks_for(question, noun):
    assert asked_things(question) == noun


def test_the_things_listed_after_the_sentence_naming_them():
    text = f"{NAMED} {LISTED}"
    named, listed = (0, len(NAMED)), (len(NAMED) + 1, len(text))
    start, end = listed_after(text, named, listed, "measures")
    assert text[start:end] == "enhancing high-level exchanges and strengthening people-to-people exchanges"
    assert listed_after(text, named, listed, "steps") is None  # another noun
    other = f"Trade grew fast. {LISTED}"
    assert listed_after(other, (0, 16), (17, len(other)), "measures") is None  # the sentence before names none


def test_a_follow_up_asking_what_measures_is_answered_from_the_list(seed_qa):
    history = ["When did MOIT Vietnam post 'Vietnam-Laos: Preserving and Deepening a Special Relationship'?"]
    answer = seed_qa.answer("What measures does it say are needed to deepen the relationship?", history=history)
    assert answer.found and answer.span.startswith("enhancing high-level exchanges and cooperation")
    assert answer.span in answer.citations[0].quote
