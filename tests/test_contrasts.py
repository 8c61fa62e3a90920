"""qa.answering.contrasts: "Besides X, what ...?" answered with Y of "not just X' but also Y"."""
import pytest

from qa.answering.contrasts import added_to, set_aside


@pytest.mark.parametrize("question, aside", [
    ("Beyond raising trade volumes, what do Vietnam and Laos swap?", "raising trade volumes"),
    ("apart from the economy, in which fields did they succeed?", "the economy"),
    ("In addition to trade, what did they discuss?", "trade"),
    ("What lies beyond the river?", None), ("Besides what?", None),
])
def test_what_a_question_sets_aside(question, aside):
    assert set_aside(question) == aside


@pytest.mark.parametrize("text, aside, added", [
    ("This cooperation is not just about increasing trade volumes, but also about sharing experiences and best "
     "practices in areas such as planning.", "raising trade volumes",
     "sharing experiences and best practices in areas such as planning"),
    ("The successes are not just in terms of economic cooperation, but also in areas such as cultural exchange, "
     "education, and regional security.", "the economy", "cultural exchange, education, and regional security"),
    ("It is not only a diplomatic alliance but a testament to shared history.", "trade", None),  # another X'
    # more than one thing set aside: X' says each of them
    ("The successes are not just in terms of economic cooperation, but also in areas such as cultural exchange.",
     "enhancing high-level exchanges and promoting economic cooperation", None),
    ("Ties are not just about trade and investment, but also about tourism.", "trade and investment", "tourism"),
    ("Trade grew, and so did investment.", "trade", None),  # no "not just ... but"
])
def test_what_a_sentence_adds_to_what_is_set_aside(text, aside, added):
    span = added_to(text, 0, len(text), aside)
    assert (text[slice(*span)] if span else None) == added


def test_besides_questions_on_the_seeds(seed_qa):
    answer = seed_qa.answer("Apart from the economy, in which fields has the partnership recorded remarkable "
                            "achievements?")
    assert answer.found and answer.span == "cultural exchange, education, and regional security"
    assert answer.citations[0].doc_id.startswith("003") and answer.span in answer.text
    answer = seed_qa.answer("Beyond raising trade volumes, what do Vietnam and Laos swap through their economic "
                            "cooperation?")
    assert answer.found and answer.span.startswith("sharing experiences and best practices")
    # two things set aside, which "not just in terms of economic cooperation" does not both say; the list that
    # holds them gives the third
    answer = seed_qa.answer("Besides enhancing high-level exchanges and promoting economic cooperation, what measure "
                            "does MOIT Vietnam's 2023 piece propose for deepening Vietnam-Laos ties?")
    assert answer.found and answer.span == "strengthening people-to-people exchanges"


@pytest.mark.parametrize("question, read, aside", [
    ("Other than Hun Sen, which Cambodian Prime Minister took office on August 22?",
     "Which Cambodian Prime Minister took office on August 22?", "Hun Sen"),
    ("Not Thongloun Sisoulith, but who authored the Paxaxon article?", "Who authored the Paxaxon article?",
     "Thongloun Sisoulith"),
    ("Leaving investment aside, how much did trade amount to?", "How much did trade amount to?", "investment"),
    ("Together with Ho Chi Minh, which Lao leaders formed the bond?", "Which Lao leaders formed the bond?",
     "Ho Chi Minh"),
    ("Along with Vietnam's navy, which navy took part?", "Which navy took part?", "Vietnam's navy"),
    # kept when what follows points back to it
    ("Apart from Vietnam's rank in Laos, what is the capital of its projects there?",
     "Apart from Vietnam's rank in Laos, what is the capital of its projects there?", ""),
    ("What lies beyond the river?", "What lies beyond the river?", ""),
    # a clause the question adds after it asks
    ("Which general became Prime Minister on August 22, succeeding Prime Minister Hun Sen?",
     "Which general became Prime Minister on August 22?", "succeeding Prime Minister Hun Sen"),
    ("On what date did they sign the Treaty, whose 46th anniversary they celebrated in 2023?",
     "On what date did they sign the Treaty?", "whose 46th anniversary they celebrated in 2023"),
    # or inside it, before its last verb
    ("On what date was the treaty whose 46th anniversary they celebrated in 2023 signed?",
     "On what date was the treaty signed?", "whose 46th anniversary they celebrated in 2023"),
    ("Which is the country whose navy patrolled?", "Which is the country whose navy patrolled?", ""),
    ("What did trade reach in 2022, the year Vietnam was Cambodia's third largest trading partner?",
     "What did trade reach in 2022?", "the year Vietnam was Cambodia's third largest trading partner"),
    # circumstances before the question go after it (qa.asking.phrasing.lead_after), and a clause among them is set aside
    ("In 2022, the year of the forum, what did trade reach?", "What did trade reach in 2022?", "the year of the forum"),
    ("How many students are there, given that the plan covers 2021-2030?", "How many students are there?",
     "given that the plan covers 2021-2030"),
    # or between commas inside it
    ("What frameworks, besides the UN, does Xiong Bo name?", "What frameworks does Xiong Bo name?", "the UN"),
    ("Besides the UN, within which frameworks do Vietnam and China share interests?",
     "Within which frameworks do Vietnam and China share interests?", "the UN"),
])
def test_a_question_is_read_without_what_it_sets_aside(question, read, aside):
    from qa.asking.question import build_query

    query = build_query(question)
    assert (query.question, query.aside) == (read, aside)


def test_what_a_question_sets_aside_is_no_answer(seed_qa):
    from qa.answering.reading import only_the_aside

    assert only_the_aside("Hun Manet", "General Hun Manet") and only_the_aside("Laos", "Laos")
    assert not only_the_aside("Laos", "Laos and Cambodia") and not only_the_aside("Hun Sen", "Hun Manet")
    assert only_the_aside("Hun Manet's December 2023 trip", "December 2023")  # part of what is set aside
    assert only_the_aside("Nguyen Thi Thanh", "Ms. Nguyen Thi Thanh")
    assert not only_the_aside("Vietnam's Ministry of National Defense", "Vietnam")  # one word of it
    assert only_the_aside("the Protocol for 2020-2024", "2020-2024")  # a number of it
    answer = seed_qa.answer("Apart from Hun Manet, who became Prime Minister of Cambodia on August 22?")
    assert not answer.found
    answer = seed_qa.answer("Other than Thongloun Sisoulith, which Vice President of Laos is shown at the working "
                            "session?")
    assert answer.found and answer.span == "Bounthong Chitmany"
    # the year of a clause added after the question is not the year asked, nor its name the answer
    answer = seed_qa.answer("On what date did Vietnam and Laos sign the Treaty of Friendship and Cooperation, whose "
                            "46th anniversary the two countries celebrated in 2023?")
    assert answer.found and answer.span == "July 18, 1977"
    answer = seed_qa.answer("Which general officially became the new Prime Minister of Cambodia on August 22, "
                            "succeeding Prime Minister Hun Sen?")
    assert answer.found and answer.span == "Hun Manet"


@pytest.mark.parametrize("text, aside, listed", [
    ("It was formed by Presidents Ho Chi Minh, Kaysone Phomvihane and Souphanouvong, and grew.",
     "Ho Chi Minh and Kaysone Phomvihane", "Souphanouvong"),
    ("It called for integration between the economies of Vietnam and Laos, as well as with Cambodia, in energy.",
     "Vietnam and Laos", "Cambodia"),
    # a country is no answer for a person set aside, nor is a name outside the list
    ("At the meeting of Vietnam - Laos - Cambodia, President Vo Van Thuong spoke.", "Vo Van Thuong", None),
    ("Prime Minister Pham Minh Chinh meets with Minister Hout Hak.", "Pham Minh Chinh", None),
    # a title set beside a name is no item of a list
    ("Ms. Nguyen Thi Thanh, Chairwoman of the Friendship Association, spoke.", "Nguyen Thi Thanh", None),
])
def test_the_name_listed_with_what_is_set_aside(text, aside, listed):
    from qa.answering.contrasts import listed_besides

    span = listed_besides(text, 0, len(text), aside)
    assert (text[slice(*span)] if span else None) == listed


def test_what_is_set_aside_gives_way_to_what_it_is_joined_with(seed_qa):
    # "the United Nations" is set aside, and "and" joins the answer to it
    answer = seed_qa.answer("Besides the United Nations, within which frameworks does Xiong Bo say Vietnam and China "
                            "share important interests?")
    assert answer.found and answer.span == "multilateral economic mechanisms"
    assert answer.span in answer.text


def test_a_list_holding_what_is_set_aside_answers_with_the_rest(seed_qa):
    answer = seed_qa.answer("Apart from Vietnam and Laos, which country's economy does the Paxaxon article want "
                            "more closely integrated?")
    assert answer.span == "Cambodia" and answer.citations[0].doc_id.startswith("004")


def test_a_phrase_listing_what_is_set_aside_is_cut_to_the_rest():
    from qa.answering.contrasts import without_aside_items

    text = "They are classified by technique, countries of origin and date of production."
    start = text.index("technique")
    span = without_aside_items(text, start, text.index("countries") + len("countries of origin"),
                               "countries of origin and date of production")
    assert text[slice(*span)] == "technique"
    assert without_aside_items(text, start, start + len("technique"), "countries of origin") is None  # no list

    # a list that "including" opens starts after it
    roles = ("Vietnam supports Laos in assuming important international roles this year, including the ASEAN "
             "Chairmanship and the Presidency of the ASEAN Inter-Parliamentary Assembly.")
    span = without_aside_items(roles, roles.index("assuming"), len(roles) - 1, "the ASEAN Chairmanship")
    assert roles[slice(*span)] == "the Presidency of the ASEAN Inter-Parliamentary Assembly"


def test_besides_one_role_the_seeds_list_the_other_is_answered(seed_qa):
    answer = seed_qa.answer("Besides the ASEAN Chairmanship, which international role does Vietnam support Laos in "
                            "taking on in 2024?")
    assert answer.found and answer.span == "the Presidency of the ASEAN Inter-Parliamentary Assembly", answer.span


def test_a_follow_up_keeps_what_it_sets_aside_when_that_is_all_it_asks_of():
    from qa.asking.question import build_query

    query = build_query("Besides the ASEAN Chairmanship, what is the other one?", ["Which roles is Laos assuming?"])
    assert query.aside == "" and "ASEAN Chairmanship" in query.question
    query = build_query("Besides the ASEAN Chairmanship, which post does Laos hold in 2024?", ["Who leads Laos?"])
    assert query.aside == "the ASEAN Chairmanship"


def test_the_other_thing_of_the_kind_asked_is_quoted_instead_of_the_one_set_aside(seed_qa):
    from qa.answering.contrasts import other_of_kind

    text = ("The two sides are implementing the Vietnam-Laos Educational Cooperation Plan for the 2021-2030 period "
            "and the Protocol on Vietnam-Laos Training Cooperation for the 2022-2027 period.")
    asked = "Other than the Vietnam-Laos Educational Cooperation Plan, which protocol are the two sides implementing?"
    found = other_of_kind(asked, text, 0, len(text), "the Vietnam-Laos Educational Cooperation Plan")
    assert text[slice(*found)] == "Protocol on Vietnam-Laos Training Cooperation"
    assert other_of_kind("Other than the Protocol, which plan are they implementing?", text, 0, len(text),
                         "the Protocol on Vietnam-Laos Training Cooperation") is not None
    assert other_of_kind("Other than the Plan, which treaty are they implementing?", text, 0, len(text),
                         "the Vietnam-Laos Educational Cooperation Plan") is None  # no treaty named
    answer = seed_qa.answer("Other than the Vietnam-Laos Educational Cooperation Plan for 2021-2030, which protocol "
                            "are the two sides implementing for the 2022-2027 period?")
    assert answer.found and "Training Cooperation" in answer.span
