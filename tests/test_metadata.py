"""Questions about a document itself: when it was published, who wrote it and its title (qa.answering.metadata)."""
from __future__ import annotations

import pytest

from qa.answering.metadata import asks_about_document, byline_span, document_fact, is_other_text


@pytest.mark.parametrize("question, asked", [
    ("When was it published?", "date"), ("On what date was it posted?", "date"),
    ("What is its publication date?", "date"), ("When was the story first put online?", "date"),
    ("Who wrote it?", "author"), ("Who is the author?", "author"), ("Who was it written by?", "author"),
    ("By whom was it written?", "author"), ("The article published on the site was authored by whom?", "author"),
    ("By whom was the treaty written?", None),
    ("When was it signed?", None), ("Who wrote the treaty?", None), ("When did it happen?", None),
    ("when did they post it?", "date"), ("On what date did it post that piece?", "date"),
    ("When did Vietnam publish its strategy?", None), ("When did they sign it?", None),
    ("Which outlet posted it?", "author"), ("What organisation published the article?", "author"),
    ("Which ministry signed it?", None),
    # a subject named, only publishing or posting a document ("it", a document qa.asking.question.document_reference
    # took out) asks its date: not "When did the company release it?"
    ("On what date did Vietnam's trade ministry post it?", "date"), ("When did the company release it?", None),
    ("When did the army post its troops?", None),
    ("What date does the article reporting that meeting carry?", "date"), ("What date does it show?", "date"),
    ("What date is given for it?", "date"), ("What post date does it carry?", "date"), ("What date is on it?", "date"),
    ("What date is on the menu?", None),
    ("Who is credited with posting it?", "author"),
    ("What is the title of it?", "title"), ("What is its headline?", "title"), ("How is the piece titled?", "title"),
    ("What headline does the article carry?", "title"), ("What is the title of the treaty?", None),
])
def test_a_question_about_the_document_itself_is_told_apart(question, asked):
    assert asks_about_document(question) == asked


def test_a_byline_is_a_line_of_its_own_and_not_a_sentence_starting_with_by():
    text = ("By the end of 2023, the leaders agreed to aim for US$20 billion in trade, said the minister.\n"
            "Body text.\nBy staff writers – Translated by Thuy Doan\n")
    start, end = byline_span(text)
    assert text[start:end] == "By staff writers"
    posted = "Title\n\n13th September 2023 post by MOIT Vietnam\n\nText."
    assert posted[slice(*byline_span(posted))] == "MOIT Vietnam"
    assert posted[slice(*document_fact(posted, "date"))] == "13th September 2023"
    assert byline_span("No byline here.\nJust text.") is None


def test_the_date_and_author_of_a_named_article_are_answered_from_it(seed_qa):
    when = seed_qa.answer("When was the article about the 57th anniversary of Vietnam-Cambodia relations published?")
    assert when.found and when.span == "2024-06-21" and when.citations[0].doc_id.startswith("002_")
    dated = seed_qa.answer("What date is on the article celebrating 57 years of Vietnam–Cambodia diplomatic relations?")
    assert dated.found and dated.span == "2024-06-21"
    who = seed_qa.answer("Who wrote the article about the 57th anniversary of Vietnam-Cambodia relations?")
    assert who.found and who.span == "By staff writers"
    assert who.citations[0].quote[who.citations[0].span_start - who.citations[0].start:][:16] == "By staff writers"
    # An article that gives no date is not given another's
    undated = seed_qa.answer("When was the article 'Increasingly deep and effective Vietnam-Laos relationship' "
                             "published?")
    assert not undated.found


def test_the_title_of_a_named_article_is_its_headline_line(seed_qa):
    posted = "MOIT VIETNAM | A Bond\n\n/ News\n\nA Bond\n\n13th September 2023 post by MOIT Vietnam\n\nText."
    assert posted[slice(*document_fact(posted, "title"))] == "A Bond"
    assert document_fact("date 2024-06-21 Trade grew by a third this year.\nMore.", "title") is None  # a sentence
    title = seed_qa.answer("What is the title of the MOIT Vietnam post dated 13th September 2023?")
    assert title.found and title.span == "Vietnam-Laos: Preserving and Deepening a Special Relationship"
    headline = seed_qa.answer("What is the headline of the article reporting bilateral Vietnam-Laos trade of 779.6 "
                              "million USD in the first five months of 2024?")
    assert headline.span == "Increasingly deep and effective Vietnam-Laos relationship"
    assert headline.citations[0].doc_id.startswith("001_")
    # the post named by its date alone, day and all, and asked what headline its publisher gave it
    for question, said in [
            ("What headline did MOIT Vietnam give its 13th September 2023 post?", "Vietnam-Laos: Preserving"),
            ("What was the headline of the MOIT post of 17th September 2024?", "Vietnam and Laos Elevate")]:
        answer = seed_qa.answer(question)
        assert answer.found and answer.span.startswith(said), (question, answer.span)


def test_a_text_the_document_reports_on_is_not_the_document():
    text = ("MOIT VIETNAM | Vietnam and Laos Elevate Friendship\n\nVietnam and Laos Elevate Friendship\n\n"
            "17th September 2024 post by MOIT Vietnam\n\nThe Paxaxon newspaper published an article titled "
            "“Lao-Vietnam Nurturing Great Friendship.” Authored by Thongsavanh Phomvihane, it ...\n")
    assert not is_other_text(text, "Vietnam and Laos Elevate Friendship")  # its own headline
    assert is_other_text(text, "Lao-Vietnam Nurturing Great Friendship")  # an article it reports on
    assert is_other_text(text, "Lao-Vietnam friendship")  # it reports on an authored article: which is meant?
    assert not is_other_text("date 2024-06-21 Trade grew.\nBy staff writers\n", "trade")


def test_the_date_and_author_of_the_one_document_asked_about(seed_qa):
    # "Answer only from" one document: "it" and "this article" are that document
    doc = {d[:3]: d for d in seed_qa.index.documents}
    assert seed_qa.answer("When was this article posted?", doc_ids=[doc["003"]]).span == "13th September 2023"
    assert seed_qa.answer("Who wrote it?", doc_ids=[doc["002"]]).span == "By staff writers"
    assert not seed_qa.answer("When was it published?", doc_ids=[doc["001"]]).found  # it gives no date
    # two documents, or a question about what it says: read as usual
    both = seed_qa.answer("Who wrote it?", doc_ids=[doc["002"], doc["003"]])
    assert both.span not in ("By staff writers", "MOIT Vietnam") or both.confidence != 0.9
    assert seed_qa.answer("How many Lao students study in Vietnam?", doc_ids=[doc["001"]]).span == "over 14,000"


def test_a_follow_up_asks_the_date_or_author_of_the_document_the_earlier_question_named(seed_qa):
    titled = ["Which organisation posted the article 'Vietnam-Laos: Preserving and Deepening a Special Relationship'?"]
    assert seed_qa.answer("On what date was it posted?", history=titled).span == "13th September 2023"
    # "When?" asks when of what qa answered: the earlier question is answered from the document it names
    outlet = ["Which outlet posted the article 'Vietnam-Laos: Preserving and Deepening a Special Relationship'?"]
    assert seed_qa.answer(outlet[0]).span == "MOIT Vietnam"
    assert seed_qa.answer("When?", history=outlet).span == "13th September 2023"
    about = ["Who translated the article about the 57th anniversary of Vietnam-Cambodia relations?"]
    assert seed_qa.answer("Who wrote it?", history=about).span == "By staff writers"
    # the earlier question names no document: "it" is the statement, not an article
    issued = seed_qa.answer("When was it issued?", history=["What joint statement did Vietnam and Cambodia issue?"])
    assert issued.span != "2023-10-29" and "2000" in issued.text


@pytest.mark.parametrize("question, asked", [
    ("When was the article that quotes him published?", ("When was it published?", "date")),
    ("Who wrote the piece that says so?", ("Who wrote it?", "author")),
    ("Which article says that?", ("What is the title of it?", "title")),
    ("What's the source?", ("What is the title of it?", "title")),
    ("Which photo is in the article that says so?", None),  # asks about the article's content
    ("Who quoted him?", None),
])
def test_a_follow_up_asking_about_the_document_of_the_last_answer_is_told_apart(question, asked):
    from qa.answering.metadata import about_earlier_document

    assert about_earlier_document(question) == asked


def test_the_date_title_or_author_of_the_document_the_last_answer_came_from(seed_qa):
    ambassador = ["Who is the Chinese Ambassador to Vietnam?"]
    answer = seed_qa.answer("When was the article that quotes him published?", history=ambassador)
    assert answer.found and answer.span == "2023-10-29", (answer.span, answer.reason)
    nurtured = ["According to one article, for how many years has the Vietnam-Laos relationship been nurtured?"]
    answer = seed_qa.answer("Which article says that?", history=nurtured)
    assert answer.found and answer.span == "Vietnam-Laos: Preserving and Deepening a Special Relationship"
    # nothing answered before: nothing to point at, asked as written
    unanswered = seed_qa.answer("When was the article that quotes him published?",
                                history=["Who is the Thai Ambassador to Vietnam?"])
    assert unanswered.span != "2023-10-29"


def test_when_a_long_named_publisher_posted_a_quoted_title(seed_qa):
    from qa.answering.metadata import asks_about_document

    assert asks_about_document("When did the Ministry of Industry and Trade post it?") == "date"
    answer = seed_qa.answer("When did the Ministry of Industry and Trade post 'Vietnam-Laos: Preserving and "
                            "Deepening a Special Relationship'?")
    assert answer.found and answer.span == "13th September 2023"
