"""The result cache: same findings, invalidated by every input, safe to share."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seedlint.cache import ResultCache
from seedlint.runner import Report, Session, lint_one, lint_paths

DIGEST = "Officials approved the plan [38c5ecf8]. Critics cited [38c5ecf9] and wrote [38C5ECF8].\n"
SOURCES = 'sources:\n  "38c5ecf8": {text: "Officials approved the plan."}\n'


def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "digests"
    d.mkdir()
    for i in range(3):
        (d / f"d{i}.txt").write_text(DIGEST)
        (d / f"d{i}.sources.yaml").write_text(SOURCES)
    return d


def findings(report: Report) -> list[dict[str, object]]:
    return [x.to_dict() for x in report.diagnostics]


def test_second_run_is_served_from_the_cache_with_identical_findings(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    first_cache = ResultCache(tmp_path / "c")
    first = lint_paths([d], cache=first_cache)
    assert (first_cache.hits, first_cache.misses) == (0, 3)
    second_cache = ResultCache(tmp_path / "c")
    second = lint_paths([d], cache=second_cache)
    assert (second_cache.hits, second_cache.misses) == (3, 0)
    assert findings(second) == findings(first) != []
    assert second.files_without_sources == first.files_without_sources == []


def test_a_hit_loads_no_rule(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    lint_paths([d], cache=ResultCache(tmp_path / "c"))
    session = Session(cache=ResultCache(tmp_path / "c"))
    report = Report()
    lint_one(session, d / "d0.txt", report)
    assert session._rulesets == {}
    assert report.diagnostics


def test_changed_sidecar_digest_or_config_invalidates(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    before = lint_paths([d / "d0.txt"], cache=ResultCache(tmp_path / "c"))
    assert "38c5ecf9" in [x.text for x in before.diagnostics]
    # The sidecar now knows the second ID: unknown-source must go away.
    (d / "d0.sources.yaml").write_text(SOURCES + '  "38c5ecf9": null\n')
    after = lint_paths([d / "d0.txt"], cache=ResultCache(tmp_path / "c"))
    assert "38c5ecf9" not in [x.text for x in after.diagnostics]
    # A config that ignores a rule changes the key too.
    (tmp_path / "seedlint.yaml").write_text("ignore: [malformed-citation]\n")
    cfg = lint_paths([d / "d0.txt"], cache=ResultCache(tmp_path / "c"))
    assert "malformed-citation" not in [x.rule for x in cfg.diagnostics]
    # And so does the digest's own text.
    (d / "d0.txt").write_text("A clean sentence that cites its source [38c5ecf8].\n")
    assert lint_paths([d / "d0.txt"], cache=ResultCache(tmp_path / "c")).diagnostics == []


def test_edited_list_file_invalidates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # list-files are named from the config's folder, whatever the working directory
    (tmp_path / "seedlint.yaml").write_text(
        "rule-options:\n  ungrounded-entity:\n    list-files: [known-entities.local.txt]\n"
    )
    listed = tmp_path / "known-entities.local.txt"
    listed.write_text("")
    d = tmp_path / "sub"
    d.mkdir()
    (d / "t.txt").write_text("Officials said Hartmann was hurt on Monday [38c5ecf8].\n")
    monkeypatch.chdir(d)

    def entities() -> list[str]:
        report = lint_paths(["t.txt"], cache=ResultCache(tmp_path / "c"))
        return [x.text for x in report.diagnostics if x.rule == "ungrounded-entity"]

    assert entities() == ["Hartmann"]
    listed.write_text("Hartmann\n")
    assert entities() == []
    listed.write_text("")
    assert entities() == ["Hartmann"]


def test_corrupt_entries_are_misses(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    cache_dir = tmp_path / "c"
    first = lint_paths([d], cache=ResultCache(cache_dir))
    entries = [p for p in cache_dir.rglob("*.json")]
    assert len(entries) == 3
    for p in entries:
        p.write_text('{"diagnostics": [{"p": 1}]')  # truncated / wrong
    cache = ResultCache(cache_dir)
    again = lint_paths([d], cache=cache)
    assert cache.misses == 3
    assert findings(again) == findings(first)


def test_no_cache_flag_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = corpus(tmp_path)
    cache_dir = tmp_path / "c"
    monkeypatch.setenv("SEEDLINT_CACHE_DIR", str(cache_dir))
    from seedlint.cli import main

    assert main(["--no-cache", "-q", str(d)]) == 1
    assert not cache_dir.exists()
    assert main(["-q", str(d)]) == 1
    assert len(list(cache_dir.rglob("*.json"))) == 3


def test_unwritable_cache_folder_is_skipped_quietly(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    report = lint_paths([d], cache=ResultCache(blocker / "c"))
    assert report.errors == [] and report.diagnostics


def test_concurrent_runs_share_one_cache(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    for i in range(3, 40):
        (d / f"d{i}.txt").write_text(DIGEST.replace("Critics", f"Critics {i}"))
    env = dict(os.environ, SEEDLINT_CACHE_DIR=str(tmp_path / "shared"))
    cmd = [sys.executable, "-m", "seedlint", "--format", "json", "--jobs", "1", str(d)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 1 for p in procs)
    assert outs[0] == outs[1] == outs[2]
    cold = subprocess.run([*cmd, "--no-cache"], stdout=subprocess.PIPE, env=env, text=True)
    assert json.loads(cold.stdout) == json.loads(outs[0])
    assert not list((tmp_path / "shared").rglob(".tmp-*"))


def test_an_edited_plugin_kind_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plugin = tmp_path / "sl_plugin_cachetest.py"
    plugin.write_text(
        "import seedlint\n\n\n@seedlint.register_kind\nclass First(seedlint.Kind):\n"
        "    name = 'test-cache-first'\n\n"
        "    def check(self, doc, ctx):\n        yield seedlint.Finding(0, 1)\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("sl_plugin_cachetest")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "first.yaml").write_text(
        "code: PX001\nname: first\nkind: test-cache-first\nseverity: warning\n"
        "message: first\ndescription: the first character\n"
    )
    (tmp_path / "seedlint.yaml").write_text("rules: [rules]\n")
    (tmp_path / "d.txt").write_text("Officials approved the plan [38c5ecf8].\n")

    def misses() -> int:
        cache = ResultCache(tmp_path / "c")
        lint_paths([tmp_path / "d.txt"], cache=cache)
        return cache.misses

    assert misses() == 1
    assert misses() == 0
    plugin.write_text(plugin.read_text() + "# a change of the kind's code\n")
    assert misses() == 1


def test_cache_dir_variable_is_documented_and_obeyed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --help names $SEEDLINT_CACHE_DIR; the README, where it describes the cache, does too
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    cache_part = readme[readme.index("Results are cached") :][:600]
    assert "SEEDLINT_CACHE_DIR" in cache_part
    no_cache_row = next(ln for ln in readme.splitlines() if ln.startswith("| `--no-cache`"))
    assert "$SEEDLINT_CACHE_DIR" in no_cache_row
    d = corpus(tmp_path)
    monkeypatch.setenv("SEEDLINT_CACHE_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.chdir(tmp_path)
    from seedlint.cli import main

    assert main(["-q", str(d)]) == 1
    assert len(list((tmp_path / "elsewhere").rglob("*.json"))) == 3
    assert not (tmp_path / ".seedlint_cache").exists()
