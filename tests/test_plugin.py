"""A third-party kind, installed for real, is found through the `seedlint.kinds` entry point."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "examples" / "plugin"


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    # Build from a copy: an in-tree build would leave build/ and egg-info in the repo.
    source = tmp_path_factory.mktemp("plugin-src") / "plugin"
    shutil.copytree(PLUGIN, source)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0 and "setuptools" in proc.stderr and "No module named" in proc.stderr:
        pytest.skip("setuptools is not installed, so the example plugin cannot be built offline")
    assert proc.returncode == 0, proc.stderr
    assert (target / "seedlint_shouting").is_dir()
    return target


def run_with(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(site) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "seedlint", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_installed_plugin_kind_runs_from_a_yaml_rule(plugin_site: Path, tmp_path: Path) -> None:
    digest = tmp_path / "d.txt"
    digest.write_text("Officials were DEEPLY worried about the launch [38c5ecf8].\n")
    proc = run_with(
        plugin_site,
        "--rules",
        str(PLUGIN / "rules"),
        "--select",
        "EX001",
        "--fail-on",
        "info",
        "--format",
        "json",
        str(digest),
    )
    assert proc.returncode == 1, proc.stderr
    [d] = json.loads(proc.stdout)
    assert (d["code"], d["text"], d["column"]) == (
        "EX001",
        "DEEPLY",
        16,
    )  # "Officials were " is 15 code points


def test_plugin_kind_is_unknown_without_the_package(tmp_path: Path) -> None:
    digest = tmp_path / "d.txt"
    digest.write_text("x\n")
    proc = run_with(tmp_path, "--rules", str(PLUGIN / "rules"), str(digest))
    assert proc.returncode == 2
    assert "unknown rule kind 'shouting'" in proc.stderr


def test_a_broken_plugin_fails_only_the_rules_of_its_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    # one plugin that cannot be imported used to stop every other plugin from loading,
    # and in a long-lived process the others then were "unknown" for good
    import importlib.metadata

    from seedlint import kinds
    from seedlint.errors import SeedlintError

    class Good(kinds.Kind):
        name = "test-good-plugin-kind"

    class EntryPoint:
        def __init__(self, name: str, load: object) -> None:
            self.name, self.value, self._load = name, f"pkg:{name}", load

        def load(self) -> object:
            if isinstance(self._load, Exception):
                raise self._load
            return self._load

    class Taken(kinds.Kind):
        name = "pattern"  # a built-in's name

    eps = [
        EntryPoint("aaa-broken", ImportError("boom")),
        EntryPoint("not-a-kind", object()),
        EntryPoint("aliaskind", Taken),
        EntryPoint("test-good-plugin-kind", Good),
    ]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: eps)
    monkeypatch.setattr(kinds, "_entry_points_loaded", False)
    monkeypatch.setattr(kinds, "_plugin_errors", {})
    monkeypatch.setattr(kinds, "_registry", dict(kinds._registry))
    assert kinds.get_kind("test-good-plugin-kind") is Good
    for _ in range(2):  # the same message every time
        with pytest.raises(SeedlintError, match=r"cannot load rule kind plugin 'aaa-broken'.*boom"):
            kinds.get_kind("aaa-broken")
    with pytest.raises(SeedlintError, match=r"'not-a-kind' .* is not a seedlint Kind subclass"):
        kinds.get_kind("not-a-kind")
    with pytest.raises(SeedlintError, match=r"'aliaskind' .* is named 'pattern', which is already"):
        kinds.get_kind("aliaskind")  # under the name its rules use, not only the class's
    assert kinds.get_kind("pattern").name == "pattern"  # built-ins are untouched
