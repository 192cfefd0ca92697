"""Well-formed citation markers: ``[38c5ecf8]``, ``[a, b]``, ``[a; b]``, ``[a][b]``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from seedlint import regexstore
from seedlint.config import DEFAULT_ID_PATTERN as DEFAULT_ID_PATTERN  # re-exported
from seedlint.errors import SeedlintError

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
        return f"citation-pattern '{id_pattern}' matches the empty string"
    if regexstore.matches_only_empty(id_pattern):
        return (
            f"citation-pattern '{id_pattern}' can only match the empty string, so no "
            "citation would ever be seen"
        )
    return None


# A user's citation-pattern runs with a time limit, like a user's rule regex: a
# catastrophic one ("(a|aa)+") must stop with a message, not hang the run.
PATTERN_TIMEOUT = 2.0


def find_citations(masked: str, id_pattern: str = DEFAULT_ID_PATTERN) -> list[Citation]:
    group, one = _patterns(id_pattern)
    limit = None if id_pattern == DEFAULT_ID_PATTERN else PATTERN_TIMEOUT
    out: list[Citation] = []
    try:
        for m in group.finditer(masked, timeout=limit):
            ids = tuple(
                CitedId(im.group(), im.start(), im.end())
                for im in one.finditer(masked, m.start() + 1, m.end() - 1, timeout=limit)
            )
            out.append(Citation(m.start(), m.end(), ids))
    except TimeoutError:
        raise SeedlintError(
            f"citation-pattern {id_pattern!r} took longer than {PATTERN_TIMEOUT:g}s on this "
            "digest; simplify it (no nested or overlapping repeats)"
        ) from None
    return out
