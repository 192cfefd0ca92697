"""A rule file's own examples, run: every ``fire`` text must trigger its rule and every
``pass`` text must not (``seedlint --check-examples``). Each rule runs alone, with the
options and sources its file gives, so a config elsewhere changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from seedlint.errors import SeedlintError
from seedlint.rules import Example, Rule


class ExampleProblem(NamedTuple):
    """One example that does not do what its rule file says."""

    path: str | None
    code: str
    name: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}rule {self.code} ({self.name}): {self.message}"


def check_examples(rules: Sequence[Rule]) -> tuple[int, list[ExampleProblem]]:
    """How many examples ``rules`` hold, and those that misbehave."""
    count = 0
    problems: list[ExampleProblem] = []
    for rule in rules:
        for which, cases, should_fire in (("fire", rule.fire, True), ("pass", rule.passes, False)):
            for i, example in enumerate(cases, 1):
                count += 1
                message = _misbehaves(rule, example, should_fire)
                if message:
                    problems.append(
                        ExampleProblem(
                            rule.path, rule.code, rule.name, f"{which} example {i} {message}"
                        )
                    )
    return count, problems


def _misbehaves(rule: Rule, example: Example, should_fire: bool) -> str:
    """What is wrong with one example, or ``""``."""
    from seedlint.diagnostics import Severity
    from seedlint.document import Document
    from seedlint.engine import lint_document
    from seedlint.sources import SourceRegistry

    shown = _short(example.text)
    try:
        registry = (
            SourceRegistry.from_mapping(example.sources) if example.sources is not None else None
        )
        doc = Document(example.text, "<example>")
        found = lint_document(doc, [(rule, Severity.ERROR)], registry, known=None)
    except SeedlintError as exc:
        return f"cannot run: {exc.message}"
    hits = [d for d in found if d.code == rule.code]
    if should_fire and not hits:
        return f"does not fire: {shown}"
    if not should_fire and hits:
        return f"fires ({hits[0].message}): {shown}"
    return ""


def _short(text: str, width: int = 60) -> str:
    one = " ".join(text.split())
    return repr(one if len(one) <= width else one[: width - 1] + "…")
