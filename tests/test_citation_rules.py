"""The coverage rule (SL001) and the malformed-citation rule (SL003) share one reading
of a citation that is there but not well formed: it is reported once, as SL003."""

from __future__ import annotations

import pytest

import seedlint
from seedlint.config import Config

CLAIM = "The regional government declared a drought emergency for the city and its towns"


def codes(text: str, config: Config | None = None, sources: object = None) -> list[str]:
    return sorted(
        d.code
        for d in seedlint.lint_text(text, config=config, sources=sources)  # type: ignore[arg-type]
        if d.code in ("SL001", "SL003")
    )


@pytest.mark.parametrize(
    "cite",
    [
        "[C0FFEE02]",  # upper case
        "[ c0ffee02 ]",  # spaces
        "[c0ffee0]",  # seven digits
        "(c0ffee02)",  # parentheses
        "[c0ffee02",  # unclosed
        "[c0ffee02 c0ffee03]",  # not separated
    ],
)
def test_a_malformed_citation_is_reported_once(cite: str) -> None:
    assert codes(f"{CLAIM} {cite}.\n") == ["SL003"]


@pytest.mark.parametrize("aside", ["[sic]", "[edited]", "(2024)", "[]"])
def test_what_is_not_an_attempt_to_cite_leaves_the_paragraph_uncited(aside: str) -> None:
    assert "SL001" in codes(f"{CLAIM} {aside}.\n")


def test_the_option_turns_it_off() -> None:
    cfg = Config(rule_options=(("unreferenced-paragraph", (("count-malformed", False),)),))
    assert codes(f"{CLAIM} (c0ffee02).\n", config=cfg) == ["SL001", "SL003"]


def test_a_known_id_in_parentheses_counts_even_without_digits() -> None:
    # all letters: only the sources say it is an ID
    text = f"{CLAIM} (abcdefab).\n"
    assert codes(text) == ["SL001"]
    assert codes(text, sources={"abcdefab": None}) == ["SL003"]


def test_a_well_cited_paragraph_elsewhere_does_not_count() -> None:
    text = f"{CLAIM} [c0ffee02].\n\n{CLAIM}, the ministry said.\n\n{CLAIM} (c0ffee02).\n"
    diags = [d for d in seedlint.lint_text(text) if d.code in ("SL001", "SL003")]
    assert [(d.code, d.line) for d in diags] == [("SL001", 3), ("SL003", 5)]
