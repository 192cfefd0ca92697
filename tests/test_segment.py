"""Paragraphs, sentences and positions."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint import segment
from seedlint.document import Document


def texts(doc: Document, spans: list) -> list[str]:  # type: ignore[type-arg]
    return [doc.text[s.start : s.end] for s in spans]


def test_one_paragraph_a_line_without_blank_lines() -> None:
    doc = Document("First para here.\nSecond para here.\nThird.")
    assert texts(doc, doc.paragraphs) == ["First para here.", "Second para here.", "Third."]


def test_blank_line_blocks_join_hard_wrapped_lines() -> None:
    doc = Document("Line one of a\nwrapped paragraph.\n\nSecond\nparagraph.\n")
    assert texts(doc, doc.paragraphs) == ["Line one of a\nwrapped paragraph.", "Second\nparagraph."]


@pytest.mark.parametrize(("mode", "count"), [("auto", 2), ("blank", 2), ("line", 4)])
def test_paragraph_mode_override(mode: str, count: int) -> None:
    doc = Document("a b\nc d\n\ne f\ng h\n", paragraph_mode=mode)
    assert len(doc.paragraphs) == count


def test_leading_blank_lines_do_not_switch_auto_to_blocks() -> None:
    doc = Document("\n\nOne line.\nTwo line.\n\n")
    assert len(doc.paragraphs) == 2


def test_front_matter_headings_and_comments_are_not_prose() -> None:
    text = "---\ntitle: x\n---\n# Heading\n\nBody [38c5ecf8].\n\n<!-- a note -->\n\nMore body."
    doc = Document(text)
    assert [p.kind for p in doc.paragraphs] == ["heading", "prose", "prose"]
    assert texts(doc, doc.prose) == ["Body [38c5ecf8].", "More body."]


def test_comment_content_is_not_cited() -> None:
    doc = Document("Text here <!-- [38c5ecf8] --> and more.")
    assert doc.citations == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials in the U.S. said so.",
        "He met J.D. Vance on Monday.",
        "Dr. Kim agreed.",
        "Acme Inc. said nothing.",
        "It cost $1.8 billion in total.",
        "The plan ranked No. 5 overall.",
        "Author J. K. Rowling spoke.",
        "Growth was 2.5 percent.",
        "They met on Nov. 20 in Rome.",
    ],
)
def test_sentence_splitting_survives_abbreviations(sentence: str) -> None:
    text = f"Before this. {sentence} After that."
    doc = Document(text)
    assert texts(doc, doc.sentences) == ["Before this.", sentence, "After that."]


def test_abbreviation_ends_a_sentence_before_an_ordinary_opener() -> None:
    doc = Document("He moved to the U.S. The move was quick.")
    assert texts(doc, doc.sentences) == ["He moved to the U.S.", "The move was quick."]


def test_trailing_citation_stays_with_its_sentence() -> None:
    doc = Document("First claim. [38c5ecf8] Second claim [0e0947df].")
    assert texts(doc, doc.sentences) == ["First claim. [38c5ecf8]", "Second claim [0e0947df]."]


def test_citation_forms() -> None:
    doc = Document("A [38c5ecf8][0e0947df]. B [38c5ecf8, 0e0947df]. C [38c5ecf8; 0e0947df].")
    assert [[i.id for i in c.ids] for c in doc.citations] == [
        ["38c5ecf8"],
        ["0e0947df"],
        ["38c5ecf8", "0e0947df"],
        ["38c5ecf8", "0e0947df"],
    ]
    first = doc.citations[0].ids[0]
    assert doc.text[first.start : first.end] == "38c5ecf8"


def test_columns_are_code_points_with_crlf() -> None:
    text = "Zoë said\r\nwhat [38c5ecf8] 😀 x"
    doc = Document(text)
    cid = doc.citations[0].ids[0]
    assert doc.position(cid.start) == (2, 7)
    off = text.index("x")
    assert doc.position(off) == (2, 19)
    assert doc.line_text(1) == "Zoë said"


def test_shared_example_has_fourteen_paragraphs(shared_seed: str) -> None:
    doc = Document(shared_seed)
    assert len(doc.paragraphs) == 14
    assert all(p.kind == "prose" for p in doc.paragraphs)
    assert doc.cited_ids == ("38c5ecf8", "0e0947df", "576e6205", "505df3df", "09b6a0ac", "963e6a24")


def test_analysis_is_computed_once() -> None:
    doc = Document("Some text.")
    calls: list[int] = []

    def compute(d: Document) -> int:
        calls.append(1)
        return len(d.text)

    assert doc.analysis(compute) == 10
    assert doc.analysis(compute) == 10
    assert calls == [1]


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab. \t\n\x1c\u00a0\u2028\u200b\u180eX")), max_size=40),
    st.data(),
)
def test_word_before_a_stop_is_the_last_run_of_non_spaces(text: str, data: st.DataObject) -> None:
    # The backward search must find what the plain forward one finds, space by space.
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    forward = regex.compile(r"(\S+)\Z").search(text, lo, hi)
    backward = segment._WORD_BEFORE.search(text, lo, hi)
    assert (forward and forward.span(1)) == (backward and backward.span(1))


def test_markdown_code_tables_and_toml_front_matter_are_not_prose() -> None:
    import seedlint

    uncited = "Some words here that are long enough to need a citation of their own"
    text = (
        f"+++\ntitle = 'x'\n+++\n\n```\n{uncited}\n```\n\n~~~~python\n{uncited}\n~~~~\n\n"
        f"| Country | Tariff |\n|---|---|\n| Mexico | 25% |\n\n{uncited}.\n"
    )
    found = [(d.code, d.line) for d in seedlint.lint_text(text) if d.code in ("SL001", "SL201")]
    assert found == [("SL001", 17)]  # only the real paragraph
    # an unclosed fence runs to the end, as in CommonMark
    assert [d.code for d in seedlint.lint_text(f"```\n{uncited}\n") if d.code == "SL001"] == []


def test_each_markdown_list_item_is_a_paragraph() -> None:
    import seedlint

    text = (
        "An opening paragraph that cites its source for the reader [38c5ecf8].\n\n"
        "- The first item of the list says something that is cited [38c5ecf8].\n"
        "- The second item makes a claim about tariffs and cites nothing at all,\n"
        "  over two lines.\n"
        "1. A numbered item that also makes a claim but cites nothing either.\n\n"
        "A closing paragraph that also cites its own source for the reader [38c5ecf8].\n"
    )
    uncited = [d.line for d in seedlint.lint_text(text) if d.code == "SL001"]
    assert uncited == [4, 6]  # the items without a citation; a wrapped item stays one
