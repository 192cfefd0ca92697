"""YAML loading that keeps line numbers, keeps mapping keys as written, and refuses
duplicate keys and alias bombs, so every config error can name its file and line."""

from __future__ import annotations

from typing import Any

import yaml

from seedlint.errors import SeedlintError

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_ALIASES = 100


class LineDict(dict[str, Any]):
    """A mapping that remembers the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    aliases_seen = 0


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
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


class RawInt(int):
    """An integer that remembers how it was written (``0123`` is an ID, not octal 83)."""

    raw: str


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> RawInt:
    value = RawInt(yaml.SafeLoader.construct_yaml_int(loader, node))
    value.raw = node.value
    return value


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def load_yaml(text: str, path: str) -> Any:
    """Parse ``text``; every problem becomes a :class:`SeedlintError` naming ``path``."""
    if text.count("*") > MAX_ALIASES and _alias_count(text) > MAX_ALIASES:
        raise SeedlintError(
            f"too many YAML aliases (more than {MAX_ALIASES}); refusing a possible alias bomb",
            path=path,
        )
    try:
        return yaml.load(text, Loader=_Loader)
    except SeedlintError as exc:
        raise SeedlintError(exc.message, path=path, line=exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise SeedlintError(f"invalid YAML: {problem}", path=path, line=line) from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        raise SeedlintError(f"invalid YAML: {exc}", path=path) from None


def _alias_count(text: str) -> int:
    count = 0
    try:
        for event in yaml.parse(text, Loader=_Base):
            if isinstance(event, yaml.AliasEvent):
                count += 1
    except yaml.YAMLError:
        return 0  # the real load reports the syntax error with its line
    return count


def line_of(container: Any, key: str) -> int | None:
    if isinstance(container, LineDict):
        return container.line_of(key)
    return None
