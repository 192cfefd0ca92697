"""``github``: GitHub Actions workflow commands that annotate the changed files of a PR."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seedlint.diagnostics import Diagnostic, Severity
from seedlint.formatters._common import printable

if TYPE_CHECKING:
    from seedlint.formatters import FormatOptions
    from seedlint.runner import Report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """The message after ``::``: ``%``, CR and LF are percent-encoded, and so are other
    control characters (an escape sequence would reach the log's terminal); GitHub decodes
    only the first three, so the others show as written, ``%1B``."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if value.isprintable():
        return value
    return "".join(f"%{ord(c):02X}" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in value)


def escape_property(value: str) -> str:
    """A ``key=value`` property: as data, plus ``:`` and ``,`` which delimit properties."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, **props: object) -> str:
    """One workflow command; a file name that is not UTF-8 shows U+FFFD for each bad byte
    (GitHub reads the log as UTF-8)."""
    message = printable(message)
    fields = ",".join(
        f"{k}={escape_property(printable(str(v)))}" for k, v in props.items() if v is not None
    )
    return (
        f"::{command} {fields}::{escape_data(message)}"
        if fields
        else f"::{command}::{escape_data(message)}"
    )


def line(d: Diagnostic) -> str:
    return annotation(
        COMMANDS[d.severity],
        f"{d.message} ({d.rule})",
        file=d.path,
        line=d.line,
        col=d.column,
        endLine=d.end_line,
        endColumn=d.end_column,
        title=d.code,
    )


def render(report: Report, options: FormatOptions) -> str:
    out = [line(d) for d in report.diagnostics]
    for err in report.errors:
        out.append(annotation("error", err.message, file=err.path, line=err.line, title="seedlint"))
    return "\n".join(out) + ("\n" if out else "")
