"""How users phrase a question, read as the plain question it asks.

Users wrap what they ask in words that name nothing to find: greetings and thanks, what they say of themselves
("I'm compiling trade statistics for a class project; ..."), a guess ("I think it was signed in 1975 - ..."),
how they want the answer put ("Only the name."), chit-chat ("Hope you can help :)"). They ask in the passive
("... was authored by whom?"), as a command ("Name the ministry ...") or as a blank to fill ("... signed on
____."), and from their own country ("As a Lao, ... our country"). ``plain_question`` reads all of these as the
question the trained reader was taught on: in a question's order, ending with one question mark. What the
question asks for, and how a follow-up leans on the chat, is qa.asking.question's.
"""
from __future__ import annotations

import itertools
import re

from ..text import ASKING, I_WANT_TO_KNOW, MONTH, QUESTION_WORD, STOPWORDS, words
from .countries import country_of, is_country_word
from .guesses import BELIEF, choice_asked, statement_asked, truth_asked, without_guesses

# The polite or conversational words around a question, which name nothing to find: "Can you tell me what rank
# Vietnam holds?", "I would like to know ...", "..., please?". Left in, they count as words the answer should
# share, and the passage that answers looks less like the question than it is.
_WRAPPER = re.compile(r"""^\s*
    (?:(?:so|ok|okay|well|alright|now)\s*,\s*|so\s+(?=(?:what|which|who|whom|whose|when|where|why|how)\b)
      |(?:ok|okay|alright)\s+(?=(?:and|but|what|which|who|whom|whose|when|where|why|how)\b))?
    (?:(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))(?:\s+there)?(?:[\s,!.]*[,!.]\s*|\s+(?=(?:can|could|would|
        please|i|quick|one|what|who|when|where|which|how|why|do|does|did|is|are|was|were)\b)))?
    (?:(?:i\s+have\s+(?:a|one\s+more|another)|i've\s+got\s+a|(?:a\s+)?quick|one\s+more|another)\s+question
        (?:\s+for\s+you)?[\s,:.!-]*[,:.!-]\s*|question\s*:\s*)?
    (?:as\s+an?\s+(?!(?:result|rule|whole|consequence|matter|reminder)\b)[\w-]+(?:\s+[\w-]+)?\s*,\s*)?  # "As a diplomat, "
    (?:please\b[\s,]*)?
    (?:(?:(?:can|could|would|will)\s+(?:you|anyone|somebody|someone)\s+(?:(?:please|kindly|also|just)\s+)*
        (?:tell|show|remind)\s+me
      | (?:can|could|may)\s+i\s+(?:ask|know)
      | (?:do|does)\s+(?:you|anyone|somebody|someone)\s+(?:happen\s+to\s+)?know
      | (?:please\s+)?tell\s+me
      | i\s*(?:would|'d|’d)\s+(?:really\s+)?(?:like|love)\s+to\s+(?:know|find\s+out|learn)
      | i\s+(?:really\s+)?(?:want|wanted|need|needed)\s+to\s+(?:know|find\s+out)
      | i\s+(?:really\s+)?(?:need|want)(?=\s+the\s)  # "I need the year in which ..."
      | i\s*(?:'m|’m|\s+am)\s+interested\s+in(?:\s+knowing)?
      | i\s+(?:wonder|wondered|was\s+wondering)
      | (?:i\s*(?:'m|’m|\s+am)\s+)?(?:just\s+)?(?:curious|wondering)
        (?:\s+(?:if|whether)\s+(?:you|anyone)\s+(?:know|knows))?
      | (?:any|some)\s+ideas?(?:\s+(?:about|as\s+to))?
      | no\s+(?:clue|idea)
    )\b[\s,:]*)?""", re.I | re.X)
# What a user says of themselves or their work before the question ("I'm preparing a report on Vietnam-Laos ties;
# could you tell me ...", "For my homework, I'd like to know ...", "Thanks - and when ..."), up to a mark after which
# a request or a question begins. It names nothing to find, but its words outweighed the question's: "I'm compiling
# trade statistics for a class project; could you please tell me what bilateral trade ... reached ...?" was not
# answered (0.06), and is without it (0.92).
_CONTEXT_LEAD = re.compile(rf"""^\s*
    (?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|we|we're|we’re|my|our|for\s+(?:my|our|a|an|some)|as\s+part\s+of|
       as\s+(?:an?|someone|somebody|one)\s+(?!(?:result|rule|whole|consequence|matter|reminder)\b)|
       thanks|thank\s+you|great|(?:a\s+)?quick\s+(?:question|follow[\s-]?up|one)|one\s+more\s+(?:question|thing)|
       follow[\s-]?up(?:\s+question)?)\b
    [^;:?–—]*?
    (?:\s*[;:]|\s+[-–—]+\s|\s*[–—]
       |,(?=\s*(?:{I_WANT_TO_KNOW}|(?:can|could|would|do)\s+you|please|tell\s+me)\b))
    \s*(?:(?:and|so|but|also|then)\b[\s,]*)?(?={ASKING})""", re.I | re.X)
# a word in what follows whose referent the lead may hold: "My teacher asked me about the themed year - do you know
# which year that was?"
POINTING = re.compile(r"\b(?:it|its|he|him|his|she|her|they|them|their|this|these|those|that(?=\s+(?:was|is|were|are|"
                       r"happened)\b|\s*\?|\s+[\w-]+(?:\s+(?:is|was|are|were))?\s*\??\s*$))\b", re.I)


def context_lead(question: str) -> tuple[str, str, bool] | None:
    """``(lead, rest, named)``: what the user says of themselves before the question (_CONTEXT_LEAD), the question
    after it, and whether the lead names something (a capitalized word or a number); None when there is no lead,
    or when what follows points back (it, that, he, "that diplomat") and the lead names something it may point to."""
    lead = _CONTEXT_LEAD.match(question)
    if not lead:
        return None
    said, rest = question[:lead.end()], question[lead.end():]
    # a belief ("I think the treaty was signed - when was it signed?") names what "it" is, in any case
    named = re.search(r"(?<!^)\b(?!I\b)[A-Z]|\d", said.strip()) is not None or BELIEF.match(question) is not None
    # "... - do you know who that diplomat is?" after "... Vietnam's top diplomat commented ...": a word of the lead
    again = any(w.lower() not in STOPWORDS and w.lower() in said.lower().split()
                for w in re.findall(r"\b(?:that|this|these|those)\s+([\w-]+)", rest, re.I))
    # "As a lecturer in Hanoi, ... how many are they?": who the user is holds nothing "they" points to
    about_the_user = re.match(r"\s*as\s", said, re.I) is not None
    return None if named and not about_the_user and (POINTING.search(rest) or again) else (said, rest, named)


def without_context(question: str) -> str:
    """``question`` without what the user says of themselves before it (context_lead)."""
    lead = context_lead(question)
    return lead[1] if lead else question


_POLITE_END = re.compile(r"(?:[\s,;]*\bplease|[\s,;]*[,;.!?]\s*(?:thanks|thank\s+you|cheers)"
                         r"(?:\s+(?:very|so)\s+much|\s+in\s+advance|\s+a\s+lot)?"
                         r"|\s+(?:thanks|thank\s+you)\s+(?:very\s+much|so\s+much|in\s+advance|a\s+lot)"
                         # "..., I wonder.", "..., any idea?", "... - do you know?"
                         r"|[\s,;]*(?:[-–—]\s*)?\b(?:i\s+wonder|any\s+idea|do\s+you\s+know|does\s+anyone\s+know)"
                         # a tag after a comma: "..., right?", "..., if you know?", "..., or is that not in there?"
                         r"|\s*,\s*(?:right|correct|yeah|yes|true|ok|okay|if\s+you\s+know|by\s+any\s+chance|"
                         r"i\s+(?:think|believe|guess)|or\s+not|or\s+is\s+(?:that|it)\s+not\s+(?:in\s+there|mentioned|said|"
                         r"stated|known)|is\s+that\s+right|am\s+i\s+right|isn['’]t\s+it|wasn['’]t\s+it))"
                         r"\s*[.!?]*\s*$", re.I)

# How the user wants the answer put ("Only the name.", "Just the year, please:", "Answer in one word.", "Give the
# figure in USD."): qa quotes a phrase and its sentence whatever the form, and the words, read as part of the
# question, kept it from being matched as asked ("Who is Cambodia's Ambassador to Vietnam? Only the name." was
# answered with the Chinese Ambassador).
_FORM_NOUN = (r"(?:names?|years?|dates?|days?|figures?|numbers?|amounts?|words?|places?|city|cities|country|countries|"
              r"months?|percentages?|percent|values?|titles?|answers?|phrases?|facts?)")
_FORM = rf"""(?:please[\s,]+)?(?:
    (?:just|only)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+|its\s+)?(?:full\s+|exact\s+)?{_FORM_NOUN}(?:\s+only)?
    |(?:the\s+)?{_FORM_NOUN}\s+only
    |(?:a\s+|in\s+a\s+)?(?:short|brief|quick|one[\s-]word|single[\s-]word)\s+(?:answer|reply|response)(?:\s+only)?
    |(?:answer|reply|respond)(?:\s+(?:briefly|shortly))?(?:\s+(?:in|with)\s+[^.?!:]{{1,40}})?
    |(?:in\s+)?(?:one|a\s+single|two|three|a\s+few)\s+words?(?:\s+only)?
    |give\s+(?:me\s+)?(?:just\s+|only\s+)?(?:the|it)\b[^.?!:]{{0,40}}
    |give\s+(?:me\s+)?(?:his|her|their|its)\s+(?:exact\s+)?(?:words|quote|statement)
    |quote\s+(?:it|that|them|him|her|the\s+(?:opening\s+|closing\s+|exact\s+)?(?:line|sentence|passage|words))
    |no\s+(?:explanations?|details|sentences?)(?:\s+(?:needed|required|please))?
    |keep\s+it\s+short|be\s+brief)(?:[\s,]+please)?"""
_FORM_AFTER = re.compile(rf"(?<=\?)(?:\s+{_FORM}\s*[.!]*)+\s*$", re.I | re.X)
_FORM_BEFORE = re.compile(rf"^\s*{_FORM}\s*(?::|\s[-–—]+)\s*(?={ASKING}|(?:under|across|among|between|after|before|"
                          rf"through|of|about|within)\s+(?:what|which|whom|whose|how)\b)", re.I | re.X)


def without_answer_form(question: str) -> str:
    """``question`` without how the user wants the answer put (_FORM), after it or before it with a colon:
    "Who is the Chinese Ambassador to Vietnam? Only the name." -> "Who is the Chinese Ambassador to Vietnam?",
    "Just the year, please: when was it built?" -> "When was it built?"."""
    after = _FORM_AFTER.search(question)
    if after and after.start() > 1:
        question = question[:after.start()]
    before = _FORM_BEFORE.match(question)
    if before and len(words(question[before.end():])) >= 2:
        rest = question[before.end():]
        question = rest[:1].upper() + rest[1:]
    return question


_ENDS_ASKING = re.compile(r"\?[\"'”’)\]]*$")
# A label before the question ("Q: What ...", "Question 3: ..."): read as a word, the rare "q" outweighed most of
# the question's real words (SQuAD tune right 0.796 -> 0.735 with "Q: " before every question).
_LABEL = re.compile(r"^\s*(?:q|question)\s*\d{0,3}\s*[:.)]\s*", re.I)
# The end of a question typed in haste: "...??", "...?!", "... ? ?" end with one question mark.
_END_RUN = re.compile(r"\s*[?!.…]*\?[?!.…\s]*$")
# A polite sentence after the question mark: "How many ...? Please answer carefully."
_AFTER_QUESTION = re.compile(r"(?<=\?)\s+(?:please|thanks|thank\s+you)\b[^?]*$", re.I)
# What the user says of themselves after the question: "Who translated the article? I want to credit the translator
# in my notes.", "How many Lao students are there? I heard about ten thousand." Read with the question, its words
# outweighed the question's (refused as about "Laos - Vietnam"; 0.72 for the translator without them). Not a
# correction ("I mean the Paxaxon one."), which says what is asked.
_SAID_AFTER = re.compile(r"(?<=\?)\s+(?!i\s+(?:mean|meant)\b|i\s*(?:'m|’m|\s+am|\s+was)\s+(?:asking|talking)\b)"
                         r"(?:i|i'm|i’m|i've|i’ve|i'd|i’d|my|we|we're|we’re|our|a\s+friend|it\s+seems)\b[^?]*[.!]?\s*$",
                         re.I)


# A question asked within a request keeps the order of a statement: "(tell me) which titles he holds". The reader,
# trained on questions, read "Which titles he holds?" worse than "Which titles does he hold?" (0.67 for the article's
# title against 0.98 for his). Only a pronoun's verb is put back in a question's order: a verb after a longer subject
# is too often read wrong.
_EMBEDDED = re.compile(r"^((?:what|which|how\s+(?:many|much))(?:\s+[\w-]+){0,3}?|who|whom|where|when|why|how)\s+"
                       r"(he|she|it|they|we)\s+([a-z]+)\b", re.I)
_AUXILIARY = frozenset("is are was were has have had can could will would should may might must".split())
# ... with a name for its subject and a verb that goes before it: "which Vietnamese seaport Laos will use", "where
# the Treaty was signed", "how many projects Vietnam has"
_EMBEDDED_NAME = re.compile(r"^((?:what|which|how\s+(?:many|much))(?:\s+[\w-]+){0,4}?|who|whom|where|when|why|how)\s+"
                            r"((?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3})\s+(will|would|can|could|should|must|"
                            r"might|may|is|are|was|were|has|have|had)\b", re.I)


# a question asked within a request whose verb, a form of "be", stands last: "who the Chinese Ambassador is"
_BE_LAST = re.compile(r"^(?P<asked>who|what|which\s+[\w-]+|whose\s+[\w-]+)\s+(?P<subject>(?:the|a|an|its|their|his|her|"
                      r"[A-Z][\w-]*['’]s)\s[^?]*?)\s+(?P<be>is|was|are|were)\s*[?.!]*\s*$", re.I)


def direct_order(question: str) -> str:
    """ "Which titles he holds?" -> "Which titles does he hold?", "Where it was signed?" -> "Where was it signed?",
    "Who the Vice President of Laos is?" -> "Who is the Vice President of Laos?", "Which seaport Laos will use?" ->
    "Which seaport will Laos use?"; any other question as it is."""
    m = _EMBEDDED.match(question) or _EMBEDDED_NAME.match(question)  # "Which seaport Laos will use?"
    last = _BE_LAST.match(question) if not m else None
    if last:  # "Who the Chinese Ambassador to Vietnam is?" -> "Who is the Chinese Ambassador to Vietnam?"
        return f"{last['asked']} {last['be']} {last['subject']}?"
    if not m:
        return question
    asked, subject, verb = m.groups()
    rest = question[m.end():]
    possessed = verb.lower() in ("has", "have", "had") and not re.match(r"\s+(?:been|\w+(?:ed|en|wn))\b", rest)
    if possessed:  # "how many projects it has" -> "How many projects does it have"
        do = {"has": "does", "have": "do", "had": "did"}[verb.lower()]
        return f"{asked} {do} {subject} have{rest}"
    if verb.lower() in _AUXILIARY:
        return f"{asked} {verb} {subject}{rest}"
    if subject.lower() in ("he", "she", "it") and re.search(r"[^su]s$", verb):
        base = verb[:-2] if re.search(r"(?:ch|sh|x|ss|o)es$", verb) else verb[:-3] + "y" if verb.endswith("ies") \
            else verb[:-1]
        return f"{asked} does {subject} {base}{rest}"
    return question


# What users say around a question that asks nothing and names nothing: "Hope you can help :)", "Thanks a lot,
# you're a great help!", "I need it for my essay due tomorrow.", "Sorry if this is a silly question.", "Hi again!"
_CHATTER = re.compile(r"""(?:(?:hi|hello|hey)(?:\s+(?:again|there))?|hope\s+(?:you|someone|somebody)\s+can\s+help(?:\s+me)?
    |hoping\s+you\s+can\s+help|you(?:'re|’re|\s+are)\s+(?:a\s+|so\s+|the\s+)?(?:great|big|real|huge|best|awesome|amazing|
        lifesaver|helpful|star)\b[^.!?]*
    |sorry\s+(?:if|for)\b[^.!?]*|i\s+need\s+(?:it|this|to\s+know)\s+for\b[^.!?]*|(?:it's|it’s|it\s+is|this\s+is)\s+for\s+
        (?:my|an?|our)\s+(?:essay|homework|assignment|class|exam|test|report|project)\b[^.!?]*
    |much\s+appreciated|any\s+help\s+(?:is|would\s+be)\b[^.!?]*|(?:many\s+)?thanks(?:\s+(?:a\s+lot|so\s+much|very\s+much|
        in\s+advance|again))*(?:[\s,!]+you(?:'re|’re|\s+are)\b[^.!?]*)?|thank\s+you(?:\s+(?:so\s+much|very\s+much|in\s+advance|
        again))*(?:[\s,!]+you(?:'re|’re|\s+are)\b[^.!?]*)?|cheers)[\s.!:;,)(\-–—]*(?:[:;]-?[)D(P])?[\s.!]*""", re.I | re.X)


def without_chatter(question: str) -> str:
    """``question`` without the sentences around it that only chat (_CHATTER): "Who won? Hope you can help :)"
    -> "Who won?"; as it is when nothing else would be left."""
    parts = re.split(r"(?<=[.!?)])\s+", " ".join(question.split()))
    kept = [p for p in parts if not _CHATTER.fullmatch(p)]
    return " ".join(kept) if kept and kept != parts and any(words(p) for p in kept) else question


# Asking the bot to look in its documents, as a search box is asked: "What do your documents say about X - when
# was it?", "Do you have anything on X?", "Is there info about when ...?", "Search for X.", "..., according to your
# documents?". The words name nothing a document says; the reader read them as part of the question.
_YOUR = (r"(?:your\s+(?:documents?|files?|sources?|texts?|articles?|data|database|records|collection|library)"
         r"|the\s+(?:documents|files))")  # not "the article" nor "the collection", which a question names as it asks
_SEARCH = re.compile(rf"""^\s*(?:
    what\s+(?:do|does)\s+{_YOUR}\s+(?:say|tell\s+(?:me|us))\s+(?:about|on|regarding)
    |(?:do|does)\s+(?:you|{_YOUR})\s+(?:have|hold|contain|say|mention|include)\s+(?:anything|any\s+info(?:rmation)?|
        something|any\s+details?|any\s+data)\s+(?:on|about|regarding)
    |(?:do|does)\s+{_YOUR}\s+(?:say|mention|tell\s+(?:me|us))(?=\s+(?:what|which|who|whom|whose|when|where|why|how)\b)
    |is\s+there\s+(?:any\s+)?(?:info(?:rmation)?|anything|something|data)\s+(?:on|about|regarding)
    |(?:according\s+to|in|from|per|based\s+on)\s+{_YOUR}\s*,?
    |search\s+(?:{_YOUR}\s+)?for|look\s+up|find(?:\s+out|\s+me)?(?:\s+info(?:rmation)?\s+(?:on|about))?
    )\s+""", re.I | re.X)
_SEARCH_AT_END = re.compile(rf"[\s,]+(?:according\s+to|in|from|per|based\s+on)\s+{_YOUR}(?=\s*[?.!]*\s*$)", re.I)


def without_search_words(question: str) -> str:
    """``question`` without the words that ask the bot to look in its documents (_SEARCH): "Do you have anything
    on Lao students in Vietnam - how many are there?" -> "Lao students in Vietnam - how many are there?", "Is
    there info about when Hun Sen took office?" -> "When did ..." as typed after "about" ("When Hun Sen took
    office?"), "Search for the trade target with Cambodia." -> "What is the trade target with Cambodia?", as
    "Name ..." is asked (asked_as_question)."""
    question = _SEARCH_AT_END.sub("", question)
    found = _SEARCH.match(question)
    rest = question[found.end():].strip() if found else ""
    if not found or len(words(rest)) < 2:
        return question
    if QUESTION_WORD.match(rest) or re.search(r"\s[-–—]+\s|[;:]", rest):  # what is asked follows, or follows a topic
        return rest[:1].upper() + rest[1:]
    asked = asked_as_question(f"Name {rest}")  # "Who is the Chairwoman ...?", "What are the seaports ...?"
    return f"What is {rest.rstrip(' .!?')}?" if asked.startswith("Name ") else asked


# "As a Lao, how many students from our country ...?": the user's people, whose country "our", "we" and "us" are
_SPEAKER = re.compile(r"^\s*(?:as\s+an?\s+|speaking\s+as\s+an?\s+)([A-Z][\w-]*)(?:\s+(?:citizen|national|reader|student|"
                      r"person|user))?\s*,\s*", re.I)


def own_side(question: str) -> str:
    """A question asked as one of a people ("As a Lao, ...", "As a Cambodian, ..."), with that people's country
    for "our country", "we" and "us", and its name for "our": "As a Lao, how many Vietnamese ventures operate in
    our country, according to our planning minister?" -> "How many Vietnamese ventures operate in Laos,
    according to the Lao planning minister?". Any other question as it is."""
    speaker = _SPEAKER.match(question)
    country = country_of(speaker.group(1)) if speaker else None
    rest = question[speaker.end():] if speaker else ""
    if not country or not re.search(r"\b(?:our|we|us|ours)\b", rest, re.I):
        return question
    name, people = country.title(), speaker.group(1)[:1].upper() + speaker.group(1)[1:]
    rest = re.sub(r"\bour\s+(?:own\s+)?(?:country|nation|homeland|kingdom|side)\b", name, rest, flags=re.I)
    rest = re.sub(r"\b(?:with|to|for|from|in|of|by|about)\s+us\b", lambda m: m.group(0)[:-2] + name, rest, flags=re.I)
    rest = re.sub(r"\bour\b", f"the {people}", rest, flags=re.I)
    rest = re.sub(r"\bwe\b", name, rest, flags=re.I)
    return rest[:1].upper() + rest[1:]


# "What's the title ...?", "whats another name for ...": "What is"; not "What's happened ...?" ("What has")
_SHORTENED_IS = re.compile(r"\b(what|who|where|when|which|how)(?:['’]s|s(?=\s+(?:the|a|an|another|his|her|its|their)\b))"
                           r"(?=\s+(?!been\b|got\b|gotten\b|happened\b|gone\b|done\b|become\b|changed\b|left\b)\w)",
                           re.I)


def unshortened(question: str) -> str:
    """ "What's" written out as "What is", as the patterns that tell what a question asks are written."""
    return _SHORTENED_IS.sub(lambda m: m.group(1) + " is", question)


def plain_question(question: str) -> str:
    """The question as qa reads it: without the polite words around it, ending with one question mark.

    "Can you tell me how many bridges cross the river" -> "How many bridges cross the river?". The reader
    was trained on questions that end with a question mark: without it, or with a full stop, COVID-QA's tune
    questions were answered right 0.390 of the time instead of 0.431. A question that would be left with fewer
    than two words keeps its polite words.

    Runs of white space are one space (the kind patterns are written so: "How  many" asked no count), and a
    label ("Q: ") goes.

    Example: ``plain_question("I would like to know who designed the bridge, please.")`` -> "Who designed the bridge?"
    """
    question = own_side(without_search_words(without_answer_form(without_chatter(unshortened(
        " ".join(question.split()))))))
    if words(question):
        question = _END_RUN.sub("?", question)
    label = _LABEL.match(question)
    if label and len(words(question[label.end():])) >= 2:
        question = question[label.end():]
    from .forms import plainly_asked

    question = lead_after(headline_asked(statement_asked(truth_asked(choice_asked(frame_dropped(plainly_asked(
        question)))))))
    unled = without_context(without_guesses(question))
    if unled != question and len(words(unled)) >= 2:
        question = unled[:1].upper() + unled[1:]
    # "And do you know ...?" is asked as "And ...?" (the "And" a follow-up's); "And who ...?" as typed
    joined = re.match(r"\s*(?:and|but)\s+(?=(?:do|does|can|could|would|i|any|curious|wondering|just|no)\b)", question,
                      re.I)
    wrapped = _WRAPPER.match(question[joined.end():]).end() if joined else 0
    joined = joined if wrapped else None
    asked_at = joined.end() + wrapped if joined else _WRAPPER.match(question).end()
    text = _AFTER_QUESTION.sub("", question[asked_at:])
    said_after = _SAID_AFTER.search(text)
    if said_after and len(words(text[:said_after.start()])) >= 3:
        text = text[:said_after.start()]
    end = _POLITE_END.search(text)
    if end and end.start() > 0:
        text = text[:end.start()]
    if len(words(text)) < 2:
        text = question
    elif asked_at > len(question) - len(question.lstrip()):  # "Can you tell me how ..." -> "How ..."
        text = direct_order(text[:1].upper() + text[1:])
        # "I'd love to find out the yearly pace of ..." -> "What is the yearly pace of ...?": the thing asked for
        # (0.56 for the answer, 0.08 read as the bare noun phrase)
        text = f"What is {text[:1].lower()}{text[1:]}" if re.match(r"the\s+[a-z]", text, re.I) else text
        text = f"And {text[:1].lower()}{text[1:]}" if joined and not text[:1].islower() else text
    # and again once the words around it are gone: "The Vice President was who, yeah?"
    text = active_voice(asked_as_question(blank_asked(plain_asking(plain_past(plainly_asked(text.strip()))))))
    if _ENDS_ASKING.search(text):  # 'Who wrote "Walking in Fresno?"'
        return text
    body = text.rstrip(" .!?…")
    return body + "?" if body else question


# A question word put as a category's noun: "Which individual authored ...?", "What quantity of ventures ...?",
# "What quantity of time ...?". The reader, taught on questions that ask "Who" and "How many", read them worse:
# "Which individual authored the article ...?" was answered with the article's own sentence (0.25), "Who authored
# ...?" with its author.
_CATEGORY_ASKING = [(re.compile(p, re.I), plain) for p, plain in [
    (r"\bwho(?:\s+is|\s+was|['’]s)\s+the\s+(?:guy|man|woman|person|dude|lady|fellow|individual|one)\s+(?:that|who)\s+(?=[a-z])",
     "who "),  # "who's the guy that wrote it?"
    # not "What person-to-person R0 ...?", a word of its own
    (r"\b(?:which|what)\s+(?:individual|person)\b(?![-'’])", "who"),
    (r"\bwhat\s+(?:quantity|amount|length|span)\s+of\s+time\b", "how long"),
    (r"\bwhat\s+(?:quantity|number|count|amount)\s+of\s+(?=(?:[\w-]+\s+){0,3}?[a-z][\w-]*[^\Ws]s\b)", "how many "),
    (r"\bwhat\s+(?:quantity|amount)\s+of\s+", "how much "),
    (r"\bwhat\s+quantity\b", "how much")]]


def plain_asking(question: str) -> str:
    """``question`` with the question word a category's noun stands for (_CATEGORY_ASKING): "Which individual
    headed ...?" -> "Who headed ...?", "What quantity of ventures ...?" -> "How many ventures ...?"."""
    for pattern, plain in _CATEGORY_ASKING:
        found = pattern.search(question)
        if found:
            said = plain.capitalize() if found.group(0)[:1].isupper() else plain
            return question[:found.start()] + said + question[found.end():]
    return question


# A past asked as a guess, of the one who did it: "Who would have authored the Paxaxon article?" (0.28 for a wrong
# sentence; "Who authored ...?" 0.9 for its author), "Which official might have been in charge?"
_GUESSED_PAST = re.compile(r"^((?:who|(?:which|what)(?:\s+[\w-]+){1,3}?)\s+)(?:would|might|could|may|must|should)"
                           r"\s+have\s+(?:(been)\s+|(?=[a-z]+(?:ed|en|wn|ne|id|ld|lt|ght|nt)\b))", re.I)


def plain_past(question: str) -> str:
    """``question`` asking who did something as a guess, asked in the past: "Who would have authored it?" -> "Who
    authored it?", "Which leader might have been there?" -> "Which leader was there?"; any other as it is."""
    return _GUESSED_PAST.sub(lambda m: m.group(1) + ("was " if m.group(2) else ""), question, count=1)


# A follow-up that corrects what the last question asked, as a user does when the answer missed: "Sorry, I meant
# Vietnam, not Cambodia.", "No, I meant the Protocol on Training Cooperation.", "Not him - the Lao minister who
# chairs the Committee.", "I was asking about the other agreement."
_SORRY = r"(?:(?:sorry|no|nope|oops|apologies|my\s+bad|ah|oh)\b[\s,.!-]*)*"
_CORRECTION = re.compile(rf"""^\s*{_SORRY}(?:
    (?:i\s+meant|i\s+mean|i\s+was\s+(?:asking|talking)\s+about|i(?:'m|’m|\s+am)\s+asking\s+about)\s+
        (?P<meant>[^.;!?]+?)
        (?:\s*[,;]?\s*(?:-+\s*)?(?:not|rather\s+than|instead\s+of)\s+(?P<not>[^,.;!?]+?))?(?:\s*,?\s+instead)?
    |not\s+(?:(?P<person>him|her|them)|that|this|it|that\s+one|this\s+one|the\s+[\w-]+)\s*[-–—,;:]+\s*
        (?P<instead>[^?!]+?)
    )\s*[.!?]*\s*$""", re.I | re.X)


def correction(question: str) -> tuple[str, str | None] | None:
    """``(asked, not)`` of a follow-up that corrects the last question (_CORRECTION): "Sorry, I meant Vietnam, not
    Cambodia." -> ("Vietnam", "Cambodia"), "I meant the Protocol." -> ("What about the Protocol?", None), "Not
    him - the Lao minister." -> ("Who is the Lao minister?", None); None for any other question."""
    found = _CORRECTION.match(question)
    if not found:
        return None
    meant = (found.group("meant") or found.group("instead")).strip(" ,")
    if not words(meant):
        return None
    if found.group("not"):
        return meant, found.group("not")
    return (f"Who is {meant}?" if found.group("person") else f"What about {meant}?"), None


# A question typed as a headline, its topic and then what is asked in a word or two: "Lao planning minister
# heading the cooperation body: who?", "Lao students in Vietnam: number?", "Cambodia developed-country goal:
# target year?". Read as typed, the reader found none of them answered (0.14 for the right sentence); asked as
# "Who is ...?", "How many ...?", "What is the target year of ...?", they are.
# Or its topic and a comma: "Vietnamese academic establishments hosting Lao learners, how many?" (0.24 for the
# right answer as typed, 0.9 asked "How many ...?").
_HEADLINE = re.compile(r"^\s*(?P<topic>[^:?;]{3,}?)\s*(?::|\s[-–—]+|,)\s*(?:(?:roughly|approximately|about|exactly|"
                       r"just|the|its|their)\s+)?(?:(?:what|which)\s+)?(?P<asked>[^:?;,\s][^:?;,]{0,30}?)\s*\?\s*$")
_HEADLINE_ASKS = [(re.compile(p + r"$", re.I), form) for p, form in [
    (r"who", "Who is {topic}?"), (r"(?:count|number|how\s+many|total\s+number)", "How many {topic}?"),
    (r"how\s+much", "How much is {topic}?"), (r"(?:author|writer)", "Who wrote {topic}?"),
    (r"(?:when|(?:exact\s+)?(?:date|dates|day|days))", "When was {topic}?"),
    (r"(?:where|venue|location|place|host\s+city|city)", "Where was {topic}?"),
    (r"(?:(?:exact|target|targeted|official|publication|signing|full|total)\s+)?(?:name|title|year|month|amount|value|"
     r"figure|range|rate|share|percentage|source|capital|motto|period|duration)", "What is the {asked} of {topic}?")]]


# a headline's verb in the present: "Hun Manet becomes Prime Minister", asked "When Hun Manet becomes ...?"
_HEADLINE_VERB = re.compile(r"\b(?:becomes|assumes|takes|signs|visits|meets|wins|leads|heads|joins|opens|hosts|holds|"
                            r"starts|begins|ends|launches|reaches|announces|says|elects)\b")


def headline_asked(question: str) -> str:
    """A question typed as a headline (_HEADLINE), asked as a question: "Lao students in Vietnam: number?" -> "How
    many Lao students in Vietnam?", "Cambodia's goal: target year?" -> "What is the target year of Cambodia's
    goal?". Any other question as it is ("Qatar: who rules it?" asks in words of its own)."""
    headline = _HEADLINE.match(question)
    if not headline or not words(headline.group("topic")):
        return question
    topic, asked = headline.group("topic").strip(), " ".join(headline.group("asked").lower().split())
    if headline.group(0)[headline.end("topic"):].lstrip().startswith(","):
        if len(words(topic)) < 2:  # "Well, how much?", "Hi, who?": no topic
            return question
        first = topic.split()[0]  # "Combined funding of ..., how much?" -> "How much is combined funding of ...?"
        named = is_country_word(first) or first.isupper() or re.match(r"\S+\s+[A-Z]", topic)
        topic = topic if named else topic[:1].lower() + topic[1:]
    for pattern, form in _HEADLINE_ASKS:
        if pattern.match(asked):
            verb = _HEADLINE_VERB.search(topic)
            time = "when" if form.startswith("When") else f"in what {asked}" if re.fullmatch(
                r"(?:\w+\s+)?(?:year|month)", asked) else None
            if verb and time:  # "Hun Manet becomes Prime Minister: date?" -> "When did Hun Manet become ...?"
                said = verb.group(0)
                base = said[:-2] if re.search(r"(?:ch|sh|ss|x)es$", said) else said[:-1]
                return f"{time.capitalize()} did {topic[:verb.start()]}{base}{topic[verb.end():]}?"
            if time and time != "when" and re.search(r"[a-z]ed$", topic):
                return f"In what {asked} was {topic}?"  # "Agreement signed: year?"
            return form.format(topic=topic, asked=asked)
    return question


# A question that opens with when, where or in what circumstances: "On the afternoon of June 10, 2024, during a
# delegation's official visit to Vietnam, which Cambodian Minister of Inspection did Prime Minister Pham Minh Chinh
# meet?". The reader, taught on questions that put these after what they ask, read the opening as the question's
# subject and refused it ("names Pham Minh Chinh, whom the question names"); put after, it is answered ("Hout
# Hak", 0.995). Not a lead that names a document ("In the article about X, ...", qa.asking.question.document_reference)
# or sets something aside ("Other than X, ..."), nor one that says what a rank or list is of ("Among ASEAN members,
# where does Vietnam stand?", "In the list of sectors, which is named last?"): only when or in what circumstances.
_FRONTED = re.compile(rf"""^\s*(?P<lead>(?:on|at|during|after|before|following|over|since|by|amid|throughout|given|
    looking\s+at|as\s+of|in(?=\s+(?:the\s+)?(?:\d|early|late|mid|first|last|past|course|wake|run-up|afternoon|
    morning|evening|{MONTH})))\b(?:(?!\b(?:what|which|who|whom|whose|how)\b)[^?])*?),\s*
    (?P<question>(?:(?:in|on|at|by|for|from|to|with|of|during|across|under)\s+)?(?:what|which|who|whom|whose|when|
    where|why|how)\b[^?]*\??)\s*$""", re.I | re.X)
_ASKED_AFTER = r"(?:(?:in|on|at|by|for|from|to|with|of)\s+)?(?:what|which|who|whom|whose|how)\b"
_DOCUMENT_WORD = re.compile(r"\b(?:article|piece|post|story|report|paper|newspaper|document|text|file|interview|"
                            r"editorial|statement|caption|photo)s?\b", re.I)


# A clause that tells the thing asked about by another fact, inside the question before its last verb: "On what date
# was the treaty whose 46th anniversary Vietnam and Laos celebrated in 2023 signed?". Read so, the reader took
# "celebrated ... signed" for one clause and chose another anniversary (refused); put after the verb, "..., whose
# 46th anniversary ...?", the clause is set aside (qa.asking.question.without_aside) and the question answered (0.9).
_PARTICIPLE = r"[a-z]+(?:ed|en|wn|ne|id|lt|ght|un|ld)"
_INNER_WHOSE = re.compile(r"^(?P<head>[^?]*?\b(?:was|were|is|are|did|does|do|has|have|had)\s+(?:the|a|an|its|their|this|"
                          r"that)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?P<clause>whose\s+[^?,]+?)\s+"
                          rf"(?P<verb>(?!(?:in|on|at|by)\b){_PARTICIPLE}|held|signed|built|made|set)\s*\?\s*$", re.I)
# a question that opens with what it asks ("On what date was ...?") and a "whose" clause with a verb of its own
# ("whose anniversary they marked", not "whose navy" of "... the country whose navy patrolled?")
_OPENS_ASKING = re.compile(rf"\s*(?:(?:in|on|at|by|for|from|to|with|of|during)\s+)?{QUESTION_WORD.pattern}", re.I)
_CLAUSE_VERB = re.compile(rf"\s{_PARTICIPLE}\b|\s(?:held|signed|made|set|put)\b")


def lead_after(question: str) -> str:
    """``question`` with the circumstances it opens with put after what it asks (_FRONTED): "In 2022, what did trade
    reach?" -> "What did trade reach in 2022?"; as it is when they name a document. A "whose" clause before its
    last verb goes after it too (_INNER_WHOSE): "When was the treaty whose anniversary they marked signed?" ->
    "When was the treaty signed, whose anniversary they marked?"."""
    inner = _INNER_WHOSE.match(question)
    if inner and _OPENS_ASKING.match(question) and _CLAUSE_VERB.search(inner["clause"]):
        question = f"{inner['head']} {inner['verb']}, {inner['clause']}?"
    fronted = _FRONTED.match(question)
    if not fronted or _DOCUMENT_WORD.search(fronted.group("lead")) or len(words(fronted.group("question"))) < 3:
        return question
    lead, asked = fronted.group("lead").strip(), fronted.group("question").strip().rstrip("?").rstrip()
    clause = re.match(rf"(?:when|where|while|as|if)\b[^?]*?,\s*(?={_ASKED_AFTER})", asked, re.I)
    if clause:  # "At the close of 2023, when the leaders set a goal, what figure did they target?"
        lead, asked = f"{lead}, {asked[:clause.end()].rstrip(' ,')}", asked[clause.end():]
    return f"{asked[:1].upper()}{asked[1:]} {lead[:1].lower()}{lead[1:]}?"


# A question put in a frame of what the user means to do with the answer: "If I wanted to cite the trade figure,
# what was trade in 2024?", "Say I need the author of the Paxaxon piece: who is it?", "If I am citing the
# publication date of that article, what would I write?", "For a slide on capital, what is ...?". The frame's
# words (cite, slide, write) name nothing to find; the reader read them as the question's and found none of
# these answered (0.14 for the right sentence).
_FRAME = re.compile(r"""^\s*(?:(?:if|suppose|supposing|say|assuming|imagine)\s+(?:that\s+)?(?:i|we)\b(?:['’]m)?\s*
    |were\s+(?:i|we)\s+|for\s+(?:a|an|my|our)\s+(?=(?:[\w-]+\s+)?(?:slide|essay|report|presentation|article|paper|class|
        homework|project|talk|quiz|note|notes|summary|post|speech|assignment|briefing|thesis|table|chart)\b))
    (?P<frame>[^,:;?–—]*?)\s*(?:[,:;]|\s[-–—]+)\s*
    (?P<question>(?:(?:in|on|at|by|for|from|to|with|of)\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b[^?]*\??)
    \s*$""", re.I | re.X)
# what the user would say of the answer: "would I give", "should we write"
_I_WOULD = r"(?:would|should|could|do|will|can|must)\s+(?:i|we)"
_SAY_VERBS = r"say|give|write|put|state|use|cite|mention|list|include|quote"
# what asks for the thing the frame names: "what would I write?", "who is it?", "what would they be?"
_ASKS_FRAMED = re.compile(rf"^(?:what|who)\s+(?:{_I_WOULD}\s+(?:{_SAY_VERBS}|call\s+it)|(?:is|was|are|were|would)\s+"
                          r"(?:it|that|they|he|she|this)(?:\s+be)?)\s*\??$", re.I)
_FRAMED_THING = re.compile(r"\b(?:cit|quot|giv|mention|nam|stat|list|need|want|includ|us|know|report|writ\w*\s+down|"
                           r"writ\w*\s+about|describ|hav|not|explain)\w*\s+(?P<thing>(?:the|a|an|his|her|its|their|that|"
                           r"this)\b.+)$", re.I)
_SAID_BY_ME = re.compile(rf"\s+{_I_WOULD}\s+(?:{_SAY_VERBS})\b", re.I)


def frame_dropped(question: str) -> str:
    """``question`` without the frame of what the user means to do with the answer (_FRAME): "If I wanted to cite
    the trade figure, what was trade in 2024?" -> "What was trade in 2024?"; "Say I need the author of the piece:
    who is it?" -> "Who is the author of the piece?"; "If I wanted to give his position, which department would I
    say he heads?" -> "Which department he heads?" (put in a question's order by direct_order). As it is when the
    frame names what the question does not, or when what follows only points to the frame ("If I wanted to cite
    when he visited, what month would I give?")."""
    framed = _FRAME.match(question)
    if not framed:
        return question
    frame, asked = framed.group("frame"), framed.group("question").strip()
    own = _SAID_BY_ME.sub("", asked)
    pointing = _ASKS_FRAMED.match(asked) or len(content_words_of(own)) <= 1
    if not pointing:  # the frame goes, unless it names what the question does not ("For a slide on Vietnam-China
        # commerce, what was the total trade value?", "Suppose I am writing about Vo Van Thuong's trip - which country
        # did he pick?")
        named = set(re.findall(r"\b[A-Z][\w'’-]*|\d[\d,.]*", frame[1:]))
        if any(n not in own for n in named):
            return question
        own = own[:1].upper() + own[1:]
        return direct_order(own) if own != asked[:1].upper() + asked[1:] else own
    thing = _FRAMED_THING.search(frame) if _ASKS_FRAMED.match(asked) else None
    if not thing:
        return question
    noun = re.sub(r"^(?:the\s+)?name\s+of\s+", "", thing.group("thing").strip(), flags=re.I)
    noun = re.sub(r"\s+for\s+(?:a|an|my|our|the)\s+[\w-]+$", "", noun)  # "... for a citation"
    head = (noun.split()[1:2] or [""])[0]
    who = asked.lower().startswith("who") or head.lower() in PERSON_NOUNS
    many = re.search(r"[^su]s$", head) is not None
    return f"{'Who' if who else 'What'} {'are' if many else 'is'} {noun}?"


def content_words_of(text: str) -> list[str]:
    """The words of ``text`` that are no stopwords and ask nothing."""
    return [w for w in words(text) if w not in STOPWORDS and w not in ("what", "which", "who", "whom", "whose",
                                                                         "when", "where", "why", "how", "would")]


# A request put as a command, as a quiz puts it: "Name the ministry that reported it.", "Give the year in which ...",
# "State how many ...", "Identify where ..."; not "State Route 180 comes from which direction?"
_COMMAND = re.compile(r"^\s*(?:name|give|state|identify|provide|specify|mention|indicate)\s+(?:me\s+)?(?=(?:the|a|an|"
                      r"their|his|her|its|how|where|which|what|who|whom|whose|when|why)\b|[A-Z][\w-]*['’]s\b)", re.I)
_TIME_OF = re.compile(r"(?:the\s+)?(year|date|day|month\s+and\s+year|month|time)\s+(?:(in|on|at|by|during|when)\s+"
                      r"(?:which\s+)?|(?:that\s+)?(?=(?!(?:of|for|to|is|was|and|or|in|on|at|by|with|from)\b)[\w'’-]+\s+\w))",
                      re.I)
# "the date Vietnam and Laos signed ...": the time a clause says without its preposition
_TIME_PREPOSITION = {"year": "in", "month": "in", "month and year": "in", "date": "on", "day": "on", "time": "at"}
PERSON_NOUNS = frozenset("person people author writer speaker official leader leaders representative".split())


def asked_as_question(text: str) -> str:
    """A request put as a command, asked as the question it stands for; any other text as it is. "Give the year in
    which X" -> "In what year X?", "State how many X" -> "How many X?", "State the number of X" -> "How many X?",
    "Name the Chinese Ambassador quoted" -> "Who is the Chinese Ambassador quoted?" (a title or a word for a
    person), "Name the ministry that reported it" -> "What is the ministry that reported it?"."""
    from .titles import is_title_word

    command = _COMMAND.match(text)
    if not command:
        return text
    rest = text[command.end():].rstrip(" .!?")
    if re.match(r"(?:how|where|which|what|who|whom|whose|when|why)\b", rest, re.I):
        return rest[:1].upper() + rest[1:] + "?"
    time = _TIME_OF.match(rest)
    if time:
        said = (time.group(2) or "").lower()
        at = _TIME_PREPOSITION[" ".join(time.group(1).lower().split())] if said in ("when", "") else said
        return f"{at.capitalize()} what {time.group(1).lower()} {rest[time.end():]}?"
    count = re.match(r"the\s+number\s+of\s+", rest, re.I)
    if count:
        return f"How many {rest[count.end():]}?"
    head = list(itertools.takewhile(lambda w: w.lower() not in STOPWORDS, rest.split()[1:]))
    who = any(is_title_word(w) or w.lower() in PERSON_NOUNS for w in head)
    many = bool(head) and re.search(r"[^su]s$", head[-1]) is not None  # "the Vietnamese seaports"
    return f"{'Who' if who else 'What'} {'are' if many else 'is'} {rest}?"


# Asked in the passive ("The article published on X was authored by whom?", "By whom was the treaty signed in 1977?"):
# the reader, trained mostly on active questions, found the byline for "Who authored the article published on X?"
# and a headline for the passive one.
_BY_WHOM_LAST = re.compile(r"^(?P<thing>(?:the|a|an|this|that|its|their|[A-Z][\w-]*['’]s)\s[^?]*?)\s+"
                           r"(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?P<verb>[a-z]+)\s+by\s+"
                           r"(?P<who>whom|(?:which|what)\s+[^?]+?)\s*\?$", re.I)
_BY_WHOM_FIRST = re.compile(r"^by\s+(?P<who>whom|(?:which|what)\s+[^?]+?)\s+(?P<aux>was|were|is|are|has\s+been|"
                            r"have\s+been|had\s+been)\s+(?P<rest>(?:the|a|an|this|that|its|their|it|they)\s[^?]*?|"
                            r"(?:it|they)\s[^?]*?)\s*\?$", re.I)
_IRREGULAR = {  # participle: (past, present third person)
    "written": ("wrote", "writes"), "held": ("held", "holds"), "led": ("led", "leads"), "paid": ("paid", "pays"),
    "made": ("made", "makes"), "given": ("gave", "gives"), "taken": ("took", "takes"), "chosen": ("chose", "chooses"),
    "known": ("knew", "knows"), "seen": ("saw", "sees"), "shown": ("showed", "shows"), "built": ("built", "builds"),
    "sent": ("sent", "sends"), "spoken": ("spoke", "speaks"), "told": ("told", "tells"), "said": ("said", "says"),
    "won": ("won", "wins"), "run": ("ran", "runs"), "begun": ("began", "begins"), "drawn": ("drew", "draws"),
    "set": ("set", "sets"), "put": ("put", "puts"), "brought": ("brought", "brings"), "met": ("met", "meets"),
    "founded": ("founded", "founds"), "formed": ("formed", "forms"), "signed": ("signed", "signs"),
    "chaired": ("chaired", "chairs"), "headed": ("headed", "heads"), "hosted": ("hosted", "hosts"),
    "organized": ("organized", "organizes"), "organised": ("organised", "organises"),
    "published": ("published", "publishes"), "posted": ("posted", "posts"), "authored": ("authored", "authors"),
    "translated": ("translated", "translates"), "issued": ("issued", "issues"), "conducted": ("conducted", "conducts"),
}
_PREPOSITION_NEXT = re.compile(r"^(?:in|on|at|during|for|with|to|between|from|under|after|before|since|by|as|"
                               r"within|into|over|through|across|against|among|near)\b", re.I)


def _active_verb(participle: str, aux: str) -> str | None:
    """The active verb for a passive one: "signed", "was" -> "signed"; "held", "is" -> "holds"; "written",
    "has been" -> "has written"; None for a verb whose present form is not known here."""
    aux = " ".join(aux.lower().split())
    verb = participle.lower()
    if " " in aux:  # has been, have been, had been
        return f"{aux.split()[0]} {verb}" if verb in _IRREGULAR or verb.endswith("ed") else None
    forms = _IRREGULAR.get(verb) or ((verb, None) if verb.endswith("ed") else None)
    if forms is None:
        return None
    return forms[0] if aux in ("was", "were") else forms[1]


# who or what can do something: "by which leader", "by which Vietnamese head of state", "by which country"; not "by
# what other name" or "by what manufacturing process"
_AGENT_NOUNS = frozenset("""country countries nation nations side sides ministry ministries agency agencies organization
organisation organizations organisations company companies body bodies government governments team teams party parties
association committee group newspaper outlet army navy institution university court council state states""".split())


def _an_agent(who: str) -> bool:
    """Whether ``who`` ("whom", "which leader", "what organization") asks for someone or a body that acts."""
    from .titles import is_title_word

    asked = who.split()[1:]
    return not asked or any(is_title_word(w) or w.lower() in PERSON_NOUNS or w.lower() in _AGENT_NOUNS for w in asked)


def active_voice(question: str) -> str:
    """A question asked in the passive about who did something, asked in the active; any other as it is.
    "The post of Chinese Ambassador to Vietnam is held by whom?" -> "Who holds the post of Chinese Ambassador to
    Vietnam?", "By whom was the Trade Agreement signed on the Lao side?" -> "Who signed the Trade Agreement on the
    Lao side?", "The visit was paid by which leader?" -> "Which leader paid the visit?"."""
    last = _BY_WHOM_LAST.match(question)
    if last and _an_agent(last["who"]):
        verb = _active_verb(last["verb"], last["aux"])
        if verb is None:
            return question
        who = "Who" if last["who"].lower() == "whom" else last["who"][:1].upper() + last["who"][1:]
        thing = last["thing"]
        thing = thing if re.match(r"[A-Z][\w-]*['’]s\s", thing) else thing[:1].lower() + thing[1:]  # "Laos's ..."
        return f"{who} {verb} {thing}?"
    first = _BY_WHOM_FIRST.match(question)
    if not first or not _an_agent(first["who"]):
        return question
    rest = first["rest"].split(" ")
    for i in range(len(rest) - 1, 0, -1):
        after = " ".join(rest[i + 1:])
        if after and not _PREPOSITION_NEXT.match(after):
            continue
        verb = _active_verb(rest[i], first["aux"])
        if verb is not None:
            who = "Who" if first["who"].lower() == "whom" else first["who"][:1].upper() + first["who"][1:]
            thing = " ".join(rest[:i])
            thing = {"it": "it", "they": "them"}.get(thing.lower(), thing)
            return f"{who} {verb} {thing}{' ' + after if after else ''}?"
    return question


# A blank to fill, as a quiz writes one ("The treaty was signed on ____.", "____ is the Chinese Ambassador to
# Vietnam."): asked where it stands, by what the words around it ask for.
_BLANK = re.compile(r"_{2,}|\[\s*(?:blank|\.\.\.|…)\s*\]")
_TO_WHOM = re.compile(r"\b(?:attributed|credited|addressed|sent|given|awarded|ascribed)\s+to$", re.I)
_AMOUNT_BEFORE = re.compile(r"\b(?:reached|reach|reaches|amounted\s+to|amounts\s+to|comes?\s+to|came\s+to|totall?ed|"
                            r"totals?|worth|valued\s+at|stood\s+at|stands\s+at)$", re.I)
_HAPPENED = re.compile(r"\b(?:\w+ed|took|paid|held|built|born|began|begun|met|made|won|put|set|led|sent|went|came|gave|"
                       r"became|signed)\b", re.I)
_PLACE_OF = re.compile(r"\b(?:city|country|province|place|capital|town)\s+of$", re.I)


def _counted(after: str) -> bool:
    """Whether the words after a blank are a plural noun, with up to two words before it: "____ (active) projects"
    is how many; not "____ anniversary of its signing"."""
    for word in after.split()[:3]:
        if word.lower() in STOPWORDS:
            return False
        if re.fullmatch(r"[a-z-]{2,}[^s]s", word):
            return True
    return False


def blank_asked(question: str) -> str:
    """A sentence with one blank to fill, asked as a question where the blank stands; any other text as it is.
    "The treaty was signed on ____." -> "The treaty was signed on what date?", "It lasted ____ days." -> "It lasted
    how many days?", "It was authored by ____." -> "It was authored by whom?", "____ is the Chinese Ambassador to
    Vietnam." -> "Who is the Chinese Ambassador to Vietnam?", "It was built in ____." -> "It was built in what
    year?" (a thing that happened; "Vietnam is its largest partner in ____." asks "in what?"), "by the year ____"
    -> "by what year"."""
    from .question import HONORIFICS
    from .titles import is_title_word

    blanks = list(_BLANK.finditer(question))
    if len(blanks) != 1:
        return question
    before, after = question[:blanks[0].start()].rstrip(), question[blanks[0].end():].strip().rstrip(" .!?")
    said = before.split()
    last = said[-1].lower().rstrip(".") if said else ""
    person = any(is_title_word(w) or w.lower() in PERSON_NOUNS for w in (said if before else after.split())[:12])
    if not before:
        return f"{'Who' if person else 'What'} {after}?"
    the = re.search(r"\bthe\s+(year|date|day|month)$", before, re.I)
    if the:  # "by the year ____" -> "by what year"
        before, asked = before[:the.start()].rstrip(), f"what {the.group(1)}"
    elif last in HONORIFICS:  # "is Mr. ____"
        before, asked = " ".join(said[:-1]), "who"
    elif _counted(after) and not re.fullmatch(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten", last):
        asked = "how many"
    elif last == "by" and re.search(r"\b\w+(?:ed|en|wn)\s+by$", before) or _TO_WHOM.search(before):
        asked = "whom"
    elif last in ("is", "was", "are", "were") and not after and person:  # "The Lao leader who ... is ____."
        asked = "who"
    elif last == "on" and not after:
        asked = "what date"
    elif last in ("in", "by", "since", "until") and not after and not _PLACE_OF.search(before) \
            and _HAPPENED.search(before):
        asked = "what year"
    elif _AMOUNT_BEFORE.search(before) and not after:
        asked = "how much"
    else:
        asked = "what"
    return f"{before} {asked} {after}".strip() + "?"
