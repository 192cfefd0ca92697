"""What a rule kind is: a class that validates its options and yields findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, NamedTuple

from seedlint.diagnostics import Fix
from seedlint.document import Document
from seedlint.sources import SourceRegistry
from seedlint.yamlutil import expected_words, type_words


class Option(NamedTuple):
    """One option a kind accepts: its type(s), default and help; ``choices``, ``items``
    (the type of a list's elements) and ``minimum`` (the least number allowed: 0 for a
    count) narrow it further."""

    accepts: type | tuple[type, ...]
    default: Any
    help: str = ""
    choices: tuple[Any, ...] | None = None
    items: type | tuple[type, ...] | None = None  # element type, for list options
    minimum: int | float | None = None  # for number options


class Finding(NamedTuple):
    """What a kind reports: a span of ``doc.text`` and the fields its message uses."""

    start: int
    end: int
    fields: Mapping[str, object] = MappingProxyType({})
    fix: Fix | None = None
    related: tuple[tuple[int, str], ...] = ()  # (offset, note) pairs


class CheckContext(NamedTuple):
    """What a rule sees besides the document: the sources registry, if any."""

    sources: SourceRegistry | None
    code: str
    name: str


class Kind:
    """Base class for rule kinds.

    A subclass sets ``name`` (what rule files write after ``kind:``), ``options`` (the
    schema of its options), ``fields`` (the names its messages may use) and implements
    :meth:`check`. Register it with :func:`seedlint.register_kind` or through the
    ``seedlint.kinds`` entry-point group.
    """

    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    options: ClassVar[Mapping[str, Option]] = {}
    fields: ClassVar[frozenset[str]] = frozenset()
    needs_sources: ClassVar[bool] = False

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.opts: dict[str, Any] = dict(options)
        self.setup()

    def setup(self) -> None:
        """Compile what the options need; raise ``ValueError`` with a message on bad values."""

    def check(self, doc: Document, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def validate_options(
        cls, raw: Mapping[str, Any]
    ) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """Merge ``raw`` over the defaults; return the options and ``(key, problem)`` pairs."""
        problems: list[tuple[str, str]] = []
        out = {k: _copy(o.default) for k, o in cls.options.items()}
        for key, value in raw.items():
            spec = cls.options.get(key)
            if spec is None:
                known = ", ".join(sorted(cls.options)) or "none"
                problems.append(
                    (key, f"unknown option {key!r} for kind {cls.name!r} (known: {known})")
                )
                continue
            problem = _type_problem(key, value, spec)
            if problem:
                problems.append((key, problem))
                continue
            out[key] = value
        return out, problems


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _type_problem(key: str, value: Any, spec: Option) -> str | None:
    ok = isinstance(value, spec.accepts)
    if isinstance(value, bool) and spec.accepts in (int, float, (int, float)):
        ok = False
    if spec.accepts is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if not ok:
        return f"option {key!r} must be {expected_words(spec.accepts)}, got {type_words(value)}"
    if spec.minimum is not None and isinstance(value, int | float) and value < spec.minimum:
        return f"option {key!r} must be at least {spec.minimum}, got {value!r}"
    if spec.choices is not None and value not in spec.choices:
        return f"option {key!r} must be one of {', '.join(map(str, spec.choices))}; got {value!r}"
    if spec.items is not None and isinstance(value, list):
        for item in value:
            if not isinstance(item, spec.items) or isinstance(item, bool):
                return (
                    f"option {key!r}: every item must be {expected_words(spec.items)}, "
                    f"got {type_words(item)} ({item!r})"
                )
    return None
