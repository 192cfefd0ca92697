"""The ``pattern`` kind skips the regex scan when a document lacks a word of every token;
that shortcut must never lose a match the scan would find."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.document import Document
from seedlint.kinds import CheckContext
from seedlint.kinds.pattern import Pattern
from seedlint.rules import load_rule_file

ROOT = Path(__file__).resolve().parents[1]
TOKEN_RULES = [
    load_rule_file(p)
    for p in sorted((ROOT / "rules").glob("*.yaml"))
    if "kind: pattern" in p.read_text(encoding="utf-8")
]
WORDS = sorted({w for r in TOKEN_RULES for t in r.options["tokens"] for w in t.split()})


def _findings(kind: Pattern, text: str, shortcut: bool) -> list[tuple[int, int, object]]:
    needles = kind.needles
    if not shortcut:
        kind.needles = []  # the plain scan, as before the shortcut
    try:
        ctx = CheckContext(sources=None, code="X", name="x")
        return [(f.start, f.end, f.fields["match"]) for f in kind.check(Document(text), ctx)]
    finally:
        kind.needles = needles


def _variants(word: str) -> list[str]:
    return [word, word.upper(), word.title(), word.replace("ss", "ß"), word.replace("s", "ſ")]


fragment = st.one_of(
    st.sampled_from(WORDS).flatmap(lambda w: st.sampled_from(_variants(w))),
    st.sampled_from([" ", "  ", "\n", " \t ", ". ", ", ", "-", "[38c5ecf8]", "\n\n", "'"]),
    st.text(max_size=4),
)


def test_the_default_token_rules_are_found() -> None:
    assert {r.name for r in TOKEN_RULES} >= {"editorializing", "relative-time", "wordy-phrase"}
    assert all(isinstance(r.kind, Pattern) and r.kind.needles for r in TOKEN_RULES)


@settings(max_examples=300, deadline=None)
@given(st.lists(fragment, max_size=40).map("".join))
def test_the_shortcut_finds_what_the_scan_finds(text: str) -> None:
    for rule in TOKEN_RULES:
        kind = rule.kind
        assert isinstance(kind, Pattern)
        assert _findings(kind, text, shortcut=True) == _findings(kind, text, shortcut=False)


@pytest.mark.parametrize(
    "text",
    ["We met LAST  WEEK in Rome.", "Last\tweek was calm.", "Sales rose Last \u00a0 week."],
)
def test_case_and_spacing_do_not_hide_a_token(text: str) -> None:
    (rule,) = [r for r in TOKEN_RULES if r.name == "relative-time"]
    rule = rule.with_options({**rule.options, "skip-names": False})  # "Last" mid-sentence
    assert isinstance(rule.kind, Pattern)
    found = _findings(rule.kind, text, shortcut=True)
    assert [m.lower().split() for _, _, m in found] == [["last", "week"]]  # type: ignore[attr-defined]


def _lint(text: str, rule: str) -> list[tuple[int, str]]:
    import seedlint

    return [(d.line, d.text) for d in seedlint.lint_text(text) if d.rule == rule]


def test_quotations_and_titles_are_left_alone() -> None:
    text = (
        '"We did this in order to protect jobs," the minister said [c1000001].\n'
        "The ministry said it acted “in order to protect jobs” [c1000001].\n"
        'The song "In Order To Survive" topped the charts [c1000001].\n'
        "The party cut taxes in order to win [c1000001].\n"
    )
    assert _lint(text, "wordy-phrase") == [(4, "in order to")]
    opts, _ = Pattern.validate_options({"tokens": ["in order to"], "in-quotes": True})
    kind = Pattern(opts)
    ctx = CheckContext(sources=None, code="X", name="x")
    assert len(list(kind.check(Document(text), ctx))) == 4


def test_a_replacement_keeps_the_case_of_the_match() -> None:
    import seedlint

    fixed = seedlint.fix_text("IN ORDER TO win, the party cut taxes [c1000001].\n")
    assert fixed.startswith("TO win,")
    fixed = seedlint.fix_text("In order to win, the party cut taxes [c1000001].\n")
    assert fixed.startswith("To win,")


def test_relative_time_words_inside_names_are_skipped() -> None:
    text = (
        "The newspaper USA Today said so [c1000001]. The film Yesterday grossed $10m [c1000001].\n"
        'Today the agency said so [c1000001]. "Today we start," she said [c1000001].\n'
        "- Yesterday the agency said so [c1000001].\n"
    )
    # the quoted "Today" is the speaker's word: left alone too
    assert _lint(text, "relative-time") == [(2, "Today"), (3, "Yesterday")]


def test_more_quotations_are_left_alone() -> None:
    text = (
        "He called it ‘a move in order to win’ and did it in order to win [c1000001].\n"
        "He called it 'a move in order to win' and did it in order to win [c1000001].\n"
        'The 55" screen sold out; the chief said "we cut prices in order to win" [c1000001].\n'
        "They don't act in order to win, in the '90s style [c1000001].\n"
    )
    assert _lint(text, "wordy-phrase") == [
        (1, "in order to"),
        (2, "in order to"),
        (4, "in order to"),
    ]
    found = [(d.line, d.column) for d in _lint_all(text) if d.rule == "wordy-phrase"]
    assert [c for _, c in found[:2]] == [50, 50]  # the one outside the quotes


def test_a_quotation_over_a_line_break_is_left_alone() -> None:
    import seedlint
    from seedlint.config import Config

    text = 'He said "we acted, as always,\nin order to help the families" and left [c1000001].\n'
    cfg = Config(paragraphs="blank")
    assert [d for d in seedlint.lint_text(text, config=cfg) if d.rule == "wordy-phrase"] == []


def _lint_all(text: str) -> list[object]:
    import seedlint

    return list(seedlint.lint_text(text))


def test_a_relative_time_word_after_a_clause_mark_is_reported() -> None:
    text = "The vote was close; Yesterday the court ruled (Yesterday, it agreed) [c1000001].\n"
    assert _lint(text, "relative-time") == [(1, "Yesterday"), (1, "Yesterday")]
