"""Rule files: one YAML file a rule, validated with file and line for every problem."""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from seedlint import regexstore
from seedlint.config import files_from
from seedlint.diagnostics import Severity
from seedlint.errors import SeedlintError
from seedlint.kinds import Kind, get_kind
from seedlint.readfile import read_text
from seedlint.resources import default_rules_dir as default_rules_dir  # re-exported
from seedlint.yamlutil import LineDict, load_yaml, type_words

_CODE = regexstore.compile(r"[A-Z]{1,8}[0-9]{1,5}")
_NAME = regexstore.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_KEYS = {
    "code": True,
    "name": True,
    "kind": True,
    "severity": True,
    "message": True,
    "description": True,
    "options": False,
    "examples": False,
    "link": False,
    "superseded-by": False,
}
COMMON_FIELDS = frozenset({"code", "name"})


class Example(NamedTuple):
    text: str
    sources: dict[str, Any] | None = None


class Rule:
    """A configured rule: a kind plus the header every rule file shares."""

    __slots__ = (
        "_kind",
        "code",
        "description",
        "fire",
        "key_lines",
        "kind_name",
        "link",
        "message",
        "name",
        "options",
        "passes",
        "path",
        "severity",
        "superseded_by",
    )

    def __init__(
        self,
        code: str,
        name: str,
        kind_name: str,
        severity: Severity,
        message: str,
        description: str,
        options: dict[str, Any],
        path: str,
        link: str | None = None,
        fire: tuple[Example, ...] = (),
        passes: tuple[Example, ...] = (),
        superseded_by: tuple[str, ...] = (),
        key_lines: dict[str, int] | None = None,
    ) -> None:
        self.code = code
        self.name = name
        self.kind_name = kind_name
        self.severity = severity
        self.message = message
        self.description = description
        self.options = options
        self.path = path
        self.link = link
        self.fire = fire
        self.passes = passes
        # codes or names of rules whose finding inside this rule's span replaces it
        self.superseded_by = superseded_by
        # the line of each top-level key in the rule file, for errors found after loading
        self.key_lines: dict[str, int] = key_lines or {}
        self._kind: list[Kind] = []

    def __repr__(self) -> str:
        return f"Rule({self.code} {self.name}, kind={self.kind_name}, path={self.path!r})"

    def with_options(self, options: dict[str, Any]) -> Rule:
        """The same rule with other options (its kind is built afresh on first use)."""
        return Rule(
            self.code,
            self.name,
            self.kind_name,
            self.severity,
            self.message,
            self.description,
            options,
            self.path,
            self.link,
            self.fire,
            self.passes,
            self.superseded_by,
            self.key_lines,
        )

    @property
    def kind(self) -> Kind:
        """The kind instance, built on first use (so listing rules compiles nothing)."""
        if not self._kind:
            cls = get_kind(self.kind_name)
            try:
                self._kind.append(cls(self.options))
            except ValueError as exc:
                raise SeedlintError(f"rule {self.name}: {exc}", path=self.path) from None
            except Exception as exc:  # a plugin kind's setup(): one line, not a traceback
                raise SeedlintError(
                    f"rule {self.name}: kind {self.kind_name!r} failed to set up: "
                    f"{type(exc).__name__}: {exc}",
                    path=self.path,
                ) from None
        return self._kind[0]

    def render(self, fields: dict[str, object]) -> str:
        values = {"code": self.code, "name": self.name, **fields}
        text = self.message.format_map(_Missing(values))
        # One line, whatever a field holds (a match across a line break): every format
        # that prints a finding a line (text, github, json-lines readers) depends on it.
        if "\n" in text or "\r" in text:
            text = " ".join(text.split())
        return text

    def explain(self, severity: Severity | None = None, *, active: bool = True) -> str:
        """What ``--explain`` prints: the description, then what a copy of the rule may
        change (every option of its kind as YAML, this rule's value first, the kind's help
        after) and the fields its message may use. ``severity`` and ``active``: as the
        config at hand has the rule (default: the rule file's severity, on)."""
        state = f"{severity or self.severity}" + ("" if active else ", off in this config")
        head = f"{self.code} {self.name} ({self.kind_name}, {state})"
        parts = [head, "", self.description.strip()]
        kind_cls = get_kind(self.kind_name)
        names = sorted(set(self.options) | set(kind_cls.options))
        if names:
            parts += ["", f"Options (this rule's value; kind {self.kind_name}):"]
            for k in names:
                spec = kind_cls.options.get(k)
                value = self.options.get(k, spec.default if spec else None)
                line = f"  {k}: {_yaml_value(value)}"
                notes = []
                if spec is not None and spec.help:
                    notes.append(spec.help)
                if spec is not None and spec.choices:
                    notes.append("one of " + ", ".join(map(str, spec.choices)))
                if spec is not None and spec.minimum is not None:
                    notes.append(f"at least {spec.minimum}")
                if notes:
                    line += "  # " + "; ".join(notes)
                parts.append(line)
        if self.superseded_by:
            parts += [
                "",
                f"Superseded by: {', '.join(self.superseded_by)} (a finding of one of these "
                "inside this rule's span is reported instead of this rule's)",
            ]
        fields = sorted(kind_cls.fields | COMMON_FIELDS)
        parts += ["", "Message fields: " + ", ".join("{" + f + "}" for f in fields)]
        parts += [f"Message: {self.message}"]
        if self.link:
            parts += ["", f"More: {self.link}"]
        return "\n".join(parts) + "\n"


def _yaml_value(value: object) -> str:
    """``value`` as YAML flow text, so that it can be pasted into a rule file."""
    import yaml

    def plain(v: object) -> object:  # the loader's line-tracking mapping as a plain dict
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, list | tuple):
            return [plain(x) for x in v]
        for t in (bool, int, float, str):  # the loaders' subclasses as the base type
            if isinstance(v, t):
                return t(v)
        return v

    text: str = yaml.safe_dump(
        plain(value), default_flow_style=True, allow_unicode=True, width=1 << 20, sort_keys=False
    )
    return text.removesuffix("\n").removesuffix("\n...").strip()


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def load_rule_dirs(dirs: tuple[Path, ...]) -> list[Rule]:
    """All rules in ``dirs``; a code or name defined twice is an error naming both files."""
    rules: list[Rule] = []
    by_code: dict[str, Rule] = {}
    by_name: dict[str, Rule] = {}
    # one folder named twice (the default rules passed again with --rules) is read once
    unique = dict.fromkeys(d.resolve() if d.is_dir() else d for d in dirs)
    for d in unique:
        for rule in _load_dir(d):
            for key, table in ((rule.code, by_code), (rule.name, by_name)):
                if key in table:
                    raise SeedlintError(
                        f"rule {key!r} is defined twice: {table[key].path} and {rule.path}",
                        path=rule.path,
                    )
                table[key] = rule
            rules.append(rule)
    rules.sort(key=lambda r: r.code)
    return rules


def _load_dir(directory: Path) -> tuple[Rule, ...]:
    """The rules of one folder, read again whenever a rule file in it was added, removed
    or changed: a language server or a program calling the API outlives many edits, and
    findings from rules no longer on disk would also be stored in the result cache under
    the key of the rules that are."""
    if not directory.is_dir():
        if directory.exists():  # a rule file given where its folder was wanted
            raise SeedlintError(
                "is not a directory; --rules and the config's 'rules' take a folder of "
                "YAML rule files",
                path=str(directory),
            )
        raise SeedlintError("rules directory does not exist", path=str(directory))
    # every *.yaml but a folder: a pipe or a link to a device named like a rule file is
    # refused by load_rule_file, not skipped without a word
    files = sorted(
        p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and not p.is_dir()
    )
    return _load_files(tuple((p, *_version(p)) for p in files))


def _version(path: Path) -> tuple[int, int]:
    """What tells one version of a file from the next: its mtime and size."""
    try:
        st = path.stat()
    except OSError:
        return (0, -1)  # a dangling link: load_rule_file says what is wrong
    return (st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=32)
def _load_files(files: tuple[tuple[Path, int, int], ...]) -> tuple[Rule, ...]:
    return tuple(load_rule_file(p) for p, _, _ in files)


def load_rule_file(path: Path) -> Rule:
    where = str(path)
    text = read_text(path, "rule file")
    data = load_yaml(text, where)
    if not isinstance(data, LineDict):
        raise SeedlintError("a rule file must be a YAML mapping", path=where, line=1)

    def fail(key: str, msg: str) -> SeedlintError:
        return SeedlintError(msg, path=where, line=data.line_of(key))

    for key in data:
        if key not in _KEYS:
            raise fail(key, f"unknown key {key!r} (allowed: {', '.join(_KEYS)})")
    for key, required in _KEYS.items():
        if required and key not in data:
            raise SeedlintError(f"missing required key {key!r}", path=where, line=1)
    for key in ("code", "name", "kind", "severity", "message", "description"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise fail(key, f"{key!r} must be a non-empty string")
    code, name = data["code"], data["name"]
    if not _CODE.fullmatch(code):
        raise fail("code", f"code {code!r} must look like SL001 (capital letters, then digits)")
    if not _NAME.fullmatch(name):
        raise fail("name", f"name {name!r} must be kebab-case (e.g. unknown-source)")
    try:
        severity = Severity.parse(data["severity"])
    except ValueError as exc:
        raise fail("severity", str(exc)) from None
    try:
        kind_cls = get_kind(data["kind"])
    except SeedlintError as exc:
        raise fail("kind", exc.message) from None

    raw_opts = data.get("options") or {}
    if not isinstance(raw_opts, dict):
        raise fail("options", "'options' must be a mapping")
    options, problems = kind_cls.validate_options(raw_opts)
    if problems:
        key, msg = problems[0]
        line = raw_opts.line_of(key) if isinstance(raw_opts, LineDict) else data.line_of("options")
        raise SeedlintError(msg, path=where, line=line)
    folder = Path(where).parent
    options = {key: files_from(key, value, folder) for key, value in options.items()}

    message = data["message"]
    allowed = kind_cls.fields | COMMON_FIELDS
    try:
        parsed = [
            (f, conv, spec)
            for _, f, spec, conv in string.Formatter().parse(message)
            if f is not None
        ]
    except ValueError as exc:
        raise fail("message", f"bad message template: {exc}") from None
    for f, conv, spec in parsed:
        if not f:
            raise fail("message", "message field {}: name the field, e.g. {match}")
        if spec:  # "{match:999999999}" pads to a gigabyte; "{match:d}" fails on every file
            raise fail("message", f"message field {{{f}:{spec}}}: no format spec, just {{{f}}}")
        # "{match.__class__}" or "{match[0]}" would print internals; "{match!z}" would fail
        # on every finding: refuse them here, with the file and line
        if "." in f or "[" in f:
            raise fail("message", f"message field {{{f}}}: name a field, nothing inside it")
        if conv not in (None, "r", "s", "a"):
            raise fail("message", f"message field {{{f}!{conv}}}: unknown conversion")
    used = {f for f, _, _ in parsed}
    unknown = sorted(f for f in used if f not in allowed)
    if unknown:
        raise fail(
            "message",
            f"message uses unknown field(s) {', '.join(unknown)}; kind {kind_cls.name!r} "
            f"provides: {', '.join(sorted(allowed))}",
        )
    fire, passes = _examples(data, where)
    link = data.get("link")
    if link is not None and not (isinstance(link, str) and link.strip()):
        got = type_words(link) if not isinstance(link, str) else "an empty string"
        raise fail("link", f"'link' must be a string (a URL for --explain), got {got}")
    by = data.get("superseded-by") or []
    if not isinstance(by, list) or not all(isinstance(b, str) and b.strip() for b in by):
        raise fail("superseded-by", "'superseded-by' must be a list of rule codes or names")
    rule = Rule(
        code=code,
        name=name,
        kind_name=kind_cls.name,
        severity=severity,
        message=message,
        description=data["description"],
        options=options,
        path=where,
        link=str(link) if link else None,
        fire=fire,
        passes=passes,
        superseded_by=tuple(b.strip() for b in by),
        key_lines=dict(data.key_lines),
    )
    try:
        _ = rule.kind  # compile regexes etc. now, so bad options fail at load with the file
    except SeedlintError as exc:
        line = data.line_of("options")
        named = [k for k in raw_opts if f"option {k!r}" in exc.message]
        if named and isinstance(raw_opts, LineDict):
            line = raw_opts.line_of(named[0]) or line
        raise SeedlintError(exc.message, path=where, line=line) from None
    return rule


def _examples(data: LineDict, where: str) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    ex = data.get("examples")
    if ex is None:
        return (), ()
    line = data.line_of("examples")
    if not isinstance(ex, dict) or not set(ex) <= {"fire", "pass"}:
        raise SeedlintError(
            "'examples' must be a mapping with 'fire' and/or 'pass' lists", path=where, line=line
        )
    out: list[tuple[Example, ...]] = []
    for key in ("fire", "pass"):
        items = ex.get(key) or []
        if not isinstance(items, list):
            raise SeedlintError(f"examples.{key} must be a list", path=where, line=line)
        parsed: list[Example] = []
        for item in items:
            if isinstance(item, str):
                parsed.append(Example(item))
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                srcs = item.get("sources")
                if srcs is not None and not isinstance(srcs, dict):
                    raise SeedlintError(
                        f"examples.{key}: 'sources' must be a mapping", path=where, line=line
                    )
                parsed.append(Example(item["text"], dict(srcs) if srcs is not None else None))
            else:
                raise SeedlintError(
                    f"examples.{key}: each example is a string or a mapping with 'text' (and 'sources')",
                    path=where,
                    line=line,
                )
        out.append(tuple(parsed))
    return out[0], out[1]
