"""Whether the answer's sentences say that what the question asks about happened.

A question may ask about an event the documents never report, as a misinformed user does: "When did Thongloun
Sisoulith resign as President of Laos?", "Why did Cambodia withdraw from the Protocol?", "Which country replaced
China as Vietnam's largest trade partner?", "By how much did trade fall in 2022?". The passage that matches its
other words best tells of something else (a State visit, the Protocol being implemented, China keeping its place,
trade rising), and the reader quoted a phrase from it at 0.4 to 0.9. ``unreported_event`` names what the
sentences do not say. What this does not do: judge whether the event happened, or look beyond the sentences
given (a document may report it elsewhere, and the answer is then the wrong passage's all the same).
"""
from __future__ import annotations

import re

from ..asking.question import ASKS_POPULATION
from ..text import STOPWORDS, WORD, stem

# a question asking when: "When ...?", "In what year ...?", "What date ...?", up to the word asked about
_ASKS_DATE = r"^\s*(?:when|(?:in|on)\s+(?:what|which)\s+(?:year|date|day|month)|what\s+(?:year|date|day|month))\b[^?]*"
# (what the question asks about, words of it a sentence reporting it holds, what the reason says was not said)
_BEGAN = "anything began"
_EVENTS = [(re.compile(asked, re.I), re.compile(said, re.I), what) for asked, said, what in [
    (r"\b(?:resign\w*|step(?:s|ped|ping)?\s+down|(?:left|leave|leaves|leaving)\s+office|retir(?:e|ed|es|ing)|"
     r"ousted|deposed)\b",
     r"\b(?:resign\w*|step\w*\s+down|left|leav\w+|retir\w+|quit\w*|oust\w*|depos\w*|dismiss\w*|replac\w+|succe\w+|"
     r"former|death|died|overthr\w+|toppl\w+|coup|remov\w+|expell?\w*|exil\w+)\b", "anyone resigned or left office"),
    (r"\b(?:withdr[ae]w\w*|withdrawn|withdrawal|pull(?:s|ed|ing)?\s+out)\b",
     r"\b(?:withdr\w+|pull\w*\s+out|back\w*\s+out|quit\w*|left|leav\w+|exit\w*|retreat\w*|abandon\w*|evacuat\w+)\b",
     "anyone withdrew"),
    (r"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+down|vetoe?\w*|boycott\w*)\b",
     r"\b(?:reject\w*|refus\w+|turn\w*\s+down|declin\w+|veto\w*|boycott\w*|not|no|never|against|oppos\w+|den\w+)\b",
     "anything was rejected or refused"),
    (r"\b(?:replac(?:e|ed|es|ing)|overt(?:ook|ake|akes|aken|aking)|supplant\w*|displac(?:e|ed|es|ing)|dethron\w+)\b",
     r"\b(?:replac\w+|overt\w+|surpass\w*|exceed\w*|supplant\w*|displac\w+|succe\w+|instead|took\s+over|new|"
     r"became|become\w*|former|substitut\w*|swap\w*|switch\w*|exchang\w*|mutat\w*|convert\w*)\b",
     "anything was replaced"),
    # "Who succeeded Annabel Goldie as leader?" and a sentence naming a former leader, no succession (not "Who
    # succeeded in ...?", which asks who managed to)
    (r"\bsucceed(?:s|ed|ing)?\b(?!\s+in\b)|\bsuccessors?\b",
     r"\b(?:succe\w+|replac\w+|took\s+over|tak\w+\s+over|became|becom\w+|elect\w*|appoint\w*|named|chosen|nominat\w*|"
     r"after|follow\w*|next|heirs?|inherit\w*|throne|crown\w*|assum\w+|install\w*|enthron\w+|then|later|new|"
     r"reign\w*|rul(?:e|ed|er|ers|ing)|sons?|daughters?|brothers?|nephews?|widow)\b",
     "anyone succeeded anyone"),
    # "What was the Yuan paper currency made from?" and "the chao, the paper money of the Yuan": what a thing is
    # made of, a sentence that names it does not tell
    (r"\bmade\s+(?:out\s+)?(?:of|from)\b|\b(?:composed|consist(?:s|ed)?)\s+of\b",
     r"\b(?:made|mak\w+|compos\w+|consist\w*|buil[dt]\w*|construct\w*|form\w*|craft\w*|woven|weav\w+|cast|carv\w+|"
     r"produc\w+|manufactur\w+|fashion\w*|mould\w*|mold\w*|material\w*|contain\w*|compris\w+|"
     r"ingredients?|fibres?|fibers?|ore|alloy\w*)\b", "it was made of anything"),
    # "What fort did Contrecœur go on to build ...?" and "Contrecœur led 500 men south from Fort Venango"
    (r"^\s*(?:what|which)\b[^?]*\b(?:did|does|do|will|would)\s+(?:[\w'’-]+\s+){1,6}?(?:build|construct|erect)\b",
     r"\b(?:buil[dt]\w*|construct\w*|erect\w*|establish\w*|found\w*|rais\w+|complet\w+|design\w*|architect\w*|"
     r"rebuil\w+|fortif\w+|creat\w+|set\s+up|put\s+up)\b", "anything was built"),
    # "When did Kublai's brother and rival for the throne finally give up?" and the year he challenged Kublai
    (r"\b(?:give|gave|giving|given|gives)\s+up\b(?!\s+(?:on|the|a|an|his|her|their|its)\b)|\bsurrender\w*|"
     r"\bcapitulat\w+",
     r"\b(?:surrender\w*|gave\s+up|give\s+up|capitulat\w+|yield\w*|submi\w+|conced\w+|defeat\w*|abandon\w*|"
     r"resign\w*|lost|los(?:e|es|ing)|captur\w+|relinquish\w*|abdicat\w+|end\w*|fell)\b",
     "anyone gave up or surrendered"),
    # "Safari Rally first held year" and the year it was dropped from a championship: when it began, not ended
    (r"\bfirst\s+(?:held|run|staged|organi[sz]ed|contested|took\s+place)\b|"
     r"\b(?:held|run|staged|organi[sz]ed|contested)\s+(?:for\s+the\s+)?first\b|\binaugural\b",
     r"\b(?:first|began|begin\w*|start\w*|inaugura\w+|establish\w*|found\w*|since|launch\w*|introduc\w+|"
     r"origin\w*|creat\w+|debut\w*|initia\w+|held|staged|earliest|premier\w*)\b", "it was first held"),
    # "What was the pedestrian mall renamed?" and the year it was made one; "On what show did Bill Aiken make his
    # television debut?" and a song recorded by a show's singer
    (r"\brenam(?:e|ed|es|ing)\b",
     r"\b(?:renam\w*|nam(?:e|ed|es|ing)|call\w*|known\s+as|dubb?\w*|became|becom\w+|titled|retitled|rebrand\w*|"
     r"re-?christen\w*)\b", "anything was renamed"),
    # "What was the population of Nishapur before the Mongols attacked it?" and how many the Mongols killed there
    (ASKS_POPULATION,
     r"\b(?:populat\w*|inhabit\w*|residents?|resided|lived|living|lives|live|dwell\w*|citizens|census|populous|"
     r"people\s+(?:lived|living|live))\b", "anyone lived there"),
    # "On which date did illness onset peak?" and "The last illness onset date ... was on 14 February"
    (r"\bpeak(?:s|ed|ing)?\b",
     r"\b(?:peak\w*|highest|maxim\w+|most|top|crest\w*|greatest|largest|biggest|height|zenith|apex|climax)\b",
     "anything peaked"),
    (r"\bdebut(?:s|ed)?\b",
     r"\b(?:debut\w*|first|premier\w*|beg[aiu]n\w*|start\w*|launch\w*|introduc\w+|earliest|appear\w*|"
     r"breakthrough|broke\s+through)\b", "anyone made a debut"),
    # "Which TLR agonist did not upregulate MKP-1?" and a sentence listing all three agonists used: what did not
    # happen, a sentence saying nothing negative does not tell (the question's own verb: not "What archeologist
    # believed the Amazon didn't have many inhabitants?", which asks who believed it)
    (r"^\s*(?:which|what|who)\b(?:\s+(?!(?:that|who|which)\b)[\w'’-]+(?<!ed)){0,6}?\s+"
     r"(?:(?:did|does|do|was|were|is|are|could|can|would|has|have|had)\s+not|"
     r"didn['’]t|doesn['’]t|don['’]t|wasn['’]t|weren['’]t|isn['’]t|aren['’]t|couldn['’]t|can['’]t|cannot|never)\b",
     r"\b(?:not|no|never|\w+n['’]t|cannot|fail\w*|without|neither|nor|unable|absen\w+|lack\w*|none|unaffected|"
     r"resist\w*|refractory|except\w*|unlike|only|instead|prevent\w*|inhibit\w*|block\w*|abolish\w*|los[st]\w*|"
     r"negative|undetect\w*|insensitive|spared)\b", "anything failed to happen"),
    (r"\b(?:fail(?:s|ed)?\s+to|collaps(?:e|ed|es)|br(?:oke|eak|eaks)\s+down|end(?:s|ed)?\s+without|stalled|deadlocked)\b",
     r"\b(?:fail\w*|collaps\w+|br\w+\s+down|without|stall\w*|deadlock\w*|unsuccessful\w*|not|never|no)\b",
     "anything failed or broke down"),
    # "In what year did the Safari Rally get back into the World Rally Championship?" and its exclusion in 2002;
    # "When did the plague return to Europe?" and "the plague was present somewhere in Europe in every year ..."
    (r"\breturn(?:s|ed|ing)?\s+(?:as|to)\b|\b(?:get|gets|got|getting)\s+back\s+(?:in|into|to)\b|"
     r"\brejoin(?:s|ed|ing)?\b|\bre-?enter(?:s|ed|ing)?\b|\breinstat(?:e|ed|es|ing)\b",
     r"\b(?:return\w*|came\s+back|come\s+back|back|again|re-?elect\w*|re-?appoint\w*|rejoin\w*|re-?enter\w*|"
     r"reinstat\w+|re-?admi\w+|resum\w+|recur\w*|reappear\w*|resurg\w+|re-?emerg\w+|revisit\w*|repeated\w*|"
     r"arriv\w*|came|went)\b", "anyone or anything returned"),
    # "When did the Eckhart Library reopen after its renovation?" and the day it closed for it
    (r"\bre-?open(?:s|ed|ing)?\b",
     r"\b(?:re-?open\w*|open\w*|resum\w+|restor\w+|unveil\w*|inaugurat\w+|welcom\w+)\b", "anything reopened"),
    # "What prison sentence did Abu Hamza receive?" and his arrest and charge
    (r"\b(?:prison|jail)\s+(?:sentence|term)s?\b|\bsentenced\b|\b(?:what|which)\s+(?:\w+\s+)?sentence\s+did\b",
     r"\b(?:sentenc\w+|jail\w*|prison\w*|imprison\w*|convict\w*|custod\w*|life|death\s+penalty|execut\w+|"
     r"fined?|probation|acquit\w*|years?)\b", "anyone was sentenced"),
    # "Which actor won the BAFTA in 2011?" and "... became the first Doctor to be nominated for a BAFTA"; "In which
    # year was Walter Reed awarded the Nobel Prize ...?" and the year of his discovery
    (r"\b(?:won|win|wins|winning)\b(?!\s+(?:over|back)\b)|\bawarded\b|\breceiv(?:e|ed|es|ing)\s+(?:(?:the|an?|his|her|"
     r"their)\s+)?(?:[\w-]+\s+){0,3}?(?:prize|award|medal)s?\b",
     r"\b(?:won|win\w*|victor\w*|award\w*|receiv\w+|claim\w*|captur\w+|took|tak\w+|earn\w*|secur\w+|champion\w*|"
     r"titles?|prizes?|medals?|beat\w*|defeat\w*|gain\w*|elect\w*|vot\w+|succe\w+|triumph\w*|gold|"
     r"first\s+(?:place|prize))\b",
     "anyone won it"),
    # "Who coined the term chloroplast?" and "This origin of chloroplasts was first suggested by ...": who named it
    (r"\bcoin(?:ed|s|ing)?\b",
     r"\b(?:coin\w*|nam(?:e|ed|es|ing)|term\w*|call\w*|dub\w*|introduc\w+|invent\w*|first\s+used|word|phrase|label\w*)\b",
     "anyone coined a name"),
    # "In what year did Muhammad Iqbal die?" and "... was elected president of the Muslim League in 1930"; a
    # person's years in brackets say it ("Al-Biruni (973–1050)")
    (_ASKS_DATE + r"\b(?:die|died|dies|pass(?:ed)?\s+away)\b|\b(?:die|died|dies)\s+(?:in|on)\s+(?:what|which)\s+"
     r"(?:year|date|day|month)\b",
     r"\b(?:d(?:ie[ds]?|ying|eath|ead)|deceased|kill\w*|passed\s+away|execut\w+|assassinat\w+|murder\w*|perish\w*|"
     r"funeral|buried|burial|succumb\w*|lost\s+(?:his|her)\s+life)\b"
     r"|\(\s*(?:c\.\s*)?\d{1,4}\s*[–-]\s*(?:c\.\s*)?\d{1,4}\s*\)|\bd\.\s*\d", "anyone died"),
    # "How many of Abercrombie's soldiers were killed at the Battle of Carillon?" and "... defeated Abercrombie's force
    # of 18,000 regulars": the size of an army counts no dead ("reduced the population of Seville by half" does)
    (r"\bhow\s+many\b[^?]*\b(?:killed|died|die|dead|deaths?|casualties|fatalities|wounded|injured|perished|slain|"
     r"lost\s+(?:their|his|her)\s+lives)\b|\bdeath\s+toll\b",
     r"\b(?:kill\w*|d(?:ie[ds]?|ying|eaths?|ead)|casualt\w+|fatal\w*|wound\w*|injur\w+|perish\w*|slain|slaughter\w*|"
     r"massacr\w+|lost|los(?:s|ses)|mortality|toll|victims?|lives|surviv\w+|murder\w*|execut\w+|wiped\s+out|"
     r"annihilat\w+|exterminat\w+|destroy\w*|decimat\w+|depopulat\w+|reduc\w+\s+(?:\w+\s+){0,3}population)\b",
     "anyone died or was hurt"),
    # "Who founded the Swedish school chain Kunskapsskolan?" and a sentence on its schools and pupils
    (r"^\s*(?:who|whom|which|what)\b[^?]*\b(?:co-?)?found(?:ed|ers?)\b",
     r"\b(?:found\w*|establish\w*|set\s+up|creat\w*|form\w*|start\w*|began|launch\w*|organi[sz]\w*|"
     r"incorporat\w*|buil[dt]\w*|origin\w*|since|fathers?|mothers?|pioneer\w*|initiat\w*)\b", "anyone founded it"),
    # "In what year did William Maclure begin the process of creating the first geological map?" and the year the
    # map was produced: when something began, a sentence on its end or its fruit does not tell
    (r"\b(?:did|does|do|will|would|to)\s+(?:[\w'’-]+\s+){0,6}?(?:begin|start|commence)\b(?!\s+(?:with|by|as)\b)|"
     r"\b(?:was|were|is|are|been)\s+(?:[\w'’-]+\s+){0,6}?(?:begun|started|commenced)\b",
     r"\b(?:beg[aiu]n\w*|start\w*|commenc\w+|launch\w*|initiat\w+|set\s+(?:out|about|off)|undert(?:ook|ake\w*)|"
     r"embark\w*|kick\w*\s+off|open\w*|since|inaugurat\w+|establish\w*|found\w*|broke\s+out|break\w*\s+out|"
     r"outbreak|erupt\w*|onset|dawn\w*|emerg\w+|aros\w+|aris\w+|arriv\w+|introduc\w+|debut\w*|origin\w*|"
     r"earliest|creat\w+|form\w*|took\s+up|take\w*\s+up|entered|joined|from)\b", _BEGAN),
    # "In which year did Marco Polo first arrive at Cambaluc?" and the year his book appeared
    # (the question's own verb, not "patients arriving at the radiology department")
    (r"\b(?:did|does|do|will|would|to)\s+(?:[\w-]+\s+){0,6}?arrive\b|^\s*(?:when|in\s+what|in\s+which|what\s+year)"
     r"\b[^?]*\barrived\b|\b(?:date|year|time|day)\s+of\s+(?:\w+\s+)?arrival\b",
     r"\b(?:arriv\w*|reach\w*|came|come|comes|coming|land\w*|enter\w*|visit\w*|got\s+to|set\s+foot|settl\w+|"
     r"migrat\w*|immigra\w*|introduc\w+|spread\w*|detect\w*|import\w*|first\s+cases?|began|start\w*|"
     r"dock\w*|sail\w*|went|moved?|return\w*)\b", "anyone or anything arrived"),
    # "What year did Edward Said publish his book Orientalism?" and the date of a lecture he gave
    (_ASKS_DATE + r"\bpublish(?:ed|es)?\b|\bpublished\s+(?:in\s+)?(?:what|which)\s+(?:year|date)\b",
     r"\b(?:publish\w*|publication|wr[io]t\w*|author\w*|releas\w*|print\w*|issu\w*|appear\w*|came\s+out|"
     r"edition|book|paper|article|essay|novel|volume|post\w*|blog|newspaper|journal|report|analys[ie]s|stud(?:y|ies)|"
     r"thesis|treatise|monograph|dictionary|translation|survey|theory|findings)\b",
     "anything was published"),
    # "What did Pham Minh Chinh and Hout Hak agree on during their meeting?" and a caption of the meeting
    # (not "typically agreed to be the oldest": a view held, no agreement)
    (r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!ly\s)"
     r"\bagree(?:d|s|ing)?\s+(?:on|upon|to)\b(?!\s+be\b)|\bwhat\s+(?:was|were|has\s+been|had\s+been)\s+agreed\b",
     r"\b(?:agre\w*|consensus|concur\w*|accord\w*|pledg\w*|commit\w*|decid\w*|resol\w+|sign\w*|approv\w*|"
     r"consent\w*|settl\w*|vow\w*|promis\w*|undert\w+)\b", "anything was agreed"),
]]
# a figure asked about as falling, or as rising ("By how much did trade fall in 2022?", "How much did it grow?")
_FELL = r"\b(?:f[ae]ll|fallen|falling|drop(?:s|ped|ping)?|decreas\w+|declin(?:e|ed|es|ing)(?!\s+to\b)|shr[aiu]nk\w*|" \
        r"plung\w+|slump\w*|dip(?:s|ped)?|(?:go|goes|went|gone)\s+down)\b"
_ROSE = r"\b(?:ris(?:e|es|en|ing)|rose|grow(?:s|n|ing)?|grew|growth|increas\w+|climb\w*|jump\w*|surg\w+|soar\w*|" \
        r"(?:go|goes|went|gone)\s+up)\b"
# words that may tell of a fall, or a rise, without being the question's ("down", "higher"): either is then said
_LOWER = re.compile(_FELL + r"|\b(?:down|lower\w*|reduc\w+|negative|los[st]\w*|cut)\b", re.I)
_HIGHER = re.compile(_ROSE + r"|\b(?:up|higher|more|gain\w*|expan\w+|rais\w+)\b", re.I)
_ASKS_FELL, _ASKS_ROSE = re.compile(_FELL, re.I), re.compile(_ROSE, re.I)
# a figure asked: "By how much ...?", "How much did it grow?", "What percentage did it rise?"
_ASKS_FIGURE = re.compile(r"\bhow\s+(?:much|many|far|fast|big|large|sharply|steeply)\b|\bby\s+(?:how\s+much|what)\b|"
                          r"\b(?:what|which)\s+(?:\w+\s+)?(?:percent|percentage|share|rate|amount|figure|level|value)\b", re.I)
NOT_REPORTED = "The closest passage does not say that {what}."
NO_DOER = "The closest passage says it “{said}”, not by whom."
# "Who discovered the error ...?" and "The error was discovered in 2010, and ...": a passive that names no one by
# whom, up to the end of its clause
_ASKS_WHO = re.compile(r"^\s*who\s+(?!(?:is|was|are|were|has|have|had|will|would)\b)", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:(?:first|later|then|\w+ly)\s+)?([a-z]+(?:ed|en|wn|lt|nt|ght))\b"
                      r"(?![^.;:]*?\bby\b)[^.;:]*", re.I)
# ... or a participle after a noun in lower case, with no "was": "Doc Films, a student film society founded in 1932
# that ..." (not "John Rawls argued in A Theory of Justice ...")
_DONE_WHEN = re.compile(r"\b(?!(?:he|she|they|we|i|you|who|it|that|which)\b)(?-i:[a-z]+)\s+([a-z]+ed)"
                        r"(\s+(?:in|on|at|during)"
                        r"\s+[\w,]+)(?![^.;:]*?\bby\b)", re.I)
OTHER_WAY = "The closest passage says “{said}”, not that it {way}."


# "Tolui, Genghis Khan's youngest son, was not to be his successor": a choice the sentences deny
_DENIED = re.compile(r"\b(?:was|were|is|are)\s+not\s+(?:to\s+be|chosen|picked|selected|named|appointed|elected)\b"
                     r"[^.;:,]*?(?=\s+(?:because|since|as|due)\b|[.;:,]|$)", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
DENIED = "The closest passage says it “{said}”."


def denied(question: str, text: str) -> str | None:
    """DENIED when the sentences ``text`` say someone was not to be, or was not chosen as, what the question asks
    for ("Which of his sons was picked to inherit the throne?" and "Tolui ... was not to be his successor"), and the
    question asks nothing negative; None otherwise."""
    said = _DENIED.search(text)
    if said and not _NEGATED.search(question):
        return DENIED.format(said=said.group(0).strip())
    return None


# a clause that sets the time of what is asked, after the question has begun: "... after Trent's company withdrew in
# 1754?", "... when the talks broke down?"
_BACKGROUND = re.compile(r"(?<=\S)\s+(?:after|before|since|until|once|following|when|while)\s+[^,?]*", re.I)


def without_background(question: str) -> str:
    """The question less the clauses that only set its time: "What fort did he build after Trent's company
    withdrew?" -> "What fort did he build?"; "Where did most of Florida's Spanish residents go once Britain took
    control?" -> "Where did most of Florida's Spanish residents go?"."""
    return _BACKGROUND.sub("", question)


# what began, asked when it began: "visit" of "When did his visit begin?" (not a person: "did Maclure begin ...")
_BEGUN = re.compile(r"\b(?:did|does|do|will|would)\s+(?:the|his|her|its|their|this|that|these|those)\s+"
                    r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:begin|start|commence)\b")


def _dated_event(question: str, text: str) -> bool:
    """Whether the question asks when a thing it names in lower case began ("When did his visit begin?") and the
    sentences ``text`` name that thing: "During Hun Manet's visit to Vietnam in December 2023" dates it."""
    begun = _BEGUN.search(question)
    return bool(begun) and re.search(rf"\b{re.escape(stem(begun.group(1)))}", text, re.I) is not None


def unreported_event(question: str, text: str) -> str | None:
    """Why ``text``, the answer's sentences, does not answer ``question``, which asks about an event it does not
    report: "When did Thongloun Sisoulith resign?" and a sentence on his State visit -> 'The closest passage does
    not say that anyone resigned or left office.'; "By how much did trade fall in 2022?" and "an increase of
    nearly 11 percent" -> 'The closest passage says “increase”, not that it fell.'. None if it reports it, or the
    question asks about no such event."""
    own = without_background(question)  # "What fort did he build after Trent's company withdrew?" asks no withdrawal
    for asked, said, what in _EVENTS:
        if asked.search(own) and not said.search(text) and not (what == _BEGAN and _dated_event(own, text)):
            return NOT_REPORTED.format(what=what)
    if not _ASKS_FIGURE.search(question):  # "What is the role of C5a in increasing host resilience?" asks no figure
        return None
    fell, rose = _ASKS_FELL.search(question), _ASKS_ROSE.search(question)
    if fell and rose:  # "Did trade rise or fall?"
        return None
    same, other, way = (_LOWER, _ASKS_ROSE, "fell") if fell else (_HIGHER, _ASKS_FELL, "rose")
    opposite = other.search(text) if (fell or rose) and not same.search(text) else None
    return OTHER_WAY.format(said=opposite.group(0), way=way) if opposite else None


# "What causes rock extension?": what is asked the cause of, after its verb
_ASKS_CAUSE = re.compile(r"^\s*what\s+(?P<verb>caus(?:e|es|ed)|leads?\s+to|led\s+to|results?\s+in|resulted\s+in|"
                         r"triggers?|triggered)\s+(?:the\s+|a\s+|an\s+)?(?P<thing>[^?]+?)\s*\??\s*$", re.I)
_CAUSING = r"(?:caus(?:e|es|ed|ing)|leads?\s+to|led\s+to|results?\s+in|resulted\s+in|triggers?|triggered)"


def effect_for_cause(question: str, text: str, phrase: str) -> str | None:
    """NOT_REPORTED when asked what causes a thing, the sentences ``text`` say what that thing causes, and the
    phrase is its effect: "What causes rock extension?" and "to become longer and thinner" of "Extension causes
    the rock units as a whole to become longer and thinner"; None otherwise."""
    asked = _ASKS_CAUSE.match(question)
    said = phrase.strip()
    if not asked or not said:
        return None
    last = WORD.findall(asked["thing"])[-1:]  # what it is called last: "extension" of "rock extension"
    if not last or last[0].lower() in STOPWORDS:
        return None
    causes = re.search(rf"\b{re.escape(stem(last[0].lower()))}\w*\s+(?:\w+\s+){{0,2}}?{_CAUSING}\b", text, re.I)
    at = text.find(said)
    if causes and at >= causes.end():
        return NOT_REPORTED.format(what=f"anything {asked['verb'].lower()} {asked['thing'].strip()}")
    return None


def no_doer(question: str, text: str) -> str | None:
    """NO_DOER: asked who did something, the answer's sentences ``text`` say only that it was done, naming no one
    by whom: "Who discovered the error in the Rhine's length?" and "The error was discovered in 2010, and the Dutch
    Rijkswaterstaat confirms the length ..." -> 'The closest passage says it “was discovered”, not by whom.'.
    None when they say by whom, or use the question's verb otherwise."""
    who = _ASKS_WHO.match(question)
    if not who:
        return None
    # what the question asks who did: its verb and the words right after it ("carried out the assassination"), not
    # a verb further on ("Who showed that electric and magnetic forces are unified ...?")
    asked = {stem(w.lower()) for w in WORD.findall(question[who.end():])[:4] if w.lower() not in STOPWORDS}
    for found in _PASSIVE.finditer(text):
        if stem(found.group(1).lower()) in asked:
            return NO_DOER.format(said=text[found.start():found.end(1)])
    for found in _DONE_WHEN.finditer(text):
        if stem(found.group(1).lower()) in asked:
            return NO_DOER.format(said=text[found.start(1):found.end(2)].rstrip(","))
    return None
