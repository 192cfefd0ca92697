"""Helpers shared by the machine-readable formatters."""

from __future__ import annotations

from seedlint.diagnostics import Severity


def first_sentence(description: str, limit: int = 120) -> str:
    """The rule description's opening sentence, without its "What it does:" lead-in."""
    text = " ".join(description.split())
    if text.lower().startswith("what it does:"):
        text = text[len("what it does:") :].strip()
    cut = text.find(". ")
    text = text if cut < 0 else text[: cut + 1]
    return text if len(text) <= limit else text[: limit - 3] + "..."


def fails(severity: Severity, fail_on: str) -> bool:
    """Whether a finding of ``severity`` makes the run fail under ``--fail-on fail_on``."""
    if fail_on == "never":
        return False
    try:
        return severity >= Severity.parse(fail_on)
    except ValueError:
        return severity >= Severity.WARNING
