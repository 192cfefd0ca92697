"""The sample digests in seeds/ show every default rule firing, and a clean digest."""

from __future__ import annotations

from pathlib import Path

import seedlint
from seedlint.rules import default_rules_dir, load_rule_dirs

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_every_default_rule_fires_somewhere_in_seeds() -> None:
    report = seedlint.lint_paths([SEEDS])
    assert report.errors == []
    fired = {d.rule for d in report.diagnostics}
    rules = {r.name for r in load_rule_dirs((default_rules_dir(),))}
    assert rules - fired == set(), f"rules that never fire in seeds/: {sorted(rules - fired)}"


def test_clean_sample_has_no_findings_and_has_sources() -> None:
    clean = sorted(SEEDS.glob("01_*.txt"))
    assert clean
    report = seedlint.lint_paths(clean)
    assert report.diagnostics == []
    assert report.files_without_sources == []
