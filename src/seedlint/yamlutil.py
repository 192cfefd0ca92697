"""YAML loading that keeps line numbers, keeps mapping keys as written, and refuses
duplicate keys and alias bombs, so every config error can name its file and line.

PyYAML is imported only when a text has to be parsed: a parse tree is kept in the memo
(:mod:`seedlint.memo`) under a hash of the text, so a run whose rule files, config and
sidecars are unchanged never imports the parser (~12 ms of every start)."""

from __future__ import annotations

import contextlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from seedlint import memo
from seedlint.errors import SeedlintError

if TYPE_CHECKING:
    import yaml

MAX_ALIASES = 0  # past this many aliases, the loaded tree is measured (any: 40 doublings
# take only 81 aliases, and measuring a sane file's tree costs microseconds)
MAX_NODES = 1_000_000  # values in the tree that many aliases may make
_MEMO_FORMAT = "1"  # bump when the encoding below changes


class LineDict(dict[str, Any]):
    """A mapping that remembers the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class RawInt(int):
    """An integer that remembers how it was written (``0123`` is an ID, not octal 83)."""

    raw: str


@lru_cache(maxsize=1)
def _base_loader() -> type[yaml.SafeLoader]:
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return base


@lru_cache(maxsize=1)
def _loader() -> type[yaml.SafeLoader]:
    import yaml

    class Loader(_base_loader()):  # type: ignore[misc]
        pass

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
        loader.flatten_mapping(node)
        out = LineDict()
        out.line = node.start_mark.line + 1
        out.key_lines = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                # Keys stay as written: an unquoted 0123abcd or 20327077 is an ID, not a number.
                key = key_node.value
            else:
                raise SeedlintError(
                    "mapping keys must be plain strings", line=key_node.start_mark.line + 1
                )
            if key in out.key_lines:
                raise SeedlintError(
                    f"duplicate key {key!r} (first on line {out.key_lines[key]})",
                    line=key_node.start_mark.line + 1,
                )
            out.key_lines[key] = key_node.start_mark.line + 1
            out[key] = loader.construct_object(value_node, deep=True)
        return out

    def construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> RawInt:
        value = RawInt(yaml.SafeLoader.construct_yaml_int(loader, node))
        value.raw = node.value
        return value

    def construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
        # 2024-13-45 looks like a date to YAML but is none: say where, not only why
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except ValueError as exc:
            raise SeedlintError(
                f"invalid date {node.value!r} ({exc}); quote it to keep it as text",
                line=node.start_mark.line + 1,
            ) from None

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)
    return Loader


def load_yaml(text: str, path: str, *, keep: bool = True) -> Any:
    """Parse ``text``; every problem becomes a :class:`SeedlintError` naming ``path``.
    A tree already in the memo is read from it; ``keep``: store a new one there."""
    key = memo.digest("yaml", _MEMO_FORMAT, _parser_build(), text) if memo.enabled() else None
    if key is not None:
        stored = memo.get(key)
        if stored is not None:
            try:
                return _decode(stored)
            except (TypeError, ValueError, IndexError, RecursionError):
                pass  # a damaged entry: parse afresh
    value = _parse(text, path)
    if key is not None and keep:
        # dates, binary, sets: rare in seedlint's files, and not worth encoding
        with contextlib.suppress(_Unsupported, RecursionError):
            memo.put(key, _encode(value))
    return value


def _parse(text: str, path: str) -> Any:
    import yaml

    # Aliases make a small file a huge tree (an "alias bomb") for whoever walks it. Many
    # aliases are fine when the tree they make stays small (150 "<<: *defaults" merges):
    # a tree with aliases is measured, and refused past MAX_NODES values.
    many = text.count("*") > MAX_ALIASES and _alias_count(text) > MAX_ALIASES
    try:
        value = yaml.load(text, Loader=_loader())
        if many and _too_big(value, MAX_NODES):
            raise SeedlintError(
                f"YAML aliases expand to more than {MAX_NODES:,} values; refusing a possible "
                "alias bomb",
                path=path,
            )
        return value
    except SeedlintError as exc:
        raise SeedlintError(exc.message, path=path, line=exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise SeedlintError(f"invalid YAML: {problem}", path=path, line=line) from None
    except yaml.reader.ReaderError as exc:  # a control character: one line, with its line
        line = text.count("\n", 0, exc.position) + 1
        raise SeedlintError(
            f"invalid YAML: character #x{exc.character:04x} is not allowed", path=path, line=line
        ) from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SeedlintError(f"invalid YAML: {first}", path=path) from None


def _too_big(value: Any, budget: int) -> bool:
    """Whether walking ``value`` (shared subtrees counted each time they are reached)
    visits more than ``budget`` values; stops as soon as it does."""
    stack = [value]
    while stack:
        budget -= 1
        if budget < 0:
            return True
        v = stack.pop()
        if isinstance(v, dict):
            stack.extend(v.values())
            budget -= len(v)  # the keys
        elif isinstance(v, list):
            stack.extend(v)
    return False


def _alias_count(text: str) -> int:
    import yaml

    count = 0
    try:
        for event in yaml.parse(text, Loader=_base_loader()):
            if isinstance(event, yaml.AliasEvent):
                count += 1
    except yaml.YAMLError:
        return 0  # the real load reports the syntax error with its line
    return count


# What a user calls each type a YAML or JSON file can hold: error messages say "got an
# integer", never an internal class name ("RawInt", "LineDict").
_TYPE_WORDS: tuple[tuple[type, str], ...] = (
    (bool, "a boolean"),  # before int: a bool is an int
    (int, "an integer"),
    (float, "a number"),
    (str, "a string"),
    (list, "a list"),
    (dict, "a mapping"),
    (type(None), "null"),
)


def type_words(value: Any) -> str:
    """The type of a parsed value in plain words: ``an integer``, ``a list``, ``null``."""
    for kind, words in _TYPE_WORDS:
        if isinstance(value, kind):
            return words
    import datetime  # only here: ~1 ms of every one-file run otherwise

    if isinstance(value, datetime.datetime):  # YAML reads 2024-10-25 12:00 as a timestamp
        return "a timestamp"
    if isinstance(value, datetime.date):  # and 2024-10-25 as a date
        return "a date"
    return "a " + type(value).__name__


def expected_words(types: type | tuple[type, ...]) -> str:
    """What a value of one of ``types`` is, in plain words: ``a string, a mapping or null``."""
    names: list[str] = []
    for t in types if isinstance(types, tuple) else (types,):
        words = next((w for k, w in _TYPE_WORDS if k is t), None)
        if t is bool:
            words = "true or false"
        words = words or "a " + t.__name__
        if words not in names:
            names.append(words)
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


def line_of(container: Any, key: str) -> int | None:
    if isinstance(container, LineDict):
        return container.line_of(key)
    return None


@lru_cache(maxsize=1)
def _parser_build() -> str:
    """Which PyYAML is installed (its file and stamp), found without importing it."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("yaml")
    origin = spec.origin if spec is not None and spec.origin else ""
    try:
        st = os.stat(origin)
    except OSError:
        return origin
    return f"{origin}:{st.st_size}:{st.st_mtime_ns}"


class _Unsupported(Exception):
    pass


# A parse tree as marshal data. Parsed YAML holds no tuples, so a tuple is a tagged node:
# ("m", line, ((key, key_line, value), ...)) a LineDict, ("i", value, raw) a RawInt,
# ("l", (item, ...)) a list; str, float, bool and None stand for themselves. Aliases are
# written out in full, so a tree that would unfold past _MEMO_NODES is not kept at all
# (an alias bomb that parses cheaply must not cost an exponential walk here).
_MEMO_NODES = 50_000


def _encode(value: Any) -> Any:
    budget = [_MEMO_NODES]

    def enc(v: Any) -> Any:
        budget[0] -= 1
        if budget[0] < 0:
            raise _Unsupported("too large")
        if v is None or type(v) in (str, float, bool):
            return v
        if type(v) is RawInt:
            return ("i", int(v), v.raw)
        if type(v) is LineDict:
            return ("m", v.line, tuple((k, v.key_lines[k], enc(x)) for k, x in v.items()))
        if type(v) is list:
            return ("l", tuple(enc(x) for x in v))
        raise _Unsupported(type(v).__name__)

    return enc(value)


def _decode(value: Any) -> Any:
    if type(value) is not tuple:
        if value is None or type(value) in (str, float, bool):
            return value
        raise TypeError(f"unexpected {type(value).__name__} in a stored parse")
    tag = value[0]
    if tag == "i":
        out_int = RawInt(value[1])
        out_int.raw = value[2]
        return out_int
    if tag == "m":
        out = LineDict()
        out.line = value[1]
        out.key_lines = {}
        for k, line, v in value[2]:
            out.key_lines[k] = line
            out[k] = _decode(v)
        return out
    if tag == "l":
        return [_decode(v) for v in value[1]]
    raise ValueError(f"unknown tag {tag!r} in a stored parse")
