"""qa.answering.sources: a follow-up asking who reported what qa answered is answered with the earlier answer's source."""
from qa.answering.sources import asks_source, source_in


def test_a_question_asking_who_reported_it():
    for question in ("Who reported that figure?", "Which ministry gave that?", "who gave that figure",
                     "According to whom?", "What is the source?", "What agency released those numbers?",
                     "And which ministry is the source of that figure?"):
        assert asks_source(question), question
    for question in ("Who signed it?", "What did he say about it?", "Which ministry does he head?",
                     "Which river is the source of the Nile?"):
        assert not asks_source(question), question


def test_the_one_source_after_according_to():
    said = "China accounts for 24.6 percent of turnover, according to the Ministry of Industry and Trade."
    assert said[slice(*source_in(said, 0, len(said)))] == "the Ministry of Industry and Trade"
    said = "According to Mr. Xiong Bo, Chinese Ambassador to Vietnam, the two are socialist countries."
    assert said[slice(*source_in(said, 0, len(said)))] == "Mr. Xiong Bo"
    assert source_in("Trade grew, according to data.", 0, 30) is None  # no name
    two = "According to the Ministry, trade grew; according to the Bank, it fell."
    assert source_in(two, 0, len(two)) is None  # which one is meant cannot be told


def test_a_follow_up_asking_who_reported_the_figure_on_the_seeds(seed_qa):
    history = ["What share of Vietnam's total import-export turnover did China account for by the end of "
               "September 2023?"]
    answer = seed_qa.answer("Who reported that figure?", history=history)
    assert answer.found and answer.span == "the Ministry of Industry and Trade" and answer.confidence >= 0.9
    assert "24.6 percent" in answer.citations[0].quote
    # the source may be in the sentence before the answer's; that after it names another, and is not looked at first
    history = ["Which country is Vietnam's largest trade partner?"]
    answer = seed_qa.answer("Which ministry reported that?", history=history)
    assert answer.found and answer.span == "the Ministry of Industry and Trade"
