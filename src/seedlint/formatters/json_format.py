"""``json``: one JSON array of finding objects (the schema is in the README)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from seedlint.formatters._common import printable

if TYPE_CHECKING:
    from seedlint.formatters import FormatOptions
    from seedlint.runner import Report


def render(report: Report, options: FormatOptions) -> str:
    # A file name that is not UTF-8 shows U+FFFD for each bad byte: valid UTF-8 JSON.
    text = json.dumps([d.to_dict() for d in report.diagnostics], ensure_ascii=False, indent=2)
    return printable(text) + "\n"
