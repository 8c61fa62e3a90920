"""A person's title as the documents write it beside the name: cases written for these tests, and the seeds."""
import pytest

from qa.asking.titles import asked_title, name_in, named_after_title, title_of, titled_person


@pytest.mark.parametrize("question, asked", [
    ("What post does Xiong Bo hold?", ("Xiong Bo", "", "")), ("What is Hun Sen's title?", ("Hun Sen", "", "")),
    ("Which office did Ho Chi Minh hold?", ("Ho Chi Minh", "", "")),
    ("What positions does Thongloun Sisoulith hold?", ("Thongloun Sisoulith", "", "")),
    ("Which committee does Khamjane Vongphosy chair?", ("Khamjane Vongphosy", "committee", "")),
    ("Which ministry does Khamjane Vongphosy head?", ("Khamjane Vongphosy", "ministry", "")),
    ("What's Xiong Bo's position?", ("Xiong Bo", "", "")), ("What is Hun Sen's role?", ("Hun Sen", "", "")),
    ("What two top posts does Thongloun Sisoulith hold in Laos?", ("Thongloun Sisoulith", "", "Laos")),
    ("What official post does Nguyen Ba Hung hold according to the MOIT article?", ("Nguyen Ba Hung", "", "")),
    ("What post does he hold?", None),  # no one named: the pipeline names him first, if qa answered who
    ("What role does she hold in the association?", None),  # a qualifier asks something narrower
    ("What post does Thongsavanh Phomvihane hold in the Lao People's Revolutionary Party?",
     ("Thongsavanh Phomvihane", "", "Lao People's Revolutionary Party")),  # a body the question names
    ("What post does Xiong Bo hold in the new association?", ("Xiong Bo", "", "new association")),  # if it says so
    ("thongsavanh phomvihane position in the lao party", ("Thongsavanh Phomvihane", "", "lao party")),
    ("What is the title of Philo's work?", None), ("What was the title of that article?", None),
    ("What job does Thongsavanh Phomvihane have?", ("Thongsavanh Phomvihane", "", "")),
    ("Who is Xiong Bo?", ("Xiong Bo", "", "")),  # who a named person is: the title the news gives beside the name
    ("Who is Vice President?", None), ("Who is Xiong?", None),  # a title asks who holds it; one word may be anything
    ("Who is the Chinese Ambassador to Vietnam?", None),
    # typed as keywords: a name of two words or more, in lower case or not, then the word for a post
    ("thongsavanh phomvihane position", ("Thongsavanh Phomvihane", "", "")), ("Xiong Bo's title", ("Xiong Bo", "", "")),
    ("prime minister position", None), ("vietnam laos relationship position", None), ("the new job", None),
])
def test_a_question_asking_only_a_persons_title_is_told(question, asked):
    assert asked_title(question) == asked


@pytest.mark.parametrize("text, name, title", [
    ("According to Mr. Xiong Bo, Chinese Ambassador to Vietnam, trade grew.", "Xiong Bo",
     "Chinese Ambassador to Vietnam"),
    ("He met Mr. Khamjane Vongphosy, Minister of Planning and Investment of Laos, Chairman of the Laos - Vietnam "
     "Cooperation Committee, in Vientiane.", "Khamjane Vongphosy",
     "Minister of Planning and Investment of Laos, Chairman of the Laos - Vietnam Cooperation Committee"),
    ("Pham Minh Chinh meets with Cambodian Minister of Inspection Hout Hak.", "Hout Hak",
     "Cambodian Minister of Inspection"),
    ("According to Minister of Foreign Affairs Bui Thanh Son, it was a choice.", "Bui Thanh Son",
     "Minister of Foreign Affairs"),
    ("the General Secretary and President of Laos, Thongloun Sisoulith, paid a visit", "Thongloun Sisoulith",
     "General Secretary and President of Laos"),
    ("It was formed by Presidents Ho Chi Minh, Kaysone Phomvihane and Souphanouvong.", "Kaysone Phomvihane", None),
    ("As Mr. Nguyen Ba Hung said, it will last.", "Nguyen Ba Hung", None),
    ("Later, Bui Thanh Son, who spoke first, left.", "Bui Thanh Son", None),
])
def test_the_title_is_the_apposition_after_the_name_or_the_title_words_before_it(text, name, title):
    found = title_of(text, name)
    assert (text[slice(*found)] if found else None) == title


@pytest.mark.parametrize("where, title", [
    ("", "Head of the Central Committee’s Foreign Affairs Department of the Lao People’s Revolutionary Party"),
    ("Laos", "Head of the Central Committee’s Foreign Affairs Department of the Lao People’s Revolutionary Party"),
    ("Cambodia", None),  # the title names another country
    ("Lao People's Revolutionary Party", "Head of the Central Committee’s Foreign Affairs Department"),
    ("Communist Party of Vietnam", None),  # held in another body
    ("lao party", "Head of the Central Committee’s Foreign Affairs Department"),  # typed in lower case, words left out
    ("Foreign Affairs Department", "Head of the Central Committee’s Foreign Affairs Department of the Lao People’s "
     "Revolutionary Party"),  # no "of" phrase holds it: the whole title
    ("new association", None),
])
def test_a_title_asked_in_a_country_or_body_is_held_there_and_quoted_without_it(where, title):
    from qa.asking.titles import title_in

    text = ("Authored by Thongsavanh Phomvihane, Head of the Central Committee’s Foreign Affairs Department of the Lao "
            "People’s Revolutionary Party, the article said so.")
    found = title_in(text, title_of(text, "Thongsavanh Phomvihane"), where)
    assert (text[slice(*found)] if found else None) == title


@pytest.mark.parametrize("part, title", [
    ("committee", "Chairman of the Laos - Vietnam Cooperation Committee of the Lao People's Revolutionary Party"),
    ("ministry", "Minister of Planning and Investment of Laos"),
    ("party", None),  # he heads no party: the committee's title only names one after it
])
def test_the_title_naming_what_the_person_heads_is_the_one_quoted(part, title):
    text = ("Mr. Khamjane Vongphosy, Minister of Planning and Investment of Laos, Chairman of the Laos - Vietnam "
            "Cooperation Committee of the Lao People's Revolutionary Party, said so.")
    found = title_of(text, "Khamjane Vongphosy", part)
    assert (text[slice(*found)] if found else None) == title


@pytest.mark.parametrize("phrase, name", [
    ("General Secretary and President of Laos, Thongloun Sisoulith", "Thongloun Sisoulith"),
    ("Mr. Xiong Bo, Chinese Ambassador to Vietnam", "Mr. Xiong Bo"), ("Hun Manet", "Hun Manet"),
    ("Prime Minister Hun Sen", "Hun Sen"), ("Minister of Foreign Affairs Bui Thanh Son", "Bui Thanh Son"),
    ("Cambodian Minister of Inspection Hout Hak", "Hout Hak"), ("Chinese President Xi Jinping", "Xi Jinping"),
    ("Presidents Ho Chi Minh, Kaysone Phomvihane and Souphanouvong", ""),  # three people, not one
    ("the generations of leaders and people of the two countries", ""),  # no name, and too long to stand for one
])
def test_the_person_a_who_answer_names(phrase, name):
    assert name_in(phrase) == name


def test_what_post_a_person_holds_is_answered_with_the_documents_title(seed_qa):
    answer = seed_qa.answer("What post does Xiong Bo hold?")
    assert answer.found and answer.span == "Chinese Ambassador to Vietnam"
    assert answer.span in answer.text and answer.citations[0].doc_id.startswith("000")
    history = ["Who is the Minister of Planning and Investment of Laos?"]  # he is the person qa answered
    answer = seed_qa.answer("What other post does he hold?", history=history)
    assert answer.found and "Chairman of the Laos - Vietnam Cooperation Committee" in answer.span
    # qa answers who with the title and the name ("General Secretary and President of Laos, Thongloun Sisoulith"):
    # "he" is the name
    history = ["Which Lao leader made a State visit to Vietnam in September 2024?"]
    answer = seed_qa.answer("What posts does he hold?", history=history)
    assert answer.found and answer.span == "General Secretary and President of Laos"
    # qa answers who with the title before the name ("Minister of Foreign Affairs Bui Thanh Son"): "he" is the name
    history = ["Who commented on President Vo Van Thuong's choice of Laos as his first destination?"]
    answer = seed_qa.answer("What post does he hold?", history=history)
    assert answer.found and answer.span == "Minister of Foreign Affairs"
    # the earlier question named him, and asked something else: "he" is the person it named
    history = ["How many FDI projects does Vietnam have in Laos according to Khamjane Vongphosy?"]
    answer = seed_qa.answer("What is his position?", history=history)
    assert answer.found and answer.span.startswith("Minister of Planning and Investment of Laos")
    # the earlier "Who ...?" went unanswered: who "his" is, is not known
    answer = seed_qa.answer("What is his job title?", history=["Who is Cambodia's Minister of Foreign Affairs?"])
    assert not answer.found and "who “his” is" in answer.reason


def test_the_person_a_question_names_whom_the_answer_gives_a_title():
    said = "According to Mr. Khamjane Vongphosy, Minister of Planning and Investment of Laos, there are 400 projects."
    assert titled_person("How many projects are there according to Khamjane Vongphosy?", said) == "Khamjane Vongphosy"
    assert titled_person("How many projects does Vietnam have in Laos?", said) == ""  # names no person
    assert titled_person("What did Hun Sen say?", said) == ""  # a person the answer gives no title


def test_another_word_for_a_title_is_read_as_the_documents_write_it():
    from qa.asking.titles import titles_as_written

    written = {"prime minister", "president"}
    mentioned = lambda phrase: phrase.lower() in written  # noqa: E731
    assert titles_as_written("When did Cambodia's premier visit Vietnam?", mentioned) == (
        "When did Cambodia's Prime Minister visit Vietnam?", [("premier", "Prime Minister")])
    # not when the documents write the word itself, nor when they do not write the title
    assert titles_as_written("Who is the premier?", lambda p: True) == ("Who is the premier?", [])
    assert titles_as_written("Who is the top diplomat?", mentioned) == ("Who is the top diplomat?", [])


def test_the_premier_is_read_as_the_prime_minister_and_the_answer_says_so(seed_qa):
    answer = seed_qa.answer("When did Cambodia's premier travel to Vietnam, with both sides voicing a wish to "
                            "deepen their ties?")
    assert answer.found and answer.span == "December 2023", (answer.span, answer.reason)
    assert 'Read "premier" as "Prime Minister"' in answer.reason


def test_a_who_answer_is_the_person_not_the_country_ending_the_title_before_the_name(seed_qa):
    said = "the State visit of General Secretary and President of Laos, Thongloun Sisoulith, and a delegation"
    at = said.index("Laos")
    assert said[slice(*named_after_title(said, at, at + 4))] == "Thongloun Sisoulith"
    assert named_after_title("Trade with Laos, Cambodia and China grew.", 11, 15) is None  # a list, no title
    question = "Whose State visit to Vietnam coincided with the Paxaxon article of September 17, 2024?"
    assert seed_qa.answer(question).span == "Thongloun Sisoulith"
    # then "he" is that person, and the posts he holds in Laos are his title there
    answer = seed_qa.answer("What two top posts does he hold in Laos?", history=[question])
    assert answer.found and answer.span == "General Secretary and President of Laos"


def test_the_head_of_a_countrys_government_is_its_prime_minister(seed_qa):
    from qa.asking.titles import titles_as_written

    def mentioned(phrase):
        return phrase in ("Prime Minister", "President")

    assert titles_as_written("Who is the new head of Cambodia's government?", mentioned) == (
        "Who is the new Prime Minister of Cambodia?", [("head of Cambodia's government", "Prime Minister of Cambodia")])
    assert titles_as_written("Who is the head of the Lao government?", mentioned)[0] == "Who is the Lao Prime Minister?"
    assert titles_as_written("Who is the head of Cambodia's government?", lambda p: False)[1] == []
    follow = seed_qa.answer("On which day did he take over the job?", history=["Who is the new head of Cambodia's government?"])
    assert follow.found and "August 22" in follow.span


def test_pm_and_vp_of_a_chat_are_the_titles_not_a_time():
    from qa.asking.titles import titles_as_written

    def mentioned(phrase):
        return phrase in ("Prime Minister", "Vice President")

    assert titles_as_written("who is the pm of cambodia", mentioned)[0] == "who is the Prime Minister of cambodia"
    assert titles_as_written("Who is Laos's VP?", mentioned)[0] == "Who is Laos's Vice President?"
    assert titles_as_written("What happened at 3 pm?", mentioned)[1] == []
