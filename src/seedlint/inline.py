"""Inline control comments in the linted text itself:
``<!-- seedlint-disable RULE[, RULE] -->`` … ``<!-- seedlint-enable -->`` and
``<!-- seedlint-disable-next-line RULE -->``. No rule named means every rule."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from seedlint import regexstore, segment
from seedlint.diagnostics import Diagnostic
from seedlint.document import Document
from seedlint.errors import SeedlintError

if TYPE_CHECKING:
    from seedlint.rules import Rule

# Any "seedlint-WORD" comment, so that a misspelt one is an error, not a silent no-op;
# in any case ("SEEDLINT-DISABLE"), with an optional reason after " -- ".
_DIRECTIVE = regexstore.compile(
    r"<!--\s*seedlint-([\w-]*)(.*?)(?:\s--\s.*?)?-->", regexstore.DOTALL | regexstore.IGNORECASE
)
OPERATIONS = ("disable", "enable", "disable-next-line")

_NAME_SEPARATOR = regexstore.compile(r"[,\s]+")
ALL = "*"


def _names(arg: str) -> frozenset[str]:
    # codes and ALL in any case ("sl102", "all"); rule names are lower case already
    parts = [p.strip() for p in _NAME_SEPARATOR.split(arg) if p.strip()]
    parts = [p.upper() if _CODE.fullmatch(p.upper()) else p for p in parts]
    return frozenset(parts) if parts else frozenset({ALL})


_CODE = regexstore.compile(r"[A-Z]+[0-9]+|ALL")


_TICKS = regexstore.compile(r"`+")


def _in_inline_code(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside `inline code` on its line (a span opens with a run of
    backticks and closes with a run as long: "``<!-- x -->``"), or on an indented line
    (a Markdown code block)."""
    start = text.rfind("\n", 0, pos) + 1
    if text.startswith(("    ", "\t"), start):
        return True
    opened = 0  # the length of the open span's run, 0 outside one
    for m in _TICKS.finditer(text, start, pos):
        run = m.end() - m.start()
        if not opened:
            opened = run
        elif run == opened:
            opened = 0
    return opened > 0


def _matches(name: str, d: Diagnostic) -> bool:
    """A directive names a rule as ``--select`` does: code, name, code prefix or ALL."""
    return name in (ALL, "ALL", d.code, d.rule) or (name.isupper() and d.code.startswith(name))


def suppressor(
    doc: Document,
    known: Sequence[Rule] | None = None,
    errors: list[SeedlintError] | None = None,
) -> Callable[[Diagnostic], bool] | None:
    """A predicate that says whether a diagnostic is silenced; ``None`` when the text
    has no directives (the common case costs one substring search). A directive that is
    not one of :data:`OPERATIONS`, or that names no rule of ``known``, is an error added
    to ``errors`` (and ignored): a typo must not switch a rule off or on unnoticed."""
    text = doc.text
    if "eedlint-" not in text and "EEDLINT-" not in text:  # seedlint-, Seedlint-, SEEDLINT-
        return None
    code = segment.code_regions(doc.text)
    # For each directive, in order: (line it takes effect, op, names).
    events: list[tuple[int, str, frozenset[str]]] = []
    next_line: dict[int, set[str]] = {}
    for m in _DIRECTIVE.finditer(doc.text):
        if any(a <= m.start() < b for a, b in code) or _in_inline_code(doc.text, m.start()):
            continue  # shown in code: an example of a directive, not one
        op, names = m.group(1).lower(), _names(m.group(2))
        line, _ = doc.position(m.start())
        problem = ""
        if op not in OPERATIONS:
            problem = f"unknown directive 'seedlint-{op}' (known: {', '.join(OPERATIONS)})"
        elif known is not None:
            from seedlint.engine import rule_matches

            bad = sorted(
                n for n in names if n != ALL and not any(rule_matches(r, n) for r in known)
            )
            if bad:
                problem = (
                    f"'seedlint-{op}' names no rule: {', '.join(bad)} (see seedlint --list-rules)"
                )
        if problem:
            if errors is not None:
                errors.append(SeedlintError(problem, path=doc.path, line=line))
            continue
        if op == "disable-next-line":
            end_line, _ = doc.position(m.end())
            target = _next_content_line(doc, end_line)
            next_line.setdefault(target, set()).update(names)
        else:
            events.append((line, op, names))

    def silenced(d: Diagnostic) -> bool:
        if any(_matches(n, d) for n in next_line.get(d.line, ())):
            return True
        off = False  # the last directive that names the rule decides
        for line, op, names in events:
            if line > d.line:
                break
            if any(_matches(n, d) for n in names):
                off = op == "disable"
        return off

    return silenced


def _next_content_line(doc: Document, after_line: int) -> int:
    for ln in doc.lines[after_line:]:
        if doc.masked[ln.start : ln.end].strip():
            return ln.index + 1
    return after_line + 1


def apply(
    doc: Document,
    diagnostics: Iterable[Diagnostic],
    known: Sequence[Rule] | None = None,
    errors: list[SeedlintError] | None = None,
) -> list[Diagnostic]:
    silenced = suppressor(doc, known, errors)
    if silenced is None:
        return list(diagnostics)
    return [d for d in diagnostics if not silenced(d)]
