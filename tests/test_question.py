"""The expected answer kind, typed phrases, and follow-up resolution: cases written for these tests."""
import pytest

from qa.answering.spans import best_span, find_spans
from qa.asking.question import Kind, build_query, expected_kind, is_follow_up, names, plain_question, unnamed


@pytest.mark.parametrize("question, kind", [
    ("Which ministry is led by Bui Thanh Son, who commented on the trip?", Kind.OTHER),  # "who" of a clause
    ("Which minister, who spoke at the forum, praised it?", Kind.PERSON),
    ("Which Cambodian defence minister signed it?", Kind.PERSON),  # two words before the person's
    ("Newcastle is home to a large population of what type of person?", Kind.OTHER),  # a type, not a person
    ("When did the king, who ruled for 40 years, die?", Kind.DATE),
    ("How many bridges cross the river?", Kind.COUNT),
    ("What number of seats does the council have?", Kind.COUNT),
    ("How much did the bridge cost?", Kind.MONEY),
    ("Why was it made available on a dedicated WHO webpage?", Kind.OTHER),  # the World Health Organization
    ("How much did the campaign raise?", Kind.MONEY), ("How much did they raise in taxes?", Kind.MONEY),
    # raising something else is no money: "over 30%"
    ("How much does handing out soap raise handwashing?", Kind.QUANTITY),
    ("What was the total investment in the port?", Kind.MONEY),
    # a word or two before the sum's noun, or asked how large it is
    ("What was the per-episode budget of the revived Doctor Who series?", Kind.MONEY),
    ("What was the annual operating budget of the Common Cold Unit?", Kind.MONEY),
    ("How large is the University of Chicago's financial endowment?", Kind.MONEY),
    ("How large is the genome?", Kind.QUANTITY),
    ("What percentage of voters chose the mayor?", Kind.PERCENT),
    ("What was the maternal mortality rate?", Kind.PERCENT), ("What is the case-fatality rate of MERS?", Kind.PERCENT),
    ("What maternal mortality rate was seen in the study?", Kind.PERCENT),
    ("What was the immunization rate of the vaccine among respondents?", Kind.PERCENT),
    ("What is the rate of growth?", Kind.OTHER), ("What was the exchange rate?", Kind.OTHER),
    ("What value was assumed for T, the sum of both periods?", Kind.OTHER), ("What value did the deal have?", Kind.MONEY),
    ("How much rain fell in May?", Kind.QUANTITY),
    ("How tall is the tower?", Kind.QUANTITY),
    # a measure asked by its name: "What is the size of ...?", "genome length"; not "the area of study"
    ("What is the size of a flavivirus?", Kind.QUANTITY), ("2019-nCoV HKU-SZ-005b genome length", Kind.QUANTITY),
    ("What is the genome length of the virus?", Kind.QUANTITY), ("What was the length of time?", Kind.OTHER),
    ("What is the area of study?", Kind.OTHER),
    ("When did the museum open?", Kind.DATE),
    ("In what year was the school founded?", Kind.YEAR),
    ("By which year will the line be finished?", Kind.YEAR),
    ("What period does the plan cover?", Kind.PERIOD),
    ("How many years did the war last?", Kind.PERIOD),
    ("how many year has their relation lasted?", Kind.PERIOD),  # typed without its plural
    ("Who designed the bridge?", Kind.PERSON),
    ("Which leaders signed the accord?", Kind.PERSON),
    ("Which Lao leader made a State visit?", Kind.PERSON), ("What do people call the city?", Kind.OTHER),
    ("Where was the treaty signed?", Kind.PLACE),
    ("What is the capital of Peru?", Kind.PLACE),
    ("Which anniversary did they celebrate?", Kind.ORDINAL),
    ("What rank does the port hold in Asia?", Kind.ORDINAL),
    ("Where does Vietnam rank among Cambodia's trading partners?", Kind.ORDINAL),  # a rank, not a place
    ("Where does Cambodia place among the destinations of its investment?", Kind.ORDINAL),
    ("In which place did the team finish in the league?", Kind.ORDINAL),
    ("In which place was Temüjin, the future Genghis Khan, probably born?", Kind.PLACE),  # where, not a rank
    ("Near which place do the Anterior Rhine and the Posterior Rhine meet?", Kind.PLACE),
    ("How does that rank within ASEAN?", Kind.ORDINAL),
    ("Which edition of the forum did he attend?", Kind.ORDINAL), ("Which session was held in 2023?", Kind.ORDINAL),
    ("What is Vietnam's position among the countries investing in Laos?", Kind.ORDINAL),
    ("On what dates was the forum held?", Kind.DATE),
    ("On which exact dates did it take place?", Kind.DATE),  # a word before what is asked
    ("In which specific year was it signed?", Kind.YEAR),
    ("What is the year in which they established it?", Kind.YEAR), ("What was the date on which they met?", Kind.DATE),
    ("What is the year by which Cambodia aims to develop?", Kind.OTHER),  # read so, the reader quotes "2050"
    ("the forum he went to, was it the first, second...?", Kind.ORDINAL),
    ("Where did the Exposition take place?", Kind.PLACE),
    ("Which chief said the trip showed where its priorities lie?", Kind.OTHER),  # "where" asks nothing here
    ("What is the place where he was born?", Kind.PLACE),
    ("What is the motto of the club?", Kind.NAME),
    ("Why did the council vote no?", Kind.OTHER),
    ("How does the pump work?", Kind.OTHER),
    # "when" opening a clause after what is asked asks no date
    ("What kind of money should they use when settling trade deals?", Kind.OTHER),
    ("Who was mayor when the bridge opened?", Kind.PERSON),
    ("How and when did the plague reach Europe?", Kind.DATE),
    # typed as keywords, the last noun says what is asked
    ("vietnam laos treaty signing date", Kind.DATE), ("vietnam china trade value 2022", Kind.MONEY),
    ("cambodia defense protocol period", Kind.PERIOD),
    ("vietnam laos trade growth rate year on year", Kind.OTHER),  # "year on year" says how, not what
    # or the noun a phrase after it qualifies
    ("China share of Vietnam trade?", Kind.PERCENT), ("Cambodia's target year for developed status?", Kind.YEAR),
    # a share of something is asked whatever the last noun ("turnover" alone asks an amount)
    ("China's share of Vietnam's total import-export turnover?", Kind.PERCENT), ("trade turnover 2022", Kind.MONEY),
    ("Bond's age per MOIT 2023 piece?", Kind.QUANTITY), ("Cambodia's spot among Vietnam's destinations?", Kind.ORDINAL),
    ("cruise ship date with highest incidence of illness onset", Kind.DATE),
    ("Laos share price news", Kind.OTHER),  # "share" qualified by nothing
    ("Which state-run outlet ran the piece?", Kind.OTHER), ("Which state is Austin in?", Kind.PLACE),
    # a place noun is no qualifier of a title: the country asked, not the President
    ("Which country President Vo Van Thuong go to first after he take office?", Kind.PLACE),
    ("Which one in the series was it?", Kind.ORDINAL), ("Which one did he choose?", Kind.OTHER),
    ("Which Vietnamese province did Hun Manet visit?", Kind.PLACE), ("Which border provinces took part?", Kind.PLACE),
    ("Which other country's economy is named?", Kind.PLACE), ("Which Lao state news outlet ran it?", Kind.OTHER),
    ("How much money is Vietnam giving Laos?", Kind.MONEY), ("How much is the tower?", Kind.QUANTITY),
    ("In which capital does the Friendship Monument stand?", Kind.PLACE),  # a city, not the money of "what capital"
    ("What capital does Vietnam have in Cambodia?", Kind.MONEY),
    ("How long ago did Harvard admit women?", Kind.PERIOD), ("How long was the war?", Kind.QUANTITY),
    # the value of a quantity named by a symbol is no money (a reproduction number is a value: see below)
    ("What was the value of R0 from reservoir to person?", Kind.QUANTITY), ("What is the value of k?", Kind.OTHER),
    ("What was the value of the contract?", Kind.MONEY), ("What is the value of a house there?", Kind.MONEY),
    # asked how someone put it, a "how long" inside asks for their words, not a length of time
    ("How did the president describe how long the friendship will last?", Kind.OTHER),
    ("How long did he describe it for?", Kind.QUANTITY),
    # "what is the date" asks a date, whatever follows it
    ("What is the date when the agreement was signed?", Kind.DATE), ("What was the date the treaty was signed?",
                                                                     Kind.DATE),
    ("What is the date of the forum?", Kind.DATE), ("What was the day-to-day work like?", Kind.OTHER),
    ("What was the signing date of the treaty?", Kind.DATE), ("What are their release dates?", Kind.DATE),
    ("What is the isotopic date applied to?", Kind.OTHER),
    # where one puts another among its concerns asks a rank, not a place
    ("Where does Cambodia place Vietnam in its foreign affairs?", Kind.ORDINAL),
    ("Where did they place the statue?", Kind.PLACE), ("Where did they place the statue in the park?", Kind.PLACE),
    # a budget however often it comes, and whatever is asked in dollars, is money
    ("What is the annual budget of the fund?", Kind.MONEY), ("What is the fund's size in US dollars?", Kind.MONEY),
    ("How many people were paid in dollars?", Kind.COUNT),
    # typed with the noun first and the clause after it
    ("year harvard was established", Kind.YEAR), ("date the treaty was signed", Kind.DATE),
    ("year round events in Warsaw", Kind.OTHER), ("day trips from Warsaw are popular?", Kind.OTHER),
    # a value asked of a reproduction number is no money
    ("What value did the authors consider the average R0 of SARS?", Kind.OTHER), ("What was the value of the deal?",
                                                                                 Kind.MONEY),
    # a population asked is a head count; a density or a population at risk is not
    ("What was the French population of New France in 1750?", Kind.COUNT),
    ("what was Fresno's population in 2010?", Kind.COUNT), ("Jacksonville population 2014", Kind.COUNT),
    ("What was the population density in 2000?", Kind.OTHER), ("What population is most at risk?", Kind.OTHER),
    # a value measured is a quantity, an estimate a figure, a dollar value money, a rate of deaths a share
    ("What numerical value did Cavendish obtain for G?", Kind.QUANTITY),
    ("What value did they measure for the mass?", Kind.QUANTITY),
    ("What was the estimated cumulative incidence in China?", Kind.QUANTITY),
    ("What was the estimated cause of the fire?", Kind.OTHER), ("What is the estimated cost of it?", Kind.MONEY),
    ("What cumulative incidence in China was estimated as of 24 January?", Kind.QUANTITY),
    ("What was estimated to be the main source?", Kind.OTHER), ("What method was estimated?", Kind.OTHER),
    # a person asked by what they did: an investor, an architect, an economist; not a union of engineers
    ("Which famous investor lent money for the takeover?", Kind.PERSON), ("Which architect designed it?", Kind.PERSON),
    ("Which economist argued that wars brought equality?", Kind.PERSON),
    ("Which engineers' union went on strike?", Kind.OTHER), ("Which artist-run space opened?", Kind.OTHER),
    # any "-ologist" or "-ician" is a person; a "logistic model" or a "technique" is not
    ("Which paleoanthropologist discovered the Turkana Boy?", Kind.PERSON),
    ("Which statistician proposed the test?", Kind.PERSON), ("Which logistic model was used?", Kind.OTHER),
    # a person asked by the office held: a governor, a mayor, a pope; "chief" may be an adjective
    ("Which governor signed the act?", Kind.PERSON), ("Which pope crowned him?", Kind.PERSON),
    ("Which kings ruled Poland?", Kind.PERSON), ("What chief concern did they raise?", Kind.OTHER),
    # typed as keywords, "by number of" ranks by a count and asks none
    ("largest operator of ABC stations by number of stations", Kind.OTHER),
    ("number of students at Harvard", Kind.COUNT),
    ("What was the US dollar value of the trade?", Kind.MONEY), ("SFTSV case fatality rate", Kind.PERCENT),
    ("By what pooled odds of mortality did plasma reduce deaths?", Kind.QUANTITY),
    ("By what factor did cases rise?", Kind.QUANTITY), ("By what name is the graph known?", Kind.NAME),
    # "on what" asks a date only of a date: not "On what show ...?" or "On what kind of grid ...?"
    ("On what date was the record low?", Kind.DATE), ("On what show did he make his debut?", Kind.OTHER),
    ("On what kind of grid was the model built?", Kind.OTHER), ("Haeckelia prey mostly on what animal?", Kind.OTHER),
    # a reproduction number asks a value, by its symbol or its name; not the thing that estimated it, nor RT-PCR
    ("What person-to-person R0 did the model estimate?", Kind.QUANTITY), ("What was the R0 of SARS?", Kind.QUANTITY),
    ("What person-to-person basic reproduction number did the model estimate?", Kind.QUANTITY),
    ("What was the basic reproductive number of 2019-nCoV?", Kind.QUANTITY), ("What was the Rt?", Kind.QUANTITY),
    ("Which model estimated R0?", Kind.OTHER), ("Which study had the highest R0?", Kind.OTHER),
    ("What RT-PCR kit was used?", Kind.OTHER),
])
def test_expected_kind(question, kind):
    assert expected_kind(question) is kind


SENTENCE_CASES = [
    # (question, sentence, expected phrase): words shared, and paraphrased
    ("How many bridges cross the river?", "Today 14 bridges cross the river, up from 9 in 1950.", "14"),
    ("How many people live in the valley?", "The valley is home to some 2,300 residents.", "2,300"),
    ("How much did the bridge cost?", "Built in 1932, the bridge cost $4.2 million to complete.", "$4.2 million"),
    ("What was the total investment in the port?", "Total investment in the port reached 3.1 billion USD.", "3.1 billion USD"),
    ("What percentage of voters chose the mayor?", "The mayor won 62.5% of the vote in 2019.", "62.5%"),
    ("What share of exports goes to Chile?", "Chile takes 18 percent of the country's exports.", "18 percent"),
    ("What share of the GDP comes from construction?", "Construction comprises six to nine percent of the GDP.",
     "six to nine percent"), ("By what percent will trade grow?", "Trade is set to grow 10-15% a year.", "10-15%"),
    # a share said as a ratio or a fraction
    ("What proportion of the sugar leaves the cycle?", "But one out of every six produced leaves the cycle.",
     "one out of every six"), ("What share of the land is forest?", "Forest covers two-thirds of the land.", "two-thirds"),
    ("When did the museum open?", "The museum opened its doors on March 3, 1998, after years of work.", "March 3, 1998"),
    # a person asked: not a body ("Board of Trade"), a people's adjective ("British") or a letter ("V" of "V&A")
    ("Which German architect was asked to produce a design for the museum?",
     "In 1855 the German architect Gottfried Semper produced a design, but it was rejected by the Board of Trade.",
     "Gottfried Semper"),
    ("Which sculptor is represented in the V&A?", "The British sculptor Henry Moore is in the V&A.", "Henry Moore"),
    ("Who managed the theatre?", "In January the Theatre Royal was managed by Stephen Kemble.", "Stephen Kemble"),
    ("When was the peak?", "The highest incidence of illness onset was observed on 7 February.", "7 February"),
    ("In what year was the school founded?", "The school, founded in 1887, moved in 1920.", "1887"),
    ("What period does the plan cover?", "The plan runs for the 2021-2030 period.", "2021-2030"),
    ("How long did the strike last?", "The strike lasted more than six weeks.", "more than six weeks"),
    ("Who designed the bridge?", "The bridge was designed by engineer Maria Lopez in 1930.", "Maria Lopez"),
    ("Who chairs the committee?", "Since 2020, the committee has been chaired by Dr. Anan Rattana.", "Anan Rattana"),
    ("Where was the treaty signed?", "The treaty was signed in Geneva by both delegations.", "Geneva"),
    ("Which anniversary did the city celebrate?", "In 2020 the city celebrated its 300th anniversary.", "300th"),
    ("What rank does the port hold in Asia?", "The port is the second largest in Asia by volume.", "the second largest"),
    ("What is the motto of the club?", 'The club\'s motto, "Always forward", dates from 1901.', "Always forward"),
    # a reproduction number is a bare value: not the interval's level, a serial interval's days or R 0's digit
    ("What R0 did Zhao estimate?", "The R0 was estimated at 2.56 (95% CI: 2.49-2.63), see Figure 1b.", "2.56"),
    ("What was the basic reproductive number of 2019-nCoV estimated to be?", "The basic reproductive number was "
     "estimated to be around 2.2, assuming a mean serial interval of 7.5 days.", "2.2"),
    ("What was the R0 of SARS?", "The R 0 of SARS was estimated at around 3 without control.", "3"),
]


def test_a_person_asked_is_no_forum_agreement_or_number():
    # the words of a body's name that qa.answering.people knows ("Forum", "Agreement", "Cooperation") name no one
    for question, sentence in (("Who hosted the meeting?", "The meeting was hosted by the Mekong Cooperation Forum."),
                               ("Who signed it?", "It was signed under the Paris Agreement."),
                               ("Who hosted the show?", "One of the hosts left early.")):  # nor a number's word
        assert best_span(sentence, 0, len(sentence), expected_kind(question), question) is None


def test_person_to_person_asks_no_person():
    from qa.answering.who import no_one_asked

    question = "What person-to-person basic reproduction number did the Reservoir-People model estimate?"
    text = "The value of R 0 was estimated of 2.30 from reservoir to person and 3.58 from person to person."
    assert expected_kind(question) is Kind.QUANTITY
    assert no_one_asked(question, expected_kind(question), text, "3.58") is None
    assert no_one_asked("Which person estimated it?", Kind.PERSON, text, "3.58")  # a person asked is no figure


def test_a_woman_asked_is_not_a_man_named():
    from qa.answering.who import no_one_asked

    question = "Who was the first woman to serve as president of the University of Chicago?"
    said = "William Rainey Harper became the university's first president in 1891."
    assert no_one_asked(question, Kind.PERSON, said, "William Rainey Harper")
    said = "Hanna Holborn Gray became its first female president in 1978."
    assert no_one_asked(question, Kind.PERSON, said, "Hanna Holborn Gray") is None
    assert no_one_asked("Who was the first president of the University of Chicago?", Kind.PERSON,
                        "William Rainey Harper became the university's first president in 1891.",
                        "William Rainey Harper") is None  # no woman asked


def test_one_of_many_counts_nothing():
    sentence = "Known as the Great Fire of 1901, it was one of the worst disasters in Florida history."
    question = "How many buildings did the Great Fire of 1901 destroy?"
    assert best_span(sentence, 0, len(sentence), expected_kind(question), question) is None
    sentence = "The fire destroyed one building and one of the two bridges."
    span = best_span(sentence, 0, len(sentence), expected_kind(question), question)
    assert span is not None and sentence[span[0]:span[1]] == "one"  # "one building" counts, "one of" does not


def test_a_citation_or_years_said_as_such_count_nothing():
    for question, sentence in (
            ("How many people were on board the Diamond Princess?",
             "An outbreak of COVID-19 has occurred on a cruise ship, the Diamond Princess [1] ."),
            ("How many studies were included in the review?",
             "The search included studies published in 2019 and 2020.")):
        assert best_span(sentence, 0, len(sentence), expected_kind(question), question) is None, sentence


@pytest.mark.parametrize("question, sentence, phrase", SENTENCE_CASES)
def test_best_span_finds_the_phrase(question, sentence, phrase):
    span = best_span(sentence, 0, len(sentence), expected_kind(question), question)
    assert span is not None and sentence[span[0]:span[1]] == phrase


def test_best_span_skips_phrases_that_only_repeat_the_question():
    sentence = "Peru elected Pedro Castillo in 2021."
    span = best_span(sentence, 0, len(sentence), Kind.PERSON, "Who did Peru elect in 2021?")
    assert sentence[span[0]:span[1]] == "Pedro Castillo"


def test_best_span_offsets_are_into_the_whole_text():
    text = "Intro line.\nThe dam holds 40 million cubic metres."
    start = text.index("The dam")
    span = best_span(text, start, len(text), Kind.COUNT, "How much water does the dam hold?")
    assert span and text[span[0]:span[1]] == "40 million"


def test_the_one_date_a_passage_gives_with_its_days_listed():
    from qa.answering.spans import asks_when, one_date

    sentence = "On March 14 and 15, 2024, the navies conduct their 74th annual joint patrol."
    span = one_date(sentence, 0, len(sentence))
    assert span and sentence[slice(*span)] == "March 14 and 15, 2024"
    assert one_date("Signed on July 18, 1977 and renewed on August 22, 2023.", 0, 55) is None  # two: which?
    assert asks_when("On which dates exactly?") and asks_when("When was that?")
    assert not asks_when("When was he born?")  # asks when of something else than the earlier answer


def test_the_one_year_a_passage_gives_when_it_gives_no_date():
    from qa.answering.spans import asks_when, one_date

    court = "After the 1954 decision in the court case Brown v. Board of Education, families organized academies."
    assert court[slice(*one_date(court, 0, len(court)))] == "1954"
    euclid = "Euclid proved around 300 BC that there are infinitely many primes."
    assert euclid[slice(*one_date(euclid, 0, len(euclid)))] == "300 BC"
    both = "The program debuted in 1970 and was the league's game of the week until 2006."
    assert one_date(both, 0, len(both)) is None  # two years: which?
    counts = "The club had 1,500 members and a budget of $2000."
    assert one_date(counts, 0, len(counts)) is None  # a count and an amount are no years
    assert asks_when("what year was that?") and asks_when("And in what year was it?") and asks_when("roughly when?")
    assert not asks_when("What year was he born?")


def test_the_count_a_rank_is_among():
    from qa.answering.spans import asks_out_of, ranked_among

    sentence = "Notably, Cambodia ranks second among the 79 countries and territories receiving investment."
    span = ranked_among(sentence, 0, len(sentence))
    assert span and sentence[slice(*span)] == "79 countries and territories"
    sentence = "The team finished 5th of 12 teams in the league."
    assert sentence[slice(*ranked_among(sentence, 0, len(sentence)))] == "12 teams"
    assert ranked_among("Vietnam has 205 projects among 79 countries.", 0, 44) is None  # no rank
    assert asks_out_of("Out of how many?") and asks_out_of("Among how many countries?")
    assert not asks_out_of("Out of how many did they win?")  # asks more


def test_what_an_answer_names_after_especially_or_including():
    from qa.answering.spans import asks_examples, one_listing

    sentence = "They support each other at regional forums, especially within ASEAN and the United Nations."
    assert sentence[slice(*one_listing(sentence, 0, len(sentence)))] == "ASEAN and the United Nations"
    sentence = "It backs Laos in its roles this year, including the ASEAN Chairmanship (2024)."
    assert sentence[slice(*one_listing(sentence, 0, len(sentence)))] == "ASEAN Chairmanship"
    assert one_listing("Trade grew, especially exports, including rice.", 0, 48) is None  # two: which?
    assert all(map(asks_examples, ["Which ones especially?", "Such as?", "For example?", "Like what?"]))
    assert not asks_examples("Which ones did he sign?")


def test_a_count_is_no_rank_and_no_part_of_a_date():
    # "74" of "74th", and the days and year of "March 14 and 15, 2024", count nothing
    sentence = "On March 14 and 15, 2024, the navies conduct their 74th annual joint patrol."
    assert best_span(sentence, 0, len(sentence), Kind.COUNT, "How many joint patrols have they carried out?") is None
    # nor does a year said as one ("in 1998") or a year of a range ("2023-2027"); a number alone may count
    sentence = "On June 24, 2024, 57 delegates met; 205 projects in 1998, for 2023-2027; 2000 people; by 2000 guests."
    assert [sentence[s:e] for s, e in find_spans(sentence, 0, len(sentence), Kind.COUNT)] == ["57", "205", "2000",
                                                                                             "2000"]


@pytest.mark.parametrize("question, follow_up", [
    ("What is their budget?", True),
    ("And in Chile?", True),
    ("What did she say about the plan?", True),
    ("How many were there?", True),
    ("Who founded the city of Lima?", False),
    ("How many bridges cross the Seine?", False),
    ("total capital?", True),  # a fragment asks nothing by itself
    ("Is Lima a port?", False), ("Lima's population?", True),
    ("On which dates exactly?", True),  # "exactly" asks nothing more
    ("Which ones especially?", True),  # "ones" stands for what was said
    ("According to which ministry?", True),  # nor does "according"
    ("With how much total capital?", True), ("In which year did Laos sign the treaty?", False),  # no verb: elliptical
    ("What was the article called?", True),  # a title of what was said
    ("According to the report, how many students study in Laos?", False),
])
def test_is_follow_up(question, follow_up):
    assert is_follow_up(question) is follow_up


def test_a_pronoun_follow_up_carries_the_earlier_question_into_search():
    query = build_query("What is their total budget?", ["How many museums does Lima have?"])
    assert query.context == "How many museums does Lima have?"
    assert "Lima" in query.search_text and query.kind is Kind.MONEY


def test_an_elliptical_follow_up_swaps_the_phrase():
    query = build_query("And in Chile?", ["How many copper mines are there in Peru?"])
    assert query.question == "How many copper mines are there in Chile?"
    assert query.kind is Kind.COUNT and query.context == ""


def test_an_elliptical_follow_up_after_a_follow_up_swaps_the_phrase_in_the_topic():
    history = ["How many copper mines are there in Peru?", "Who owns them?"]
    query = build_query("And in Chile?", history)
    assert query.question == "Who owns them?" and query.context == "How many copper mines are there in Chile?"
    assert "Peru" not in query.search_text


def test_a_chain_of_elliptical_follow_ups_swaps_the_latest_phrase():
    history = ["How many copper mines operate in Peru?", "And in Chile?"]
    assert build_query("And in Bolivia?", history).question == "How many copper mines operate in Bolivia?"
    query = build_query("Who owns them?", history)  # the question "And in Chile?" stood for is the topic
    assert query.context == "How many copper mines operate in Chile?"


@pytest.mark.parametrize("question, expected", [
    ("How many projects does Vietnam have in Thailand?", ["Vietnam", "Thailand"]),
    ("What is the GDP of Laos?", ["GDP", "Laos"]),
    ("Please answer this. Who won?", []),  # capitals that start a sentence name nothing
    ('"Harmony" is what?', []),
    ("HOW MANY PROJECTS ARE IN LAOS? PLEASE ANSWER.", []),  # typed in capitals: they say nothing
    ("How Many Projects Does Vietnam Have In Laos, Please?", []),  # title case: the same
    ("Who is Thongloun Sisoulith in Laos?", ["Thongloun", "Sisoulith", "Laos"]),
    ("How often should I descale the machine in Laos?", ["Laos"]),  # the pronoun is no name
    # a country or its people is a name wherever it stands: users type "Lao students in Vietnam: how many?"
    ("Lao students in Vietnam: how many?", ["Lao", "Vietnam"]),
    ("Cambodia. Who leads it?", ["Cambodia"]), ('"Thailand" is what?', ["Thailand"]),
    ("What did Uncle Ho say of Mr Xiong Bo?", ["Ho", "Xiong", "Bo"]),  # words of address name no one
    ("What did Comrade Thongloun say to Samdech Hun Manet?", ["Thongloun", "Hun", "Manet"]),
    # a currency's mark names no country: "US dollars", "US$"
    ("What was Vietnam-China trade in US dollars?", ["Vietnam", "China"]), ("Is it US$5 billion?", []),
    ("What did the US say?", ["US"]),
    # an apostrophe joins the parts of a name, not a possessive's "s" to it
    ("What did the Tayichi'ud use?", ["Tayichi'ud"]), ("Who is O’Brien's wife?", ["O’Brien"]),
])
def test_names_are_capitalized_words_inside_a_sentence_and_acronyms(question, expected):
    assert names(question) == expected


def test_a_demonym_names_its_country():
    from qa.asking.countries import country_of, mentions_country

    assert [country_of(w) for w in ("Vietnamese", "Cambodian", "Chinese", "Lao", "Canadian", "Iraqi", "Italian")] \
        == ["vietnam", "cambodia", "china", "laos", "canada", "iraq", "italy"]
    assert country_of("Vietnam") == "vietnam" and country_of("Laotians") == "laos" and country_of("Laos") == "laos"
    assert country_of("Khmer") == "cambodia" and mentions_country("the Khmer kingdom", "Cambodia")
    assert country_of("Viet") == "vietnam"  # "the Viet-Lao bond"
    assert country_of("Asian") is None and country_of("Indiana") is None and country_of("Children") is None
    assert mentions_country("Lao leaders met.", "Laos") and mentions_country("Laos signed.", "Lao")
    assert mentions_country("Chinese firms", "China") and not mentions_country("Vietnamese firms", "Laos")


def test_a_country_of_several_names_is_mentioned_by_any_of_them():
    from qa.asking.countries import mentions_country, same_country

    assert mentions_country("the average United States worker", "American")
    assert mentions_country("the U.S. economy", "America") and mentions_country("in Burma", "Myanmar")
    assert not mentions_country("the average Canadian worker", "American")
    assert same_country("American", "the United States") and same_country("Khmer", "Cambodia")
    assert same_country("UK", "Britain") and not same_country("America", "Latin America")
    assert not same_country("States", "United")
    assert mentions_country("Some 2,000 Bolivians live there.", "Bolivians")


def test_a_standalone_question_ignores_history():
    query = build_query("Who founded the city of Lima?", ["How many museums does Lima have?"])
    assert query.search_text == "Who founded the city of Lima?" and query.context == ""


def test_a_chain_of_follow_ups_reaches_back_to_the_topic():
    query = build_query("And what about their budget?", ["How many museums does Lima have?", "Who runs them?"])
    assert "Lima" in query.search_text


def test_a_new_thing_of_theirs_is_asked_of_them_not_swapped_in():
    history = ["How many investment projects does Vietnam have in Cambodia according to the June 2024 article?"]
    query = build_query("and their total registered capital?", history)
    assert query.question == "What is their total registered capital?" and query.context == history[0]
    assert query.kind is Kind.MONEY


@pytest.mark.parametrize("typed, read", [
    ("Can you tell me how many bridges cross the river?", "How many bridges cross the river?"),
    ("Hello, could you please tell me when the museum opened?", "When the museum opened?"),
    ("Hi, quick question: how many bridges cross the river?", "How many bridges cross the river?"),
    ("Quick one for my report - what did trade reach in 2022?", "What did trade reach in 2022?"),
    ("I have a question. Who designed the bridge?", "Who designed the bridge?"),
    ("Hello there! Can you tell me who designed the bridge?", "Who designed the bridge?"),
    ("Hi how tall is the tower", "How tall is the tower?"),
    ("Hi-tech firms in the valley?", "Hi-tech firms in the valley?"),
    ("What is a quick question?", "What is a quick question?"),
    # the reader was trained on questions ending with a question mark
    ("how many bridges cross the river", "how many bridges cross the river?"),
    ("Tell me the number of bridges.", "What is the number of bridges?"),  # the thing asked for
    # wondering aloud, or asking whether the bot knows
    ("I wonder who wrote the Paxaxon piece.", "Who wrote the Paxaxon piece?"),
    ("Any idea how many Lao students are in Vietnam?", "How many Lao students are in Vietnam?"),
    ("Curious who the Vice President of Laos is", "Who is the Vice President of Laos?"),
    ("No clue who the ambassador is - do you know?", "Who is the ambassador?"),
    ("Do you happen to know who translated it?", "Who translated it?"),
    ("I'd love to find out the yearly pace of growth.", "What is the yearly pace of growth?"),
    ("And I wonder what the capital of those is?", "And what is the capital of those?"),
    ("Whose visit did it coincide with, I wonder?", "Whose visit did it coincide with?"),
    ("What's their total capital, any idea?", "What is their total capital?"),
    ("Any idea?", "Any idea?"),
    ("I would like to know who designed the bridge, please.", "Who designed the bridge?"),
    ("I'd like to know what the motto of the club is.", "What is the motto of the club?"),
    ("Do you know where the treaty was signed? Thanks!", "Where the treaty was signed?"),
    ("Please tell me: how tall is the tower?", "How tall is the tower?"),
    ("As a diplomat, I'd like to know: who signed it?", "Who signed it?"),  # who asks says nothing of what
    ("As a result, what happened?", "As a result, what happened?"),
    ("What is the capital of Peru, please?", "What is the capital of Peru?"),
    ("How many bridges cross the river? Please answer carefully.", "How many bridges cross the river?"),
    # what the user says of themselves before the question names nothing to find
    ("I'm compiling trade statistics for a class project; could you please tell me what trade reached in 2024?",
     "What trade reached in 2024?"),
    ("My manager wants to know about targets - what growth rate is the stated aim?", "What growth rate is the stated aim?"),
    ("For my homework, I'd like to know by which year Vietnam hopes to be developed.",
     "By which year Vietnam hopes to be developed?"),
    ("Thanks - and on which dates did it take place?", "On which dates did it take place?"),
    ("I'm quoting the MOIT piece; could you remind me who voiced confidence that ties would stay green?",
     "Who voiced confidence that ties would stay green?"),
    ("Quick question for my spreadsheet: how many projects are there?", "How many projects are there?"),
    ("I'd like to cite him properly in my report - what position does he hold?", "What position does he hold?"),
    ("Quick follow-up: which ministry reported that figure?", "Which ministry reported that figure?"),
    # a question within a request has a statement's order: a pronoun's verb goes back to a question's
    ("Thank you; could you also tell me which titles he holds?", "Which titles does he hold?"),
    ("Can you tell me where it was signed?", "Where was it signed?"),
    ("Tell me how many projects they have in Laos.", "How many projects do they have in Laos?"),
    ("Tell me what it has signed.", "What has it signed?"),
    ("Tell me what he said.", "What he said?"),  # a verb in the past is left
    # unless what follows points back to something the lead names
    ("My teacher asked me about the Solidarity Year - do you know which year that was?",
     "My teacher asked me about the Solidarity Year - do you know which year that was?"),
    ("My teacher said Vietnam's Minister spoke - do you know who that diplomat is?",
     "My teacher said Vietnam's Minister spoke - do you know who that diplomat is?"),
    ("I study Vietnam - Laos ties: why?", "I study Vietnam - Laos ties: why?"),  # too little left
    ("I wonder which year it was", "Which year was it?"),
    # a label, white space and a run of marks typed in haste
    ("Q: How tall is the tower?", "How tall is the tower?"),
    ("question 3) how tall is the tower ??", "how tall is the tower?"),
    ("How  many bridges\n cross the river ?!", "How many bridges cross the river?"),
    ("Q-fever is caused by what?", "Q-fever is caused by what?"),
    ("Qatar: who rules it?", "Qatar: who rules it?"),
    # nothing polite to take away, or too little left: kept as typed
    ("Why do people say thank you", "Why do people say thank you?"),
    ("What does please mean?", "What does please mean?"),
    ("Thanks for the bridge?", "Thanks for the bridge?"),
    ("Can you tell me more?", "Can you tell me more?"),
    ("?!", "?!"),
    ('Who wrote "Walking in Fresno?"', 'Who wrote "Walking in Fresno?"'),
    ("How many bridges cross the river?", "How many bridges cross the river?"),
    # a request put as a command, as a quiz puts it, is asked as the question it stands for
    ("Name the ministry that reported that figure.", "What is the ministry that reported that figure?"),
    ("Identify the author of that article.", "Who is the author of that article?"),
    ("Name the Chinese Ambassador to Vietnam quoted in it.", "Who is the Chinese Ambassador to Vietnam quoted in it?"),
    ("Give their total capital.", "What is their total capital?"),
    ("Name the Vietnamese seaports Laos will use.", "What are the Vietnamese seaports Laos will use?"),
    ("Give the year in which the treaty was signed.", "In what year the treaty was signed?"),
    ("State the number of Lao students in Vietnam.", "How many Lao students in Vietnam?"),
    ("State how many projects Vietnam has in Laos.", "How many projects Vietnam has in Laos?"),
    ("Please name the capital of Peru.", "What is the capital of Peru?"),
    ("State Route 180 comes from which direction?", "State Route 180 comes from which direction?"),  # a name
    # how the user wants the answer put goes, after the question or before it
    ("Who is Cambodia's Ambassador to Vietnam? Only the name.", "Who is Cambodia's Ambassador to Vietnam?"),
    ("Just the year, please: when was the monument built?", "When was the monument built?"),
    ("Which nation is its biggest partner? Answer in one word.", "Which nation is its biggest partner?"),
    ("What did trade reach? Give the figure in USD.", "What did trade reach?"),
    ("Only the name: under which prime minister did ties flourish?", "Under which prime minister did ties flourish?"),
    ("Who won? Only one team.", "Who won? Only one team?"),  # no word for a form of answer
    ("Answer the question: who won?", "Answer the question: who won?"),
    # a user's guess at what they ask, before it, is no figure to hold the answer to; what "that year" is stays
    ("I think the treaty was signed in 1975 - what date was it actually signed?",
     "I think the treaty was signed - what date was it actually signed?"),
    ("I believe Vietnam has around 300 projects in Cambodia - how many does it have?",
     "I believe Vietnam has projects in Cambodia - how many does it have?"),
    ("Someone told me trade hit $1 billion in 2022; what was the trade turnover that year?",
     "Someone told me trade hit in 2022; what was the trade turnover that year?"),
    ("If I remember right, the navies held their 70th patrol in March 2024; which patrol was it?",
     "If I remember right, the navies held their patrol in March 2024; which patrol was it?"),
    ("I think Vietnam is Cambodia's biggest partner - what is its actual rank?",
     "I think Vietnam is Cambodia's partner - what is its actual rank?"),
    ("If I remember correctly, the ambassador is Wang; who is he?", "If I remember correctly, the ambassador is Wang; who is he?"),
    # a yes-or-no question with a guess, then what to give instead: asked without the guess
    ("Was the treaty signed on July 18, 1976, or on what date?", "On what date was the treaty signed?"),
    ("Is it Hun Sen who became Prime Minister in August 2023? If not, who?", "Who became Prime Minister in August 2023?"),
    ("Did trade reach 700 million USD, or what was the real figure?", "What did trade reach?"),
    ("And does it have around 300 active projects there, or how many?", "How many active projects does it have there?"),
    ("Does Vietnam invest in around 60 countries, or what is the correct number?",
     "How many countries does Vietnam invest in?"),
    ("Did he attend it at the invitation of Premier Li Qiang? If not, at whose invitation?",
     "At whose invitation did he attend it?"),
    ("Was the 46th meeting held in Vientiane? If not, where?", "Where was the 46th meeting held?"),
    ("Does that strategy cover the 2021-2025 period, or which period?", "Which period does that strategy cover?"),
    ("Did June 24 mark the 55th anniversary of relations, or which anniversary was it?",
     "Which anniversary did June 24 mark of relations?"),
    ("Was it the Pathet Lao Daily that ran the piece? If not, which outlet?", "Which outlet ran the piece?"),
    ("According to the minister, does Vietnam run about 300 schemes in Laos, or how many?",
     "According to the minister, how many schemes does Vietnam run in Laos?"),
    # a guessed rank, then where it stands: among what the guess ranks it
    ("Is Vietnam one of the biggest sources of foreign capital in Laos? Where does it rank?",
     "Where does Vietnam rank among sources of foreign capital in Laos?"),
    ("Is Vietnam the largest investor in Laos? If not, where does it rank?",
     "Where does Vietnam rank among investors in Laos?"),
    ("Is China the top trading partner of Vietnam? Where does it stand?",
     "Where does China stand among trading partners of Vietnam?"),
    ("What share did it account for - about 20 percent?", "What share did it account for?"),
    ("Whose visit did it coincide with - Prime Minister Sonexay Siphandone's? If not, whose?",
     "Whose visit did it coincide with?"),
    ("Is that author the Lao Foreign Minister? If not, which body does he head?",
     "Is that author the Lao Foreign Minister? If not, which body does he head?"),  # no guess at a body
    ("Did Vietnam sign it with Laos or with Cambodia?", "Did Vietnam sign it with Laos or with Cambodia?"),
    # a choice of answers: asked without it, unless the options are what is asked about
    ("Who heads the Association, Nguyen Thi Thanh or Nguyen Ba Hung?", "Who heads the Association?"),
    ("What was trade from January through May 2024: 779.6 million USD or 5.5 billion USD?",
     "What was trade from January through May 2024?"),
    ("Since then, how many projects has Vietnam had in Cambodia, 205 or 241?",
     "How many projects has Vietnam had in Cambodia since then?"),
    ("And Cambodia, 2045 or 2050?", "And Cambodia?"),
    ("Does Vietnam have 241 or 205 active projects in Laos?", "How many active projects does Vietnam have in Laos?"),
    ("Are there over 14,000 or over 4,000 Lao students in Vietnam?", "How many Lao students are there in Vietnam?"),
    ("Was the treaty signed in 1977 or in 1978?", "In what year was the treaty signed?"),
    ("Has Xiong Bo served as ambassador since 2019 or since 2021?", "Since what year has Xiong Bo served as ambassador?"),
    ("Was that their 64th or 74th annual joint patrol?", "Which annual joint patrol was that?"),
    ("Did the visit last two days or three days?", "How long did the visit last?"),
    ("Was the meeting held in Hanoi or in Vientiane?", "Where was the meeting held?"),
    ("Did four or six ships take part in the patrol?", "How many ships did take part in the patrol?"),
    ("Which came first, the treaty or the trade agreement?", "Which came first, the treaty or the trade agreement?"),
    ("Which river is longer, the Rhine or the Danube?", "Which river is longer, the Rhine or the Danube?"),
    ("Who became chair first, Robert Watson or Rajendra Pachauri?",
     "Who became chair first, Robert Watson or Rajendra Pachauri?"),
    ("Who was elected chair earlier: Robert Watson or Rajendra Pachauri?",
     "Who was elected chair earlier: Robert Watson or Rajendra Pachauri?"),  # after a colon too
    ("Which minister was defrocked more recently, Rose Mary Denman or Jimmy Creech?",
     "Which minister was defrocked more recently, Rose Mary Denman or Jimmy Creech?"),
    # the largest of all may be neither
    ("Which country is the largest investor, China or Thailand?", "Which country is the largest investor?"),
    ("Is it Laos or Cambodia?", "Is it Laos or Cambodia?"),
    ("Did they sign it, or not?", "Did they sign it?"),  # no choice: "or not" is a tag (qa.asking.phrasing)
    ("Who visited on June 10, 2024: Hout Hak or Hun Sen?", "Who visited on June 10, 2024?"),
    ("Who is the Chinese Ambassador to Vietnam? A) Wang Yi B) Xiong Bo C) Hun Sen", "Who is the Chinese Ambassador to Vietnam?"),
    ("How many Lao students study in Vietnam: 1. over 4,000 2. over 14,000", "How many Lao students study in Vietnam?"),
    ("In which year was it signed? (a) 1975 (b) 1977 (c) 1979", "In which year was it signed?"),
    ("What grew 1.5 percent?", "What grew 1.5 percent?"),  # a figure, no option
    # a headline: its topic, then what is asked in a word or two
    ("Lao students in Vietnam: number?", "How many Lao students in Vietnam?"),
    ("Lao planning minister heading the cooperation body: who?", "Who is Lao planning minister heading the cooperation body?"),
    ("Cambodia developed-country goal: target year?", "What is the target year of Cambodia developed-country goal?"),
    ("Hun Manet becomes Prime Minister: date?", "When did Hun Manet become Prime Minister?"),
    ("Xiong Bo becomes ambassador: year?", "In what year did Xiong Bo become ambassador?"),
    ("Trade agreement signed: year?", "In what year was Trade agreement signed?"),
    ("Third Belt and Road Forum: host city?", "Where was Third Belt and Road Forum?"),
    ("Qatar: who rules it?", "Qatar: who rules it?"),  # asked in words of its own
    ("The Paxaxon piece: author?", "Who wrote The Paxaxon piece?"),
    # or its topic and a comma
    ("Vietnamese institutions hosting Lao learners, how many?", "How many Vietnamese institutions hosting Lao learners?"),
    ("Combined funding of the ventures, how much?", "How much is combined funding of the ventures?"),
    ("Yearly growth of trade, targeted range?", "What is the targeted range of yearly growth of trade?"),
    ("Vietnam, Laos and Cambodia?", "Vietnam, Laos and Cambodia?"),
    ("Well, how much?", "How much?"),  # no topic: a word before a comma
    # the circumstances a question opens with, put after what it asks
    ("On the afternoon of June 10, 2024, during an official visit, which minister did Pham Minh Chinh meet?",
     "Which minister did Pham Minh Chinh meet on the afternoon of June 10, 2024, during an official visit?"),
    ("At the close of 2023, when the leaders set a goal, what figure did they target?",
     "What figure did they target at the close of 2023, when the leaders set a goal?"),
    ("In 2022, what did trade reach?", "What did trade reach in 2022?"),
    ("In the article about the visit, who spoke?", "In the article about the visit, who spoke?"),  # a document named
    ("Other than Laos, which country?", "Other than Laos, which country?"),
    # a statement typed with a question mark, asked where its guess stands
    ("The Paxaxon article came out on September 15, 2024?", "The Paxaxon article came out on what date?"),
    ("And it has 300 active projects there?", "And it has how many active projects there?"),
    ("Trade reached US$10.57 billion in 2022?", "Trade reached how much in 2022?"),  # the figure, not its year
    ("That was up about 15 percent on the year before?", "That was up what percent on the year before?"),
    ("That one covers 2021-2030?", "That one covers what period?"),
    ("The visit lasted three days?", "The visit lasted how many days?"),
    ("Vietnam is Cambodia's second largest trading partner?", "Vietnam is Cambodia's what largest trading partner?"),
    ("That was in November 2001?", "That was in what month?"),
    ("Nguyen Ba Hung is Vietnam's ambassador to Laos?", "Nguyen Ba Hung is Vietnam's ambassador to Laos?"),  # no figure
    ("The goal was set by the leaders late 2023?", "The goal was set by the leaders late 2023?"),  # when, no guess
    ("Vietnam-Cambodia trade 2022?", "Vietnam-Cambodia trade 2022?"),  # keywords, no statement
    # a frame of what the user means to do with the answer
    ("If I wanted to cite the trade figure, what was trade in the first five months of 2024?",
     "What was trade in the first five months of 2024?"),
    ("Say I need the author of the Paxaxon piece: who is it?", "Who is the author of the Paxaxon piece?"),
    ("Were I to give the dates it was held, what would they be?", "What are the dates it was held?"),
    ("Say I need the name of the Prime Minister of Laos: who is it?", "Who is the Prime Minister of Laos?"),
    ("If I wanted to give his position, which department would I say he heads?", "Which department does he head?"),
    ("For a slide on education, how many Lao students study in Vietnam?", "How many Lao students study in Vietnam?"),
    # the frame names what the question does not: kept
    ("For a slide on Vietnam-China commerce, what was the trade value in 2022?",
     "For a slide on Vietnam-China commerce, what was the trade value in 2022?"),
    ("If I wanted to cite when he visited, what month would I give?",
     "If I wanted to cite when he visited, what month would I give?"),
    # a command asking a time, the clause after it without a preposition
    ("Give me the date Vietnam and Laos signed the treaty.", "On what date Vietnam and Laos signed the treaty?"),
    ("Give the date when it was signed.", "On what date it was signed?"),
    ("Give the date of the signing.", "What is the date of the signing?"),
    # a category's noun for what is asked: the question word it stands for
    ("Which individual headed the government before him?", "Who headed the government before him?"),
    ("What quantity of ventures operate in Laos?", "How many ventures operate in Laos?"),
    ("What quantity of time has the bond lasted?", "How long has the bond lasted?"),
    ("What quantity did two-way commerce amount to?", "How much did two-way commerce amount to?"),
    ("Which person's visit was it?", "Which person's visit was it?"),
    ("What person-to-person R0 did they estimate?", "What person-to-person R0 did they estimate?"),
    ("who's the guy that wrote the paxaxon thing", "who wrote the paxaxon thing?"),
    ("Who is the woman who leads the Association?", "Who leads the Association?"),
    # a blank to fill, asked where it stands
    ("The treaty was signed on ____.", "The treaty was signed on what date?"),
    ("The state visit lasted ____ days.", "The state visit lasted how many days?"),
    ("Vietnam currently has ____ active projects in Laos.", "Vietnam currently has how many active projects in Laos?"),
    ("The article was authored by ____.", "Who authored the article?"),
    ("____ is the Chinese Ambassador to Vietnam.", "Who is the Chinese Ambassador to Vietnam?"),
    ("____ is the capital of Laos.", "What is the capital of Laos?"),
    ("The monument was built in ____.", "The monument was built in what year?"),
    ("Vietnam is China's largest trading partner in ____.", "Vietnam is China's largest trading partner in what?"),
    ("The forum was held in the city of ____.", "The forum was held in the city of what?"),
    ("Vietnam aims to be developed by the year ____.", "Vietnam aims to be developed by what year?"),
    ("Bilateral trade amounted to ____.", "Bilateral trade amounted to how much?"),
    ("In 2023 they celebrated the ____ anniversary of its signing.",
     "In 2023 they celebrated the what anniversary of its signing?"),
    ("The remark is attributed to ____.", "The remark is attributed to whom?"),
    ("Beijing's envoy in Vietnam is Mr. ____.", "Beijing's envoy in Vietnam is who?"),
    ("Fill ____ and ____ in.", "Fill ____ and ____ in?"),  # two blanks: as typed
    # what only chats around the question goes
    ("Hi again! What did trade reach? Thanks so much in advance.", "What did trade reach?"),
    ("Who won? Sorry if this is a silly question. Thanks!", "Who won?"),
    ("Who won? I need it for my essay due tomorrow.", "Who won?"),
    ("Who won? Thanks, you're a great help!", "Who won?"),
    ("Who won? Hope you can help :)", "Who won?"),
    ("Thanks!", "Thanks?"),  # nothing else to ask
    # asking the bot to look in its documents, as a search box is asked
    ("Do you have anything on Lao students in Vietnam - how many are there?",
     "Lao students in Vietnam - how many are there?"),
    ("According to your files, what was the value of trade in 2022?", "What was the value of trade in 2022?"),
    ("Who invited him, according to your documents?", "Who invited him?"),
    ("Search for the Chairwoman of the Friendship Association.", "Who is the Chairwoman of the Friendship Association?"),
    ("Search for the trade target with Cambodia.", "What is the trade target with Cambodia?"),
    ("Find out who won.", "Who won?"),
    ("What does the article say about Laos?", "What does the article say about Laos?"),  # of a document: asked
    ("Which uses of sculpture are represented in the collection?",
     "Which uses of sculpture are represented in the collection?"),  # a collection the question names
    # asked as one of a people: their country for "our country", "we" and "us"
    ("As a Lao, how many ventures operate in our country, according to our planning minister?",
     "How many ventures operate in Laos, according to the Lao planning minister?"),
    ("As a Cambodian, by which year do we hope to be developed?", "By which year do Cambodia hope to be developed?"),
    ("As a diplomat, what did our side sign?", "What did our side sign?"),  # no people: as before
    # asked in the passive, about who did something: asked in the active
    ("The post of Chinese Ambassador to Vietnam is held by whom?", "Who holds the post of Chinese Ambassador to Vietnam?"),
    ("Laos's planning portfolio is held by which official?", "Which official holds Laos's planning portfolio?"),
    ("By whom was the Trade Agreement signed on the Lao side?", "Who signed the Trade Agreement on the Lao side?"),
    ("The State visit was paid by which President of Laos?", "Which President of Laos paid the State visit?"),
    ("By whom was the article published on the site authored?", "Who authored the article published on the site?"),
    ("By whom was it written?", "Who wrote it?"),
    ("The bridge has been crossed by whom?", "Who has crossed the bridge?"),
    ("The river is crossed by which bridges?", "The river is crossed by which bridges?"),  # present form unknown
    ("By what year does Laos aim to develop?", "By what year does Laos aim to develop?"),
    ("The library is known by what other name?", "The library is known by what other name?"),  # no one acting
    # "What's" written out, as the patterns that tell what is asked are written; "What's happened" is "has"
    ("What's the title of the article?", "What is the title of the article?"),
    ("whats another name for islamism", "what is another name for islamism?"),
    ("Who’s the chair?", "Who is the chair?"), ("What's happened to the treaty?", "What's happened to the treaty?"),
])
def test_a_question_is_read_without_its_polite_words_and_with_a_question_mark(typed, read):
    assert plain_question(typed) == read


def test_a_question_with_doubled_spaces_is_classed_as_with_single_ones():
    assert build_query("How  many bridges cross the river??").kind is Kind.COUNT


@pytest.mark.parametrize("history, question, read", [
    # the thing named instead of another goes where the other stood; with nothing named, where "What about X?" puts it
    (["By what year does Cambodia aim to become a developed nation?"], "Sorry, I meant Vietnam, not Cambodia.",
     "By what year does Vietnam aim to become a developed nation?"),
    (["What period does the Vietnam-Laos Educational Cooperation Plan cover?"],
     "No, I meant the Protocol on Training Cooperation.", "What period does the Protocol on Training Cooperation cover?"),
    # "him" was a person: who the one meant is
    (["Who is the Vietnamese Minister of Foreign Affairs?"], "Not him - the Lao minister who chairs the Committee.",
     "Who is the Lao minister who chairs the Committee?"),
    # a name the last question does not hold is put where "And X?" puts it
    (["How many projects does Vietnam have in Cambodia?"], "Sorry, I meant Laos, not Thailand.",
     "How many projects does Vietnam have in Laos?"),
    ([], "Sorry, I meant Vietnam, not Cambodia.", "Sorry, I meant Vietnam, not Cambodia?"),  # nothing to correct
])
def test_a_follow_up_that_corrects_the_last_question_asks_it_as_corrected(history, question, read):
    assert build_query(question, history).question == read


def test_a_polite_question_is_read_and_classed_as_the_plain_one():
    query = build_query("Could you tell me how many bridges cross the river, please?")
    assert query.question == query.search_text == "How many bridges cross the river?"
    assert query.kind is Kind.COUNT
    follow_up = build_query("Can you tell me what it cost?", ["I'd like to know who built the bridge."])
    assert follow_up.question == "What it cost?"
    assert follow_up.context == "Who built the bridge?"


@pytest.mark.parametrize("history, question, read", [
    # a name alone stands for the earlier question's last name, not its last phrase ("to become ...")
    (["By what year does Peru aim to become a developed nation?"], "And Chile?",
     "By what year does Chile aim to become a developed nation?"),
    (["How many bridges does Lima have in its centre?"], "And Cusco?", "How many bridges does Cusco have in its centre?"),
    (["How many bridges cross the river in Lima?"], "And in Cusco?", "How many bridges cross the river in Cusco?"),
    # a name goes for a name written as it is, not for "the Black Death"; of equals, the last ("Peru")
    (["What share of Egypt's population did the Black Death kill?"], "And Paris?",
     "What share of Paris's population did the Black Death kill?"),
    (["How many mines does Chile have in Peru?"], "And Bolivia?", "How many mines does Chile have in Bolivia?"),
    # a noun phrase goes for the one sharing its words, its determiner with it
    (["When did the Jawaharlal Nehru gallery of Indian art open?"], "And the Toshiba gallery of Japanese art?",
     "When did the Toshiba gallery of Japanese art open?"),
    # the earlier thing's own qualifier goes with it, when the new thing shares none of its words
    (["What period does the Vietnam-Laos cooperation plan on culture, arts and tourism cover?"],
     "What about the sports development strategy?", "What period does the sports development strategy cover?"),
    (["How many items does the museum's textile collection hold?"], "what about its jewellery collection",
     "How many items does its jewellery collection hold?"),
    (["How many Lao students study in Lima?"], "And Peruvian students?", "How many Peruvian students study in Lima?"),
    (["How tall is the tower?"], "And the spire?", "How tall is the spire?"),
    # another superlative goes for the earlier one, not for the place ("which month is warmest in the coldest?")
    (["Which month is warmest in Fresno?"], "and the coldest?", "Which month is coldest in Fresno?"),
    (["What is the largest city in Kenya?"], "And the second largest?", "What is the second largest city in Kenya?"),
    # "and after?" turns the earlier question's "before"; "under" is a preposition like "in"
    (["What was Florence's population before the Black Death?"], "and after?",
     "What was Florence's population after the Black Death?"),
    (["What happens to rock units under horizontal compression?"], "and under extension?",
     "What happens to rock units under extension?"),
    (["How many people live in the west of Kenya?"], "And the east?", "How many people live in the east of Kenya?"),
    # "and what about" is one opening, not "and" before a question of its own
    (["How tall is the tower?"], "and what about the spire?", "How tall is the spire?"),
    # "And which X?" swaps the thing the earlier question asks for; one that asks more is a question of its own
    (["Which Vietnamese ministries are party to the plan?"], "And which Cambodian ministry?",
     "Which Cambodian ministry are party to the plan?"),
    (["Which treaty did Vietnam sign in 1977?"], "And which one did he sign?", "Which one did he sign?"),
    # "its Vietnamese counterpart": the earlier question of the other people
    (["Which Cambodian ministry signed the cooperation with Vietnam?"], "And its Vietnamese counterpart?",
     "Which Vietnamese ministry signed the cooperation with Vietnam?"),
    # the earlier thing asked of another country: it takes the place of the last of the earlier question's two
    (["What motto guides the Vietnam-Cambodia relationship?"], "What about the motto with China?",
     "What motto guides the Vietnam-China relationship?"),
    (["What was the bilateral trade between Vietnam and Laos in 2022?"], "And the trade with China?",
     "What was the bilateral trade between Vietnam and China in 2022?"),
    # the thing the earlier question asks for, now of names it does not give: asked of them
    (["What motto have the Communist Parties of Vietnam and China established?"],
     "What about the motto of the Vietnam - Cambodia relationship?",
     "What is the motto of the Vietnam - Cambodia relationship?"),
])
def test_an_elliptical_follow_up_swaps_the_right_phrase(history, question, read):
    assert build_query(question, history).question == read


def test_a_follow_up_naming_another_title_asks_the_earlier_question_of_that_document():
    query = build_query("And the one titled 'Laos Elevates Ties'?", ["When was the article 'A Special Bond' posted?"])
    assert (query.question, query.document) == ("When was it posted?", "Laos Elevates Ties")


def test_a_follow_up_naming_its_document_is_asked_of_that_document(seed_qa):
    earlier = ["In what year did Vietnam and Cambodia sign an economic-trade agreement?"]
    question = "how have trade and investment ties fared since then, per the June 2024 article"
    query = build_query(question, earlier)
    assert (query.question, query.document, query.context) == (
        "How have trade and investment ties fared since then, per it?", "June 2024", earlier[0])
    # its year names the article, not what is asked: "since 1998" is no other year than "2024"
    answer = seed_qa.answer(question, history=earlier)
    assert answer.found and "progressed remarkably" in answer.text, answer.reason


def test_a_follow_up_opened_with_and_is_judged_without_it():
    query = build_query("And what is their total length?", ["How many bridges cross the river?"])
    assert query.question == "What is their total length?"
    assert query.context == "How many bridges cross the river?"
    assert build_query("And what is the total length?", ["How many bridges cross the river?"]).context  # still leans back


def test_what_position_asks_for_a_role_not_a_rank():
    assert expected_kind("What position does he hold?") is Kind.OTHER
    assert expected_kind("What rank does the port hold?") is Kind.ORDINAL


def test_month_and_day_names_are_no_names_and_years_are_found():
    from qa.asking.question import years

    assert names("What did the Paxaxon paper publish in Sept 2024, on a Monday in May?") == ["Paxaxon"]
    assert years("How many in 2020, and 1,999 or 2024.5 or in 1977?") == ["2020", "1977"]


def test_an_initial_is_no_name():
    # "U" of "the U.S.", which a text may write "the United States"; a lone capital is still one ("Plan B")
    assert names("What was the first geological map of the U.S.?") == []
    assert names("What is Plan B?") == ["Plan", "B"] and names("Is vitamin C good for you?") == ["C"]


@pytest.mark.parametrize("question, yes_no", [
    ("Is the bridge open at night?", True), ("did the council vote no", True),
    ("Did the plague spread in Scandinavia or Germany first?", False), ("Who is the mayor?", False),
    ("Island of what?", False),
])
def test_a_yes_or_no_question_is_told_from_a_choice(question, yes_no):
    from qa.asking.question import is_yes_no

    assert is_yes_no(question) is yes_no


@pytest.mark.parametrize("question, expected", [
    ("Who translated the article about the 57th anniversary of Vietnam-Cambodia relations?",
     ("Who translated it?", "the 57th anniversary of Vietnam-Cambodia relations")),
    ("When was the story on river bridges posted?", ("When was it posted?", "river bridges")),
    ("In the paper titled Bats, rats, and mice, what virus was found?", ("What virus was found?", "Bats, rats, and mice")),
    ("According to this report on floods, jesmond is filled with what?", ("Jesmond is filled with what?", "floods")),
    ("When was the MOIT article “Laos: A Special Bond” posted?", ("When was it posted?", "Laos: A Special Bond")),
    ("according to the story River Bridges of Europe, how many cross the Rhine",
     ("How many cross the Rhine", "River Bridges of Europe")),
    ("On which day was the piece marking 57 years of ties published?",
     ("On which day was it published?", "57 years of ties")),
    ("What is the date of the report that mentions the joint patrol?", ("What is the date of it?", "the joint patrol")),
    ("According to the MOIT Vietnam article of September 2023, for how many years have they been friends?",
     ("For how many years have they been friends?", "the MOIT Vietnam article of September 2023")),
    ("Who translated the June 2024 article on the 57 years of ties?",
     ("Who translated it?", "june 2024 the 57 years of ties")),  # its date counts (a month no name to hold)
    ("Who wrote the Paxaxon article about Lao-Vietnam relations?",
     ("Who wrote it?", "Paxaxon Lao-Vietnam relations")),  # a name before the noun names it too
    ("how many years have they been friends according to MOIT's september 2023 post",
     ("How many years have they been friends", "MOIT's september 2023 post")),
    ("according to MOIT's september 2023 post, for how long has the bond been cultivated?",
     ("For how long has the bond been cultivated?", "MOIT's september 2023 post")),  # named by its outlet first
    ("How many died, according to the report on floods?", ("How many died?", "floods")),
    ("who posted 'Laos: A Special Bond'", ("Who posted it", "Laos: A Special Bond")),  # a title after the verb
    ("On what date was 'Laos: A Special Bond' posted?", ("On what date was it posted?", "Laos: A Special Bond")),
    ("Who translated the June 2024 article?", ("Who translated it?", "June 2024")),  # named by its date alone
    ("In the September 2023 MOIT piece, for how many years has the relationship been nurtured?",
     ("For how many years has the relationship been nurtured?", "September 2023")),  # a name between
    ("Who is quoted in the 2023 article?", ("Who is quoted in it?", "2023")),  # or its year alone
    ("According to the text, how much money was raised?", None),  # no title: any of the documents
    ("According to the report, how many died?", None),
    ("According to Mr. Xiong Bo, what is the relation in its prime time?", None),  # a person, not a document
    ("What is the article about Laos about?", None),  # nothing is asked but what the article is
    ("What publication published an article about Tesla in 1912?", None),  # some article, not one of ours
    ("On what day was the MOIT piece on the special relationship put online?",
     ("On what day was it put online?", "MOIT the special relationship")),
    ("What post date does the article A Bond to New Levels carry?", ("What post date does it carry?",
                                                                    "A Bond to New Levels")),
    ("What is the title of the MOIT Vietnam post dated 13th September 2023?",
     ("What is the title of it?", "MOIT Vietnam 13th September 2023")),  # its outlet and date name it
    ("How many bridges cross the river?", None),
])
def test_document_reference(question, expected):
    from qa.asking.question import document_reference

    assert document_reference(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("I'm reading about Super Bowl 50. Who won?", ("Who won?", "Super Bowl 50", "topic")),
    ("Who won? I am reading about Super Bowl 50.", ("Who won?", "Super Bowl 50", "topic")),
    ("I'm reading about Super Bowl 50. Who won", ("Who won", "Super Bowl 50", "topic")),
    ("Hi, I have a question about Warsaw. How many people live there?",
     ("How many people live there?", "Warsaw", "topic")),
    ("Combustion needs a fuel. What role does oxygen play?",
     ("What role does oxygen play?", "Combustion needs a fuel", "said")),
    ("What stone was used for the staircase designed by J.W. Wild?", None),  # one question, cut at "J.W."
    ("Who won Super Bowl 50? Thanks in advance!", None),  # thanks say nothing of the topic
    # a lead before a mark is a statement too, when it names something
    ("I'm reading about Super Bowl 50; who won?", ("Who won?", "Super Bowl 50", "topic")),
    ("I'm tracking Lao media - which paper ran the piece?", ("Which paper ran the piece?", "I'm tracking Lao media", "said")),
    ("I'm tracking Lao media - which paper ran it?", None),  # "it" may be what the lead names
    ("I'm compiling statistics for a class; could you tell me what trade reached?", None),
    # a statement, then a question after a dash
    ("Cambodia ranks second among destinations of Vietnamese investment - which country ranks first?",
     ("Which country ranks first?", "Cambodia ranks second among destinations of Vietnamese investment", "said")),
    ("Who chairs the Laos - Vietnam Cooperation Committee?", None),  # a dash between two names
])
def test_statements_around_a_question_give_its_topic(question, expected):
    from qa.asking.question import stated_topic

    assert stated_topic(question) == expected
    if expected:
        query = build_query(question)
        assert (query.question, query.document, query.loose) == (plain_question(expected[0]), *expected[1:])


def test_the_former_and_the_latter_are_the_names_said_before():
    from qa.asking.question import former_or_latter

    said = "Vietnam invests in Laos and Cambodia."
    assert former_or_latter("How many projects does it have in the former?", said) \
        == "How many projects does it have in Laos?"
    assert former_or_latter("What is the latter's capital?", said) == "What is Cambodia's capital?"
    assert former_or_latter("Which is bigger, the former or the latter?", said) == "Which is bigger, Laos or Cambodia?"
    assert former_or_latter("Who was the former Prime Minister?", said) == "Who was the former Prime Minister?"
    assert former_or_latter("What about the former?", "Who is the ambassador?") == "What about the former?"
    query = build_query("Vietnam invests in Laos and Cambodia. How many projects does it have in the latter?")
    assert query.question == "How many projects does it have in Cambodia?"
    follow_up = build_query("How many are in the former?", ["Does Vietnam invest in Laos or Cambodia?"])
    assert "Laos" in follow_up.question and "former" not in follow_up.question


def test_a_leading_so_or_ok_is_dropped():
    assert plain_question("So, who won the game?") == "Who won the game?"
    assert plain_question("ok, how many people live there") == "How many people live there?"
    assert plain_question("ok what about Vietnam?") == "What about Vietnam?"  # a swap follow-up, without its comma
    assert plain_question("Ok the dates?") == "Ok the dates?"
    assert plain_question("Well water is what?") == "Well water is what?"
    from qa.asking.typed import plain_words

    assert plain_words("wait, who wrote that article then?") == "who wrote that article then?"
    assert plain_words("Actually, what about the training protocol?") == "what about the training protocol?"
    assert plain_words("Oh, when was it signed?") == "when was it signed?"
    assert plain_words("Oh Vietnam, how many projects?") == "Oh Vietnam, how many projects?"  # no question next


def test_a_question_naming_its_document_is_judged_without_the_name():
    query = build_query("Who translated the article about the 57th anniversary?")
    assert (query.question, query.search_text, query.context, query.document) == (
        "Who translated it?", "Who translated it?", "", "the 57th anniversary")
    assert query.kind is Kind.PERSON
    plain = build_query("Who translated the article about the 57th anniversary?", documents=False)
    assert plain.document == "" and plain.question.startswith("Who translated the article")


def test_a_short_title_before_a_name_is_no_name():
    assert names("Which minister did PM Pham Minh Chinh meet during the visit?") == ["Pham", "Minh", "Chinh"]


@pytest.mark.parametrize("question, asked", [
    ("By how much did that go up?", True), ("By what percentage did it grow?", True),
    ("By what percentage did trade exceed the same span a year earlier?", True),
    ("What was the growth compared with the year before?", True), ("What was the year-on-year increase?", True),
    ("What was the trade turnover?", False), ("What did the growth strategy aim for?", False),
    ("By how much was that up on the year before?", True), ("By how much was it down?", True),
    ("How much was that up for grabs?", False),
    ("What was the growth rate of trade?", True), ("vietnam laos trade growth rate year on year", True),
    ("What is the interest rate?", False),
])
def test_a_question_asking_by_how_much_a_thing_changed_is_told(question, asked):
    from qa.answering.spans import asks_change

    assert asks_change(question) is asked


@pytest.mark.parametrize("question, read", [
    ("How much did trade grow in 2022 compared with the year before?", "How much did trade grow in 2022?"),
    ("by how much did it rise vs the same time the year before?", "by how much did it rise?"),
    ("How much did it grow compared with 2021?", "How much did it grow compared with 2021?"),  # a year says more
    ("What was trade last year?", "What was trade last year?"),  # no change asked
])
def test_a_change_asked_against_the_year_before_is_read_without_it(question, read):
    from qa.answering.spans import without_last_year

    assert without_last_year(question) == read


def test_a_phrase_before_a_follow_up_question_takes_the_earlier_phrase_s_place():
    query = build_query("And in Laos, how many active ones?", ["How many projects are there in Cambodia?"])
    assert query.question == "How many active ones in Laos?"
    assert query.context == "How many projects are there in Laos?" and "Cambodia" not in query.search_text
    # without an earlier phrase to replace, the follow-up is read as before
    assert build_query("And in Laos, who signed?", ["Who signed the plan?"]).context == "Who signed the plan?"


def test_chatter_around_a_question_names_no_topic():
    assert build_query("Who won the final? Hope you can help :)").document == ""
    assert build_query("Who won the final? I'm reading about Super Bowl 50.").document == "Super Bowl 50"
    # a question in a clause after a follow-up's lead is no clause to set aside
    query = build_query("What about the Protocol on Training, which period does it cover? Cheers!",
                        ["What period does the Education Plan cover?"])
    assert query.question == "What about the Protocol on Training, which period does it cover?" and not query.aside
    # nor is one after a name holding "Who": "Doctor Who" asks nothing
    query = build_query("In the 1999 special Doctor Who and the Curse of Fatal Death, which actors played the Doctor?")
    assert query.question.endswith("which actors played the Doctor?") and not query.aside
    assert build_query("Which general became Prime Minister on August 22, succeeding Hun Sen?").aside == \
        "succeeding Hun Sen"


def test_letters_in_capitals_are_no_one_asked_for_by_a_word_for_a_person():
    from qa.answering.misses import not_this
    from qa.asking.question import Kind

    said = "In 1999, another special was made for Comic Relief and later released on VHS."
    assert not_this("Which actors played the Doctor in the special?", Kind.PERSON, said, "VHS")
    assert not_this("Who released the special?", Kind.PERSON, "The BBC released the special.", "BBC") is None


@pytest.mark.parametrize("question, read", [
    ("Who would have authored the Paxaxon article?", "Who authored the Paxaxon article?"),
    ("Which Lao leader might have been at the session?", "Which Lao leader was at the session?"),
    ("What would have happened?", "What would have happened?"),  # not who did it
    ("Who will sign it?", "Who will sign it?"),
])
def test_a_past_asked_as_a_guess_is_asked_in_the_past(question, read):
    assert plain_question(question) == read


def test_the_figure_paired_with_the_name_asked_is_quoted(seed_qa):
    from qa.answering.spans import paired_value

    text = "working towards the vision of Cambodia becoming a developed nation by 2050 and Vietnam by 2045."
    at = text.index("2050")
    assert text[slice(*paired_value("By what year will Vietnam be developed?", text, 0, len(text), (at, at + 4)))] \
        == "2045"
    both = (at, text.index("2045") + 4)  # "2050 and Vietnam by 2045"
    assert text[slice(*paired_value("And the year for Vietnam?", text, 0, len(text), both))] == "2045"
    assert paired_value("By what year will Cambodia be developed?", text, 0, len(text), (at, at + 4)) is None
    assert paired_value("When will Vietnam and Cambodia be developed?", text, 0, len(text), (at, at + 4)) is None
    # the share paired with the name asked, where the reader quoted another share without its "%"
    shares = "The forest is mostly within Brazil, with 60% of the rainforest, followed by Peru with 13%, Colombia with 10%."
    at = shares.index("60")
    peru = paired_value("What percentage of the Amazon rainforest is in Peru?", shares, 0, len(shares), (at, at + 2))
    assert shares[slice(*peru)] == "13%"
    # a figure, then the name it is given with: the name as the question writes it, hyphens and all
    genome = ("Overall, the genome of 2019-nCoV has 89% nucleotide identity with bat SARS-like-CoVZXC21 and 82% "
              "with that of human SARS-CoV.")
    at = genome.index("89%")
    asked = "How much genome identity does 2019-nCoV share with SARS-CoV?"
    assert genome[slice(*paired_value(asked, genome, 0, len(genome), (at, at + 3)))] == "82%"
    both = (at, genome.index("82%") + 3)
    assert genome[slice(*paired_value(asked, genome, 0, len(genome), both))] == "82%"
    bat = "How much genome identity does 2019-nCoV share with bat SARS-like-CoVZXC21?"
    assert paired_value(bat, genome, 0, len(genome), (at, at + 3)) is None  # quoted its own already
    assert paired_value("How much genome identity does SARS-CoV-2 share?", genome, 0, len(genome), (at, at + 3)) \
        is None  # "SARS-CoV-2" is not "SARS-CoV"
    # the share paired with the name asked (in any case), where the other share is paired with no name
    shares = ("The SARS-CoV-2 genome sequence also has ∼80% identity with SARS-CoV, but it is most similar to some "
              "bat beta-coronaviruses, with the highest being >96% identity [4, 5] .")
    at = shares.index("96%")
    asked = "How much similarity does the SARS-COV-2 genome sequence have with SARS-COV?"
    assert shares[slice(*paired_value(asked, shares, 0, len(shares), (at, at + 3)))] == "80%"
    said = "It had 80% identity with SARS-CoV and killed 774 people."
    at = said.index("774")
    assert paired_value("How many people did SARS-CoV kill?", said, 0, len(said), (at, at + 3)) is None  # no share
    answer = seed_qa.answer("By what year does Vietnam aim to become a developed nation?")
    assert answer.found and answer.span == "2045"
    follow = seed_qa.answer("By how much was that up on the year before?",
                            history=["How much did Vietnam and Cambodia trade with each other in 2022?"])
    assert follow.found and follow.span == "nearly 11 percent"


def test_the_two_countries_of_a_question_naming_none_are_the_earlier_questions(seed_qa):
    from qa.asking.question import is_follow_up

    assert is_follow_up("How long have the two countries had diplomatic relations?")
    assert not is_follow_up("How long have Vietnam and China, the two countries, had diplomatic relations?")
    answer = seed_qa.answer("How long have the two countries had diplomatic relations?",
                            history=["What motto have the Communist Party of Vietnam and the Communist Party of China "
                                     "established?"])
    assert answer.found and "7 decades" in answer.text


def test_a_country_typed_in_lower_case_is_a_name_all_the_same():
    from qa.asking.question import caseless_countries

    assert caseless_countries("vietnam investment projects in thailand number") == ["Vietnam", "Thailand"]
    assert caseless_countries("Vietnam investment projects in thailand number?") == ["Vietnam", "Thailand"]
    assert caseless_countries("How many projects does Vietnam have in Thailand?") == []  # names() gives them
    assert caseless_countries("what did the turkey eat") == []  # names something else as often


def test_an_acronym_written_with_full_stops_is_named():
    assert unnamed(["US"], "In the U.S.A., screening is carried out at 20 airports.") == []
    assert unnamed(["UK"], "the U.K. said") == [] and unnamed(["UK"], "the United States said") == ["UK"]



def test_an_acronyms_plural_and_a_hyphened_number_are_named():
    assert unnamed(["IFNs"], "Treatment with IFN reduced replication.") == []
    assert unnamed(["IFNs"], "Treatment with INF reduced replication.") == ["IFNs"]
    assert unnamed(["Romans"], "The Roman fort stood there.") == [] and unnamed(["Romans"], "A fort.") == ["Romans"]
    assert unnamed(["HIV1"], "peptides against HIV-1 entry") == [] and unnamed(["HIV1"], "HIV-2 entry") == ["HIV1"]


def test_asked_why_the_cause_the_sentence_states_is_quoted():
    from qa.answering.spans import reason_clause

    text = ("However, this claim lacks any scientific basis and must be discounted because of significant divergence "
            "in the genetic sequence of this construct [14] .")
    at = text.index("discounted")
    asked = "Why does the claim lack any scientific basis?"
    cause = reason_clause(asked, text, 0, len(text), (at, at + len("discounted")))
    assert text[slice(*cause)] == "because of significant divergence in the genetic sequence of this construct"
    assert reason_clause("What does the claim lack?", text, 0, len(text), (at, at + 10)) is None  # not asked why
    inside = (text.index("significant"), text.index("sequence") + 8)
    assert reason_clause(asked, text, 0, len(text), inside) is None  # the phrase already lies in the cause
    # a phrase that begins before the cause's word is quoted from it
    mouse = "It is likely that MA15 is highly attenuated to replicate in human cells or patients due to the mouse adaptation."
    phrase = (mouse.index("human cells"), len(mouse) - 1)
    assert mouse[slice(*reason_clause("Why is MA15 attenuated?", mouse, 0, len(mouse), phrase))] \
        == "due to the mouse adaptation"
    # a sentence that opens with its cause: the reader quotes it, and the rule leaves it be
    fossils = "Because of their soft, gelatinous bodies, ctenophores are extremely rare as fossils."
    rare = (fossils.index("extremely"), len(fossils) - 1)
    assert reason_clause("Why are ctenophores rare as fossils?", fossils, 0, len(fossils), rare) is None
    # the cause's word alone is quoted with its clause
    may = "Ribault charted the St. Johns River in 1562 calling it the River of May because he discovered it in May."
    at = may.index("because")
    assert may[slice(*reason_clause("Why did Ribault name it the River of May?", may, 0, len(may), (at, at + 7)))] \
        == "because he discovered it in May"
    network = "Goldenson said ABC could not counter the offer, because the network did not have the resources."
    at = network.index("because")
    assert network[slice(*reason_clause("Why could ABC not counter?", network, 0, len(network), (at, at + 19)))] \
        == "because the network did not have the resources"
    smoking = "Risk rose because of smoking, the study found."
    at = smoking.index("because")
    assert reason_clause("Why did risk rise?", smoking, 0, len(smoking), (at, at + 18)) is None  # "because of ..."


@pytest.mark.parametrize("question, relation", [
    ("What is the connection between chicken and Salmonella?", True),
    ("What is the main difference between evolution and synthetic constructs?", True),
    ("What are the associations between viral load and carrageenan?", True),
    ("How much is the difference between SARS-CoV-2 and RaTG13?", False),  # a figure
    ("What is the relationship of Laos to Vietnam called?", False),
])
def test_a_question_on_how_two_things_relate_is_told_apart(question, relation):
    from qa.answering.spans import asks_relation

    assert asks_relation(question) is relation


def test_asked_which_thing_of_another_the_phrase_stops_before_the_other_the_question_names():
    from qa.answering.spans import without_asked_of

    text = ("Earlier this year, the two sides held the 46th meeting of the Vietnam-Laos Intergovernmental Committee for "
            "Bilateral Cooperation and the high-level meeting between the two parties.")
    phrase = (text.index("46th"), len(text) - 1)

    def quoted(question, span=phrase):
        cut = without_asked_of(question, text, span)
        return text[slice(*cut)] if cut else None

    asked = "Which session of the Vietnam-Laos Intergovernmental Committee for Bilateral Cooperation was held?"
    assert quoted(asked) == "46th meeting"
    assert quoted(asked.replace("Which session of", "When was the meeting of")) is None  # not "which N of"
    assert quoted("Which meeting of the year was held?") is None  # no run of the question's words after "of"
    committee = (text.index("Vietnam-Laos"), text.index(" and the high"))
    assert quoted(asked, committee) is None  # nothing before an "of" but the question's own words


def test_asked_which_thing_the_phrase_ends_at_the_noun_asked_where_a_comma_runs_it_on():
    from qa.answering.spans import at_asked_noun

    def quoted(question, text, phrase):
        at = text.index(phrase)
        cut = at_asked_noun(question, text, (at, at + len(phrase)))
        return text[slice(*cut)] if cut else None

    genes = "It is based on RT-PCR of the E and RdRp genes, without the need for virus material; it was validated."
    phrase = "E and RdRp genes, without the need for virus material; it was validated"
    assert quoted("Which genes did the assay target?", genes, phrase) == "E and RdRp genes"
    assert quoted("What did the assay target?", genes, phrase) is None  # no noun asked
    hosts = "Domestic and wild animals, e.g., goats, boars, cattle and dogs, may amplify the virus."
    assert quoted("Which animals are amplifying hosts?", hosts, "Domestic and wild animals, e.g., goats, boars") is None
    assert quoted("Which genes did the assay target?", genes, "genes, without the need") is None  # the noun alone
    # carried on to the noun the text writes just after; not a time's noun
    springs = "The forces in springs, modeled by Hooke's law, are electromagnetic."
    assert quoted("Which law models the forces in springs?", springs, "Hooke") == "Hooke's law"
    plan = "It runs for the 2021-2030 period."
    assert quoted("What period does the plan cover?", plan, "2021-2030") is None


def test_a_phrase_begins_where_its_word_begins():
    from qa.answering.spans import word_start

    cells = "It grows to high titers when cultured on 293 or PER.C6 cells."
    at = cells.index("C6")
    assert cells[slice(*word_start(cells, (at, at + 2)))] == "PER.C6"
    bat = "It has 89% nucleotide identity with bat SARS-like-CoVZXC21 and 82% with SARS-CoV."
    at = bat.index("CoVZXC21")
    assert bat[slice(*word_start(bat, (at, at + 8)))] == "SARS-like-CoVZXC21"
    assert word_start(bat, (bat.index("bat"), bat.index("bat") + 3)) is None  # a word's own start
    assert word_start("It ended. Then it began.", (10, 14)) is None  # a sentence after a full stop and a space
