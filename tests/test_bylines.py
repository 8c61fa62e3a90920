"""qa.answering.bylines: who wrote a text that a document reports on, from its byline sentence."""
import pytest

from qa.answering.bylines import asks_author, author_in


@pytest.mark.parametrize("question, asked", [
    ("Who wrote the Paxaxon article?", True), ("who authored it", True), ("Who is the author of the report?", True),
    ("Who has written about the treaty?", True), ("Who translated the article?", False),
    ("What did the author write?", False), ("Who read the article?", False),
    ("paxaxon article lao vietnam friendship author", True),  # typed as keywords
    ("What did they say about the author?", False),
    ("In the Paxaxon piece, who authored the article?", True),  # after a clause naming the text
    ("who write article in paxaxon newspaper?", True), ("who is author of the article?", True),  # in haste
    ("Who writes the rules?", True), ("Who is writing?", False),
])
def test_a_question_asking_who_wrote_something_is_told(question, asked):
    assert asks_author(question) is asked


@pytest.mark.parametrize("text, name", [
    ("Authored by Thongsavanh Phomvihane, Head of the Department, the article said ...", "Thongsavanh Phomvihane"),
    ("The report, written by Dr. Jane Smith of Oxford, found ...", "Jane Smith"),
    ("It was written by hand.", None),  # no name after "by"
    ("The article was published by Paxaxon.", None),  # a publisher is not an author
])
def test_the_author_is_the_name_after_authored_or_written_by(text, name):
    span = author_in(text, 0, len(text))
    assert (text[slice(*span)] if span else None) == name


def test_who_wrote_an_article_the_seeds_report_on(seed_qa):
    # the byline is two sentences after the one that names the article, outside the passage the reader reads
    for question, history in [("Who wrote the Paxaxon article?", None),
                              ("who write article in paxaxon newspaper on september 17 2024?", None),
                              ("Who wrote it?", ["Which newspaper published the article “Lao-Vietnam Nurturing "
                                                 "Great Friendship and Special Solidarity to New Heights”?"])]:
        answer = seed_qa.answer(question, history=history)
        assert answer.found and answer.span == "Thongsavanh Phomvihane", question
        assert answer.citations[0].doc_id.startswith("004") and answer.span in answer.text
    # and the post of the person qa named is his
    answer = seed_qa.answer("What post does he hold?", history=["Who wrote the Paxaxon article?"])
    assert answer.found and answer.span.startswith("Head of the Central Committee’s Foreign Affairs Department")


@pytest.mark.parametrize("question, asked", [
    ("photo credit for the trade agreement signing picture", True), ("Who took the photo of the signing?", True),
    ("Which news agency is credited with the photo of the signing?", True),
    ("Which news agency supplied the photo of the signing?", True), ("Who is the picture credited to?", True),
    ("Whose photograph is it?", False), ("Who signed the agreement in the photo?", False),
    ("Which minister took part in the signing shown in the photo?", False),
])
def test_a_question_asking_whose_photo_it_is_is_told(question, asked):
    from qa.answering.bylines import asks_photo_credit

    assert asks_photo_credit(question) is asked


def test_a_photo_s_credit_is_the_source_its_caption_gives(seed_qa):
    from qa.answering.bylines import credit_in

    caption = "The signing of the Vietnam-Laos Trade Agreement. (Photo: VNA)"
    assert caption[slice(*credit_in(caption, 0, len(caption)))] == "VNA"
    answer = seed_qa.answer("photo credit for the Vietnam-Laos Trade Agreement signing picture")
    assert answer.found and answer.span == "VNA", (answer.span, answer.reason)


def test_a_photo_no_caption_credits_is_not_answered(seed_qa):
    answer = seed_qa.answer("Who took the photo of Prime Minister Pham Minh Chinh meeting Hout Hak?")
    assert not answer.found and answer.reason == "The closest passages credit no photo.", (answer.span, answer.reason)
    assert answer.citations and not any(c.answers for c in answer.citations)  # the closest passages still shown
