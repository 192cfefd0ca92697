"""``entity-grounding``: a name that the digest never introduces, that no cited source
contains and that no known-entities list vouches for."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from seedlint import regexstore
from seedlint.document import Document
from seedlint.entities import ALIAS_KINDS, extractor_for
from seedlint.entity_lists import LIST_NAMES, WordLists, load_lists
from seedlint.entity_records import FULL_NAME_ONLY, ORG_NAME_ONLY, EntityAnalysis, Mention
from seedlint.kinds import CheckContext, Finding, Kind, Option, register_kind

if TYPE_CHECKING:
    import regex


def _stamped(path: str) -> tuple[str, int, int]:
    st = Path(path).stat()
    return path, st.st_mtime_ns, st.st_size


@lru_cache(maxsize=32)
def _lists(
    use: tuple[str, ...],
    files: tuple[tuple[str, int, int], ...],
    known: tuple[str, ...],
    ordinary: tuple[str, ...],
) -> WordLists:
    """:func:`load_lists`, kept while the list files are unchanged: a long-lived process
    (the language server, a library caller) sees a list file's edits on its next run."""
    return load_lists.__wrapped__(use, tuple(f for f, _, _ in files), known, ordinary)


CHECKS = ("introduced", "sources", "known")
NO_TEXT = "; no source text available to check"
_ABSENT = " and is absent from the cited"


@register_kind
class EntityGrounding(Kind):
    name = "entity-grounding"
    summary = "a name that is neither introduced, nor in a cited source, nor widely known"
    options = {
        "grounding": Option(
            list,
            list(CHECKS),
            items=str,
            help="which checks ground a mention: " + ", ".join(CHECKS),
        ),
        "source-scope": Option(
            str,
            "paragraph",
            choices=("paragraph", "digest"),
            help="search the sources cited by the mention's paragraph, or by the whole digest",
        ),
        "min-length": Option(int, 2, help="names with fewer letters are ignored"),
        "lists": Option(
            list, list(LIST_NAMES), items=str, help="built-in word lists to use (rules/lists)"
        ),
        "list-files": Option(
            list,
            [],
            items=str,
            help="extra word-list files; a file's name starts with the list it extends "
            "(e.g. known-entities.local.txt)",
        ),
        "known-entities": Option(list, [], items=str, help="more names that need no introduction"),
        "ordinary-words": Option(
            list, [], items=str, help="more words that are ordinary when they start a sentence"
        ),
        "bare-surname-introduces": Option(
            bool,
            False,
            help="a one-word name (not an acronym) counts as introduced at its first mention",
        ),
        "aliases": Option(
            list,
            list(ALIAS_KINDS),
            items=str,
            help="how far aliases reach: " + ", ".join(ALIAS_KINDS),
        ),
    }
    fields = frozenset({"entity", "checked", "sources", "status"})

    def setup(self) -> None:
        checks: list[str] = self.opts["grounding"]
        _subset("grounding", checks, CHECKS)
        if not checks:
            raise ValueError("option 'grounding' must name at least one check")
        _subset("lists", self.opts["lists"], LIST_NAMES)
        _subset("aliases", self.opts["aliases"], ALIAS_KINDS)
        if self.opts["min-length"] < 1:
            raise ValueError("option 'min-length' must be at least 1")
        for f in self.opts["list-files"]:
            if not Path(f).exists():
                raise ValueError(f"option 'list-files': no such file '{f}'")
            if not Path(f).is_file():  # a folder, a device, a pipe: read_text says which
                raise ValueError(f"option 'list-files': '{f}' is not a regular file")
        lists = _lists(
            tuple(self.opts["lists"]),
            tuple(_stamped(f) for f in self.opts["list-files"]),
            tuple(self.opts["known-entities"]),
            tuple(self.opts["ordinary-words"]),
        )
        self.extract = extractor_for(lists, frozenset(self.opts["aliases"]))
        self.checks = frozenset(checks)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        analysis: EntityAnalysis = doc.analysis(self.extract)
        min_len: int = self.opts["min-length"]
        bare_ok: bool = self.opts["bare-surname-introduces"]
        settled: set[int] = set()  # entities grounded or already reported
        for m in analysis.mentions:
            if m.entity in settled or not _has_letters(m.text, min_len):
                continue
            introduced = bool(m.introduced) or (bare_ok and not m.acronym)
            # an organisation named in full and nothing more: the cited sources decide,
            # where they have text
            weak = m.introduced in (ORG_NAME_ONLY, FULL_NAME_ONLY) and "sources" in self.checks
            if ("introduced" in self.checks and introduced and not weak) or (
                "known" in self.checks and m.known
            ):
                settled.add(m.entity)
                continue
            checked = NO_TEXT if "sources" in self.checks else ""
            ids: Sequence[str] = ()
            if "sources" in self.checks:
                found, checked, ids = self._in_sources(doc, ctx, m, analysis)
                if found and not introduced and not weak:
                    # grounded by its paragraph's sources alone: a later paragraph that
                    # names it again needs its own sources to name it too
                    continue
                if found or (
                    weak and "introduced" in self.checks and not checked.startswith(_ABSENT)
                ):
                    settled.add(m.entity)  # (with no text to check, its full name stands)
                    continue
            settled.add(m.entity)
            # with grounding that leaves "introduced" out, a full introduction is no excuse:
            # the message must not claim the name was never introduced
            status = "is named here" if introduced else "is not introduced in this digest"
            yield Finding(
                m.start,
                m.end,
                {"entity": m.text, "checked": checked, "sources": ", ".join(ids), "status": status},
            )

    def _in_sources(
        self, doc: Document, ctx: CheckContext, m: Mention, analysis: EntityAnalysis
    ) -> tuple[bool, str, Sequence[str]]:
        """Whether a cited source names the entity, and what the message says was checked."""
        if self.opts["source-scope"] == "digest":
            ids: Sequence[str] = doc.cited_ids
            where = "the digest"
        else:
            ids = doc.paragraphs[m.paragraph].cited_ids
            where = "its paragraph"
        if not ids:
            return False, f" and {where} cites no source to check", ids
        if ctx.sources is None:
            return False, NO_TEXT, ids
        checked: list[str] = []
        names = analysis.entities[m.entity].surfaces
        for sid in ids:
            text = ctx.sources.text_of(sid)
            if not text:
                continue
            checked.append(sid)
            hay = _haystack(ctx.sources[sid].title, text)
            if any(_names(hay, name) for name in names):
                return True, "", ids
        if not checked:
            return False, NO_TEXT, ids
        noun = "source" if len(checked) == 1 else "sources"
        return False, f"{_ABSENT} {noun} {', '.join(checked)}", checked


def _subset(option: str, values: list[str], allowed: tuple[str, ...]) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ValueError(
            f"option {option!r}: unknown value(s) {', '.join(map(repr, bad))} "
            f"(allowed: {', '.join(allowed)})"
        )


def _has_letters(text: str, n: int) -> bool:
    """Whether ``text`` has at least ``n`` letters (counting stops at the n-th)."""
    if n <= 0:
        return True
    for c in text:
        if c.isalpha():
            n -= 1
            if not n:
                return True
    return False


# A digest cites the same few sources for many names, and the same names recur from
# digest to digest: each source text is prepared, and each name compiled, once.
@lru_cache(maxsize=64)
@lru_cache(maxsize=256)
def _haystack(title: str | None, text: str) -> tuple[str, str | None]:
    """What a source's names are searched in: its title and text, straight apostrophes;
    and the same in lower case for :func:`_names` (None where a letter that case
    folding makes ASCII, the Kelvin sign or a long s, would defeat a plain search)."""
    haystack = f"{title}\n{text}" if title else text
    haystack = haystack.replace("’", "'")
    odd = "\u212a" in haystack or "\u017f" in haystack or "\u0130" in haystack
    return haystack, None if odd else haystack.lower()


def _names(hay: tuple[str, str | None], name: str) -> bool:
    """Does a source (its :func:`_haystack`) name ``name``, as whole words, ignoring case?
    An ASCII name is looked for in the lower-cased text with plain searches (compiling a
    pattern for each name cost more than the rest of the rule); any other, by pattern."""
    haystack, folded = hay
    if folded is None or not name.isascii():
        return _name_pattern(name).search(haystack) is not None
    needle = name.replace("’", "'").lower()
    if not needle:
        return _name_pattern(name).search(haystack) is not None
    i = folded.find(needle)
    while i >= 0:
        j = i + len(needle)
        if (i == 0 or not _wordish(folded[i - 1])) and (
            j == len(folded) or not _wordish(folded[j])
        ):
            return True
        i = folded.find(needle, i + 1)
    return False


def _wordish(c: str) -> bool:
    """A letter, a digit or a mark (what ``[\\p{L}\\p{M}\\p{N}]`` matches)."""
    return c.isalpha() or c.isnumeric() or unicodedata.category(c)[0] == "M"


@lru_cache(maxsize=2048)
def _name_pattern(name: str) -> regex.Pattern[str]:
    """``name`` as whole words, ignoring case, its apostrophes straightened."""
    pattern = (
        r"(?<![\p{L}\p{M}\p{N}])"
        + regexstore.escape(name.replace("’", "'"))
        + r"(?![\p{L}\p{M}\p{N}])"
    )
    return regexstore.compile(pattern, regexstore.IGNORECASE, dynamic=True)
