"""Every rule's YAML examples: `fire` texts must trigger it, `pass` texts must not."""

from __future__ import annotations

import pytest

import seedlint
from seedlint.config import Config
from seedlint.rules import Example, Rule, default_rules_dir, load_rule_dirs

RULES = load_rule_dirs((default_rules_dir(),))
CASES = [
    pytest.param(rule, ex, True, id=f"{rule.name}-fire-{i}")
    for rule in RULES
    for i, ex in enumerate(rule.fire)
] + [
    pytest.param(rule, ex, False, id=f"{rule.name}-pass-{i}")
    for rule in RULES
    for i, ex in enumerate(rule.passes)
]


def test_every_rule_has_examples_both_ways() -> None:
    for rule in RULES:
        assert rule.fire, f"{rule.name} has no 'fire' examples"
        assert rule.passes, f"{rule.name} has no 'pass' examples"


@pytest.mark.parametrize(("rule", "example", "should_fire"), CASES)
def test_rule_example(rule: Rule, example: Example, should_fire: bool) -> None:
    diags = seedlint.lint_text(
        example.text, sources=example.sources, config=Config(select=(rule.code,))
    )
    hits = [d for d in diags if d.code == rule.code]
    if should_fire:
        assert hits, f"{rule.name} did not fire on {example.text!r}"
        for d in hits:
            assert d.text == example.text.lstrip("\ufeff")[d.start : d.end]
    else:
        assert not hits, f"{rule.name} fired on {example.text!r}: {[d.message for d in hits]}"


def test_every_default_rule_explains_itself() -> None:
    for rule in RULES:
        text = rule.explain()
        assert rule.code in text and rule.name in text
        for part in ("What it does", "Why it matters", "How to fix"):
            assert part in rule.description, f"{rule.name}: description lacks {part!r}"
