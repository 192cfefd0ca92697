"""A parsed digest: text, lines, paragraphs, sentences and citations, computed once and
shared by every rule. Kinds add their own analyses through :meth:`Document.analysis`."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any, NamedTuple, TypeVar

from seedlint import segment
from seedlint.citations import DEFAULT_ID_PATTERN, Citation, find_citations
from seedlint.errors import SeedlintError

T = TypeVar("T")


def distinct_ids(citations: Iterable[Citation]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ci.id for c in citations for ci in c.ids))


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int  # index into Document.paragraphs


class Paragraph(NamedTuple):
    index: int  # type: ignore[assignment]  # the field hides tuple.index
    start: int
    end: int
    kind: str  # "prose" or "heading"
    citations: tuple[Citation, ...]

    @property
    def cited_ids(self) -> tuple[str, ...]:
        """Distinct IDs cited in this paragraph, in order of first citation."""
        return distinct_ids(self.citations)


class Document:
    """One digest. ``text`` is the decoded file without its BOM; offsets are code points."""

    def __init__(
        self,
        text: str,
        path: str = "<text>",
        *,
        paragraph_mode: str = "auto",
        citation_pattern: str = DEFAULT_ID_PATTERN,
        had_bom: bool = False,
    ) -> None:
        self.text = text
        self.path = path
        self.paragraph_mode = paragraph_mode
        self.citation_pattern = citation_pattern
        self.had_bom = had_bom
        self._analyses: dict[Callable[[Document], Any], Any] = {}

    # -- positions -------------------------------------------------------------
    @cached_property
    def lines(self) -> list[segment.Line]:
        return segment.split_lines(self.text)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [ln.start for ln in self.lines]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        i = max(i, 0)
        return i + 1, offset - self._line_starts[i] + 1

    def line_text(self, line: int) -> str:
        ln = self.lines[line - 1]
        return self.text[ln.start : ln.end]

    # -- structure -------------------------------------------------------------
    @cached_property
    def ignored(self) -> list[tuple[int, int]]:
        """Front matter and HTML comments: never prose, never cited."""
        return segment.ignored_regions(self.text)

    @cached_property
    def masked(self) -> str:
        """``text`` with ignored regions blanked out; same length, same offsets."""
        return segment.mask(self.text, self.ignored)

    @cached_property
    def folded(self) -> str:
        """``masked``, case-folded (for substring tests that ignore case); where folding
        changes a character's length ("ß" → "ss") its offsets differ from ``text``'s."""
        return self.masked.casefold()

    @property
    def citations(self) -> list[Citation]:
        found: list[Citation] | None = self.__dict__.get("_citations")
        if found is None:
            # A citation-pattern that timed out fails every rule that reads citations:
            # with the same error, without running out the clock again for each one.
            failed = self.__dict__.get("_citations_failed")
            if failed is not None:
                raise failed
            try:
                found = find_citations(self.masked, self.citation_pattern)
            except SeedlintError as exc:
                self.__dict__["_citations_failed"] = exc
                raise
            self.__dict__["_citations"] = found
        return found

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        blocks = segment.split_blocks(self.text, self.masked, self.lines, self.paragraph_mode)
        cites = self.citations
        starts = [c.start for c in cites]
        out: list[Paragraph] = []
        for i, b in enumerate(blocks):
            lo = bisect.bisect_left(starts, b.start)
            hi = bisect.bisect_left(starts, b.end)
            out.append(Paragraph(i, b.start, b.end, b.kind, tuple(cites[lo:hi])))
        return out

    @cached_property
    def prose(self) -> list[Paragraph]:
        """Paragraphs that are prose (not headings)."""
        return [p for p in self.paragraphs if p.kind == "prose"]

    @cached_property
    def sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        for p in self.prose:
            for s, e in segment.split_sentences(self.masked, p.start, p.end):
                out.append(Sentence(s, e, p.index))
        return out

    def citations_in(self, start: int, end: int) -> list[Citation]:
        return [c for c in self.citations if start <= c.start < end]

    @cached_property
    def cited_ids(self) -> tuple[str, ...]:
        """Distinct IDs cited anywhere in the digest, in order of first citation."""
        return distinct_ids(self.citations)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None

    # -- shared analyses -------------------------------------------------------
    def analysis(self, compute: Callable[[Document], T]) -> T:
        """Run ``compute(self)`` once and share its result with every later caller.

        Kinds use this for expensive, shared work (entity or figure extraction), so
        that several rules of one kind, or of different kinds, parse once."""
        try:
            result: T = self._analyses[compute]
        except KeyError:
            result = self._analyses[compute] = compute(self)
        return result
