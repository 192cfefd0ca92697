"""Adopting seedlint on an existing corpus: --baseline / --write-baseline, --changed-since."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result

from seedlint.gitdiff import parse_diff, unquote

Run = Callable[..., Result]

SOURCES = "38c5ecf8:\n  title: Officials and the launch\n"
# Two unknown IDs (SL002) in two paragraphs.
OLD = (
    "Officials confirmed the launch schedule for next year [38c5ecf9].\n"
    "\n"
    "Engineers described the engine tests in some detail [38c5ecf7].\n"
)


def write(folder: Path, name: str, text: str, sources: str | None = SOURCES) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    if sources is not None:
        (p.parent / (p.stem + ".sources.yaml")).write_text(sources, encoding="utf-8")
    return p


def codes_and_lines(out: str) -> list[tuple[str, int, str]]:
    """(code, line, flagged ID) from text output lines of the test digests."""
    rows = []
    for ln in out.splitlines():
        if ": SL" in ln:
            head, rest = ln.split(": ", 1)
            rows.append(
                (
                    rest.split()[0],
                    int(head.split(":")[-2]),
                    rest.split()[4] if "Cited source" in rest else "",
                )
            )
    return rows


# ---------------------------------------------------------------- --baseline


def test_write_then_everything_recorded_is_muted(run: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", OLD)
    r = run("--select", "SL002", "--baseline", "bl.json", "--write-baseline", "a.txt", cwd=tmp_path)
    assert r.code == 0
    assert r.err == "seedlint: recorded 2 findings in bl.json\n"
    data = json.loads((tmp_path / "bl.json").read_text(encoding="utf-8"))
    assert data["seedlint_baseline"] == 1
    entries = data["findings"]
    assert [(e["path"], e["code"], e["text"], e["count"]) for e in entries] == [
        ("a.txt", "SL002", "38c5ecf7", 1),
        ("a.txt", "SL002", "38c5ecf9", 1),
    ]
    assert all(len(e["context"]) == 16 for e in entries)

    r = run("--select", "SL002", "--baseline", "bl.json", "a.txt", cwd=tmp_path)
    assert r.code == 0
    assert "SL002" not in r.out
    assert r.err == "seedlint: 2 findings muted by bl.json\n"


def test_edits_elsewhere_keep_findings_muted_and_new_ones_fail(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", OLD)
    assert (
        run(
            "--select", "SL002", "--baseline", "bl.json", "--write-baseline", "a.txt", cwd=tmp_path
        ).code
        == 0
    )
    # A new paragraph on top moves both old findings down two lines; a new unknown ID.
    f.write_text(
        "A new opening paragraph cites an unknown article here [0e0947df].\n\n" + OLD,
        encoding="utf-8",
    )
    r = run("--select", "SL002", "--baseline", "bl.json", "a.txt", cwd=tmp_path)
    assert r.code == 1
    assert codes_and_lines(r.out) == [("SL002", 1, "0e0947df")]
    assert "2 findings muted" in r.err


def test_editing_the_sentence_of_a_muted_finding_unmutes_it(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", OLD)
    run("--select", "SL002", "--baseline", "bl.json", "--write-baseline", "a.txt", cwd=tmp_path)
    f.write_text(OLD.replace("in some detail", "at great length"), encoding="utf-8")
    r = run("--select", "SL002", "--baseline", "bl.json", "a.txt", cwd=tmp_path)
    assert r.code == 1
    assert codes_and_lines(r.out) == [("SL002", 3, "38c5ecf7")]
    # the edited sentence's old entry is now stale and the note says so
    assert (
        r.err
        == "seedlint: 1 finding muted by bl.json; 1 recorded no longer occur (refresh with --write-baseline)\n"
    )


def test_duplicates_are_counted(run: Run, tmp_path: Path) -> None:
    para = "Officials confirmed the launch schedule for next year [38c5ecf9].\n"
    f = write(tmp_path, "a.txt", para + "\n" + para)
    run("--select", "SL002", "--baseline", "bl.json", "--write-baseline", "a.txt", cwd=tmp_path)
    [entry] = json.loads((tmp_path / "bl.json").read_text(encoding="utf-8"))["findings"]
    assert entry["count"] == 2
    f.write_text(para + "\n" + para + "\n" + para, encoding="utf-8")
    r = run("--select", "SL002", "--baseline", "bl.json", "a.txt", cwd=tmp_path)
    assert r.code == 1
    assert len(codes_and_lines(r.out)) == 1  # the third copy is new


def test_baseline_paths_are_relative_to_the_baseline_file(run: Run, tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "news", "a.txt", OLD)
    r = run(
        "--select",
        "SL002",
        "--baseline",
        "corpus/bl.json",
        "--write-baseline",
        "corpus",
        cwd=tmp_path,
    )
    assert r.code == 0
    paths = {
        e["path"] for e in json.loads((tmp_path / "corpus" / "bl.json").read_text())["findings"]
    }
    assert paths == {"news/a.txt"}
    # the same files named from another folder, by another relative path
    r = run(
        "--select", "SL002", "--baseline", "../bl.json", "a.txt", cwd=tmp_path / "corpus" / "news"
    )
    assert r.code == 0 and "SL002" not in r.out


def test_baseline_does_not_mute_other_files(run: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", OLD)
    run("--select", "SL002", "--baseline", "bl.json", "--write-baseline", "a.txt", cwd=tmp_path)
    write(tmp_path, "b.txt", OLD)
    r = run("--select", "SL002", "--baseline", "bl.json", ".", cwd=tmp_path)
    assert r.code == 1
    assert {ln.split(":")[0] for ln in r.out.splitlines() if "SL002" in ln} == {"b.txt"}


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (
            None,
            ("--baseline", "bl.json"),
            "bl.json: baseline file does not exist (create it with --write-baseline)",
        ),
        ("{not json", ("--baseline", "bl.json"), "bl.json:1: baseline is not valid JSON"),
        ('{"findings": []}', ("--baseline", "bl.json"), "bl.json: not a seedlint baseline"),
        (
            '{"seedlint_baseline": 1, "findings": [{"path": "a.txt"}]}',
            ("--baseline", "bl.json"),
            "entry 1 needs",
        ),
        ("", ("--write-baseline",), "--write-baseline needs --baseline FILE"),
    ],
)
def test_baseline_errors_are_one_line_exit_two(
    run: Run, tmp_path: Path, content: str | None, args: tuple[str, ...], message: str
) -> None:
    write(tmp_path, "a.txt", OLD)
    if content is not None:
        (tmp_path / "bl.json").write_text(content, encoding="utf-8")
    r = run(*args, "a.txt", cwd=tmp_path)
    assert r.code == 2
    assert r.err.startswith("seedlint: error: ") and message in r.err
    assert r.err.count("\n") == 1


# ---------------------------------------------------------------- --changed-since


def _git(cwd: Path, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path / "repo"
    write(root, "a.txt", OLD)
    write(root, "b.txt", OLD)
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "start")
    return root


def test_changed_since_reports_only_changed_lines(run: Run, repo: Path) -> None:
    (repo / "a.txt").write_text(OLD.replace("[38c5ecf7]", "[38c5ecf6]"), encoding="utf-8")
    r = run("--select", "SL002", "--changed-since", "HEAD", ".", cwd=repo)
    assert r.code == 1
    # line 1's old finding and all of unchanged b.txt are left out
    assert [ln.split(":")[0] for ln in r.out.splitlines() if "SL002" in ln] == ["a.txt"]
    assert codes_and_lines(r.out) == [("SL002", 3, "38c5ecf6")]

    clean = run("--select", "SL002", "--changed-since", "HEAD", "b.txt", cwd=repo)
    assert clean.code == 0 and "SL002" not in clean.out


def test_changed_since_counts_staged_edits_and_untracked_files(run: Run, repo: Path) -> None:
    (repo / "a.txt").write_text(
        "Staged change cites an unknown article [0e0947df].\n\n" + OLD, encoding="utf-8"
    )
    _git(repo, "add", "a.txt")
    write(repo, "new.txt", OLD)  # untracked: every line counts
    r = run("--select", "SL002", "--changed-since", "HEAD", ".", cwd=repo)
    got = sorted(
        (ln.split(":")[0], int(ln.split(":")[1])) for ln in r.out.splitlines() if "SL002" in ln
    )
    assert got == [("a.txt", 1), ("new.txt", 1), ("new.txt", 3)]


@pytest.mark.parametrize(
    "setting", ["diff.mnemonicPrefix=true", "diff.noprefix=true", "diff.relative=true"]
)
def test_changed_since_does_not_depend_on_the_users_git_config(
    run: Run, repo: Path, setting: str
) -> None:
    # with these, git names files "w/a.txt", "a.txt" or relative to the folder: every
    # finding used to be dropped, and CI passed on broken digests
    key, value = setting.split("=")
    _git(repo, "config", key, value)
    (repo / "b").mkdir()
    _git(repo, "mv", "a.txt", "b/a.txt")
    _git(repo, "mv", "a.sources.yaml", "b/a.sources.yaml")
    _git(repo, "commit", "-q", "-m", "move")
    text = (repo / "b" / "a.txt").read_text(encoding="utf-8")
    (repo / "b" / "a.txt").write_text(text.replace("[38c5ecf7]", "[38c5ecf6]"), encoding="utf-8")
    r = run("--select", "SL002", "--changed-since", "HEAD", "a.txt", cwd=repo / "b")
    assert (r.code, codes_and_lines(r.out)) == (1, [("SL002", 3, "38c5ecf6")])


@pytest.mark.parametrize(
    ("setup", "attributes"),
    [
        (("diff.interHunkContext", "5"), None),  # merged hunks took the lines between
        (None, "*.txt -diff\n"),  # "Binary files differ": every finding dropped
        (("diff.up.textconv", "sed 1d"), "*.txt diff=up\n"),  # shifted line numbers
    ],
)
def test_changed_since_reads_the_diff_as_text_line_for_line(
    run: Run, repo: Path, setup: tuple[str, str] | None, attributes: str | None
) -> None:
    if setup is not None:
        _git(repo, "config", *setup)
    if attributes is not None:
        (repo / ".git" / "info").mkdir(exist_ok=True)
        (repo / ".git" / "info" / "attributes").write_text(attributes)
    lines = [f"Paragraph {i} cites an unknown article [38c5ecf7]." for i in range(1, 9)]
    (repo / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _git(repo, "commit", "-qam", "eight")
    lines[1] = lines[1].replace("[38c5ecf7]", "[38c5ecf6]")
    lines[5] = lines[5].replace("[38c5ecf7]", "[38c5ecf5]")
    (repo / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("--select", "SL002", "--changed-since", "HEAD", "a.txt", cwd=repo)
    assert [ln for _, ln, _ in codes_and_lines(r.out)] == [2, 6]


def test_a_file_in_a_nested_repository_counts_as_changed(run: Run, repo: Path) -> None:
    nested = repo / "nested"
    write(nested, "n.txt", OLD)
    _git(nested, "init", "-q")
    _git(nested, "add", ".")
    _git(nested, "commit", "-q", "-m", "n")
    r = run("--select", "SL002", "--changed-since", "HEAD", "nested/n.txt", cwd=repo)
    assert r.code == 1 and len(codes_and_lines(r.out)) == 2  # the outer git tracks none of it


def test_a_changed_sidecar_makes_the_whole_digest_count(run: Run, repo: Path) -> None:
    (repo / "b.sources.yaml").write_text(
        SOURCES + "0e0947df:\n  title: Another\n", encoding="utf-8"
    )
    r = run("--select", "SL002", "--changed-since", "HEAD", ".", cwd=repo)
    got = sorted(
        (ln.split(":")[0], int(ln.split(":")[1])) for ln in r.out.splitlines() if "SL002" in ln
    )
    assert got == [("b.txt", 1), ("b.txt", 3)]


def test_a_renamed_file_is_compared_with_its_old_self(run: Run, repo: Path) -> None:
    (repo / "sub").mkdir()
    _git(repo, "mv", "a.txt", "sub/renamed.txt")
    _git(repo, "mv", "a.sources.yaml", "sub/renamed.sources.yaml")
    everything = run("--select", "SL002", "sub/renamed.txt", cwd=repo)
    assert len(codes_and_lines(everything.out)) == 2  # its two findings, without the filter
    r = run("--select", "SL002", "--changed-since", "HEAD", ".", cwd=repo)
    assert (r.code, [ln for ln in r.out.splitlines() if "SL002" in ln]) == (0, [])
    # renamed and edited: only the edited line counts
    text = (repo / "sub" / "renamed.txt").read_text(encoding="utf-8")
    (repo / "sub" / "renamed.txt").write_text(
        text.replace("[38c5ecf7]", "[38c5ecf6]"), encoding="utf-8"
    )
    r = run("--select", "SL002", "--changed-since", "HEAD", ".", cwd=repo)
    assert codes_and_lines(r.out) == [("SL002", 3, "38c5ecf6")]


def test_changed_since_a_deletion_touches_the_lines_around_it(run: Run, repo: Path) -> None:
    # Delete the blank line between the paragraphs: they merge, both lines are beside the gap.
    (repo / "a.txt").write_text(OLD.replace("\n\n", "\n"), encoding="utf-8")
    r = run(
        "--select", "SL002", "--changed-since", "HEAD", "a.txt", "--paragraphs", "line", cwd=repo
    )
    assert [int(ln.split(":")[1]) for ln in r.out.splitlines() if "SL002" in ln] == [1, 2]


def test_changed_since_errors(run: Run, repo: Path, tmp_path: Path) -> None:
    r = run("--changed-since", "no-such-ref", ".", cwd=repo)
    assert r.code == 2
    assert r.err == "seedlint: error: --changed-since: unknown git revision 'no-such-ref'\n"
    outside = tmp_path / "plain"
    write(outside, "a.txt", OLD)
    r = run("--changed-since", "HEAD", "a.txt", cwd=outside)
    assert r.code == 2
    assert r.err == "seedlint: error: --changed-since works only inside a git repository\n"


def test_changed_since_and_baseline_together(run: Run, repo: Path) -> None:
    assert (
        run("--select", "SL002", "--baseline", "bl.json", "--write-baseline", ".", cwd=repo).code
        == 0
    )
    (repo / "a.txt").write_text(
        OLD + "\nA third paragraph cites [0e0947df] as well.\n", encoding="utf-8"
    )
    r = run("--select", "SL002", "--baseline", "bl.json", "--changed-since", "HEAD", ".", cwd=repo)
    assert codes_and_lines(r.out) == [("SL002", 5, "0e0947df")]


def test_parse_diff_by_hand(tmp_path: Path) -> None:
    diff = (
        "diff --git a/x.txt b/x.txt\n"
        "--- a/x.txt\n"
        "+++ b/x.txt\n"
        "@@ -3 +3 @@\n"
        "-old\n"
        "+new\n"
        "@@ -10,2 +9,0 @@\n"
        "-gone\n"
        "-gone too\n"
        "@@ -20,0 +19,3 @@\n"
        "+a\n"
        "+b\n"
        "+c\n"
        'diff --git "a/caf\\303\\251.txt" "b/caf\\303\\251.txt"\n'
        '--- "a/caf\\303\\251.txt"\n'
        '+++ "b/caf\\303\\251.txt"\n'
        "@@ -1,0 +1,0 @@\n"
        "--- a/deleted.txt\n"
        "+++ /dev/null\n"
        "@@ -1 +0,0 @@\n"
    )
    got = parse_diff(diff, tmp_path)
    assert got == {
        (tmp_path / "x.txt").resolve(): {3, 9, 10, 19, 20, 21},
        (tmp_path / "café.txt").resolve(): {1, 2},
    }


def test_unquote() -> None:
    assert unquote("plain.txt") == "plain.txt"
    assert unquote('"a\\tb \\"q\\" \\\\ caf\\303\\251.txt"') == 'a\tb "q" \\ café.txt'


# ------------------------------------------------ --fix / --diff fix only what is shown

WORDY = "Officials met in order to plan the launch [38c5ecf8].\n"
WORDY_TOO = "\nEngineers met in order to test the engine [38c5ecf8].\n"


def test_fix_leaves_findings_the_baseline_mutes(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", WORDY)
    args = ("--select", "SL103", "--baseline", "bl.json")
    assert run(*args, "--write-baseline", "a.txt", cwd=tmp_path).code == 0
    f.write_text(WORDY + WORDY_TOO, encoding="utf-8")

    d = run(*args, "--diff", "a.txt", cwd=tmp_path)
    assert d.code == 1
    changed = [ln for ln in d.out.splitlines() if ln[:1] in "+-" and ln[:3] not in ("+++", "---")]
    assert changed == [
        "-Engineers met in order to test the engine [38c5ecf8].",
        "+Engineers met to test the engine [38c5ecf8].",
    ]

    r = run(*args, "--fix", "a.txt", cwd=tmp_path)
    assert r.code == 0  # the muted finding is left, and muted
    assert f.read_text(encoding="utf-8") == WORDY + WORDY_TOO.replace("in order to", "to")


def _committed_then_grown(tmp_path: Path) -> Path:
    """a.txt committed holding WORDY, then WORDY_TOO added in the working tree."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    f = write(tmp_path, "a.txt", WORDY)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "start")
    f.write_text(WORDY + WORDY_TOO, encoding="utf-8")
    return f


def test_fix_leaves_lines_unchanged_since_the_ref(run: Run, tmp_path: Path) -> None:
    f = _committed_then_grown(tmp_path)

    r = run("--select", "SL103", "--changed-since", "HEAD", "--fix", "a.txt", cwd=tmp_path)
    assert r.code == 0
    assert f.read_text(encoding="utf-8") == WORDY + WORDY_TOO.replace("in order to", "to")
    # without the filter, the committed line is fixed too
    assert run("--select", "SL103", "--fix", "a.txt", cwd=tmp_path).code == 0
    assert "in order to" not in f.read_text(encoding="utf-8")


def test_fix_with_a_missing_baseline_is_one_error(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", WORDY)
    r = run("--select", "SL103", "--baseline", "none.json", "--fix", "a.txt", cwd=tmp_path)
    assert r.code == 2
    assert "none.json" in r.err and "Traceback" not in r.err
    assert f.read_text(encoding="utf-8") == WORDY  # nothing fixed


def test_muter_reads_the_baseline_once(run: Run, tmp_path: Path) -> None:
    from seedlint import lint_text
    from seedlint.baseline import muter

    f = write(tmp_path, "a.txt", WORDY)
    run("--select", "SL103", "--baseline", "bl.json", "--write-baseline", "a.txt", cwd=tmp_path)
    mute = muter(tmp_path / "bl.json")
    (tmp_path / "bl.json").unlink()  # --fix asks once per pass and file: no re-reading
    text = WORDY + WORDY_TOO
    found = [d for d in lint_text(text, path=f) if d.code == "SL103"]
    assert [d.line for d in found] == [1, 3]
    for _ in range(2):  # the budget is per call, not spent by the first
        assert [d.line for d in mute(found, text)] == [3]


def test_fix_in_the_sentence_of_a_muted_finding_leaves_it(run: Run, tmp_path: Path) -> None:
    # Fixing the new finding changes the sentence the muted one sits in; the muted one
    # is still left alone (the first pass decides what is hidden).
    text = "Ministers met in order to agree terms [38c5ecf8][38c5ecf8].\n"
    f = write(tmp_path, "d.txt", text)
    run("--select", "SL103", "--baseline", "bl.json", "--write-baseline", "d.txt", cwd=tmp_path)
    d = run("--baseline", "bl.json", "--diff", "d.txt", cwd=tmp_path)
    assert "Would fix 1 problem" in d.err
    run("--baseline", "bl.json", "--fix", "d.txt", cwd=tmp_path)
    assert f.read_text(encoding="utf-8") == text.replace("[38c5ecf8][38c5ecf8]", "[38c5ecf8]")


def test_fix_from_stdin_keeps_to_the_changed_lines(run: Run, tmp_path: Path) -> None:
    _committed_then_grown(tmp_path)
    args = ("--select", "SL103", "--changed-since", "HEAD")
    report = run(
        *args, "--stdin-filename", "a.txt", "-", cwd=tmp_path, stdin=(WORDY + WORDY_TOO).encode()
    )
    assert [ln.split(":")[1] for ln in report.out.splitlines() if "SL103" in ln] == ["3"]
    fixed = run(
        *args,
        "--stdin-filename",
        "a.txt",
        "--fix",
        "-",
        cwd=tmp_path,
        stdin=(WORDY + WORDY_TOO).encode(),
    )
    assert fixed.out == WORDY + WORDY_TOO.replace("in order to", "to")
    # unnamed standard input is no file git knows: every line counts as changed
    alone = run(*args, "-", cwd=tmp_path, stdin=WORDY.encode())
    assert alone.code == 0 and "SL103" in alone.out


def test_changed_since_finds_the_repository_of_any_file(run: Run, repo: Path) -> None:
    # run from outside any repository, the first file outside one too
    outside = repo.parent / "loose"
    write(outside, "a.txt", OLD)
    r = run(
        "--select", "SL002", "--changed-since", "HEAD", "loose/a.txt", "repo/a.txt", cwd=repo.parent
    )
    assert r.code == 1, r.err
    # outside the repository every line counts; the unchanged tracked file has nothing
    assert {ln.split(":")[0] for ln in r.out.splitlines() if "SL002" in ln} == {"loose/a.txt"}


def test_write_baseline_with_fix_is_refused_before_any_write(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", WORDY)
    for extra in (("--baseline", "bl.json"), ()):
        r = run("--write-baseline", *extra, "--fix", "a.txt", cwd=tmp_path)
        assert r.code == 2 and "--write-baseline" in r.err and "Traceback" not in r.err
        assert f.read_text(encoding="utf-8") == WORDY
    assert not (tmp_path / "bl.json").exists()


def test_a_baseline_with_a_bom_reads_and_a_deep_one_is_one_error(run: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", OLD)
    run("--select", "SL002", "--baseline", "bl.json", "--write-baseline", "a.txt", cwd=tmp_path)
    bl = tmp_path / "bl.json"
    bl.write_bytes(b"\xef\xbb\xbf" + bl.read_bytes())
    assert run("--select", "SL002", "--baseline", "bl.json", "a.txt", cwd=tmp_path).code == 0
    bl.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    r = run("--baseline", "bl.json", "a.txt", cwd=tmp_path)
    assert r.code == 2 and "bl.json" in r.err and "nested too deeply" in r.err
