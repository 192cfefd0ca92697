"""``full``: the text line, then the source line with a caret under the flagged span."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seedlint.formatters._common import printable
from seedlint.formatters.text import line, summary

if TYPE_CHECKING:
    from seedlint.formatters import FormatOptions
    from seedlint.runner import Report


def render(report: Report, options: FormatOptions) -> str:
    out: list[str] = []
    for d in report.diagnostics:
        out.append(line(d))
        src = options.texts.get(d.path)
        if src is None:
            continue
        lines = src.split("\n")
        if d.line - 1 >= len(lines):
            continue
        text = lines[d.line - 1].rstrip("\r")
        end_col = d.end_column if d.end_line == d.line else len(text) + 1
        width = max(1, end_col - d.column)
        gutter = str(d.line)
        out.append(f"  {gutter} | {text}")
        out.append(f"  {' ' * len(gutter)} | {' ' * (d.column - 1)}{'^' * width}")
        for r in d.related:
            out.append(
                f"  {' ' * len(gutter)} = see line {r.line}, column {r.column}"
                + (f": {r.message}" if r.message else "")
            )
        if d.fix is not None:
            out.append(f"  {' ' * len(gutter)} = fix: {d.fix.description}")
        out.append("")
    if not options.quiet:
        out.extend(summary(report))
    return printable("\n".join(out) + ("\n" if out else ""))
