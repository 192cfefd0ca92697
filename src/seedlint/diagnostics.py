"""The one finding type that flows from rules to formatters."""

from __future__ import annotations

import enum
from typing import Any, NamedTuple


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected error, warning or info)"
            ) from None

    def __str__(self) -> str:
        return self.name.lower()

    def fails(self, fail_on: str) -> bool:
        """Whether a finding of this severity fails a run under ``fail-on: fail_on``
        (``never``: none does; an unknown level counts as the default, ``warning``)."""
        if fail_on == "never":
            return False
        try:
            return self >= Severity.parse(fail_on)
        except ValueError:
            return self >= Severity.WARNING


class Edit(NamedTuple):
    """Replace ``text[start:end]`` (code-point offsets) with ``replacement``."""

    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    """A safe, self-contained repair: every edit lies inside the finding's paragraph."""

    description: str
    edits: tuple[Edit, ...]


class Related(NamedTuple):
    """Another place a finding refers to (for instance the earlier of two figures)."""

    line: int
    column: int
    message: str = ""


class Diagnostic(NamedTuple):
    """One finding, with 1-based lines and columns in Unicode code points (end exclusive)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    severity: Severity
    message: str
    text: str
    start: int = 0
    end: int = 0
    fix: Fix | None = None
    related: tuple[Related, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape (see the README's "JSON output" section)."""
        out: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "text": self.text,
            "fixable": self.fix is not None,
            "related": [
                {"line": r.line, "column": r.column, "message": r.message} for r in self.related
            ],
        }
        return out

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)
