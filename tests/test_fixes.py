"""``--fix``, ``--diff``, :func:`seedlint.fixes.apply_fixes` and :func:`seedlint.fix_text`."""

from __future__ import annotations

import itertools
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seedlint
from seedlint.diagnostics import Diagnostic, Edit, Fix, Severity
from seedlint.fixes import apply_fixes, unified_diff

Run = Callable[..., Any]

CLAIM = "Officials raised concerns about the talks with the agency"
SOURCES = "38c5ecf8: null\n0e0947df: null\n"


def diag(start: int, end: int, *edits: tuple[int, int, str]) -> Diagnostic:
    fix = Fix("fix", tuple(Edit(*e) for e in edits)) if edits else None
    return Diagnostic("<t>", 1, 1, 1, 1, "SL000", "x", Severity.ERROR, "m", "", start, end, fix)


def write(tmp: Path, name: str, data: bytes, sources: bool = True) -> Path:
    p = tmp / name
    p.write_bytes(data)
    if sources:
        (tmp / (p.stem + ".sources.yaml")).write_text(SOURCES, encoding="utf-8")
    return p


# -- apply_fixes ------------------------------------------------------------------------


def test_apply_fixes_applies_disjoint_fixes_and_skips_overlapping_ones() -> None:
    text = "0123456789"
    new, n = apply_fixes(
        text,
        [
            diag(0, 2, (0, 2, "ab")),
            diag(1, 3, (1, 3, "XY")),  # overlaps the first: left for the next pass
            diag(5, 5, (5, 5, "+")),  # an insertion
            diag(8, 10, (8, 10, "")),
            diag(8, 10, (8, 10, "")),  # the same repair reported twice
            diag(4, 4),  # no fix
        ],
    )
    assert new == "ab234+567"
    assert n == 4


def test_apply_fixes_skips_out_of_range_and_self_overlapping_fixes() -> None:
    assert apply_fixes("abc", [diag(0, 9, (0, 9, "x"))]) == ("abc", 0)
    assert apply_fixes("abc", [diag(0, 3, (0, 2, "x"), (1, 3, "y"))]) == ("abc", 0)
    assert apply_fixes("abc", [diag(0, 1, (0, 1, "a"))]) == ("abc", 0)  # a no-op


# -- fix_text (the API) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (f"{CLAIM} [38C5ECF8].", f"{CLAIM} [38c5ecf8]."),
        (f"{CLAIM} [ 38c5ecf8 ].", f"{CLAIM} [38c5ecf8]."),
        (f"{CLAIM} (38c5ecf8).", f"{CLAIM} [38c5ecf8]."),
        (f"{CLAIM} [38c5ecf8][38c5ecf8][38c5ecf8].", f"{CLAIM} [38c5ecf8]."),
        (f"{CLAIM} [38c5ecf8, 38c5ecf8].", f"{CLAIM} [38c5ecf8]."),
        # Two passes: the upper-case marker becomes a duplicate of its neighbour.
        (f"{CLAIM} [38C5ECF8][38c5ecf8].", f"{CLAIM} [38c5ecf8]."),
        (f"In order to win, {CLAIM} [38c5ecf8].", f"To win, {CLAIM} [38c5ecf8]."),
        (f"\ufeff{CLAIM} [38C5ECF8].", f"\ufeff{CLAIM} [38c5ecf8]."),
    ],
)
def test_fix_text(before: str, after: str) -> None:
    sources = {"38c5ecf8": None, "0e0947df": None}
    assert seedlint.fix_text(before, sources=sources) == after


def test_parentheses_are_fixed_only_when_the_id_is_known() -> None:
    text = f"{CLAIM} (38c5ecf8)."
    assert seedlint.fix_text(text) == text  # no registry: could be anything
    assert seedlint.fix_text(text, sources={"0e0947df": None}) == text


def test_a_repeat_across_a_line_break_is_not_removed() -> None:
    text = f"{CLAIM} [38c5ecf8]\n[38c5ecf8] {CLAIM}.\n"
    assert seedlint.fix_text(text, sources={"38c5ecf8": None}) == text


def test_a_phrase_across_a_line_break_is_reported_in_one_line_not_fixed() -> None:
    text = "Ministers met in\norder to agree terms [38c5ecf8].\n\nThey met again [38c5ecf8].\n"
    assert seedlint.fix_text(text, sources={"38c5ecf8": None}) == text  # no line is joined
    (d,) = [d for d in seedlint.lint_text(text) if d.rule == "wordy-phrase"]
    assert d.text == "in\norder to" and d.fix is None
    assert d.message == "Wordy phrase 'in order to'; use 'to'"  # one line in every format


def test_unfixable_findings_are_left_alone() -> None:
    text = f"{CLAIM} [38c5ecf] and [].\n"
    assert seedlint.fix_text(text, sources={"38c5ecf8": None}) == text


FRAGMENTS = [
    "[38C5ECF8]",
    "[38c5ecf8]",
    "[ 0e0947df ]",
    "(38c5ecf8)",
    "in order to",
    "a number of",
    "[38c5ecf8, 38c5ecf8]",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    "Officials said",
    "caf\u00e9 \U0001f600",
    "[",
    "]",
    ".",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_fix_text_is_idempotent_and_keeps_line_ends(parts: list[str]) -> None:
    text = "".join(parts)
    sources = {"38c5ecf8": None, "0e0947df": None}
    once = seedlint.fix_text(text, sources=sources)
    assert seedlint.fix_text(once, sources=sources) == once
    assert once.count("\n") == text.count("\n")
    assert once.count("\r\n") == text.count("\r\n")


# -- --fix on files: byte-exactness -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "prefix", "newline", "final"),
    [
        ("crlf.txt", b"", b"\r\n", b"\r\n"),
        ("bom.txt", b"\xef\xbb\xbf", b"\n", b"\n"),
        ("nofinal.md", b"", b"\n", b""),
        ("mixed.txt", b"", b"\r\n", b"\n\n\n"),
    ],
)
def test_fix_changes_only_the_fixed_bytes(
    run: Run, tmp_path: Path, name: str, prefix: bytes, newline: bytes, final: bytes
) -> None:
    head = "# Caf\u00e9 \U0001f600 digest \u2028 \u00a0".encode()
    line = CLAIM.encode()
    before = (
        prefix
        + head
        + newline
        + newline
        + "Caf\u00e9 \U0001f600 ".encode()
        + line
        + b" [38C5ECF8]."
        + newline
        + line
        + b"  (0e0947df) end."
        + final
    )
    p = write(tmp_path, name, before)
    r = run("--fix", "--select", "SL0,SL1", str(p))
    expected = before.replace(b"[38C5ECF8]", b"[38c5ecf8]").replace(b"(0e0947df)", b"[0e0947df]")
    assert p.read_bytes() == expected
    assert r.code == 0, r.out + r.err
    assert "Fixed 2 problems in 1 file" in r.err
    assert "SL003" not in r.out
    assert [f.name for f in tmp_path.iterdir() if f.name.endswith(".tmp")] == []


def test_fix_reports_what_is_left_and_exits_1(run: Run, tmp_path: Path) -> None:
    p = write(tmp_path, "d.txt", f"{CLAIM} [38C5ECF8] and [38c5ecf].\n".encode())
    r = run("--fix", str(p))
    assert r.code == 1
    assert p.read_text(encoding="utf-8") == f"{CLAIM} [38c5ecf8] and [38c5ecf].\n"
    assert "Fixed 1 problem in 1 file" in r.err
    assert "hex digits" in r.out and "upper-case" not in r.out


def test_fix_twice_is_fix_once(run: Run, tmp_path: Path) -> None:
    p = write(tmp_path, "d.txt", f"{CLAIM} [38C5ECF8][38c5ecf8] in order to win.\r\n".encode())
    run("--fix", str(p))
    once = p.read_bytes()
    assert once == f"{CLAIM} [38c5ecf8] to win.\r\n".encode()
    r = run("--fix", str(p))
    assert p.read_bytes() == once
    assert "Fixed 0 problems in 0 files" in r.err


def test_clean_file_is_not_rewritten(run: Run, tmp_path: Path) -> None:
    p = write(tmp_path, "d.txt", f"{CLAIM} [38c5ecf8].\n".encode())
    ino, mtime = p.stat().st_ino, p.stat().st_mtime_ns
    assert run("--fix", str(p)).code == 0
    assert (p.stat().st_ino, p.stat().st_mtime_ns) == (ino, mtime)


def test_fix_keeps_the_file_mode_and_symlinks(run: Run, tmp_path: Path) -> None:
    p = write(tmp_path, "d.txt", f"{CLAIM} [38C5ECF8].\n".encode())
    p.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(p.name)
    (tmp_path / "link.sources.yaml").write_text(SOURCES, encoding="utf-8")
    assert run("--fix", str(link)).code == 0
    assert link.is_symlink()
    assert p.read_text(encoding="utf-8") == f"{CLAIM} [38c5ecf8].\n"
    assert stat.S_IMODE(p.stat().st_mode) == 0o640


# -- atomicity --------------------------------------------------------------------------


def test_failed_write_leaves_the_original_and_no_temp_file(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = write(tmp_path, "a.txt", f"{CLAIM} [38C5ECF8].\n".encode())
    b = write(tmp_path, "b.txt", f"{CLAIM} [0E0947DF].\n".encode())
    before_b = b.read_bytes()
    real_replace = os.replace

    def flaky(src: Any, dst: Any) -> None:
        if str(dst).endswith("b.txt"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    r = run("--fix", str(a), str(b))
    assert r.code == 2
    assert "b.txt: cannot write fixes: No space left on device" in r.err
    assert "Traceback" not in r.err
    assert a.read_text(encoding="utf-8") == f"{CLAIM} [38c5ecf8].\n"  # new
    assert b.read_bytes() == before_b  # old, whole
    assert sorted(f.name for f in tmp_path.iterdir()) == [
        "a.sources.yaml",
        "a.txt",
        "b.sources.yaml",
        "b.txt",
    ]


def test_interrupted_write_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seedlint import fixes

    p = tmp_path / "d.txt"
    p.write_bytes(b"old")

    def boom(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        fixes.write_atomic(p, b"new content")
    assert p.read_bytes() == b"old"
    assert [f.name for f in tmp_path.iterdir()] == ["d.txt"]


def test_file_edited_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    from seedlint import fixes
    from seedlint.errors import SeedlintError

    p = tmp_path / "d.txt"
    p.write_bytes(b"edited by someone else")
    with pytest.raises(SeedlintError, match="changed while"):
        fixes.write_atomic(p, b"fixed", expect=b"what we read")
    assert p.read_bytes() == b"edited by someone else"


# -- --diff -----------------------------------------------------------------------------


def apply_unified(old: str, diff: str) -> str:
    """A small, strict ``patch``: applies the hunks of a one-file unified diff."""
    lines = old.split("\n")
    src = [ln + "\n" for ln in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    out: list[str] = []
    pos = 0
    body = diff.split("\n")[2:]
    rows = [r + "\n" for r in body[:-1]] + ([body[-1]] if body[-1] else [])
    for i, row in enumerate(rows):
        if row.startswith("\\"):
            continue
        last = i + 1 < len(rows) and rows[i + 1].startswith("\\")
        content = row[1:-1] if last else row[1:]
        if row.startswith("@@"):
            start = int(row.split()[1].split(",")[0][1:])
            start = start - 1 if start > 0 else 0
            out.extend(src[pos:start])
            pos = start
        elif row.startswith(" "):
            assert src[pos] == content
            out.append(content)
            pos += 1
        elif row.startswith("-"):
            assert src[pos] == content
            pos += 1
        elif row.startswith("+"):
            out.append(content)
    out.extend(src[pos:])
    return "".join(out)


def test_diff_prints_a_patch_and_writes_nothing(run: Run, tmp_path: Path) -> None:
    text = "\ufeffTitle\r\n\r\n" + f"{CLAIM} [38C5ECF8].\r\nx\r\ny\r\nz\r\nw\r\n{CLAIM} (0e0947df)."
    p = write(tmp_path, "d.txt", text.encode())
    r = run("--diff", "d.txt", cwd=tmp_path)
    assert r.code == 1
    assert p.read_bytes() == text.encode("utf-8")
    assert r.out.startswith("--- d.txt\n+++ d.txt\n@@ ")
    assert "\\ No newline at end of file\n" in r.out
    assert "Would fix 2 problems in 1 file" in r.err
    fixed = text.replace("[38C5ECF8]", "[38c5ecf8]").replace("(0e0947df)", "[0e0947df]")
    assert apply_unified(text, r.out) == fixed
    if shutil.which("patch"):
        (tmp_path / "fix.diff").write_bytes(r.out.encode("utf-8"))
        subprocess.run(
            ["patch", "-p0", "-s", "-i", "fix.diff"], cwd=tmp_path, check=True, timeout=30
        )
        assert p.read_bytes() == fixed.encode("utf-8")


def test_diff_exits_0_when_there_is_nothing_to_fix(run: Run, tmp_path: Path) -> None:
    p = write(tmp_path, "d.txt", f"{CLAIM} [38c5ecf] no fix for this.\n".encode())
    r = run("--diff", str(p))
    assert (r.code, r.out) == (0, "")


def test_diff_helper_marks_a_missing_final_newline() -> None:
    assert unified_diff("a\nb", "a\nc", "f") == (
        "--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n"
        "+c\n\\ No newline at end of file\n"
    )
    assert unified_diff("same", "same", "f") == ""


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("my notes.txt", "my notes.txt\t"),  # patch reads a name up to a tab
        ("nl\nx.md", '"nl\\nx.md"'),  # a line break: C-quoted, as git writes it
        ('say "hi".md', '"say \\"hi\\".md"'),
    ],
)
def test_diff_headers_name_odd_files_so_patch_applies_them(
    tmp_path: Path, name: str, header: str
) -> None:
    diff = unified_diff("a\n", "b\n", name)
    assert diff.startswith(f"--- {header}\n+++ {header}\n")
    if shutil.which("patch") is None:
        pytest.skip("no patch program to apply the diff with")
    (tmp_path / name).write_text("a\n")
    subprocess.run(
        ["patch", "-p0"], input=diff.encode(), cwd=tmp_path, check=True, capture_output=True
    )
    assert (tmp_path / name).read_text() == "b\n"


# -- stdin ------------------------------------------------------------------------------


def test_fix_stdin_writes_the_fixed_text_to_stdout(run: Run, tmp_path: Path) -> None:
    (tmp_path / "d.sources.yaml").write_text(SOURCES, encoding="utf-8")
    data = f"{CLAIM} (38c5ecf8) [38C5ECF8].\r\n".encode()
    r = run("--fix", "--stdin-filename", str(tmp_path / "d.txt"), "-", stdin=data)
    assert r.out == f"{CLAIM} [38c5ecf8].\r\n"  # pass 2 removes the duplicate
    assert r.code == 0


@pytest.mark.parametrize(
    ("data", "extra", "config"),
    [
        (b"Talks stalled in order to wait [38c5ecf8].\n", (), "ignor: [SL001]\n"),
        (b"Talks stalled in order to wait [38c5ecf8].\n", ("--sources", "nope.yaml"), None),
        (b"Talks stalled in order to wait [38c5ecf8].\n", ("--rules", "no-such-dir"), None),
        (b"Talks stalled in order to wait [38c5ecf8].\n", ("-o", "out.txt"), None),
    ],
)
def test_fix_stdin_gives_the_text_back_when_it_cannot_fix_it(
    run: Run, tmp_path: Path, data: bytes, extra: tuple[str, ...], config: str | None
) -> None:
    # an editor that pipes its buffer through `seedlint --fix -` must not get it back empty
    if config is not None:
        (tmp_path / "seedlint.yaml").write_text(config)
    r = run("--fix", *extra, "-", stdin=data, cwd=tmp_path)
    assert r.code == 2
    assert r.out == data.decode()
    assert "seedlint: error:" in r.err


def test_fix_stdin_gives_bytes_that_are_not_utf8_back_unchanged(tmp_path: Path) -> None:
    data = b"\xff not UTF-8, in order to wait [38c5ecf8].\n"
    p = _seedlint("--fix", "-", data=data, cwd=tmp_path)
    assert p.returncode == 2
    assert p.stdout == data
    assert b"not valid UTF-8" in p.stderr


@pytest.mark.parametrize("exists", [True, False])
def test_fix_stdin_with_other_paths_is_an_error(run: Run, tmp_path: Path, exists: bool) -> None:
    p = write(tmp_path, "d.txt", b"x\n") if exists else tmp_path / "missing.txt"
    r = run("--fix", "-", str(p), stdin=b"y [38C5ECF8].\n")
    assert r.code == 2
    assert "--fix with '-' (stdin) cannot be combined with other paths" in r.err
    assert r.out == "y [38C5ECF8].\n"  # the editor's text comes back unchanged


def test_fixes_that_create_new_matches_converge_in_one_run() -> None:
    text = "Crews worked in order in order in order to finish the line [38c5ecf8].\n"
    once = seedlint.fix_text(text, config=seedlint.Config(select=("SL103",)))
    assert once == "Crews worked to finish the line [38c5ecf8].\n"
    assert seedlint.fix_text(once, config=seedlint.Config(select=("SL103",))) == once


def test_diff_reports_a_file_it_cannot_read(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"Officials said \xff this [38c5ecf8].\n")
    r = run("--diff", str(bad))
    assert r.code == 2 and r.out == ""
    assert "bad.md" in r.err and "Traceback" not in r.err
    assert bad.read_bytes() == b"Officials said \xff this [38c5ecf8].\n"


def test_diff_with_output_writes_the_patch_there(run: Run, tmp_path: Path) -> None:
    p = write(tmp_path, "d.txt", f"{CLAIM} [38C5ECF8].\n".encode())
    out = tmp_path / "fix.patch"
    r = run("--diff", "-o", str(out), str(p))
    assert r.code == 1 and r.out == ""
    assert "+" + f"{CLAIM} [38c5ecf8]." in out.read_text(encoding="utf-8").splitlines()
    assert p.read_text(encoding="utf-8") == f"{CLAIM} [38C5ECF8].\n"  # --diff writes no digest


def test_statistics_as_json_and_refused_for_other_formats(run: Run, tmp_path: Path) -> None:
    import json

    p = write(tmp_path, "d.txt", f"{CLAIM} [38C5ECF8] and [38c5ecf].\n".encode())
    r = run("--statistics", "--format", "json", str(p))
    rows = json.loads(r.out)
    assert rows == [
        {
            "code": "SL003",
            "rule": "malformed-citation",
            "severity": "error",
            "count": 2,
            "fixable": 1,
        }
    ]
    bad = run("--statistics", "--format", "sarif", str(p))
    assert bad.code == 2 and "--statistics prints a table" in bad.err and bad.out == ""


def _reference_apply(text: str, diagnostics: list[Diagnostic]) -> tuple[str, int]:
    """apply_fixes as first written: every edit against every chosen one."""
    from seedlint.fixes import _conflict

    chosen: list[Edit] = []
    applied: set[tuple[Edit, ...]] = set()
    count = 0
    fixes = [d.fix for d in diagnostics if d.fix is not None and d.fix.edits]
    fixes.sort(key=lambda f: (min(e.start for e in f.edits), max(e.end for e in f.edits)))
    for fix in fixes:
        edits = tuple(sorted(fix.edits, key=lambda e: (e.start, e.end)))
        if edits in applied:
            count += 1
            continue
        if any(not 0 <= e.start <= e.end <= len(text) for e in edits):
            continue
        if any(_conflict(a, b) for a, b in itertools.pairwise(edits)):
            continue
        if any(_conflict(e, c) for e in edits for c in chosen):
            continue
        if all(text[e.start : e.end] == e.replacement for e in edits):
            continue
        chosen.extend(edits)
        applied.add(edits)
        count += 1
    chosen.sort(key=lambda e: e.start)
    out, pos = [], 0
    for e in chosen:
        out += [text[pos : e.start], e.replacement]
        pos = e.end
    return "".join(out) + text[pos:], count


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(
            st.tuples(st.integers(0, 40), st.integers(0, 6), st.sampled_from(["", "x", "yz"])),
            min_size=1,
            max_size=3,
        ),
        max_size=25,
    )
)
def test_apply_fixes_matches_the_all_pairs_reference(raw: list[list[tuple[int, int, str]]]) -> None:
    text = "abcdefghij" * 4
    diags = [diag(0, 0, *((s, min(s + n, 45), r) for s, n, r in edits)) for edits in raw]
    assert apply_fixes(text, diags) == _reference_apply(text, diags)


def test_a_file_with_a_bad_directive_is_left_as_it_is_and_says_so(run: Run, tmp_path: Path) -> None:
    f = tmp_path / "h.md"
    text = "Senators met in order to agree [38c5ecf8].\n<!-- seedlint-disabel SL103 -->\n"
    f.write_text(text)
    r = run("--no-cache", "--fix", str(f))
    assert r.code == 2 and f.read_text() == text
    assert "Fixed 0 problems in 0 files; 1 file with errors left as it is" in r.err
    assert r.err.count("unknown directive 'seedlint-disabel'") == 1


def _seedlint(*args: str, data: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "seedlint", "--no-cache", *args],
        input=data,
        capture_output=True,
        cwd=cwd,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("--fix", "--stdin-filename", "x.md", "--config", "nope.yaml"),  # no "-" named
        ("--fix", "-", "--format", "bogus"),  # a usage error, before anything ran
    ],
)
def test_fix_stdin_gives_the_text_back_on_early_errors(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    data = b"Officials met in order to agree [38c5ecf8].\n"
    p = _seedlint(*args, data=data, cwd=tmp_path)
    assert p.returncode == 2 and p.stdout == data


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (("--list-rules",), 2, "not with --fix -"),
        (("--explain", "SL001"), 2, "not with --fix -"),
        (("--version",), 0, "seedlint "),
        (("--help",), 0, "usage:"),
    ],
)
def test_fix_stdin_keeps_information_out_of_the_buffer(
    tmp_path: Path, args: tuple[str, ...], code: int, said: str
) -> None:
    # stdout is the editor's buffer: only the text goes there, what was asked for goes
    # to stderr or is refused
    data = b"Officials met in order to agree [38c5ecf8].\n"
    p = _seedlint("--fix", "-", *args, data=data, cwd=tmp_path)
    assert (p.returncode, p.stdout) == (code, data)
    assert said in p.stderr.decode()


def test_fix_stdin_into_a_closed_pipe_is_an_error(tmp_path: Path) -> None:
    # write() into a pipe closed mid-way returns short instead of raising: half the text
    # delivered used to be exit 0
    data = b"Officials met in order to agree [38c5ecf8].\n" * 20000
    proc = subprocess.Popen(
        [sys.executable, "-m", "seedlint", "--no-cache", "--fix", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(data)
    proc.stdin.close()
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 2
    assert b"standard output closed before the text was written" in err
    assert b"Traceback" not in err
