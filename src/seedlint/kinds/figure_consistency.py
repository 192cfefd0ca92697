"""``figure-consistency``: figures that contradict each other within a digest
(``check: inconsistent``) or that the cited sources do not contain (``check: unsupported``).

Both checks read the same extraction, computed once per document through
``doc.analysis(extract_figures)``."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from seedlint import regexstore
from seedlint.dates import month_day_of, year_of
from seedlint.document import Document
from seedlint.figure_context import (
    DISTINGUISHERS,
    DONE,
    DUE,
    IN_A_ROW,
    PERIODS,
    SOMEONE,
    WITHIN,
)
from seedlint.figure_record import DEFAULT_TOLERANCE, Figure, head_span, plural
from seedlint.figures import (
    bare_currency,
    claims,
    extract_figures,
    parse_figures,
    role_rate,
    significant_digits,
    source_figures,
    supports,
    unit_scale,
    with_unit,
)
from seedlint.kinds import CheckContext, Finding, Kind, Option, register_kind
from seedlint.multiples import mentions_multiples, multiples
from seedlint.multiples import supported as multiple_supported
from seedlint.numerals import (
    _DURATION_SRC,
    CURRENCY_FAMILY,
    FAMILY_MEMBERS,
    SAME_UNITS,
    UNIT_NOUNS,
)
from seedlint.restatement import (
    EARLIER,
    PRICE_NOUNS,
    TOTALS,
    DigitGroup,
    adjacent_swap,
    digits_of,
    meet,
    nearest_restated,
    noun_among,
    noun_key,
    repeats_value,
    restated_from,
    restates,
    transposed_from,
)

FIGURE_KINDS = ("money", "percent", "count", "date", "year", "rank", "multiple")
_DEFAULT_KINDS = {
    "inconsistent": ["money", "percent", "count", "date", "year", "rank"],
    "unsupported": ["money", "percent", "count", "rank", "year", "date", "multiple"],
}
# Measured nouns too vague to identify a quantity on their own ("two years", "ten times").
_GENERIC_HEADS = frozenset(
    [
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "time",
        "people",
        "person",
        "thing",
        "one",
        "case",
        "part",
        "share",
        "point",
        "percent",
        "figure",
        "number",
        "amount",
        "total",
        "tonne",
        "ton",
        "mile",
        "acre",
        "barrel",
        "km",
        "kilometre",
        "kilometer",
        "metre",
        "meter",
        "kilogram",
        "kg",
        "hectare",
        "gallon",
        "litre",
        "liter",
        "degree",
        # (frequencies: "selling 120 megahertz", "paid for 60 megahertz")
        *("megahertz", "gigahertz", "kilohertz", "hertz", "mhz", "ghz", "khz"),
        "dollar",
        "euro",
        "average",
        "median",
        "mean",
    ]
)

# Words before a figure (lemmas) that make it a requirement or a norm: "a majority requires
# 51 seats", "the standard four-year ban was cut by a year".
_REQUIRED = frozenset(["require", "need", "threshold", "minimum", "quorum", "standard", "usual"])
# Words that make the figure after them a yardstick for the subject, not its value:
# "inflation is still far above the 3% target".
_COMPARED = frozenset(["above", "below", "beyond", "than", "exceeds", "exceeded", "short"])
# Generic nouns that name one price when a figure is a rate of them ("$38 a share").
_PRICES = frozenset(["share"])
_CLOCK = frozenset(["a.m", "p.m"])  # the head of "9 p.m."


def _own_names(f: Figure) -> frozenset[str]:
    """The names in a figure's own noun phrase ("firefighters from eight EU countries")."""
    return f.names & f.modifiers


def _predicate(f: Figure) -> frozenset[str]:
    """The clause's words outside the figure's own phrase and the words before it: what
    the measured group did ("backed", "plan")."""
    return f.words - f.modifiers - f.subject - {f.head}


# Head nouns that measure a difference of what modifies them: a "budget gap" is not the
# budget, a "cost overrun" not the cost.
_DIFFERENCES = frozenset(
    {
        *("gap", "shortfall", "deficit", "surplus", "overrun", "increase", "rise", "cut"),
        *("reduction", "drop", "fall", "decline", "hike", "gain", "loss", "saving"),
        "difference",
    }
)


# Which way a difference went, by the words of its clause (lemmas: "rises" is "rise"):
# "rents rose 9.8%" and "homes for rent fell 14%" are two differences.
_UPWARD = frozenset(
    {
        *("climbed", "gained", "grew", "increased", "jumped", "rose", "soared", "surged"),
        *("up", "rise", "increase", "hike", "gain", "jump", "surge"),
        *("grown", "growing", "risen", "rising"),
    }
)
_DOWNWARD = frozenset(
    {
        *("declined", "decreased", "dipped", "dropped", "fell", "plunged", "shrank", "slid"),
        *("slipped", "slumped", "tumbled", "down", "cut", "drop", "fall", "decline"),
        *("reduction", "slump", "dip", "plunge", "fallen", "falling"),
    }
)


def _direction(f: Figure) -> str:
    """Which way a difference went, where the words of its clause name only one way:
    "up", "down" or ""."""
    up, down = not _UPWARD.isdisjoint(f.words), not _DOWNWARD.isdisjoint(f.words)
    return "up" if up and not down else "down" if down and not up else ""


# Words before a noun that make it another measure of the thing: an "effective" rate is
# worked out from what was paid, not set; "real" growth is not "nominal" growth.
_EFFECTIVE = "effective"
_OPPOSED_MEASURES = (
    frozenset(["real", "nominal"]),
    frozenset(["core", "headline"]),
    frozenset(["net", "gross"]),
)


# Of the words that tell a thing from another, those that may also say when a deed was
# done ("the project was first proposed in 2017"): only in the noun's own phrase.
_ALSO_ADVERBS = frozenset(["first", "last"])


_TENSES = frozenset([DONE, DUE])


# Words that make a figure what one side asked for, not what was agreed or offered: "demanding
# a 35% pay rise" is not "accepted a 25% pay rise". A past verb is not among the words
# before a figure, so those are looked for in its clause ("had demanded a $15 million
# ransom").
_ASKED = frozenset(
    {
        *("demand", "demanding", "demanded", "demands", "seeking", "seek", "seeks"),
        *("asking", "asks", "wants"),
    }
)
_ASKED_DONE = frozenset(["demanded", "sought", "wanted"])
# Nouns of a gap between two amounts: "a winter deficit estimated at 2.5 billion
# kilowatt-hours" is not what a plant "produced".
_GAPS = frozenset(["gap", "shortfall", "deficit", "surplus", "overrun"])
# Verbs that make a count the part of a group that stopped: "six factories had closed".
_CLOSED = frozenset(["closed", "shut", "idled", "folded", "collapsed"])


def _asked(f: Figure) -> bool:
    """Is ``f`` what one side asked for (a demand, a claim sought)?"""
    return (
        f.head == "demand"
        or not _ASKED.isdisjoint(f.subject)
        or not _ASKED_DONE.isdisjoint(f.words)
    )


def _of_gap(f: Figure) -> bool:
    """Does ``f`` measure a gap between two amounts (a deficit, a shortfall)?"""
    return f.head in _GAPS or not (_GAPS.isdisjoint(f.subject) and _GAPS.isdisjoint(f.modifiers))


def _ahead(f: Figure) -> bool:
    """Is the deed ``f`` dates one still to come ("due to open in 2029")?"""
    return DUE in f.modifiers or "due" in f.modifiers or "due" in f.subject


def _same_deed(a: Figure, b: Figure) -> bool:
    """Two counts of synonyms with a verb in common, written alike: "destroyed 46 houses",
    "nearly 60 homes destroyed" (62 vessels at the peak are not the 68 ships of Friday)."""
    deeds_a = {w for w in a.words if w.endswith("ed") and w != a.head}
    return bool(deeds_a) and not deeds_a.isdisjoint(b.words)


_EXTREMES = frozenset(["low", "lowest", "high", "highest"])


def _same_while(a: Figure, b: Figure) -> bool:
    """Two lengths of one event named in other words ("a nine-day suspension", "the ten-day
    pause"), or of one low of one thing ("prices … their lowest in 18 months", "auction
    prices at a 24-month low")."""
    if a.unit != "days" or noun_key(a.head) != noun_key(b.head):
        return False
    if a.head in _EXTREMES:
        return bool((a.words & b.words) - _EXTREMES)
    # (not dated apart: "a two-day strike", then "a shorter, 24-hour stoppage in October")
    return a.times == b.times


def _told_apart(f: Figure) -> frozenset[str]:
    """The words that tell the thing a date is of from another ("a second plant")."""
    return (f.modifiers & DISTINGUISHERS) | ((f.subject & DISTINGUISHERS) - _ALSO_ADVERBS)


_MEASURE_WORDS = frozenset([_EFFECTIVE]).union(*_OPPOSED_MEASURES)


def _other_measure(a: Figure, b: Figure) -> bool:
    """Do the words before two figures' nouns name two measures of it ("the effective
    tax rate" against "a tax of up to 32%", "core inflation" against "headline
    inflation")?"""
    if (
        _MEASURE_WORDS.isdisjoint(a.modifiers)
        and _MEASURE_WORDS.isdisjoint(a.subject)
        and _MEASURE_WORDS.isdisjoint(b.modifiers)
        and _MEASURE_WORDS.isdisjoint(b.subject)
    ):
        return False  # (most pairs: no set is built for them)
    qa, qb = a.modifiers | a.subject, b.modifiers | b.subject
    if (_EFFECTIVE in qa) != (_EFFECTIVE in qb):
        return True
    return any(
        len(pair & qa) == 1 and len(pair & qb) == 1 and pair & qa != pair & qb
        for pair in _OPPOSED_MEASURES
    )


# Where power comes from: two figures each of one source are of two things.
_POWER_SOURCES = frozenset(
    [
        *("solar", "wind", "hydro", "hydropower", "hydroelectric", "coal", "gas", "nuclear"),
        *("geothermal", "diesel", "battery"),
    ]
)


def _other_source(a: Figure, b: Figure) -> bool:
    """Do the two figures' phrases name different sources of power and none in common?"""
    sa, sb = a.words & _POWER_SOURCES, b.words & _POWER_SOURCES
    return bool(sa) and bool(sb) and sa.isdisjoint(sb)


def _price_of_rate(a: Figure, b: Figure) -> bool:
    """Two amounts per one unit, one measuring the unit and the other its price: "3,100
    cedis per 64-kilogram bag" and "the new price at 3,400 cedis a bag"."""
    if a.kind != "money" or "per " not in a.role:
        return False
    rate = role_rate(a)
    if not rate.startswith("per ") or rate != role_rate(b):
        return False
    unit = rate[4:]
    return (a.head == unit and b.head in PRICE_NOUNS) or (b.head == unit and a.head in PRICE_NOUNS)


def _sized_thing(a: Figure, b: Figure) -> bool:
    """Is ``b`` the size of the thing ``a`` measures, its unit glued to it ("the
    25-megawatt centre") where ``a`` named the thing around a bare measure ("The centre
    will have 24 megawatts of capacity")?"""
    return (
        bool(a.unit)
        and a.head in UNIT_NOUNS
        and b.head not in UNIT_NOUNS
        and noun_among(b.head, a.subject | a.modifiers)
    )


def _deed_while(a: Figure, b: Figure) -> bool:
    """Is ``b`` the length of the deed ``a`` gives the length of with a verb ("suspended
    the flights for 30 days", then "the 60-day suspension"; "banned for four years", then
    "her two-year ban")? ``a`` has no noun, ``b`` names the deed."""
    if a.unit != "days" or b.unit != "days" or a.head or not b.head or b.head in UNIT_NOUNS:
        return False
    noun = b.head
    need = min(len(noun), 5)
    return any(w[:need] == noun[:need] for w in a.words if len(w) >= need)


def _set_apart(a: Figure, b: Figure) -> bool:
    """Do the words around two figures tell their things apart by rank or side ("a first
    child", "a second child")? Only when each has one: a restatement often drops it."""
    told_a = (a.modifiers | a.subject) & DISTINGUISHERS
    told_b = (b.modifiers | b.subject) & DISTINGUISHERS
    return bool(told_a) and bool(told_b) and told_a.isdisjoint(told_b)


def _alone(f: Figure) -> bool:
    """Is ``f`` said of one part only ("in Lagos alone")?"""
    return "alone" in f.modifiers or "alone" in f.subject


def same_quantity(a: Figure, b: Figure, roles: bool = True) -> bool:
    """Do two figures of one digest describe the same quantity? Decided from the text:
    kind and unit, the measured noun, the rest of its phrase, its owner and its time; and,
    unless ``roles`` is false, their roles."""
    if a.kind != b.kind or a.unit != b.unit or a.sentence == b.sentence:
        return False
    if roles and (a.role.startswith("change") or b.role.startswith("change") or a.role != b.role):
        return False  # "rose from 12 to 15", before/after: values at different times
    if a.kind == "rank":
        return _same_rank(a, b)
    by = a.role.startswith("by") and b.role.startswith("by")
    if by and (da := _direction(a)) and (db := _direction(b)) and da != db:
        return False  # "rents rose 9.8%" is not how far "homes for rent fell", 14%
    # (most pairs are no lengths of time, or both have a noun: no call for them)
    deed = (
        a.unit == "days" and (not a.head or not b.head) and (_deed_while(a, b) or _deed_while(b, a))
    )
    if (not deed and (not a.head or not b.head)) or a.head in _CLOCK or b.head in _CLOCK:
        # (a time of day is when something happened, and one event's start and end, or
        # two shifts' hours, are different times: "between 6 p.m. and 10 p.m.")
        return False
    if a.head == "age" or b.head == "age":
        # someone's age: the same person's, named by surname or title, or an age the text
        # gives of "the 45-year-old" alone (any age given before may be theirs)
        return a.head == b.head and (
            SOMEONE in a.subject or SOMEONE in b.subject or not a.subject.isdisjoint(b.subject)
        )
    if a.head == "delay" == b.head and not (a.names <= b.names or b.names <= a.names):
        # whose delay: "Glen Rosa …, seven years behind schedule" is not "The sister ship,
        # Glen Sannox, …, six years late" (a restatement names no one else)
        return False
    if (a.subject & EARLIER) != (b.subject & EARLIER):
        return False  # "the first of them at A$2.20 a share" after an earlier approach
    if a.subject.isdisjoint(_REQUIRED) != b.subject.isdisjoint(_REQUIRED):
        return False  # "a majority requires 51 seats" is a yardstick, not a result
    if a.head != b.head and not (
        # the date of one event, its thing named in other words ("the plant", "the
        # facility"); two counts of synonyms are compared only in a restatement (62
        # vessels at the peak are not the 68 ships of Friday)
        (a.kind in ("date", "year") and noun_key(a.head) == noun_key(b.head))
        # (or of two counts with a modifier in common: "11 northern coal plants", "the
        # nine northern coal generators")
        or (
            noun_key(a.head) == noun_key(b.head)
            and (not a.modifiers.isdisjoint(b.modifiers) or _same_deed(a, b))
        )
        or _price_of_rate(a, b)
        or _same_while(a, b)
        or (a.head in UNIT_NOUNS and _sized_thing(a, b))
        or (b.head in UNIT_NOUNS and _sized_thing(b, a))
        or deed
        or (
            a.kind in ("percent", "date")
            and (a.left_head or b.left_head)
            and (
                (a.head in b.subject and _COMPARED.isdisjoint(b.subject))
                or (b.head in a.subject and _COMPARED.isdisjoint(a.subject))
            )
        )
        # (two differences are one where one's noun names what the other's changed: "the
        # 40% drop in investment" and "investment had fallen by about a third")
        or (noun_among(a.head, b.modifiers) and (b.head not in _DIFFERENCES or by))
        or (noun_among(b.head, a.modifiers) and (a.head not in _DIFFERENCES or by))
    ):
        return False
    if a.kind in ("date", "year") and _told_apart(a) != _told_apart(b):
        return False  # "the first plant opened in 2019", "a second plant opened in 2022"
    if a.kind not in ("date", "year") and _set_apart(a, b):
        return False  # "the allowance for a first child" vs "for a second child"
    if _alone(a) != _alone(b):
        return False  # "2,400 signatures from South Wairarapa alone" is a part of 3,100
    if ("own" in a.words) != ("own" in b.words):
        return False  # "the state's own pass rate" is not the board's
    if a.kind in ("date", "year") and (
        (DONE in a.modifiers and _ahead(b)) or (DONE in b.modifiers and _ahead(a))
    ):
        # a deed done and one to come: "the Auvere unit, opened in 2018", "the chemicals
        # plant, due to open in 2029" (the same deed would not be done, then due)
        return False
    if _other_measure(a, b):
        return False  # "the effective tax rate at 44.7%" is not "a tax of up to 32%"
    if _other_source(a, b):
        return False  # "300 megawatts of solar capacity" is not the hydropower station's 275
    if _asked(a) != _asked(b) or _of_gap(a) != _of_gap(b):
        return False  # a demand and a deal; a deficit and an output
    if a.kind == "count" and _CLOSED.isdisjoint(a.words) != _CLOSED.isdisjoint(b.words):
        return False  # "six factories had closed since 2021" of "the country's 16 factories"
    if TOTALS.isdisjoint(a.words) != TOTALS.isdisjoint(b.words):
        return False  # "a combined 38%" of three dams vs "the Cerro Prieto dam at 11%"
    if (
        a.kind == "money"
        and a.left_head
        and b.left_head
        and a.subject
        and b.subject
        and not a.subject & b.subject
    ):
        # a cost, a price or a value named before the amount, of different things: "a
        # 120-megawatt campus … at a cost of $1.4 billion" and "build a line to connect
        # the site, at a cost of about $95 million"
        return False
    # Two changes of one named thing: who made them or said so does not set them apart
    # ("Brattvåg argued that the 40% drop in investment …" after "Seafood Norway said
    # investment … had fallen by about a third").
    one_change = by and (
        noun_key(a.head) == noun_key(b.head)
        or noun_among(a.head, b.modifiers)
        or noun_among(b.head, a.modifiers)
    )
    if (
        a.kind == "percent"
        and not one_change
        and a.subject
        and b.subject
        and not a.subject & b.subject
        # (one's owner named in the other's clause: "Amhara … had received about a
        # quarter of its allocation" after "in the Amhara region, … received just 38%")
        and not (a.owner & b.names or b.owner & a.names)
    ):
        return False  # "the ruling party won 38%" vs "the opposition won 54%"
    if a.kind == "percent" and not one_change and a.names and b.names and not a.names & b.names:
        return False  # "33% of voters backed Labour" vs "25% backed the Tories"; two polls
    if a.kind == "percent" and not (a.left_head or b.left_head or a.subject or b.subject):
        # shares of one group that did different things, the share opening the clause:
        # "One in three voters backed the plan" vs "One in five voters opposed it"
        done_a, done_b = _predicate(a), _predicate(b)
        if done_a and done_b and not done_a & done_b:
            return False
    own_a, own_b = _own_names(a), _own_names(b)
    if own_a and own_b and not (own_a & b.names or own_b & a.names):
        return False  # "adults in Wales" vs "adults in England"
    if (
        {a.head, b.head} & _GENERIC_HEADS
        # "$38 a share" is a price, specific enough; "$25 an hour" may be anyone's wage
        and not (a.head == b.head and a.role.endswith("per " + a.head) and a.head in _PRICES)
        and not _shared_enough(a, b)
    ):
        return False
    if a.head == b.head and a.modifiers and b.modifiers:
        am, bm = a.modifiers, b.modifiers
        if a.kind in ("date", "year"):
            am, bm = am - _TENSES, bm - _TENSES  # marks, not words
        if am and bm and not (am & bm or am & b.names or bm & a.names):
            return False  # "launch contracts" vs "classified NRO contract"
    if a.frame != b.frame and (a.frame or b.frame) and not (a.frame & b.names or b.frame & a.names):
        return False  # "In London the average was £510,000" vs "The average home cost £285,000"
    if a.owner and b.owner and not (a.owner & b.names or b.owner & a.names):
        return False  # SpaceX's launches vs ULA's launches
    if (a.owner and not b.owner and _own_names(b) and not a.names & b.names) or (
        b.owner and not a.owner and _own_names(a) and not b.names & a.names
    ):
        # one is someone's, the other's own phrase names someone else: "Greek crews
        # numbered 530 firefighters" vs "1,200 firefighters from eight EU countries" (a name
        # elsewhere in the clause is mostly who said it: "…, where Durand will travel")
        return False
    if a.kind in ("date", "year") or not a.times or not b.times:
        return True
    # years against years, parts of a year against parts: "in April" does not set a
    # figure apart from one "in 1874", but 2023 does from 2024, and the first quarter
    # from the second
    a_years, b_years = a.times - PERIODS, b.times - PERIODS
    if a_years and b_years and not a_years & b_years:
        return False
    a_parts, b_parts = a.times & PERIODS, b.times & PERIODS
    return not (a_parts and b_parts and not a_parts & b_parts)


# How close two values must be for a unit and one other word in common to make them one
# quantity: a figure restated wrongly is near the first ("450,000 tonnes" for 415,000),
# while another quantity in the same unit is mostly far from it (1.2 against 2.5 million
# tonnes a year of two plants).
_NEAR_RATIO = 1.25


def _shared_enough(a: Figure, b: Figure) -> bool:
    """Do two figures of a generic noun ("tonnes", "people") share enough words to be one
    quantity: two besides the noun, or one when their values are near?"""
    shared = len((a.words & b.words) - {a.head, b.head})
    if shared != 1:
        return shared >= 2
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo > 0 and hi <= _NEAR_RATIO * lo


def _same_rank(a: Figure, b: Figure) -> bool:
    """Two ranks (of one superlative, see :mod:`seedlint.ranks`) of the same thing: the
    same noun ranked, or one gives none ("is the world's third largest"); the same domain
    where both give one ("Africa's" is not "the world's"); and, where both sentences name
    something, a name in common ("Indonesia, the largest producer" is not "Malaysia, the
    second-largest producer")."""
    if a.head and b.head and a.head != b.head:
        return False
    if a.subject and b.subject and a.subject != b.subject:
        return False
    if a.names and b.names:
        return not a.names.isdisjoint(b.names)
    # (a rank without its noun, "the commission's second-largest", in a sentence that
    # names nothing: the noun of the other and the domain of either are no evidence)
    return bool(a.head and b.head) or a.subject == b.subject


def _gap(a: Figure, b: Figure) -> float:
    """How far apart two values are, as a ratio (1.0: equal)."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi / lo if lo > 0 else math.inf


# Years and dates are held to a source only where it gives one this close (in days): a
# year or two off is a slip ("2028" for the source's "2029"; a month off: "March 1" for
# "April 1"), any other is the digest's own background ("founded in 1995").
_NEAR = {"year": 1096.0, "date": 62.0}


def _near_year_written(f: Figure, texts: list[str]) -> bool:
    """Does one of ``texts`` write, in digits, a year within :data:`_NEAR` of year
    figure ``f``? A cheap test before parsing them: where none does, neither support nor
    a near year can come of them (a decade, "the 1990s", is let go with it)."""
    first = year_of(int(f.lo))
    last = year_of(int(f.hi))
    spread = round(_NEAR["year"] / 365.25)
    years = [str(y) for y in range(first - spread, last + spread + 1)]
    return any(y in t for t in texts for y in years)


_YEAR_WORD = regexstore.compile(r"(?<![\d.,])(\d{4})(?![\d.,]\d)")


def _swapped_year_written(f: Figure, texts: list[str]) -> bool:
    """Does one of ``texts`` write the year of ``f`` with two neighbouring digits
    swapped ("1956" for a digest's "1965")? A slip, not background: the digest's year
    is held to the source's."""
    year = str(year_of(int(f.lo)))
    if year != str(year_of(int(f.hi))):
        return False  # a span of years
    swaps = {year[:i] + year[i + 1] + year[i] + year[i + 2 :] for i in range(3)} - {year}
    return any(m.group(1) in swaps for t in texts for m in _YEAR_WORD.finditer(t))


# A record "since" a year: "the lowest since 1992", "its first profit since 2019".
_RECORD = r"\b(?:[a-z]+est|first|best|worst|most|least)\b[^.;:\d]{0,24}?\bsince[ \t]+"
_RECORD_BEFORE = re.compile(_RECORD + r"\Z", re.IGNORECASE)
_RECORD_YEAR = re.compile(_RECORD + r"(\d{4})\b", re.IGNORECASE)


def _record_since(text: str, f: Figure, texts: list[str]) -> bool:
    """Is ``f`` the year of a record ("the lowest since 1992") where a source gives one
    too? Then the two are held to each other, however far apart."""
    if _RECORD_BEFORE.search(text, max(0, f.start - 48), f.start) is None:
        return False
    return any("since" in t and _RECORD_YEAR.search(t) is not None for t in texts)


_Known = dict[tuple[str, str, str], list[tuple[float, float, str]]]

# A decade a source names without a number: "the average of the past decade".
_PAST_DECADE = re.compile(r"\b(?:past|last|previous|preceding)[ \t]+decade\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ten_years() -> Figure:
    """Ten years, as a source's figure."""
    return parse_figures("ten years")[0]


def _met(known: _Known, wanted: list[tuple[tuple[str, str, str], float, float]], rate: str) -> bool:
    """Do a source text's figures (by kind, unit and hedge class) meet one of a
    figure's claims (see :func:`~seedlint.figures.claims`)? A figure given per unit of
    time (``rate``: "per day") is not met by one the source gives per another ("1.5
    billion pounds a day" is not "1.5 billion a week"); one with no rate either way is."""
    return any(
        glo <= hi and lo <= ghi and (not rate or not grate or grate == rate)
        for key, lo, hi in wanted
        for glo, ghi, grate in known.get(key, ())
    )


def _source_known(t: str, tol: float) -> _Known:
    """A source text's figures as intervals by (kind, unit, hedge class of the digest
    figure they are held to), with the rate of time each is given per."""
    k: _Known = {}
    prev: Figure | None = None
    # (a word test first: the pattern's search, once per figure, is the dearer test)
    bounds = "xceed" in t or "urpass" in t or "top" in t
    for g in source_figures(t):
        units = SAME_UNITS.get(g.unit, (g.unit,))
        if g.kind == "money" and g.unit in CURRENCY_FAMILY and bare_currency(g.text):
            # a source's "1,500 dollars" may be the digest's Canadian ones (or its "$",
            # where the source named Singapore dollars before and left these bare)
            units = FAMILY_MEMBERS[CURRENCY_FAMILY[g.unit]]
        # a unitless count meets the number as written: "two miles" gives "two", not 3.2 (km)
        scale = unit_scale(t, g) if "" in units and g.unit else 1.0
        per = _source_rate(t, g) if g.kind in ("money", "count") else ""
        for cls, (glo, ghi) in supports(g, tol):
            for unit in units:
                if not unit and scale != 1.0:
                    glo, ghi = glo / scale, ghi / scale
                k.setdefault((g.kind, unit, cls), []).append((glo, ghi, per))
            if g.kind == "money":
                # in any money, for a digest's bare number ("another 12 billion")
                k.setdefault(("money", "", cls), []).append((glo, ghi, per))
        if bounds and not g.hedge and _EXCEEDS.search(t, max(0, g.start - 16), g.start):
            # "seminar groups already exceed 40 students" gives "more than 40"
            k.setdefault((g.kind, g.unit, "floor="), []).append((*g.interval(tol), per))
        if g.kind == "date" and g.unit == "day" and g.lo == g.hi:
            # "November 1, 2025" gives "November 1"
            day = month_day_of(g.lo)
            for cls in ("", "about"):
                k.setdefault(("date", "monthday", cls), []).append((day, day, ""))
        if (
            g.unit == "days"
            and prev is not None
            and prev.unit == "days"
            and g.hi < prev.lo
            and _AND_MORE_TIME.fullmatch(t, prev.end, g.start) is not None
        ):
            # "two hours and 30 minutes" gives "two and a half hours"
            for cls, (glo, ghi) in supports(prev, tol):
                k.setdefault(("count", "days", cls), []).append((glo + g.lo, ghi + g.hi, ""))
        prev = g
        if g.unit == "days" and (
            _YEARS_OLD.match(t, g.end) is not None
            or ("age" in t and _AGE_BEFORE.search(t, max(0, g.start - 48), g.start) is not None)
        ):
            # "was 58 years old" gives the age a digest writes "was 58"
            for cls, (glo, ghi) in supports(g, tol):
                k.setdefault(("count", "", cls), []).append(
                    (glo / _YEAR_DAYS, ghi / _YEAR_DAYS, "")
                )
    if ("decade" in t or "Decade" in t) and _PAST_DECADE.search(t) is not None:
        # "the average of the past decade" is a ten-year average (a word test first:
        # searching every source text with the pattern took 1-2% of a run)
        for cls, (glo, ghi) in supports(_ten_years(), tol):
            k.setdefault(("count", "days", cls), []).append((glo, ghi, ""))
    if ("both" in t or "Both" in t) and _BOTH.search(t) is not None:
        # "both of the site's backup generators" gives "its two backup generators"
        for cls, (glo, ghi) in supports(_two(), tol):
            k.setdefault(("count", "", cls), []).append((glo, ghi, ""))
    if ("qually" in t or "venly" in t) and _SHARED_EQUALLY.search(t) is not None:
        # "shared equally between Zimbabwe and Zambia": half each
        for cls, (glo, ghi) in supports(_half(), tol):
            k.setdefault(("percent", "%", cls), []).append((glo, ghi, ""))
    return k


# Two parties that split something evenly: "shared equally between Zimbabwe and Zambia".
_SHARED_EQUALLY = re.compile(
    r"\b(?:shared|split|divided)[ \t]+(?:equally|evenly)[ \t]+between[ \t]+"
    r"(?:the[ \t]+)?\w+[ \t]+and[ \t]+\w+",
    re.IGNORECASE,
)


_BOTH = re.compile(r"\b[Bb]oth\b")


@lru_cache(maxsize=1)
def _two() -> Figure:
    """Two, as a source's figure."""
    return parse_figures("two")[0]


@lru_cache(maxsize=1)
def _half() -> Figure:
    """Half, as a source's figure."""
    return parse_figures("half")[0]


# A unit of time a source gives an amount per: "1.5 billion Egyptian pounds a week".
_TIME_RATE = re.compile(r"[ \t]+(?:a|an|per|every)[ \t]+(day|week|month|year)s?\b", re.IGNORECASE)
_PER_TIME = frozenset(["per day", "per week", "per month", "per year"])


# A verb that makes the figure after it a bound passed: "prices exceed $30,000 a tonne".
_EXCEEDS = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped)?)[ \t]+\Z")
# Between the two parts of one length of time: "two hours and 30 minutes" (the first
# part's unit, as the figure reader reads one, then "and").
_AND_MORE_TIME = re.compile(_DURATION_SRC + r"[ \t]+and[ \t]+", re.IGNORECASE)
# An age after its number: "58 years old" (a length of time in days, 365.25 to a year).
_YEARS_OLD = re.compile(r"[ \t]+years?[ \t]+old\b", re.IGNORECASE)
# An age before its number: "the median age rose to 31 years" gives the age "rose to 31".
# (and the age it rose from: "to 31 years from 29")
_AGE_BEFORE = re.compile(r"\bage[ \t]+(?:[\w.,]+[ \t]+){0,6}\Z", re.IGNORECASE)
_YEAR_DAYS = 365.25


def _source_rate(text: str, g: Figure) -> str:
    """The unit of time right after a source figure ("per week"), or ""."""
    m = _TIME_RATE.match(text, g.end)
    return "per " + m.group(1).lower() if m is not None else ""


# Counts further apart than this are taken for different quantities (a part and its whole:
# "return 34 objects" against a museum that "holds 70,000 objects"; "5,300 claims" from
# one town among "more than 21,400") unless the digits are the same and only the decimal
# point moved ("120" for "1,200"). Small counts may be further apart: "two islands" and
# "nine islands" are one count misremembered.
_MAX_RATIO = 2.5
_MAX_RATIO_SMALL = 5.0
# Amounts further apart than this are of different things, unless the digits are the same.
_MAX_RATIO_MONEY = 100.0
_SMALL = 10.0


def _comparable(a: Figure, b: Figure, a_digits: str, b_digits: str) -> bool:
    """``a_digits``, ``b_digits``: the figures' :func:`_count_digits`."""
    if a.kind == "money":
        # a price and a total ("tickets at 2,400 lira", "sales of 4.2 billion lira"), unless
        # a scale word slipped ("3.1 million rand" for "3.1 billion")
        lo, hi = sorted((a.lo + a.hi, b.lo + b.hi))
        return (
            lo <= 0 or hi <= lo * _MAX_RATIO_MONEY or (len(a_digits) > 1 and a_digits == b_digits)
        )
    if a.kind != "count" or a.value <= 0 or b.value <= 0:
        return True  # a part and its whole are counts; 2% vs 12% inflation is a conflict
    ratio = max(a.value, b.value) / min(a.value, b.value)
    if ratio <= (_MAX_RATIO if min(a.value, b.value) >= _SMALL else _MAX_RATIO_SMALL):
        return True
    if not math.isfinite(ratio):
        return False
    # a decimal slip: the same digits, the point moved ("120" and "1,200"; not "10" and
    # "98", nor "120" and "1,201"); one digit is a round number, and "5,000 homes" and
    # "50,000 homes" are more often two quantities than a slip
    return len(a_digits) > 1 and a_digits == b_digits


def _count_digits(f: Figure) -> str:
    """The significant digits of a count's or an amount's low value, for
    :func:`_comparable` (which reads no other kind's): worked out once per figure, not
    once per pair of figures."""
    return significant_digits(f.lo) if f.kind in ("count", "money") else ""


# Names listed right before a figure, the last followed by a comma: "Kahramanmaraş and
# Adıyaman, " (each name up to four capitalised words).
_NAME = r"\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,3}"
_SEP = r"(?:,[ \t]*|,?[ \t]+and[ \t]+)"
_NAMES_BEFORE = rf"{_NAME}(?:{_SEP}{_NAME})+,[ \t]*\Z"


def _counts_back(text: str, f: Figure) -> bool:
    """A small number in words that counts things the digest has named: after "the"
    ("the two groups", "the three parties"), or after as many names as it counts
    ("Hatay and Adıyaman, two of the ten provinces"). It reports nothing a source must
    give."""
    if f.kind != "count" or not f.text.islower() or f.value > 10 or f.value != int(f.value):
        return False
    if f.value <= 3 and text[max(0, f.start - 4) : f.start].lower() == "the ":
        return True
    before = text[max(0, f.start - 160) : f.start]
    if not before.endswith((", ", ",")):
        return False
    listed = regexstore.compile(_NAMES_BEFORE).search(before)
    if listed is None:
        return False
    names = len(regexstore.compile(_SEP).findall(listed.group().rstrip(", \t")))
    return names + 1 == f.value


def _one_unit_of_time(text: str, f: Figure) -> bool:
    """A hedged "a month", "a decade" ("in less than a month", "about a year ago"), or one
    after "in" ("its worst season in a decade"): how a digest sets a scene, rarely a
    figure taken from a source. A source's own "over a decade" still supports a digest's
    "more than ten years", and "within a week" is a claim a source must make."""
    return (
        f.unit == "days"
        and f.text[len(f.hedge) :].lstrip()[:2].lower() == "a "
        and (bool(f.hedge) or _IN_BEFORE.search(text, max(0, f.start - 4), f.start) is not None)
    )


_IN_BEFORE = re.compile(r"\b[Ii]n[ \t]+\Z")


_AGO = re.compile(r"(?:[ \t-][A-Za-z]+)?[ \t]+ago\b")


# Between a year and the year before it that a change is measured against: "in 2024, up
# 40% on 2023", "in 2023, 12% more than in 2022", "in 2023, up from 7.8 million in 2022".
_AGAINST = re.compile(r"\b(?:than|from|on|over|against|compared|versus|vs)\b[^;:]{0,24}\Z")


def _base_year(text: str, f: Figure) -> bool:
    """Is year figure ``f`` the year before one its sentence names first, the base a
    change is measured against? A source gives it as "the year before" or not at all
    ("grew 12 percent to 42 million in 2023"), and the change itself is checked."""
    year = year_of(int(f.lo))
    if year != year_of(int(f.hi)) or str(year + 1) not in f.times:
        return False
    before = text[max(0, f.start - 80) : f.start]
    at = before.rfind(str(year + 1))
    return at >= 0 and ". " not in before[at:] and _AGAINST.search(before, at + 4) is not None


# Between an amount and the year it is of: "41 billion rupees in 2024".
_IN_YEAR = re.compile(r"[ \t]+in[ \t]+\Z")


def _time_stamps(text: str, figures: list[Figure]) -> dict[int, Figure]:
    """The years that only date the amount right before them ("climbed to 41 billion
    rupees in 2024"), by where they start, each with that amount."""
    return {
        f.start: prev
        for prev, f in pairwise(figures)
        if f.kind == "year"
        and prev.sentence == f.sentence
        and prev.kind in ("money", "count", "percent")
        and _IN_YEAR.match(text, prev.end, f.start) is not None
    }


def _dated_apart(x: Figure | None, y: Figure | None, tol: float) -> bool:
    """Are two years the dates of two different amounts (``x``, ``y``: the amounts they
    date, see :func:`_time_stamps`)? "41 billion rupees in 2024" and "29 billion in 2022"
    are two times of a series; "41 billion in 2022" for the first dates one amount twice."""
    if x is None or y is None:
        return False
    xlo, xhi = x.interval(tol)
    ylo, yhi = y.interval(tol)
    return x.kind != y.kind or xhi < ylo or yhi < xlo


_SWAPPABLE = frozenset(["money", "percent", "count"])
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _plain(text: str, cache: dict[str, str]) -> str:
    """``text`` without thousands separators ("1,200" → "1200"), kept in ``cache``."""
    cache[text] = plain = text.replace(",", "")
    return plain


def _swapped_written(text: str, f: Figure, plain: list[str]) -> bool:
    """Does a source write the number of digest figure ``f`` with two neighbouring digits
    swapped ("132.4 million" for its "134.2 million"), and none as ``f`` writes it? A
    slip, even where another figure of the source comes within the tolerance ("11.2%"
    written, "12.1%" read, "12.2%" elsewhere). ``plain``: the source texts without
    thousands separators."""
    m = _DIGITS.search(text, f.start, f.end)
    if m is None:
        return False
    written = m.group().replace(",", "")
    if len(written) < 3 or any(written in t for t in plain):
        return False
    point = written.find(".")
    digits = written.replace(".", "")
    return any(
        len(other) == len(written)
        and other.find(".") == point  # the same magnitude: "11.2" for "12.1", not "1.12"
        and adjacent_swap(digits, other.replace(".", ""))
        for t in plain
        for other in _DIGITS.findall(t)
    )


def _ago(text: str, f: Figure) -> bool:
    """A length of time that dates something ("four years ago"): a date the digest gives
    relative to its own time, which a source dates relative to its own."""
    return f.unit == "days" and _AGO.match(text, f.end) is not None


def _closeness(a: Figure, b: Figure) -> tuple[bool, int, float]:
    """How well an earlier figure ``a`` matches ``b`` (higher is better): one owner, the
    words just before the figures, the values."""
    owned = bool(a.owner and b.owner and a.owner & b.owner)
    gap = abs(a.value - b.value) / max(abs(a.value), abs(b.value), 1e-9)
    return owned, len(a.subject & b.subject), -gap


def quantity(f: Figure, text: str) -> str:
    """What a figure of ``text`` measures, for a message, in the digest's own words where
    it wrote them after the figure: "number of lawmakers" for a count of the noun after it
    ("twenty lawmakers", "1,200 women"), "share of the budget" for a percentage of it
    ("40% of the budget"), "event" for a date (the word the dates were matched by is often
    a verb: "began"), else the noun itself ("contract", "turnout of 74%", "a 5% rise")."""
    if f.kind in ("date", "year"):
        return "event"
    if f.head == "age" and f.kind == "count":
        return "person's age"
    if f.kind == "rank" and f.unit == IN_A_ROW:
        return f"place in a run of {plural(f.head)}" if f.head else "place in a run"
    if f.kind == "rank" and f.unit == WITHIN:
        # "count of floods in two years"
        return " ".join(["count of", plural(f.head) if f.head else "events", *sorted(f.subject)])
    if f.kind == "rank":
        return f"rank of the {f.head}" if f.head else "rank"
    # the rate in the role: "per share", "per year", "each" (after "plan" or "by", if any)
    rate = role_rate(f)
    if not rate:
        return _measured(f, text)
    if not f.head or rate == "per " + f.head:  # "$38 a share"
        return ("number " if f.kind == "count" else "amount ") + rate
    return f"{_measured(f, text)} {rate}"  # "cost per year", "number of flights per day"


def _measured(f: Figure, text: str) -> str:
    if f.head and not f.left_head:
        span = head_span(text, f.end, f.head)
        if f.kind == "count" and f.unit in _MEASURE_OF:
            if f.head in UNIT_NOUNS:  # "350,000 hectares": an area, of nothing named
                return _UNNAMED[f.unit]
            return f"{_MEASURE_OF[f.unit]} of the {f.head}"  # "length of the road"
        if f.kind == "count":
            word = text[span[0] : span[1]] if span else ""
            if not word or f.hi <= 1 or word.endswith(("'s", "’s")):
                word = plural(f.head)  # "one launch": the plural of the lemma
            return "number of " + word
        words = f.text.lower().split()
        if f.kind == "percent" and ("in" in words or "of" in words):
            # "one in five adults", "one out of four women": the noun as written
            return "share of " + (text[span[0] : span[1]] if span else plural(f.head))
        if f.kind == "percent" and text[f.end : f.end + 4].lower() == " of ":
            if span is None:
                return "share of " + plural(f.head)
            # the words from "of" to the noun, as written: "the budget", "its staff"
            return "share of " + " ".join(text[f.end + 4 : span[1]].split())
    return f.head or _UNNAMED.get(f.unit) or _UNNAMED[f.kind]


# What a count in a unit measures of its noun: "the five-year contract" gives the
# contract's duration, "the 400-kilometre road" its length.
_MEASURE_OF = {
    "days": "duration",
    "km": "length",
    "ha": "area",
    "MW": "power",
    "MWh": "energy",
    "MHz": "frequency",
}
# What a message calls a quantity whose noun the text does not give ("Overall, the club
# owes £36.8 million"): by unit where it says more, else by kind.
_UNNAMED = {
    "days": "length of time",
    "MW": "power",
    "MWh": "energy",
    "MHz": "frequency",
    "ha": "area",
    "km": "distance",
    "money": "amount",
    "percent": "share",
    "count": "number",
    "date": "event",
    "year": "event",
}


@register_kind
class FigureConsistency(Kind):
    name = "figure-consistency"
    summary = "figures that contradict each other or that the cited sources do not give"
    options = {
        "check": Option(str, "inconsistent", choices=("inconsistent", "unsupported")),
        "kinds": Option(
            list,
            [],
            items=str,
            help="figure kinds to check (money, percent, count, date, year, rank, multiple); empty: the check's default",
        ),
        "tolerance": Option(
            float, DEFAULT_TOLERANCE, help="relative slack for rounding (0.01 = 1%)"
        ),
        "scope": Option(
            str,
            "paragraph",
            choices=("paragraph", "document"),
            help="unsupported: sources cited by the paragraph, or any source of the digest",
        ),
    }
    fields = frozenset(
        {"figure", "kind", "other", "other_line", "other_column", "subject", "quantity", "ids"}
    )

    def setup(self) -> None:
        kinds: list[str] = self.opts["kinds"] or _DEFAULT_KINDS[self.opts["check"]]
        bad = [k for k in kinds if k not in FIGURE_KINDS]
        if bad:
            raise ValueError(
                f"option 'kinds': unknown figure kind(s) {', '.join(bad)}; "
                f"known: {', '.join(FIGURE_KINDS)}"
            )
        self.kinds = frozenset(kinds)
        tol = float(self.opts["tolerance"])
        if not 0 <= tol < 1:
            raise ValueError("option 'tolerance' must be at least 0 and less than 1 (0.01 = 1%)")
        self.tolerance = tol

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        figures = [f for f in doc.analysis(extract_figures) if f.kind in self.kinds]
        if self.opts["check"] == "inconsistent":
            yield from self._inconsistent(doc, figures)
        else:
            yield from self._unsupported(doc, figures, ctx)
            if "multiple" in self.kinds:
                yield from self._unsupported_multiples(doc, figures, ctx)

    def _unsupported_multiples(
        self, doc: Document, figures: list[Figure], ctx: CheckContext
    ) -> Iterator[Finding]:
        """Multiples in words ("tripled", "twice", "tenfold") that no cited source gives in
        any way (see :mod:`seedlint.multiples`)."""
        reg = ctx.sources
        if reg is None or not mentions_multiples(doc.text):
            return
        spans = [(f.start, f.end) for f in figures]
        for para in doc.paragraphs:
            found = multiples(doc.text, para.start, para.end)
            if not found:
                continue
            ids = para.cited_ids if self.opts["scope"] == "paragraph" else doc.cited_ids
            texts = [t for t in (reg.text_of(i) for i in ids) if t]
            if not texts:
                continue  # nothing to compare with: no finding, no noise
            for m in found:
                if any(s < m.end and m.start < e for s, e in spans):
                    continue  # "3-fold" read as a count already: one finding at most
                if multiple_supported(m.factor, texts):
                    continue
                yield Finding(
                    m.start,
                    m.end,
                    {
                        "figure": doc.text[m.start : m.end],
                        "kind": "multiple",
                        "other": "",
                        "other_line": "",
                        "other_column": "",
                        "subject": "",
                        "quantity": "multiple",
                        "ids": ", ".join(i for i in ids if reg.text_of(i)),
                    },
                )

    def _inconsistent(self, doc: Document, figures: list[Figure]) -> Iterator[Finding]:
        tol = self.tolerance
        # same_quantity() needs one kind, unit and role and a measured noun: pair each
        # figure only with the earlier figures of its (kind, unit, role), in order, and
        # test the cheap interval first.
        earlier: dict[tuple[str, str, str], list[tuple[Figure, float, float, str]]] = {}
        # every earlier figure by (kind, unit), for the figures the digest restates
        seen: dict[tuple[str, str], list[tuple[Figure, float, float]]] = {}
        # every earlier figure by its digits, for a figure that repeats one with two swapped
        by_group: dict[DigitGroup, list[tuple[Figure, str]]] = {}
        # years that date an amount, by where they start, with the amount
        stamps = _time_stamps(doc.text, figures)
        for b in figures:
            blo, bhi = b.interval(tol)
            same_unit = seen.setdefault((b.kind, b.unit), [])
            digits = digits_of(b)
            if (not b.head and b.kind != "rank") or b.role.startswith(("change", "part")):
                # same_quantity() is false for every pair it is in (parts of one whole
                # that did different things are not told apart: only restatements of a
                # part are compared)
                if b.unit == "days" and not b.role.startswith(("change", "part")):
                    # (a length of a deed given by its verb: a later figure may name the
                    # deed, see _deed_while())
                    earlier.setdefault((b.kind, b.unit, b.role), []).append(
                        (b, blo, bhi, _count_digits(b))
                    )
                cued = restates(doc, b)
                other = restated_from(b, blo, bhi, same_unit, doc.text) if cued else None
                if other is None and digits is not None:
                    other = transposed_from(b, blo, bhi, digits, by_group, same_unit, cued)
                if other is not None:
                    yield self._finding(doc, b, other)
                same_unit.append((b, blo, bhi))
                if digits is not None:
                    by_group.setdefault(digits[0], []).append((b, digits[1]))
                continue
            bucket = earlier.setdefault((b.kind, b.unit, b.role), [])
            # the earlier figure it contradicts best: the same owner, then the most words
            # before it in common, then the nearest value (an "Alliance 142" for "140", not
            # a "Greens 24" the first in the text)
            best: Figure | None = None
            best_key = (False, 0, 0.0)
            agreeing: list[Figure] = []
            b_digits = _count_digits(b)
            for a, alo, ahi, a_digits in bucket:
                if meet(a, alo, ahi, b, blo, bhi):
                    agreeing.append(a)
                elif (
                    _comparable(a, b, a_digits, b_digits)
                    and same_quantity(a, b)
                    and not _dated_apart(stamps.get(a.start), stamps.get(b.start), tol)
                ):
                    key = _closeness(a, b)
                    if best is None or key > best_key:
                        best, best_key = a, key
            agrees = best is not None and (
                any(same_quantity(a, b) for a in agreeing)
                or any(
                    meet(a, alo, ahi, b, blo, bhi) and same_quantity(a, b, roles=False)
                    for a, alo, ahi in same_unit
                )
            )
            if agrees:
                # it agrees with one earlier value: where the digest gave two (a fleet of 42
                # aircraft, 20 of them on offer), "around 40" repeats the first
                best = None
            if best is None:
                cued = restates(doc, b)  # once: both tests below read it
                if cued and not agrees:
                    best = restated_from(b, blo, bhi, same_unit, doc.text)
                if best is None and digits is not None:
                    best = transposed_from(b, blo, bhi, digits, by_group, same_unit, cued)
            elif restates(doc, b):
                if repeats_value(b, same_unit):
                    best = None
                else:
                    # a restated figure repeats the nearest earlier value of its kind, in
                    # any role: "some 15,000 MW" is the capacity that "reached 14,000 MW",
                    # not the 8,900 MW of one evening
                    # (the value was checked above)
                    nearer = nearest_restated(b, blo, bhi, same_unit, doc.text)
                    if nearer is not None and _gap(nearer, b) < _gap(best, b):
                        best = nearer
            if best is not None:
                yield self._finding(doc, b, best)
            bucket.append((b, blo, bhi, b_digits))
            same_unit.append((b, blo, bhi))
            if digits is not None:
                by_group.setdefault(digits[0], []).append((b, digits[1]))

    def _finding(self, doc: Document, b: Figure, other: Figure) -> Finding:
        line, col = doc.position(other.start)
        return Finding(
            b.start,
            b.end,
            {
                "figure": with_unit(doc.text, b),
                "kind": b.kind,
                "other": with_unit(doc.text, other),
                "other_line": line,
                "other_column": col,
                "subject": b.head,
                "quantity": quantity(b, doc.text),
                "ids": "",
            },
            related=((other.start, f"'{with_unit(doc.text, other)}' here"),),
        )

    def _unsupported(
        self, doc: Document, figures: list[Figure], ctx: CheckContext
    ) -> Iterator[Finding]:
        reg = ctx.sources
        if reg is None or not figures:
            return
        every: tuple[str, ...] = doc.cited_ids
        by_para: dict[int, list[Figure]] = {}
        for f in figures:
            by_para.setdefault(f.paragraph, []).append(f)
        tol = self.tolerance
        # A source text's figures as intervals by (kind, unit, hedge class of the digest
        # figure they are held to), parsed only when a figure is not yet supported by the
        # texts before it (any text may support it).
        by_text: dict[str, _Known] = {}
        plain_of: dict[str, str] = {}
        for para in doc.paragraphs:
            figs = by_para.get(para.index)
            if not figs:
                continue
            ids = para.cited_ids if self.opts["scope"] == "paragraph" else every
            texts = [t for t in (reg.text_of(i) for i in ids) if t]
            if not texts:
                continue  # nothing to compare with: no finding, no noise
            # the texts without thousands separators, for _swapped_written()
            plain = [
                p if (p := plain_of.get(t)) is not None else _plain(t, plain_of) for t in texts
            ]
            known: list[_Known] = []
            for f in figs:
                if (
                    _counts_back(doc.text, f)
                    or (f.unit == "days" and (_one_unit_of_time(doc.text, f) or _ago(doc.text, f)))
                    # "the largest", "the highest": a source says so in many other words
                    # ("a record", "more than any other"); a second place it says as one
                    or (f.kind == "rank" and f.value == 1)
                ):
                    continue
                wanted = [((f.kind, f.unit, cls), lo, hi) for cls, (lo, hi) in claims(f, tol)]
                members = FAMILY_MEMBERS.get(f.unit)
                if members is not None and bare_currency(f.text):
                    # "18 million dollars" in a digest that names no country's dollars:
                    # the source's "18 million Fijian dollars" gives it
                    wanted += [
                        (("money", code, key[2]), lo, hi)
                        for key, lo, hi in wanted
                        for code in members
                        if code != f.unit
                    ]
                if f.kind == "count" and not f.unit and doc.text[f.end : f.end + 1] != "-":
                    # an amount the digest leaves bare ("another 12 billion would follow",
                    # "on a loan of 50,000"): the source may give it in money (not a
                    # measure glued to its number: "3-pound bags")
                    wanted += [(("money", "", key[2]), lo, hi) for key, lo, hi in wanted]
                rate = role_rate(f)
                rate = rate if rate in _PER_TIME else ""
                swapped = f.kind in _SWAPPABLE and _swapped_written(doc.text, f, plain)
                if not swapped and any(_met(k, wanted, rate) for k in known):
                    continue
                if f.kind == "year" and _base_year(doc.text, f):
                    continue
                # a year a source writes with two digits swapped is a slip, however far;
                # so is another year of a record ("the lowest since 1996")
                held = f.kind == "year" and (
                    _swapped_year_written(f, texts) or _record_since(doc.text, f, texts)
                )
                if f.kind == "year" and not held and not _near_year_written(f, texts):
                    continue  # no source writes a year near it: not parsed for nothing
                found = False
                while not swapped and len(known) < len(texts):
                    t = texts[len(known)]
                    k = by_text.get(t)
                    if k is None:
                        k = by_text[t] = _source_known(t, tol)
                    known.append(k)
                    if _met(k, wanted, rate):
                        found = True
                        break
                if found:
                    continue
                window = _NEAR.get(f.kind)
                if (
                    window is not None
                    and not any(
                        _met(k, [(key, lo - window, hi + window) for key, lo, hi in wanted], "")
                        for k in known
                    )
                    and not held
                ):
                    # a year or a date no source comes near: background ("founded in
                    # 1995"), or dated relative to the source's own time ("last year")
                    continue
                cited = ", ".join(i for i in ids if reg.text_of(i))
                yield Finding(
                    f.start,
                    f.end,
                    {
                        "figure": with_unit(doc.text, f),
                        "kind": f.kind,
                        "other": "",
                        "other_line": "",
                        "other_column": "",
                        "subject": f.head,
                        "quantity": quantity(f, doc.text),
                        "ids": cited,
                    },
                )
