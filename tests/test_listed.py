"""qa.answering.listed: "What measures ...?" answered with what "These measures include ..." lists after the sentence
naming them."""
import pytest

from qa.answering.listed import asked_things, asks_nth, listed_after, nth_item, nth_listed

NAMED = "To deepen this relationship, Vietnam and Laos need to implement effective measures."
LISTED = "These measures include enhancing high-level exchanges and strengthening people-to-people exchanges."


@pytest.mark.parametrize("question, noun", [
    ("What measures are needed to deepen the relationship?", "measures"),
    ("Which steps did they take?", "steps"),
    ("What are the measures?", "measures"),
    ("What is the measure?", None), ("What does it include?", None), ("Who took the steps?", None),
    # one more thing besides others: its noun, made plural
    ("Besides enhancing exchanges, what measure does the article propose?", "measures"),
    ("Apart from Laos, which country joined?", "countries"), ("What measure helps?", None),
])
def test_the_things_a_question_asks_for(question, noun):
    assert asked_things(question) == noun
    if question.startswith("What measure"):
        assert asked_things(question, besides=True) == "measures"  # its "Besides X," set apart


def test_the_things_listed_besides_those_set_aside():
    from qa.answering.contrasts import listed_but_aside

    listed = ("enhancing high-level exchanges and cooperation, promoting economic cooperation, and strengthening "
              "people-to-people exchanges")
    span = listed_but_aside(listed, 0, len(listed), "enhancing high-level exchanges and promoting economic cooperation")
    assert span and listed[slice(*span)] == "strengthening people-to-people exchanges"
    assert listed_but_aside(listed, 0, len(listed), "raising tourism") is None  # not set aside in the list


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


MEASURES = ("enhancing high-level exchanges and cooperation, promoting economic cooperation, and strengthening "
            "people-to-people exchanges")


@pytest.mark.parametrize("question, read", [
    ("Why is the first of those important?", "Why is enhancing high-level exchanges and cooperation important?"),
    ("Why does the second one matter?", "Why does promoting economic cooperation matter?"),
    ("What does the last of the three measures help with?",
     "What does strengthening people-to-people exchanges help with?"),
    ("What is the first step?", None), ("When was the first meeting held?", None),  # no list pointed back at
    ("What is the fourth of them?", None),  # the list has three
])
def test_the_nth_of_a_list_qa_gave_is_read_as_that_thing(question, read):
    assert nth_listed(question, MEASURES) == read
    assert nth_listed(question, "Vietnam and Laos") is None  # one thing, no list


def test_why_the_first_of_those_matters_is_answered_of_the_first_measure(seed_qa):
    history = ["What measures does MOIT Vietnam say are needed to deepen the Vietnam-Laos relationship?"]
    answer = seed_qa.answer("Why is the first of those important?", history=history)
    assert answer.found and "deepening mutual understanding and trust" in answer.span, (answer.span, answer.reason)


@pytest.mark.parametrize("question, item", [
    ("Which one is listed second?", "promoting economic cooperation"),
    ("And which one is mentioned first?", "enhancing high-level exchanges and cooperation"),
    ("What is the last one on that list?", "strengthening people-to-people exchanges"),
    ("Which comes last?", "strengthening people-to-people exchanges"),
    ("Why is the first of those important?", None),  # asks something of it (nth_listed)
    ("Who was first?", None),
])
def test_a_follow_up_asking_only_a_place_in_the_list_is_that_thing(question, item):
    found = nth_item(question, MEASURES)
    assert (MEASURES[slice(*found)] if found else None) == item
    assert asks_nth(question) == (item is not None)
    assert nth_listed(question, MEASURES) is None or item is None  # never read as a question about the thing


def test_which_one_is_listed_second_is_answered_from_the_list_qa_gave(seed_qa):
    from qa.asking.question import is_follow_up

    assert is_follow_up("Which one is mentioned first?")  # of a list given before, though it points at nothing
    history = ["What core principles did Thongsavanh Phomvihane say have guided the Vietnam-Laos relationship?"]
    assert seed_qa.answer("What is the last one on that list?", history=history).span == "mutual benefits"
    history = ["What measures does MOIT Vietnam say are needed to deepen the Vietnam-Laos relationship?"]
    assert seed_qa.answer("Which one is listed second?", history=history).span == "promoting economic cooperation"


def test_asked_for_things_a_quoted_first_item_is_widened_to_the_whole_list():
    from qa.answering.listed import whole_list

    def quoted(question, text, item):
        at = text.index(item)
        span = whole_list(question, text, len(text), (at, at + len(item)))
        return text[slice(*span)] if span else None

    mode = ("The display mode determines the maximum tolerated size of the fused polypeptide, its copy number on the "
            "phage, and potentially, the structure of the displayed polypeptide.")
    assert quoted("What characteristics are determined by the display mode?", mode, "maximum tolerated size") == (
        "maximum tolerated size of the fused polypeptide, its copy number on the phage, and potentially, the "
        "structure of the displayed polypeptide")
    assert quoted("What is determined by the display mode?", mode, "maximum tolerated size") is None  # one thing
    # a quote holding items already, a question opening with a clause; the last item ends before a verb, and
    # before the question's own words from "with", "under" ... on
    causes = "In developed countries, obesity, alcoholism, and drug use are common causes of poor immune function."
    assert quoted("In developed countries, what are common causes of poor immune function?", causes,
                  "obesity, alcoholism") == "obesity, alcoholism, and drug use"
    tribes = ("By 1206 Temüjin had united the Merkits, Naimans, Mongols, Keraites, Tatars, Uyghurs, and other "
              "disparate smaller tribes under his rule.")
    assert quoted("Which tribes had Temüjin united under his rule by 1206?", tribes, "Merkits, Naimans") == (
        "Merkits, Naimans, Mongols, Keraites, Tatars, Uyghurs, and other disparate smaller tribes")
    # a clause is no item, nor does a first item with a verb open the list
    assert quoted("Which countries border it?", "It borders France, Spain, which is large, and Italy.", "France") is None
    assert quoted("Which countries border it?", "It borders France and Spain, which are large.", "France") is None
    used = ("Thermochemical techniques can be used to determine temperature profiles within the crust, the uplift of "
            "mountain ranges, and paleotopography.")
    assert quoted("What techniques can be used to determine paleotopography?", used, "Thermochemical") is None
    # a list with no comma before its last item, but not a phrase and the clause after it
    funded = "CEPI will fund programmes with Inovio, The University of Queensland and Moderna, Inc respectively."
    assert quoted("Which vaccine developers did CEPI fund?", funded, "Inovio") == (
        "Inovio, The University of Queensland and Moderna")
    symptoms = "The most common symptoms were fever, cough and fatigue in most patients."
    assert quoted("What symptoms were most common in patients?", symptoms, "fever") == "fever, cough and fatigue"
    stoves = "The largest objects are stoves from the 16th and 17th centuries, made in Germany and Switzerland."
    assert quoted("What are the largest objects in the collection?", stoves, "stoves") is None


def test_one_part_of_not_only_but_also_is_widened_to_both():
    from qa.answering.listed import both_parts

    said = ("Failure to wash hands between patients can result not only in autoinfection, but also in infection of "
            "patients hospitalised for other causes when they provide care.")
    at = said.index("autoinfection")
    both = both_parts(said, 0, len(said), (at, at + len("autoinfection")))
    assert said[slice(*both)] == ("autoinfection, but also in infection of patients hospitalised for other causes "
                                  "when they provide care")
    assert both_parts(said, 0, len(said), both) is None  # already both
    assert both_parts(said, 0, len(said), (0, 7)) is None  # "Failure" lies in neither
    # two clauses are no parts of one answer: "British patrons" stays
    said = ("Not only the work of British artists is on display, but also work produced by European artists that was "
            "purchased or commissioned by British patrons, as well as imports from Asia.")
    at = said.index("British patrons")
    assert both_parts(said, 0, len(said), (at, at + len("British patrons"))) is None


def test_a_last_item_with_no_word_before_its_verb_ends_no_list():
    from qa.answering.listed import whole_list

    said = "The lake borders Austria, Germany, and is deep."
    at = said.index("Austria")
    assert whole_list("Which countries does the lake border?", said, len(said), (at, at + 7)) is None
