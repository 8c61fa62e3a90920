"""The ways users phrase a question, read as the plain question and answered on the seeds as it is.

What each rewriting gives is tested in tests/test_question.py; here, that the answer is the plain question's.
"""
from __future__ import annotations

import pytest

from qa.phrasing import without_markup


@pytest.mark.parametrize("typed, read", [
    ("> Who wrote it?? 🤔", "Who wrote it??"),
    ("- roughly how many ventures?", "roughly how many ventures?"),
    ("1. What is **the** `KPL`?", "What is the KPL?"),
    ("## Who is __Hun Manet__?", "Who is Hun Manet?"),
    ("What is 5*3*2?", "What is 5*3*2?"),  # no emphasis between figures
    ("-5% growth in 2023?", "-5% growth in 2023?"),  # a sign, no list's mark
    ("🤔🇻🇳", "🤔🇻🇳"),  # nothing else: left to the check that asks for a question
])
def test_the_marks_of_a_chat_box_around_a_question_go(typed, read):
    assert without_markup(typed) == read


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
