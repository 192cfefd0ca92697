from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from seedlint import memo
from seedlint.cli import main

# The property tests draw new examples on every run, which is how they find new bugs;
# the gate (.ci/run) runs them derandomised, so that it fails for a change, not for luck.
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_SEED = SHARED / "seeds" / "000_ff27e523de5e103e.txt"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    """Run the command line in-process; returns exit code, stdout and stderr."""

    def _run(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> Result:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def shared_seed() -> str:
    if not SHARED_SEED.is_file():
        pytest.skip("../shared/seeds is absent (a fresh clone has no ../shared)")
    return SHARED_SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Every test gets its own result cache, outside the repository, and leaves the
    process-wide memo (which a run with a cache switches on) off for the next test."""
    monkeypatch.setenv("SEEDLINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    memo.configure(None)


def slow_rule_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: str) -> Path:
    """A rules folder holding X001, a pattern rule with ``options`` (YAML lines under
    ``options:``), with the regex time limit cut to 0.05 s."""
    from seedlint.kinds import pattern

    monkeypatch.setattr(pattern, "REGEX_TIMEOUT", 0.05)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "slow.yaml").write_text(
        "code: X001\nname: slow\nkind: pattern\nseverity: error\nmessage: m\n"
        f"description: d\noptions:\n{options}"
    )
    return rules


@pytest.fixture
def slow_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """X001, whose regex (``(a|aa)+$``) backtracks without end on a run of "a"s."""
    return slow_rule_folder(tmp_path, monkeypatch, "  scope: document\n  regex: '(a|aa)+$'\n")
