"""seedlint: a consistency linter for cited news digests.

The public API is imported lazily so that ``import seedlint`` (and the command line's
start-up) costs nothing until a name is used."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "CheckContext",
    "Config",
    "Diagnostic",
    "Document",
    "Finding",
    "Kind",
    "Option",
    "Report",
    "SeedlintError",
    "Severity",
    "Source",
    "SourceRegistry",
    "__version__",
    "fix_text",
    "lint_paths",
    "lint_text",
    "load_config",
    "load_sources",
    "register_kind",
]

_WHERE = {
    "CheckContext": "seedlint.kinds",
    "Config": "seedlint.config",
    "Diagnostic": "seedlint.diagnostics",
    "Document": "seedlint.document",
    "Finding": "seedlint.kinds",
    "Kind": "seedlint.kinds",
    "Option": "seedlint.kinds",
    "Report": "seedlint.runner",
    "SeedlintError": "seedlint.errors",
    "Severity": "seedlint.diagnostics",
    "Source": "seedlint.sources",
    "SourceRegistry": "seedlint.sources",
    "fix_text": "seedlint.api",
    "lint_paths": "seedlint.api",
    "lint_text": "seedlint.api",
    "load_config": "seedlint.config",
    "load_sources": "seedlint.sources",
    "register_kind": "seedlint.kinds",
}

if TYPE_CHECKING:
    from seedlint.api import fix_text, lint_paths, lint_text
    from seedlint.config import Config, load_config
    from seedlint.diagnostics import Diagnostic, Severity
    from seedlint.document import Document
    from seedlint.errors import SeedlintError
    from seedlint.kinds import CheckContext, Finding, Kind, Option, register_kind
    from seedlint.runner import Report
    from seedlint.sources import Source, SourceRegistry, load_sources


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'seedlint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
