"""Which of two offered things came first: the question's options, their years, and the answer on the seeds."""
import pytest

from qa.answering.earlier import asked_order, dated


@pytest.mark.parametrize("question, asked", [
    ("Which came first: the Treaty of Logstown or the Albany Congress?",
     ("the Treaty of Logstown", "the Albany Congress", False)),
    ("Who became chair of the IPCC first, Robert Watson or Rajendra K. Pachauri?",
     ("Robert Watson", "Rajendra K. Pachauri", False)),
    ("Which happened later: Georgia's Rose Revolution or Ukraine's Orange Revolution?",
     ("Georgia's Rose Revolution", "Ukraine's Orange Revolution", True)),
    ("Which minister was defrocked more recently, Rose Mary Denman or Jimmy Creech?",
     ("Rose Mary Denman", "Jimmy Creech", True)),
    ("Which is older, the Riemann hypothesis or Fermat's little theorem?",
     ("the Riemann hypothesis", "Fermat's little theorem", False)),
    ("Which team came first in the league, Leeds or Hull?", None),  # a rank, not a time
    ("Which river is longer, the Rhine or the Danube?", None),  # no order in time asked
    ("Who came first?", None),  # no options
])
def test_the_order_asked_and_its_two_options_are_told(question, asked):
    assert asked_order(question) == asked


def _year(option, text):
    found = dated(option, text, [(0, len(text))])  # one sentence
    return (found[0], text[slice(*found[2])]) if found else None


def test_an_option_is_dated_by_the_year_nearest_its_name_in_the_same_item():
    codes = "Their place was defined in the Taihō Code (701) and re-stated in the Yōrō Code (718)."
    assert _year("the Taihō Code", codes) == (701, "Taihō Code")
    assert _year("the Yōrō Code", codes) == (718, "Yōrō Code")  # not from the Taihō Code's "Code" on
    cases = ("Relevant cases: Wisconsin v. Yoder, 406 U.S. 205 (1972); Pierce v. Society of Sisters, 268 U.S. 510 "
             "(1925); Meyer v. Nebraska, 262 U.S. 390 (1923).")
    assert _year("Pierce v. Society of Sisters", cases)[0] == 1925  # not the year of the item before it
    assert _year("Meyer v. Nebraska", cases)[0] == 1923
    revolutions = "It was used in the 2003 Rose Revolution in Georgia and the 2004 Orange Revolution in Ukraine."
    assert _year("Georgia's Rose Revolution", revolutions) == (2003, "Rose Revolution in Georgia")
    assert _year("Zheng He", "In 1414, the explorer Zheng He visited the coast.") == (1414, "Zheng He")  # "He" too
    # a year after the name, past ", and", is the next item's; one opening the sentence dates all of it
    moved = ("In May 2000, the Parliament moved to the Strathclyde Regional Council chamber in Glasgow, and to the "
             "University of Aberdeen in May 2002.")
    assert _year("the Strathclyde Regional Council chamber", moved)[0] == 2000
    assert _year("the University of Aberdeen", moved)[0] == 2002
    # named by its capitalized words, quoted with the others where they stand together
    fermat = "In 1640 Pierre de Fermat stated (without proof) Fermat's little theorem."
    assert _year("Fermat's little theorem", fermat) == (1640, "Fermat's little theorem")
    schedule = "In 1963 the soap opera General Hospital began; Good Morning America followed in 1975."
    assert _year("the soap opera General Hospital", schedule) == (1963, "General Hospital")  # not its description
    khan = "He ruled as Temür Khan, or Emperor Chengzong, from 1294 to 1307."
    assert _year("Temür Khan", khan)[0] == 1294  # ", or" gives another name for the same, no other item
    assert _year("the Battle of Olustee", "Union forces met them at the Battle of Olustee.") is None  # no year
    assert _year("the Albany Congress", "It sent 500 troops to Albany.") is None  # not named; 500 is no year


def test_which_of_two_seed_agreements_came_first_or_later_is_answered_from_their_years(seed_qa):
    first = seed_qa.answer("Which came first: the Treaty of Friendship and Cooperation or the Vietnam-Cambodia "
                           "Economic and Trade Agreement?")
    assert first.found and first.span == "Treaty of Friendship and Cooperation"
    cited = first.citations[0]
    assert "1977" in first.text and cited.span_end - cited.span_start == len(first.span)
    assert len(first.citations) == 2 and "1998" in first.citations[1].quote  # the other's year, to check by
    assert not first.citations[1].answers
    later = seed_qa.answer("Which was signed later, the Treaty of Friendship and Cooperation or the Vietnam-Cambodia "
                           "Economic and Trade Agreement?")
    assert later.found and later.span == "Vietnam-Cambodia Economic and Trade Agreement" and "1998" in later.text
