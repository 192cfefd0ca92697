"""``--statistics``: how many findings each rule produced, most first."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from seedlint.formatters.text import summary

if TYPE_CHECKING:
    from seedlint.formatters import FormatOptions
    from seedlint.runner import Report


def render(report: Report, options: FormatOptions) -> str:
    counts = Counter((d.code, d.rule, str(d.severity)) for d in report.diagnostics)
    fixable = Counter(d.code for d in report.diagnostics if d.fix is not None)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    if options.as_json:  # --statistics --format json: the same rows for a program
        import json

        data = [
            {"code": code, "rule": rule, "severity": sev, "count": n, "fixable": fixable[code]}
            for (code, rule, sev), n in rows
        ]
        return json.dumps(data, indent=2) + "\n"
    out = [
        f"{n:>6}  {code:<7} {rule:<26} {sev:<8}"
        + (f" ({fixable[code]} fixable)" if fixable[code] else "")
        for (code, rule, sev), n in rows
    ]
    if not options.quiet:
        if not report.files and report.excluded and not report.errors:
            out.extend(summary(report))  # "Nothing checked: …", as the text summary says
            return "\n".join(out) + "\n"
        with_findings = len({d.path for d in report.diagnostics})
        n = len(report.files)
        out.append(
            f"{sum(counts.values()):>6}  total in {with_findings} of {n} file{'s' if n != 1 else ''}"
        )
    return "\n".join(out) + "\n"
