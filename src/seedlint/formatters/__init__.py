"""Report formatters: each turns a finished :class:`Report` into text, recomputing nothing."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seedlint.diagnostics import Diagnostic
    from seedlint.runner import Report

Formatter = Callable[["Report", "FormatOptions"], str]

# name → module with a ``render(report, options) -> str``; loaded only when chosen.
FORMATS: dict[str, str] = {
    "text": "seedlint.formatters.text",
    "full": "seedlint.formatters.full",
    "json": "seedlint.formatters.json_format",
    "json-lines": "seedlint.formatters.json_lines",
    "sarif": "seedlint.formatters.sarif",
    "github": "seedlint.formatters.github",
    "junit": "seedlint.formatters.junit",
}


class FormatOptions:
    """What a formatter may need besides the report."""

    def __init__(
        self,
        *,
        quiet: bool = False,
        sources_by_path: dict[str, str] | None = None,
        as_json: bool = False,
    ) -> None:
        self.quiet = quiet
        self.texts = sources_by_path or {}
        self.as_json = as_json  # --statistics --format json


def get_formatter(name: str) -> Formatter:
    module = importlib.import_module(FORMATS[name])
    render: Formatter = module.render
    return render


# Formats that can print one finding a line as soon as it is found.
LINE_FORMATS: dict[str, str] = {
    "text": "seedlint.formatters.text",
    "json-lines": "seedlint.formatters.json_lines",
    "github": "seedlint.formatters.github",
}


def get_line_formatter(name: str) -> Callable[[Diagnostic], str]:
    module = importlib.import_module(LINE_FORMATS[name])
    line: Callable[[Diagnostic], str] = module.line
    return line
