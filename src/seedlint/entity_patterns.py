"""What entity extraction compiles once per set of word lists (:func:`_patterns`): the
pattern of a run of capitalised words, built from the connectors list, and the contexts
that introduce a name around a title or descriptor ("the carmaker Geely", "Okafor, a
spokesperson"), found by set lookup where the lists allow it (:class:`_SetContexts`) and
by whole regexes where they do not (:class:`_RegexContexts`).

Separate from :mod:`seedlint.entities` because it is built once per set of lists (and
cached), not once per digest: the extraction only asks it questions. Imports flow one way:
:mod:`~seedlint.entity_lists` → here → :mod:`~seedlint.entity_records` →
:mod:`~seedlint.entities`."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Protocol

from seedlint import regexstore
from seedlint.entity_lists import WordLists

if TYPE_CHECKING:
    import regex

_WORD = r"[\p{L}\p{M}\p{N}]"
# A capitalised token: dotted acronyms ("U.S.", "J.D."), an initial before another name
# ("John F. Kennedy"), the abbreviated Saint, Mount or Fort that opens a place's name
# ("St. Lucia", "Mt. Elgon", "Ft. Worth"; their full stop ends no sentence, see
# segment._NEVER_FINAL), or a word that starts upper case or is camel-cased ("iPhone"),
# with Arabic particles ("al-Assad"), apostrophes ("O'Brien", and the glottal stop of
# Polynesian names: "Hawai'i", "Mulinu'u", but not an English contraction's or a
# possessive's: "Putin's", "Don't") and hyphens ("Rolls-Royce").
_TOKEN = (
    r"(?:\p{Lu}\.){2,}"
    r"|\p{Lu}\.(?=[ \t]+\p{Lu})"
    r"|(?:St|Mt|Ft)\.(?=[ \t]+\p{Lu})"
    rf"|(?:(?:al|el|bin|ibn|abu|ben)-)?(?:\p{{Lu}}|\p{{Ll}}(?=\p{{Lu}})){_WORD}*"
    rf"(?:['’](?:\p{{Lu}}|(?!(?:s|t|d|m|ll|re|ve)(?!{_WORD}))\p{{Ll}}){_WORD}*)*"
    rf"(?:-[\p{{Lu}}\p{{N}}]{_WORD}*)*"
)
# An elided French or Italian article inside a name ("Musée d'Orsay", "Palazzo
# dell'Arte"); never at a run's start, where `_runs` does not look for one.
_ELIDED = r"(?:(?:d|l|dell|dall|nell|sull)['’](?=\p{Lu}))"
_WS = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
_POSS = rf"(?P<poss>['’]s(?!{_WORD})|(?<=s)['’](?![\p{{L}}\p{{N}}]))?"
# Patterns anchored at the end of the text before a name run right to left, so a search
# fails at once instead of trying every start position in the window.
_BACKWARD = regexstore.REVERSE


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _alternation(words: Iterable[str]) -> str:
    parts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(regexstore.escape(w).replace(r"\ ", r"[ \t]+") for w in parts) or "(?!)"


# The contexts that introduce a name are regexes around a title or descriptor ("the
# <descriptor> NAME", "NAME, a <title>"). With the lists inlined as alternations they took
# ~30 ms to compile (the `regex` parser is pure Python): more than linting a file. So the
# list word is looked up in a set, and only the list-free part of each context on either
# side of it is a regex. Each source below is that part; `_RegexContexts` puts the
# alternations back, for lists the set lookup cannot match like `regex` does.
_PRE_DESC_SRC = (
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)[ \t]+(?:[\p{L}\-]+[ \t]+){0,3}"
    r"|[\p{L}]+['’]s?[ \t]+(?:[\p{L}\-]+[ \t]+){0,2}|(?-i:\p{Lu})[\p{L}\-]+[ \t]+"
    r"|(?:^|(?:[,;:(.!?]|\b(?:and|by|from|with|at|to|of|for|in|as|on|after|before|against"
    r"|behind|between|over|under|via|into|than))[ \t]+)"
    r"(?:[\p{L}\-]+[ \t]+){0,2})"
)
# A relative clause introduces a name only when it gives a role ("Hedley, who heads marine
# business at a broker", "who is the union's leader"; "Unison, which represents council
# staff"), not when it tells what the person did ("Brekke, who first watched him in
# Accra", "who led the study").
_ROLE_CLAUSE_SRC = (
    r"(?:who|which)[ \t]+(?:heads|leads|chairs|runs|directs|manages|oversees|represents|owns"
    r"|speaks[ \t]+for"
    r"|coaches|edits|founded|co-founded|operates|makes|produces|supplies|builds"
    # what someone does for a living: "Chitay, who buys coffee for several cooperatives"
    r"|buys|sells|grows|farms|trades|exports|imports|advises|teaches|lends|insures|brokers"
    r"|serves[ \t]+as|works[ \t]+(?:as|for|at|with)"
    r"|(?:is|was)[ \t]+(?:a|an|the|its|his|her|their|one[ \t]+of))"
)
# Nouns after ", a" that sum up the clause before, not the name it ends with: "buying at
# 40 meticais in Mogovolas, a practice Cajuexport defended".
_CLAUSE_SUMS_SRC = (
    r"(?![ \t]+(?:practice|move|step|sign|decision|trend|development"
    r"|measure|policy)\b)"
)
# (Not "whose": "Veltrix, whose cranes arrive in May" tells what it owns, not what it is;
# a role after it still does, below: ", whose chief executive".)
_APPOSITIVE_WORD_SRC = (
    rf"(?:(?:a|an|the){_CLAUSE_SUMS_SRC}|{_ROLE_CLAUSE_SRC}|its|his|her|their|now|formerly"
    # "Hatay and Adıyaman, two of the provinces hit"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|both|each)[ \t]+of)\b"
)
# an owner of up to three words may open it: ", South Africa's state power utility"; a
# clause may not (", after rival bidder X", ", while the agency")
_PRE_APPOSITIVE_SRC = (
    r"(?!(?:after|before|while|whereas|when|since|until|because|although|though|if|and|but"
    r"|or|as|with|in|on|at|for|from|by|to|of|according)\b"
    # nor a verb's past tense (", urged both sides to …"), but for a title's ("retired")
    r"|(?!retired\b|elected\b|appointed\b)\p{Ll}+ed[ \t])"
    r"(?:(?:\p{Lu}[\p{L}\p{M}.\-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{M}.\-]*['’]s[ \t]+)?"
    r"(?:[\p{L}\-]+[ \t]+){0,3}"
)
_PRE_LOOSE_SRC = r"(?:[\p{L}\-]+[ \t]+)?"

# An entry the set lookup handles: lower-case ASCII words, hyphens, single spaces (what
# norm() makes of the built-in lists).
_PLAIN_ENTRY = regexstore.compile(r"[a-z](?:[a-z \-]*[a-z])?")
# What `regex` matches case-insensitively with a-z (simple case folding): A-Z, and İ, K
# (Kelvin sign), ſ (long s). Mapping text through it lets entries be compared with ==.
_FOLD = {c: c + 32 for c in range(0x41, 0x5B)} | {0x130: 0x69, 0x212A: 0x6B, 0x17F: 0x73}
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_ENTRY_CHARS = "abcdefghijklmnopqrstuvwxyz- \t"
_SEPARATORS = regexstore.compile(r"[ \t\-]+")
_WORD_CHAR = regexstore.compile(r"\w")  # what `\b` tests
_ASCII_WORD = regexstore.compile(r"[a-z]+")


class _Contexts(Protocol):
    def role_before(self, before: str) -> bool: ...
    def desc_before(self, before: str) -> bool: ...
    def appositive(self, after: str) -> bool: ...
    def desc_after(self, after: str) -> bool: ...
    def desc_after_loose(self, after: str) -> bool: ...


class _RegexContexts:
    """The contexts as whole regexes: ``before`` is the text up to the name, ``after`` the
    text after it."""

    def __init__(self, titles: frozenset[str], descs: frozenset[str]) -> None:
        t = _alternation(titles)
        d = _alternation(descs)
        back = regexstore.IGNORECASE | _BACKWARD
        self._role_before = regexstore.compile(rf"\b(?:{t})(?:s|es)?\.?,?[ \t]+\Z", back)
        self._desc_before = regexstore.compile(
            rf"{_PRE_DESC_SRC}(?:{d}|{t})(?:[ \t]+of)?,?[ \t]+\Z", back
        )
        self._appositive = regexstore.compile(
            rf"\A,[ \t]+(?:{_APPOSITIVE_WORD_SRC}|{_PRE_APPOSITIVE_SRC}(?:{t}|{d})\b)",
            regexstore.IGNORECASE,
        )
        self._desc_after = regexstore.compile(rf"\A[ \t]+(?:{d}|{t})\b", regexstore.IGNORECASE)
        self._desc_after_loose = regexstore.compile(
            rf"\A[ \t]+{_PRE_LOOSE_SRC}(?:{d})\b", regexstore.IGNORECASE
        )

    def role_before(self, before: str) -> bool:
        return self._role_before.search(before) is not None

    def desc_before(self, before: str) -> bool:
        return self._desc_before.search(before) is not None

    def appositive(self, after: str) -> bool:
        return self._appositive.match(after) is not None

    def desc_after(self, after: str) -> bool:
        return self._desc_after.match(after) is not None

    def desc_after_loose(self, after: str) -> bool:
        return self._desc_after_loose.match(after) is not None


@lru_cache(maxsize=1)
def _context_parts() -> tuple[regex.Pattern[str], ...]:
    return (
        regexstore.compile(_PRE_DESC_SRC + r"\Z", regexstore.IGNORECASE | _BACKWARD),
        regexstore.compile(rf"\A,[ \t]+{_APPOSITIVE_WORD_SRC}", regexstore.IGNORECASE),
        regexstore.compile(rf"\A,[ \t]+{_PRE_APPOSITIVE_SRC}\Z", regexstore.IGNORECASE),
        regexstore.compile(rf"\A[ \t]+{_PRE_LOOSE_SRC}\Z", regexstore.IGNORECASE),
    )


def _last_words(entries: frozenset[str]) -> frozenset[str]:
    return frozenset(_SEPARATORS.split(e)[-1] for e in entries)


def _first_words(entries: frozenset[str]) -> frozenset[str]:
    return frozenset(_SEPARATORS.split(e)[0] for e in entries)


class _SetContexts:
    """The same answers as :class:`_RegexContexts` for plain entries: the list word is found
    by set lookup in the case-folded text, the rest of the context by a small regex on the
    text before or after that word."""

    def __init__(self, titles: frozenset[str], descs: frozenset[str]) -> None:
        self.titles = titles
        self.descs = descs
        self.both = titles | descs
        self.longest = max(map(len, self.both), default=0)
        # the last words of the entries ("minister" of "prime minister", "president" of
        # "vice-president"): most text before a name ends in none of them, and one set
        # lookup says so before the longer candidates are built
        self.title_ends = _last_words(titles)
        self.both_ends = _last_words(self.both)
        # the same for what comes after a name, from the entries' first words
        self.desc_starts = _first_words(descs)
        self.both_starts = _first_words(self.both)
        self.pre_desc, self.appositive_word, self.pre_appositive, self.pre_loose = _context_parts()
        self._folded = ("", "")

    def _fold(self, text: str) -> str:
        # the contexts of one name are folded once for several checks
        folded = self._folded
        if folded[0] is not text:
            folded = self._folded = (
                text,
                text.lower() if text.isascii() else text.translate(_FOLD),
            )
        return folded[1]

    def _ending_at(
        self, t: str, q: int, entries: frozenset[str], ends: frozenset[str]
    ) -> list[int]:
        """Where the entries that end at ``q`` of the folded text ``t`` start (a space in
        an entry stands for a run of spaces and tabs); ``ends`` are their last words."""
        out: list[int] = []
        if q <= 0 or t[q - 1] not in _LETTERS:
            return out
        lo = len(t[:q].rstrip(_ENTRY_CHARS))
        i = q
        while i > lo:  # word starts, right to left
            s = max(t.rfind(" ", lo, i), t.rfind("\t", lo, i), t.rfind("-", lo, i))
            p = s + 1 if s >= 0 else lo
            if i == q and t[p:q] not in ends:
                break  # no entry ends in the word before q
            if p < q and t[p] in _LETTERS:
                cand = " ".join(t[p:q].split())
                if len(cand) > self.longest:
                    break
                if cand in entries:
                    out.append(p)
            if s < 0:
                break
            i = s
        return out

    def _starting_at(
        self, t: str, raw: str, p: int, entries: frozenset[str], starts: frozenset[str]
    ) -> bool:
        """Whether an entry starts at ``p`` of the folded text ``t`` and ends at a word
        boundary (``\\b``); ``starts`` are the entries' first words."""
        if p >= len(t) or t[p] not in _LETTERS:
            return False
        first = _ASCII_WORD.match(t, p)
        if first is None or first.group() not in starts:
            return False  # no entry starts with the word at p
        end = len(t) - len(t[p:].lstrip(_ENTRY_CHARS))
        ends = [m.start() for m in _SEPARATORS.finditer(t, p, end)]
        if end == len(raw) or not _WORD_CHAR.match(raw, end):
            ends.append(end)
        for q in ends:  # word ends, left to right
            if t[q - 1] in _LETTERS:
                cand = " ".join(t[p:q].split())
                if len(cand) > self.longest:
                    return False
                if cand in entries:
                    return True
        return False

    def role_before(self, before: str) -> bool:
        # \b(?:TITLE)(?:s|es)?\.?,?[ \t]+\Z
        t = self._fold(before)
        q = len(t.rstrip(" \t"))
        if q == len(t):
            return False
        if q and t[q - 1] == ",":
            q -= 1
        if q and t[q - 1] == ".":
            q -= 1
        ends = [q]
        if q and t[q - 1] == "s":
            ends.append(q - 1)
            if q >= 2 and t[q - 2] == "e":
                ends.append(q - 2)
        for end in ends:
            for p in self._ending_at(t, end, self.titles, self.title_ends):
                if p == 0 or not _WORD_CHAR.match(before, p - 1):
                    return True
        return False

    def desc_before(self, before: str) -> bool:
        # PRE_DESC(?:DESC|TITLE)(?:[ \t]+of)?,?[ \t]+\Z
        t = self._fold(before)
        q = len(t.rstrip(" \t"))
        if q == len(t):
            return False
        if q and t[q - 1] == ",":
            q -= 1
        ends = [q]
        if q >= 2 and t[q - 2 : q] == "of":
            r = len(t[: q - 2].rstrip(" \t"))
            if r < q - 2:
                ends.append(r)
        for end in ends:
            for p in self._ending_at(t, end, self.both, self.both_ends):
                if (p == 0 or t[p - 1] in " \t") and self.pre_desc.search(before[:p]):
                    return True
        return False

    def appositive(self, after: str) -> bool:
        # \A,[ \t]+(?:APPOSITIVE_WORD|PRE_APPOSITIVE(?:TITLE|DESC)\b)
        if self.appositive_word.match(after):
            return True
        if not after.startswith(","):
            return False
        t = self._fold(after)
        n = len(t)
        i = 1
        # the entry follows the comma's spaces, or up to six words after them (an owner
        # of up to three and three more: PRE_APPOSITIVE)
        for _ in range(7):
            j = i
            while j < n and t[j] in " \t":
                j += 1
            if j == i:
                return False
            if self._starting_at(
                t, after, j, self.both, self.both_starts
            ) and self.pre_appositive.match(after[:j]):
                return True
            i = j
            while i < n and t[i] not in " \t":
                i += 1
        return False

    def desc_after(self, after: str) -> bool:
        # \A[ \t]+(?:DESC|TITLE)\b
        t = self._fold(after)
        p = len(t) - len(t.lstrip(" \t"))
        return p > 0 and self._starting_at(t, after, p, self.both, self.both_starts)

    def desc_after_loose(self, after: str) -> bool:
        # \A[ \t]+PRE_LOOSE(?:DESC)\b
        t = self._fold(after)
        n = len(t)
        p = n - len(t.lstrip(" \t"))
        if p == 0:
            return False
        if self._starting_at(t, after, p, self.descs, self.desc_starts):
            return True
        i = p
        while i < n and t[i] not in " \t":
            i += 1
        j = i
        while j < n and t[j] in " \t":
            j += 1
        return (
            j > i
            and self._starting_at(t, after, j, self.descs, self.desc_starts)
            and self.pre_loose.match(after[:j]) is not None
        )


def _contexts(titles: frozenset[str], descs: frozenset[str]) -> _Contexts:
    if all(_PLAIN_ENTRY.fullmatch(w) for w in titles | descs):
        return _SetContexts(titles, descs)
    return _RegexContexts(titles, descs)


# Words that end a company's name besides the lists' ("Harbourline Foods", "Kessler
# Trading"), and kinds of place, whose names are places ("Rocky Mountain", "Goose Bay").
_BUSINESS_ENDS = _word_set(
    """holdings partners capital group foods nutrition resorts energy mining logistics trading
    ventures industries"""
)
_PLACE_KINDS = _word_set(
    """river lake mountain mountains island islands sea bay valley desert peninsula strait gulf
    port city town village county district province region state reef coast delta canal park
    forest basin plateau glacier volcano highway road route street square bridge tunnel
    corridor airport station stadium harbour harbor border territory"""
)


class _Patterns(NamedTuple):
    run: regex.Pattern[str]
    # the run's groups by number: `regex` looks a group's name up on every call
    tok: int
    poss: int
    contexts: _Contexts
    # the words a title can start with, plural one-word titles included ("senators"):
    # most tokens are not one, and one set lookup settles that
    title_starts: frozenset[str]
    # one-word titles ("minister", "spokesperson")
    title_words: frozenset[str]
    # the last words of calendar entries ("friday", "year" of "new year"): a run ending in
    # none of them is no named day, and one set lookup says so
    calendar_ends: frozenset[str]
    # abbreviated months ("jan", "sept"): a calendar word that begins a longer one
    # other than its plural
    calendar_abbreviations: frozenset[str]
    # the last words of an organisation's name ("Foods", "Alliance", "Holdings")
    org_ends: frozenset[str]


@lru_cache(maxsize=32)
def _patterns(lists: WordLists) -> _Patterns:
    conns = _alternation(c for c in lists.connectors if c != "and")
    # a connector may take a second one: "Banco de la República", "Ursula von der Leyen"
    # and a plural's possessive may: "the Employers' Confederation of Latvia"
    sep = (
        rf"(?:{_WS}(?:{conns}|and){_WS}(?:(?:the|{conns}){_WS})?|[ \t]*&[ \t]*|{_WS}"
        r"|(?<=\p{Ll}s)['’][ \t]+(?=\p{Lu}))"
    )
    run = (
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}_'’\-])(?P<tok>{_TOKEN})"
        rf"(?:{sep}(?P<tok>{_ELIDED}?(?:{_TOKEN})))*{_POSS}"
    )
    titles = frozenset(w for w in (" ".join(t) for t in lists.titles) if w)
    descs = frozenset(w for w in lists.descriptors if w)
    title_starts = frozenset(t[0] for t in lists.titles if t) | frozenset(
        t[0] + "s" for t in lists.titles if len(t) == 1
    )
    compiled = regexstore.compile(run, regexstore.V0)
    groups = compiled.groupindex
    calendar_ends = frozenset(w.split()[-1] for w in lists.calendar if w)
    words = [w for w in lists.calendar if w and " " not in w]
    abbreviations = frozenset(
        w for w in words if any(len(o) > len(w) and o.startswith(w) and o != w + "s" for o in words)
    )
    return _Patterns(
        compiled,
        groups["tok"],
        groups["poss"],
        _contexts(titles, descs),
        title_starts,
        frozenset(t[0] for t in lists.titles if len(t) == 1),
        calendar_ends,
        abbreviations,
        (lists.org_words | lists.corporate_suffixes | lists.descriptors | _BUSINESS_ENDS)
        - _PLACE_KINDS,
    )
