"""The README's API example runs as written; the API's typed surface."""

from __future__ import annotations

from pathlib import Path

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


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError):
        _ = seedlint.nope  # type: ignore[attr-defined]
