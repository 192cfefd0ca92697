"""The words around a figure: a sentence's tokens, its runs of names, the parts of a year
it names, the noun a figure measures (after it or before it) and the words that set it
apart, a rate ("$38 a share"), an age ("Dorj, 51"), numbers that are names ("Area 51"),
and the word lists these read; :func:`_annotate` puts them on the candidates of a sentence.

Separate from :mod:`seedlint.figures`, which finds the candidates and reads their values:
this is the English around a number, not the number."""

from __future__ import annotations

import bisect

from seedlint import regexstore
from seedlint.dates import year_of
from seedlint.figure_record import _NO_WORDS, _TOKEN, Figure, _Cand, lemma
from seedlint.numerals import (
    _GLUED_NOUN,
    _GLUED_UNITS,
    _UNIT_AFTER,
    MONTHS,
    SCALES,
    WORD_VALUES,
    _words,
)

_LOWER_WORD = regexstore.compile(r"(?<![\p{L}])[a-z][a-z]+(?![\p{L}])")
_LIST_MARK = regexstore.compile(r"(?:^|\n)[ \t]*\Z")


STOP = _words(
    """a about according across after against all almost also among an and any are around as at be
    been before being between both but by can cent could currently day days did do does down
    during each even every few for from had has have he her here his i if in into is it its just
    least less many may might month months more most much must my nearly new no nor not now of
    off on only onto or other our out over per percent point points roughly said same say says
    she should since so some still such than that the their them then there these they this
    those time times to today total under until up was we week weeks were what when where which
    while who whom whose will with within without would year years you your"""
)


_TIME_WORDS = frozenset({"today", "now", "currently", "present", "remain", "remains", "still"})
_CHANGE = _words(
    """after before climb climbed compared decline declined declines doubled drop dropped drops
    earlier fall fallen falls fell formerly from grew grow grown grows halved increase increased
    increases initially jump jumped last lowered originally previously prior raised rise risen
    rises rose shrank shrink shrunk slipped tripled versus vs
    original initial previous revised"""
)
_CUTS = frozenset({"cut", "cuts", "reduced", "trimmed"})
# Verbs whose "by" amount is a difference, not a level: "trim the penalty by €120 million".
_BY_VERBS = _CUTS | _words(
    """boost boosted boosts cutting expand expanded lift lifted lower lowers raise raises
    reduce reduces reducing slash slashed slashes trim trims widen widened"""
)
_PLAN = _words(
    """aim aimed aims asked could expect expected expects forecast forecasts goal hope hopes intend
    intends may might order ordered ordering orders plan planned planning plans projected projection
    propose proposed request requested seek seeks sought target targets"""
)
_LEFT_SKIP = _words(
    """about approximately are around at be been by climbed cost costing costs declined dropped
    estimated fell get gets grew hit in increased is jumped just more nearly number numbered
    numbering of on only over pegged priced put reach reached receive received receives rose
    roughly set since some stands stood than to totaled totaling totalled totalling value valued
    was were will worth would now currently still already raised collected generated"""
)
_NAME_STOP = _words(
    """a about after almost also although an and around as at before but by despite during for from
    her his however if in it its less meanwhile more nearly of on or our over since some that
    the their these this those though to under up when where while with
    overall altogether ultimately instead indeed moreover furthermore separately elsewhere
    thus hence likewise similarly nevertheless nonetheless finally still yet
    another additional further extra fewer
    notably additionally crucially importantly specifically currently previously initially
    consequently accordingly"""
)
MEASURES = _words(
    """acre barrel degree gallon hectare kg kilogram kilometer kilometre km liter litre meter metre
    mile ton tonne"""
)
_VERBS = _words(
    """account accounts added announced beat beats carried cover covers employ employs flew gets
    got had has have held hold holds include includes lose lost made make makes received
    receives reported run runs said says span spans takes took went win wins won
    looks seems appears comes came goes gives gave puts sits keeps helps brings began begins"""
)
# Verbs that move a quantity "to" a figure: "bringing Bank Rate to 4.75%".
_TO_VERBS = _words(
    """bring bringing brings brought lift lifting lifts lower lowering lowers push pushed
    pushing pushes raise raises raising take takes taking extend extended extending
    extends expand expanded expanding expands"""
)
_CHANGE_OR_CUT = _CHANGE | _CUTS | _TO_VERBS
# Verbs of a change that the figure right after them measures: "output climbed 15%",
# "arrivals fell 7% to 25.1 million" (7% is how far they fell).
_MOVED = _words(
    """climbed declined decreased dipped dropped fell gained grew increased jumped plunged
    rose shrank slid slipped slumped soared surged tumbled grown growing risen rising fallen
    falling"""
)
# The same after a form of "be" or a comma: "orders were up about 15%", ", down 3%".
_UP_DOWN = frozenset(["up", "down"])
# The words after which a figure can be the size of a change ("fell", "rose by", "up",
# "cut … by"): the verb the changed noun stands before.
_MOVERS = _MOVED | _CHANGE | _BY_VERBS | _UP_DOWN
# What a verb before a figure measures, for a change given after it: "produced 820,000
# tonnes of copper, up 12%" is a change in output.
_DEED_NOUNS = {
    "produced": "output",
    "produces": "output",
    "exported": "export",
    "exports": "export",
    "imported": "import",
    "imports": "import",
    "sold": "sale",
    "sells": "sale",
    "shipped": "shipment",
    "harvested": "harvest",
    "earned": "earning",
}
# Verbs that make the figure after them a threshold: "when prices exceed $70 a pound".
_THRESHOLDS = _words("exceed exceeds exceeding surpass surpasses top tops")
# Nouns of a change that a figure before them measures: "the 40% drop in investment".
_CHANGE_NOUNS = _words(
    """cut decline dip drop fall gain haircut hike increase jump plunge reduction rise slump
    surge"""
)
# A forecast stated in the sentence: "Economists expect two cuts, bringing the rate to 4.75%".
_FORECAST = _words("anticipate anticipates expect expects forecast forecasts predict predicts")
_LINKS = frozenset({"of", "worth", "valued", "at", "totaling", "totalling", "costing"})
# A unit glued to a count: "a 650-patient trial", "a 6,450-megawatt dam".
# "the 250,000-barrel-a-day refinery": the unit and the time it is a rate of.
_HYPHEN_UNIT = regexstore.compile(
    r"-(?:(?:cubic|square)-)?(\p{L}{3,})(?:-(?:a|an|per)-(\p{L}{3,}))?(?![\p{L}\p{N}-])"
)
# After a figure and its noun: "37 seats, up from 27", "4.1%, down from 4.5%".
_UP_FROM = regexstore.compile(r"[^,;.]{0,40}?,?\s+(?:up|down)\s+from\b", regexstore.IGNORECASE)
_NAME_NOT_NAME = (
    frozenset(MONTHS)
    | frozenset({"i", "q1", "q2", "q3", "q4", "h1", "h2"})
    # a day owns nothing: "Sunday's election" is the election's time, not its owner
    | _words("monday tuesday wednesday thursday friday saturday sunday")
)
_STOP_OR_NAME_STOP = STOP | _NAME_STOP
_ITEM_MARKS = frozenset("-*+>#• \t")
# A number after a name above this is no one's age.
_OLDEST = 120


# Words that a number labels rather than counts after: "phase 3", "a level 4 alert",
# "the top 10 firms" (capitalised, "Phase 3" is a name like "Area 51").
_LABEL_WORDS = _words(
    """act article category chapter class episode flight gate grade level page paragraph
    phase platform round route runway season section stage terminal tier top type version
    volume"""
)
# What a score or a split names: "a 5-4 vote", "a 2-3 defeat".
_SCORE_NOUNS = _words(
    """decision defeat draw loss majority margin result ruling score split tie verdict victory
    vote win"""
)
_WORD_BEFORE = regexstore.compile(r"([\p{L}][\p{L}\p{N}-]*)\s+\Z")
# "China launched 68 times and Russia 17 times": a name and a number after "and" or a
# comma, in a sentence that gave another number with the same word after it, is a figure
# with its verb left out, not a name like "Area 51".
_GAPPED = regexstore.compile(r"\d[\d,.]*\s+(\p{L}+)[^.;!?]*?(?:\band|\bor|\bwhile|\bbut|,)\s+\Z")
_NEXT_WORD = regexstore.compile(r"\s+(\p{L}+)")
# "number" as a verb before its count: "those waiting now number 9,400".
_NUMBER_AS_VERB = regexstore.compile(
    r"\b(?:now|still|already|together|will|would|could|may|might|who|which|that|they|to)"
    r"\s+number\Z",
    regexstore.IGNORECASE,
)
# "the 737 MAX": a model, named by its number and a word in capitals
_MODEL_AFTER = regexstore.compile(r"\s+\p{Lu}{3,}\b(?!\s+(?!was\b|has\b|is\b)\p{Ll}+s\b)")


# "777 Partners", "3 Arrows Capital": a firm whose name opens with a number
_FIRM_AFTER = regexstore.compile(
    r"(?:\s+\p{Lu}\p{Ll}+)?\s+(?:Partners|Capital|Holdings|Group|Ventures|Investments"
    r"|Advisors|Advisers|Management|Labs|Studios|Technologies|Systems|Media)\b"
)


def _is_name_number(text: str, start: int, end: int) -> bool:
    """``Area 51``, ``Boeing 737``, ``phase 3``, ``the 737 MAX``, ``a 5-4 vote``, list
    numbering ``3.``, ``777 Partners``: numbers that are not figures."""
    if text[end + 1 : end + 2].isupper() and _FIRM_AFTER.match(text, end) is not None:
        return True
    before = text[max(0, start - 40) : start]
    m = _WORD_BEFORE.search(before)
    if m is not None:
        word = m.group(1)
        low = word.lower()
        if word[0].isupper() and (
            low not in _NAME_STOP
            and low not in _NAME_NOT_NAME
            and low not in STOP
            and not _gapped(text, start, end, start - len(before) + m.start(1))
        ):
            return True
        if low in ("the", "a", "an") and end - start >= 3 and _MODEL_AFTER.match(text, end):
            return True
        if low in _LABEL_WORDS:
            return True
    if _LIST_MARK.search(before) and text[end : end + 1] in (".", ")"):
        return True
    if "-" in text[start:end] or "–" in text[start:end]:
        n = _NEXT_WORD.match(text, end)
        if n is not None and n.group(1).lower() in _SCORE_NOUNS:
            return True  # "a 5-4 vote"
    before = before.rstrip()
    if before.endswith("number"):
        # "the number 7 bus" names; "patients … now number 9,400" counts them
        return _NUMBER_AS_VERB.search(before) is None
    return before.endswith(("No.", "#", "No"))


def _gapped(text: str, start: int, end: int, name_start: int) -> bool:
    """Is the number at ``start`` the figure of a gapped clause ("and Russia 17 times"),
    the name before it starting at ``name_start``?"""
    g = _GAPPED.search(text, max(0, name_start - 80), name_start)
    if g is None:
        return False
    n = _NEXT_WORD.match(text, end)
    return n is None or n.group(1).lower() == g.group(1).lower()


# After a length of time, what makes it a delay: "nine months late", "two years later than
# planned" (not "two years later, ...": a time after).
_LATE = regexstore.compile(
    r"\s+(?:late|overdue|behind\s+schedule|later\s+than\s+(?:planned|scheduled|expected"
    r"|originally|first|promised|hoped))\b"
)

_MATCH = regexstore.match_type()
_M_START, _M_END, _M_GROUP = _MATCH.start, _MATCH.end, _MATCH.group


class _Toks:
    """The tokens of a sentence with figures (the others are never tokenised), column by
    column: parallel lists rather than one tuple per token, so that tokenising allocates
    little and a run of tokens is a slice (``lows[a:b]``) tested against a word set in C."""

    __slots__ = ("ends", "lows", "starts", "words")

    def __init__(self, text: str, start: int, end: int) -> None:
        ms = list(_TOKEN.finditer(text, start, end))
        self.words: list[str] = list(map(_M_GROUP, ms))
        self.starts: list[int] = list(map(_M_START, ms))
        self.ends: list[int] = list(map(_M_END, ms))
        self.lows: list[str] = list(map(str.lower, self.words))


class _LowerWords:
    """The words ``text`` writes in lower case, found when first asked about (rarely)."""

    __slots__ = ("text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = frozenset(_LOWER_WORD.findall(self.text))
        return word in self.words


def _acronyms(words: list[str]) -> set[str]:
    if len(words) < 2:
        return set()
    full = "".join(w[0] for w in words).lower()
    caps = "".join(w[0] for w in words if w[0].isupper()).lower()
    return {full, caps}


# Capitalised possessives that open a sentence without naming anyone: "Today's vote".
_TIME_WORDS_POSS = frozenset(
    ["today", "yesterday", "tomorrow", "this", "last", "next", "year", "week", "month"]
)


def _name_runs(
    toks: _Toks, text: str, sent_start: int, lower: _LowerWords
) -> list[tuple[int, int, set[str]]]:
    """Runs of capitalised tokens (allowing "of"/"and" inside): (first, last, names)."""
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    runs: list[tuple[int, int, set[str]]] = []
    n = len(words)
    while sent_start < len(text) and text[sent_start] in _ITEM_MARKS:
        sent_start += 1  # "- The rate rises": "The" opens the sentence of a list item
    i = 0  # the first token not in a run yet
    # a run starts at a capitalised token: visit only those
    for c in [k for k, w in enumerate(words) if w[0].isupper()]:
        if c < i:
            continue  # inside the run before
        i = c
        word, low = words[i], lows[i]
        first_word = starts[i] == sent_start
        if (
            (first_word and low in _STOP_OR_NAME_STOP)
            or low in _NAME_NOT_NAME
            or (low.endswith(("'s", "’s")) and low[:-2] in _NAME_NOT_NAME)
        ):
            i += 1
            continue
        j = i
        while j + 1 < n:
            gap = text[ends[j] : starts[j + 1]]
            if gap.strip() not in ("", "'s", "’s"):
                break
            if words[j + 1][0].isupper() or (
                lows[j + 1] in ("of", "and", "for") and j + 2 < n and words[j + 2][0].isupper()
            ):
                j += 1
            else:
                break
        run = words[i : j + 1]
        gap_after = text[ends[j] : ends[j] + 2]
        if (
            first_word
            and len(run) == 1
            and not gap_after.startswith(("'s", "’s"))
            # "Labour's majority": a possessive names someone ("Today's" does not)
            and (not low.endswith(("'s", "’s")) or low[:-2] in _TIME_WORDS_POSS)
            and not any(ch.isupper() for ch in word[1:])
            and (low.endswith("s") or low in lower)
        ):
            i = j + 1
            continue  # "Officials said", "Revenue rose": a capital only because it leads
        names = {lemma(w) for w in run if w[0].isupper()}
        names |= _acronyms(run)
        runs.append((i, j, names))
        i = j + 1
    return runs


# Parts of a year: what they are written as, and the time they add ("q1", "h2", "march").
_ORDINAL_PARTS = {
    f"{o} {part}": f"{part[0]}{n}"
    for part, count in (("quarter", 4), ("half", 2))
    for n, ords in enumerate(
        (("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"))[:count], 1
    )
    for o in ords
}
_MONTH_NAMES = frozenset(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
PERIODS = frozenset([*_ORDINAL_PARTS.values(), *_MONTH_NAMES])
_PERIOD_WORDS = (
    frozenset(["quarter", "half"])
    | frozenset(p.replace(" ", "-") for p in _ORDINAL_PARTS)
    | PERIODS
)
_MONTH_LEADS = frozenset(["in", "during"])


_ORDINALS = frozenset(o for p in _ORDINAL_PARTS for o in p.split()[:1])
_PERIOD_STARTS = _PERIOD_WORDS | _ORDINALS  # what _is_period can be true of


def _is_period(lows: list[str], i: int) -> bool:
    """Is token ``i`` (a part of) a time within a year: "Q1", "March", "first quarter"?"""
    low = lows[i]
    return low in _PERIOD_WORDS or (
        low in _ORDINALS and i + 1 < len(lows) and lows[i + 1] in ("quarter", "half")
    )


def _period(toks: _Toks, i: int) -> str:
    """The part of a year token ``i`` names, if any: "Q2", "first quarter", "second-half",
    "in March" (a capitalised month after "in" or "during")."""
    low = toks.lows[i]
    if len(low) == 2:
        return low  # q1..q4, h1, h2
    if low in MONTHS:
        if i and toks.lows[i - 1] in _MONTH_LEADS and toks.words[i][0].isupper():
            return low
        return ""
    if low in ("quarter", "half"):
        return _ORDINAL_PARTS.get(toks.lows[i - 1] + " " + low, "") if i else ""
    return _ORDINAL_PARTS[low.replace("-", " ")]


_ARTICLES = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"])
_DETERMINERS = frozenset(
    ["the", "its", "their", "his", "her", "our", "a", "an", "all", "total", "new"]
)
# Words that end the noun phrase after a figure once it has a word ("40 homes near
# Paris", "40 workers last year", "40% of its staff abroad", "12 arrests Monday"); as its
# first word some are adjectives ("40 overseas bases", "near misses") and are kept.
_PLACE_PREPS = _words("along alongside behind beside beyond inside near outside throughout")
_RUN_END = _PLACE_PREPS | _words(
    """abroad ago alone already amid amidst apiece despite downstream elsewhere except
    instead last like minus next nationwide overseas past plus short shy statewide together tomorrow
    tonight toward towards unlike upon upstream versus via worldwide yesterday
    monday tuesday wednesday thursday friday saturday sunday"""
)
# Words that say where, kept as modifiers when they end the phrase: "staff abroad".
_PLACE_ADVERBS = _words("abroad elsewhere nationwide overseas statewide worldwide")
# A time after a figure ("40 workers last year"): it dates the figure like a year does.
_TIME_LEADS = frozenset(["last", "next", "past", "this"])
_TIME_NOUNS = _words(
    """autumn century decade fall month quarter season spring summer term week weekend
    winter year"""
)


# "last year's tourist tax revenue": a time noun that owns what follows still dates it.
_TIME_OWNERS = frozenset(w + s for w in _TIME_NOUNS for s in ("'s", "’s"))
# Words before a verb "last": "the season would last about three months".
_BEFORE_VERB = _words("can could may might must shall should to will would")
# Forms of "be" that make "raised" passive: "prices were raised 5%" is a change.
_BE = _words("am are be been being is was were")
_RAISE = _words("raise raised raises raising")


def _changed(lows: list[str], lo: int, hi: int, words: list[str], duration: bool) -> bool:
    """Whether a word of a change is among ``lows[lo:hi]``, ``hi`` being the figure's
    first token. Not a change: "last" before a time noun ("burned 3.2 million tonnes last
    year and employs about 640 people" dates the clause, it does not make 640 the new
    value of a change) or after a modal ("would last about three months"), an amount
    "raised" as the verb's object ("the tax raised about 130 million euros" collected it),
    "from" in a route ("the tariff from Kostanay to Aktau"), and "after" or "before" a
    length of time (``duration``: "resumed after a stoppage of four days")."""
    n = len(lows)
    for i in range(lo, hi):
        low = lows[i]
        if low not in _CHANGE:
            continue
        if low == "last" and (
            (i + 1 < n and (lows[i + 1] in _TIME_NOUNS or lows[i + 1] in _TIME_OWNERS))
            or (i > 0 and lows[i - 1] in _BEFORE_VERB)
        ):
            continue
        if low in _RAISE and i == hi - 1 and not (i > 0 and lows[i - 1] in _BE):
            continue
        if (
            low == "from"
            and i + 3 < hi
            and lows[i + 2] == "to"
            and words[i + 1][0].isupper()
            and words[i + 3][0].isupper()
        ):
            continue
        if duration and low in ("after", "before"):
            continue
        if low == "from" and not _CARRY.isdisjoint(lows[max(lo, i - 3) : i]):
            continue  # "carry power from the blocks' 6 gigawatts": where it comes from
        if (
            low == "from"
            and i == hi - 1
            and i > lo
            and lows[i - 1] in _FROM_SENDERS
            and _CHANGE.isdisjoint(lows[lo : i - 1])
        ):
            continue  # "applications from 1,530 farmers": who sent them
        return True
    return False


# Things people send or give: "from" after them names who, not where a change started.
_FROM_SENDERS = _words(
    """application applications bid bids complaint complaints donation donations offer offers
    request requests submission submissions objection objections claim claims"""
)
# Verbs that move a thing from a place: "from" after them is where, not a change's start.
_CARRY = _words("carry carries carried carrying transport transports transported bring brings")


# Plurals that lemma() leaves as written.
_PLAIN_PLURALS = frozenset(["people", "women", "men", "children", "police"])
# What opens an object: a word between a plural noun and one of these is its verb
# ("residents oppose the plan", "Americans back it").
_OBJECT_START = frozenset(
    [
        *("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"),
        *("them", "it", "neither", "either", "every", "each", "no"),  # "satisfies neither side"
    ]
)


# Words that open a clause a verb takes as its object: "43% shortfall shows how …".
_WH = frozenset(["how", "why", "whether", "what"])


# What a figure can be "a"/"an" of, making it a rate: "$38 a share", "$25 an hour".
# "another 40 holes", "adding 5 cubic metres": an increment
_MORE = _words("another additional further extra add adds adding added")
# After a figure, what makes it a difference: "costs 350 baht a tonne more than burning it".
_THAN_WORDS = _words("more less fewer higher lower cheaper dearer")
# Right after a figure, what makes it a difference of the noun after: "1.3 million fewer pigs".
_FEWER = _words("fewer more less")
# Verbs whose amount, with "off" after it, is taken from something: "knock 15 francs off".
_OFF_VERBS = _words("knock knocks knocked knocking shave shaves shaved shaving wipe wiped")
_RATE_TIMES = _words("day hour month week year")  # "50,000 homes a year"
_MEASURE_ADJECTIVES = _words("cubic square")  # "per cubic metre"
_RATE_NOUNS = _words(
    """barrel bushel day dose gallon head hour kilo kilogram kilometre kilometer kwh litre
    liter megawatt-hour mile minute month night ounce person pound seat second share
    square tonne ton unit visit week year bag sack box crate bottle carton ticket trip ride
    passenger household family pupil student worker employee acre hectare meal call
    voyage transit container vehicle car patient room flight policy club team player member
    resident child citizen customer subscriber user"""
)
# One name for each unit a rate is given per: "9 euros a kilo" is "8 euros a kilogram".
_RATE_UNITS = {
    "kilo": "kilogram",
    "kg": "kilogram",
    "kilogramme": "kilogram",
    "ton": "tonne",
    "liter": "litre",
    "kilometer": "kilometre",
    "km": "kilometre",
}


# Verbs whose past is their bare form, after a noun: "the five-day stoppage cost producers
# about C$40 million" (the stoppage is the noun; "cost" its verb).
_BARE_VERBS = _words("cost cut hit hurt put set shut")


# A number glued to its unit before a rate's noun: "per 64-kilogram bag".
def _glued_noun(toks: _Toks, k: int) -> bool:
    """Can token ``k`` be the noun a unit glued to a count describes ("the five-year
    contract")?"""
    low = toks.lows[k]
    return (
        _GLUED_NOUN.fullmatch(toks.words[k]) is not None
        and low not in STOP
        and low not in _VERBS
        and low not in _RUN_END
    )


_MEASURED_ADJECTIVE = regexstore.compile(r"\d[\d.,]*-\p{L}+")

_ADJECTIVE_RATES = {
    "annual": "per year",
    "yearly": "per year",
    "monthly": "per month",
    "weekly": "per week",
    "daily": "per day",
    "hourly": "per hour",
}
_ADVERB_RATES = {"annually": "per year", **_ADJECTIVE_RATES}
_ADVERB_RATES.pop("annual")


def _rate(toks: _Toks, k: int, text: str, fig_end: int) -> tuple[str, int]:
    """ "per share" for "$41 per share" or "$38 a share", "each" for "$3 each" (and the
    index after it), else ("", k): a rate is never the same quantity as a total."""
    lows, starts = toks.lows, toks.starts
    n = len(lows)
    if k >= n or text[fig_end : starts[k]].strip():
        return "", k
    low = lows[k]
    if low in ("each", "apiece"):
        return "each", k + 1
    if low in _ADVERB_RATES:
        return _ADVERB_RATES[low], k + 1
    if k + 1 < n and not text[toks.ends[k] : starts[k + 1]].strip():
        j = k + 1
        if (
            j + 1 < n
            and lows[j][:1].isdigit()
            and _MEASURED_ADJECTIVE.fullmatch(lows[j])
            and not text[toks.ends[j] : starts[j + 1]].strip()
        ):
            j += 1  # "per 64-kilogram bag": the bag
        if (low == "per" and lows[j] not in STOP) or (
            low in ("a", "an") and lemma(lows[j]) in _RATE_NOUNS
        ):
            noun = lemma(lows[j])
            return "per " + _RATE_UNITS.get(noun, noun), j + 1
    return "", k


# Irregular past participles, which follow a noun as "-ed" ones do ("objects taken",
# "shares held", "homes built"): the noun phrase ends before them.
PARTICIPLES = _words(
    """beaten begun blown bought bound broken brought built burnt caught chosen dealt done
    driven drawn dug eaten fallen fed felt fled flown fought forgotten found frozen given gone
    grown held hidden hung kept known laid led left lent lost made meant met overtaken paid
    proven put read ridden risen run said seen sent set shaken shown shrunk shut slid sold
    sought spent spilt spoken stolen stood stricken struck stuck sunk swept sworn taken taught thrown
    told torn understood undertaken withdrawn won worn written"""
)


def _is_plural(word: str, low: str) -> bool:
    """A plural noun as written: "residents", "women" (not "company's", not "bus")."""
    return low in _PLAIN_PLURALS or (lemma(word) != low and not low.endswith(("'s", "’s")))


def _coordinated_modifiers(toks: _Toks, j: int, text: str, before: str) -> bool:
    """Whether the "and" at j joins two modifiers of the plural noun after them ("local
    and international banks"), not two nouns ("engineers and technicians")."""
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    second, noun = j + 1, j + 2
    if text[ends[j - 1] : starts[noun]] != f" {words[j]} {words[second]} ":
        return False  # no comma, dash or line break between the words
    for w, low in ((before, before.lower()), (words[second], lows[second])):
        if w[0].isupper() or _is_plural(w, low) or low in STOP or low in _VERBS:
            return False
    low = lows[noun]
    return (
        not words[noun][0].isupper()
        and low not in STOP
        and low not in _VERBS
        and _is_plural(words[noun], low)
    )


def _head_right(
    toks: _Toks, k: int, text: str, fig_end: int, kind: str
) -> tuple[str, list[str], int]:
    """The noun a figure measures, from the words after it: "$1.8 billion classified
    contract" → contract; "40% of its sales" → sale."""
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    n = len(words)
    if k >= n or text[fig_end : starts[k]].strip():
        return "", [], k
    i = k
    of = lows[i] == "of"
    if (of or (kind == "money" and lows[i] in ("in", "off"))) and i + 1 < n:
        if lows[i] == "in" and lows[i + 1] in _ARTICLES:
            # "$2 billion in new loans" measures loans; "invest €20 million in the port"
            # names where the money goes
            return "", [], k
        i += 1
    elif lows[i] in _ARTICLES and lows[i] not in ("a", "an"):
        # a clause that takes the figure as its object: "the 9.8% the board paid"
        return "", [], k
    while i < n and lows[i] in _DETERMINERS:
        i += 1
    if of and kind == "percent" and i + 1 < n and lows[i][0].isdigit():
        # "a quarter of the 142,000 teachers": a share of the teachers, whose number
        # stands between
        i += 1
        while i + 1 < n and (lows[i] in SCALES or lows[i][0].isdigit()):
            i += 1  # ("142,000" is two tokens)
    run: list[str] = []
    j = i
    while j < n and len(run) < 5:
        low = lows[j]
        if j > i and text[ends[j - 1] : starts[j]].strip():
            break
        nxt = j + 1 if j + 1 < n else -1  # the next token's index, if any
        if (
            low in ("of", "and")
            and run
            and run[-1][0].isupper()
            and nxt >= 0
            and words[nxt][0].isupper()
        ):  # "Department of Defense launches"
            run.append(words[j])
            j += 1
            continue
        if (
            low == "and" and run and j + 2 < n and _coordinated_modifiers(toks, j, text, run[-1])
        ):  # "11 local and international banks": two modifiers of one noun
            run.append(words[j])
            j += 1
            continue
        if low in STOP or low in _TIME_WORDS or low[0].isdigit() or low in _VERBS:
            break
        if low.endswith("ly") or low == "once":
            break
        if low in _PERIOD_STARTS and _is_period(lows, j):
            break  # "$3 billion in the first quarter": a time, not what is measured
        if low in _RUN_END:
            # "40 homes near Paris", "40 workers last year", "staff abroad"; nor can it
            # open the phrase: "2.5 million last year" measures nothing named
            break
        if (
            run
            and not words[j][0].isupper()
            and nxt >= 0
            and lows[nxt] in _OBJECT_START
            and not text[ends[j] : starts[nxt]].strip()
            and _is_plural(run[-1], run[-1].lower())
            and not _is_plural(words[j], low)
        ):
            break  # a verb after its plural subject: "40% of Americans back the bill"
        if (
            run
            and not words[j][0].isupper()
            and nxt >= 0
            and (lows[nxt] in _OBJECT_START or lows[nxt] in _WH or words[nxt][0].isupper())
            and not text[ends[j] : starts[nxt]].strip()
            and not _is_plural(run[-1], run[-1].lower())
            and _is_plural(words[j], low)
            and lemma(words[j]) not in MEASURES  # "6.1 billion cubic metres a year"
        ):
            break  # a verb after its singular subject: "$4.5 billion offer values Beta"
        if run and low in PARTICIPLES:
            break  # "34 objects taken from the Asante": the noun, then what was done to it
        if low.endswith("ing") and run and _is_plural(run[-1], run[-1].lower()):
            break  # "64 holes totalling 11,800 metres": the noun, then what it does
        if low.endswith(("ed", "ing")) and not words[j][0].isupper():
            first = (
                not run
                and nxt >= 0
                and lows[nxt] not in STOP
                and not text[ends[j] : starts[nxt]].strip()
            )
            if not first and (low.endswith("ed") or not run):
                break  # a verb ("rose", "launched"), not an adjective ("classified contract")
        run.append(words[j])
        j += 1
    run = [w for w in run if w.lower() not in ("of", "and")]
    if not run:
        return "", [], k
    if len(run) > 1 and lemma(run[0]) in MEASURES:
        # "the 640 kg satellite": a mass; what has it is a modifier
        return lemma(run[0]), [lemma(w) for w in run[1:]], j
    return lemma(run[-1]), [lemma(w) for w in run[:-1]], j


_TAIL_LINKS = frozenset(["for", "with", "from", "of", "to", "in", "on"]) | _PLACE_PREPS


def _tail(toks: _Toks, k: int, hi_bound: int) -> set[str]:
    """Content words of the phrase after the head ("contracts for the Space Force's launch
    program"): what tells two contracts apart."""
    out: set[str] = set()
    lows = toks.lows
    if k < len(lows) and lows[k] in _PLACE_ADVERBS and toks.starts[k] < hi_bound:
        out.add(lows[k])  # "staff abroad"
        return out
    if k >= len(lows) or lows[k] not in _TAIL_LINKS:
        return out
    if lows[k] == "to" and _infinitive(toks, k + 1):
        return out  # "closing ten schools to save $14 million": a purpose, not which schools
    for i in range(k + 1, min(k + 6, len(lows))):
        low = lows[i]
        if toks.starts[i] >= hi_bound or low in _VERBS or low[0].isdigit():
            break
        if low not in STOP and not (
            low in _PERIOD_STARTS and _is_period(lows, i)
        ):  # "jobs in the first quarter"
            out.add(lemma(toks.words[i]))
    return out


def _infinitive(toks: _Toks, i: int) -> bool:
    """Is the word at ``i``, after "to", a verb: a word in lower case followed by its object,
    a number or a determiner ("to save $14 million", "to cut the fees")?"""
    return (
        i + 1 < len(toks.lows)
        and toks.words[i].islower()
        and toks.lows[i] not in STOP
        and (toks.lows[i + 1][0].isdigit() or toks.lows[i + 1] in _ARTICLES)
    )


_PLACE_LINKS = frozenset(["in", "at", "near", "outside"])
# A share written as a count of a whole: "one in four", "three out of ten".
_ONE_IN = regexstore.compile(r"\s(?:in|out\s+of)\s")
# What a length after its unit measures: "41 kilometres long", "a wall 3 metres high".
_DIMENSIONS = _words("long wide deep high tall thick")
_OF_WHOLE = frozenset(["the", "its", "their", "these", "those"])  # "N of the M seats"
_POSSESSIVE = ("'s", "’s")  # "23 of Kenya's 47 counties"
_COST_NOUNS = frozenset(["cost", "costs"])
# What follows "cost(s)" when it is the noun, not the verb: "cut costs by $800 million",
# "its annual costs are $200 million".
_AFTER_COST_NOUN = frozenset(["by", "are", "were", "is", "was", "of"])


def _of_before_whole(lows: list[str], k: int) -> int:
    """The index of the "of" before a whole's number at ``k`` ("of the 150 seats", "of
    Kenya's 47 counties", "of the capital's 19 hospitals"), or -1."""
    if k > 1 and (lows[k - 1] in _OF_WHOLE or lows[k - 1].endswith(_POSSESSIVE)):
        if lows[k - 2] == "of":
            return k - 2
        if k > 2 and lows[k - 1].endswith(_POSSESSIVE) and lows[k - 2] in _OF_WHOLE:
            return k - 3 if lows[k - 3] == "of" else -1
    return -1


# What takes a part of a whole: "most of the 300 seats".
_PARTITIVES = _words("all any both each few half many majority most none several some")
# What takes some of an amount: "most of the €1.84 billion fine".
_SOME_OF = _words("half majority most much part portion some")
_FRAME_PREPS = _words("across at in inside outside throughout within")
_NOT_PLACES = _words("monday tuesday wednesday thursday friday saturday sunday christmas easter")
_COORD = frozenset(["and", "or", "plus"])  # "14% and 41 seats": the second shares the owner


# Verbs that take a change as their subject ("the 40% drop in investment shows …"): they
# end the noun phrase of what changed.
_SAYS = _words(
    """hit hits leave leaves mean means reflect reflects show shows signal signals suggest
    suggests threaten threatens weigh weighs"""
)


def _changed_noun(toks: _Toks, k: int, text: str, hi_bound: int) -> tuple[str, list[str]]:
    """For a figure of a change named by a noun ending at ``k - 1`` ("the 40% drop in
    investment", "a 3-million-tonne cut in mine output"): what changed, and its
    modifiers ("output", ["mine"])."""
    starts, ends, words, lows = toks.starts, toks.ends, toks.words, toks.lows
    n = len(lows)
    if k + 1 >= n or lows[k] not in ("in", "of") or starts[k + 1] >= hi_bound:
        return "", []
    i = k + 1
    while i < n and lows[i] in _DETERMINERS:
        i += 1
    if (
        i < n
        and (lows[i] in _TIME_NOUNS or _is_period(lows, i))
        and not (
            i + 1 < n
            and lows[i + 1].isalpha()
            and lows[i + 1] not in STOP
            and text[ends[i] : starts[i + 1]] == " "
        )
    ):
        return "", []  # "a 12.8% increase in April": when, not what ("in spring orders" is)
    run: list[str] = []
    while i < n and len(run) < 3 and starts[i] < hi_bound and text[ends[i - 1] : starts[i]] == " ":
        low = lows[i]
        if low in STOP or low in _VERBS or not low.isalpha():
            break
        if run and low in _SAYS:
            break  # "the 40% drop in investment shows capital …", "… rail tariffs show"
        run.append(lemma(words[i]))
        i += 1
    return (run[-1], run[:-1]) if run else ("", [])


# What joins a deed to its date: "proposed in 2017", "opened on 15 April".
_DATE_LINKS = _words("around in on since until")
# Verbs of a deed with a date that do not end in "-ed": "opens", "began".
_EVENT_VERBS = _words(
    """begin begins began begun close closes end ends open opens start starts took takes
    held holds"""
)


# Words before the noun of a deed that tell one such deed from another: "the first plant
# opened in 2019", "a second plant opened in 2022".
DISTINGUISHERS = _words(
    """first second third fourth fifth last next new old newer older another other northern
    southern eastern western central"""
)
# Words between a deed's noun and its verb: "the project was first proposed".
_BEFORE_DEED = _words(
    """also finally first formally initially officially only originally
    am are be been being had has have is was were will would"""
)


# Which way a dated deed lies: done ("opened in 2018") or to come ("due to open in 2029").
# Marks among a date's modifiers, not words: no text holds them.
DONE = "<done>"
DUE = "<due>"
_PAST_DEEDS = _words("began begun took held")
_NOT_DONE = _words("be being will would")
# Words before "to" + a deed that put it ahead: "due to open", "expected to start".
_DUE = _words("due expected scheduled set slated")


# Words that make a date after "by" the last day for something.
_MUST = _words("must need needs required")


def _event_verb(toks: _Toks, k: int, k_lo: int) -> tuple[str, list[str]]:
    """The deed a date or year right after it dates ("proposed in 2017", "the season
    opened on 15 April"), as a stem ("propos", "open") that its other forms share, and
    the words that tell its noun from another ("the first plant opened" → ["first"])."""
    lows = toks.lows
    i = k - 1
    if i <= k_lo or lows[i] not in _DATE_LINKS:
        return "", []
    v = i - 1
    low = lows[v]
    walkout = low == "out" and v - 1 > k_lo and lows[v - 1] in _WALKED
    if walkout:
        v -= 1  # "walked out on March 10": the date of a walkout, a strike
        low = lows[v]
    if not low.isalpha() or toks.words[v][0].isupper():
        return "", []
    if not walkout and (not (low.endswith("ed") or low in _EVENT_VERBS) or low in STOP):
        return "", []
    j = v - 1
    while j >= k_lo and lows[j] in _BEFORE_DEED:
        j -= 1
    quals = [lows[u] for u in range(max(k_lo, j - 2), j) if lows[u] in DISTINGUISHERS]
    aux = lows[j + 1 : v]
    if "will" in aux or (j > k_lo and lows[j] == "to" and lows[j - 1] in _DUE and not aux):
        quals.append(DUE)  # "the plant, due to open in 2029", "will open in 2029"
    elif (
        (low.endswith("ed") or low in _PAST_DEEDS)
        and _NOT_DONE.isdisjoint(aux)
        and not (j >= k_lo and lows[j] == "to")
    ):
        quals.append(DONE)  # "the Auvere unit, opened in 2018"
    return ("walkout" if walkout else _stem(low)), quals


_WALKED = _words("walked walk walks")


def _stem(verb: str) -> str:
    """A verb's stem, crudely: "proposed", "proposes", "propose" → "propos"."""
    for end in ("ied", "ed", "ing", "es", "s"):
        if verb.endswith(end) and len(verb) - len(end) >= 3:
            verb = verb[: -len(end)] + ("y" if end == "ied" else "")
            break
    return verb[:-1] if verb.endswith("e") and len(verb) > 4 else verb


_AUXILIARIES = _words("am are be been being had has have is was were will would")
# What links a noun to the phrase that says which: "investment in new farms had fallen".
_OF_LINKS = _words("at for in of on")


def _head_before_change(toks: _Toks, k: int, k_lo: int) -> tuple[str, list[str]]:
    """For the size of a change given after its verb ("investment had fallen by about a
    third", "orders were up 15%"): the noun before the verb, and its modifiers (for "new
    orders for the spring season were up", the orders, of the spring season)."""
    words, lows = toks.words, toks.lows
    i = k - 1
    while i > k_lo and lows[i] in ("a", "further", "another"):
        i -= 1  # "by a further 12%"
    if i > k_lo and lows[i] == "by":
        i -= 1
        if lows[i] not in _MOVERS:
            # "has cut deliveries from the Cutzamala System … by a further 12%": the
            # object of the verb before
            for v in range(i - 1, max(k_lo, i - 12) - 1, -1):
                if lows[v] in _BY_VERBS:
                    run: list[str] = []
                    u = v + 1
                    while u < i and lows[u] in _DETERMINERS:
                        u += 1
                    while u < i and len(run) < 3 and lows[u].isalpha() and lows[u] not in STOP:
                        run.append(lemma(words[u]))
                        u += 1
                    return (run[-1], run[:-1]) if run else ("", [])
            return "", []
    if i <= k_lo or lows[i] not in _MOVERS:
        return "", []
    i -= 1
    while i >= k_lo and lows[i] in _AUXILIARIES:
        i -= 1
    if i < k_lo:
        return "", []
    low = lows[i]
    if low in STOP or low in _VERBS or not low.isalpha() or words[i][0].isupper():
        return "", []  # "Brent fell 3%": a name is whose the change is, not what changed
    mods: list[str] = []
    for j in range(i - 1, max(k_lo, i - 6) - 1, -1):
        if lows[j] in _OF_LINKS:
            if j > k_lo and lows[j - 1].isalpha() and lows[j - 1] not in STOP:
                # the noun the phrase after the link belongs to
                mods = [lemma(words[u]) for u in range(j + 1, i + 1) if lows[u] not in STOP]
                i = j - 1
            break
        if not lows[j].isalpha() or words[j][0].isupper() or lows[j] in _VERBS:
            break
    mods += [
        lemma(words[u])
        for u in range(max(k_lo, i - 2), i)
        if lows[u] not in STOP and lows[u].isalpha() and not words[u][0].isupper()
    ]
    return lemma(words[i]), mods


# What is levied on a thing: "the tariff on imported rice", "a tax on sugary drinks".
_LEVIES = _words("tariff tariffs tax taxes duty duties levy levies")


def _head_left(toks: _Toks, k: int) -> tuple[str, list[str]]:
    """For "the NRO contract, worth $2.1 billion": the noun before the figure."""
    lows = toks.lows
    i = k - 1
    skipped = 0
    while i >= 0 and lows[i] in _LEFT_SKIP and skipped < 3:
        if skipped and lows[i] in _COST_NOUNS and lows[i + 1] in _AFTER_COST_NOUN:
            break  # "cut annual costs by $800 million": a noun, not the verb "cost"
        i -= 1
        skipped += 1
    if i < 0 or skipped == 0:
        return "", []
    # "the merger in Hanoi would cost $720 million": the place says where, the noun
    # before it is what costs.
    if (
        i >= 2
        and toks.words[i][0].isupper()
        and lows[i - 1] in _PLACE_LINKS
        and not toks.words[i - 2][0].isupper()
    ):
        i -= 2
    low = lows[i]
    if low in STOP or low in _CHANGE or low in _PLAN or low[0].isdigit() or low.endswith("ed"):
        return "", []
    for o in range(i - 1, max(0, i - 3) - 1, -1):
        if lows[o] == "on":
            if o > 0 and lows[o - 1] in _LEVIES:
                # "its tariff on imported rice to 12%": the tariff, on rice
                words = toks.words
                return lemma(words[o - 1]), [
                    lemma(words[u]) for u in range(o + 1, i + 1) if lows[u] not in STOP
                ]
            break
    head = lemma(toks.words[i])
    mods = [
        lemma(toks.words[u])
        for u in range(max(0, i - 2), i)
        if lows[u] not in STOP and not lows[u][0].isdigit()
    ]
    return head, mods


# Words of a title that do not say whose it is: "former judge", "chief executive".
_TITLE_ADJECTIVES = _words(
    "acting chief current deputy former longtime new retired senior then veteran"
)
# An age given of someone the digest names only by "the 45-year-old": any age it gave.
SOMEONE = "(someone)"


def _age_keys(
    text: str, toks: _Toks, runs: list[tuple[int, int, set[str]]], k: int
) -> frozenset[str] | None:
    """If the count at token ``k`` (a whole number, unhedged) is someone's age, whose: the
    surname and the title's nouns ("Chief executive Bat-Erdene Dorj, 51, said" gives
    dorj, executive; "the 63-year-old chief executive" executive; "the 45-year-old said"
    :data:`SOMEONE`). Ages are told apart by whose they are, not by the words that a
    count's noun would give ("Dorj, 51" has none)."""
    words, lows, starts, ends = toks.words, toks.lows, toks.starts, toks.ends
    n = len(lows)
    keys: set[str] = set()
    if lows[k].endswith("-year-old"):
        j = k + 1
        if j < n and text[ends[j - 1] : starts[j]] == " " and words[j][0].isupper():
            while j + 1 < n and text[ends[j] : starts[j + 1]] == " " and words[j + 1][0].isupper():
                j += 1
            keys.add(lows[j])  # "the 53-year-old Dorj"
        else:
            while (
                j < n
                and len(keys) < 3
                and text[ends[j - 1] : starts[j]] == " "
                and lows[j].isalpha()
                and lows[j].islower()
                and lows[j] not in STOP
                and lows[j] not in _VERBS
            ):
                keys.add(lemma(lows[j]))  # "the 63-year-old chief executive says"
                j += 1
            keys -= _TITLE_ADJECTIVES
        if (
            k > 1
            and lows[k - 1] in ("a", "an")
            and text[ends[k - 2] : starts[k - 1]] == ", "
            and words[k - 2][0].isupper()
        ):
            keys.add(lows[k - 2])  # "Dorj, a 53-year-old engineer"
        return frozenset(keys) if keys else frozenset([SOMEONE])
    if not lows[k].isdigit() or text[ends[k] : ends[k] + 1] not in (",", ";", ")", "."):
        return None
    name = k - 1
    if name > 0 and lows[name] == "aged":
        name -= 1  # "Shahana Karim, aged 64,"
    if name < 0 or text[ends[name] : starts[name + 1]] != ", ":
        return None
    first = next((a for a, b, _ in runs if b == name), -1)
    if first < 0 or lows[name] in _NAME_NOT_NAME:
        return None
    keys.add(lows[name])
    j = first - 1
    while (
        j >= 0
        and len(keys) < 4
        and text[ends[j] : starts[j + 1]] == " "
        and lows[j].isalpha()
        and lows[j].islower()
        and lows[j] not in STOP
    ):
        keys.add(lemma(lows[j]))  # "retired judge Shahana Karim, 64"
        j -= 1
    return frozenset(keys - _TITLE_ADJECTIVES)


_SEASON = regexstore.compile(r"(?<![\d/])((?:19|20)\d\d)/\d\d(?![\d/])")


def _annotate(
    text: str,
    figs: list[_Cand],
    toks: _Toks,
    sent_start: int,
    sent_end: int,
    sent_index: int,
    para_index: int,
    lower: _LowerWords,
) -> list[Figure]:
    starts, ends, lows = toks.starts, toks.ends, toks.lows
    n = len(lows)
    runs = _name_runs(toks, text, sent_start, lower)
    times = {
        str(year_of(int(f[5]))) for f in figs if f[3] in ("year", "date") and f[4] != "monthday"
    }
    if text.find("/", sent_start, sent_end) >= 0:
        # a season or a fiscal year, "2024/25" (not a figure: "/" may join any numbers),
        # dates the sentence by its first year, as "2024-25" does
        times.update(m.group(1) for m in _SEASON.finditer(text, sent_start, sent_end))
    present = _PERIOD_WORDS.intersection(lows)
    if present:
        # "in the first quarter", "Q2", "second-half", "in March": a part of a year dates
        # the sentence's figures as a year does (list.index finds them: no Python loop
        # over every token of a sentence that only has "On March 10, 2024")
        for word in present:
            i = lows.index(word)
            while True:
                period = _period(toks, i)
                if period:
                    times.add(period)
                try:
                    i = lows.index(word, i + 1)
                except ValueError:
                    break
    all_times = frozenset(times)
    # the first forecast verb: the figures after it are forecasts
    k_forecast = n
    if not _FORECAST.isdisjoint(lows):
        k_forecast = next(i for i, low in enumerate(lows) if low in _FORECAST)
    # the clause separators, searched for only when the sentence has one
    seps = [sep for sep in (";", " — ", " – ") if text.find(sep, sent_start, sent_end) >= 0]
    fruns = [(starts[a], ends[b], b, frozenset(ns)) for a, b, ns in runs]
    lemmas = list(map(lemma, toks.words))
    # Each token's lemma if it is a content word for ``words`` below, else None: once per
    # sentence, not once per figure whose window holds the token.
    content = [
        lem if len(low) > 2 and low not in STOP else None
        for lem, low in zip(lemmas, lows, strict=True)
    ]
    # "In London the average was ...", "Across the EU, ...": a place that frames the
    # sentence's first clause sets its figures apart from figures without it
    frame: frozenset[str] = _NO_WORDS
    frame_end = sent_end
    if runs and n > 1 and lows[0] in _FRAME_PREPS:
        r_first, r_last, r_names = runs[0]
        if (r_first == 1 or (r_first == 2 and lows[1] == "the")) and not any(
            lows[i] in _NOT_PLACES or not lows[i].isalpha() for i in range(r_first, r_last + 1)
        ):
            frame = frozenset(r_names)
            for sep in seps:
                p = text.find(sep, sent_start, frame_end)
                if p >= 0:
                    frame_end = p
    out: list[Figure] = []
    nfigs = len(figs)
    prev_owner: frozenset[str] = _NO_WORDS
    prev_right = 0
    for idx, f in enumerate(figs):
        f_start, f_end, kind = f[0], f[1], f[3]
        k_left = bisect.bisect_left(starts, f_start)
        k_right = bisect.bisect_left(starts, f_end)
        lo_bound = figs[idx - 1][1] if idx else sent_start
        hi_bound = figs[idx + 1][0] if idx + 1 < nfigs else sent_end
        for sep in seps:
            p = text.rfind(sep, lo_bound, f_start)
            if p >= 0:
                lo_bound = p
            q = text.find(sep, f_end, hi_bound)
            if q >= 0:
                hi_bound = q
        # The clause's tokens are an index range: k_lo <= i < k_hi (start in lo..hi_bound).
        k_lo = bisect.bisect_left(starts, lo_bound, 0, k_left)
        k_hi = bisect.bisect_left(starts, hi_bound, k_right)
        # Neighbouring figures bound the clause, so only this figure's own tokens need
        # skipping. (A lemma of three or more letters is never empty: filter drops Nones.)
        words = frozenset(
            filter(
                None,
                content[max(k_lo, k_left - 8) : k_left] + content[k_right : min(k_hi, k_right + 8)],
            )
        )
        rate, k_after = _rate(toks, k_right, text, f_end)
        if rate:
            head, mods, after = _head_right(toks, k_after, text, ends[k_after - 1], kind)
            if rate[4:] not in _TIME_NOUNS and rate != "each":
                # "$38 a share", "$41 per share in cash": the rate's noun is what is
                # measured, a phrase after it sets it apart like a modifier
                mods = [*mods, head] if head else mods
                head = rate[4:]
        else:
            head, mods, after = _head_right(toks, k_right, text, f_end, kind)
        if kind == "count" and text[f_end - 6 : f_end].lower() == "points":
            # "closed at 38,000 points", "scored 120 points": an index level, a score
            mods = [*mods, head] if head else mods
            head = "point"
        change_noun = False  # the figure measures a change its noun names: "a 40% drop"
        glued = (
            _UNIT_AFTER.match(text, f_end)
            if f[4] in _GLUED_UNITS and text[f_end : f_end + 1] == "-"
            else None
        )
        if glued is not None:
            # "the five-year contract" measures the contract, as "runs for 10 years" does,
            # and "the 400-kilometre road" the road: the one word after the unit (a verb
            # may come next: "the five-year contract leaves little room")
            k_noun = bisect.bisect_left(starts, glued.end())
            if (
                k_noun < n
                and text[glued.end() : starts[k_noun]] == " "
                and _glued_noun(toks, k_noun)
            ):
                head, mods = lemma(toks.words[k_noun]), []
                k_next = k_noun + 1
                if (
                    k_next < n
                    and text[ends[k_noun] : starts[k_next]] == " "
                    and _glued_noun(toks, k_next)
                    and not lows[k_next].endswith(("s", "ed", "ing", "ly"))
                    and not (
                        lows[k_next] in _BARE_VERBS
                        and k_next + 1 < n
                        and toks.words[k_next + 1].isalpha()
                        and toks.words[k_next + 1].islower()
                        and lows[k_next + 1] not in _OF_LINKS
                    )
                ):
                    # "a seven-year broadcast deal": the second noun is the head (one
                    # ending in "s" may be a verb: "the five-year contract leaves")
                    head, mods = lemma(toks.words[k_next]), [head]
        if f[4] == "days" and not head:
            unit_end = _UNIT_AFTER.match(text, f_end)
            if unit_end is not None and _LATE.match(text, unit_end.end()) is not None:
                head, mods = "delay", []  # "ten months behind schedule" is a delay
            elif (
                k_left > k_lo
                and lows[k_left - 1] == "within"
                and out
                and out[-1].head
                and bisect.bisect_left(starts, out[-1].end) == k_left - 1
            ):
                # "lift incomes by a fifth within three years": the time that figure is
                # to take, told apart by what it measures
                head, mods, left_head = "deadline", [out[-1].head], True
        if text[f_end : f_end + 1] == "-" and kind == "count" and not head:
            unit = _HYPHEN_UNIT.match(text, f_end)
            if unit is not None:
                # "a 650-patient trial": what the count counts, beside the noun it describes
                word = lemma(unit.group(1))
                mods = [*mods, word] if head else mods
                head = head or word
                k_noun = bisect.bisect_left(starts, unit.end())
                if (
                    k_noun < n
                    and lows[k_noun] in _CHANGE_NOUNS
                    and text[unit.end() : starts[k_noun]] == " "
                ):
                    # "a 3-million-tonne cut in mine output": a change, of what follows
                    changed, cmods = _changed_noun(toks, k_noun + 1, text, hi_bound)
                    mods = [*mods, *cmods, *([changed] if changed else [])]
                    change_noun = True
                per = unit.group(2)
                if per is not None and not rate and lemma(per.lower()) in _RATE_TIMES:
                    rate = "per " + lemma(per.lower())
        if head in _CHANGE_NOUNS:
            # "the 40% drop in investment", "the 12% rise in spring orders": what changed
            # says which change (the noun stays the head: "the 25% haircut")
            changed, cmods = _changed_noun(toks, after, text, hi_bound)
            change_noun = True
            mods = [*mods, *cmods, *([changed] if changed else [])]
        elif (
            not head
            and k_left - 2 >= k_lo
            and lows[k_left - 1] == "of"
            and lemma(lows[k_left - 2]) in _CHANGE_NOUNS
        ):
            # "an average electricity tariff increase of 11.8%": the change, of the tariff
            head, change_noun, mods = lemma(lows[k_left - 2]), True, []
            u = k_left - 3
            while (
                u >= max(k_lo, k_left - 5)
                and lows[u] not in STOP
                and lows[u].isalpha()
                and not toks.words[u][0].isupper()
            ):
                mods.append(lemma(toks.words[u]))
                u -= 1
        linked = k_left > 0 and lows[k_left - 1] in _LINKS and kind in ("money", "percent")
        left_head = False
        # "500,000 of the customers", "$250 million of the loan": a part of a whole, which
        # counts the whole's noun but is not the whole (its role says so)
        part = (
            k_right < n - 2
            and kind in ("count", "money")
            and lows[k_right] == "of"
            and (lows[k_right + 1] in _OF_WHOLE or lows[k_right + 1].endswith(_POSSESSIVE))
        )
        if part:
            w = k_right + 2
            if lows[k_right + 1] in _OF_WHOLE and lows[w].endswith(_POSSESSIVE) and w + 1 < n:
                w += 1  # "11 of the capital's 19 public hospitals"
            if lows[w][0].isdigit():
                # "23 of Kenya's 47 counties": the whole's noun comes after its number
                k = w + 1
                while k < n and lows[k] in SCALES:
                    k += 1
                head, mods, after = _head_right(toks, k, text, ends[k - 1], kind)
        elif (
            kind == "count"
            and (o := _of_before_whole(lows, k_left)) >= 0
            and (
                o == k_lo
                or (o == k_lo + 1 and lows[k_lo] == "out")
                or (
                    o > 0
                    and (
                        lows[o - 1][0].isdigit()
                        or lows[o - 1] in WORD_VALUES
                        or lows[o - 1] in _PARTITIVES
                    )
                )
            )
        ):
            # "37 of the 150 seats", "most of the 150 seats", "Of the 150 seats, ...": 150 is
            # the whole, not a count of seats won
            head, mods = "", []
        elif (
            head in MEASURES
            and len(mods) == 1
            and mods[0] in _DIMENSIONS
            and (measured := _head_left(toks, k_left))[0]
        ):
            # "the section is 41 kilometres long": the section's length, as "the
            # 41-kilometre section" gives it
            (head, mods), left_head = measured, True
        elif not head or (
            linked
            and head not in MEASURES
            # "runs at 0.8% of hull value": the share's own whole says what it measures
            # ("an average of 15% of body weight" is still an average)
            and not (
                kind == "percent"
                and k_right < n
                and lows[k_right] == "of"
                and lows[k_left - 1] != "of"
            )
        ):
            lhead, lmods = _head_left(toks, k_left)
            if lhead:
                head, mods, left_head = lhead, lmods, True
        if (
            not head
            and out
            and k_left > 1
            and lows[k_left - 1] == "to"
            and out[-1].role.startswith("by")
            and out[-1].head
            and out[-1].end <= f_start
        ):
            # "cut its policy rate by 200 basis points to 27%": the new level of what the
            # difference before it changed
            head, mods, left_head = out[-1].head, list(out[-1].modifiers), True
        if not head and kind in ("date", "year"):
            # "since the project was first proposed in 2017": the date of the deed
            head, mods = _event_verb(toks, k_left, k_lo)
            left_head = bool(head)
            if (
                not head
                and kind == "date"
                and k_left > k_lo
                and lows[k_left - 1] == "by"
                and not _MUST.isdisjoint(lows[k_lo : k_left - 1])
            ):
                # "the permits must be used by April 30": a deadline, as "the March 31
                # deadline" is
                head, left_head = "deadline", True
        if not rate:  # "annual costs of $1.8 billion" is "$800 million a year"
            rate = next((_ADJECTIVE_RATES[m] for m in mods if m in _ADJECTIVE_RATES), "")
        if not rate and head and not left_head and after + 1 < n:
            per = lemma(lows[after + 1])
            if lows[after] in ("a", "an", "per") and per in _RATE_TIMES:
                rate = "per " + per  # "50,000 homes a year"
            elif lows[after] == "per" and per not in STOP and not per[0].isdigit():
                # "1,000 soums per kilowatt-hour", "1,500 soums per cubic metre": prices
                # per different units. A modifier, not a rate: "the 1,200-soum tariff"
                # may restate the first
                if per in _MEASURE_ADJECTIVES and after + 2 < n:
                    per += " " + lemma(lows[after + 2])
                mods = [*mods, "per " + _RATE_UNITS.get(per, per)]
        desc = {m for m in mods if m not in _VERBS and not (left_head and m.endswith("ed"))}
        if not left_head and not change_noun:
            desc |= _tail(toks, after, hi_bound)
        names_hi = hi_bound
        if (
            after < n
            and lows[after] in _TAIL_LINKS
            and idx + 1 < nfigs
            and hi_bound == figs[idx + 1][0]
        ):
            # "1,200 firefighters from eight EU countries": the phrase after the head goes
            # on over the next figure, and the names in it are this figure's too
            names_hi = ends[min(after + 5, n - 1)]
            for sep in seps:
                q = text.find(sep, hi_bound, names_hi)
                if q >= 0:
                    names_hi = q
        names: frozenset[str] = frozenset()
        owner: frozenset[str] = frozenset()
        for a_start, b_end, b, ns in fruns:
            if lo_bound <= a_start < names_hi and not f_start <= a_start < f_end:
                # ("One in three" opening a sentence names no one)
                names = names | ns if names else ns
            if b_end <= f_start and a_start >= lo_bound and k_left - b <= 8:
                owner = ns
        if (
            not owner
            and prev_owner
            and lo_bound == figs[idx - 1][1]
            and k_left - prev_right <= 6
            and lows[k_left - 1] in _COORD
        ):
            # "Homeland won 14% and 41 seats": a figure coordinated with the one before
            # it in its clause has that figure's owner
            owner = prev_owner
            names = names | owner
        prev_owner, prev_right = owner, k_right
        # The subject: the nearest three content words before the figure, in its clause
        # and at most ten tokens back.
        subj: list[str] = []
        for i in range(k_left - 1, max(k_lo, k_left - 10) - 1, -1):
            low = lows[i]
            if not (
                low in STOP
                or low in _VERBS
                or low in _LEFT_SKIP
                or low.endswith("ed")
                or low[0].isdigit()
            ):
                subj.append(lemmas[i])
                if len(subj) == 3:
                    break
        left = lows[max(k_lo, k_left - 6) : k_left]  # the last six words before, in the clause
        role = ""
        if change_noun:
            role = "by"  # "the 40% drop in investment", "a tariff increase of 11.8%"
        elif (
            k_left > k_lo
            and (
                lows[k_left - 1] in _MOVED
                or (
                    lows[k_left - 1] in _UP_DOWN
                    and k_left > 1
                    and (
                        lows[k_left - 2] in _BE
                        or "," in text[ends[k_left - 2] : starts[k_left - 1]]
                    )
                )
            )
            and kind not in ("date", "year")
            and not text[ends[k_left - 1] : f_start].strip()  # "prices fell: 500 a bag"
        ):
            role = "by"  # "output climbed 15%", "orders were up about 15%": how far it moved
        elif (
            k_left > 1
            and lows[k_left - 1] == "by"
            and (
                not _CHANGE.isdisjoint(lows[max(k_lo, k_left - 4) : k_left - 1])
                or (k_left - 2 >= k_lo and lows[k_left - 2] in _UP_DOWN)
            )
        ):
            # "fell by 1,140", "rose by 5%", "a harvest up by a fifth": the size of the
            # change, a difference
            role = "by"
        elif (
            k_left - 2 >= k_lo
            and lows[k_left - 1] == "to"
            and (lows[k_left - 2] in _MOVED or lows[k_left - 2] in _CHANGE)
        ):
            # "revenue fell to $3.9 billion", "reservoirs fell to 31.4% of capacity": the
            # level it reached, which the digest may give again as it stands
            role = ""
        elif (
            k_left - 2 >= k_lo
            and lows[k_left - 1] == "to"
            and "from" not in lows[k_lo:k_left]
            and not _CUTS.isdisjoint(lows[max(k_lo, k_left - 8) : k_left - 1])
        ):
            role = ""  # "has cut its tariff on imported rice to 12% from 35%": the new level
        elif k_left > k_lo and lows[k_left - 1] in _THRESHOLDS:
            role = "bound"  # "when prices exceed $70 a pound": a threshold, not a price
        elif (
            (
                not _CHANGE.isdisjoint(left)
                and _changed(lows, max(k_lo, k_left - 6), k_left, toks.words, f[4] == "days")
            )
            or "compared" in lows[k_right : k_right + 2]
            # "37 seats, up from 27": the new value of a change
            or _UP_FROM.match(text, f_end, hi_bound) is not None
            or (
                k_left > 0
                and lows[k_left - 1] == "to"
                and (
                    "from" in lows[:k_left]
                    or not _CHANGE_OR_CUT.isdisjoint(lows[max(0, k_left - 8) : k_left])
                )
            )
        ):
            role = "change"
        elif not _PLAN.isdisjoint(left) or k_forecast < k_left:
            role = "plan"
        elif (
            (
                k_left > 1
                and lows[k_left - 1] == "by"
                and not _BY_VERBS.isdisjoint(lows[max(0, k_left - 12) : k_left])
            )
            or (
                (after + 1 < n and lows[after] in ("short", "shy") and lows[after + 1] == "of")
                or (k_left > k_lo and lows[k_left - 1] in _MORE)
                # "the 1.3 million fewer pigs": a difference, of the noun after it
                or (
                    k_right + 1 < n
                    and lows[k_right] in _FEWER
                    and text[f_end : starts[k_right]] == " "
                )
                # "knock around 15 francs per kilogram off farm-gate prices"
                or (
                    k_left > k_lo
                    and lows[k_left - 1] in _OFF_VERBS
                    and "off" in lows[k_right : after + 2]
                )
                or (
                    after + 1 < n
                    and lows[after] in _THAN_WORDS
                    and lows[after + 1] == "than"
                    and not text[ends[after - 1] : starts[after]].strip()
                    # (a share counted "one in four" is no difference: "one in four works
                    # more than 15 hours")
                    and not (kind == "percent" and _ONE_IN.search(text, f_start, f_end))
                )
            )
        ):
            # a difference ("25 seats short of a majority", "another 40 holes", "adding up
            # to 5 cubic metres a second"): compared only with differences
            role = "by"
        if role == "by" and (
            not head
            or (
                left_head
                and (
                    head in _BY_VERBS
                    or head in _MOVED
                    or head in _CHANGE
                    # a name just before "by" ends a place, not what changed: "cut tariffs
                    # for wheat sent to the port of Aktau by 30%" cut the tariffs
                    or (
                        k_left - 2 >= k_lo
                        and lows[k_left - 1] == "by"
                        and toks.words[k_left - 2][0].isupper()
                    )
                )
            )
        ):
            # (not the verb: "rail tariffs for grain would be cut by a third" changed the
            # tariffs)
            bhead, bmods = _head_before_change(toks, k_left, k_lo)
            if bhead:
                head, left_head = bhead, True
                desc |= set(bmods)
            elif out and lows[k_left - 1] in _UP_DOWN:
                # "Zambia produced 820,000 tonnes of copper, up 12% from 2023": the change
                # of what the figure before measured, named by its verb ("output")
                # (of the figures before it in the sentence, the nearest after such a verb:
                # "produced 13.4 million bags in the 12 months to October, up 15%")
                deed = next(
                    (
                        _DEED_NOUNS[lows[i]]
                        for prev in reversed(out)
                        for k_prev in (bisect.bisect_left(starts, prev.start),)
                        for i in range(k_prev - 1, max(-1, k_prev - 5), -1)
                        if lows[i] in _DEED_NOUNS
                    ),
                    "",
                )
                if deed:
                    head, left_head = deed, True
        if part or (k_left > k_lo and lows[k_left - 1] == "remaining"):
            role = "part"  # ("the remaining five seats": the rest of a whole)
        elif not role and k_left > k_lo and lows[k_left - 1] == "all":
            role = "whole"  # "all 42 aircraft": the total, not a count of some of them
        elif (
            not role
            and kind == "money"
            and k_left - 3 >= k_lo
            and lows[k_left - 1] in _OF_WHOLE
            and lows[k_left - 2] == "of"
            and lows[k_left - 3] in _SOME_OF
        ):
            role = "whole"  # "upheld most of the €1.84 billion fine": not what was upheld
        if rate:
            role = f"{role} {rate}".lstrip()  # "per share", "plan per share", "change per kg"
        if kind == "count" and f[5] == f[6] and not f[9] and 0 < f[5] <= _OLDEST and not f[4]:
            age = _age_keys(text, toks, runs, k_left)
            if age is not None:
                head, desc, subj, role, left_head = "age", set(), list(age), "", False
        fig_times = frozenset(times - {str(year_of(int(f[5])))}) if kind == "year" else all_times
        if after + 1 < n and lows[after] in _TIME_LEADS and lows[after + 1] in _TIME_NOUNS:
            # "40 workers last year": a time of its own, as a year would be
            fig_times = fig_times | {lows[after] + " " + lemma(lows[after + 1])}
        out.append(
            Figure(
                *f[:10],
                sent_index,
                para_index,
                head,
                frozenset(desc),
                words,
                owner,
                names,
                fig_times,
                role,
                f[10],
                frozenset(subj),
                left_head,
                frame if f_start < frame_end else _NO_WORDS,
            )
        )
    return out


# The ordinals a rank or a place in a run is written with ("the third-largest", "its
# seventh loss in a row").
ORDINALS = {
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
# The units of a place in a run ("its seventh loss in a row") and of a count within a
# stretch of time ("the third flood in two years").
IN_A_ROW = "in a row"
WITHIN = "within"
# Words that end or open a run ("in a row", "the fourth consecutive rise").
_RUN_WORDS = ("in a row", "running", "consecutive", "straight", "successive")


def may_hold_runs(low: str) -> bool:
    """Can lower-cased text ``low`` hold a place in a run (see
    :func:`seedlint.ranks.run_figures`)? A cheap test before loading that module and
    searching: a word of a run, or an ordinal with "in" and "years" or "months"."""
    return any(w in low for w in _RUN_WORDS) or (
        " in " in low and ("years" in low or "months" in low) and any(o in low for o in ORDINALS)
    )


# The superlatives a rank is read with (see :mod:`seedlint.ranks`), and the one each
# stands for ("biggest" ranks as "largest").
SUPERLATIVES = {
    "largest": "largest",
    "biggest": "largest",
    "smallest": "smallest",
    "busiest": "busiest",
    "highest": "highest",
    "lowest": "lowest",
}
