"""The :class:`Figure` record, the interval a figure asserts (:func:`_widen`: its hedge
and the rounding of its written digits), and the small word helpers that go with it:
:func:`lemma`, :func:`plural`, :func:`head_span`.

Separate from :mod:`seedlint.figures` so that what reads or makes figures
(:mod:`seedlint.figure_context`, :mod:`seedlint.ranks`, the rules) depends on the record,
not on the extraction."""

from __future__ import annotations

from functools import lru_cache

from seedlint import regexstore
from seedlint.numerals import HEDGES

DEFAULT_TOLERANCE = 0.01
_TOKEN = regexstore.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’&.-]*(?<![.'’-])")


_NO_WORDS: frozenset[str] = frozenset()


class Figure:
    """One figure. ``lo``..``hi`` is the value as written (a range or a point); ``alo``..``ahi``
    is what the text asserts once the hedge and the rounding of the written digits are
    applied. Dates are day numbers (proleptic ordinals).

    Read-only by convention: figures are shared (``doc.analysis``, the source cache).

    A plain class with ``__slots__``, not a frozen dataclass: importing ``dataclasses``
    costs ~8 ms of a one-file run, and a frozen dataclass sets its fields one
    ``object.__setattr__`` at a time (~1.7 µs a figure, against ~0.2 µs here). Not a
    NamedTuple either: the rules read fields in their inner loops, and a slot is read
    ~3× faster than a NamedTuple field. ``==``, ``hash`` and ``repr`` are the
    dataclass's: field by field, and a Figure equals only a Figure."""

    __slots__ = (  # noqa: RUF023 - in field order, as __init__ takes them
        "start",
        "end",
        "text",
        "kind",
        "unit",
        "lo",
        "hi",
        "alo",
        "ahi",
        "hedge",
        "sentence",
        "paragraph",
        "head",
        "modifiers",
        "words",
        "owner",
        "names",
        "times",
        "role",
        "rounding",
        "subject",
        "left_head",
        "frame",
    )

    start: int
    end: int
    text: str
    kind: str  # money | percent | count | date | year
    unit: str  # currency code, "%", "pp", "" for counts, "days" for lengths of time
    # (counted in days: "48 hours" is 2), "day" for dates
    lo: float
    hi: float
    alo: float
    ahi: float
    hedge: str
    sentence: int
    paragraph: int
    head: str  # the measured noun, lemmatised ("contract", "launch")
    modifiers: frozenset[str]  # the rest of its noun phrase: what sets it apart
    words: frozenset[str]  # content lemmas around the figure, in its clause
    owner: frozenset[str]  # the nearest name to the left (and its acronym)
    names: frozenset[str]  # names in the clause, lowercased, with acronyms
    times: frozenset[str]  # years in the sentence, and a time after it ("last year")
    # "" | "change" (from/to, before/after) | "plan" (forecast, target) | "by" (the
    # amount of a change: "cut costs by $800 million", "another 40 holes") | "part" (of
    # a whole: "14 of the company's ships") | "whole" ("all 42 aircraft"), then a rate if
    # any: "per share", "plan per hour", "by per year", "each"
    role: str
    rounding: float  # half the unit of the last written digit
    subject: frozenset[str]  # the nearest content words before it ("ruling party")
    left_head: bool  # the head came from before the figure ("turnout of 74.4%")
    frame: frozenset[str]  # the place the sentence opens with ("In London, ..."), lowercased

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str,
        unit: str,
        lo: float,
        hi: float,
        alo: float,
        ahi: float,
        hedge: str,
        sentence: int = -1,
        paragraph: int = -1,
        head: str = "",
        modifiers: frozenset[str] = _NO_WORDS,
        words: frozenset[str] = _NO_WORDS,
        owner: frozenset[str] = _NO_WORDS,
        names: frozenset[str] = _NO_WORDS,
        times: frozenset[str] = _NO_WORDS,
        role: str = "",
        rounding: float = 0.0,
        subject: frozenset[str] = _NO_WORDS,
        left_head: bool = False,
        frame: frozenset[str] = _NO_WORDS,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.unit = unit
        self.lo = lo
        self.hi = hi
        self.alo = alo
        self.ahi = ahi
        self.hedge = hedge
        self.sentence = sentence
        self.paragraph = paragraph
        self.head = head
        self.modifiers = modifiers
        self.words = words
        self.owner = owner
        self.names = names
        self.times = times
        self.role = role
        self.rounding = rounding
        self.subject = subject
        self.left_head = left_head
        self.frame = frame

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in Figure.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not Figure:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in Figure.__slots__)
        return f"Figure({fields})"

    def interval(self, tolerance: float = DEFAULT_TOLERANCE) -> tuple[float, float]:
        """What the figure asserts, with ``tolerance`` (relative) for rounding."""
        if tolerance == DEFAULT_TOLERANCE:
            return self.alo, self.ahi
        return _widen(self.kind, self.hedge, self.lo, self.hi, self.rounding, tolerance)

    @property
    def value(self) -> float:
        return (self.lo + self.hi) / 2


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def plural(noun: str) -> str:
    """The plural of a singular :func:`lemma`, for messages ("lawmaker" → "lawmakers")."""
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("ch", "sh", "ss", "x", "z")):
        return noun + "es"
    if noun.endswith("s") or noun in _SAME_PLURAL:
        return noun
    return noun + "s"


def head_span(text: str, start: int, head: str) -> tuple[int, int] | None:
    """Where the measured noun ``head`` (a :func:`lemma`) is written after ``start``, the
    end of its figure: the first of the next ten words with that lemma, if any. Messages
    show it as written ("women", "the budget") rather than re-inflect the lemma."""
    for count, m in enumerate(_TOKEN.finditer(text, start, min(len(text), start + 200))):
        if count == 10:
            break
        if lemma(m.group()) == head:
            return m.span()
    return None


# Nouns whose plural is the singular (lemma leaves them as written).
_SAME_PLURAL = frozenset(["aircraft", "sheep", "fish", "deer", "series", "staff", "people"])


def _significant_step(value: float, half: float) -> float:
    """The step of the last significant digit: 0.1 for 933.5, 100 for 400, 1e9 for "3
    billion" (``half`` is half the step of the last digit written)."""
    step = 2 * half
    ratio = abs(value) / step if step > 0 else 0.0
    if not 0 < ratio < 1e15:
        return step  # no digits to count (or more than a float holds)
    digits = round(ratio)
    while digits and digits % 10 == 0:
        digits //= 10
        step *= 10
    return step


def _widen(
    kind: str, hedge: str, lo: float, hi: float, half: float, tolerance: float
) -> tuple[float, float]:
    if kind in ("date", "year"):
        return lo, hi
    mag = max(abs(lo), abs(hi))
    # A whole count or amount written to its last digit is exact ("142 seats", "98 people",
    # "1,234", "1,421 rupees"):
    # the relative slack is for figures written rounded ("1,800", "3 million") or hedged.
    exact = kind in ("count", "money") and half <= 0.5 and lo == int(lo)
    # Rounding: the last written digit, but never more than 5% of the value ("3 billion"
    # stands for 2.9–3.1, not 2.5–3.5).
    written_half = half
    half *= 0.999  # rounding intervals are half-open: 40% and 41% do not meet at 40.5
    slack = max(tolerance * mag, min(half, 0.05 * mag))
    if exact:
        slack = half
    if kind == "percent":  # points, not a share of the value: 40% is not 41%
        slack = max(half, 0.005 * mag)
    if not hedge:  # most figures: only the rounding
        return lo - slack, hi + slack
    # "about": half a step of the last significant digit written either way, within
    # bounds: "about 933.5 billion" is not 913 billion, "about 400" may be 380 ("400" is
    # written to the hundred), "some 15,000" is not 14,000; open at its ends, as
    # rounding is ("about 120,000" and "130,000" do not meet at 125,000)
    step = _significant_step(lo, written_half)
    if kind == "percent":  # points: "about 40%" may be 37.8%, "around 10%" is not 12%
        # (open at its ends, as rounding is: "about 2.5 points" does not meet "about 1.5")
        about = 0.999 * max(min(max(step, 0.5), 2.5, max(0.5, 0.15 * mag)), 0.05 * mag)
    else:
        about = 0.999 * min(max(0.5 * step, tolerance * mag), max(0.1, tolerance) * mag)
    key = " ".join(hedge.lower().split())
    rule = HEDGES.get(key, (0.0, 0.0)) if key else (0.0, 0.0)
    if rule is None:
        return lo - max(about, slack), hi + max(about, slack)
    a, b = rule
    if (a, b) == (0.0, 0.0):
        return lo - slack, hi + slack
    if a < 0:  # nearly, almost: just below
        return lo - about - slack, hi + slack
    # "more than 9 billion" is a floor at 9 billion as written: the rounding of the "9"
    # does not lower it (only the tolerance does); "up to", "less than": a ceiling
    bound = tolerance * mag
    if a >= 1.0:
        return lo * a - min(slack, bound), hi * b + slack
    if b <= 1.0:
        return lo * a - slack, hi * b + min(slack, bound)
    return lo * a - slack, hi * b + slack


# A candidate figure before annotation: the leading fields of Figure, in order.
_Cand = tuple[int, int, str, str, str, float, float, float, float, str, float]
