"""The acceptance checks of the core issue, on the real digest in ../shared."""

from __future__ import annotations

import regex

import seedlint
from seedlint.config import Config

IDS = ("38c5ecf8", "0e0947df", "576e6205", "505df3df", "09b6a0ac", "963e6a24")
CITATION_RULES = Config(select=("unreferenced-paragraph", "unknown-source", "malformed-citation"))


def test_clean_with_its_six_sources(shared_seed: str) -> None:
    diags = seedlint.lint_text(shared_seed, sources=dict.fromkeys(IDS), config=CITATION_RULES)
    assert diags == []


def test_one_changed_id_gives_one_unknown_source_at_its_position(shared_seed: str) -> None:
    # Change the citation of the fourth line (the only [576e6205] on it comes last).
    lines = shared_seed.split("\n")
    col = lines[3].index("[576e6205]") + 2  # 1-based column of the ID after "["
    lines[3] = lines[3].replace("[576e6205]", "[576e6206]")
    diags = seedlint.lint_text("\n".join(lines), sources=dict.fromkeys(IDS), config=CITATION_RULES)
    assert [(d.code, d.line, d.column, d.text) for d in diags] == [("SL002", 4, col, "576e6206")]


def test_deleted_citations_give_unreferenced_paragraph_on_that_line(shared_seed: str) -> None:
    lines = shared_seed.split("\n")
    lines[6] = regex.sub(r"\s*\[[0-9a-f]{8}\]", "", lines[6])
    diags = seedlint.lint_text("\n".join(lines), sources=dict.fromkeys(IDS), config=CITATION_RULES)
    assert [(d.code, d.line, d.column) for d in diags] == [("SL001", 7, 1)]
