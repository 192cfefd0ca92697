"""Figures in prose: money, percentages, counts and dates, each with its span, a value
interval, a unit, the hedge that widens it and the words that say what it measures.

One regex pass finds the candidates; the rest is cheap Python over tokens. The result for
a :class:`~seedlint.document.Document` is shared through ``doc.analysis(extract_figures)``;
source texts are parsed once each through :func:`source_figures` (an LRU cache keyed by
the text)."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from seedlint import regexstore, segment
from seedlint.document import Document

if TYPE_CHECKING:
    import regex

DEFAULT_TOLERANCE = 0.01

# -- word tables ---------------------------------------------------------------------------
_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "lakh": 1e5,
    "crore": 1e7,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
}
FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
MONTHS: dict[str, int] = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
CURRENCY_PREFIX: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "s$": "SGD",
    "nz$": "NZD",
    "r$": "BRL",
    "r": "ZAR",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "₪": "ILS",
    "₱": "PHP",
    "rs": "INR",
    "rs.": "INR",
    "rmb": "CNY",
}
# ISO 4217 codes written before or after an amount ("NOK 1.2 billion", "1.2 billion NOK")
ISO_CODES = [
    "AED",
    "ARS",
    "AUD",
    "BDT",
    "BGN",
    "BRL",
    "CAD",
    "CHF",
    "CLP",
    "CNY",
    "COP",
    "CZK",
    "DKK",
    "EGP",
    "ETB",
    "EUR",
    "GBP",
    "GHS",
    "HKD",
    "HUF",
    "IDR",
    "ILS",
    "INR",
    "ISK",
    "JPY",
    "KES",
    "KRW",
    "KZT",
    "MXN",
    "MYR",
    "NGN",
    "NOK",
    "NZD",
    "PEN",
    "PHP",
    "PKR",
    "PLN",
    "RON",
    "RUB",
    "SAR",
    "SEK",
    "SGD",
    "THB",
    "TRY",
    "TWD",
    "UAH",
    "USD",
    "VND",
    "ZAR",
    "ZMW",
]
CURRENCY_PREFIX.update({code.lower(): code for code in ISO_CODES})
# Currencies by name after an amount; names that are also words ("won", "rand") or
# singulars only after a scale word ("5 billion won", not "the party won 5").
_NAMED_CURRENCIES = {
    # "kroner" are Norway's or Denmark's: matched like "crowns" (see SAME_UNITS)
    "kroner": "CROWN",
    "kronor": "SEK",
    "koruny": "CZK",
    "korunas": "CZK",
    "kronur": "ISK",
    "krónur": "ISK",
    "swiss francs": "CHF",
    "francs": "CHF",
    "rupees": "INR",
    "pesos": "MXN",
    "yuan": "CNY",
    "renminbi": "CNY",
    "reais": "BRL",
    "lira": "TRY",
    "liras": "TRY",
    "zloty": "PLN",
    "zlotys": "PLN",
    "złoty": "PLN",
    "złotys": "PLN",
    "forints": "HUF",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "tenge": "KZT",
    "cedis": "GHS",
    "taka": "BDT",
    "birr": "ETB",
    "kwacha": "ZMW",
    "lei": "RON",
    "leva": "BGN",
    "roubles": "RUB",
    "rubles": "RUB",
    "dirhams": "AED",
    "riyals": "SAR",
    "naira": "NGN",
    "soles": "PEN",
    "shillings": "KES",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "shekels": "ILS",
    # the English name of five currencies: "3 billion crowns" (see SAME_UNITS)
    "crowns": "CROWN",
}
_NAMED_AFTER_A_SCALE = {
    "won": "KRW",
    "rand": "ZAR",
    "krone": "CROWN",
    "koruna": "CZK",
    "forint": "HUF",
    "riyal": "SAR",
    "dirham": "AED",
    "rouble": "RUB",
    "ruble": "RUB",
    "shilling": "KES",
    "sol": "PEN",
    "cedi": "GHS",
    "krona": "SEK",
    "rupee": "INR",
    "peso": "MXN",
    "crown": "CROWN",
}
CURRENCY_WORD: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "pound": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    **{code.lower(): code for code in ISO_CODES},
    **{**_NAMED_CURRENCIES, **_NAMED_AFTER_A_SCALE},
    "cents": "USD",  # a hundredth of the unit: see _parse
    "pence": "GBP",
}
# Units a figure in a source may be given in for a figure of the key's unit: "crowns" are
# kroner, kronor or koruny, and the source may name the one the digest leaves unnamed.
_CROWNS = ("NOK", "SEK", "DKK", "CZK", "ISK")
SAME_UNITS: dict[str, tuple[str, ...]] = {
    "CROWN": ("CROWN", *_CROWNS),
    **{code: (code, "CROWN") for code in _CROWNS},
    # a count the digest gives without the unit its source names: "on 2.2 million
    # hectares, down from 2.9 million" (the values are in hectares and megawatts, so the
    # same number)
    "ha": ("ha", ""),
    "km": ("km", ""),
    "MW": ("MW", ""),
    "MWh": ("MWh", ""),
}
# A currency named with its country: "8.4 billion Norwegian kroner", "Hong Kong dollars".
_NATIONAL_CURRENCIES = {
    "NOK": "norwegian kroner|norwegian krone|norwegian crowns",
    "DKK": "danish kroner|danish krone|danish crowns",
    "SEK": "swedish kronor|swedish krona|swedish crowns",
    "CZK": "czech crowns|czech koruna",
    "ISK": "icelandic kronur|icelandic krona",
    "HKD": "hong kong dollars|hong kong dollar",
    "SGD": "singapore dollars|singapore dollar",
    "NZD": "new zealand dollars|new zealand dollar",
    "TWD": "taiwan dollars|taiwan dollar|new taiwan dollars",
    "MXN": "mexican pesos|mexican peso",
    "CLP": "chilean pesos|chilean peso",
    "ARS": "argentine pesos|argentinian pesos|argentine peso",
    "COP": "colombian pesos|colombian peso",
    "PHP": "philippine pesos|philippine peso",
    "INR": "indian rupees|indian rupee",
    "PKR": "pakistani rupees|pakistani rupee",
    "ZAR": "south african rand",
    "CNY": "chinese yuan",
    "BRL": "brazilian reais|brazilian real",
    "TRY": "turkish lira|turkish liras",
    "JPY": "japanese yen",
    "KES": "kenyan shillings",
    "UGX": "ugandan shillings",
    "TZS": "tanzanian shillings",
    "EGP": "egyptian pounds",
    "RUB": "russian roubles|russian rubles",
    "KRW": "south korean won|korean won",
    # a hundredth of the unit ("37 Australian cents" is A$0.37): see _parse
    "AUD": "australian cents",
    "CAD": "canadian cents",
    "EUR": "euro cents",
}
CURRENCY_WORD.update(
    {name: code for code, names in _NATIONAL_CURRENCIES.items() for name in names.split("|")}
)
# Hedge → how it turns a written value v into an interval: (low factor, high factor); the
# "about" family widens by the rule's tolerance instead (marked with None).
HEDGES: dict[str, tuple[float, float] | None] = {
    "about": None,
    "around": None,
    "roughly": None,
    "approximately": None,
    "some": None,
    "an estimated": None,
    "estimated": None,
    "close to": None,
    "nearly": (-1.0, 1.0),
    "almost": (-1.0, 1.0),
    "just under": (-1.0, 1.0),
    "over": (1.0, 2.0),
    "more than": (1.0, 2.0),
    "just over": (1.0, 1.2),
    "well over": (1.0, 3.0),
    "above": (1.0, 2.0),
    "upwards of": (1.0, 2.0),
    "at least": (1.0, 2.0),
    "up to": (0.5, 1.0),
    "as many as": (0.5, 1.0),
    "as much as": (0.5, 1.0),
    "less than": (0.5, 1.0),
    "fewer than": (0.5, 1.0),
    "under": (0.5, 1.0),
    "below": (0.5, 1.0),
    "at most": (0.5, 1.0),
}


def _cap(word: str) -> str:
    """``about`` → ``[Aa]bout``: the pattern is case-sensitive (twice as fast as IGNORECASE)
    but a figure may open a sentence."""
    if word[:1].isalpha() and word[:1].islower():
        return f"[{word[0].upper()}{word[0]}]" + word[1:]
    return word


def _alt(words: Iterable[str]) -> str:
    items = sorted(words, key=len, reverse=True)
    return "|".join(_cap(regexstore.escape(w).replace(r"\ ", r"\s+")) for w in items)


def _alt_plain(words: Iterable[str]) -> str:
    items = sorted(words, key=len, reverse=True)
    return "|".join(regexstore.escape(w).replace(r"\ ", r"\s+") for w in items)


_WORD_NUM = (
    rf"(?:(?:{_alt(_TENS)})(?:[-\s](?:{_alt(_UNITS[1:10])}))?|(?:{_alt(_UNITS[2:])})"
    r"|[Aa]\s+dozen|dozen"
    # "half a million lei": a number only before a scale word ("half a point" is a share)
    r"|[Hh]alf\s+a(?=\s+(?:hundred|thousand|million|billion|trillion)\b))"
)
# Thousands grouped by commas, or by the thin or no-break spaces of SI style ("12 500")
_NUM = r"\d{1,3}(?:[,\u2009\u202f\u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_GROUPING = str.maketrans("", "", ",\u2009\u202f\u00a0")
_SCALE_WORD = r"hundred|thousand|million|billion|trillion|crore|lakh"
_SCALE_ABBR = r"bln|bn|mn|mln|tn|tr|m|b|k"
_CUR_PRE = (
    r"US\$|A\$|C\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₩|₽|₺|₦|₪|₱|Rs\.?(?=\s?\d)|RMB\s?"
    # the South African rand, only where "R" cannot be a label ("R2", "the R1 road"): with
    # a scale word, thousands separators or cents ("R1.2 billion", "R15,000", "R3.50")
    r"|R(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn|mn|m|k)\b"
    r"|\d+\.\d\d(?!\d))|(?:" + "|".join(ISO_CODES) + r")\s?"
)
# "US dollars", "Canadian dollars"; "pound" only after a scale word ("a 10 million pound
# fee"): "$3 a pound" is a weight


def _as_written(name: str) -> str:
    """A currency's name as a pattern: the country's words capitalised, the unit not
    ("swiss francs" → "Swiss", spaces, "francs")."""
    words = name.split()
    return r"\s+".join([*(w.capitalize() for w in words[:-1]), words[-1]])


_CUR_WORD = (
    # "Norwegian kroner", "Hong Kong dollars"
    "(?:"
    + "|".join(
        _as_written(n)
        for names in _NATIONAL_CURRENCIES.values()
        for n in sorted(names.split("|"), key=len, reverse=True)
    )
    + ")"
    + r"|cents|pence"
    r"|(?:(?:US|U\.S\.|Canadian|Australian)\s+)?dollars?|euros?|pounds|yen"
    r"|(?<=(?:hundred|thousand|million|billion|trillion)(?:\s+|-))pound"
    # other currencies by name, and by code after the amount ("1.2 billion NOK")
    + "|"
    + "|".join(_as_written(n) for n in sorted(_NAMED_CURRENCIES, key=len, reverse=True))
    + r"|(?<=(?:hundred|thousand|million|billion|trillion)(?:\s+|-))(?:"
    + "|".join(_NAMED_AFTER_A_SCALE)
    + r")|(?:"
    + "|".join(ISO_CODES)
    + r")(?![\p{L}])"
)
_MONTH = rf"(?:{_alt(MONTHS)})\.?"
_YEAR = r"(?:1[89]|20)\d{2}"
# A day of a month with no year ("from November 1"): not a share, a range or a figure
# that goes on ("March 20 percent", "May 5-7", "June 3,000").
_NO_YEAR = r"(?!\s?(?:%|percent|per\s?cent)|\s?[-–]\s?\d|[,.]\d)"
_FRAC_WORD = _alt_plain(FRACTIONS)
_FRAC_NUM = rf"(?:[Aa]|[Oo]ne|{_alt(_UNITS[2:10])})"

# Compiled on first use, not at import: it takes ~12 ms, as long as the rest of the import.
# (Writing the repeated number words and months once, as (?&name) calls, would halve that
# but makes matching ~40% slower.)
_FIGURE_SRC = rf"""
    (?<![\p{{L}}\p{{N}}_.,$€£¥/]|[\p{{L}}\p{{N}}]-)
    (?P<hedge>(?:{_alt(HEDGES)})\s+)?
    (?:
      (?P<date>
         (?P<dmon>{_MONTH})\s+(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?
           (?:,?\s+(?P<dyear>{_YEAR})|{_NO_YEAR})
       | (?P<dday2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmon2>{_MONTH})
           (?:,?\s+(?P<dyear2>{_YEAR})|(?<!\.){_NO_YEAR})
       | (?:(?P<mpart>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+)?(?P<dmon3>{_MONTH})\s+(?P<dyear3>{_YEAR})
       | (?:[Tt]he\s+)?(?:(?P<cpart>early|mid|late)[-\s]+)?(?P<decade>(?:1[89]|20)\d0)s
       | (?:(?P<ypart>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+)?(?P<year>{_YEAR})
           (?:\s?[-–]\s?(?P<year2>(?:1[89]|20)?\d{{2}}))?(?![\d,.%]\d|\s?%|\s?percent)
      )
    | (?P<money>
         (?P<cur>{_CUR_PRE})\s?(?P<mnum>{_NUM})
           (?:\s?[-–]\s?(?P<mnum2>{_NUM}))?
           (?:\s?(?P<mscale>{_SCALE_WORD}|{_SCALE_ABBR})(?![\p{{L}}]))?
       | (?P<mnum3>{_NUM}|{_WORD_NUM})
           (?:\s+(?P<mscale3>{_SCALE_WORD})|\s?(?P<mabbr3>{_SCALE_ABBR}))?
           (?:\s+|(?<=(?:hundred|thousand|million|billion|trillion))-)(?P<curw>{_CUR_WORD})
      )
    | (?P<pct>
         (?P<pnum>{_NUM}|{_WORD_NUM})(?:\s?[-–]\s?(?P<pnum2>{_NUM}))?
           \s?(?P<punit>%|percentage\s+points?|percent|per\s?cent|pct|basis\s+points?|points?)
      )
    | (?P<frac>
         (?<!\band\s)(?P<fnum>{_FRAC_NUM})[-\s](?P<fden>{_FRAC_WORD})(?!-)
           (?!\s+(?:consecutive|straight|successive|time|round|term|place|generation)\b)
       | (?<!\band\sa\s)(?P<fhalf>[Hh]alf)
           (?!\s+a\s+(?:hundred|thousand|million|billion|trillion)\b)
           (?:\s+a\s+(?P<fhalfpt>(?:percentage\s+)?point)
             |\s+an?\s+(?P<fhalfdur>minute|hour|day|week|month|year|decade)\b)?(?!-)
       | (?<![Nn]o\s)(?P<fa>{_NUM}|[Oo]ne|{_WORD_NUM})\s+(?:in|out\s+of)\s+
           (?P<fb>\d{{1,3}}|{_WORD_NUM}|a\s+(?:hundred|thousand|million))(?!\d)
           (?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b)
      )
    | (?P<count>
         (?P<cnum>{_NUM})(?:\s?[-–]\s?(?P<cnum2>{_NUM}))?
           (?:\s+(?P<cscale>{_SCALE_WORD})|(?P<cabbr>bn|m|k)|(?:°?[CF]|km|kg))?
       | (?P<wnum>{_WORD_NUM}|[Aa])(?:\s+(?P<wscale>{_SCALE_WORD}))?
      )
    )
    (?![\p{{L}}\p{{N}}]|[.,/]\d)
    """


@lru_cache(maxsize=1)
def _figure() -> regex.Pattern[str]:
    """The figure pattern, compiled when a text first has a candidate figure."""
    pattern = regexstore.compile(_FIGURE_SRC, regexstore.VERBOSE | regexstore.V1)
    # _parse unpacks the groups by position
    assert tuple(sorted(pattern.groupindex, key=pattern.groupindex.__getitem__)) == _GROUP_NAMES
    return pattern


_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a prefix tree: ``re`` tries one branch per letter
    instead of every word in turn."""
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def rx(node: _Trie) -> str:
        alts = [re.escape(ch) + rx(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            return "(?:" + "|".join(alts) + ")?" if alts else ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return rx(root)


# Where a figure can start: a superset of the positions at which _FIGURE_SRC matches, so
# that it (slow to scan: it tries its whole alternation at every position) only runs there.
# Every ASCII class here is looser than its counterpart in _FIGURE_SRC, and any non-ASCII
# character is a candidate (Unicode digits, currency signs; `re` and `regex` may disagree
# on what a Unicode digit is), so no match is lost. The first words of every branch:
_HEDGE_FIRST = {h.split()[0] for h in HEDGES}
_FIRST_WORDS = (
    _HEDGE_FIRST
    | set(MONTHS)
    | {"early", "mid", "late", "a", "one", "half", "dozen"}
    | set(_TENS)
    | set(_UNITS[2:])
    | {"us", "c", "usd", "eur", "gbp", "jpy"}
)
# [0-9$\x80-\U0010ffff], written as its complement: `re` takes ~3 ms to compile a class
# that spans all of Unicode, and none to compile a negated ASCII one.
_START = re.compile(
    r"(?<![A-Za-z0-9_.,$€£¥/])(?:[^\x00-\x23\x25-\x2f\x3a-\x7f]"
    rf"|(?i:{_trie(_FIRST_WORDS)})(?![A-Za-z])"
    # "the" opens a figure only as "the 1990s", "the early 2000s"; it is too common to try
    r"|(?i:the)(?=[^A-Za-z0-9]+(?i:early|mid|late|[12]))"
    # "twentypercent": a number word glued to its unit
    rf"|(?i:{_trie([*_TENS, *_UNITS[2:], 'dozen'])})(?=[pP])"
    # "HK$3", "NOK 1.2 billion": letters before "$", a currency code before a number
    rf"|[A-Z]{{1,2}}\$|(?:{_trie([*ISO_CODES, 'RMB', 'Rs'])})(?=\.?\s?[0-9])|R(?=[0-9]))"
)
_TOKEN = regexstore.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’&.-]*(?<![.'’-])")
_LOWER_WORD = regexstore.compile(r"(?<![\p{L}])[a-z][a-z]+(?![\p{L}])")
_LIST_MARK = regexstore.compile(r"(?:^|\n)[ \t]*\Z")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
    was were will worth would now currently still already"""
)
_NAME_STOP = _words(
    """a about after almost also although an and around as at before but by despite during for from
    her his however if in it its less meanwhile more nearly of on or our over since some that
    the their these this those though to under up when where while with
    overall altogether ultimately instead indeed moreover furthermore separately elsewhere
    thus hence likewise similarly nevertheless nonetheless finally still yet
    another additional further extra fewer"""
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
    pushing pushes raise raises raising take takes taking"""
)
_CHANGE_OR_CUT = _CHANGE | _CUTS | _TO_VERBS
# A forecast stated in the sentence: "Economists expect two cuts, bringing the rate to 4.75%".
_FORECAST = _words("anticipate anticipates expect expects forecast forecasts predict predicts")
_LINKS = frozenset({"of", "worth", "valued", "at", "totaling", "totalling", "costing"})
# A unit glued to a count: "a 650-patient trial", "a 6,450-megawatt dam".
_HYPHEN_UNIT = regexstore.compile(r"-(\p{L}{3,})(?![\p{L}\p{N}-])")
# After a figure and its noun: "37 seats, up from 27", "4.1%, down from 4.5%".
_UP_FROM = regexstore.compile(r"[^,;.]{0,40}?,?\s+(?:up|down)\s+from\b", regexstore.IGNORECASE)
_NAME_NOT_NAME = (
    frozenset(MONTHS)
    | frozenset({"i", "q1", "q2", "q3", "q4", "h1", "h2"})
    # a day owns nothing: "Sunday's election" is the election's time, not its owner
    | _words("monday tuesday wednesday thursday friday saturday sunday")
)
_STOP_OR_NAME_STOP = STOP | _NAME_STOP


_NO_WORDS: frozenset[str] = frozenset()
# A number after a name above this is no one's age.
_OLDEST = 120


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


# Day numbers as datetime.date.toordinal() gives them (0001-01-01 is day 1), by arithmetic:
# importing datetime costs ~2 ms of a one-file run, and this is all it was used for.
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y: int) -> int:
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _day(y: int, m: int = 1, d: int = 1) -> float:
    """The day number of y-m-d, or NaN if there is no such date (as date() would raise)."""
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return math.nan
    leap = m == 2 and _is_leap(y)
    if not 1 <= d <= _DAYS_IN_MONTH[m] + leap:
        return math.nan
    return float(_days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d)


# The year in which a day of a month with no year is counted: a leap year, so that
# February 29 is one.
_ANY_YEAR = 2000


def month_day(month: int, day: int) -> float:
    """The day number of a month's day in no given year ("November 1"): compared only
    with other such days, and with the same day of any year (:func:`month_day_of`)."""
    return _day(_ANY_YEAR, month, day)


def month_day_of(day: float) -> float:
    """The :func:`month_day` of a day number: the day of its month in ``_ANY_YEAR``."""
    y = year_of(int(day))
    return float(
        _days_before_year(_ANY_YEAR)
        + int(day)
        - _days_before_year(y)
        + (not _is_leap(y) and int(day) - _days_before_year(y) > 59)
    )


def year_of(day: int) -> int:
    """The year of a day number (date.fromordinal(day).year)."""
    y = day * 400 // 146097 + 1  # 146097 days in 400 years: off by at most one
    while _days_before_year(y) >= day:
        y -= 1
    while _days_before_year(y + 1) < day:
        y += 1
    return y


def _month_span(y: int, m: int) -> tuple[float, float]:
    nxt = _day(y + 1, 1, 1) if m == 12 else _day(y, m + 1, 1)
    return _day(y, m, 1), nxt - 1


_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _year_span(y: int, part: str | None) -> tuple[float, float]:
    if part:
        a, b = _PARTS[part.lower()]
        return _day(y, a, 1), _month_span(y, b)[1]
    return _day(y, 1, 1), _day(y, 12, 31)


_GROUP_NAMES = (
    "hedge",
    "date",
    "dmon",
    "dday",
    "dyear",
    "dday2",
    "dmon2",
    "dyear2",
    "mpart",
    "dmon3",
    "dyear3",
    "cpart",
    "decade",
    "ypart",
    "year",
    "year2",
    "money",
    "cur",
    "mnum",
    "mnum2",
    "mscale",
    "mnum3",
    "mscale3",
    "mabbr3",
    "curw",
    "pct",
    "pnum",
    "pnum2",
    "punit",
    "frac",
    "fnum",
    "fden",
    "fhalf",
    "fhalfpt",
    "fhalfdur",
    "fa",
    "fb",
    "count",
    "cnum",
    "cnum2",
    "cscale",
    "cabbr",
    "wnum",
    "wscale",
)


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
        if not (m.group("hedge") and _DURATION.match(m.string, m.end())):
            return None
        # a hedged length of time: "over a decade" is "more than ten years" ("a year",
        # alone, is most often a rate or a date: "50,000 homes a year", "a year earlier")
        raw = "1"
    scale_word = cscale_ or wscale_ or cabbr_
    scale = SCALES[scale_word.lower()] if scale_word else 1.0
    lo = _num(raw) * scale
    hi = _num(cnum2_) * scale if cnum2_ else lo
    if hi < lo or (cnum2_ and hi == lo):
        return None  # "won 3-1", "a 50-50 split": a score or a split, not a range
    return "count", "", lo, hi, _half_unit(raw) * scale, not scale_word and raw[0].isdigit()


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
    # A whole count written to its last digit is exact ("142 seats", "98 people", "1,234"):
    # the relative slack is for figures written rounded ("1,800", "3 million") or hedged.
    exact = kind == "count" and half <= 0.5 and lo == int(lo)
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
    # written to the hundred), "some 15,000" is not 14,000
    step = _significant_step(lo, written_half)
    if kind == "percent":  # points: "about 40%" may be 37.8%, "around 10%" is not 12%
        # (open at its ends, as rounding is: "about 2.5 points" does not meet "about 1.5")
        about = 0.999 * max(min(max(step, 0.5), 2.5, max(0.5, 0.15 * mag)), 0.05 * mag)
    else:
        about = min(max(0.5 * step, tolerance * mag), max(0.1, tolerance) * mag)
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
    return before.endswith(("No.", "#", "number", "No"))


def _gapped(text: str, start: int, end: int, name_start: int) -> bool:
    """Is the number at ``start`` the figure of a gapped clause ("and Russia 17 times"),
    the name before it starting at ``name_start``?"""
    g = _GAPPED.search(text, max(0, name_start - 80), name_start)
    if g is None:
        return False
    n = _NEXT_WORD.match(text, end)
    return n is None or n.group(1).lower() == g.group(1).lower()


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


# A candidate figure before annotation: the leading fields of Figure, in order.
_Cand = tuple[int, int, str, str, str, float, float, float, float, str, float]


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
            elif u.group("dur"):
                # a length of time, in days: "a 48-hour strike" is "a two-day strike"; not
                # an age written as an adjective ("the 23-year-old" is "Menezes, 23")
                if text[u.end() : u.end() + 4] != "-old":
                    days = _DAYS[u.group("dur").lower()]
                    unit, lo, hi, half = "days", lo * days, hi * days, half * days
                    if text[mend - 2 : mend].lower() in (" a", "\ta"):
                        mend = u.end()  # "over a decade": the words, not "over a"
            elif u.group("pw1") or u.group("pw2"):
                scale = _POWER_SCALE[u.group("pw1") or u.group("pw2")]
                unit = "MWh" if u.group("pwh1") or u.group("pwh2") else "MW"
                lo, hi, half = lo * scale, hi * scale, half * scale
            elif u.group("km") or u.group("mi"):
                scale = 1.0 if u.group("km") else _MILE
                unit, lo, hi, half = "km", lo * scale, hi * scale, half * scale
            else:
                area = u.group("a1") or u.group("a2") or u.group("a3") or u.group("a4")
                scale = _AREA_SCALE[(area or u.group("a5")).lower()[:2]]
                unit, lo, hi, half = "ha", lo * scale, hi * scale, half * scale
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
        if kind == "year" and hedge and HEDGES.get(hedge.lower()) is None:
            hedge = ""  # "about 2020" / "some 2020" is rare; keep the year, drop the hedge
            fstart = m.start("date")
        alo, ahi = _widen(kind, hedge, lo, hi, half, tolerance)
        out.append((fstart, mend, text[fstart:mend], kind, unit, lo, hi, alo, ahi, hedge, half))
    return out


# Units of time after a count ("14 days", "a 48-hour strike"), as days.
_DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
}
_DURATION_SRC = (
    # "three more weeks", "two further years", "five straight months"
    r"(?:[ \t]+(?:more|further|additional|extra|consecutive|straight|full))?"
    r"[ \t-](?P<dur>minute|hour|day|week|month|year|decade)s?\b"
)
_DURATION = regexstore.compile(_DURATION_SRC, regexstore.IGNORECASE)
_OVER_IS_MORE = regexstore.compile(
    r"\b(?:in|for|than|since|of)[ \t]+\Z", regexstore.IGNORECASE | regexstore.REVERSE
)
# Power and energy after a count, in megawatts and megawatt-hours: "3.2 gigawatts" is
# "3,200 megawatts", "4.5 TWh" is "4,500 GWh".
_POWER_SRC = (
    r"[ \t-](?:(?P<pw1>kilo|mega|giga|tera)watt(?:s?[ -](?P<pwh1>hour)s?\b|s?\b)"
    r"|(?P<pw2>[kMGT])W(?P<pwh2>h)?\b)"
)
_POWER_SCALE = {
    "kilo": 1e-3,
    "k": 1e-3,
    "mega": 1.0,
    "M": 1.0,
    "giga": 1e3,
    "G": 1e3,
    "tera": 1e6,
    "T": 1e6,
}

# Areas after a count, in hectares: "460 square kilometres" is "46,000 hectares". The
# groups' first two letters, lower-cased, key the scale.
_AREA_SRC = (
    r"[ \t-](?:square[ \t-](?P<a1>kilomet(?:re|er)s?\b|km\b|miles?\b)"
    r"|(?P<a2>km2|km²)(?![\p{L}\p{N}])|sq\.?[ \t]?(?P<a3>km|mi)\b|(?P<a4>hectares?|ha)\b"
    r"|(?P<a5>acres?)\b)"
)
_AREA_SCALE = {"ki": 100.0, "km": 100.0, "mi": 258.998811, "he": 1.0, "ha": 1.0, "ac": 0.40468564}
# Distances after a count, in kilometres: "60 miles" is 96.6 km; not a speed ("120 km/h",
# "60 miles an hour").
_DISTANCE_SRC = (
    r"[ \t-](?:(?P<km>kilomet(?:re|er)s?|km)|(?P<mi>miles?))(?![/\p{L}\p{N}])"
    r"(?![ \t]+(?:an|a|per)[ \t]+hour)"
)
_MILE = 1.609344
_AND_A_HALF = regexstore.compile(r"[ \t]+and[ \t]+a[ \t]+half\b")
# A unit after a count: a length of time (case aside), power or energy, an area or a
# distance.
_UNIT_AFTER = regexstore.compile(rf"(?i:{_DURATION_SRC})|{_POWER_SRC}|{_AREA_SRC}|{_DISTANCE_SRC}")


def unit_scale(text: str, f: Figure) -> float:
    """How much the unit after a count in ``text`` scaled its number into ``f.unit``: 1.609
    for "two miles" (in km), 100 for "5 square kilometres" (in hectares), 1 otherwise."""
    u = _UNIT_AFTER.match(text, f.end)
    if u is None:
        return 1.0
    if u.group("mi"):
        return _MILE
    if u.group("pw1") or u.group("pw2"):
        return _POWER_SCALE[u.group("pw1") or u.group("pw2")]
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


# The words of those units, lemmatised: a count's noun that is one of them names no thing
# measured ("350,000 hectares").
UNIT_NOUNS = _words(
    """minute hour day week month year decade hectare acre square kilometre kilometer km
    mile megawatt gigawatt kilowatt terawatt mw gw kw tw mwh gwh kwh twh"""
)

# After a length of time, what makes it a delay: "nine months late", "two years later than
# planned" (not "two years later, ...": a time after).
_LATE = regexstore.compile(
    r"\s+(?:late|overdue|behind\s+schedule|later\s+than\s+(?:planned|scheduled|expected"
    r"|originally|first|promised|hoped))\b"
)
# Units that a count written as an adjective glues to it ("a five-year contract", "the
# 400-kilometre road"): the noun after the unit, a word in lower case, is what is measured.
_GLUED_UNITS = frozenset(["days", "km", "ha", "MW", "MWh"])
_GLUED_NOUN = regexstore.compile(r"\p{Ll}{3,}")

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
# Plurals that lemma() leaves as written.
_PLAIN_PLURALS = frozenset(["people", "women", "men", "children", "police"])
# What opens an object: a word between a plural noun and one of these is its verb
# ("residents oppose the plan", "Americans back it").
_OBJECT_START = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "them", "it"]
)


# Words that open a clause a verb takes as its object: "43% shortfall shows how …".
_WH = frozenset(["how", "why", "whether", "what"])


# What a figure can be "a"/"an" of, making it a rate: "$38 a share", "$25 an hour".
# "another 40 holes", "adding 5 cubic metres": an increment
_MORE = _words("another additional further extra add adds adding added")
_RATE_TIMES = _words("day hour month week year")  # "50,000 homes a year"
_RATE_NOUNS = _words(
    """barrel bushel day dose gallon head hour kilo kilogram kilometre kilometer kwh litre
    liter megawatt-hour mile minute month night ounce person pound seat second share
    square tonne ton unit visit week year bag sack box crate bottle carton ticket trip ride
    passenger household family pupil student worker employee acre hectare meal"""
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
# A number glued to its unit before a rate's noun: "per 64-kilogram bag".
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
    if (lows[i] == "of" or (kind == "money" and lows[i] in ("in", "off"))) and i + 1 < n:
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
    for i in range(k + 1, min(k + 6, len(lows))):
        low = lows[i]
        if toks.starts[i] >= hi_bound or low in _VERBS or low[0].isdigit():
            break
        if low not in STOP and not (
            low in _PERIOD_STARTS and _is_period(lows, i)
        ):  # "jobs in the first quarter"
            out.add(lemma(toks.words[i]))
    return out


_PLACE_LINKS = frozenset(["in", "at", "near", "outside"])
_OF_WHOLE = frozenset(["the", "its", "their", "these", "those"])  # "N of the M seats"
_POSSESSIVE = ("'s", "’s")  # "23 of Kenya's 47 counties"
_COST_NOUNS = frozenset(["cost", "costs"])
# What follows "cost(s)" when it is the noun, not the verb: "cut costs by $800 million",
# "its annual costs are $200 million".
_AFTER_COST_NOUN = frozenset(["by", "are", "were", "is", "was", "of"])
# What takes a part of a whole: "most of the 300 seats".
_PARTITIVES = _words("all any both each few half many majority most none several some")
# What takes some of an amount: "most of the €1.84 billion fine".
_SOME_OF = _words("half majority most much part portion some")
_FRAME_PREPS = _words("across at in inside outside throughout within")
_NOT_PLACES = _words("monday tuesday wednesday thursday friday saturday sunday christmas easter")
_COORD = frozenset(["and", "or", "plus"])  # "14% and 41 seats": the second shares the owner


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
                and _GLUED_NOUN.fullmatch(toks.words[k_noun])
                and lows[k_noun] not in STOP
                and lows[k_noun] not in _VERBS
                and lows[k_noun] not in _RUN_END
            ):
                head, mods = lemma(toks.words[k_noun]), []
        if f[4] == "days" and not head:
            unit_end = _UNIT_AFTER.match(text, f_end)
            if unit_end is not None and _LATE.match(text, unit_end.end()) is not None:
                head, mods = "delay", []  # "ten months behind schedule" is a delay
        if text[f_end : f_end + 1] == "-" and kind == "count" and not head:
            unit = _HYPHEN_UNIT.match(text, f_end)
            if unit is not None:
                # "a 650-patient trial": what the count counts, beside the noun it describes
                word = lemma(unit.group(1))
                mods = [*mods, word] if head else mods
                head = head or word
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
            if lows[k_right + 2][0].isdigit():
                # "23 of Kenya's 47 counties": the whole's noun comes after its number
                k = k_right + 3
                while k < n and lows[k] in SCALES:
                    k += 1
                head, mods, after = _head_right(toks, k, text, ends[k - 1], kind)
        elif (
            kind == "count"
            and k_left > 1
            and (lows[k_left - 1] in _OF_WHOLE or lows[k_left - 1].endswith(_POSSESSIVE))
            and lows[k_left - 2] == "of"
            and (
                k_left - 2 == k_lo
                or (k_left == 2 + k_lo + 1 and lows[k_lo] == "out")
                or (
                    k_left > 2
                    and (
                        lows[k_left - 3][0].isdigit()
                        or lows[k_left - 3] in WORD_VALUES
                        or lows[k_left - 3] in _PARTITIVES
                    )
                )
            )
        ):
            # "37 of the 150 seats", "most of the 150 seats", "Of the 150 seats, ...": 150 is
            # the whole, not a count of seats won
            head, mods = "", []
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
        if not rate:  # "annual costs of $1.8 billion" is "$800 million a year"
            rate = next((_ADJECTIVE_RATES[m] for m in mods if m in _ADJECTIVE_RATES), "")
        if (
            not rate
            and head
            and not left_head
            and after + 1 < n
            and lows[after] in ("a", "an", "per")
            and lemma(lows[after + 1]) in _RATE_TIMES
        ):
            rate = "per " + lemma(lows[after + 1])  # "50,000 homes a year"
        desc = {m for m in mods if m not in _VERBS and not (left_head and m.endswith("ed"))}
        if not left_head:
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
        if (
            k_left > 1
            and lows[k_left - 1] == "by"
            and not _CHANGE.isdisjoint(lows[max(k_lo, k_left - 4) : k_left - 1])
        ):
            # "fell by 1,140", "rose by 5%": the size of the change, a difference
            role = "by"
        elif (
            not _CHANGE.isdisjoint(left)
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
            k_left > 1
            and lows[k_left - 1] == "by"
            and not _BY_VERBS.isdisjoint(lows[max(0, k_left - 8) : k_left])
        ) or (
            (after + 1 < n and lows[after] in ("short", "shy") and lows[after + 1] == "of")
            or (k_left > k_lo and lows[k_left - 1] in _MORE)
        ):
            # a difference ("25 seats short of a majority", "another 40 holes", "adding up
            # to 5 cubic metres a second"): compared only with differences
            role = "by"
        if part:
            role = "part"
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
        if rate and role != "change":
            role = f"{role} {rate}".lstrip()  # "per share", "plan per share"
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
    n = len(starts)
    for si, (s, e, para) in enumerate(spans):
        i = bisect.bisect_left(starts, s)
        if i == n or starts[i] >= e:
            continue
        figs = _candidates(text, s, e, starts, i, tolerance)
        if not figs:
            continue
        if lower is None:  # words the text writes in lower case are not names when leading
            lower = _LowerWords(text)
        out.extend(_annotate(text, figs, _Toks(text, s, e), s, e, si, para, lower))
    return tuple(out)


def extract_figures(doc: Document) -> tuple[Figure, ...]:
    """Every figure of the digest's prose, in order; share it with ``doc.analysis``."""
    text = _blank_citations(doc)
    spans = [(s.start, s.end, s.paragraph) for s in doc.sentences]
    return _with_ranks(text, spans, _figures_in(text, spans, DEFAULT_TOLERANCE))


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


def _with_ranks(
    text: str, spans: list[tuple[int, int, int]], figures: tuple[Figure, ...]
) -> tuple[Figure, ...]:
    """``figures`` and the ranks of ``text`` ("the world's third-largest fleet"), in order
    (the ranks module is loaded only for a text with a superlative in it)."""
    low = text.lower()
    if not any(word in low for word in SUPERLATIVES):
        return figures
    from seedlint import ranks

    found = ranks.rank_figures(text, spans)
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
    figures = tuple(
        Figure(*f[:10], rounding=f[10])
        for start, end in (lines if starts else ())
        for f in _line_candidates(text, start, end, starts, DEFAULT_TOLERANCE)
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
