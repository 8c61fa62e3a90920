"""qa.asking.forms: questions asked through someone unnamed, whether a thing exists, a cleft or a question word last."""
import pytest

from qa.asking.forms import plainly_asked
from qa.asking.phrasing import plain_question


@pytest.mark.parametrize("typed, asked", [
    # someone unnamed, then who it was
    ("Someone authored the Paxaxon article - who was it?", "Who authored the Paxaxon article?"),
    ("Someone serves as Beijing's envoy to Hanoi - what is his name?", "Who serves as Beijing's envoy to Hanoi?"),
    ("And someone led Cambodia's government before him - who?", "And who led Cambodia's government before him?"),
    ("Did anyone represent Cambodia at the Belt and Road Forum? Who?",
     "Who represented Cambodia at the Belt and Road Forum?"),
    ("Did anyone from Cambodia attend the forum? If so, who?", "Who from Cambodia attended the forum?"),
    ("Did anyone lead the delegation? Who?", "Who led the delegation?"),
    ("Does anyone chair the committee? Who?", "Who chairs the committee?"),
    ("Is there anyone quoted as saying so? Who?", "Who is quoted as saying so?"),
    # whether a thing exists
    ("Is there a figure for the combined capital of the ventures in Laos?", "What is the combined capital of the ventures in Laos?"),
    ("Is there a figure for Vietnam-Cambodia trade in 2022? What was it?", "What is Vietnam-Cambodia trade in 2022?"),
    ("Is there a figure for how many FDI projects Vietnam has in Laos?", "How many FDI projects does Vietnam have in Laos?"),
    ("Is there a year by which Cambodia aims to develop? Which one?", "What is the year by which Cambodia aims to develop?"),
    ("Was there a specific date on which they signed it? What was it?", "What was the date on which they signed it?"),
    ("Is there a ranking for Cambodia among the places? Where does it stand?", "What is the ranking for Cambodia among the places?"),
    # a cleft, the question word last, a rank's place
    ("Who is it that authored that article?", "Who authored that article?"),
    ("Along which corridor was it that he urged them to build zones?", "Along which corridor he urged them to build zones?"),
    ("The sum of money behind Vietnam's 241 ventures in Laos is what?", "What is the sum of money behind Vietnam's 241 ventures in Laos?"),
    ("And the total capital of those projects is what?", "And what is the total capital of those projects?"),
    ("At what rank does Vietnam place among investors in Laos?", "What rank does Vietnam hold among investors in Laos?"),
    ("Among its destinations, in what position does Cambodia stand?", "Among its destinations, what rank does Cambodia hold?"),
])
def test_asked_the_usual_way(typed, asked):
    assert plainly_asked(typed) == asked


@pytest.mark.parametrize("question", [
    "Who signed the treaty?", "Someone who is both party chief and president visited - who?",  # the verb comes later
    "Did anyone sign it?", "Is there a treaty between Vietnam and Laos?", "What is it that they signed, in 1977?x",
    "Is it true that the treaty was signed in 1977?", "The treaty was signed when?",
])
def test_other_questions_are_left_as_they_are(question):
    assert plainly_asked(question) == question


def test_a_long_self_description_before_the_question_is_not_read():
    assert plain_question("As a university lecturer in Hanoi who has taught international students, and who enjoys "
                          "the Lao New Year on campus, I would like to know: how many Lao students are currently "
                          "studying in Vietnam?") == "How many Lao students are currently studying in Vietnam?"
    # who the user is holds nothing "they" points to
    assert plain_question("As a lecturer who enjoys the Lao New Year festivities on our campus every April, I am "
                          "wondering: across how many educational institutions are they spread?") == \
        "Across how many educational institutions are they spread?"
    assert plain_question("As a graduate student who has spent far too many nights in the library, I need the year in "
                          "which they signed it.") == "What is the year in which they signed it?"
    assert plain_question("As an amateur commentator who runs a tiny blog, I am curious which Vietnamese head of "
                          "state picked Laos first?") == "Which Vietnamese head of state picked Laos first?"


def test_the_seeds_answer_questions_asked_so(seed_qa):
    author = seed_qa.answer('Someone authored the Paxaxon article titled "Lao-Vietnam Nurturing Great Friendship '
                            'and Special Solidarity to New Heights" - who was it?')
    assert author.found and "Thongsavanh Phomvihane" in author.span
    assert seed_qa.answer("Someone authored the Paxaxon article - who was it?").question == \
        "Who authored the Paxaxon article?"  # the question as read, shown to the user
    share = seed_qa.answer("Is there a figure for the share of Vietnam's overall trade that its biggest commercial "
                           "partner accounted for as of late September 2023?")
    assert share.found and "24.6 percent" in share.span
    total = seed_qa.answer("The sum of money behind Vietnam's 241 ongoing ventures in Laos is what?")
    assert total.found and "5.5 billion" in total.text


@pytest.mark.parametrize("typed, read", [
    # a tag after a comma
    ("When did Vietnam and Laos sign the Treaty, right?", "When did Vietnam and Laos sign the Treaty?"),
    ("What was trade in 2022, if you know?", "What was trade in 2022?"),
    ("How many days did the visit last, or is that not in there?", "How many days did the visit last?"),
    ("The Vice President of Laos at the session was who, yeah?", "Who was the Vice President of Laos at the session?"),
    # what the user says of themselves after the question; not a correction
    ("Who translated the article? I want to credit the translator in my notes.", "Who translated the article?"),
    ("How many Lao students are there? I heard about ten thousand.", "How many Lao students are there?"),
    ("Who wrote it? I mean the Paxaxon article.", "Who wrote it? I mean the Paxaxon article?"),
    # a request for a quote asks what the line says
    ("Quote the passage giving the value of goods exchanged in 2024.", "What is the value of goods exchanged in 2024?"),
    ("Quote the line stating where Vietnam stands among Cambodia's partners.",
     "Where Vietnam stands among Cambodia's partners?"),
    ("Quote what the article says about the trade target.", "What does the article say about the trade target?"),
    ("Which two rivers did he name? Quote it.", "Which two rivers did he name?"),
    ("Who is quoted saying so? Give his words.", "Who is quoted saying so?"),
])
def test_tags_asides_after_the_question_and_quote_requests_are_read_as_the_question(typed, read):
    assert plain_question(typed) == read
