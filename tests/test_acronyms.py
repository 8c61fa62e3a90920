"""Acronyms spelled out by the documents: cases written for these tests, and the seeds."""
import pytest

from qa.asking.acronyms import asked_acronym, long_form


@pytest.mark.parametrize("question, acronym", [
    ("What is HTS?", "HTS"), ("What are RVPs?", "RVP"), ("what does vBNS stand for", "vBNS"),
    ("What is qRT-PCR?", "qRT-PCR"), ("What does the WHO mean?", "WHO"), ("What does LGM stands for?", "LGM"),
    ("What is the AFC short for?", "AFC"), ("What is the full form of HTS?", "HTS"),
    ("What is Listeria?", None), ("What is the HTS assay used for?", None), ("Who is HTS?", None),
])
def test_a_question_asking_only_what_an_acronym_is_is_told(question, acronym):
    assert asked_acronym(question) == acronym


@pytest.mark.parametrize("text, acronym, expected", [
    ("Compounds were screened by high-throughput screening (HTS) in 2019.", "HTS", "high-throughput screening"),
    ("the National Science Foundation Network (NSFNET) grew", "NSFNET", "National Science Foundation Network"),
    ("advice of the World Health Organization's (WHO) panel", "WHO", "World Health Organization"),
    ("We used recombinant viral particles (RVPs) here.", "RVP", "recombinant viral particles"),
    ("the Lao News Agency (KPL) posted", "KPL", None),  # Khaosan Pathet Lao: the letters are not there
    ("a test (HTS) of many", "HTS", None),
    ("HTS is used, without the long form.", "HTS", None),
    # or right after it, in brackets, quotes or after a dash, "and" and "in" standing for letters
    ('in a stolen Mark I Type 40 TARDIS – "Time and Relative Dimension in Space" – time machine', "TARDIS",
     "Time and Relative Dimension in Space"),
    ("advice of the WHO (World Health Organization) panel", "WHO", "World Health Organization"),
    ("The TARDIS, a sentient time-travelling space ship.", "TARDIS", None),
    # or in capitals near it, on its line
    ("The designation will be Board Certified Ambulatory Care Pharmacist and these pharmacists will carry the "
     "initials BCACP.", "BCACP", "Board Certified Ambulatory Care Pharmacist"),
    ("Board Certified Ambulatory Care Pharmacist.\nThey carry the initials BCACP.", "BCACP", None),
    ("The ExBoard Certified Ambulatory Care Pharmacist carries the initials BCACP.", "BCACP", None),  # inside a word
])
def test_the_long_form_is_the_words_before_the_bracket_that_the_letters_begin(text, acronym, expected):
    found = long_form(text, acronym)
    assert (text[found[0]:found[1]] if found else None) == expected


def test_what_an_acronym_is_is_answered_with_the_documents_long_form(seed_qa):
    answer = seed_qa.answer("What is FDI?")
    assert answer.found and answer.span == "foreign direct investment"
    first = answer.citations[0]
    assert seed_qa.document(first.doc_id).text[first.span_start:first.span_end] == answer.span
    assert "(FDI)" in answer.text
    # one the documents do not spell out is left to the reader: "KPL" is the Lao News Agency's
    assert "Lao News Agency" in seed_qa.answer("What is KPL?").span


def test_an_abbreviation_asked_is_the_one_the_sentence_writes_in_brackets():
    from qa.asking.acronyms import asks_short_form, short_form_in

    assert asks_short_form("What is its abbreviation?") and asks_short_form("And the acronym?")
    assert not asks_short_form("What does the agency do?")
    text = "On this occasion, the Lao News Agency (KPL) posted an article."
    assert text[slice(*short_form_in(text, 0, len(text)))] == "KPL"
    assert short_form_in("The WHO (World Health Organization) and the UN (UNO) met.", 0, 50) is None  # none or two


def test_a_follow_up_asking_the_abbreviation_is_the_earlier_answer_s(seed_qa):
    answer = seed_qa.answer("What is its abbreviation?", history=[
        "Which news agency posted an article extolling Laos - Vietnam relationship as a symbol of special "
        "friendship in the world?"])
    assert answer.found and answer.span == "KPL", (answer.span, answer.reason)


def test_an_acronym_no_document_holds_is_read_as_the_name_it_spells():
    from qa.asking.acronyms import spelt_out

    texts = ["Talks between the Communist Party of Vietnam and the Lao People’s Revolutionary Party's leaders.",
             "The Cambodian People's Party met them."]
    knows = {"cpv"}.__contains__
    assert spelt_out("Who heads the LPRP?", texts, knows) == (
        "Who heads the Lao People’s Revolutionary Party?", [("LPRP", "Lao People’s Revolutionary Party")])
    assert spelt_out("Who met the CPP?", texts, knows) == (
        "Who met the Cambodian People's Party?", [("CPP", "Cambodian People's Party")])
    assert spelt_out("Who leads the CPV?", texts, knows) == ("Who leads the CPV?", [])  # a document holds it
    assert spelt_out("Who leads the XYZ?", texts, knows) == ("Who leads the XYZ?", [])  # no name spells it
    two = texts + ["The Lao Press Review Panel met."]
    assert spelt_out("Who heads the LPRP?", two, knows) == ("Who heads the LPRP?", [])  # two names could


def test_an_acronym_is_read_as_the_documents_name_on_the_seeds(seed_qa):
    answer = seed_qa.answer("Which body did the CPV hold high-level meetings with besides the LPRP?")
    assert "Read \"CPV\" as \"Communist Party of Vietnam\"" in answer.reason


def test_what_letters_stand_for_is_a_name_in_brackets_or_not_known():
    from qa.asking.acronyms import asks_letters, name_before

    assert asks_letters("What does ASEAN stand for?") and asks_letters("what is KPL short for")
    assert not asks_letters("What is KPL?")  # a sentence saying what it is may answer
    text = "On this occasion, the Lao News Agency (KPL) posted an article."
    start, end = name_before(text, "KPL")
    assert text[start:end] == "Lao News Agency"
    assert name_before("It was posted by KPL (KPL) today.", "KPL") is None  # one word: no name
    assert name_before(text, "VNA") is None


def test_what_an_acronym_stands_for_is_refused_when_no_document_spells_it_out(seed_qa):
    asean = seed_qa.answer("What does ASEAN stand for?")
    assert not asean.found and asean.reason == "No document among the closest spells out ASEAN."
    what = seed_qa.answer("What is ASEAN?")  # nor does any say what it is: not a sentence that only names it
    assert not what.found and what.reason == "No document among the closest spells out ASEAN or says what it is."
    kpl = seed_qa.answer("What does KPL stand for?")
    assert kpl.found and kpl.span == "Lao News Agency"
    assert seed_qa.answer("What does FDI stand for?").span.lower() == "foreign direct investment"


def test_a_short_form_is_asked_in_several_words():
    from qa.asking.acronyms import asks_short_form

    assert asks_short_form("What is it called for short?")
    assert asks_short_form("And its abbreviation?")
    assert not asks_short_form("Who is short of funds?")


def test_every_acronym_of_a_question_is_spelt_out_and_one_the_question_spells_is_read_as_its_name(seed_qa):
    from qa.asking.acronyms import spelt_out

    texts = (t for t in ["the Vietnam People's Navy and the Royal Cambodian Navy"])  # read once: a generator
    assert spelt_out("When did the VPN and the RCN patrol?", texts, lambda w: False)[0] \
        == "When did the Vietnam People's Navy and the Royal Cambodian Navy patrol?"
    # two capitals spell too many names by chance ("OK" of "Ogödei Khan"): left as typed
    assert spelt_out("Is it OK to ask about the UN?", ["Ogödei Khan met the United Nations."], lambda w: False)[0] \
        == "Is it OK to ask about the UN?"
    assert spelt_out("Who chairs the VCFA (Vietnam-Cambodia Friendship Association)?", [], lambda w: False) \
        == ("Who chairs the Vietnam-Cambodia Friendship Association?", [])
    assert spelt_out("Who chairs the Vietnam-Cambodia Friendship Association (VCFA)?", [], lambda w: False) \
        == ("Who chairs the Vietnam-Cambodia Friendship Association?", [])
    answer = seed_qa.answer("What guiding slogan did the CPV and the CPC set for their ties long ago?")
    assert answer.found and "Friendly neighbors" in answer.text
    assert seed_qa.answer("Per FM Bui Thanh Son, what does the President picking Laos for his first trip abroad "
                          "show about Hanoi's policy?").found
