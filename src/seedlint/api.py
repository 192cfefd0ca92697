"""The Python API: lint text or paths and get structured diagnostics back."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from seedlint.config import Config
from seedlint.diagnostics import Diagnostic
from seedlint.runner import AUTO, Overrides, Report, Session
from seedlint.runner import lint_paths as _lint_paths
from seedlint.sources import SourceRegistry


def lint_text(
    text: str,
    *,
    path: str | os.PathLike[str] | None = None,
    sources: SourceRegistry | Mapping[str, Any] | None = None,
    config: Config | None = None,
) -> list[Diagnostic]:
    """Lint one digest given as a string.

    ``path`` is only a name for the diagnostics (and where config is searched from when
    ``config`` is not given); ``sources`` is a :class:`SourceRegistry` or a mapping
    ``{ID: None | text | {title, url, published, text}}``. Raises
    :class:`seedlint.SeedlintError` on a bad config or rule."""
    name = str(path) if path is not None else "<text>"
    if config is None and path is None:
        config = Config()
    session = Session(Overrides(), config)
    if text.startswith("\ufeff"):
        text = text[1:]
    if sources is None:
        # With a real path, sidecar and config sources apply as on the command line.
        chosen: Any = AUTO if path is not None else None
    else:
        chosen = sources
    diags, _ = session.lint_text(text, name, sources=chosen)
    return diags


def lint_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    config: Config | None = None,
    jobs: int = 1,
    cache: bool = False,
) -> Report:
    """Lint files and folders (recursively) like the command line does.

    With ``config`` given, it applies to every file; without, each file's config is
    found by searching upward from it. ``jobs``: worker processes (``0``: one per core;
    a handful of files always run in this process). ``cache``: reuse and store results
    in ``.seedlint_cache/`` (or ``$SEEDLINT_CACHE_DIR``), as the command line does."""
    result_cache = None
    if cache:
        from seedlint.cache import ResultCache, default_dir

        result_cache = ResultCache(default_dir())
    return _lint_paths(paths, config=config, jobs=jobs, cache=result_cache)


def fix_text(
    text: str,
    *,
    sources: SourceRegistry | Mapping[str, Any] | None = None,
    config: Config | None = None,
    path: str | os.PathLike[str] | None = None,
) -> str:
    """``text`` with every safe fix applied, as ``seedlint --fix`` would write it.

    Arguments as for :func:`lint_text`; fixing repeats (a few passes at most) until no
    fixable finding is left. Only the fixed spans change; a leading BOM is kept."""
    from seedlint.fixes import fix_text as _fix_text

    return _fix_text(text, sources=sources, config=config, path=path)
