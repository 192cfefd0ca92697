"""Multiples written as words ("doubled", "tripled", "twice", "halved", "tenfold"), which
the figure pattern does not read (their number, where they have one, is no count), and
the factors a source text gives in any way, for the unsupported-figure check: a source
supports "tripled" by "tripled", "three times", "a 200% rise" or "from 40 to 120"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from seedlint.figure_record import Figure
from seedlint.figures import source_figures
from seedlint.numerals import WORD_VALUES

_FACTORS = {"doubl": 2.0, "twice": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
# A verb form is always a multiple; a bare "double" or "triple" only before what it
# multiplies ("double the current term"), not before a noun ("double shifts", "a triple
# crown"); "twice" not as a frequency ("twice a year"); "N-fold" with its number.
_WORD = re.compile(
    r"\b(?:(?P<verb>(?:doubl|tripl|quadrupl)(?:ed|ing|es)|halv(?:ed|ing))"
    r"|(?P<bare>double|triple|quadruple|halve)(?=[ \t]+(?:the|its|their|that|what|his|her)\b)"
    r"|(?P<twice>twice)(?![ \t]+(?:a|an|per|each|every|daily|weekly|monthly|yearly"
    r"|annually|over|in|on|before|since)\b)"
    r"|(?P<fold>(?P<n>\d+(?:\.\d+)?|[a-z]+)-?fold))\b",
    re.IGNORECASE,
)
# In a source, any form of the words supports a multiple ("prices more than triple since
# 2023"): a word read too widely there costs a miss at most, never a false alarm.
_SOURCE_WORD = re.compile(r"\b(?:doubl|tripl|quadrupl|halv|twice)[a-z]*", re.IGNORECASE)
# "three times as many", "four times the level": a multiple in a source text.
_TIMES = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|[a-z]+)[ \t-]+times(?=[ \t]+(?:the|as|that|more|higher|larger"
    r"|bigger|greater|over|what|its|their|his|her|a|an)\b)",
    re.IGNORECASE,
)
# How close a source's factor must be to the digest's: "roughly twice" for 1.8 or 2.2.
_SLACK = 0.15


class Multiple(NamedTuple):
    start: int
    end: int
    factor: float


def _number(word: str) -> float | None:
    if word[:1].isdigit():
        return float(word)
    value = WORD_VALUES.get(word.lower())
    return float(value) if value else None


def _factor(m: re.Match[str]) -> float | None:
    if m.group("fold"):
        n = _number(m.group("n"))
        return n if n is not None and n >= 2 else None
    return _word_factor(m.group("verb") or m.group("bare") or m.group("twice"))


def _word_factor(word: str) -> float:
    """The factor of a multiple's word, any form of it ("Tripled", "halving")."""
    low = word.lower()
    return next(v for k, v in _FACTORS.items() if low.startswith(k))


# Every multiple holds one of these, whatever the case of its first letter: most texts
# hold none, and looking for them costs a fraction of what the pattern's search costs.
_STEMS = tuple(
    form
    for stem in ("oubl", "ripl", "uadrupl", "alv", "wice", "fold")
    for form in (stem, stem.upper())
)


def mentions_multiples(text: str) -> bool:
    """Could ``text`` hold a multiple in words (a cheap test before :func:`multiples`)?"""
    return any(stem in text for stem in _STEMS)


def multiples(text: str, start: int = 0, end: int | None = None) -> list[Multiple]:
    """The word multiples in ``text[start:end]``, with their factors (0.5 for "halved")."""
    out = []
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        factor = _factor(m)
        if factor is not None:
            out.append(Multiple(m.start(), m.end(), factor))
    return out


@lru_cache(maxsize=256)
def source_factors(text: str) -> tuple[float, ...]:
    """Every factor a source text gives: its multiples in words or "N times", its
    percentage changes (a 200% rise is threefold, a 50% fall a halving), and the ratio of
    two figures of one kind and unit in one sentence ("from 40 to 120")."""
    found = [m.factor for m in multiples(text)]  # (for "tenfold"; the words again below)
    found += [_word_factor(w.group()) for w in _SOURCE_WORD.finditer(text)]
    for m in _TIMES.finditer(text):
        n = _number(m.group("n"))
        if n is not None and n >= 2:
            found.append(n)
    figures = source_figures(text)
    for f in figures:
        if f.kind == "percent" and f.value > 0:
            found += [1 + f.value / 100, max(1 - f.value / 100, 0.0)]
    found += _sentence_ratios(text, figures)
    return tuple(found)


_SENTENCE_END = re.compile(r"[.;!?][ \t\n]")


def _sentence_ratios(text: str, figures: tuple[Figure, ...]) -> list[float]:
    values = [
        (f.kind, f.unit, f.value, f.start)
        for f in figures
        if f.kind in ("money", "count", "percent") and f.value > 0
    ]
    # (a range is two values in one figure: "40-120 rupees")
    ratios = [f.hi / f.lo for f in figures if 0 < f.lo < f.hi]
    for i, (kind, unit, value, pos) in enumerate(values):
        for kind2, unit2, value2, pos2 in values[i + 1 :]:
            bare = (kind, unit) == ("count", "") or (kind2, unit2) == ("count", "")
            if ((kind2, unit2) != (kind, unit) and not bare) or _SENTENCE_END.search(
                text, pos, pos2
            ):
                continue  # (a bare number may be in the other's unit: "from 40 to 120 rupees")
            ratios.append(max(value, value2) / min(value, value2))
    return ratios


def supported(factor: float, texts: list[str]) -> bool:
    """Does one of ``texts`` give ``factor`` (or its inverse, for a ratio of two of its
    figures) within :data:`_SLACK`?"""
    for t in texts:
        for g in source_factors(t):
            if abs(g - factor) <= _SLACK * factor:
                return True
            if factor < 1 and g > 1 and abs(1 / g - factor) <= _SLACK * factor:
                return True  # "halved": "from 300 to 150 yuan"
    return False
