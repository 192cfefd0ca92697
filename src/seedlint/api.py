"""The Python API: lint text or paths and get structured diagnostics back."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from seedlint.config import Config
from seedlint.diagnostics import Diagnostic
from seedlint.errors import SeedlintError
from seedlint.runner import AUTO, Overrides, Report, Session
from seedlint.runner import lint_paths as _lint_paths
from seedlint.sources import SourceRegistry

Sources = SourceRegistry | Mapping[str, Any] | str | os.PathLike[str] | None
ConfigArg = Config | str | os.PathLike[str] | None


def _checked(sources: Sources, config: ConfigArg) -> tuple[Any, Config | None]:
    """The API's ``sources`` and ``config`` as the session takes them: a path is loaded,
    a wrong type is a :class:`TypeError` that says what is accepted."""
    if isinstance(sources, str | os.PathLike):
        from seedlint.sources import load_sources

        sources = load_sources(sources)
    elif sources is not None and not isinstance(sources, SourceRegistry | Mapping):
        raise TypeError(
            "sources must be a SourceRegistry, a mapping of IDs or a path, "
            f"not {type(sources).__name__}"
        )
    elif isinstance(sources, Mapping):
        bad = next((k for k in sources if not isinstance(k, str)), None)
        if bad is not None:  # 38 for "00000038" would never match a citation
            raise TypeError(f"source IDs must be str, not {type(bad).__name__} ({bad!r})")
    if isinstance(config, str | os.PathLike):
        from seedlint.config import load_config

        config = load_config(config)
    elif config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a Config or a path, not {type(config).__name__}")
    return sources, config


def lint_text(
    text: str,
    *,
    path: str | os.PathLike[str] | None = None,
    sources: Sources = None,
    config: ConfigArg = None,
    errors: list[SeedlintError] | None = None,
) -> list[Diagnostic]:
    """Lint one digest given as a string.

    ``path`` is only a name for the diagnostics (and where config is searched from when
    ``config`` is not given; a path the config's ``exclude`` leaves out gets no
    findings, as on the command line); ``sources`` is a :class:`SourceRegistry`, a mapping
    ``{ID: None | text | {title, url, published, text}}`` or the path of a sources file
    or folder; ``config`` a :class:`Config` or a config file's path. Raises
    :class:`seedlint.SeedlintError` on a bad config, rule or sources file.

    ``start``/``end`` and fix edits index ``text`` as given (a leading BOM included), so
    ``text[d.start:d.end] == d.text``; lines and columns do not count a BOM.

    A rule that fails on the text (a user regex out of time) raises a
    :class:`seedlint.SeedlintError` naming the rule, after the other rules ran; with an ``errors`` list, the
    failure is appended there instead and the other rules' findings are returned, as the
    command line prints them. Each call is a run of its own: a rule that timed out is
    not skipped in later calls."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if errors is not None and not isinstance(errors, list):
        raise TypeError(f"errors must be a list, not {type(errors).__name__}")
    sources, config = _checked(sources, config)
    name = str(path) if path is not None else "<text>"
    if config is None and path is None:
        config = Config()
    session = Session(Overrides(), config)
    if path is not None and session.excludes(Path(name)):
        return []  # the config's `exclude` leaves it out, as the command line would
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    if sources is None:
        # With a real path, sidecar and config sources apply as on the command line.
        chosen: Any = AUTO if path is not None else None
    else:
        chosen = sources
    diags, _ = session.lint_text(text, name, sources=chosen, had_bom=bom, errors=errors)
    # Offsets (and fix edits) index the string the caller gave, BOM included; lines and
    # columns are the file's, as on the command line, where an editor does not show it.
    return [_after_bom(d) for d in diags] if bom else diags


def _after_bom(d: Diagnostic) -> Diagnostic:
    fix = d.fix
    if fix is not None:
        fix = fix._replace(
            edits=tuple(e._replace(start=e.start + 1, end=e.end + 1) for e in fix.edits)
        )
    return d._replace(start=d.start + 1, end=d.end + 1, fix=fix)


def lint_paths(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    config: ConfigArg = None,
    jobs: int = 1,
    cache: bool = False,
) -> Report:
    """Lint files and folders (recursively) like the command line does.

    With ``config`` given, it applies to every file; without, each file's config is
    found by searching upward from it. ``jobs``: worker processes (``0``: one per core;
    a handful of files always run in this process). ``cache``: reuse and store results
    in ``.seedlint_cache/`` (or ``$SEEDLINT_CACHE_DIR``), as the command line does.
    One path may be given alone."""
    if isinstance(paths, bytes | bytearray | memoryview):
        raise TypeError("paths must be a str or os.PathLike, or an iterable of them, not bytes")
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # not its characters
    if not isinstance(paths, Iterable):
        raise TypeError(
            "paths must be a str or os.PathLike, or an iterable of them, "
            f"not {type(paths).__name__}"
        )
    paths = list(paths)
    wrong = next((p for p in paths if not isinstance(p, str | os.PathLike)), None)
    if wrong is not None:
        raise TypeError(f"each path must be a str or os.PathLike, not {type(wrong).__name__}")
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0:
        raise TypeError(f"jobs must be an int >= 0, not {jobs!r}")
    _, config = _checked(None, config)
    result_cache = None
    if cache:
        from seedlint.cache import ResultCache, default_dir

        result_cache = ResultCache(default_dir())
    return _lint_paths(paths, config=config, jobs=jobs, cache=result_cache)


def fix_text(
    text: str,
    *,
    sources: Sources = None,
    config: ConfigArg = None,
    path: str | os.PathLike[str] | None = None,
) -> str:
    """``text`` with every safe fix applied, as ``seedlint --fix`` would write it.

    Arguments as for :func:`lint_text`; fixing repeats (a few passes at most) until no
    fixable finding is left. Only the fixed spans change; a leading BOM is kept."""
    from seedlint.fixes import fix_text as _fix_text

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    sources, config = _checked(sources, config)
    return _fix_text(text, sources=sources, config=config, path=path)
