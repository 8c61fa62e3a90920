"""Questions about a document itself, not about what it says: when it was published, who wrote it and its title.

"When was the article about X published?" is asked as "When was it published?" of the documents about X
(qa.asking.question.document_reference); the reader, trained on questions about what a text says, is unsure of a
date line or a byline. This module finds both where a document writes them: its date near the top (the one
the citations show, qa.indexing.ingest.date_span) and a byline line ("By staff writers", "13th September 2023 post
by MOIT Vietnam").
"""
from __future__ import annotations

import re

from ..indexing.ingest import date_span, headline_span

_NOUN = r"(?:news\s+)?(?:article|story|post|piece|report|paper|document|page|text|item)"
_DOCUMENT = rf"(?:it|its|this(?:\s+{_NOUN})?|(?:that|the)\s+{_NOUN})"
_PUBLISHED = r"(?:published|posted|written|released|issued|dated|put\s+(?:out|online|up)|printed)"
_ASKS_DATE = re.compile(
    rf"^\s*(?:when|on\s+what\s+(?:date|day)|(?:in\s+)?what\s+(?:date|day|month|year))\s+(?:was|were|is|did)\s+"
    rf"{_DOCUMENT}\s+(?:first\s+)?{_PUBLISHED}\b|"
    rf"^\s*what\s+(?:is|was)\s+(?:its|the)\s+(?:publication|posting|release|issue)?\s*date(?:\s+(?:of|on)\s+"
    rf"{_DOCUMENT})?\s*\??$|"
    rf"^\s*what\s+date\s+(?:is|was)\s+(?:(?:given|shown|written|printed)\s+)?(?:on|in|for)\s+{_DOCUMENT}\b|"
    # "What date does the article reporting that meeting carry?"
    rf"^\s*what\s+(?:post|publication|posting|release)?\s*date\s+does\s+{_DOCUMENT}(?:\s+[\w-]+){{0,4}}?\s+"
    rf"(?:carry|bear|show|give|have)\s*\??\s*$|"
    # after "Who posted the article ...?": "When did they post it?", "On what date did it post that piece?"; and
    # "On what date did Vietnam's trade ministry post it?" (qa.asking.question.document_reference's "it")
    rf"^\s*(?:when|on\s+what\s+(?:date|day)|(?:in\s+)?what\s+(?:date|day|month|year))\s+did\s+"
    rf"(?:(?:it|they|he|she)\s+(?:first\s+)?(?:publish|post|release|issue|print)(?:\s+{_DOCUMENT})?"
    rf"|(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){{0,5}}?\s+(?:first\s+)?(?:publish|post)\s+{_DOCUMENT})\s*\??\s*$", re.I)
_ASKS_AUTHOR = re.compile(
    rf"^\s*who\s+(?:wrote|authored|penned|posted|(?:was|is)\s+(?:the\s+)?(?:author|writer)\s+of)\s+{_DOCUMENT}\b|"
    rf"^\s*who\s+(?:is|was|were|are)\s+(?:its|the)\s+(?:author|writer)s?\b|"
    rf"^\s*who\s+(?:was|is)\s+{_DOCUMENT}\s+(?:written|authored)\s+by\b|"
    # the passive asked as such: "By whom was it written?", "The article published on X was authored by whom?"
    rf"^\s*by\s+whom\s+(?:was|is)\s+{_DOCUMENT}\b.{{0,80}}?\b(?:written|authored|penned|posted)\s*\??\s*$|"
    rf"^\s*{_DOCUMENT}\b.{{0,80}}?\b(?:was|is)\s+(?:written|authored|penned|posted)\s+by\s+(?:whom|who)\s*\??\s*$|"
    rf"^\s*who\s+(?:is|was)\s+credited\s+(?:with|for)\s+(?:writing|posting|publishing|authoring)\s+{_DOCUMENT}\b|"
    # "Which outlet posted it?", "What organisation published the article?"
    rf"^\s*(?:which|what)\s+(?:news\s+)?(?:outlet|organi[sz]ation|newspaper|agency|publication|publisher|website|"
    rf"site|media|source|ministry|body)\s+(?:wrote|posted|published|released|issued|put\s+out)\s+{_DOCUMENT}\b", re.I)
# "What is the title of the article about X?" (asked as "What is the title of it?", qa.asking.question.document_reference)
_ASKS_TITLE = re.compile(
    rf"^\s*what\s+(?:is|was)\s+(?:the\s+)?(?:title|headline)\s+(?:of|on)\s+{_DOCUMENT}\s*\??\s*$|"
    rf"^\s*what\s+(?:is|was)\s+(?:its|the)\s+(?:title|headline)\s*\??\s*$|"
    rf"^\s*(?:what|which)\s+(?:title|headline)\s+(?:does|did)\s+{_DOCUMENT}\s+(?:have|carry|bear|run\s+under)\s*\??\s*$|"
    # "What headline did MOIT Vietnam give its 13th September 2023 post?" (asked as "... give it?")
    rf"^\s*(?:what|which)\s+(?:title|headline)\s+(?:does|did)\s+(?:[\w'’&-]+\s+){{1,5}}?"
    rf"(?:give|use\s+for|put\s+on)\s+{_DOCUMENT}\s*\??\s*$|"
    rf"^\s*under\s+what\s+(?:title|headline)\s+(?:was|is)\s+{_DOCUMENT}\s+{_PUBLISHED}\b|"
    rf"^\s*(?:what|how)\s+(?:is|was)\s+{_DOCUMENT}\s+(?:titled|headlined|entitled)\s*\??\s*$", re.I)
# A line that names who wrote the text: "By staff writers – Translated by Thuy Doan", "... post by MOIT Vietnam".
_BYLINE = re.compile(r"^[ \t]*(?:(?P<by>(?:(?:written|story|words)\s+)?by)|.{0,40}?\bpost(?:ed)?\s+by)\s+"
                     r"(?P<who>[^\n–—|]{2,60}?)[ \t]*(?:[–—|].*)?$", re.I | re.M)
# A document that reports on other texts, whose dates and authors it gives beside its own.
_REPORTS_ON = re.compile(r"\b(?:authored|written|penned)\s+by\b|\bpublished\s+(?:an?|its)\s+(?:article|story|report|"
                         r"piece|commentary|editorial|op-ed)\b", re.I)


def asks_about_document(question: str) -> str | None:
    """"date", "author" or "title" when the question asks when its document was published, who wrote it or
    what its headline is, else None."""
    if _ASKS_DATE.search(question):
        return "date"
    if _ASKS_AUTHOR.search(question):
        return "author"
    if _ASKS_TITLE.search(question):
        return "title"
    return None


# A follow-up asking about the document the last answer came from: "When was the article that quotes him
# published?", "Who wrote the piece that says so?", "Which article says that?", "What's the source?"
_POINTED = re.compile(rf"\b(?:the|that|this)\s+{_NOUN}\s+(?:that|which)\s+(?:quotes?|quoted|mentions?|mentioned|says?|"
                      rf"said|reports?|reported|states?|stated|cites?|cited|gives?|gave|names?|named|covers?|"
                      rf"covered)\s+(?:him|her|it|that|this|so|them|these|those)\b", re.I)
_WHICH_SAYS = re.compile(rf"^\s*(?:(?:which|what)\s+{_NOUN}\s+(?:says|said|mentions|mentioned|reports|reported|states|"
                         rf"stated|gives|gave|quotes|quoted)\s+(?:that|this|it|so|him|her|them)"
                         rf"|(?:what|which)(?:\s+(?:is|was)|['’]s)\s+(?:the|its|your)\s+source"
                         rf"|where\s+(?:is|was|does)\s+(?:that|this)\s+(?:from|come\s+from)"
                         rf"|(?:which|what)\s+{_NOUN}\s+(?:is|was)\s+(?:that|this|it)\s+from)\s*[?.!]*\s*$", re.I)


def about_earlier_document(question: str) -> tuple[str, str] | None:
    """``(the question asked of "it", what it asks: "date", "author" or "title")`` when a follow-up asks about
    the document the last answer came from: "When was the article that quotes him published?" -> ("When was it
    published?", "date"); "Which article says that?" -> ("What is the title of it?", "title"). None otherwise."""
    if _WHICH_SAYS.match(question):
        return "What is the title of it?", "title"
    pointed = _POINTED.search(question)
    asked = question[:pointed.start()] + "it" + question[pointed.end():] if pointed else ""
    return (asked, asks_about_document(asked)) if asked and asks_about_document(asked) else None


def byline_span(text: str) -> tuple[int, int] | None:
    """Where a document names who wrote it, on a line of its own: the "By ..." phrase or the name after "post
    by"; None if no line does."""
    for match in _BYLINE.finditer(text):
        line = match.group(0).strip()
        if len(line) > 90 or line.endswith((".", "?", "!")) and len(line.split()) > 8:
            continue  # a sentence beginning "By the end of 2023, ...", not a byline
        return match.start("by" if match.group("by") else "who"), match.end("who")
    return None


def is_other_text(text: str, about: str) -> bool:
    """Whether ``about`` (what names the document asked about) is a text this document reports on, whose date
    and author are not its own: ``text`` writes it inside a longer line ("published an article titled “X.”"),
    or reports on other texts ("Authored by ...", "published an article") and does not have it as a headline,
    a line of its own ("X", "MOIT VIETNAM | X")."""
    needle = " ".join(about.split()).lower()
    lines = [" ".join(line.split()).lower() for line in text.splitlines()]
    held = [line for line in lines if needle in line]
    if any(len(line) > len(needle) + 30 for line in held):
        return True
    return not held and _REPORTS_ON.search(text) is not None


def document_fact(text: str, asked: str) -> tuple[int, int] | None:
    """Where ``text`` gives what ``asked`` ("date", "author" or "title") asks for, or None."""
    if asked == "date":
        found = date_span(text)
        return found[:2] if found else None
    if asked == "title":
        return headline_span(text)
    return byline_span(text)
