"""qa.asking.wording: other words for what the documents say, read as they write it."""
import pytest

from qa.asking.wording import as_written

WRITTEN = {"bilateral trade", "trade", "annual"}


def mentioned(phrase: str) -> bool:
    return phrase.lower() in WRITTEN


def test_a_phrase_no_document_writes_is_read_as_the_one_they_write():
    question, read = as_written("What was two-way commerce worth in 2022?", mentioned)
    assert question == "What was bilateral trade worth in 2022?" and read == [("two-way commerce", "bilateral trade")]
    question, read = as_written("What yearly growth do they aim for?", mentioned)
    assert question == "What annual growth do they aim for?"
    assert as_written("Who wrote the piece?", lambda p: p.lower() == "article") == (
        "Who wrote the article?", [("piece", "article")])
    assert as_written("Who ran a piece on it?", lambda p: p.lower() == "article")[0] == "Who ran an article on it?"
    assert as_written("Its rank in the Southeast Asian bloc?", lambda p: p == "ASEAN")[0] == "Its rank in ASEAN?"


def test_the_short_forms_of_a_chat_are_read_as_written():
    question, read = as_written("vn laos meeting number this yr", lambda p: p.lower() in {"vietnam", "year"})
    assert question == "vietnam laos meeting number this year" and read == [("yr", "year"), ("vn", "Vietnam")]
    question, read = as_written("what lao paper ran it on sept 17", lambda p: p.lower() in {"september"})
    assert question == "what lao paper ran it on september 17" and read == [("sept", "September")]


def test_a_short_form_is_read_before_the_title_it_is_part_of(seed_qa):
    answer = seed_qa.answer("which general took over as head of govt in cambodia in late aug")
    assert answer.found and answer.span == "Hun Manet"
    assert '"govt" as "government"' in answer.reason and '"head of government" as "Prime Minister"' in answer.reason


def test_a_british_or_american_spelling_is_read_as_the_documents_spell_it():
    american = {"national defense", "defense", "program"}.__contains__
    assert as_written("What does the Protocol on National Defence cover?", american)[0] \
        == "What does the Protocol on National Defense cover?"  # its capital kept
    assert as_written("Which programme is it?", american)[0] == "Which program is it?"
    both = {"defense", "defence"}.__contains__  # the documents spell it both ways: left as typed
    assert as_written("What is defence cooperation?", both)[0] == "What is defence cooperation?"


def test_a_phrase_the_documents_write_is_left_as_typed():
    assert as_written("How big is e-commerce?", lambda p: p.lower() in WRITTEN | {"e-commerce"})[1] == []
    assert as_written("What is the commerce ministry?", lambda p: p.lower() in WRITTEN | {"commerce"})[1] == []
    assert as_written("What was two-way trade?", lambda p: False) == ("What was two-way trade?", [])  # nothing to read


def test_two_way_commerce_is_answered_as_bilateral_trade_and_the_answer_says_so(seed_qa):
    answer = seed_qa.answer("What was the value of two-way commerce between Vietnam and Cambodia in 2022?")
    assert answer.found and answer.span == "US$10.57 billion"
    assert 'Read "two-way commerce" as "bilateral trade"' in answer.reason


def test_a_slogan_is_read_as_the_motto_the_seeds_write(seed_qa):
    answer = seed_qa.answer("What slogan sums up how Vietnam and Cambodia want their relations to be?")
    assert answer.found and "Close neighbors, traditional friendship" in answer.span, (answer.span, answer.reason)
    assert 'Read "slogan" as "motto"' in answer.reason


def test_a_date_in_figures_is_read_as_the_documents_write_it():
    from qa.asking.wording import dates_as_written

    held = {"june 10, 2024", "13th september 2023"}
    mentioned = lambda phrase: phrase.lower() in held  # noqa: E731
    assert dates_as_written("Who met on 10/6/2024?", mentioned) == ("Who met on June 10, 2024?",
                                                                   [("10/6/2024", "June 10, 2024")])
    assert dates_as_written("Who met on 6/10/2024?", mentioned)[0] == "Who met on June 10, 2024?"  # month first
    assert dates_as_written("What was posted on 13.9.2023?", mentioned)[0] == "What was posted on 13th September 2023?"
    assert dates_as_written("Who met on 11/6/2024?", mentioned) == ("Who met on 11/6/2024?", [])  # held neither way
    assert dates_as_written("What is 10/6/20245?", mentioned)[1] == []
    both = lambda phrase: phrase in ("June 5, 2024", "May 6, 2024")  # noqa: E731
    assert dates_as_written("What happened on 5/6/2024?", both)[1] == []  # either reading: left as typed


def test_the_months_from_january_are_read_as_the_first_months_the_documents_write():
    from qa.asking.wording import dates_as_written

    mentioned = lambda phrase: phrase.lower() in {"first five months"}  # noqa: E731
    assert dates_as_written("What did trade come to from January through May 2024?", mentioned) == (
        "What did trade come to in the first five months of 2024?",
        [("from January through May 2024", "in the first five months of 2024")])
    assert dates_as_written("Trade between Jan. and May?", mentioned)[0] == "Trade in the first five months?"
    assert dates_as_written("Trade during January-May 2024?", mentioned)[0] \
        == "Trade during the first five months of 2024?"
    assert dates_as_written("Trade from January to March 2024?", mentioned)[1] == []  # no document writes "first three"
    assert dates_as_written("Trade from January to May?", lambda p: True)[1] == []  # a document writes the range


def test_trade_from_january_through_may_is_answered_from_the_first_five_months(seed_qa):
    answer = seed_qa.answer("How much did two-way Vietnam-Laos trade come to from January through May 2024?")
    assert answer.found and answer.span == "779.6 million USD", (answer.span, answer.reason)
    assert '"from January through May 2024" as "in the first five months of 2024"' in answer.reason


def test_countries_putting_money_into_a_place_are_read_as_its_foreign_investors(seed_qa):
    from qa.asking.wording import as_written

    def mentioned(phrase):
        return phrase.lower() in ("foreign investor", "laos")

    question, read = as_written("Where does Vietnam rank among the nations putting foreign capital into Laos?", mentioned)
    assert question == "Where does Vietnam rank among the foreign investors in Laos?"
    assert read == [("nations putting foreign capital into", "foreign investors in")]
    # not when no document writes "foreign investor"
    assert as_written("Which countries are putting money into Laos?", lambda p: False)[1] == []
    answer = seed_qa.answer("Where does Vietnam place in the ranking of countries putting money into Laos?")
    assert answer.found and "third" in answer.span and "foreign investors in" in answer.reason


def test_countries_investing_in_and_sources_of_foreign_capital_are_foreign_investors(seed_qa):
    from qa.asking.wording import as_written

    def mentioned(phrase):
        return phrase.lower() in ("foreign investor", "laos")

    assert as_written("Where does Vietnam rank among the countries investing in Laos?", mentioned)[0] \
        == "Where does Vietnam rank among the foreign investors in Laos?"
    assert as_written("Is it one of the biggest sources of foreign capital in Laos?", mentioned)[1] \
        == [("sources of foreign capital in", "foreign investors in")]
    assert as_written("Which countries invest in Laos?", mentioned)[1] == []  # a clause, no noun phrase
    answer = seed_qa.answer("Among all the countries investing in Laos, what position does Vietnam hold?")
    assert answer.found and "third" in answer.span


@pytest.mark.parametrize("question, read", [
    ("How will Vietnam help Laos get its goods in and out of the country?",
     "How will Vietnam help Laos in its import-export activities?"),
    ("Which big regional jobs is Laos taking on this year?", "Which important international roles is Laos taking on this year?"),
    ("What money should they use for trade deals?", "Which currencies should they use for trade deals?"),
    ("Do they pay in their own national money?", "Do they pay in local currencies?"),
    ("Out of all the places that get investment from Vietnam, where does Cambodia come?",
     "Out of all the countries and territories receiving foreign investment from Vietnam, where does Cambodia come?"),
])
def test_everyday_words_for_the_documents_terms_are_read_as_the_terms(question, read):
    from qa.asking.wording import as_written

    def mentioned(phrase):
        return phrase in ("import-export", "international roles", "currencies", "local currencies",
                          "receiving foreign investment")

    assert as_written(question, mentioned)[0] == read
    assert as_written(question, lambda phrase: False)[1] == []  # only when a document writes the terms


def test_everyday_words_for_the_documents_terms_on_the_seeds(seed_qa):
    answer = seed_qa.answer("How is Vietnam going to help Laos get its goods in and out of the country?")
    assert answer.found and "seaports" in answer.text and "import-export" in answer.reason
    assert "ASEAN Chairmanship" in seed_qa.answer("Which big international jobs is Laos holding this year that "
                                                  "Vietnam is backing?").text
