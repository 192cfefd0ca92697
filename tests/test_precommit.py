"""The pre-commit hook, exercised with the real ``pre-commit`` tool.

The project is copied (working tree, so uncommitted hook changes are what is tested) into
a throwaway git repository, and ``pre-commit try-repo`` installs the hook from it into a
virtualenv under ``tmp_path`` — this needs PyPI (or a local index) for ``hatchling``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml")
PROJECT_DIRS = ("src", "rules")
# The source's text names Musk, so entity checks find him grounded in the clean digest.
SIDECAR = (
    "38c5ecf8:\n"
    "  title: Musk and officials\n"
    "  text: Elon Musk spoke with officials about launches and contracts.\n"
)


def _pre_commit() -> list[str]:
    exe = shutil.which("pre-commit")
    if exe is not None:
        return [exe]
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    return [sys.executable, "-m", "pre_commit"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    (tmp_path / "tmp").mkdir(exist_ok=True)
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        TMPDIR=str(tmp_path / "tmp"),  # try-repo keeps its store in a temporary folder
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.com",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        PYTHONPATH="",
    )
    return env


def _git(cwd: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, dict[str, str], list[str]]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    cmd = _pre_commit()
    env = _env(tmp_path)

    proj = tmp_path / "seedlint"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for d in PROJECT_DIRS:
        shutil.copytree(ROOT / d, proj / d, ignore=ignore)
    for f in PROJECT_FILES:
        if (ROOT / f).is_file():
            shutil.copy2(ROOT / f, proj / f)
    if not (proj / "README.md").exists():
        # pyproject names README.md as the long description; hatchling refuses to build
        # without it. Only this throwaway copy gets a stand-in.
        (proj / "README.md").write_text("# seedlint\n", encoding="utf-8")
    _git(proj, env, "init", "-q")
    _git(proj, env, "add", ".")
    _git(proj, env, "commit", "-q", "-m", "snapshot")

    work = tmp_path / "work"
    news = work / "news"
    news.mkdir(parents=True)
    # bad: cites 38c5ecf9, while its sidecar lists only 38c5ecf8.
    (news / "bad.txt").write_text(
        "Musk spoke with officials about launches and contracts [38c5ecf9].\n", encoding="utf-8"
    )
    (news / "bad.sources.yaml").write_text(SIDECAR, encoding="utf-8")
    (news / "good.txt").write_text(
        "Musk spoke with officials about launches and contracts [38c5ecf8].\n", encoding="utf-8"
    )
    (news / "good.sources.yaml").write_text(SIDECAR, encoding="utf-8")
    (work / "notes.py").write_text("print('not a digest')\n", encoding="utf-8")
    # would fire unreferenced-paragraph if linted; the hook's `exclude` keeps READMEs out
    (work / "README.md").write_text(
        "This repository collects the weekly digests that our editors write by hand.\n",
        encoding="utf-8",
    )
    _git(work, env, "init", "-q")
    _git(work, env, "add", ".")
    return proj, work, env, cmd


def _try_repo(
    setup: tuple[Path, Path, dict[str, str], list[str]], *files: str
) -> subprocess.CompletedProcess[str]:
    proj, work, env, cmd = setup
    return subprocess.run(
        [*cmd, "try-repo", str(proj), "seedlint", "--color", "never", "--files", *files],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_hook_fails_on_a_changed_sidecar_and_passes_on_clean_files(
    setup: tuple[Path, Path, dict[str, str], list[str]],
) -> None:
    # Only the sidecar is "staged": the hook must lint the digest beside it.
    bad = _try_repo(setup, "news/bad.sources.yaml", "news/good.txt", "notes.py")
    out = bad.stdout + bad.stderr
    if "Installing environment" in out and bad.returncode not in (0, 1):
        pytest.fail(f"hook install or run failed:\n{out}")
    assert bad.returncode == 1, out
    assert "seedlint" in out and "Failed" in out
    finding = [ln for ln in out.splitlines() if "SL002" in ln]
    assert len(finding) == 1, out
    assert finding[0].startswith("news/bad.txt:1:57: SL002 [error]"), finding
    assert "38c5ecf9" in finding[0]
    assert "good.txt" not in out.replace("news/good.txt", "")  # never flagged
    assert "notes.py" not in out  # not a digest: filtered out by the hook's `files`

    good = _try_repo(setup, "news/good.txt", "news/good.sources.yaml", "notes.py", "README.md")
    out = good.stdout + good.stderr
    assert good.returncode == 0, out
    assert "Passed" in out
    assert "SL002" not in out


def test_manifest_and_own_config_are_valid() -> None:
    cmd = _pre_commit()
    for sub, name in (
        ("validate-manifest", ".pre-commit-hooks.yaml"),
        ("validate-config", ".pre-commit-config.yaml"),
    ):
        res = subprocess.run([*cmd, sub, str(ROOT / name)], capture_output=True, text=True)
        assert res.returncode == 0, res.stdout + res.stderr


def test_own_seed_hooks(tmp_path: Path) -> None:
    """The project's own seedlint hooks (``language: system``) on a copy of seeds/, with a
    ``seedlint`` on PATH that runs this working tree's code."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / "seeds").is_dir():
        pytest.skip("no seeds/ folder")
    cmd = _pre_commit()
    env = _env(tmp_path)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "seedlint"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m seedlint "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", PYTHONPATH=str(ROOT / "src"))

    work = tmp_path / "proj"
    shutil.copytree(ROOT / "seeds", work / "seeds")
    shutil.copy2(ROOT / ".pre-commit-config.yaml", work / ".pre-commit-config.yaml")
    _git(work, env, "init", "-q")
    _git(work, env, "add", ".")
    seeds = sorted(str(p.relative_to(work)) for p in (work / "seeds").iterdir())
    clean = [s for s in seeds if "clean" in Path(s).name and s.endswith(".txt")]
    assert clean, "seeds/ should hold a clean sample"

    def hook(hook_id: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*cmd, "run", hook_id, "--color", "never", "--files", *seeds],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    for hook_id in ("seedlint-clean-seeds", "seedlint-seeds-parse"):
        res = hook(hook_id)
        assert res.returncode == 0, res.stdout + res.stderr
        assert "Passed" in res.stdout

    # An info-level finding in a clean sample fails the first hook only.
    target = work / clean[0]
    target.write_text(
        target.read_text(encoding="utf-8") + "\nOfficials recently said more [00000000].\n",
        encoding="utf-8",
    )
    res = hook("seedlint-clean-seeds")
    assert res.returncode == 1, res.stdout
    assert "SL102" in res.stdout and clean[0] in res.stdout
    assert hook("seedlint-seeds-parse").returncode == 0

    # A broken sidecar fails the second.
    sidecar = next(s for s in seeds if ".sources." in s and s.endswith((".yaml", ".yml")))
    (work / sidecar).write_text("x: [\n", encoding="utf-8")
    res = hook("seedlint-seeds-parse")
    assert res.returncode == 1, res.stdout  # pre-commit's own status for "a hook failed"
    assert "exit code: 2" in res.stdout
    assert "invalid YAML" in res.stdout
