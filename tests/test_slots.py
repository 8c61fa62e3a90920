"""qa.slots: the answer's sentences put another name where the question puts its own."""
import pytest

from qa.slots import other_name


@pytest.mark.parametrize("question, text, said, name", [
    ("What is the capital city of Laos?", "The monument in the capital city of Phnom Penh",
     "city of Phnom Penh", "Laos"),
    ("Who is Vietnam's Ambassador to Cambodia?",
     "According to Mr. Xiong Bo, Chinese Ambassador to Vietnam, trade grew.", "Ambassador to Vietnam", "Cambodia"),
    ("Who is the Prime Minister of Vietnam?",
     "On August 22, General Hun Manet became the new Prime Minister of Cambodia.", "Minister of Cambodia", "Vietnam"),
    ("How many died of plague in Baghdad?", "In 1466, perhaps 40,000 people died of the plague in Paris.",
     "plague in Paris", "Baghdad"),
    # two of the question's names swapped: after "in" or "to" the sentence puts the other one
    ("How many investment projects does Cambodia have in Vietnam?",
     "Regarding investment, Vietnam currently has 205 projects in Cambodia.", "projects in Cambodia", "in Vietnam"),
    ("How many Vietnamese students are studying in Laos?",
     "There are over 14,000 Lao students studying across 170 institutions in Vietnam.",
     "institutions in Vietnam", "in Laos"),
    ("Who is Vietnam's ambassador to China?",
     "Mr. Xiong Bo, Chinese Ambassador to Vietnam, said Vietnam and China agree.", "Ambassador to Vietnam", "to China"),
])
def test_another_name_in_the_questions_slot_is_found(question, text, said, name):
    assert other_name(question, text) == (said, name)
    assert said in text  # a verbatim slice, to quote in the reason


@pytest.mark.parametrize("question, text", [
    # the names where the question puts them; a swap after "of", which reads both ways too often
    ("How many investment projects does Vietnam have in Cambodia?",
     "Regarding investment, Vietnam currently has 205 projects in Cambodia."),
    ("How many Lao students are studying in Vietnam?", "Over 14,000 Lao students study in Vietnam."),
    ("Who bought the works of European artists beside the British?",
     "Not only the work of British artists is on display, but also works by European artists."),
    # a swapped name the sentence never gives is not a swap: "He" stands for Timothy Dexter
    ("What did the merchants of Newcastle plot to do to Timothy Dexter?",
     "He was persuaded to sail a shipment of coal to Newcastle by merchants."),
    # the same name written otherwise: a start of it, its initials, a misspelling
    ("How many Lao students are in the capital city of Laos?", "Students in the capital city of Lao PDR"),
    ("Where is the largest store in the UK?", "The largest Tesco store in the United Kingdom is in Kingston Park."),
    ("How did Brainbridge's ledgers report revenue?",
     "The Bainbridge’s official ledgers reported revenue by department."),
    # a context of stopwords only, words that do not touch, a capital that starts the sentence
    ("Who founded the University of Chicago?", "It was founded by a gift of the Rockefeller family."),
    ("Where did Bill Aiken grow up?", "Aiken, adopted by actress Lupe Mayorga, grew up in the neighboring town."),
    ("When did Betty Meggers claim that?", "She claimed that a population density of 0.2 could be sustained."),
    # no names (lower case), and a sentence that also fills the slot with the question's name
    ("what is the capital city of laos?", "in the capital city of Phnom Penh"),
    ("What is the capital city of Laos?",
     "Unlike the capital city of Cambodia, the capital city of Laos is Vientiane."),
])
def test_no_other_name_where_the_slot_is_not_another_names(question, text):
    assert other_name(question, text) is None


@pytest.mark.parametrize("rerank", [True, False])
def test_a_passage_about_another_place_does_not_answer(seed_qa, rerank, monkeypatch):
    # The seeds name Phnom Penh "the capital city", and never give Laos's capital. Whether the reader or the
    # sentence scorer chooses the sentence, qa says why it does not answer rather than quoting Phnom Penh.
    monkeypatch.setattr(seed_qa.extractor, "rerank", rerank)
    answer = seed_qa.answer("What is the capital city of Laos?")
    assert not answer.found and answer.reason == "The closest passage says “city of Phnom Penh”, not Laos."
    president = seed_qa.answer("Who is the General Secretary and President of Laos?")
    assert president.found and "Thongloun Sisoulith" in president.span
