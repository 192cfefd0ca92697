"""A paragraph whose only citation is malformed gets one finding: malformed-citation
(SL003) says what is wrong, and unreferenced-paragraph (SL001), which declares
``superseded-by: [malformed-citation]``, stays quiet, but only while SL003 really reports
it there."""

from __future__ import annotations

from pathlib import Path

import pytest

import seedlint
from seedlint.config import Config
from seedlint.engine import _drop_superseded
from seedlint.errors import SeedlintError

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
        "[]",  # empty brackets
    ],
)
def test_a_malformed_citation_is_reported_once(cite: str) -> None:
    assert codes(f"{CLAIM} {cite}.\n") == ["SL003"]


@pytest.mark.parametrize("aside", ["[sic]", "[edited]", "(2024)"])
def test_what_is_not_an_attempt_to_cite_leaves_the_paragraph_uncited(aside: str) -> None:
    assert codes(f"{CLAIM} {aside}.\n") == ["SL001"]


@pytest.mark.parametrize(
    "config",
    [
        Config(select=("SL001",)),
        Config(ignore=("SL003",)),
        Config(rule_options=(("malformed-citation", (("checks", ["length"]),)),)),
    ],
    ids=["select-SL001", "ignore-SL003", "SL003-checks-narrowed"],
)
def test_with_malformed_citation_not_reporting_it_the_paragraph_is_reported(
    config: Config,
) -> None:
    assert codes(f"{CLAIM} (c0ffee02).\n", config=config) == ["SL001"]


def test_an_inline_disable_of_malformed_citation_hands_it_back() -> None:
    text = f"<!-- seedlint-disable-next-line malformed-citation -->\n{CLAIM} (c0ffee02).\n"
    assert codes(text) == ["SL001"]


def test_a_well_cited_paragraph_elsewhere_does_not_count() -> None:
    text = f"{CLAIM} [c0ffee02].\n\n{CLAIM}, the ministry said.\n\n{CLAIM} (c0ffee02).\n"
    diags = [d for d in seedlint.lint_text(text) if d.code in ("SL001", "SL003")]
    assert [(d.code, d.line) for d in diags] == [("SL001", 3), ("SL003", 5)]


def test_superseded_by_must_name_a_rule(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(
        "code: XX001\nname: x-rule\nkind: pattern\nseverity: info\nmessage: m\n"
        "description: d\nsuperseded-by: [no-such-rule]\noptions: {tokens: [foo]}\n",
        encoding="utf-8",
    )
    with pytest.raises(SeedlintError, match="superseded-by: 'no-such-rule' matches no rule"):
        seedlint.lint_text("foo [38c5ecf8].\n", config=Config(rules=(tmp_path,)))


def test_only_a_finding_inside_the_span_supersedes() -> None:
    from seedlint.engine import RuleSet

    rules = RuleSet.build(Config()).rules
    text = f"{CLAIM} (c0ffee02).\n"
    (uncited,) = seedlint.lint_text(text, config=Config(select=("SL001",)))
    (malformed,) = seedlint.lint_text(text, config=Config(select=("SL003",)))
    assert _drop_superseded([uncited, malformed], rules) == [malformed]
    # reaching past the paragraph's end, it is not inside: both stay
    outside = malformed._replace(end=uncited.end + 1)
    assert _drop_superseded([uncited, outside], rules) == [uncited, outside]
    # and a rule that declares nothing is never dropped
    assert _drop_superseded([uncited, malformed], [r for r in rules if r[0].code != "SL001"]) == [
        uncited,
        malformed,
    ]


@pytest.mark.parametrize(
    ("cite", "problem", "fixed"),
    [
        ("[38c5ecf8/0e0947df]", "IDs not separated by ',' or ';'", "[38c5ecf8, 0e0947df]"),
        ("[38c5ecf8,, 0e0947df]", "a stray separator", "[38c5ecf8, 0e0947df]"),
        ("[38c5ecf8 ,, 0e0947df]", "a stray separator", "[38c5ecf8, 0e0947df]"),
        ("[38c5ecf8, ]", "a stray separator", "[38c5ecf8]"),
        ("[, 38c5ecf8]", "a stray separator", "[38c5ecf8]"),
        ("[38C5ECF8 ,]", "upper-case hex digits and a stray separator", "[38c5ecf8]"),
        ("[ 38c5ecf8 ]", "spaces inside the brackets", "[38c5ecf8]"),
        # words and dashes between IDs
        ("[38c5ecf8 and 0e0947df]", "IDs not separated by ',' or ';'", "[38c5ecf8, 0e0947df]"),
        ("[38c5ecf8 & 0e0947df]", "IDs not separated by ',' or ';'", "[38c5ecf8, 0e0947df]"),
        ("[38c5ecf8–0e0947df]", "IDs not separated by ',' or ';'", "[38c5ecf8, 0e0947df]"),
        # parentheses: the bracket form --explain shows, with both IDs in one marker
        ("(38c5ecf8, 0e0947df)", "citation in parentheses", "[38c5ecf8, 0e0947df]"),
        # a label before the IDs, and brackets of other shapes
        ("[source: 38c5ecf8]", "a label before the ID", "[38c5ecf8]"),
        ("[sources: 38c5ecf8]", "a label before the ID", "[38c5ecf8]"),
        ("[ref. 38c5ecf8]", "a label before the ID", "[38c5ecf8]"),
        ("[#38c5ecf8]", "a label before the ID", "[38c5ecf8]"),
        ("[#38c5ecf8, #0e0947df]", "a label before the ID", "[38c5ecf8, 0e0947df]"),
        ("{38c5ecf8}", "not square brackets", "[38c5ecf8]"),
        ("［38c5ecf8］", "not square brackets", "[38c5ecf8]"),
    ],
)
def test_separators_one_finding_one_repair(cite: str, problem: str, fixed: str) -> None:
    text = f"{CLAIM} {cite}.\n"
    sources = {"38c5ecf8": None, "0e0947df": None}
    (d,) = [d for d in seedlint.lint_text(text, sources=sources) if d.code in ("SL001", "SL003")]
    assert d.code == "SL003" and d.text == cite  # not also "unclosed"
    verb = "use brackets:" if cite.startswith("(") else "write"
    assert d.message.startswith(f"Malformed citation ({problem}); {verb} {fixed}")
    assert seedlint.fix_text(text, sources=sources) == f"{CLAIM} {fixed}.\n"


def test_repairs_follow_a_custom_citation_pattern() -> None:
    cfg = Config(citation_pattern="[0-9]{8}")
    text = f"{CLAIM} [38C5ECF8].\n\n{CLAIM} [ 12345678 ].\n"
    # lower-casing would not make a citation under this pattern: reported, not "fixed"
    assert seedlint.fix_text(text, config=cfg) == f"{CLAIM} [38C5ECF8].\n\n{CLAIM} [12345678].\n"
    first = [d for d in seedlint.lint_text(text, config=cfg) if d.line == 1]
    assert [d.code for d in first] == ["SL003"] and first[0].fix is None
    assert "citation-pattern '[0-9]{8}'" in first[0].message


def test_words_inside_closed_brackets_are_not_an_unclosed_bracket() -> None:
    (d,) = [d for d in seedlint.lint_text(f"{CLAIM} [38c5ecf8 and more].\n") if d.code == "SL003"]
    assert "(words inside the citation brackets); keep only the IDs: [38c5ecf8]" in d.message


def test_a_parenthesised_citation_across_lines_is_reported_not_joined() -> None:
    text = f"{CLAIM} (38c5ecf8\n).\n"
    sources = {"38c5ecf8": None}
    assert "SL003" in [d.code for d in seedlint.lint_text(text, sources=sources)]
    assert seedlint.fix_text(text, sources=sources) == text


def test_a_letter_for_a_digit_is_named_but_not_fixed() -> None:
    text = f"{CLAIM} [38c5ecf8] and [3Oc5ecf8].\n"
    (d,) = [d for d in seedlint.lint_text(text) if d.code == "SL003"]
    assert "a letter where the ID has a digit" in d.message and "[30c5ecf8]" in d.message
    assert d.fix is None


@pytest.mark.parametrize(
    ("run", "fixed"),
    [
        ("[38c5ecf8][0e0947df][38c5ecf8]", "[38c5ecf8][0e0947df]"),
        ("[38c5ecf8, 0e0947df][38c5ecf8]", "[38c5ecf8, 0e0947df]"),
        ("[38c5ecf8][0e0947df] [38c5ecf8]", "[38c5ecf8][0e0947df]"),  # no space left
    ],
)
def test_a_source_cited_again_in_one_run_of_markers(run: str, fixed: str) -> None:
    text = f"{CLAIM} {run}.\n"
    (d,) = [d for d in seedlint.lint_text(text) if d.code == "SL004"]
    assert "38c5ecf8 is cited again in this run" in d.message
    assert seedlint.fix_text(text) == f"{CLAIM} {fixed}.\n"
