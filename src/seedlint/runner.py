"""Lint many files: find each file's config, rules and sources, then run the engine."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from seedlint.cache import ResultCache
from seedlint.config import Config, discover, option_files, resolved
from seedlint.diagnostics import Diagnostic, Severity
from seedlint.errors import SeedlintError
from seedlint.files import digests_for_sidecar, excluded_anywhere, read_digest, walk
from seedlint.sources import (
    SourceRegistry,
    check_ids,
    is_sidecar,
    load_sources,
    sidecar_for,
)

if TYPE_CHECKING:
    from seedlint.engine import RuleSet
    from seedlint.rules import Rule

# The engine, documents and rules are imported on first use, so that a run answered
# wholly from the result cache never loads a rule or a regex engine.

AUTO: Any = object()  # "find the sources as the command line would"


class Overrides(NamedTuple):
    """Command-line settings; each one that is set wins over every config file."""

    config: Path | None = None  # an explicit config file: no discovery
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    extend_ignore: tuple[str, ...] = ()
    sources: Path | None = None
    rules: tuple[Path, ...] = ()
    paragraphs: str | None = None
    fail_on: str | None = None


class Tally:
    """Counts of findings, enough for a summary and the exit status."""

    __slots__ = ("by_severity", "count", "files", "fixable")

    def __init__(self) -> None:
        self.count = 0
        self.by_severity: dict[Severity, int] = {}
        self.files = 0  # files with at least one finding
        self.fixable = 0

    def __repr__(self) -> str:
        return (
            f"Tally(count={self.count}, by_severity={self.by_severity}, "
            f"files={self.files}, fixable={self.fixable})"
        )

    def add(self, diagnostics: Sequence[Diagnostic]) -> None:
        """Count one file's findings (a file's findings always arrive together)."""
        paths: set[str] = set()
        for d in diagnostics:
            self.count += 1
            self.by_severity[d.severity] = self.by_severity.get(d.severity, 0) + 1
            self.fixable += d.fix is not None
            paths.add(d.path)
        self.files += len(paths)

    @classmethod
    def of(cls, diagnostics: Sequence[Diagnostic]) -> Tally:
        t = cls()
        t.add(diagnostics)
        return t

    def reaches(self, threshold: Severity) -> bool:
        return any(n and s >= threshold for s, n in self.by_severity.items())


class Report:
    """The outcome of a run: findings, files, problems, and what was not checked.

    With a ``sink``, findings are handed to it file by file as they come and only
    counted here (``streamed``), so memory stays flat however many files are linted."""

    __slots__ = (
        "_error_keys",
        "_reached",
        "diagnostics",
        "errors",
        "excluded",
        "fail_levels",
        "fail_on",
        "files",
        "files_without_sources",
        "rules",
        "sink",
        "streamed",
        "texts",
    )

    def __init__(
        self,
        diagnostics: list[Diagnostic] | None = None,
        files: list[str] | None = None,
        errors: list[SeedlintError] | None = None,
        files_without_sources: list[str] | None = None,
        rules: list[Rule] | None = None,
        fail_on: str = "warning",
        texts: dict[str, str] | None = None,
        sink: Callable[[Sequence[Diagnostic]], None] | None = None,
    ) -> None:
        self.diagnostics: list[Diagnostic] = diagnostics if diagnostics is not None else []
        self.files: list[str] = files if files is not None else []
        self.errors: list[SeedlintError] = errors if errors is not None else []
        self.files_without_sources: list[str] = (
            files_without_sources if files_without_sources is not None else []
        )
        self.rules: list[Rule] = rules if rules is not None else []
        self.fail_on = fail_on
        self.texts: dict[str, str] = texts if texts is not None else {}  # only when asked
        # files named outright that their config's ``exclude`` leaves out (said when
        # nothing else was checked: an empty run should not look like a clean one)
        self.excluded: list[str] = []
        self.sink = sink
        self.streamed: Tally | None = None
        self._error_keys: set[str] = set()
        # Each file's own fail-on (its config's), for the files with findings: folders
        # with different configs each fail by their own level, whatever the file order.
        self.fail_levels: dict[str, str] = {}
        self._reached = False  # a streamed finding reached its file's level

    def __repr__(self) -> str:
        return (
            f"Report({len(self.files)} files, {self.tally().count} findings, "
            f"{len(self.errors)} errors, fail_on={self.fail_on!r})"
        )

    def add_diagnostics(
        self, diagnostics: Sequence[Diagnostic], fail_on: str | None = None
    ) -> None:
        """One file's findings; ``fail_on``: that file's level (from its config)."""
        if fail_on is not None and diagnostics:
            self.fail_levels[diagnostics[0].path] = fail_on
        if self.sink is None:
            self.diagnostics.extend(diagnostics)
            return
        if fail_on is not None and not self._reached and fail_on != "never":
            threshold = Severity.parse(fail_on)
            self._reached = any(d.severity >= threshold for d in diagnostics)
        if self.streamed is None:
            self.streamed = Tally()
        self.streamed.add(diagnostics)
        if diagnostics:
            self.sink(diagnostics)

    def tally(self) -> Tally:
        return self.streamed if self.streamed is not None else Tally.of(self.diagnostics)

    def add_error(self, exc: SeedlintError) -> None:
        """Record ``exc`` unless the same message was already recorded."""
        key = str(exc)
        if key not in self._error_keys and not any(str(e) == key for e in self.errors):
            self._error_keys.add(key)
            self.errors.append(exc)

    def exit_code(self, fail_on: str | None = None) -> int:
        """0 clean, 1 a finding at or above ``fail_on``, 2 an error."""
        if self.errors:
            return 2
        if not fail_on and self.fail_levels:  # each file by its own config's level
            if self.streamed is not None:
                return 1 if self._reached else 0
            levels, default = self.fail_levels, self.fail_on
            hit = any(d.severity.fails(levels.get(d.path, default)) for d in self.diagnostics)
            return 1 if hit else 0
        level = fail_on or self.fail_on
        if level == "never":
            return 0
        return 1 if self.tally().reaches(Severity.parse(level)) else 0

    def fail_on_for(self, path: str) -> str:
        """The fail-on level of ``path``'s findings (its config's, else the run's)."""
        return self.fail_levels.get(path, self.fail_on)


def _module_file(kind: object) -> Path | None:
    """The file of a kind's module when it is not seedlint's own (a plugin's)."""
    import sys

    module = sys.modules.get(type(kind).__module__)
    file = getattr(module, "__file__", None)
    if not file or type(kind).__module__.startswith("seedlint."):
        return None
    return Path(file)


class Session:
    """Caches shared by every file of one run: configs, rule sets, source registries."""

    def __init__(
        self,
        overrides: Overrides | None = None,
        config: Config | None = None,
        cache: ResultCache | None = None,
    ) -> None:
        self.overrides = overrides or Overrides()
        src = self.overrides.sources
        if cache is not None and src is not None and not (src.is_file() or src.is_dir()):
            cache = None  # a pipe (--sources <(cmd)) can be read once: to load, not to hash
        self.cache = cache
        if cache is not None:
            from seedlint import memo

            memo.configure(cache.memo_dir(), cache.code)
        self._fingerprints: dict[object, str] = {}
        self._base = config
        if config is None and self.overrides.config is not None:
            from seedlint.config import load_config

            self._base = load_config(self.overrides.config)
        self._effective: dict[int, tuple[Config, Config]] = {}
        self._rulesets: dict[int, RuleSet] = {}
        # rules that ran out of time in this run (code → why): skipped for the rest of it
        self.timed_out: dict[str, str] = {}
        self._sources: dict[Path | str, SourceRegistry] = {}
        self._failed_sources: dict[Path | str, SeedlintError] = {}
        self._discovered: dict[Path, Config | None] = {}
        self._checked_ids: dict[tuple[int, str], SeedlintError | None] = {}

    def excludes(self, path: Path) -> bool:
        """Does a config's ``exclude`` (this path's or a folder's above it) leave it out?"""
        return excluded_anywhere(path, self.config_for)

    def config_for(self, path: Path) -> Config:
        base = (
            self._base
            if self._base is not None
            else (discover(resolved(path), self._discovered) or _DEFAULT)
        )
        key = id(base)
        hit = self._effective.get(key)
        if hit is not None:
            return hit[1]
        o = self.overrides
        ignore = o.ignore if o.ignore is not None else base.ignore
        eff = base.with_overrides(
            select=o.select,
            ignore=tuple(ignore) + o.extend_ignore,
            sources=o.sources,
            rules=tuple(base.rules) + o.rules if o.rules else None,
            paragraphs=o.paragraphs,
            fail_on=o.fail_on,
        )
        self._effective[key] = (base, eff)
        return eff

    def ruleset(self, config: Config) -> RuleSet:
        key = id(config)
        rs = self._rulesets.get(key)
        if rs is None:
            from seedlint.engine import RuleSet

            rs = self._rulesets[key] = RuleSet.build(config)
        return rs

    def registry(self, path: Path) -> SourceRegistry:
        # Found by the name as given first: /dev/stdin resolves to another file in a worker
        # process (multiprocessing points a child's standard input at /dev/null).
        reg = self._sources.get(str(path))
        if reg is not None:
            return reg
        if str(path) in self._failed_sources:
            raise self._failed_sources[str(path)]
        key = resolved(path)
        reg = self._sources.get(key)
        if reg is None:
            # loaded from the path as given: /dev/fd/N resolves to a name no one can open
            failed = self._failed_sources.get(key)
            if failed is not None:
                raise failed  # once per run, not once per digest
            try:
                reg = self._sources[key] = self._sources[str(path)] = load_sources(path)
            except SeedlintError as exc:
                self._failed_sources[key] = self._failed_sources[str(path)] = exc
                raise
        return reg

    def sources_for(self, digest: Path | None, config: Config) -> SourceRegistry | None:
        """``--sources``, else the sidecar, else the config's ``sources`` (first wins);
        a source whose ID no citation of this config could name is an error."""
        if self.overrides.sources is not None:
            return self._citable(self.registry(self.overrides.sources), config)
        if digest is not None:
            side = sidecar_for(digest)
            if side is not None:
                reg = load_sources(side)
                check_ids(reg, config.citation_pattern)
                return reg
        if config.sources is not None:
            return self._citable(self.registry(config.sources), config)
        return None

    def _citable(self, reg: SourceRegistry, config: Config) -> SourceRegistry:
        """``reg`` once :func:`check_ids` passed it for ``config``'s citation-pattern
        (checked once per run: a shared registry serves every digest)."""
        key = (id(reg), config.citation_pattern)
        if key not in self._checked_ids:
            try:
                check_ids(reg, config.citation_pattern)
                self._checked_ids[key] = None
            except SeedlintError as exc:
                self._checked_ids[key] = exc
        problem = self._checked_ids[key]
        if problem is not None:
            raise problem
        return reg

    def cache_key(self, path: Path, config: Config, text: str, had_bom: bool) -> str:
        """The result-cache key of ``text`` linted as ``path`` under ``config``."""
        assert self.cache is not None
        from seedlint.cache import tree_fingerprint
        from seedlint.resources import default_rules_dir

        def memo(key: object, compute: Callable[[], str]) -> str:
            value = self._fingerprints.get(key)
            if value is None:
                value = self._fingerprints[key] = compute()
            return value

        def rules_fingerprint() -> str:
            # Files that options name (an option called "*-files", such as list-files) are
            # read by the rules like the rule files themselves: their edits must miss too.
            # The options come from the config's rule-options and from the user's rule
            # files; the default rules name none, so a plain config loads no rule here.
            options = [dict(opts) for _, opts in config.rule_options]
            plugins: list[Path] = []
            if config.rules:
                active = [rule for rule, _ in self.ruleset(config).rules]
                options += [rule.options for rule in active]
                # A kind from a plugin is code the result depends on, like seedlint's own
                # (whose fingerprint the cache holds): its module's text is in the key.
                plugins = sorted({f for r in active if (f := _module_file(r.kind))})
            named = [
                Path(f)
                for opts in options
                for key, value in opts.items()
                for f in option_files(key, value)
            ]
            return tree_fingerprint((default_rules_dir(), *config.rules, *named, *plugins)) + repr(
                config
            )

        rules = memo(("rules", id(config)), rules_fingerprint)
        if self.overrides.sources is not None:
            src = self.overrides.sources
            sources = memo(("sources", src), lambda: tree_fingerprint([src]))
        elif (side := sidecar_for(path)) is not None:
            sources = tree_fingerprint([side])
        elif config.sources is not None:
            cfg_src = config.sources
            sources = memo(("sources", cfg_src), lambda: tree_fingerprint([cfg_src]))
        else:
            sources = "none"
        return self.cache.key(str(path), rules, sources, "bom" if had_bom else "", text)

    def lint_text(
        self,
        text: str,
        path: str,
        *,
        had_bom: bool = False,
        sources: Any = AUTO,
        errors: list[SeedlintError] | None = None,
    ) -> tuple[list[Diagnostic], bool]:
        """Lint ``text`` as the file ``path``. ``sources``: :data:`AUTO` (look them up),
        ``None`` (none), a :class:`SourceRegistry` or a mapping of IDs. A rule that fails
        on this text goes to ``errors`` (the other rules' findings are returned); without
        ``errors``, the failure is raised."""
        file_path = Path(path)
        config = self.config_for(file_path)
        rs = self.ruleset(config)
        registry: SourceRegistry | None
        if sources is AUTO:
            registry = self.sources_for(file_path, config)
        elif sources is None:
            registry = None
        else:  # given by a caller: IDs checked as a sources file's are
            if isinstance(sources, SourceRegistry):
                registry = sources
            else:
                registry = SourceRegistry.from_mapping(sources)
            check_ids(registry, config.citation_pattern)
        from seedlint.document import Document
        from seedlint.engine import lint_document

        doc = Document(
            text,
            path,
            paragraph_mode=config.paragraphs,
            citation_pattern=config.citation_pattern,
            had_bom=had_bom,
        )
        found = lint_document(
            doc, rs.for_path(path), registry, errors, rs.all_rules, self.timed_out
        )
        return found, registry is not None


_DEFAULT = Config(root=Path.cwd())


def collect(
    paths: Sequence[str | os.PathLike[str]], session: Session, report: Report
) -> list[Path]:
    """Every digest the paths name, each once however it is named (``x.md``,
    ``sub/../x.md``, an absolute path); problems go to ``report.errors``."""
    out: dict[Path, None] = {}
    seen: set[str] = set()

    def add(f: Path) -> None:
        key = os.path.abspath(f)  # normalised without a system call per file
        if key not in seen:
            seen.add(key)
            out.setdefault(f, None)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = False
            for f in walk(p, session.config_for):
                add(f)
                found = True
            if not found:
                if next(walk(p, session.config_for, honour_exclude=False), None) is not None:
                    report.excluded.append(str(p))  # as a digest named outright would be
                else:
                    report.errors.append(
                        SeedlintError(
                            "no digests (*.txt, *.md, *.markdown) found in this directory",
                            path=str(p),
                        )
                    )
        elif p.is_file() or p.is_symlink():
            if is_sidecar(p):
                digests = digests_for_sidecar(p)
                for digest in digests:
                    if not excluded_anywhere(digest, session.config_for):
                        add(digest)
                if not digests and not excluded_anywhere(p, session.config_for):
                    # no digest beside it to lint, but a broken one named (a pre-commit
                    # run on a commit that only adds it) must not pass in silence
                    try:
                        load_sources(p)
                    except SeedlintError as exc:
                        report.errors.append(exc)
                continue
            if not excluded_anywhere(p, session.config_for):
                add(p)
            else:
                report.excluded.append(str(p))
        elif p.exists():
            report.errors.append(
                SeedlintError(
                    "not a regular file (a named pipe, device or socket); skipped", path=str(p)
                )
            )
        else:
            report.errors.append(SeedlintError("no such file or directory", path=str(p)))
    # Sorted as the report is, so that findings streamed file by file come out in the
    # same order as a sorted report.
    return sorted(out, key=str)


def lint_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    config: Config | None = None,
    overrides: Overrides | None = None,
    keep_text: bool = False,
    jobs: int = 1,
    cache: ResultCache | None = None,
) -> Report:
    """Lint files and folders; ``jobs``: worker processes (``0``: one per core);
    ``cache``: reuse and store findings (see :mod:`seedlint.cache`)."""
    session = Session(overrides, config, cache)
    report = Report()
    files = collect(list(paths), session, report)
    lint_files(session, files, report, keep_text=keep_text, jobs=jobs)
    report.diagnostics.sort(key=lambda d: d.sort_key)
    _finish(session, report)
    return report


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


MIN_FILES_PER_WORKER = 8  # below this a worker costs more to start than it saves


def plan_jobs(jobs: int, n_files: int) -> int:
    """Worker processes for ``n_files`` files: ``jobs`` (``0``: every core), but one for a
    handful of files, where starting processes costs more than it saves."""
    want = default_jobs() if jobs <= 0 else jobs
    return max(1, min(want, n_files // MIN_FILES_PER_WORKER))


def lint_files(
    session: Session,
    files: Sequence[Path],
    report: Report,
    *,
    keep_text: bool = False,
    jobs: int = 1,
) -> None:
    """Lint ``files`` into ``report``, in order, with up to ``jobs`` worker processes
    (``0``: one per core). Files are read one at a time and their texts dropped after
    linting (unless ``keep_text``), so memory does not grow with the size of the corpus.
    A config or rule error stops the run, as with :func:`lint_one`."""
    workers = plan_jobs(jobs, len(files))
    if workers <= 1:
        for f in files:
            lint_one(session, f, report, keep_text=keep_text)
        return
    from seedlint import parallel

    parallel.lint_files(session, files, report, keep_text=keep_text, workers=workers)


def lint_one(
    session: Session,
    path: Path,
    report: Report,
    text: str | None = None,
    keep_text: bool = False,
    had_bom: bool = False,
) -> None:
    """Lint one file (or ``text`` shown as ``path``); file problems go to the report,
    config and rule problems propagate (they would repeat for every file). With a result
    cache, a hit skips the rules entirely: they are not even loaded."""
    name = str(path)
    config = session.config_for(path)
    cache = session.cache if text is None else None
    bom = had_bom  # for ``text``: whether the bytes it came from began with a BOM
    hit: tuple[list[Diagnostic], bool] | None = None
    key = ""
    if text is None:
        try:
            decoded = read_digest(name)
        except SeedlintError as exc:
            report.add_error(exc)
            return
        text, bom = decoded.text, decoded.had_bom
        if cache is not None:
            key = session.cache_key(path, config, text, bom)
            hit = cache.get(key)
    if hit is None:
        session.ruleset(config)  # outside the try: config and rule errors stop the run
    failures: list[SeedlintError] = []
    try:
        if hit is not None:
            diags, had_sources = hit
        else:
            diags, had_sources = session.lint_text(text, name, had_bom=bom, errors=failures)
            # a rule that timed out earlier in the run was skipped here: the findings are
            # not what the rules give, so they must not come back from the cache
            if cache is not None and not failures and not session.timed_out:
                cache.put(key, diags, had_sources)
    except SeedlintError as exc:
        if exc.path is None:
            exc.path = name
        report.add_error(exc)
        return
    except RecursionError:
        report.add_error(SeedlintError("too deeply nested to lint; skipped", path=name))
        return
    except MemoryError:
        report.add_error(SeedlintError("out of memory while linting; skipped", path=name))
        return
    except Exception as exc:  # a bug must cost one file, not the run
        report.add_error(
            SeedlintError(f"internal error, file skipped: {type(exc).__name__}: {exc}", path=name)
        )
        return
    for failure in failures:
        report.add_error(failure)
    report.files.append(name)
    report.add_diagnostics(diags, config.fail_on)
    if keep_text:
        report.texts[name] = text
    if not had_sources:
        report.files_without_sources.append(name)


def _finish(session: Session, report: Report, need_rules: bool = False) -> None:
    """Fill in the report's rules and fail-on level. On a run served wholly from the
    cache no rule was loaded; ``need_rules`` (SARIF lists every rule) loads them."""
    if need_rules and not session._rulesets and session._effective:
        session.ruleset(next(iter(session._effective.values()))[1])
    seen: dict[str, Rule] = {}
    for rs in session._rulesets.values():
        for r in rs.all_rules:
            seen.setdefault(r.code, r)
    report.rules = sorted(seen.values(), key=lambda r: r.code)
    if session._effective:
        report.fail_on = next(iter(session._effective.values()))[1].fail_on
    elif session.overrides.fail_on:
        report.fail_on = session.overrides.fail_on
