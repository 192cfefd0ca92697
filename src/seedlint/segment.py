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
# running to the end; also inside a blockquote, "> ```") and pipe-table rows: Markdown
# that is not prose to cite.
_TOML_FRONT_MATTER = regexstore.compile(
    r"\A\+\+\+[ \t]*\r?\n.*?\n\+\+\+[ \t]*(?:\r?\n|\Z)", regexstore.DOTALL
)
_FENCE = regexstore.compile(
    r"(?ms)^(?:[ ]{0,3}>[ ]?)*[ ]{0,3}(`{3,}|~{3,})[^\n]*"
    r"(?:\n.*?^(?:[ ]{0,3}>[ ]?)*[ ]{0,3}\1[`~]*[ \t]*\r?$|.*\Z)"
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
        # "... at 4 a.m. No one was injured"
        "no",
        "none",
        "nobody",
        "nothing",
        "all",
        "every",
        "only",
    ]
)

_BOUNDARY = regexstore.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_WORD_WINDOW = 120  # characters; longer than any abbreviation or dotted acronym
# Searched backwards ((?r)): a forward search for "(\S+)\Z" tries every start in the window.
_WORD_BEFORE = regexstore.compile(r"(?r)(\S+)\Z")
_NEXT_WORD = regexstore.compile(r"\s+([\p{L}\p{N}]+)")
_CITATION_AFTER = regexstore.compile(r"\s*(?:\[[^\[\]\n]{1,60}\]\s*)+(?=\S|\Z)")
# How a line that is a whole paragraph ends, matched backwards from the line's end:
# sentence-final punctuation (group 1), closing quotes or brackets, then citations
# (group 2), "... the plan [b8000001]." or "... the plan. [b8000001]"; or citations alone.
_PARAGRAPH_END = regexstore.compile(
    r"(?r)(?:([.!?…]+)[\"'”’)\]»]*)?((?:[ \t]*\[[^\[\]\n]{1,60}\])*)[ \t]*\Z"
)
_FIRST_WORD = regexstore.compile(r"\s*(\S+)")
_SENTENCE_OPENERS = "\"'“‘«([*_$€£¥"
# No hard-wrapped line is longer than this (in code points): wrappers stop at 72-100.
_WRAP_MAX = 100


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


def code_regions(text: str) -> list[tuple[int, int]]:
    """Front matter and fenced code blocks: text shown, not read (an inline directive
    written there is an example, not an instruction)."""
    regions: list[tuple[int, int]] = []
    fm = _FRONT_MATTER.match(text) or _TOML_FRONT_MATTER.match(text)
    offset = 0
    if fm:
        regions.append((0, fm.end()))
        offset = fm.end()
    if "```" in text or "~~~" in text:
        regions.extend(m.span() for m in _FENCE.finditer(text, offset))
    return regions


def ignored_regions(text: str) -> list[tuple[int, int]]:
    """Spans that are never prose, sorted and disjoint: YAML or TOML front matter, HTML
    comments, fenced code blocks and Markdown table rows."""
    regions = code_regions(text)
    # past the front matter (or a block opening the file, which holds anything after)
    offset = regions[0][1] if regions and regions[0][0] == 0 else 0
    regions.extend(m.span() for m in _HTML_COMMENT.finditer(text, offset))
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
    """Paragraphs and headings. ``line``: one paragraph a line; ``blank``: blank-line
    separated blocks (hard-wrapped lines join; each Markdown list item is its own).
    ``auto``: one paragraph a line unless the file has a truly blank line between two
    text lines; then blank-line blocks, except that a block whose every line break falls
    between whole paragraphs (see :func:`_breaks`) is split into its lines."""
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
    own: set[int] = set()  # lines of blank-line blocks that auto splits, one paragraph each
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
        if mode == "blank":
            own = _line_paragraphs(masked, lines, kinds)
    blocks: list[Block] = []
    cur_start = -1
    cur_end = -1
    for i, (ln, k) in enumerate(zip(lines, kinds, strict=True)):
        if k == "text" and mode == "blank":
            if cur_start >= 0 and (i in own or _LIST_ITEM.match(masked, ln.start, ln.end)):
                # each item of a Markdown list is a claim of its own, cited or not; so is
                # each line of a block that auto found to hold one paragraph a line
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


def _line_paragraphs(masked: str, lines: list[Line], kinds: list[str]) -> set[int]:
    """The lines of each blank-line block (two or more text lines in a row) that
    ``auto`` splits into one paragraph a line: every line break in it falls between
    whole paragraphs (:func:`_breaks`), and it does not look hard-wrapped.

    The looks are checked (:func:`_looks_wrapped`) only when the file breaks some line
    mid-sentence, so is hard-wrapped at all: that keeps a wrapped paragraph whose lines
    happen to end at full stops in one piece, while a digest with one paragraph a line
    and no mid-sentence break is split however its line lengths fall."""
    runs: list[tuple[int, int]] = []  # [first, last] text-line indices
    first = -1
    for i, k in enumerate(kinds):
        if k == "text":
            if first < 0:
                first = i
        elif first >= 0:
            runs.append((first, i - 1))
            first = -1
    if first >= 0:
        runs.append((first, len(kinds) - 1))
    candidates: list[tuple[int, int]] = []
    mid_sentence = False  # some line of the file breaks mid-sentence: it is hard-wrapped
    for a, b in runs:
        if a == b:
            continue
        in_item = False  # lines[i] is a list item, or an indented line continuing one
        for i in range(a, b):
            ln, nxt = lines[i], lines[i + 1]
            is_item = _LIST_ITEM.match(masked, ln.start, ln.end) is not None
            in_item = is_item or (in_item and masked[ln.start] in " \t")
            continues_item = (
                in_item
                and masked[nxt.start] in " \t"
                and not _LIST_ITEM.match(masked, nxt.start, nxt.end)
            )
            if continues_item or not _breaks(masked, ln, nxt):
                mid_sentence = True
                break
        else:
            candidates.append((a, b))
    own: set[int] = set()
    for a, b in candidates:
        if not (mid_sentence and _looks_wrapped(masked, lines[a : b + 1])):
            own.update(range(a, b + 1))
    return own


def _breaks(masked: str, line: Line, nxt: Line) -> bool:
    """Whether the break between ``line`` and ``nxt`` separates two paragraphs: ``nxt``
    starts a sentence (or a list item) and ``line`` ends like a paragraph (sentence-final
    punctuation, perhaps followed by closing quotes or brackets and citations, or a
    citation alone) or is longer than any hard-wrapped line."""
    if _LIST_ITEM.match(masked, nxt.start, nxt.end):
        return True
    m = _PARAGRAPH_END.match(masked, line.start, line.end)
    if m is not None and m.group(1):
        # the word before the stop and the next line's start decide, as inside a line
        return _is_boundary(masked, line.start, m.start(1), m.group(1), m.end(), nxt.end)
    cited = m is not None and bool(m.group(2))
    if not cited and _text_length(masked, line) <= _WRAP_MAX:
        return False
    word = _FIRST_WORD.match(masked, nxt.start, nxt.end)
    first = word.group(1)[0] if word is not None else ""
    return first.isupper() or first.isdigit() or (first != "" and first in _SENTENCE_OPENERS)


def _looks_wrapped(masked: str, block: list[Line]) -> bool:
    """No line is longer than :data:`_WRAP_MAX`, and none but the last had room left
    for the next line's first word (a wrapper moves a word down only when it does not
    fit); room is measured against the block's longest line."""
    widths = [_text_length(masked, ln) for ln in block]
    width = max(widths)
    if width > _WRAP_MAX:
        return False
    for i in range(len(block) - 1):
        word = _FIRST_WORD.match(masked, block[i + 1].start, block[i + 1].end)
        if word is None or widths[i] + 1 + len(word.group(1)) <= width:
            return False  # the next line's first word would have fitted here
    return True


def _text_length(masked: str, line: Line) -> int:
    end = line.end
    while end > line.start and masked[end - 1].isspace():
        end -= 1
    return end - line.start


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
