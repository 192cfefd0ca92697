"""``--changed-since REF``: keep only findings on lines changed since a git ref.

Changed lines come from ``git diff --unified=0 REF`` (working tree against REF, so staged
and unstaged edits both count). A file git does not track counts as changed everywhere,
and so does a digest whose sidecar sources file changed (any citation may be affected).
A pure deletion marks the lines on both sides of the gap."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

from seedlint.diagnostics import Diagnostic
from seedlint.errors import SeedlintError
from seedlint.sources import sidecar_for

ALL = None  # marker: every line of the file counts as changed
Changes = dict[Path, set[int] | None]

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def _git(args: Sequence[str], cwd: Path) -> str:
    env = dict(os.environ, LC_ALL="C", GIT_OPTIONAL_LOCKS="0")
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotePath=false", *args],
            cwd=cwd,
            capture_output=True,
            env=env,
            check=False,
        )
    except FileNotFoundError:
        raise SeedlintError("--changed-since needs git, which is not installed") from None
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise _GitFailed(msg[-1] if msg else f"git {args[0]} failed")
    return proc.stdout.decode("utf-8", "surrogateescape")


class _GitFailed(Exception):
    pass


def unquote(name: str) -> str:
    """A path as git prints it: C-quoted when it holds unusual characters."""
    if not (len(name) >= 2 and name.startswith('"') and name.endswith('"')):
        return name
    body, out, i = name[1:-1], bytearray(), 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if re.fullmatch(r"[0-7]{3}", body[i + 1 : i + 4]):
                out.append(int(body[i + 1 : i + 4], 8))
                i += 4
                continue
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
        out.extend(ch.encode("utf-8", "surrogateescape"))
        i += 1
    return out.decode("utf-8", "surrogateescape")


def parse_diff(diff: str, top: Path) -> dict[Path, set[int]]:
    """Changed (new-side) line numbers per file from ``git diff --unified=0`` output."""
    out: dict[Path, set[int]] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[4:].rstrip("\t")
            if name == "/dev/null":
                current = None
                continue
            name = unquote(name)
            if name.startswith("b/"):
                name = name[2:]
            current = out.setdefault((top / name).resolve(), set())
            continue
        m = _HUNK.match(line)
        if m is not None and current is not None:
            start = int(m.group(1))
            count = 1 if m.group(2) is None else int(m.group(2))
            if count == 0:
                current.update({start, start + 1} - {0})
            else:
                current.update(range(start, start + count))
    return out


def changed_lines(ref: str, paths: Iterable[Path], cwd: Path | None = None) -> Changes:
    """For each of ``paths`` (resolved): the changed line numbers, or ``None`` for all."""
    wanted = [p.resolve() for p in paths]
    # The repository of the current folder, else the first one that holds a file.
    tops: list[Path] = [(cwd or Path.cwd()).resolve()]
    tops += [p.parent for p in wanted if p.parent.is_dir()]
    top: Path | None = None
    for here in dict.fromkeys(tops):
        try:
            top = Path(_git(["rev-parse", "--show-toplevel"], here).strip()).resolve()
            break
        except _GitFailed:
            continue
    if top is None:
        raise SeedlintError("--changed-since works only inside a git repository")
    try:
        _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], top)
    except _GitFailed:
        raise SeedlintError(f"--changed-since: unknown git revision {ref!r}") from None

    result: Changes = {}
    inside: list[Path] = []
    for p in wanted:
        try:
            p.relative_to(top)
        except ValueError:
            result[p] = ALL  # outside the repository: git knows nothing of it
        else:
            if p.exists():
                inside.append(p)
            else:  # standard input named for no file on disk: nothing to compare with
                result[p] = ALL
    if not inside:
        return result
    sidecars = {p: s.resolve() for p in inside if (s := sidecar_for(p)) is not None}
    names = [str(p) for p in inside] + [str(s) for s in sidecars.values()]
    try:
        # A file renamed since ``ref`` is compared with its old self, not taken as new:
        # `git mv` alone changes no line. Rename detection needs the old name in the
        # pathspec too, so the renames of the whole tree are listed first (names only).
        old_names = _renamed_from(ref, top, {Path(n) for n in names})
        diff = _git(
            [
                "diff",
                "--unified=0",
                "--no-color",
                "--no-ext-diff",
                # whatever the user's config (diff.noprefix, diff.mnemonicPrefix,
                # diff.relative), names come as "b/PATH" from the top: parse_diff reads them
                "--src-prefix=a/",
                "--dst-prefix=b/",
                "--no-relative",
                # ...and as text, line for line: no textconv filter, no "-diff"
                # attribute turning it into "Binary files differ", no merged hunks
                "--no-textconv",
                "--text",
                "--inter-hunk-context=0",
                "--find-renames" if old_names else "--no-renames",
                ref,
                "--",
                *names,
                *old_names,
            ],
            top,
        )
        # what git tracks: anything else (new, ignored, in a nested repository that
        # git sees only as a folder) counts as changed everywhere
        tracked_out = _git(["ls-files", "-z", "--", *names], top)
    except _GitFailed as exc:
        raise SeedlintError(f"--changed-since: git failed: {exc}") from None
    changed = parse_diff(diff, top)
    tracked = {(top / n).resolve() for n in tracked_out.split("\0") if n}
    untracked = {Path(n) for n in names} - tracked
    for p in inside:
        side = sidecars.get(p)
        if p in untracked or (side is not None and (side in untracked or side in changed)):
            result[p] = ALL
        else:
            result[p] = changed.get(p, set())
    return result


def _renamed_from(ref: str, top: Path, names: set[Path]) -> list[str]:
    """The old names (from ``top``) of the files in ``names`` that git sees as renamed
    since ``ref``."""
    out = _git(
        ["diff", "--name-status", "-z", "--find-renames", "--no-ext-diff", "--no-relative", ref],
        top,
    )
    fields = out.split("\0")
    old: list[str] = []
    i = 0
    while i < len(fields) and fields[i]:
        status = fields[i]
        if status.startswith(("R", "C")) and i + 2 < len(fields):
            if (top / fields[i + 2]).resolve() in names:
                old.append(str(top / fields[i + 1]))
            i += 3
        else:
            i += 2
    return old


def keep_changed(diags: Iterable[Diagnostic], changes: Changes) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for d in diags:
        key = Path(d.path).resolve()
        if key not in changes:
            out.append(d)  # not a file we asked about (stdin): keep it
            continue
        lines = changes[key]
        if lines is None or any(n in lines for n in range(d.line, max(d.line, d.end_line) + 1)):
            out.append(d)
    return out
