"""Ranks as figures: "the world's third-largest barge fleet", "the second-largest gas
producer". A rank is what a digest states of something, like a count, and restating it
with another ordinal is the same slip as restating a count with another number.

Only a rank with its superlative is read: an ordinal alone ("the third quarter", "a second
term") ranks nothing, and "the largest X" is first only when no "one of" or "among" makes
it one of several. The one other ordinal read is a place in a run ("its seventh annual loss
in a row", "the third flood in two years"), which a digest states and restates the same
way."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.figure_context import (
    _STOP_OR_NAME_STOP,
    _VERBS,
    IN_A_ROW,
    ORDINALS,
    STOP,
    SUPERLATIVES,
    WITHIN,
)
from seedlint.figure_record import Figure, lemma

_RANK = re.compile(
    r"\b(?:(?P<ord>" + "|".join(ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))[- ])?"
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
# A place in a run of like things: "its seventh annual loss in a row", "for the third year
# running", "its eighth in a row" (a noun, if any, before the end of the run), "the fourth
# consecutive rise" (the noun after it), and a count within a stretch of time: "the
# region's third flood in two years" (its own unit: a place within a window is not one in
# an unbroken run).
_ORD = r"\b(?P<ord>" + "|".join(ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))"
_RUN = re.compile(
    _ORD
    + r"(?:(?P<words>(?:[ ][a-z][a-z-]*){0,3}?)[ ](?:in[ ]a[ ]row|running)\b"
    + r"|[ ](?:consecutive|straight|successive)\b"
    + r"|(?P<within>(?:[ ][a-z][a-z-]*){1,6}?)[ ]in[ ](?:the[ ](?:past|last)[ ])?"
    + r"(?P<span>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ ](?P<per>years|months)\b)",
    re.IGNORECASE,
)
# Before an ordinal that is a share, not a place: "a third of", "one-fifth".
_SHARE_BEFORE = re.compile(r"(?:\b(?:a|one|two)[ -])\Z", re.IGNORECASE)
# Words that are no part of a run's noun phrase: "a third of the districts have been
# running low" holds no run.
_NOT_IN_RUN = frozenset(
    {
        *("of", "the", "a", "an", "and", "or", "to", "for", "with", "by", "from", "that"),
        *("which", "who", "its", "their", "his", "her", "this", "these", "those", "have"),
        *("has", "had", "been", "be", "is", "are", "was", "were"),
    }
)
# Words that end a run's noun phrase, naming where: "the third flood in the region in two
# years".
_WHERE = frozenset(["in", "at", "on", "across", "there", "here"])

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
            out.append(
                _place_figure(
                    m.start(),
                    m.end(),
                    m.group(),
                    SUPERLATIVES[m.group("sup").lower()],
                    place,
                    (si, para),
                    (head, frozenset(mods)),
                    _names(text, start, end),
                    frozenset([domain.group(1).lower()]) if domain else frozenset(),
                )
            )
    return out


def run_figures(text: str, spans: list[tuple[int, int, int]]) -> list[Figure]:
    """The places in runs of ``text`` ("its seventh annual loss in a row"), sentence by
    sentence, each a figure of kind "rank": its value the place, its unit
    :data:`IN_A_ROW` (or :data:`WITHIN` for one within a stretch of time, whose words
    are its subject: "in two years"), its head the noun of the run and its names the
    capitalised words of its sentence."""
    out: list[Figure] = []
    for si, (start, end, para) in enumerate(spans):
        for m in _RUN.finditer(text, start, end):
            if _SHARE_BEFORE.search(text, max(start, m.start() - 5), m.start()):
                continue
            place = _place(m.group("ord"))
            if place < 2:
                continue
            subject: frozenset[str] = frozenset()
            if m.group("within") is not None:
                words = m.group("within").split()
                unit = WITHIN
                subject = frozenset([f"in {m.group('span').lower()} {m.group('per').lower()}"])
            elif m.group("words") is not None:
                words = m.group("words").split()
                unit = IN_A_ROW
            else:
                words = _run_noun(text, m.end(), end)
                unit = IN_A_ROW
            lows = [lemma(w.lower()) for w in words]
            lows = lows[: next((i for i, w in enumerate(lows) if w in _WHERE), len(lows))]
            if any(w in _NOT_IN_RUN or w in _VERBS for w in lows):
                continue
            out.append(
                _place_figure(
                    m.start(),
                    m.end("ord"),
                    m.group("ord"),
                    unit,
                    place,
                    (si, para),
                    (lows[-1] if lows else "", frozenset(lows[:-1])),
                    _names(text, start, end),
                    subject,
                )
            )
    return out


# Words that describe the noun of a run rather than name it: "the third straight
# quarterly decline", "a fifth consecutive annual loss".
_RUN_ADJECTIVE = re.compile(r"(?:ly|al|ic|ive|ous)\Z")


def _run_noun(text: str, pos: int, end: int) -> list[str]:
    """The words of the noun after "consecutive" or "straight": the first one, and the
    next as well where the first describes it (["quarterly", "decline"])."""
    words: list[str] = []
    for word in _words_after(text, pos, end):
        if word != word.lower() or len(words) == 2:
            break
        words.append(word)
        if _RUN_ADJECTIVE.search(word) is None:
            break
    return words


def _words_after(text: str, pos: int, end: int) -> Iterator[str]:
    """The words after ``pos``, each one space after the one before, up to ``end``."""
    while True:
        m = _WORD.match(text, pos + 1)
        if m is None or text[pos : pos + 1] != " " or m.end() > end:
            return
        yield m.group()
        pos = m.end()


def _place_figure(
    start: int,
    end: int,
    written: str,
    unit: str,
    place: int,
    where: tuple[int, int],
    noun: tuple[str, frozenset[str]],
    names: frozenset[str],
    subject: frozenset[str],
) -> Figure:
    """A figure of kind "rank" (``where``: sentence and paragraph; ``noun``: the head and
    its modifiers)."""
    return Figure(
        start,
        end,
        written,
        "rank",
        unit,
        place,
        place,
        place,
        place,
        "",
        sentence=where[0],
        paragraph=where[1],
        head=noun[0],
        modifiers=noun[1],
        names=names,
        subject=subject,
    )


def _names(text: str, start: int, end: int) -> frozenset[str]:
    return frozenset(
        w.group().lower()
        for w in _CAPITALISED.finditer(text, start, end)
        if w.group()[0].isupper()
        # a sentence's first word is a name unless it is a common word ("The")
        and (w.start() > start or w.group().lower() not in _STOP_OR_NAME_STOP)
    )


def _place(ordinal: str | None) -> int:
    if not ordinal:
        return 1
    low = ordinal.lower()
    return ORDINALS[low] if low in ORDINALS else int(low[:-2])


def _ranked(text: str, pos: int, end: int) -> tuple[str, list[str]]:
    """The noun after a superlative and the words before it in its phrase: ("fleet",
    ["barge"]) for "largest barge fleet partly idle"; ("", []) for "third largest, after"."""
    words: list[str] = []
    for word in _words_after(text, pos, end):
        low = word.lower()
        if len(words) == 3 or word != low or low in STOP or low in _VERBS or low.endswith("ly"):
            break  # a name, a preposition or a verb's adverb ends the phrase
        words.append(lemma(low))
    if not words:
        return "", []
    return words[-1], words[:-1]
