"""The ways users phrase a question, read as the plain question and answered on the seeds as it is.

What each rewriting gives is tested in tests/test_question.py; here, that the answer is the plain question's.
"""
from __future__ import annotations

import pytest

from qa.asking.typed import plain_words, without_markup


@pytest.mark.parametrize("typed, read", [
    ("> Who wrote it?? 🤔", "Who wrote it??"),
    ("- roughly how many ventures?", "roughly how many ventures?"),
    ("1. What is **the** `KPL`?", "What is the KPL?"),
    ("## Who is __Hun Manet__?", "Who is Hun Manet?"),
    ("What is 5*3*2?", "What is 5*3*2?"),  # no emphasis between figures
    ("-5% growth in 2023?", "-5% growth in 2023?"),  # a sign, no list's mark
    ("🤔🇻🇳", "🤔🇻🇳"),  # nothing else: left to the check that asks for a question
    # a worksheet's or an exam's labels, and an answer line left blank
    ("Task 15 - What is the combined funding?", "What is the combined funding?"),
    ("Question 41 (1 mark): What is their total capital?", "What is their total capital?"),
    ("(g) What position does he hold?", "What position does he hold?"),
    ("14) How many projects?", "How many projects?"),
    ("Q40. And which committee does he chair?", "And which committee does he chair?"),
    ("Exercise: Who chairs it? Answer:", "Who chairs it?"),
    ("Exercise 3: Name the minister.", "Name the minister."),
    ("Who is it? Answer: ____", "Who is it?"),
    ("What is it? (2 marks)", "What is it?"),
    ("Part of which country is Laos?", "Part of which country is Laos?"),  # a word of the question, no label
    ("Who is Q?", "Who is Q?"),
    ("Who is it? A) Wang Yi B) Xiong Bo", "Who is it? A) Wang Yi B) Xiong Bo"),  # options after it stay
    ("Is it in the U.S.A.", "Is it in the U.S.A."),
])
def test_the_marks_of_a_chat_box_around_a_question_go(typed, read):
    assert without_markup(typed) == read


@pytest.mark.parametrize("typed, read", [
    ("whos the guy that wrote the paxaxon thing", "who is the guy that wrote the paxaxon thing"),
    ("what growth rate r vietnam n laos going for", "what growth rate are vietnam and laos going for"),
    ("What is R&D in N America?", "What is R&D in N America?"),  # letters for words only in lower case
    ("how much $$ r they tryna hit thru 2030", "how much money are they trying to hit through 2030"),
    ("uh who wrote the piece, um, about laos", "who wrote the piece, about laos"),
    ("How did H.E. Xiong Bo describe it?", "How did Xiong Bo describe it?"),  # His Excellency
    ("What is H.E.B. Grocery?", "What is H.E.B. Grocery?"),
    ("like what is the motto", "what is the motto"),
    ("what was trade in twenty twenty two", "what was trade in 2022"),
    ("the treaty of nineteen seventy seven", "the treaty of 1977"),
    ("in two thousand and five", "in 2005"),
    ("two thousand students", "two thousand students"),  # a count, no year
    ("published on september seventeenth twenty twenty four", "published on september 17 2024"),
    ("vietnam may first sign it", "vietnam may first sign it"),  # "may", a verb
    ("what big role is laos no sorry what regional role is laos taking on", "what regional role is laos taking on"),
])
def test_a_chat_s_shorthand_and_speech_are_read_as_written(typed, read):
    assert plain_words(typed) == read


@pytest.mark.parametrize("history, question, span", [
    ([], "> Who wrote the article published in **Paxaxon** on September 17, 2024? 🤔", "Thongsavanh Phomvihane"),
    (["Who is Cambodia's Prime Minister?"], "who led the country BEFORE him...", "Hun Sen"),
    # a guess, then what to give instead
    ([], "Was the Vietnam-Laos Treaty of Friendship and Cooperation signed on July 18, 1976, or on what date?",
     "July 18, 1977"),
    ([], "Did Vietnam-Laos bilateral trade in the first five months of 2024 reach 700 million USD, or what was the "
         "real figure?", "779.6 million USD"),
    ([], "Is the Chinese Ambassador to Vietnam quoted in the article Wang Yi? If not, who is he?", "Xiong Bo"),
    ([], "Does Vietnam invest in around 60 countries and territories in total, or what is the correct number?", "79"),
    # dictated, or in a chat's shorthand
    ([], "what was the bilateral trade turnover between vietnam and cambodia in twenty twenty two", "10.57 billion"),
    ([], "uh who wrote the paxaxon piece about lao vietnam friendship", "Thongsavanh Phomvihane"),
    ([], "how much $$ r vietnam n cambodia tryna hit in two-way trade down the road", "20 billion"),
    # a choice of answers
    ([], "Does Vietnam have 241 or 205 active projects in Laos?", "241"),
    ([], "Who heads the Vietnam-Cambodia Friendship Association, Nguyen Thi Thanh or Nguyen Ba Hung?",
     "Nguyen Thi Thanh"),
    ([], "Was the Vietnam-Laos Treaty of Friendship and Cooperation signed in 1976 or in 1977?", "1977"),
    # a statement checked with a question mark
    ([], "The Paxaxon article came out on September 15, 2024?", "September 17"),
    ([], "Vietnam's 241 active projects in Laos have a total capital of 4.5 billion USD?", "5.5 billion USD"),
    # circumstances before the question
    ([], "On the afternoon of June 10, 2024, during a delegation's official visit to Vietnam, which Cambodian Minister "
         "of Inspection did Prime Minister Pham Minh Chinh meet?", "Hout Hak"),
    # a category's noun for what is asked
    ([], "Which individual authored the article titled 'Lao-Vietnam Nurturing Great Friendship and Special "
         "Solidarity to New Heights'?", "Thongsavanh Phomvihane"),
    ([], "What quantity did two-way commerce between Vietnam and Cambodia amount to in 2022?", "$10.57 billion"),
    # a correction of the last question
    (["Who is the Vietnamese Minister of Foreign Affairs cited in the October 2023 article?"],
     "Not him - the Lao minister who chairs the Laos - Vietnam Cooperation Committee.", "Khamjane Vongphosy"),
])
def test_a_question_phrased_so_is_answered_as_the_plain_one(seed_qa, history, question, span):
    answer = seed_qa.answer(question, history)
    assert answer.found and span in answer.span


def test_a_marked_up_question_the_seeds_do_not_answer_is_refused_as_the_plain_one(seed_qa):
    plain = seed_qa.answer("Who is the current Prime Minister of Laos?")
    marked = seed_qa.answer("Who is the current **Prime Minister of Laos**? 🇱🇦")
    assert not plain.found and not marked.found and marked.reason == plain.reason
