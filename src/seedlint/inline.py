"""Inline control comments in the linted text itself:
``<!-- seedlint-disable RULE[, RULE] -->`` … ``<!-- seedlint-enable -->`` and
``<!-- seedlint-disable-next-line RULE -->``. No rule named means every rule."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from seedlint import regexstore
from seedlint.diagnostics import Diagnostic
from seedlint.document import Document

if TYPE_CHECKING:
    pass

_DIRECTIVE = regexstore.compile(
    r"<!--\s*seedlint-(disable-next-line|disable|enable)\b\s*(.*?)\s*-->", regexstore.DOTALL
)

_NAME_SEPARATOR = regexstore.compile(r"[,\s]+")
ALL = "*"


def _names(arg: str) -> frozenset[str]:
    parts = [p.strip() for p in _NAME_SEPARATOR.split(arg) if p.strip()]
    return frozenset(parts) if parts else frozenset({ALL})


def suppressor(doc: Document) -> Callable[[Diagnostic], bool] | None:
    """A predicate that says whether a diagnostic is silenced; ``None`` when the text
    has no directives (the common case costs one substring search)."""
    if "seedlint-" not in doc.text:
        return None
    # For each directive, in order: (line it takes effect, op, names).
    events: list[tuple[int, str, frozenset[str]]] = []
    next_line: dict[int, set[str]] = {}
    for m in _DIRECTIVE.finditer(doc.text):
        op, names = m.group(1), _names(m.group(2))
        line, _ = doc.position(m.start())
        if op == "disable-next-line":
            end_line, _ = doc.position(m.end())
            target = _next_content_line(doc, end_line)
            next_line.setdefault(target, set()).update(names)
        else:
            events.append((line, op, names))

    def silenced(d: Diagnostic) -> bool:
        keys = {d.code, d.rule, ALL}
        if next_line.get(d.line, set()) & keys:
            return True
        disabled: set[str] = set()
        for line, op, names in events:
            if line > d.line:
                break
            if op == "disable":
                disabled |= names
            elif ALL in names:
                disabled.clear()
            else:
                disabled -= names
        return bool(disabled & keys)

    return silenced


def _next_content_line(doc: Document, after_line: int) -> int:
    for ln in doc.lines[after_line:]:
        if doc.masked[ln.start : ln.end].strip():
            return ln.index + 1
    return after_line + 1


def apply(doc: Document, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    silenced = suppressor(doc)
    if silenced is None:
        return list(diagnostics)
    return [d for d in diagnostics if not silenced(d)]
