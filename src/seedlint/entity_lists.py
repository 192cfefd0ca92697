"""The word lists of entity extraction: reading the list files of ``rules/lists/`` (and a
user's extra files and entries), normalising them into :class:`WordLists` (kept in the
memo), and :func:`norm`, the comparison key of a name, with its cached variants.

Separate from :mod:`seedlint.entities` because the lists are data with a life of their
own (a rule's options choose and extend them, the memo keeps them): loading them knows
nothing of how a digest is read. Imports flow one way: here →
:mod:`~seedlint.entity_patterns` → :mod:`~seedlint.entity_records` →
:mod:`~seedlint.entities`."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from seedlint import memo

LIST_NAMES: tuple[str, ...] = (
    "sentence-words",
    "calendar",
    "connectors",
    "titles",
    "descriptors",
    "org-words",
    "corporate-suffixes",
    "known-entities",
    "demonyms",
    "agent-verbs",
    "noun-suffixes",
    "adjective-suffixes",
    "past-verbs",
    "common-words",
)


def lists_dir() -> Path:
    from seedlint.rules import default_rules_dir  # late: rules imports the kinds registry

    return default_rules_dir() / "lists"


def norm(text: str) -> str:
    """The comparison key of a name: case-folded, curly apostrophes and dots removed."""
    return " ".join(text.casefold().replace("’", "'").replace(".", "").split())


# The same few hundred tokens ("The", "According", a digest's recurring names) and gaps
# (" ", " of ") come back in every digest: normalise each spelling once.
@lru_cache(maxsize=16384)
def _token_key(token: str) -> str:
    return norm(token)


@lru_cache(maxsize=4096)
def _unaccented(key: str) -> str:
    """``key`` without its accents (combining marks): "kraków" → "krakow"."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))


@lru_cache(maxsize=1024)
def _gap_key(gap: str) -> str:
    """The connector words between two tokens of a run, normalised ("" for plain space)."""
    return norm(gap.replace("&", " & "))


class WordLists(NamedTuple):
    """The loaded lists, shared through :func:`load_lists`'s cache; compared and hashed by
    identity (the dicts inside are not hashable, and one load is one set of lists)."""

    sentence_words: frozenset[str]
    calendar: frozenset[str]
    connectors: frozenset[str]
    titles: frozenset[tuple[str, ...]]
    descriptors: frozenset[str]
    org_words: frozenset[str]
    corporate_suffixes: frozenset[str]
    known: frozenset[str]
    agent_verbs: frozenset[str]
    noun_suffixes: tuple[str, ...]
    adjective_suffixes: tuple[str, ...]
    past_verbs: frozenset[str]
    demonyms: Mapping[str, str]  # demonym key → country key
    country_names: Mapping[str, str]  # country key → how the list spells it
    # ordinary words, for a lone capitalised sentence opener: "\nword\n…\n", one string
    # rather than a set of ~8,000, which a one-file run reads from the memo ~1 ms faster
    # for the few words it looks up (see _plain_word)
    common_words: str

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)


def _read_list(path: Path) -> str:
    from seedlint.errors import SeedlintError
    from seedlint.readfile import read_text

    try:
        return read_text(path, "word list")  # a size limit, and only a regular file
    except SeedlintError as exc:
        raise ValueError(str(exc)) from None


def _entries(raw: str) -> list[str]:
    out: list[str] = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


def _list_name(path: Path) -> str:
    stem = path.name.split(".", 1)[0]
    for name in sorted(LIST_NAMES, key=len, reverse=True):
        if stem == name or stem.startswith(name + "-") or stem.startswith(name + "_"):
            return name
    raise ValueError(
        f"word list file {str(path)!r}: its name must start with one of {', '.join(LIST_NAMES)}"
    )


@lru_cache(maxsize=32)
def load_lists(
    use: tuple[str, ...] = LIST_NAMES,
    extra_files: tuple[str, ...] = (),
    known_extra: tuple[str, ...] = (),
    ordinary_extra: tuple[str, ...] = (),
) -> WordLists:
    """The built-in lists named in ``use``, plus user files (each file's name says which
    list it extends, e.g. ``known-entities.local.txt``) and single extra entries."""
    unknown = sorted(set(use) - set(LIST_NAMES))
    if unknown:
        raise ValueError(
            f"unknown word list(s) {', '.join(unknown)} (known: {', '.join(LIST_NAMES)})"
        )
    texts: list[tuple[str, str]] = []  # (list name, file text)
    base = lists_dir()
    for name in use:
        for suffix in (".txt", ".tsv"):
            path = base / (name + suffix)
            if path.is_file():
                texts.append((name, _read_list(path)))
    for file in extra_files:
        path = Path(file)
        texts.append((_list_name(path), _read_list(path)))
    # Normalising ~2,400 entries takes longer than reading them: keep the result, keyed by
    # the files' text (parsing them into entries first would cost a one-file run ~1 ms).
    key = None
    if memo.enabled():
        # the texts as parts of the key, not repr()'d: repr of ~150 KB of lists costs more
        # than the rest of a stored load
        key = memo.digest(
            "word-lists",
            *(part for name, text in texts for part in (name, text)),
            repr((known_extra, ordinary_extra)),
        )
    stored = memo.get(key) if key is not None else None
    if isinstance(stored, tuple):
        try:
            return WordLists(*stored)
        except TypeError:
            pass  # a damaged entry: build afresh
    raw: dict[str, list[str]] = {name: [] for name in LIST_NAMES}
    for name, text in texts:
        raw[name] += _entries(text)
    raw["known-entities"] += known_extra
    raw["sentence-words"] += ordinary_extra
    lists = _build_lists(raw)
    if key is not None:
        memo.put(key, tuple(lists))
    return lists


def _with_plurals(words: Iterable[str]) -> list[str]:
    """Each descriptor and, for one word, its plural: "the counties of Turkana, Marsabit
    and Mandera" introduces them as "the county of Turkana" would."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if w and " " not in w and w[-1].isalpha():
            if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
                out.append(w[:-1] + "ies")
            elif w.endswith(("s", "x", "ch", "sh")):
                out.append(w + "es")
            else:
                out.append(w + "s")
    return out


def _build_lists(raw: dict[str, list[str]]) -> WordLists:
    demonyms: dict[str, str] = {}
    countries: dict[str, str] = {}
    for line in raw["demonyms"]:
        country, sep, rest = line.partition("\t")
        if not sep:
            raise ValueError(f"demonyms: a line must be 'Country<TAB>demonym, …': {line!r}")
        ckey = norm(country)
        countries[ckey] = country.strip()
        for d in rest.split(","):
            if d.strip():
                demonyms[norm(d)] = ckey
    return WordLists(
        sentence_words=frozenset(norm(w) for w in raw["sentence-words"]),
        calendar=frozenset(norm(w) for w in raw["calendar"]),
        connectors=frozenset(w.strip() for w in raw["connectors"]),
        titles=frozenset(tuple(norm(t).split()) for t in raw["titles"]),
        descriptors=frozenset(_with_plurals(norm(w) for w in raw["descriptors"])),
        org_words=frozenset(norm(w) for w in raw["org-words"]),
        corporate_suffixes=frozenset(norm(w) for w in raw["corporate-suffixes"]),
        # "Krakow" and "Sao Paulo" are the listed "Kraków" and "São Paulo" without accents
        known=frozenset(k for w in raw["known-entities"] for k in (norm(w), _unaccented(norm(w)))),
        agent_verbs=frozenset(norm(w) for w in raw["agent-verbs"]),
        noun_suffixes=tuple(sorted({norm(w).lstrip("-") for w in raw["noun-suffixes"]})),
        adjective_suffixes=tuple(sorted({norm(w).lstrip("-") for w in raw["adjective-suffixes"]})),
        past_verbs=frozenset(norm(w) for w in raw["past-verbs"]),
        demonyms=demonyms,
        country_names=countries,
        common_words="\n" + "\n".join(sorted({norm(w) for w in raw["common-words"]})) + "\n",
    )
