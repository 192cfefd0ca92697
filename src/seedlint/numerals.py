"""How figures are written: number words, scales, fractions, month names, currencies (signs,
ISO codes, names), hedges, the units a count may carry, and the source of the one pattern
that finds a figure (:data:`_FIGURE_SRC`, compiled on first use by :func:`_figure`), with
the cheap pattern of the places where a figure can start (:data:`_START`).

Words and patterns only, no parsing: :mod:`seedlint.figures` reads the matches into
values, :mod:`seedlint.figure_context` the words around them. Separate because it is the
vocabulary that every other figure module reads, and it reads none of them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from seedlint import regexstore

if TYPE_CHECKING:
    import regex

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
    "FJD",
    "GBP",
    "GHS",
    "HKD",
    "HUF",
    "IDR",
    "ILS",
    "INR",
    "ISK",
    "JMD",
    "JPY",
    "KES",
    "LKR",
    "KRW",
    "KZT",
    "MXN",
    "MYR",
    "NAD",
    "NGN",
    "NOK",
    "NPR",
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
    "rials": "IRR",
    "dinars": "DZD",
    "naira": "NGN",
    "soles": "PEN",
    "shillings": "KES",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "shekels": "ILS",
    "dong": "VND",
    "riels": "KHR",
    "riel": "KHR",
    "kyats": "MMK",
    "kyat": "MMK",
    "tugriks": "MNT",
    "tugrik": "MNT",
    "ariary": "MGA",
    "guaranies": "PYG",
    "guaraníes": "PYG",
    "guaranís": "PYG",
    "bolivianos": "BOB",
    "colones": "CRC",
    "quetzales": "GTQ",
    "lempiras": "HNL",
    "córdobas": "NIO",
    "cordobas": "NIO",
    "manats": "AZN",
    "lari": "GEL",
    "drams": "AMD",
    "denars": "MKD",
    "pula": "BWP",
    "leones": "SLE",
    "dalasis": "GMD",
    "afghanis": "AFN",
    "kina": "PGK",
    "rufiyaa": "MVR",
    "kwanzas": "AOA",
    "meticais": "MZN",
    "somoni": "TJS",
    "soms": "KGS",
    "lek": "ALL",
    # the English name of five currencies: "3 billion crowns" (see SAME_UNITS)
    "crowns": "CROWN",
}
_NAMED_AFTER_A_SCALE = {
    "won": "KRW",
    "kip": "LAK",
    "som": "KGS",
    "rand": "ZAR",
    "krone": "CROWN",
    "koruna": "CZK",
    "forint": "HUF",
    "riyal": "SAR",
    "rial": "IRR",
    "dinar": "DZD",
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
    "cents": "USD",  # a hundredth of the unit: see figures._parse
    "us cents": "USD",
    "u.s. cents": "USD",
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
    "LKR": "sri lankan rupees|sri lankan rupee",
    "NPR": "nepalese rupees|nepali rupees",
    "FJD": "fijian dollars|fiji dollars",
    "JMD": "jamaican dollars",
    "NAD": "namibian dollars",
    "RUB": "russian roubles|russian rubles",
    "KRW": "south korean won|korean won",
    "VND": "vietnamese dong",
    "KHR": "cambodian riels|cambodian riel",
    "LAK": "lao kip|laotian kip",
    "MMK": "myanmar kyats|burmese kyats",
    "MNT": "mongolian tugriks|mongolian tugrik",
    "MGA": "malagasy ariary",
    "PYG": "paraguayan guaranies|paraguayan guaraníes",
    "UZS": "uzbek som|uzbek soms|uzbek sums",
    "KGS": "kyrgyz som|kyrgyz soms",
    "XOF": "cfa francs|west african cfa francs",
    "XAF": "central african cfa francs",
    "RWF": "rwandan francs",
    "CDF": "congolese francs",
    "GNF": "guinean francs",
    "BIF": "burundian francs",
    "UYU": "uruguayan pesos",
    "DOP": "dominican pesos",
    "CUP": "cuban pesos",
    "ZMW": "zambian kwacha",
    "MWK": "malawian kwacha|malawi kwacha",
    "SOS": "somali shillings",
    "QAR": "qatari riyals",
    "SAR": "saudi riyals",
    "IRR": "iranian rials",
    "OMR": "omani rials",
    "YER": "yemeni rials",
    "DZD": "algerian dinars",
    "TND": "tunisian dinars",
    "JOD": "jordanian dinars",
    "KWD": "kuwaiti dinars",
    "IQD": "iraqi dinars",
    "RSD": "serbian dinars",
    "BHD": "bahraini dinars",
    "LYD": "libyan dinars",
    "MAD": "moroccan dirhams",
    "AED": "uae dirhams|emirati dirhams",
    "MUR": "mauritian rupees",
    "SCR": "seychellois rupees",
    "TTD": "trinidad and tobago dollars",
    "XCD": "east caribbean dollars",
    "BBD": "barbadian dollars|barbados dollars",
    "BSD": "bahamian dollars",
    "BZD": "belize dollars",
    "GYD": "guyanese dollars",
    "LRD": "liberian dollars",
    "SBD": "solomon islands dollars",
    "BND": "brunei dollars",
    # a hundredth of the unit ("37 Australian cents" is A$0.37): see figures._parse
    "AUD": "australian cents",
    "CAD": "canadian cents",
    "EUR": "euro cents",
}
CURRENCY_WORD.update(
    {name: code for code, names in _NATIONAL_CURRENCIES.items() for name in names.split("|")}
)
# Currencies that share a name: an amount in bare "pounds", "dollars", "pesos" or "rupees"
# is in the one of them the text named before ("1.2 billion Egyptian pounds", later "1.5
# billion pounds a day"), else in the first code of its family.
_FAMILIES = (
    ("GBP", "EGP"),
    (
        *("USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "FJD", "JMD", "NAD"),
        *("TTD", "XCD", "BBD", "BSD", "BZD", "GYD", "LRD", "SBD", "BND"),
    ),
    ("MXN", "CLP", "ARS", "COP", "PHP", "UYU", "DOP", "CUP"),
    ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    ("KES", "UGX", "TZS", "SOS"),
    ("ZMW", "MWK"),
    ("CHF", "XOF", "XAF", "RWF", "CDF", "GNF", "BIF"),
    ("SAR", "QAR"),
    ("IRR", "OMR", "YER"),
    ("DZD", "TND", "JOD", "KWD", "IQD", "RSD", "BHD", "LYD"),
    ("AED", "MAD"),
)
CURRENCY_FAMILY = {code: family[0] for family in _FAMILIES for code in family}
FAMILY_MEMBERS = {family[0]: family for family in _FAMILIES}
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
    ("swiss francs" → "Swiss", spaces, "francs"), nor a joining word ("Trinidad and Tobago
    dollars")."""
    words = name.split()
    return r"\s+".join(
        [
            *(
                w.upper() if w in _INITIALS else w if w in _JOINING else w.capitalize()
                for w in words[:-1]
            ),
            words[-1],
        ]
    )


# Words of a currency's name written in capitals: "CFA francs", "UAE dirhams"; and in
# lower case: "Trinidad and Tobago dollars".
_INITIALS = frozenset(["cfa", "uae"])
_JOINING = frozenset(["and"])


_CUR_WORD = (
    # "Norwegian kroner", "Hong Kong dollars"
    "(?:"
    + "|".join(
        _as_written(n)
        for names in _NATIONAL_CURRENCIES.values()
        for n in sorted(names.split("|"), key=len, reverse=True)
    )
    + ")"
    + r"|(?:(?:US|U\.S\.)\s+)?cents|pence"
    r"|(?:(?:US|U\.S\.|Canadian|Australian)\s+)?dollars?|euros?|pounds|yen"
    r"|(?<=(?:hundred|thousand|million|billion|trillion)(?:\s+|-))pound"
    # other currencies by name, and by code after the amount ("1.2 billion NOK")
    + "|"
    + "|".join(_as_written(n) for n in sorted(_NAMED_CURRENCIES, key=len, reverse=True))
    + r"|(?<=(?:hundred|thousand|million|billion|trillion)(?:\s+|-))(?:"
    + "|".join(_NAMED_AFTER_A_SCALE)
    # glued to its number as an adjective, a singular is a currency too: "a 7.12-rupee
    # rise", "a 20-rand note" (but "a 3-pound bag" is a weight, "sol" too short to trust)
    + r")|(?<=\d-)(?:"
    + "|".join(n for n in _NAMED_AFTER_A_SCALE if n != "sol")
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
           (?:(?:\s+|-)(?P<mscale3>{_SCALE_WORD})|\s?(?P<mabbr3>{_SCALE_ABBR}))?
           (?:\s+|-)(?P<curw>{_CUR_WORD})
      )
    | (?P<pct>
         (?P<pnum>{_NUM}|{_WORD_NUM})(?:\s?[-–]\s?(?P<pnum2>{_NUM}))?
           \s?(?P<punit>%|percentage\s+points?|percent|per\s?cent|pct|basis\s+points?|points?)
      )
    | (?P<frac>
         # ("two and a quarter", "an hour and a quarter": a part of one, not a share; ", and
         # a quarter of the teachers" is one)
         (?<!(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
           |hundred|thousand|million|billion|dozen|an?\s+\p{{L}}+))\s+and\s)
         (?P<fnum>{_FRAC_NUM})[-\s](?P<fden>{_FRAC_WORD})(?!-)
           (?:\s+of\s+an?\s+(?P<fdur>century|decade|year)\b)?
           (?!\s+(?:consecutive|straight|successive|time|round|term|place|generation)\b)
       | (?<!\band\sa\s)(?P<fhalf>[Hh]alf)
           (?!\s+a\s+(?:hundred|thousand|million|billion|trillion)\b)
           # "half a kilometre", "half a tonne": a measure, not a share
           (?!\s+an?\s+(?:kilo|mile|metre|meter|tonne|ton\b|litre|liter|gallon|barrel|pound
             |ounce|hectare|acre|foot\b|inch))
           (?:\s+a\s+(?P<fhalfpt>(?:percentage\s+)?point)
             |\s+an?\s+(?P<fhalfdur>minute|hour|day|week|month|year|decade|century)\b)?(?!-)
       | (?<![Nn]o\s)(?P<fa>{_NUM}|[Oo]ne|{_WORD_NUM})\s+(?:in|out\s+of)\s+
           (?P<fb>\d{{1,3}}|{_WORD_NUM}|a\s+(?:hundred|thousand|million))(?!\d)
           (?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b)
      )
    | (?P<count>
         (?P<cnum>{_NUM})(?:\s?[-–]\s?(?P<cnum2>{_NUM}))?
           (?:(?:\s+|-(?=\w+-))(?P<cscale>{_SCALE_WORD})|(?P<cabbr>bn|m|k)|(?:°?[CF]|km|kg))?
       | (?P<wnum>{_WORD_NUM}|[Aa])(?:(?:\s+|-(?=\w+-))(?P<wscale>{_SCALE_WORD}))?
      )
    )
    (?![\p{{L}}\p{{N}}]|[.,/]\d)
    """


@lru_cache(maxsize=1)
def _figure() -> regex.Pattern[str]:
    """The figure pattern, compiled when a text first has a candidate figure."""
    pattern = regexstore.compile(_FIGURE_SRC, regexstore.VERBOSE | regexstore.V1)
    # figures._parse unpacks the groups by position
    assert tuple(sorted(pattern.groupindex, key=pattern.groupindex.__getitem__)) == _GROUP_NAMES
    return pattern


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
    "fdur",
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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Units of time after a count ("14 days", "a 48-hour strike"), as days.
_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
}
_DURATION_SRC = (
    # "three more weeks", "two further years", "five straight months"
    r"(?:[ \t]+(?:more|further|additional|extra|consecutive|straight|full))?"
    # ("seconds" only as a plural or glued to digits: "a second term" is an ordinal)
    r"[ \t-](?P<dur>minute|hour|day|week|month|year|decade|second(?=s\b)|(?<=\d-)second)s?\b"
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
    r"[ \t-](?:(?P<km>kilomet(?:re|er)s?|km)|(?P<mi>miles?)|(?P<me>met(?:re|er)s?)"
    r"|(?P<ft>feet|foot))(?![/\p{L}\p{N}])"
    r"(?![ \t]+(?:an|a|per)[ \t]+hour)"
)
# Frequencies after a count, in megahertz: "the 3.5 GHz band" is 3,500 MHz, not three and
# a half of something.
_FREQUENCY_SRC = r"[ \t-](?P<hz>[kMG]?Hz|(?i:kilo|mega|giga)?hertz)(?![\p{L}\p{N}])"
_FREQUENCY_SCALE = {"k": 1e-3, "m": 1.0, "g": 1e3, "h": 1e-6}  # by the first letter
_MILE = 1.609344
_METRE = 0.001
_FOOT = 0.0003048
_AND_A_HALF = regexstore.compile(r"[ \t]+and[ \t]+a[ \t]+half\b")
# A unit after a count: a length of time (case aside), power or energy, an area, a
# distance or a frequency.
_UNIT_AFTER = regexstore.compile(
    rf"(?i:{_DURATION_SRC})|{_POWER_SRC}|{_AREA_SRC}|{_DISTANCE_SRC}|{_FREQUENCY_SRC}"
)


# The words of those units, lemmatised: a count's noun that is one of them names no thing
# measured ("350,000 hectares").
UNIT_NOUNS = _words(
    """second minute hour day week month year decade hectare acre square kilometre kilometer km
    mile megawatt gigawatt kilowatt terawatt mw gw kw tw mwh gwh kwh twh hertz kilohertz
    megahertz gigahertz hz khz mhz ghz"""
)
# Units that a count written as an adjective glues to it ("a five-year contract", "the
# 400-kilometre road"): the noun after the unit, a word in lower case, is what is measured.
_GLUED_UNITS = frozenset(["days", "km", "ha", "MW", "MWh", "MHz"])
_GLUED_NOUN = regexstore.compile(r"\p{Ll}{3,}")
