"""Hostile and broken input: nothing a user can write may crash, hang or lose data.

Properties over arbitrary text run with the full default rule set; the other tests build
the bad file, folder or disk and check for a one-line message and the right exit status.
No test here measures time."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.conftest import Result, slow_rule_folder

import seedlint
from seedlint import files as files_mod
from seedlint.config import Config
from seedlint.errors import SeedlintError
from seedlint.runner import Overrides, Report, Session, collect, lint_files, lint_paths

Run = Callable[..., Result]
ALL_RULES = Config()
IDS = ("38c5ecf8", "0e0947df", "576e6205")
SOURCES = {
    IDS[0]: "Officials said 1,200 workers in Lisbon earned $4.5 million, up 12% since March 2024.",
    IDS[1]: None,
}

# -- text that is hard to segment -------------------------------------------------------

_ODD = (
    "\u200f",  # RTL mark
    "\u202e",  # RTL override
    "\u0301",  # combining acute
    "\u0000",
    "\x07",
    "\x1b[31m",
    "\r",
    "\r\n",
    "\u2028",
    "\u2029",
    "\x0c",
    "\ufeff",
    "[",
    "]",
    "[[",
    "]]",
    "[38c5ecf8]",
    "[38C5ECF8]",
    "[38c5ecf]",
    "[38c5ecf8, 0e0947df]",
    "[38c5ecf8][38c5ecf8]",
    "(38c5ecf8)",
    "<!--",
    "-->",
    "---\n",
    "# ",
    "$4.5 million",
    "12%",
    "twenty-one",
    "March 3, 2024",
    "Dr. ",
    "U.S. ",
    "in order to",
    "recently",
    "\n\n",
    "\n",
    ". ",
    "Elena Okafor",
)

fragments = st.one_of(st.sampled_from(_ODD), st.text(max_size=12))
hostile_text = st.one_of(
    st.text(max_size=400),
    st.lists(fragments, max_size=60).map("".join),
    st.text(alphabet="[]", max_size=200),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Mn", "Zl", "Zp", "Zs"]), max_size=200),
)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_spans(text: str) -> None:
    for d in seedlint.lint_text(text, sources=SOURCES, config=ALL_RULES):
        assert 0 <= d.start <= d.end <= len(text), d  # offsets index the string given
        assert d.text == text[d.start : d.end], d
        assert d.line >= 1 and d.column >= 1


@PROPERTY
@given(hostile_text)
@example("\U00011de0")  # found by hypothesis: a digit to `regex`, not to Python's Unicode
@example("It cost \U00011de0\U00011de1 million euros, up \U00011de2% [38c5ecf8].")
def test_any_text_lints_with_spans_inside_the_text(text: str) -> None:
    _check_spans(text)


@PROPERTY
@given(hostile_text)
def test_fixing_twice_is_fixing_once(text: str) -> None:
    once = seedlint.fix_text(text, sources=SOURCES, config=ALL_RULES)
    assert seedlint.fix_text(once, sources=SOURCES, config=ALL_RULES) == once


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Cs", "Ll", "Po"]), max_size=80))
def test_lone_surrogates_in_a_str_do_not_crash(text: str) -> None:
    _check_spans(text)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_give_a_clear_error(data: bytes) -> None:
    try:
        decoded = files_mod.decode(data, "x.txt")
    except SeedlintError as exc:
        assert str(exc).startswith("x.txt")
    else:
        _check_spans(decoded.text)


def test_surrogate_bytes_in_a_file_are_a_clear_error(tmp_path: Path, run: Run) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Cited [38c5ecf8] \xed\xa0\x80 here.\n")
    (tmp_path / "good.txt").write_text("Cited claim here [38c5ecf8].\n")
    r = run(str(tmp_path), "--sources", str(_sources(tmp_path)))
    assert r.code == 2
    assert "bad.txt:1: not valid UTF-8" in r.err
    assert "Traceback" not in r.err


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,  # a 1 MB line, no newline at all
        "[" * 100_000,
        "]" * 100_000 + "[38c5ecf8" * 1000,
        ("[38c5ecf8]" * 50_000),
        "\n" * 100_000,
        "Elena Okafor said $1 million. " * 3_000,
    ],
    ids=["1MB-line", "open-brackets", "close-brackets", "only-citations", "newlines", "figures"],
)
def test_long_degenerate_documents(text: str) -> None:
    _check_spans(text)


# -- rules, configs and sources that are bombs ------------------------------------------

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""
DEEP = "a: " + "[" * 5000 + "]" * 5000 + "\n"
HUGE_ANCHOR = (
    "x: &big [" + ",".join(["1"] * 50_000) + "]\n" + "".join(f"k{i}: *big\n" for i in range(90))
)
# 40 doublings with only 81 aliases, ending in a source's text
FEW_ALIASES = (
    '"38c5ecf8":\n  meta:\n    c0: &a0 ["w", "v"]\n'
    + "".join(f"    c{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n" for i in range(1, 41))
    + "  text: *a40\n"
)
BOMBS = {
    "billion-laughs": BILLION_LAUGHS,
    "deep": DEEP,
    "huge-anchor": HUGE_ANCHOR,
    "few-aliases": FEW_ALIASES,
}


def _digest(folder: Path, name: str = "d.txt") -> Path:
    p = folder / name
    p.write_text("Officials confirmed the schedule [38c5ecf8].\n")
    return p


def _sources(folder: Path) -> Path:
    p = folder / "srcs.yaml"
    p.write_text('sources:\n  "38c5ecf8": {text: "Officials confirmed the schedule."}\n')
    return p


def _one_clear_line(r: Result, where: str) -> None:
    assert r.code == 2, r
    assert "Traceback" not in r.err
    assert where in r.err, r.err


@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_bomb_in_a_config_file(bomb: str, tmp_path: Path, run: Run) -> None:
    _digest(tmp_path)
    (tmp_path / "seedlint.yaml").write_text(BOMBS[bomb])
    r = run(str(tmp_path / "d.txt"))
    _one_clear_line(r, "seedlint.yaml")


@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_bomb_in_a_rule_file(bomb: str, tmp_path: Path, run: Run) -> None:
    _digest(tmp_path)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bomb.yaml").write_text(BOMBS[bomb])
    r = run(str(tmp_path / "d.txt"), "--rules", str(rules))
    _one_clear_line(r, "bomb.yaml")


@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_bomb_in_a_sidecar_skips_that_file(bomb: str, tmp_path: Path, run: Run) -> None:
    _digest(tmp_path, "a.txt")
    (tmp_path / "a.sources.yaml").write_text(BOMBS[bomb])
    _digest(tmp_path, "b.txt")
    (tmp_path / "b.sources.yaml").write_text('"38c5ecf8": null\n')
    r = run(str(tmp_path), "--format", "json")
    _one_clear_line(r, "a.sources.yaml")
    assert "b.txt" not in r.err


def test_catastrophic_user_regex_is_stopped_and_the_run_goes_on(
    tmp_path: Path, run: Run, slow_rules: Path
) -> None:
    rules = slow_rules
    body = "a" * 60 + "! Officials confirmed it in order to win.\n"
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(body)
    r = run(str(tmp_path), "--rules", str(rules))
    assert r.code == 2
    assert "one.txt: rule X001 (slow) failed: PatternTimeout" in r.err
    assert "rule skipped for the rest of the run" in r.err
    assert "two.txt" not in r.err  # not paid twice
    assert "one.txt:1:" in r.out and "two.txt:1:" in r.out  # other rules still ran
    assert "Traceback" not in r.err


def test_a_file_linted_after_a_rule_timed_out_is_not_cached(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # X001 times out on a.txt and is skipped for b.txt: b.txt's findings lack X001, so
    # they must not be what a later run of b.txt gets from the cache
    rules = slow_rule_folder(
        tmp_path, monkeypatch, "  scope: document\n  regex: '(a|aa)+$|chaos'\n"
    )
    (tmp_path / "a.txt").write_text("a" * 60 + "b\n")
    (tmp_path / "b.txt").write_text("The markets were in chaos on Monday [38c5ecf8].\n")
    first = run(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--rules", str(rules))
    assert first.code == 2 and "X001" not in first.out
    again = run(str(tmp_path / "b.txt"), "--rules", str(rules))
    assert "b.txt:1:" in again.out and "X001" in again.out
    assert again.code == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_skipped_not_waited_on(tmp_path: Path, run: Run) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opened for reading, it would wait for a writer
    (tmp_path / "a.txt").write_text("Officials confirmed the launch schedule at a briefing.\n")
    for target in (tmp_path, tmp_path / "pipe.txt"):
        r = run(str(target), "--no-cache")
        assert r.code == 2 and "Traceback" not in r.err
        assert "pipe.txt: not a regular file (a named pipe, device or socket); skipped" in r.err
    assert "a.txt:1:" in run(str(tmp_path), "--no-cache").out  # the rest is linted


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_named_outright_is_not_read(run: Run) -> None:
    r = run("/dev/zero", "--no-cache")
    assert r.code == 2
    assert r.err.strip() == (
        "seedlint: error: /dev/zero: not a regular file (a named pipe, device or socket); skipped"
    )


def test_catastrophic_exception_regex_is_stopped(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = slow_rule_folder(tmp_path, monkeypatch, "  regex: 'a+b'\n  exceptions: ['(a|aa)+$']\n")
    (tmp_path / "cat.txt").write_text("a" * 60 + "b [38c5ecf8].\n")
    r = run(str(tmp_path / "cat.txt"), "--no-cache", "--rules", str(rules))
    assert r.code == 2
    assert "rule X001 (slow) failed: PatternTimeout" in r.err
    assert "exception '(a|aa)+$' took longer than" in r.err
    assert "Traceback" not in r.err


def test_catastrophic_citation_pattern_is_stopped_once(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seedlint import citations

    monkeypatch.setattr(citations, "PATTERN_TIMEOUT", 0.05)
    (tmp_path / "seedlint.yaml").write_text("citation-pattern: '(a|aa)+'\n")
    (tmp_path / "cat.txt").write_text("A claim [" + "a" * 60 + "!.\n")
    (tmp_path / "ok.txt").write_text("Officials confirmed the launch schedule again [aaaa].\n")
    r = run(str(tmp_path), "--no-cache")  # it used to run for ever
    assert r.code == 2 and "Traceback" not in r.err
    errors = [ln for ln in r.err.splitlines() if "citation-pattern" in ln]
    assert len(errors) == 1  # once for the file, not once per rule
    assert "cat.txt: citation-pattern '(a|aa)+' took longer than" in errors[0]
    assert "ok.txt" not in r.err


def _kind_rule(tmp_path: Path, code: str, name: str, kind: str) -> Path:
    """A rules folder with one rule of ``kind``, and an uncited digest d.txt beside it."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / f"{name}.yaml").write_text(
        f"code: {code}\nname: {name}\nkind: {kind}\nseverity: error\nmessage: m\ndescription: d\n"
    )
    (tmp_path / "d.txt").write_text("A paragraph with no citation at all here.\n")
    return rules


def test_a_kind_that_raises_costs_one_rule_not_the_run(tmp_path: Path, run: Run) -> None:
    from seedlint.kinds import Kind, register_kind

    @register_kind
    class Broken(Kind):
        name = "test-broken-kind"

        def check(self, doc: object, ctx: object) -> Iterator[seedlint.Finding]:
            raise ZeroDivisionError("boom")
            yield  # pragma: no cover

    rules = _kind_rule(tmp_path, "X002", "broken", "test-broken-kind")
    r = run(str(tmp_path / "d.txt"), "--rules", str(rules))
    assert r.code == 2
    assert "d.txt: rule X002 (broken) failed: ZeroDivisionError: boom" in r.err
    assert "SL001" in r.out


@pytest.mark.parametrize("args", [["d.txt"], ["--explain", "X003"]])
def test_a_kind_whose_setup_raises_is_one_line(tmp_path: Path, run: Run, args: list[str]) -> None:
    from seedlint.kinds import Kind, register_kind

    kind = "test-bad-setup-" + args[0].strip("-").replace(".", "-")  # once per case

    @register_kind
    class BadSetup(Kind):
        name = kind

        def setup(self) -> None:
            raise TypeError("opts is not subscriptable")

        def check(self, doc: object, ctx: object) -> Iterator[seedlint.Finding]:
            yield from ()

    rules = _kind_rule(tmp_path, "X003", "badsetup", kind)
    r = run(*args, "--rules", str(rules), cwd=tmp_path)
    assert r.code == 2 and "Traceback" not in r.err
    assert r.err.strip().endswith(
        f"badsetup.yaml:1: rule badsetup: kind '{kind}' failed to set up: "
        "TypeError: opts is not subscriptable"
    )


def test_an_unforeseen_exception_is_one_line(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from seedlint import cli

    def boom(args: object) -> int:
        raise KeyError("nobody foresaw this")

    monkeypatch.setattr(cli, "_run", boom)
    r = run("x.txt")
    assert (r.code, r.err) == (2, "seedlint: error: KeyError: 'nobody foresaw this'\n")
    monkeypatch.setenv("SEEDLINT_DEBUG", "1")
    with pytest.raises(KeyError):
        run("x.txt")


@pytest.mark.parametrize("what", ["related", "fix"])
def test_a_kind_that_points_outside_the_text_costs_its_findings(
    tmp_path: Path, run: Run, what: str
) -> None:
    from seedlint.diagnostics import Edit, Fix
    from seedlint.kinds import Kind, register_kind

    @register_kind
    class Stray(Kind):
        name = f"test-stray-{what}-kind"

        def check(self, doc: object, ctx: object) -> Iterator[seedlint.Finding]:
            far = len(doc.text) + 500  # type: ignore[attr-defined]
            if what == "related":
                yield seedlint.Finding(0, 1, {}, None, ((far, "far"),))
            else:
                yield seedlint.Finding(0, 1, {}, Fix("zap", (Edit(far, far + 10, "XX"),)))

    rules = _kind_rule(tmp_path, "X003", "stray", f"test-stray-{what}-kind")
    r = run(str(tmp_path / "d.txt"), "--no-cache", "--rules", str(rules))
    # a column past the line's end in the JSON, or "1 fixable" that --fix cannot fix
    assert r.code == 2 and "X003" not in r.out and "fixable" not in r.out
    assert "rule X003 (stray) reported a related place or a fix at" in r.err


# -- folders and files that misbehave ---------------------------------------------------


def test_symlink_loops_while_walking(tmp_path: Path, run: Run) -> None:
    _digest(tmp_path)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    r = run(str(tmp_path), "--sources", str(_sources(tmp_path)))
    assert r.code == 2
    assert "a.txt: cannot read" in r.err and "b.txt: cannot read" in r.err
    assert "Traceback" not in r.err


def test_unreadable_file_is_skipped_with_a_note(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    _digest(tmp_path, "ok.txt")
    locked = _digest(tmp_path, "locked.txt")
    if os.geteuid() != 0:
        locked.chmod(0)
    else:  # root reads anything: simulate the permission error instead
        real_open = os.open

        def fake_open(path: object, *args: object, **kw: object) -> object:
            if str(path).endswith("locked.txt"):
                raise PermissionError(errno.EACCES, "Permission denied")
            return real_open(path, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(files_mod.os, "open", fake_open)
    try:
        r = run(str(tmp_path), "--sources", str(_sources(tmp_path)), "--jobs", "1")
    finally:
        locked.chmod(0o644)
    assert r.code == 2
    assert "locked.txt: cannot read: Permission denied" in r.err
    assert "ok.txt" not in r.err


def test_file_that_vanishes_mid_run(tmp_path: Path) -> None:
    for i in range(3):
        _digest(tmp_path, f"{i}.txt")
    session = Session(Overrides(sources=_sources(tmp_path)))
    report = Report()
    found = collect([tmp_path], session, report)
    (tmp_path / "1.txt").unlink()
    lint_files(session, found, report)
    assert [Path(f).name for f in report.files] == ["0.txt", "2.txt"]
    assert [str(e) for e in report.errors] == [
        f"{tmp_path / '1.txt'}: file vanished or does not exist"
    ]


def test_huge_digest_is_refused_before_it_is_read(tmp_path: Path, run: Run) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(files_mod.MAX_DIGEST_BYTES + 1)  # sparse: costs no disk
    _digest(tmp_path, "small.txt")
    r = run(str(tmp_path), "--sources", str(_sources(tmp_path)))
    assert r.code == 2
    assert "big.txt: file is larger than 10 MB" in r.err
    assert "small.txt" not in r.err


def _no_space(*args: object, **kw: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_on_output_keeps_the_old_file(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seedlint import outfile

    _digest(tmp_path)
    out = tmp_path / "report.txt"
    out.write_text("previous report\n")
    monkeypatch.setattr(outfile.os, "fsync", _no_space)
    r = run(str(tmp_path / "d.txt"), "--sources", str(_sources(tmp_path)), "-o", str(out))
    _one_clear_line(r, "No space left on device")
    assert out.read_text() == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.txt", "report.txt", "srcs.yaml"]


def test_full_disk_on_fix_keeps_the_digest(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seedlint import fixes

    d = tmp_path / "d.txt"
    original = "We met in order to agree on the plan [38c5ecf8].\n"
    d.write_text(original)
    monkeypatch.setattr(fixes.os, "fsync", _no_space)
    r = run(str(d), "--sources", str(_sources(tmp_path)), "--fix")
    _one_clear_line(r, "No space left on device")
    assert d.read_text() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.txt", "srcs.yaml"]


# -- parallel runs ----------------------------------------------------------------------


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(
            f"Paragraph {i} cites nothing.\nOfficials said [{'38c5ecf8' if i % 3 else 'deadbeef'}]"
            f" recently in order to win.\nBroken [38c5ecf] marker.\n"
        )
    (tmp_path / "07.sources.yaml").write_text(": not yaml [\n")
    srcs = _sources(tmp_path)
    one = lint_paths([tmp_path], overrides=Overrides(sources=srcs), jobs=1)
    two = lint_paths([tmp_path], overrides=Overrides(sources=srcs), jobs=2)
    assert one.diagnostics and one.diagnostics == two.diagnostics
    assert one.files == two.files
    assert [str(e) for e in one.errors] == [str(e) for e in two.errors]
    side = lint_paths([tmp_path], jobs=2)
    assert any("07.sources.yaml" in str(e) for e in side.errors)
    assert len(side.files) == 39


def test_jobs_flag(tmp_path: Path, run: Run) -> None:
    for i in range(20):
        _digest(tmp_path, f"{i:02d}.txt")
    srcs = str(_sources(tmp_path))
    a = run(str(tmp_path), "--sources", srcs, "--jobs", "2", "--format", "json")
    b = run(str(tmp_path), "--sources", srcs, "-j", "1", "--format", "json")
    assert a.code == b.code == 0 and a.out == b.out
    with pytest.raises(SystemExit):
        run(str(tmp_path), "--jobs", "-1")


def test_a_control_character_in_yaml_is_one_line_with_its_line(tmp_path: Path, run: Run) -> None:
    _digest(tmp_path)
    (tmp_path / "seedlint.yaml").write_text("select: [SL001]\nignore: [\x07]\n")
    r = run(str(tmp_path / "d.txt"))
    assert r.code == 2
    assert (
        r.err
        == f"seedlint: error: {tmp_path / 'seedlint.yaml'}:2: invalid YAML: character #x0007 is not allowed\n"
    )


def test_many_aliases_that_stay_small_are_fine(tmp_path: Path, run: Run) -> None:
    # 150 entries merging one default: more aliases than the bomb check lets pass
    # unmeasured, a small tree all the same
    entries = "".join(f'"{i:08x}":\n  <<: *d\n  text: "Report {i}."\n' for i in range(150))
    (tmp_path / "d.sources.yaml").write_text("x-defaults: &d {title: Wire report}\n" + entries)
    (tmp_path / "d.txt").write_text("Officials confirmed the schedule again [00000095].\n")
    r = run(str(tmp_path / "d.txt"), "--select", "SL002")
    assert r.code == 0, r.err  # read, and the cited ID found among them


def test_a_merge_chain_that_doubles_is_refused(tmp_path: Path, run: Run) -> None:
    lines = ["l0: &l0 {a: 1, b: 2}"]
    for i in range(1, 40):  # 117 aliases; each level holds the one before twice
        lines.append(f"l{i}: &l{i} {{<<: [*l{i - 1}], x{i}: [*l{i - 1}, *l{i - 1}]}}")
    (tmp_path / "d.sources.yaml").write_text("\n".join(lines) + "\n")
    _digest(tmp_path)
    r = run(str(tmp_path / "d.txt"))
    _one_clear_line(r, "d.sources.yaml")
    assert "refusing a possible alias bomb" in r.err


def test_the_api_returns_other_findings_and_forgets_a_timeout(slow_rules: Path) -> None:
    import seedlint
    from seedlint.config import Config
    from seedlint.errors import SeedlintError

    cfg = Config(rules=(slow_rules,))
    body = "a" * 60 + "! Officials confirmed it in order to win.\n"
    errors: list[SeedlintError] = []
    found = seedlint.lint_text(body, config=cfg, errors=errors)
    assert [e.message.split(":")[0] for e in errors] == ["rule X001 (slow) failed"]
    assert "wordy-phrase" in [d.rule for d in found]
    # a later call is a run of its own: the slow rule runs (and fires) again
    assert "X001" in [d.code for d in seedlint.lint_text("Officials said aa\n", config=cfg)]
    with pytest.raises(SeedlintError, match="rule X001"):
        seedlint.lint_text(body, config=cfg)


@pytest.mark.parametrize(
    "text",
    [
        "The city has 1" + "0" * 309 + " buses [38c5ecf8].",
        "The city has 1" + "0" * 200 + " buses [38c5ecf8]. It has 0." + "0" * 200 + "1 buses "
        "[38c5ecf8].",
        "One in 9" + "9" * 308 + " people agree [38c5ecf8]. It is at 1" + "0" * 309 + " points "
        "[38c5ecf8].",
        "It has 1,200 buses [38c5ecf8].",
    ],
)
def test_numbers_past_a_float_do_not_fail_the_figure_rules(text: str) -> None:
    # from the digest or from a source's text: one failing rule would end the file's check
    sources = {"38c5ecf8": "The city has 1,200 buses. Its debt is 1" + "0" * 309 + " dollars."}
    errors: list[seedlint.SeedlintError] = []
    seedlint.lint_text(text, sources=sources, errors=errors)
    assert errors == []


def test_files_read_whole_refuse_devices_pipes_and_giants(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seedlint import readfile

    _digest(tmp_path)
    digest = str(tmp_path / "d.txt")
    # a rule file that is a link to a device, or a pipe nobody writes to: refused by name
    # (a link to /dev/zero filled memory; a pipe was skipped without a word)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "zero.yaml").symlink_to("/dev/zero")
    r = run(digest, "--no-cache", "--rules", str(rules))
    assert r.code == 2 and "zero.yaml: rule file is not a regular file" in r.err, r.err
    (rules / "zero.yaml").unlink()
    os.mkfifo(rules / "fifo.yaml")
    r = run(digest, "--no-cache", "--rules", str(rules))
    assert r.code == 2 and "fifo.yaml: rule file is not a regular file" in r.err, r.err
    # a config found beside the digest that is a pipe, or named with --config as a device
    os.mkfifo(tmp_path / "seedlint.yaml")
    r = run(digest, "--no-cache")
    assert r.code == 2 and "seedlint.yaml: config is not a regular file" in r.err, r.err
    (tmp_path / "seedlint.yaml").unlink()
    r = run(digest, "--no-cache", "--config", "/dev/zero")
    assert r.code == 2 and "config is not a regular file" in r.err, r.err
    # ...while --config <(cmd), a pipe given on purpose, is read
    read_end, write_end = os.pipe()
    os.write(write_end, b"select: [SL001]\n")
    os.close(write_end)
    try:
        r = run(digest, "--no-cache", "--config", f"/dev/fd/{read_end}")
    finally:
        os.close(read_end)
    assert r.code == 0, r.err
    # a baseline that is a device
    r = run(digest, "--no-cache", "--baseline", "/dev/zero")
    assert r.code == 2 and "baseline is not a regular file" in r.err, r.err
    # a config past the size limit is refused unread
    monkeypatch.setattr(readfile, "MAX_TEXT_BYTES", 100)
    (tmp_path / "seedlint.yaml").write_text("select: [SL001]\n" + "# padding\n" * 20)
    r = run(digest, "--no-cache")
    assert r.code == 2 and "seedlint.yaml: config is larger than" in r.err, r.err
    assert "Traceback" not in r.err
