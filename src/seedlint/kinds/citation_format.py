"""``citation-format``: attempted citations that are not well formed, and duplicates."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint import regexstore
from seedlint.citations import DEFAULT_ID_PATTERN, Citation, find_citations
from seedlint.diagnostics import Edit, Fix
from seedlint.document import Document
from seedlint.kinds import CheckContext, Finding, Kind, Option, register_kind

if TYPE_CHECKING:
    from seedlint.sources import SourceRegistry

_HEXISH = r"[0-9A-Fa-f]{5,12}"
# Bracketed text that is mostly hex: "[38C5ECF8]", "[ 38c5ecf8 ]", "[38c5ecf]", "[a b]".
_BRACKET = regexstore.compile(r"\[([^\[\]\n]{0,80})\]")
_SEPARATED_IDS = regexstore.compile(r"\s*[0-9A-Fa-f]{8}(?:[,;] ?[0-9A-Fa-f]{8})*\s*")
# Separators may be missing, other than "," or ";", doubled or left over at either end
# ("[a b]", "[a/b]", "[a,, b]", "[a, ]"): each is a citation to repair, not prose.
_BRACKET_BODY = regexstore.compile(rf"[\s,;/|]*{_HEXISH}(?:[\s,;/|]*{_HEXISH})*[\s,;/|]*")
_STRAY_SEP = regexstore.compile(r"^\s*[,;/|]|[,;/|]\s*$|[,;/|]\s*[,;/|]")
_SEP_RUN = regexstore.compile(r"\s*[,;/|](?:\s*[,;/|])+")
_PAREN = regexstore.compile(r"\(\s*([0-9A-Fa-f]{8}(?:\s*[,;]\s*[0-9A-Fa-f]{8})*)\s*\)")
_UNCLOSED = regexstore.compile(
    r"\[\s*([0-9A-Fa-f]{7,9})(?![0-9A-Za-z\]])(?!\s*[,;]?\s*[0-9A-Fa-f]*\])"
)
# Words and dashes that writers put between IDs: "[a and b]", "[a & b]", "[a–b]".
_WORD_SEP = regexstore.compile(
    r"(?<=[0-9A-Fa-f])(?:\s+(?:and|or)\s+|\s*[&–—]\s*|-(?=[0-9A-Fa-f]{8}\b))(?=[0-9A-Fa-f])",
    regexstore.IGNORECASE,
)
# A word or mark before the ID inside the brackets: "[source: c1000001]", "[#c1000001]".
_LABEL = regexstore.compile(
    r"[ \t]*(?:#|(?:sources?|src|refs?|id|cite|see)\.?[ \t]*[:#]?)[ \t]*", regexstore.IGNORECASE
)
# IDs in braces or full-width brackets: "{c1000001}", "［c1000001］".
_OTHER_BRACKETS = regexstore.compile(
    r"[{［]\s*([0-9A-Fa-f]{8}(?:\s*[,;]\s*[0-9A-Fa-f]{8})*)\s*[}］]"
)
_LINE_REST = regexstore.compile(r"[^\[\]\n]*\]?")  # up to a closing bracket on the line
_EMPTY = regexstore.compile(r"\[\s{0,3}\](?!\()")
_ID_TOKEN = regexstore.compile(r"[0-9A-Fa-f]+")

CHECKS = ("length", "case", "spacing", "separator", "unclosed", "empty", "parentheses", "duplicate")


def _is_citation(marker: str, doc: Document) -> bool:
    """Whether ``marker`` is well formed under the digest's ``citation-pattern``: a repair
    is offered only if it yields a citation (a custom pattern may want other IDs)."""
    if doc.citation_pattern == DEFAULT_ID_PATTERN:
        return True  # the repairs write lower-case 8-hex IDs, what the default wants
    found = find_citations(marker, doc.citation_pattern)
    return sum(c.end - c.start for c in found) == len(marker)


_LOOKALIKE = str.maketrans("OoIl", "0011")


def _lookalike_id(body: str) -> str | None:
    """The ID that an eight-character body with letters for digits stands for
    ("c1OOOOO1" is "c1000001"), or ``None``."""
    word = body.strip()
    if len(word) != 8 or not any(ch in "OoIl" for ch in word):
        return None
    fixed = word.translate(_LOOKALIKE)
    if all(ch in "0123456789abcdefABCDEF" for ch in fixed) and any(ch.isdigit() for ch in word):
        return fixed.lower()
    return None


def _bracket_ids(body: str) -> list[str] | None:
    """The IDs of a bracket's body when it reads as a citation ("38C5ECF8", " 38c5ecf "),
    else ``None`` (an ordinary word or an editor's "[sic]")."""
    if not _BRACKET_BODY.fullmatch(body):
        return None
    ids: list[str] = _ID_TOKEN.findall(body)
    if not any(ch.isdigit() for ch in body) and not any(len(i) == 8 for i in ids):
        return None
    return ids


def _paren_attempt(ids: list[str], known: SourceRegistry | None) -> tuple[bool, bool]:
    """For 8-hex IDs in parentheses: (all are known sources, it reads as a citation)."""
    is_known = known is not None and all(i.lower() in known for i in ids)
    looks_like = all(any(c.isdigit() for c in i) and any(c.isalpha() for c in i) for i in ids)
    return is_known, is_known or looks_like


@register_kind
class CitationFormat(Kind):
    name = "citation-format"
    summary = "something that looks like a citation but is not well formed"
    options = {
        "checks": Option(
            list,
            [c for c in CHECKS if c != "duplicate"],
            items=str,
            help="which problems to report: " + ", ".join(CHECKS),
        ),
    }
    fields = frozenset({"problem", "suggestion"})

    def setup(self) -> None:
        unknown = [c for c in self.opts["checks"] if c not in CHECKS]
        if unknown:
            raise ValueError(f"unknown check(s) {', '.join(unknown)}; known: {', '.join(CHECKS)}")
        self.checks = frozenset(self.opts["checks"])

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        masked = doc.masked
        if "[" not in masked and "(" not in masked and "{" not in masked and "［" not in masked:
            return
        well_formed = [(c.start, c.end) for c in doc.citations]
        known = ctx.sources

        starts = [a for a, _ in well_formed]  # sorted and disjoint: bisect, not a scan

        def inside_valid(s: int, e: int) -> bool:
            i = bisect.bisect_right(starts, s) - 1
            return i >= 0 and e <= well_formed[i][1]

        found: list[Finding] = []
        read: set[int] = set()  # where a closed bracket read as a citation starts
        for m in _BRACKET.finditer(masked):
            if inside_valid(m.start(), m.end()):
                continue
            if m.end() < len(masked) and masked[m.end()] == "(":
                continue  # a Markdown link's text
            body = m.group(1)
            if not body.strip():
                if "empty" in self.checks and _EMPTY.match(masked, m.start()) and body == "":
                    found.append(
                        self._f(
                            m.start(),
                            m.end(),
                            "empty citation brackets",
                            "remove them or cite a source",
                        )
                    )
                continue
            label = _LABEL.match(body)
            if label is not None and "separator" in self.checks:
                # "[source: c1000001]", "[#c1000001]", "[ID c1000001]": a word before the ID
                rest = body[label.end() :].replace("#", "")  # "[#a, #b]"
                ids = _bracket_ids(_WORD_SEP.sub(", ", rest))
                if ids is not None and all(len(i) == 8 for i in ids):
                    read.add(m.start())
                    found.append(
                        self._repair(doc, m.start(), m.end(), "a label before the ID", ids)
                    )
                    continue
            lookalike = _lookalike_id(body)
            if lookalike is not None and "length" in self.checks:
                read.add(m.start())
                found.append(
                    self._f(
                        m.start(),
                        m.end(),
                        "a letter where the ID has a digit (O for 0, l or I for 1)",
                        f"write [{lookalike}] if that is the source's ID",
                    )
                )
                continue
            plain = _WORD_SEP.sub(", ", body)
            ids = _bracket_ids(plain)
            if ids is None:
                continue
            read.add(m.start())
            found.extend(self._bracket(doc, m.start(), m.end(), plain, ids, plain != body))
        if "parentheses" in self.checks:
            for m in _OTHER_BRACKETS.finditer(masked):
                ids = _ID_TOKEN.findall(m.group(1))
                if all(len(i) == 8 for i in ids) and _paren_attempt(ids, known)[1]:
                    found.append(self._repair(doc, m.start(), m.end(), "not square brackets", ids))
        if "unclosed" in self.checks:
            for m in _UNCLOSED.finditer(masked):
                if m.start() in read or inside_valid(m.start(), m.end()):
                    continue
                if masked[m.end() : m.end() + 1] == "]":
                    continue
                rest = _LINE_REST.match(masked, m.end())
                closed = rest is not None and rest.group().endswith("]")
                found.append(
                    self._f(
                        m.start(),
                        m.end(),
                        "words inside the citation brackets"
                        if closed
                        else "unclosed citation bracket",
                        f"{'keep only the IDs' if closed else 'close it'}: [{m.group(1).lower()}]",
                    )
                )
        if "parentheses" in self.checks:
            for m in _PAREN.finditer(masked):
                ids = _ID_TOKEN.findall(m.group(1))
                is_known, attempt = _paren_attempt(ids, known)
                if not attempt:
                    continue
                repl = "[" + ", ".join(i.lower() for i in ids) + "]"
                # A fix never joins lines: "(c1000001" and ")" on two lines is only reported.
                one_line = "\n" not in m.group() and "\r" not in m.group()
                fix = (
                    Fix(f"use brackets: {repl}", (Edit(m.start(), m.end(), repl),))
                    if is_known and one_line and _is_citation(repl, doc)
                    else None
                )
                found.append(
                    self._f(
                        m.start(), m.end(), "citation in parentheses", f"use brackets: {repl}", fix
                    )
                )
        if "duplicate" in self.checks:
            found.extend(self._duplicates(doc))
        found.sort(key=lambda f: f.start)
        yield from found

    def _repeats_in_run(self, run: list[Citation]) -> Iterator[Finding]:
        """One finding for a run of touching markers that cites a source twice ("[a][b][a]",
        "[a, b][a]"); two identical neighbours are the adjacent check's."""
        if len(run) < 2:
            return
        seen: set[str] = set()
        for k, c in enumerate(run):
            ids = [ci.id for ci in c.ids]
            if k and ids == [ci.id for ci in run[k - 1].ids]:
                return  # "[a][a]": reported as the same citation twice in a row
            if seen.intersection(ids):
                again = next(i for i in ids if i in seen)
                fix = None
                if len(ids) == 1:  # the repeated marker alone: remove it, and the space before
                    fix = Fix("remove the repeated citation", (Edit(run[k - 1].end, c.end, ""),))
                yield self._f(
                    c.start, c.end, f"{again} is cited again in this run", "keep one", fix
                )
                return
            seen.update(ids)

    def _repair(self, doc: Document, start: int, end: int, problem: str, ids: list[str]) -> Finding:
        """A finding whose repair writes ``ids`` as one bracketed marker (when that is a
        citation under the digest's pattern)."""
        canonical = "[" + ", ".join(i.lower() for i in ids) + "]"
        if not _is_citation(canonical, doc):
            return self._f(start, end, problem, f"its IDs must match {doc.citation_pattern!r}")
        fix = Fix(f"write {canonical}", (Edit(start, end, canonical),))
        return self._f(start, end, problem, f"write {canonical}", fix)

    def _f(
        self, start: int, end: int, problem: str, suggestion: str, fix: Fix | None = None
    ) -> Finding:
        return Finding(start, end, {"problem": problem, "suggestion": suggestion}, fix=fix)

    def _bracket(
        self,
        doc: Document,
        start: int,
        end: int,
        body: str,
        ids: list[str],
        worded: bool = False,  # IDs were joined by "and", "&" or a dash
    ) -> Iterator[Finding]:
        lengths_ok = all(len(i) == 8 for i in ids)
        canonical = "[" + ", ".join(i.lower() for i in ids) + "]"
        if not lengths_ok:
            if "length" in self.checks:
                bad = next(i for i in ids if len(i) != 8)
                yield self._f(
                    start,
                    end,
                    f"citation ID {bad!r} has {len(bad)} hex digits, not 8",
                    "check the ID against the source list",
                )
            return
        problems = []
        if any(i != i.lower() for i in ids) and "case" in self.checks:
            problems.append("upper-case hex digits")
        stray = _STRAY_SEP.search(body) is not None
        if stray and "separator" in self.checks:
            problems.append("a stray separator")
        elif body != body.strip() and "spacing" in self.checks:
            problems.append("spaces inside the brackets")
        # the IDs' own separators, once the stray ones are gone
        core = (
            _SEP_RUN.sub(lambda m: m.group().strip()[0], body.strip(" \t,;/|")) if stray else body
        )
        multi_sep_ok = _SEPARATED_IDS.fullmatch(core)
        if len(ids) > 1 and (worded or not multi_sep_ok) and "separator" in self.checks:
            problems.append("IDs not separated by ',' or ';'")
        if not problems:
            return
        if _is_citation(canonical, doc):
            fix = Fix(f"write {canonical}", (Edit(start, end, canonical),))
            yield self._f(start, end, " and ".join(problems), f"write {canonical}", fix)
        else:
            hint = f"its IDs must match citation-pattern {doc.citation_pattern!r}"
            yield self._f(start, end, " and ".join(problems), hint)

    def _duplicates(self, doc: Document) -> Iterator[Finding]:
        cites = doc.citations
        masked = doc.masked
        for c in cites:
            seen: set[str] = set()
            for ci in c.ids:
                if ci.id in seen:
                    repl = "[" + ", ".join(dict.fromkeys(x.id for x in c.ids)) + "]"
                    yield self._f(
                        c.start,
                        c.end,
                        f"{ci.id} is cited twice in one marker",
                        f"write {repl}",
                        Fix(f"write {repl}", (Edit(c.start, c.end, repl),)),
                    )
                    break
                seen.add(ci.id)
        # "[a][b][a]": a source cited again later in one run of markers
        run = [cites[0]] if cites else []
        for prev, cur in itertools.pairwise(cites):
            if masked[prev.end : cur.start].strip(" \t") == "":
                run.append(cur)
                continue
            yield from self._repeats_in_run(run)
            run = [cur]
        yield from self._repeats_in_run(run)
        for prev, cur in itertools.pairwise(cites):
            gap = masked[prev.end : cur.start]
            if gap.strip() == "" and [i.id for i in prev.ids] == [i.id for i in cur.ids]:
                # Across a line break the repeat may belong to the next line or paragraph:
                # removing it would join lines, so that case is reported without a fix.
                fix = (
                    None
                    if "\n" in gap or "\r" in gap
                    else Fix("remove the repeated citation", (Edit(prev.end, cur.end, ""),))
                )
                yield self._f(
                    prev.start, cur.end, "the same citation twice in a row", "keep one", fix
                )
