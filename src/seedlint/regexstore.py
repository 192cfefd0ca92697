"""``regex.compile`` that keeps compiled programs between runs (see :mod:`seedlint.memo`).

The ``regex`` module parses and optimises a pattern in Python, then hands a flat list of
integers (the program) to its C engine; the figure pattern alone takes ~13 ms to get
there, every run. The program is plain data, so it is stored the first time and given
straight to the engine afterwards. The key holds the pattern, the flags, the exact
``regex`` build and the Python version, so a program is never handed to an engine that
did not produce it; anything unexpected falls back to an ordinary compile."""

from __future__ import annotations

import os
import sys
import threading
from functools import lru_cache
from typing import Any

import regex

from seedlint import memo

try:
    # Private to `regex`: where its Python compiler meets the C engine. A release that
    # moves it only turns the store off.
    import regex._main as _regex_main

    _INTERNALS = hasattr(_regex_main, "_regex")
except ImportError:  # pragma: no cover - depends on the installed regex
    _INTERNALS = False

_lock = threading.Lock()
# This process's patterns, as regex's own cache would keep them (a capturing compile
# bypasses that cache).
_seen: dict[tuple[str, int], regex.Pattern[str]] = {}
_SEEN_MAX = 512


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the store when it holds the program."""
    if not (_INTERNALS and memo.enabled()):
        return regex.compile(pattern, flags)
    seen = _seen.get((pattern, int(flags)))
    if seen is not None:
        return seen
    compiled = _from_store(pattern, flags)
    if len(_seen) >= _SEEN_MAX:
        _seen.clear()
    _seen[(pattern, int(flags))] = compiled
    return compiled


def _from_store(pattern: str, flags: int) -> regex.Pattern[str]:
    key = memo.digest("regex", _build(), str(int(flags)), pattern)
    args = memo.get(key)
    if isinstance(args, tuple) and args and args[0] == pattern:
        try:
            compiled: regex.Pattern[str] = _engine().compile(*args)
            return compiled
        except Exception:  # a stale or damaged entry: compile afresh
            pass
    compiled, captured = _compile_capturing(pattern, flags)
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


@lru_cache(maxsize=1)
def _build() -> str:
    """Which ``regex`` engine is installed, down to the file of its C extension."""
    engine = _engine()
    where = getattr(engine, "__file__", "") or ""
    try:
        st = os.stat(where)
        stamp = f"{st.st_size}:{st.st_mtime_ns}"
    except (OSError, ValueError):
        stamp = ""
    return f"{regex.__version__}|{where}|{stamp}|{sys.version}"


def _engine() -> Any:
    return _regex_main._regex  # type: ignore[attr-defined]


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


def _compile_capturing(pattern: str, flags: int) -> tuple[regex.Pattern[str], Any]:
    with _lock:
        engine = _engine()
        recorder = _Recorder(engine, pattern)
        _regex_main._regex = recorder  # type: ignore[attr-defined,assignment]
        try:
            # cache_pattern=False: a pattern already in regex's own cache would skip the
            # engine call, and there would be nothing to record.
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _regex_main._regex = engine  # type: ignore[attr-defined]
    return compiled, recorder.args
