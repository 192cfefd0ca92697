"""Ranks as figures: "the world's third-largest barge fleet", "the second-largest gas
producer". A rank is what a digest states of something, like a count, and restating it
with another ordinal is the same slip as restating a count with another number.

Only a rank with its superlative is read: an ordinal alone ("the third quarter", "a second
term") ranks nothing, and "the largest X" is first only when no "one of" or "among" makes
it one of several."""

from __future__ import annotations

import re

from seedlint.figure_context import _STOP_OR_NAME_STOP, _VERBS, STOP, SUPERLATIVES
from seedlint.figure_record import Figure, lemma

_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_RANK = re.compile(
    r"\b(?:(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))[- ])?"
    r"(?P<sup>" + "|".join(SUPERLATIVES) + r")\b",
    re.IGNORECASE,
)
# Before a first place that is not one: "one of the largest", "among the biggest".
_ONE_OF = re.compile(r"(?:\bone\s+of|\bamong|\bsome\s+of)\s+(?:the\s+)?(?:\S+\s+)?\Z", re.I)
# Before a superlative, what makes it a rank of something: "the", "Africa's", "its".
_DETERMINER = re.compile(r"(?:\bthe|['’]s|\bits|\btheir)\s+\Z", re.IGNORECASE)
# The domain it ranks in: "the world's", "Mongolia's", "the bloc's".
_DOMAIN = re.compile(r"(\w+)['’]s\s+\Z")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_CAPITALISED = re.compile(r"\b[^\W\d_][\w-]*")


def rank_figures(text: str, spans: list[tuple[int, int, int]]) -> list[Figure]:
    """The ranks in ``text``, sentence by sentence (``spans``: start, end, paragraph),
    each a figure of kind "rank": its value the place, its unit the superlative, its head
    the noun ranked ("fleet"), its subject the domain ("world"), its names the capitalised
    words of its sentence (but a common word opening it)."""
    out: list[Figure] = []
    for si, (start, end, para) in enumerate(spans):
        for m in _RANK.finditer(text, start, end):
            place = _place(m.group("ord"))
            before = text[max(start, m.start() - 40) : m.start()]
            if place == 1 and (_ONE_OF.search(before) or not _DETERMINER.search(before)):
                continue
            head, mods = _ranked(text, m.end(), end)
            if place == 1 and not head:
                continue  # "the largest in decades", "the biggest since 2008"
            domain = _DOMAIN.search(before)
            names = frozenset(
                w.group().lower()
                for w in _CAPITALISED.finditer(text, start, end)
                if w.group()[0].isupper()
                # a sentence's first word is a name unless it is a common word ("The")
                and (w.start() > start or w.group().lower() not in _STOP_OR_NAME_STOP)
            )
            out.append(
                Figure(
                    m.start(),
                    m.end(),
                    m.group(),
                    "rank",
                    SUPERLATIVES[m.group("sup").lower()],
                    place,
                    place,
                    place,
                    place,
                    "",
                    sentence=si,
                    paragraph=para,
                    head=head,
                    modifiers=frozenset(mods),
                    names=names,
                    subject=frozenset([domain.group(1).lower()]) if domain else frozenset(),
                )
            )
    return out


def _place(ordinal: str | None) -> int:
    if not ordinal:
        return 1
    low = ordinal.lower()
    return _ORDINALS[low] if low in _ORDINALS else int(low[:-2])


def _ranked(text: str, pos: int, end: int) -> tuple[str, list[str]]:
    """The noun after a superlative and the words before it in its phrase: ("fleet",
    ["barge"]) for "largest barge fleet partly idle"; ("", []) for "third largest, after"."""
    words: list[str] = []
    while len(words) < 3:
        m = _WORD.match(text, pos + 1)
        if m is None or text[pos : pos + 1] != " " or m.end() > end:
            break
        word = m.group()
        low = word.lower()
        if word != low or low in STOP or low in _VERBS or low.endswith("ly"):
            break  # a name, a preposition or a verb's adverb ends the phrase
        words.append(lemma(low))
        pos = m.end()
    if not words:
        return "", []
    return words[-1], words[:-1]
