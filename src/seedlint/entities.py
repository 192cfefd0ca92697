"""Entity mentions in a digest and the links between them.

One regex pass over each prose paragraph of ``doc.masked`` finds runs of capitalised
words; cheap Python then drops sentence-initial ordinary words and calendar words, splits
off titles ("Russian President Vladimir Putin" → "Russian" + "Vladimir Putin"), decides
whether the context introduces each name, and links the mentions of one entity
("Vladimir Putin" → "Putin", "United Launch Alliance (ULA)" → "ULA", "Ukrainian" →
"Ukraine"). Kinds get the result through ``doc.analysis(extractor_for(...))`` so every
rule using the same word lists shares one computation per document.

The word lists are data files in ``rules/lists/`` (see its README); nothing here knows
a particular name.

This module is the extraction and the linking. The rest is split by what it holds, imports
flowing one way: :mod:`~seedlint.entity_lists` (the word lists, :func:`norm`) →
:mod:`~seedlint.entity_patterns` (the run pattern and introduction contexts compiled once
per list set) → :mod:`~seedlint.entity_records` (:class:`Mention`, :class:`Entity`,
:class:`EntityAnalysis`) → here."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from seedlint import regexstore
from seedlint.document import Document
from seedlint.entity_lists import WordLists, _gap_key, _token_key, _unaccented, load_lists, norm
from seedlint.entity_patterns import _BACKWARD, _PLACE_KINDS, _patterns, _word_set
from seedlint.entity_records import FULL_NAME_ONLY, ORG_NAME_ONLY, Entity, EntityAnalysis, Mention

if TYPE_CHECKING:
    import regex

ALIAS_KINDS: tuple[str, ...] = ("surname", "first-word", "acronym", "suffix", "demonym")

_OPENERS = frozenset("\"“‘'(:—–")
_LOWER_WORD = regexstore.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*")
_LOWER_TRIES = 400  # see _Extraction._seen_in_lower_case
# after a corporate suffix's dot too: "Quantum Indices Inc. (QII)"
_PAREN_ACRONYM = regexstore.compile(r"\A\.?[ \t]*\([ \t]*(\p{Lu}[\p{L}\p{N}&.\-]*?)s?[ \t]*\)")
# An acronym in apposition: "…Space Research, INPE, counted" (not a list: "…, IBX, and Meta",
# "…, IBX, Meta and Apple").
_COMMA_ACRONYM = regexstore.compile(
    r"\A[ \t]*,[ \t]*(\p{Lu}[\p{Lu}\p{N}&]{1,7}),[ \t]+(?!(?:and|or)\b)\p{Ll}"
)
# The rest of a name in brackets after its first capital: words and connectors, no
# figure or clause ("Katasteramt Nord)", "Agência Nacional de Águas)").
_BRACKETED_NAME = regexstore.compile(r"[\p{L}\p{M}'’.\-]+(?:[ \t]+[\p{L}\p{M}'’.\-]+)+[ \t]*\)")
_SPELLED_OUT = regexstore.compile(r"\A[ \t]*\([ \t]*\p{Lu}[^()\n]*?[ \t]\p{Lu}[^()\n]*\)")
# Who said it, after a comma, not who the name is: "advice from ENPRO, the ministry said
# in a statement." (an appositive has its own closing comma: "Okafor, the minister,
# said"; and a relative clause or a passive makes one: ", the firm that said", ", the
# man said to be", ", a lender told by the court").
_ATTRIBUTION = regexstore.compile(
    r"\A,[ \t]+(?:the|its|his|her|their|a|an)[ \t]+"
    r"(?:(?!(?:who|which|that|whose)\b)[\p{L}\-'’]+[ \t]+){1,3}?"
    r"(?:said|says|told|tells|added|adds|noted|warned|announced|reported|confirmed|stated)\b"
    r"(?![ \t]+(?:to|as|by)\b)"
)
# A sentence opening "According to" a name goes on after its comma: "According to
# Okafor, the survey found …" ("the survey" is not Okafor), unlike one it ends ("…,
# according to Ofgem, the energy regulator"). An appositive there closes with its own
# comma soon: "According to Okafor, the fund's chief, …"
_ACCORDING_TO = regexstore.compile(r"According[ \t]+to[ \t]+\Z", _BACKWARD)
_CLOSED = regexstore.compile(r"\A,[ \t]+[^,.;:!?()\[\]\n]{1,60}?,[ \t]")
# A count of several after one name opens a clause, not an appositive: "According to
# Orkustofnun, eight of the country's 64 municipalities …" (after a list of as many names
# it is one: "Hatay and Adıyaman, two of the provinces hit").
_MANY_OF = regexstore.compile(
    r"\A,[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|both|each)[ \t]+of\b",
    regexstore.IGNORECASE,
)
# The end of a list before its last name: "Hatay and ", "Hatay, Malatya, ".
_LIST_END = regexstore.compile(r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:,?[ \t]+(?:and|or)|,)[ \t]+\Z")
_PAREN_DESC = regexstore.compile(r"\A[ \t]*\((?![ \t]*[\p{Lu}\p{N}.&]+s?[ \t]*\))[^()\n]{3,}\)")
_OWNER = regexstore.compile(
    r"(?:\p{Lu}[\p{L}\p{M}\p{N}.\-]*(?:['’]s|s['’])|\b(?:its|his|her|their))[ \t]+\Z",
    _BACKWARD,
)
_EXAMPLE = regexstore.compile(
    r"(?:\p{Ll}{2,}s,?[ \t]+(?:like|such[ \t]+as|including|especially)"
    r"|\p{Ll}{2,}s\b[^.;:!?]{0,80},[ \t]+among[ \t]+(?:them|whom|which))[ \t]+"
    r"(?:[^\s,;]+(?:[ \t]+[^\s,;]+){0,3}(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+))*\Z",
    _BACKWARD,
)
# One kind before its example: "at least one rival platform such as Glovo" (a singular
# noun says what the name is only when it is a kind: not "a rise such as Lima's").
_KIND_EXAMPLE = regexstore.compile(
    r"\b(\p{Ll}{3,})[ \t]+(?:like|such[ \t]+as)[ \t]+\Z",
    _BACKWARD,
)
_NAMED = regexstore.compile(
    r"\b(?:known[ \t]+as|called|dubbed|named|nicknamed|branded|codenamed)[ \t]+[\"“‘']?\Z",
    regexstore.IGNORECASE | _BACKWARD,
)
# A known place after a name and a comma: "in Kumasi, Ghana" (the country or state).
_IN_PLACE = regexstore.compile(
    r",[ \t]+(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,2})"
    r"(?=[ \t]*(?:[,.;:)\]\[]|$))"
)
# A capitalised label before a number is not a name: "a Phase 3 trial", "Article 5".
_LABEL_BEFORE_NUMBER = frozenset(
    [
        *("article", "category", "chapter", "grade", "level", "phase", "round", "section"),
        "stage",
        # places numbered, not named: "Route 66", "Calle 26", "Terminal 5", "Gate 12",
        # "Line 2" (of a metro), "Unit 3" (of a power station)
        *("route", "highway", "calle", "carrera", "avenida", "terminal", "gate", "pier"),
        *("berth", "line", "unit", "block", "zone", "platform"),
    ]
)
# Names listed before a name, after a plural word and maybe "of": "…counties of Turkana,
# Marsabit and ", "the utilities Fortum and " (the plural is what lets the list share the
# descriptor).
_LISTED_BEFORE = regexstore.compile(
    r"(?<=\p{Ll}s,?[ \t]+(?:of[ \t]+)?)"
    r"(?:\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*)*(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+))+\Z"
)
# The other names of such a list, after and before a name: ", Medupi and Kusile", "Kusile
# and ", each of up to three capitalised words.
_LIST_NAME = r"\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2}"
_LIST_GAP = r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+|[ \t]?–[ \t]?)"  # "the Beni–Jomsom highway"
_LISTED_AFTER = regexstore.compile(rf"\A(?:{_LIST_GAP}{_LIST_NAME})+")
# A phrase of place or time opening a sentence, up to its comma: "On the farms, ", "At the
# plant, " (what comes after it is the sentence's subject, not that noun's name)
_OPENING_PHRASE = regexstore.compile(
    r"(?:\A|[.!?:][\"'”’)\]]*[ \t]+)(?:[-*+][ \t]+)?"
    r"(?:In|On|At|Across|Around|Among|Amid|Beyond|Inside|Outside|Within|Throughout|Near"
    r"|Along|Behind|Below|Above|Under|Over|During|After|Before|Since|For|From|Elsewhere[ \t]+in)"
    r"[ \t]+[^,.;:!?]{1,80},[ \t]*\Z"
)
# "… and other towns": the kind of the names listed before it
_AND_OTHER = regexstore.compile(r",?[ \t]+(?:and|or)[ \t]+other[ \t]+(\p{Ll}+)")
_LISTED_NAMES = regexstore.compile(rf"(?:{_LIST_NAME}{_LIST_GAP})+\Z", _BACKWARD)
_LIST_GAPS = regexstore.compile(_LIST_GAP)
# An appositive that counts the names of the list before it: "Kisumu and Busia, two
# border towns, …". It ends where a noun phrase may (punctuation, a relative clause, a
# preposition) after its first plural; a verb there makes it a clause's subject ("Kisumu
# and Busia, two reports found"), and a fraction or a span of time counts no names
# ("Busia and Malaba, two thirds of …", ", two days later,").
_COUNTED = regexstore.compile(
    r"\A,[ \t]+(two|three|four|five|six|seven|eight|nine|ten|both)[ \t]+"
    r"(?!(?:thirds|quarters|fifths|tenths|times|hours|days|weeks|months|years|decades)\b)"
    r"(?:[\p{L}\p{M}\-]+(?<!s)[ \t]+){0,3}\p{Ll}[\p{L}\p{M}\-]*s"
    r"(?=[ \t]*(?:[,;.:)\[]|\Z)|[ \t]+(?:that|which|who|where|whose|in|of|on|at|near|with"
    r"|from|along|across)\b)"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTS |= {"nine": 9, "ten": 10, "both": 2}
# (its comma before "in" as well: "Tarbes, in southern France"; a border or an edge of a
# known place too: "Luau, on the border with the Democratic Republic of Congo", "Skagen,
# at Denmark's northern tip")
_PLACED = regexstore.compile(
    r"(?:,?[ \t]+in[ \t]+(?:(?:north|south|east|west|central|northern|southern|eastern|western"
    r"|north-eastern|north-western|south-eastern|south-western)[ \t]+)?"
    r"|,?[ \t]+(?:(?:just|about|some)[ \t]+)?(?:\d[\d,.]*[ \t-]*(?:km|kilometres|kilometers"
    r"|miles)[ \t]+)?(?:north|south|east|west|north-east|north-west|south-east|south-west"
    r"|northeast|northwest|southeast|southwest)[ \t]+of[ \t]+"
    r"|,?[ \t]+(?:on|near|along)[ \t]+the[ \t]+(?:border|frontier)[ \t]+with[ \t]+"
    r"|,[ \t]+(?:at|on|off|near)[ \t]+(?=[^,;.!?\n]{1,40}?['’]s[ \t]+(?:[\p{Ll}\-]+[ \t]+)?"
    r"(?:tip|coast|border|edge|shore|outskirts)\b))(?:the[ \t]+)?"
    r"(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})"
)
# A way or crossing after an acronym and its article: the letters are that place's own
# name ("the SNP bridge", "the BQE expressway"), where before another kind they name a
# body whose letters want spelling out ("the PBC network", "the NRO contract").
_ROAD_KIND = regexstore.compile(
    r"[ \t]+(?:bridge|tunnel|highway|motorway|expressway|road|street|square|canal)\b"
)
_PLACE_SUFFIX = regexstore.compile(r"\A-(?:based|born|headquartered|registered|listed)\b")
_PLURAL_SUFFIXES = ("ors", "ists", "ians", "ants", "ents", "ers")
_NEXT_LOWER = regexstore.compile(r"[ \t]+\p{Ll}")
_NEXT_LOWER_OR_POSS = regexstore.compile(r"['’]?[ \t]+\p{Ll}")
_MODIFIER = regexstore.compile(r"[ \t]+(\p{Ll}{2,}s)[ \t]+\p{Ll}")
# What opens a paragraph or list item before its first word: a quote marker, a bullet or
# number ("- ", "2. ", "3) "), a task box ("[ ] ") and emphasis ("**"). The word after
# them opens a sentence like the first word of a plain paragraph.
_LEAD = regexstore.compile(
    r"(?:>[ \t]*)*(?:(?:[-*+]|[0-9]{1,3}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:\*\*|__|\*|_)?"
)
_LEAD_CHARS = frozenset("-*+>[_0123456789")
_LABEL_REACH = 80  # characters: longer than three words and a colon
# A label at the start of a paragraph or list item: up to three words, the first
# capitalised, then a colon ("**Markets:**", "Rail:", "Read more:", "Daily briefing:").
# Like a heading, it names a topic rather than making a claim (see _label_end).
_LABEL = regexstore.compile(
    r"\p{Lu}[\p{L}\p{M}'’\-]*((?:[ \t]+[\p{L}\p{M}'’\-&]+){0,2})(?:\*\*|__|\*|_)?:(?=\s|\*|_|\Z)"
)


def _symbol(ch: str) -> bool:
    """An emoji or other symbol, or the joiner or variation selector inside one: before a
    sentence's first word ("😀 In order to win…") it does not make that word mid-sentence."""
    return ord(ch) > 0x7F and unicodedata.category(ch) in ("So", "Sk", "Sm", "Cf", "Mn")


# A word that opens a sentence directly before an article or "your"/"our" is a verb or a
# preposition ("See the report", "Check the figures"): a name is followed by its verb.
_ARTICLE_AFTER = regexstore.compile(r"[ \t]+(?:the|a|an|your|our)[ \t]")
# A plural subject's verb: "Hospitals were overwhelmed" (a name takes "was": "Harris was").
_PLURAL_VERB = regexstore.compile(r"[ \t]+(?:are|were)\b")
_NOT_PLURAL = ("ss", "us", "is", "'s")
_NEXT_WORD = regexstore.compile(r"[ \t]+(\p{Ll}+)\b")
_DETERMINER = regexstore.compile(
    r"\b(?:the|a|an|its|his|her|their|our)[ \t]+\Z", regexstore.IGNORECASE | _BACKWARD
)
# A kind of site, then "at" and the name of where it is: "the repository at Forsmark".
# (Not any kind: "the Chinese network at Ganqimaodu" does not say what Ganqimaodu is.)
# (or a site's own name: "the Port of Baku at Alat")
_SITED_AT = regexstore.compile(
    r"(?:\b(\p{Ll}{3,})|\b(\p{Lu}\p{Ll}{2,})[ \t]+of(?:[ \t]+\p{Lu}[\p{L}\-]*){1,2})"
    r"[ \t]+at[ \t]+\Z",
    _BACKWARD,
)
_SITES = _word_set(
    """airport base border camp crossing dam depot facility factory field harbour harbor hub
    landfill mill mine pier plant port quarry reactor refinery repository reservoir site
    smelter station terminal wharf yard"""
)
_COMMA_THE = regexstore.compile(r",[ \t]+the[ \t]+\Z", regexstore.IGNORECASE | _BACKWARD)
# What comes after a participle that opens a sentence ("Buoyed by the outlook").
_PREPOSITIONS = _word_set(
    "by with in on at to from for about after amid over under into against through"
)
# Words that stand between a name and its verb ("Okafor also met", "Okafor and aides
# said"): after one, a capitalised word is no modifier.
_FUNCTION_WORDS = _word_set(
    "and or but nor yet so of in on at to for from by as with than then also still "
    "now just only even already never often again soon later too once first who "
    "which that whose this these those its his her their our the a an not all both "
    "each some many most more less few no every"
)
# Auxiliaries follow a noun as readily as a name ("Orthopaedics is the worst-hit").
_AUXILIARIES = _word_set(
    "has had have is was will would could can may might must should shall did does"
)
# The words of a spelled-out acronym (the connectors it may skip are function words, but
# never the words it is spelled with).
_SPELLING_WORDS = regexstore.compile(r"(?:[ \t\-]+(?:(?:of|and|for|the)[ \t]+)?)")
_SPELLING_STOP = _FUNCTION_WORDS | _word_set("is was it be are were has had have")
# Plural nouns for people that do not end like agent nouns ("officials", "aides").
_PEOPLE = _word_set(
    "officials members aides staff allies employees families troops forces fans "
    "people executives loyalists chiefs heads"
)
# A capitalised word's next two words and one more: "Wholesale egg prices rose".
_NOUN_PHRASE = regexstore.compile(r"[ \t]+(\p{Ll}{2,})[ \t]+(\p{Ll}{3,}s)[ \t]+\p{Ll}")
_CONTEXT = 100  # characters of context either side that introduction patterns look at
_CAPITAL = regexstore.compile(r"\p{Lu}")
# Words of a name that say what it names: "the Chiltern Hills", "the CHIPS Act", "Dome C".
_SELF_DESCRIBING = _PLACE_KINDS | _word_set(
    """hills act acts bill law treaty accord agreement convention directive regulation
    dome mount cup prize award games festival"""
)


_THE = frozenset(["the ", "The "])
# Quotation marks around a whole name (a title: 'the album "Kinshasa Nights"')
_OPEN_QUOTES = frozenset("\"“‘'")
_CLOSE_QUOTES = frozenset("\"”’'")
# Connectors inside one name ("Minera Altos del Loa", "Ana da Silva"), not between a
# person and an organisation ("Leandro Ferraro of Pampa Granos"): "" is a plain space.
_NAME_PARTICLES = frozenset(
    [
        "",
        "de",
        "del",
        "della",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "du",
        "van",
        "von",
        "der",
        "la",
        "le",
        "em",
    ]
)


def _has_digit(key: str) -> bool:
    return not key.isalpha() and any(c.isdigit() for c in key)


def _other_number(key: str, plural: bool) -> tuple[str, ...]:
    """The singular spellings of a plural ``key`` ("wildfires" → "wildfire", "taxes" →
    "tax", "policies" → "policy"), or the plural of a singular one."""
    if not plural:
        return () if key.endswith("s") else (key + "s",)
    if key.endswith("ies") and len(key) > 4:
        return (key[:-3] + "y",)
    if key.endswith("es") and len(key) > 4:
        return (key[:-1], key[:-2])
    return (key[:-1],)


def _run_starts(masked: str, q: int) -> tuple[int, ...]:
    """Where a run whose first capital is at ``q`` can start, left to right: at ``q``, at a
    lower-case letter before it ("iPhone") or at an Arabic particle ("al-Assad",
    "al-iX"). The run pattern itself decides; this only spares it the other positions."""
    prev = masked[q - 1 : q]
    if prev.isascii() and not prev.isalpha() and prev != "-":
        return (q,)  # after a space or punctuation, the usual case
    if "-" in masked[q - 2 : q]:
        return (q - 5, q - 4, q - 3, q - 1, q)
    return (q - 1, q)


# -- extraction -----------------------------------------------------------------------


class _Tok(NamedTuple):
    start: int
    end: int
    low: str  # normalised
    gap: str  # connector words before this token, normalised ("" for plain space)


def _is_acronym(bare: str) -> bool:
    """Capitals standing for words, and their plural: "IPP", "IPPs" (dots removed)."""
    if not bare.isalpha():
        return False
    if bare.isupper():
        return len(bare) <= 6
    return 3 <= len(bare) <= 7 and bare.endswith("s") and bare[:-1].isupper()


class _Seg:
    """A run of name tokens, with what the words around it say about it (mutable: the
    passes over a run's segments set the flags)."""

    __slots__ = (
        "initial",
        "paragraph",
        "poss_end",
        "role",
        "shared_title",
        "suffix",
        "suffix_end",
        "titled",
        "toks",
    )

    def __init__(
        self,
        toks: list[_Tok],
        paragraph: int,
        initial: bool,
        titled: bool = False,
        role: bool = False,
        shared_title: bool = False,
    ) -> None:
        self.toks = toks
        self.paragraph = paragraph
        self.initial = initial
        self.titled = titled  # a title came right before it in the run
        self.role = role  # a title came right after it ("NASA Administrator")
        self.suffix = False  # a corporate suffix followed ("Tesla Inc.")
        self.suffix_end = -1  # where that suffix ends
        self.poss_end = -1  # end of the possessive, if any
        self.shared_title = shared_title  # a plural title ("Senators") covers every conjunct


def extractor_for(
    lists: WordLists, aliases: frozenset[str] = frozenset(ALIAS_KINDS)
) -> Callable[[Document], EntityAnalysis]:
    """The analysis function for ``lists``; the same arguments give the same function, so
    ``doc.analysis`` shares one result between rules configured alike."""
    return _extractor(lists, aliases)


@lru_cache(maxsize=32)
def _extractor(lists: WordLists, aliases: frozenset[str]) -> Callable[[Document], EntityAnalysis]:
    def extract(doc: Document) -> EntityAnalysis:
        return _Extraction(doc, lists, aliases).run()

    return extract


def extract_entities(doc: Document) -> EntityAnalysis:
    """Mentions and entities of ``doc`` with the built-in lists and every alias kind."""
    return doc.analysis(extractor_for(load_lists()))


class _Extraction:
    def __init__(self, doc: Document, lists: WordLists, aliases: frozenset[str]) -> None:
        self.doc = doc
        self.masked = doc.masked
        self.lists = lists
        self.aliases = aliases
        self.pat = _patterns(lists)
        self._lower_words: frozenset[str] | None = None
        self._tries = 0  # places tried by _seen_in_lower_case
        starts: set[int] = set()
        for s in doc.sentences:
            i = s.start
            while i < s.end and (
                self.masked[i] in _OPENERS or self.masked[i].isspace() or _symbol(self.masked[i])
            ):
                i += 1
            starts.add(i)
        # per prose paragraph: where the text after a label starts (its start without one)
        self.label_ends: dict[int, int] = {}
        masked = self.masked
        for p in doc.prose:
            i = p.start
            if masked[i : i + 1] in _LEAD_CHARS:  # most paragraphs open with a letter
                lead = _LEAD.match(masked, i, p.end)
                if lead is not None:
                    i = lead.end()
                    starts.add(i)  # "- [ ] Check the figures": "Check" opens the item
            if ":" not in masked[i : i + _LABEL_REACH]:
                continue
            end = self._label_end(i, p.end)
            if end > i:
                self.label_ends[p.index] = end
                while end < p.end and (masked[end] in "*_" or masked[end].isspace()):
                    end += 1
                starts.add(end)  # "**Markets:** Stocks fell": the label's text is a sentence
        self.sentence_starts = starts

    def _label_end(self, pos: int, end: int) -> int:
        """The end of a label at ``pos`` ("Rail:", "**Markets:**", "Daily briefing:"), or
        ``pos`` without one. A label is an inline heading, and like a heading it is not
        checked. Words that read as a verb make it a sentence, not a label ("Okafor said:",
        "Smith reported:"), and its names are checked."""
        m = _LABEL.match(self.masked, pos, end)
        if m is None:
            return pos
        for w in m.group(1).split():
            if w[:1].islower() and (w.endswith("ed") or norm(w) in self.lists.agent_verbs):
                return pos
        return m.end()

    # ordinary words that start a sentence: from the list, or seen in lower case
    @property
    def lower_words(self) -> frozenset[str]:
        if self._lower_words is None:
            self._lower_words = frozenset(w.casefold() for w in _LOWER_WORD.findall(self.masked))
        return self._lower_words

    def _seen_in_lower_case(self, key: str) -> bool:
        """Whether ``key in self.lower_words``, without scanning the whole text for lower-
        case words (a sixth of the extraction): the few places where the case-folded text
        holds ``key`` are tried instead. Case folding maps each character on its own, so
        where it keeps the length, every character folds to one and offsets agree."""
        if self._lower_words is not None:
            return key in self._lower_words
        masked = self.masked
        folded = self.doc.folded
        if len(folded) != len(masked) or not key:
            return key in self.lower_words  # "ß" → "ss" and the like: offsets drift
        n = len(key)
        p = folded.find(key)
        while p >= 0:
            # a short key inside many longer words ("es") in a long text: past a few
            # hundred tries, one scan of the whole text is the cheaper way
            self._tries += 1
            if self._tries > _LOWER_TRIES:
                return key in self.lower_words
            m = _LOWER_WORD.match(masked, p)
            if m is not None and m.end() == p + n:
                return True
            p = folded.find(key, p + 1)
        return False

    def _is_initial(self, offset: int, para_start: int) -> bool:
        if offset in self.sentence_starts:
            return True
        j = offset - 1
        while j >= para_start and self.masked[j] in " \t":
            j -= 1
        return j >= para_start and self.masked[j] in _OPENERS

    def run(self) -> EntityAnalysis:
        segs: list[_Seg] = []
        masked = self.masked
        label_ends = self.label_ends
        for para in self.doc.prose:
            label_end = label_ends.get(para.index, -1)
            for m in self._runs(para.start, para.end):
                q = m.start()
                if q < label_end:
                    continue  # in the paragraph's label
                # inside a citation's brackets
                if masked.rfind("[", para.start, q) > masked.rfind("]", para.start, q):
                    continue
                new = self._segments(m, para.index, para.start)
                if new and segs and self._remit_list(segs[-1], new, q):
                    segs[-1].toks += [t for seg in new for t in seg.toks]
                    continue
                segs += new
        return self._link(segs)

    def _remit_list(self, body: _Seg, new: list[_Seg], start: int) -> bool:
        """Whether a run after a comma ends the list of a body's remit: "Ministry of Health,
        Labour and Welfare", "Department for Environment, Food and Rural Affairs" (the
        comma split one name into runs). Only everyday words: "the Ministry of Health,
        Pfizer and Moderna" are three names."""
        toks = body.toks
        masked = self.masked
        if start - toks[-1].end != 2 or masked[toks[-1].end : start] != ", ":
            return False
        # the run ends the list with "and": split there into segments, or kept whole
        # ("Food and Rural Affairs")
        if len(new) == 1:
            if not any(t.gap == "and" for t in new[0].toks):
                return False
        elif any(masked[a.toks[-1].end : b.toks[0].start] != " and " for a, b in pairwise(new)):
            return False
        org_words = self.lists.org_words
        # (a known word or a body's head word is no new name either: "Labour", "Affairs")
        return all(
            self._remit_word(t.low) or t.low in org_words or self._known(t.low)
            for seg in new
            for t in seg.toks
        ) and any(
            toks[i].low in org_words and toks[i + 1].gap in ("of", "for")
            for i in range(len(toks) - 1)
        )

    def _runs(self, start: int, end: int) -> Iterator[regex.Match[str]]:
        """The matches of the run pattern in ``masked[start:end]``, exactly as ``finditer``
        gives them, at about half the cost. A run may start lower case ("iPhone",
        "al-Assad"), so ``finditer`` enters the pattern at every letter; but a run's first
        capital is at most five characters in, with only lower-case letters and a hyphen
        before it. So only those few places before each capital are tried, and since they
        never interleave with the next capital's, trying them left to right finds the
        leftmost match, as ``finditer`` does."""
        masked = self.masked
        match = self.pat.run.match
        pos = start
        for cap in _CAPITAL.finditer(masked, start, end):
            q = cap.start()
            if q < pos:
                continue  # inside the run just found
            prev = masked[q - 1 : q]
            if prev.isascii() and not prev.isalpha() and prev != "-":
                # after a space or punctuation, the usual case (see _run_starts)
                m = match(masked, q, end)
                if m is not None:
                    yield m
                    pos = m.end()
                continue
            for p in _run_starts(masked, q):
                if p >= pos:
                    m = match(masked, p, end)
                    if m is not None:
                        yield m
                        pos = m.end()
                        break

    def _segments(self, m: regex.Match[str], para: int, para_start: int) -> list[_Seg]:
        masked = self.masked
        sentence_starts = self.sentence_starts
        piece: list[_Tok] = []
        pieces = [piece]
        prev = -1
        for s, e in m.spans(self.pat.tok):
            if prev < 0:
                gap = ""
            else:
                gap = _gap_key(masked[prev:s])
                # a run never crosses a sentence boundary ("… the U.S. The senators …")
                if s in sentence_starts:
                    piece = []
                    pieces.append(piece)
            piece.append(_Tok(s, e, _token_key(masked[s:e]), gap))
            prev = e
        out: list[_Seg] = []
        for piece in pieces:
            initial = self._is_initial(piece[0].start, para_start)
            out += self._split(piece, para, initial)
        poss = self.pat.poss
        poss_start = m.start(poss)  # -1 without a possessive
        if out and poss_start >= 0 and out[-1].toks[-1].end == poss_start:
            out[-1].poss_end = m.end(poss)
        return out

    def _split(self, toks: list[_Tok], para: int, initial: bool) -> list[_Seg]:
        lists = self.lists
        # the tokens are normalised and hold no spaces, so joined they are normalised too
        whole = " ".join([t.low for t in toks])
        if whole in lists.calendar:
            return []
        # sentence-initial ordinary words ("Recently", "Despite", "The") are not names
        first = toks[0].low
        opener = toks[0].start  # the run's first word, before any is dropped
        if (first == "the" or (initial and first in lists.sentence_words)) and not self._known(
            whole
        ):
            while toks and (
                toks[0].low == "the"
                or (
                    initial
                    and toks[0].low in lists.sentence_words
                    and not self._title_at(toks, 0)
                    # "The High Court": once "The" is gone, a known name is left whole
                    and not self._known(" ".join([t.low for t in toks]))
                )
            ):
                toks = toks[1:]
        described = False
        if (
            initial
            and len(toks) > 1
            and toks[0].start == opener
            and not toks[1].gap
            and toks[0].low in lists.descriptors
            and toks[0].low not in lists.org_words
            # a kind of place before a name is part of it ("Lake Kivu", "Port Harcourt"),
            # or a surname ("Park Soo-min"), not a kind the name is given
            and toks[0].low not in _PLACE_KINDS
            and not toks[0].low.endswith("s")  # "Senators Reed and Shaheen": see titles
            and not self._known(whole)
        ):
            # a kind of thing opening the sentence before its name: "Carmaker Geely said",
            # "Shipbuilder Hanbit Heavy Industries won" (as "the carmaker Geely" would)
            toks = toks[1:]
            described = True
        while toks and toks[0].low in lists.calendar and not self._first_name(toks):
            toks = toks[1:]
        if len(toks) > 1 and toks[-1].low in self.pat.calendar_ends:
            toks = self._without_named_day(toks)
        while toks and toks[-1].low in lists.calendar:
            toks = toks[:-1]
        if not toks:
            return []
        if len(toks) == 1 and _has_digit(toks[0].low):
            return []  # a code: a product, model or strain ("CVT-301", "H5N1"), no person
        if len(toks) == 1 and "-" in toks[0].low:
            parts = toks[0].low.split("-")
            if all(p in lists.calendar for p in parts):
                return []  # a span of the calendar: "the October-March season"
        if (
            len(toks) == 1
            and toks[0].low in _LABEL_BEFORE_NUMBER
            and self.masked[toks[0].end : toks[0].end + 2][-1:].isdigit()
        ):
            return []  # "Phase 3", "Article 5": a label and its number
        if (
            len(toks) == 1
            and len(toks[0].low) <= 3
            and self.masked[toks[0].end : toks[0].end + 1] == "$"
        ):
            return []  # a dollar's country: "NZ$15 billion", "NT$86 billion", "HK$"
        if initial and len(toks) == 1:
            t = toks[0]
            word = self.masked[t.start : t.end]
            if not word.isupper() and self._seen_in_lower_case(t.low):
                return []
            # a plural agent noun opening a sentence: "Investigators said …", "Marketers'
            # group" (long enough that surnames such as "Sanders" are not taken for one)
            if (
                len(t.low) >= 9
                and t.low.endswith(_PLURAL_SUFFIXES)
                and _NEXT_LOWER_OR_POSS.match(self.masked, t.end)
            ):
                return []
            # a participle or gerund opening a sentence: "Shipping lines diverted …"
            if len(t.low) > 5 and t.low.endswith("ing") and _NEXT_LOWER.match(self.masked, t.end):
                return []
            if t.low.endswith("ly") and self.masked.startswith(",", t.end):
                return []  # "Specifically," — an adverb, not a name
            if (
                self.masked[t.end : t.end + 1] == "-"
                and self.masked[t.end + 1 : t.end + 2].islower()
            ):
                return []  # "Add-ons", "Follow-up": a compound noun ("Rolls-Royce" is a name)
            if not word.isupper() and t.low not in lists.demonyms and not self._known(t.low):
                if t.start == opener and self._plain_word(t):
                    return []
                # English common-noun endings ("Production", "Agreement") are not names
                if t.low.endswith(lists.noun_suffixes):
                    return []
                if self._ordinary_opener(t, t.start == opener):
                    return []
                # a modifier of a plural noun that a lower-case verb follows: "Mortgage
                # approvals reached", "Health officials said" (but "Okafor says the …")
                mod = _MODIFIER.match(self.masked, t.end)
                if (
                    mod is not None
                    and not mod.group(1).endswith(_NOT_PLURAL)  # "Siemens this year cut"
                    and norm(mod.group(1)) not in lists.agent_verbs
                ):
                    return []
                if t.start == opener and self._common_noun(t):
                    return []
        if self.pat.title_starts.isdisjoint([t.low for t in toks]):  # no title: the usual case
            # the run's own list: the seg may change it
            segs = [_Seg(toks, para, initial, titled=described)]
        else:
            segs = self._split_titles(toks, para, initial, described)
        if "and" in [t.gap for t in toks]:
            out: list[_Seg] = []
            for seg in segs:
                out += self._split_and(seg)
        else:
            out = segs
        for seg in out:
            if seg.toks[0].gap:  # "CEO of Strategy Risks": the connector belongs to the title
                seg.toks[0] = _Tok(seg.toks[0].start, seg.toks[0].end, seg.toks[0].low, "")
            if (
                "suffix" in self.aliases
                and len(seg.toks) > 1
                and seg.toks[-1].low in lists.corporate_suffixes
            ):
                seg.suffix_end = seg.toks.pop().end
                seg.suffix = True
        return out

    def _first_name(self, toks: list[_Tok]) -> bool:
        """Whether the run's first word, an abbreviated month, is a first name: "Jan" or
        "Mar" straight before another capitalised word ("Jan Novák"). A month's
        abbreviation comes before a day's number ("Jan 5") or takes a full stop, which
        ends a run."""
        return len(toks) > 1 and not toks[1].gap and toks[0].low in self.pat.calendar_abbreviations

    def _plain_word(self, t: _Tok) -> bool:
        """Whether a lone capitalised word that itself opens a sentence is an ordinary
        English word ("Shops in Cairo closed", "Headcount fell"): on the common-words
        list, and not followed by a possessive or a verb of the agent-verbs list other than
        an auxiliary, which make it the name of someone ("Shell's profits", "Wards said";
        the list leaves out words that are also common names, so these are rare)."""
        if not self._everyday(t.low):
            return False
        masked = self.masked
        if masked[t.end : t.end + 1] in ("'", "’"):
            return False
        nxt = _NEXT_WORD.match(masked, t.end)
        if nxt is None:
            return True
        following = norm(nxt.group(1))
        return following in _AUXILIARIES or following not in self.lists.agent_verbs

    def _everyday(self, word: str) -> bool:
        """Whether a normalised word is on the common-words list, or is one of them with
        "un" before it ("Unaffected", "Undeterred": the list cannot hold every negation)."""
        words = self.lists.common_words
        return "\n" + word + "\n" in words or (
            len(word) > 5 and word.startswith("un") and "\n" + word[2:] + "\n" in words
        )

    def _ordinary_opener(self, t: _Tok, own: bool) -> bool:
        """Whether a lone capitalised word opening a sentence reads as an ordinary word by
        its form and the words after it; ``own`` when it is the sentence's first word
        (not one after a dropped "The")."""
        key = t.low
        lists = self.lists
        masked = self.masked
        plural = len(key) > 3 and key.endswith("s") and not key.endswith(_NOT_PLURAL)
        # the plural of a common noun: "Municipalities", "Negotiations"
        if plural and any(k.endswith(lists.noun_suffixes) for k in _other_number(key, True)):
            return True
        if len(key) < 6 and not own:
            return False
        nxt = _NEXT_WORD.match(masked, t.end)
        following = norm(nxt.group(1)) if nxt is not None else ""
        # a participle before its preposition: "Buoyed by", "Combined with"
        if len(key) >= 6 and key.endswith("ed") and following in _PREPOSITIONS:
            return True
        if following in lists.agent_verbs:
            return False  # "Banks said", "Constable said": a reporting verb makes a name
        # an adjective before a lower-case word: "Serious adverse events"
        if len(key) >= 6 and following and key.endswith(lists.adjective_suffixes):
            return True
        if not own:
            return False
        # a kind of thing: "Insurers estimate", "Plant performance is improving"
        if key in lists.descriptors:
            return True
        # a modifier of a noun phrase whose plural head a lower-case word follows:
        # "Wholesale egg prices rose" (not "Siemens cut jobs in", "Okafor then met …")
        mod = _NOUN_PHRASE.match(masked, t.end)
        if mod is None:
            return False
        first, head = norm(mod.group(1)), norm(mod.group(2))
        return (
            not first.endswith(("ed", "ly", "s"))
            and first not in _FUNCTION_WORDS
            and first not in lists.past_verbs
            and not head.endswith(_NOT_PLURAL)
            and head not in lists.agent_verbs
            # people after a name are its people: "Duarte government officials said"
            and not head.endswith(_PLURAL_SUFFIXES)
            and head not in _PEOPLE
            and head[:-1] not in self.pat.title_words
        )

    def _common_noun(self, t: _Tok) -> bool:
        """Whether a lone capitalised word that itself opens a sentence (not one after a
        dropped "The": "The Yankees were") reads as a common noun or a verb by what follows
        it or by the digest's other words."""
        masked = self.masked
        if _ARTICLE_AFTER.match(masked, t.end):
            return True  # "See the report", "Check the figures"
        key = t.low
        plural = len(key) > 3 and key.endswith("s") and not key.endswith(_NOT_PLURAL)
        # "Hospitals were overwhelmed" (long enough that short plural names, which some
        # writers give a plural verb, are not taken for one: "Houthis were", "Vestas were")
        if plural and len(key) >= 8 and _PLURAL_VERB.match(masked, t.end):
            return True
        # the same noun in the other number, in lower case, elsewhere in the digest:
        # "Wildfires in the south …" beside "a wildfire" ("Wells said" beside "as well" is
        # still a name: a reporting verb after the word reads as its subject's)
        nxt = _NEXT_WORD.match(masked, t.end)
        if nxt is not None and norm(nxt.group(1)) in self.lists.agent_verbs:
            return False
        return any(self._seen_in_lower_case(k) for k in _other_number(key, plural))

    def _without_named_day(self, toks: list[_Tok]) -> list[_Tok]:
        """``toks`` without a day or holiday of several words at their end, taken as one
        ("Amazon Black Friday" → "Amazon", "Black Friday" → nothing): one word at a time,
        "Black" would be left behind as a name."""
        calendar = self.lists.calendar
        for k in range(len(toks) - 1):
            if " ".join([x.low for x in toks[k:]]) in calendar:
                return toks[:k]
        return toks

    def _split_titles(self, toks: list[_Tok], para: int, initial: bool, titled: bool) -> list[_Seg]:
        """Cut a run at its titles: "Russian President Vladimir Putin" → "Russian" (whose
        role the title is) and "Vladimir Putin" (titled). ``titled``: a kind came before
        the run ("Carmaker")."""
        lists = self.lists
        segs: list[_Seg] = []
        cur: list[_Tok] = []
        shared = False
        title_starts = self.pat.title_starts
        i = 0
        while i < len(toks):
            n = self._title_at(toks, i) if toks[i].low in title_starts else 0
            if n:
                if cur:
                    segs.append(_Seg(cur, para, initial and not segs, titled, role=True))
                cur = []
                titled = True
                # a plural title ("Senators Reed and Shaheen") introduces every name after it
                last = toks[i + n - 1].low
                words = (*(x.low for x in toks[i : i + n - 1]), last[:-1])
                shared = last.endswith("s") and words in lists.titles
                i += n
                continue
            cur.append(toks[i])
            i += 1
        if cur:
            segs.append(_Seg(cur, para, initial and not segs, titled, shared_title=shared))
        return segs

    def _title_at(self, toks: list[_Tok], i: int) -> int:
        """How many tokens from ``i`` form a title, 0 if none (longest match wins)."""
        if toks[i].low not in self.pat.title_starts:
            return 0
        words: list[str] = []
        best = 0
        for j in range(i, min(len(toks), i + 5)):
            if j > i and toks[j].gap:
                words += toks[j].gap.split()
            words.append(toks[j].low)
            singular = (*words[:-1], words[-1][:-1]) if words[-1].endswith("s") else None
            if tuple(words) in self.lists.titles or singular in self.lists.titles:
                best = j - i + 1
        return best

    def _split_and(self, seg: _Seg) -> list[_Seg]:
        """Split "Jack Reed and Jeanne Shaheen", keep "Food and Drug Administration"."""
        if not any(t.gap == "and" for t in seg.toks[1:]):
            return [seg]  # nothing to split (the flag for conjuncts is not read again)
        # "Centers for Disease Control and Prevention (CDC)": an acronym after the run
        # shows it is one name
        # (or a corporate suffix: "Smith and Nephew Ltd")
        end = seg.toks[-1].end
        last = seg.toks[-1].low
        if (
            last in self.lists.org_words
            or last in self.lists.corporate_suffixes
            or _PAREN_ACRONYM.match(self.masked[end : end + 24])
            or self._remit_of_body(seg.toks)
            or self._trade_body(seg.toks)
        ):
            return [seg]
        out: list[_Seg] = []
        cur: list[_Tok] = []
        for t in seg.toks:
            if cur and t.gap == "and":
                out.append(_Seg(cur, seg.paragraph, seg.initial and not out, seg.titled, seg.role))
                cur = [_Tok(t.start, t.end, t.low, "")]
                continue
            cur.append(t)
        titled = seg.titled and (not out or seg.shared_title)
        out.append(_Seg(cur, seg.paragraph, seg.initial and not out, titled, seg.role))
        return out

    def _trade_body(self, toks: list[_Tok]) -> bool:
        """Whether "and" joins the trades a body is named after ("Grain and Milling
        Association of Malawi"): everyday words before the "and", and after it a body's
        head word that ends the run or comes before "of" or "for" (not "Food and Drug
        Administration Vladimir Putin", two names run together)."""
        joined = next((i for i in range(1, len(toks)) if toks[i].gap == "and"), -1)
        org_words = self.lists.org_words
        last = len(toks) - 1
        return all(self._everyday(t.low) for t in toks[:joined]) and any(
            toks[i].low in org_words and (i == last or toks[i + 1].gap in ("of", "for"))
            for i in range(joined + 1, len(toks))
        )

    def _remit_of_body(self, toks: list[_Tok]) -> bool:
        """Whether "and" joins the remit of a body ("Federal Ministry for Digital and
        Transport", "Department of Energy and Climate"): a body's head word, "of" or "for",
        and after the "and" only everyday words or common nouns, which name no person or
        company ("Ministry of Youth and Wellness", "Agriculture and Irrigation")."""
        org_words = self.lists.org_words
        body = next(
            (
                i
                for i in range(len(toks) - 1)
                if toks[i].low in org_words and toks[i + 1].gap in ("of", "for")
            ),
            -1,
        )
        if body < 0:
            return False
        joined = next((i for i in range(1, len(toks)) if toks[i].gap == "and"), -1)
        return joined > body + 1 and all(self._remit_word(t.low) for t in toks[joined:])

    def _remit_word(self, key: str) -> bool:
        """Whether a normalised word can be part of what a body deals with: an everyday
        word, or one with a common noun's ending or the plural of one ("wellness",
        "facilities"), which the common-words list is too short to hold all of."""
        if self._everyday(key):
            return True
        suffixes = self.lists.noun_suffixes
        if key.endswith(suffixes):
            return True
        plural = len(key) > 3 and key.endswith("s") and not key.endswith(_NOT_PLURAL)
        return plural and any(k.endswith(suffixes) for k in _other_number(key, True))

    # -- introduction and linking -----------------------------------------------------

    def _verb_after(self, after: str) -> bool:
        """Whether the word after a name is a verb it is the subject of ("AMPL said")."""
        nxt = _NEXT_WORD.match(after)
        return nxt is not None and nxt.group(1) in self.lists.agent_verbs

    def _kind_word(self, word: str) -> bool:
        """Whether a lower-case word, or its singular, is a descriptor ("towns", "ports")."""
        descriptors = self.lists.descriptors
        key = norm(word)
        return any(
            w in descriptors for w in (key, key[:-1], key[:-2], key[:-3] + "y") if w and len(w) >= 3
        )

    def _known(self, key: str) -> bool:
        lists = self.lists
        if key in lists.known or key + "'s" in lists.known:
            return True
        if not key.isascii() and _unaccented(key) in lists.known:
            return True  # "Bogotá" for a list that writes "Bogota"
        country = lists.demonyms.get(key)
        if country is not None and country in lists.known:
            return True
        if "-" in key:
            parts = [p for p in key.split("-") if p]
            return len(parts) > 1 and all(self._known(p) for p in parts)
        return False

    def _context_intro(self, seg: _Seg, start: int, end: int, acronym: bool) -> str:
        """Why the words around a one-word name introduce it ("" if they do not)."""
        if seg.titled:
            return "title"
        if seg.role:
            return "role"
        if seg.suffix:
            return "company suffix"
        masked = self.masked
        para = self.doc.paragraphs[seg.paragraph]
        before = masked[max(para.start, start - _CONTEXT) : start]
        after_end = seg.poss_end if seg.poss_end >= 0 else end
        after = masked[after_end : min(para.end, after_end + _CONTEXT)]
        ctx = self.pat.contexts
        if (ctx.role_before(before) or ctx.desc_before(before)) and not (
            before.rstrip(" \t").endswith(",")
            and (
                self._opening_phrase(before, start - len(before) <= para.start)
                # the speaker after a clause, not its last noun's name: "… east of the
                # city, AMPL said"
                or self._verb_after(after)
            )
        ):
            return "role"
        comma_the = (
            _COMMA_THE.search(before) if before.rstrip(" \t")[-3:].lower() == "the" else None
        )
        if comma_the is not None and ctx.desc_before(before[: comma_the.start()] + ", "):
            return "role"  # the name after its kind: "Norway's parliament, the Storting"
        if (
            before[-1:] in _OPEN_QUOTES
            and after[:1] in _CLOSE_QUOTES
            and ctx.desc_before(before[:-1])
        ):
            return "role"  # a title quoted after its kind: 'the song "Jua"'
        listed = _LISTED_BEFORE.search(before)
        if listed is not None and ctx.desc_before(before[: listed.start()]):
            # a later name of a list that a plural descriptor opens: "the counties of
            # Turkana, Marsabit and Mandera"
            return "role"
        if _NAMED.search(before):
            return "named"
        sited = _SITED_AT.search(before)
        if (
            sited is not None
            and not acronym
            and (sited.group(1) or sited.group(2).lower()).removesuffix("s") in _SITES
        ):
            return "place"  # "the Chinese border at Boten", "the existing plant at Krško"
        if _PLACE_SUFFIX.match(after):
            return "place"
        located = _IN_PLACE.match(after)
        if located is not None and self._known(norm(located.group(1))):
            return "place"  # "Kumasi, Ghana", "Lodwar, Kenya": a place given its country
        placed = _PLACED.match(after)
        if placed is not None:
            # "Hoima in western Uganda", "Gazipur, north of Dhaka": placed by a known one
            words = placed.group(1).split()
            if any(
                self._known(norm(" ".join(words[:k])).removesuffix("'s"))
                for k in range(1, len(words) + 1)
            ):
                return "place"
        if acronym and self._spelled_out_before(masked[start:end], start):
            return "spelled out"
        if _OWNER.search(before):
            return "owner"
        if _EXAMPLE.search(before):
            return "example of a kind"
        kind = _KIND_EXAMPLE.search(before)
        if kind is not None and self._kind_word(kind.group(1)):
            return "example of a kind"
        if seg.poss_end < 0:
            if (
                ctx.appositive(after)
                and not _ATTRIBUTION.match(after)
                and not (_MANY_OF.match(after) and not _LIST_END.search(before))
                and not (self._opened_by_according(before, start) and not _CLOSED.match(after))
            ) or _PAREN_DESC.match(after):
                return "appositive"
            others = _LISTED_AFTER.match(after)
            if others is not None:
                # the list's appositive or kind, after its last name: "Ashulia and Gazipur,
                # industrial areas north of Dhaka"; "Giżycko and other towns"
                rest = after[others.end() :]
                if ctx.appositive(rest) or _PAREN_DESC.match(rest):
                    return "appositive"
            else:
                rest = after
            counted = _COUNTED.match(rest)
            if counted is not None and _COUNTS[counted.group(1)] == self._list_size(before, after):
                return "appositive"  # "Kisumu and Busia, two border towns"
            # (an acronym still wants spelling out: "the FSSS and other unions")
            other_kind = None if acronym else _AND_OTHER.match(rest)
            if other_kind is not None and self._kind_word(other_kind.group(1)):
                return "descriptor"
            if acronym and _SPELLED_OUT.match(after):
                return "spelled out"
            if acronym and _ROAD_KIND.match(after) and _DETERMINER.search(before):
                return "descriptor"
            if not acronym and (
                ctx.desc_after(after)
                or (_DETERMINER.search(before) and ctx.desc_after_loose(after))
            ):
                return "descriptor"  # (an acronym's letters say nothing: "the PBC network")
            if self._listed_before_kind(before, after):
                return "descriptor"
        return ""

    def _opened_by_according(self, before: str, start: int) -> bool:
        """Whether ``before`` (the text up to ``start``) is a sentence's opening "According
        to"."""
        m = _ACCORDING_TO.search(before)
        return m is not None and start - len(before) + m.start() in self.sentence_starts

    @staticmethod
    def _opening_phrase(before: str, whole: bool) -> bool:
        """Whether ``before`` ends with a sentence-opening phrase of place or time and its
        comma, whose noun the name after it is not: "At the plant, Okafor said" (unlike
        "the social media platform, X"). ``whole``: ``before`` starts its paragraph."""
        m = _OPENING_PHRASE.search(before)
        return m is not None and (m.start() > 0 or whole)

    @staticmethod
    def _list_size(before: str, after: str) -> int:
        """How many names the list that a name is part of holds, the name included (1 for
        a name in no list): "Kisumu, Busia and " before it, ", Busia and Malaba" after."""
        size = 1
        head = _LISTED_NAMES.search(before)
        if head is not None:
            size += len(_LIST_GAPS.findall(head.group()))
        rest = _LISTED_AFTER.match(after)
        if rest is not None:
            size += len(_LIST_GAPS.findall(rest.group()))
        return size

    def _listed_before_kind(self, before: str, after: str) -> bool:
        """Whether the name is one of a list of names that a determiner opens and a kind
        closes: "the Kusile and Medupi power stations" introduces both."""
        # most names are in no list: a comma, "and" or "or" must be next to them
        tail = before.rstrip(" \t")
        listed_after = after.lstrip(" \t").startswith((",", "and", "or", "–")) or after[:1] == ","
        listed_before = tail.endswith((",", "and", "or", "–"))
        if not listed_after and not listed_before:
            return False
        rest = _LISTED_AFTER.match(after) if listed_after else None
        head = _LISTED_NAMES.search(before) if listed_before else None
        if rest is None and head is None:
            return False
        if rest is not None:
            after = after[rest.end() :]
        if head is not None:
            before = before[: head.start()]
        return _DETERMINER.search(before) is not None and self.pat.contexts.desc_after_loose(after)

    def _spelled_out_before(self, acronym: str, start: int) -> bool:
        """A lower-case spelling earlier in the digest: "respiratory syncytial virus" → RSV,
        "independent power producers" → IPPs (a plural's "s" is no initial)."""
        letters = acronym.replace(".", "")
        if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
            letters = letters[:-1]
        if not 2 <= len(letters) <= 6 or not letters.isalpha():
            return False
        parts = [rf"{regexstore.escape(c)}[\p{{L}}\p{{M}}]*" for c in letters.lower()]
        pattern = r"(?<![\p{L}\p{M}])" + r"[ \t\-]+(?:(?:of|and|for|the)[ \t]+)?".join(parts)
        compiled = regexstore.compile(pattern, regexstore.IGNORECASE, dynamic=True)
        # each word a content word: "in the refugee camps" does not spell out IRC
        return any(
            _SPELLING_STOP.isdisjoint(_SPELLING_WORDS.split(m.group().casefold()))
            for m in compiled.finditer(self.masked[:start], overlapped=True)
        )

    def _link(self, segs: list[_Seg]) -> EntityAnalysis:
        lists = self.lists
        text = self.doc.text
        alias: dict[str, int] = {}
        # the last word of an organisation's name, which names it only after "the"
        the_alias: dict[str, int] = {}
        intro_of: list[str] = []  # per entity: the mention text that introduced it
        surfaces: list[dict[str, None]] = []
        members: list[list[int]] = []
        mentions: list[Mention] = []
        demonyms = lists.demonyms if "demonym" in self.aliases else {}
        for i, seg in enumerate(segs):
            toks = seg.toks
            start, end = toks[0].start, toks[-1].end
            surface = text[start:end]
            if len(toks) == 1:
                key = toks[0].low
                words = [key]
                bare = surface.replace(".", "")
                acronym = _is_acronym(bare)
            else:
                words = [t.low for t in toks]
                parts = [words[0]]  # the first token's gap belongs to no name
                for t in toks[1:]:
                    if t.gap:
                        parts.append(t.gap)
                    parts.append(t.low)
                key = " ".join(parts)
                acronym = False
            # an acronym is not the word its letters spell: "DANE" (Colombia's statistics
            # agency) is no Dane, "CAT" no cat
            spelled = acronym and len(surface) > 2 and key not in lists.known
            known = not spelled and self._known(key)
            country = None if spelled else demonyms.get(key)
            eid = alias.get(key)
            if i and self._renamed_in_parens(segs[i - 1], seg):
                eid = mentions[-1].entity
            if eid is None and country is not None:
                eid = alias.get(country)
            if eid is None and key in the_alias:
                owner = the_alias[key]
                if text[max(0, start - 4) : start] in _THE or any(
                    # the whole name, its first word read as an ordinary one that opens
                    # the sentence ("Regional Council disclosed …")
                    text.endswith(name, 0, end)
                    for name in surfaces[owner]
                ):
                    eid = owner
            if eid is None:
                eid = len(intro_of)
                intro_of.append("")
                surfaces.append({})
                members.append([])
            if len(words) > 1:
                reason = "full name"
                if (
                    not intro_of[eid]  # the first mention decides
                    and words[-1] in self.pat.org_ends
                    and not any(t.gap for t in toks[1:])
                ):
                    # an organisation's name alone says nothing of what it is: "the dairy
                    # firm Kōwhai Nutrition" does, "Kōwhai Nutrition" does not
                    reason = self._context_intro(seg, start, end, acronym) or ORG_NAME_ONLY
                elif (
                    not intro_of[eid]
                    and _SELF_DESCRIBING.isdisjoint(words)
                    and all(t.gap in _NAME_PARTICLES for t in toks[1:])
                    and not _has_digit(key)
                ):
                    # "Bang Kradi", "Tana Green": a name alone, which the cited sources
                    # decide where they have text (a person's full name among them)
                    reason = self._context_intro(seg, start, end, acronym) or FULL_NAME_ONLY
            elif intro_of[eid]:
                reason = ""  # already introduced: the context need not be read again
            else:
                reason = self._context_intro(seg, start, end, acronym)
            if not reason and intro_of[eid]:
                first = intro_of[eid]
                reason = f"alias of '{first}'" if norm(first) != key else "introduced earlier"
            if reason and not intro_of[eid]:
                intro_of[eid] = surface
            surfaces[eid].setdefault(surface, None)
            if country is not None and country in lists.country_names:
                surfaces[eid].setdefault(lists.country_names[country], None)
            members[eid].append(len(mentions))
            mentions.append(
                Mention(
                    start, end, surface, key, seg.paragraph, len(words), acronym, known, reason, eid
                )
            )
            self._register(alias, the_alias, intro_of, eid, key, words, seg, country, surfaces[eid])
        entities = tuple(
            Entity(i, mentions[members[i][0]].text, tuple(surfaces[i]), tuple(members[i]))
            for i in range(len(intro_of))
        )
        return EntityAnalysis(tuple(mentions), entities)

    def _renamed_in_parens(self, prev: _Seg, seg: _Seg) -> bool:
        """Whether ``seg`` opens brackets right after the name of a body ``prev`` and they
        hold a name of two words or more and nothing else: the body's name in another
        language ("the Land Office (Katasteramt Nord)"), one entity with it as an acronym
        there would be. (After a person's name they hold an affiliation, "Ana Lima (Acme
        Bank)"; and one word is as often a party or a place: "Okafor (Labour)".)"""
        masked = self.masked
        gap = masked[max(prev.poss_end, prev.suffix_end, prev.toks[-1].end) : seg.toks[0].start]
        if gap.strip(" \t") != "(":
            return False  # most names follow no other in brackets
        org_ends = self.pat.org_ends
        return (
            any(t.low in org_ends for t in prev.toks)
            and _BRACKETED_NAME.match(masked, seg.toks[0].start) is not None
        )

    def _register(
        self,
        alias: dict[str, int],
        the_alias: dict[str, int],
        intro_of: list[str],
        eid: int,
        key: str,
        words: list[str],
        seg: _Seg,
        country: str | None,
        surf: dict[str, None],
    ) -> None:
        keys = [key]
        kinds = self.aliases
        if len(words) > 1:
            parts = key.split()
            of = parts.index("of") if "of" in parts else -1
            if "surname" in kinds:
                if words[-1] in self.pat.org_ends:
                    # an organisation's last word says what it is: "the Commission" is the
                    # European Commission, but "Energy" in "Oil and Energy Minister" is not
                    # Cayor Energy
                    the_alias.setdefault(words[-1], eid)
                else:
                    keys.append(words[-1])
                if of >= 2:
                    # "Leandro Ferraro of Pampa Granos": a person of an organisation is
                    # "Ferraro" later (and "Bank of America" is still its own name)
                    keys.extend([" ".join(parts[:of]), parts[of - 1]])
            if "first-word" in kinds:
                keys.append(words[0])
            if "acronym" in kinds:
                initials = "".join([w[0] for w in words if w[:1].isalpha()])
                keys.append(initials)
                if len(initials) == 2:
                    # the other language's order: "Democratic Alliance" is the AD
                    # (Aliança Democrática)
                    keys.append(initials[::-1])
                if of >= 0:  # "Bank of Thailand" is the BoT
                    keys.append("".join([w[0] for w in parts if w[:1].isalpha()]))
        if "acronym" in kinds:
            # an acronym the digest gives for the name, whatever its letters: "Alliance des
            # enseignants du Québec (AEQ)" (a run the lower-case words split), "Brazil's
            # National Institute for Space Research, INPE, counted"
            after_end = max(seg.poss_end, seg.suffix_end, seg.toks[-1].end)
            window = self.masked[after_end : after_end + 24]
            # most names are followed by a space and a word: no regex for them
            m = (
                (
                    _PAREN_ACRONYM.match(window)
                    or (_COMMA_ACRONYM.match(window) if len(words) > 1 else None)
                )
                if "(" in window[:4] or window[:1] == ","
                else None
            )
            if m:
                keys.append(norm(m.group(1)))
                surf.setdefault(m.group(1), None)
        for w in words[-1:]:
            if "-" in w and w.split("-", 1)[0] in ("al", "el", "bin", "ibn", "abu", "ben"):
                keys.append(w.split("-", 1)[1])
        if country is not None:
            keys.append(country)
        for k in keys:
            old = alias.get(k)
            # an introduced entity takes over a spelling held by one never introduced
            if old is None or (not intro_of[old] and intro_of[eid]):
                alias[k] = eid
