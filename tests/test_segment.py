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


# -- auto: blank-line blocks that hold one paragraph a line -------------------------------

BOEING = (
    "Daily briefing: Boeing strike\n"
    "\n"
    "About 33,000 Boeing machinists walked off the job on Friday after rejecting a"
    " contract offer [b8000001].\n"
    "The union said members wanted a much larger raise and the restoration of their"
    " pension plan.\n"
    "Boeing's chief executive said the company was committed to resetting the"
    " relationship [b8000001].\n"
)


def test_a_title_and_a_blank_line_do_not_join_one_paragraph_a_line() -> None:
    import seedlint

    doc = Document(BOEING)
    assert [doc.position(p.start)[0] for p in doc.paragraphs] == [1, 3, 4, 5]
    assert [(d.code, d.line) for d in seedlint.lint_text(BOEING) if d.code == "SL001"] == [
        ("SL001", 4)
    ]
    # an explicit "blank" still takes each blank-line block whole
    assert len(Document(BOEING, paragraph_mode="blank").paragraphs) == 2


def test_markdown_sections_with_one_paragraph_a_line() -> None:
    import seedlint

    text = (
        "# Daily briefing\n\n"
        "## Markets\n"
        "Stocks rose on Friday after the jobs report came in stronger than expected"
        " [b8000001].\n"
        "Oil prices fell for a third day as traders weighed the prospect of more supply.\n\n"
        "## Politics\n\n"
        "The Senate passed the spending bill late on Thursday by 68 votes to 31 [b8000002].\n"
        "The House is expected to take it up next week, leaders of both parties said.\n"
        "Both leaders called the vote “a relief.” [b8000002]\n"
    )
    doc = Document(text)
    assert [p.kind for p in doc.paragraphs] == ["heading", "heading"] + ["prose"] * 2 + [
        "heading"
    ] + ["prose"] * 3
    found = [(d.code, d.line) for d in seedlint.lint_text(text) if d.code == "SL001"]
    assert found == [("SL001", 5), ("SL001", 10)]


def test_lines_ending_in_a_citation_or_too_long_to_be_wrapped_are_paragraphs() -> None:
    long_line = "Officials said the talks would resume " + "and continue " * 6 + "next week"
    assert len(long_line) > 100  # longer than any hard-wrapped line
    text = (
        f"Title\n\nThe strike began on Friday [b8000001]\nIt ended on Monday [b8000002]\n\n"
        f"{long_line}\nNo date was set [b8000003].\n"
    )
    assert len(Document(text).paragraphs) == 5


HARD_WRAPPED = (
    "Reservoirs in Catalonia fell to 16 percent of capacity in February [c0ffee01].\n"
    "The regional government declared a drought emergency for Barcelona and more\n"
    "than 200 surrounding towns, limiting household use to 200 litres a day. Farmers\n"
    "said the cuts would leave fields unsown [c0ffee02].\n"
)


def test_a_hard_wrapped_paragraph_stays_one_even_where_lines_end_sentences() -> None:
    # the first and last lines end at full stops, the middle ones do not
    text = f"A title\n\n{HARD_WRAPPED}\nA second paragraph, cited [c0ffee01].\n"
    doc = Document(text)
    assert texts(doc, doc.prose) == [
        "A title",
        HARD_WRAPPED.strip(),
        "A second paragraph, cited [c0ffee01].",
    ]


@pytest.mark.parametrize(
    "wrapped",
    [
        # a full stop before a line break that is not a sentence's end
        "The plan was backed by Dr.\nKim and by the ministry's own advisers [c0ffee01].",
        "Supplies were cut, the agency said, and the U.S.\nfirms in the region [c0ffee01].",
        # a list item's continuation line
        "- Farmers said the cuts would leave fields unsown.\n  Madrid promised aid [c0ffee01].",
    ],
)
def test_a_line_that_does_not_end_a_paragraph_keeps_the_block_whole(wrapped: str) -> None:
    doc = Document(f"A title\n\n{wrapped}\n")
    assert texts(doc, doc.prose) == ["A title", wrapped]


# a wrapped paragraph of two lines, the first of which happens to end a sentence
TWO_LINES = (
    "Farmers said irrigation cuts of up to 80 percent would leave fields unsown.\n"
    "Madrid promised emergency aid for the worst-hit areas [c0ffee02]."
)


def test_a_wrapped_file_keeps_a_full_two_line_paragraph_whole() -> None:
    # Elsewhere the file breaks lines mid-sentence, so it is hard-wrapped, and the
    # first line is too full to have taken "Madrid": the wrapper put it on the next.
    text = f"{HARD_WRAPPED}\n{TWO_LINES}\n"
    doc = Document(text)
    assert texts(doc, doc.prose) == [HARD_WRAPPED.strip(), TWO_LINES]


def test_without_mid_sentence_breaks_two_full_lines_are_two_paragraphs() -> None:
    text = f"A title\n\n{TWO_LINES}\n"
    doc = Document(text)
    assert texts(doc, doc.prose) == ["A title", *TWO_LINES.split("\n")]


def test_a_fence_inside_a_blockquote_is_code_too() -> None:
    import seedlint

    uncited = "This paragraph cites nothing at all and is long enough to be reported as prose."
    # a directive shown there is an example: it used to silence the whole file
    text = f"Intro [38c5ecf8].\n\n> ```\n> <!-- seedlint-disable -->\n> ```\n\n{uncited}\n"
    assert [(d.code, d.line) for d in seedlint.lint_text(text) if d.code == "SL001"] == [
        ("SL001", 7)
    ]
    quoted_code = f"Intro [38c5ecf8].\n\n> ~~~\n> {uncited}\n> ~~~\n"
    assert [d.code for d in seedlint.lint_text(quoted_code) if d.code == "SL001"] == []
