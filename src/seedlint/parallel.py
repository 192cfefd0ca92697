"""Lint many files with worker processes.

The parent builds the first file's config and rule set before the workers start, so with
the ``fork`` start method (Linux) every worker inherits compiled rules instead of
compiling them again. Files go out in batches, in order; each batch comes back as plain
results (diagnostics, errors, file lists) and is merged into the report in the order the
files were given, so the output does not depend on the number of workers."""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from seedlint.config import Config
from seedlint.diagnostics import Diagnostic
from seedlint.errors import SeedlintError
from seedlint.runner import Overrides, Report, Session, lint_one

_session: Session | None = None


class _Batch(NamedTuple):
    diagnostics: list[Diagnostic]
    files: list[str]
    errors: list[SeedlintError]
    files_without_sources: list[str]
    texts: dict[str, str]


def _init(overrides: Overrides, config: Config | None, cache_dir: Path | None) -> None:
    """Worker start: a fresh session unless one was inherited through ``fork``."""
    global _session
    if _session is None:
        from seedlint.cache import ResultCache

        cache = ResultCache(cache_dir) if cache_dir is not None else None
        _session = Session(overrides, config, cache)


def _work(job: tuple[list[str], bool]) -> _Batch:
    names, keep_text = job
    assert _session is not None
    report = Report()
    for name in names:
        lint_one(_session, Path(name), report, keep_text=keep_text)
    return _Batch(
        report.diagnostics,
        report.files,
        report.errors,
        report.files_without_sources,
        report.texts,
    )


def batch_size(n_files: int, workers: int) -> int:
    """Small enough to balance the load (about eight batches a worker), large enough that
    sending them costs little."""
    return max(1, min(64, n_files // (workers * 8) or 1))


def _batches(files: Sequence[Path], size: int, keep_text: bool) -> Iterator[tuple[list[str], bool]]:
    for i in range(0, len(files), size):
        yield [str(f) for f in files[i : i + size]], keep_text


def lint_files(
    session: Session,
    files: Sequence[Path],
    report: Report,
    *,
    keep_text: bool,
    workers: int,
) -> None:
    """Lint ``files`` into ``report`` with ``workers`` processes (see the module doc)."""
    global _session
    if files:
        # Compile the rules once, here; config and rule errors surface before any fork.
        session.ruleset(session.config_for(files[0]))
    src = session.overrides.sources
    if src is not None:
        # --sources once, here: a pipe (<(cmd), /dev/stdin) can be read only once, and a
        # worker reading it again would see nothing. A failure is kept and reported per
        # digest, as without workers.
        with contextlib.suppress(SeedlintError):
            session.registry(src)
    methods = multiprocessing.get_all_start_methods()
    # fork copies only the calling thread: with other threads running (a library caller's
    # thread pool) a lock one of them holds stays locked in the child for ever.
    forkable = "fork" in methods and threading.active_count() == 1
    ctx = multiprocessing.get_context(
        "fork" if forkable else "forkserver" if "forkserver" in methods else "spawn"
    )
    inherit = ctx.get_start_method() == "fork"
    if not inherit and src is not None and not Path(src).is_file() and not Path(src).is_dir():
        for f in files:  # a pipe that workers cannot inherit: one process reads it
            lint_one(session, f, report, keep_text=keep_text)
        return
    _session = session if inherit else None
    try:
        with ctx.Pool(
            workers,
            initializer=_init,
            initargs=(
                session.overrides,
                session._base,
                session.cache.directory if session.cache is not None else None,
            ),
        ) as pool:
            size = batch_size(len(files), workers)
            for batch in pool.imap(_work, _batches(files, size, keep_text)):
                report.files.extend(batch.files)
                _add_per_file(session, report, batch.diagnostics)
                for exc in batch.errors:
                    report.add_error(exc)
                report.files_without_sources.extend(batch.files_without_sources)
                report.texts.update(batch.texts)
    finally:
        _session = None


def _add_per_file(session: Session, report: Report, diagnostics: list[Diagnostic]) -> None:
    """A batch's findings, handed on file by file (a sink counts files per call)."""
    start = 0
    for i in range(1, len(diagnostics) + 1):
        if i == len(diagnostics) or diagnostics[i].path != diagnostics[start].path:
            path = diagnostics[start].path
            report.add_diagnostics(diagnostics[start:i], session.config_for(Path(path)).fail_on)
            start = i
