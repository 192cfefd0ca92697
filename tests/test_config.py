"""Config discovery, precedence, validation; rule files; inline control."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result

import seedlint
from seedlint.config import Config, load_config
from seedlint.errors import SeedlintError

Run = Callable[..., Result]

UNCITED = "An uncited paragraph with quite enough words to count as prose.\n"


def codes(r: Result) -> list[str]:
    return [d["code"] for d in json.loads(r.out)]


def test_config_found_by_searching_upward(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text("ignore: [SL001]\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "d.txt").write_text(UNCITED)
    assert codes(run("--format", "json", str(deep / "d.txt"))) == []


def test_nearest_config_wins_per_file(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text("ignore: [SL001]\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".seedlint.yaml").write_text("severity: {SL001: error}\n")
    (tmp_path / "top.txt").write_text(UNCITED)
    (tmp_path / "sub" / "low.txt").write_text(UNCITED)
    data = json.loads(run("--format", "json", str(tmp_path)).out)
    assert [(Path(d["path"]).name, d["severity"]) for d in data] == [("low.txt", "error")]


def test_pyproject_table(run: Run, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.seedlint]\nselect = ["SL002"]\n')
    (tmp_path / "d.txt").write_text(UNCITED)
    assert codes(run("--format", "json", str(tmp_path / "d.txt"))) == []


@pytest.mark.parametrize(
    ("name", "toml", "line", "fragment"),
    [
        (
            "pyproject.toml",
            '[project]\nname = "x"\n\n[tool.seedlint]\nselect = ["SL001"]\nignor = ["SL001"]\n',
            6,
            "unknown config key 'ignor'",
        ),
        (
            "pyproject.toml",
            '[tool.seedlint]\nselect = ["SL001"]\n\n[tool.seedlint.severity]\nSL001 = "loud"\n',
            4,
            "unknown severity 'loud'",
        ),
        ("seedlint.toml", 'select = ["SL001"]\n"paragraphs" = "often"\n', 2, "'paragraphs'"),
        # headers with a comment, spaces or quotes; keys this cannot place take a near line
        ("pyproject.toml", "[tool.seedlint] # mine\nbogus = 1\n", 2, "'bogus'"),
        ("pyproject.toml", '[ tool . "seedlint" ]\nselect = []\nx = 1\n', 3, "'x'"),
        ("pyproject.toml", "[tool]\nseedlint = { bogus = 4 }\n", 2, "'bogus'"),
        ("pyproject.toml", "tool.seedlint.bogus = 3\n", 1, "'bogus'"),
    ],
)
def test_toml_config_errors_name_their_line(
    tmp_path: Path, name: str, toml: str, line: int, fragment: str
) -> None:
    cfg = tmp_path / name
    cfg.write_text(toml)
    with pytest.raises(SeedlintError) as exc:
        load_config(cfg)
    assert str(exc.value).startswith(f"{cfg}:{line}: "), str(exc.value)
    assert fragment in str(exc.value)


def test_pyproject_without_table_is_skipped(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text("ignore: [SL001]\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "sub" / "d.txt").write_text(UNCITED)
    assert codes(run("--format", "json", str(tmp_path / "sub" / "d.txt"))) == []


def test_command_line_wins_over_config(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text("select: [SL002]\nfail-on: never\n")
    (tmp_path / "d.txt").write_text(UNCITED)
    r = run(
        "--format", "json", "--select", "SL001", "--fail-on", "warning", str(tmp_path / "d.txt")
    )
    assert codes(r) == ["SL001"] and r.code == 1


def test_config_sources_are_the_last_resort(run: Run, tmp_path: Path) -> None:
    (tmp_path / "src.yaml").write_text("sources:\n  aaaaaaaa: null\n")
    (tmp_path / "seedlint.yaml").write_text("sources: src.yaml\nselect: [SL002]\n")
    (tmp_path / "d.txt").write_text("Cites [aaaaaaaa] and [bbbbbbbb].\n")
    data = json.loads(run("--format", "json", str(tmp_path / "d.txt")).out)
    assert [d["text"] for d in data] == ["bbbbbbbb"]
    # A sidecar wins over the config's sources.
    (tmp_path / "d.sources.yaml").write_text("sources:\n  bbbbbbbb: null\n")
    data = json.loads(run("--format", "json", str(tmp_path / "d.txt")).out)
    assert [d["text"] for d in data] == ["aaaaaaaa"]


@pytest.mark.parametrize(
    "glob", ["drafts/*", "drafts", "drafts/", "./drafts/*", "**/drafts/*", "**/drafts", "**/d*/*"]
)
def test_per_file_ignores_and_exclude(run: Run, tmp_path: Path, glob: str) -> None:
    # per-file-ignores reads a folder as exclude does ("drafts", "drafts/", "./drafts/*")
    (tmp_path / "seedlint.yaml").write_text(
        f"per-file-ignores:\n  '{glob}': [unreferenced-paragraph]\nexclude: ['archive']\n"
    )
    for sub in ("drafts", "final", "archive"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "d.txt").write_text(UNCITED)
    data = json.loads(run("--format", "json", str(tmp_path)).out)
    assert [Path(d["path"]).parent.name for d in data] == ["final"]


def test_rule_codes_are_read_in_any_case(run: Run, tmp_path: Path) -> None:
    # as inline directives read them: "sl001", "sl0", "all"
    (tmp_path / "d.txt").write_text(UNCITED)
    for args in (("--select", "sl001"), ("--select", "sl0"), ("--select", "all")):
        r = run("--format", "json", *args, str(tmp_path / "d.txt"))
        assert r.code == 1, (args, r.err)
        assert [d["code"] for d in json.loads(r.out)] == ["SL001"], args
    r = run("--format", "json", "--ignore", "sl001", str(tmp_path / "d.txt"))
    assert r.code == 0 and json.loads(r.out) == [], r.err
    # the config's select and ignore read codes the same way
    (tmp_path / "seedlint.yaml").write_text("select: [sl0]\nignore: [sl001]\n")
    r = run("--format", "json", str(tmp_path / "d.txt"))
    assert r.code == 0 and json.loads(r.out) == [], r.err
    # a prefix of letters only could be a rule's name: it is written in capitals
    r = run("--ignore", "sl", str(tmp_path / "d.txt"))
    assert r.code == 2
    assert (
        "'sl' matches no rule (a code prefix of letters only is written in capitals: 'SL')" in r.err
    )


@pytest.mark.parametrize("glob", ["**/archive/*", "**/archive", "**/archive/**"])
def test_double_star_matches_zero_or_more_folders_in_exclude(
    run: Run, tmp_path: Path, glob: str
) -> None:
    # "**/" is zero or more folders, as in gitignore and ruff: the top level too
    (tmp_path / "seedlint.yaml").write_text(f"exclude: ['{glob}']\n")
    for sub in ("archive", "x/archive", "x/y/archive", "final"):
        (tmp_path / sub).mkdir(parents=True)
        (tmp_path / sub / "d.txt").write_text(UNCITED)
    data = json.loads(run("--format", "json", str(tmp_path)).out)
    assert [Path(d["path"]).parent.name for d in data] == ["final"]


def test_double_star_in_include(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text("include: ['**/notes/*.text']\n")
    for sub in ("notes", "x/notes", "other"):
        (tmp_path / sub).mkdir(parents=True)
        (tmp_path / sub / "d.text").write_text(UNCITED)
    data = json.loads(run("--format", "json", str(tmp_path)).out)
    assert sorted(Path(d["path"]).relative_to(tmp_path).as_posix() for d in data) == [
        "notes/d.text",
        "x/notes/d.text",
    ]


def test_paragraphs_setting(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text("paragraphs: line\n")
    (tmp_path / "d.txt").write_text(
        "A wrapped paragraph that runs over two lines and\nends with its citation here [aaaaaaaa].\n\nX\n"
    )
    assert codes(run("--format", "json", "--select", "SL001", str(tmp_path / "d.txt"))) == ["SL001"]
    assert (
        codes(
            run(
                "--format",
                "json",
                "--select",
                "SL001",
                "--paragraphs",
                "blank",
                str(tmp_path / "d.txt"),
            )
        )
        == []
    )


def test_citation_pattern_setting(tmp_path: Path) -> None:
    cfg = tmp_path / "seedlint.yaml"
    cfg.write_text("citation-pattern: '[0-9]{6}'\nselect: [SL001]\n")
    text = "A claim long enough to need a citation, cited here [123456].\n"
    assert seedlint.lint_text(text, config=load_config(cfg)) == []


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("select: [SL001]\nbogus: 1\n", 2, "unknown config key 'bogus'"),
        ("paragraphs: sometimes\n", 1, "'paragraphs' must be one of"),
        ("severity:\n  SL001: fatal\n", 2, "unknown severity 'fatal'"),
        ("citation-pattern: '[unclosed'\n", 1, "invalid citation-pattern"),
        ("citation-pattern: '(?=x)'\n", 1, "can only match the empty string"),
        ("select: [unclosed\n", 2, "invalid YAML"),
        ("- a list\n", 1, "must be a YAML mapping"),
    ],
)
def test_config_errors_name_file_and_line(
    tmp_path: Path, content: str, line: int, fragment: str
) -> None:
    cfg = tmp_path / "seedlint.yaml"
    cfg.write_text(content)
    with pytest.raises(SeedlintError) as exc:
        load_config(cfg)
    assert str(exc.value).startswith(f"{cfg}:{line}: ")
    assert fragment in str(exc.value)


def test_rule_options_from_config(tmp_path: Path) -> None:
    cfg = tmp_path / "seedlint.yaml"
    cfg.write_text("select: [SL001]\nrule-options:\n  unreferenced-paragraph: {min-words: 3}\n")
    assert [
        d.code for d in seedlint.lint_text("Four short words here.", config=load_config(cfg))
    ] == ["SL001"]
    cfg.write_text("rule-options:\n  unreferenced-paragraph: {min-wrds: 3}\n")
    with pytest.raises(SeedlintError, match="unknown option 'min-wrds'"):
        seedlint.lint_text("x", config=load_config(cfg))
    # a bad value names the file and its line, like every other config error
    cfg.write_text("select: [SL001]\nrule-options:\n  SL001:\n    min-words: lots\n")
    with pytest.raises(SeedlintError) as exc:
        seedlint.lint_text("x", config=load_config(cfg))
    assert str(exc.value).startswith(f"{cfg}:4: rule-options for unreferenced-paragraph: ")
    # a list file that is not there is the config's fault, named from the config's folder
    cfg.write_text("rule-options:\n  ungrounded-entity:\n    list-files: [nope.txt]\n")
    with pytest.raises(SeedlintError) as exc:
        seedlint.lint_text("x", config=load_config(cfg))
    assert str(exc.value) == (
        f"{cfg}:3: rule-options for ungrounded-entity: option 'list-files': "
        f"no such file '{tmp_path / 'nope.txt'}'"
    )
    # a device or a pipe is named as such (it used to be "no such file"), and never read
    cfg.write_text("rule-options:\n  ungrounded-entity:\n    list-files: [/dev/zero]\n")
    with pytest.raises(SeedlintError) as exc:
        seedlint.lint_text("x", config=load_config(cfg))
    assert str(exc.value).endswith("option 'list-files': '/dev/zero' is not a regular file")


@pytest.mark.parametrize(
    ("options", "expect"),
    [
        ("{replace: 5}", "option 'replace' must be a string, a mapping or null, got an integer"),
        ("{ignorecase: yes please}", "option 'ignorecase' must be true or false, got a string"),
        ("{tokens: {a: b}}", "option 'tokens' must be a list, got a mapping"),
        ("{tokens: [2024-10-25]}", "every item must be a string, got a date"),
    ],
)
def test_option_type_errors_name_yaml_types_in_words(
    tmp_path: Path, options: str, expect: str
) -> None:
    # never an internal class name ("got RawInt", "got LineDict")
    cfg = tmp_path / "seedlint.yaml"
    cfg.write_text(f"rule-options:\n  SL103: {options}\n")
    with pytest.raises(SeedlintError) as exc:
        seedlint.lint_text("x", config=load_config(cfg))
    assert str(exc.value).startswith(f"{cfg}:2: rule-options for wordy-phrase: "), str(exc.value)
    assert expect in str(exc.value), str(exc.value)
    assert "Raw" not in str(exc.value) and "LineDict" not in str(exc.value)


def test_a_count_option_below_its_minimum_is_an_error(run: Run, tmp_path: Path) -> None:
    cfg = tmp_path / "seedlint.yaml"
    cfg.write_text("rule-options:\n  SL001:\n    min-words: -5\n")
    with pytest.raises(SeedlintError) as exc:
        seedlint.lint_text("x", config=load_config(cfg))
    assert str(exc.value) == (
        f"{cfg}:3: rule-options for unreferenced-paragraph: option 'min-words' must be at "
        "least 0, got -5"
    )
    cfg.write_text("select: [SL001]\nrule-options:\n  SL001:\n    min-words: 0\n")
    assert [d.code for d in seedlint.lint_text("Hi.", config=load_config(cfg))] == ["SL001"]
    # --explain says so beside the option
    assert "min-words: 8  # shorter units" in run("--explain", "SL001").out
    assert "need no citation; at least 0" in run("--explain", "SL001").out


RULE = """code: XX001
name: no-foo
kind: pattern
severity: warning
message: "Avoid {match}"
description: "What it does: flags foo."
options:
  tokens: [foo]
examples:
  fire: ["a foo here"]
  pass: ["a bar here"]
"""


@pytest.mark.parametrize(
    ("edit", "line", "fragment"),
    [
        (("kind: pattern", "kind: nonexistent"), 3, "unknown rule kind 'nonexistent'"),
        (("  tokens: [foo]", "  tokens: [foo]\n  colour: red"), 9, "unknown option 'colour'"),
        (("  tokens: [foo]", "  tokens: foo"), 8, "option 'tokens' must be a list, got a string"),
        (
            ("  tokens: [foo]", "  tokens: [foo]\n  exceptions: 5"),
            9,
            "must be a list, got an integer",
        ),
        (
            ("  tokens: [foo]", "  tokens: [foo, 5]"),
            8,
            "every item must be a string, got an integer",
        ),
        (("severity: warning", "severity: loud"), 4, "unknown severity 'loud'"),
        (("name: no-foo", "name: No_Foo"), 2, "must be kebab-case"),
        (('message: "Avoid {match}"', 'message: "Avoid {nothing}"'), 5, "unknown field(s) nothing"),
        (("examples:", "exampels:"), 9, "unknown key 'exampels'"),
        (("  tokens: [foo]", "  regex: '(unclosed'"), 8, "option 'regex': invalid regex"),
        (("  tokens: [foo]", "  regex: 'x*'"), 8, "'x*' matches the empty string"),
        (("  tokens: [foo]", "  regex: '(?=foo)'"), 8, "can only match the empty string"),
        (("  tokens: [foo]", "  regex: '(?<=\\p{Lu})'"), 8, "can only match the empty string"),
        (("  tokens: [foo]", "  tokens: ['']"), 8, "an empty token would match nothing"),
        (
            ("  tokens: [foo]", "  tokens: [foo]\n  replace: {foo: 5}"),
            9,
            "the replacement for 'foo' must be text",
        ),
        (
            ("  tokens: [foo]", "  tokens: [foo]\n  exceptions: ['(']"),
            9,
            "option 'exceptions': invalid regex",
        ),
        (
            ("  tokens: [foo]", "  tokens: [foo]\n  replace: {fo: bar}"),
            9,
            "option 'replace': 'fo' is not one of the tokens",
        ),
        (('message: "Avoid {match}"', 'message: "Avoid {match!z}"'), 5, "unknown conversion"),
        (('message: "Avoid {match}"', 'message: "{match.__class__}"'), 5, "nothing inside it"),
        (('message: "Avoid {match}"', 'message: "{match[0]}"'), 5, "nothing inside it"),
        (('message: "Avoid {match}"', 'message: "{match:999999999}"'), 5, "no format spec"),
        (('message: "Avoid {match}"', 'message: "Avoid {}"'), 5, "name the field"),
        (("options:", "options: [1"), None, "invalid YAML"),
        (("kind: pattern", "kind: pattern\nlink: 5"), 4, "'link' must be a string (a URL for"),
        (
            ("kind: pattern", "kind: pattern\nlink: [a]"),
            4,
            "must be a string (a URL for --explain), got a list",
        ),
    ],
)
def test_bad_rule_files_are_exit_two_with_file_and_line(
    run: Run, tmp_path: Path, edit: tuple[str, str], line: int | None, fragment: str
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "no-foo.yaml").write_text(RULE.replace(*edit))
    (tmp_path / "d.txt").write_text("A foo.\n")
    r = run("--rules", str(rules), str(tmp_path / "d.txt"))
    assert r.code == 2, r.err
    where = f"{rules / 'no-foo.yaml'}:{line}: " if line else f"{rules / 'no-foo.yaml'}:"
    assert where in r.err and fragment in r.err, r.err
    assert "Traceback" not in r.err


def test_rules_naming_a_file_says_it_is_not_a_directory(run: Run, tmp_path: Path) -> None:
    rule = tmp_path / "no-foo.yaml"
    rule.write_text(RULE)
    (tmp_path / "d.txt").write_text("A foo.\n")
    r = run("--rules", str(rule), str(tmp_path / "d.txt"))
    assert r.code == 2
    assert f"{rule}: is not a directory; --rules" in r.err, r.err
    assert "does not exist" not in r.err
    r = run("--rules", str(tmp_path / "nope"), str(tmp_path / "d.txt"))
    assert r.code == 2 and "rules directory does not exist" in r.err, r.err


def test_superseded_by_naming_no_rule_gives_its_line(run: Run, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "no-foo.yaml").write_text(RULE + "superseded-by: [nope]\n")
    (tmp_path / "d.txt").write_text("A foo.\n")
    r = run("--rules", str(rules), str(tmp_path / "d.txt"))
    assert r.code == 2
    assert f"{rules / 'no-foo.yaml'}:12: superseded-by: 'nope' matches no rule" in r.err, r.err


@pytest.mark.parametrize(
    ("option", "expect"),
    [
        ("kinds: [nope]", "option 'kinds': unknown figure kind(s) nope"),
        ("tolerance: 5", "option 'tolerance' must be at least 0 and less than 1"),
    ],
)
def test_figure_option_values_name_their_line(
    run: Run, tmp_path: Path, option: str, expect: str
) -> None:
    # in the config's rule-options
    cfg = tmp_path / "seedlint.yaml"
    cfg.write_text(f"select: [SL302]\nrule-options:\n  SL302:\n    {option}\n")
    (tmp_path / "d.txt").write_text("Sales rose 5% [38c5ecf8].\n")
    r = run(str(tmp_path / "d.txt"))
    assert r.code == 2
    assert f"{cfg}:4: rule-options for unsupported-figure: {expect}" in r.err, r.err
    # in a rule file: the option's own line, not the line of 'options:'
    cfg.unlink()
    rules = tmp_path / "rules"
    rules.mkdir()
    rule = RULE.replace("kind: pattern", "kind: figure-consistency").replace(
        'message: "Avoid {match}"', 'message: "Check {figure}"'
    )
    rule = rule[: rule.index("examples:")].replace(
        "  tokens: [foo]", f"  check: unsupported\n  {option}"
    )
    (rules / "figs.yaml").write_text(rule)
    r = run("--rules", str(rules), str(tmp_path / "d.txt"))
    assert r.code == 2
    assert f"{rules / 'figs.yaml'}:9: rule no-foo: {expect}" in r.err, r.err


def test_a_rule_options_error_naming_no_option_gives_the_rules_line(tmp_path: Path) -> None:
    cfg = tmp_path / "seedlint.yaml"
    cfg.write_text("select: [SL103]\nrule-options:\n  wordy-phrase:\n    tokens: []\n")
    with pytest.raises(SeedlintError) as exc:
        seedlint.lint_text("x", config=load_config(cfg))
    assert str(exc.value).startswith(f"{cfg}:3: rule-options for wordy-phrase: "), str(exc.value)


def test_user_rule_folder_adds_a_rule_without_python(run: Run, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "no-foo.yaml").write_text(RULE)
    (tmp_path / "d.txt").write_text("Here is a foo [aaaaaaaa].\n")
    r = run("--format", "json", "--rules", str(rules), "--select", "XX001", str(tmp_path / "d.txt"))
    [d] = json.loads(r.out)
    assert (d["rule"], d["text"], d["message"]) == ("no-foo", "foo", "Avoid foo")


def test_duplicate_rule_code_is_an_error(run: Run, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yaml").write_text(RULE.replace("XX001", "SL001"))
    (tmp_path / "d.txt").write_text("x\n")
    r = run("--rules", str(rules), str(tmp_path / "d.txt"))
    assert r.code == 2 and "is defined twice" in r.err


# -- inline control -----------------------------------------------------------


def lint(text: str) -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in seedlint.lint_text(text, config=Config(select=("SL001",)))]


LONG = "This paragraph has no citation and is long enough to be reported."


def test_disable_next_line() -> None:
    text = f"<!-- seedlint-disable-next-line unreferenced-paragraph -->\n{LONG}\n{LONG}\n"
    assert lint(text) == [(3, "SL001")]


def test_disable_next_line_other_rule_does_not_silence() -> None:
    text = f"<!-- seedlint-disable-next-line SL002 -->\n{LONG}\n"
    assert lint(text) == [(2, "SL001")]


def test_disable_enable_block() -> None:
    text = f"{LONG}\n<!-- seedlint-disable SL001, SL002 -->\n{LONG}\n{LONG}\n<!-- seedlint-enable -->\n{LONG}\n"
    assert lint(text) == [(1, "SL001"), (6, "SL001")]


def test_disable_all() -> None:
    text = f"<!-- seedlint-disable -->\n{LONG}\n"
    assert lint(text) == []


def test_directives_name_rules_by_prefix_and_enable_one_back() -> None:
    text = (
        "<!-- seedlint-disable SL0 -->\n"
        f"{LONG}\n"
        "<!-- seedlint-enable unreferenced-paragraph -->\n"
        f"{LONG}\n"
    )
    assert lint(text) == [(4, "SL001")]


@pytest.mark.parametrize(
    ("directive", "error"),
    [
        ("seedlint-disable-line SL001", "unknown directive 'seedlint-disable-line'"),
        ("seedlint-disable SL999", "'seedlint-disable' names no rule: SL999"),
        ("seedlint-disable SL001, no-such-rule", "names no rule: no-such-rule"),
    ],
)
def test_a_bad_directive_is_an_error_and_silences_nothing(
    tmp_path: Path, directive: str, error: str
) -> None:
    f = tmp_path / "d.md"
    f.write_text(f"<!-- {directive} -->\n{LONG}\n")
    report = seedlint.lint_paths(f, config=Config(select=("SL001",)))
    assert [(d.line, d.code) for d in report.diagnostics] == [(2, "SL001")]
    (problem,) = report.errors
    assert str(problem).startswith(f"{f}:1: ") and error in str(problem)
    assert report.exit_code() == 2


def test_a_config_without_root_matches_globs_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "drafts").mkdir()
    for name in ("drafts/a.txt", "b.txt"):
        (tmp_path / name).write_text("A long paragraph that cites nothing at all, not even once.\n")
    config = Config(select=("SL001",), per_file_ignores=(("drafts/*", ("SL001",)),))
    assert config.root is None
    monkeypatch.chdir(tmp_path)
    report = seedlint.lint_paths([tmp_path / "drafts" / "a.txt", tmp_path / "b.txt"], config=config)
    assert [Path(d.path).name for d in report.diagnostics] == ["b.txt"]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("tool = 1\n", "'tool' must be a table"),
        ("[tool]\nseedlint = 5\n", "[tool.seedlint] must be a table"),
        ('[tool]\nseedlint = "abc"\n', "[tool.seedlint] must be a table"),
        ("[tool]\nseedlint = []\n", "[tool.seedlint] must be a table"),
    ],
)
def test_a_pyproject_with_odd_tables_is_one_error(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(SeedlintError) as exc:
        load_config(start=tmp_path)
    assert str(exc.value) == f"{tmp_path / 'pyproject.toml'}: {message}"


def test_config_toml_by_name_and_a_folder_is_not_a_config(tmp_path: Path) -> None:
    cfg = tmp_path / "lint.toml"
    cfg.write_text('select = ["SL001"]\nfail-on = "never"\n', encoding="utf-8")
    loaded = load_config(cfg)
    assert loaded.select == ("SL001",) and loaded.fail_on == "never"
    with pytest.raises(SeedlintError, match="is a folder, not a config file"):
        load_config(tmp_path)


@pytest.mark.parametrize("fmt", ["text", "json"])  # streamed, and kept to the end
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_folder_fails_by_its_own_config(
    tmp_path: Path, run: Callable[..., Result], fmt: str, jobs: str
) -> None:
    uncited = "Officials confirmed the launch schedule for next year at a briefing.\n"
    for folder, level in (("a", "never"), ("b", "warning")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "seedlint.yaml").write_text(f"fail-on: {level}\n")
        for i in range(20):  # enough files for worker processes with --jobs 2
            (tmp_path / folder / f"d{i}.txt").write_text(uncited)
    args = ("--format", fmt, "--jobs", jobs, "--no-cache")
    assert run(*args, "a", "b", cwd=tmp_path).code == 1
    assert run(*args, "b", "a", cwd=tmp_path).code == 1  # the order used to decide
    assert run(*args, "a", cwd=tmp_path).code == 0
    assert run(*args, "a", "--fail-on", "warning", cwd=tmp_path).code == 1  # the flag wins


@pytest.mark.parametrize(
    ("yaml_text", "line", "fragment"),
    [
        ("severity:\n  SL0: error\n", 2, "severity: 'SL0' is not a rule code or name"),
        ("severity:\n  unreferenced-paragrph: error\n", 2, "is not a rule code or name"),
        ("rule-options:\n  SL999: {min-words: 3}\n", 2, "rule-options: 'SL999' is not a rule"),
        (
            'per-file-ignores:\n  "*.md": [SL001]\n  "*.txt": [SL999]\n',
            3,
            "'SL999' matches no rule",
        ),
        ("ignore: [SL001]\nselect: [XX9]\n", 2, "select: 'XX9' matches no rule"),
    ],
)
def test_a_rule_the_config_names_must_exist(
    tmp_path: Path, yaml_text: str, line: int, fragment: str
) -> None:
    cfg = tmp_path / "seedlint.yaml"
    cfg.write_text(yaml_text)
    with pytest.raises(SeedlintError) as exc:
        seedlint.lint_text("x", config=load_config(cfg))
    assert str(exc.value).startswith(f"{cfg}:{line}: ")
    assert fragment in str(exc.value)


@pytest.mark.parametrize("pattern", ["archive", "./archive", "archive/", "archive/*"])
def test_exclude_applies_to_files_named_outright(
    tmp_path: Path, run: Callable[..., Result], pattern: str
) -> None:
    uncited = "Officials confirmed the launch schedule for next year at a briefing.\n"
    (tmp_path / "seedlint.yaml").write_text(f'exclude: ["{pattern}"]\n')
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(uncited)
    (tmp_path / "archive" / "old.sources.yaml").write_text('"38c5ecf8": null\n')
    (tmp_path / "new.txt").write_text(uncited)
    # as pre-commit passes staged files: one by one, sidecars too
    r = run(
        "--format", "json", "archive/old.txt", "archive/old.sources.yaml", "new.txt", cwd=tmp_path
    )
    assert {d["path"] for d in json.loads(r.out)} == {"new.txt"}
    walked = run("--format", "json", ".", cwd=tmp_path)
    assert {d["path"] for d in json.loads(walked.out)} == {"new.txt"}
    # only excluded files named: exit 0, and the summary says nothing was checked
    alone = run("archive/old.txt", cwd=tmp_path)
    assert (alone.code, alone.out) == (
        0,
        "Nothing checked: the file named is left out by the config's 'exclude'.\n",
    )
    # the excluded folder named outright: the same, not "no digests found"
    folder = run("archive", cwd=tmp_path)
    assert (folder.code, folder.out, folder.err) == (
        0,
        "Nothing checked: the path named is left out by the config's 'exclude'.\n",
        "",
    )
    (tmp_path / "empty").mkdir()
    empty = run("empty", cwd=tmp_path)
    assert empty.code == 2
    assert "empty: no digests (*.txt, *.md, *.markdown) found in this directory" in empty.err


def test_include_with_a_folder_matches_the_path(tmp_path: Path, run: Callable[..., Result]) -> None:
    uncited = "Officials confirmed the launch schedule for next year at a briefing.\n"
    (tmp_path / "seedlint.yaml").write_text('include: ["digests/*.txt"]\n')
    for rel in ("digests/a.txt", "notes/b.txt"):
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text(uncited)
    r = run("--format", "json", ".", cwd=tmp_path)
    assert {d["path"] for d in json.loads(r.out)} == {"digests/a.txt"}


def test_junit_fails_each_file_by_its_own_config(
    tmp_path: Path, run: Callable[..., Result]
) -> None:
    import xml.etree.ElementTree as ET

    uncited = "Officials confirmed the launch schedule for next year at a briefing.\n"
    for folder, level in (("a", "never"), ("b", "warning")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "seedlint.yaml").write_text(f"fail-on: {level}\n")
        (tmp_path / folder / "d.txt").write_text(uncited)
    r = run("--format", "junit", "--no-cache", "a", "b", cwd=tmp_path)
    cases = ET.fromstring(r.out).iter("testcase")
    failed = {c.get("name") for c in cases if c.find("failure") is not None}
    assert failed == {"b/d.txt"} and r.code == 1


@pytest.mark.parametrize(
    "text",
    [
        # an example in a code block, in front matter or in inline code is not a directive
        f"```\n<!-- seedlint-disable -->\n```\n\n{LONG}\n",
        f"---\ntitle: x\n# <!-- seedlint-disable -->\n---\n{LONG}\n",
        f"Write `<!-- seedlint-disable-line -->` never [38c5ecf8].\n\n{LONG}\n",
        f"Write ``<!-- seedlint-disable -->`` never [38c5ecf8].\n\n{LONG}\n",
        f"An example:\n\n    <!-- seedlint-disable -->\n\n{LONG}\n",
    ],
)
def test_directives_shown_as_code_are_not_read(text: str) -> None:
    assert [code for _, code in lint(text)] == ["SL001"]


def test_directives_in_any_case_and_with_a_reason() -> None:
    text = f"<!--  SEEDLINT-DISABLE  sl001 -- the editor approved -->\n{LONG}\n"
    assert lint(text) == []


def test_a_rule_files_list_files_are_named_from_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "known-entities.extra.txt").write_text("Hartmann\n")
    rule = (Path(__file__).resolve().parents[1] / "rules" / "ungrounded-entity.yaml").read_text()
    rule = rule.replace("code: SL201", "code: XX201").replace(
        "name: ungrounded-entity", "name: mine"
    )
    rule = rule.replace("options:\n", "options:\n  list-files: [known-entities.extra.txt]\n", 1)
    (rules / "mine.yaml").write_text(rule)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    cfg = Config(rules=(rules,), select=("XX201",))
    text = (
        "Officials said Hartmann was hurt [c1000001].\nOfficials said Okafor was hurt [c1000001].\n"
    )
    assert [d.text for d in seedlint.lint_text(text, config=cfg)] == ["Okafor"]


@pytest.mark.parametrize(
    ("pattern", "only_empty"),
    [
        ("(?=foo)", True),
        (r"^\b", True),
        (r"\bfoo\b", False),
        (r"(?<![\p{L}])x\p{Lu}+", False),
        # syntax only `regex` reads (set difference): not measured, so not refused
        ("[[a-z]--[aeiou]]", False),
    ],
)
def test_a_regex_that_can_only_match_nothing_is_recognised(pattern: str, only_empty: bool) -> None:
    from seedlint import regexstore

    assert regexstore.matches_only_empty(pattern) is only_empty


def test_a_folder_excluded_above_is_not_walked_even_with_its_own_config(
    run: Run, tmp_path: Path
) -> None:
    (tmp_path / "seedlint.yaml").write_text("exclude: [archive]\n")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(UNCITED)
    (tmp_path / "archive" / "seedlint.yaml").write_text("severity: {SL001: error}\n")
    (tmp_path / "new.txt").write_text(UNCITED)
    data = json.loads(run("--format", "json", "--select", "SL001", str(tmp_path)).out)
    assert [Path(d["path"]).name for d in data] == ["new.txt"]
    # named outright (as pre-commit names it), the file stays out too
    named = run("--format", "json", "--select", "SL001", str(tmp_path / "archive" / "old.txt"))
    assert json.loads(named.out) == [] and named.code == 0


def test_globs_take_in_a_nested_folder_named_by_its_path(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seedlint.yaml").write_text(
        "exclude: [docs/drafts]\nper-file-ignores: {'docs/final/': [SL001]}\n"
    )
    for sub in ("docs/drafts", "docs/final", "docs/other"):
        (tmp_path / sub).mkdir(parents=True)
        (tmp_path / sub / "d.txt").write_text(UNCITED)
    for target in (tmp_path, *(tmp_path / "docs" / s / "d.txt" for s in ("drafts", "final"))):
        data = json.loads(run("--format", "json", "--select", "SL001", str(target)).out)
        expected = ["other"] if target == tmp_path else []
        assert [Path(d["path"]).parent.name for d in data] == expected
