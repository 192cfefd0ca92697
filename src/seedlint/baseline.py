"""``--baseline FILE``: adopt seedlint on an existing corpus by muting known findings.

A baseline records each finding by a key that survives edits elsewhere in the file:
the path (relative to the baseline's folder), the rule code, the flagged text and a hash
of the sentence(s) the finding sits in — no line or column numbers. Identical keys are
counted, so a third copy of a muted finding in the same sentence is reported again.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from seedlint.diagnostics import Diagnostic
from seedlint.errors import SeedlintError
from seedlint.files import read_digest
from seedlint.outfile import write_atomic
from seedlint.segment import split_sentences

FORMAT_VERSION = 1

Key = tuple[str, str, str, str]  # path, code, flagged text, context hash
K = TypeVar("K")


class Outcome:
    """What applying a baseline did."""

    __slots__ = ("muted", "stale")

    def __init__(self) -> None:
        self.muted = 0
        self.stale = 0  # recorded findings that no longer occur


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def context_of(d: Diagnostic, text: str | None) -> str:
    """The sentence(s) around the finding, whitespace-normalised; the finding's own
    line(s) when the file cannot be read or the finding has no offsets."""
    if text is None:
        return ""
    starts = _line_starts(text)
    if not 1 <= d.line <= len(starts):
        return ""
    first = starts[d.line - 1]
    last_line = min(max(d.end_line, d.line), len(starts))
    stop = starts[last_line] - 1 if last_line < len(starts) else len(text)
    start, end = d.start, max(d.end, d.start)
    if first <= start <= stop and end <= stop and end > 0:
        spans = split_sentences(text, first, stop)
        hit = [s for s in spans if s[0] < max(end, start + 1) and s[1] > start]
        if hit:
            first, stop = hit[0][0], hit[-1][1]
    return " ".join(text[first:stop].split())


def _rel(path: str, root: Path) -> str:
    if path == "-":
        return path
    p = Path(path).resolve()
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return p.as_posix()


class _Texts:
    def __init__(self, known: dict[str, str]) -> None:
        self._known = known
        self._cache: dict[str, str | None] = {}

    def get(self, path: str) -> str | None:
        if path in self._known:
            return self._known[path]
        if path not in self._cache:
            try:
                self._cache[path] = read_digest(path).text
            except SeedlintError:
                self._cache[path] = None
        return self._cache[path]


def keys(diags: Iterable[Diagnostic], root: Path, texts: dict[str, str] | None = None) -> list[Key]:
    store = _Texts(texts or {})
    out: list[Key] = []
    for d in diags:
        ctx = context_of(d, store.get(d.path))
        digest = hashlib.sha256(ctx.encode("utf-8")).hexdigest()[:16]
        out.append((_rel(d.path, root), d.code, d.text, digest))
    return out


def write(path: Path, diags: list[Diagnostic], texts: dict[str, str] | None = None) -> int:
    """Record every finding in ``diags``; returns how many were written."""
    root = path.resolve().parent
    counts: Counter[Key] = Counter(keys(diags, root, texts))
    first: dict[Key, Diagnostic] = {}
    for k, d in zip(keys(diags, root, texts), diags, strict=True):
        first.setdefault(k, d)
    entries: list[dict[str, Any]] = []
    for k in sorted(counts):
        d = first[k]
        entries.append(
            {
                "path": k[0],
                "code": k[1],
                "rule": d.rule,
                "text": k[2],
                "context": k[3],
                "count": counts[k],
                "line": d.line,  # for people reading the file; never used for matching
            }
        )
    doc = {"seedlint_baseline": FORMAT_VERSION, "findings": entries}
    write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return sum(counts.values())


def load(path: Path) -> Counter[Key]:
    from seedlint.readfile import read_text

    if not path.exists():
        raise SeedlintError(
            "baseline file does not exist (create it with --write-baseline)", path=str(path)
        )
    raw = read_text(path, "baseline")  # an editor's BOM is harmless
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SeedlintError(
            f"baseline is not valid JSON: {exc.msg}", path=str(path), line=exc.lineno
        ) from None
    except RecursionError:
        raise SeedlintError("baseline is nested too deeply to be one", path=str(path)) from None
    if not isinstance(doc, dict) or doc.get("seedlint_baseline") != FORMAT_VERSION:
        raise SeedlintError(
            f'not a seedlint baseline (expected "seedlint_baseline": {FORMAT_VERSION})',
            path=str(path),
        )
    findings = doc.get("findings")
    if not isinstance(findings, list):
        raise SeedlintError('baseline has no "findings" list', path=str(path))
    out: Counter[Key] = Counter()
    for i, e in enumerate(findings):
        try:
            key = (e["path"], e["code"], e["text"], e["context"])
            count = e.get("count", 1)
        except (TypeError, KeyError, AttributeError):
            raise SeedlintError(
                f"baseline entry {i + 1} needs path, code, text and context", path=str(path)
            ) from None
        if not all(isinstance(x, str) for x in key) or not isinstance(count, int) or count < 1:
            raise SeedlintError(f"baseline entry {i + 1} is malformed", path=str(path))
        out[key] += count
    return out


def apply(
    path: Path,
    diags: list[Diagnostic],
    texts: dict[str, str] | None = None,
    linted: Iterable[str] = (),
) -> tuple[list[Diagnostic], Outcome]:
    """The findings of ``diags`` that the baseline at ``path`` does not account for.
    Entries left over count as stale only for files in ``linted`` (this run's files)."""
    budget = load(path)
    root = path.resolve().parent
    outcome = Outcome()
    kept = _unmuted(budget, root, diags, texts)
    outcome.muted = len(diags) - len(kept)
    seen = {_rel(p, root) for p in linted}
    outcome.stale = sum(n for k, n in budget.items() if n > 0 and k[0] in seen)
    return kept, outcome


def unaccounted(budget: Counter[K], keyed: Iterable[tuple[K, Diagnostic]]) -> list[Diagnostic]:
    """The findings that ``budget`` (a count per key) does not account for; it is spent.
    A baseline counts by :func:`keys`; ``--fix`` by rule and flagged text."""
    kept: list[Diagnostic] = []
    for k, d in keyed:
        if budget[k] > 0:
            budget[k] -= 1
        else:
            kept.append(d)
    return kept


def _unmuted(
    budget: Counter[Key], root: Path, diags: list[Diagnostic], texts: dict[str, str] | None
) -> list[Diagnostic]:
    """The findings of ``diags`` that the baseline ``budget`` does not account for."""
    return unaccounted(budget, zip(keys(diags, root, texts), diags, strict=True))


def muter(path: Path) -> Callable[[list[Diagnostic], str], list[Diagnostic]]:
    """For ``--fix``: drops from one file's findings (with the file's text) those the
    baseline at ``path`` records. The file is read once, however many times it is asked."""
    root = path.resolve().parent
    by_file: dict[str, Counter[Key]] = {}
    for k, n in load(path).items():
        by_file.setdefault(k[0], Counter())[k] = n

    def mute(diags: list[Diagnostic], text: str) -> list[Diagnostic]:
        if not diags:
            return diags
        budget = Counter(by_file.get(_rel(diags[0].path, root), Counter()))
        return _unmuted(budget, root, diags, {diags[0].path: text})

    return mute
