"""Who wrote a text: "Who wrote the Paxaxon article?" of a document saying "... the Paxaxon electronic newspaper
published an article titled “...”. ... Authored by Thongsavanh Phomvihane, Head of ..., the article highlighted
...".

News text names a reported article's author in a byline sentence ("Authored by X", "written by X") a sentence
or two after the one that names the article, which is the one that matches the question; the reader reads the
best sentence with one neighbour on each side and so never sees the byline. A question asking who wrote,
authored or penned something is answered with the name after "by" in the best retrieved sentences or the three
after each. Rule-based; the quote is a verbatim slice of the document. What this does not do: the document's
own author ("Who wrote this article?"), which its byline line gives (qa.answering.metadata).

A photo's credit is a byline too: "photo credit for the trade agreement signing picture" is answered with the
source a caption gives ("The signing of the Vietnam-Laos Trade Agreement. (Photo: VNA)").
"""
from __future__ import annotations

import re

from ..asking.question import KEYWORDS_ONLY

# also after a clause naming the text: "In the Paxaxon piece, who authored the article?"
# and typed in haste: "who write article in paxaxon ...?", "who is author of ...?"
_ASKED = re.compile(r"^\s*(?:(?:in|of|for)\s+[^,?]{1,60},\s*)?who\s+(?:wrote|writes?|authored|co-authored|penned|"
                    r"(?:has|had)\s+written|(?:is|was)\s+(?:the\s+)?(?:author|writer)\s+of)\b", re.I)
_BY = re.compile(r"\b(?:[Aa]uthored|[Cc]o-authored|[Ww]ritten|[Pp]enned)\s+by\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                 r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})")


# Typed as keywords, the last word says what is asked: "paxaxon article lao vietnam friendship author".
_ASKED_TERSE = re.compile(KEYWORDS_ONLY + r".*\b(?:author|writer)\s*\??\s*$", re.I)


def asks_author(question: str) -> bool:
    """Whether a question asks who wrote something: "Who wrote the Paxaxon article?", "Who is the author of
    it?", "paxaxon article author"."""
    return bool(_ASKED.match(question) or _ASKED_TERSE.match(question))


def author_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the name a byline in ``text[start:end]`` gives ("Authored by Thongsavanh Phomvihane,"),
    or None."""
    found = _BY.search(text, start, end)
    return found.span("name") if found else None


# "Who took the photo?", "Which news agency supplied the photo ...?", "Who is the picture credited to?"
_ASKED_PHOTO = re.compile(r"\b(?:photo|picture|image)s?\s*(?:credit|source|courtesy)\b|\bphoto(?:graph)?\s+by\b|"
                          r"\b(?:who\s+|which\s+(?:[\w-]+\s+){1,2}?)(?:took|shot|supplied|provided|credited)\s+"
                          r"(?:the\s+|this\s+|that\s+)?(?:photo|picture|image|photograph)|\bcredited\s+(?:with|for)\s+"
                          r"(?:the\s+|this\s+|that\s+)?(?:photo|picture|image|photograph)"
                          r"|\b(?:photo|picture|image|photograph)\b[^?]{0,80}\bcredited\s+to\b", re.I)
_CREDIT = re.compile(r"\((?:Photo|Image|Picture)s?(?:\s+credit)?\s*:\s*(?P<name>[^)\n]+?)\s*\)")


def asks_photo_credit(question: str) -> bool:
    """Whether a question asks whose a photo is: "photo credit for the signing picture?", "Who took the photo?"."""
    return _ASKED_PHOTO.search(question) is not None


def credit_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the source a caption in ``text[start:end]`` credits ("VNA" of "(Photo: VNA)"), or None."""
    found = _CREDIT.search(text, start, end)
    return found.span("name") if found else None
