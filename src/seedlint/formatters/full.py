"""``full``: the text line, then the source line with a caret under the flagged span."""

from __future__ import annotations

import unicodedata
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
        shown, cols = _on_screen(text)
        start, stop = cols[min(d.column - 1, len(text))], cols[min(end_col - 1, len(text))]
        gutter = str(d.line)
        out.append(f"  {gutter} | {shown}")
        out.append(f"  {' ' * len(gutter)} | {' ' * start}{'^' * max(1, stop - start)}")
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


TAB = 8


def _on_screen(text: str) -> tuple[str, list[int]]:
    """``text`` as a terminal shows it (tabs expanded), and the screen column at which
    each code point starts (one more entry for the end): wide East Asian characters and
    most emoji take two columns, combining marks and format characters none. Columns are
    code points in the finding's own line and column; the caret goes by the screen."""
    shown: list[str] = []
    cols = [0]
    col = 0
    prev = ""
    for ch in text:
        if ch == "\t":
            step = TAB - col % TAB
            shown.append(" " * step)
        else:
            shown.append(ch)
            if (
                prev == "\u200d"  # joined to the emoji before it: "👨‍👩‍👧" is one picture
                or "\U0001f3fb" <= ch <= "\U0001f3ff"  # a skin tone modifies the one before
                or unicodedata.combining(ch)
                or unicodedata.category(ch) in ("Mn", "Me", "Cf")
            ):
                step = 0
            elif unicodedata.east_asian_width(ch) in ("W", "F"):
                step = 2
            else:
                step = 1
        col += step
        cols.append(col)
        prev = ch
    return "".join(shown), cols
