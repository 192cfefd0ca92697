"""Machine-readable output: sarif, github, json-lines, junit; --output; --statistics."""

from __future__ import annotations

import json
import os
import stat
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import Result

import seedlint
from seedlint.diagnostics import Diagnostic, Edit, Fix, Related, Severity
from seedlint.errors import SeedlintError
from seedlint.formatters import FORMATS, FormatOptions, get_formatter
from seedlint.formatters.github import escape_data, escape_property
from seedlint.runner import Overrides, Report, lint_paths

Run = Callable[..., Result]


# the official schema, in ../shared beside the checkout (a fresh clone has none: skipped)
SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "data" / "sarif-schema-2.1.0.json"

SOURCES = "38c5ecf8:\n  title: Officials and the launch\n"
# Line 1: SL002 on 38c5ecf9: "Officials confirmed the schedule" is 32 characters, two spaces,
# "[" is column 35, the ID columns 36-43 (end exclusive 44). Line 3 starts at offset 47, so
# "recently" is at offset 56, column 10. Line 3: an uncited paragraph (SL001), "recently" (SL102).
BAD = (
    "Officials confirmed the schedule  [38c5ecf9].\n"
    "\n"
    "Senators recently asked for a review of the whole launch programme and its costs.\n"
)
CLEAN = "Officials confirmed the launch schedule for next year in a statement [38c5ecf8].\n"


def digest(folder: Path, name: str, text: str, sources: str | None = SOURCES) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    if sources is not None:
        (folder / (p.stem + ".sources.yaml")).write_text(sources, encoding="utf-8")
    return p


# Only the rules these texts were written for, so that new rules do not change the counts.
SELECT = ("SL001", "SL002", "SL003", "SL102")


@pytest.fixture
def run(run: Run) -> Run:
    def _run(*args: str, **kwargs: Any) -> Result:
        return run("--select", ",".join(SELECT), *args, **kwargs)

    return _run


def render(name: str, report: Report) -> str:
    return get_formatter(name)(report, FormatOptions())


@pytest.fixture
def report(tmp_path: Path) -> Report:
    """A real run (so ``report.rules`` is the real rule list) plus one hand-made finding
    with a fix, related locations and characters every format must escape."""
    bad = digest(tmp_path, "bad.txt", BAD)
    digest(tmp_path, "good.txt", CLEAN)
    rep = lint_paths([tmp_path], overrides=Overrides(select=SELECT))
    assert [d.code for d in rep.diagnostics] == ["SL002", "SL001", "SL102"]
    odd = Diagnostic(
        path=str(bad),
        line=3,
        column=10,
        end_line=3,
        end_column=18,
        code="SL102",
        rule="relative-time",
        severity=Severity.WARNING,
        message='100% "odd"\nsecond line, with: colon\r',
        text="recently",
        start=56,
        end=64,
        fix=Fix("say when", (Edit(56, 64, "on 3 May"),)),
        related=(Related(1, 1, "first mention"), Related(2, 1)),
    )
    rep.diagnostics.append(odd)
    return rep


def test_every_new_format_is_registered() -> None:
    assert {"sarif", "github", "json-lines", "junit"} <= set(FORMATS)


# ---------------------------------------------------------------- sarif


def _schema() -> dict[str, Any]:
    if not SCHEMA.is_file():
        pytest.skip(f"the SARIF schema is not at {SCHEMA} (only the shared workspace has it)")
    data: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return data


def _validate(log: dict[str, Any]) -> None:
    import jsonschema

    schema = _schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_sarif_is_valid_against_the_official_schema(report: Report) -> None:
    log = json.loads(render("sarif", report))
    _validate(log)
    assert log["version"] == "2.1.0"


def test_sarif_rules_results_and_locations(report: Report, tmp_path: Path) -> None:
    log = json.loads(render("sarif", report))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in report.rules]
    by_id = {r["id"]: r for r in rules}
    assert by_id["SL002"]["name"] == "unknown-source"
    assert by_id["SL002"]["defaultConfiguration"]["level"] == "error"
    assert by_id["SL102"]["defaultConfiguration"]["level"] == "note"  # info → note
    assert by_id["SL002"]["shortDescription"]["text"].startswith("reports each cited ID")
    assert "How to fix" in by_id["SL002"]["fullDescription"]["text"]

    results = run["results"]
    assert [r["ruleId"] for r in results] == ["SL002", "SL001", "SL102", "SL102"]
    first = results[0]
    assert first["level"] == "error"
    assert rules[first["ruleIndex"]]["id"] == "SL002"
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == (tmp_path / "bad.txt").as_uri()
    assert loc["region"] == {"startLine": 1, "startColumn": 36, "endLine": 1, "endColumn": 44}
    assert "38c5ecf9" in first["message"]["text"]

    odd = results[3]
    assert odd["level"] == "warning"
    assert odd["message"]["text"] == '100% "odd"\nsecond line, with: colon\r'
    related = odd["relatedLocations"]
    assert [r["physicalLocation"]["region"] for r in related] == [
        {"startLine": 1, "startColumn": 1},
        {"startLine": 2, "startColumn": 1},
    ]
    assert related[0]["message"]["text"] == "first mention"
    assert "message" not in related[1]
    change = odd["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert change == {  # lines and columns, as the result's region (see the BOM test)
        "deletedRegion": {"startLine": 3, "startColumn": 10, "endLine": 3, "endColumn": 18},
        "insertedContent": {"text": "on 3 May"},
    }
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_relative_paths_stay_relative_and_errors_become_notifications(
    run: Run, tmp_path: Path
) -> None:
    digest(tmp_path, "sub dir/a b.txt", BAD)
    r = run("--format", "sarif", "sub dir", "missing.txt", cwd=tmp_path)
    assert r.code == 2  # missing.txt
    log = json.loads(r.out)
    _validate(log)
    uris = {
        res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for res in log["runs"][0]["results"]
    }
    assert uris == {"sub%20dir/a%20b.txt"}
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    [note] = inv["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"] == "no such file or directory"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.txt"


def test_sarif_uris() -> None:
    from seedlint.formatters.sarif import artifact_uri

    assert artifact_uri("news/a b.txt") == "news/a%20b.txt"
    assert artifact_uri("a:b.txt") == "a%3Ab.txt"  # a bare colon would read as a URI scheme
    assert artifact_uri("/srv/news/ä#1.txt") == "file:///srv/news/%C3%A4%231.txt"
    assert artifact_uri("C:\\news\\a.txt") == "file:///C:/news/a.txt"
    # Bytes that are not UTF-8 (held as lone surrogates) are percent-encoded as themselves.
    assert artifact_uri(os.fsdecode(b"news/\xff\xfe.txt")) == "news/%FF%FE.txt"
    assert artifact_uri(os.fsdecode(b"/srv/caf\xe9.txt")) == "file:///srv/caf%E9.txt"
    assert artifact_uri("a\ud800.txt") == "a%EF%BF%BD.txt"  # no byte behind it: U+FFFD
    assert artifact_uri("C:\\news\\\udcff.txt") == "file:///C:/news/%EF%BF%BD.txt"


def test_sarif_of_a_clean_run_is_valid_and_empty(run: Run, tmp_path: Path) -> None:
    f = digest(tmp_path, "good.txt", CLEAN)
    r = run("--format", "sarif", str(f))
    assert r.code == 0
    log = json.loads(r.out)
    _validate(log)
    assert log["runs"][0]["results"] == []
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) >= 7


def _offset(text: str, line: int, column: int) -> int:
    """The code-point offset of a 1-based line and column, lines ending at LF."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return starts[line - 1] + column - 1


def _deleted(raw: str, region: dict[str, int]) -> str:
    """What a SARIF consumer deletes for ``region`` in a file whose decoded text is ``raw``:
    character offsets count from the start of the file, a BOM included; lines and
    columns are those an editor shows, where the BOM is no character."""
    if "charOffset" in region:
        return raw[region["charOffset"] : region["charOffset"] + region["charLength"]]
    shown = raw.removeprefix("\ufeff")
    start = _offset(shown, region["startLine"], region["startColumn"])
    return shown[start : _offset(shown, region["endLine"], region["endColumn"])]


@pytest.mark.parametrize("bom", ["\ufeff", ""])
def test_sarif_fixes_delete_the_flagged_text_in_a_file_with_a_bom(
    run: Run, tmp_path: Path, bom: str
) -> None:
    raw = bom + "Officials met in order to plan the launch.\nThey met in order to talk.\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    r = run("--select", "SL103", "--format", "sarif", "a.txt", cwd=tmp_path)
    log = json.loads(r.out)
    _validate(log)
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    fixed = [res for res in run_["results"] if res["ruleId"] == "SL103"]
    assert len(fixed) == 2
    for res in fixed:
        region = res["locations"][0]["physicalLocation"]["region"]
        [change] = res["fixes"][0]["artifactChanges"]
        [replacement] = change["replacements"]
        assert change["artifactLocation"] == {"uri": "a.txt"}
        assert _deleted(raw, region) == "in order to"
        assert _deleted(raw, replacement["deletedRegion"]) == "in order to"
        assert replacement["deletedRegion"] == region  # the fix and the finding agree
        assert replacement["insertedContent"] == {"text": "to"}


def test_sarif_fix_regions_for_edits_off_the_flagged_span(tmp_path: Path) -> None:
    text = "One line.\nTwo [a, a]\nlines.\nThree\n"
    path = str(tmp_path / "x.txt")
    d = Diagnostic(
        path=path,
        line=2,
        column=5,
        end_line=3,
        end_column=7,
        code="SL900",
        rule="test",
        severity=Severity.WARNING,
        message="m",
        text=text[14:27],
        start=14,
        end=27,
        # inside the span, across its line break, and one (offset 2) before it
        fix=Fix("f", (Edit(15, 18, "a"), Edit(24, 27, "LINES"), Edit(2, 3, "E"))),
    )
    report = Report(diagnostics=[d], files=[path])
    log = json.loads(get_formatter("sarif")(report, FormatOptions(sources_by_path={path: text})))
    _validate(log)
    [res] = log["runs"][0]["results"]
    regions = [r["deletedRegion"] for r in res["fixes"][0]["artifactChanges"][0]["replacements"]]
    assert regions == [
        {"startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 9},
        {"startLine": 3, "startColumn": 4, "endLine": 3, "endColumn": 7},
        {"startLine": 1, "startColumn": 3, "endLine": 1, "endColumn": 4},
    ]
    assert [_deleted(text, r) for r in regions] == ["a, ", "es.", "e"]
    # Without the file's text an edit off the span cannot be placed, and a fix applied
    # in part could be wrong: the fix is left out (the finding stays).
    log = json.loads(render("sarif", report))
    _validate(log)
    [res] = log["runs"][0]["results"]
    assert "fixes" not in res
    inside = d._replace(fix=Fix("f", d.fix.edits[:2]) if d.fix else None)
    log = json.loads(render("sarif", Report(diagnostics=[inside], files=[path])))
    [res] = log["runs"][0]["results"]
    replacements = res["fixes"][0]["artifactChanges"][0]["replacements"]
    assert [r["deletedRegion"] for r in replacements] == regions[:2]


# ---------------------------------------------------------------- github


def test_github_escaping_rules() -> None:
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"
    # other control characters (an escape sequence for the log's terminal) are encoded too
    assert escape_property("x\x1b[31my.md") == "x%1B[31my.md"


def test_shown_paths_escape_controls_and_bidi_overrides() -> None:
    from seedlint.errors import shown_path

    assert shown_path("a\u202eb.md") == "a\\u202eb.md"  # would reverse what follows
    assert shown_path("new\nline\\x.md") == "new\\x0aline\\\\x.md"
    assert shown_path("C:\\dir\\f.md") == "C:\\dir\\f.md"  # a plain name is left as it is


def test_github_annotations(report: Report, tmp_path: Path) -> None:
    lines = render("github", report).splitlines()
    bad = tmp_path / "bad.txt"
    assert len(lines) == 4
    assert lines[0].startswith(
        f"::error file={bad},line=1,col=36,endLine=1,endColumn=44,title=SL002::Cited source 38c5ecf9"
    )
    assert lines[0].endswith("(unknown-source)")
    assert lines[1].startswith("::warning file=")  # SL001 is a warning
    assert lines[2].startswith("::notice file=")  # info → notice
    assert lines[3] == (
        f"::warning file={bad},line=3,col=10,endLine=3,endColumn=18,title=SL102::"
        '100%25 "odd"%0Asecond line, with: colon%0D (relative-time)'
    )


def test_github_escapes_paths_and_reports_errors(run: Run, tmp_path: Path) -> None:
    digest(tmp_path, "a,b:c.txt", "Cites [38c5ecf9] here and is otherwise quite fine.\n")
    r = run("--format", "github", "a,b:c.txt", "nope.txt", cwd=tmp_path)
    assert r.code == 2
    lines = r.out.splitlines()
    assert lines[0].startswith(
        "::error file=a%2Cb%3Ac.txt,line=1,col=8,endLine=1,endColumn=16,title=SL002::"
    )
    assert lines[-1] == "::error file=nope.txt,title=seedlint::no such file or directory"


# ---------------------------------------------------------------- json-lines


def test_json_lines_matches_json(report: Report) -> None:
    report.diagnostics.append(
        report.diagnostics[0]._replace(message="split\u2028here", text="x\u2029y")
    )
    out = render("json-lines", report)
    assert out.endswith("\n")
    rows = [json.loads(ln) for ln in out.split("\n")[:-1]]
    assert len(out.splitlines()) == len(rows) == 5  # U+2028/9 do not break lines
    assert rows == json.loads(render("json", report))
    assert rows[-1]["message"] == "split\u2028here"
    assert rows[3]["related"] == [
        {"line": 1, "column": 1, "message": "first mention"},
        {"line": 2, "column": 1, "message": ""},
    ]
    assert rows[3]["fixable"] is True


def test_json_lines_empty_run_prints_nothing(run: Run, tmp_path: Path) -> None:
    r = run("--format", "json-lines", str(digest(tmp_path, "good.txt", CLEAN)))
    assert (r.code, r.out) == (0, "")


# ---------------------------------------------------------------- junit


def test_junit_is_well_formed_with_one_case_per_file(report: Report, tmp_path: Path) -> None:
    report.diagnostics.append(report.diagnostics[0]._replace(message="bell\x07 and vt\x0b"))
    xml = render("junit", report)
    root = ET.fromstring(xml)  # raises on malformed XML (e.g. raw control characters)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "1", "0")
    [suite] = root
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == {str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")}
    assert list(cases[str(tmp_path / "good.txt")]) == []  # passes
    bad = cases[str(tmp_path / "bad.txt")]
    failure = bad.find("failure")
    assert failure is not None
    # Default --fail-on warning: SL002 (error), SL001 and the odd SL102 (warnings) and the
    # control-character copy of SL002 fail; the info SL102 is only listed.
    assert failure.get("message") == "4 findings (SL001, SL002, SL102)"
    text = failure.text or ""
    assert text.count(str(tmp_path / "bad.txt") + ":") == 4
    assert "bell\ufffd and vt\ufffd" in text
    out = bad.find("system-out")
    assert out is not None and "SL102 [info]" in (out.text or "")


def test_junit_follows_fail_on_and_reports_errors(run: Run, tmp_path: Path) -> None:
    digest(
        tmp_path,
        "a.txt",
        "Senators recently asked for a review of the launch programme [38c5ecf8].\n",
    )
    r = run("--format", "junit", "a.txt", "gone.txt", cwd=tmp_path)
    assert r.code == 2
    root = ET.fromstring(r.out)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "0", "1")
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert cases["a.txt"].find("failure") is None  # an info finding does not fail
    err = cases["gone.txt"].find("error")
    assert err is not None and err.get("message") == "no such file or directory"

    r = run("--format", "junit", "--fail-on", "info", "a.txt", cwd=tmp_path)
    assert r.code == 1
    failure = ET.fromstring(r.out).find(".//failure")
    assert failure is not None and failure.get("type") == "SL102"


# ---------------------------------------------------------------- --output


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "json-lines", "junit"])
def test_output_writes_the_same_report_to_a_file(run: Run, tmp_path: Path, fmt: str) -> None:
    digest(tmp_path, "bad.txt", BAD)
    to_stdout = run("--format", fmt, "bad.txt", cwd=tmp_path)
    to_file = run("--format", fmt, "--output", "report.out", "bad.txt", cwd=tmp_path)
    assert to_file.code == to_stdout.code == 1
    assert to_file.out == ""
    assert (tmp_path / "report.out").read_text(encoding="utf-8") == to_stdout.out
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bad.sources.yaml",
        "bad.txt",
        "report.out",
    ]


def test_output_into_a_missing_folder_is_one_line_exit_two(run: Run, tmp_path: Path) -> None:
    f = digest(tmp_path, "bad.txt", BAD)
    r = run("--output", str(tmp_path / "no" / "such" / "r.txt"), str(f))
    assert r.code == 2
    assert r.err.count("\n") == 1
    assert (
        r.err.startswith("seedlint: error: ")
        and "cannot write output" in r.err
        and "does not exist" in r.err
    )
    assert not (tmp_path / "no").exists()


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = digest(tmp_path, "bad.txt", BAD)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "r.txt"
    target.write_text("previous report\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    r = run("--output", str(target), str(f))
    assert r.code == 2
    assert r.err == f"seedlint: error: {target}: cannot write output: No space left on device\n"
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in out.iterdir()] == ["r.txt"]


def test_output_replaces_and_keeps_permissions(run: Run, tmp_path: Path) -> None:
    f = digest(tmp_path, "good.txt", CLEAN)
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    r = run("--format", "json", "-o", str(target), str(f))
    assert r.code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == []
    assert target.stat().st_mode & 0o777 == 0o640


def test_write_atomic_rejects_a_directory(tmp_path: Path) -> None:
    from seedlint.outfile import write_atomic

    with pytest.raises(SeedlintError, match="is a directory"):
        write_atomic(tmp_path, "x")


# ---------------------------------------------------------------- --statistics


def test_statistics_rows_order_total_and_output(run: Run, tmp_path: Path) -> None:
    # SL002 twice (38c5ecf9, 38c5ecf7), SL003 once (upper case), SL102 once (recently).
    digest(tmp_path, "a.txt", "Bad [38c5ecf9] and [38c5ecf7] and [38C5ECF8] were recently here.\n")
    digest(tmp_path, "b.txt", CLEAN)
    r = run("--statistics", "-o", "stats.txt", ".", cwd=tmp_path)
    assert r.code == 1 and r.out == ""
    lines = (tmp_path / "stats.txt").read_text(encoding="utf-8").splitlines()
    rows = [ln.split() for ln in lines]
    assert [row[:4] for row in rows[:3]] == [
        ["2", "SL002", "unknown-source", "error"],
        ["1", "SL003", "malformed-citation", "error"],
        ["1", "SL102", "relative-time", "info"],
    ]
    assert "fixable" in lines[1]  # the upper-case ID can be fixed
    assert lines[3].split() == ["4", "total", "in", "1", "of", "2", "files"]  # as the text summary
    quiet = run("--statistics", "-q", ".", cwd=tmp_path)
    assert len(quiet.out.splitlines()) == 3


def test_output_into_a_fifo_writes_through_it_and_leaves_it_a_fifo(
    run: Run, tmp_path: Path
) -> None:
    # As with -o /dev/null or /dev/stdout: replacing the special file with a plain one
    # would be a disaster, so it is written straight into.
    f = digest(tmp_path, "good.txt", CLEAN)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    r = run("--format", "json", "-o", str(fifo), str(f))
    reader.join(timeout=30)
    assert r.code == 0
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert json.loads(got[0]) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pipe")] == []


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(
    run: Run, tmp_path: Path
) -> None:
    f = digest(tmp_path, "good.txt", CLEAN)
    real = tmp_path / "reports" / "r.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    r = run("--format", "json", "-o", str(link), str(f))
    assert r.code == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert json.loads(real.read_text(encoding="utf-8")) == []


# ---------------------------------------------------------------- undecodable file names

ALL_FORMATS = ["text", "full", "json", "json-lines", "sarif", "github", "junit"]


def _uri(located: dict[str, Any]) -> str:
    """The artifact URI of a result's or notification's first location."""
    uri: str = located["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    return uri


def _undecodable_names(folder: Path) -> None:
    """A digest and an unreadable file whose names are not UTF-8 (so Python gives them as
    lone surrogates); skips where the file system refuses such names (macOS, Windows)."""
    good = os.fsdecode(b"\xff\xfe.txt")
    bad = os.fsdecode(b"\xff\xfd.txt")
    try:
        (folder / good).write_bytes(b"Officials met in order to plan the launch next week.\n")
        (folder / bad).write_bytes(b"Not \xff UTF-8 text.\n")
    except (OSError, UnicodeError) as exc:
        pytest.skip(f"this file system does not take non-UTF-8 file names: {exc}")


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_file_names_that_are_not_utf8_give_valid_utf8_in_every_format(
    run: Run, tmp_path: Path, fmt: str
) -> None:
    _undecodable_names(tmp_path)
    r = run("--format", fmt, ".", cwd=tmp_path)
    assert r.code == 2, r.err  # the unreadable file; the other one has findings
    r.out.encode("utf-8")  # no lone surrogate: raises UnicodeEncodeError otherwise
    assert r.out
    to_file = run("--format", fmt, "-o", "report.out", ".", cwd=tmp_path)
    assert to_file.code == 2 and "cannot write" not in to_file.err
    assert (tmp_path / "report.out").read_bytes().decode("utf-8") == r.out
    if fmt == "sarif":
        log = json.loads(r.out)
        _validate(log)
        run_ = log["runs"][0]
        assert {_uri(res) for res in run_["results"]} == {
            "%FF%FE.txt"
        }  # the file's own bytes, so the URI still names it
        [note] = run_["invocations"][0]["toolExecutionNotifications"]
        assert _uri(note) == "%FF%FD.txt"
        assert "\ufffd\ufffd.txt" not in r.out
    else:
        assert "\ufffd\ufffd.txt" in r.out  # one U+FFFD a byte that is not UTF-8
    shown = "\ufffd\ufffd.txt"
    if fmt == "json":
        assert {d["path"] for d in json.loads(r.out)} == {shown}
    if fmt == "json-lines":
        assert {json.loads(ln)["path"] for ln in r.out.splitlines()} == {shown}
    if fmt == "junit":
        assert {c.get("name") for c in ET.fromstring(r.out).iter("testcase")} == {shown}


def test_formatters_replace_lone_surrogates(report: Report) -> None:
    # Formatters called directly (the API), with surrogates in the path and a message.
    odd = report.diagnostics[-1]._replace(
        path=os.fsdecode(b"news/\xe9t\xe9.txt"), message="caf\udce9"
    )
    report.diagnostics.append(odd)
    report.errors.append(SeedlintError("cannot read \udcff", path="\udcff.txt", line=2))
    for name in ALL_FORMATS:
        out = get_formatter(name)(report, FormatOptions())
        assert "\ufffdt\ufffd.txt" in out or name == "sarif", name
        out.encode("utf-8")
    log = json.loads(render("sarif", report))
    _validate(log)
    last = log["runs"][0]["results"][-1]
    assert _uri(last) == "news/%E9t%E9.txt"
    assert last["message"]["text"] == "caf\ufffd"


def test_full_format_puts_the_caret_under_the_span_on_screen() -> None:
    from seedlint.formatters.full import _on_screen

    # a tab reaches the next multiple of 8; wide characters take two columns, a
    # combining mark none
    assert _on_screen("a\tb") == ("a       b", [0, 1, 8, 9])
    assert _on_screen("東x") == ("東x", [0, 2, 3])
    assert _on_screen("e\u0301x") == ("e\u0301x", [0, 1, 1, 2])
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one picture, two columns
    assert _on_screen(family + "x")[1][-2:] == [2, 3]
    text = "Zo\u00eb\tand \U0001f600 officials in \u6771\u4eac recently met [c1000001].\n"
    from seedlint.formatters import FormatOptions, get_formatter
    from seedlint.runner import Report

    d = next(x for x in seedlint.lint_text(text) if x.rule == "relative-time")
    report = Report()
    report.diagnostics.append(d)
    out = get_formatter("full")(report, FormatOptions(quiet=True, sources_by_path={d.path: text}))
    shown, caret = out.splitlines()[1:3]
    at = caret.index("^")
    assert caret[at:].rstrip() == "^" * len("recently")
    # the line as printed: with the tab expanded, "recently" starts 2 columns later than
    # its offset in code points (the emoji and each CJK character are one code point each
    # but two columns on screen)
    prefix = shown[: shown.index("recently")]
    assert at == sum(2 if ch in "\U0001f600\u6771\u4eac" else 1 for ch in prefix)


@pytest.mark.parametrize("fmt", ["text", "full"])
def test_a_file_name_with_line_breaks_stays_on_its_report_line(
    run: Run, tmp_path: Path, fmt: str
) -> None:
    # printed raw, the name would start a line "::error ...": a command to GitHub Actions
    name = "x\ny\r::error file=z.md::PWNED.md"
    try:
        (tmp_path / name).write_text("Officials met in order to plan the launch.\n")
    except OSError as exc:
        pytest.skip(f"this file system does not take such names: {exc}")
    r = run("--format", fmt, "--no-cache", ".", cwd=tmp_path)
    assert not any(ln.startswith("::") for ln in r.out.splitlines())
    assert "x\\x0ay\\x0d::error file=z.md::PWNED.md:1:" in r.out
    bad = tmp_path / ("u\nv" + ".txt")
    bad.write_bytes(b"\xff\n")
    r = run("--no-cache", str(bad))
    assert "u\\x0av.txt:1: not valid UTF-8" in r.err
