"""Figures a digest restates: whether the text presents a figure as one it gave before
("the £48 million", "Harlow's offer", a closing "Overall," summary), and which earlier
figure it most likely repeats. ``figure-consistency`` holds a restated figure to that
earlier one more loosely than to any other figure of the digest, because the words around
a restatement rarely match the first ones."""

from __future__ import annotations

import re

from seedlint.document import Document
from seedlint.figure_record import Figure
from seedlint.figures import hedge_class, role_rate, significant_digits

# "Overall, …": a closing paragraph that sums up restates the digest's figures.
_SUMMARY = re.compile(
    r"[#>*\s-]*(?:overall|in sum|in short|all told|taken together|in conclusion|in summary"
    r"|all in all|altogether|on balance)\b",
    re.IGNORECASE,
)
# Nouns that make the figure after them an aim, not an outcome ("a goal of 41,000 homes").
_GOALS = frozenset(["goal", "target", "aim", "ambition", "pledge", "objective"])
# Nouns that make the figure before them expected, not an outcome: "short of the 5.6
# billion kroner forecast". Only the noun the figure measures: in the words before it they
# are often the setting ("At the new forecast the payout would inject …").
_FORECASTS = frozenset(["forecast", "projection"])
# A definite phrase that ends at the figure: "the £48 million", "Harlow's NOK 1.5 billion
# offer", "whose 263 million subscribers", "the projected savings of 850 billion reais".
_DEFINITE = re.compile(
    r"\b(?:the|its|their|his|her|whose|\w+['’]s)\s+(?:(?:[\w-]+\s+){1,2}of\s+)?\Z",
    re.IGNORECASE,
)
# What ends the words before a figure set against another: "compares well with the 9.8%",
# "fell short of the 9 million euros it had requested". (Not "than", "above" or "below":
# "faster than the 4% inflation" mostly names a figure given before.)
_COMPARED = re.compile(
    r"\b(?:compar(?:e|es|ed|ing)(?:\s+\w+)?\s+(?:with|to)|in\s+comparison\s+(?:with|to)"
    r"|versus|vs\.?|short\s+of)\s+\Z",
    re.IGNORECASE,
)
# Words before a figure that date it before the figures around it: "an earlier offer".
EARLIER = frozenset(["earlier", "previous", "former", "prior", "initial", "original"])
# Words that set the figure apart from what came before ("the previous record of £89m").
_OTHER = EARLIER | {"old", "new", "next", "last", "latest", "revised", "current", "first"}
# An earlier figure agrees with a later one and so explains it only when its interval
# is narrower than this, relative to its value.
_NARROW = 0.25
# A restated figure drifts; one further than this from every earlier value is new.
_MAX_DRIFT = 1.6
# A length of time of the same noun drifts further: "runs for 10 years" restated as "the
# five-year contract" is the same term, misremembered.
_DAYS_DRIFT = 4.0


# How a _DEFINITE match ends, before the spaces at its end: its first word, a possessive,
# or "of" ("the projected savings of").
_DEFINITE_ENDS = ("the", "its", "their", "his", "her", "whose", "'s", "’s", "of")


def _may_be_definite(text: str, start: int, end: int) -> bool:
    """False only where ``_DEFINITE.search(text, start, end)`` finds nothing: the words
    before a figure rarely end as a match must (9 in 10 figures skip the search, which
    tries every one of the 60 characters before the figure). Over ASCII, lower() is what
    IGNORECASE matches; elsewhere ("İts", "ſ") the search decides."""
    tail = text[start:end].rstrip()[-5:]  # rstrip() strips what \s matches
    return not tail.isascii() or tail.lower().endswith(_DEFINITE_ENDS)


def _summaries(doc: Document) -> frozenset[tuple[int, int]]:
    """The spans of the paragraphs that sum up ("Overall, …"): once per digest, not once
    per figure."""
    return frozenset(
        (p.start, p.end) for p in doc.paragraphs if _SUMMARY.match(doc.text, p.start, p.end)
    )


def _name_after(text: str, end: int) -> bool:
    """Does a capitalised word follow ``end`` after one space (the rest of a name: "the
    2026 Commonwealth Games")?"""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def restates(doc: Document, f: Figure) -> bool:
    """Does the digest present ``f`` as a figure it gave before? "the £48 million would
    pay for two schools" (the article takes the amount as known), or any figure of a
    closing summary ("Overall, …")."""
    # a number in words after "the" counts things named ("the two sides"), unless it is a
    # length of time ("the five-year contract"); a hedge before digits ("the roughly
    # 250,000 birds") does not make one
    if (not f.text[:1].islower() or f.unit == "days" or any(c.isdigit() for c in f.text)) and not (
        f.kind == "year" and _name_after(doc.text, f.end)
    ):
        # (a year that opens an event's name, "the 2026 Commonwealth Games", is that
        # event's, not a year given before)
        start = max(0, f.start - 60)
        definite = (
            _DEFINITE.search(doc.text, start, f.start)
            if _may_be_definite(doc.text, start, f.start)
            else None
        )
        if (
            definite is not None
            and _OTHER.isdisjoint(definite.group().lower().split())
            and _OTHER.isdisjoint(doc.text[start : definite.start()].lower().split()[-1:])
            and _COMPARED.search(doc.text, start, definite.start()) is None
        ):
            # "last year's 13.4 billion shillings" is another year's; "compares well with
            # the 9.8%" sets a figure against this one: neither was given before
            return True
    para = doc.paragraph_at(f.start)
    return para is not None and (para.start, para.end) in doc.analysis(_summaries)


# Hedges that make a figure a cap: "a tax of up to 32%".
_CAPS = frozenset(["up to", "as many as", "as much as", "at most"])


def meet(a: Figure, alo: float, ahi: float, b: Figure, blo: float, bhi: float) -> bool:
    """Do two figures' intervals agree? Two caps agree only on the cap: "a tax of up to
    32%" is not restated by "a margin tax of up to 35%", though both allow 30%."""
    if not (alo <= bhi and blo <= ahi):
        return False
    if a.hedge and b.hedge and _hedge_key(a) in _CAPS and _hedge_key(b) in _CAPS:
        return a.hi == b.hi
    return True


def _hedge_key(f: Figure) -> str:
    return " ".join(f.hedge.lower().split())


def repeats_value(b: Figure, earlier: list[tuple[Figure, float, float]]) -> bool:
    """Does a restated ``b`` give the very value of an earlier figure of its kind, unit and
    rate (any rate, when ``b`` gives none), one written exactly in digits (or a length of
    time in words: "five years after it takes effect")? Then it repeats
    that one, whatever the words around the two: "In sum, … reservoirs are 71% full" after
    "71% of their combined capacity", not the "92% full" of one city's lakes."""
    rate = role_rate(b)
    return any(
        a.value == b.value
        and a.lo == a.hi
        and not a.hedge  # "about a quarter" of arrivals is not the "25%" rise in prices
        # (in digits, or a length of time: "five years after it takes effect", then "a
        # five-year deadline"; "two" alone counts too many things)
        and (a.unit == "days" or any(c.isdigit() for c in a.text))
        and a.sentence != b.sentence
        # "a $9.70 forecast" repeats "$9.70 per kilogram": a restatement drops the rate
        and (role_rate(a) == rate or not rate)
        and not _forecast_for_outcome(a, b)
        for a, _, _ in earlier
    )


def _forecast_for_outcome(a: Figure, b: Figure) -> bool:
    """Is ``a`` a forecast and ``b`` no forecast, plan or aim? Then ``b`` does not restate
    ``a``: a levy that "brought in 5.6 billion kroner" is not "the 5.6 billion kroner
    forecast" (the same value says the forecast was taken for the outcome)."""
    return a.head in _FORECASTS and not (b.head in _FORECASTS or b.role == "plan" or _is_goal(b))


def restated_from(
    b: Figure, blo: float, bhi: float, earlier: list[tuple[Figure, float, float]], text: str
) -> Figure | None:
    """The earlier figure of the same kind and unit that a restated ``b`` most likely
    repeats: none if ``b`` gives an earlier figure's very value (:func:`repeats_value`),
    else :func:`nearest_restated`. ``text``: the digest's, which the figures index."""
    if repeats_value(b, earlier):
        return None
    return nearest_restated(b, blo, bhi, earlier, text)


# A year right after a figure's noun that dates it: "22.4 million tonnes of 2021/22",
# "$3 billion in 2019"
_OWN_YEAR = re.compile(r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?(?:of|in|for)[ \t]+((?:19|20)\d\d)\b")


def _dated_otherwise(text: str, f: Figure, other: Figure) -> bool:
    """Is ``f`` dated, right after it, by a year that ``other``'s sentence does not name?
    (A summary that names no year may still restate "$1.8 billion in 2021".)"""
    m = _OWN_YEAR.match(text, f.end, f.end + 60)
    return m is not None and m.group(1) not in other.times


def nearest_restated(
    b: Figure,
    blo: float,
    bhi: float,
    earlier: list[tuple[Figure, float, float]],
    text: str,
) -> Figure | None:
    """The earlier figure a restated ``b`` contradicts: none if one agrees with it, else
    the nearest value within ``_MAX_DRIFT``. Money is matched by currency alone (its
    measured noun is often a verb's object, "pay 75 million euros"); counts and
    percentages need the same measured noun and no clashing qualifiers ("the 22%
    corporate tax" is not the "ground-rent tax of 25%")."""
    best: Figure | None = None
    best_gap = _MAX_DRIFT
    rate, goal = role_rate(b), _is_goal(b)
    for a, alo, ahi in earlier:
        if a.sentence == b.sentence or (role_rate(a) != rate and not _price_dropped(a, b, rate)):
            continue  # "A$2.20 a share" is not "the A$3 billion"
        if _is_goal(a) != goal:
            continue  # "a goal of 41,000 homes" is not restated by "about 30,000 built"
        if _forecast_for_outcome(a, b):
            continue
        if _needed(text, a) != _needed(text, b):
            continue  # "the 5,000 needed each year" is a need, not the 5,800 short now
        if _whole_and_part(a, b, text) or _whole_and_part(b, a, text):
            continue  # "the bank's overall rate of 4.6%" is not the scheme's "5.5%"
        if a.role.startswith("change") and _after_from(text, a) and not _after_from(text, b):
            continue  # "$6,200, up from $4,100": a summary gives the level as it is now
        if b.kind != "money" and (
            not (_same_noun(a, b) or (goal and (a.head in _GOALS or b.head in _GOALS)))
            or _clash(a, b)
        ):
            # (a goal restated as "the target": "the goal is 3 million arrivals", then
            # "the 3.5 million target")
            continue
        if _dated_apart(a, b) or _dated_apart(b, a):
            # "the original €1.8 billion penalty" is not "the penalty of €1.72 billion"
            continue
        if _dated_otherwise(text, b, a) or (b.times and _dated_otherwise(text, a, b)):
            continue  # "the 22.4 million tonnes of 2021/22" is not the 2024/25 crop
        if meet(a, alo, ahi, b, blo, bhi):
            return None
        if a.value <= 0 or b.value <= 0:
            continue
        gap = max(a.value, b.value) / min(a.value, b.value)
        if _MAX_DRIFT < gap < 10 and significant_digits(a.lo, sort=True) == significant_digits(
            b.lo, sort=True
        ):
            gap = _MAX_DRIFT  # digits swapped: "2.1 million" for "1.2 million", 460 for 640
        elif _scale_slip(a, b, gap):
            gap = _MAX_DRIFT
        if b.unit == "days" and gap <= _DAYS_DRIFT:  # its noun is the same (tested above)
            gap = min(gap, _MAX_DRIFT)
        if gap <= best_gap:
            best, best_gap = a, gap
    return best


# Words that make a figure a sum of parts the digest may give one by one.
TOTALS = frozenset(["combined", "total", "totalling", "aggregate", "cumulative", "altogether"])
# Those, and "overall", in a noun's phrase make it the whole of which other figures give a
# part; written before a word, not as a summary's "Overall, …".
_WHOLE = TOTALS | {"overall"}
_WHOLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_WHOLE)) + r")[ \t]+\w", re.IGNORECASE)


def _whole_and_part(a: Figure, b: Figure, text: str) -> bool:
    """Is ``a`` named a whole ("the bank's overall rate") where ``b``'s words do not say
    so? (A summary's "Overall, …" names nothing.)"""
    return (
        not _WHOLE.isdisjoint(a.modifiers)
        and _WHOLE.isdisjoint(b.words)
        and _WHOLE_BEFORE.search(text, max(0, a.start - 40), a.start) is not None
    )


# Nouns that name what one unit costs: "the new price at 3,400 cedis a bag" is the bag's;
# "the $48 auction price" gives a price per megawatt-hour without its rate.
PRICE_NOUNS = frozenset(["price", "cost", "fee", "fare", "charge", "tariff", "rate", "value"])
# Of those, the ones that stay a price per unit when the unit is dropped: "the $48 cost" is
# as often a total as a price (one false alarm more on the development sets).
_UNIT_PRICES = PRICE_NOUNS - {"cost", "fee", "charge", "value"}
_TIME_RATES = frozenset(["per day", "per week", "per month", "per year", "per hour"])
_NEAR_PRICE = 1.25


def _price_dropped(a: Figure, b: Figure, b_rate: str) -> bool:
    """Is ``b`` a price named as such, restating ``a``'s price per unit without the unit
    ("$52 per megawatt-hour", then "the $48 auction price")? Only a near value: the
    unit gone, a price far off is as likely another's ("2,800 shillings", the indicative
    price, after retail prices hit "4,200 shillings a kilogram")."""
    if b_rate or b.kind != "money" or b.head not in _UNIT_PRICES:
        return False
    a_rate = role_rate(a)
    return (
        a_rate.startswith("per ")
        and a_rate not in _TIME_RATES
        and 0 < a.value <= b.value * _NEAR_PRICE
        and 0 < b.value <= a.value * _NEAR_PRICE
    )


def _after_from(text: str, f: Figure) -> bool:
    """Is ``f`` the value a change started from ("up from $4,100")?"""
    return text[max(0, f.start - 5) : f.start].lower() == "from "


# Right after a figure (and its noun): what is needed, not what there is.
_NEEDED = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:needed|required)\b")


def _needed(text: str, f: Figure) -> bool:
    """Is ``f`` an amount needed ("the 5,000 needed each year", "the 40 votes required")?"""
    return _NEEDED.match(text, f.end, f.end + 40) is not None


def _is_goal(f: Figure) -> bool:
    """An aim, not an outcome: "a goal of 41,000 homes", "the 3.5 million target"."""
    return f.head in _GOALS or not _GOALS.isdisjoint(f.subject)


def _scale_slip(a: Figure, b: Figure, gap: float) -> bool:
    """The same digits a thousand or a million times apart: a scale word slipped ("3.1
    million rand" for "3.1 billion rand"). One digit is a round number ("$1 million",
    "$1 billion"), more often two amounts than a slip."""
    return (
        any(abs(gap - scale) < 1e-6 * scale for scale in (1e3, 1e6))
        and len(digits := significant_digits(a.lo)) > 1
        and digits == significant_digits(b.lo)
    )


# What two figures share when one repeats the other with two digits swapped: kind, unit,
# the significant digits sorted (a swap keeps them) and the count of digits before the
# point (a swap keeps the magnitude).
DigitGroup = tuple[str, str, str, int]


# Units a count is converted into from the unit written after it (hours to days, miles to
# kilometres, …), and the number as written.
_CONVERTED = frozenset(["days", "km", "ha", "MW", "MWh", "MHz"])
_MEASURED = _CONVERTED - {"days"}
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def digits_of(f: Figure) -> tuple[DigitGroup, str] | None:
    """A figure's digit group and its significant digits as written ("235" for 2,350);
    ``None`` for figures whose digits say nothing of a slip (dates, years, ranges,
    changes, zero and below)."""
    if f.kind in ("date", "year") or f.value <= 0 or f.lo != f.hi or f.role.startswith("change"):
        return None
    value = f.lo
    if f.unit in _CONVERTED:
        # the number as written, not in the unit it was converted to: "410 hours" is 410,
        # not 17.08 days
        written = _WRITTEN_NUMBER.search(f.text)
        if written is None:
            return None  # in words: no digits to swap
        value = float(written.group().replace(",", ""))
        if value <= 0:
            return None
    digits = significant_digits(value)
    magnitude = len(str(int(value))) if value >= 1 else 0
    return (f.kind, f.unit, "".join(sorted(digits)), magnitude), digits


def adjacent_swap(x: str, y: str) -> bool:
    """Is ``y`` ``x`` with two neighbouring digits swapped ("235" → "253")?"""
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and x[diff[0]] == y[diff[1]]
        and x[diff[1]] == y[diff[0]]
    )


def transposed_from(
    b: Figure,
    blo: float,
    bhi: float,
    digits: tuple[DigitGroup, str],
    by_group: dict[DigitGroup, list[tuple[Figure, str]]],
    earlier: list[tuple[Figure, float, float]],
    cued: bool,
) -> Figure | None:
    """An earlier figure of the same kind and unit whose digits ``b`` repeats with two
    neighbouring ones swapped (2,350 → 2,530, £38.6m → £36.8m), at the same magnitude:
    a typing slip, whatever other words surround the two. Chance pairs ("$236 million" on
    buses, "$263 million" on trams) are kept rare by asking for one measured noun, or for
    three significant digits in a figure the digest restates (``cued``: "the 2,530
    members", a closing summary). None if an earlier, specific figure agrees with ``b``.

    ``digits`` is ``digits_of(b)``; ``by_group`` holds the earlier figures with their
    digits by group (so only figures with the same digits are looked at), ``earlier``
    every earlier figure of ``b``'s kind and unit with its interval."""
    group, written = digits
    rate = role_rate(b)
    found = next(
        (
            a
            for a, a_written in by_group.get(group, ())
            if a.sentence != b.sentence
            and role_rate(a) == rate
            and (
                adjacent_swap(a_written, written)
                # the same number in another unit: "60 kilometres inland", then "60 miles
                # up the river"
                or (a_written == written and b.unit in _MEASURED and a.lo != b.lo)
            )
            and (
                (a.head and a.head == b.head)
                or (len(written) >= 3 and (cued or _tied(a, b)))
                # a distance, an area or a power: its unit says what it measures, as a
                # noun would ("a 450-kilometre pipeline", "540 kilometres")
                or b.unit in _MEASURED
            )
        ),
        None,
    )
    if found is None:
        return None
    if any(
        alo <= bhi and blo <= ahi and ahi - alo <= _NARROW * a.value and a is not found
        for a, alo, ahi in earlier
    ):
        # a value given earlier, not a vague bound ("more than half"); the swapped one may
        # come within the tolerance ("134.2 million" for 132.4 million) and is still a slip
        return None
    return found


def _tied(a: Figure, b: Figure) -> bool:
    """Where one of two figures names no noun, do their words still tie them to one thing:
    a name in common ("Deshlink … paid 4,320 crore taka", "Deshlink, which paid 4,230
    crore taka"), or one's noun among the other's words ("Mexico's population has reached
    132.4 million", "a population of 134.2 million")?"""
    if a.head and b.head:
        return False
    return bool(a.names & b.names) or (a.head or b.head) in (b.words if a.head else a.words)


def _dated_apart(a: Figure, b: Figure) -> bool:
    """Words before ``a`` date it before the figures around it ("the original €1.8 billion
    penalty") and ``b``'s clause does not say so too ("$15 billion in initial funding"
    restates "an initial $10 billion")."""
    early = a.subject & EARLIER
    return bool(early) and early.isdisjoint(b.words)


def _clash(a: Figure, b: Figure) -> bool:
    """Qualifiers that set two figures of one noun apart ("corporate tax", "ground-rent
    tax"); a name is not one ("the 460 kg Cerrado-1" is the "640 kg satellite")."""
    names = a.names | b.names
    mods_a, mods_b = a.modifiers - names, b.modifiers - names
    return bool(mods_a and mods_b and mods_a.isdisjoint(mods_b))


# Measured nouns that name one kind of thing, for a restated figure, whose words rarely
# repeat the first ones: "62 vessels" and "the 68 ships", "46 houses" and "nearly 60 homes".
_SYNONYM_GROUPS = (
    ("ship", "vessel"),
    ("worker", "employee", "job"),
    ("car", "vehicle"),
    ("plane", "aircraft", "jet", "airliner"),
    ("pupil", "student"),
    ("teacher", "educator"),
    ("bird", "chicken", "hen", "poultry"),
    ("home", "house", "dwelling"),
    ("consumer", "customer", "household"),
    ("fish", "salmon", "trout"),  # "about 3,500 farmed salmon", "the 5,300 fish that escaped"
    ("doctor", "physician"),
    ("firm", "company"),
    ("death", "fatality"),
    ("case", "infection"),
    ("deal", "agreement", "sale"),
    ("tariff", "duty"),
    ("output", "production", "harvest"),  # "output up 23%", "a harvest up by a fifth"
    # "its power station", then "the plant closes"; "a 120-megawatt campus", "the facility"
    ("plant", "facility", "station", "generator", "campus", "centre", "center"),
    # a change, by which way it went: "a 27% cut in face value", "the 25% haircut"; "the
    # increase of roughly 14%", "a rise of roughly 12%"
    ("cut", "haircut", "drop", "fall", "decline", "reduction", "dip", "slump", "plunge"),
    ("increase", "rise", "hike", "gain", "jump", "surge"),
    # when something starts to work, for a year or a date: "due to start operating in
    # 2027" and "once it comes online in 2028"
    ("operating", "online", "operational", "operation", "operations"),
    ("deadline", "due"),  # "bids were due on July 14", "by the July 21 deadline"
    # an event, for how long it lasted: "a nine-day suspension", "the ten-day pause"
    ("suspension", "pause", "halt"),
    ("strike", "walkout", "stoppage"),
    # the lowest or highest level in a while: "the lowest in 18 months", "a 24-month low"
    ("low", "lowest"),
    ("high", "highest"),
)
_SAME_NOUN = {word: group[0] for group in _SYNONYM_GROUPS for word in group}


def noun_key(word: str) -> str:
    """The word a measured noun is compared by: the first of its synonym group, or itself."""
    return _SAME_NOUN.get(word, word)


def noun_among(word: str, words: frozenset[str]) -> bool:
    """Is ``word``, or a synonym of it, among ``words``? ("the Hořany plant closes in 2031"
    names the "Hořany power station" of 2032.)"""
    if word in words:
        return True
    key = _SAME_NOUN.get(word)
    return key is not None and any(_SAME_NOUN.get(w) == key for w in words)


# Nouns of a rise: a restated share of a rise names it in other words.
_RISES = frozenset(["rise", "increase", "hike", "raise", "jump", "gain", "growth"])


def _same_noun(a: Figure, b: Figure) -> bool:
    """One measured noun (or two of a synonym group: "vessels" and "ships"); for a
    percentage or a length of time, also one's noun among the words just before the other
    when that one has none of its own: "lowered its growth forecast to 1.8%" and "the
    bank's 1.6% growth forecast"; "the average wait reached 4.1 months" and "the average
    wait has climbed to 4.4 months"; for two shares with no noun, a noun of a rise before
    each; for two lengths of time with no noun, a word before both or two words of their
    clauses; for other counts, the noun among the words before the one without one,
    unless that one is a bound (a count without a noun of its own is then often a
    projection: "could climb well above 3 million")."""
    if a.head and b.head:
        return _SAME_NOUN.get(a.head, a.head) == _SAME_NOUN.get(b.head, b.head)
    if not a.head and not b.head:
        if b.kind == "percent":
            # two rises named before them: "the increase of roughly 14%" and "a rise of
            # roughly 12%"
            return bool(a.subject & _RISES) and bool(b.subject & _RISES)
        # two lengths of time, of one thing or one deed: "suspend the contract for 60
        # days" and "paused the ticket contract for ninety days"; "took 30 months to
        # build" and "took 36 months to build"
        return (
            b.kind == "count"
            and b.unit == "days"
            and (bool(a.subject & b.subject) or len(a.words & b.words) >= 2)
        )
    if not (a.head in b.subject or b.head in a.subject):
        # a length of time of one deed: "dredging … should take about four years" and "the
        # three-year dredging programme"
        return b.unit == "days" and bool(a.modifiers & b.subject or b.modifiers & a.subject)
    if b.kind == "count" and b.unit != "days":
        # a count whose noun opens its clause ("Cases have climbed to about 148,000"), not
        # a bound, which is mostly a projection ("could climb well above 3 million")
        return hedge_class(b if a.head else a) not in ("floor", "ceiling")
    return b.kind == "percent" or b.kind == "count"
