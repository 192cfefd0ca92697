"""``citation-known``: cited IDs that the source registry does not list."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.kinds import CheckContext, Finding, Kind, register_kind


def _distance(a: str, b: str) -> int:
    """Characters changed (same length), or 1 for one character dropped or added (an ID
    copied one digit short); anything else counts as far."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True))
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) == 1:
        i = next(
            (i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short)
        )
        if short[i:] == long_[i + 1 :]:
            return 1
    return max(len(a), len(b))


@register_kind
class CitationKnown(Kind):
    name = "citation-known"
    summary = "a cited ID that is not among the known sources"
    fields = frozenset({"id", "registry", "hint"})
    needs_sources = True

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        reg = ctx.sources
        if reg is None:
            return  # no registry: nothing to check against (the report says so once)
        for c in doc.citations:
            for ci in c.ids:
                if ci.id in reg:
                    continue
                hint = ""
                best = min((_distance(ci.id, k) for k in reg), default=99)
                near = [k for k in reg if _distance(ci.id, k) == best]
                if best <= 2 and len(near) == 1:
                    hint = f"; did you mean {near[0]}?"
                yield Finding(
                    ci.start,
                    ci.end,
                    {"id": ci.id, "registry": reg.origin or "<sources>", "hint": hint},
                )
