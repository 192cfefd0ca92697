"""The result cache: findings of a file, keyed by everything that can change them.

A key hashes seedlint's version and code, the rule and word-list files, the effective
config, the bytes of the digest and of its sources, and the digest's path. An entry is
written to a temporary file and renamed into place, so concurrent runs never read half an
entry; an unreadable or corrupt entry is a miss. Entries are JSON, never pickle: the
folder may come from a repository someone else wrote. The ``memo`` subfolder holds parse
trees and compiled patterns (:mod:`seedlint.memo`), plain marshal data, never code."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from seedlint import __version__
from seedlint.diagnostics import Diagnostic, Edit, Fix, Related, Severity
from seedlint.memo import blake2b, hash_parts
from seedlint.readfile import MAX_TEXT_BYTES

CACHE_DIR_NAME = ".seedlint_cache"
_FORMAT = 1  # bump when the entry layout changes


def default_dir() -> Path:
    """``$SEEDLINT_CACHE_DIR``, else ``.seedlint_cache`` in the current folder."""
    env = os.environ.get("SEEDLINT_CACHE_DIR")
    return Path(env) if env else Path.cwd() / CACHE_DIR_NAME


def _walk(root: str, rel: str = "") -> list[tuple[str, os.DirEntry[str]]]:
    """``(relative path, entry)`` of every file under ``root``, sorted; ``os.scandir``
    rather than ``Path.rglob``, which costs ~1 ms more on every run."""
    out: list[tuple[str, os.DirEntry[str]]] = []
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return out
    for e in entries:
        name = f"{rel}/{e.name}" if rel else e.name
        if e.is_dir():
            out.extend(_walk(e.path, name))
        elif e.is_file():
            out.append((name, e))
    return out


def _code_fingerprint() -> str:
    """Size and mtime of seedlint's own modules: an edited checkout invalidates entries."""
    h = blake2b(f"{__version__}/{_FORMAT}".encode(), digest_size=32)
    for name, entry in _walk(os.path.dirname(os.path.abspath(__file__))):
        if not name.endswith(".py"):
            continue
        try:
            st = entry.stat()
        except OSError:
            continue
        h.update(f"{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def tree_fingerprint(paths: Iterable[Path]) -> str:
    """Names and contents of the files under ``paths`` (rule folders, sources folders)."""
    h = blake2b(digest_size=32)
    for root in paths:
        h.update(f"<{root}>".encode())
        files = _walk(str(root)) if root.is_dir() else [(root.name, None)]
        for name, entry in files:
            target = entry.path if entry is not None else root
            try:
                st = os.stat(target)
                if not stat.S_ISREG(st.st_mode):
                    # a pipe, a device: reading it here would take (or never end) what
                    # the rule is to read; a fresh token keeps such a run out of the cache
                    data = b"<not a regular file>" + os.urandom(16)
                elif st.st_size > MAX_TEXT_BYTES:  # refused when read: no need to hash it
                    data = f"<{st.st_size} bytes, {st.st_mtime_ns}>".encode()
                else:
                    with open(target, "rb") as f:
                        data = f.read()
            except OSError:
                data = b"<unreadable>"
            h.update(f"{name}:{len(data)}:".encode())
            h.update(data)
    return h.hexdigest()


class ResultCache:
    """Findings by key, stored as one JSON file an entry under ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.code = _code_fingerprint()
        self._usable: bool | None = None
        self.hits = 0
        self.misses = 0

    def key(self, *parts: str | bytes) -> str:
        return hash_parts(self.code.encode(), *parts)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / (key[2:] + ".json")

    def get(self, key: str) -> tuple[list[Diagnostic], bool] | None:
        try:
            data = self._path(key).read_bytes()
            import json  # only now: a miss needs no JSON

            raw = json.loads(data)
            result = [_from_json(d) for d in raw["diagnostics"]], bool(raw["had_sources"])
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, diagnostics: list[Diagnostic], had_sources: bool) -> None:
        if not self._ready():
            return
        target = self._path(key)
        entry = {"diagnostics": [_to_json(d) for d in diagnostics], "had_sources": had_sources}
        import json

        from seedlint.memo import replace_into

        data = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        try:
            target.parent.mkdir(exist_ok=True)
            replace_into(target, data.encode("utf-8", "surrogatepass"))
        except OSError:
            self._usable = False  # a full disk or a read-only folder: run on without it

    def memo_dir(self) -> Path | None:
        """Where parsed and compiled inputs are kept (:mod:`seedlint.memo`), if writable."""
        return self.directory / "memo" if self._ready() else None

    def _ready(self) -> bool:
        if self._usable is None:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                ignore = self.directory / ".gitignore"
                if not ignore.exists():
                    ignore.write_text("# created by seedlint\n*\n", encoding="utf-8")
                self._usable = True
            except OSError:
                self._usable = False
        return self._usable


def _to_json(d: Diagnostic) -> dict[str, Any]:
    out: dict[str, Any] = {
        "p": d.path,
        "l": [d.line, d.column, d.end_line, d.end_column, d.start, d.end],
        "c": d.code,
        "r": d.rule,
        "s": int(d.severity),
        "m": d.message,
        "t": d.text,
    }
    if d.fix is not None:
        out["f"] = [d.fix.description, [[e.start, e.end, e.replacement] for e in d.fix.edits]]
    if d.related:
        out["rel"] = [[r.line, r.column, r.message] for r in d.related]
    return out


def _from_json(o: dict[str, Any]) -> Diagnostic:
    line, column, end_line, end_column, start, end = o["l"]
    fix = None
    if "f" in o:
        desc, edits = o["f"]
        fix = Fix(desc, tuple(Edit(int(a), int(b), str(c)) for a, b, c in edits))
    related = tuple(Related(int(a), int(b), str(c)) for a, b, c in o.get("rel", ()))
    return Diagnostic(
        path=str(o["p"]),
        line=int(line),
        column=int(column),
        end_line=int(end_line),
        end_column=int(end_column),
        code=str(o["c"]),
        rule=str(o["r"]),
        severity=Severity(int(o["s"])),
        message=str(o["m"]),
        text=str(o["t"]),
        start=int(start),
        end=int(end),
        fix=fix,
        related=related,
    )
