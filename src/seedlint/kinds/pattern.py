"""``pattern``: words or regexes that should not appear (existence), optionally with a
replacement (substitution), in the manner of Vale's kinds."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint import regexstore
from seedlint.diagnostics import Edit, Fix
from seedlint.document import Document
from seedlint.kinds import CheckContext, Finding, Kind, Option, register_kind

if TYPE_CHECKING:
    import regex

REGEX_TIMEOUT = 2.0  # seconds per rule and document; a runaway user pattern is stopped


class PatternTimeout(TimeoutError):
    """A user pattern ran longer than :data:`REGEX_TIMEOUT`."""


@register_kind
class Pattern(Kind):
    name = "pattern"
    summary = "words or regular expressions to avoid, with optional replacements"
    options = {
        "tokens": Option(list, [], items=str, help="literal words or phrases (word-bounded)"),
        "regex": Option(str, "", help="a regular expression (the `regex` module's syntax)"),
        "ignorecase": Option(bool, True),
        "scope": Option(str, "sentence", choices=("sentence", "paragraph", "document")),
        "exceptions": Option(list, [], items=str, help="regexes; a match equal to one is skipped"),
        "replace": Option(
            (str, dict, type(None)),
            None,
            help="a replacement for every match, or a mapping from match to replacement",
        ),
        "in-quotes": Option(
            bool,
            False,
            help="also report matches inside quotation marks (a quote or a title is "
            "someone else's words: the digest may not reword it)",
        ),
        "skip-names": Option(
            bool,
            False,
            help="skip a match that starts with a capital letter other than at the start "
            "of a sentence: part of a name ('USA Today', the film 'Yesterday')",
        ),
    }
    fields = frozenset({"match", "replacement", "suggestion"})

    def setup(self) -> None:
        tokens: list[str] = self.opts["tokens"]
        pattern: str = self.opts["regex"]
        if bool(tokens) == bool(pattern):
            raise ValueError("a pattern rule needs exactly one of 'tokens' or 'regex'")
        if any(not t.strip() for t in tokens):
            raise ValueError("option 'tokens': an empty token would match nothing")
        flags = regexstore.V1 | (regexstore.IGNORECASE if self.opts["ignorecase"] else 0)
        if tokens:
            alts = "|".join(
                regexstore.escape(t).replace(r"\ ", r"\s+")
                for t in sorted(tokens, key=len, reverse=True)
            )
            pattern = rf"(?<![\p{{L}}\p{{N}}_])(?:{alts})(?![\p{{L}}\p{{N}}_])"
        # Every match of a token contains each of its words (case-folded when the rule
        # ignores case), so a document that lacks a word of every token cannot match:
        # most documents, and a substring test is far cheaper than the regex scan.
        fold = str.casefold if self.opts["ignorecase"] else str
        self.needles = [tuple(fold(w) for w in t.split()) for t in tokens]
        try:
            self.pattern = regexstore.compile(pattern, flags)
        except regexstore.PatternError as exc:
            raise ValueError(f"option 'regex': invalid regex: {exc}") from None
        try:
            self.exceptions = [regexstore.compile(e, flags) for e in self.opts["exceptions"]]
        except regexstore.PatternError as exc:
            raise ValueError(f"option 'exceptions': invalid regex: {exc}") from None
        if not tokens and self.pattern.fullmatch(""):
            raise ValueError(
                f"option 'regex': '{pattern}' matches the empty string, and an empty match "
                "is never reported; make it match at least one character"
            )
        if not tokens and regexstore.matches_only_empty(pattern):
            raise ValueError(
                f"option 'regex': '{pattern}' can only match the empty string (a lookaround "
                "or anchor alone), so it never reports anything; make it match at least one "
                "character"
            )
        repl = self.opts["replace"]
        if repl is not None and not isinstance(repl, str | dict):
            raise ValueError("'replace' must be a string or a mapping")
        if isinstance(repl, dict):
            odd = next((k for k, v in repl.items() if not isinstance(v, str)), None)
            if odd is not None:  # YAML reads `in order to: 5` as a number, not text
                raise ValueError(
                    f"option 'replace': the replacement for {str(odd)!r} must be text "
                    f"(quote it), not {repl[odd]!r}"
                )
        self.swap = (
            {str(k).casefold(): str(v) for k, v in repl.items()} if isinstance(repl, dict) else None
        )
        if self.swap is not None and tokens:
            folded = {" ".join(t.split()).casefold() for t in tokens}
            stray = sorted(k for k in self.swap if " ".join(k.split()) not in folded)
            if stray:
                raise ValueError(
                    f"option 'replace': {', '.join(map(repr, stray))} is not one of the tokens"
                )

    def _replacement(self, matched: str) -> str | None:
        repl = self.opts["replace"]
        if isinstance(repl, str):
            return repl
        if self.swap is not None:
            return self.swap.get(" ".join(matched.split()).casefold())
        return None

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        matches = self._matches(doc)
        if not matches:
            return
        quotes = None if self.opts["in-quotes"] else doc.analysis(quoted_spans)
        sentence_starts = [s.start for s in doc.sentences] if self.opts["skip-names"] else []
        for m in matches:
            if m.end() == m.start():
                continue
            matched = m.group()
            if self._excepted(matched):
                continue
            if quotes and _inside(quotes, m.start(), m.end()):
                continue
            if sentence_starts and _name_like(doc.text, m.start(), sentence_starts):
                continue
            replacement = self._replacement(matched)
            fix = None
            suggestion = ""
            if replacement is not None:
                if matched.isupper() and sum(map(str.isalpha, matched)) > 1:
                    replacement = replacement.upper()  # "IN ORDER TO" → "TO"
                elif matched[:1].isupper() and replacement[:1].islower():
                    replacement = replacement[:1].upper() + replacement[1:]
                suggestion = f"; use '{replacement}'" if replacement else "; remove it"
                # A fix never joins lines (the line breaks are the writer's, and other
                # tools count lines): across a line break only the suggestion is given.
                if "\n" not in matched and "\r" not in matched:
                    edit = Edit(m.start(), m.end(), replacement)
                    fix = Fix(f"replace with {replacement!r}", (edit,))
            yield Finding(
                m.start(),
                m.end(),
                {"match": matched, "replacement": replacement or "", "suggestion": suggestion},
                fix=fix,
            )

    def _matches(self, doc: Document) -> list[regex.Match[str]]:
        """Matches that lie inside one unit of the rule's scope."""
        scope = self.opts["scope"]
        masked = doc.masked
        if scope == "document":
            return self._find(masked, 0, len(masked))
        units = (
            [(p.start, p.end) for p in doc.prose]
            if scope == "paragraph"
            else [(s.start, s.end) for s in doc.sentences]
        )
        if self.needles:
            hay = doc.folded if self.opts["ignorecase"] else masked
            if not any(all(w in hay for w in words) for words in self.needles):
                return []
        if not self.opts["tokens"]:
            # A user's regex may use anchors, which see each unit's bounds only when it is
            # searched unit by unit.
            return [m for start, end in units for m in self._find(masked, start, end)]
        # Token patterns only look around with lookarounds, so one pass over the text,
        # keeping the matches that fall inside a unit, finds the same matches faster.
        starts = [u[0] for u in units]
        out = []
        for m in self._find(masked, 0, len(masked)):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= units[i][1]:
                out.append(m)
        return out

    def _excepted(self, matched: str) -> bool:
        for e in self.exceptions:
            try:
                if e.fullmatch(matched, timeout=REGEX_TIMEOUT):
                    return True
            except TimeoutError:
                raise PatternTimeout(
                    f"exception {e.pattern!r} took longer than {REGEX_TIMEOUT:g}s"
                ) from None
        return False

    def _find(self, text: str, start: int, end: int) -> list[regex.Match[str]]:
        try:
            return list(self.pattern.finditer(text, start, end, timeout=REGEX_TIMEOUT))
        except TimeoutError:
            raise PatternTimeout(
                f"pattern {self.pattern.pattern!r} took longer than {REGEX_TIMEOUT:g}s"
            ) from None


# A quotation, over line breaks but not a blank line: straight or curly double quotes,
# guillemets, curly single quotes, and straight single quotes that open after a space
# ("don't" and "the '90s" open nothing). A '"' after a digit is an inch mark, not a quote.
_IN = r"(?:[^{c}\n]|\n(?![ \t]*\n))*"
_QUOTED = regexstore.compile(
    "|".join(
        [
            rf'(?<![\p{{N}}\p{{L}}])"{_IN.format(c=chr(34))}"',
            rf"“{_IN.format(c='”')}”",
            rf"«{_IN.format(c='»')}»",
            rf"„{_IN.format(c='“”')}[“”]",
            rf"(?<![\p{{L}}\p{{N}}])‘{_IN.format(c='’')}’(?![\p{{L}}])",
            rf"(?<![\p{{L}}\p{{N}}'])'(?=\p{{L}}){_IN.format(c=chr(39))}(?<=[\p{{L}}.,!?])'(?![\p{{L}}])",
        ]
    ),
    regexstore.V1,
)


def quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """The spans of ``doc`` between quotation marks, in order (shared by the pattern rules
    through ``doc.analysis``)."""
    return [m.span() for m in _QUOTED.finditer(doc.masked)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1  # the last that opens before
    return i >= 0 and spans[i][0] < start and end <= spans[i][1]


def _name_like(text: str, start: int, sentence_starts: list[int]) -> bool:
    """A capitalised word ("Today", not "TODAY") that does not open its sentence (only marks, quotes or list
    bullets before it there): part of a name."""
    if not text[start : start + 1].isupper() or text[start + 1 : start + 2].isupper():
        return False  # lower case, or capitals throughout ("LAST WEEK"): not a name
    i = bisect.bisect_right(sentence_starts, start) - 1
    opening = text[sentence_starts[i] if i >= 0 else 0 : start]
    before = opening.rstrip()
    if before.endswith((";", ":", "—", "–", "(", "[")):
        return False  # a clause opens there: "…; Yesterday the court ruled"
    return any(ch.isalnum() for ch in opening)
