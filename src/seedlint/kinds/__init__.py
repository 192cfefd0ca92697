"""The registry of rule kinds: built-in ones load on first use, third-party ones come
from the ``seedlint.kinds`` entry-point group or :func:`register_kind`."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import sys
from typing import TypeVar

from seedlint.errors import SeedlintError
from seedlint.kinds.base import CheckContext, Finding, Kind, Option

__all__ = ["CheckContext", "Finding", "Kind", "Option", "get_kind", "known_kinds", "register_kind"]

K = TypeVar("K", bound=type[Kind])

# Built-in kinds by name → module; a module registers its class when imported, so a run
# imports only the kinds its rules use.
BUILTIN_KINDS: dict[str, str] = {
    "citation-coverage": "seedlint.kinds.citation_coverage",
    "citation-known": "seedlint.kinds.citation_known",
    "citation-format": "seedlint.kinds.citation_format",
    "pattern": "seedlint.kinds.pattern",
    "entity-grounding": "seedlint.kinds.entity_grounding",
    "figure-consistency": "seedlint.kinds.figure_consistency",
}

ENTRY_POINT_GROUP = "seedlint.kinds"

_registry: dict[str, type[Kind]] = {}
_entry_points_loaded = False
# A plugin that failed to load, by its entry point's name (the kind it was to provide):
# only the rules of that kind fail, each time with this message; the others load.
_plugin_errors: dict[str, str] = {}


def register_kind(cls: K) -> K:
    """Register a :class:`Kind` subclass under ``cls.name`` (usable as a decorator)."""
    if not (isinstance(cls, type) and issubclass(cls, Kind)) or not cls.name:
        raise TypeError("register_kind expects a Kind subclass with a non-empty 'name'")
    taken = _taken_by(cls)
    if taken:
        raise ValueError(f"rule kind name {cls.name!r} is already taken by {taken}")
    _registry[cls.name] = cls
    return cls


def _taken_by(cls: type[Kind]) -> str:
    """Who else holds ``cls.name``, if anyone: a built-in kind's name, or another class
    (the same class defined again, as a reloaded module does, is not another)."""
    builtin = BUILTIN_KINDS.get(cls.name)
    if builtin is not None and cls.__module__ != builtin:
        return f"seedlint's built-in kind ({builtin})"
    other = _registry.get(cls.name)
    if other is None or other is cls:
        return ""
    # A module loaded again defines its classes again: the new one, now what the module
    # holds under that name, may take the old one's place. Two classes of one factory
    # share a name but are not that.
    module = sys.modules.get(cls.__module__)
    if (other.__module__, other.__qualname__) == (cls.__module__, cls.__qualname__) and (
        getattr(module, cls.__qualname__, None) is cls
    ):
        return ""
    return f"{other.__module__}.{other.__qualname__}"


def get_kind(name: str) -> type[Kind]:
    """The kind class called ``name``; raises :class:`SeedlintError` when unknown."""
    if name in _registry:
        return _registry[name]
    module = BUILTIN_KINDS.get(name)
    if module is not None:
        with contextlib.suppress(ModuleNotFoundError):  # a kind this build does not ship
            importlib.import_module(module)
        if name in _registry:
            return _registry[name]
    _load_entry_points()
    if name in _registry:
        return _registry[name]
    if name in _plugin_errors:
        raise SeedlintError(_plugin_errors[name])
    raise SeedlintError(f"unknown rule kind {name!r} (known: {', '.join(known_kinds())})")


def known_kinds() -> list[str]:
    _load_entry_points()
    names = set(_registry)
    for name, module in BUILTIN_KINDS.items():
        if importlib.util.find_spec(module) is not None:
            names.add(name)
    return sorted(names)


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not take the linter down
            _plugin_errors[ep.name] = (
                f"cannot load rule kind plugin {ep.name!r} ({ep.value}): {exc}"
            )
            continue
        if isinstance(obj, type) and issubclass(obj, Kind):
            if not obj.name:
                obj.name = ep.name
            taken = _taken_by(obj)
            if taken:
                # under both names: a rule may use either, and must hear why it fails
                _plugin_errors[ep.name] = _plugin_errors[obj.name] = (
                    f"rule kind plugin {ep.name!r} ({ep.value}) is named {obj.name!r}, "
                    f"which is already taken by {taken}"
                )
                continue
            _registry.setdefault(obj.name, obj)
        else:
            _plugin_errors[ep.name] = (
                f"entry point {ep.name!r} ({ep.value}) is not a seedlint Kind subclass"
            )
