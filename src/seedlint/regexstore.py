"""``regex.compile`` that keeps compiled programs between runs (see :mod:`seedlint.memo`).

The ``regex`` module parses and optimises a pattern in Python, then hands a flat list of
integers (the program) to its C engine; the figure pattern alone takes ~13 ms to get
there, every run. The program is plain data, so it is stored the first time and given
straight to the engine afterwards. The key holds the pattern, the flags and the exact
``regex`` build, so a program is never handed to an engine that did not produce it;
anything unexpected falls back to an ordinary compile.

When every program a run needs is stored, the ``regex`` package itself (its Python
compiler: ~7 ms to import, a tenth of a one-file run) is never imported: only its C
engine is loaded. That is why the flags and :func:`escape` are here, and why seedlint's
modules import ``regex`` for type annotations only."""

from __future__ import annotations

import os
import re
import sys
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from seedlint import memo

if TYPE_CHECKING:
    import regex

# The flags, with the values `regex` gives them (tests/test_memo.py checks that they agree).
IGNORECASE = 0x2
DOTALL = 0x10
VERBOSE = 0x40
V1 = 0x100
REVERSE = 0x400
V0 = 0x2000

# What regex.escape escapes (besides whitespace), as regex._main defines it.
_METACHARS = frozenset("()[]{}?*+|^$\\.-#&~")


class PatternError(ValueError):
    """A pattern ``regex`` cannot compile; the message is ``regex``'s own."""


def escape(text: str) -> str:
    """``regex.escape(text)``: ``text`` as a literal pattern."""
    return "".join("\\" + c if c in _METACHARS or c.isspace() else c for c in text)


# A property class (\p{L}, \pN, \P{Lu}) stands for one character when only the width of
# a pattern is wanted: Python's own parser, which measures it, does not know them.
_PROPERTY_CLASS = r"\\[pP](?:\{[^}]*\}|[A-Za-z])"  # compiled on first use: not every run


def matches_only_empty(pattern: str) -> bool:
    """Can ``pattern`` match nothing but the empty string (``(?=foo)``, ``\\b``, ``^``)?
    Such a pattern never yields a finding. Measured with Python's own regex parser; a
    pattern it cannot read (syntax only ``regex`` has) is given the benefit of the doubt."""
    import warnings

    try:
        from re import _parser  # type: ignore[attr-defined]

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # re's "possible nested set" for regex's [[a]--[b]]
            width: tuple[int, int] = _parser.parse(re.sub(_PROPERTY_CLASS, "x", pattern)).getwidth()
    except Exception:  # a failure to measure means "unknown"
        return False
    return width[1] == 0


_lock = threading.Lock()
# This process's patterns, as regex's own cache would keep them (a capturing compile
# bypasses that cache).
_seen: dict[tuple[str, int], regex.Pattern[str]] = {}
_SEEN_MAX = 512


def compile(pattern: str, flags: int = 0, *, dynamic: bool = False) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the store when it holds the program; a
    ``dynamic`` pattern (one built from a digest's words: a name, an acronym) is stored
    only within :func:`seedlint.memo.within_budget`. Raises
    :class:`PatternError` for an invalid pattern."""
    flags = int(flags)
    seen = _seen.get((pattern, flags))
    if seen is not None:
        return seen
    if not memo.enabled() or (dynamic and not memo.within_budget("dynamic-pattern")):
        return _plain_compile(pattern, flags)
    compiled = _from_store(pattern, flags)
    if len(_seen) >= _SEEN_MAX:
        _seen.clear()
    _seen[(pattern, flags)] = compiled
    return compiled


def match_type() -> type[regex.Match[str]]:
    """The engine's match class, for its unbound methods (``map(Match.start, ms)``)."""
    found = compile("x").fullmatch("x")
    assert found is not None
    return type(found)


def _plain_compile(pattern: str, flags: int) -> regex.Pattern[str]:
    import regex

    try:
        return regex.compile(pattern, flags)
    except regex.error as exc:
        raise PatternError(str(exc)) from None


def _from_store(pattern: str, flags: int) -> regex.Pattern[str]:
    engine = _engine()
    key = memo.digest("regex", _build(), str(flags), pattern) if engine is not None else None
    args = memo.get(key) if key is not None else None
    if isinstance(args, tuple) and args and args[0] == pattern:
        try:
            compiled: regex.Pattern[str] = engine.compile(*args)
            return compiled
        except Exception:  # a stale or damaged entry: compile afresh
            pass
    main = _main()
    if main is None or key is None:
        return _plain_compile(pattern, flags)
    compiled, captured = _compile_capturing(main, pattern, flags)
    if captured is not None:
        memo.put(key, _plain(captured))
    return compiled


def _plain(value: Any) -> Any:
    """``value`` with flag enums turned into the ints they are, so marshal can hold it."""
    if isinstance(value, bool) or value is None or type(value) in (int, str, float):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, tuple | list):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, frozenset):
        return frozenset(_plain(v) for v in value)
    return value  # anything else makes marshal refuse the entry, which is then not kept


# -- where the engine is ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _package_dir() -> str | None:
    """The folder of the installed ``regex`` package, found without importing it."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("regex")
    except (ImportError, ValueError):  # pragma: no cover - regex is a dependency
        return None
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    return places[0] if places else None


@lru_cache(maxsize=1)
def _engine_file() -> str | None:
    import importlib.machinery

    folder = _package_dir()
    if folder is None:
        return None
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = os.path.join(folder, "_regex" + suffix)
        if os.path.isfile(path):
            return path
    return None


@lru_cache(maxsize=1)
def _engine() -> Any:
    """``regex``'s C engine: the package's own once it is imported; before that, the
    extension alone, loaded under its own name (``regex`` then finds and uses it if it is
    imported later). ``None`` when it cannot be had: nothing is stored then."""
    loaded = sys.modules.get("regex._regex")
    if loaded is not None:
        return loaded
    path = _engine_file()
    if path is None:
        return None
    try:
        import importlib.util

        spec = importlib.util.spec_from_file_location("regex._regex", path)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except Exception:  # pragma: no cover - depends on the installed regex
        return None
    sys.modules["regex._regex"] = module
    return module


@lru_cache(maxsize=1)
def _build() -> str:
    """Which ``regex`` is installed, down to the files of its compiler and its engine."""
    folder = _package_dir() or ""
    stamps = []
    for name in (_engine_file() or "", os.path.join(folder, "_regex_core.py")):
        try:
            st = os.stat(name)
            stamps.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except (OSError, ValueError):
            stamps.append(f"{name}:?")
    return f"{'|'.join(stamps)}|{sys.version}"


def _main() -> Any:
    """``regex._main``, where the Python compiler meets the C engine; private to
    ``regex``, so a release that moves it (``None``) only turns the store off."""
    try:
        import regex._main as main
    except ImportError:  # pragma: no cover - depends on the installed regex
        return None
    return main if getattr(main, "_regex", None) is _engine() else None


class _Recorder:
    """Stands in for the C engine during one compile and notes the program it is given."""

    def __init__(self, engine: Any, pattern: str) -> None:
        self._engine = engine
        self._pattern = pattern
        self.args: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        # Only the call for our own pattern: another thread may compile at the same time.
        if self.args is None and args and args[0] == self._pattern:
            self.args = args
        return self._engine.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


def _compile_capturing(main: Any, pattern: str, flags: int) -> tuple[regex.Pattern[str], Any]:
    import regex

    with _lock:
        engine = main._regex
        recorder = _Recorder(engine, pattern)
        main._regex = recorder
        try:
            # cache_pattern=False: a pattern already in regex's own cache would skip the
            # engine call, and there would be nothing to record.
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        except regex.error as exc:
            raise PatternError(str(exc)) from None
        finally:
            main._regex = engine
    return compiled, recorder.args
