"""Safe fixes: apply the :class:`~seedlint.diagnostics.Fix` objects rules attach to their
findings, show them as a unified diff, or write them back to the files atomically.

Only the text inside an edit's span changes: the rest of the file (line ends, BOM,
final newline, every other byte) is written back exactly as it was read.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from seedlint import outfile
from seedlint.diagnostics import Diagnostic, Edit
from seedlint.errors import SeedlintError

# Fix, re-lint, fix again: overlapping fixes, and fixes that make a new match ("in order
# in order to" → "in order to" → "to"), need more than one pass. Usually two suffice; the
# bound only stops a user rule whose replacement keeps re-creating its own match.
MAX_PASSES = 50
BOM = "\ufeff"

Linter = Callable[[str], Sequence[Diagnostic]]


def _conflict(a: Edit, b: Edit) -> bool:
    """Two edits collide when their spans overlap or both insert at one place."""
    return a.start == b.start or (a.start < b.end and b.start < a.end)


def _collides(e: Edit, chosen: list[Edit], starts: list[int]) -> bool:
    """Whether ``e`` collides with one of the disjoint ``chosen`` edits: only the two
    around its start can (each edit checked against all of them was quadratic)."""
    i = bisect.bisect_left(starts, e.start)
    return (i > 0 and _conflict(e, chosen[i - 1])) or (i < len(chosen) and _conflict(e, chosen[i]))


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """Apply every fix that does not collide with an earlier one (by position).

    Returns the new text and how many findings were fixed. A fix is applied whole or
    not at all; fixes with edits outside ``text`` are skipped. Findings whose fix is
    identical to one already applied count as fixed too (one repair, two reports)."""
    chosen: list[Edit] = []  # disjoint, by start (``starts`` holds their starts)
    starts: list[int] = []
    applied: set[tuple[Edit, ...]] = set()
    count = 0
    fixes = [d.fix for d in diagnostics if d.fix is not None and d.fix.edits]
    fixes.sort(key=lambda f: (min(e.start for e in f.edits), max(e.end for e in f.edits)))
    n = len(text)
    for fix in fixes:
        edits = tuple(sorted(fix.edits, key=lambda e: (e.start, e.end)))
        if edits in applied:
            count += 1
            continue
        if any(not 0 <= e.start <= e.end <= n for e in edits):
            continue
        if any(_conflict(a, b) for a, b in itertools.pairwise(edits)):
            continue
        if any(_collides(e, chosen, starts) for e in edits):
            continue
        if all(text[e.start : e.end] == e.replacement for e in edits):
            continue  # a no-op: applying it would fix nothing
        for e in edits:
            i = bisect.bisect_left(starts, e.start)
            starts.insert(i, e.start)
            chosen.insert(i, e)
        applied.add(edits)
        count += 1
    if not chosen:
        return text, 0
    chosen.sort(key=lambda e: e.start)
    parts: list[str] = []
    pos = 0
    for e in chosen:
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts), count


def fix_until_stable(text: str, lint: Linter, max_passes: int = MAX_PASSES) -> tuple[str, int]:
    """Lint, apply the fixes that fit together, and repeat (at most ``max_passes`` times)
    until no fixable finding remains or a pass changes nothing."""
    total = 0
    seen = {text}
    for _ in range(max_passes):
        fixable = [d for d in lint(text) if d.fix is not None]
        if not fixable:
            break
        new, count = apply_fixes(text, fixable)
        if new in seen:  # no change, or a cycle between user replacements
            break
        seen.add(new)
        text = new
        total += count
    return text, total


def unified_diff(old: str, new: str, path: str) -> str:
    """A unified diff (``patch -p0`` applies it) of two texts of one file.

    Lines are split on ``\\n`` only, as ``patch`` does, so ``\\r\\n`` ends stay visible; a
    last line without a newline gets the usual ``\\ No newline at end of file`` marker."""
    if old == new:
        return ""
    out: list[str] = []
    # patch reads a file name up to a tab: one after a name with spaces keeps it whole; a
    # name with a line break or a quote is C-quoted, as git writes it (patch reads that)
    name = _quoted(path) if not path.isprintable() or '"' in path else path
    tab = "\t" if name == path and any(c.isspace() for c in path) else ""
    for line in difflib.unified_diff(
        _split(old), _split(new), fromfile=name, tofile=name, lineterm="\n"
    ):
        if line in (f"--- {name}\n", f"+++ {name}\n"):
            line = line[:-1] + tab + "\n"
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


_C_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _quoted(path: str) -> str:
    """``path`` as git quotes a file name: in double quotes, C escapes, other control and
    non-ASCII bytes in octal."""
    out = []
    for byte in path.encode("utf-8", "surrogateescape"):
        ch = chr(byte)
        if ch in _C_ESCAPES:
            out.append(_C_ESCAPES[ch])
        elif byte < 0x20 or byte >= 0x7F:
            out.append(f"\\{byte:03o}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _split(text: str) -> list[str]:
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def write_atomic(path: str | os.PathLike[str], data: bytes, *, expect: bytes | None = None) -> None:
    """Replace the file's contents with ``data`` in one step (see
    :func:`seedlint.outfile.write_atomic`); with ``expect``, only if it still holds
    exactly those bytes."""
    outfile.write_atomic(path, data, what="fixes", expect=expect)


def encode(text: str, had_bom: bool) -> bytes:
    """The bytes of a decoded digest: UTF-8, with the BOM back if it had one."""
    return ((BOM if had_bom else "") + text).encode("utf-8")


class FixResult:
    """What fixing a set of files did (or, for ``--diff``, would do)."""

    __slots__ = ("diff", "errors", "files", "fixed", "unfixed")

    def __init__(self) -> None:
        self.fixed = 0  # findings fixed
        self.files: list[str] = []  # files changed
        self.diff = ""
        self.errors: list[SeedlintError] = []
        self.unfixed: list[str] = []  # files left alone because a rule or directive failed

    def summary(self, *, dry_run: bool = False) -> str:
        verb = "Would fix" if dry_run else "Fixed"
        problems = "problem" if self.fixed == 1 else "problems"
        files = "file" if len(self.files) == 1 else "files"
        out = f"{verb} {self.fixed} {problems} in {len(self.files)} {files}"
        if self.unfixed:
            n = len(self.unfixed)
            out += f"; {n} file{'s' if n != 1 else ''} with errors left as {'it is' if n == 1 else 'they are'}"
        return out


def fix_files(
    paths: Iterable[Path],
    lint: Callable[[str, str, bool], Sequence[Diagnostic]],
    *,
    write: bool,
    diff: bool,
    max_passes: int = MAX_PASSES,
) -> FixResult:
    """Fix each file in memory; with ``write`` replace it on disk, with ``diff`` collect
    a unified diff. ``lint(text, path, had_bom)`` returns a text's findings.

    Each file is written as soon as it is fixed, atomically, so a run that stops midway
    leaves every file either as it was or fully fixed. Problems with one file (cannot
    read, cannot write) go to ``errors`` and the other files are still fixed."""
    from seedlint.files import decode

    result = FixResult()
    for p in paths:
        name = str(p)
        try:
            with open(name, "rb") as fh:
                data = fh.read()
            decoded = decode(data, name)
        except (SeedlintError, OSError) as exc:
            if not write:  # --diff: no lint follows to report it
                result.errors.append(
                    exc
                    if isinstance(exc, SeedlintError)
                    else SeedlintError(f"cannot read: {exc.strerror or exc}", path=name)
                )
            continue  # --fix: the lint that follows reports it
        try:
            new, count = fix_until_stable(
                decoded.text, _bind(lint, name, decoded.had_bom), max_passes
            )
        except SeedlintError as exc:
            # a rule or a directive failed on this file: what its fixes would do is unclear,
            # so it is left alone (with --fix the lint that follows reports the error)
            result.unfixed.append(name)
            if not write:
                result.errors.append(exc)
            continue
        if new == decoded.text:
            continue
        if diff:
            result.diff += unified_diff(
                (BOM if decoded.had_bom else "") + decoded.text,
                (BOM if decoded.had_bom else "") + new,
                name,
            )
        if write:
            try:
                write_atomic(name, encode(new, decoded.had_bom), expect=data)
            except SeedlintError as exc:
                result.errors.append(exc)
                continue
        result.fixed += count
        result.files.append(name)
    return result


def _bind(lint: Callable[[str, str, bool], Sequence[Diagnostic]], name: str, bom: bool) -> Linter:
    def one(text: str) -> Sequence[Diagnostic]:
        return lint(text, name, bom)

    return one


def fix_text(
    text: str,
    *,
    sources: Mapping[str, Any] | Any = None,
    config: Any = None,
    path: str | os.PathLike[str] | None = None,
) -> str:
    """The digest ``text`` with every safe fix applied (see :func:`seedlint.lint_text`
    for ``sources``, ``config`` and ``path``). A leading BOM is kept."""
    from seedlint.config import Config
    from seedlint.runner import AUTO, Overrides, Session

    name = str(path) if path is not None else "<text>"
    if config is None and path is None:
        config = Config()
    session = Session(Overrides(), config)
    if path is not None and session.excludes(Path(name)):
        return text  # the config's `exclude` leaves it out, as `--fix -` would
    bom = text.startswith(BOM)
    body = text[1:] if bom else text
    chosen: Any = sources if sources is not None else (AUTO if path is not None else None)

    def lint(t: str) -> Sequence[Diagnostic]:
        return session.lint_text(t, name, had_bom=bom, sources=chosen)[0]

    new, _ = fix_until_stable(body, lint)
    return (BOM if bom else "") + new


Shown = Callable[[Sequence[Diagnostic], str], Sequence[Diagnostic]]


def run_cli(
    args: Any, session: Any, report: Any, files: Sequence[Path], shown: Shown | None = None
) -> int | None:
    """``--fix`` and ``--diff`` for the command line.

    ``--diff`` prints the diff and returns the exit status (1 when there is something
    to fix, 0 when not, 2 on errors). ``--fix`` writes the files, prints the summary to
    stderr and returns ``None`` so that the normal lint reports what is left; with
    ``-`` (stdin) it writes the fixed text to stdout and returns the exit status.

    ``shown(diagnostics, text)`` keeps the findings the report would show (what
    ``--baseline`` and ``--changed-since`` leave): only those are fixed."""
    import sys

    from seedlint.files import decode
    from seedlint.runner import Report, Session

    assert isinstance(session, Session) and isinstance(report, Report)

    stdin_name: str = args.stdin_filename or "-"
    # a name an `exclude` covers is left alone, as the named file would be
    stdin_excluded = bool(args.stdin_filename) and session.excludes(Path(stdin_name))

    def lint(text: str, name: str, bom: bool) -> Sequence[Diagnostic]:
        if name == stdin_name and stdin_excluded:
            return []
        found = session.lint_text(text, name, had_bom=bom)[0]
        return shown(found, text) if shown is not None else found

    use_stdin = "-" in args.paths
    if use_stdin and args.fix and not args.diff and any(p != "-" for p in args.paths):
        raise SeedlintError("--fix with '-' (stdin) cannot be combined with other paths")
    if use_stdin and args.fix and not args.diff and args.output is not None:
        # said, not ignored: the fixed text goes to standard output, the findings to stderr
        raise SeedlintError("--fix with '-' writes the fixed text to standard output; drop -o")
    result = fix_files(files, lint, write=not args.diff, diff=args.diff)
    stdin_text: str | None = None
    stdin_bom = False
    if use_stdin:
        try:
            decoded = decode(args.piped.read(), stdin_name)
        except SeedlintError as exc:
            result.errors.append(exc)
        else:
            stdin_bom = decoded.had_bom
            try:
                new, count = fix_until_stable(
                    decoded.text, lambda t: lint(t, stdin_name, stdin_bom)
                )
            except SeedlintError as exc:
                result.errors.append(exc)
            else:
                stdin_text = new
                if new != decoded.text:
                    result.fixed += count
                    result.files.append(stdin_name)
                    bom = BOM if stdin_bom else ""
                    result.diff += unified_diff(bom + decoded.text, bom + new, stdin_name)
    errors = [*report.errors, *result.errors]
    if args.diff:
        if args.output is not None:  # -o: the patch to a file, like any report
            from seedlint.outfile import write_atomic as write_output

            try:
                write_output(args.output, result.diff.encode("utf-8", "surrogateescape"))
            except SeedlintError as exc:
                errors.append(exc)
        else:
            sys.stdout.buffer.write(result.diff.encode("utf-8", "surrogateescape"))
            sys.stdout.flush()
        if not args.quiet:
            print(result.summary(dry_run=True), file=sys.stderr)
        for err in errors:
            print(f"seedlint: error: {err}", file=sys.stderr)
        return 2 if errors else (1 if result.diff else 0)
    if not args.quiet:
        print(result.summary(), file=sys.stderr)
    if not use_stdin:
        report.errors.extend(result.errors)
        return None
    for err in errors:
        print(f"seedlint: error: {err}", file=sys.stderr)
    if stdin_text is None:
        args.piped.give_back()  # as it came: a filter must never empty its buffer
        return 2
    args.piped.answer(((BOM if stdin_bom else "") + stdin_text).encode("utf-8"))
    left = lint(stdin_text, stdin_name, stdin_bom)
    from seedlint.formatters import FormatOptions, get_formatter
    from seedlint.runner import _finish

    rest = Report(diagnostics=list(left), files=[stdin_name], errors=list(errors))
    _finish(session, rest)
    if left and not args.quiet:
        sys.stderr.write(get_formatter("text")(rest, FormatOptions(quiet=True)))
    return rest.exit_code(args.fail_on)
