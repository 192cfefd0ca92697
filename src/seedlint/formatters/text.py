"""``text``: one line a finding, ``path:line:col: CODE [severity] message (rule-name)``."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from seedlint.diagnostics import Diagnostic, Severity
from seedlint.errors import shown_path
from seedlint.formatters._common import printable

if TYPE_CHECKING:
    from seedlint.formatters import FormatOptions
    from seedlint.runner import Report


def line(d: Diagnostic) -> str:
    return printable(
        f"{shown_path(d.path)}:{d.line}:{d.column}: {d.code} [{d.severity}] {d.message} ({d.rule})"
    )


def summary(report: Report) -> list[str]:
    out: list[str] = []
    tally = report.tally()
    n = tally.count
    if n:
        by = {s: tally.by_severity.get(s, 0) for s in Severity}
        parts = [
            f"{by[s]} {s}" + ("s" if by[s] != 1 and s != Severity.INFO else "")
            for s in reversed(Severity)
            if by[s]
        ]
        files = tally.files
        out.append(
            f"Found {n} problem{'s' if n != 1 else ''} ({', '.join(parts)}) in {files} "
            f"of {len(report.files)} file{'s' if len(report.files) != 1 else ''}."
        )
    elif report.files and report.errors:  # not "all clear" when something was not checked
        e = len(report.errors)
        out.append(
            f"No problems found in {len(report.files)} file{'s' if len(report.files) != 1 else ''}"
            f", but {e} error{'s' if e != 1 else ''} (on standard error)."
        )
    elif report.files:
        out.append(
            f"All clear: {len(report.files)} file{'s' if len(report.files) != 1 else ''} checked."
        )
    elif report.excluded and not report.errors:
        x = len(report.excluded)
        noun = "path" if any(os.path.isdir(p) for p in report.excluded) else "file"
        out.append(
            f"Nothing checked: the {noun if x == 1 else f'{x} {noun}s'} named "
            f"{'is' if x == 1 else 'are'} left out by the config's 'exclude'."
        )
    missing = len(report.files_without_sources)
    if missing:
        out.append(
            f"Note: {missing} file{'s' if missing != 1 else ''} had no sources "
            "(no --sources, sidecar or config 'sources'); unknown-source and source-based "
            "checks were skipped for " + ("it." if missing == 1 else "them.")
        )
    if tally.fixable:
        out.append(f"{tally.fixable} fixable with --fix.")
    return out


def render(report: Report, options: FormatOptions) -> str:
    out = [line(d) for d in report.diagnostics]
    if not options.quiet:
        out.extend(summary(report))
    return printable("\n".join(out) + ("\n" if out else ""))
