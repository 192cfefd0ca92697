"""The README's API example runs as written; the API's typed surface."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex

import seedlint

ROOT = Path(__file__).resolve().parents[1]


def test_readme_python_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    code = regex.search(r"```python\n(.*?)```", section, regex.S)
    assert code is not None
    monkeypatch.chdir(ROOT)
    exec(compile(code.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "SL003" in out and "findings in" in out


def test_diagnostic_is_immutable_with_the_json_fields() -> None:
    [d] = seedlint.lint_text(
        "A claim cites [38C5ECF8] here.", config=seedlint.Config(select=("SL003",))
    )
    with pytest.raises(AttributeError):
        d.line = 2  # type: ignore[misc]
    moved = d._replace(line=2)
    assert (moved.line, d.line) == (2, 1) and moved.code == d.code == "SL003"
    assert d.to_dict()["text"] == "[38C5ECF8]"
    assert d.severity is seedlint.Severity.ERROR and d.severity > seedlint.Severity.WARNING


def test_lint_text_without_sources_is_silent_on_unknown_ids() -> None:
    assert (
        seedlint.lint_text("Cites [38c5ecf8] here.", config=seedlint.Config(select=("SL002",)))
        == []
    )


def test_register_kind_from_python() -> None:
    class Everything(seedlint.Kind):
        name = "test-everything"
        fields = frozenset({"n"})

        def check(self, doc, ctx):  # type: ignore[no-untyped-def]
            yield seedlint.Finding(0, 1, {"n": len(doc.paragraphs)})

    seedlint.register_kind(Everything)
    from seedlint.kinds import get_kind

    assert get_kind("test-everything") is Everything
    with pytest.raises(TypeError):
        seedlint.register_kind(int)  # type: ignore[type-var]
    # a name that is taken is refused, not silently replaced
    with pytest.raises(ValueError, match="'pattern' is already taken by seedlint's built-in"):
        seedlint.register_kind(type("Pattern", (Everything,), {"name": "pattern"}))
    with pytest.raises(ValueError, match="'test-everything' is already taken by"):
        seedlint.register_kind(type("Other", (Everything,), {"name": "test-everything"}))
    assert seedlint.register_kind(Everything) is Everything  # the same class again is fine

    def make() -> type[seedlint.Kind]:
        class Made(seedlint.Kind):
            name = "test-made"

        return Made

    seedlint.register_kind(make())
    with pytest.raises(ValueError, match="'test-made' is already taken"):
        seedlint.register_kind(make())  # a twin from one factory is another class


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError):
        _ = seedlint.nope  # type: ignore[attr-defined]


def test_api_takes_paths_for_sources_config_and_a_single_path(tmp_path: Path) -> None:
    digest = tmp_path / "d.txt"
    digest.write_text("Officials confirmed the launch schedule again [38c5ecf9].\n")
    src = tmp_path / "src.yaml"
    src.write_text('"38c5ecf8": null\n')
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("select: [SL002]\n")
    text = digest.read_text()
    for sources in (str(src), src):
        found = seedlint.lint_text(text, sources=sources, config=str(cfg))
        assert [d.code for d in found] == ["SL002"]
    fix_cfg = tmp_path / "fix.yaml"
    fix_cfg.write_text("select: [SL003]\n")
    assert seedlint.fix_text("It cited [38C5ECF8].\n", sources=src, config=fix_cfg) == (
        "It cited [38c5ecf8].\n"
    )
    (tmp_path / "d.sources.yaml").write_text(src.read_text())  # lint_paths reads sidecars
    one = seedlint.lint_paths(digest, config=cfg)  # one path, not its characters
    assert one.files == [str(digest)] and [d.code for d in one.diagnostics] == ["SL002"]
    assert seedlint.lint_paths(str(digest), config=cfg).files == [str(digest)]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: seedlint.lint_text("x", sources=["38c5ecf8"]), "sources must be"),
        (lambda: seedlint.lint_text("x", config={"select": ["SL001"]}), "config must be"),
        (lambda: seedlint.fix_text(b"x"), "text must be a str"),  # type: ignore[arg-type]
        (lambda: seedlint.lint_paths(["."], jobs="2"), "jobs must be"),  # type: ignore[arg-type]
        (lambda: seedlint.lint_paths(b"seeds"), "not bytes"),  # type: ignore[arg-type]
        (lambda: seedlint.lint_paths([1]), "each path must be"),  # type: ignore[list-item]
    ],
)
def test_api_wrong_types_say_what_is_accepted(call: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()


def test_api_missing_files_are_seedlint_errors(tmp_path: Path) -> None:
    with pytest.raises(seedlint.SeedlintError):
        seedlint.lint_text("x", sources=tmp_path / "missing.yaml")
    with pytest.raises(seedlint.SeedlintError, match="does not exist"):
        seedlint.lint_text("x", config=tmp_path / "missing.yaml")


def test_parallel_lint_from_threads_matches_one_process(tmp_path: Path) -> None:
    # fork while other threads run can leave a lock held for ever in the child: with
    # threads about, workers start another way, and the findings are the same
    from concurrent.futures import ThreadPoolExecutor

    from seedlint import parallel

    for i in range(24):
        (tmp_path / f"d{i}.txt").write_text(f"Officials recently met {i} times (38c5ecf8).\n")
    one = [d.to_dict() for d in seedlint.lint_paths(tmp_path).diagnostics]
    seen: list[str] = []
    real = parallel.multiprocessing.get_context

    def spy(method: str | None = None) -> object:
        seen.append(str(method))
        return real(method)

    parallel.multiprocessing.get_context = spy  # type: ignore[assignment]
    try:
        with ThreadPoolExecutor(2) as ex:
            runs = list(ex.map(lambda _: seedlint.lint_paths(tmp_path, jobs=2), range(2)))
    finally:
        parallel.multiprocessing.get_context = real
    assert [[d.to_dict() for d in r.diagnostics] for r in runs] == [one, one]
    assert seen and "fork" not in seen


def test_offsets_index_the_string_given_with_its_bom() -> None:
    from seedlint.fixes import apply_fixes

    t = "\ufeffIn order to win the vote, officials met [38C5ECF8].\n"
    diags = seedlint.lint_text(t, sources={"38c5ecf8": None})
    assert diags and all(t[d.start : d.end] == d.text for d in diags)
    assert [(d.line, d.column) for d in diags if d.rule == "wordy-phrase"] == [(1, 1)]
    assert apply_fixes(t, diags)[0] == "\ufeffTo win the vote, officials met [38c5ecf8].\n"


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"errors": ()}, "errors must be a list, not tuple"),
        ({"sources": {38: "a text"}}, "source IDs must be str, not int"),
    ],
)
def test_lint_text_refuses_arguments_of_the_wrong_type(
    kwargs: dict[str, object], fragment: str
) -> None:
    with pytest.raises(TypeError, match=fragment):
        seedlint.lint_text("Officials met [38c5ecf8].", **kwargs)  # type: ignore[arg-type]


def test_an_edited_rules_folder_is_read_again(tmp_path: Path) -> None:
    # a language server or a long-running program outlives edits to its rules
    rules = tmp_path / "rules"
    rules.mkdir()
    (tmp_path / "seedlint.yaml").write_text("rules: [rules]\nselect: [X0]\n")
    rule = "code: X001\nname: fruit\nkind: pattern\nseverity: error\nmessage: '{match} {v}'\n"
    rule += "description: d\noptions:\n  regex: '{r}'\n"
    (rules / "fruit.yaml").write_text(rule.replace("{v}", "one").replace("{r}", "banana"))
    digest = str(tmp_path / "d.txt")
    text = "A banana and a kiwi were sold at the market today [38c5ecf8].\n"
    assert [d.message for d in seedlint.lint_text(text, path=digest)] == ["banana one"]
    (rules / "fruit.yaml").write_text(rule.replace("{v}", "two").replace("{r}", "kiwi"))
    assert [d.message for d in seedlint.lint_text(text, path=digest)] == ["kiwi two"]
    (rules / "more.yaml").write_text(
        rule.replace("X001", "X002")
        .replace("fruit", "more")
        .replace("{v}", "3")
        .replace("{r}", "market")
    )
    assert [d.message for d in seedlint.lint_text(text, path=digest)] == ["kiwi two", "market 3"]


def test_a_path_the_config_excludes_is_left_alone(tmp_path: Path) -> None:
    # as `seedlint --stdin-filename archive/z.txt -` and the language server leave it
    (tmp_path / "seedlint.yaml").write_text("exclude: [archive]\n")
    text = "Said (38c5ecf8) in order to go.\n"
    inside, outside = tmp_path / "archive" / "z.txt", tmp_path / "z.txt"
    assert seedlint.lint_text(text, path=inside) == []
    assert seedlint.fix_text(text, path=inside) == text
    assert seedlint.lint_text(text, path=outside) != []
    assert seedlint.fix_text(text, path=outside) != text


def test_a_source_id_no_citation_can_name_is_an_error_in_the_api_too() -> None:
    with pytest.raises(seedlint.SeedlintError, match="source ID 'zzz' is not 8 hex digits"):
        seedlint.lint_text("A claim [38c5ecf8].", sources={"zzz": None})
    assert seedlint.lint_text("A claim [38c5ecf8].", sources={"38C5ECF8": None}) == []
