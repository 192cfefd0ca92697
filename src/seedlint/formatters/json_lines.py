"""``json-lines``: one finding a line, each the same object as in ``json``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from seedlint.formatters._common import printable

if TYPE_CHECKING:
    from seedlint.diagnostics import Diagnostic
    from seedlint.formatters import FormatOptions
    from seedlint.runner import Report


def _dump(obj: object) -> str:
    # U+2028/U+2029 are valid raw in JSON but split lines for str.splitlines() readers.
    # A file name that is not UTF-8 shows U+FFFD for each bad byte, as in ``json``.
    text = printable(json.dumps(obj, ensure_ascii=False))
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def line(d: Diagnostic) -> str:
    return _dump(d.to_dict())


def render(report: Report, options: FormatOptions) -> str:
    return "".join(line(d) + "\n" for d in report.diagnostics)
