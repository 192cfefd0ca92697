"""The fast paths of figure extraction against straightforward references written here.

figure_context.py tokenises a sentence into parallel lists and annotates each figure from
index ranges and slices; the references below walk one token tuple at a time, the way the
code read before it was made fast. Random sentences built from pieces that exercise each
rule (names, clause separators, change and plan words, heads on either side) must give
identical figures, field for field."""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import NamedTuple

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint import dates as D
from seedlint import figure_context as C
from seedlint import figure_record as R
from seedlint import figures as F
from seedlint import numerals as N
from seedlint.figure_context import (
    _CHANGE,
    _CHANGE_OR_CUT,
    _LEFT_SKIP,
    _LINKS,
    _NAME_NOT_NAME,
    _OBJECT_START,
    _PLACE_ADVERBS,
    _PLACE_PREPS,
    _PLAIN_PLURALS,
    _PLAN,
    _RUN_END,
    _STOP_OR_NAME_STOP,
    _TIME_LEADS,
    _TIME_NOUNS,
    _TIME_WORDS,
    _VERBS,
    MEASURES,
    STOP,
)
from seedlint.figure_record import Figure, lemma

# -- tokens ----------------------------------------------------------------------------------


class Tok(NamedTuple):
    start: int
    end: int
    word: str
    low: str


def _alnum(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def ref_tokens(text: str, start: int, end: int) -> list[Tok]:
    """A token: a letter or digit, then letters, digits and ' ’ & . - , not ending in
    . ' ’ or -."""
    out = []
    i = start
    while i < end:
        if not _alnum(text[i]):
            i += 1
            continue
        j = i + 1
        while j < end and (_alnum(text[j]) or text[j] in "'’&.-"):
            j += 1
        k = j
        while text[k - 1] in ".'’-":
            k -= 1
        out.append(Tok(i, k, text[i:k], text[i:k].lower()))
        i = j
    return out


def toks_of(t: C._Toks) -> list[Tok]:
    return [Tok(*row) for row in zip(t.starts, t.ends, t.words, t.lows, strict=True)]


# Letters and digits of several scripts and categories, the token punctuation, spaces.
_CHARS = "aZé9ß0Ωж中٣²Ⅻ_'’&.-, \u00a0;:$%€/()\n"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=40), st.data())
def test_tokens_match_reference(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert toks_of(C._Toks(text, start, end)) == ref_tokens(text, start, end)


# -- annotation, one token at a time -----------------------------------------------------------


def ref_name_runs(
    toks: list[Tok], text: str, sent_start: int, lower: C._LowerWords
) -> list[tuple[int, int, set[str]]]:
    runs: list[tuple[int, int, set[str]]] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        first_word = not text[sent_start : t.start].strip("-*+>#• \t")
        if (
            t.word[0].isupper()
            and not (first_word and t.low in _STOP_OR_NAME_STOP)
            and (t.low not in _NAME_NOT_NAME)
        ):
            j = i
            words = [t.word]
            while j + 1 < n:
                nx = toks[j + 1]
                gap = text[toks[j].end : nx.start]
                if gap.strip() not in ("", "'s", "’s"):
                    break
                if nx.word[0].isupper() or (
                    nx.low in ("of", "and", "for") and j + 2 < n and toks[j + 2].word[0].isupper()
                ):
                    words.append(nx.word)
                    j += 1
                else:
                    break
            gap_after = text[toks[j].end : toks[j].end + 2]
            if (
                first_word
                and len(words) == 1
                and not gap_after.startswith(("'s", "’s"))
                and not (t.low.endswith(("'s", "’s")) and t.low[:-2] not in C._TIME_WORDS_POSS)
                and not any(c.isupper() for c in t.word[1:])
                and (t.low.endswith("s") or t.low in lower)
            ):
                i = j + 1
                continue
            names = {lemma(w) for w in words if w[0].isupper()}
            names |= C._acronyms(words)
            runs.append((i, j, names))
            i = j + 1
        else:
            i += 1
    return runs


def _gap_ok(text: str, a: Tok, b: Tok) -> bool:
    return not text[a.end : b.start].strip()


def ref_plural(word: str) -> bool:
    low = word.lower()
    if low in _PLAIN_PLURALS:
        return True
    return lemma(word) != low and not low.endswith(("'s", "’s"))


def ref_head_right(
    toks: list[Tok], k: int, text: str, fig_end: int, kind: str
) -> tuple[str, list[str], int]:
    if k >= len(toks) or text[fig_end : toks[k].start].strip():
        return "", [], k
    i = k
    if (toks[i].low == "of" or (kind == "money" and toks[i].low in ("in", "off"))) and i + 1 < len(
        toks
    ):
        # money "in the port" names where it goes, not what it measures (d14ca2c)
        if toks[i].low == "in" and toks[i + 1].low in (
            *("the", "a", "an", "its", "their", "his", "her", "our", "this", "that"),
        ):
            return "", [], k
        i += 1
    elif toks[i].low in ("the", "its", "their", "his", "her", "our", "this", "that"):
        return "", [], k  # "the 9.8% the board paid"
    while i < len(toks) and toks[i].low in (
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "a",
        "an",
        "all",
        "total",
        "new",
    ):
        i += 1
    if toks[k].low == "of" and kind == "percent" and i + 1 < len(toks) and toks[i].low[0].isdigit():
        # "a quarter of the 142,000 teachers": the share's noun after the whole's number
        i += 1
        while i + 1 < len(toks) and (toks[i].low in N.SCALES or toks[i].low[0].isdigit()):
            i += 1
    run: list[str] = []
    j = i
    n = len(toks)
    while j < n and len(run) < 5:
        t = toks[j]
        if j > i and not _gap_ok(text, toks[j - 1], t):
            break
        nxt = toks[j + 1] if j + 1 < n else None
        if (
            t.low in ("of", "and")
            and run
            and run[-1][0].isupper()
            and nxt is not None
            and nxt.word[0].isupper()
        ):
            run.append(t.word)
            j += 1
            continue
        if t.low == "and" and run and j + 2 < n:
            second, noun = toks[j + 1], toks[j + 2]
            if (
                text[toks[j - 1].end : noun.start] == f" {t.word} {second.word} "
                and all(
                    not w[0].isupper() and not ref_plural(w) and w.lower() not in STOP | _VERBS
                    for w in (run[-1], second.word)
                )
                and not noun.word[0].isupper()
                and noun.low not in STOP | _VERBS
                and ref_plural(noun.word)
            ):  # "11 local and international banks"
                run.append(t.word)
                j += 1
                continue
        if t.low in STOP or t.low in _TIME_WORDS or t.low[0].isdigit() or t.low in _VERBS:
            break
        if t.low.endswith("ly") or t.low == "once":
            break
        if ref_is_period(toks, j):
            break
        if t.low in _RUN_END:
            break
        if (
            run
            and not t.word[0].isupper()
            and nxt is not None
            and nxt.low in _OBJECT_START
            and _gap_ok(text, t, nxt)
            and ref_plural(run[-1])
            and not ref_plural(t.word)
        ):
            break
        if (
            run
            and not t.word[0].isupper()
            and nxt is not None
            and (nxt.low in _OBJECT_START or nxt.low in C._WH or nxt.word[0].isupper())
            and _gap_ok(text, t, nxt)
            and not ref_plural(run[-1])
            and ref_plural(t.word)
            and lemma(t.word) not in C.MEASURES  # "cubic metres a year"
        ):
            break  # "offer values Beta"
        if run and t.low in C.PARTICIPLES:
            break
        if t.low.endswith("ing") and run and ref_plural(run[-1]):
            break
        if t.low.endswith(("ed", "ing")) and not t.word[0].isupper():
            first = not run and nxt is not None and nxt.low not in STOP and _gap_ok(text, t, nxt)
            if not first and (t.low.endswith("ed") or not run):
                break
        run.append(t.word)
        j += 1
    run = [w for w in run if w.lower() not in ("of", "and")]
    if not run:
        return "", [], k
    if len(run) > 1 and lemma(run[0]) in MEASURES:
        return lemma(run[0]), [lemma(w) for w in run[1:]], j
    return lemma(run[-1]), [lemma(w) for w in run[:-1]], j


_MONTH_WORDS = [
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
]  # fmt: skip
_PART_WORDS = ["quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"]
_PART_WORDS += [f"{o}-{p}" for o in ("first", "1st", "second", "2nd") for p in ("quarter", "half")]
_PART_WORDS += [f"{o}-quarter" for o in ("third", "3rd", "fourth", "4th")]


def ref_is_period(toks: list[Tok], i: int) -> bool:
    """A month, a quarter or a half, or the ordinal before "quarter"/"half"."""
    if toks[i].low in _MONTH_WORDS or toks[i].low in _PART_WORDS:
        return True
    ordinals = ("first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th")
    return toks[i].low in ordinals and i + 1 < len(toks) and toks[i + 1].low in ("quarter", "half")


def ref_rate(toks: list[Tok], k: int, text: str, fig_end: int) -> tuple[str, int]:
    if k >= len(toks) or text[fig_end : toks[k].start].strip():
        return "", k
    t = toks[k]
    if t.low in ("each", "apiece"):
        return "each", k + 1
    adverbs = {
        "annually": "year",
        "yearly": "year",
        "monthly": "month",
        "weekly": "week",
        "daily": "day",
        "hourly": "hour",
    }
    if t.low in adverbs:
        return "per " + adverbs[t.low], k + 1
    if k + 1 < len(toks) and _gap_ok(text, t, toks[k + 1]):
        j = k + 1
        if (
            j + 1 < len(toks)
            and re.fullmatch(r"\d[\d.,]*-[^\W\d_]+", toks[j].low)
            and _gap_ok(text, toks[j], toks[j + 1])
        ):
            j += 1  # "per 64-kilogram bag"
        noun = lemma(toks[j].low)
        noun = {"kilo": "kilogram", "kg": "kilogram", "kilogramme": "kilogram"}.get(noun, noun)
        noun = {"ton": "tonne", "liter": "litre", "kilometer": "kilometre"}.get(noun, noun)
        noun = "kilometre" if noun == "km" else noun
        if t.low == "per" and toks[j].low not in STOP:
            return "per " + noun, j + 1
        if t.low in ("a", "an") and lemma(toks[j].low) in C._RATE_NOUNS:
            return "per " + noun, j + 1
    return "", k


def ref_tail(toks: list[Tok], k: int, hi_bound: int) -> set[str]:
    out: set[str] = set()
    if k < len(toks) and toks[k].low in _PLACE_ADVERBS and toks[k].start < hi_bound:
        return {toks[k].low}
    if k >= len(toks) or toks[k].low not in {"for", "with", "from", "of", "to", "in", "on"} | (
        _PLACE_PREPS
    ):
        return out
    if (
        toks[k].low == "to"
        and k + 2 < len(toks)
        and toks[k + 1].word.islower()
        and toks[k + 1].low not in STOP
        and (toks[k + 2].low[0].isdigit() or toks[k + 2].low in C._ARTICLES)
    ):
        return out  # "to save $14 million": an infinitive
    for i in range(k + 1, min(k + 6, len(toks))):
        t = toks[i]
        if t.start >= hi_bound or t.low in _VERBS or t.low[0].isdigit():
            break
        if t.low not in STOP and not ref_is_period(toks, i):
            out.add(lemma(t.word))
    return out


def _spaced(text: str, a: Tok, b: Tok) -> bool:
    return text[a.end : b.start] == " "


def ref_changed_noun(toks: list[Tok], k: int, text: str, hi_bound: int) -> tuple[str, list[str]]:
    """What a change noun ending before toks[k] changed: "drop in investment"."""
    if k + 1 >= len(toks) or toks[k].low not in ("in", "of") or toks[k + 1].start >= hi_bound:
        return "", []
    rest = toks[k + 1 :]
    while rest and rest[0].low in C._DETERMINERS:
        rest = rest[1:]
    if rest and (rest[0].low in _TIME_NOUNS or ref_is_period(rest, 0)):
        nxt = rest[1] if len(rest) > 1 else None
        content_next = (
            nxt is not None
            and nxt.low.isalpha()
            and nxt.low not in STOP
            and _spaced(text, rest[0], nxt)
        )
        if not content_next:
            return "", []  # "an increase in April"
    found: list[str] = []
    prev = toks[toks.index(rest[0]) - 1] if rest else None
    for t in rest[:3]:
        if prev is None or t.start >= hi_bound or not _spaced(text, prev, t):
            break
        if t.low in STOP or t.low in _VERBS or not t.low.isalpha():
            break
        if found and t.low in C._SAYS:
            break
        found.append(lemma(t.word))
        prev = t
    return (found[-1], found[:-1]) if found else ("", [])


def ref_head_before_change(toks: list[Tok], k: int, k_lo: int) -> tuple[str, list[str]]:
    """The noun whose change a figure after its verb measures: "investment had fallen by
    a third"; for "cut deliveries … by a further 12%", the verb's object."""
    movers = C._MOVED | C._CHANGE | C._BY_VERBS
    i = k - 1
    while i > k_lo and toks[i].low in {"a", "further", "another"}:
        i -= 1
    if i > k_lo and toks[i].low == "by":
        i -= 1
        if toks[i].low not in movers | C._UP_DOWN:
            verbs = [v for v in range(max(k_lo, i - 12), i) if toks[v].low in C._BY_VERBS]
            if not verbs:
                return "", []
            obj = toks[verbs[-1] + 1 : i]
            while obj and obj[0].low in C._DETERMINERS:
                obj = obj[1:]
            noun: list[str] = []
            for t in obj:
                if len(noun) == 3 or not t.low.isalpha() or t.low in STOP:
                    break
                noun.append(lemma(t.word))
            return (noun[-1], noun[:-1]) if noun else ("", [])
    if i <= k_lo or toks[i].low not in movers | C._UP_DOWN:
        return "", []
    i -= 1
    while i >= k_lo and toks[i].low in {"am", "are", "be", "been", "being", "had", "has"} | {
        "have",
        "is",
        "was",
        "were",
        "will",
        "would",
    }:
        i -= 1
    if i < k_lo:
        return "", []
    t = toks[i]
    if t.low in STOP or t.low in _VERBS or not t.low.isalpha() or t.word[0].isupper():
        return "", []
    mods: list[str] = []
    j = i - 1
    while j >= max(k_lo, i - 6):
        if toks[j].low in {"at", "for", "in", "of", "on"}:
            if j > k_lo and toks[j - 1].low.isalpha() and toks[j - 1].low not in STOP:
                mods = [lemma(x.word) for x in toks[j + 1 : i + 1] if x.low not in STOP]
                i = j - 1
            break
        if not toks[j].low.isalpha() or toks[j].word[0].isupper() or toks[j].low in _VERBS:
            break
        j -= 1
    for x in toks[max(k_lo, i - 2) : i]:
        if x.low not in STOP and x.low.isalpha() and not x.word[0].isupper():
            mods.append(lemma(x.word))
    return lemma(toks[i].word), mods


def ref_stem(verb: str) -> str:
    m = re.fullmatch(r"(.{3,}?)(ied|ed|ing|es|s)", verb)
    if m:
        verb = m.group(1) + ("y" if m.group(2) == "ied" else "")
    return verb[:-1] if len(verb) > 4 and verb[-1] == "e" else verb


def ref_event_verb(toks: list[Tok], k: int, k_lo: int) -> tuple[str, list[str]]:
    """ "proposed in 2017" → ("propos", []); "the first plant opened in" → ("open", ["first"])."""
    links = {"around", "in", "on", "since", "until"}
    if k - 1 <= k_lo or toks[k - 1].low not in links:
        return "", []
    vi = k - 2
    walkout = (
        toks[vi].low == "out" and vi - 1 > k_lo and toks[vi - 1].low in {"walked", "walk", "walks"}
    )
    if walkout:
        vi -= 1  # "walked out on March 10"
    verb = toks[vi]
    deeds = set(C._EVENT_VERBS)
    if not verb.low.isalpha() or verb.word[0].isupper():
        return "", []
    if not walkout and (
        verb.low in STOP or (not verb.low.endswith("ed") and verb.low not in deeds)
    ):
        return "", []
    j = vi - 1
    while j >= k_lo and toks[j].low in C._BEFORE_DEED:
        j -= 1
    quals = [t.low for t in toks[max(k_lo, j - 2) : max(k_lo, j)] if t.low in C.DISTINGUISHERS]
    aux = [t.low for t in toks[j + 1 : vi]]
    before = toks[j].low if j >= k_lo else ""
    ahead = before == "to" and j - 1 >= k_lo and toks[j - 1].low in C._DUE and not aux
    if "will" in aux or ahead:
        quals.append(C.DUE)  # "due to open in 2029"
    elif (
        (verb.low.endswith("ed") or verb.low in ("began", "begun", "took", "held"))
        and not {"be", "being", "will", "would"} & set(aux)
        and before != "to"
    ):
        quals.append(C.DONE)  # "opened in 2018"
    return ("walkout" if walkout else ref_stem(verb.low)), quals


def ref_of_before_whole(toks: list[Tok], k: int) -> int:
    """Where "of" is before a whole's number: "of the 150", "of Kenya's 47", "of the
    capital's 19"."""
    possessive = k > 0 and toks[k - 1].low.endswith(("'s", "’s"))
    wholes = ("the", "its", "their", "these", "those")
    if k > 1 and (possessive or toks[k - 1].low in wholes) and toks[k - 2].low == "of":
        return k - 2
    if k > 2 and possessive and toks[k - 2].low in wholes and toks[k - 3].low == "of":
        return k - 3
    return -1


def ref_head_left(toks: list[Tok], k: int) -> tuple[str, list[str]]:
    i = k - 1
    skipped = 0
    while i >= 0 and toks[i].low in _LEFT_SKIP and skipped < 3:
        if (
            skipped
            and toks[i].low in ("cost", "costs")
            and toks[i + 1].low in ("by", "are", "were", "is", "was", "of")
        ):
            break  # "annual costs by $800 million": the noun
        i -= 1
        skipped += 1
    if (
        skipped
        and i >= 2
        and toks[i].word[0].isupper()
        and toks[i - 1].low in ("in", "at", "near", "outside")
        and not toks[i - 2].word[0].isupper()
    ):
        i -= 2  # over "in Hanoi" to the noun before it
    t = toks[i] if i >= 0 else None
    if (
        t is None
        or skipped == 0
        or t.low in STOP
        or t.low in _CHANGE
        or t.low in _PLAN
        or t.low[0].isdigit()
        or t.low.endswith("ed")
    ):
        return "", []
    ons = [o for o in range(max(0, i - 3), i) if toks[o].low == "on"]
    if ons and ons[-1] > 0:  # the nearest "on": "its tariff on imported rice"
        o = ons[-1]
        levies = ("tariff", "tariffs", "tax", "taxes", "duty", "duties", "levy", "levies")
        if toks[o - 1].low in levies:
            return lemma(toks[o - 1].word), [
                lemma(u.word) for u in toks[o + 1 : i + 1] if u.low not in STOP
            ]
    head = lemma(t.word)
    mods = [
        lemma(u.word)
        for u in toks[max(0, i - 2) : i]
        if u.low not in STOP and not u.low[0].isdigit()
    ]
    return head, mods


def ref_age(
    text: str, toks: list[Tok], runs: list[tuple[int, int, set[str]]], k: int
) -> set[str] | None:
    """Whose age a count is: the surname and the title's words (without "former",
    "chief" and the like), "(someone)" for "the 45-year-old said"; None if no age."""
    titles = {"acting", "chief", "current", "deputy", "former", "longtime", "new", "retired"}
    titles |= {"senior", "then", "veteran"}

    def spaced(i: int, sep: str = " ") -> bool:  # toks[i] and toks[i + 1] apart by sep
        return text[toks[i].end : toks[i + 1].start] == sep

    def title_word(t: Tok) -> bool:
        return t.low.isalpha() and t.low.islower() and t.low not in STOP

    t = toks[k]
    if t.low.endswith("-year-old"):
        after = [j for j in range(k + 1, len(toks)) if all(spaced(i) for i in range(k, j))]
        keys: set[str] = set()
        if after and toks[after[0]].word[0].isupper():
            caps = [j for j in after if all(toks[i].word[0].isupper() for i in range(k + 1, j + 1))]
            keys.add(toks[caps[-1]].low)
        else:
            for j in after:
                if len(keys) == 3 or not title_word(toks[j]) or toks[j].low in _VERBS:
                    break
                keys.add(lemma(toks[j].low))
            keys -= titles
        apposed = k > 1 and toks[k - 1].low in ("a", "an") and spaced(k - 2, ", ")
        if apposed and toks[k - 2].word[0].isupper():
            keys.add(toks[k - 2].low)
        return keys or {"(someone)"}
    if not t.low.isdigit() or text[t.end : t.end + 1] not in (",", ";", ")", "."):
        return None
    name = k - 2 if k > 1 and toks[k - 1].low == "aged" else k - 1
    if name < 0 or not spaced(name, ", ") or toks[name].low in _NAME_NOT_NAME:
        return None
    first = [a for a, b, _ in runs if b == name]
    if not first:
        return None
    keys = {toks[name].low}
    for j in range(first[0] - 1, -1, -1):
        if len(keys) == 4 or not spaced(j) or not title_word(toks[j]):
            break
        keys.add(lemma(toks[j].low))
    return keys - titles


def ref_annotate(
    text: str,
    figs: list[R._Cand],
    toks: list[Tok],
    sent_start: int,
    sent_end: int,
    sent_index: int,
    para_index: int,
    lower: C._LowerWords,
) -> list[Figure]:
    starts = [t.start for t in toks]
    runs = ref_name_runs(toks, text, sent_start, lower)
    times = {
        str(D.year_of(int(f[5]))) for f in figs if f[3] in ("year", "date") and f[4] != "monthday"
    }
    # seasons: "2024/25"
    times |= set(
        regex.findall(r"(?<![\d/])((?:19|20)\d\d)/\d\d(?![\d/])", text[sent_start:sent_end])
    )
    # parts of a year anywhere in the sentence
    ordinals = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
    ordinals |= {"fourth": 4, "4th": 4}
    for i, t in enumerate(toks):
        words = [toks[i - 1].low, t.low] if i > 0 else ["", t.low]
        if "-" in t.low:
            words = t.low.split("-", 1)
        if words[1] == "quarter" and ordinals.get(words[0], 9) <= 4:
            times.add(f"q{ordinals[words[0]]}")
        elif words[1] == "half" and ordinals.get(words[0], 9) <= 2:
            times.add(f"h{ordinals[words[0]]}")
        elif t.low in ("q1", "q2", "q3", "q4", "h1", "h2") or (
            t.low in _MONTH_WORDS and t.word[0].isupper() and words[0] in ("in", "during")
        ):
            times.add(t.low)
    seps = [sep for sep in (";", " — ", " – ") if text.find(sep, sent_start, sent_end) >= 0]
    # a place the sentence opens with, up to the first separator: "In London the ..."
    frame: frozenset[str] = frozenset()
    frame_end = min([text.find(sep, sent_start, sent_end) for sep in seps] + [sent_end])
    preps = ("across", "at", "in", "inside", "outside", "throughout", "within")
    if len(toks) > 1 and toks[0].low in preps and runs:
        first, last, ns = runs[0]
        place = [t.low for t in toks[first : last + 1]]
        if (first == 1 or (first == 2 and toks[1].low == "the")) and all(
            w.isalpha() and w not in C._NOT_PLACES for w in place
        ):
            frame = frozenset(ns)
    out: list[Figure] = []
    for idx, f in enumerate(figs):
        f_start, f_end, kind = f[0], f[1], f[3]
        k_left = bisect.bisect_left(starts, f_start)
        k_right = bisect.bisect_left(starts, f_end)
        lo_bound = figs[idx - 1][1] if idx else sent_start
        hi_bound = figs[idx + 1][0] if idx + 1 < len(figs) else sent_end
        for sep in seps:
            p = text.rfind(sep, lo_bound, f_start)
            if p >= 0:
                lo_bound = p
            q = text.find(sep, f_end, hi_bound)
            if q >= 0:
                hi_bound = q
        words = frozenset(
            lemma(t.word)
            for t in toks[max(0, k_left - 8) : k_left] + toks[k_right : k_right + 8]
            if lo_bound <= t.start < hi_bound and t.low not in STOP and len(t.low) > 2
        )
        rate, k_after = ref_rate(toks, k_right, text, f_end)
        if rate:
            head, mods, after = ref_head_right(toks, k_after, text, toks[k_after - 1].end, kind)
            if rate not in ("each",) and rate[4:] not in _TIME_NOUNS:
                if head:
                    mods = [*mods, head]
                head = rate[4:]
        else:
            head, mods, after = ref_head_right(toks, k_right, text, f_end, kind)
        timed = N._UNIT_AFTER.match(text, f_end) if text[f_end : f_end + 1] == "-" else None
        if (
            f[4] in ("days", "km", "ha", "MW", "MWh") and timed
        ):  # "the five-year contract": the contract
            end = timed.end()
            k_time = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            nxt = toks[k_time] if k_time < len(toks) else None

            def noun(t: Tok | None) -> bool:
                return (
                    t is not None
                    and regex.fullmatch(r"\p{Ll}{3,}", t.word) is not None
                    and t.low not in STOP | C._VERBS | C._RUN_END
                )

            if nxt is not None and text[end : nxt.start] == " " and noun(nxt):
                head, mods = lemma(nxt.word), []
                after_noun = toks[k_time + 1] if k_time + 1 < len(toks) else None
                if (
                    after_noun is not None
                    and text[nxt.end : after_noun.start] == " "
                    and noun(after_noun)
                    and not after_noun.low.endswith(("s", "ed", "ing", "ly"))
                    and not (
                        after_noun.low in ("cost", "cut", "hit", "hurt", "put", "set", "shut")
                        and k_time + 2 < len(toks)
                        and toks[k_time + 2].word.isalpha()
                        and toks[k_time + 2].word.islower()
                        and toks[k_time + 2].low not in C._OF_LINKS
                    )
                ):
                    head, mods = lemma(after_noun.word), [head]  # "seven-year broadcast deal"
        unit_end = N._UNIT_AFTER.match(text, f_end)
        late = r"\s+(late|overdue|behind\s+schedule|later\s+than\s+\w+)\b"
        when = ("planned", "scheduled", "expected", "originally", "first", "promised", "hoped")
        m_late = re.match(late, text[unit_end.end() :]) if unit_end else None
        delay = m_late is not None and (
            not m_late.group(1).startswith("later") or m_late.group(1).split()[-1] in when
        )
        if f[4] == "days" and not head and delay:
            head, mods = "delay", []
        elif (
            f[4] == "days"
            and not head
            and k_left > 0
            and toks[k_left - 1].low == "within"
            and toks[k_left - 1].start >= lo_bound
            and out
            and out[-1].head
            and next(i for i, t in enumerate(toks) if t.start >= out[-1].end) == k_left - 1
        ):
            head, mods, left_head = "deadline", [out[-1].head], True  # "by a fifth within"
        # "-patient", "-barrel-a-day"
        glued = re.match(
            r"-(?:(?:cubic|square)-)?([^\W\d_]{3,})(?:-(?:a|an|per)-([^\W\d_]{3,}))?(?![\w-])",
            text[f_end:],
        )
        k_lo = next(i for i in range(k_left + 1) if i == k_left or toks[i].start >= lo_bound)
        change_noun = False
        if kind == "count" and glued and not (f[4] in N._GLUED_UNITS and timed and head):
            if head:
                mods = [*mods, lemma(glued.group(1))]
            else:
                head = lemma(glued.group(1))
                k_next = next(
                    (i for i, t in enumerate(toks) if t.start >= f_end + glued.end()), None
                )
                if (
                    k_next is not None
                    and toks[k_next].low in C._CHANGE_NOUNS
                    and text[f_end + glued.end() : toks[k_next].start] == " "
                ):
                    # "a 3-million-tonne cut in mine output"
                    what, what_mods = ref_changed_noun(toks, k_next + 1, text, hi_bound)
                    mods = mods + what_mods + ([what] if what else [])
                    change_noun = True
                per = glued.group(2)
                if (
                    per
                    and not rate
                    and lemma(per.lower()) in ("day", "hour", "month", "week", "year")
                ):
                    rate = "per " + lemma(per.lower())
        if head in C._CHANGE_NOUNS:  # "the 40% drop in investment"
            what, what_mods = ref_changed_noun(toks, after, text, hi_bound)
            mods = mods + what_mods + ([what] if what else [])
            change_noun = True
        elif (
            not head
            and k_left - 2 >= k_lo
            and toks[k_left - 1].low == "of"
            and lemma(toks[k_left - 2].low) in C._CHANGE_NOUNS
        ):  # "a tariff increase of 11.8%"
            head, change_noun = lemma(toks[k_left - 2].low), True
            mods = []
            for t in reversed(toks[max(k_lo, k_left - 5) : k_left - 2]):
                if t.low in STOP or not t.low.isalpha() or t.word[0].isupper():
                    break
                mods.append(lemma(t.word))
        linked = k_left > 0 and toks[k_left - 1].low in _LINKS and kind in ("money", "percent")
        left_head = False
        partitives = {"all", "any", "both", "each", "few", "half", "many", "majority", "most"}
        partitives |= {"none", "several", "some"}

        def opens_clause(i: int, lo_bound: int = lo_bound) -> bool:
            return toks[i].start >= lo_bound and (i == 0 or toks[i - 1].start < lo_bound)

        wholes = ("the", "its", "their", "these", "those")
        part = (
            k_right < len(toks) - 2
            and kind in ("count", "money")
            and toks[k_right].low == "of"
            and (toks[k_right + 1].low in wholes or toks[k_right + 1].low.endswith(("'s", "’s")))
        )
        if part:
            # a part keeps the whole's noun, after the whole's number if it has one; its
            # role says it is a part
            w = k_right + 2
            if (
                toks[k_right + 1].low in wholes
                and toks[w].low.endswith(("'s", "’s"))
                and w + 1 < len(toks)
            ):
                w += 1  # "11 of the capital's 19 hospitals"
            if toks[w].low[0].isdigit():
                k = w + 1
                while k < len(toks) and toks[k].low in N.SCALES:
                    k += 1
                head, mods, after = ref_head_right(toks, k, text, toks[k - 1].end, kind)
        elif (
            kind == "count"
            and (o := ref_of_before_whole(toks, k_left)) >= 0
            and (
                opens_clause(o)  # "Of the 300 seats, ..."
                or (o > 0 and toks[o - 1].low == "out" and opens_clause(o - 1))
                or (
                    o > 0
                    and (
                        toks[o - 1].low[0].isdigit()
                        or toks[o - 1].low in N.WORD_VALUES
                        or toks[o - 1].low in partitives
                    )
                )
            )
        ):
            head, mods = "", []  # the whole of a part-of-whole
        elif (
            head in MEASURES
            and mods in (["long"], ["wide"], ["deep"], ["high"], ["tall"], ["thick"])
            and ref_head_left(toks, k_left)[0]
        ):
            (head, mods), left_head = ref_head_left(toks, k_left), True  # "… is 41 km long"
        elif not head or (
            linked
            and head not in MEASURES
            and not (
                kind == "percent"
                and k_right < len(toks)
                and toks[k_right].low == "of"
                and toks[k_left - 1].low != "of"
            )
        ):
            lhead, lmods = ref_head_left(toks, k_left)
            if lhead:
                head, mods, left_head = lhead, lmods, True
        if (
            not head
            and out
            and k_left > 1
            and toks[k_left - 1].low == "to"
            and out[-1].role.startswith("by")
            and out[-1].head
            and out[-1].end <= f_start
        ):
            # the new level after a difference measures what the difference changed
            head, mods, left_head = out[-1].head, list(out[-1].modifiers), True
        if not head and kind in ("date", "year"):
            head, mods = ref_event_verb(toks, k_left, k_lo)
            left_head = bool(head)
            if (
                not head
                and kind == "date"
                and k_left > k_lo
                and toks[k_left - 1].low == "by"
                and any(
                    t.low in ("must", "need", "needs", "required") for t in toks[k_lo : k_left - 1]
                )
            ):
                head, left_head = "deadline", True  # "must be used by April 30"
        if not rate:
            for m in mods:
                if m in ("annual", "yearly", "monthly", "weekly", "daily", "hourly"):
                    rate = "per " + {"annual": "year", "daily": "day"}.get(m, m[:-2])
                    break
        nxt2 = toks[after : after + 2]
        if (
            not rate
            and head
            and not left_head
            and len(nxt2) == 2
            and nxt2[0].low in ("a", "an", "per")
            and lemma(nxt2[1].low) in ("day", "hour", "month", "week", "year")
        ):
            rate = "per " + lemma(nxt2[1].low)
        elif (
            not rate
            and head
            and not left_head
            and len(nxt2) == 2
            and nxt2[0].low == "per"
            and lemma(nxt2[1].low) not in STOP
            and not nxt2[1].low[0].isdigit()
        ):
            per = lemma(nxt2[1].low)
            if per in ("cubic", "square") and after + 2 < len(toks):
                per += " " + lemma(toks[after + 2].low)
            units = {"kilo": "kilogram", "kg": "kilogram", "kilogramme": "kilogram", "ton": "tonne"}
            units |= {"liter": "litre", "kilometer": "kilometre", "km": "kilometre"}
            mods = [*mods, "per " + units.get(per, per)]
        desc = {m for m in mods if m not in _VERBS and not (left_head and m.endswith("ed"))}
        if not left_head and not change_noun:
            desc |= ref_tail(toks, after, hi_bound)
        names: frozenset[str] = frozenset()
        owner: frozenset[str] = frozenset()
        names_end = hi_bound
        tail_links = {"for", "with", "from", "of", "to", "in", "on"} | _PLACE_PREPS
        if (
            after < len(toks)
            and toks[after].low in tail_links
            and idx + 1 < len(figs)
            and hi_bound == figs[idx + 1][0]
        ):
            # the phrase after the head runs over the next figure: its names count
            last = toks[min(after + 5, len(toks) - 1)]
            names_end = last.end
            for sep in seps:
                if sep in text[hi_bound : last.end]:
                    names_end = min(names_end, text.index(sep, hi_bound))
        for a, b, ns in runs:
            if lo_bound <= toks[a].start < names_end:
                names |= ns
            if toks[b].end <= f_start and toks[a].start >= lo_bound and k_left - b <= 8:
                owner = frozenset(ns)
        # coordinated with the figure before, in the same clause: its owner
        if not owner and idx > 0 and out and out[-1].owner and lo_bound == figs[idx - 1][1]:
            prev_right = bisect.bisect_left(starts, figs[idx - 1][1])
            if k_left - prev_right <= 6 and toks[k_left - 1].low in ("and", "or", "plus"):
                owner = out[-1].owner
                names = names | owner
        before = toks[max(0, k_left - 10) : k_left]
        left = {t.low for t in before[-6:] if t.start >= lo_bound}
        # "last year", "last year's" are a time, "would last" a verb, not a change; an
        # amount "raised" is collected
        time_nouns = (
            set(_TIME_NOUNS) | {w + "'s" for w in _TIME_NOUNS} | {w + "’s" for w in _TIME_NOUNS}
        )
        modals = {"can", "could", "may", "might", "must", "shall", "should", "to", "will", "would"}
        be = {"am", "are", "be", "been", "being", "is", "was", "were"}
        changed = set()
        for i in range(max(0, k_left - 6), k_left):
            t = toks[i]
            if t.start < lo_bound:
                continue
            if t.low == "last" and (
                (i + 1 < len(toks) and toks[i + 1].low in time_nouns)
                or (i > 0 and toks[i - 1].low in modals)
            ):
                continue
            if (
                t.low in ("raise", "raised", "raises", "raising")
                and i == k_left - 1
                and not (i > 0 and toks[i - 1].low in be)
            ):
                continue
            if (
                t.low == "from"
                and i + 3 < k_left
                and toks[i + 2].low == "to"
                and toks[i + 1].word[0].isupper()
                and toks[i + 3].word[0].isupper()
            ):
                continue  # a route
            if t.low in ("after", "before") and f[4] == "days":
                continue  # "after a stoppage of four days"
            if t.low == "from" and any(
                u.low
                in {"carry", "carries", "carried", "carrying", "transport", "transports"}
                | {"transported", "bring", "brings"}
                for u in toks[max(0, k_left - 6, i - 3) : i]
                if u.start >= lo_bound
            ):
                continue  # "carry power from the blocks' 6 gigawatts"
            window = [u for u in toks[max(0, k_left - 6) : i - 1] if u.start >= lo_bound]
            if (
                t.low == "from"
                and i == k_left - 1
                and i - 1 >= max(0, k_left - 6)
                and toks[i - 1].start >= lo_bound
                and toks[i - 1].low
                in {"application", "applications", "bid", "bids", "complaint", "complaints"}
                | {"donation", "donations", "offer", "offers", "request", "requests"}
                | {"submission", "submissions", "objection", "objections", "claim", "claims"}
                and not any(u.low in _CHANGE for u in window)
            ):
                continue  # "applications from 1,530 farmers": who sent them
            changed.add(t.low)
        subj = [
            lemma(t.word)
            for t in before
            if t.start >= lo_bound
            and t.low not in STOP
            and t.low not in _VERBS
            and t.low not in _LEFT_SKIP
            and not t.low.endswith("ed")
            and not t.low[0].isdigit()
        ][-3:]
        role = ""
        prev = toks[k_left - 1] if k_left > k_lo else None
        moved = (
            prev is not None
            and kind not in ("date", "year")
            and text[prev.end : f_start].strip() == ""
            and (
                prev.low in C._MOVED
                or (
                    prev.low in ("up", "down")
                    and k_left > 1
                    and (
                        toks[k_left - 2].low in be or "," in text[toks[k_left - 2].end : prev.start]
                    )
                )
            )
        )
        if change_noun or moved:
            role = "by"  # "the 40% drop", "output climbed 15%", "orders were up 15%"
        elif (
            k_left > 1
            and toks[k_left - 1].low == "by"
            and (
                any(
                    t.low in _CHANGE
                    for t in toks[max(0, k_left - 4) : k_left - 1]
                    if t.start >= lo_bound
                )
                or (k_left - 2 >= k_lo and toks[k_left - 2].low in ("up", "down"))
            )
        ):
            role = "by"  # "fell by 1,140", "up by a fifth": the size of a change
        elif (
            k_left >= k_lo + 2
            and toks[k_left - 1].low == "to"
            and toks[k_left - 2].low in C._MOVED | _CHANGE
        ):
            role = ""  # "fell to $3.9 billion": the level reached
        elif (
            k_left >= k_lo + 2
            and toks[k_left - 1].low == "to"
            and all(t.low != "from" for t in toks[k_lo:k_left])
            and any(t.low in C._CUTS for t in toks[max(k_lo, k_left - 8) : k_left - 1])
        ):
            role = ""  # "cut its tariff on imported rice to 12%": the new level
        elif prev is not None and prev.low in {"exceed", "exceeds", "exceeding"} | {
            "surpass",
            "surpasses",
            "top",
            "tops",
        }:
            role = "bound"
        elif (
            changed & _CHANGE
            or any(t.low == "compared" for t in toks[k_right : k_right + 2])
            or re.match(r"[^,;.]{0,40}?,?\s+(?:up|down)\s+from\b", text[f_end:hi_bound], re.I)
            or (
                k_left > 0
                and toks[k_left - 1].low == "to"
                and (
                    any(t.low == "from" for t in toks[:k_left])
                    or any(t.low in _CHANGE_OR_CUT for t in before[-8:])
                )
            )
        ):
            role = "change"
        elif left & _PLAN or any(t.low in C._FORECAST for t in toks[:k_left]):
            role = "plan"
        elif (
            k_left > 1
            and toks[k_left - 1].low == "by"
            and any(t.low in C._BY_VERBS for t in toks[max(0, k_left - 12) : k_left])
        ) or (
            (len(nxt2) == 2 and nxt2[0].low in ("short", "shy") and nxt2[1].low == "of")
            or (
                len(nxt2) == 2
                and nxt2[0].low in ("more", "less", "fewer", "higher", "lower", "cheaper", "dearer")
                and nxt2[1].low == "than"
                and not text[toks[after - 1].end : nxt2[0].start].strip()
                and not (kind == "percent" and re.search(r"\s(in|out\s+of)\s", text[f_start:f_end]))
            )
            or (
                k_left > 0
                and toks[k_left - 1].start >= lo_bound
                and toks[k_left - 1].low in ("another", "additional", "further", "extra")
            )
            or (
                k_right + 1 < len(toks)
                and toks[k_right].low in ("fewer", "more", "less")
                and text[f_end : toks[k_right].start] == " "
            )
            or (
                k_left > 0
                and toks[k_left - 1].start >= lo_bound
                and toks[k_left - 1].low in C._OFF_VERBS
                and any(t.low == "off" for t in toks[k_right : after + 2])
            )
        ):
            role = "by"
        verbs = C._BY_VERBS | C._MOVED | C._CHANGE
        name_before_by = (
            k_left - 2 >= k_lo
            and toks[k_left - 1].low == "by"
            and toks[k_left - 2].word[0].isupper()
        )
        if role == "by" and (not head or (left_head and (head in verbs or name_before_by))):
            what, what_mods = ref_head_before_change(toks, k_left, k_lo)
            if what:
                head, left_head = what, True
                desc |= set(what_mods)
            elif out and toks[k_left - 1].low in ("up", "down"):
                # ", up 12%" after "produced 820,000 tonnes": a change in output
                for earlier in out[::-1]:
                    k_fig = next(i for i, t in enumerate(toks) if t.start >= earlier.start)
                    verbs = [t.low for t in toks[max(0, k_fig - 4) : k_fig][::-1]]
                    deeds = [C._DEED_NOUNS[v] for v in verbs if v in C._DEED_NOUNS]
                    if deeds:
                        head, left_head = deeds[0], True
                        break
        if part or (prev is not None and prev.low == "remaining"):
            role = "part"
        elif (
            not role
            and k_left > 0
            and toks[k_left - 1].start >= lo_bound
            and toks[k_left - 1].low == "all"
        ):
            role = "whole"
        elif (
            not role
            and kind == "money"
            and k_left >= 3
            and toks[k_left - 3].start >= lo_bound
            and toks[k_left - 1].low in ("the", "its", "their", "these", "those")
            and toks[k_left - 2].low == "of"
            and toks[k_left - 3].low
            in ("half", "majority", "most", "much", "part", "portion", "some")
        ):
            role = "whole"  # "most of the €1.84 billion fine"
        if rate:
            role = (role + " " + rate).strip()
        age = ref_age(text, toks, runs, k_left) if kind == "count" else None
        if age is not None and f[5] == f[6] and 0 < f[5] <= 120 and not f[4] and not f[9]:
            head, desc, subj, role, left_head = "age", set(), sorted(age), "", False
        fig_times = times - {str(D.year_of(int(f[5])))} if kind == "year" else times
        nxt2 = toks[after : after + 2]
        if len(nxt2) == 2 and nxt2[0].low in _TIME_LEADS and nxt2[1].low in _TIME_NOUNS:
            fig_times = fig_times | {nxt2[0].low + " " + lemma(nxt2[1].low)}
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
                frozenset(fig_times),
                role,
                f[10],
                frozenset(subj),
                left_head,
                frame if f_start < frame_end else frozenset(),
            )
        )
    return out


def ref_figures_in(text: str, spans: list[tuple[int, int, int]]) -> list[Figure]:
    starts = F._start_positions(text)
    lower = C._LowerWords(text)
    out: list[Figure] = []
    for si, (s, e, para) in enumerate(spans):
        figs = F._candidates(text, s, e, starts, bisect.bisect_left(starts, s), 0.02)
        if figs:
            out.extend(ref_annotate(text, figs, ref_tokens(text, s, e), s, e, si, para, lower))
    return out


# Pieces that reach every branch above: names (with "of", "'s", acronyms), a capital that
# only leads, heads before and after, change and plan words, separators.
_PIECES = [
    "$1.8 billion",
    "another",
    "holes totalling",
    "kg satellite",
    "last year",
    "last week and employs",
    "250,000-barrel-a-day",
    "3-million-tonne",
    "of the company's ships",
    "homes a year",
    "soums per cubic metre",
    "knock",
    "off",
    "pesos per kilo",
    "seats short of a majority",
    "runs at",
    "of hull value",
    "an average of",
    "Overall,",
    "40%",
    "12",
    "1,800",
    "500,000 of the customers",
    "37 of the 150 seats",
    "Of the 300 seats,",
    "out of the 300 seats",
    "most of the",
    "about 30",
    "more than 7",
    "2020",
    "March 2021",
    "the 1990s",
    "three",
    "half",
    "Department of Defense",
    "in Hanoi would cost",
    "ordered",
    "SpaceX's",
    "from eight EU countries",
    "of the vote in the north",
    "won",
    "plus",
    "or",
    "ULA",
    "Space Force",
    "Officials",
    "Revenue",
    "Area",
    "May",
    "classified",
    "contract",
    "contracts",
    "a seven-year",
    "a 400-kilometre",
    "broadcast deal",
    "launch",
    "launches",
    "sales",
    "planned",
    "rising",
    "rose",
    "fell",
    "from",
    "to",
    "compared",
    "cut",
    "forecast",
    "Economists expect",
    "predicts",
    "bringing Bank Rate",
    "taking",
    "target",
    "worth",
    "valued at",
    "of",
    "in",
    "for",
    "the",
    "its",
    "and",
    "was",
    "said",
    "users",
    "women",
    "residents",
    "oppose",
    "back the bill",
    "near",
    "Paris",
    "In London",
    "Across the EU",
    "At Q1",
    "abroad",
    "overseas",
    "last year",
    "this",
    "year",
    "next",
    "first quarter",
    "second-half",
    "3rd quarter",
    "fourth half",
    "Q2",
    "H1",
    "in March",
    "during",
    "June",
    "may",
    "Monday",
    "annual costs by",
    "its costs are",
    "cost",
    "by",
    "quickly",
    "Labour's",
    "Today's",
    "objects taken from",
    "shares held",
    "up from",
    ", down from",
    "trim the penalty by",
    "original",
    "-patient trial",
    "-megawatt",
    "off its market value",
    "per share",
    "a share",
    "a kilo",
    "months late",
    "years behind schedule",
    "later than planned",
    "later than a",
    "per kg",
    "a ton",
    "an hour",
    "a year",
    "each",
    "annually",
    "annual",
    "daily",
    "offer values Beta",
    "barrel",
    "once",
    "tonnes",
    "NRO",
    "program",
    "Chief executive Bat-Erdene Dorj, 51,",
    "retired judge Karim, aged 64;",
    "Oduya, 58.",
    "Oduya, a 58-year-old engineer",
    "the 63-year-old chief executive says",
    "The 45-year-old said",
    "the 53-year-old Dorj",
    "May, 12,",
    # changes: the size after its verb or noun, and what changed
    "drop in investment shows",
    "rise in spring orders",
    "increase in April",
    "tariff increase of",
    "fell",
    "climbed",
    "were up",
    ", up",
    "down",
    "investment in new farms had fallen by",
    "cut deliveries from the port by a further",
    "rail tariffs for grain would be cut by",
    "Brent fell",
    "-tonne cut in mine output",
    "would last",
    "last year's",
    "raised",
    "were raised",
    "fell:",
    "produced",
    "exported",
    "rose to",
    "fell to",
    "when prices exceed",
    "the remaining",
    "was first proposed in",
    "the first plant opened on",
    "a second plant opened in",
    "began in",
    "Opened in",
    "ends on",
    "a second large plant opened in",
    "due to open in",
    "will be opened in",
    "must be used by",
    "cut its tariff on imported rice to",
    "a tax on sugary drinks of",
    "on",
    "May 3",
    "will open in",
    "was opened in",
    "to be opened in",
    "lift incomes by a fifth within",
    "a tonne more than",
    "fewer than",
    "cut its tariff on imported rice to",
    "cut tariffs for wheat sent to the port of Aktau by",
    "-cubic-metre facility",
    "cubic metres a year",
    "the tariff from Kostanay to Aktau is",
    "after a stoppage of",
    "-day stoppage cost producers",
    "- The rate rises to",
    "Notably, the deal with",
    "a harvest up by",
    "walked out on",
    "to carry power from",
    "drew applications from",
    "rose after bids from",
    "carry the grain from",
    "the blocks'",
    "will walk out on",
    "schools to save",
    "11 of the capital's 19 public hospitals",
    "of the",
    "one in four",
    "works more than",
    "The section is",
    "kilometres long",
    "metres high",
    "to cut the",
    "exports to local buyers",
    "down by",
    ";",
    " —",
    ",",
    "(",
    ")",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24), st.booleans())
def test_figures_match_reference(pieces: list[str], two_sentences: bool) -> None:
    text = " ".join(pieces) + "."
    if two_sentences:  # a second sentence: offsets, "leads the sentence" and indices
        text = "Revenue rose 5%. " + text
        spans = [(0, 16, 0), (17, len(text), 1)]
    else:
        spans = [(0, len(text), 0)]
    got = list(F._figures_in(text, spans, 0.02))
    assert got == ref_figures_in(text, spans)


def test_figures_match_reference_on_examples() -> None:
    # the cases hypothesis should reach, written out: a change, a plan, an owner, a
    # left head, a separated clause, a part of a whole
    texts = [
        "Spending rose from $12 million to $15 million, compared with 2019.",
        "It closed ten schools to save $14 million, and 40 plants to cut the bill.",
        "The section is 41 kilometres long; a wall 3 metres high and 2 kilometres wide.",
        "Inspectors found 11 of the capital's 19 public hospitals; of its 40 sites, 12 of its 3.",
        "Most get aid, and one in four works more than 15 hours; 3 in 10 workers more than that.",
        "In short, a harvest up by almost a fifth and exports down by 12%.",
        "Dockers walked out on March 10, and the pilots will walk out on May 3.",
        "The line will carry power from the blocks' 6 gigawatts of wind farms from 4 to 9.",
        "Trucks carry the grain from the 12 silos; ships bring coal to them from 3 ports.",
        "It drew applications from 1,530 farmers; prices rose after bids from 12 firms.",
        "A quarter of the 142,000 teachers and half of 3 million people are over 60.",
        "The agency plans to hire 1,800 staff; ULA flew 12 launches in 2020.",
        "SpaceX's launch contracts for the Space Force, worth $1.8 billion, cover 40% of sales.",
        "The NRO contract, valued at about $2.1 billion, was cut to $1 billion — officials said.",
        "It reached 500,000 of the customers and 3 million users in March 2021.",
        "He said 14 of the company's ships and another 40 holes totalling 900 metres.",
        "Nurses in 23 of Kenya's 47 counties; 12 of its 1.2 million users; 5 of the 9.",
        "All 42 aircraft flew, and all 3 rose to 12 in May; all 7 of the 9.",
        "The 640 kg satellite, 2.5 million last year and 25 seats short of a majority.",
        "The country needs 50,000 homes a year; it runs at 0.8% of hull value.",
        "Gas costs 1,500 soums per cubic metre and power 1,000 soums per kilowatt-hour.",
        "Beef sold at 900 pesos per kilo, 3 per cent more; 12 seats per 100 and 40 per.",
        "The tax would knock around 15 francs per kilogram off prices; wiped $2 billion off.",
        "It counts 1.3 million fewer pigs, 200 more jobs, 3 less than that and 4 more than 5.",
        "Cases hit 40, more in the south; 12 fewer people and 9 fewer.",
        "Analysts said the merger in Hanoi would cost $950 million, and the airline ordered 50 jets.",
        "It built 40 homes near Paris last year; 40% of Americans back the bill and 12 women.",
        "The plan cuts annual costs by $800 million, and 20 percent of its staff work abroad.",
        "Two-thirds of residents oppose it; 40 workers next month and 3 sites this year.",
        "Homeland won 14% of the vote up north and 41 seats, and 9% of the vote in the north and 24.",
        "Greek crews numbered 530 firefighters; 1,200 firefighters from eight EU countries.",
        "Turnout was high; of the 300 seats, most of the 150 seats and 12 of its 40 seats.",
        "In London the average was £510,000 in 2024; 12 homes and 40% sold.",
        "Across the EU, 1,200 firefighters; In Q1 40 jobs.",
        "It cut 5,000 jobs in the first quarter, 2nd-half and 3rd half, in May and June 2024.",
        "Q1 sales reached $4.1 billion in 2024, and 40 jobs in may and in the first-quarter.",
        "It held 5.25%; economists expect two cuts of 0.25 points, bringing Bank Rate to 4.75%.",
        "Chief executive Bat-Erdene Dorj, 51, said the 63-year-old former judge agreed.",
        "Karim, aged 64; Oduya, a 58-year-old engineer, and the 45-year-old said so.",
        "It opened ten months behind schedule; it was six years late, two years later than planned.",
        "It burned 3.2 million tonnes last year and employs about 640 people, rising last week to 9.",
        "The 250,000-barrel-a-day refinery, a 650-patient trial and a 3-million-tonne plant.",
        "Investment in new farms had fallen by about a third; the 40% drop in investment shows.",
        "Orders were up about 15%, a 12% rise in spring orders and a 12.8% increase in April.",
        "An average tariff increase of 11.8%, a 3-million-tonne cut in mine output and 2 more.",
        "It has cut water supply deliveries to the dam by a further 12%; output climbed 15% to 820.",
        "Investment in the new big dry rural farms had fallen by about a third, it said.",
        "The tax raised about 130 million euros; last year's revenue was 150 million euros.",
        "The season would last about three months, and prices were raised 5%.",
        "The project was first proposed in 2017; the first plant opened on May 4, 2019.",
        "Since the mine was formally founded in 1990, a second plant opened in 2002.",
        "The lease ends on June 30, 2030; a second large plant opened in 2012.",
        "The series first aired in 2019, and the fair was held on May 3, 2021.",
        "It produced 13.4 million bags in the 12 months to May, up 15% from a year earlier.",
        "It exported during the year 2.1 million tonnes in all this year, up 8%, or so.",
        "The rate rises to 18% when prices exceed $70 a pound; the remaining five seats.",
        "The Auvere unit, opened in 2018; the plant, due to open in 2029, will open in 2030.",
        "The second unit will be opened in 2031 and was commissioned in 2032.",
        "The permits must be used by April 30, and holders that miss the deadline pay.",
        "It cut its tariff on imported rice to 12% and a levy on sugar of 5%; the rate on it 7%.",
        "Cutting cane by hand costs 350 baht a tonne more than burning it, the group said.",
        "It aims to lift incomes by a fifth within three years and has cut its tariff to 12%.",
        "KTZ will cut tariffs for wheat sent to the port of Aktau by 30% from October 15.",
        "The 400-million-cubic-metre facility makes 6.1 billion cubic metres a year.",
        "The current tariff from Kostanay to Aktau is about 14,000 tenge a tonne.",
        "Trains resumed after a stoppage of four days; the five-day stoppage cost producers $40.",
        "- The rate rises in steps to 16% once the price tops $2,600.",
    ]
    for text in texts:
        spans = [(0, len(text), 0)]
        got = list(F._figures_in(text, spans, 0.02))
        assert got == ref_figures_in(text, spans)
        assert got  # figures were found, so the comparison says something


# -- widening --------------------------------------------------------------------------------


def ref_widen(
    kind: str, hedge: str, lo: float, hi: float, half: float, tolerance: float
) -> tuple[float, float]:
    if kind in ("date", "year"):
        return lo, hi
    mag = max(abs(lo), abs(hi))
    # a whole count or amount written to the last digit
    exact = kind in ("count", "money") and lo == int(lo) and half <= 0.5
    half *= 0.999
    slack = max(tolerance * mag, min(half, 0.05 * mag))
    if exact:
        slack = half
    # "about": one step of the last significant digit, at least the tolerance, at most
    # 10% (percentages: at least half a point, at most 2.5 points or 5% of the value)
    step = R._significant_step(lo, half / 0.999)
    # (open at its ends: "about 120,000" and "130,000" do not meet at 125,000)
    about = 0.999 * min(max(step / 2, tolerance * mag), max(0.1, tolerance) * mag)
    if kind == "percent":
        slack = max(half, 0.005 * mag)
        # open at its ends, as rounding is
        about = 0.999 * max(min(max(step, 0.5), 2.5, max(0.5, 0.15 * mag)), 0.05 * mag)
    key = " ".join(hedge.lower().split())
    rule = N.HEDGES.get(key, (0.0, 0.0)) if key else (0.0, 0.0)
    if rule is None:  # the wider of the hedge and the rounding, not both
        return lo - max(about, slack), hi + max(about, slack)
    a, b = rule
    if (a, b) == (0.0, 0.0):
        return lo - slack, hi + slack
    if a < 0:
        return lo - about - slack, hi + slack
    floor_slack = ceiling_slack = slack
    if a >= 1.0:  # a floor ("more than"): no rounding below it, the tolerance at most
        floor_slack = min(slack, tolerance * mag)
    elif b <= 1.0:  # a ceiling ("up to")
        ceiling_slack = min(slack, tolerance * mag)
    return lo * a - floor_slack, hi * b + ceiling_slack


@pytest.mark.parametrize(
    ("value", "half", "step"),
    [
        (933.5, 0.05, 0.1),
        (400.0, 0.5, 100.0),
        (3e9, 0.5e9, 1e9),
        (1800.0, 0.5, 100.0),
        (2.8, 0.05, 0.1),
        (0.0, 0.5, 1.0),
        (1.0, 1e-320, 2e-320),
    ],
)
def test_significant_step(value: float, half: float, step: float) -> None:
    assert R._significant_step(value, half) == pytest.approx(step)


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(["money", "percent", "count", "date", "year"]),
    st.sampled_from(["", " ", "About", "nearly", "more  than", "up to", "some", "odd"]),
    st.floats(0, 1e12) | st.integers(0, 200).map(float),
    st.floats(0, 1e3),
    st.floats(0, 5e11) | st.sampled_from([0.5, 0.05, 0.5004, 5.0]),
    st.sampled_from([0.0, 0.02, 0.05, 0.5]),
)
def test_widen_matches_reference(
    kind: str, hedge: str, lo: float, span: float, half: float, tol: float
) -> None:
    hi = lo + span if kind != "count" or span > 1 else lo
    # the same arithmetic in another order: equal but for the last bit of a subnormal
    # ("half" of 2.2e-308 gave -4.450147717014403e-308 against ...404e-308)
    got = R._widen(kind, hedge, lo, hi, half, tol)
    want = ref_widen(kind, hedge, lo, hi, half, tol)
    assert got == pytest.approx(want, rel=1e-12, abs=1e-300)
