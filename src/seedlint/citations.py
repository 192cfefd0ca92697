"""Well-formed citation markers: ``[38c5ecf8]``, ``[a, b]``, ``[a; b]``, ``[a][b]``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from seedlint import regexstore
from seedlint.config import DEFAULT_ID_PATTERN as DEFAULT_ID_PATTERN  # re-exported

if TYPE_CHECKING:
    import regex


class CitedId(NamedTuple):
    """One cited source ID and its exact span (the ID alone, without brackets)."""

    id: str
    start: int
    end: int


class Citation(NamedTuple):
    """One bracketed marker, which may cite several IDs."""

    start: int
    end: int
    ids: tuple[CitedId, ...]


@lru_cache(maxsize=8)
def _patterns(id_pattern: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    ident = f"(?:{id_pattern})"
    group = regexstore.compile(rf"\[{ident}(?:[,;][ ]?{ident})*\]")
    one = regexstore.compile(ident)
    return group, one


def validate_id_pattern(id_pattern: str) -> str | None:
    """An error message when ``id_pattern`` is unusable, else ``None``."""
    try:
        regexstore.compile(id_pattern)
    except regexstore.PatternError as exc:
        return f"invalid citation-pattern {id_pattern!r}: {exc}"
    if regexstore.compile(id_pattern).match(""):
        return f"citation-pattern {id_pattern!r} matches the empty string"
    return None


def find_citations(masked: str, id_pattern: str = DEFAULT_ID_PATTERN) -> list[Citation]:
    group, one = _patterns(id_pattern)
    out: list[Citation] = []
    for m in group.finditer(masked):
        ids = tuple(
            CitedId(im.group(), im.start(), im.end())
            for im in one.finditer(masked, m.start() + 1, m.end() - 1)
        )
        out.append(Citation(m.start(), m.end(), ids))
    return out
