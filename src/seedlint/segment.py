"""Split a digest into lines, paragraphs and sentences (offsets into the text, never copies)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, NamedTuple

from seedlint import regexstore
from seedlint.config import PARAGRAPH_MODES as PARAGRAPH_MODES  # re-exported

if TYPE_CHECKING:
    pass

ParagraphMode = Literal["auto", "line", "blank"]

_FRONT_MATTER = regexstore.compile(
    r"\A---[ \t]*\r?\n.*?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regexstore.DOTALL
)
_HTML_COMMENT = regexstore.compile(r"<!--.*?(?:-->|\Z)", regexstore.DOTALL)
# TOML front matter (Hugo's "+++"), fenced code blocks (closed by the same fence, or
# running to the end) and pipe-table rows: Markdown that is not prose to cite.
_TOML_FRONT_MATTER = regexstore.compile(
    r"\A\+\+\+[ \t]*\r?\n.*?\n\+\+\+[ \t]*(?:\r?\n|\Z)", regexstore.DOTALL
)
_FENCE = regexstore.compile(
    r"(?ms)^[ ]{0,3}(`{3,}|~{3,})[^\n]*(?:\n.*?^[ ]{0,3}\1[`~]*[ \t]*\r?$|.*\Z)"
)
_LIST_ITEM = regexstore.compile(r"[ ]{0,3}(?:[-*+]|[0-9]{1,3}[.)])[ \t]+\S")
_TABLE_ROW = regexstore.compile(r"(?m)^[ ]{0,3}\|[^\n]*\|[ \t]*\r?$")
_NOT_NEWLINE = regexstore.compile(r"[^\r\n]")
_HEADING = regexstore.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")
_RULE_LINE = regexstore.compile(r"[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)$")

# A full stop after one of these never ends a sentence ("Dr. Kim", "No. 5", "Nov. 20").
_NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "gen",
        "sen",
        "rep",
        "reps",
        "gov",
        "lt",
        "col",
        "capt",
        "cmdr",
        "sgt",
        "maj",
        "mt",
        "ft",
        "vs",
        "v",
        "cf",
        "approx",
        "fig",
        "figs",
        "vol",
        "pp",
        "p",
        "pres",
        "rev",
        "hon",
        "supt",
        "det",
        "insp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "est",
        "ave",
        "blvd",
    ]
)
# These end a sentence only when an ordinary sentence opener follows ("... Apple Inc. The").
_MAYBE_FINAL = frozenset(
    ["inc", "ltd", "corp", "co", "jr", "sr", "etc", "llc", "plc", "bros", "al"]
)
_OPENERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "as",
        "after",
        "before",
        "while",
        "when",
        "but",
        "and",
        "or",
        "yet",
        "so",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "a",
        "an",
        "his",
        "her",
        "their",
        "our",
        "there",
        "here",
        "however",
        "meanwhile",
        "still",
        "also",
        "then",
        "thus",
        "later",
        "earlier",
        "since",
        "despite",
        "although",
        "though",
        "if",
        "according",
        "one",
        "two",
        "three",
        "some",
        "many",
        "most",
        "such",
        "both",
        "each",
        "several",
    ]
)

_BOUNDARY = regexstore.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_WORD_WINDOW = 120  # characters; longer than any abbreviation or dotted acronym
# Searched backwards ((?r)): a forward search for "(\S+)\Z" tries every start in the window.
_WORD_BEFORE = regexstore.compile(r"(?r)(\S+)\Z")
_NEXT_WORD = regexstore.compile(r"\s+([\p{L}\p{N}]+)")
_CITATION_AFTER = regexstore.compile(r"\s*(?:\[[^\[\]\n]{1,60}\]\s*)+(?=\S|\Z)")


class Line(NamedTuple):
    index: int  # type: ignore[assignment]  # 0-based; the field hides tuple.index
    start: int
    end: int  # exclusive, before "\r\n" or "\n"


class Block(NamedTuple):
    """A paragraph or heading: ``kind`` is ``"prose"`` or ``"heading"``."""

    start: int
    end: int
    kind: str


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    n = len(text)
    index = 0
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            end = n
            if pos < n or index == 0:
                lines.append(Line(index, pos, end))
            break
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        lines.append(Line(index, pos, end))
        index += 1
        pos = nl + 1
    return lines


def ignored_regions(text: str) -> list[tuple[int, int]]:
    """Spans that are never prose, sorted and disjoint: YAML or TOML front matter, HTML
    comments, fenced code blocks and Markdown table rows."""
    regions: list[tuple[int, int]] = []
    fm = _FRONT_MATTER.match(text) or _TOML_FRONT_MATTER.match(text)
    offset = 0
    if fm:
        regions.append((0, fm.end()))
        offset = fm.end()
    regions.extend(m.span() for m in _HTML_COMMENT.finditer(text, offset))
    if "```" in text or "~~~" in text:
        regions.extend(m.span() for m in _FENCE.finditer(text, offset))
    if "|" in text:
        regions.extend(m.span() for m in _TABLE_ROW.finditer(text, offset))
    if len(regions) < 2:
        return regions
    regions.sort()
    merged = [regions[0]]
    for start, end in regions[1:]:
        if start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def mask(text: str, regions: list[tuple[int, int]]) -> str:
    """Blank out ``regions`` with spaces (newlines kept) so offsets stay valid."""
    if not regions:
        return text
    parts: list[str] = []
    last = 0
    for start, end in regions:
        parts.append(text[last:start])
        parts.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def split_blocks(text: str, masked: str, lines: list[Line], mode: str) -> list[Block]:
    """Paragraphs and headings. ``auto`` uses blank-line blocks when the file has a
    truly blank line between two text lines, and one paragraph a line otherwise."""
    kinds: list[str] = []  # "blank" (empty in the file), "skip" (masked/rule), "heading", "text"
    for ln in lines:
        raw = text[ln.start : ln.end]
        seen = masked[ln.start : ln.end]
        if not raw.strip():
            kinds.append("blank")
        elif not seen.strip() or _RULE_LINE.match(seen):
            kinds.append("skip")
        elif _HEADING.match(seen):
            kinds.append("heading")
        else:
            kinds.append("text")
    if mode == "auto":
        mode = "line"
        seen_text = False
        pending_blank = False
        for k in kinds:
            if k == "text":
                if seen_text and pending_blank:
                    mode = "blank"
                    break
                seen_text = True
                pending_blank = False
            elif k == "blank" and seen_text:
                pending_blank = True
    blocks: list[Block] = []
    cur_start = -1
    cur_end = -1
    for ln, k in zip(lines, kinds, strict=True):
        if k == "text" and mode == "blank":
            if cur_start >= 0 and _LIST_ITEM.match(masked, ln.start, ln.end):
                # each item of a Markdown list is a claim of its own, cited or not
                blocks.append(_trimmed(masked, cur_start, cur_end, "prose"))
                cur_start = -1
            if cur_start < 0:
                cur_start = ln.start
            cur_end = ln.end
            continue
        if cur_start >= 0:
            blocks.append(_trimmed(masked, cur_start, cur_end, "prose"))
            cur_start = -1
        if k == "text":
            blocks.append(_trimmed(masked, ln.start, ln.end, "prose"))
        elif k == "heading":
            blocks.append(_trimmed(masked, ln.start, ln.end, "heading"))
    if cur_start >= 0:
        blocks.append(_trimmed(masked, cur_start, cur_end, "prose"))
    return blocks


def _trimmed(masked: str, start: int, end: int, kind: str) -> Block:
    while start < end and masked[start].isspace():
        start += 1
    while end > start and masked[end - 1].isspace():
        end -= 1
    return Block(start, end, kind)


def split_sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``masked[start:end]``; a citation that follows the full
    stop ("... said. [38c5ecf8] Next") stays with the sentence it backs."""
    spans: list[tuple[int, int]] = []
    sent_start = start
    pos = start
    while True:
        m = _BOUNDARY.search(masked, pos, end)
        if m is None:
            break
        pos = m.end()
        if not _is_boundary(masked, sent_start, m.start(), m.group(), m.end(), end):
            continue
        cut = m.end()
        cite = _CITATION_AFTER.match(masked, cut, end)
        if cite is not None and cite.end() < end:
            cut = cite.end()
            while cut > m.end() and masked[cut - 1].isspace():
                cut -= 1
        spans.append((sent_start, cut))
        sent_start = cut
        while sent_start < end and masked[sent_start].isspace():
            sent_start += 1
        pos = max(pos, sent_start)
    if sent_start < end:
        spans.append((sent_start, end))
    return spans


def _is_boundary(
    masked: str, sent_start: int, punct_at: int, punct: str, after: int, end: int
) -> bool:
    nxt = after
    while nxt < end and masked[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return False  # the paragraph's end closes the last sentence anyway
    first = masked[nxt]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘([*_"):
        return False
    if not punct.startswith("."):
        return True
    # Only the word before the stop matters; looking back a bounded stretch keeps a long
    # sentence with many full stops from being rescanned from its start at each one.
    wm = _WORD_BEFORE.search(masked, max(sent_start, punct_at - _WORD_WINDOW), punct_at)
    if wm is None:
        return True
    word = wm.group(1).lstrip("\"'“‘([")
    low = word.lower()
    if low in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. Smith"
    if low in _MAYBE_FINAL or "." in word:
        nm = _NEXT_WORD.match(masked, after, end)
        return nm is not None and nm.group(1).lower() in _OPENERS
    return True
