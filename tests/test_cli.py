"""The command line: output shapes, flags, exit codes, and bad input without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result

Run = Callable[..., Result]

CLEAN = "Officials confirmed the launch schedule for next year in a statement [38c5ecf8].\n"
SOURCES = 'sources:\n  "38c5ecf8": {title: A, text: "Officials confirmed the schedule."}\n'


def write(tmp_path: Path, name: str, text: str, sources: str | None = SOURCES) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    if sources is not None:
        p.with_suffix("").with_name(p.stem + ".sources.yaml").write_text(sources)
    return p


def test_clean_file_exits_zero(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", CLEAN)
    r = run(str(f))
    assert r.code == 0, r.out + r.err
    assert "All clear: 1 file checked." in r.out


def test_text_format_line_shape_and_exit_one(run: Run, tmp_path: Path) -> None:
    f = write(
        tmp_path, "a.txt", "First line cites a source here [38c5ecf8].\nSecond cites [deadbeef].\n"
    )
    r = run(str(f))
    assert r.code == 1
    # "Second cites [" is 14 code points, so the ID starts at column 15.
    assert f"{f}:2:15: SL002 [error] Cited source deadbeef is not among the known sources" in r.out
    assert r.out.splitlines()[0].endswith("(unknown-source)")


def test_folder_is_recursive_and_skips_sidecars(run: Run, tmp_path: Path) -> None:
    write(tmp_path, "x/a.txt", CLEAN)
    write(tmp_path, "x/y/b.md", CLEAN)
    (tmp_path / "x" / "notes.csv").write_text("not a digest")
    r = run("--format", "json", str(tmp_path / "x"))
    assert r.code == 0
    r = run(str(tmp_path / "x"))
    assert "2 files checked" in r.out


def test_json_schema(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "Zoë wrote a long claim with a bad source [38c5ecf9] today.\n")
    r = run("--format", "json", "--select", "SL002", str(f))
    data = json.loads(r.out)
    assert isinstance(data, list) and len(data) == 1
    d = data[0]
    required = {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "rule",
        "severity",
        "message",
        "text",
    }
    assert required <= set(d)
    assert (d["line"], d["column"], d["end_line"], d["end_column"]) == (1, 43, 1, 51)
    assert d["text"] == "38c5ecf9"
    assert (d["code"], d["rule"], d["severity"]) == ("SL002", "unknown-source", "error")
    assert "did you mean 38c5ecf8?" in d["message"]


def test_full_format_shows_caret_under_span(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "Claim that cites [38C5ECF8] badly here.\n")
    r = run("--format", "full", "--select", "malformed-citation", str(f))
    lines = r.out.splitlines()
    src = next(i for i, ln in enumerate(lines) if ln.startswith("  1 | "))
    caret = lines[src + 1]
    assert caret.index("^") - lines[src].index("C") == len("Claim that cites ")
    assert caret.count("^") == len("[38C5ECF8]")


@pytest.mark.parametrize(
    ("flag", "expected"),
    [
        (("--select", "SL002"), {"SL002"}),
        (("--select", "unknown-source,malformed-citation"), {"SL002", "SL003"}),
        (("--select", "SL00"), {"SL001", "SL002", "SL003"}),
        (("--ignore", "SL002"), {"SL001", "SL003"}),
    ],
)
def test_select_and_ignore(
    run: Run, tmp_path: Path, flag: tuple[str, ...], expected: set[str]
) -> None:
    text = "An uncited paragraph with quite enough words to count here.\nBad [38c5ecf9] and [38C5ECF8].\n"
    f = write(tmp_path, "a.txt", text)
    r = (
        run("--format", "json", "--select", "SL001,SL002,SL003", *flag, str(f))
        if flag[0] == "--ignore"
        else run("--format", "json", *flag, str(f))
    )
    assert {d["code"] for d in json.loads(r.out)} == expected


def test_select_of_unknown_rule_is_an_error(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", CLEAN)
    r = run("--select", "nonsense-rule", str(f))
    assert r.code == 2
    assert "'nonsense-rule' matches no rule" in r.err


@pytest.mark.parametrize(
    ("level", "code"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on(run: Run, tmp_path: Path, level: str, code: int) -> None:
    f = write(tmp_path, "a.txt", "An uncited paragraph with quite enough words to count here.\n")
    assert run("--fail-on", level, str(f)).code == code


def test_statistics_counts_per_rule(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "Bad [38c5ecf9] and [38c5ecf7] and [38C5ECF8] here now.\n")
    r = run("--statistics", "--select", "SL0", str(f))
    rows = {
        ln.split()[1]: int(ln.split()[0])
        for ln in r.out.splitlines()
        if ln.strip() and "total" not in ln
    }
    assert rows == {"SL002": 2, "SL003": 1}


def test_quiet_prints_findings_only(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "Bad [38c5ecf9] here.\n", sources=None)
    r = run(
        "--quiet",
        "--select",
        "SL0",
        "--sources",
        str(write(tmp_path, "s/x.txt", "", sources=SOURCES).with_name("x.sources.yaml")),
        str(f),
    )
    assert r.out.splitlines() == [
        f"{f}:1:6: SL002 [error] Cited source 38c5ecf9 is not among the known sources ({tmp_path / 's' / 'x.sources.yaml'}); did you mean 38c5ecf8? (unknown-source)"
    ]


def test_version_list_rules_and_explain(run: Run) -> None:
    with pytest.raises(SystemExit) as exc:
        run("--version")
    assert exc.value.code == 0
    r = run("--list-rules")
    assert r.code == 0 and "SL002  unknown-source" in r.out
    r = run("--explain", "SL002")
    assert r.code == 0 and "Why it matters" in r.out and "unknown-source" in r.out
    r = run("--explain", "no-such-rule")
    assert r.code == 2 and "no rule 'no-such-rule'" in r.err


def test_explain_lists_every_option_of_the_kind_and_the_message_fields(run: Run) -> None:
    out = run("--explain", "SL301").out
    # set by the rule file, with the kind's help after it
    assert "  tolerance: 0.01  # relative slack for rounding" in out
    # not in the rule file: the kind's default, so a copy of the rule knows it exists
    assert "  scope: paragraph  # unsupported: sources cited by the paragraph" in out
    fields = next(ln for ln in out.splitlines() if ln.startswith("Message fields: "))
    assert {"{quantity}", "{figure}", "{other}", "{code}", "{name}"} <= set(
        fields.removeprefix("Message fields: ").split(", ")
    )
    assert "Message: '{figure}' contradicts" in out
    assert "Superseded by: malformed-citation" in run("--explain", "SL001").out


def test_explain_values_paste_back_as_yaml(run: Run, tmp_path: Path) -> None:
    import yaml

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yaml").write_text(
        "code: XX001\nname: x-rule\nkind: pattern\nseverity: info\nmessage: m\n"
        'description: d\noptions: {regex: "\\\\bfoo+\\\\b", replace: {a b: c}}\n',
        encoding="utf-8",
    )
    out = run("--rules", str(rules), "--explain", "XX001").out
    opts = {}
    for ln in out.splitlines():
        if ln.startswith("  ") and ": " in ln:
            opts.update(yaml.safe_load(ln.strip()))
    assert opts["regex"] == "\\bfoo+\\b"  # a backslash, not two
    assert opts["replace"] == {"a b": "c"} and opts["exceptions"] == []
    assert opts["ignorecase"] is True


def test_explain_shows_the_config_in_force(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text(
        "severity: {unreferenced-paragraph: error}\n"
        "rule-options: {unreferenced-paragraph: {min-words: 5}}\nignore: [SL102]\n",
        encoding="utf-8",
    )
    out = run("--explain", "sl001", str(tmp_path)).out  # codes in any case
    assert out.startswith("SL001 unreferenced-paragraph (citation-coverage, error)")
    assert "  min-words: 5" in out
    off = run("--explain", "SL102", str(tmp_path)).out
    assert off.startswith("SL102 relative-time (pattern, info, off in this config)")
    empty = run("--explain", "")
    assert empty.code == 2 and "no rule ''" in empty.err


def test_no_sources_note_counts_files(run: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", CLEAN, sources=None)
    write(tmp_path, "b.txt", CLEAN, sources=None)
    write(tmp_path, "c.txt", CLEAN)
    r = run(str(tmp_path))
    assert r.out.strip().splitlines()[-1].startswith("Note: 2 files had no sources")


def test_stdin_with_filename_finds_sidecar(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "")
    r = run("--stdin-filename", str(f), "-", stdin=b"Bad [38c5ecf9] cite.\n")
    assert r.code == 1
    assert f"{f}:1:6: SL002" in r.out


def test_stdin_named_into_an_excluded_path_is_left_alone(run: Run, tmp_path: Path) -> None:
    # as the named file would be: an editor's buffer in drafts/ gets no findings, and
    # --fix - gives its text back unchanged
    write(tmp_path, "seedlint.yaml", 'exclude: ["drafts/*"]\n')
    text = b"We met in order to agree, with no citation.\n"
    name = str(tmp_path / "drafts" / "x.txt")
    r = run("--no-cache", "--stdin-filename", name, "-", stdin=text)
    assert (r.code, r.out.count("SL001")) == (0, 0)
    fixed = run("--no-cache", "--fix", "-", "--stdin-filename", name, stdin=text)
    assert (fixed.code, fixed.out) == (0, text.decode())
    kept = run("--no-cache", "--stdin-filename", str(tmp_path / "x.txt"), "-", stdin=text)
    assert kept.code == 1 and "SL001" in kept.out


def test_sources_flag_wins_over_sidecar(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "Cites [38c5ecf8] here.\n")
    other = tmp_path / "other.yaml"
    other.write_text("sources:\n  aaaaaaaa: null\n")
    r = run("--format", "json", "--select", "SL002", "--sources", str(other), str(f))
    assert [d["text"] for d in json.loads(r.out)] == ["38c5ecf8"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Caf\xe9 au lait [38c5ecf8].\n", ":1: not valid UTF-8 (byte 0xe9 at byte offset 3)"),
        (b"\x00\x01\x02binary", ": binary file"),
    ],
)
def test_undecodable_files_are_errors_not_tracebacks(
    run: Run, tmp_path: Path, content: bytes, message: str
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    good = write(tmp_path, "good.txt", CLEAN)
    r = run(str(f), str(good))
    assert r.code == 2
    assert f"seedlint: error: {f}{message}" in r.err
    assert "Traceback" not in r.err
    assert "No problems found in 1 file, but 1 error" in r.out  # the good file was linted


def test_empty_file_is_clean(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "empty.txt", "")
    assert run(str(f)).code == 0


def test_bom_and_crlf(run: Run, tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffFirst line is fine [38c5ecf8].\r\nBad [38c5ecf9].\r\n".encode())
    (tmp_path / "bom.sources.yaml").write_text(SOURCES)
    r = run("--format", "json", "--select", "SL0", str(f))
    [d] = json.loads(r.out)
    assert (d["line"], d["column"], d["text"]) == (2, 6, "38c5ecf9")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("{missing}",), "no such file or directory"),
        (("{empty_dir}",), "no digests (*.txt, *.md, *.markdown) found in this directory"),
        (("--config", "{missing}", "{good}"), "config file does not exist"),
        (("--sources", "{missing}", "{good}"), "sources path does not exist"),
        (("--rules", "{missing}", "{good}"), "rules directory does not exist"),
    ],
)
def test_bad_paths_are_exit_two(
    run: Run, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    good = write(tmp_path, "good.txt", CLEAN)
    subst = {
        "missing": str(tmp_path / "nope"),
        "empty_dir": str(tmp_path / "empty"),
        "good": str(good),
    }
    r = run(*(a.format(**subst) for a in args))
    assert r.code == 2
    assert message in r.err
    assert "Traceback" not in r.err


def test_no_paths_is_usage_error(run: Run) -> None:
    r = run()
    assert r.code == 2 and "no paths given" in r.err


def test_sidecar_argument_lints_its_digest(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "Bad [38c5ecf9] cite.\n")
    r = run(str(tmp_path / "a.sources.yaml"))
    assert r.code == 1 and f"{f}:1:6: SL002" in r.out
    md = tmp_path / "a.md"  # a second digest sharing the sidecar is linted too
    md.write_text("Also bad [38c5ecf9] cite.\n", encoding="utf-8")
    both = run(str(tmp_path / "a.sources.yaml"))
    assert f"{f}:1:6: SL002" in both.out and f"{md}:1:11: SL002" in both.out


def test_a_named_sidecar_without_a_digest_is_still_checked(run: Run, tmp_path: Path) -> None:
    write(tmp_path, "ok.sources.yaml", "sources:\n  38c5ecf8: {text: A report.}\n")
    assert run(str(tmp_path / "ok.sources.yaml")).code == 0
    write(tmp_path, "bad.sources.yaml", "sources:\n  38c5ecf8: [\n")
    r = run(str(tmp_path / "bad.sources.yaml"))
    assert r.code == 2 and "bad.sources.yaml:3: invalid YAML" in r.err


def test_real_entry_point_runs_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("select: [unclosed\n")
    digest = write(tmp_path, "a.txt", CLEAN)
    proc = subprocess.run(
        [sys.executable, "-m", "seedlint", "--config", str(bad), str(digest)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"seedlint: error: {bad}:")
    assert "Traceback" not in proc.stderr


def test_streamed_text_equals_the_buffered_report(run: Run, tmp_path: Path) -> None:
    # Text to stdout is printed file by file as linted; with --output the whole report is
    # built first. Both must list the same findings in the same (sorted) order.
    b = write(
        tmp_path, "b.txt", "Bad [38c5ecf9] here.\nAn uncited paragraph with quite enough words.\n"
    )
    a = write(tmp_path, "a.txt", "Also bad [38C5ECF8] here.\n")
    streamed = run("--jobs", "1", str(b), str(a))
    out = tmp_path / "report.txt"
    buffered = run("--jobs", "1", "--output", str(out), str(b), str(a))
    assert streamed.code == buffered.code == 1
    assert streamed.out == out.read_text()
    paths = [ln.split(":")[0] for ln in streamed.out.splitlines() if ln.startswith(str(tmp_path))]
    assert paths == sorted(paths) and len(set(paths)) == 2


def _module_run(
    args: list[str], cwd: Path, code: str | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "seedlint", *args]
    # buffered output, as for most users: what is not flushed before os._exit is lost
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def test_console_entry_prints_everything_before_its_fast_exit(run: Run, tmp_path: Path) -> None:
    # entry() ends the process with os._exit: every finding must still reach the pipe,
    # and the exit status must be main()'s.
    bad = "".join(f"Claim {i} cites a short ID [0e0947d].\n" for i in range(400))
    for name in ("a.txt", "b.txt"):
        write(tmp_path, name, bad)
    in_process = run("--no-cache", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    proc = _module_run(["--no-cache", "a.txt", "b.txt"], tmp_path)
    assert proc.returncode == in_process.code == 1
    assert proc.stdout.count("\n") == in_process.out.count("\n") > 800
    assert proc.stdout.replace(str(tmp_path) + "/", "") == in_process.out.replace(
        str(tmp_path) + "/", ""
    )
    assert _module_run(["--version"], tmp_path).stdout.startswith("seedlint ")


SPY = """
import gc, sys
import seedlint.runner as runner
from seedlint.cli import entry
real = runner.lint_files
def spy(*args, **kwargs):
    print("collector on:", gc.isenabled(), flush=True)
    return real(*args, **kwargs)
runner.lint_files = spy
sys.argv = ["seedlint", "--no-cache", *sys.argv[1:]]
entry()
"""


def test_console_entry_pauses_the_collector_only_for_one_file(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        write(tmp_path, name, CLEAN)
    one = _module_run(["a.txt"], tmp_path, SPY)
    two = _module_run(["a.txt", "b.txt"], tmp_path, SPY)
    assert (one.returncode, two.returncode) == (0, 0), one.stderr + two.stderr
    assert "collector on: False" in one.stdout
    assert "collector on: True" in two.stdout


def test_the_default_rules_folder_passed_again_is_read_once(run: Run) -> None:
    from seedlint.rules import default_rules_dir

    r = run("--rules", str(default_rules_dir()), "--list-rules")
    assert r.code == 0, r.err
    assert r.out.count("SL001  unreferenced-paragraph") == 1


@pytest.mark.parametrize(
    "extra",
    [
        ("-o", "a.txt"),
        ("-o", "a.sources.yaml"),
        ("--fix", "-o", "a.txt"),
        ("--diff", "-o", "a.txt"),
        ("--baseline", "a.txt", "--write-baseline"),
    ],
)
def test_an_output_that_is_an_input_is_refused(
    run: Run, tmp_path: Path, extra: tuple[str, ...]
) -> None:
    f = write(tmp_path, "a.txt", "Officials met in order to agree [38C5ECF8].\n")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    r = run("a.txt", *extra, cwd=tmp_path)
    assert r.code == 2 and "is one of the files being linted; refusing to overwrite it" in r.err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing written
    assert f.exists()


@pytest.mark.parametrize(
    "extra",
    [
        ("-o", "seedlint.yaml"),
        ("-o", "pyproject.toml"),
        ("--rules", "rules", "-o", "rules/mine.yaml"),
        ("--rules", "rules", "--baseline", "rules/mine.yaml", "--write-baseline"),
        ("--sources", "srcs.yaml", "-o", "srcs.yaml"),
    ],
)
def test_an_output_that_is_a_config_rule_or_sources_file_is_refused(
    run: Run, tmp_path: Path, extra: tuple[str, ...]
) -> None:
    write(tmp_path, "a.txt", CLEAN)
    write(tmp_path, "seedlint.yaml", "select: [SL001]\n")
    write(tmp_path, "pyproject.toml", "[project]\nname = 'x'\n")
    write(tmp_path, "srcs.yaml", 'sources:\n  "38c5ecf8": {text: "x"}\n')
    (tmp_path / "rules").mkdir()
    write(
        tmp_path / "rules",
        "mine.yaml",
        "code: X001\nname: mine\nkind: pattern\nseverity: info\nmessage: m\n"
        "description: d\noptions:\n  tokens: [foo]\n",
    )
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    before = {p: p.read_bytes() for p in files}
    r = run("a.txt", *extra, cwd=tmp_path)
    assert r.code == 2 and "is a config, rule or sources file; refusing" in r.err, r.err
    assert {p: p.read_bytes() for p in files} == before  # nothing written


def test_an_earlier_report_in_the_folder_is_not_linted(run: Run, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", CLEAN)
    assert run("-o", "report.txt", ".", cwd=tmp_path).code == 0
    (tmp_path / "report.txt").write_text(
        "Some Report that cites nothing at all and names Okafor.\n"
    )
    r = run("-q", "--format", "json", "-o", "report.txt", ".", cwd=tmp_path)
    assert r.code == 0 and (tmp_path / "report.txt").read_text() == "[]\n"


def test_the_hook_runs_in_one_process() -> None:
    # pre-commit would otherwise split the staged files over several seedlint processes,
    # and a staged sidecar re-lints a digest another process lints too (reported twice,
    # and raced under --fix)
    import yaml

    hooks = yaml.safe_load((Path(__file__).parents[1] / ".pre-commit-hooks.yaml").read_text())
    assert [h.get("require_serial") for h in hooks] == [True]


def test_one_file_named_three_ways_is_linted_once(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "Officials met in order to agree [38C5ECF8].\n")
    (tmp_path / "sub").mkdir()
    r = run("--format", "json", "a.txt", "sub/../a.txt", str(f), cwd=tmp_path)
    assert len(json.loads(r.out)) == 2  # SL003 and SL103, once each
    d = run("--diff", "a.txt", "sub/../a.txt", cwd=tmp_path)
    assert d.out.count("+++ ") == 1 and "in 1 file" in d.err


def test_stdin_filename_alone_reads_standard_input(run: Run, tmp_path: Path) -> None:
    r = run("--stdin-filename", "x.md", cwd=tmp_path, stdin=b"It cited [38C5ECF8] here.\n")
    assert r.code == 1 and "x.md:1:10: SL003" in r.out


def test_diff_takes_no_other_format(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", "It cited [38C5ECF8] here.\n")
    for extra in (("--format", "json"), ("--statistics",)):
        r = run("--diff", *extra, str(f))
        assert r.code == 2 and r.out == "" and "--diff prints a unified diff" in r.err


def test_a_folder_walk_takes_markdown_files_as_named_ones_are(run: Run, tmp_path: Path) -> None:
    # a.markdown named outright, by the pre-commit hook or in the editor is a digest: a
    # folder walk used to say "no digests found"
    write(tmp_path, "a.markdown", "This paragraph cites nothing at all and is long enough.\n")
    r = run("--select", "SL001", str(tmp_path))
    assert r.code == 1 and "a.markdown:1:1: SL001" in r.out


def test_output_dash_is_standard_output(tmp_path: Path, run: Callable[..., Result]) -> None:
    (tmp_path / "d.txt").write_text("A paragraph with no citation at all here.\n")
    r = run("-o", "-", "d.txt", cwd=tmp_path)
    assert r.code == 1 and "d.txt:1:1: SL001" in r.out
    assert not (tmp_path / "-").exists()


def test_config_naming_a_folder_is_a_cli_message(run: Run, tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", CLEAN)
    r = run("--config", str(tmp_path), str(f))
    assert r.code == 2
    assert f"seedlint: error: {tmp_path}: is a folder; --config takes a config file" in r.err
    assert "start=" not in r.err  # the Python API's parameter has no place here


@pytest.mark.parametrize("value", ["", " , "])
def test_an_empty_select_is_a_usage_error(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    # as ruff refuses `--select ''`: an unset shell variable must not mean "every rule"
    # (and the config's `select: []`, which selects none, must not mean the opposite)
    f = write(tmp_path, "a.txt", "No citation in this paragraph, which is long enough to count.\n")
    with pytest.raises(SystemExit) as exc:
        run("--select", value, str(f))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "argument --select: an empty list selects nothing; name at least one rule" in err


def test_list_rules_as_json(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text("ignore: [SL102]\nseverity: {SL101: error}\n")
    r = run("--list-rules", "--format", "json", cwd=tmp_path)
    assert r.code == 0, r.err
    rows = json.loads(r.out)
    assert [row["code"] for row in rows][:3] == ["SL001", "SL002", "SL003"]
    by_code = {row["code"]: row for row in rows}
    assert set(by_code["SL001"]) == {"code", "name", "kind", "severity", "enabled", "summary"}
    assert by_code["SL002"]["name"] == "unknown-source"
    assert by_code["SL002"]["kind"] == "citation-known"
    assert by_code["SL101"]["severity"] == "error"  # as this folder's config has it
    assert by_code["SL102"]["enabled"] is False and by_code["SL001"]["enabled"] is True
    assert not by_code["SL002"]["summary"].endswith("...")  # whole, not cut for a table
    lines = run("--list-rules", "--format", "json-lines", cwd=tmp_path).out.splitlines()
    assert [json.loads(line) for line in lines] == rows
    r = run("--list-rules", "--format", "sarif")
    assert r.code == 2 and "--list-rules prints a table (--format text) or JSON" in r.err


def test_help_exit_status_matches_the_readme(
    run: Run, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # one line, as the README writes it
    with pytest.raises(SystemExit):
        run("--help")
    out = " ".join(capsys.readouterr().out.split())
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text().split())
    said = "a usage, config, rule, sources or I/O error"
    assert f"Exit status: 0 clean, 1 findings at or above --fail-on, 2 {said}" in out, out
    assert f"**1** findings at or above `--fail-on`, **2** {said}" in readme


def test_check_examples_reports_examples_that_misbehave(tmp_path: Path, run: Run) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "hype.yaml").write_text(
        "code: X010\nname: hype\nkind: pattern\nseverity: warning\nmessage: m\n"
        "description: d\noptions:\n  tokens: [game-changing]\n"
        "examples:\n"
        "  fire: ['A game-changing deal [38c5ecf8].', 'A historic deal [38c5ecf8].']\n"
        "  pass: ['A large deal [38c5ecf8].', 'Game-changing, they said [38c5ecf8].']\n"
    )
    r = run("--check-examples", "--rules", str(rules))
    assert r.code == 1, r.err
    lines = r.out.splitlines()
    where = f"{rules / 'hype.yaml'}: rule X010 (hype): "
    assert lines[0] == where + "fire example 2 does not fire: 'A historic deal [38c5ecf8].'"
    assert lines[1].startswith(where + "pass example 2 fires (m): 'Game-changing")
    assert lines[-1].startswith("57 of 59 examples behave")  # the 55 default ones too
    good = run("--check-examples")
    assert good.code == 0 and good.out == "55 of 55 examples behave as their rule files say.\n"
