"""What a question asks for, and how a follow-up question leans on the chat history.

No language model: the expected answer kind comes from the question's wording
("how many" -> a count, "who" -> a person), and a follow-up borrows the content
words of earlier questions when it refers back to them. Finding the answer
is not done here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING

from ..answering.metadata import asks_about_document
from ..text import ASKING, STOPWORDS, split_sentences, stem, words
from .countries import NOT_ONLY_COUNTRIES, country_of, is_country_word
from .phrasing import PERSON_NOUNS, POINTING, context_lead, correction, plain_question, without_chatter

if TYPE_CHECKING:  # qa.asking.alike reads this module's word lists, so it is imported where it is used
    from .alike import Likeness


class Kind(Enum):
    """The kind of phrase a question expects."""

    COUNT = "count"  # how many
    MONEY = "money"  # how much (money), what is the capital/value/turnover
    PERCENT = "percent"  # what percentage / share
    QUANTITY = "quantity"  # how much / how long / how far / how big: a number with a unit
    DATE = "date"  # when, what date, what day
    YEAR = "year"  # what year, which year, by which year
    PERIOD = "period"  # what period, how long (time), which years
    PERSON = "person"  # who, whom, whose
    PLACE = "place"  # where, what country/city
    ORDINAL = "ordinal"  # which anniversary, what rank, what place
    NAME = "name"  # what is the name/title/motto of
    OTHER = "other"  # why, how, what ...: the sentence is the answer


# Ordered: the first pattern that matches wins, so specific phrasings come first.
# One word that may stand between "which" and a person ("Which Lao leader ...?"), not a verb or article ("What do
# people call ...?")
_QUALIFIER = (r"((?!(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must|the|a|an|"
              r"types?|kinds?|sorts?|of|country|countries|city|cities|town|province|region)\b)[^\W\d_]+ ){0,2}")
# "Which Cambodian defence minister ...?", not "what type of"; not "Which country President X go to first?"
# a question typed as keywords: no word in it asks (qa.answering.bylines too: "paxaxon article ... author")
KEYWORDS_ONLY = r"^(?!.*\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did)\b)"
_TERSE = (KEYWORDS_ONLY + r".*\b(?:{nouns})"
          r"(?:\s+(?:in\s+|of\s+)?\d{{4}})?(?:\s+(?:pls|please))?\s*\??\s*$")
# the names of measures a number must give ("genome length", qa.answering.figures.no_measure), and with the other
# measures a question may name ("particle size", "rainforest area")
LENGTHS = r"length|height|width|depth|diameter|weight|distance|radius|altitude|elevation"
_MEASURES = rf"(?:{LENGTHS}|size|duration|area|volume)"
_TERSE_HEAD = KEYWORDS_ONLY + r".*\b(?:{nouns})\s+(?:of|for|per|in|at|among|with|designated|set)\b"
# a word that may stand before what is asked: "On which exact dates ...?" asks for dates
EXACT_WORDS = "exact|precise|specific|actual|particular|approximate|calendar"
_EXACT = rf"(?:(?:{EXACT_WORDS}) )?"
# what may follow "What is the (signing) date": the question's end or what the date is of, not a verb ("What is the
# isotopic date applied to?")
DATE_ENDS = r"(?=\s*(?:[?.]|$|(?:of|for|when|that|on|in|at|the|it|they|he|she|this|these)\b))"
# a person's trade or calling: "Which architect ...?" asks who (and so does qa.answering.who's "which scientist")
TRADES = (r"inventors?|artists?|architects?|engineers?|explorers?|emperors?|actors?|painters?|sculptors?|composers?|"
          r"poets?|philosophers?|physicists?|chemists?|historians?|economists?|singers?|theologians?|astronomers?|"
          r"surgeons?|novelists?|entrepreneurs?|"
          r"\w+ologists?|\w+icians?")  # any "-ologist" or "-ician": "geologist", "paleoanthropologist", "physician"
# the rates of people that are shares: "case fatality rate", "response rate"
_RATES = (r"(?:case[- ])?fatality|mortality|death|response|attack|positivity|survival|vaccination|recovery|"
          r"unemployment|literacy|seroconversion|hospitali[sz]ation|detection|participation|completion|cure|success|"
          r"failure|infection|transmission")
# "What was the population of Warsaw in 1900?", "what was Fresno's population in 2010?": a head count
ASKS_POPULATION = (r"\b(what|which) (is|was) (the |its |their |[A-Z][\w-]*['’]s )?([\w-]+ ){0,2}population (of|in|at|"
                   r"around|before|after|under|during|by)\b"
                   r"|\b(what|which) (is|was) [A-Z][\w-]*['’]s population\s*\??\s*$")
# "What numerical value did Cavendish obtain?", "What value did they measure?": a value measured, a number
ASKS_VALUE = (r"\bnumer(?:ic|ical) values?\b|\bwhat values? did\b[^?]*\b(?:obtain|measure|calculate|estimate|compute|"
              r"derive|find|found|get|report)\w*\b")
# a reproduction number, by its symbol or its name: "What person-to-person R0 did the model estimate?", "What was the
# basic reproductive number of 2019-nCoV?" (a value, "3.58"); not "Which model estimated R0?", nor "RT-PCR"
_R0 = r"(?:(?-i:R(?:0|t|_0))(?![\w-])|repr?oduct(?:ion|ive) (?:numbers?|ratios?)\b)"
ASKS_R0 = (rf"\b(?:what|which) (?:(?:is|was|were|are) (?:the |its |their )?(?:[\w-]+ ){{0,2}}{_R0}|(?:[\w-]+ ){{0,2}}{_R0}"
           r" (?:did|do|does|was|were|is|are|has|had|would|could|of|for|in)\b)")
_RULES: list[tuple[re.Pattern, Kind]] = [(re.compile(p, re.I), k) for p, k in [
    (r"\b(what|which) (percentage|percent|proportion|share|fraction)\b|\bhow much of\b|\bwhat per ?cent", Kind.PERCENT),
    # "What was the maternal mortality rate?", "What is the case-fatality rate of MERS?": a rate of people, a share
    (rf"\b(what|which) (is|was|were|are) (the |its |their )?([\w-]+ )?({_RATES}) rates?\b"
     # or as "What maternal mortality rate was seen ...?"
     rf"|\b(what|which) ([\w-]+ )?({_RATES}) rate (is|was|were|are|did|does|do|has|had)\b"
     # one rate of these ("What were the immunization rates of A and B?" asks two, which one share is not)
     r"|\b(what|which) (is|was) (the |its |their )?([\w-]+ )?(immuni[sz]ation|uptake|coverage|prevalence|admission|"
     r"enrol?lment|adherence|compliance|smoking|obesity|poverty|employment|graduation|dropout|acceptance|approval|"
     r"occupancy|adoption|hesitancy) rate\b", Kind.PERCENT),
    (r"\bhow many (years?|months?|days?|decades?|century|centuries|weeks?|hours?)\b", Kind.PERIOD),
    (r"\bhow many\b|\bwhat (is the )?number of\b|\bhow large a number\b", Kind.COUNT),
    # "What was the French population of New France ...?": a head count, not "What population is most at risk?"
    (ASKS_POPULATION, Kind.COUNT),
    # "What was the estimated cumulative incidence ...?": an estimate, a figure (of money for a cost: not here)
    (r"\b(what|which) (is|was|were|are) (the |its |their )(estimated|projected|predicted|expected|approximate) "
     r"(?!(?:date|day|year|time|cause|source|origin|role|effect|impact|mechanism|route|reason|cost|price|value|"
     r"budget|revenue|worth)s?\b)[\w-]+"
     # or as "What cumulative incidence ... was estimated?"
     r"|\bwhat (?!(?:date|day|year|time|cause|source|origin|role|effect|impact|mechanism|route|reason|cost|price|"
     r"value|budget|revenue|worth|method|model|approach|technique)s?\b)[\w-]+ [^?]{0,60}\b(was|were|is|are) "
     r"(estimated|projected|predicted|calculated)\b(?! (to|that|by|using|with|from)\b)", Kind.QUANTITY),
    # "What numerical value did Cavendish obtain for G?": a measured value, which money is not
    (ASKS_VALUE, Kind.QUANTITY),
    (ASKS_R0, Kind.QUANTITY),
    # money, but not "How much does handing out soap raise handwashing?", which raises something else
    (r"\bhow much (money|funding|capital)\b|\bhow much (did|does|do|was|is|were|are|will)\b.*\b(cost|worth|pay|paid|spend|spent|earn|earned|"
     r"raise[sd]?\b(?!\s+(?:the |its |their |a |an )?(?!(?:in|for|from|to|by|at|during|over|through|each|per|annually|this|"
     r"last|money|funds?|capital|altogether|overall)\b)[a-z])|capital|invest|budget|price|revenue|value)", Kind.MONEY),
    (r"\b(what|which) (is |was )?(the )?capital (city )?of\b|\b(what|which) (is |was )?(the )?capital city\b"
     # "In which capital ...?" is a city; "What capital ...?" may be money
     r"|\bin (what|which) capital\b|\bwhich capital\b(?! (investment|funds?|amount))", Kind.PLACE),
    # money, but not "What was the value of R0?", "the value of k" or "What value was assumed for T?", a quantity named
    # by a symbol, nor "What value did the authors consider the average R0 of SARS?"
    (r"\b(what|which) (is |was |were |are )?(the |their |its |his |her |our )?((total|annual|yearly|net) )*(registered )?((bilateral|two-way|trade) )*([a-z][\w-]* ){0,2}?(capital|investment|value(?! of (?:[a-z]{1,5}\d{1,3}|(?!a\b)[a-z]|[α-ω])\b)(?! (?:was|were|is|are) (?:assumed|used|estimated|set|chosen|fitted|taken) for\b)(?![^?]*\bR\s?[0t]\b)|turnover|revenue|budget|cost|price|salary|income|gdp|amount)\b", Kind.MONEY),
    # "How large is the university's endowment?", "How big was the budget?": a sum of money
    (r"\bhow (large|big|high) (is|was|are|were) [^?]*\b(budget|endowment|cost|price|revenue|turnover|salary|"
     r"income|gdp)s?\b", Kind.MONEY),
    # "What is the fund's size in US dollars?": whatever is asked, a sum of money
    (r"\bin (?:(?:us|u\.s\.|american|hong kong|canadian|australian) )?(?:dollars|euros|yen|yuan|rupees)\b"
     r"|\b(?:dollar|euro) (?:value|amount|figure|sum)\b", Kind.MONEY),
    # "What was the total trade between Vietnam and China?"
    (r"\b(what|which) (is |was |were |are )?(the |their |its )?total ((bilateral|two-way) )?trade\b", Kind.MONEY),
    # "How long ago did Harvard admit women?": by a date ("in 1977") or a time since ("for 7 decades")
    (r"\bhow long ago\b", Kind.PERIOD),
    (r"\bhow much\b", Kind.QUANTITY),
    # "By what pooled odds of mortality did convalescent plasma reduce deaths?", "By what factor did it rise?": a figure
    (r"\bby what (?:[a-z][\w-]* ){0,2}(?:odds|factor|amount|margin|ratio|fold|magnitude|multiple)\b", Kind.QUANTITY),
    # "How quickly was the virus identified?": a time it took ("only 17 days"), which a year is not (figures.no_measure)
    (r"\bhow (long|far|big|large|tall|high|old|deep|wide|heavy|fast|often|quickly|soon|rapidly)\b", Kind.QUANTITY),
    # a measure by its name: "What is the genome length of 2019-nCoV?", "What is the size of a flavivirus?"
    # (not "the area of study")
    (rf"\b(what|which) (is|was|are|were) (the|its|their|a|an) ([a-z][\w-]* )?(?:{LENGTHS}|size|duration)\b"
     r"(?! of time\b)", Kind.QUANTITY),
    (r"\b(what|which) (time )?(period|span|years|decade|era|century)\b|\bduring (what|which)\b", Kind.PERIOD),
    # "What is the year in which ...?", "What was the date on which ...?" (qa.asking.forms of "Is there a date ...?")
    (rf"\b(what|which|in what|by what|by which|in which) {_EXACT}year\b|\bwhat year\b"
     rf"|\bwhat (is|was) the {_EXACT}year ((in|on|at|during) which|when|that)\b"
     # typed with the noun first and the clause after it: "year harvard was established"
     rf"|^\W*(the )?{_EXACT}year (when |that |in which )?(?!(of|on|in|for|to|and|or|is|was|round|ago)\b)\w", Kind.YEAR),
    (rf"^\W*(the )?{_EXACT}date (when |that |on which )?(?!(of|on|in|for|to|and|or|is|was|after|before|"
     r"ago|off)\b)\w(?=.*\b(was|were|is|are|did|will)\b)", Kind.DATE),
    (rf"\bwhen\b|\b(what|which) {_EXACT}(dates?|days?|months?)\b|\bon what occasion\b"
     # "What is the date (when) it was signed?", "What was the signing date of ...?"
     rf"|\bwhat (is|was) the {_EXACT}(date|day|month){DATE_ENDS}"
     rf"|\bwhat (is|was|are|were) (the|its|their) ([a-z]+ ){{1,2}}dates?{DATE_ENDS}", Kind.DATE),
    # "What basic reproduction number did they estimate?": a value ("2.56"), not a rank as "What number ...?" is
    (r"\b(what|which) (is |was |were |are )?(the |their |its )?(?!(?:anniversary|rank|ranking|place|edition|round|"
     r"session|is|was|were|are|the|their|its)\b)[a-z][\w-]* ([a-z][\w-]* )?number\b(?! of\b)", Kind.QUANTITY),
    # ("Which number, found by Euler, ...?" asks a number, not a rank: a verb or a comma after "number")
    # (not "In which place was Temüjin born?", "Near which place do the two rivers meet?": where)
    (r"\b(what|which) (anniversary|rank|ranking|place(?![^?]*\b(?:born|located|situated|held|lives?|lived|died|buried|"
     r"meets?|met|joins?|joined|built|based|settled|headquartered|founded|originated?)\b)|"
     r"number(?!\s*,|\s+(?:is|was|are|were|did|does|do|has|had)\b)|"
     r"edition|round|session)\b|\branks?\b.*\b(what|which)\b"
     r"|\bfirst,\s*second\b|\b(?:position|standing)\s+among\b"
     r"|\bwhich\s+(?:one|number)\s+in\s+(?:the|that|this|its|their)\s+(?:series|sequence|row)\b", Kind.ORDINAL),
    # "Where does Vietnam rank among ...?", "Where does Cambodia place among ...?", "How does that rank?": a rank
    (r"\bwhere (does|do|did|is|was|are|were)\b.*\b(rank|ranks|ranked|stand|stands)\b"
     r"|\bwhere (does|do|did)\b.*\bplaces?(?:(?: [\w-]+){0,3} (?:among|within|in (?:its|their|his|her|our))| in)\b"
     r"|\bhow (does|do|did)\b.*\brank\b"
     # "Out of all the places ..., where does Cambodia come (in)?"
     r"|\b(?:among|out of)\b[^?]*\bwhere (does|do|did) [A-Z][\w-]* come(?: in)?\s*\??\s*$", Kind.ORDINAL),
    # "who", not the World Health Organization: "Why was it made available on a dedicated WHO webpage?"
    (r"\b(?-i:(?!WHO\b))who(m|se)?\b|\b(what|which) " + _QUALIFIER + r"(person|people|man|men|woman|women|leaders?|presidents?|"
     r"ministers?|kings?|queens?|princes?|princess(?:es)?|governors?|mayors?|popes?|bishops?|authors?|writers?|"
     r"scientists?|players?|officials?|founders?|officers?|commanders?|"
     r"diplomats?|envoys?|ambassadors?|politicians?|journalists?|reporters?|translators?|"
     r"spokes(?:man|men|woman|women|persons?)|" + TRADES + r"|investors?|businessm[ae]n|naturalists?|"
     r"archa?eologists?|actresses)\b(?![\w'’-])", Kind.PERSON),
    # "where" asks a place unless another word has asked first: "Which chief said ... where its priorities lie?"
    (r"^(?:(?!\b(?:what|which|who|whom|whose|when|how|why)\b).)*\bwhere\b"
     r"|\b(?:place|city|town|country|region|location|site)\s+(?:where|in\s+which)\b"
     r"|\b(what|which|in what|in which) (country|countries|city|cities|town|place|region|province|state|"
     r"continent|location|river|island|capital city)\b(?!-)"  # not "Which state-run outlet ...?"
     # "Which Vietnamese province ...?", not "Which Lao state news outlet ...?"
     r"|\b(what|which|in what|in which) " + _QUALIFIER + r"(country|countries|city|cities|towns?|regions?|provinces?)"
     r"\b(?!-)",
     Kind.PLACE),
    (r"\b(what|which) (is |was |are |were )?(the )?(name|title|motto|slogan|term|phrase|nickname)\b|\bwhat (is|was) .* (called|named|known as)\b", Kind.NAME),
    # typed as keywords, a share of something asks a share whatever the last noun: "China's share of Vietnam's
    # total import-export turnover?" asks no turnover
    (_TERSE_HEAD.format(nouns="share|percentage|percent|proportion"), Kind.PERCENT),
]] + [(re.compile(_TERSE.format(nouns=nouns), re.I), kind) for nouns, kind in [
    # typed as keywords, with no word that asks, the last noun says what is asked: "treaty signing date",
    # "vietnam china trade value 2022"
    ("date|day", Kind.DATE), (r"(?<!\bon\s)year", Kind.YEAR), ("value|worth|cost|price|turnover|budget", Kind.MONEY),
    ("number|count|population", Kind.COUNT), (rf"percentage|percent|share|(?:{_RATES}) rates?", Kind.PERCENT),
    ("period|timeframe", Kind.PERIOD),
    (_MEASURES, Kind.QUANTITY),
    ("rank|ranking", Kind.ORDINAL)]] + [(re.compile(_TERSE_HEAD.format(nouns=nouns), re.I), kind) for nouns, kind in [
    # or the noun that a phrase after it qualifies: "china share of vietnam trade", "Cambodia's target year for
    # developed status?", "Bond's age per MOIT 2023 piece?", "Cambodia's spot among Vietnam's destinations?"
    ("share|percentage|percent|proportion", Kind.PERCENT), ("year", Kind.YEAR), ("date|day", Kind.DATE),
    ("age", Kind.QUANTITY), (r"(?<!\bby )number", Kind.COUNT), ("rank|ranking|place|spot|position", Kind.ORDINAL)]]

# Words that point back to something said earlier in the chat.
_ANAPHORA = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "it", "its",
             "there", "this", "that", "these", "those", "then", "such", "same", "ones"}
_LEADS = re.compile(r"^\s*(and|also|what about|how about|and what about|and in|and for|then|same for)\b", re.I)
# An elliptical follow-up that swaps one phrase: "And in Laos?", "What about for 2023?"
_PREPOSITIONS = ("in", "for", "at", "on", "about", "of", "with", "from", "to", "during", "by", "between", "among",
                 "under", "over", "within", "through", "across", "into", "against", "without")
_SWAP = re.compile(r"^\s*(?:and what about|and how about|what about|how about|and|but|same for)\s+(?:for\s+)?"
                   rf"(?:({'|'.join(_PREPOSITIONS)})\s+)?(.+?)\s*\??\s*$", re.I)
_CONJUNCTION = re.compile(r"^\s*(?:and|also|so|then|but)\b[\s,]*(?=(?:what|which|who|whom|whose|when|where|why|how|"
                          r"is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b)", re.I)


_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


# a word of a name, with what an apostrophe joins to it but a possessive's "s": "Tayichi'ud", "O'Brien"
_NAME_TOKEN = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*")
CURRENCY_OF = ("US", "HK", "NZ", "A", "C", "S")  # whose dollars: "US dollars", "HK$" name no country


def names(question: str) -> list[str]:
    """The names a question gives: capitalized words that do not start a sentence ("Thailand" in "How many
    projects are in Thailand?") or that name a country or its people wherever they are ("Lao" in "Lao students
    in Vietnam: how many?"), and words of two capitals or more ("GDP"), as written; not months, days or words of
    address ("Uncle Ho"). None in a question typed in capitals only or in title case, whose capitals say
    nothing."""
    if caseless(question):
        return []
    found = []
    for match in _NAME_TOKEN.finditer(question):
        word, before = match.group(0), question[:match.start()].rstrip()
        starts_sentence = not before or before[-1] in ".?!:;\"'“("
        named = word[0].isupper() and (not starts_sentence or is_country_word(word))
        if (named or sum(ch.isupper() for ch in word) >= 2) and word.lower() not in _CALENDAR | ADDRESS \
                and word != "I" and not question.startswith("$", match.end()) \
                and not (len(word) == 1 and re.match(r"\.\s?[A-Za-z]", question[match.end():])) \
                and not (word in CURRENCY_OF and re.match(r"\s*dollars?\b", question[match.end():], re.I)):
            # not "I" of "How often should I descale it?", nor "US" of "in US dollars", "US$", nor "U" of "the U.S."
            # or "J" of "J. K. Rowling", initials the text may write otherwise
            found.append(word)
    return list(dict.fromkeys(found))


def caseless_countries(question: str) -> list[str]:
    """In a question whose capitals say nothing (caseless), the words that name a country or its people, with a
    capital: "Thailand" of "vietnam investment projects in thailand number"; not those that name other things as
    often ("turkey", "chad"). None in a question written with care, whose names names() gives; a capital at its
    start only, which qa may have given it, is no care."""
    if not caseless(question) and any(ch.isupper() for ch in question[1:]):
        return []
    found = [w.capitalize() for w in _NAME_TOKEN.findall(question)
             if country_of(w) and w.lower() not in NOT_ONLY_COUNTRIES and w.lower() not in STOPWORDS]
    return list(dict.fromkeys(found))


# a name of letters and a number written together, "R0", "CO2", "IL6", which a paper's text may write apart
GLUED = re.compile(r"\b([A-Za-z]{1,5})(\d{1,3})\b")


def unnamed(given: list[str], text: str) -> list[str]:
    """The names (qa.asking.question.names) that ``text`` does not hold as words, in any case: ["Laos"]. Whole words:
    counting a name's start as there ("Vietnamese" of "Vietnam"), as Extractor.absent_names does over all
    documents, made qa abstain less often when the question's document was left out (fitted weights, test
    split: SQuAD 0.962 against 0.967, COVID-QA 0.787 against 0.805). A demonym is held by its country's name
    ("Cambodian" of a text about Cambodia, qa.asking.countries.country_of): users write "Cambodian leaders" of an
    article that only ever says "the leaders of Cambodia". An acronym is held by its words spelt out ("GDP" of
    "gross domestic product") or written with full stops ("US" of "U.S.A."), a name's plural by the name ("IFNs"
    of a paper that says "IFN", "Romans" of one that says "Roman"), and a name of letters and a number by the two
    apart ("HIV1" of "HIV-1", "R0" of "R 0")."""
    low = text.lower().replace("’", "'")

    def held(word: str) -> bool:
        word = word.replace("’", "'")
        glued = GLUED.fullmatch(word)  # "R0" is held by a paper writing "R 0", its subscript lost, or "HIV-1"
        written = rf"{re.escape(glued[1])}[\s-]?{glued[2]}" if glued else re.escape(word)
        return bool(word) and re.search(rf"(?<!\w){written}(?!\w)", low) is not None

    def dotted(name: str) -> bool:  # "US" of "U.S." or "U.S.A.", "UK" of "U.K."
        return name.isupper() and 2 <= len(name) <= 4 and re.search(
            r"(?<!\w)" + r"\.\s?".join(re.escape(c) for c in name.lower()) + r"\.", low) is not None

    def plural(name: str) -> bool:  # "IFNs" of "IFN", "Romans" of "Roman"
        return re.fullmatch(r"[A-Z]{2,}s|[A-Z][a-z]{3,}s", name) is not None and held(name[:-1].lower())

    return [n for n in given if not held(n.lower()) and not held(country_of(n) or "") and not _spelt_out(n, low)
            and not dotted(n) and not plural(n) and not any(held(base) for base in adjective_bases(n))]


# "Bavarian" of "Bavaria", "Tibetan" of "Tibet", "Canadian" of "Canada": what a name's adjective is formed from
_ADJECTIVE_ENDS = (("n", ""), ("an", ""), ("ian", ""), ("ian", "a"), ("ian", "y"), ("ese", ""), ("ese", "a"))


def adjective_bases(name: str) -> list[str]:
    """The words a capitalized adjective of a place may be formed from, in lower case; none for another word."""
    if not (name[:1].isupper() and name[1:].islower() and len(name) >= 6):
        return []
    low = name.lower()
    return [low[:-len(end)] + instead for end, instead in _ADJECTIVE_ENDS
            if low.endswith(end) and len(low) - len(end) + len(instead) >= 4]


def _spelt_out(name: str, low: str) -> bool:
    """Whether ``low`` (a lower-cased text) spells out the acronym ``name`` word by word, with no stopword among
    the words: "GDP" and "gross domestic product"."""
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
        return False
    spelt = r"[\s-]+".join(rf"{c}[a-z]{{2,}}" for c in name.lower())
    return any(not set(m.group(0).replace("-", " ").split()) & STOPWORDS
               for m in re.finditer(rf"(?<!\w){spelt}(?!\w)", low))


# the words title case leaves in lower case: "How Many Projects Are There in Laos?"
_MINOR_WORDS = frozenset("a an the and but or nor for of in on at to by up as with from into per via".split())


def caseless(question: str) -> bool:
    """Whether a question's capitals say nothing of its names: typed in lower case, in capitals or in title case.
    Title case gives every word a capital but the short minor ones: "Who was Cambodia's Minister of Foreign
    Affairs in 2024?" is written with care ("was" has none), whatever its long words."""
    tokens = [w for w in _TOKEN.findall(question) if w.isalpha()]
    long_words = [w for w in tokens if len(w) >= 4]
    return (not any(ch.islower() for ch in question) or not any(ch.isupper() for ch in question)
            or (len(long_words) >= 4 and all(w[0].isupper() for w in long_words)
                and all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in tokens[1:])))


# Capitalized by convention, not names of what a document is about: "in Sept 2024", "on Monday".
_CALENDAR = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())
# words of address before a name, no names themselves: "Uncle Ho" is Ho Chi Minh, whom no document calls "Uncle"
# and the short titles written before a name ("PM Pham Minh Chinh"), which documents spell out
HONORIFICS = frozenset("mr mrs ms miss dr madam sir".split())  # "Mr" alone is no post, and no part of a name set aside
ADDRESS = HONORIFICS | frozenset("uncle aunt auntie pm vp ceo mp comrade excellency madame samdech".split())
# a year: not the start of a name it is joined to by a hyphen ("2019-nCoV", "2009-H1N1"); "mid-2019" is a year
YEAR = re.compile(r"(?<![\w.,])(1[0-9]{3}|20[0-9]{2})(?![\w.,]\d|\w|-[^\W\d_])")


def years(question: str) -> list[str]:
    """The years a question gives: "How many students were there in 2020?" -> ["2020"]."""
    return list(dict.fromkeys(YEAR.findall(question)))



_YES_NO = re.compile(r"^\s*(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|"
                     r"might|must)\b", re.I)


def is_yes_no(question: str) -> bool:
    """Whether the question asks yes or no ("Did the rainforest thrive?"), not which of two ("Did it spread
    in Scandinavia or Germany first?"): the sentence that settles it is the answer, not a phrase in it."""
    return bool(_YES_NO.match(question)) and not re.search(r"\bor\b", question, re.I)


# "when" or "while" after what a question asks opens a clause, asking no date: "What kind of money are they urged
# to use when settling trade deals?", "Who was president when the war began?".
_CLAUSE = re.compile(r"(\b(?:what|which|who|whom|whose|how|why)\b(?!\s+(?:and|or)\s+when\b).+?)"
                     r"\s+\b(?:when|while)\b.*$", re.I)


# ", who ..." after a question opened with another question word describes, asking no person: "Which ministry is
# led by Bui Thanh Son, who commented on ...?"
_RELATIVE_WHO = re.compile(r"^(\s*(?:(?:and|but|so)\s+)?(?:what|which|when|where|how)\b[^,?]*?),\s+(?:who|whom|whose)\b[^,?]*",
                           re.I)


# "How did he describe how long the friendship will last?" asks for his words, not a length of time
_HOW_SAID = re.compile(r"^\W*how (?:did|does|do|would|will|has|have|had) (?:(?!\bhow\b).)*?\b(?:describe|"
                       r"characteri[sz]e|put|phrase|word|express|explain|sum up|summari[sz]e)\b", re.I)


def expected_kind(question: str) -> Kind:
    from .titles import is_title_word

    if _HOW_SAID.match(question):
        return Kind.OTHER

    asked = _CLAUSE.sub(r"\1", question)
    relative = _RELATIVE_WHO.match(asked)
    before = words(relative.group(1))[-1:] if relative else []
    if before and not is_title_word(before[0]) and before[0] not in PERSON_NOUNS:  # "Which minister, who ...?"
        asked = relative.group(1) + asked[relative.end():]
    for pattern, kind in _RULES:
        if pattern.search(asked):
            return kind
    return Kind.OTHER


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning (no stopwords, no question words)."""
    return [w for w in words(text) if w not in STOPWORDS and w not in _QUESTION_WORDS]


_QUESTION_WORDS = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much"}
# the same, and "do", as terms (qa.text.terms): what a question's terms hold that only asks
QUESTION_TERMS = frozenset(stem(w) for w in _QUESTION_WORDS | {"do", "does", "did"})


@dataclass(frozen=True)
class Query:
    """The text to search with: the question itself, plus earlier context when it leans on it."""

    question: str
    search_text: str  # what retrieval embeds and matches
    context: str  # the earlier question(s) carried over, "" if none
    kind: Kind
    document: str = ""  # what names the document asked about ("the article about X": X), "" if none
    # statements around the question only suggest the document: "topic" when they only name it ("I'm reading
    # about X."), "said" when they say more ("X was founded in 1900."); "" for any other question
    loose: str = ""
    earlier: str = ""  # a follow-up's earlier questions ("context" without the earlier answer), for the reader
    referent: str = ""  # who a follow-up's "he" or "she" is: the earlier answer's phrase, when it asked who
    said: str = ""  # a follow-up's earlier answer: the phrase qa quoted
    said_at: tuple = ()  # a follow-up's earlier answer: (document id, start, end) of the sentences qa answered with
    unresolved: str = ""  # a follow-up's "he" or "she" when the earlier question asked who and went unanswered
    aside: str = ""  # what the question sets aside before it asks ("Other than Hun Sen, which ...?": "Hun Sen")


_OPENS_WITH_PREPOSITION = re.compile(r"^\s*(?:with|in|from|by|for|at|to|on|under|during)\s+(?:what|which|whom|who|"
                                     r"how|when|where)\b", re.I)
# words that only sharpen what is asked: "On which dates exactly?" asks no more than "On which dates?"; nor
# does "According to which ministry?" name more than "Which ministry?" does
_HEDGES = frozenset({"exactly", "precisely", "specifically", "again", "according", "especially", "particularly"})


_THE_TWO = re.compile(r"\b(?:the|both)\s+two\s+(?:nations|countries|sides|neighbou?rs|states|parties)\b", re.I)


def is_follow_up(question: str) -> bool:
    """Whether the question refers back to earlier ones (pronouns, "there", "and in ...?", few words)."""
    tokens = words(question)
    if _LEADS.search(question):
        return True
    if any(t in _ANAPHORA for t in tokens):
        return True
    if _THE_TWO.search(question) and not any(country_of(n) for n in names(question)):
        return True  # "How long have the two countries had diplomatic relations?": the two asked of before
    from ..answering.listed import asks_nth
    from ..answering.spans import asks_title

    if asks_nth(question):  # "Which one is mentioned first?" of the list qa gave
        return True

    # "What was the article called?", "With how much total capital?": a title, or a short question opening with a
    # preposition that has no verb, asks of what was said
    if asks_title(question) or (_OPENS_WITH_PREPOSITION.match(question) and len(tokens) <= 6
                                and not any(t in _VERBS for t in tokens)):
        return True
    # a fragment that asks nothing by itself: "total capital?" after "How many projects does Vietnam have in Laos?"
    fragment = len(tokens) <= 3 and not any(t in _QUESTION_WORDS for t in tokens) and not _YES_NO.match(question)
    return len([w for w in content_words(question) if w not in _HEDGES]) <= 1 or fragment


# What a question sets aside before it asks: "Other than Hun Sen, which ...?", "Apart from access to seaports, what
# ...?", "Leaving investment aside, how much ...?", "Not Thongloun Sisoulith, but who ...?"
_ASIDE = re.compile(rf"""^\s*(?:(?:besides|beside|beyond|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to|
    instead\s+of|together\s+with|along\s+with|alongside|as\s+well\s+as|
    rather\s+than|far\s+from|not)\s+(?P<aside>[^,?]{{2,80}}?)|leaving\s+(?P<left>[^,?]{{2,80}}?)\s+aside)
    \s*,\s*(?:but\s+)?(?={ASKING})""", re.I | re.X)


# What a question adds after it asks, as a clause of its own: "On what date did they sign the Treaty, whose 46th
# anniversary they celebrated in 2023?", "Which general became Prime Minister on August 22, succeeding Hun Sen?",
# "What did trade reach in 2022, the year Vietnam was Cambodia's third largest partner?", "..., given that ...?"
_ADDED = re.compile(r"^(?P<asked>[^,]*\b(?:what|which|who|whom|whose|when|where|how)\b[^,]*?),\s+(?P<aside>(?:whose|which|"
                    r"the\s+(?:year|day|month|date)|succeeding|replacing|having|(?:given|considering|knowing|bearing\s+in\s+"
                    r"mind)\s+that)\b[^?,]{3,200}?)\s*\?$", re.I)


# set aside between commas inside the question: "What frameworks, besides the UN, does he name?"
_INNER_ASIDE = re.compile(rf"^(?P<head>\s*{ASKING}[^,]*?),\s+(?:besides|apart\s+from|aside\s+from|other\s+than|"
                          r"except(?:\s+for)?)\s+(?P<aside>[^,?]{2,80}?)\s*,\s+(?P<tail>[^,]+)$", re.I)


def without_aside(question: str) -> tuple[str, str]:
    """``(the question without what it sets aside, what it sets aside)``: "Other than Hun Sen, which Cambodian
    Prime Minister took office on August 22?" -> ("Which Cambodian Prime Minister took office on August 22?", "Hun
    Sen"). The words set aside drew the reader to the sentences that repeat them. Kept, with "", when what follows
    points back ("Apart from Vietnam's rank as an investor in Laos, what is the capital of its projects there?").
    A clause the question adds after it asks is set aside too (_ADDED): "Which general became Prime Minister on
    August 22, succeeding Hun Sen?" -> ("Which general became Prime Minister on August 22?", "succeeding Hun Sen");
    its year or name is no slot of the answer's, and no answer."""
    added = _ADDED.match(question)
    if added and not re.search(r"^\s*(?:what|which|who|whom|whose|when|where|how)\b|"
                               r"\b(?-i:what|which|who|whom|whose|when|where|how)\b", added["asked"], re.I):
        added = None  # "In the 1999 special Doctor Who ..., which actors played ...?": a name's "Who" asks nothing
    if added and re.match(r"which\s+[\w-]+(?:\s+[\w-]+)?\s+(?:do|does|did|is|are|was|were|has|have|had|will|would|can|"
                          r"could)\b", added["aside"], re.I):
        added = None  # "What about the Protocol, which period does it cover?" asks in the clause
    if added and len(words(added["asked"])) >= 4:
        return added["asked"] + "?", added["aside"].strip()
    inner = _INNER_ASIDE.match(question)
    if inner and len(words(inner["head"] + " " + inner["tail"])) >= 4:
        return f"{inner['head']} {inner['tail']}", inner["aside"].strip()
    aside = _ASIDE.match(question)
    rest = question[aside.end():] if aside else ""
    if not aside or POINTING.search(rest) or re.search(r"\bthere\b", rest, re.I) or len(words(rest)) < 3:
        return question, ""
    return rest[:1].upper() + rest[1:], (aside.group("aside") or aside.group("left")).strip()


def build_query(question: str, history: list[str] | None = None, documents: bool = True,
                likeness: Likeness | None = None) -> Query:
    """The query for ``question``, without what it sets aside (without_aside, kept as ``Query.aside``); see
    _build_query. ``likeness`` compares phrases by meaning (qa.asking.alike), for follow-ups such as "And
    reptiles?"; without it, only their words are compared."""
    whole = plain_question(question)
    plain, aside = without_aside(whole)
    if aside and history and is_follow_up(plain):  # "Besides the ASEAN Chairmanship, what is the other one?": the
        plain, aside = whole, ""  # words set aside are all that tell what "the other one" is of
    query = _build_query(plain if aside else question, history, documents, likeness)
    if not aside:
        return query
    # searched with what it sets aside: the answer is often listed with it ("Presidents Ho Chi Minh, Kaysone
    # Phomvihane and Souphanouvong" for "Besides Ho Chi Minh and Kaysone Phomvihane, which president ...?")
    searched = query.search_text.replace(query.question, whole) if query.search_text.endswith(query.question) \
        else query.search_text
    return replace(query, aside=aside, search_text=searched)


def _build_query(question: str, history: list[str] | None = None, documents: bool = True,
                 likeness: Likeness | None = None) -> Query:
    """Carry the topic of the latest earlier question into a follow-up.

    Example: history ["How many projects does Vietnam have in Cambodia?"], question
    "What is their total capital?" -> search_text "How many projects does Vietnam have
    in Cambodia? What is their total capital?"

    A question about one document ("Who translated the article about X?") is judged and searched as "Who
    translated it?", with X as ``document`` (document_reference); ``documents=False`` reads it as written.
    """
    from ..answering.spans import without_last_year

    question = without_chatter(question)
    corrected = correction(question) if history else None
    if corrected:  # "Sorry, I meant Vietnam, not Cambodia.": the last question of Vietnam, or "What about X?"
        asked, wrong = corrected
        last = plain_question(history[-1])
        at = re.search(rf"\b{re.escape(wrong)}\b", last, re.I) if wrong else None
        if at:
            return _build_query(last[:at.start()] + asked + last[at.end():], history[:-1], documents, likeness)
        question = asked if not wrong else f"What about {asked}?"
    stated = stated_topic(question) if documents else None
    if stated:  # "Vietnam invests in Laos and Cambodia. How many projects does it have in the former?"
        stated = (former_or_latter(stated[0], stated[1]), *stated[1:])
    question = without_last_year(plain_question(stated[0] if stated else question))
    history = _resolved([plain_question(h) for h in history or [] if h and h.strip()], likeness)
    question = former_or_latter(question, history[-1]) if history else question
    kind = expected_kind(question)
    if not history or not is_follow_up(question):
        if stated:  # statements around the question only suggest the documents: it is asked of all too
            return Query(question, question, "", kind, stated[1], stated[2])
        referred = document_reference(question) if documents else None
        if referred:  # X chooses the documents (qa.pipeline.QA._query); the rest is what is read there
            rest, about = referred
            return Query(rest, rest, "", expected_kind(rest), about)
        return Query(question, question, "", kind)
    earlier = document_reference(history[-1]) if documents else None
    if earlier and asks_about_document(question):
        # "When was it posted?" after "Which organisation posted the article 'X'?": "it" is that article, and
        # the question is its own date or author (qa.answering.metadata). Only when the earlier question names a
        # document: after "What joint statement did they issue?", "When was it issued?" asks of the statement.
        return Query(question, question, "", kind, earlier[1])
    counterpart = _counterpart(history[-1], question)
    if counterpart:  # "And its Vietnamese counterpart?" after "Which Cambodian ministry signed ...?"
        return Query(counterpart, counterpart, "", expected_kind(counterpart))
    theirs = _new_thing_of_theirs(history[-1], question)
    if theirs:  # "And their total registered capital?" after a question on projects: "What is their ...?"
        question, kind = theirs, expected_kind(theirs)
    swapped = _swap_phrase(history[-1], question, likeness) or _swap_asked(history[-1], question)
    if swapped:  # the earlier question, with the phrase the follow-up names put in; it may name a document now
        if documents and document_reference(swapped):
            return build_query(swapped, documents=documents, likeness=likeness)
        return Query(swapped, swapped, "", expected_kind(swapped))
    lead = _LEAD_PHRASE.match(question)
    topic = _swap_phrase(history[-1], f"And {lead.group(1)}?", likeness) if lead else None
    if topic:  # "And in Laos, how many active ones?": the earlier question of Laos, then "How many active ones in Laos?"
        rest = question[lead.end():].rstrip("?. ")
        own = f"{rest[:1].upper()}{rest[1:]} {lead.group(1)}?"
        return Query(own, f"{topic} {own}", topic, expected_kind(own), earlier=topic)
    if len(history) > 1 and is_follow_up(history[-1]):
        # "And in Laos?" after "How many projects are in Cambodia?" and "What is their total capital?": the
        # phrase goes into the question the last one leaned on, and the last one is asked again after it.
        topic = _swap_phrase(history[-2], question, likeness)
        if topic:
            return build_query(history[-1], history[:-2] + [topic], likeness=likeness)
    # Walk back to the nearest earlier question that stands on its own, keeping what lies between.
    carried = []
    for earlier in reversed(history[-3:]):
        carried.insert(0, earlier.strip())
        if not is_follow_up(earlier):
            break
    context = " ".join(carried)
    # "And what is their total capital?" is judged as "What is their total capital?": the "and" only leans back.
    own = _CONJUNCTION.sub("", question, count=1)
    question = own[:1].upper() + own[1:] if own != question else question
    referred = document_reference(question) if documents else None
    if referred:  # "How have ties fared since then, per the June 2024 article?": asked of that article
        rest, about = referred
        return Query(rest, f"{context} {rest}", context, expected_kind(rest), about, earlier=context)
    return Query(question, f"{context} {question}", context, kind, earlier=context)


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
_VERBS = {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would",
          "should", "may", "might", "must", "be", "been"}
_PHRASE_WORD = re.compile(r"[\w’'&-]+")


# What follows a noun phrase up to a question's last word, its verb: " on culture, arts and tourism cover" -> " cover"
_QUALIFIER_TO_VERB = re.compile(r"^\s+(?:on|of|for|about|between)\s+[^?]+?(\s+[a-z]+)$")


def _most_like(body: str, phrase: str) -> tuple[int, int] | None:
    """Where in the earlier question ``body`` the phrase an elliptical follow-up names should go: the run of
    words most like it. A name goes for a name, best one written as it is ("And Paris?" after "What share of
    Egypt's population did the Black Death kill?": Egypt, which has no "the"); a noun phrase goes for the one
    sharing most of its words and its last word ("And the Toshiba gallery of Japanese art?" after "When did
    the Jawaharlal Nehru gallery of Indian art open?"), or else for one with an article too ("And the spire?"
    after "How tall is the tower?"). Of equals, the last. None when nothing is alike."""
    said = phrase.split()
    if not said:
        return None
    named = all(w[:1].isupper() for w in said if w.lower() not in _DETERMINERS and w.lower() not in STOPWORDS)
    with_article = said[0].lower() in _DETERMINERS
    wanted = {stem(w) for w in content_words(phrase)}
    tokens = list(_PHRASE_WORD.finditer(body))
    best, best_score = None, 1.5
    for i in range(len(tokens)):
        for j in range(i, min(len(tokens), i + 8)):
            run = [t.group(0) for t in tokens[i:j + 1]]
            low = [w.lower()[:-2] if w.lower().endswith(("'s", "’s")) else w.lower() for w in run]
            if any(w in _QUESTION_WORDS or w in _VERBS for w in low):
                break
            if (low[0] in STOPWORDS and low[0] not in _DETERMINERS) or low[-1] in STOPWORDS:
                continue
            content = [w for w, lw in zip(run, low) if lw not in STOPWORDS]
            if not content:
                continue
            capitalized = all(w[:1].isupper() for w in content)
            after = tokens[j + 1].group(0) if j + 1 < len(tokens) else ""
            before = tokens[i - 1].group(0) if i > 0 else ""
            if capitalized and (after[:1].isupper() or (before[:1].isupper() and i > 1)):
                continue  # part of a longer name ("Death" of "Black Death")
            possessive = low[-1] != run[-1].lower()
            article = low[0] in _DETERMINERS or before.lower() in _DETERMINERS
            shared = len(wanted & {stem(w) for w in low if w not in STOPWORDS})
            score = 2.0 * shared + (1.5 if named and capitalized else 0.0) - (1.0 if named != capitalized else 0.0)
            score += (0.5 if article == with_article else 0.0) + (1.0 if shared and stem(low[-1]) in wanted else 0.0)
            if with_article and article and not (named or capitalized):  # "the spire" for "the tower"
                if not shared and after and after.lower() not in STOPWORDS and not possessive:
                    continue  # a whole noun phrase, not "the two" of "the two countries"
                score += 1.2
            score -= 0.1 * abs(len(content) - len(wanted))
            if score >= best_score:  # of equals, the last: "in Cambodia" rather than "Vietnam" before it
                end = tokens[j].end() - (2 if possessive else 0)
                start = tokens[i - 1].start() if with_article and low[0] not in _DETERMINERS and article else \
                    tokens[i].start()  # "the" is said again: "And the spire?" for "the tower"
                best, best_score = (start, end), score
    return best


# "the article about X", "this story on X", "the paper titled X", "the MOIT article X": a question about one
# document of the collection. X runs to the question's end, a verb of publishing ("... was posted?") or a comma
# before what is asked ("In the paper titled A, B and C, what ...?": a title may hold commas); failing that, to
# the first comma ("In the article about X, Jesmond is filled with what?"). A title in quotes is X as quoted.
# The nouns a question calls a document by. The patterns below add "text", "essay" or "item" to them as they were
# first written; making them one list would change which questions name a document, so the differences stay.
_NOUNS = r"article|story|piece|post|report|paper|document|page|release"
# Before the noun, a name or its date: "the Paxaxon article", "the June 2024 article", "the September 2023 post";
# "its piece about X" of "When did the ministry post its piece about X?" names one too.
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
# a document's date: "2023", "June 2024", "13th September 2023", "September 17, 2024"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_DAY}\s+)?(?:(?:{_MONTHS})\s+)?(?:{_DAY},?\s+)?(?:19|20)\d\d"
_DOCUMENT_NOUN = (rf"\b(?:the|this|that|its|their)\s+(?P<named>(?:(?:(?-i:[A-Z][\w&-]*)|{_MONTHS}|(?:19|20)\d\d)\s+){{0,3}})"
                  rf"(?:news\s+|blog\s+|web\s+|press\s+)?(?:{_NOUNS}|text|essay|item)\s+")
_ABOUT = (r"(?:about|on|regarding|concerning|covering|describing|discussing|titled|entitled|called|headlined|dated|"
          r"marking|commemorating|celebrating|reporting|summari[sz]ing|quoting|mentioning|featuring|"
          r"(?:that|which)\s+(?:describes|discusses|covers|marks|commemorates|celebrates|reports|summari[sz]es|"
          r"quotes|mentions|features|cites|opens\s+with|ends\s+with|begins\s+with)(?:\s+(?:on|that))?)\s+")
_NAMED = (_DOCUMENT_NOUN + rf"(?:{_ABOUT}|(?=(?-i:[A-Z])))(?P<about>.+?)"
          r"(?=\s+(?:posted|published|written|translated|released|updated|issued|dated|printed|authored|edited"
          r"|put\s+(?:out|online|up))\b|\s+(?:carry|carries|bear|bears|show|shows|have|has)(?=\s*\??\s*$)"
          r"|\s*[;?!]|\s*$")
_DOCUMENT = [re.compile(_DOCUMENT_NOUN + rf"(?:{_ABOUT})?[\"“‘'](?P<about>[^\"”’]+?)[\"”’']", re.I),
             re.compile(_NAMED + r"|\s*,\s*(?:(?:in|on|at|by|for|to|from|of|with|during|under)\s+)?(?:what|which|"
                        r"who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|has|have|had|will|"
                        r"would|should)\b)", re.I),
             re.compile(_NAMED + r"|\s*,)", re.I),
             # "Who posted 'Vietnam-Laos: A Special Relationship'?": a title quoted after a verb of publishing
             re.compile(r"(?P<verb>\b(?:posted|published|wrote|written|translated|authored|released|issued|post|publish|"
                        r"write|translate|author|release|issue)\s+)"
                        r"[\"“‘'](?P<about>[^\"”’]+?)[\"”’']", re.I),
             # "When was 'Vietnam-Laos: A Special Relationship' posted?": a title quoted before a verb of publishing
             re.compile(r"[\"“‘'](?P<about>[^\"”’]+?)[\"”’'](?=\s+(?:first\s+)?(?:posted|published|written|translated|"
                        r"authored|released|issued|printed|put\s+(?:out|online|up))\b)", re.I),
             # "According to the MOIT Vietnam article of September 2023, how many ...?": the clause names it
             re.compile(rf"(?<=^according to )(?P<about>(?:the|this|that|[\w-]+['’]s)\s+[^,?]{{0,60}}?"
                        rf"\b(?:{_NOUNS})\b"
                        r"[^,?]{0,60})(?=,)", re.I),
             # "Who translated the June 2024 article?", "the 2023 article", "its 13th September 2023 post", "the MOIT
             # post of 17th September 2024", "the September 2023 MOIT piece": its date alone names it
             re.compile(rf"\b(?:the|this|that|its|their)\s+(?P<about>{_DATE})\s+(?:(?-i:[A-Z][\w&-]*)\s+){{0,3}}"
                        rf"(?:{_NOUNS})\b", re.I),
             re.compile(rf"\b(?:the|this|that|its|their)\s+(?:(?-i:[A-Z][\w&-]*)\s+){{0,3}}(?:{_NOUNS})\s+"
                        rf"(?:of|from|dated|published\s+on|posted\s+on|on)\s+(?P<about>{_DATE})(?!\s*\w)", re.I)]
# "How many years ..., according to MOIT's September 2023 post?": a clause at the end names it, and goes.
_SOURCE_AT_END = re.compile(rf"[\s,]+according\s+to\s+(?P<about>(?:the|this|that|[\w-]+['’]s)\s+[^,?]{{0,60}}?"
                            rf"\b(?:{_NOUNS})\b[^,?]{{0,60}}?)(?=\s*\??\s*$)", re.I)
_DOCUMENT_WORD = re.compile(rf"\b(?:{_NOUNS}|text)s?\b", re.I)


def without_document_words(about: str) -> str:
    """What names a document, without the words for a document: "the MOIT 2023 piece" -> "the MOIT 2023 "."""
    return _DOCUMENT_WORD.sub(" ", about)
_LEFT_OVER = re.compile(r"^\s*(?:in|according\s+to|from)\s+it\s*,?\s*|[\s,]*\baccording\s+to\s+it\b\s*(?=[?.!]*\s*$)",
                        re.I)
# What a statement before the question says it is about: "I'm reading about X.", "This is about X.", "Context: X."
_TOPIC = re.compile(r"^\s*(?:(?:i|we)\s*(?:'m|’m|'re|’re|\s+am|\s+are)\s+(?:reading|looking\s+at|studying|"
                    r"researching|working\s+on|learning)(?:\s+(?:about|on))?|(?:this|it)\s+is\s+about|"
                    r"(?:this|it)(?:'s|’s)\s+about|(?:i|we)\s+(?:have|'ve\s+got|’ve\s+got)\s+(?:a\s+|some\s+)?"
                    r"questions?\s+(?:about|on|regarding)|(?:i|we)\s*(?:'m|’m|'re|’re|\s+am|\s+are)\s+interested\s+in|"
                    r"speaking\s+of|on\s+the\s+(?:topic|subject)\s+of|regarding|about|re|context|topic|"
                    r"\(?\s*(?:in|from)\s+the\s+(?:article|story|paper|report|document|post|page)\s+(?:about|on|titled))"
                    r"\b[\s:,-]*",
                    re.I)


_GREETING = re.compile(r"^\s*(?:hi|hello|hey|thanks|thank\s+you|cheers|please|good\s+(?:morning|afternoon|evening))\b"
                       r"(?:\s+(?:there|in\s+advance|very\s+much|so\s+much))?[\s,!.]*", re.I)


# "the former", "the latter" (or "the former's"), not "the former Prime Minister": what follows is no noun
_FORMER = re.compile(r"\bthe\s+(former|latter)(?:(['’]s)|(?=\s*(?:[?!.,;:)]|$)|\s+(?:is|was|are|were|has|have|had|"
                     r"did|does|do|in|of|to|for|with|at|on|from|and|or|but|according|rank|ranks|ranked)\b))", re.I)
_PAIRED_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){0,3}"
_PAIR = re.compile(rf"\b({_PAIRED_NAME})\s*,?\s+(?:and|or|&)\s+({_PAIRED_NAME})")


def former_or_latter(question: str, earlier: str) -> str:
    """``question`` with "the former" or "the latter" put as the first or second of the last two names ``earlier``
    joins with "and" or "or": "How many projects does it have in the former?" after "Vietnam invests in Laos and
    Cambodia." -> "How many projects does it have in Laos?"; as it is when ``earlier`` joins no two names."""
    pairs = _PAIR.findall(earlier) if _FORMER.search(question) else []
    if not pairs:
        return question
    return _FORMER.sub(lambda m: pairs[-1][m.group(1).lower() == "latter"] + (m.group(2) or ""), question)


# (not one asking of "it", which may be what the lead names: "I'm tracking Lao media - which paper ran it?")
_STATED_THEN_DASH = re.compile(r"^([^?]{12,}?[a-z0-9])\s+[-–—]+\s+([a-z])(?=(?:hat|hich|ho|hom|hose|hen|here|hy|ow)\b"
                               r"(?![^?]*\bits?\b)[^?]*\?\s*$)")


def stated_topic(question: str) -> tuple[str, str, str] | None:
    """A question among statements, as (the question, what the statements say it is about, "topic" when they
    only name it or "said" when they say more), or None: "I'm reading about Super Bowl 50. Who won?", "Who
    won? I'm reading about Super Bowl 50." and "I'm reading about Super Bowl 50; who won?" -> ("Who won?",
    "Super Bowl 50", "topic"). Greetings and thanks are no statements."""
    question = " ".join(question.split())
    # "Cambodia ranks second among ... - which country ranks first?": a statement, then the question after a dash
    question = _STATED_THEN_DASH.sub(lambda m: m.group(1) + ". " + m.group(2).upper(), question)
    lead = context_lead(question)
    if lead and lead[2]:  # "I'm reading about Super Bowl 50; who won?": the lead is a statement of its own
        cut = _TOPIC.match(lead[0])
        about = lead[0][cut.end() if cut else 0:].strip(" .!;:,()-–—")
        if content_words(about) and content_words(lead[1]):
            return lead[1][:1].upper() + lead[1][1:], about, "topic" if cut else "said"
    sentences = [question[a:b].strip() for a, b in split_sentences(question)]
    asked = [x for x in sentences if x.endswith("?")] or [
        x for x in sentences[-1:] if words(x) and (words(x)[0] in _QUESTION_WORDS or _YES_NO.match(x))]
    if len(asked) != 1:  # "I'm reading about X. What is NSFNET" asks without its question mark
        return None
    said = [_GREETING.sub("", x) for x in sentences if x is not asked[0]]
    said = [x for x in said if content_words(x)]
    if not said or any(_YES_NO.match(x) or words(x)[0] in _QUESTION_WORDS for x in said):  # "... J.W. Wild?"
        return None
    cuts = [(t.end() if t else 0) for t in map(_TOPIC.match, said)]  # "I'm reading about " ...
    about = " ".join(x[cut:] for x, cut in zip(said, cuts)).strip(" .!;:()")
    told = "topic" if all(cuts) else "said"
    return (asked[0], about, told) if content_words(about) and content_words(asked[0]) else None


def document_reference(question: str) -> tuple[str, str] | None:
    """A question about one document, as (the question with "it" for the document, what names it), or None.

    Example: "Who translated the article about the 57th anniversary of Vietnam-Cambodia relations?" ->
    ("Who translated it?", "the 57th anniversary of Vietnam-Cambodia relations"). What is left must still
    ask something ("What is the article about X about?" is not one).
    """
    for pattern, put in [(p, "it") for p in _DOCUMENT] + [(_SOURCE_AT_END, "")]:
        match = pattern.search(question)
        if not match or not content_words(without_document_words(match.group("about"))):
            continue  # "According to the report, ...": no title, so any of the documents
        put = (match.groupdict().get("verb") or "") + put  # "who posted it"
        rest = _LEFT_OVER.sub("", question[:match.start()] + put + question[match.end():]).strip()
        if content_words(rest):
            # "the Paxaxon article about Lao-Vietnam relations", "the June 2024 article about ...": the newspaper or
            # date before the noun names it too (a month in lower case: the document's date, no name it must write);
            # not before a quoted title, which is matched as written (qa.answering.metadata.is_other_text)
            named = [w.lower() if re.fullmatch(_MONTHS, w, re.I) else w
                     for w in (match.groupdict().get("named") or "").split()] if pattern is not _DOCUMENT[0] else []
            about = match.group("about").strip()
            named = [w for w in named if w.lower() not in about.lower()]
            return rest[:1].upper() + rest[1:], " ".join([*named, about])
    return None


# "And in Laos, how many active ones?": a phrase put before the question, which takes the earlier one's place
_LEAD_PHRASE = re.compile(r"^\s*(?:and|but|what\s+about|how\s+about)\s+((?:in|for|at|on|during|with|between|among)"
                          r"\s+[^,?]{1,40}?)\s*,\s*(?=(?:what|which|who|whom|whose|when|where|why|how)\b)", re.I)


def _resolved(history: list[str], likeness: Likeness | None = None) -> list[str]:
    """Earlier questions, each elliptical follow-up replaced by the question it stood for: after "How many
    projects are in Cambodia?", "And in Laos?" is "How many projects are in Laos?" (so a third "And in
    Thailand?" swaps Laos, not the words "And in Laos")."""
    resolved: list[str] = []
    for earlier in history:
        swapped = _swap_phrase(resolved[-1], earlier, likeness) if resolved and is_follow_up(earlier) else None
        resolved.append(swapped or earlier)
    return resolved


_AND_WHICH = re.compile(r"^\s*(?:and|but|what\s+about|how\s+about)\s+(which|what)\s+([^?]+?)\s*\??\s*$", re.I)
_ASKED_THING = re.compile(r"^\s*(?:which|what)\s+[^?]+?\s+(?=(?:is|are|was|were|do|does|did|has|have|had|can|could|will|"
                          r"would)\b)", re.I)


def _swap_asked(earlier: str, question: str) -> str | None:
    """Resolve "And which Cambodian ministry?" against "Which Vietnamese ministries are party to the Plan?" ->
    "Which Cambodian ministry are party to the Plan?": the thing the earlier question asks for, swapped. None
    when the follow-up asks more than a thing ("And which one did he sign?") or the earlier asks no thing."""
    match, asked = _AND_WHICH.match(question), _ASKED_THING.match(earlier)
    thing = match.group(2).split() if match else []
    if not asked or not thing or len(thing) > 4 or any(w.lower() in _VERBS for w in thing):
        return None
    return f"{match.group(1).capitalize()} {match.group(2)} {earlier[asked.end():]}"


# "the motto with China": the earlier question's thing, and the country it is now asked of
_THING_WITH = re.compile(r"^(?:(?:the|its|their)\s+)?(.+?)\s+(?:with|of|for|in|between)\s+(?:the\s+)?([A-Z][\w-]*)$")
_CAPITALIZED = re.compile(r"\b[A-Z]\w*")


def _new_partner(body: str, phrase: str) -> str | None:
    """Resolve "What about the motto with China?" against "What motto guides the Vietnam-Cambodia relationship?"
    -> "What motto guides the Vietnam-China relationship?": the earlier question's thing asked of another
    country, which takes the place of the last of the earlier question's two or more countries. None unless
    the thing is the earlier question's (a word in common) and the country is new to it."""
    match = _THING_WITH.match(phrase)
    if not match or not country_of(match.group(2)):
        return None
    thing, country = match.groups()
    earlier = [m for m in _CAPITALIZED.finditer(body) if country_of(m.group(0))]
    held = {country_of(m.group(0)) for m in earlier}
    if len(held) < 2 or country_of(country) in held:
        return None
    if not {stem(w) for w in content_words(thing)} & {stem(w) for w in content_words(body)}:
        return None
    last = earlier[-1]
    return f"{body[:last.start()]}{country}{body[last.end():]}?"


def _asked_thing_of(body: str, phrase: str) -> str | None:
    """Resolve "What about the motto of the Vietnam - Cambodia relationship?" against "What motto have the
    Communist Parties of Vietnam and China established?" -> "What is the motto of the Vietnam - Cambodia
    relationship?": the thing the earlier question asks for ("What motto"), now of names it does not give. None
    unless the phrase names the thing and a name new to the earlier question."""
    asked = re.match(r"^\s*(?:what|which)\s+([a-z]+)\b", body, re.I)
    if not asked or stem(asked.group(1).lower()) not in {stem(w) for w in words(phrase)}:
        return None
    held = {w.lower() for w in _TOKEN.findall(body)}
    if not any(w[0].isupper() and w.lower() not in held for w in _TOKEN.findall(phrase)):
        return None
    return f"What is {phrase}?"


_QUOTED = re.compile(r"[\"“‘'][^\"”’]{3,}?[\"”’']")  # a quoted title, as the patterns of _DOCUMENT read it


_COUNTERPART = re.compile(r"^\s*(?:and|what\s+about|how\s+about|and\s+what\s+about)\s+(?:its|their|his|her|the)\s+"
                          r"([A-Z][\w-]*)\s+counterparts?\s*\??\s*$", re.I)


def _counterpart(earlier: str, question: str) -> str | None:
    """ "Which Vietnamese ministry signed the cooperation?" of "And its Vietnamese counterpart?" after "Which
    Cambodian ministry signed the cooperation?": the earlier question with the country's people swapped, when it
    names one people (or country) before a noun. None otherwise."""
    match = _COUNTERPART.match(question)
    if not match or not country_of(match.group(1)):
        return None
    named = [m for m in re.finditer(r"\b[A-Z][\w-]*(?=\s+[a-z])", earlier) if country_of(m.group(0))
             and country_of(m.group(0)) != country_of(match.group(1))]
    if len(named) != 1:
        return None
    return earlier[:named[0].start()] + match.group(1) + earlier[named[0].end():]


def _new_thing_of_theirs(earlier: str, question: str) -> str | None:
    """ "What is their total registered capital?" of "And their total registered capital?" after "How many projects
    does Vietnam have in Cambodia?": a thing of theirs the earlier question does not ask (no word in common) is
    asked of them, not swapped into it. None for any other follow-up ("What about its jewellery collection?" after
    a question on its textile collection swaps the collection)."""
    match = _SWAP.match(question)
    if not match or match.group(1) or not re.match(r"(?:its|their|his|her)\s", match.group(2), re.I):
        return None
    phrase = match.group(2).rstrip("?. ")
    if {stem(w) for w in content_words(phrase)} & {stem(w) for w in content_words(earlier)} or re.search(
            r"\b[A-Z]", phrase):  # "And its Vietnamese counterpart?" swaps a name: the earlier question of it
        return None
    return f"What is {phrase}?"


# a superlative, with its rank or "most": "coldest", "second largest", "most populous" (not "west", "forest")
_NOT_SUPERLATIVE = frozenset("west rest test forest interest honest modest harvest request protest contest guest quest "
                             "chest nest pest vest arrest suggest invest digest southwest northwest midwest".split())
_EXTREME = re.compile(r"\b(?:(?:second|third|fourth|fifth)[\s-]+)?(?:(?:most|least)\s+[a-z]+|[a-z]{2,}est|best|"
                      r"worst)\b", re.I)


def _extreme(phrase: str) -> re.Match | None:
    found = [m for m in _EXTREME.finditer(phrase) if m.group(0).split()[-1].lower() not in _NOT_SUPERLATIVE]
    return found[-1] if found else None


def _other_extreme(body: str, phrase: str) -> str | None:
    """Resolve "And the coldest?" against "Which month is warmest in Fresno?" -> "Which month is coldest in
    Fresno?": a follow-up naming only another superlative swaps the earlier question's. None otherwise."""
    said = re.sub(r"^(?:the|its|their)\s+|\s+(?:one|ones)$", "", phrase.strip(), flags=re.I)
    asked, earlier = _extreme(said), _extreme(body)
    if not asked or asked.group(0) != said or not earlier:
        return None
    return f"{body[:earlier.start()]}{said}{body[earlier.end():]}?"


def _swap_phrase(earlier: str, question: str, likeness: Likeness | None = None) -> str | None:
    """Resolve "And in Laos?" against "How many projects are in Cambodia?" -> "How many projects are in Laos?".

    The last phrase of the earlier question introduced by the same preposition is
    replaced; without a preposition, the phrase most like it in words (_most_like), or else
    nearest in meaning (qa.asking.alike, with ``likeness``), or else the last phrase after
    a preposition. None when the follow-up is not of this elliptical shape or there is
    nothing to replace.
    """
    match = _SWAP.match(question)
    if not match or re.search(r"\b(what|which|who|whom|whose|when|where|why|how)\b", match.group(2), re.I):
        return None
    preposition, phrase = match.group(1), match.group(2).rstrip("?. ")
    body = earlier.rstrip("?. ")
    partner = (_new_partner(body, phrase) or _asked_thing_of(body, phrase)) if not preposition else None
    if partner:
        return partner
    titles = [_QUOTED.search(text) for text in (body, phrase)]
    if all(titles):  # "And the one titled 'B'?" after "When was the article 'A' posted?": B's date
        return f"{body[:titles[0].start()]}{titles[1].group(0)}{body[titles[0].end():]}?"
    most = _other_extreme(body, phrase) if not preposition else None
    if most:  # "And the coldest?" after "Which month is warmest in Fresno?"
        return most
    turned = {"after": "before", "before": "after"}.get(phrase.lower()) if not preposition else None
    at = re.search(rf"\b{turned}\b", body, re.I) if turned else None
    if at:  # "And after?" after "What was Florence's population before the Black Death?"
        return f"{body[:at.start()]}{phrase.lower()}{body[at.end():]}?"
    if not preposition:  # "And Vietnam?", "And the Toshiba gallery?": the earlier phrase most like it
        like = _most_like(body, phrase)
        if like is None and likeness:  # "And reptiles?" after "How many bird species ...?": the phrase nearest in
            from .alike import nearest_run  # meaning (alike reads this module's word lists)

            near = nearest_run(body, phrase, likeness)
            if near:
                like, phrase = near
        if like is not None:
            rest = body[like[1]:]
            if years(phrase):  # "the whole of 2023" for "the first five months" of "... of 2024": its year goes too
                rest = re.sub(r"^\s+(?:of|in)\s+(?:1[0-9]|20)\d\d\b", "", rest)
            # "the sports development strategy" for "the cooperation plan" of "What period does the cooperation plan
            # on culture, arts and tourism cover?": the plan's own qualifier goes too, when the two share no word
            shared = {stem(w) for w in content_words(body[like[0]:like[1]])} & {stem(w) for w in content_words(phrase)}
            qualified = _QUALIFIER_TO_VERB.match(rest)
            if qualified and not shared:
                rest = qualified.group(1)
            return f"{body[:like[0]]}{phrase}{rest}?"
    choices = [preposition.lower()] if preposition else list(_PREPOSITIONS)
    cut = max((m.start() for p in choices for m in re.finditer(rf"\b{p}\b", body, re.I)), default=-1)
    if cut < 0:
        return None
    head = body[:cut]
    used = preposition or body[cut:].split(" ", 1)[0]
    return f"{head}{used} {phrase}?"
