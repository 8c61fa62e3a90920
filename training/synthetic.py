"""Self-supervised reading questions from documents nobody asked about: noisy cloze questions (Lewis et al. 2019).

A sentence from a document outside the tune and test splits gives up an answer:
a number, a year, a percentage, a name (a run of capitalized words), or what
something "is" or "are". The rest of the sentence becomes the question: a
question word that fits the answer, then the words around it with noise (a
few dropped, neighbours swapped) so that the question does not repeat the
passage word for word. Definitions become "What is <subject>?".

train_reader.py sends these questions through qa's retriever like real ones,
so each gets the passage around its sentence as the positive and retrieved
passages without the answer as hard negatives.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

NUMBER = re.compile(r"(?<![\w.\-\[])\d+(?:,\d{3})*(?:\.\d+)?(?:\s?%| percent)?(?![\w\-\]])")
NAME = re.compile(r"(?<!^)(?<![\w\-])[A-Z][\w\-]+(?:\s(?:of\s|the\s|de\s)?[A-Z][\w\-]+){0,4}")
DEFINITION = re.compile(r"\b(is|are|was|were)\s+((?:a|an|the)\s+[^,;:.()]{3,80}?)(?=[,;:.(]|$)")
MIN_WORDS, MAX_WORDS = 8, 45  # sentences outside this range make poor questions
CONTEXT_WORDS = 10  # words kept on each side of the answer
STOP = {"the", "a", "an", "of", "in", "and", "to", "for", "on", "with", "by", "at", "from", "as", "or", "that"}


def question_word(answer: str) -> str:
    if answer.rstrip().endswith("%") or answer.endswith("percent"):
        return "What percentage"
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", answer):
        return "When"
    if NUMBER.fullmatch(answer):
        return "How many"
    return "What"


def noisy(words: list[str], rng: random.Random, drop: float = 0.1, swap: float = 0.08) -> list[str]:
    """Drop some stop words and swap some neighbours, so a question is not a copy of its sentence."""
    kept = [w for w in words if not (w.lower() in STOP and rng.random() < drop * 3)]
    for i in range(len(kept) - 1):
        if rng.random() < swap:
            kept[i], kept[i + 1] = kept[i + 1], kept[i]
    return kept


def cloze(sentence: str, start: int, end: int, rng: random.Random) -> str:
    """The question asking for sentence[start:end]: a question word, then the words around the answer."""
    before = sentence[:start].split()[-CONTEXT_WORDS:]
    after = sentence[end:].split()[:CONTEXT_WORDS]
    rest = " ".join(noisy(before + after, rng)).strip(" ,;:.")
    return f"{question_word(sentence[start:end])} {rest}?"


def definition(sentence: str, match: re.Match) -> tuple[str, tuple[int, int]] | None:
    """"X is a Y" -> ("What is X?", span of "a Y"); None when X is not a short subject."""
    subject = sentence[:match.start()].split()
    if not 1 <= len(subject) <= 6:
        return None
    return f"What {match.group(1)} {' '.join(subject).strip(' ,')}?", match.span(2)


def sentence_questions(sentence: str, rng: random.Random) -> list[tuple[str, str]]:
    """(question, answer) pairs that one sentence gives."""
    tokens = sentence.split()
    if not MIN_WORDS <= len(tokens) <= MAX_WORDS or sum(t[:1].isupper() for t in tokens) > len(tokens) / 2:
        return []  # too short, too long, or a list of names (a reference, a heading)
    pairs = []
    for m in DEFINITION.finditer(sentence):
        made = definition(sentence, m)
        if made:
            pairs.append((made[0], sentence[made[1][0]:made[1][1]]))
    for pattern in (NUMBER, NAME):
        for m in pattern.finditer(sentence):
            answer = m.group(0).strip()
            if len(answer) >= 2 and len(answer.split()) <= 6:
                pairs.append((cloze(sentence, m.start(), m.end(), rng), answer))
    return pairs


def synthetic_questions(index, doc_ids: list[str], count: int, seed: int) -> list[dict]:
    """``count`` questions from the sentences of ``doc_ids``, one per sentence, in qa's question format.

    An answer that occurs more than once in its document is skipped: its place would be a guess.
    """
    rng = random.Random(seed)
    places = [(d, i) for d in sorted(doc_ids) for i in range(len(index.sentences[d]))]
    rng.shuffle(places)
    out = []
    for doc_id, i in places:
        if len(out) >= count:
            break
        text = index.documents[doc_id].text
        start, end = index.sentences[doc_id][i]
        pairs = sentence_questions(text[start:end], rng)
        pairs = [(q, a) for q, a in pairs if text.lower().count(a.lower()) == 1]
        if pairs:
            question, answer = rng.choice(pairs)
            out.append({"id": f"synthetic-{len(out)}", "question": question, "answers": [answer],
                        "docs": [Path(doc_id).name], "synthetic": True})
    return out
