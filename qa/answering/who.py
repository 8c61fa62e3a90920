"""Whether the phrase quoted for "Who ...?", for a post or for a body names one of the kind asked.

"Who ...?" is not answered by a phrase that names no one: an agreement, a date, a figure, an event, a body, a place
or a building, a people for "Which scientist ...?", the two sides (NO_ONE); nor "Who was the deputy ...?" by
sentences naming no deputy (NO_SECOND), "What position does he hold?" by a name or someone's words (NO_POST,
not_a_post; post_instead finds the title to quote), "What was the name of ...?" by a phrase in lower case
(NO_PERSON_NAME), "Which newspaper ...?" by a person (A_PERSON), "Which ministry ...?" by a country or a title
(not_a_body; body_named and body_instead find the body to quote), who chairs one side's body by the other side's
(OTHER_SIDE), "Who was X before Y?" by sentences that say nothing of anyone before (held_before), nor "Who
succeeded X?" by who succeeded another (followed_another). qa.answering.misses.not_this asks these among its other
checks. What this does not do: find the people a passage names or tell a person from the one the question names
(qa.answering.people), tell who holds an office of a country (qa.answering.offices), or weigh anything.
"""
from __future__ import annotations

import re

from ..asking.countries import country_of, is_country_word, only_a_country
from ..asking.question import HONORIFICS, KEYWORDS_ONLY, TRADES, Kind
from ..asking.titles import NAME, is_title_word, name_in, title_of
from ..text import MONTH, STOPWORDS, WORD, words
from .agreements import in_agreement_name, mentions_agreement, names_agreement
from .figures import NO_NUMBER, only_a_figure
from .offices import asked_office
from .people import (A_BODY, BODY_WORD, BOTH_SIDES, OWN_NAME, OWN_TITLE, in_a_title, names_someone, only_a_title,
                     own_title, persons, whole_name)
from .slots import body_of_country
from .spans import find_spans
from .times import ONLY_DATE

NO_POST = NO_NUMBER.format(kind="post")


# "What was the name of the tax collector who arrested him?" and "higher political office": no name
NO_PERSON_NAME = "The closest passage gives “{said}”, not a name."
_ASKS_NAME = re.compile(r"\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+(?:\w+\s+)?names?\s+of\b", re.I)
# "Who signed it?" and "Treaty of Friendship and Cooperation": the phrase names an agreement, not who made it.
NO_ONE = "The closest passage names “{said}”, not a person."
# "Who was the first woman to serve as president of Harvard?" and sentences that never say a woman is meant
NO_WOMAN = "The closest passage does not say that “{said}” is a woman."
_ASKS_WOMAN = re.compile(r"\b(?:woman|female|lady)\b", re.I)
_SAYS_WOMAN = re.compile(r"\b(?:she|her|hers|herself|woman|women|female|lady|ladies|Mrs|Ms|Miss|Madame|Dame|actress|"
                         r"queen|princess|duchess|wife|widow|daughter|mother|sister|girl)\b", re.I)
# a place or a building, which no person's name ends with: "Who was the architect of the tower?" and "Barnett Center"
_A_PLACE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Center|Centre|Tower|Building|Street|Avenue|Road|"
                      r"Bridge|Station|Airport|Stadium|Cathedral|Temple|Palace|Castle|River|Mountains|Islands?|Bay|"
                      r"Ocean|Square|Arena|Valley|Desert)$")
# one person asked by a word for one: "Which scientist ...?", "Who was the director ...?", not "Who ...?" ("Who won?"
# and "British") nor "What did researchers think ...?"
_ONE_PERSON = (rf"(?:{TRADES}|scientists?|researchers?|scholars?|doctors?|kings?|queens?|rulers?|actress|players?|"
               r"authors?|writers?|persons?|man|woman|individual|directors?|founders?|journalists?|bishops?|popes?|"
               r"mayors?|governors?|designers?|editors?|producers?|presenters?|hosts?|priests?|professors?|"
               r"employees?|judges?|geographers?|botanists?|playwrights?|generals?|commanders?|missionary|"
               r"missionaries|pastors?|officials?)")
_WHICH_PERSON = re.compile(rf"\b(?:which|what)\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|had|number|the|an?|"
                           rf"types?|kinds?|sorts?|of)\b)"
                           rf"[^\W\d_]+\s+){{0,2}}{_ONE_PERSON}\b(?!-)"
                           rf"|\bwho\s+(?:is|was|are|were)\s+the\s+(?:[^\W\d_]+\s+)?{_ONE_PERSON}\b(?!-)"
                           rf"|\bnames?\s+of\s+(?:the|a|this|that)\s+(?:[^\W\d_]+\s+){{0,2}}{_ONE_PERSON}\b(?!-)",
                           re.I)  # not "What person-to-person R0 ...?"
# a phrase that ends with a word for a person: "the municipal building inspector", "a German chemist", "his son"
_AGENT = re.compile(rf"(?:\w(?:er|or|ist|ian|ant|ent|ee)s?|\b{_ONE_PERSON}|\b(?:sons?|daughters?|wife|husband|"
                    r"brothers?|sisters?|father|mother|family|people|men|women|children|staff|team|crew))\W*$", re.I)
# a phrase that ends with a word for a body of people, who may do what "Who ...?" asks: "governments", "their
# families", "non-profit trusts"
_PEOPLE = re.compile(r"\b(?:famil(?:y|ies)|teams?|crews?|governments?|authorities|trusts?|societ(?:y|ies)|"
                     r"compan(?:y|ies)|firms?|states|nations|countries|forces|troops|police|public|communit(?:y|ies)|"
                     r"tribes?|groups?|parties|unions?|courts?|councils?|churches|schools|universities|institutions|"
                     r"organi[sz]ations?|agencies|businesses|corporations?|banks?|colleagues|friends|allies|others|"
                     r"elite|nobles?|clergy|monks?|nuns?|ancestors|natives|locals|army|armies|navy|missionaries|"
                     r"bod(?:y|ies))\W*$", re.I)
# a phrase that opens with a figure: "at least 30% of the delegates", "$20 million"
_A_FIGURE = re.compile(r"(?:(?:at\s+least|about|around|over|nearly|almost|some|more\s+than|less\s+than)\s+)?"
                       r"[\d$€£¥]", re.I)
# "Who ...?", "In the 1999 special, who played the Doctor?"; not "the age of people who ..."
_ASKS_WHO = re.compile(r"(?:[^,?]*,\s*)?\s*(?:and\s+|so\s+|but\s+)?(?:who|whom)\b", re.I)
# a body or a building named, which no person is: "Royal Institute of British Architects", "Apple Inc", "Theatre Museum"
_AN_INSTITUTION = re.compile(r"\b(?:Institute|Institution|University|College|School|Society|Museum|Library|Church|"
                             r"Academy|Inc|Ltd|Company|Corporation|Association|Council|Committee|Foundation|Gallery|"
                             r"Hospital|Board|Trust|Centre|Center|Ministry|Department|Agency|Party|Commission|"
                             r"Parliament|Government|Office|Studios?|Front|Movement|Brotherhood|League|Union|Alliance|"
                             r"Federation|Coalition|Army|Organi[sz]ation)\b")
NO_SECOND = "The closest passage names no {word}."  # a deputy is a vice (qa.answering.offices): either will do
OTHER_SIDE = "The closest passage gives {name} as {title}, the other side's, not {asked}'s."
# "Who chaired the meeting?", "Who is Cambodia's Minister of Interior?", "Which minister signed it?" ask for a
# person, whom a body is not: not "Communist Party of Vietnam and the Lao People's Revolutionary Party", "the
# Ministry of Public Security". Who did other things may be a body ("Who reported that figure?": "the Ministry of
# Industry and Trade"). A phrase that goes on to name a person ("Pham Minh Chinh meets with Minister Hout Hak, who
# led ... the Ministry") is no body.
# "Who led the Vietnamese side at the meeting?" and "46th meeting of the ... Committee": an event is no one
_AN_EVENT = re.compile(r"(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?!of\b|by\b|for\b)[\w'’-]+\s+){0,3}?(?:meetings?|"
                       r"conferences?|forums?|summits?|sessions?|visits?|talks|ceremon(?:y|ies)|celebrations?|"
                       r"anniversar(?:y|ies)|patrols?|exchanges?|signings?)\b(?!\s+(?:chair|head|leader))", re.I)
# "Who signed it on behalf of the Ministry of Culture?" asks for a person, not the ministry
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.I)
_WHOSE = re.compile(r"\bwhose\b", re.I)  # "Whose State visit ...?" and "State visit of ... Thongloun Sisoulith"
_PERSON_ROLE = re.compile(r"\bwho\b.*\b(?:co-?)?(?:chair|chairs|chaired|head|heads|headed|presides?|presided|lead|"
                          r"leads|led|command|commands|commanded|chairing|heading|leading|presiding|commanding)\b"
                          r"|\b(?:which|what)\s+(?:[^\W\d_]+\s+){0,2}(?:minister|leader|official|president|premier|"
                          r"ambassador|envoy|diplomat|chairman|chairwoman|chairperson|secretary|general|person|man|"
                          r"woman|officer|commander|politician|journalist|reporter|translator)\b", re.I)
# who holds a post in a body: a person answers, no country or body ("Who heads Cambodia's Ministry of Interior?")
_HEADS_BODY = re.compile(r"\bwho\s+(?:(?:is|was|are|were)\s+)?(?:co-?)?(?:chairs?|chaired|heads?|headed|leads?|led|"
                         r"presides?\s+over|presided\s+over|chairing|heading|leading|presiding\s+over)"
                         r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:Ministry|Committee|Department|Association|Commission|"
                         r"Agency|Council|[Dd]elegation)\b", re.I)
_ASKS_SECOND = re.compile(r"\b(deputy|vice)[\s-]", re.I)  # "Who was the deputy head of the delegation?"
# "his book's title?" asks the name of a work, not a post
_WORK_TITLE = re.compile(r"\b(?:book|article|film|movie|song|album|paper|novel|poem|report|play|show|series|essay|"
                         r"story|piece|work|painting|opera|thesis|episode)s?(?:['’]s?)?\s+title\b", re.I)
# "What official position does Nguyen Ba Hung hold?"
_ASKS_POST = re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:position|post|office|job|title)s?\s+(?:does|did|do|has|"
                        r"had)\b[^?]*\b(?:hold|held|have|occupy|occupied|use|give|gave)\b"
                        r"|\bwhat(?:\s+is|\s+was|['’]s)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:position|post|title|job)\b"
                        rf"|{KEYWORDS_ONLY}.*\b(?:position|post|title|job)\s*\??\s*$", re.I)  # "nguyen ba hung position"


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+")  # "Mr. " of "Mr. Nguyen Ba Hung"


def post_instead(text: str, phrase: str) -> tuple[int, int] | None:
    """``[start, end)`` of the title ``text`` gives the person ``phrase`` names, for a question asking a post that
    was quoted the name (NO_POST): "General Secretary and President of Laos" for "Thongloun Sisoulith"; else None."""
    return title_of(text, _HONORIFIC.sub("", phrase.strip()))


def asks_one_person(question: str) -> bool:
    """Whether the question asks for a person by a word for one: "Which geographer ...?", "What architect ...?"."""
    return bool(_WHICH_PERSON.search(question))


def _no_one(question: str, text: str, phrase: str) -> bool:
    """Whether ``phrase``, asked who, is a place or a building ("Barnett Center"; "Whose ...?" may be a place's), or
    a people asked by a word for one person ("Which scientist ...?" and "Japanese"), and ``text`` names no one
    else who might be the one asked for; or, asked for one person by a word for one or for who led or chaired,
    no name at all ("Which architect designed it?" and "Royal Institute of British Architects"), or, asked by a word
    for a person, letters in capitals ("VHS")."""
    a_place = _A_PLACE.search(phrase.strip()) and not _WHOSE.search(question)
    one = _WHICH_PERSON.search(question)
    a_people = one and re.fullmatch(r"[\w-]+", phrase.strip()) and is_country_word(
        phrase.strip()) and not only_a_country(phrase)
    # "Which scientist first observed them?" and "some plant biologists": a group in lower case, asked for one
    asked_one = one and not re.search(r"[^s]s$", one.group(0).lower())
    said = re.fullmatch(r"(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*s)", phrase.strip())
    a_group = asked_one and said and re.fullmatch(_ONE_PERSON, said.group(1), re.I) and not said.group(1).endswith("ss")
    # nor, asked for one by a word for one, a lone word in lower case ("wife" of "... alumnus David Logan and his
    # wife Reva" for "Who were the architects ...?")
    lone = re.fullmatch(r"(?:(?:his|her|their|its|the|a|an)\s+)?[a-z]+", phrase.strip())
    a_body = one and _names_a_body(text, phrase)  # "Which party official ...?" and "the Paxaxon electronic newspaper"
    return bool(a_place or a_people or a_group or a_body) and not _someone_else(question, text, phrase) or bool(
        (one or _PERSON_ROLE.search(question)) and (_no_name(phrase) or lone)) or bool(
        one and _ACRONYM.fullmatch(phrase.strip()))  # "Which actors played ...?" and "VHS"


def _names_a_body(text: str, phrase: str) -> bool:
    """Whether ``text`` writes ``phrase``, a name, before a word for a body, as that body's name: "the Paxaxon
    electronic newspaper", "the Toyota motor company"."""
    said = phrase.strip()
    at = text.find(said) if re.match(r"[A-Z]", said) else -1
    return at >= 0 and re.match(rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{_BODY_NOUN})\b", text[at + len(said):]) is not None


def _no_name(phrase: str) -> bool:
    """Whether ``phrase`` names no person: it is in lower case and ends in no word for one ("the heavens", "40 to
    60 days"; not "the municipal building inspector"), opens with a figure and names only bodies ("at least 30% of
    the delegates at the 2012 General Conference", not "over 330 drawings by Andrea Palladio"), or is short and
    names a body or a building ("Apple Inc", "Royal Institute of British Architects"); a whole sentence may name
    both."""
    said = phrase.strip()
    runs = re.findall(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*", said)  # capitalized names
    bodies = all(_AN_INSTITUTION.search(run) or BODY_WORD.search(run) for run in runs)
    lower = not runs and not _AGENT.search(said)
    return bool(said) and (lower or bool(_A_FIGURE.match(said)) and bodies or len(said.split()) <= 8
                           and bool(_AN_INSTITUTION.search(said)))


def _a_thing(phrase: str) -> bool:
    """Whether ``phrase`` is words in lower case, no figure, that end in no word for a person or a body of people
    ("note books", "perfume museum"; not "biostratigraphers", "their families", "governments")."""
    said = phrase.strip()
    return bool(re.search(r"[^\W\d_]", said)) and said == said.lower() and not re.search(r"\d", said) and not (
        _AGENT.search(said) or _PEOPLE.search(said))


def _only_asked_names(question: str, text: str, phrase: str) -> bool:
    """Whether ``phrase`` writes words besides capitalized ones, and capitalized words that name no country or
    people nor a month, each a word of the question: "a United Methodist bishop made a bold statement" of "Which
    United Methodist bishop ...?". The first word of the sentences ``text``, capitalized whatever it is, is none
    ("Magnetic stratigraphers look for ...")."""
    asked = {w.lower() for w in re.findall(r"[^\W\d_]+", question)}
    said = [w for w in re.findall(r"[^\W\d_]+", phrase) if w[0].isupper()]
    if said and text.lstrip().startswith(phrase.strip()):
        said = said[1:]
    # "Mongolia", "Japanese", "May" of "May 3, 1901", "VHS": no one
    said = [w.lower() for w in said
            if not is_country_word(w) and not re.fullmatch(MONTH, w) and not _ACRONYM.fullmatch(w)]
    # and words besides names: a bare name the question gives ("Vo Van Thuong") is a person, the one asked about
    worded = any(w.islower() and w not in STOPWORDS for w in re.findall(r"[^\W\d_]+", phrase))
    return bool(said) and worded and all(w in asked for w in said)


# a thing named after a person: "the Aston Webb building", "the Nobel Prize"
_NAMED_AFTER = re.compile(r"\s+(?:building|centre|center|hall|street|road|bridge|tower|house|museum|gallery|library|"
                          r"prize|award|medal|school|college|university|institute|foundation|trust|theat(?:re|er)|"
                          r"stadium|park|wing|lecture|collection)s?\b", re.I)


# letters in capitals ("VHS", "NASA") are no one's name
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _someone_else(question: str, text: str, phrase: str) -> bool:
    """Whether ``text`` names someone besides ``phrase``: a name that is no place, no people and not the
    question's own ("Norman Foster" beside "BALTIC Centre"), who may be the person asked for."""
    asked = {w.lower() for w in WORD.findall(question)}
    for start, end in find_spans(text, 0, len(text), Kind.PERSON):
        name = text[start:end]
        if name == phrase.strip() or start == 0 and " " not in name or _A_PLACE.search(name) \
                or _ACRONYM.fullmatch(name) or re.fullmatch(MONTH, name) or _NAMED_AFTER.match(text, end) \
                or in_a_title(text, name) or _NAMED_AFTER.fullmatch(" " + name.split()[-1]):
            continue  # "On October 6, 2004, ..." names no one, nor does "the Aston Webb building" or "the Tate Gallery"
        if any(re.sub(r"['’]s$", "", w.lower()) in asked or country_of(w) for w in WORD.findall(name)):
            continue  # "Downtown Jacksonville's" of a question on Jacksonville
        return True
    return False


def not_a_post(phrase: str) -> bool:
    """Whether ``phrase`` is no post: an honorific alone ("Mr"), a name alone ("Nguyen Ba Hung"), or no title word
    and what someone said ("Mr. Nguyen Ba Hung said, “We have every reason ..."); "Honorary freemen" may be one."""
    said = phrase.strip().lower()
    if (said[:-1] if said.endswith(".") else said) in HONORIFICS:  # "Mr" of "Mr. Nguyen Ba Hung"
        return True
    untitled = not any(is_title_word(w) for w in phrase.split())
    if untitled and NAME.fullmatch(_HONORIFIC.sub("", phrase.strip())):
        return True  # "Nguyen Ba Hung": who holds it, not the post
    return untitled and bool(
        re.search(r"[\"“”]|\b(?:said|says|told|stated|added|noted|stressed|emphasi[sz]ed)\b", phrase))


# "Which Cambodian leader ...?", "What minister ...?": a person asked by a word for one
_ASKS_LEADER = re.compile(r"\b(?:which|what)\s+(?:[A-Z][\w-]*\s+)?(?:leaders?|presidents?|ministers?|officials?|"
                          r"ambassadors?|envoys?|diplomats?|premiers?|chairm[ae]n|chairwom[ae]n|heads?\s+of\s+state)\b",
                          re.I)


def _names_other_than_countries(phrase: str) -> bool:
    """Whether ``phrase`` has a capitalized word that is no country's name or adjective: "Hun Sen", not "Vietnam
    and Cambodia issued a joint statement"."""
    return any(w[0].isupper() and not country_of(w) for w in WORD.findall(phrase))


# "Who is her counterpart?", "Who is Cambodia's Minister of ...?" (qa.answering.offices.asked_office) ask who holds a role, which
# a title alone does not say; "Who did the North declare for?" may be answered "the King"
_WHOSE_ROLE = re.compile(r"^\s*who\s+(?:is|was|are|were)\s+(?:his|her|their|its)\b", re.I)


# "Which Lao ministry signed the Trade Agreement?" asks for a body: not answered by "signing of the Vietnam-Laos
# Trade Agreement", a country ("Vietnam" for "Which Vietnamese port authority ...?") or a person with a title
NOT_A_BODY = "The closest passage gives “{said}”, not the name of {thing}."
_BODY_NOUN = (r"ministry|ministries|agency|agencies|committee|department|newspaper|authority|association|"
              r"organi[sz]ation|council|bureau|institution|outlet|publisher|broadcaster|company|firm|bank")
_ASKS_BODY = re.compile(rf"^\s*(?:and\s+)?(?:which|what)\s+(?:(?!(?:is|are|was|were|the|a|an|do|does|did|has|have|had|can|"
                        rf"could|will|would)\b)[\w-]+\s+){{0,2}}?(?P<thing>{_BODY_NOUN})\b", re.I)  # not "What is the association"
# what a body's name holds, in lower case too: "the ministry", "the central bank", "the Party's committee"
_A_BODY_WORD = re.compile(rf"\b(?:{_BODY_NOUN}|government|board|court|church|parliament|congress|senate|assembly|union|"
                          r"league|office|party|army|navy|police|university|college|school|group|team|press|service|"
                          r"corporation|foundation|fund|institute|center|centre|commission|cabinet|secretariat|forum|"
                          r"network|station|channel|radio|television|paper)s?\b", re.I)


def not_a_body(question: str, phrase: str) -> str | None:
    """Why ``phrase`` does not answer a question asking which body (ministry, agency, newspaper, ...) did
    something (NOT_A_BODY), or None: a phrase names a body when it holds a word for one, or a capitalized word
    that is not a country's, a people's or a title's, of no agreement."""
    asked = _ASKS_BODY.match(question)
    said = phrase.strip()
    if not asked or not said or _A_BODY_WORD.search(said):
        return None
    named = [w for w in WORD.findall(said) if w[:1].isupper() and w.lower() not in STOPWORDS]
    if named and not mentions_agreement(said) and not any(is_title_word(w) for w in named) and any(
            not is_country_word(part) for w in named for part in w.split("-")):
        return None
    thing = asked["thing"].lower()
    return NOT_A_BODY.format(said=said, thing=f"{'an' if thing[0] in 'aeiou' else 'a'} {thing}")


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’-]*)*")


def body_named(question: str, text: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (the answer's sentences) of the one name there of the body a question asks
    for ("Which ministry's delegation was he leading?" and "Cambodian Ministry of Inspection"; "which ministry is
    he minister of?" and "Planning and Investment of Laos" of "Minister of Planning and Investment of Laos"),
    when the question does not give it; None when there is none, or more than one."""
    asked = _ASKS_BODY.match(question)
    if not asked:
        return None
    noun = asked["thing"].lower()
    noun = {"ministries": "ministry", "agencies": "agency"}.get(noun, noun)
    found = {}
    for run in _NAME_RUN.finditer(text):  # "the Ministry of A and the Ministry of B" are two
        cuts = [0, *(m.start() for m in re.finditer(rf"\s+(?:and|&)\s+(?:the\s+)?(?=(?:[A-Z][\w'’-]*\s+)?{noun}\b)",
                                                     run.group(0), re.I)), len(run.group(0))]
        for a, b in zip(cuts, cuts[1:]):
            piece = re.sub(r"^\s+(?:and|&)\s+(?:the\s+)?", "", run.group(0)[a:b], flags=re.I)
            at = run.start() + b - len(piece)
            if re.search(rf"\b{noun}\b", piece, re.I) and piece.lower() not in question.lower():
                found.setdefault(piece, (at, at + len(piece)))
    if not found and noun == "ministry":  # a minister of X heads the ministry of X
        for run in re.finditer(r"\bMinister\s+of\s+(" + _NAME_RUN.pattern + ")", text):
            found.setdefault(run.group(1), run.span(1))
    return next(iter(found.values())) if len(found) == 1 else None


_NOT_A_BODY_TAIL = NOT_A_BODY.split("”")[1].split("{")[0]  # "”, not the name of " only not_a_body's reasons hold


def not_a_body_reason(reason: str | None) -> bool:
    """Whether ``reason`` is not_a_body's."""
    return bool(reason) and _NOT_A_BODY_TAIL in reason


def body_instead(question: str, text: str, phrase: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (the answer's sentences) of the body a "Which ... ministry ...?" question asks
    for, when the quoted ``phrase`` is refused as none (not_a_body): the one of the country asked
    (qa.answering.slots.body_of_country), else the one body of the noun asked (body_named); None when neither is there."""
    return body_of_country(question, text, phrase) or body_named(question, text)


# "Who chairs the Cambodia-Vietnam Friendship Association?" and "Ms. Nguyen Thi Thanh, Chairwoman of the Vietnam-
# Cambodia Friendship Association, ... the Cambodia-Vietnam Friendship Association": the pair the other way round is
# the other side's body
_PAIR = re.compile(r"\b([A-Z][a-z]+)\s?[-–]\s?([A-Z][a-z]+)\b")


def _other_side(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """Why the person ``phrase`` names does not hold the post a "Who ...?" question asks about ("Who chairs the
    Cambodia-Vietnam ...?"): the title ``text`` gives them names the question's pair of countries the other way
    round; else None."""
    if kind is not Kind.PERSON or not _PAIR.search(question):
        return None
    person = name_in(phrase.strip())
    span = title_of(text, person) if person else None
    if span is None:
        return None
    title = text[slice(*span)].strip(" ,")
    for first, second in _PAIR.findall(question):
        if not (country_of(first) and country_of(second)):
            continue
        given = [tuple(p) for p in _PAIR.findall(title)]
        if (second, first) in given and (first, second) not in given:
            return OTHER_SIDE.format(name=person, title=title, asked=f"{first}-{second}")
    return None


NOT_BEFORE = "The closest passage does not say who came before {name}."
# "Who was Cambodia's Prime Minister before Hun Sen?": someone who held it before a person the question names
# (typed without capitals too: "who was cambodia pm before hun sen"; not "before 2020", "before him", "before leaving")
_NAME_WORD = rf"(?!{MONTH}\b|(?:{'|'.join(sorted(STOPWORDS))})\b|\w+ing\b)[^\W\d][\w'’.-]*"
_BEFORE_SOMEONE = re.compile(rf"^\s*who\b[^?]*\b(?:before|prior\s+to|preceding)\s+"
                             rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*\??\s*$", re.I)
# "Who preceded Charles W. Eliot as president of Harvard?": the same, asked by the verb
_PRECEDED = re.compile(rf"^\s*who\s+(?:preceded|came\s+before)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})",
                       re.I)
_SAYS_BEFORE = re.compile(r"\b(?:before|prior|preced\w*|predecessors?|former|formerly|previous(?:ly)?|earlier|until|"
                          r"succeeded\s+by|replaced\s+by|took\s+over\s+from|handed\s+over)\b", re.I)


def held_before(question: str, text: str) -> str | None:
    """The person a "Who was X before Y?" question names (Y), when the answer's sentences ``text`` say nothing of
    anyone before anyone, nor that Y is new ("Hun Manet became the new Prime Minister" says who came after Hun
    Sen); else None."""
    asked = _BEFORE_SOMEONE.match(question) or _PRECEDED.match(question)
    if not asked or _SAYS_BEFORE.search(text):
        return None
    name = asked.group("name")  # "... of Prime Minister Hun Sen, under the new Prime Minister Hun Manet": before him
    return None if re.search(r"\bnew\b", text, re.I) and name.lower() in text.lower() else name


# who came after or before someone, and a sentence on who came after or before another
_FOLLOWED_VERB = r"(?:succeeded|replaced|preceded|followed|took\s+over\s+from)"
_ASKS_FOLLOWED = re.compile(rf"^\s*[Ww]ho\s+{_FOLLOWED_VERB}\s+"
                            r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_FOLLOWED = re.compile(rf"\b{_FOLLOWED_VERB}\s+(?:the\s+)?(?P<name>(?-i:[^\W\da-z_])[\w'’.-]*)")


def followed_another(question: str, text: str) -> tuple[str, str] | None:
    """``(said, instead)`` when the question asks who came after (or before) someone and ``text`` says who came
    after another: "who succeeded Kublai Khan?" and "Möngke Khan succeeded Ögedei's son, Güyük, as Great Khan"
    -> ("succeeded Ögedei's", "Kublai Khan"). The name there runs to its first preposition, so that "succeeded
    Ögedei's son, Güyük" is Güyük's successor. None else."""
    asked = _ASKS_FOLLOWED.match(question)
    said = _FOLLOWED.search(text) if asked else None
    if not said:
        return None
    who = re.split(r"\s(?:as|in|on|at|for|by|with|from|to|and)\s", text[said.start("name"):said.end() + 40])[0]
    return None if set(words(who)) & set(words(asked["name"])) else (said.group(0), asked["name"])


A_PERSON = "The closest passage names a person, “{said}”, where the question asks for a {asked}."
_ASKS_OUTLET = re.compile(r"\b(?:which|what)\s+(?:[A-Z][\w-]*\s+)?(?:state(?:-run)?\s+)?(newspaper|outlet|agency|"
                          r"publication|paper|website|magazine|broadcaster|news\s+agency)\b", re.I)


# The checks qa.answering.misses.not_this asks, each where its order puts it: the reason, or None.


def a_person_for_an_outlet(question: str, text: str, phrase: str) -> str | None:
    """A_PERSON: "Which newspaper ...?" quoted the name of a person ``text`` names."""
    outlet = _ASKS_OUTLET.search(question)
    if outlet and phrase.strip() in persons(text) and not _said_to_be(text, phrase.strip(), outlet.group(1)):
        return A_PERSON.format(said=phrase.strip(), asked=outlet.group(1).lower())  # "Which Lao newspaper wrote
    return None  # about his visit?" and his name


def _said_to_be(text: str, name: str, noun: str) -> bool:
    """Whether ``text`` says what ``name`` is, a ``noun``: "Engineering News-Record (ENR) is a trade magazine"."""
    return any(re.match(rf"\s*(?:\([^)]*\)\s*)?(?:,\s*|\s(?:is|was)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}"
                        rf"{re.escape(noun)}\b", text[m.end():], re.I) for m in re.finditer(re.escape(name), text))


def no_one_asked(question: str, kind: Kind, text: str, phrase: str) -> str | None:
    """Why the phrase quoted for who, or for a post, is not the one asked: no one (NO_ONE), no deputy (NO_SECOND),
    no post (NO_POST), the other side's (OTHER_SIDE), or the one the question names itself
    (qa.answering.people.own_title)."""
    post = asked_office(question) if kind is Kind.PERSON else None  # "Who is Cambodia's Minister of ...?"
    if kind is Kind.PERSON and (names_agreement(phrase.strip()) or ONLY_DATE.fullmatch(phrase.strip())
                                or only_a_figure(phrase) and _ASKS_WHO.match(question)
                                or in_agreement_name(phrase.strip(), text)
                                or _AN_EVENT.match(phrase.strip()) and not _WHOSE.search(question)
                                or A_BODY.match(phrase.strip()) and (
            _PERSON_ROLE.search(question) or post or _ON_BEHALF.search(question))):
        sides = BOTH_SIDES.match(phrase.strip())  # "the two sides held the 46th meeting ...": "the two sides"
        return NO_ONE.format(said=sides.group(0) if sides else phrase.strip())
    if kind is Kind.PERSON and (_HEADS_BODY.search(question) or post) and not names_someone(phrase):  # "Who heads Cambodia's Ministry of Interior?" and "Vietnam"; "Who is
        return NO_ONE.format(said=phrase.strip())  # Vietnam's Minister of ...?" and "China maintains its position"
    second = _ASKS_SECOND.search(question) if kind is Kind.PERSON else None
    if second and not re.search(r"\b(?:deputy|vice)\b", text, re.I):  # "Who served as deputy head ...?"; a
        return NO_SECOND.format(word=second.group(1).lower())
    # "Who was the architect of the tower?" and "Barnett Center" ("Whose capital ...?" may be a city's); "Which
    # scientist ...?" and "Japanese"; unless the sentence names someone else, who may be the one asked for
    if (kind is Kind.PERSON or _WHICH_PERSON.search(question)) and _no_one(question, text, phrase):
        return NO_ONE.format(said=phrase.strip())
    # "Who bequeathed the Codex Forster to the V&A?" and "note books": a thing in lower case is no one, unless the
    # sentence names someone who may be ("atra mors" beside "Gasquet")
    if kind is Kind.PERSON and _ASKS_WHO.match(question) and _a_thing(phrase) and not _someone_else(
            question, text, phrase):
        return NO_ONE.format(said=phrase.strip())
    if kind is Kind.PERSON and in_a_title(text, phrase):  # "New Heights." of an article titled "... to New Heights."
        return NO_ONE.format(said=phrase.strip())
    if kind is Kind.PERSON and BOTH_SIDES.fullmatch(phrase.strip()):
        return NO_ONE.format(said=phrase.strip())  # "Who signed the 1998 agreement?" and "the two nations"
    if kind is Kind.PERSON and _ASKS_LEADER.search(question) and not _names_other_than_countries(phrase) and not (
            phrase.islower() and _AGENT.search(phrase)):  # an official by post: "the municipal building inspector"
        return NO_ONE.format(said=phrase.strip())  # "Which Cambodian leader signed it?" and "Vietnam and Cambodia"
    # "What position does he hold?" and what he said, his name, or an article's title in quotes; typed as keywords
    # ("nguyen ba hung position"), only a title word says a post
    if _ASKS_POST.search(question) and not _WORK_TITLE.search(question) and (
            not_a_post(phrase) or re.match(KEYWORDS_ONLY, question, re.I)
            and not any(is_title_word(w) for w in phrase.split()) or f"“{phrase.strip()}" in text):
        return NO_POST
    if kind is Kind.PERSON and only_a_title(phrase) and (_WHOSE_ROLE.match(question) or post):
        return NO_ONE.format(said=phrase.strip())  # "Who is her Cambodian counterpart?" and "Chairwoman"
    other_side = _other_side(question, kind, text, phrase)
    if other_side:
        return other_side
    if kind is Kind.PERSON and _ASKS_WHO.match(question) and _ASKS_WOMAN.search(question) \
            and not _SAYS_WOMAN.search(text):
        return NO_WOMAN.format(said=phrase.strip())
    own = own_title(question, kind, text, phrase)
    if own:
        return (OWN_NAME if own in whole_name(text, phrase) else OWN_TITLE).format(name=own)
    # "Which United Methodist bishop performed a same-sex marriage?" and "a United Methodist bishop made a bold
    # statement by ...": a phrase whose every name is the question's own names no one it asks for
    # (asked who, not "What is the average age of people who live in Newcastle?")
    if (_ASKS_WHO.match(question) or _WHICH_PERSON.search(question)) and _only_asked_names(question, text, phrase) \
            and not _someone_else(question, text, phrase):
        return NO_ONE.format(said=phrase.strip())
    return None


def no_person_name(question: str, kind: Kind, phrase: str) -> str | None:
    """NO_PERSON_NAME: "What was the name of ...?" quoted a phrase in lower case."""
    # "What was the name of the tax collector ...?" and "higher political office"; of a thing, a clause ("What was
    # the name of his horse?" and "fell from his horse while hunting"), not a word ("an enzyme called rubisco")
    if _ASKS_NAME.search(question) and not re.search(r"[A-Z\d\"“']", phrase) and (
            kind is Kind.PERSON or kind in (Kind.NAME, Kind.OTHER) and len(phrase.split()) > 4):
        return NO_PERSON_NAME.format(said=phrase.strip())
    return None


def no_one_before(question: str, text: str) -> str | None:
    """NOT_BEFORE: "Who was X before Y?" and sentences that say nothing of anyone before (held_before)."""
    successor = held_before(question, text)
    if successor:  # "Who was Prime Minister of Cambodia before Hun Sen?" and "Hun Manet became the new Prime Minister"
        return NOT_BEFORE.format(name=successor)
    return None
