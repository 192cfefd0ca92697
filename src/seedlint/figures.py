"""Figures in prose: money, percentages, counts and dates, each with its span, a value
interval, a unit, the hedge that widens it and the words that say what it measures.

One regex pass finds the candidates; the rest is cheap Python over tokens. The result for
a :class:`~seedlint.document.Document` is shared through ``doc.analysis(extract_figures)``;
source texts are parsed once each through :func:`source_figures` (an LRU cache keyed by
the text).

This module is the public face: candidates and their values, the extraction, and what the
rules compare (:func:`claims`, :func:`supports`, :func:`overlaps`, :func:`hedge_class`).
The rest is split by what it holds, imports flowing one way:
:mod:`~seedlint.numerals` (how figures are written, the figure pattern) →
:mod:`~seedlint.dates` (day numbers) → :mod:`~seedlint.figure_record` (:class:`Figure`,
its interval) → :mod:`~seedlint.figure_context` (the words around a figure) → here."""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from seedlint import regexstore, segment
from seedlint.dates import _day, _month_span, _year_span, month_day
from seedlint.document import Document
from seedlint.figure_context import (
    SUPERLATIVES,
    _annotate,
    _is_name_number,
    _LowerWords,
    _Toks,
    may_hold_runs,
)
from seedlint.figure_record import DEFAULT_TOLERANCE, Figure, _Cand, _widen
from seedlint.numerals import (
    _AND_A_HALF,
    _AREA_SCALE,
    _DAYS,
    _DURATION,
    _FIRST_WORDS,
    _FOOT,
    _FREQUENCY_SCALE,
    _GLUED_UNITS,
    _GROUPING,
    _HEDGE_FIRST,
    _METRE,
    _MILE,
    _OVER_IS_MORE,
    _POWER_SCALE,
    _SCALE_WORD,
    _START,
    _UNIT_AFTER,
    CURRENCY_FAMILY,
    CURRENCY_PREFIX,
    CURRENCY_WORD,
    FRACTIONS,
    HEDGES,
    MONTHS,
    SCALES,
    WORD_VALUES,
    _alt,
    _figure,
)

if TYPE_CHECKING:
    import regex


def _num(s: str) -> float:
    if s[:1].isdigit():  # digits, commas and a point (\d is a decimal digit): as written
        return float(s.translate(_GROUPING))
    s = " ".join(s.lower().replace("-", " ").split())
    if s in ("a dozen", "dozen"):
        return 12.0
    if s == "half a":
        return 0.5
    if s == "a":
        return 1.0
    if s[0].isdigit():
        return float(s.translate(_GROUPING))
    total = 0
    for part in s.split():
        total += WORD_VALUES[part]
    return float(total)


def _half_unit(s: str) -> float:
    """Half the unit of the last written digit: "1.8" → 0.05, "1,800" → 50, "8" → 0.5."""
    s = s.translate(_GROUPING)
    if not s[:1].isdigit():
        return 0.5
    if "." in s:
        return 0.5 * 10.0 ** -(len(s) - s.index(".") - 1)
    if len(s) < 4:
        return 0.5  # "40%", "700 million": small numbers are read as written
    zeros = min(len(s) - len(s.rstrip("0")), 300)  # past that a float overflows
    return 0.5 * 10.0**zeros if s.strip("0") else 0.5


# A quintillion: larger numbers are not news figures, and near a float's limit the
# arithmetic on them overflows.
_LARGEST = 1e18


def _parse(m: regex.Match[str]) -> tuple[str, str, float, float, float, bool] | None:
    """(kind, unit, lo, hi, rounding half-unit, is_plain_count) of a candidate match."""
    (
        _hedge,
        date_,
        dmon_,
        dday_,
        dyear_,
        dday2_,
        dmon2_,
        dyear2_,
        mpart_,
        dmon3_,
        dyear3_,
        cpart_,
        decade_,
        ypart_,
        year_,
        year2_,
        money_,
        cur_,
        mnum_,
        mnum2_,
        mscale_,
        mnum3_,
        mscale3_,
        mabbr3_,
        curw_,
        pct_,
        pnum_,
        pnum2_,
        punit_,
        frac_,
        fnum_,
        fden_,
        fdur_,
        fhalf_,
        fhalfpt_,
        fhalfdur_,
        fa_,
        fb_,
        _count,
        cnum_,
        cnum2_,
        cscale_,
        cabbr_,
        wnum_,
        wscale_,
    ) = m.groups()  # one call, not one m.group(name) per test (order: _GROUP_NAMES)
    if date_ is not None:
        if dyear_ or dyear2_:
            y = int(dyear_ or dyear2_)
            mon = MONTHS[(dmon_ or dmon2_).lower().rstrip(".")]
            d = _day(y, mon, int(dday_ or dday2_))
            return "date", "day", d, d, 0.0, False
        if dday_ or dday2_:
            month = dmon_ or dmon2_
            if not month[0].isupper():
                return None  # "prices may 5…": a verb, not May
            d = month_day(MONTHS[month.lower().rstrip(".")], int(dday_ or dday2_))
            return "date", "monthday", d, d, 0.0, False
        if dyear3_:
            y, mon = int(dyear3_), MONTHS[dmon3_.lower().rstrip(".")]
            lo, hi = _month_span(y, mon)
            part = (mpart_ or "").lower()
            if part:
                span = hi - lo
                cut = {"early": (0.0, 0.34), "mid": (0.33, 0.67), "late": (0.66, 1.0)}[part]
                lo, hi = lo + math.floor(span * cut[0]), lo + math.ceil(span * cut[1])
            return "date", "day", lo, hi, 0.0, False
        if decade_:
            y = int(decade_)
            part = (cpart_ or "").lower()
            a, b = {"": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}[part]
            return "year", "day", _day(y + a), _day(y + b, 12, 31), 0.0, False
        y = int(year_)
        lo, hi = _year_span(y, ypart_)
        if year2_:
            y2s = year2_
            y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
            if y2 <= y:
                return None
            hi = _day(y2, 12, 31)
        return "year", "day", lo, hi, 0.0, False
    if money_ is not None:
        if cur_:
            cur = CURRENCY_PREFIX[cur_.strip().lower()]
            raw, raw2 = mnum_, mnum2_
            scale = SCALES[mscale_.lower()] if mscale_ else 1.0
        else:
            word = " ".join(curw_.lower().split())
            cur = CURRENCY_WORD[word]
            raw, raw2 = mnum3_, None
            scale_word = mscale3_ or mabbr3_
            scale = SCALES[scale_word.lower()] if scale_word else 1.0
            if word.endswith(("cents", "pence")):
                scale *= 0.01  # "45 cents" is $0.45
        lo = _num(raw) * scale
        hi = _num(raw2) * scale if raw2 else lo
        return "money", cur, lo, hi, _half_unit(raw) * scale, False
    if pct_ is not None:
        low_unit = punit_.lower()
        unit = "pp" if low_unit.startswith(("percentage", "point", "basis")) else "%"
        lo = _num(pnum_)
        hi = _num(pnum2_) if pnum2_ else lo
        if low_unit.startswith("basis"):  # "50 basis points" is half a percentage point
            return "percent", "pp", lo / 100, hi / 100, _half_unit(pnum_) / 100, False
        if hi > 100 and punit_[0] in "pP":
            # "closed at 105,817 points": an index level, not percentage points
            return "count", "", lo, hi, _half_unit(pnum_), False
        return "percent", unit, lo, hi, _half_unit(pnum_), False
    if frac_ is not None:
        if fhalfpt_:  # "half a percentage point": 0.5 points, as "50 basis points"
            return "percent", "pp", 0.5, 0.5, 0.05, False
        if fhalfdur_:  # "half a year" is a length of time, not 50%: "six months"
            days = 0.5 * _DAYS[fhalfdur_.lower()]
            return "count", "days", days, days, 0.05 * days, False
        if fhalf_:
            v = 50.0
        elif fden_:
            num = 1.0 if fnum_.lower() in ("a", "one") else _num(fnum_)
            v = 100.0 * num * FRACTIONS[fden_.lower()]
            if num > 1 and not fden_.lower().endswith("s"):
                return None  # "two third" is not a fraction
            if fdur_:  # "a quarter of a century" is a length of time: 25 years
                days = v / 100.0 * _DAYS[fdur_.lower()]
                return "count", "days", days, days, 0.05 * days, False
        else:
            part_n = _num(fa_)
            if fb_[:1] == "a":  # "one in a thousand"
                whole_n = SCALES[fb_.split()[-1]]
            else:
                whole_n = _num(fb_)
                if whole_n > 100:
                    return None
            if not 0 < part_n < whole_n:
                return None
            v = 100.0 * part_n / whole_n
        return "percent", "%", v, v, v * 0.08, False  # fraction words are rounded by nature
    raw = cnum_ or wnum_
    if raw.lower() == "a" and not wscale_:
        if not (m.group("hedge") or _timed_a(m.string, m.start())) or not _DURATION.match(
            m.string, m.end()
        ):
            return None
        # a hedged length of time: "over a decade" is "more than ten years", and one after
        # "within", "for", "after" or "lasting": "within a month" ("a year", alone, is most
        # often a rate or a date: "50,000 homes a year", "a year earlier")
        raw = "1"
    scale_word = cscale_ or wscale_ or cabbr_
    scale = SCALES[scale_word.lower()] if scale_word else 1.0
    lo = _num(raw) * scale
    hi = _num(cnum2_) * scale if cnum2_ else lo
    if hi < lo or (cnum2_ and hi == lo):
        return None  # "won 3-1", "a 50-50 split": a score or a split, not a range
    return "count", "", lo, hi, _half_unit(raw) * scale, not scale_word and raw[0].isdigit()


# An attempt at a citation that is not one ("[2032707]", "[38c5ecf]"): its digits are an ID
# gone wrong (SL003 says so), not a figure.
_ID_LIKE = regexstore.compile(r"\[[ \t]*[0-9A-Fa-f]{5,12}[ \t]*\]")


def _blank_citations(doc: Document) -> str:
    masked = doc.masked
    spans = [(c.start, c.end) for c in doc.citations]
    if "[" in masked:
        spans += [m.span() for m in _ID_LIKE.finditer(masked)]
    if not spans:
        return masked
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue  # a citation found twice
        parts.append(masked[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(masked[pos:])
    return "".join(parts)


# What can follow "a " in a figure: "a dozen", "a third", "a million" (a prefix of each
# word the pattern allows there, lower-cased: a superset).
_AFTER_A = ("dozen", *FRACTIONS, *_SCALE_WORD.split("|"))

# First words of hedges that start nothing else ("more than", "estimated"): a figure can
# start at one only as the hedge followed by a figure, which starts at a candidate itself
# (so a failed match, ~6 µs, is skipped for "more than first planned").
_HEDGE_ONLY = frozenset(_HEDGE_FIRST - (_FIRST_WORDS - _HEDGE_FIRST))
_HEDGE_LETTERS = frozenset(w[0] for w in _HEDGE_ONLY) | frozenset(w[0].upper() for w in _HEDGE_ONLY)
_ASCII_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _hedge() -> regex.Pattern[str]:
    """The hedge at the start of the figure pattern, on its own."""
    return regexstore.compile(rf"(?:{_alt(HEDGES)})\s+", regexstore.V1)


# Between the new value of a change and its old one: "to 150 euros from 100", "3.2%, down
# from 4"; and what may follow the old one when it measures nothing of its own (not "from
# 40 donors")
_FROM_GAP = regexstore.compile(
    # (a rate may come between: "to about 450 kwacha a kilogram from 900 in January"; and
    # a time: "3.1 million dollars a club next season, from 2.9 million")
    r"[ \t]*(?:(?:a|an|per)[ \t]+\p{L}+[ \t]*)?"
    r"(?:(?:next|last|this)[ \t]+\p{L}+[ \t]*|in[ \t]+\d{4}[ \t]*)?"
    r"(?:,[ \t]*(?:(?:up|down)[ \t]+)?)?from[ \t]+"
)
# Between the old value of a change and its new one, after the old one's unit if any:
# "from 3,100 cedis to 3,900", "from 40 hours to about five"; and what ends the text
# before the old value.
_TO_GAP = regexstore.compile(r"[ \t]*(?:\p{L}+[ \t]+)?(?P<to>to)[ \t]+")
_FROM_END = regexstore.compile(r"\bfrom[ \t]+\Z", regexstore.IGNORECASE)
_EQUIVALENT = regexstore.compile(r"\bequivalent[ \t]+of[ \t]+\Z", regexstore.IGNORECASE)
# A price named just before a bare amount: "the reference price now stands at about 2.9
# million", after "2.8 million pesos" in the sentence, is in pesos too.
_PRICE_AT = regexstore.compile(
    r"\bprices?[ \t]+(?:\p{L}+[ \t]+){0,2}(?:at|of|to)[ \t]+\Z", regexstore.IGNORECASE
)
_BARE_END = regexstore.compile(
    r"[ \t]*(?:[,.;:)]|\Z|(?:in|last|a|an|the|previously|earlier|before|and|at|on|when|as"
    r"|after|this|since|a year|per)\b)"
)


# "a third", "a fifth", "a tenth": a share, or (before a noun) one more in a series
_ORDINAL_ENDS = frozenset(["third", "fifth", "tenth"])
# Words after a share ("a third of", "cut by a third last year", "a fifth higher"); any
# other word after "a third" is the noun it counts, as an ordinal: "a third producer"
_SHARE_FOLLOWERS = frozenset(
    [
        *("of", "more", "less", "fewer", "higher", "lower", "bigger", "smaller", "larger"),
        *("cheaper", "dearer", "faster", "slower", "above", "below", "over", "under", "off"),
        *("on", "in", "since", "last", "this", "from", "to", "by", "and", "or", "but", "than"),
        *("as", "each", "apiece", "at", "for", "with", "between", "during", "after", "before"),
        *("while", "when", "compared", "the", "its", "their", "a", "an", "year-on-year"),
        *("again", "already", "now", "overall", "so", "that", "which", "who", "were", "was"),
        *("is", "are", "had", "have", "has", "will", "would", "could", "may", "might"),
        *("because", "due", "amid", "following", "despite", "owing", "thanks"),
    ]
)
# Words before "a third" that make it a share: "cut it by a third", "more than a third",
# "is a third"
_SHARE_BEFORE = regexstore.compile(
    r"\b(?:by|to|than|of|at|is|was|are|were|be|been|down|up|fell|rose|cut|lost|gained"
    r"|only|just|barely|nearly|almost|about|around|roughly|some|over|under|least|most)"
    r"[ \t]+\Z",
    regexstore.IGNORECASE,
)
_WORD_AFTER = regexstore.compile(r"[ \t]+([a-z][a-z-]*)\b")


def _ordinal_after(text: str, end: int) -> bool:
    """Is the lower-case word after "a third" (ending at ``end``) one it counts, not one
    a share takes? ("a third producer", "a third consecutive year", not "a third of")"""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    # (a participle or an adverb goes with a share: "a fifth funded", "a third fully")
    return word not in _SHARE_FOLLOWERS and not word.endswith(("ed", "ly"))


_DURATION_LEAD = regexstore.compile(
    r"\b(within|for|after|lasting|in)[ \t]+\Z", regexstore.IGNORECASE
)


def _timed_a(text: str, c: int) -> bool:
    """Is the "a" at ``c`` a length of time's, after a word that takes one ("within a
    month", "for a year")?"""
    unit = _DURATION.match(text, c + 1)
    if unit is None or text[unit.end() : unit.end() + 1] in ("'", "’"):
        return False  # "for a month's supply" measures the supply
    lead = _DURATION_LEAD.search(text, max(0, c - 10), c)
    # "the lowest in a decade" ("in a year" is as often "twice in a year")
    return lead is not None and (
        lead.group(1).lower() != "in" or text[c + 2 : c + 8].lower() == "decade"
    )


def _candidates(
    text: str, start: int, end: int, starts: list[int], i: int, tolerance: float
) -> list[_Cand]:
    """The matches ``_figure().finditer(text, start, end)`` would give, tried only at the
    candidate ``starts`` (from index ``i``): a match never begins elsewhere."""
    out: list[_Cand] = []
    pos = start
    n = len(starts)
    match = _figure().match
    while i < n:
        c = starts[i]
        i += 1
        if c >= end:
            break
        if c < pos:
            continue
        if (
            text[c] in "aA"
            and text[c + 1 : c + 2] == " "
            and text[c + 2 : c + 3].isalpha()
            and text[c + 2 : c + 3].isascii()
            and not text[c + 2 : c + 11].lower().startswith(_AFTER_A)
            and not _timed_a(text, c)
        ):
            continue  # a bare "a" ("a lot"): the pattern matches it alone, _parse drops it
        if text[c] in _HEDGE_LETTERS:
            w = _ASCII_WORD.match(text, c)
            if w is not None and w.group().lower() in _HEDGE_ONLY:
                # only a hedge starts here: the figure after it starts at a candidate
                h = _hedge().match(text, c, end)
                if h is None:
                    continue
                k = bisect.bisect_left(starts, h.end(), i)
                if k == n or starts[k] != h.end():
                    continue
        m = match(text, c, end)
        if m is None:
            continue
        mend = pos = m.end()
        try:
            parsed = _parse(m)
        except (KeyError, ValueError):
            # a digit the regex module's Unicode knows and Python's does not yet
            # (U+11DE0): not a number Python can read, so not a figure
            continue
        if parsed is None:
            continue
        kind, unit, lo, hi, half, plain = parsed
        if kind == "count" and not unit and lo == hi and text.startswith(" and a", mend):
            and_half = _AND_A_HALF.match(text, mend)
            if and_half is not None and _UNIT_AFTER.match(text, and_half.end()) is not None:
                # "two and a half years": 2.5 years, not two of something
                mend = pos = and_half.end()
                lo = hi = lo + 0.5
                half = 0.25
        if kind == "count" and not unit:
            u = _UNIT_AFTER.match(text, mend)  # one pattern for the three: one call
            if u is None:
                if text[mend - 2 : mend] == "km":
                    unit = "km"  # "a 400km road"
            elif not u.group("dur") or text[u.end() : u.end() + 4] != "-old":
                # not an age written as an adjective ("the 23-year-old" is "Menezes, 23")
                unit, scale = _unit_of(u)
                lo, hi, half = lo * scale, hi * scale, half * scale
                if u.group("dur") and text[mend - 2 : mend].lower() in (" a", "\ta"):
                    mend = u.end()  # "over a decade": the words, not "over a"
                    if text.startswith(" and a half", mend):
                        # "within a year and a half": 18 months
                        mend += 11
                        lo, hi, half = lo * 1.5, hi * 1.5, half * 1.5
        if not (abs(lo) <= _LARGEST and abs(hi) <= _LARGEST):
            continue  # NaN, infinite, or a number no digest reports ("1" and 309 zeros)
        hedge = m.group("hedge")
        hedge = " ".join(hedge.split()) if hedge else ""
        fstart = c
        if (
            unit == "days"
            and hedge.lower() == "over"
            and not _OVER_IS_MORE.search(text, max(0, c - 16), c)
        ):
            # "invest €20 million over five years": during, not more than ("in over a
            # decade", "for over two years" are more than)
            hedge = ""
            fstart = m.start("count")
        if plain and not hedge and _is_name_number(text, c, mend):
            continue
        if (
            kind == "count"
            and text.startswith("-star", mend)
            and not text[mend + 5 : mend + 6].isalpha()
        ):
            continue  # "two-star hotels": a grade, not a count of stars
        if (
            kind == "percent"
            and text[mend - 5 : mend].lower() in _ORDINAL_ENDS
            and text[c:mend].lower().split() == ["a", text[mend - 5 : mend].lower()]
            and _ordinal_after(text, mend)
            and not _SHARE_BEFORE.search(text, max(0, c - 24), c)
        ):
            continue  # "a third producer, Umzimvubu Foods": one more of them, not a share
        if kind == "year" and hedge and HEDGES.get(hedge.lower()) is None:
            hedge = ""  # "about 2020" / "some 2020" is rare; keep the year, drop the hedge
            fstart = m.start("date")
        prev = out[-1] if kind == "count" and not unit and out else None
        if (
            prev is not None
            and (prev[3] in ("money", "percent") or (prev[3] == "count" and prev[4]))
            and _BARE_END.match(text, mend)
        ):
            if prev[3] in ("money", "percent"):
                if _FROM_GAP.fullmatch(text, prev[1], fstart) or (
                    _TO_GAP.fullmatch(text, prev[1], fstart) and _from_before(text, prev[0])
                ):
                    # one value of a change, its unit left to the other: "rose to 150 euros
                    # from 100", "3.2%, down from 4", "from 3,100 cedis to 3,900"
                    kind, unit = prev[3], prev[4]
                elif prev[3] == "money" and (
                    _EQUIVALENT.search(text, max(0, fstart - 20), fstart)
                    or _PRICE_AT.search(text, max(0, fstart - 40), fstart)
                ):
                    # "3,100 cedis while traders across the border offer the equivalent of
                    # 3,900", "… and the price now stands at 2.9 million": an amount in the
                    # same money
                    gap = text[prev[1] : fstart]
                    if "." not in gap and ";" not in gap:
                        kind, unit = "money", prev[4]
            elif (
                u := _UNIT_AFTER.match(text, prev[1], fstart)
            ) is not None and _FROM_GAP.fullmatch(text, u.end(), fstart):
                # "fallen to about eight days from 25", "10 years, up from five": the old
                # value, in the new one's unit
                unit, scale = _unit_of(u)
                lo, hi, half = lo * scale, hi * scale, half * scale
            elif _from_before(text, prev[0]):
                # "from 40 hours to about five": the new value, in the old one's unit
                to = _TO_GAP.fullmatch(text, prev[1], fstart)
                u = _UNIT_AFTER.match(text, prev[1], fstart) if to is not None else None
                if u is not None and to is not None and u.end() <= to.start("to"):
                    unit, scale = _unit_of(u)
                    lo, hi, half = lo * scale, hi * scale, half * scale
        alo, ahi = _widen(kind, hedge, lo, hi, half, tolerance)
        out.append((fstart, mend, text[fstart:mend], kind, unit, lo, hi, alo, ahi, hedge, half))
    return out


# A currency's shared name, bare: "1.5 billion pounds", "12,000 pesos" (not "US dollars").
_SHARED_NAMES = frozenset(
    {
        *("pound", "pounds", "dollar", "dollars", "peso", "pesos", "rupee", "rupees"),
        *("shilling", "shillings", "kwacha", "franc", "francs", "riyal", "riyals"),
        *("dirham", "dirhams", "rial", "rials", "dinar", "dinars"),
    }
)
_FAMILY_OF_BARE = frozenset(CURRENCY_FAMILY.values())


def bare_currency(written: str) -> bool:
    """Does an amount as written end with a currency's shared name, no country before it?"""
    words = written.replace("-", " ").split()
    return words[-1].lower() in _SHARED_NAMES and (len(words) < 2 or not words[-2][0].isupper())


def _name_currencies(figs: list[_Cand], named: dict[str, str]) -> list[_Cand]:
    """Give an amount in bare "pounds", "dollars", "pesos" or "rupees" the currency of
    that name the text gave before ("1.2 billion Egyptian pounds", then "1.5 billion
    pounds a day"); ``named`` holds the last one given, by family, across calls."""
    for k, f in enumerate(figs):
        if f[3] != "money":
            continue
        family = CURRENCY_FAMILY.get(f[4])
        if family is None:
            continue
        if f[4] in _FAMILY_OF_BARE and bare_currency(f[2]):
            given = named.get(family)
            if given is not None and given != f[4]:
                figs[k] = (*f[:4], given, *f[5:])
        else:
            named[family] = f[4]
    return figs


def _from_before(text: str, start: int) -> bool:
    """Does "from" end the text before ``start``?"""
    return _FROM_END.search(text, max(0, start - 8), start) is not None


def _unit_of(u: regex.Match[str]) -> tuple[str, float]:
    """The unit a count takes from the unit word ``u`` after it, and what its number is
    multiplied by: "48 hours" is in days (2), "two miles" in kilometres, "5 square
    kilometres" in hectares."""
    if u.group("dur"):
        return "days", _DAYS[u.group("dur").lower()]
    if u.group("pw1") or u.group("pw2"):
        unit = "MWh" if u.group("pwh1") or u.group("pwh2") else "MW"
        return unit, _POWER_SCALE[u.group("pw1") or u.group("pw2")]
    if u.group("km") or u.group("mi") or u.group("me") or u.group("ft"):
        return "km", _distance_scale(u)
    if u.group("hz"):
        return "MHz", _FREQUENCY_SCALE[u.group("hz")[0].lower()]
    area = u.group("a1") or u.group("a2") or u.group("a3") or u.group("a4")
    return "ha", _AREA_SCALE[(area or u.group("a5")).lower()[:2]]


def _distance_scale(u: regex.Match[str]) -> float:
    """Kilometres in one of the distance unit ``u`` names (miles, metres, feet)."""
    return _MILE if u.group("mi") else _METRE if u.group("me") else _FOOT if u.group("ft") else 1.0


def unit_scale(text: str, f: Figure) -> float:
    """How much the unit after a count in ``text`` scaled its number into ``f.unit``: 1.609
    for "two miles" (in km), 100 for "5 square kilometres" (in hectares), 1 otherwise."""
    u = _UNIT_AFTER.match(text, f.end)
    if u is None:
        return 1.0
    if u.group("mi") or u.group("me") or u.group("ft"):
        return _distance_scale(u)
    if u.group("pw1") or u.group("pw2"):
        return _POWER_SCALE[u.group("pw1") or u.group("pw2")]
    if u.group("hz"):
        return _FREQUENCY_SCALE[u.group("hz")[0].lower()]
    area = u.group("a1") or u.group("a2") or u.group("a3") or u.group("a4") or u.group("a5")
    return _AREA_SCALE[area.lower()[:2]] if area else 1.0


def with_unit(text: str, f: Figure) -> str:
    """A figure as a message quotes it: with the unit that follows it in ``text`` where
    the unit set its value ("400-mile", "10 years", "460 square kilometres")."""
    if f.kind == "count" and f.unit in _GLUED_UNITS:
        u = _UNIT_AFTER.match(text, f.end)
        if u is not None:
            return text[f.start : u.end()]
    return f.text


def _start_positions(text: str) -> list[int]:
    return list(map(re.Match.start, _START.finditer(text)))


def _figures_in(
    text: str, spans: list[tuple[int, int, int]], tolerance: float
) -> tuple[Figure, ...]:
    starts = _start_positions(text)
    if not starts:
        return ()
    out: list[Figure] = []
    lower: _LowerWords | None = None
    named: dict[str, str] = {}
    n = len(starts)
    for si, (s, e, para) in enumerate(spans):
        i = bisect.bisect_left(starts, s)
        if i == n or starts[i] >= e:
            continue
        figs = _candidates(text, s, e, starts, i, tolerance)
        if not figs:
            continue
        _name_currencies(figs, named)
        if lower is None:  # words the text writes in lower case are not names when leading
            lower = _LowerWords(text)
        out.extend(_annotate(text, figs, _Toks(text, s, e), s, e, si, para, lower))
    return tuple(out)


def extract_figures(doc: Document) -> tuple[Figure, ...]:
    """Every figure of the digest's prose, in order; share it with ``doc.analysis``."""
    text = _blank_citations(doc)
    spans = [(s.start, s.end, s.paragraph) for s in doc.sentences]
    return _with_ranks(text, spans, _figures_in(text, spans, DEFAULT_TOLERANCE))


def _with_ranks(
    text: str, spans: list[tuple[int, int, int]], figures: tuple[Figure, ...]
) -> tuple[Figure, ...]:
    """``figures`` and the ranks of ``text`` ("the world's third-largest fleet"), in order
    (the ranks module is loaded only for a text with a superlative in it)."""
    low = text.lower()
    superlative = any(word in low for word in SUPERLATIVES)
    runs = may_hold_runs(low)
    if not superlative and not runs:
        return figures
    from seedlint import ranks

    found = ranks.rank_figures(text, spans) if superlative else []
    if runs:
        found += ranks.run_figures(text, spans)
    if not found:
        return figures
    return tuple(sorted((*figures, *found), key=lambda f: f.start))


def _source_lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of a source text, each with its line break: a sentence never
    runs over one."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if line.strip():
            lines.append((pos, end))
        pos = end
    return lines


def _source_spans(text: str) -> list[tuple[int, int, int]]:
    return [
        (s, e, -1)
        for start, end in _source_lines(text)
        for s, e in segment.split_sentences(text, start, end)
    ]


# A "." that no digit follows inside a figure: a month's own full stop ("May. 2020"), the
# only way the figure pattern steps over a sentence break.
_STOP_INSIDE = regexstore.compile(r"\.\D")


def _line_candidates(
    text: str, start: int, end: int, starts: list[int], tolerance: float
) -> list[_Cand]:
    """The candidates of one line of a source text, as if it were split into sentences.

    Splitting (a third of the cost of a source) only bounds where a match may end, and
    the bound rarely matters: a sentence ends after ".!?…" or closing quotes (or a
    citation's "]") with a space after it. Of those characters the pattern consumes only
    a ".", and past it tests for a space only to go on after a month ("May. 2020"); a
    decimal point wants a digit, which neither a space nor the end of the text is. So a
    match over the whole line is its match within the sentence unless it holds a "." with
    no digit after it, and only then is the line split."""
    i = bisect.bisect_left(starts, start)
    figs = _candidates(text, start, end, starts, i, tolerance)
    if not any("." in f[2] and _STOP_INSIDE.search(f[2]) for f in figs):
        return figs
    out: list[_Cand] = []
    for s, e in segment.split_sentences(text, start, end):
        out.extend(_candidates(text, s, e, starts, bisect.bisect_left(starts, s), tolerance))
    return out


@lru_cache(maxsize=512)
def source_figures(text: str) -> tuple[Figure, ...]:
    """The figures of one source text, cached by text: several paragraphs citing one
    source parse it once. Only what the unsupported check compares is filled in (span,
    kind, unit, values, hedge, rounding); :func:`parse_figures` also describes each."""
    starts = _start_positions(text)
    lines = _source_lines(text)
    named: dict[str, str] = {}
    figures = tuple(
        Figure(*f[:10], rounding=f[10])
        for start, end in (lines if starts else ())
        for f in _name_currencies(
            _line_candidates(text, start, end, starts, DEFAULT_TOLERANCE), named
        )
    )
    return _with_ranks(text, [(s, e, -1) for s, e in lines], figures)


def parse_figures(text: str) -> tuple[Figure, ...]:
    """Figures of a plain string (tests and tools), split like a source text and
    annotated like a digest's figures."""
    spans = _source_spans(text)
    return _with_ranks(text, spans, _figures_in(text, spans, DEFAULT_TOLERANCE))


def significant_digits(value: float, sort: bool = False) -> str:
    """The digits of a value without the point and the zeros around them ("1,200" and
    "120" → "12"), sorted if ``sort`` (a transposition keeps them: 460 and 640)."""
    digits = f"{value:.12g}".split("e")[0].replace(".", "").strip("0")
    return "".join(sorted(digits)) if sort else digits


def role_rate(f: Figure) -> str:
    """The rate in a figure's role ("per share", "each"), without the change, part, plan
    or difference before it."""
    return (
        f.role.removeprefix("change")
        .removeprefix("part")
        .removeprefix("whole")
        .removeprefix("plan")
        .removeprefix("by")
        .strip()
    )


def overlaps(a: Figure, b: Figure) -> bool:
    """Can both figures be true of one quantity? (Their asserted intervals meet.)"""
    return a.alo <= b.ahi and b.alo <= a.ahi


def hedge_class(f: Figure) -> str:
    """How a figure's hedge bounds it: "" (none), "about" (either side; "nearly"),
    "floor" ("more than", "at least") or "ceiling" ("up to", "less than")."""
    rule = HEDGES.get(" ".join(f.hedge.lower().split())) if f.hedge else (0.0, 0.0)
    if rule == (0.0, 0.0):
        return ""
    if rule is None or rule[0] < 0:
        return "about"
    return "floor" if rule[0] >= 1.0 else "ceiling"


def _written_bound(f: Figure, tolerance: float) -> tuple[float, float]:
    return _widen(f.kind, "", f.lo, f.hi, f.rounding, tolerance)


# Floors that exclude their bound: "more than 300" is not 300 ("at least 300" may be).
_ABOVE = frozenset(["over", "more than", "just over", "well over", "above"])
_BOUND_CLASS = {"floor": "floor=", "floor>": "floor=", "ceiling": "ceiling="}


def claims(
    f: Figure, tolerance: float = DEFAULT_TOLERANCE
) -> list[tuple[str, tuple[float, float]]]:
    """What a digest figure claims, as (class, interval) pairs that :func:`supports` of a
    source figure must meet: its hedge class (see :func:`hedge_class`) with what it
    asserts, and for a bound also the bound as written ("floor=", "ceiling=")."""
    cls = hedge_class(f)
    asserted = f.interval(tolerance)
    if cls == "floor" and " ".join(f.hedge.lower().split()) in _ABOVE:
        # beyond the bound, as the source writes its value (not widened): a source's
        # "half" gives no "more than half", its "$1.8 billion" no "more than $1.8 billion"
        cls, asserted = "floor>", (math.nextafter(f.lo, math.inf), asserted[1])
    out = [(cls, asserted)]
    bound = _BOUND_CLASS.get(cls)
    if bound is not None:
        out.append((bound, _written_bound(f, tolerance)))
    return out


def supports(
    g: Figure, tolerance: float = DEFAULT_TOLERANCE
) -> list[tuple[str, tuple[float, float]]]:
    """What a source figure supports, as (class, interval) pairs for :func:`claims`. A
    bound supports an exact figure and the same bound only as written: "more than 300
    supermarkets" gives neither "320" nor "more than 310", "up to 10 hours" not "up to 12
    hours"; a hedged figure ("about 320") or a bound the other way may be anywhere in it."""
    asserted = g.interval(tolerance)
    own = hedge_class(g)
    if own not in ("floor", "ceiling"):
        given = (g.lo, g.hi)  # as written, for a claim beyond a bound (see claims())
        return [
            ("", asserted),
            ("about", asserted),
            ("floor", asserted),
            ("floor>", given),
            ("ceiling", asserted),
        ]
    written = _written_bound(g, tolerance)
    if own == "floor":
        return [("", written), ("about", asserted), ("floor=", written), ("ceiling", asserted)]
    others = [("floor", asserted), ("floor>", asserted)]
    return [("", written), ("about", asserted), ("ceiling=", written), *others]
