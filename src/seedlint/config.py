"""Configuration: ``seedlint.yaml``, ``.seedlint.yaml`` or ``[tool.seedlint]`` in
``pyproject.toml``, found by searching upward from each linted path."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from seedlint.diagnostics import Severity
from seedlint.errors import SeedlintError

# Kept here, not beside the code that uses them, so that reading a config imports no
# regex engine and no YAML parser until a file actually needs them.
DEFAULT_ID_PATTERN = r"[0-9a-f]{8}"
PARAGRAPH_MODES: tuple[str, ...] = ("auto", "line", "blank")

if TYPE_CHECKING:
    from seedlint.yamlutil import LineDict

CONFIG_NAMES = ("seedlint.yaml", ".seedlint.yaml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", ".tox", "__pycache__")


class Config(NamedTuple):
    """Settings for one linted file. Paths inside are absolute (resolved against the
    folder of the file that set them)."""

    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rules: tuple[Path, ...] = ()
    sources: Path | None = None
    paragraphs: str = "auto"
    include: tuple[str, ...] = ("*.txt", "*.md", "*.markdown")  # files.DIGEST_SUFFIXES
    exclude: tuple[str, ...] = ()
    citation_pattern: str = DEFAULT_ID_PATTERN
    rule_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    fail_on: str = "warning"
    path: Path | None = None  # the file it came from
    root: Path | None = None  # what relative globs start from; None: the working folder

    def with_overrides(self, **changes: Any) -> Config:
        return self._replace(**{k: v for k, v in changes.items() if v is not None})

    def root_dir(self) -> Path:
        return self.root if self.root is not None else Path.cwd()

    def options_for(self, rule_code: str, rule_name: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, opts in self.rule_options:
            if key in (rule_code, rule_name):
                out.update(dict(opts))
        return out


_KEYS = (
    "select",
    "ignore",
    "severity",
    "per-file-ignores",
    "rules",
    "sources",
    "paragraphs",
    "include",
    "exclude",
    "citation-pattern",
    "rule-options",
    "fail-on",
)


def resolved(path: Path) -> Path:
    """``path.resolve()``, or the absolute path when it cannot be resolved (a symlink
    loop raises in :meth:`Path.resolve`; the read that follows reports it cleanly)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def load_config(
    path: str | os.PathLike[str] | None = None, *, start: str | os.PathLike[str] | None = None
) -> Config:
    """Load the config file at ``path``; or, with ``start``, the nearest one found
    searching upward from it; or the defaults when there is none."""
    if path is not None:
        p = Path(path)
        if p.is_dir():
            raise SeedlintError(
                "is a folder, not a config file (start= searches from one)", path=str(p)
            )
        if not p.exists():
            raise SeedlintError("config file does not exist", path=str(p))
        # a pipe (--config <(cmd)) is read where it is: resolving it names no file
        found = _parse_file(p if p.is_fifo() else resolved(p))
        if found is None:
            raise SeedlintError("no [tool.seedlint] table in this pyproject.toml", path=str(p))
        return found
    if start is not None:
        found = discover(resolved(Path(start)))
        if found is not None:
            return found
    return Config()


def discover(start: Path, cache: dict[Path, Config | None] | None = None) -> Config | None:
    """The nearest config above ``start``; ``cache`` (per run) remembers each folder."""
    directory = start if start.is_dir() else start.parent
    memo = cache if cache is not None else {}
    visited: list[Path] = []
    found: Config | None = None
    while True:
        if directory in memo:
            found = memo[directory]
            break
        visited.append(directory)
        found = _config_in(directory)
        if found is not None or directory.parent == directory:
            break
        directory = directory.parent
    for d in visited:
        memo[d] = found
    return found


def _config_in(directory: Path) -> Config | None:
    for name in CONFIG_NAMES:
        candidate = directory / name
        if candidate.exists() and not candidate.is_dir():
            if not candidate.is_file():  # a pipe or a link to a device: never read it
                raise SeedlintError(
                    "config is not a regular file (a device, pipe or socket); refused",
                    path=str(candidate),
                )
            found = _parse_file(candidate)
            if found is not None:
                return found
    return None


def _parse_file(path: Path) -> Config | None:
    try:
        st = path.stat()
    except OSError as exc:
        raise SeedlintError(f"cannot read config: {exc.strerror}", path=str(path)) from None
    return _parse_file_at(path, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=64)
def _parse_file_at(path: Path, mtime_ns: int, size: int) -> Config | None:
    """Parsed once per content version (keyed by mtime and size, so edits are seen)."""
    where = str(path)
    from seedlint.readfile import read_text

    text = read_text(path, "config", pipe=True)
    if path.name == "pyproject.toml" or path.suffix == ".toml":  # --config my.toml too
        import tomllib  # only when a pyproject.toml is read: keeps start-up short

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SeedlintError(f"invalid TOML: {exc}", path=where) from None
        tool = data.get("tool")
        if tool is None and path.name != "pyproject.toml":
            # seedlint.toml: keys at the top
            return _from_mapping(data, path, lines=_toml_lines(data, text, None))
        if tool is None:
            return None
        if not isinstance(tool, dict):
            raise SeedlintError("'tool' must be a table", path=where)
        table = tool.get("seedlint")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise SeedlintError("[tool.seedlint] must be a table", path=where)
        return _from_mapping(table, path, lines=_toml_lines(table, text, "tool.seedlint"))
    from seedlint.yamlutil import LineDict, load_yaml

    data = load_yaml(text, where)
    if data is None:
        data = LineDict()
    if not isinstance(data, dict):
        raise SeedlintError("a config file must be a YAML mapping", path=where, line=1)
    return _from_mapping(data, path, lines=data if isinstance(data, LineDict) else None)


_TOML_KEY = r"""\s*(["']?)([A-Za-z0-9_-]+)\1\s*[=.]"""


def _toml_lines(data: dict[str, Any], text: str, table: str | None) -> LineDict:
    """``data`` (a TOML table) with the line of each of its keys, found in ``text``:
    Python's TOML reader keeps no positions, and an error should name its line."""
    import re

    from seedlint.yamlutil import LineDict

    out = LineDict(data)
    out.key_lines = {}
    # a key written where this cannot see it (an inline table, a dotted key) takes the
    # table's line, else the first line naming seedlint, else line 1: never line 0
    out.line = next((n for n, ln in enumerate(text.splitlines(), 1) if "seedlint" in ln), 1)
    current: str | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[\[?([^\]]*)\]", raw)
        if header is not None:
            # '[ tool . "seedlint" ]  # comment' is the table tool.seedlint
            current = ".".join(p.strip().strip("\"'") for p in header.group(1).split("."))
            if current == table:
                out.line = n
            elif table is None or current.startswith(table + "."):
                # "[tool.seedlint.severity]" holds the key "severity"
                sub = current[len(table) + 1 :] if table is not None else current
                out.key_lines.setdefault(sub.split(".")[0].strip("\"'"), n)
            continue
        if current == table and (m := re.match(_TOML_KEY, raw)):
            out.key_lines.setdefault(m.group(2), n)
    return out


def option_files(option: str, value: Any) -> list[str]:
    """The files a rule option names: an option called ``*-files`` (such as
    ``list-files``) holds a list of paths. The result cache fingerprints them."""
    if option.endswith("-files") and isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def files_from(option: str, value: Any, folder: Path) -> Any:
    """``value`` with the files it names (:func:`option_files`) taken from ``folder`` (the
    config's or the rule file's), like ``rules`` and ``sources``, wherever seedlint is
    run from; any other option as it is."""
    if not option_files(option, value):
        return value
    return [str(resolved(folder / v)) if isinstance(v, str) else v for v in value]


def _from_mapping(data: dict[str, Any], path: Path, lines: LineDict | None) -> Config:
    from seedlint.yamlutil import LineDict

    where = str(path)
    root = path.parent

    def fail(key: str, msg: str, sub: str | None = None) -> SeedlintError:
        line = lines.line_of(key) if lines else None
        inner = data.get(key)
        if sub is not None and isinstance(inner, LineDict):
            line = inner.line_of(sub)
        return SeedlintError(msg, path=where, line=line)

    def str_list(key: str) -> tuple[str, ...]:
        value = data[key]
        if isinstance(value, str):
            value = [s.strip() for s in value.split(",") if s.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, f"{key!r} must be a list of strings")
        return tuple(value)

    for key in data:
        if key not in _KEYS:
            raise fail(key, f"unknown config key {key!r} (allowed: {', '.join(_KEYS)})")
    cfg: dict[str, Any] = {"path": path, "root": root}
    if "select" in data:
        cfg["select"] = str_list("select")
    if "ignore" in data:
        cfg["ignore"] = str_list("ignore")
    if "include" in data:
        cfg["include"] = str_list("include")
    if "exclude" in data:
        cfg["exclude"] = str_list("exclude")
    if "rules" in data:
        cfg["rules"] = tuple(resolved(root / p) for p in str_list("rules"))
    if "sources" in data:
        if not isinstance(data["sources"], str) or not data["sources"].strip():
            raise fail("sources", "'sources' must be a path (file or directory)")
        cfg["sources"] = resolved(root / data["sources"])
    if "paragraphs" in data:
        if data["paragraphs"] not in PARAGRAPH_MODES:
            raise fail("paragraphs", f"'paragraphs' must be one of {', '.join(PARAGRAPH_MODES)}")
        cfg["paragraphs"] = data["paragraphs"]
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_ON:
            raise fail("fail-on", f"'fail-on' must be one of {', '.join(FAIL_ON)}")
        cfg["fail_on"] = data["fail-on"]
    if "citation-pattern" in data:
        pat = data["citation-pattern"]
        from seedlint.citations import validate_id_pattern

        problem = "must be a string" if not isinstance(pat, str) else validate_id_pattern(pat)
        if problem:
            raise fail("citation-pattern", f"'citation-pattern' {problem}")
        cfg["citation_pattern"] = pat
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise fail("severity", "'severity' must map rule codes or names to error|warning|info")
        pairs = []
        for rule, level in sev.items():
            try:
                pairs.append((str(rule), Severity.parse(str(level))))
            except ValueError as exc:
                raise fail("severity", f"severity of {rule}: {exc}", sub=str(rule)) from None
        cfg["severity"] = tuple(pairs)
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise fail("per-file-ignores", "'per-file-ignores' must map globs to lists of rules")
        items = []
        for glob, rules in pfi.items():
            if isinstance(rules, str):
                rules = [r.strip() for r in rules.split(",") if r.strip()]
            if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
                raise fail(
                    "per-file-ignores",
                    f"per-file-ignores[{glob!r}] must be a list of rules",
                    sub=str(glob),
                )
            items.append((str(glob), tuple(rules)))
        cfg["per_file_ignores"] = tuple(items)
    if "rule-options" in data:
        ro = data["rule-options"]
        if not isinstance(ro, dict) or not all(isinstance(v, dict) for v in ro.values()):
            raise fail(
                "rule-options", "'rule-options' must map rule codes or names to option mappings"
            )
        cfg["rule_options"] = tuple(
            (str(k), tuple((o, files_from(o, v, root)) for o, v in opts.items()))
            for k, opts in ro.items()
        )
    return Config(**cfg)
