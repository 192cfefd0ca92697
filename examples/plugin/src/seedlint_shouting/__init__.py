"""A third-party seedlint rule kind, registered through the ``seedlint.kinds`` entry point."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.document import Document
from seedlint.kinds import CheckContext, Finding, Kind, Option

_CAPS = re.compile(r"\b[A-Z]{%d,}\b")


class Shouting(Kind):
    name = "shouting"
    options = {"min-length": Option(int, 5, help="shortest all-capitals word to report")}
    fields = frozenset({"word"})

    def setup(self) -> None:
        self.pattern = re.compile(_CAPS.pattern % self.opts["min-length"])

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for m in self.pattern.finditer(doc.masked):
            yield Finding(m.start(), m.end(), {"word": m.group()})
