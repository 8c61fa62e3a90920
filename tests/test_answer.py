"""End to end with the real model on the seeds: answers, citations, the CLI and the Python API."""
import dataclasses
import json
import subprocess
import sys

import pytest

from conftest import EVAL_DIR, ROOT, qa_over
from qa import Answer, Citation
from qa.errors import QuestionError


def _seed_questions():
    path = EVAL_DIR / "seeds_dev.jsonl"
    if not path.is_file():
        pytest.skip(f"evaluation data not found at {path} (set QA_EVAL_DIR)")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


# The development questions qa answers right today; all 16 are asked, these must stay right.
# d09 ("What rank does Vietnam hold among foreign investors in Laos?") was lost with the int8 encoder while
# the sentence scorer chose the passage (its vectors rank Cambodia's "ranks second" sentence first); the
# reader, choosing among the two best passages, finds it with either encoder. d10 (a byline: "Who translated
# the article about ...?") is found since questions naming their document are asked of that document.
MUST_PASS = {"d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11", "d12", "d13", "d14",
             "d15", "d16"}
MUST_PASS_FP32 = MUST_PASS


def _right_ids(qa) -> set[str]:
    right = set()
    for q in _seed_questions():
        answer = qa.answer(q["question"], history=q.get("history"))
        if q["answers"]:
            ok = answer.found and any(a.lower() in answer.text.lower() for a in q["answers"])
            ok = ok and any(answer.citations[0].doc_id.startswith(p) for p in q["docs"])
        else:
            ok = not answer.found
        if ok:
            right.add(q["id"])
    return right


def test_seed_dev_questions(seed_qa):
    right = _right_ids(seed_qa)
    assert MUST_PASS <= right, f"regressed: {sorted(MUST_PASS - right)}"


def test_seed_dev_questions_with_the_float32_encoder(tmp_path):
    from qa.config import Config
    from qa.models.embed import Encoder
    from qa.indexing.index import build_index
    from qa.pipeline import QA

    config = Config(encoder="onnx")
    encoder = Encoder.from_config(config)
    build_index(ROOT / "seeds", tmp_path / "index", config, encoder, progress=False)
    right = _right_ids(QA(tmp_path / "index", config=config, encoder=encoder))
    assert MUST_PASS_FP32 <= right, f"regressed: {sorted(MUST_PASS_FP32 - right)}"


@pytest.mark.parametrize("question, phrase, doc", [
    ("Who posted the article about Vietnam and Laos elevating friendship and solidarity?", "MOIT Vietnam", "004"),
    ("When was the story on preserving the Vietnam-Laos special relationship posted?", "13th September 2023", "003"),
    ("In the article about the 57th anniversary, which year does Cambodia aim to become developed?", "2050", "002"),
    ("I'm reading about the 57th anniversary of Vietnam-Cambodia relations. Who translated it?", "Thuy Doan", "002"),
    ("Who translated the June 2024 article on the 57 years of Vietnam-Cambodia ties?", "Thuy Doan", "002"),
    ("how many years has the vietnam-laos relationship been nurtured according to MOIT's september 2023 post",
     "over 61 years", "003"),
    ("Who translated the June 2024 article?", "Thuy Doan", "002"),  # named by the date it gives
    # the only document dated 2023, though others mention the foreign minister's office and that year
    ("Who is the Minister of Foreign Affairs quoted in the 2023 article?", "Bui Thanh Son", "000"),
    ("who posted 'Vietnam-Laos: Preserving and Deepening a Special Relationship'", "MOIT Vietnam", "003"),
])
def test_a_question_naming_its_article_is_answered_from_that_article(seed_qa, question, phrase, doc):
    answer = seed_qa.answer(question)
    assert answer.found and answer.span == phrase, (answer.span, answer.reason)
    # a question in lower case but for an acronym ("MOIT's") is shown with the documents' capitals
    assert answer.citations[0].doc_id.startswith(doc) and answer.question.lower() == question.lower()
    assert seed_qa.search(question)[0].chunk.doc_id.startswith(doc)  # search returns what answer read


def test_a_question_naming_an_article_no_document_is_about_is_not_answered(seed_qa):
    answer = seed_qa.answer("Who translated the article about Japan and Korea?")
    assert not answer.found and "Japan" in answer.reason


def test_a_follow_up_leans_on_the_earlier_answer_too(seed_qa):
    history = ["Who is the General Secretary and President of Laos?"]
    earlier = seed_qa.answer(history[0])
    assert "Thongloun Sisoulith" in earlier.span
    loaded = seed_qa._fresh()
    query, _ = seed_qa._query(loaded, "Which newspaper published his article?", seed_qa._history(loaded, history), None)
    assert query.context.lower() == f"{history[0]} {earlier.text}".lower()
    assert query.question == "Which newspaper published his article?"
    answer = seed_qa.answer("Which newspaper published his article?", history=history)
    assert answer.found and "Paxaxon" in answer.span


def test_every_citation_is_a_verbatim_slice_of_its_document(seed_qa):
    questions = [q["question"] for q in _seed_questions()] + ["What did Ho Chi Minh say?", "trade"]
    for question in questions:
        answer = seed_qa.answer(question)
        assert answer.citations, question
        for c in answer.citations:
            text = seed_qa.document(c.doc_id).text
            assert c.quote == text[c.start:c.end]
            assert c.start <= (c.sentence_start or c.start) <= (c.sentence_end or c.end) <= c.end
            if c.span_start is not None:
                assert c.start <= c.span_start < c.span_end <= c.end
        if answer.found:
            first = answer.citations[0]
            assert answer.text == seed_qa.document(first.doc_id).text[first.sentence_start:first.sentence_end]
            assert answer.span in answer.text
            assert answer.span == seed_qa.document(first.doc_id).text[first.span_start:first.span_end]


def test_answer_has_the_promised_shape(seed_qa):
    answer = seed_qa.answer("How many Lao students are studying in Vietnam?")
    assert isinstance(answer, Answer) and answer.found and 0.0 <= answer.confidence <= 1.0
    assert "14,000" in answer.text and answer.span == "over 14,000"  # the bound is part of the figure
    first = answer.citations[0]
    assert isinstance(first, Citation) and first.doc_id.startswith("001")
    assert first.title == "Increasingly deep and effective Vietnam-Laos relationship"
    with pytest.raises(dataclasses.FrozenInstanceError):
        answer.text = "changed"


def test_unanswerable_question_abstains_and_still_shows_closest_passages(seed_qa):
    answer = seed_qa.answer("Who is the coach of the Vietnam national football team?")
    assert not answer.found and "do not say" in answer.text
    assert answer.citations and not any(c.answers for c in answer.citations)


def test_an_everyday_word_no_document_uses_does_not_silence_the_answer(seed_qa):
    # In five articles "pact" and "inked" are in no document and weigh the most of the question's words; the
    # treaty's date is still the answer (qa.answering.reading.confidence). A question about what no document covers
    # still abstains, and says which of its words no document holds.
    answer = seed_qa.answer("When was the Vietnam-Laos friendship pact inked?")
    assert answer.found and answer.span == "July 18, 1977"
    coach = seed_qa.answer("Who is the coach of the Vietnam national football team?")
    assert not coach.found and "coach, football, team" in coach.reason


@pytest.mark.parametrize("rerank", [True, False])
def test_a_question_for_a_year_is_not_answered_with_a_phrase_holding_none(seed_qa, rerank, monkeypatch):
    # The closest sentence says the partnership has grown "in recent years"; it never says when it began.
    # Whether the reader or the sentence scorer chooses the sentence.
    monkeypatch.setattr(seed_qa.extractor, "rerank", rerank)
    answer = seed_qa.answer("What year did the Vietnam-China partnership start?")
    assert not answer.found and answer.reason == "The closest passage gives no year."
    signed = seed_qa.answer("In what year did Vietnam and Laos sign their Treaty of Friendship and Cooperation?")
    assert signed.found and "1977" in signed.span


def test_a_phrase_of_a_numeric_kind_holds_a_number():
    from qa.asking.question import Kind
    from qa.answering.figures import holds_number

    assert holds_number(Kind.YEAR, "c1750") and not holds_number(Kind.YEAR, "recent years")
    assert not holds_number(Kind.YEAR, "two years") and holds_number(Kind.COUNT, "two")
    assert holds_number(Kind.COUNT, "14,000") and holds_number(Kind.MONEY, "millions of dollars")
    assert holds_number(Kind.PERSON, "Hun Sen")  # other kinds are not checked
    assert not holds_number(Kind.COUNT, "74th") and not holds_number(Kind.COUNT, "the third")  # a rank counts nothing
    # nor does a symbol's number: "R 0" (R0), "H1N1", "COVID-19"
    assert not holds_number(Kind.COUNT, "the number of unreported cases and the basic reproduction number, R 0")
    assert not holds_number(Kind.COUNT, "H1N1 patients") and holds_number(Kind.COUNT, "12 COVID-19 cases")
    # nor a reference's: "the Diamond Princess [1]"
    assert not holds_number(Kind.COUNT, "a cruise ship, the Diamond Princess [1] . The index case is a passenger")
    assert holds_number(Kind.COUNT, "3711 persons [4]")
    # a year is no amount: "How much money ...?" and "the 2023-2030 period"
    assert not holds_number(Kind.MONEY, "the 2023-2030 period") and holds_number(Kind.MONEY, "$5 million in 2023")
    assert not holds_number(Kind.MONEY, "two") and holds_number(Kind.MONEY, "two million")
    # an amount has a currency or a scale: "3.5 metres" is no amount of money, nor "100" of "100 families"
    assert not holds_number(Kind.MONEY, "3.5 metres (11 ft)") and not holds_number(Kind.MONEY, "100")
    assert holds_number(Kind.MONEY, "$1.2 billion") and holds_number(Kind.MONEY, "150 euros")
    assert holds_number(Kind.COUNT, "the first 20")
    # a number word in a name counts nothing: "Seven Years" of "the Seven Years' War"
    assert not holds_number(Kind.COUNT, "Seven Years") and holds_number(Kind.COUNT, "Seven people")
    assert holds_number(Kind.COUNT, "Two Thousand Five Hundred") and holds_number(Kind.COUNT, "Six Russian princes")
    # a vague number word answers only as a short phrase: "both", "several hundred"; not a sentence it opens
    assert holds_number(Kind.COUNT, "both") and holds_number(Kind.COUNT, "several")
    assert not holds_number(Kind.COUNT, "Both countries are encouraged to develop cross-border economic zones")


def test_a_date_is_not_answered_by_sentences_that_give_no_time():
    from qa.asking.question import Kind
    from qa.answering.times import undated

    heading = "The signing of the Vietnam-Laos Trade Agreement."
    assert undated("When was the Vietnam-Laos Trade Agreement signed?", Kind.DATE, heading)
    assert not undated("When was it signed?", Kind.DATE, "It was signed in 1998.")
    assert not undated("When was it signed?", Kind.DATE, "It was signed after the war.")  # a word of time
    # asked for a date, a word of time is not enough: a digit or a month is
    said = "His choice of Laos right after assuming the position of President shows Vietnam's priority."
    assert undated("On what date did Vo Van Thuong assume the position of President?", Kind.DATE, said)
    assert not undated("On what date did he take office?", Kind.DATE, "He took office on August 22.")
    forum = "At the third Belt and Road Forum held in China, the President met the two leaders."
    assert undated("On what exact dates was the Belt and Road Forum held?", Kind.DATE, forum)
    assert undated("What was the signing date of the Vietnam-Laos Trade Agreement?", Kind.DATE, heading)
    assert not undated("When dating rocks, what is the isotopic date applied to?", Kind.DATE, "To fossil sequences.")
    # "When" that opens a clause asks something else; other kinds are not checked
    assert not undated("When rock folds upward, what does it create?", Kind.DATE, "It creates antiforms.")
    assert not undated("Who signed it?", Kind.PERSON, heading)



def test_when_something_was_founded_is_not_answered_by_sentences_that_do_not_say():
    from qa.answering.misses import not_this
    from qa.answering.times import NO_FOUNDING, no_founding
    from qa.asking.question import Kind

    spoke = "Ms. Thanh, Chairwoman of the Friendship Association, speaks at its conference held at the end of 2023."
    asked = "When was the Friendship Association founded?"
    assert not_this(asked, Kind.DATE, spoke, "2023") == NO_FOUNDING
    assert not_this(asked, Kind.DATE, "The Association, founded in 1979, met in 2023.", "1979") is None
    # "formed" asks a founding too: not "entered into full communion"
    communion = "In May 2012, The United Methodist Church entered into full communion with the AME Church."
    assert not_this("In what year was the United Methodist Church formed?", Kind.YEAR, communion, "2012") == NO_FOUNDING
    assert not_this("When was the airport formed?", Kind.DATE, "Formed in 1946, the airport is a community.",
                    "1946") is None
    # "On what kind of grid was it built?" and "In which church was it founded?" ask no date
    assert no_founding("On what kind of grid was the model built?", "It ran on a hexagonal lattice.") is None
    assert no_founding("In which church was the pharmacy founded?", "It is in Santa Maria Novella.") is None
    built = "Construction of the bridge ended in 1932."
    assert not_this("When was the bridge built?", Kind.DATE, built, "1932") is None
    merger = "The undergraduate college became coeducational after its 1977 merger with Radcliffe College."
    assert not_this("radcliffe college was founded which year?", Kind.YEAR, merger, "1977") == NO_FOUNDING  # typed so
    # a founding member of something else says nothing of its own founding
    member = "Harvard was a founding member of the Association of American Universities in 1900."
    assert not_this("what year was harvard founded", Kind.YEAR, member, "1900") == NO_FOUNDING
    assert not_this("When was the Association of American Universities founded?", Kind.DATE,
                    "The Association of American Universities was founded in 1900.", "1900") is None
    # typed with the noun first, and an establishment that is an institution, not a founding
    assert not_this("harvard founding year", Kind.YEAR, member, "1900") == NO_FOUNDING
    elites = "By the 19th century Harvard had emerged as the central cultural establishment among Boston elites."
    assert not_this("year harvard was established", Kind.YEAR, elites, "19th century") == NO_FOUNDING
    assert not_this("year harvard was established", Kind.YEAR, "Since its establishment in 1636, Harvard grew.",
                    "1636") is None


def test_a_phrase_that_only_repeats_the_thing_asked_for_does_not_say_which():
    from qa.answering.misses import not_this
    from qa.answering.which import NOT_WHICH, repeats_asked
    from qa.asking.question import Kind

    asked = "Which Vietnamese seaports will Laos use for its import-export activities?"
    sentence = "Vietnam will support Laos in its import-export activities by providing access through Vietnamese seaports."
    assert repeats_asked(asked, "access through Vietnamese seaports") == "Vietnamese seaports"
    assert not_this(asked, Kind.OTHER, sentence, "access through Vietnamese seaports") \
        == NOT_WHICH.format(said="Vietnamese seaports")
    assert repeats_asked(asked, "the seaports of Vung Ang and Cua Lo") is None  # names them
    assert repeats_asked("Which cells are attacked first?", "white blood cells") is None  # words of its own
    assert repeats_asked("What seaports will Laos use?", "Vietnamese seaports") is None  # only "Which ...?"
    # a preposition before "which" asks which all the same
    assert repeats_asked("Through which Vietnamese seaport will Laos export its goods?",
                         "access through Vietnamese seaports") == "Vietnamese seaports"
    # and asked the name of it
    asked = "What was the name of the first online pharmacy?"
    assert repeats_asked(asked, "online pharmacies") == "online pharmacies"
    assert repeats_asked(asked, "PlanetRx") is None
    assert repeats_asked("What is the name of the river in Paris?", "the Seine river") is None


def test_sentences_that_name_the_thing_asked_for_only_as_the_question_does_not_say_which():
    from qa.answering.misses import not_this
    from qa.answering.which import NOT_WHICH, named_only_as_asked
    from qa.asking.question import Kind

    asked = "Which Vietnamese seaports will Laos be given access to for its imports and exports?"
    sentence = "Vietnam will support Laos in its import-export activities by providing access through Vietnamese seaports."
    assert named_only_as_asked(asked, sentence) == "Vietnamese seaports"
    assert not_this(asked, Kind.OTHER, sentence, "Vietnam will support Laos") \
        == NOT_WHICH.format(said="Vietnamese seaports")
    # the sentences name one, or a word of their own says which, or the thing is a single word
    assert named_only_as_asked(asked, "Laos will use the Vietnamese seaports of Vung Ang and Cua Lo.") is None
    assert named_only_as_asked("Which blood cells are attacked?", "White blood cells are attacked first.") is None
    assert named_only_as_asked("Which river flows through Paris?", "The Seine is the river that flows there.") is None
    # asked of one ("Which specific seaport ...?"), the sentence naming them only as "seaports" does not say which
    assert named_only_as_asked("Which specific Vietnamese seaport will Laos use?", sentence) == "Vietnamese seaports"
    # the country for its people's word
    assert named_only_as_asked("Which Vietnam seaport exactly will Laos use?", sentence) == "Vietnamese seaports"


def test_an_embedded_which_question_with_a_name_for_its_subject_is_asked_in_question_order(seed_qa):
    from qa.asking.phrasing import plain_question

    asked = "Could you please tell me which specific Vietnamese seaport Laos will use for its exports?"
    assert plain_question(asked) == "Which specific Vietnamese seaport will Laos use for its exports?"
    assert plain_question("Tell me which ministry Vietnam has chosen.") == "Which ministry has Vietnam chosen?"
    assert plain_question("Do you know where the Treaty was signed?") == "Where was the Treaty signed?"
    assert plain_question("Tell me how many projects Vietnam has in Laos.") == "How many projects does Vietnam have in Laos?"
    assert not seed_qa.answer(asked).found


def test_how_many_of_them_asks_a_part_the_total_does_not_count(seed_qa):
    from qa.answering.figures import PART_UNSAID, part_unsaid
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    projects = "Vietnam currently has 241 active projects in Laos, with total capital of 5.5 billion USD."
    assert part_unsaid("How many of them are hydropower projects?", Kind.COUNT, projects) == "hydropower projects"
    assert not_this("How many of them are hydropower projects?", Kind.COUNT, projects, "241") \
        == PART_UNSAID.format(part="hydropower projects")
    assert part_unsaid("How many of them are active?", Kind.COUNT, projects) is None  # the text says it
    assert part_unsaid("How many of the projects are in Laos?", Kind.COUNT, projects) is None
    assert part_unsaid("How many projects are hydropower projects?", Kind.COUNT, projects) is None  # no "of them"
    # "of that kind" refers to the earlier answer: no part the passage must name
    drugs = "It is the fastest growing sector, with 19 of 28 newly FDA approved drugs in 2013 being specialty drugs."
    assert part_unsaid("How many of the drugs the FDA approved in 2013 were of that kind?", Kind.COUNT, drugs) is None
    answer = seed_qa.answer("How many of the Lao students in Vietnam are on Vietnamese government scholarships?")
    assert not answer.found and "scholarships" in answer.reason
    # "has" of "has the BBC lost" is the auxiliary of the BBC's verb: no part of the episodes asked
    lost = "In all, 97 of 253 episodes produced during the first six years are not held in the BBC's archives."
    assert part_unsaid("How many of the early episodes has the BBC lost?", Kind.COUNT, lost) is None
    # one word of three the user's own: "absent" for "not held"
    assert part_unsaid("How many of the 253 episodes are absent from the BBC archive?", Kind.COUNT, lost) is None
    assert part_unsaid("How many of the episodes are absent from the radio archive?", Kind.COUNT, lost) \
        == "absent from the radio archive"
    contractors = "There were about 667,000 firms employing 200,000 general contractors and 432,000 specialty ones."
    assert part_unsaid("How many of the contractors were specialty ones?", Kind.COUNT, contractors) is None  # "ones"


@pytest.mark.parametrize("question, quoted, figure", [
    ("How many mammals have been classified?", "378", "427"),  # the reader quoted another figure of the list
    ("How many mammals have been classified?", "428 amphibians, and 378", "427"),
    ("How many of the contractors were specialty ones?", "200,000 general contractors and 432,000", "432,000"),
    ("How many mammals have been classified?", "427", None),  # already the one
    ("How many insects have been classified?", "378", None),  # the list counts no insects
    ("How many birds were there in 1900?", "1,294 birds", None),  # the figure asked, quoted with its noun
])
def test_the_figure_a_list_writes_before_the_thing_counted(question, quoted, figure):
    from qa.answering.figures import counted_figure

    text = ("At least 2,200 fishes, 1,294 birds, 427 mammals, 428 amphibians, and 378 reptiles live there. "
            "There were 200,000 general contractors and 432,000 specialty ones.")
    sentence = text.index("There") if "contractors" in question else 0
    end = len(text) if sentence else text.index("There")
    at = text.index(quoted, sentence)
    found = counted_figure(question, text, sentence, end, (at, at + len(quoted)))
    assert (text[slice(*found)] if found else None) == figure


@pytest.mark.parametrize("question, figure", [
    ("How many deaths occur annually as a result of influenza epidemics?", "250,000 to 500,000"),  # verb, no "are"
    ("How many severe cases are there each year?", "three to five million"),  # a range in words, with its scale
])
def test_a_range_is_one_figure_of_the_things_it_counts(question, figure):
    from qa.answering.figures import counted_figure

    text = ("Worldwide, annual epidemics result in about three to five million cases of severe illness, and about "
            "250,000 to 500,000 deaths [5] .")
    both = (text.index("three"), text.index("deaths") - 1)
    found = counted_figure(question, text, 0, len(text), both)
    assert (text[slice(*found)] if found else None) == figure
    # a figure the question writes is not its answer: "11 to 18" of "How many 11 to 18 schools ...?"
    schools = "There are 50 primary schools and eleven LEA-funded 11 to 18 schools."
    quoted = (schools.index("50"), schools.index(" LEA"))
    assert counted_figure("How many 11 to 18 schools are there?", schools, 0, len(schools), quoted) is None


def test_a_count_given_with_its_share_in_brackets_counts_the_word_after_them():
    from qa.answering.figures import counted_figure

    def quoted(question, text, phrase):
        at = text.index(phrase)
        found = counted_figure(question, text, 0, len(text), (at, at + len(phrase)))
        return text[slice(*found)] if found else None

    makeup = ("The racial makeup of Fresno was 245,306 (49.6%) White, 40,960 (8.3%) African American, 8,525 (1.7%) "
              "Native American, 62,528 (12.6%) Asian.")
    assert quoted("How many Native American people resided in Fresno?", makeup, "245,306 (49.6%) White") == "8,525"
    # a word written with a hyphen counts when the question writes both its parts
    couples = "There were 12,843 (8.1%) unmarried opposite-sex partnerships, and 1,388 (0.9%) same-sex couples."
    assert quoted("How many same-sex married couples were there?", couples, "12,843") == "1,388"
    assert quoted("How many opposite-sex partnerships were there?", couples, "1,388") is None



def test_an_acronym_of_a_name_the_question_gives_is_no_one_who_wrote_it(seed_qa):
    from qa.answering.misses import acronym_of_asked

    said = "On this occasion, the Lao News Agency (KPL) posted an article extolling the relationship."
    assert acronym_of_asked("Who wrote the Lao News Agency article?", said, "KPL") == "Lao News Agency (KPL)"
    assert acronym_of_asked("Who posted the article?", said, "KPL") is None  # the question does not name it
    # or spelt out in lower case, in the question's words
    said = "Following the WHO declaration that the outbreak is a public health emergency of international concern (PHEIC)."
    assert acronym_of_asked("Who decided not to declare the outbreak a public health emergency of international "
                            "concern?", said, "PHEIC") == "public health emergency of international concern (PHEIC)"
    assert acronym_of_asked("Who declared the emergency?", said, "PHEIC") is None
    # the other way round: the phrase spells out an acronym the question writes
    from qa.answering.misses import long_form_of_asked

    said = "KATNAL1 plays a fundamental role in the central nervous system (CNS), but more studies are needed."
    asked = "What CNS functions are changed by mutations in the KATNAL1 gene?"
    assert long_form_of_asked(asked, said, "central nervous system (CNS)") == "central nervous system (CNS)"
    assert long_form_of_asked(asked, said, "central nervous system") == "central nervous system (CNS)"
    assert long_form_of_asked(asked, said, "a fundamental role") is None
    assert long_form_of_asked("What functions are changed by mutations in KATNAL1?", said, "central nervous system") \
        is None  # the question does not write CNS
    assert not seed_qa.answer("Who wrote the Lao News Agency article calling the Laos - Vietnam relationship a "
                              "symbol of special friendship?").found
    assert not seed_qa.answer("Which officer commanded the Vietnam People's Navy during the 74th joint patrol?").found
    assert seed_qa.answer("What is the abbreviation of the Lao News Agency?").span == "KPL"  # asked for itself
    # asked anything else, the acronym of a name the question gives says it back
    said = "The User Datagram Protocol (UDP) is an example of a datagram protocol."
    assert acronym_of_asked("What does User Datagram Protocol guarantee?", said, "UDP") == \
        "The User Datagram Protocol (UDP)"
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    assert not_this("What does User Datagram Protocol guarantee?", Kind.OTHER, said, "UDP")
    assert not_this("What is User Datagram Protocol known as?", Kind.OTHER, said, "UDP") is None
    # asked what the letters stand for, wherever the question says so, their long form is the answer
    tgif = 'the 1989 debut of the "TGIF" block (which promotions referenced stood for "Thank Goodness It\'s Funny").'
    assert not_this("What CNS functions are changed by mutations in the KATNAL1 gene?", Kind.OTHER,
                    "It plays a role in the central nervous system (CNS).", "central nervous system")
    assert not_this("what did the name of ABC's TGIF friday block stand for", Kind.OTHER, tgif,
                    '"Thank Goodness It\'s Funny"') is None


def test_who_chairs_one_side_s_body_is_not_answered_by_the_chair_of_the_other_side_s():
    from qa.answering.misses import not_this
    from qa.answering.who import OTHER_SIDE
    from qa.asking.question import Kind

    said = ("Ms. Nguyen Thi Thanh, Chairwoman of the Vietnam-Cambodia Friendship Association, speaks at the "
            "conference of the Vietnam-Cambodia Friendship Association and the Cambodia-Vietnam Friendship Association.")
    assert not_this("Who chairs the Cambodia-Vietnam Friendship Association?", Kind.PERSON, said,
                    "Ms. Nguyen Thi Thanh") == OTHER_SIDE.format(
        name="Ms. Nguyen Thi Thanh", title="Chairwoman of the Vietnam-Cambodia Friendship Association",
        asked="Cambodia-Vietnam")
    assert not_this("Who chairs the Vietnam-Cambodia Friendship Association?", Kind.PERSON, said,
                    "Ms. Nguyen Thi Thanh") is None


def test_a_caption_says_neither_which_agreements_were_signed_nor_what_was_said():
    from qa.answering.agreements import NO_AGREEMENT
    from qa.answering.misses import NOT_SAID, not_this
    from qa.asking.question import Kind

    caption = "On June 10, Prime Minister Pham Minh Chinh meets with Minister of Inspection Hout Hak."
    assert not_this("Which agreements did Pham Minh Chinh and Hout Hak sign?", Kind.OTHER, caption, "Hout Hak") \
        == NO_AGREEMENT.format(thing="agreements")
    # a plea bargain is a deal
    bargain = "The prosecution proposed a plea bargain: the defendants could plead guilty to one misdemeanor count."
    assert not_this("In the Camden 28 case, what plea deal did prosecutors offer?", Kind.OTHER, bargain,
                    "plead guilty to one misdemeanor count") is None
    assert not_this("What plea deal did prosecutors offer?", Kind.OTHER, caption, "Hout Hak") == \
        NO_AGREEMENT.format(thing="deal")
    implemented = "They have effectively implemented the Vietnam-Laos Border Trade Agreement."
    assert not_this("Which trade agreement have they implemented?", Kind.OTHER, implemented,
                    "Vietnam-Laos Border Trade Agreement") is None
    # a document asked as something signed or agreed, not as a record ("Which ancient document ...?")
    assert not_this("Which documents did they sign?", Kind.OTHER, caption, "Hout Hak") == NO_AGREEMENT.format(
        thing="documents")
    papyrus = "The Egyptian fraction expansions in the Rhind papyrus have different forms for primes."
    assert not_this("Which ancient Egyptian document hints at primes?", Kind.OTHER, papyrus, "Rhind papyrus") is None
    # what a named person said needs words reported or quoted
    assert not_this("What did Pham Minh Chinh tell Hout Hak?", Kind.OTHER, caption, "Hout Hak") \
        == NOT_SAID.format(name="Pham Minh Chinh")
    quoted = 'As Mr. Nguyen Ba Hung said, "We have every reason to keep our faith."'
    assert not_this("What did Mr. Nguyen Ba Hung say?", Kind.OTHER, quoted, "We have every reason") is None
    reported = "According to Biraben, the plague was present in Europe every year."
    assert not_this("What did Biraben say about the plague?", Kind.OTHER, reported, "present in Europe") is None
    # "he" may be quoted in the sentence before; a document "says" what it reports
    assert not_this("What did he say?", Kind.OTHER, caption, "Hout Hak") is None
    assert not_this("What does the article say?", Kind.OTHER, caption, "Hout Hak") is None


def test_how_someone_described_something_needs_their_words_on_it():
    from qa.answering.misses import NOT_IN_PASSAGE, NOT_SAID, not_this
    from qa.asking.question import Kind

    visit = "This coincided with the State visit of General Secretary and President of Laos, Thongloun Sisoulith."
    assert not_this("In what terms did Thongloun Sisoulith himself describe his State visit?", Kind.OTHER, visit,
                    "State visit") == NOT_SAID.format(name="Thongloun Sisoulith")  # "State" says nothing
    assert not_this("What did Vice President of Laos Bounthong Chitmany call the partnership?", Kind.OTHER,
                    "Vice President of Laos Bounthong Chitmany at the working session.", "working session") \
        == NOT_SAID.format(name="Vice President of Laos Bounthong Chitmany")
    quoted = "According to Mr. Xiong Bo, Vietnam and China are two developing and emerging economies."
    assert not_this("How did Chinese Ambassador Xiong Bo describe Vietnam's relations with Laos?", Kind.OTHER,
                    quoted, "two developing") == NOT_IN_PASSAGE.format(names="Laos")  # his words on China
    assert not_this("How did Xiong Bo describe the economies of Vietnam and China?", Kind.OTHER, quoted,
                    "two developing and emerging economies") is None
    assert not_this("What adjectives did President Vo Van Thuong use for the ties?", Kind.OTHER, visit,
                    "State visit") == NOT_SAID.format(name="President Vo Van Thuong")
    # "use" asks for words only after a word for words
    assert not_this("What did Laos use the seaports for?", Kind.OTHER, visit, "State visit") is None


def test_he_of_a_follow_up_is_the_person_the_earlier_question_names():
    from qa.answering.misses import OTHER_NAME, not_this
    from qa.answering.people import other_person
    from qa.asking.question import Kind

    earlier = "Which country did Vo Van Thuong choose as his first destination after becoming President?"
    said = "On August 22, General Hun Manet officially became the new Prime Minister of Cambodia."
    assert other_person("On what date did he take office?", said, earlier) == ("Hun Manet", "Vo Van Thuong")
    assert not_this("On what date did he take office?", Kind.DATE, said, "August 22", earlier=earlier) \
        == OTHER_NAME.format(said="Hun Manet", name="Vo Van Thuong")
    assert other_person("On what date did he take office?", "Vo Van Thuong took office on March 2.", earlier) is None
    # after a question asking who, "he" is more likely the person answered
    assert other_person("When did he take office?", said, "Who did Vo Van Thuong meet in Vientiane?") is None
    assert other_person("When was it signed?", said, earlier) is None  # no "he"
    # a place or thing is nobody, and a follow-up naming its own person asks of them
    corridor = "Both countries are encouraged to develop cross-border economic zones along the East-West Economic Corridor."
    assert other_person("And where does he want the zones developed?", corridor,
                        "In which sectors did Thongsavanh Phomvihane call for investment?") is None
    assert other_person("What about President Kaysone Phomvihane, what did he say?", said,
                        "What did Ho Chi Minh say about Vietnam and Laos?") is None
    # after a question asking which one, "she" is more likely the one it asks for than a name it gives
    mcdonald = "McDonald became a leading performer on Broadway in New York City and a Tony award winning actress."
    assert other_person("What award did she win later on?", mcdonald,
                        "Which Fresno native performed in Evita at Roger Rocka's Dinner Theater?") is None
    assert other_person("What award did she win later on?", mcdonald,
                        "When did Sarah Kim perform in Evita?") == ("New York City", "Sarah Kim")


def test_a_speech_said_nothing_and_a_name_is_no_post_and_no_one_before_is_told(seed_qa):
    from qa.answering.misses import not_this
    from qa.answering.who import NOT_BEFORE, held_before, not_a_post
    from qa.asking.question import Kind

    caption = "Ms. Nguyen Thi Thanh, Chairwoman of the Association, delivers a speech at the joint conference."
    assert "does not report what" in not_this("What did Nguyen Thi Thanh say in her speech at the joint conference?",
                                              Kind.OTHER, caption, "delivers a speech")
    assert not_a_post("Nguyen Ba Hung") and not_a_post("Mr. Nguyen Ba Hung") and not not_a_post("Chairwoman")
    became = "On August 22, General Hun Manet officially became the new Prime Minister of Cambodia."
    assert held_before("Who was Cambodia's Prime Minister before Hun Sen?", became) == "Hun Sen"
    assert held_before("who was cambodia prime minister before hun sen?", became) == "hun sen"
    assert not_this("Who was Cambodia's Prime Minister before Hun Sen?", Kind.PERSON, became, "Hun Manet") \
        == NOT_BEFORE.format(name="Hun Sen")
    both = "Having flourished under Prime Minister Hun Sen, under the new Prime Minister Hun Manet, ties grow."
    assert held_before("Who was Prime Minister before Hun Manet?", both) is None  # "new": he came after
    assert held_before("Who was President before August 2023?", became) is None  # a date, no one
    assert not seed_qa.answer("nguyen ba hung position").found
    # a person's title is no article's title in quotes
    assert not seed_qa.answer("what's his title?", history=["thongloun sisoulith state visit vietnam sept 2024"]).found
    assert not seed_qa.answer("who was cambodia pm before hun sen").found


def test_a_figure_of_now_does_not_answer_for_a_year_before_the_article():
    from qa.answering.misses import not_this
    from qa.answering.times import NOW_NOT_THEN
    from qa.asking.question import Kind

    said = "There are currently over 14,000 Lao students studying in Vietnam."
    article = "In 2022 trade grew. In 2024 it grew again. " + said
    assert not_this("How many Lao students were studying in Vietnam in 2020?", Kind.COUNT, said, "14,000",
                    document=article) == NOW_NOT_THEN.format(said="14,000", year="2020")
    # the article was written in its latest year or after, so "currently" is not 2022 either; that year may be its
    # now, and a goal's year or the end of a span says nothing of when it was written
    assert not_this("How many Lao students were studying in Vietnam in 2022?", Kind.COUNT, said, "14,000",
                    document=article) == NOW_NOT_THEN.format(said="14,000", year="2022")
    assert not_this("How many Lao students are studying in Vietnam in 2024?", Kind.COUNT, said, "14,000",
                    document=article) is None
    assert not_this("How many Lao students are studying in Vietnam in 2024?", Kind.COUNT, said, "14,000",
                    document=article + " The plan runs 2021-2030, and by 2050 more will come.") is None
    # a year that names an article asks no time: "the 2023 overview and the June 2024 piece"
    assert not_this("How many Lao students study in Vietnam, as both the 2023 overview and the June 2024 piece say?",
                    Kind.COUNT, said, "14,000", document=article) is None
    assert not_this("How many Lao students studied in Vietnam in 2020?", Kind.COUNT, said, "14,000",
                    document="In 2019 there were fewer. " + said) is None
    # a person said to hold a post now is not who held it in the year asked, whatever the document's years
    speaker = "Parliament elects one MSP to serve as Presiding Officer (currently Tricia Marwick) and two deputies."
    asked = "Who served as the first Presiding Officer of the Scottish Parliament in 1999?"
    parliament = "The Scottish Parliament was agreed in 1997 and sat from 1999. In 2014 it gained powers. " + speaker
    assert not_this(asked, Kind.PERSON, speaker, "Tricia Marwick", document=parliament) == \
        NOW_NOT_THEN.format(said="Tricia Marwick", year="1999")
    assert not_this("Who is the Presiding Officer?", Kind.PERSON, speaker, "Tricia Marwick", document=parliament) is None
    assert not_this(asked, Kind.PERSON, speaker.replace("currently ", ""), "Tricia Marwick",
                    document=parliament) is None


def test_a_phrase_without_a_number_does_not_answer_how_long_or_far():
    from qa.answering.figures import NO_NUMBER
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    corridor = "Both countries develop cross-border economic zones along the East-West Economic Corridor."
    assert not_this("How long is the East-West Economic Corridor?", Kind.QUANTITY, corridor,
                    "cross-border economic zones") == NO_NUMBER.format(kind="measure")
    assert not_this("How long is the corridor?", Kind.QUANTITY, "It runs 1,450 km.", "1,450 km") is None
    assert not_this("How long have they been friends?", Kind.QUANTITY, "Friends for decades.", "decades") is None
    assert not_this("How long ago was it set up?", Kind.QUANTITY, "More than sixty years ago.",
                    "more than sixty years") is None
    # a year is no size: "How tall ...?" and the year it is to be built
    printed = "Dutch architect Janjaap Ruijssenaars's 3D-printed building is scheduled to be built in 2014."
    assert not_this("How tall is the 3D-printed building going to be?", Kind.QUANTITY, printed, "2014") \
        == NO_NUMBER.format(kind="measure")
    assert not_this("How tall is the tower?", Kind.QUANTITY, "The tower is 1,000 feet tall.", "1,000 feet") is None
    hospital = "Chinese health authorities are building a 1000 bed hospital in Wuhan in 10 days."
    assert not_this("How big was the hospital built in Wuhan?", Kind.QUANTITY, hospital, "1000") is None  # no year
    # a measure asked by its name, and a code's digits, which measure nothing
    genbank = "The complete genome sequence was available at GenBank (accession no. MN975262)."
    assert not_this("2019-nCoV genome length", Kind.QUANTITY, genbank, "GenBank (accession no. MN975262)") \
        == NO_NUMBER.format(kind="measure")
    assert not_this("2019-nCoV genome length", Kind.QUANTITY, "It is 29,891 nt long.", "29,891 nt") is None


def test_an_amount_of_money_does_not_answer_how_many():
    from qa.answering.figures import AN_AMOUNT
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    sentence = "The V&A's new galleries, opened in 2009, cost £43 million."
    assert not_this("How many galleries does the V&A have?", Kind.COUNT, sentence, "£43 million") \
        == AN_AMOUNT.format(said="£43 million")
    assert not_this("How many dollars did the galleries cost?", Kind.COUNT, sentence, "£43 million") is None
    assert not_this("How many people died?", Kind.COUNT, "About 25 million people died.", "25 million") is None
    projects = "Vietnam has 205 projects in Cambodia with a total registered capital of $2.94 billion."
    assert not_this("How many projects does Vietnam have in Cambodia?", Kind.COUNT, projects,
                    "205 projects in Cambodia with a total registered capital of $2.94 billion") is None
    assert not_this("How many projects are there?", Kind.COUNT, projects, "US$2.94 billion") is not None


def test_a_date_without_its_year_does_not_answer_in_what_month_and_year():
    from qa.answering.misses import not_this
    from qa.answering.times import NO_YEAR
    from qa.asking.question import Kind

    asked = "In what month and year did Cambodia's new premier visit Vietnam?"
    sentence = "On August 22, General Hun Manet officially became the new Prime Minister of Cambodia."
    assert not_this(asked, Kind.DATE, sentence, "August 22") == NO_YEAR.format(said="August 22")
    assert not_this(asked, Kind.DATE, "He visited Vietnam in December 2023.", "December 2023") is None
    arrived = "On August 22, he arrived in Vietnam."
    assert not_this("In what month did he visit Vietnam?", Kind.DATE, arrived, "August 22") is None  # no year asked


def test_an_ordinal_of_another_named_thing_is_no_answer():
    from qa.answering.which import ordinal_of_another

    asked = "Which edition of the forum was that?"
    assert ordinal_of_another(asked, "13th", "the foreign policy of the 13th Party Congress.") == "Party Congress"
    assert ordinal_of_another(asked, "13th", "13th September 2023 post by MOIT Vietnam") == "September"
    assert ordinal_of_another(asked, "third", "At the third Belt and Road International Cooperation Forum") is None
    assert ordinal_of_another("Which anniversary was it?", "46th", "the 46th anniversary of the treaty") is None


def test_how_many_of_them_is_not_answered_by_the_whole_counted_before():
    from dataclasses import replace

    from qa.asking.question import build_query
    from qa.answering.reading import the_whole

    asked = replace(build_query("And how many of those are in remote areas?", ["How many FDI projects ...?"]),
                    said="more than 400")
    assert "not how many of them" in the_whole(asked, "more than 400")
    assert the_whole(asked, "52") is None  # another number may be the part
    assert the_whole(replace(asked, question="How many are in Laos?"), "more than 400") is None


def test_when_is_not_answered_by_how_long():
    from qa.asking.question import Kind
    from qa.answering.misses import not_this
    from qa.answering.times import NO_TIME

    said = "Over the past 57 years, Vietnam and Cambodia have nurtured a close-knit relationship."
    assert not_this("When was it built?", Kind.DATE, said, "Over the past 57 years") == NO_TIME.format(
        said="Over the past 57 years")
    assert not_this("When was it built?", Kind.DATE, "It was built in 1977.", "1977") is None
    # nor by a body's name, nor "Since when?" by a sentence about no start
    roles = "This year, Vietnam supports Laos in assuming the ASEAN Chairmanship and the ASEAN Assembly."
    assert "no time" in not_this("When does it end?", Kind.DATE, roles, "ASEAN Assembly")
    chair = "Ms. Thanh, Chairwoman of the Association, speaks at the conference held at the end of 2023."
    assert not_this("Since when?", Kind.DATE, chair, "2023") is not None
    assert not_this("Since when?", Kind.DATE, "She has chaired it since 2019.", "2019") is None
    paxaxon = "On September 17, 2024, the Paxaxon newspaper published his article."
    assert not_this("When was he appointed to that position?", Kind.DATE, paxaxon, "September 17, 2024") is not None
    assert not_this("When was he elected?", Kind.DATE, "He was elected on May 2, 2021.", "May 2, 2021") is None
    # nor by a word or two in lower case that say no time
    right = "That his choice of Laos as his first destination right after assuming the position shows ties."
    assert "no time" in not_this("When did he assume the position?", Kind.DATE, right, "right")
    assert not_this("When did he assume the position?", Kind.DATE, right, "right after assuming the position") is None
    assert not_this("When do they meet?", Kind.DATE, "They meet at dawn every day.", "dawn") is None


def test_a_place_is_not_answered_by_sentences_that_give_none():
    from qa.asking.question import Kind
    from qa.answering.places import unplaced

    held = "Earlier this year, the two sides held the 46th meeting of the Committee and a high-level meeting."
    assert unplaced("Where was the 46th meeting held?", Kind.PLACE, held, "a high-level meeting")
    assert not unplaced("Where was it held?", Kind.PLACE, "It was held in Vientiane.", "Vientiane")
    assert not unplaced("Where was it held?", Kind.PLACE, "It was held near the border.", "the border")
    # a name may stand alone for a place; a question of rank asks for no place; other kinds are not checked
    assert not unplaced("Where is the museum?", Kind.PLACE, "The Museum, London, is the largest.", "London")
    assert unplaced("Where was the 46th meeting held?", Kind.PLACE, held + " It was the Committee's.", "Committee")
    assert not unplaced("Where is Brazil ranked?", Kind.PLACE, "Brazil is second.", "second")
    kilopond = "It is deprecated; however it still sees use for expressing aircraft weight and jet thrust."
    assert not unplaced("Where is the kilopond still used?", Kind.PLACE, kilopond, "aircraft weight")  # for what
    latin = "The word 'empire' comes from the Latin word imperium, for which the closest equivalent is 'rule'."
    assert not unplaced("where does the word imperialism come from latin", Kind.PLACE, latin, "imperium")
    # asked where someone registers, a register or the body that keeps it
    register = "A pharmacy technician once qualified has to register on the General Pharmaceutical Council register."
    assert not unplaced("Where must a pharmacy technician register?", Kind.PLACE, register,
                        "General Pharmaceutical Council")
    assert unplaced("Where is the registered office?", Kind.PLACE, register, "General Pharmaceutical Council")
    assert not unplaced("Who held it?", Kind.PERSON, held, "the two sides")
    # a treaty's name is no place, though it names countries
    treaty = "In 2023, the two countries celebrated the signing of the Vietnam - Laos Treaty of Friendship (1977-2023)."
    assert unplaced("Where was it signed?", Kind.PLACE, treaty, "Vietnam - Laos Treaty of Friendship (1977-2023)")
    assert not unplaced("Where was it signed?", Kind.PLACE, treaty, "the Treaty signed in Vientiane")
    # a person's title and name are no place, though capitalized
    visit = "During Cambodian Prime Minister Samdech Thipadei Hun Manet's visit to Vietnam in December 2023, ..."
    assert unplaced("Which Vietnamese province did he visit?", Kind.PLACE, visit,
                    "Cambodian Prime Minister Samdech Thipadei Hun")
    # a name with a title in it may still be a place, or name one
    assert not unplaced("Where do trains to Scotland stop?", Kind.PLACE, "They stop at London King's Cross.",
                        "London King's Cross")
    assert not unplaced("What country was he prime minister of?", Kind.PLACE, "Former Prime Minister of Thailand "
                        "Abhisit Vejjajiva, was born here.", "Former Prime Minister of Thailand Abhisit Vejjajiva")
    # a province asked by name, and no name
    corridor = "Both countries are encouraged to develop economic zones along the Corridor, on schedule."
    assert unplaced("Which Lao provinces will host the zones?", Kind.PLACE, corridor, "Both countries")
    # a body's name is no place, even in sentences that say where something was
    spoke = "Ms. Thanh delivers a speech at the joint conference between the Central Committees of the Associations."
    assert unplaced("Where was the joint conference held?", Kind.PLACE, spoke, "Central Committees")
    assert not unplaced("Where was the joint conference held?", Kind.PLACE, spoke + " It met in Hanoi.", "Hanoi")
    # "at" the question's own words, or "at" a time, says nowhere
    held = ("Ms. Thanh delivers a speech at the joint conference between the Central Committees of the "
            "Associations held at the end of 2023.")
    assert unplaced("Where was the joint conference held?", Kind.PLACE, held, "Associations held at the end of 2023")
    assert not unplaced("Where was the joint conference held?", Kind.PLACE, held + " It met at the Opera.",
                        "Associations held at the end of 2023")
    assert not unplaced("Where did Ms. Thanh speak?", Kind.PLACE, held, "the joint conference")


def test_how_many_or_how_long_is_not_answered_by_a_date_alone():
    from qa.asking.question import Kind
    from qa.answering.times import only_a_date

    assert only_a_date("How many years was Hun Sen Prime Minister?", Kind.PERIOD, "August 22") == "how many years"
    assert only_a_date("How old was he then?", Kind.QUANTITY, "August 22, 2023") == "how old"
    assert only_a_date("How many patrols were held?", Kind.COUNT, "March 14 and 15, 2024") == "how many patrols"
    assert only_a_date("How long did it last?", Kind.QUANTITY, "two days") is None
    # the end of a date the sentence writes: "15, 2024" of "On March 14 and 15, 2024"
    patrol = "On March 14 and 15, 2024, in the historic waters, the navies conduct their 74th annual joint patrol."
    assert only_a_date("How many ships took part?", Kind.COUNT, "15, 2024", patrol) == "how many ships"
    assert only_a_date("How many ships took part?", Kind.COUNT, "15, 2024, in the historic waters", patrol) \
        == "how many ships"
    assert only_a_date("How many ships took part?", Kind.COUNT, "15", "They sent 15 ships on May 2, 2024.") is None
    algeria = "One result was a civil war in Algeria and terror attacks climaxing in the 9/11 attack."  # a day
    assert only_a_date("How many people died in Algeria's civil war?", Kind.COUNT, "9", algeria) == "how many people"
    assert only_a_date("How many ships took part?", Kind.COUNT, "9", "They sent 9 ships; see 9/11.") is None
    assert only_a_date("How many ships took part?", Kind.COUNT, "2, 2024, 15 ships", "On May 2, 2024, 15 ships") is None
    held = "The exhibition was held between September and November 1946, attracting nearly a million visitors."
    assert only_a_date("How many visitors did it attract?", Kind.COUNT, held, held) is None  # it counts in words
    assert only_a_date("How many decades have passed?", Kind.PERIOD, "7", "In the 7 decades since 1950, ...") is None
    assert only_a_date("How long has he served?", Kind.PERIOD, "since August 2023") is None
    assert only_a_date("When did he take office?", Kind.DATE, "August 22") is None  # a date asked for


def test_how_many_is_not_answered_by_a_year_written_as_a_date():
    from qa.asking.question import Kind
    from qa.answering.times import only_a_date

    held = "Ms. Thanh delivers a speech at the joint conference held at the end of 2023."
    assert only_a_date("How many delegates attended the conference?", Kind.COUNT, "2023", held) == "how many delegates"
    assert only_a_date("How much did it cost?", Kind.MONEY, "2023", "It opened in 2023, after delays.") == "how much"
    # a number the sentence counts with, or that it also writes as a count, is no date
    assert only_a_date("How many guests came?", Kind.COUNT, "2000", "a dinner attended by 2000 guests") is None
    assert only_a_date("How many came?", Kind.COUNT, "2000", "a crowd of 2000 people came in 2000.") is None
    # the sentence gives a count beside the year: the phrase quoted is wrong, the sentence may be right
    assert only_a_date("How many did it kill?", Kind.COUNT, "1347", "In 1347, it killed 25 million.") is None
    assert only_a_date("How many died?", Kind.COUNT, "1347", "In 1347, two thirds of them died.") is None
    # a year can say how long ("since 1951") or how many years
    assert only_a_date("How long has it run?", Kind.PERIOD, "1951", "It has run since 1951, on air.") is None
    assert only_a_date("How many years has it run?", Kind.PERIOD, "1951", "It has run since 1951.") is None
    # a year alone says how long only as when it began
    chaired = "Ms. Nguyen Thi Thanh, Chairwoman, speaks at the joint conference in 2023."
    assert only_a_date("How long has she held that role?", Kind.QUANTITY, "2023", chaired) == "how long"
    assert only_a_date("How long has she held it?", Kind.QUANTITY, "2023", "She has held it from 2023.") is None
    # ... or as when it ended, from a start said before
    delgado = "The first was Roger Delgado, who continued in the role until his death in 1973."
    assert only_a_date("How long did he stay in that part?", Kind.PERIOD, "1973", delgado) is None
    assert only_a_date("How long was it the game of the week?", Kind.PERIOD, "2006", "... until 2006, when") is None
    assert only_a_date("How long did it last?", Kind.PERIOD, "1763", "It ended in 1763.") == "how long"
    # a day of the month is no age or count: "22" of "On August 22, ..."
    assert only_a_date("How old is he?", Kind.QUANTITY, "22", "On August 22, he became Prime Minister.") == "how old"
    assert only_a_date("How many came?", Kind.COUNT, "22", "On 3 May, 22 people came.") is None


@pytest.mark.parametrize("question", ["", "   ", "?!", "\x00\x07"])
def test_an_empty_question_is_refused_with_a_prompt(seed_qa, question):
    with pytest.raises(QuestionError, match="type a question"):
        seed_qa.answer(question)


def test_restricting_to_documents(seed_qa):
    answer = seed_qa.answer("How many investment projects does Vietnam have in Cambodia?",
                            doc_ids=["002_3af41b6c1b72c433.txt"])
    assert answer.citations and {c.doc_id for c in answer.citations} == {"002_3af41b6c1b72c433.txt"}


def _cli(*args, env_index=None):
    import os

    env = dict(os.environ, HF_HUB_OFFLINE="1")
    if env_index:
        env["QA_INDEX_DIR"] = str(env_index)
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)


def test_cli_ask_prints_answer_and_numbered_sources(seed_index_dir):
    run = _cli("ask", "How many Lao students are studying in Vietnam?", "--index-dir", str(seed_index_dir))
    assert run.returncode == 0, run.stderr
    assert "14,000" in run.stdout and "Sources:" in run.stdout and "[1] Increasingly deep" in run.stdout


def test_cli_ask_json_uses_the_dataclass_field_names(seed_index_dir):
    run = _cli("ask", "When did Vietnam and Cambodia sign an economic-trade agreement?", "--json",
               env_index=seed_index_dir)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data) == {f.name for f in dataclasses.fields(Answer)}
    assert set(data["citations"][0]) == {f.name for f in dataclasses.fields(Citation)}
    assert "1998" in data["text"]


def test_cli_errors_are_one_line_with_the_fix(tmp_path):
    run = _cli("ask", "anything", "--index-dir", str(tmp_path / "none"))
    assert run.returncode == 1
    assert "qa: error:" in run.stderr and "qa index" in run.stderr and "Traceback" not in run.stderr


def test_module_level_answer_uses_the_default_index(seed_index_dir, monkeypatch):
    import qa
    from qa import pipeline

    monkeypatch.setenv("QA_INDEX_DIR", str(seed_index_dir))
    monkeypatch.setattr(pipeline, "_default", None)
    answer = qa.answer("Who is the General Secretary and President of Laos?")
    assert "Thongloun Sisoulith" in answer.text


@pytest.mark.parametrize("history, question, expected", [
    (["How many investment projects does Vietnam have in Cambodia?"], "What is their total capital?", {"$2.94 billion"}),
    # The seeds state both: "241 active projects in Laos" and "more than 400 FDI projects in Laos".
    (["How many investment projects does Vietnam have in Cambodia?"], "And in Laos?", {"241", "400"}),
    # "And in Laos?" after the capital of the projects in Cambodia: the capital of those in Laos.
    (["How many investment projects does Vietnam have in Cambodia?", "What is their total capital?"], "And in Laos?",
     {"5.5 billion USD"}),
    # the phrase put before a question of its own: asked of Laos, not of Cambodia and Laos
    (["How many Vietnamese investment projects are there in Cambodia?"], "And in Laos, how many active ones?", {"241"}),
])
def test_follow_up_questions_use_the_history(seed_qa, history, question, expected):
    answer = seed_qa.answer(question, history=history)
    assert answer.found and any(e in answer.text for e in expected)  # the earlier question found the sentence
    assert answer.span in expected


def test_he_stays_the_person_of_an_earlier_him_when_the_question_between_went_unanswered(seed_qa):
    history = ["Which Lao leader made a State visit to Vietnam in September 2024?", "Who came to Vietnam with him?"]
    answer = seed_qa.answer("What titles does he hold?", history=history)
    assert answer.found and "President of Laos" in answer.span
    # no "him" earlier: who "he" is stays unknown when the last "Who ...?" went unanswered
    alone = seed_qa.answer("What titles does he hold?", history=["Who is the Lao Ambassador to Thailand?"])
    assert not alone.found


def test_he_is_the_person_qa_was_unsure_of_when_it_was_unsure_by_less_than_half(seed_qa):
    first = "Who is quoted at the end of the MOIT article on preserving the Vietnam-Laos relationship?"
    earlier = seed_qa.answer(first, min_confidence=0.0)
    assert "Nguyen Ba Hung" in earlier.span and earlier.confidence >= 0.15  # answered at half the bar at least
    answer = seed_qa.answer("What did he say the relationship would remain?", history=[first])
    assert answer.found and "forever green" in answer.span


def test_a_person_is_no_newspaper(seed_qa):
    from qa.answering.misses import not_this
    from qa.answering.who import A_PERSON
    from qa.asking.question import Kind

    said = ("This coincided with the State visit of General Secretary and President of Laos, Thongloun Sisoulith, and "
            "a high-level Lao delegation to Vietnam.")
    assert not_this("Which Lao newspaper wrote about his State visit?", Kind.OTHER, said, "Thongloun Sisoulith") \
        == A_PERSON.format(said="Thongloun Sisoulith", asked="newspaper")
    assert not_this("Which leader made a State visit?", Kind.PERSON, said, "Thongloun Sisoulith") is None
    assert not seed_qa.answer("Which Lao newspaper wrote about his state visit to Vietnam?",
                              history=["Who is the General Secretary and President of Laos?"]).found
    # the person's name, and a phrase naming no newspaper, give way to the newspaper the sentence before names
    ran = seed_qa.answer("Which Lao newspaper ran the article that coincided with Thongloun Sisoulith's state visit?")
    assert ran.found and "Paxaxon" in ran.span


def test_a_document_named_by_its_date_and_source_is_the_one_asked(seed_qa):
    answer = seed_qa.answer("In the September 2023 MOIT piece, for how many years has the Vietnam-Laos relationship "
                            "been nurtured?")
    assert answer.found and "61 years" in answer.span and answer.citations[0].doc_id.startswith("003_")


def test_a_name_its_sentence_calls_the_thing_asked_for_is_no_person():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "Engineering News-Record (ENR) is a trade magazine for the construction industry."
    asked = "Which trade magazine compiles yearly lists of the biggest design and construction companies?"
    assert not_this(asked, Kind.OTHER, said, "Engineering News-Record") is None
    assert not_this(asked, Kind.OTHER, "Engineering News-Record (ENR) met the editors.", "Engineering News-Record")


def test_a_name_quoted_for_a_post_gives_way_to_the_title_the_sentence_gives_him(seed_qa):
    answer = seed_qa.answer("Besides General Secretary, what other title does he hold?",
                            history=["Whose State visit to Vietnam did the Paxaxon article coincide with?"])
    assert answer.found and "President of Laos" in answer.span


def test_a_yes_or_no_question_then_one_on_the_person_it_names_is_asked_as_a_follow_up(seed_qa):
    from qa.pipeline import _TWO_ASKED

    two = _TWO_ASKED.match("Is Bounthong Chitmany the Vice President of Laos? When was he appointed?")
    assert two and two["first"].endswith("Laos?") and two["second"] == "When was he appointed?"
    assert not _TWO_ASKED.match("Have they set a goal for trade? How large is it?")  # "it": read as typed
    assert not seed_qa.answer("Is Bounthong Chitmany the Vice President of Laos? When was he appointed?").found
    answer = seed_qa.answer("Did Hun Manet come to Vietnam as Cambodian premier? When was his trip?")
    assert answer.found and "December 2023" in answer.span


def test_he_or_she_after_a_question_asking_who_is_read_as_the_person_answered(seed_qa):
    from dataclasses import replace

    from qa.asking.question import build_query
    from qa.answering.reading import reader_question

    earlier = ["Who wrote the article published in Paxaxon on September 17, 2024?"]
    query = replace(build_query("What position does he hold?", earlier), referent="Thongsavanh Phomvihane")
    assert reader_question(query) == ("What position does Thongsavanh Phomvihane hold? wrote article published "
                                      "Paxaxon September 17 2024")
    said = replace(build_query("What is her title?", ["Who spoke?"]), referent="Ms. Thanh")
    assert reader_question(said).startswith("What is Ms. Thanh's title?")
    assert reader_question(replace(said, question="Who met her?")).startswith("Who met Ms. Thanh?")
    # asked anything but who, his own name (with or without his titles) is no answer either
    from qa.answering.reading import the_referent

    caption = "Vice President of Laos Bounthong Chitmany at the working session."
    asked = replace(build_query("What did he say at the working session?", ["Who spoke?"]),
                    referent="Bounthong Chitmany")
    assert "only names Bounthong Chitmany" in the_referent(asked, "Bounthong Chitmany", caption)
    assert the_referent(asked, "Vice President of Laos Bounthong Chitmany", caption) is None  # a title asked for
    assert the_referent(asked, "closer cooperation", caption + " He urged closer cooperation.") is None
    # end to end: the seeds say the relations "flourished during the leadership of Prime Minister Hun Sen"
    answer = seed_qa.answer("Who led the country before him?",
                            history=["Who became the new Prime Minister of Cambodia on August 22?"])
    assert answer.found and answer.span == "Hun Sen"


def test_the_sentence_scorer_quotes_the_count_nearest_a_follow_ups_own_words(seed_qa, monkeypatch):
    # "over 14,000 Lao students studying across 170 educational institutions": with the sentence scorer choosing
    # (QA_READER_RERANK=off), the count nearest the question's own words ("institutions") is quoted. (The reader,
    # reading the earlier question's words too, quotes 14,000: docs/measured.md.)
    monkeypatch.setattr(seed_qa.extractor, "rerank", False)
    answer = seed_qa.answer("How many institutions do they study at?",
                            history=["How many Lao students are studying in Vietnam?"])
    assert answer.found and answer.span == "170"


def test_a_follow_up_asking_for_a_kind_of_phrase_is_read_with_the_earlier_questions_words(seed_qa, monkeypatch):
    from qa.asking.question import build_query
    from qa.answering.reading import reader_question

    query = build_query("When was it signed?", ["What trade agreement did Vietnam and Laos sign in 1998?"])
    assert reader_question(query) == "When was it signed? trade agreement Vietnam Laos sign 1998"
    assert reader_question(build_query("When was it signed?")) == "When was it signed?"
    read = []  # what the reader is asked, its answers untouched
    real = seed_qa.extractor.reader.read
    monkeypatch.setattr(seed_qa.extractor.reader, "read", lambda q, *a, **k: read.append(q) or real(q, *a, **k))
    history = ["Which Cambodian minister met Vietnamese Prime Minister Pham Minh Chinh in June 2024?"]
    answer = seed_qa.answer("On what day did they meet?", history=history)
    assert answer.found and answer.span == "June 10, 2024"  # the scorer alone was under 0.3 for its twin
    assert read[-1] == ("On what day did they meet? Cambodian minister met Vietnamese Prime Minister Pham Minh Chinh "
                        "June 2024")  # read[0] is the earlier question, answered for its sentence
    # an open follow-up is left to the sentence scorer, which weighs the earlier question's words
    read.clear()
    said = seed_qa.answer("What did he say about Vietnam-China relations?",
                          history=["Who is China's ambassador to Vietnam?"])
    assert said.found and "prime time" in said.text
    assert "What did he say about Vietnam-China relations?" in read  # the phrase inside the scorer's sentence
    assert not any(q.startswith("What did he say about Vietnam-China relations? ") for q in read)


@pytest.mark.parametrize("typed", [
    "Can you tell me what rank does Vietnam hold among foreign investors in Laos?",
    "I would like to know what rank does Vietnam hold among foreign investors in Laos, please.",
    "What rank does Vietnam hold among foreign investors in Laos? Thank you!",
])
def test_a_question_put_politely_is_answered_as_the_plain_one(seed_qa, typed):
    # Read with "tell", "like" and "know" among its words, the polite question abstained: "The documents disagree".
    plain = seed_qa.answer("What rank does Vietnam hold among foreign investors in Laos?")
    answer = seed_qa.answer(typed)
    assert answer.found and "third largest" in answer.text
    assert (answer.question, answer.span, answer.confidence) == (plain.question, plain.span, plain.confidence)


def test_a_polite_follow_up_is_answered_as_the_plain_one(seed_qa):
    history = ["Who is China's ambassador to Vietnam?"]
    plain = seed_qa.answer("What did he say about Vietnam-China relations?", history=history)
    answer = seed_qa.answer("Can you tell me what did he say about Vietnam-China relations?", history=history)
    assert plain.found and "prime time" in plain.span
    assert (answer.question, answer.span, answer.confidence) == (plain.question, plain.span, plain.confidence)


@pytest.mark.parametrize("rerank", [True, False])
def test_a_yes_or_no_question_is_answered_with_the_sentence_that_settles_it(seed_qa, rerank, monkeypatch):
    # the reader's phrase was a fragment such as "third" or "ASEAN": no answer to "is it ...?"
    monkeypatch.setattr(seed_qa.extractor, "rerank", rerank)
    answer = seed_qa.answer("Is Vietnam the largest foreign investor in Laos?")
    assert answer.found and "third largest" in answer.text
    assert answer.span == answer.text
    first = answer.citations[0]
    assert first.quote[first.span_start - first.start:first.span_end - first.start] == answer.text


def test_a_name_the_answer_itself_quotes_is_no_other_document_saying_otherwise(seed_qa):
    # 000 names Kaysone Phomvihane alone; 001's answer names him among the three: no disagreement
    answer = seed_qa.answer("Which presidents formed the relationship between Vietnam and Laos?")
    assert answer.found and "Kaysone Phomvihane" in answer.span
    assert answer.reason == "" and all(c.answers for c in answer.citations)


def test_a_fact_stated_in_two_documents_cites_both(seed_qa):
    answer = seed_qa.answer("How many investment projects does Vietnam have in Cambodia?")
    cited = {c.doc_id[:3] for c in answer.citations if c.answers}
    assert {"000", "002"} <= cited
    assert answer.citations[0].score >= answer.citations[-1].score


def test_answering_leaves_the_encoder_all_its_threads(seed_index_dir, encoder):
    # FAISS searches on one OpenMP thread; torch shares that runtime, so a setting left behind
    # would run every later encode (questions, and builds after an upload) on one core.
    import faiss
    import torch

    from qa.pipeline import QA

    torch.set_num_threads(2)
    QA(index_dir=seed_index_dir, encoder=encoder).answer("Who announced the new policy?")
    assert (torch.get_num_threads(), faiss.omp_get_max_threads()) == (2, 2)


def test_a_question_opened_by_the_document_it_is_asked_of(seed_qa):
    # "According to the <document>, ...": the clause chooses the document and is not read as part of the question
    # (read whole, its words "MOIT", "article", "September" matched no sentence and qa abstained)
    answer = seed_qa.answer("According to the MOIT Vietnam article of September 2023, over how many years has "
                            "the Vietnam-Laos relationship been nurtured?")
    assert answer.found and answer.span == "61 years" and answer.citations[0].doc_id.startswith("003")


def test_by_how_much_is_answered_with_the_change_not_the_level(seed_qa):
    from qa.answering.spans import change_span

    said = "In 2022, trade reached US$10.57 billion, an increase of nearly 11 percent over 2021."
    assert said[slice(*change_span("By how much did it grow?", said, 0, len(said)))] == "nearly 11 percent"
    said = "Trade reached 779.6 million USD, up 11% from the same period last year."
    assert said[slice(*change_span("How much did trade rise?", said, 0, len(said)))] == "11%"
    assert change_span("How much did trade reach?", said, 0, len(said)) is None  # a level is asked
    assert change_span("By how much did it grow?", "Trade reached US$10.57 billion.", 0, 31) is None
    answer = seed_qa.answer("By how much did bilateral trade between Vietnam and Cambodia grow in 2022?")
    assert answer.found and answer.span == "nearly 11 percent"


def test_of_two_periods_the_one_of_the_thing_asked_about_is_quoted(seed_qa):
    from qa.answering.spans import one_period

    said = ("They implement the Educational Cooperation Plan for the 2021-2030 period and the Protocol on Training "
            "Cooperation for the 2022-2027 period.")
    start, end = said.index("2021"), said.index("2027") + 4
    assert said[slice(*one_period("What period does the training protocol cover?", said, start, end, 0))] \
        == "2022-2027"
    assert said[slice(*one_period("Which years does the educational plan span?", said, start, end, 0))] \
        == "2021-2030"
    assert one_period("What period?", said, start, end, 0) is None  # nothing tells them apart
    # one period, the phrase running on past it: the period alone
    runs_on = said.index("2021"), said.index(" and the Protocol on Training") + 20
    assert said[slice(*one_period("What period?", said, *runs_on, 0))] == "2021-2030"
    assert one_period("What period?", said, start, start + len("2021-2030 period"), 0) is None
    answer = seed_qa.answer("What period does the Vietnam-Laos Educational Cooperation Plan cover?")
    assert answer.found and answer.span == "2021-2030"


def test_a_follow_up_asking_by_how_much_is_answered_with_the_earlier_answers_change(seed_qa):
    # The reader reads "By how much did that go up?" without knowing what "that" is, and is unsure of it; the
    # earlier answer's sentence gives one change, which is the answer.
    history = ["How much was Vietnam-Laos bilateral trade in January to May 2024?"]
    answer = seed_qa.answer("By how much did that go up?", history=history)
    assert answer.found and answer.span == "11%" and answer.confidence >= 0.9
    assert "779.6 million USD" in answer.citations[0].quote
    answer = seed_qa.answer("How much higher was that than the year before?",
                            history=["What was Vietnam-Cambodia bilateral trade turnover in 2022?"])
    assert answer.found and answer.span == "nearly 11 percent"
    # "What period does it cover?": the one range of years of the earlier answer's sentence, not its neighbours'
    answer = seed_qa.answer("What period does it cover?", history=[
        "Which plan covering culture, arts and tourism are Vietnam and Laos working to implement?"])
    assert answer.found and answer.span == "2021-2025" and answer.confidence >= 0.9
    # the earlier answer's sentence gives no change: not this rule's to answer
    answer = seed_qa.answer("How much did it grow?", history=["How many active projects does Vietnam have in Laos?"])
    assert answer.span != "11%"


def test_a_follow_up_naming_what_it_asks_of_the_person_is_read_with_the_name(seed_qa):
    from qa.asking.question import build_query
    from qa.answering.reading import names_referent

    history = ["Who is the Minister of Planning and Investment of Laos?"]
    asked = dataclasses.replace(build_query("Which committee does he chair?", history), referent="Khamjane Vongphosy")
    assert names_referent(asked)
    assert not names_referent(dataclasses.replace(asked, question="What did he say about it?"))  # open: the scorer's
    assert not names_referent(dataclasses.replace(asked, referent=""))  # "he" is no one qa answered
    answer = seed_qa.answer("Which committee does he chair?", history=history)
    assert answer.found and "Laos - Vietnam Cooperation" in answer.span


def test_a_figure_asked_is_not_answered_by_a_goal(seed_qa):
    from qa.answering.goals import only_a_target
    from qa.asking.question import Kind

    said = "The leaders agreed to aim for bilateral trade turnover to reach US$20 billion in the coming time."
    assert only_a_target("What was bilateral trade turnover in 2023?", "US$20 billion", said)
    assert not only_a_target("What trade turnover do the leaders aim for?", "US$20 billion", said)  # asks the goal
    assert not only_a_target("How much is trade meant to keep growing?", "US$20 billion", said)
    # a name's digit is no figure: "target" there is a verb
    primers = "Two primer and probe sets, which target orf1ab (FAM reporter) and N (VIC reporter) genes, were added."
    assert not only_a_target("Which viral gene was detected with the FAM reporter?", "orf1ab (FAM reporter)", primers)
    # nor is a figure a condition requires
    vote = ("An assembly would be set up provided that the majority voted for it in a referendum to be held on 1 "
            "March 1979 that represented at least 40% of the total electorate.")
    assert only_a_target("What percentage of voters backed a Scottish Assembly in 1979?", "40%", vote)
    assert not only_a_target("What percentage of voters backed a Scottish Assembly in 1979?", "51.6%",
                             "Although the vote was 51.6% in favour, this figure did not equal the 40% threshold.")
    # asked for a goal or forecast, a figure reached is no answer; a goal or figure ahead is
    from qa.answering.goals import only_reached
    reached = "Bilateral trade in the first five months of 2024 reached 779.6 million USD, up 11%."
    assert only_reached("What is the forecast for full-year 2024 trade?", Kind.OTHER, "779.6 million USD", reached)
    assert not only_reached("What is the forecast for 2024 trade?", Kind.OTHER, "779.6 million USD",
                            "Trade is expected to reach 779.6 million USD.")
    assert not only_reached("How much did trade reach?", Kind.MONEY, "779.6 million USD", reached)
    assert not only_reached("What was the goal of the 1998 agreement?", Kind.OTHER, "1998", "It was signed in 1998.")
    # a goal asked with no number in mind is a purpose: "donated 233 paintings" may say what it was
    assert not only_reached("What was the goal of his bequest?", Kind.OTHER, "donated 233 paintings",
                            "In 1857 he donated 233 paintings to the museum.")
    # a target in a clause of its own: the question asks what trade "actually" reached
    assert only_a_target("What did trade actually reach in 2023, the year the leaders set a new target?",
                         "US$20 billion", said)
    assert not only_a_target("What was trade in 2022?", "US$10.57 billion", "In 2022, trade reached US$10.57 billion.")
    named = "the Educational Cooperation Plan for the 2021-2030 period"  # a plan's name, not a goal
    assert not only_a_target("What period does it cover?", "2021-2030", named)
    history = ["How much was bilateral trade between Vietnam and Cambodia worth in 2022?"]
    answer = seed_qa.answer("And in 2023?", history=history)
    assert not answer.found and "as a goal" in answer.reason
    # the goal said after the figure
    aimed = "Efforts to maintain annual bilateral trade growth rates of 10-15% were highlighted as a key goal."
    assert only_a_target("What was the actual growth rate in 2023?", "10-15%", aimed)
    assert not only_a_target("What was the growth rate?", "10-15%", "Growth of 10-15% was reported as usual.")


def test_a_city_asked_for_is_not_answered_by_a_country():
    from qa.asking.countries import only_a_country
    from qa.answering.misses import not_this
    from qa.asking.question import expected_kind

    asked = "In which city was the third Belt and Road Forum held?"
    said = "At the third Belt and Road Forum held in China, the President spoke."
    assert not_this(asked, expected_kind(asked), said, "China") == (
        "The closest passage names a country, “China”, where the question asks for a city.")
    assert not_this(asked, expected_kind(asked), "It was held in Beijing, China.", "Beijing") is None
    assert only_a_country("the United Kingdom") and only_a_country("Lao PDR")
    assert not only_a_country("Singapore") and not only_a_country("Phnom Penh")  # a city-state; a city
    # countries' names joined are countries too
    said = "At the Forum held in China, on the meeting between the three countries Vietnam - Laos - Cambodia, ..."
    assert not_this(asked, expected_kind(asked), said, "Vietnam - Laos - Cambodia") == (
        "The closest passage names countries, “Vietnam - Laos - Cambodia”, where the question asks for a city.")
    assert only_a_country("Vietnam, Laos and Cambodia") and not only_a_country("Vietnam and Phnom Penh")
    # a country, then what happened there
    said = "At the third Belt and Road Forum held in China, on the occasion of the meeting, the President spoke."
    assert not_this(asked, expected_kind(asked), said, "China, on the occasion of the meeting") == (
        "The closest passage names a country, “China”, where the question asks for a city.")


def test_a_country_of_more_than_one_word_is_looked_for_as_written(seed_qa):
    from qa.asking.countries import long_country_names

    assert long_country_names("Did the United States or the united kingdom sign?") == ["United States",
                                                                                    "united kingdom"]
    assert long_country_names("What did the United States of America say?") == ["United States of America"]
    assert long_country_names("What did the United Nations say?") == []
    # the seeds hold "United" ("the United Nations") and "States" and never "United States"
    question = "What share of Vietnam's import-export turnover did the United States account for in 2023?"
    answer = seed_qa.answer(question)
    assert not answer.found and answer.reason == "No document mentions United States."
    assert seed_qa.answer(question.replace("the United States", "China")).span == "24.6 percent"
    # typed in lower case, a country's name is a name all the same
    typed = seed_qa.answer("vietnam investment projects in thailand number")
    assert not typed.found and typed.reason == "No document mentions Thailand."
    assert seed_qa.answer("vietnam investment projects in cambodia number").span == "205"
    # a name in brackets only clarifies: no document need hold it
    extractor = seed_qa.extractor
    assert extractor.absent_names("How many projects (per the Geneva register) does Vietnam have in Cambodia?") == []
    assert extractor.absent_names("How many projects per the Geneva register does Vietnam have in Cambodia?") == \
        ["Geneva"]


def test_when_someone_was_born_is_answered_only_by_a_passage_about_a_birth():
    from qa.answering.misses import not_this
    from qa.answering.times import NO_BIRTH
    from qa.asking.question import Kind

    took_office = "On August 22, General Hun Manet officially became the new Prime Minister of Cambodia."
    assert not_this("When was Hun Manet born?", Kind.DATE, took_office, "August 22") == NO_BIRTH
    assert not_this("Where was Neville born?", Kind.PLACE, "Neville was born in Newcastle.", "Newcastle") is None
    chopin = "Frédéric Chopin (1810–1849) was a composer."
    assert not_this("When was Chopin born?", Kind.DATE, chopin, "1810") is None
    # a birth that is not what the question asks
    assert not_this("How many children were born in 2020?", Kind.COUNT, "In 2020, 300 babies arrived.", "300") is None


def test_when_someone_became_something_is_answered_only_by_a_passage_about_a_start():
    from qa.answering.misses import not_this
    from qa.answering.times import NO_START
    from qa.asking.question import Kind

    published = "On September 17, 2024, the Paxaxon newspaper published an article on President Thongloun."
    assert not_this("When did Thongloun become President of Laos?", Kind.DATE, published, "September 17, 2024") \
        == NO_START
    took_office = "On August 22, General Hun Manet officially became the new Prime Minister of Cambodia."
    assert not_this("On what date did Hun Manet become Prime Minister?", Kind.DATE, took_office, "August 22") is None
    assert not_this("When did Fresno become a city?", Kind.YEAR, "Fresno was incorporated in 1885.", "1885") is None
    assert not_this("When did he become president?", Kind.DATE, published, "September 17, 2024") == NO_START
    # when something became so, not someone something: any date of the change answers
    free = "In January 2003, the Government of Kenya announced the introduction of free primary education."
    assert not_this("When did primary school become free?", Kind.DATE, free, "January 2003") is None
    # "since when" asks when anything began: "dates back to 1875" says it
    game = "The annual football meeting with Yale dates back to 1875 and is usually called simply The Game."
    assert not_this("since when it is played?", Kind.DATE, game, "1875") is None
    assert not_this("Since when has he been president?", Kind.DATE, published, "September 17, 2024") == NO_START
    # nor a status: "a UNESCO World Heritage Site" is no post, "the first female chair" is
    gorge = "It is a UNESCO World Heritage Site (2002) and known as the Romantic Rhine."
    assert not_this("When did the Rhine Gorge become a UNESCO World Heritage Site?", Kind.DATE, gorge, "2002") is None
    assert not_this("When did she become the first female chair of the party?", Kind.DATE, published,
                    "September 17, 2024") == NO_START


def test_when_something_ended_is_answered_only_by_a_passage_about_an_end():
    from qa.answering.misses import not_this
    from qa.answering.times import NO_END
    from qa.asking.question import Kind

    published = "On September 17, 2024, the Paxaxon newspaper published an article. This coincided with a State visit."
    for question in ("On what date did the State visit to Vietnam end?", "state visit vietnam end date",
                     "On what date will the state visit to Vietnam conclude?"):  # an event concludes when it ends
        assert not_this(question, Kind.DATE, published, "September 17, 2024") == NO_END, question
    assert not_this("When did the war end?", Kind.YEAR, "The war ended in 1918.", "1918") is None
    assert not_this("When does the protocol end?", Kind.DATE, "The protocol covers 2022-2027.", "2022-2027") is None
    assert not_this("When was the end of the war?", Kind.DATE, "Peace came in 1918.", "1918") is None  # "end of"
    signed = "Since the signing of the Economic and Trade Agreement in 1998, trade has grown."
    assert not_this("In what year was the trade pact concluded?", Kind.YEAR, signed, "1998") is None  # signed
    # a thing the question describes by its end is not what it asks the date of
    issued = "Following the treaty, King George III issued the Royal Proclamation of 1763 on October 7, 1763."
    asked = "On what date did King George III issue the Royal Proclamation following the treaty that ended the war?"
    assert not_this(asked, Kind.DATE, issued, "October 7, 1763") is None


def test_an_edition_the_document_gives_another_ordinal_is_not_answered(seed_qa):
    from qa.answering.misses import OTHER_EDITION, not_this
    from qa.asking.question import Kind

    document = "He went to the third Belt and Road Forum. His trip to attend the Belt and Road Forum was a success."
    said = "His trip to attend the Belt and Road Forum was a success."
    assert not_this("Who went to the second Belt and Road Forum?", Kind.PERSON, said, "He", "", document) \
        == OTHER_EDITION.format(said="third Belt", name="second Belt")
    assert not_this("Who went to the third Belt and Road Forum?", Kind.PERSON, said, "He", "", document) is None
    assert not_this("Who went to the second Belt and Road Forum?", Kind.PERSON, "He was a success.", "He", "",
                    document) is None  # the sentence is about no forum
    answer = seed_qa.answer("At whose invitation did President Vo Van Thuong attend the second Belt and Road "
                            "International Cooperation Forum?")
    assert not answer.found and "third Belt" in answer.reason
    assert seed_qa.answer("At whose invitation did President Vo Van Thuong attend the third Belt and Road "
                          "International Cooperation Forum?").span == "Chinese President Xi Jinping"


def test_a_document_that_never_mentions_the_questions_country_does_not_answer():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    sentence = "The two countries work towards the vision of Cambodia becoming a developed nation by 2050."
    document = "Vietnam and Cambodia signed a treaty. " + sentence
    asked = "By what year does Laos aim to become a developed nation?"
    assert not_this(asked, Kind.YEAR, sentence, "2050", document=document) \
        == "The closest passage is from a document that does not mention Laos."
    # a document that does: the sentence is then about another country
    assert not_this(asked, Kind.YEAR, sentence, "2050", document=document + " Lao leaders agreed.") \
        == "The closest passage says “Cambodia”, not Laos."
    # a country's people count as the country, and names that are no country are the fitted confidence's to weigh
    assert not_this("By what year will Cambodians be rich?", Kind.YEAR, sentence, "2050", document=document) is None
    assert not_this("By what year does Hanoi aim to grow?", Kind.YEAR, sentence, "2050", document=document) is None
    # a country's name that is as often another's: "the Georgia dialect" is the speller's reading of "Geordia"
    assert not_this("Where is the Georgia dialect spoken?", Kind.PLACE, "The Geordie dialect is spoken in the north.",
                    "in the north", document="The Geordie dialect is spoken in the north.") is None


def test_a_follow_up_is_as_sure_as_its_answer_and_not_only_as_its_own_few_words(seed_qa, monkeypatch):
    from qa import pipeline

    assert pipeline._shifted(0.3, 0.0) == 0.3 and pipeline._shifted(0.0, 1.7) == 0.0
    assert pipeline._shifted(0.1, 1.7) > 0.3 > pipeline._shifted(0.3, -1.7)
    history = ["Will Vietnam support Laos in its import-export activities?"]
    answer = seed_qa.answer("Through what?", history=history)
    assert answer.found and "Vietnamese seaports" in answer.span
    monkeypatch.setattr(pipeline, "FOLLOW_UP_SHIFT", 0.0)  # judged by "Through what?" alone, it is unsure
    unshifted = seed_qa.answer("Through what?", history=history)
    assert unshifted.confidence < answer.confidence and not unshifted.found
    # a question that is no follow-up is judged as before
    alone = seed_qa.answer("How will Vietnam support Laos in its import-export activities?").confidence
    monkeypatch.setattr(pipeline, "FOLLOW_UP_SHIFT", 5.0)
    assert seed_qa.answer("How will Vietnam support Laos in its import-export activities?").confidence == alone


def test_a_question_asking_for_so_many_things_is_answered_with_a_list_of_them(seed_qa):
    from qa.answering.reading import is_list_of

    assert is_list_of("Pacific and Indian Oceans", 2) and not is_list_of("Indian Oceans", 2)
    assert not is_list_of("Indochinese Peninsula, in the lower Mekong River basin", 2)  # a place, then where it is
    answer = seed_qa.answer("What are the three measures Vietnam and Laos need to implement to deepen and preserve "
                            "their special relationship?")
    assert answer.found and "promoting economic cooperation" in answer.span, answer.span
    # a phrase that begins the list its sentence goes on with is taken on to its end, when that lists so many
    answer = seed_qa.answer("Which two rivers did Ho Chi Minh use to describe the depth of Vietnam-Laos relations?")
    assert answer.found and answer.span == "Red River and Mekong River", answer.span
    answer = seed_qa.answer("What two important international roles is Laos assuming with Vietnam's support?")
    assert answer.span == "ASEAN Chairmanship and the Presidency of the ASEAN Inter-Parliamentary Assembly", answer.span


def test_a_list_is_taken_on_only_to_as_many_things_as_asked():
    from types import SimpleNamespace

    from qa.answering.reading import Reading, _listed_on

    text = "The Codex consists of three manuscripts, Forster I, Forster II, and Forster III, quite small in size."
    index = SimpleNamespace(documents={"d": SimpleNamespace(text=text)}, sentences={"d": [(0, len(text))]})
    at = text.index("Forster I,")
    first_two = Reading(candidate=SimpleNamespace(doc_id="d"), start=0, end=len(text), span_start=at,
                        span_end=text.index(", and"), answerable=1.0, span_score=1.0)
    assert text[slice(*_listed_on(index, first_two, 3).phrase)] == "Forster I, Forster II, and Forster III"
    assert _listed_on(index, first_two, 4).phrase == first_two.phrase  # three are listed, not four
    assert _listed_on(index, first_two, 2).phrase == first_two.phrase  # already two


def test_what_s_his_position_after_who_wrote_is_the_authors_title(seed_qa):
    history = ["who wrote the paxaxon article on lao-vietnam friendship in september 2024"]
    answer = seed_qa.answer("what's his position?", history=history)
    assert answer.found and answer.span.startswith("Head of the Central Committee"), answer.span


def test_when_they_posted_it_after_who_posted_the_article_is_that_articles_date(seed_qa):
    history = ['Who posted the article "Vietnam-Laos: Preserving and Deepening a Special Relationship"?']
    answer = seed_qa.answer("when did they post it?", history=history)
    assert answer.found and answer.span == "13th September 2023"
    assert answer.citations[0].doc_id.startswith("003")


def test_the_title_of_the_article_qa_just_named_is_the_phrase_its_sentence_quotes(seed_qa):
    from qa.answering.spans import asks_title, one_quote

    assert asks_title("what was the title of that article") and asks_title("What was it called?")
    assert not asks_title("What is the name of the treaty?")  # no titled work: the reader's
    said = 'It posted an article titled "A Bond." Then it posted "Another".'
    assert one_quote(said, 0, 38) == (29, 35) and one_quote(said, 0, len(said)) is None  # one quote, or none
    history = ["Which news agency posted an article on the 46th anniversary of the Vietnam-Laos Treaty of Friendship "
               "and Cooperation?"]
    answer = seed_qa.answer("what was the title of that article", history=history)
    assert answer.found and answer.span == "Laos - Vietnam relationship as a symbol of special friendship in the world"



def test_a_follow_up_is_not_answered_from_a_passage_on_other_countries_than_its_topic():
    from qa.answering.misses import NOT_NAMED, OTHER_NAME, not_this
    from qa.asking.question import Kind

    cambodia = "June 24, 2024, commemorates the 57th anniversary of relations between Vietnam and Cambodia."
    earlier = "For how many years have Vietnam and China had diplomatic relations?"
    asked = "On what date were they established?"
    assert not_this(asked, Kind.DATE, cambodia, "June 24, 2024") is None  # alone, it names no one
    assert not_this(asked, Kind.DATE, cambodia, "June 24, 2024", earlier=earlier) == OTHER_NAME.format(
        said="Vietnam and Cambodia", name="China")
    assert not_this(asked, Kind.DATE, "It was on May 1, 1950.", "May 1, 1950", document="About Cambodia.",
                    earlier=earlier) == \
        NOT_NAMED.format(names="Vietnam or China")
    china = "Vietnam and China established diplomatic relations on January 18, 1950."
    assert not_this(asked, Kind.DATE, china, "January 18, 1950", document=china, earlier=earlier) is None


def test_on_what_date_is_not_answered_by_years_alone():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "In 2023, the two countries celebrated the 46th anniversary of the Treaty (1977-2023)."
    asked = "On what date did Vietnam and Laos sign the Treaty?"
    assert not_this(asked, Kind.DATE, said, "1977-2023") == "The closest passage gives no date."
    signed = "Vietnam and Laos signed the Treaty on July 18, 1977."
    assert not_this(asked, Kind.DATE, signed, "July 18, 1977") is None
    assert not_this("When did they sign the Treaty?", Kind.DATE, said, "1977-2023") is None  # "when": a year may do


def test_a_value_asked_for_is_not_answered_by_a_share():
    from qa.answering.figures import A_SHARE
    from qa.answering.misses import not_this
    from qa.asking.question import Kind, expected_kind

    said = "China is Vietnam's largest trade partner, accounting for 24.6 percent of its total turnover."
    asked = "What was the total value of Vietnam-China trade in 2023?"
    assert expected_kind(asked) is Kind.MONEY
    assert not_this(asked, Kind.MONEY, said, "24.6 percent") == A_SHARE.format(said="24.6 percent")
    assert not_this(asked, Kind.MONEY, "Trade was worth US$171 billion.", "US$171 billion") is None
    hulu = "The Walt Disney Company is also a part-owner of Hulu, with a 27% stake."
    assert not_this("How much did Disney pay for its stake in Hulu?", Kind.MONEY, hulu, "27%") == A_SHARE.format(
        said="27%")
    carbon = "The forest stores about 10% of the world's carbon."  # "what amount of" a share answers
    assert not_this("What amount of the world's carbon is stored in the forest?", Kind.MONEY, carbon, "10%") is None


def test_by_how_much_something_grew_is_not_answered_by_a_share_nor_exports_by_trade_both_ways():
    from qa.answering.figures import NO_CHANGE, NO_WAY
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    share = ("China maintains its position as Vietnam's largest trade partner, accounting for 24.6 percent of the "
             "country's total import-export turnover by the end of September 2023.")
    asked = "By what percent did Vietnam-China trade grow in 2023?"
    assert not_this(asked, Kind.PERCENT, share, "24.6 percent") == NO_CHANGE.format(said="24.6 percent")
    grew = "In 2022, bilateral trade turnover reached US$10.57 billion, an increase of nearly 11 percent."
    assert not_this("By what percent did trade grow in 2022?", Kind.PERCENT, grew, "nearly 11 percent") is None
    assert not_this("What share of Vietnam's trade was with China?", Kind.PERCENT, share, "24.6 percent") is None
    # exports or imports are asked; the sentence gives trade both ways
    asked = "What was the value of Vietnam's exports to Cambodia in 2022?"
    assert not_this(asked, Kind.MONEY, grew, "US$10.57 billion") == NO_WAY.format(way="exports")
    assert not_this("How much did Vietnam export to Cambodia?", Kind.MONEY, "Exports reached $5 billion.",
                    "$5 billion") is None
    assert not_this("What is the value of import-export turnover?", Kind.MONEY, grew, "US$10.57 billion") is None
    # "imported" cases are no trade
    asked = "How many destinations were in the air travel estimates used to predict imported SARS-CoV-2 cases?"
    assert not_this(asked, Kind.COUNT, "We collected air travel volume from Wuhan to 194 destinations.", "194") is None


def test_how_many_of_a_part_the_document_never_mentions_is_not_answered(seed_qa):
    from qa.answering.figures import unmentioned_part
    from qa.asking.question import Kind

    document = "Vietnam has 205 projects in Cambodia, in energy, banking and aviation."
    asked = "How many Vietnamese investment projects in Cambodia are in agriculture?"
    assert unmentioned_part(asked, Kind.COUNT, document) == "agriculture"
    assert unmentioned_part("How many projects are in banking?", Kind.COUNT, document) is None
    assert unmentioned_part("Who is in agriculture?", Kind.PERSON, document) is None  # no how many
    answer = seed_qa.answer(asked)
    assert not answer.found and answer.reason.endswith("does not mention agriculture.")


def test_a_false_premise_is_not_answered():
    from qa.answering.figures import COUNTS_ANOTHER, NO_NUMBER
    from qa.answering.misses import ALREADY_SAID, NOT_IN_PASSAGE, OTHER_NAME, not_this
    from qa.asking.question import Kind

    # the date the question already gives is no answer to "On what date ...?"
    visit = "During Cambodian Prime Minister Hun Manet's visit to Vietnam in December 2023, both sides spoke."
    asked = "On what date did Hun Manet arrive in Vietnam for his December 2023 visit?"
    assert not_this(asked, Kind.DATE, visit, "in December 2023") == ALREADY_SAID.format(said="in December 2023")
    assert not_this("When did Hun Manet visit Vietnam?", Kind.DATE, visit, "December 2023") is None
    # another figure of the thing the question counts ("400 FDI projects")
    projects = "Vietnam currently has 205 projects in Cambodia with a total capital of $2.94 billion."
    asked = "What is the total capital of Vietnam's more than 400 FDI projects in Cambodia?"
    assert not_this(asked, Kind.MONEY, projects, "$2.94 billion") == OTHER_NAME.format(
        said="205 projects", name="400 FDI projects")
    assert not_this("What is the total capital of Vietnam's 205 projects in Cambodia?", Kind.MONEY, projects,
                    "$2.94 billion") is None
    # someone else of the same family name ("Nguyen"), and none of the question's other words
    speech = "Ms. Nguyen Thi Thanh, Chairwoman of the Friendship Association, delivers a speech in 2023."
    asked = "When did Nguyen Ba Hung deliver his speech at the joint conference?"
    assert not_this(asked, Kind.DATE, speech, "2023") == OTHER_NAME.format(said="Ms. Nguyen Thi Thanh",
                                                                         name="Nguyen Ba Hung")
    assert not_this(asked, Kind.DATE, "Mr. Hung delivers a speech in 2023.", "2023") is None  # him, by one name
    # "this occasion" is the sentence before's: its 46th anniversary is not the 50th asked
    before = "In 2023, the two countries celebrated the 46th anniversary of the signing of the Treaty."
    said = "On this occasion, the Lao News Agency (KPL) posted an article."
    asked = "Which agency posted an article for the 50th anniversary of the Treaty?"
    assert not_this(asked, Kind.OTHER, said, "Lao News Agency", before) == OTHER_NAME.format(
        said="46th anniversary", name="50th anniversary")
    assert not_this(asked.replace("50th", "46th"), Kind.OTHER, said, "Lao News Agency", before) is None
    # asked a post, what someone said is none
    quote = "As Mr. Nguyen Ba Hung said, “We have every reason to keep faith in the relationship”."
    asked = "What official position does Nguyen Ba Hung hold?"
    assert not_this(asked, Kind.OTHER, quote, quote[3:]) == NO_NUMBER.format(kind="post")
    assert not_this(asked, Kind.OTHER, quote, "Mr") == NO_NUMBER.format(kind="post")  # an honorific alone
    assert not_this("What honorary title does Bob Geldof hold?", Kind.OTHER, "Geldof is among the Honorary freemen.",
                    "Honorary freemen") is None
    # how many of a country's things, from sentences that never mention it
    lao = "Vietnam currently has more than 400 FDI projects in Laos."
    asked = "How many Chinese FDI projects are currently active in Vietnam?"
    assert not_this(asked, Kind.COUNT, lao, "more than 400") == NOT_IN_PASSAGE.format(names="Chinese")
    assert not_this("How many Lao students study in Vietnam?", Kind.COUNT,
                    "There are over 14,000 students from Laos in Vietnam.", "over 14,000") is None
    # a country's compound is the country's: "Chinese-funded", "Vietnamese-funded"
    assert not_this("How many Chinese-funded projects are in Vietnam?", Kind.COUNT, lao, "more than 400") \
        == NOT_IN_PASSAGE.format(names="Chinese")
    assert not_this("How many Vietnamese-funded ventures are in Laos?", Kind.COUNT, lao, "more than 400") is None
    # a vague count of other things does not say how many of those asked
    firms = "In the United States many now work for several large pharmacy management companies."
    assert not_this("How many licensed pharmacists work in the United States?", Kind.COUNT, firms, "several") == \
        COUNTS_ANOTHER.format(said="several", counted="companies")
    assert not_this("How many companies employ pharmacists?", Kind.COUNT, firms, "several") is None
    assert not_this("How many times did he win?", Kind.COUNT, "He won several times.", "several") is None
    # or how many of a named thing, from sentences that never name it
    kenya = "621,200 of Kenyans are Orthodox Christians."
    assert not_this("Roughly how many Quakers live in Kenya?", Kind.COUNT, kenya, "621,200") \
        == NOT_IN_PASSAGE.format(names="Quakers")
    assert not_this("Roughly how many Orthodox Christians live in Kenya?", Kind.COUNT, kenya, "621,200") is None
    assert not_this("How many species of Ctenophora are known?", Kind.COUNT, "Only 150 species are known.", "150") \
        is None  # what they are of is the topic, which the sentence may leave unsaid


def test_a_share_a_country_or_a_part_asked_for_is_not_answered_by_something_else():
    from qa.answering.figures import NO_NUMBER, NOT_A_SHARE
    from qa.answering.misses import NOT_IN_PASSAGE, not_this
    from qa.asking.question import Kind

    said = "Vietnam has 205 projects in Cambodia with a total registered capital of $2.94 billion."
    asked = "What share of Cambodia's foreign direct investment comes from Vietnam?"
    assert not_this(asked, Kind.PERCENT, said, "$2.94 billion") == NOT_A_SHARE.format(said="$2.94 billion")
    assert not_this(asked, Kind.PERCENT, "Vietnam gives 12 percent of it.", "12 percent") is None
    # "how much of" asks a part, which an amount gives too
    revenue = "The industry has $960 billion in annual revenue, of which $680 billion is private."
    assert not_this("And how much of that came from private work?", Kind.PERCENT, revenue, "$680 billion") is None
    # the share the sentence gives in words is quoted instead
    from qa.answering.misses import quote_instead
    killed = "The raids killed up to three-fourths of the population, possibly 10 to 15 million people."
    refused = not_this("What share of the population did they kill?", Kind.PERCENT, killed, "10 to 15 million")
    assert refused == NOT_A_SHARE.format(said="10 to 15 million")
    start, end = quote_instead(refused, killed, "10 to 15 million")
    assert killed[start:end] == "three-fourths"
    assert quote_instead(refused, "It killed 10 to 15 million people.", "10 to 15 million") is None
    assert quote_instead(None, killed, "10 to 15 million") is None
    rose = "Trade in the first five months of 2024 reached 779.6 million USD, up 11% from a year earlier."
    assert not_this("By what percentage did trade rise in 2024?", Kind.PERCENT, rose, "779.6 million USD") is None
    # which country, and a phrase that names none
    ranking = "Vietnam ranks first in ASEAN and among the top five investors in Cambodia."
    asked = "Which other countries are among the top five direct investors in Cambodia alongside Vietnam?"
    assert not_this(asked, Kind.OTHER, ranking, "ASEAN") == NO_NUMBER.format(kind="country")
    for phrase in ("Brazil", "the United States", "British", "UK", "Germany and Switzerland", "England's", "Europe"):
        assert not_this("Which country was it?", Kind.OTHER, f"It was {phrase}.", phrase) is None, phrase
    # "how many of" a whole are a part the sentences never mention
    lao = "Vietnam currently has more than 400 FDI projects in Laos."
    asked = "How many of Vietnam's FDI projects in Laos are in the energy sector?"
    assert not_this(asked, Kind.COUNT, lao, "400") == NOT_IN_PASSAGE.format(names="energy sector")
    assert not_this("How many of them are in Laos?", Kind.COUNT, lao, "400") is None


def test_a_command_is_judged_as_the_question_it_stands_for(seed_qa):
    # "Name the X through which ..." is "What are the X through which ...?": the seeds name no seaport
    answer = seed_qa.answer("Name the Vietnamese seaports through which Laos will be given access for its "
                            "import-export activities.")
    assert not answer.found and "does not say which" in answer.reason
    answer = seed_qa.answer("Give the year by which Cambodia hopes to attain developed-nation status.")
    assert answer.found and answer.span == "2050"


def test_the_two_nations_are_the_paragraphs_pair(seed_qa):
    from qa.answering.misses import OTHER_NAME, not_this
    from qa.asking.question import Kind

    paragraph = ("In terms of economics, the two nations signed an economic-trade agreement in 1998. Since then, "
                 "trade between Vietnam and Cambodia has developed strongly.")
    document = "Vietnam and China are neighbours.\n\n" + paragraph + "\n\nMore."
    said = paragraph.split(" Since")[0]
    asked = "In which year did Vietnam and China sign their economic-trade agreement?"
    assert not_this(asked, Kind.YEAR, said, "1998", document=document) == OTHER_NAME.format(
        said="Vietnam and Cambodia", name="China")
    assert not_this(asked.replace("China", "Cambodia"), Kind.YEAR, said, "1998", document=document) is None
    # the question's other capitals ("Trade Agreement") may be held: its countries are not
    named = "When was the Vietnam-China Trade Agreement signed?"
    assert not_this(named, Kind.DATE, said, "1998", document=document) == OTHER_NAME.format(
        said="Vietnam and Cambodia", name="China")
    assert not seed_qa.answer(asked).found
    assert not seed_qa.answer("I need the date when the Vietnam-Laos Trade Agreement was signed.").found
    assert seed_qa.answer("What was Vietnam-Cambodia bilateral trade turnover in US dollars in 2022?").found
    assert not seed_qa.answer("What was Vietnam-China bilateral trade turnover in US dollars in 2022?").found


def test_who_is_not_answered_by_the_name_of_an_agreement():
    from qa.answering.misses import not_this
    from qa.answering.who import NO_ONE
    from qa.asking.question import Kind

    said = "After Vietnam and Laos signed the Treaty of Friendship and Cooperation on July 18, 1977, ties grew."
    phrase = "Treaty of Friendship and Cooperation"
    assert not_this("Who signed it for Vietnam?", Kind.PERSON, said, phrase) == NO_ONE.format(said=phrase)
    trip = "President Vo Van Thuong's trip to the Belt and Road Forum at the invitation of President Xi Jinping"
    assert not_this("Who invited him there?", Kind.PERSON, trip + ".", trip) is None
    # the pair may name it with a dash between: "Vietnam - Laos Treaty of ..."
    treaty = "Vietnam - Laos Treaty of Friendship and Cooperation (1977-2023)"
    assert not_this("Who signed the 1977 Treaty on behalf of Laos?", Kind.PERSON, f"They marked the {treaty}.",
                    treaty) == NO_ONE.format(said=treaty)


def test_a_named_agreement_is_not_answered_by_another_of_its_kind(seed_qa):
    from qa.answering.agreements import other_agreement

    said = ("The two sides are implementing the Vietnam-Laos Educational Cooperation Plan for the 2021-2030 period "
            "and the Protocol on Vietnam-Laos Training Cooperation for the 2022-2027 period.")
    assert other_agreement("What period does the Protocol on Cooperation in National Defense cover?", said) == (
        "Protocol on Vietnam-Laos Training Cooperation", "the Protocol on Cooperation in National Defense")
    assert other_agreement("What period does the Protocol on Vietnam-Laos Training Cooperation cover?", said) is None
    assert other_agreement("What period does the training protocol cover?", said) is None  # names none
    # told in lower case by what it is on: none of those words held, another treaty is not it
    signed = "After Vietnam and Laos signed the Treaty of Friendship and Cooperation on July 18, 1977, ties grew."
    assert other_agreement("When did Vietnam and Laos sign their treaty on the national border?", signed) == (
        "Treaty of Friendship and Cooperation", "the treaty on the national border")
    assert other_agreement("What period does the protocol on training cooperation run?", said) is None  # "run"
    # two of its words unheld are enough ("national defence", though "cooperation" is there)
    assert other_agreement("What period does the protocol on national defence cooperation cover?", said) == (
        "Protocol on Vietnam-Laos Training Cooperation", "the protocol on national defence cooperation")
    # told by the words before it
    trade = "Since the signing of the Vietnam-Cambodia Economic and Trade Agreement in 1998, trade progressed."
    assert other_agreement("What climate change cooperation agreement did they sign?", trade) == (
        "Trade Agreement", "the climate change cooperation agreement")
    assert other_agreement("When did they sign their economic and trade agreement?", trade) is None
    assert other_agreement("When did they sign the Treaty?", trade) is None  # a verb is no kind of treaty
    # "cooperation" tells no plan from another, and one word alone may be the user's for the one named
    plans = "They implemented the Vietnam-Laos Educational Cooperation Plan for the 2021-2030 period."
    assert other_agreement("Which years does the schooling cooperation plan cover?", plans) is None
    # but one the documents use is theirs for another plan: "education" of a defence protocol's passage
    known = {"education", "educational"}.__contains__
    assert other_agreement("Which years does the schooling cooperation plan cover?", plans, known) is None
    assert other_agreement("What period does the education cooperation plan cover?", said, known) is None  # no plan
    defence = "Both implemented the Annual Plan for National Defense and Security Cooperation for 2024."
    assert other_agreement("What period does the education cooperation plan cover?", defence, known) == (
        "Annual Plan for National Defense and Security Cooperation", "the education cooperation plan")
    assert other_agreement("What period does the education cooperation plan cover?", defence) is None
    # the passage's own told in lower case: "a plan of cooperation in culture, arts and tourism"
    arts = "They implement a plan of cooperation in culture, arts and tourism for the 2021-2025 period."
    assert other_agreement("What years does the athletic development plan cover?", arts) == (
        "plan of cooperation in culture, arts and tourism", "the athletic development plan")
    assert other_agreement("What years does the culture and tourism plan cover?", arts) is None
    assert other_agreement("What years does the athletic development strategy cover?", arts) is None
    # a question saying what the plan is of describes it in words of its own
    assert other_agreement("What years does the plan for working together on culture and tourism span?", arts) is None
    # a British spelling is the same word: "National Defence" is "National Defense"
    defense = "Both implemented the Protocol on Cooperation in National Defense for the 2020-2024 period."
    assert other_agreement("What period does the Protocol on Cooperation in National Defence cover?", defense) is None
    # the defense protocol the seeds name is Vietnam and Cambodia's: for Vietnam and Laos, not answered
    answer = seed_qa.answer("What period does the Vietnam-Laos Protocol on Cooperation in National Defense cover?")
    assert not answer.found
    answer = seed_qa.answer("What period does the Protocol on Cooperation in National Defense cover?")
    assert answer.found and answer.span == "2020-2024"


def test_who_is_not_answered_by_words_of_a_title():
    from qa.answering.misses import not_this
    from qa.answering.who import NO_ONE
    from qa.answering.people import in_a_title
    from qa.asking.question import Kind

    said = "The Paxaxon newspaper published an article titled “Nurturing Great Friendship to New Heights.”"
    assert in_a_title(said, "New Heights.") and not in_a_title(said, "Paxaxon")
    assert not_this("Who is author of article in Paxaxon?", Kind.PERSON, said, "New Heights.") == NO_ONE.format(
        said="New Heights.")
    # asked which official, the name of a newspaper is no one, and a title's words name no one else who may be
    paper = "On September 17, 2024, the Paxaxon electronic newspaper published an article titled “Lao-Vietnam " \
            "Nurturing Great Friendship and Special Solidarity to New Heights.”"
    assert not_this("Which Lao party official penned the newspaper piece?", Kind.PERSON, paper, "Paxaxon") == \
        NO_ONE.format(said="Paxaxon")
    assert not_this("Who published the article?", Kind.PERSON, paper, "Paxaxon electronic newspaper") is None


def test_an_amount_of_money_is_no_count_of_something_else():
    from qa.answering.figures import A_COUNT
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "Although the film was successful in the UK (with 9.1 million viewers), it did not lead to a series."
    assert not_this("How much money did the TV movie cost to make?", Kind.MONEY, said, "9.1 million") \
        == A_COUNT.format(said="9.1 million", counted="viewers")
    for said, phrase in [("It cost 9.1 million dollars to make.", "9.1 million"),
                         ("It cost $9.1 million to make.", "$9.1 million"), ("They gave 5 million in aid.", "5 million")]:
        assert not_this("How much money did it cost?", Kind.MONEY, said, phrase) is None


def test_who_is_not_answered_by_a_thing_in_lower_case():
    from qa.answering.misses import not_this
    from qa.answering.who import NO_ONE
    from qa.asking.question import Kind

    said = "One of the great treasures in the library is the Codex Forster, some of Leonardo da Vinci's note books."
    asked = "Who bequeathed Leonardo da Vinci's Codex Forster notebooks to the V&A?"
    assert not_this(asked, Kind.PERSON, said, "note books") == NO_ONE.format(said="note books")
    # a word for people, or a body of them, may answer who
    rocks = "Biostratigraphers analyze rock samples from drill cores in the lab."
    assert not_this("Who analyzes rock samples in the lab?", Kind.PERSON, rocks, "biostratigraphers") is None
    asked = "Who requested them?"
    assert not_this(asked, Kind.PERSON, "The reports were requested by governments.", "governments") is None
    assert not_this(asked, Kind.PERSON, "They were requested by their families.", "their families") is None
    # ... and so may a phrase beside someone the sentence names
    gasquet = "Gasquet claimed that the Latin name atra mors first appeared in 1631."
    assert not_this("Who claimed the name first appeared in 1631?", Kind.PERSON, gasquet, "atra mors") is None
    # ... but not a name that names a building or a gallery
    galleries = "They were designed by the same architect to house the collections (later moved to the Tate Gallery)."
    assert not_this("Who designed the galleries?", Kind.PERSON, galleries, "house the collections") == NO_ONE.format(
        said="house the collections")


def test_who_holds_a_post_is_answered_by_a_person(seed_qa):
    from qa.answering.misses import not_this
    from qa.answering.who import NO_ONE, NO_SECOND
    from qa.answering.people import names_someone
    from qa.asking.question import Kind

    for phrase in ("Hun Manet", "Prime Minister Hun Sen", "Mr. Xiong Bo", "Minister of Foreign Affairs Bui Thanh Son",
                   "William the Lion", "Alfred the Great"):
        assert names_someone(phrase), phrase
    for phrase in ("Vietnam", "Ministry of Interior of Cambodia", "the two sides", "In the Amazon",
                   "China maintains its position as Vietnam's largest trade partner"):
        assert not names_someone(phrase), phrase
    said = "The Annual Plan between the Ministry of Public Security of Vietnam and the Ministry of Interior of Cambodia."
    assert not_this("Who heads Cambodia's Ministry of Interior?", Kind.PERSON, said, "Vietnam") == NO_ONE.format(
        said="Vietnam")
    assert not_this("Who led the invasion?", Kind.PERSON, "Britain led the invasion.", "Britain") is None  # may be
    # a deputy asked, and the sentences name none: a deputy is a vice, either will do
    led = "Prime Minister Pham Minh Chinh meets with Minister of Inspection Hout Hak, who led a delegation."
    assert not_this("Who was deputy head of the delegation?", Kind.PERSON, led, "Hout Hak") == NO_SECOND.format(
        word="deputy")
    assert not_this("Who is the deputy head of state?", Kind.PERSON, "Vice President Bounthong Chitmany spoke.",
                    "Bounthong Chitmany") is None
    answer = seed_qa.answer("Who is Vietnam's Minister of Industry and Trade?")
    assert not answer.found and answer.reason.endswith("not a person.")


def test_a_follow_up_asking_who_came_before_him_is_answered_by_the_other_name(seed_qa):
    answer = seed_qa.answer("And who was prime minister before him?",
                            history=["Who became new Prime Minister of Cambodja on August 22?"])
    assert answer.found and answer.span == "Hun Sen", (answer.span, answer.reason)


@pytest.mark.parametrize("rerank", [True, False])
def test_which_anniversary_is_answered_with_the_ordinal_in_every_mode(seed_qa, rerank, monkeypatch):
    monkeypatch.setattr(seed_qa.extractor, "rerank", rerank)  # the reader choosing, or the sentence scorer
    answer = seed_qa.answer("Which anniversary of the Vietnam-Laos Treaty of Friendship and Cooperation was "
                            "celebrated in 2023?")
    assert answer.found and answer.span == "46th", (answer.span, answer.reason)


def test_who_is_not_answered_by_the_title_of_the_person_the_question_names():
    from qa.answering.misses import not_this
    from qa.answering.people import OWN_TITLE
    from qa.asking.question import Kind

    said = "This coincided with the State visit of General Secretary and President of Laos, Thongloun Sisoulith."
    asked = "Which Vietnamese leader welcomed Thongloun Sisoulith?"
    assert not_this(asked, Kind.PERSON, said, "General Secretary and President") == OWN_TITLE.format(
        name="Thongloun Sisoulith")
    ambassador = "According to Mr. Xiong Bo, Chinese Ambassador to Vietnam, trade grew."  # a name, then its title
    assert not_this("Who is the Chinese Ambassador to Vietnam?", Kind.PERSON, ambassador, "Xiong Bo") is None


def test_a_name_asked_for_is_not_the_name_the_question_gives_nor_words_of_no_name():
    from qa.answering.misses import not_this
    from qa.answering.who import NO_PERSON_NAME
    from qa.answering.people import OWN_NAME
    from qa.asking.question import Kind

    case = "In U.S. v. Burgos-Andujar, a defendant argued to the court that the Navy broke the law."
    assert not_this("What is the name of the judge in the U.S. v. Burgos-Andujar case?", Kind.NAME, case,
                    "Burgos-Andujar") == OWN_NAME.format(name="Burgos-Andujar")
    assert not_this("What is the name of the case about the Navy?", Kind.NAME, case, "U.S. v. Burgos-Andujar") is None
    rose = "The tax collector who arrested him rose to higher political office."
    asked = "What was the name of the tax collector who arrested Thoreau?"
    assert not_this(asked, Kind.PERSON, rose, "higher political office") == NO_PERSON_NAME.format(
        said="higher political office")
    assert not_this(asked, Kind.PERSON, "Sam Staples, the tax collector, arrested him.", "Sam Staples") is None
    horse = "Genghis Khan fell from his horse while hunting and died because of the injury."
    fell = "fell from his horse while hunting"
    assert not_this("What was the name of Genghis Khan's horse?", Kind.NAME, horse, fell) == \
        NO_PERSON_NAME.format(said=fell)
    assert not_this("What is the name of the latest epoch?", Kind.NAME, "We live in the Holocene.", "Holocene") is None
    enzyme = "To fix carbon dioxide into sugar, chloroplasts use an enzyme called rubisco."
    assert not_this("What is the name of the enzyme chloroplasts use?", Kind.NAME, enzyme, "rubisco") is None
    # who, not whose name: a description may answer
    assert not_this("Who usually hires the design team?", Kind.PERSON, "The property owner hires it.",
                    "the property owner") is None


def test_a_count_is_not_answered_by_a_ratio_nor_a_person_by_a_place_or_a_people():
    from qa.answering.figures import NOT_A_COUNT
    from qa.answering.misses import not_this
    from qa.answering.which import NOT_WHICH
    from qa.answering.who import NO_ONE
    from qa.asking.question import Kind

    seville = "Half of the residents of Seville died of plague in 1649."
    assert not_this("How many residents of Seville died of plague?", Kind.COUNT, seville, "Half") is None
    rate = "In 2009, the injury rate among construction workers was nearly three times that for all workers."
    assert not_this("How many construction workers died in 2009?", Kind.COUNT, rate, "nearly three") == \
        NOT_A_COUNT.format(said="nearly three")
    # a weight counts no one, unless the question counts in it
    from qa.answering.figures import A_MEASURE
    fort = "French forces destroyed the fort and its supplies, including 45,000 pounds of gunpowder."
    assert not_this("How many French soldiers were killed at Fort Bull?", Kind.COUNT, fort, "45,000") == \
        A_MEASURE.format(said="45,000", unit="pounds")
    assert not_this("How many pounds of gunpowder were destroyed?", Kind.COUNT, fort, "45,000") is None
    screen = "The Hereford Screen weighs nearly 8 tonnes."
    assert not_this("How many tons does the Hereford Screen weigh?", Kind.COUNT, screen, "8") is None
    leaf = "One square millimeter of leaf tissue can contain half a million chloroplasts."
    assert not_this("How many chloroplasts fit in a square millimetre?", Kind.COUNT, leaf, "half a million") is None
    tower = "The tallest building is the Bank of America Tower, constructed in 1990 as the Barnett Center."
    assert not_this("Who was the architect of the tower?", Kind.PERSON, tower, "Barnett Center") == \
        NO_ONE.format(said="Barnett Center")
    logan = "The Logan Center opened in 2012, after a gift from alumnus David Logan and his wife Reva."
    assert not_this("Who were the architects of the Logan Center?", Kind.PERSON, logan, "wife") == \
        NO_ONE.format(said="wife")  # a lone word in lower case, asked for one by a word for one
    assert not_this("Who were the architects of the Logan Center?", Kind.PERSON, logan, "David Logan") is None
    # a phrase whose names are all the question's own names no one it asks for
    bishop = "In April of 2016, a United Methodist bishop made a bold statement by performing a same-sex marriage."
    said = "a United Methodist bishop made a bold statement"
    assert not_this("Which United Methodist bishop performed a same-sex marriage?", Kind.OTHER, bishop, said) == \
        NO_ONE.format(said=said)
    dig = "On October 6, 2004, a joint Japanese-Mongolian dig uncovered Genghis Khan's palace in rural Mongolia."
    said = "Japanese-Mongolian dig uncovered Genghis Khan's palace in rural Mongolia"
    assert not_this("Who led the Japanese-Mongolian dig that uncovered Genghis Khan's palace?", Kind.PERSON, dig,
                    said) == NO_ONE.format(said=said)
    fire = "On May 3, 1901, downtown Jacksonville was ravaged by a fire that started as a kitchen fire."
    said = fire[3:-1]  # "May" is a month, no one
    assert not_this("Who was the mayor of Jacksonville when the Great Fire of 1901 ravaged downtown?", Kind.PERSON,
                    fire, said) == NO_ONE.format(said=said)
    # nor are letters in capitals ("VHS") anyone's name
    special = ("In 1999, another special, Doctor Who and the Curse of Fatal Death, was made for Comic Relief and later "
               "released on VHS.")
    said = special[26:-1]
    assert not_this("Who played the Doctor in the 1999 Comic Relief parody Doctor Who and the Curse of Fatal Death?",
                    Kind.PERSON, special, said) == NO_ONE.format(said=said)
    assert not_this("Who released the special on VHS?", Kind.PERSON, "The BBC released it on VHS.", "BBC") is None
    # a sentence's first word is capitalized whatever it is; a type of person asked is no person
    rocks = "Magnetic stratigraphers look for signs of magnetic reversals in igneous rock units."
    assert not_this("What types of scientists look for signs of magnetic reversals?", Kind.OTHER, rocks,
                    "Magnetic stratigraphers") is None
    age = "According to the same statistics, the average age of people living in Newcastle is 37.8."
    assert not_this("What is the average age of people who live in Newcastle?", Kind.PERSON, age, age[:-1]) is None
    town = "They soon named the town Jacksonville, after Andrew Jackson."
    assert not_this("Who is Jacksonville named after?", Kind.PERSON, town, "Andrew Jackson") is None
    led = "On October 6, 2004, a dig led by Shiro Kato uncovered Genghis Khan's palace."
    assert not_this("Who led the dig that uncovered Genghis Khan's palace?", Kind.PERSON, led, "Shiro Kato") is None
    # unless the sentence names someone else, who may be the one asked for
    sage = "The Sage Gateshead, a music venue designed by Norman Foster, stands beside the BALTIC Centre."
    assert not_this("Who designed the Sage Gateshead?", Kind.PERSON, sage, "BALTIC Centre") is None
    wall = "Fragments of Hadrian's Wall are still visible in Newcastle, along the West Road."  # "whose": maybe a place
    assert not_this("Whose wall has fragments visible in Newcastle?", Kind.PERSON, wall, "West Road") is None
    dna = "It was first proved in 1962 and sequenced in 1986, when two Japanese teams sequenced chloroplast DNA."
    assert not_this("Which scientist proved chloroplast DNA existed in 1962?", Kind.PERSON, dna, "Japanese") == \
        NO_ONE.format(said="Japanese")
    assert not_this("Which Japanese universities were the teams from?", Kind.OTHER, dna, "Japanese") == \
        NOT_WHICH.format(said="Japanese")
    war = "The British won the war against the French."
    assert not_this("Who won the war?", Kind.PERSON, war, "British") is None  # a people may be who
    # asked for one scientist, a group in lower case is no one; asked for scientists, it may be them
    seen = "When they were first observed in 1962, some plant biologists dismissed the structures as artifactual."
    assert not_this("Which scientist first observed stromules in 1962?", Kind.PERSON, seen, "plant biologists") == \
        NO_ONE.format(said="plant biologists")
    assert not_this("Which scientists first observed stromules in 1962?", Kind.PERSON, seen, "plant biologists") is None


def test_one_person_asked_for_is_not_answered_by_a_body_a_figure_or_words_in_lower_case():
    from qa.answering.misses import not_this
    from qa.answering.who import NO_ONE
    from qa.asking.question import Kind

    riba = "It houses the drawings of the V&A and Royal Institute of British Architects, and the Sackler Centre."
    riba_said = "Royal Institute of British Architects"
    assert not_this("Which architect designed the Sackler Centre?", Kind.OTHER, riba, riba_said) == NO_ONE.format(
        said=riba_said)
    museum = "The V&A Theatre & Performance galleries, formerly the Theatre Museum, opened in March 2009."
    assert not_this("Who was the director of the V&A when the galleries opened?", Kind.PERSON, museum,
                    "Theatre Museum") == NO_ONE.format(said="Theatre Museum")
    apple = "AppleTalk was a suite of networking protocols developed by Apple Inc. in 1985."
    assert not_this("Who led the team at Apple that built AppleTalk?", Kind.PERSON, apple, "Apple Inc") == \
        NO_ONE.format(said="Apple Inc")
    report = "The medical faculty in Paris wrote a report to the king of France that blamed the heavens."
    assert not_this("Which king of France got the report?", Kind.PERSON, report, "the heavens") == \
        NO_ONE.format(said="the heavens")
    sentence = "As a result, the judge increased her sentence from 40 to 60 days."
    assert not_this("Which judge increased her sentence?", Kind.PERSON, sentence, "40 to 60 days") == \
        NO_ONE.format(said="40 to 60 days")
    share = "It has been estimated that Africans will make up at least 30% of the delegates at the General Conference."
    assert not_this("What is the name of the Congolese bishop who estimated it?", Kind.OTHER, share,
                    "at least 30% of the delegates") == NO_ONE.format(said="at least 30% of the delegates")
    caliphate = "In 2014, the group proclaimed itself a caliphate."  # asked any who, a figure names no one
    assert not_this("Who was the leader of the group when it declared a caliphate?", Kind.PERSON, caliphate,
                    "2014") == NO_ONE.format(said="2014")
    fis = "An Islamist movement was the FIS or Front Islamique de Salut (the Islamic Salvation Front) in Algeria."
    assert not_this("Who led the Islamic Salvation Front in Algeria?", Kind.PERSON, fis,
                    "FIS or Front Islamique de Salut") == NO_ONE.format(said="FIS or Front Islamique de Salut")
    # a name, or any who not asked as one person (a body may lead or found), is left to the other checks
    lettow = "Completely cut off from Germany, von Lettow conducted an effective guerrilla warfare campaign."
    assert not_this("Which German commander fought a guerrilla campaign in East Africa?", Kind.PERSON, lettow,
                    "von Lettow") is None  # a name with a particle
    inspector = "During construction, the municipal building inspector inspects the building periodically."
    assert not_this("Which official checks the building against the approved plans?", Kind.PERSON, inspector,
                    "municipal building inspector") is None  # who, by post
    newcastle = "The average age of people living in Newcastle is 37.8."
    assert not_this("What is the average age of people who live in Newcastle?", Kind.PERSON, newcastle,
                    "37.8") is None  # asked what, though of people who
    palladio = "The RIBA's holdings of over 330 drawings by Andrea Palladio are the largest in the world."
    assert not_this("The RIBA's drawing collection of what Italian architect is the largest?", Kind.OTHER, palladio,
                    "over 330 drawings by Andrea Palladio") is None
    semper = "In 1855 the German architect Gottfried Semper produced a design, rejected by the Board of Trade."
    assert not_this("Which German architect produced a design?", Kind.OTHER, semper, "Gottfried Semper") is None
    assert not_this("Which German architect produced a design?", Kind.OTHER, semper, semper) is None  # a whole sentence
    assert not_this("Who funds the museum?", Kind.PERSON, museum, "Theatre Museum") is None
    assert not_this("What did researchers think the rows were for?", Kind.OTHER, report, "the heavens") is None


def test_a_why_is_not_answered_by_a_figure_alone():
    from qa.answering.figures import NO_REASON
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    sentence = "As a result, the judge increased her sentence from 40 to 60 days."
    assert not_this("Why was the judge's decision upheld?", Kind.OTHER, sentence, "40 to 60 days") == \
        NO_REASON.format(said="40 to 60 days")
    assert not_this("Why was the judge's decision upheld?", Kind.OTHER, sentence, "the judge increased her") is None
    # a citation's number is no figure, and a clause is more than one
    cited = "Mutants lacking orf3b replicate well in several cell types [19] , suggesting that orf3b is dispensable."
    assert not_this("Why is orf3b thought to be dispensable?", Kind.OTHER, cited,
                    "several cell types [19] , suggesting that orf3b is dispensable") is None
    early = "It is too early to estimate whether it fell below the critical threshold of 1 because cases lag."
    assert not_this("Why is it too early to estimate it?", Kind.OTHER, early, "critical threshold of 1") is None


def _one_document(text: str):
    """An extractor over one document of ``text``, as reading._beside and reading._asked_for_first see it, and the
    reading of a phrase of it at a given choice score."""
    from types import SimpleNamespace

    from qa.answering.reading import Reading
    from qa.text import split_sentences

    index = SimpleNamespace(documents={"d.txt": SimpleNamespace(text=text)}, sentences={"d.txt": split_sentences(text)})
    extractor = SimpleNamespace(index=index, _title_terms=lambda doc_id: frozenset())

    def reading(at: str, choice: float = 2.0) -> Reading:
        start = text.index(at)
        return Reading(SimpleNamespace(doc_id="d.txt"), 0, len(text), start, start + len(at), 1.0, 1.0, choice=choice)

    return extractor, reading


def _beside_phrase(extractor, question: str, best) -> str:
    """The phrase of the option reading._beside puts first, for ``question`` and the best reading ``best``."""
    from types import SimpleNamespace

    from qa.answering.reading import _beside
    from qa.asking.question import expected_kind

    first = _beside(extractor, SimpleNamespace(question=question, kind=expected_kind(question)), [best])[0]
    return extractor.index.documents["d.txt"].text[slice(*first.phrase)]


def _beside_first(text: str):
    """``first(question, at)``: the phrase reading._beside puts first over one document ``text`` when the best
    reading is the phrase ``at``."""
    extractor, reading = _one_document(text)
    return lambda question, at: _beside_phrase(extractor, question, reading(at))


def test_asked_for_a_figure_the_sentence_after_that_goes_on_and_gives_one_goes_first():
    text = ("In 1639, the college was renamed Harvard College after deceased clergyman John Harvard. He had left the "
            "school £779 and his library of some 400 books. The GPhC was set up in 2010.\nKenya ranks low on the "
            "Corruption Perception Index (CPI). In 2012, the nation placed 139th out of 176 countries.")
    first = _beside_first(text)

    asked = "How much money did the clergyman the college was renamed after leave to it?"
    assert first(asked, "Harvard College") == "He had left the school £779 and his library of some 400 books."
    assert first("Where did Kenya rank on the Corruption Perception Index in 2012?", "CPI") == \
        "In 2012, the nation placed 139th out of 176 countries."
    # a sentence that starts afresh ("The GPhC ...") or gives no figure, or a best one that gives it, stays
    assert first("In what year was the library of John Harvard's 400 books set up?", "£779") == "£779"
    assert first("How many books did the clergyman leave?", "400") == "400"
    assert first("What was the college renamed?", "Harvard College") == "Harvard College"


def test_a_sentence_pointing_back_gives_way_to_the_one_before():
    text = ("Assays need care. Also, RNA viruses may show substantial genetic variability. This could result in "
            "mismatch between the primer and probes.\nSoluble peptides have a flexible structure. As a result, "
            "soluble peptides are less capable of inducing antibodies.")
    extractor, reading = _one_document(text)

    def first(question: str, best) -> str:
        return _beside_phrase(extractor, question, best)

    this = reading("mismatch between the primer")
    assert first("What could result in mismatch between the primer and probes?", this) == \
        "Also, RNA viruses may show substantial genetic variability."
    assert first("Why are soluble peptides less capable of inducing antibodies?",
                 reading("soluble peptides are less")) == "Soluble peptides have a flexible structure."
    # asked otherwise, or a sentence that does not say again what is asked: it stays
    assert first("What is the mismatch between the primer and probes?", this) == "mismatch between the primer"
    assert first("What could result in false negatives in a clinical assay?", this) == "mismatch between the primer"
    assert first("What popular mismatch could result between the primer and probes?", this) == \
        "mismatch between the primer"  # "What popular ...?" asks what thing, not what did it
    # the sentence before is in another paragraph: nothing to point back to
    assert first("Why are they less capable?", reading("Soluble peptides have")) == "Soluble peptides have"
    # "All of this" points back as "This" does, and "set" is a verb of doing as "caused" is
    text = ("The network was enhanced to support Ethernet attached hosts and TCP/IP. All of this set the stage for "
            "Merit's role in the NSFNET project.")
    extractor, reading = _one_document(text)
    assert _beside_phrase(extractor, "What set the stage for Merits role in NSFNET", reading("Merit's role")) == \
        "The network was enhanced to support Ethernet attached hosts and TCP/IP."


def test_asked_what_a_thing_is_called_the_sentence_after_naming_it_answers():
    text = ("Some activists collectively refuse to sign bail until certain demands are met. This is a form of jail "
            "solidarity. Others pay.")
    first = _beside_first(text)

    asked = "What do you call it when jailed protesters as a group decline to post bail?"
    assert first(asked, "refuse to sign bail") == "This is a form of jail solidarity."
    assert first("What is it called when protesters refuse bail?", "refuse to sign bail") == \
        "This is a form of jail solidarity."
    assert first("Why do protesters refuse bail?", "refuse to sign bail") == "refuse to sign bail"  # no name asked
    assert first("What do you call it when they pay?", "Others pay") == "Others pay"  # no sentence after names it


def test_asked_a_goal_the_sentence_after_stating_it_answers():
    text = ("An early political response was the convening of the Albany Congress in 1754. The goal of the "
            "congress was to formalize a unified front. The plan was never ratified.")
    first = _beside_first(text)

    assert first("What was the goal of the Albany Congress of 1754?", "political response") == \
        "The goal of the congress was to formalize a unified front."
    assert first("What was the purpose of the plan?", "never ratified") == "never ratified"  # nothing after
    # a best sentence that states a goal, or one on something else, stays
    text = "The congress aimed to unite the colonies. The goal of the plan was trade."
    assert _beside_first(text)("What was the goal of the congress?", "unite the colonies") == "unite the colonies"
    assert first("What was the goal of the Iroquois?", "political response") == "political response"


def test_asked_why_a_sentence_saying_this_is_why_gives_way_to_the_one_before():
    text = ("Mersenne primes are of the form 2p - 1. The Lucas-Lehmer test is particularly fast for numbers of this "
            "form. This is why the largest known prime has almost always been a Mersenne prime since the dawn of "
            "electronic computers.")
    first = _beside_first(text)

    asked = "Why have record-holding primes nearly always been Mersenne primes since electronic computers arrived?"
    assert first(asked, "largest known prime") == "The Lucas-Lehmer test is particularly fast for numbers of this form."
    # a question on something else than the sentence says again stays with it
    assert first("Why did the search for primes use electronic calculators?", "largest known prime") == \
        "largest known prime"


def test_asked_why_a_sentence_giving_no_reason_gives_way_to_the_next_that_gives_one():
    text = ("Data showed that the immunization rate of the seasonal flu in Beijing was much higher than the national "
            "rate. This phenomenon is partly due to the prior vaccination strategy.\nThe rate was higher in Beijing "
            "than the national rate.\nIt was measured in 2009.")
    first = _beside_first(text)

    asked = "Why was the immunization rate of the seasonal flu in Beijing much higher than the national rate?"
    assert first(asked, "much higher than the national") == ("This phenomenon is partly due to the prior vaccination "
                                                             "strategy.")
    assert first(asked, "The rate was higher") == "The rate was higher"  # the next one: no reason, another paragraph
    assert first("What was the immunization rate of the seasonal flu in Beijing?", "much higher than the national") \
        == "much higher than the national"  # asked no reason


def test_a_sentence_telling_a_belief_gives_way_to_the_one_after_setting_it_right():
    text = ("It is a common misconception to ascribe the stiffness of solids to the repulsion of like charges. "
            "However, these characteristics actually result from the Pauli exclusion principle. Electrons are "
            "fermions.\nIt is a common misconception.\nA new paragraph.")
    extractor, reading = _one_document(text)

    def first(at: str) -> str:
        return _beside_phrase(extractor, "What causes the stiffness of solids?", reading(at))

    assert first("the repulsion of like charges") == ("However, these characteristics actually result from the Pauli "
                                                      "exclusion principle.")
    assert first("Electrons are fermions") == "Electrons are fermions"  # no belief told
    assert first("It is a common misconception.") == "It is a common misconception."  # set right in no paragraph


def test_asked_what_it_means_the_sentence_after_saying_so_answers():
    from types import SimpleNamespace

    from qa.answering.reading import Reading, _beside
    from qa.asking.question import expected_kind
    from qa.text import split_sentences

    text = ("The R0 was 2.30 from reservoir to person, lower than from person to person. This means that the "
            "route was mainly from person to person. Other work agrees.")
    index = SimpleNamespace(documents={"r.txt": SimpleNamespace(text=text)}, sentences={"r.txt": split_sentences(text)})
    extractor = SimpleNamespace(index=index, _title_terms=lambda doc_id: frozenset())
    best = Reading(SimpleNamespace(doc_id="r.txt"), 0, len(text), 4, 14, 1.0, 1.0, choice=2.0)

    def first(question: str) -> str:
        query = SimpleNamespace(question=question, kind=expected_kind(question))
        return text[slice(*_beside(extractor, query, [best])[0].phrase)]

    assert first("What does it mean that the R0 from reservoir to person was lower than from person to person?") == \
        "This means that the route was mainly from person to person."
    assert first("What does it mean that other work agrees with the model?") == "R0 was 2.3"  # not said again


def _put_first(text: str, question: str, options: list[tuple[str, float]], kind=None) -> str:
    """The phrase reading._asked_for_first puts first among ``options`` (phrase of ``text``, choice score)."""
    from types import SimpleNamespace

    from qa.answering.reading import _asked_for_first
    from qa.asking.question import Kind

    extractor, reading = _one_document(text)
    query = SimpleNamespace(question=question, kind=kind or Kind.OTHER, earlier="")
    ranked = _asked_for_first(extractor.index, query, [reading(phrase, choice) for phrase, choice in options])
    return text[slice(*ranked[0].phrase)]


def test_a_name_the_question_gives_itself_gives_way_to_one_it_does_not():
    text = ("Only the orbit of Mercury was not fully explained. Astrophysicists predicted another planet (Vulcan) "
            "that would explain the discrepancies.")
    options = [("Mercury", 5.2), ("Vulcan", 4.5)]
    assert _put_first(text, "What planet was proposed to explain the anomalies in Mercury's orbit?", options) == \
        "Vulcan"
    assert _put_first(text, "Was Mercury or Vulcan proposed?", options) == "Mercury"  # asked to choose
    # no other option near enough: the best one stays
    assert _put_first(text, "Which planet's orbit was Mercury's?", [("Mercury", 5.2), ("Vulcan", 3.0)]) == "Mercury"


def test_asked_how_large_things_are_a_count_of_them_gives_way_to_their_size():
    from qa.asking.question import Kind

    text = ("A typical chlorenchyma cell of a land plant contains about 10 to 100 chloroplasts. In land plants, "
            "chloroplasts are generally lens-shaped, 5–8 μm in diameter and 1–3 μm thick.")
    options = [("about 10 to 100", 7.25), ("5–8 μm in diameter and 1–3 μm thick", 7.12)]
    assert _put_first(text, "How large are chloroplasts in land plants?", options, Kind.QUANTITY) == \
        "5–8 μm in diameter and 1–3 μm thick"
    assert _put_first(text, "How many chloroplasts does a land plant's cell contain?", options, Kind.QUANTITY) == \
        "about 10 to 100"


def test_asked_for_a_ratio_a_share_gives_way_to_the_ratio_a_sentence_gives():
    text = ("Liu et al. found that the adverse outcome group had more patients with a history of smoking (27.3%) than "
            "the other (3.0%). In their multivariate logistic regression analysis, the history of smoking was a risk "
            "factor of disease progression (OR=14.28; 95% CI: 1.58-25.00).")
    options = [("27.3%", 3.77), ("multivariate logistic regression", 1.95)]
    assert _put_first(text, "What odds ratio did a history of smoking have for disease progression?", options) == \
        "OR=14.28"
    assert _put_first(text, "What share of the adverse outcome group had smoked?", options) == "27.3%"  # no ratio
    assert _put_first(text, "What odds ratio did smoking have?", [("27.3%", 3.77), ("multivariate", 0.5)]) == \
        "27.3%"  # too far behind


def test_asked_for_a_share_a_count_gives_way_to_a_share():
    from qa.asking.question import Kind

    text = ("A live CHIKV vaccine reached a phase II clinical trial encompassing 59 healthy volunteers. Eight percent "
            "of the volunteers experienced transient arthralgia, while 98% of the volunteers had seroconversion.")
    options = [("59", 6.07), ("98%", 5.48)]
    assert _put_first(text, "What proportion of volunteers seroconverted?", options, Kind.PERCENT) == "98%"
    assert _put_first(text, "How many volunteers took part in the trial?", options, Kind.COUNT) == "59"
    assert _put_first(text, "What proportion of volunteers seroconverted?", [("59", 6.07), ("98%", 3.5)],
                      Kind.PERCENT) == "59"  # too far behind
    # 1.3 behind, and quoted as the share of its phrase nearest the question's words
    options = [("59", 6.07), ("Eight percent of the volunteers experienced transient arthralgia, while 98%", 4.77)]
    assert _put_first(text, "What proportion of volunteers seroconverted?", options, Kind.PERCENT) == "98%"
    text = "Although the vote was 51.6% in favour of a Scottish Assembly, this figure did not equal 40% of the electorate."
    assert _put_first(text, "What percentage of voters backed a Scottish Assembly?", [("51.6", 5.0)], Kind.PERCENT) \
        == "51.6%"  # the phrase with its sign
    text = "Neutrophils normally make up 50% to 60% of the total circulating white blood cells."
    assert _put_first(text, "Neutrophils make up what percent of white blood cells?", [("50% to 60", 5.0)],
                      Kind.PERCENT) == "50% to 60%"
    # the share its own sentence gives, before another sentence's
    text = ("SARS-CoV infected about 8000 people, and resulted in the deaths of approximately 10% of those infected. "
            "Maxwell et al. reported 7 pregnant women infected with SARS-CoV; 2 of the 7 died (CFR of 28%).")
    assert _put_first(text, "What percentage of people infected with SARS-CoV died?", [("8000", 7.06), ("28%", 7.06)],
                      Kind.PERCENT) == "10%"


def test_asked_for_a_share_of_several_the_one_labelled_with_a_word_of_the_question_is_quoted():
    from qa.answering.spans import labelled_share
    from qa.asking.question import Kind

    text = ("A considerable proportion of participants reported symptoms of depression (634 [50.4%]), anxiety (560 "
            "[44.6%]), insomnia (427 [34.0%]), and distress (899 [71.5%]).")

    def share(question: str) -> str | None:
        found = labelled_share(question, text, 0, len(text))
        return text[slice(*found)] if found else None

    assert share("What proportion of workers reported symptoms of anxiety?") == "44.6%"
    assert share("What share reported insomnia?") == "34.0%"
    assert share("What proportion of workers reported symptoms?") is None  # no label asked: which one?
    # a label after the share, by itself or after a preposition; a share the question gives is not asked
    for said, asked, quoted in [
            ("The mortality rate can be as high as 35% in children and 10% in adults.",
             "What is the mortality rate in children?", "35%"),
            ("In 1940 the population was 94.0% white, 3.3% black and 2.7% Asian.",
             "In 1940, what percentage of the population was Asian?", "2.7%"),
            ("The richest 1% of adults alone owned 40% of global assets in the year 2000.",
             "What share of global assets did the richest 1% of adults own?", "40%")]:
        found = labelled_share(asked, said, 0, len(said))
        assert found and said[slice(*found)] == quoted, asked
    options = [("A considerable proportion of participants reported symptoms of depression (634 [50.4%]), anxiety "
                "(560 [44.6%])", 6.0)]
    assert _put_first(text, "What proportion of healthcare workers reported symptoms of distress?", options,
                      Kind.PERCENT) == "71.5%"


def test_asked_another_name_a_sentence_giving_one_goes_first():
    text = ("Like cyanobacteria, glaucophyte chloroplast thylakoids are studded with light collecting structures called "
            "phycobilisomes. For this reason, glaucophyte chloroplasts are also known as muroplasts.")
    options = [("phycobilisomes", 7.45), ("muroplasts", 7.44)]
    assert _put_first(text, "what are glaucophyte chloroplasts also called", options) == "muroplasts"
    assert _put_first(text, "What is another name for glaucophyte chloroplasts?", options) == "muroplasts"
    assert _put_first(text, "What are glaucophyte thylakoids studded with?", options) == "phycobilisomes"
    assert _put_first(text, "what are glaucophyte chloroplasts also called", [("phycobilisomes", 7.45),
                                                                                ("muroplasts", 6.0)]) == "phycobilisomes"


def test_asked_another_name_sentences_giving_one_match_what_is_asked():
    from qa.answering.definitions import asks_other_name, gives_other_name, names_it_also

    assert asks_other_name("whats another name for islamism") and asks_other_name("Beroida are known by what other name?")
    assert not asks_other_name("What is the name of the river?") and not asks_other_name("What did they also find?")
    assert gives_other_name("Islamism, also known as Political Islam, is a movement.")
    assert not gives_other_name("Another major division within Islamism is between guardians and vanguards.")
    assert gives_other_name("The account, Il milione (or, The Million, known in English as the Travels), appeared.")
    assert names_it_also("The approach – sometimes called the human development approach – looks at ...")
    assert not names_it_also("thylakoids are studded with light collecting structures called phycobilisomes")


def test_asked_what_type_of_thing_a_phrase_naming_a_kind_of_it_goes_first():
    text = ("In 2006 Tatiana Kuplich organized the trees into four categories: (1) mature forest, (2) regenerating "
            "forest. The researcher used a combination of Synthetic aperture radar (SAR) and Thematic Mapper (TM).")
    asked = "What type of radar was used to classify trees into four categories?"
    assert _put_first(text, asked, [("mature forest", 5.0), ("Synthetic aperture", 4.8)]) == "Synthetic aperture"
    assert _put_first(text, asked, [("mature forest", 5.0), ("Synthetic aperture", 3.5)]) == "mature forest"  # far
    assert _put_first(text, "What type of forest is the oldest?", [("mature forest", 5.0), ("Synthetic aperture", 4.8)]
                      ) == "mature forest"  # a forest already
    # a kind of it a word or two before it ("twentieth" of "early twentieth century homes") is one too
    text = "The area is known for its early twentieth century homes. It includes many Craftsman style homes."
    assert _put_first(text, "What type of homes is Fresno known for?", [("twentieth", 3.41), ("Craftsman style", 3.40)]
                      ) == "twentieth"


def test_asked_what_something_is_called_a_sentence_that_names_goes_first():
    text = ("Scottish MPs can vote on laws that apply only to England. This is known as the West Lothian question. "
            "It has led to criticism.")

    def first(question: str, lead: float) -> str:
        return _put_first(text, question, [("Scottish MPs", 5.0), ("the West Lothian question", 5.0 - lead)])

    asked = "What is the situation in which Scottish MPs vote on laws affecting only England called?"
    assert first(asked, 0.5) == "the West Lothian question"
    assert first(asked, 1.5) == "Scottish MPs"  # too far behind
    assert first("Who can vote on laws affecting only England?", 0.5) == "Scottish MPs"  # asked no name


@pytest.mark.parametrize("text, question, span", [
    # the reader's best, "1256" of the force sent to the Middle East, reports no death: "He died in 1259" goes first
    ("Yuan dynasty\n\nMöngke Khan commenced a military campaign against the Chinese Song dynasty in southern China. "
     "The Mongol force that invaded southern China was far greater than the force they sent to invade the Middle "
     "East in 1256. He died in 1259 without a successor. Kublai returned from fighting the Song in 1260 when he "
     "learned that his brother, Ariq Böke, was challenging his claim to the throne.\n",
     "In which year did the Khan who began the campaign against the Song die?", "1259"),
    # asked how tall, the name of the building gives way to the measure of the sentence after
    ("Jacksonville\n\nThe St. Johns River divides the city.\n\nThe tallest building in Downtown Jacksonville's "
     "skyline is the Bank of America Tower, constructed in 1990 as the Barnett Center. It has a height of 617 ft "
     "(188 m) and includes 42 floors. Other notable structures include the 37-story Wells Fargo Center.\n",
     "How tall is the tallest building in downtown Jacksonville?", "617 ft"),
    # asked who, "FIS or Front Islamique de Salut", a body, gives way to the name of the sentence after
    ("Islamism\n\nAn Islamist movement influenced by Salafism and the jihad in Afghanistan, as well as the Muslim "
     "Brotherhood, was the FIS or Front Islamique de Salut (the Islamic Salvation Front) in Algeria. Founded as a "
     "broad Islamist coalition in 1989 it was led by Abbassi Madani, and a charismatic Islamist young preacher, Ali "
     "Belhadj. It used its preaching to advocate the establishment of a legal system following Sharia law.\n",
     "Along with the young preacher Ali Belhadj, who led the Islamic Salvation Front in Algeria?", "Abbassi Madani"),
    # the count of Orthodox Christians, whose sentence never mentions the Quakers counted, gives way to theirs
    ("Kenya\n\nThe vast majority of Kenyans are Christian (83%), with 47.7% regarding themselves as Protestant. "
     "There are smaller conservative Reformed churches. 621,200 of Kenyans are Orthodox Christians. Notably, Kenya "
     "has the highest number of Quakers in the world, with around 133,000 members. The only Jewish synagogue in the "
     "country is located in the capital, Nairobi.\n", "About how many Quakers live in Kenya?", "133,000"),
    # "several important criteria" names none: the sentence after, which goes on to name one, is read for them
    ("Vectored vaccines\n\nHowever, before vectored vaccines can be used in the human population they need to "
     "satisfy several important criteria. Safety is a major concern, as even a low level of toxicity is "
     "unacceptable. Secondly, a vaccine should be inexpensive, so that it can be administered to a large "
     "population at minimal cost.\n", "What are important criteria for vectored vaccines?",
     "Safety is a major concern"),
    # asked why, a change by a figure gives way to the sentence, further behind, that gives a reason
    ("Reporting\n\nThe reporting rate after 17 January 2020 was likely to have increased 21-fold compared with the "
     "situation from 1 to 17 January 2020 on average.\n\nWe estimated the R0 to be 2.56. One of the possible "
     "reasons was that the official diagnostic protocol was released by WHO on 17 January 2020, and the diagnosis "
     "and reporting efforts probably increased.\n",
     "Why did reporting increase after 17 January 2020?", "official diagnostic protocol"),
])
def test_a_refused_best_option_gives_way_to_a_read_one_that_fits(tmp_path, encoder, text, question, span):
    answer = qa_over(tmp_path, encoder, "doc.txt", text).answer(question)
    assert answer.found and answer.span.startswith(span), (answer.span, answer.reason)


def test_a_stand_in_naming_someone_else_does_not_answer_for_the_person_asked(tmp_path, encoder):
    qa = qa_over(tmp_path, encoder, "immune.txt", (
        "Immune system\n\nPasteur's theory was in direct opposition to contemporary theories of disease, such as the "
        "miasma theory. It was not until Robert Koch's 1891 proofs, for which he was awarded a Nobel Prize in 1905, "
        "that microorganisms were confirmed as the cause of infectious disease. Viruses were confirmed as human "
        "pathogens in 1901, with the discovery of the yellow fever virus by Walter Reed.\n"))
    # Walter Reed's sentence reports no prize, and Koch's, beside it, is about someone else
    answer = qa.answer("In which year was Walter Reed awarded the Nobel Prize for discovering the yellow fever virus?")
    assert not answer.found, (answer.span, answer.text)
    assert qa.answer("In which year was Robert Koch awarded a Nobel Prize?").span == "1905"


def test_a_question_on_one_of_two_opposite_kinds_is_not_answered_by_the_other():
    from qa.answering.misses import OTHER_NAME, not_this
    from qa.answering.qualifiers import other_modifier
    from qa.asking.question import Kind

    said = "Construction comprises six to nine percent of the gross domestic product of developed countries."
    asked = "Construction is how many percent of GDP in the developing countries?"
    assert other_modifier(asked, said) == ("developed countries", "developing countries")
    assert not_this(asked, Kind.PERCENT, said, "six to nine percent") == OTHER_NAME.format(
        said="developed countries", name="developing countries")
    both = "Developing countries spend less than developed countries."
    assert other_modifier(asked, both) is None
    assert other_modifier("How many private schools are there?", "There are 300 public schools.") == (
        "public schools", "private schools")
    assert other_modifier("How many private schools are there?", "There are 300 public libraries.") is None
    # a question asking of both kinds asks of neither against the other
    assert other_modifier("Which hypothesis links the upper airway to responses in the lower airway?",
                          "It contributes to responses in the lower airway, as the hypothesis says.") is None
    # a direction from a place is a kind too: the services to its north are not those to its south
    bus = "Arriva operates from Haymarket, providing the majority of services to the north of Newcastle."
    assert other_modifier("Which company provides the majority of services south of the river?", bus) == (
        "north of", "south of")
    assert other_modifier("Which company provides the majority of services north of the river?", bus) is None
    assert other_modifier("Which company provides services south of the river?", bus + " It runs south.") is None


def test_who_came_after_someone_is_not_answered_by_who_came_after_another():
    from qa.answering.misses import OTHER_NAME, not_this
    from qa.asking.question import Kind

    said = "Möngke Khan succeeded Ögedei's son, Güyük, as Great Khan in 1251."
    assert not_this("who succeeded Kublai Khan?", Kind.PERSON, said, "Möngke Khan") == OTHER_NAME.format(
        said="succeeded Ögedei's", name="Kublai Khan")
    assert not_this("Who succeeded Güyük?", Kind.PERSON, said, "Möngke Khan") is None
    assert not_this("Who succeeded Hun Sen?", Kind.PERSON, "Hun Manet succeeded his father Hun Sen.", "Hun Manet") \
        is None


def test_how_long_or_how_old_is_not_answered_by_a_share_nor_a_year_by_a_measure():
    from qa.answering.figures import SHARE_FOR_MEASURE, holds_number
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "Neutrophils are the most abundant phagocyte, normally 50% to 60% of the circulating leukocytes."
    assert not_this("How long does a neutrophil survive?", Kind.QUANTITY, said, "50% to 60%") == \
        SHARE_FOR_MEASURE.format(said="50% to 60%", asked="how long")
    assert not_this("How high was unemployment?", Kind.QUANTITY, "Unemployment reached 10%.", "10%") is None
    assert not_this("How long did it last?", Kind.QUANTITY, "It lasted 12 years.", "12 years") is None
    # how large things are is not how many of them there are; the size of an army is what it counts
    said = "A typical cell of a land plant contains about 10 to 100 chloroplasts."
    assert not_this("How large are chloroplasts in land plants?", Kind.QUANTITY, said, "about 10 to 100")
    said = "The Mongol army had about 100,000 soldiers."
    assert not_this("How large was the Mongol army?", Kind.QUANTITY, said, "about 100,000") is None
    # "In what year ...?" and "738 days", "a 600-year-old tree", "180-foot": no year
    assert not holds_number(Kind.YEAR, "California Redwood tree for 738 days")
    assert not holds_number(Kind.YEAR, "a 600-year-old tree") and not holds_number(Kind.YEAR, "180-foot")
    assert holds_number(Kind.YEAR, "in the 1990s") and holds_number(Kind.YEAR, "701") and holds_number(Kind.YEAR, "79 AD")
    # "How many horses ...?" is not answered by "many horses", which only says its words back; "several" may do
    assert not holds_number(Kind.COUNT, "many horses") and holds_number(Kind.COUNT, "several")


def test_how_quickly_how_old_a_value_and_how_many_are_not_answered_by_what_gives_none():
    from qa.answering.figures import NO_NUMBER, NOT_AN_AGE, holds_number
    from qa.answering.misses import not_this
    from qa.asking.question import Kind, expected_kind

    # how quickly is a time taken, which a year alone is not; "17 days" is one
    question = "How quickly was the new coronavirus identified, compared with SARS?"
    assert expected_kind(question) is Kind.QUANTITY
    said = "The SARS outbreak in 2002 took substantial time to identify."
    assert not_this(question, Kind.QUANTITY, said, "2002") == NO_NUMBER.format(kind="time taken")
    said = "The new coronavirus was identified in only 17 days."
    assert not_this(question, Kind.QUANTITY, said, "only 17 days") is None
    # a value asked as "What ... number": a symbol ("R0") gives none, "2.56" does; "What number ...?" is a rank
    question = "What basic reproduction number did Zhao et al. estimate?"
    assert expected_kind(question) is Kind.QUANTITY and expected_kind("What number meeting was it?") is Kind.ORDINAL
    assert expected_kind("Which number, found by Euler, shows that the next Fermat number is not prime?") \
        is not Kind.ORDINAL  # a number, not a rank
    said = "We estimated the basic reproduction number, R0, of 2019-nCoV."
    assert not_this(question, Kind.QUANTITY, said, "R0") == NO_NUMBER.format(kind="number")
    # nor do dates, or the digits of a name the question writes too
    said = "We modelled the epidemic curve of 2019-nCoV cases from 1 December 2019 to 24 January 2020."
    assert not_this(question + " for 2019-nCoV", Kind.QUANTITY, said, said) == NO_NUMBER.format(kind="number")
    assert not_this(question + " for 2019-nCoV", Kind.QUANTITY, "R0 of 2019-nCoV was 2.56", "R0 of 2019-nCoV was 2.56") \
        is None
    assert not_this(question, Kind.QUANTITY, "The R0 was estimated at 2.56.", "2.56") is None
    # how many days a visit lasted: a name gives none, "three days" or "several days" does
    question = "How many days did Thongloun Sisoulith's State visit to Vietnam last?"
    said = "This coincided with the State visit of General Secretary and President of Laos, Thongloun Sisoulith."
    assert expected_kind(question) is Kind.PERIOD
    assert not_this(question, Kind.PERIOD, said, "President of Laos, Thongloun Sisoulith") == \
        NO_NUMBER.format(kind="number")
    for phrase in ("three days", "several days", "a week", "57th anniversary"):
        assert not_this(question, Kind.PERIOD, f"The visit lasted {phrase}.", phrase) is None
    # a numerical value too: the tool measuring it gives none
    question = "What numerical value did Cavendish obtain for the gravitational constant in 1798?"
    said = "In 1798 Henry Cavendish made the first measurement of G using a torsion balance."
    assert not_this(question, Kind.QUANTITY, said, "a torsion balance") == NO_NUMBER.format(kind="number")
    # how old someone was is not a count of the things named after the number
    said = "In 1755, six colonial governors in North America met with General Edward Braddock."
    assert not_this("How old was Edward Braddock when he was killed?", Kind.QUANTITY, said, "six") == \
        NOT_AN_AGE.format(said="six", counted="governors")
    assert not_this("How old was Braddock?", Kind.QUANTITY, "Braddock was 60 years old.", "60") is None
    # years together count nothing: "How many studies ...?" and "2019 and 2020"
    assert not holds_number(Kind.COUNT, "2019 and 2020") and holds_number(Kind.COUNT, "five studies")
    assert holds_number(Kind.COUNT, "1500")  # a lone figure may be a count
    # a place in a chart, or a date of a month, counts nothing: "No. 1 in the UK", "8-10 February 2020"
    assert not holds_number(Kind.COUNT, "which reached No. 1 in the UK and No. 2")
    assert not holds_number(Kind.COUNT, "8-10 February 2020")
    assert holds_number(Kind.COUNT, "1373 infections by 10 February")


def test_the_age_of_a_thing_and_a_gift_do_not_answer_how_old_someone_was_or_what_it_cost():
    from qa.answering.figures import A_GIFT, AGE_OF_A_THING
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "Julia Butterfly Hill lived in Luna, a 600-year-old California Redwood tree, for 738 days."
    assert not_this("How old was Julia Butterfly Hill when she began living in Luna?", Kind.QUANTITY, said,
                    "600-year") == AGE_OF_A_THING.format(thing="tree", said="600-year")
    for said in ("She was a 23-year-old student at the time.", "She was a 23-year-old woman then."):
        assert not_this("How old was she?", Kind.QUANTITY, said, "23-year") is None
    said = "Militiamen under the command of 22-year-old George Washington ambushed a French patrol."
    assert not_this("How old was George Washington at the Battle of Jumonville Glen?", Kind.QUANTITY, said,
                    "22-year") is None  # his own age
    said = "The Logan Center for the Arts opened in October 2012, five years after a $35 million gift from David Logan."
    assert not_this("How much did it cost to build the Logan Center?", Kind.MONEY, said, "$35 million") == \
        A_GIFT.format(gift="gift", said="$35 million")
    assert not_this("How much money did David Logan give?", Kind.MONEY, said, "$35 million") is None
    assert not_this("How much did the Logan Center cost?", Kind.MONEY, "The center cost $114 million to build.",
                    "$114 million") is None


def test_he_after_who_is_x_is_x_and_a_book_title_is_no_post():
    from qa.answering.misses import not_this
    from qa.answering.who import NO_POST
    from qa.answering.people import who_is
    from qa.asking.question import Kind

    assert who_is("Who was Marco Polo?") == "Marco Polo" and who_is("Who is Mr. Xiong Bo?") == "Xiong Bo"
    assert who_is("Who won the war?") == "" and who_is("Who founded the Yuan dynasty?") == ""
    said = "The account of his travels, Il milione, appeared about the year 1299."
    assert not_this("Marco Polo's book's title?", Kind.OTHER, said, "Il milione") is None
    assert not_this("nguyen ba hung title?", Kind.OTHER, "Mr. Nguyen Ba Hung said so.", "Mr") == NO_POST


def test_who_is_not_answered_by_part_of_the_name_the_question_gives():
    from qa.answering.misses import not_this
    from qa.answering.people import OWN_NAME
    from qa.asking.question import Kind

    said = "During Cambodian Prime Minister Samdech Thipadei Hun Manet's visit to Vietnam in December 2023, both agreed."
    asked = "Which Vietnamese leader did Hun Manet hold talks with during his visit?"
    assert not_this(asked, Kind.PERSON, said, "Samdech Thipadei Hun") == OWN_NAME.format(name="Hun Manet")
    # nor by his titles and name, the question giving him with a "Vice" before his title
    caption = "Vice President of Laos Bounthong Chitmany at the working session."
    asked = "Who represented Vietnam at the working session with Vice President Bounthong Chitmany?"
    assert not_this(asked, Kind.PERSON, caption, "Vice President of Laos Bounthong Chitmany") == OWN_NAME.format(
        name="Bounthong Chitmany")
    # the question's country before his title, and the caption's words after his name
    asked = "Who did Lao Vice President Bounthong Chitmany meet at the working session?"
    assert not_this(asked, Kind.PERSON, caption, caption.rstrip(".")) == OWN_NAME.format(name="Bounthong Chitmany")
    # with an honorific and what a comma adds
    quoted = "According to Mr. Xiong Bo, Chinese Ambassador to Vietnam, the two economies share interests."
    assert not_this("Who was China's ambassador to Vietnam before Xiong Bo?", Kind.PERSON, quoted,
                    "Mr. Xiong Bo, Chinese") == OWN_NAME.format(name="Xiong Bo")
    # a phrase naming another person after the question's, or opening with another, may be the answer
    trip = "President Vo Van Thuong's trip to the Forum at the invitation of Chinese President Xi Jinping helped."
    assert not_this("Who invited Vo Van Thuong to the forum?", Kind.PERSON, trip, trip[:-len(" helped.")]) is None
    bequest = "It included the portrait of François, Duc d'Alençon by François Clouet, and works by François Boucher."
    assert not_this("Whose portrait by François Clouet was in the bequest?", Kind.PERSON, bequest,
                    "Duc d'Alençon by François Clouet, and works by François Boucher") is None
    # asked who that one is, the passage naming him may say
    assert not_this("Who is Hun Manet?", Kind.PERSON, said, "Samdech Thipadei Hun Manet") is None
    # "General Secretary" of "General Secretary and President of Laos, Thongloun Sisoulith" is his title too
    state = "This coincided with the State visit of General Secretary and President of Laos, Thongloun Sisoulith."
    assert not_this("Which Vietnamese leader welcomed Thongloun Sisoulith?", Kind.PERSON, state,
                    "General Secretary") is not None


def test_who_holds_a_post_is_not_answered_by_a_body_or_a_title():
    from qa.answering.misses import not_this
    from qa.answering.who import NO_ONE
    from qa.asking.question import Kind

    said = "Both sides thanked the Communist Party of Vietnam and the Lao People’s Revolutionary Party."
    parties = "Communist Party of Vietnam and the Lao People’s Revolutionary Party"
    assert not_this("Who chaired the Vietnamese side at the meeting?", Kind.PERSON, said, parties) == NO_ONE.format(
        said=parties)
    ministry = "They met the Ministry of Public Security of Vietnam."
    assert not_this("Who is Cambodia's Minister of Interior?", Kind.PERSON, ministry,
                    "the Ministry of Public Security of Vietnam") is not None
    # a title is no person either, unless asked who one is
    chair = "Ms. Nguyen Thi Thanh, Chairwoman of the Vietnam-Cambodia Friendship Association, spoke."
    assert not_this("Who is her Cambodian counterpart?", Kind.PERSON, chair, "Chairwoman") == NO_ONE.format(
        said="Chairwoman")
    xiong = "According to Mr. Xiong Bo, Chinese Ambassador to Vietnam, trade grew."
    assert not_this("Who is Xiong Bo?", Kind.PERSON, xiong, "Chinese Ambassador to Vietnam") is None
    # nor is a meeting
    held = "The two sides held the 46th meeting of the Vietnam-Laos Intergovernmental Committee."
    meeting = "46th meeting of the Vietnam-Laos Intergovernmental Committee"
    assert not_this("Who led the Vietnamese side at the meeting?", Kind.PERSON, held, meeting) == NO_ONE.format(
        said=meeting)
    assert not_this("Who chaired it?", Kind.PERSON, "The meeting chair Bui Thanh Son spoke.", "Bui Thanh Son") is None
    # nor a signing
    signing = "signing of the Vietnam-Laos Trade Agreement."
    assert not_this("Who signed the Trade Agreement on behalf of Laos?", Kind.PERSON, "The " + signing, signing) \
        == NO_ONE.format(said=signing)
    nations = "In 1998, the two nations signed an economic-trade agreement."
    assert not_this("Who signed the 1998 agreement?", Kind.PERSON, nations, "two nations") \
        == NO_ONE.format(said="two nations")
    # nor are the two sides that held it
    sides = "the two sides held the 46th meeting of the Vietnam-Laos Intergovernmental Committee"
    assert not_this("Who chaired the 46th meeting?", Kind.PERSON, held, sides) == NO_ONE.format(said="the two sides")
    # asked who signed on behalf of a body, the body is no answer
    signed = "Signing between the Ministry of Culture, Sports and Tourism of Vietnam and the Ministry of Culture."
    body = "Ministry of Culture, Sports and Tourism of Vietnam"
    assert not_this("Who signed it on behalf of the Ministry of Culture?", Kind.PERSON, signed, body) == NO_ONE.format(
        said=body)
    # who did something else may well be a body
    trade = "The figure was reported by the Ministry of Industry and Trade."
    assert not_this("Who reported that figure?", Kind.PERSON, trade, "the Ministry of Industry and Trade") is None


@pytest.mark.parametrize("question", ["vietnam laos friendship treaty signed when",
                                      "According to the October 2023 article, on what date did Vietnam and Laos sign "
                                      "the Treaty of Friendship and Cooperation?"])
def test_when_a_thing_happened_is_answered_by_its_date_not_by_a_span_of_years(seed_qa, question):
    # "(1977-2023)", the years of the treaty's anniversary, reads to the reader as much like an answer
    answer = seed_qa.answer(question)
    assert answer.found and answer.span == "July 18, 1977", (answer.span, answer.reason)


def test_a_period_asked_for_is_still_answered_by_a_span_of_years(seed_qa):
    answer = seed_qa.answer("For what period is the Protocol on Cooperation in National Defense?")
    assert answer.found and answer.span == "2020-2024", (answer.span, answer.reason)


def test_a_people_s_other_name_is_their_country(seed_qa):
    # "Khmer" is Cambodian: the question's name is in the documents, and the passage on Cambodia is about it
    answer = seed_qa.answer("Where does the Khmer kingdom rank among the destinations for Vietnam's investment?")
    assert answer.found and answer.span == "second", (answer.span, answer.reason)


def test_a_word_of_address_is_no_name_the_documents_must_mention(seed_qa):
    # "Uncle Ho" is Ho Chi Minh, whom no document calls "Uncle": the question is answered, not "not mentioned"
    answer = seed_qa.answer("Which two great waterways did Uncle Ho say the Vietnam-Laos bond runs deeper than?")
    assert answer.found and "Red River and Mekong River" in answer.span, (answer.span, answer.reason)


def test_the_successor_of_the_person_named_is_another_person(seed_qa):
    answer = seed_qa.answer("On what day did Hun Sen's successor take office as head of Cambodia's government?")
    assert answer.found and answer.span == "August 22", (answer.span, answer.reason)


def test_a_follow_up_asking_only_when_is_the_date_of_the_earlier_answer(seed_qa):
    answer = seed_qa.answer("On which dates exactly?",
                            history=["Which navies held a joint patrol in Vietnam-Cambodia waters in March 2024?"])
    assert answer.found and answer.span == "March 14 and 15, 2024", (answer.span, answer.reason)


def test_a_follow_up_asking_out_of_how_many_is_the_count_the_earlier_rank_is_among(seed_qa):
    answer = seed_qa.answer("Out of how many?", history=[
        "Where does Cambodia rank among the places receiving foreign investment from Vietnam?"])
    assert answer.found and answer.span == "79 countries and territories", (answer.span, answer.reason)


def test_a_follow_up_asking_which_ones_is_what_the_earlier_answer_names_after_especially(seed_qa):
    answer = seed_qa.answer("Which ones especially?", history=[
        "Where do Vietnam and Laos coordinate closely and support each other in multilateral cooperation?"])
    assert answer.found and answer.span == "ASEAN, the United Nations and sub-regional mechanisms", answer.span


def test_a_follow_up_asking_by_what_percentage_is_the_earlier_answers_change(seed_qa):
    answer = seed_qa.answer("By what percentage did it grow year on year?",
                            history=["How much did Vietnam-Laos trade reach in the first five months of 2024?"])
    assert answer.found and answer.span == "11%", (answer.span, answer.reason)


def test_where_takes_a_close_option_naming_a_place_over_one_that_names_an_action(seed_qa):
    # the reader's best: "attend the Belt and Road International Cooperation Forum" of his business trip; a little
    # behind it, "Laos" of "President Vo Van Thuong's choice of Laos as his first destination"
    answer = seed_qa.answer("Where did Vo Van Thuong go on his first trip after becoming Vietnam's president?")
    assert answer.found and answer.span == "Laos", (answer.span, answer.reason)
    from qa.answering.reading import _ACTION, _SAYS_WHERE

    # what gives way: a phrase opening with a word of its own that says no "in X", "into X" (not "ship into Sicily")
    action = "attend the Belt and Road Forum"
    assert _ACTION.match(action) and not _SAYS_WHERE.search(action)
    assert _SAYS_WHERE.search("ship into Sicily") and not _ACTION.match("the tooth sockets")


def test_a_follow_up_asking_for_a_number_takes_the_option_that_gives_one(seed_qa):
    # "Belt and Road International Cooperation Forum" and, a little behind, "third Belt and Road ...": not the
    # "13th" of "the 13th Party Congress" in the first one's sentence
    answer = seed_qa.answer("Which edition of that forum was it?", history=[
        "At which international forum did President Vo Van Thuong attend a high-level meeting of Vietnam, Laos and "
        "Cambodia?"])
    assert answer.found and answer.span.startswith("third"), (answer.span, answer.reason)


def test_a_span_of_years_is_a_period_from_three_years_on():
    from qa.answering.times import is_period

    assert is_period("(1977-2023)") and is_period("2021-2025")
    assert not is_period("2002-2003") and not is_period("July 18, 1977")  # an epidemic's years may say when


def test_the_words_for_a_document_do_not_have_to_be_in_it(seed_qa):
    # "piece" is how the question names the document, not a word of its text
    answer = seed_qa.answer("How many years has the Vietnam-Laos relationship lasted, according to the MOIT piece "
                            "from 2023?")
    assert answer.found and answer.span == "61 years", (answer.span, answer.reason)
    assert answer.citations[0].doc_id.startswith("003")


def test_a_figure_of_another_year_is_no_rival(seed_qa):
    # 2022's growth asked for: "By the end of 2023, ... aim for ... US$20 billion" does not say otherwise
    answer = seed_qa.answer("How much did trade between Vietnam and Cambodia rise in 2022 compared with the year "
                            "before?", min_confidence=0.0)
    assert answer.span == "nearly 11 percent" and answer.reason == "", (answer.span, answer.reason)
    assert all(c.answers for c in answer.citations)


def test_who_met_the_person_named_after_a_short_title_is_not_that_person(seed_qa):
    answer = seed_qa.answer("Who met PM Hun Manet?")  # "Cambodian Prime Minister Samdech Thipadei Hun" is he
    assert not answer.found and "Hun Manet" in answer.reason, (answer.span, answer.reason)


def test_the_date_a_document_was_posted_is_asked_with_its_poster_named(seed_qa):
    answer = seed_qa.answer("On what date did Vietnam's trade ministry post its piece about preserving and deepening "
                            "the Vietnam-Laos relationship?")
    assert answer.found and answer.span == "13th September 2023", (answer.span, answer.reason)


def test_who_is_not_answered_by_a_date():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "After Vietnam and Laos signed the Treaty of Friendship and Cooperation on July 18, 1977, ties grew."
    assert not_this("Who signed the 1977 Treaty for Vietnam?", Kind.PERSON, said, "July 18, 1977") \
        == "The closest passage names “July 18, 1977”, not a person."
    special = "In 1999, another special, Doctor Who and the Curse of Fatal Death, was made for Comic Relief."
    assert not_this("In the Curse of Fatal Death special, who played the Doctor?", Kind.PERSON, special, "1999") \
        == "The closest passage names “1999”, not a person."  # "who" after a phrase put first asks it too


def test_a_country_s_thing_is_read_where_the_documents_give_it_to_that_country(seed_qa):
    # "Vietnam is also China's largest trading partner in ASEAN" reads best, but gives China's partner
    answer = seed_qa.answer("Which country is Vietnam's largest trade partner?")
    assert answer.found and answer.span == "China", (answer.span, answer.reason)
    assert "Vietnam's largest trade partner" in answer.text
    # and not where that loses a name of the question ("in ASEAN")
    assert not seed_qa.answer("Which country is Vietnam's largest trading partner within ASEAN?").found
    # the reader's best, Cambodia's "205 projects", is about another country and from a document that never
    # mentions Laos: an option as far behind as LIST_LEAD stands in (unsure, so shown only with no threshold)
    asked = ("Roughly how many Vietnamese foreign direct investment ventures exist in Laos, according to Laos's "
             "planning minister?")
    assert seed_qa.answer(asked, min_confidence=0.0).span == "more than 400"
    # asked for an amount, a stand-in must give one: "more than 400 FDI projects" gives none
    asked = ("What is the total capital of Vietnam's more than 400 FDI projects in Laos, according to Khamjane "
             "Vongphosy?")
    assert not seed_qa.answer(asked).found


@pytest.mark.parametrize("history, question, quoted", [
    # "date 2024-06-21" opens the article: when it was published (qa.answering.metadata), not when the anniversary fell
    (["Which anniversary of Vietnam-Cambodia diplomatic relations fell in 2024?"], "On which date?", "June 24, 2024"),
    (["What share of Vietnam's import-export turnover does China account for?"], "According to which ministry?",
     "Ministry of Industry and Trade"),
    (["How many investment projects does Vietnam have in Cambodia?"], "With how much total capital?", "2.94 billion"),
    (["Which Lao newspaper published an article on Lao-Vietnam ties on September 17?"], "What was the article called?",
     "Lao-Vietnam Nurturing Great Friendship"),
    # the reader prefers "241 active projects in Laos, with total capital of 5.5 billion USD" a little: a document
    # that never names Cambodia gives way
    (["When did Vietnam and Cambodia sign an economic-trade agreement?",
      "How many valid investment projects does Vietnam have in Cambodia?"],
     "What is the total capital of those projects?", "2.94 billion"),
    # the best option, about Cambodia, gives way to one further behind that names Laos
    (["How many valid investment projects does Vietnam have in Cambodia?"], "And in Laos?", "241"),
    # a follow-up naming countries of its own asks of them, not of the earlier question's
    (["What anniversary of Vietnam-Cambodia diplomatic relations was marked on June 24, 2024?"],
     "And which anniversary of the Treaty of Friendship and Cooperation did Vietnam and Laos celebrate in 2023?",
     "46th"),
    # a request put as a command
    (["Which Lao newspaper published an article on September 17, 2024?"], "Identify the author of that article.",
     "Thongsavanh Phomvihane"),
    # the date and byline of the document qa answered from
    (["Which Vietnamese prime minister met Cambodian Minister of Inspection Hout Hak on June 10, 2024?"],
     "When was that article published?", "2024-06-21"),
    (["Which Vietnamese prime minister met Cambodian Minister of Inspection Hout Hak on June 10, 2024?"],
     "Who wrote it?", "staff writers"),
])
def test_a_follow_up_on_the_earlier_answer_quotes_what_it_asks(seed_qa, history, question, quoted):
    answer = seed_qa.answer(question, history=history)
    assert answer.found and quoted in answer.span, (answer.span, answer.reason)


@pytest.mark.parametrize("history, question, why", [
    (["Who is the General Secretary and President of Laos?"], "Which Vietnamese leaders did he hold talks with?",
     'the question\'s "he", not another person'),
    # "Mr. Khamjane Vongphosy, Minister of Planning and Investment of Laos, Chairman of the Laos - Vietnam
    # Cooperation Committee": the chairman is he (the reason given first: no document says "counterpart")
    (["Who chairs the Laos - Vietnam Cooperation Committee?"], "Who is his Vietnamese counterpart?", "counterpart"),
])
def test_who_he_met_is_not_answered_by_his_own_name_or_titles(seed_qa, history, question, why):
    answer = seed_qa.answer(question, history=history)
    assert not answer.found and why in answer.reason, (answer.span, answer.reason)


def test_when_a_treaty_was_ratified_is_not_when_it_was_signed():
    from qa.answering.misses import not_this
    from qa.answering.times import NO_DONE
    from qa.asking.question import Kind

    signed = "After Vietnam and Laos signed the Treaty of Friendship and Cooperation on July 18, 1977, ties grew."
    asked = "When was the Treaty of Friendship and Cooperation ratified by the Lao National Assembly?"
    assert not_this(asked, Kind.DATE, signed, "July 18, 1977") == NO_DONE.format(done="ratified")
    ratified = "The Lao National Assembly ratified the Treaty of Friendship and Cooperation on August 2, 1977."
    assert not_this(asked, Kind.DATE, ratified, "August 2, 1977") is None
    assert not_this("When was the Treaty signed?", Kind.DATE, signed, "July 18, 1977") is None


def test_who_commanded_is_no_navy():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    patrol = "The Vietnam People's Navy and the Royal Cambodian Navy conduct their 74th annual joint patrol."
    assert "not a person" in not_this("Who commanded the Vietnam People's Navy during the patrol?", Kind.PERSON,
                                      patrol, "Royal Cambodian Navy")
    # who did something else may be a navy
    assert not_this("Who conducted the 74th joint patrol?", Kind.PERSON, patrol, "Royal Cambodian Navy") is None
    protocol = "The Protocol was signed between the Ministry of National Defense and the Ministry of Interior."
    assert "not a person" in not_this("Which Cambodian defense minister signed the Protocol?", Kind.PERSON,
                                      protocol, "Ministry of National Defense")  # a minister, two words after "which"


def test_a_leader_asked_by_a_word_for_one_is_no_country_and_something_signed_needs_a_signing():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    issued = "In November 2000, Vietnam and Cambodia issued a joint statement defining key principles."
    assert "not a person" in not_this("Which Cambodian leader signed the joint statement?", Kind.PERSON, issued,
                                      "Vietnam and Cambodia issued a joint statement")
    visit = "During Prime Minister Hun Manet's visit to Vietnam in December 2023, ties deepened."
    assert not_this("Which Cambodian leader visited Vietnam?", Kind.PERSON, visit, "Hun Manet") is None
    chose = "Minister Bui Thanh Son said the President's choice of Laos as his first destination shows its priority."
    assert not_this("What did Vo Van Thuong sign with Lao leaders in Laos?", Kind.OTHER, chose, "Laos") == (
        "The closest passage names no agreement and no signing.")
    signed = "In 1977, Vietnam and Laos signed the Treaty of Friendship and Cooperation."
    assert not_this("What did Vietnam and Laos sign in 1977?", Kind.OTHER, signed,
                    "Treaty of Friendship and Cooperation") is None


def test_a_date_asked_is_the_date_of_the_sentence_when_the_phrase_gives_none(seed_qa):
    answer = seed_qa.answer("what exact date it is commemorate?",
                            history=["which anniversary of vietnam cambodia diplomatic relation in 2024?"])
    assert answer.found and answer.span == "June 24, 2024"


def test_what_someone_said_about_a_country_is_not_what_they_said_about_another():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "According to Minister Bui Thanh Son, the President's choice of Laos shows Vietnam's priority."
    assert not_this("What did Bui Thanh Son say about Vietnam's relationship with Cambodia?", Kind.OTHER, said,
                    said) == "The closest passage does not mention Cambodia."
    assert not_this("What did Bui Thanh Son say about the choice of Laos?", Kind.OTHER, said, said) is None


def test_a_question_asking_which_body_is_not_answered_by_a_country_a_person_or_an_agreement():
    from qa.answering.who import not_a_body

    asked = "Which Lao ministry signed the Vietnam-Laos Trade Agreement?"
    assert not_a_body(asked, "signing of the Vietnam-Laos Trade Agreement") == (
        "The closest passage gives “signing of the Vietnam-Laos Trade Agreement”, not the name of a ministry.")
    assert not_a_body("Which Vietnamese port authority gives access?", "Vietnam").endswith("not the name of an authority.")
    assert not_a_body(asked, "Vice President of Laos Bounthong Chitmany")  # a person with a title
    assert not_a_body(asked, "Ministry of Industry and Trade") is None
    assert not_a_body("Which Lao newspaper published it?", "Paxaxon") is None  # a name
    assert not_a_body("Which agency oversees it?", "the federal government") is None  # a word for a body
    assert not_a_body("Which country signed it?", "Vietnam") is None  # no body asked
    assert not_a_body("What is the association between viral load and carrageenan?", "a reduction") is None


def test_the_body_a_question_asks_for_is_named_in_its_sentences(seed_qa):
    from qa.answering.who import body_named

    caption = ("Prime Minister Pham Minh Chinh meets with Cambodian Minister of Inspection Hout Hak, who led a delegation "
               "from the Cambodian Ministry of Inspection.")
    start, end = body_named("Which ministry's delegation was he leading?", caption)
    assert caption[start:end] == "Cambodian Ministry of Inspection"
    minister = "According to Mr. Khamjane Vongphosy, Minister of Planning and Investment of Laos, ..."
    assert minister[slice(*body_named("Which ministry is he minister of?", minister))] == "Planning and Investment of Laos"
    assert body_named("Which ministry signed it?", "The Ministry of A and the Ministry of B signed it.") is None  # two
    answer = seed_qa.answer("Which ministry's delegation was he leading on the visit?", history=[
        "Which Cambodian minister did Prime Minister Pham Minh Chinh meet on the afternoon of June 10, 2024?"])
    assert answer.found and answer.span == "Cambodian Ministry of Inspection"
    assert not seed_qa.answer("Which Lao ministry signed the Vietnam-Laos Trade Agreement?").found


def test_another_documents_figure_from_no_source_the_question_asks_after_is_no_rival():
    from qa.answering.reading import _other_source

    asked = "According to the Lao planning and investment minister, how many Vietnamese projects are in Laos?"
    minister = ("According to Mr. Khamjane Vongphosy, Minister of Planning and Investment of Laos, Vietnam "
                "currently has more than 400 FDI projects in Laos.")
    other = "Vietnam currently has 241 active projects in Laos, with total capital of 5.5 billion USD."
    assert _other_source(asked, minister, other)
    # asked after no source, or the answer does not name it, or the other names it too: a rival all the same
    assert not _other_source("How many Vietnamese projects are in Laos?", minister, other)
    assert not _other_source(asked, other, minister)
    assert not _other_source(asked, minister, "The Minister of Planning and Investment of Laos counts 241 projects.")


def test_a_follow_up_from_its_earlier_answers_document_is_not_doubted_for_another_documents_phrase(seed_qa):
    from qa.asking.question import build_query
    from qa.answering.reading import SAYS_OTHERWISE, doubts

    query = build_query("And what year was that?", ["Which court case started the academies?"])
    assert doubts(query, "a.txt")  # as asked alone: another document's year is a rival
    follow = dataclasses.replace(query, said_at=("a.txt", 0, 10))
    assert not doubts(follow, "a.txt") and doubts(follow, "b.txt")
    # end to end: answered from the document of the capital asked before, the count is still cited as said
    # otherwise by the other article, but no longer doubted for it (0.77 before, 0.89 now)
    answer = seed_qa.answer("and how many projects is that", history=["how much capital has vn invested in cambodia"])
    assert answer.found and answer.span == "205" and answer.confidence > 0.85
    assert answer.reason.startswith(SAYS_OTHERWISE.format(n=len(answer.citations)))


def test_a_follow_up_contradicted_by_its_earlier_answers_document_is_answered_from_that_document():
    from qa.asking.question import build_query
    from qa.answering.reading import SAYS_OTHERWISE
    from qa.pipeline import QA

    def cited(doc_id):
        return Citation(doc_id, doc_id, None, 0, 4, "text", 0.9)

    church = Answer("How many members does it have?", "three", True, 0.7, [cited("church"), cited("chicago")],
                    "three", SAYS_OTHERWISE.format(n=2))
    own = Answer("How many members does it have?", "50", True, 0.9, [cited("chicago")], "50", "")
    bot = QA.__new__(QA)
    read = []
    bot._read = lambda loaded, query, doc_ids, threshold: read.append(doc_ids) or own
    query = dataclasses.replace(build_query("How many members does it have?", ["Who chairs its board?"]),
                                said_at=("chicago", 0, 10))
    assert bot._in_earlier_document(None, query, church, None, 0.3) is own and read == [["chicago"]]
    # not contradicted by that document, or asked only of others, or not answered there: the answer stands
    alone = dataclasses.replace(church, citations=[cited("church")], reason="")
    assert bot._in_earlier_document(None, query, alone, None, 0.3) is None
    assert bot._in_earlier_document(None, query, church, ["church"], 0.3) is None
    bot._read = lambda loaded, query, doc_ids, threshold: dataclasses.replace(own, found=False)
    assert bot._in_earlier_document(None, query, church, None, 0.3) is None
    assert bot._in_earlier_document(None, dataclasses.replace(query, said_at=()), church, None, 0.3) is None


def test_an_amount_asked_is_quoted_from_the_chosen_sentences_when_the_reader_quoted_another_figure():
    from types import SimpleNamespace

    from qa.answering.reading import Reading, _amount_in_sentences
    from qa.asking.question import Kind
    from qa.text import split_sentences

    text = ("ABC accepted the merger offer. Capital Cities bought ABC for $3.5 billion, or $118 a share, in 1985. "
            "Disney later paid $19 billion.")
    index = SimpleNamespace(documents={"abc.txt": SimpleNamespace(text=text)},
                            sentences={"abc.txt": split_sentences(text)})
    at = text.index("118")
    reading = Reading(SimpleNamespace(doc_id="abc.txt"), 0, len(text), at, at + 3, 1.0, 1.0)
    query = SimpleNamespace(question="How much did Capital Cities pay for ABC?", kind=Kind.MONEY)
    found = _amount_in_sentences(index, query, reading)
    assert found and text[slice(*found)] == "$3.5 billion"  # of the same sentence, not Disney's
    at = text.index("merger")
    assert _amount_in_sentences(index, query, Reading(SimpleNamespace(doc_id="abc.txt"), 0, len(text), at, at + 6,
                                                      1.0, 1.0)) is None  # a sentence with no amount


def test_a_church_or_a_state_is_no_person():
    from qa.answering.people import namesake, persons

    assert persons("the membership of the United Methodist Church") == []
    assert persons("7.2 million in the United States and Kublai Khan") == ["Kublai Khan"]
    assert namesake("What was the membership of the United Methodist Church in 2014?",
                    "It was about 12 million: 7.2 million in the United States.") is None


def test_who_is_answered_with_the_person_a_sentence_opening_with_his_points_back_to(tmp_path, encoder):
    from qa.answering.people import named_by_pronoun
    from qa.text import split_sentences

    def who(text: str, at: str) -> str | None:
        found = named_by_pronoun(text, split_sentences(text), text.index(at))
        return text[slice(*found)] if found else None

    zhu = ("The mathematician Zhu Shijie (1249–1314) solved simultaneous equations. Zhu used a method of elimination. "
           "His method is described in the Jade Mirror of the Four Unknowns, written in 1303.")
    assert who(zhu, "1303") == "Zhu Shijie"  # by the surname the sentence before opens with
    assert who("The chemist Ann Lee led the team. She wrote the report in 1990.", "1990") == "Ann Lee"
    assert who("Ann Lee met Bob Day. She wrote the report in 1990.", "1990") is None  # two people: which?
    assert who("Ann Lee led the team.\n\nShe wrote the report in 1990.", "1990") is None  # another paragraph
    assert who("Ann Lee led the team. The report came in 1990.", "1990") is None  # no pronoun
    answer = qa_over(tmp_path, encoder, "yuan.txt", "Yuan mathematics\n\n" + zhu + "\n").answer(
        "who wrote the jade mirror of the four unknowns")
    assert answer.found and answer.span == "Zhu Shijie", (answer.span, answer.reason)


def test_who_is_answered_with_the_person_the_sentence_before_names_as_the_same_one():
    from qa.answering.people import named_as_the_same
    from qa.text import split_sentences

    def who(text: str, at: str) -> str | None:
        found = named_as_the_same(text, split_sentences(text), text.index(at))
        return text[slice(*found)] if found else None

    fowke = ("Its architect was civil engineer Captain Francis Fowke, who was appointed by Cole. The next major "
             "expansions were designed by the same architect, the galleries built 1858-9 to house the collections.")
    assert who(fowke, "house the collections") == "Captain Francis Fowke"
    assert who(fowke.replace("architect was", "patron was"), "house the collections") is None  # no architect named
    assert who(fowke.replace("Cole. ", "Cole.\n\n"), "house the collections") is None  # another paragraph
    assert who(fowke.replace("the same architect", "an architect"), "house the collections") is None


def test_who_is_answered_with_the_full_name_the_paragraph_gave_before_the_surname(tmp_path, encoder):
    from qa.answering.people import full_name_before
    from qa.text import split_sentences

    def full(text: str, at: str) -> str | None:
        start = text.index(at)
        found = full_name_before(text, split_sentences(text), start, start + len(at.split()[0]))
        return text[slice(*found)] if found else None

    assert full("Disney Chairman/CEO Michael Eisner spoke. Then Eisner left.", "Eisner left") == "Michael Eisner"
    assert full("It was named for the Roman Emperor Hadrian. Fragments of Hadrian remain.", "Hadrian remain") is None
    assert full("He met Bob Smith.\n\nThen Smith left.", "Smith left") is None  # another paragraph
    # named more fully where it stands: that name, without a title or rank before it
    assert full("He met Bob Smith. Then Ann Smith left.", "Smith left") == "Ann Smith"
    assert full("In 1968, theologian Albert C. Outler led the team.", "Outler led") == "Albert C. Outler"
    assert full("It was opened by Queen Victoria in 1850.", "Victoria in") is None
    text = ("American Broadcasting Company\n\nIn the early 1970s, Michael Eisner, who joined ABC in 1966, became the "
            "network's program development manager. He helped bring about ideas for many series including Happy Days. "
            "Eisner left ABC in 1976 to become president of Paramount Pictures.\n")
    answer = qa_over(tmp_path, encoder, "abc.txt", text).answer(
        "Who left ABC in 1976 to become president of Paramount Pictures?")
    assert answer.found and answer.span == "Michael Eisner", (answer.span, answer.reason)
    assert answer.text.endswith("Eisner left ABC in 1976 to become president of Paramount Pictures.")
    # asked for one person by a word for one ("Which geographer ...?"), the same
    text = ("Imperialism\n\nOne key figure in the plans was a geographer named Isiah Bowman. Bowman was the director "
            "of the American Geographical Society in 1914.\n")
    (tmp_path / "geo").mkdir()
    answer = qa_over(tmp_path / "geo", encoder, "geo.txt", text).answer(
        "Which geographer was director of the American Geographical Society in 1914?")
    assert answer.found and answer.span == "Isiah Bowman", (answer.span, answer.reason)


def test_a_long_headline_is_the_documents_topic_so_the_other_words_find_the_sentence(tmp_path, encoder):
    text = ("First cases of coronavirus disease 2019 (COVID-19) in the WHO European Region, 24 January to 21 February "
            "2020\n\nAbstract: In the WHO European Region, COVID-19 surveillance was implemented 27 January 2020. As "
            "at 21 February, nine European countries reported 47 cases. Median case age was 42 years; 25 were male. "
            "Late detection of the clusters' index cases delayed isolation of further local cases.\n\nText: As at "
            "09:00 on 21 February 2020, 47 confirmed cases of COVID-19 were reported in the WHO European Region and "
            "one of these cases had died.\n")
    qa = qa_over(tmp_path, encoder, "first-cases.txt", text)
    answer = qa.answer("What was the median age of the first COVID-19 cases in the WHO European Region?")
    assert qa.extractor._title_terms("first-cases.txt") >= {"european", "region", "case"}  # shortened for display
    assert answer.found and "42 years" in answer.span


def test_sentences_that_only_restate_the_question_answer_nothing():
    from qa.answering.misses import ALREADY_SAID, not_this
    from qa.asking.question import Kind

    civets = ("Civets were proposed to be an intermediate host of the bat-CoVs, capable of spreading SARS CoV to "
              "humans [6, 12] .")
    asked = ("Why were civets proposed to be an intermediate host of the bat-CoVs, capable of spreading SARS CoV to "
             "humans?")
    assert not_this(asked, Kind.OTHER, civets, "intermediate host of the bat-CoVs") == ALREADY_SAID.format(said=civets)
    # one word beyond the question's is something said; a choice offered, or yes or no, is answered by its own words
    since = civets.replace("[6, 12]", "since 2003")
    assert not_this(asked, Kind.OTHER, since, "since 2003") is None
    assert not_this("Were civets or bats proposed to be an intermediate host of the bat-CoVs, capable of spreading "
                    "SARS CoV to humans?", Kind.OTHER, civets, "Civets") is None
    assert not_this("Is the Rhine the longest river?", Kind.OTHER, "The Rhine is the longest river.", "Rhine") is None
    # the question's words put together anew, or a figure in brackets, are something said
    assert not_this("What are the prime elements of the Gaussian integers known as?", Kind.OTHER,
                    "Its prime elements are known as Gaussian primes.", "Gaussian primes") is None
    assert not_this("what percent of residents thought the state's vaccination strategy was reasonable", Kind.PERCENT,
                    "Most residents (96.1%) thought that the state's vaccination strategy was reasonable.",
                    "96.1%") is None


def test_a_quantifier_alone_names_no_things():
    from qa.answering.figures import NO_ITEMS
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "However, before vectored vaccines can be used they need to satisfy several important criteria."
    assert not_this("What are important criteria for vectored vaccines?", Kind.OTHER, said, "several") == \
        NO_ITEMS.format(said="several")
    assert not_this("How many criteria must vectored vaccines satisfy?", Kind.COUNT, said, "several") is None
    assert not_this("What must vectored vaccines satisfy?", Kind.OTHER, said, "several important criteria") is None
    # asked why or how, a quantifier and what it counts names none of them; asked what, it may answer
    adjuvant = "The phage particle is self-adjuvanting through multiple mechanisms."
    assert not_this("Why is phage self-adjuvanting?", Kind.OTHER, adjuvant, "multiple mechanisms") == \
        NO_ITEMS.format(said="multiple mechanisms")
    assert not_this("What is phage self-adjuvanting through?", Kind.OTHER, adjuvant, "multiple mechanisms") is None
    # "Many" or "Some" opens a sentence about what it counts
    assert not_this("Scottish or Irish describe the type of what people in Newcastle have?", Kind.OTHER,
                    "Many people in the city have Scottish or Irish ancestors.", "Many") is None


def test_a_name_asked_as_its_adjective_is_held_by_the_name():
    from qa.answering.slots import figure_in_another_place
    from qa.asking.question import unnamed

    quarantined = "Contacts were quarantined (171 contacts in France and 200 in Germany for the clusters in " \
                  "Haute-Savoie and Bavaria, respectively)."
    assert unnamed(["Bavarian", "Canadian", "Tibetan"], quarantined + " Canada and Tibet") == []
    assert unnamed(["Bavarian"], "200 in Germany") == ["Bavarian"]
    asked = "How many people were quarantined as contacts of the Bavarian cluster?"
    assert figure_in_another_place(asked, quarantined, "171") is None
    assert figure_in_another_place(asked, "171 contacts in France were quarantined.", "171") == \
        ("171 contacts in France", "Bavarian")


def test_a_year_that_says_what_a_thing_is_does_not_ask_of_that_year():
    from qa.answering.qualifiers import other_year

    asked = "When did a team identify autopsy materials from autumn 1918 to sequence the virus?"
    assert other_year(asked, "In 1995") is None
    assert other_year("In which month of 2024 did he visit?", "December 2023") == ("December 2023", "2024")


def test_asked_why_a_change_by_a_figure_is_no_reason():
    from qa.answering.figures import NO_REASON
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    rate = "The reporting rate after 17 January 2020 was likely to have increased 21-fold (95% CI: 18-25) on average."
    said = "increased 21-fold (95% CI: 18-25)"
    assert not_this("why did case reporting rise after 17 january 2020", Kind.OTHER, rate, said) == \
        NO_REASON.format(said=said)
    assert not_this("How much did case reporting rise after 17 January 2020?", Kind.QUANTITY, rate, said) is None


def test_a_place_the_question_names_answers_no_where():
    from qa.answering.misses import ALREADY_SAID, not_this
    from qa.asking.question import Kind

    said = "The change of control in Florida also prompted most of its Spanish Catholic population to leave."
    asked = "In which country did most of Florida's Spanish Catholic population go?"
    assert not_this(asked, Kind.PLACE, said, "Florida") == ALREADY_SAID.format(said="Florida")
    assert not_this(asked, Kind.PLACE, said + " Most went to Cuba.", "Cuba") is None
    assert not_this("Is Florida or Cuba larger?", Kind.PLACE, "Florida is larger than Cuba.", "Florida") is None


def test_asked_who_did_it_a_participle_naming_no_one_says_so():
    from qa.answering.events import NO_DOER
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    films = "The university is home to Doc Films, a student film society founded in 1932 that screens films nightly."
    assert not_this("Who founded the Doc Films student film society in 1932?", Kind.PERSON, films,
                    "1932 that screens films") == NO_DOER.format(said="founded in 1932")
    rawls = "John Rawls argued in A Theory of Justice that inequalities are only justified when they improve society."
    assert not_this("Who argued in A Theory of Justice that inequality is justified?", Kind.PERSON, rawls,
                    "John Rawls") is None  # a name, not a noun in lower case, before the verb: it did it
    by = "The university is home to Doc Films, a student film society founded in 1932 by Ann Lee."
    assert not_this("Who founded the Doc Films student film society?", Kind.PERSON, by, "Ann Lee") is None


def test_who_came_before_someone_asked_by_the_verb():
    from qa.answering.misses import not_this
    from qa.answering.who import NOT_BEFORE
    from qa.asking.question import Kind

    conant = "James Bryant Conant led the university through the Great Depression and World War II."
    assert not_this("Who preceded Charles W. Eliot as president of Harvard?", Kind.PERSON, conant,
                    "James Bryant Conant") == NOT_BEFORE.format(name="Charles W. Eliot")
    assert not_this("Who preceded Charles W. Eliot as president of Harvard?", Kind.PERSON,
                    "Thomas Hill was president before Charles W. Eliot.", "Thomas Hill") is None


def test_how_long_is_not_answered_by_a_flow_or_a_weight():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    moselle = "The Moselle contributes an average discharge of more than 300 m3/s (11,000 cu ft/s)."
    assert not_this("how long is the moselle river", Kind.QUANTITY, moselle, "300 m3/s (11,000 cu ft/s)") == \
        "The closest passage gives no length."
    assert not_this("how long is the moselle river", Kind.QUANTITY, "The Moselle is 545 km long.", "545 km") is None
    assert not_this("How long did the drought last?", Kind.QUANTITY, "The drought lasted 3 years.", "3 years") is None
    # a weight answers how heavy, a depth how much rain; a temperature does not
    assert not_this("How heavy is the bell?", Kind.QUANTITY, "The bell weighs 20 kg.", "20 kg") is None
    heat = "The average windows for 100 °F (37.8 °C)+ are June 1 thru September 13."
    assert not_this("How much rain per year does Fresno get?", Kind.QUANTITY, heat, "100 °F") == \
        "The closest passage gives no amount of rain or snow."
    assert not_this("How much rain does Fresno get?", Kind.QUANTITY, "Fresno gets 11.5 inches of rain.",
                    "11.5 inches") is None


def test_a_sum_the_question_gives_is_not_answered_by_sentences_on_other_sums():
    from qa.answering.figures import other_sum

    bought = "To finance the purchase, Capital Cities borrowed $2.1 billion from a consortium of banks."
    asked = "Who loaned Capital Cities the remaining $500 million to buy ABC?"
    assert other_sum(asked, bought) == ("$2.1 billion", "$500 million")
    assert other_sum(asked, "The remaining $500 million was loaned by Warren Buffett.") is None
    assert other_sum(asked, "Warren Buffett loaned it.") is None  # no sum at all: nothing to tell
    assert other_sum("Who paid more than $500 million for ABC?", bought) is None  # a sum compared with


def test_a_unit_is_held_in_any_of_its_written_forms():
    from qa.answering.extract import with_unit_forms
    from qa.text import terms

    kenya = with_unit_forms(terms("Kenya covers 581,309 km2 (224,445 sq mi)."))
    assert set(terms("How big is Kenya in square kilometres?")) - {"big"} <= kenya
    assert set(terms("square miles")) <= kenya
    assert set(terms("How long is the Rhine in km?")) - {"long"} <= with_unit_forms(terms(
        "The Rhine is 1,230 kilometres long."))
    assert "mile" not in with_unit_forms(terms("The Rhine is 1,230 kilometres long."))  # another unit


def test_asked_which_of_two_words_the_one_its_sentence_writes_is_the_phrase(tmp_path, encoder):
    from qa.answering.spans import which_of

    said = "They have a double-stranded ribonucleic acid (dsRNA) genome, divided into 11 segments."
    at = which_of("Is Rotavirus single or double-stranded?", said, 0, len(said))
    assert at and said[slice(*at)] == "double-stranded"
    # both written, neither, or no choice offered: no phrase of its own
    assert which_of("Did the plague spread in Scandinavia or Germany first?",
                    "It spread through Scandinavia and then Germany.", 0, 47) is None
    assert which_of("Is Rotavirus single or double-stranded?", "It has eleven segments.", 0, 23) is None
    assert which_of("Would opportunities be the same in each subject, or would they vary?", "They vary.", 0, 10) is None
    assert which_of("Is it the Rhine?", "It is the Rhine.", 0, 16) is None
    qa = qa_over(tmp_path, encoder, "law.txt", (
        "European Union law\n\nThe Treaty of Lisbon significantly altered the existing treaties. Because any "
        "change needs the consent of every member state, it is far harder to change EU law than to keep it.\n"))
    answer = qa.answer("Is it easier or harder to change EU law than keep it the same?", min_confidence=0.0)
    assert answer.span == "harder", answer.span


def test_a_value_asked_for_comes_from_a_close_option_that_gives_one(tmp_path, encoder):
    # "What basic reproduction number ...?": the best option, "the basic reproduction number (R 0) from the RP model",
    # gives no number; the option of the sentence after, within LIST_LEAD, gives "2.30 ... and 3.58"
    paper = next((EVAL_DIR / "covidqa" / "docs").glob("78_*"), None)
    if paper is None:
        pytest.skip(f"evaluation data not found at {EVAL_DIR} (set QA_EVAL_DIR)")
    qa = qa_over(tmp_path, encoder, paper.name, paper.read_text(encoding="utf-8"))
    answer = qa.answer("What basic reproduction number for person-to-person transmission of SARS-CoV-2 was estimated "
                       "with the Reservoir-People transmission network model?")
    assert answer.found and "3.58" in answer.span, (answer.span, answer.reason)


def test_a_refused_best_passage_lets_the_next_passages_be_read(tmp_path, encoder):
    # "... in 2000 ...?": the passage read first gives the 2010 census ("says “2010”, not 2000"); the census of
    # 2000 is in a passage of the sentences ranked after the ones read
    article = next((EVAL_DIR / "squad" / "docs").glob("18_*"), None)
    if article is None:
        pytest.skip(f"evaluation data not found at {EVAL_DIR} (set QA_EVAL_DIR)")
    lines = article.read_text(encoding="utf-8").split("\n")
    kept = [lines[0]] + [line for line in lines if line.startswith(
        ("Before World War II", "The 2010 United States Census", "There were 158,349", "As of the census of 2000"))]
    assert len(kept) == 5
    qa = qa_over(tmp_path, encoder, article.name, "\n\n".join(kept) + "\n")
    answer = qa.answer("How many people lived in Fresno in 2000, according to the Census Bureau?")
    assert answer.found and answer.span == "427,652", (answer.span, answer.reason)
    assert answer.text.startswith("As of the census of 2000") and answer.citations[0].doc_id == article.name


def test_asked_which_of_two_it_offers_a_phrase_naming_neither_does_not_answer():
    from qa.answering.misses import not_this
    from qa.answering.which import NEITHER
    from qa.asking.question import Kind

    question = "Who became chair of the IPCC first, Robert Watson or Rajendra K. Pachauri?"
    text = "Ismail El Gizouli served as acting chair after Pachauri resigned."
    assert not_this(question, Kind.PERSON, text, "Ismail El Gizouli") == NEITHER.format(
        said="Ismail El Gizouli", first="Robert Watson", second="Rajendra K. Pachauri")
    assert not_this(question, Kind.PERSON, "Robert Watson chaired it from 1997.", "Robert Watson") is None
    # a list in brackets is no choice offered
    question = "Who is considered on the same level as physicians, lawyers, and accountants (Chartered or CPA)?"
    assert not_this(question, Kind.PERSON, "Teachers are seen as professionals.", "Teachers") is None


def test_asked_a_colour_a_phrase_naming_none_gives_way_to_one_that_does():
    text = "The color crimson was unofficially adopted (in preference to magenta) by an 1875 vote of the student body."
    options = [("student body", 5.86), ("crimson", 5.51)]
    assert _put_first(text, "Which color did Harvard students adopt in an 1875 vote?", options) == "crimson"
    assert _put_first(text, "Who voted in 1875?", options) == "student body"  # no colour asked
    assert _put_first(text, "Which color did they adopt?", [("student body", 5.86), ("crimson", 4.0)]) == \
        "student body"  # too far behind


def test_asked_why_or_how_two_things_relate_the_cause_or_the_sentence_is_quoted(tmp_path, encoder):
    qa = qa_over(tmp_path, encoder, "origin.txt", (
        "Origin of the virus\n\nSome claimed that the new virus was made from a chimeric construct. However, this "
        "claim lacks any scientific basis and must be discounted because of significant divergence in the genetic "
        "sequence of this construct with the new virus.\n\nChickens (Gallus gallus) are a natural animal reservoir "
        "for Salmonella, which makes them an important source of Salmonella-associated gastroenteritis in humans.\n"))
    why = qa.answer("Why does the claim lack any scientific basis?")
    assert why.found and why.span.startswith("because of significant divergence"), (why.span, why.reason)
    related = qa.answer("What is the connection between chicken and Salmonella?")
    assert related.found and related.span == related.text and related.span.startswith("Chickens (Gallus gallus)"), \
        (related.span, related.reason)


def test_asked_why_a_thing_usually_holds_the_reason_after_a_sentence_saying_it_generally_does_goes_first():
    text = ("Imperialism takes many forms. Informal rule is generally less costly than taking over territories "
            "formally. This is because, with informal rule, the control is spread more subtly through trade.")
    first = _beside_first(text)

    reason = "This is because, with informal rule, the control is spread more subtly through trade."
    assert first("Why is informal rule usually cheaper than taking over territories formally?", "less costly") \
        == reason  # "usually" is no term the sentence must say again
    assert first("Why is informal rule usually cheaper than trade wars and blockades?", "less costly") \
        == "less costly"  # it does not say again what is asked


def test_how_many_is_not_answered_by_a_year_or_a_span_of_time():
    from qa.answering.figures import NO_NUMBER
    from qa.answering.misses import not_this
    from qa.answering.spans import best_span
    from qa.asking.question import Kind

    asked = "How many people lived in Khanbaliq during the Yuan dynasty?"
    moved = "Kublai readied the move of the capital to Khanbaliq in 1264, constructing a new city."
    assert not_this(asked, Kind.COUNT, moved, "1264") == NO_NUMBER.format(kind="number")  # a year, said as one
    assert not_this("How many patients were seen?", Kind.COUNT, "It was seen in 1500 patients.", "1500") is None
    later = "He tried to regain Khanbaliq, which failed; he died in Yingchang two years later."
    assert not_this(asked, Kind.COUNT, later, "two") == NO_NUMBER.format(kind="number")  # it counts years
    assert not_this("How many years later did he die?", Kind.COUNT, later, "two") is None
    # among a sentence's figures, not one counting years or one said as a year
    shale = ("Three additional putative species were then found in the Burgess Shale, about 505 million years ago "
             "in the mid-Cambrian period.")
    assert shale[slice(*best_span(shale, 0, len(shale), Kind.COUNT, "How many species were found in the Burgess "
                                                                      "Shale?"))] == "Three"
    plague = "Epidemics killed an estimated 25 million Chinese during the years before it reached Constantinople in 1347."
    assert plague[slice(*best_span(plague, 0, len(plague), Kind.COUNT, "How many did this epidemic in China kill?"))] \
        == "25 million"


def test_a_measure_is_quoted_with_its_unit_and_a_count_of_things_gives_none():
    from qa.answering.figures import NO_NUMBER, holds_number
    from qa.answering.misses import not_this
    from qa.answering.measures import with_unit
    from qa.answering.spans import best_span
    from qa.asking.question import Kind

    # asked how far, "170" is widened to the unit written after it; a count or a quoted unit is left as it is
    said = "Fresno is 170 miles (270 km) south of Sacramento."
    at = said.index("170")
    assert said[slice(*with_unit("How far is Fresno from Sacramento?", Kind.QUANTITY, said, (at, at + 3)))] == \
        "170 miles"
    high = "Many of the buildings are four stories high."
    at = high.index("four")
    assert high[slice(*with_unit("How high are the buildings?", Kind.QUANTITY, high, (at, at + 4)))] == "four stories"
    assert with_unit("How many miles is it?", Kind.COUNT, said, (10, 13)) is None
    assert with_unit("How far is it?", Kind.QUANTITY, said, (10, 19)) is None  # "170 miles" already
    # a figure alone that counts things is no measure: "three" of "three bodies of water" for a depth
    lake = "Lake Constance consists of three bodies of water: the Obersee, the Untersee and the Seerhein."
    assert not_this("What is the maximum depth of Lake Constance?", Kind.QUANTITY, lake, "three") == \
        NO_NUMBER.format(kind="measure")
    assert not_this("How high are the buildings?", Kind.QUANTITY, high, "four") is None
    assert not_this("How long is the protein?", Kind.QUANTITY, "It has 1,273 amino acids.", "1,273") is None
    # ... and the scorer's phrase passes over it for the figure with a unit in the same sentence
    airport = ("Newcastle International Airport is the larger of the two main airports serving the North East, "
               "located approximately 6 miles (9.7 km) from the city centre.")
    asked = "How far is the airport from the centre of town?"
    quoted = best_span(airport, 0, len(airport), Kind.QUANTITY, asked)
    assert airport[slice(*with_unit(asked, Kind.QUANTITY, airport, quoted))] in ("6 miles", "9.7 km")
    # a figure that opens a name counts nothing: "2019" of "2019-nCoV"
    assert not holds_number(Kind.COUNT, "2019-nCoV virus") and holds_number(Kind.COUNT, "6 of 57 patients")


def test_respectively_pairs_the_item_of_one_list_with_the_one_the_question_names_of_the_other():
    from qa.answering.spans import respective

    genes = ("In addition, mutations in microtubule severing enzyme genes SPG4, KATNB1 and KATNAL2 are associated with "
             "hereditary spastic paraplegia, cerebral malformations and autism, respectively, [3] [4] and mutations "
             "in Fign cause a range of phenotypes in mice.")

    def quoted(question, text, phrase=(0, 5)):
        span = respective(question, text, 0, len(text), phrase)
        return text[slice(*span)] if span else None

    assert quoted("What genetic mutation is associated with autism?", genes) == "KATNAL2"
    assert quoted("Which gene is linked to hereditary spastic paraplegia?", genes) == "SPG4"
    assert quoted("What is KATNB1 associated with?", genes) is None  # asked the other way round
    asthma = ("Viral infection is one of the major drivers of asthma exacerbations accounting for up to 80-90% and "
              "45-80% of exacerbations in children and adults respectively (Grissell et al., 2005).")
    assert quoted("What share of asthma exacerbations in children is due to viral infection?", asthma) == "80-90%"
    assert quoted("What share of asthma exacerbations in adults is due to viral infection?", asthma) == "45-80%"
    assert quoted("What share of asthma exacerbations is due to viral infection?", asthma) is None  # neither named
    # already quoted, or no "respectively"
    at = asthma.index("45-80%")
    assert quoted("What share in adults is viral?", asthma, (at, at + 6)) is None
    assert quoted("What share in adults is viral?", asthma.replace(" respectively", "")) is None
    # the list paired after "respectively"
    lifespans = ("This yielded a lifespan of approximately 121, 191, and 84 hours, respectively, for Vero, RoNi/7.1, "
                 "and PaKiT01 cell lines (Figure 1) .")
    assert quoted("What was the natural lifespan of RoNi/7.1 bat cells in culture?", lifespans) == "191"
    assert quoted("What was the lifespan of the cells?", lifespans) is None
    # values with thousands separators
    prizes = ("The foundation offers $150,000 and $250,000 for primes with at least 100 million digits and 1 billion "
              "digits, respectively.")
    assert quoted("How much is offered for a prime with at least 1 billion digits?", prizes) == "$250,000"


def test_a_figure_given_in_a_place_is_quoted_for_that_place():
    from qa.answering.spans import paired_value

    said = ("As of 24 January 2020, the cumulative incidence in China is 830 cases, of which 549 cases were diagnosed "
            "in Hubei, 26 in Beijing, 20 in Shanghai, and 53 in Guangdong.")
    quoted = (said.index("549"), said.index(", 20"))
    found = paired_value("How many cases had been diagnosed in Guangdong?", said, 0, len(said), quoted)
    assert said[slice(*found)] == "53"
    assert paired_value("How many cases were there in China?", said, 0, len(said), quoted) is None


def test_a_figure_from_one_end_to_another_is_quoted_for_the_ends_asked():
    from qa.answering.spans import paired_value

    said = "The value of R 0 was estimated of 2.30 from reservoir to person and 3.58 from person to person."
    both = (said.index("2.30"), said.index(" from person to person"))

    def quoted(question, phrase):
        found = paired_value(question, said, 0, len(said), phrase)
        return said[slice(*found)] if found else None

    assert quoted("What person-to-person R0 was estimated?", both) == "3.58"
    assert quoted("What R0 was estimated for spread from person to person?", (both[0], both[0] + 4)) == "3.58"
    assert quoted("What reservoir-to-person R0 was estimated?", both) == "2.30"
    assert quoted("What reservoir-to-person R0 was estimated?", (both[0], both[0] + 4)) is None  # quoted already
    assert quoted("What R0 was estimated?", both) is None  # no ends asked: both figures stand


def test_asked_of_the_year_a_change_starts_or_ends_the_figure_of_that_year_is_quoted():
    from qa.answering.spans import level_in_year

    def quoted(question, text, phrase=(0, 1)):
        span = level_in_year(question, text, 0, len(text), phrase)
        return text[slice(*span)] if span else None

    pupils = ("Overall, between 1992 and 2008 the percent of pupils in such schools in Germany increased from 6.1% to "
              "7.8% (including rise from 0.5% to 6.1% in the former GDR).")
    assert quoted("What percentage of German pupils attended private schools in 2008?", pupils) == "7.8%"
    assert quoted("By 1992, what share of German pupils went to private schools?", pupils) == "6.1%"
    assert quoted("What percentage of German pupils attended private schools?", pupils) is None  # no year asked
    assert quoted("By how much did the share of pupils rise by 2008?", pupils) is None  # the change is asked
    assert quoted("What share did so between 1992 and 2008?", pupils) is None  # the whole span of years
    assert quoted("What percentage attended private schools in 2000?", pupils) is None
    grown = "The population grew from 1,000 in 1900 to 5,000 in 1950."
    assert quoted("What was the population in 1950?", grown) == "5,000"
    at = grown.index("5,000")
    assert quoted("What was the population in 1950?", grown, (at, at + 5)) is None  # already quoted


def test_a_figure_that_opens_a_range_is_quoted_with_the_whole_range():
    from qa.answering.measures import whole_range
    from qa.asking.question import Kind

    def quoted(kind, text, figure):
        at = text.index(figure)
        span = whole_range(kind, text, (at, at + len(figure)))
        return text[slice(*span)] if span else None

    assert quoted(Kind.COUNT, "Only 100–150 species have been validated.", "100") == "100–150"
    assert quoted(Kind.PERCENT, "normally representing 50% to 60% of the total", "50%") == "50% to 60%"
    assert quoted(Kind.COUNT, "Algiers lost 30 to 50 thousand inhabitants.", "30") == "30 to 50 thousand"
    # a change from one figure to another, or years, are no range of one figure
    assert quoted(Kind.PERCENT, "It increased from 6.1% to 7.8% by 2008.", "6.1%") is None
    assert quoted(Kind.COUNT, "The outbreak of 1479–80 killed many.", "1479") is None
    assert quoted(Kind.YEAR, "It is dated 1496–97.", "1496") is None
    assert quoted(Kind.COUNT, "Only 100 species have been validated.", "100") is None
    # or the range a quoted figure closes, and a measure's range with its unit
    assert quoted(Kind.QUANTITY, "Chloroplasts are 5–8 μm in diameter.", "8") == "5–8"
    assert quoted(Kind.PERCENT, "It increased from 6.1% to 7.8% by 2008.", "7.8%") is None
    from qa.answering.measures import with_unit
    said = "Chloroplasts are 5–8 μm in diameter."
    assert said[slice(*with_unit("What is the diameter of a chloroplast?", Kind.QUANTITY, said, (17, 20)))] == "5–8 μm"


def test_a_quoted_figure_keeps_its_bound_and_unit_and_is_cut_to_the_one_figure_date_or_year_asked():
    from qa.answering.measures import whole_figure
    from qa.asking.question import Kind

    def quoted(question, kind, text, figure):
        at = text.index(figure)
        span = whole_figure(question, kind, text, (at, at + len(figure)))
        return text[slice(*span)] if span else None

    # a bound or sign before the figure is part of what the text says; "about" or "up to" may be left
    assert quoted("How many buildings?", Kind.COUNT, "It has over 2,000 buildings.", "2,000") == "over 2,000"
    assert quoted("How similar?", Kind.PERCENT, "It has ∼80% identity with SARS-CoV.", "80%") == "∼80%"
    assert quoted("How many?", Kind.COUNT, "at least 9,776 persons", "9,776") == "at least 9,776"
    assert quoted("How many?", Kind.COUNT, "about 8000 people", "8000") is None
    assert quoted("How many?", Kind.COUNT, "up to 2,500 people", "2,500") is None
    assert quoted("When?", Kind.YEAR, "over 1900 years", "1900") is None
    assert quoted("How many?", Kind.COUNT, "a rover 2,000 km away", "2,000") is None  # "over" of "rover"
    assert quoted("Tuition exceeds what amount?", Kind.MONEY, "Tuition is more than $45,000.", "$45,000") is None
    # a count or sum quoted into a second clause's figure stops before that clause
    affected = "It has affected greater than 40,000 people, and killed more than 1,000 as of Feb. 10, 2020."
    assert quoted("How many people were affected?", Kind.COUNT, affected, "40,000 people, and killed more than 1,000") \
        == "greater than 40,000 people"
    harvard = "Harvard left the college £779 and his library of some 400 books."
    assert quoted("How much money did he leave?", Kind.MONEY, harvard, "£779 and his library of some 400") == "£779"
    blood = "It was detected in the blood (6 of 57 patients) and the anal swabs (11 of 28 patients)."
    assert quoted("In how many patients was it in the blood?", Kind.COUNT, blood, "6 of 57 patients) and the anal "
                  "swabs (11 of 28") == "6 of 57 patients"
    # ... not a pair of figures, nor when the question asks two things
    assert quoted("How many died?", Kind.COUNT, "between 21 and 25 million people", "21 and 25 million") is None
    virions = "They are about 8800 Å long and about 65 Å in diameter."
    assert quoted("How long and how wide are they?", Kind.COUNT, virions, "8800 Å long and about 65 Å") is None
    # a unit is not cut at its stroke
    wiped = "The equipment is wiped with 2000mg/L chlorine-containing disinfectant."
    assert quoted("What concentration is used?", Kind.OTHER, wiped, "2000mg") == "2000mg/L"
    assert quoted("What ratio?", Kind.OTHER, "the E/N ratio", "E") is None
    assert quoted("How big was the prize?", Kind.MONEY, "It won the US$100,000 prize.", "$100,000") == "US$100,000"
    assert quoted("How big was the prize?", Kind.MONEY, "It won a $100,000 prize.", "$100,000") is None
    # asked a ratio by its name or label, the one the quote labels
    smoking = "Smoking was a risk factor of progression (OR=14.28; 95% CI: 1.58–25.00; p= 0.018)."
    assert quoted("What odds ratio was found?", Kind.OTHER, smoking, smoking[:-1]) == "OR=14.28"
    assert quoted("What was the OR for smoking?", Kind.OTHER, smoking, smoking[:-1]) == "OR=14.28"
    assert quoted("What relative risk was found?", Kind.OTHER, smoking, smoking[:-1]) is None
    two = "Smokers (OR 2.1) and drinkers (OR 1.4) were at risk."
    assert quoted("What odds ratio was found for smokers?", Kind.OTHER, two, two[:-1]) is None
    rate = "The reporting rate increased 21-fold after 17 January."
    assert quoted("By how much did the reporting rate increase?", Kind.OTHER, rate, "21") == "21-fold"
    assert quoted("How many sets?", Kind.COUNT, "It holds 21-folder sets.", "21") is None  # no "-fold" word
    # asked a date, the one full date of a longer quote; not the end of a span of dates
    aired = "It first aired at 17:16:20 GMT, eighty seconds late, on Saturday, 23 November 1963."
    assert quoted("When was it first broadcast?", Kind.DATE, aired, "17:16:20 GMT, eighty seconds late, on Saturday, "
                  "23 November 1963") == "23 November 1963"
    peak = "The peak was from 2 to 4 February 2020, and it declined."
    assert quoted("When did it peak?", Kind.DATE, peak, "from 2 to 4 February 2020") is None
    assert quoted("How many?", Kind.COUNT, aired, "on Saturday, 23 November 1963") is None
    became = "On August 22, General Hun Manet officially became the new Prime Minister of Cambodia."
    assert quoted("On what date did he take office?", Kind.DATE, became, became[:-1]) == "August 22"
    patrol = "The navies held the patrol on March 14 and 15, 2024."
    assert quoted("When was the patrol held?", Kind.DATE, patrol, "on March 14 and 15, 2024") is None
    projects = "Vietnam now has more than 400 FDI projects in Laos."
    assert quoted("What figure does he give for the projects?", Kind.OTHER, projects, "400") == "more than 400"
    assert quoted("What is the name of it?", Kind.OTHER, "It is over 400 Road.", "400 Road") is None
    # of years apart, the one after a word of the question's that no other year has before it
    party = "In 1941 Maududi founded the Jamaat-e-Islami in 1941 and remained its leader until 1972."
    assert quoted("In which year did Maududi found the party?", Kind.YEAR, party, "1941 and remained its leader "
                  "until 1972") == "1941"
    dna = "Chloroplast DNA was first isolated in 1962, and first sequenced in 1986."
    assert quoted("When was chloroplast DNA first sequenced?", Kind.DATE, dna, "1962, and first sequenced in 1986") \
        == "1986"
    assert quoted("When was it built?", Kind.DATE, "It was built between 1835 and 1842.", "1835 and 1842") is None
    assert quoted("When was it acquired?", Kind.YEAR, dna, "1962, and first sequenced in 1986") == "1962"  # else the
    # first


def test_a_share_of_something_else_than_what_the_question_asks_is_refused_and_a_listed_one_is_picked():
    from qa.answering.figures import SHARE_UNSAID, share_of_term
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    asked = "Among 41 hospitalized patients, what percentage had fever at illness onset?"
    men = ("Analysis of the clinical features of 41 hospitalized patients revealed that 30 were men (73%); less than "
           "one-half had underlying co-morbid conditions (13; 32%).")
    assert not_this(asked, Kind.PERCENT, men, "73%") == SHARE_UNSAID.format(part="had fever at illness onset")
    symptoms = ("The most common symptoms at the beginning of their illness included fever (40, 98%) , cough (31, "
                "76%) , and fatigue or myalgia (18, 44%).")
    assert not_this(asked, Kind.PERCENT, symptoms, "98%") is None
    at = symptoms.index("40, 98%")
    assert symptoms[slice(*share_of_term(asked, symptoms, 0, len(symptoms), (at, at + 20)))] == "98%"
    assert share_of_term("What percentage had a cough?", symptoms, 0, len(symptoms), (at, at + 3)) is not None
    assert share_of_term("What percentage had a rash?", symptoms, 0, len(symptoms), (at, at + 3)) is None
    # the share of all those asked: no part named after the verb
    assert not_this("What percentage of volunteers seroconverted in the trial?", Kind.PERCENT,
                    "98% of the volunteers had seroconversion.", "98%") is None


def test_asked_a_depth_a_figure_of_a_flow_is_no_length():
    from qa.answering.figures import NO_NUMBER
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    rhine = "The Rhine is about 1,230 km (760 mi) long, with an average discharge of about 2,900 m3/s (100,000 cu ft/s)."
    asked = "What is the maximum depth of the Rhine river?"
    assert not_this(asked, Kind.QUANTITY, rhine, "2,900") == NO_NUMBER.format(kind="length")
    assert not_this("What is the length of the Rhine?", Kind.QUANTITY, rhine, "1,230 km") is None
