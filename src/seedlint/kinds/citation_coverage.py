"""``citation-coverage``: prose that cites no source."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint import regexstore
from seedlint.document import Document
from seedlint.kinds import CheckContext, Finding, Kind, Option, register_kind

_WORD = regexstore.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


@register_kind
class CitationCoverage(Kind):
    name = "citation-coverage"
    summary = "a paragraph (or sentence) with no citation"
    options = {
        "granularity": Option(str, "paragraph", choices=("paragraph", "sentence")),
        "min-words": Option(
            int,
            8,
            help="shorter units (headings, datelines, sign-offs) need no citation",
            minimum=0,
        ),
    }
    fields = frozenset({"unit", "words"})

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        min_words: int = self.opts["min-words"]
        cites = doc.citations
        if self.opts["granularity"] == "paragraph":
            units = [(p.start, p.end, bool(p.citations)) for p in doc.prose]
        else:
            units = [
                (s.start, s.end, any(s.start <= c.start < s.end for c in cites))
                for s in doc.sentences
            ]
        unit = self.opts["granularity"]
        masked = doc.masked
        for start, end, cited in units:
            if cited:
                continue
            words = sum(1 for _ in _WORD.finditer(masked, start, end))
            if words < min_words:
                continue
            yield Finding(start, end, {"unit": unit, "words": words})
