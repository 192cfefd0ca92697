"""Work kept between runs: YAML parse trees and compiled regex programs.

A one-file run (the pre-commit case) used to spend most of its time before the first
rule ran: importing the YAML parser, parsing ten rule files, and compiling ~50 patterns
in the ``regex`` module's pure-Python compiler. None of that depends on the digest, so
each result is stored under a hash of everything it is computed from and read back on the
next run. Entries are ``marshal`` data (plain values only; nothing is executed), written to
a temporary file and renamed into place, so concurrent runs never see half an entry; an
unreadable, corrupt or stale entry is a miss and the work is simply redone.

Off until :func:`configure` names a folder: the command line points it at the result
cache's folder, and ``--no-cache`` leaves it off."""

from __future__ import annotations

import contextlib
import marshal
import os
from pathlib import Path
from typing import Any

try:  # hashlib loads OpenSSL first, ~2 ms of a one-file run; the built-in BLAKE2 is enough
    from _blake2 import blake2b as blake2b  # re-exported for the result cache
except ImportError:  # pragma: no cover - CPython builds it on every platform
    from hashlib import blake2b as blake2b

_directory: Path | None = None
_stamp = b""
_usable = True


def configure(directory: Path | None, stamp: str = "") -> None:
    """Keep entries under ``directory`` (``None``: keep nothing). ``stamp`` names the
    code that computes them (the result cache's fingerprint of seedlint): every key
    includes it, so an upgraded or edited seedlint never reads an older result."""
    global _directory, _stamp, _usable
    _directory = directory
    _stamp = stamp.encode()
    _usable = True


def enabled() -> bool:
    return _directory is not None and _usable


# Entries that vary with the digest (a sources file's parse tree, a pattern built from a
# digest's words) are kept for the first few of each kind a process meets: enough for the
# digests of a pre-commit run, found again after an edit, without a corpus filling the disk.
PER_PROCESS = 32
_spent: dict[str, int] = {}


def within_budget(kind: str) -> bool:
    """Whether this process may keep one more entry of ``kind`` (counted if so)."""
    spent = _spent.get(kind, 0)
    if spent >= PER_PROCESS:
        return False
    _spent[kind] = spent + 1
    return True


def digest(*parts: str | bytes) -> str:
    """A key for ``parts`` computed by this version of seedlint."""
    return hash_parts(_stamp, *parts)


def hash_parts(seed: bytes, *parts: str | bytes) -> str:
    """A 256-bit BLAKE2 hash of ``seed`` and ``parts``, each part length-prefixed so that no
    two ways of splitting the same bytes collide (the result cache's keys are made so too)."""
    h = blake2b(seed, digest_size=32)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _path(key: str) -> Path:
    assert _directory is not None
    return _directory / key[:2] / key[2:]


def get(key: str) -> Any | None:
    """The value stored under ``key``, or ``None``."""
    if not enabled():
        return None
    try:
        with open(_path(key), "rb") as fh:
            return marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def put(key: str, value: Any) -> None:
    """Store ``value`` (plain data only) under ``key``; a failure just turns storing off."""
    global _usable
    if not enabled():
        return
    try:
        data = marshal.dumps(value)
    except ValueError:
        return  # a value marshal cannot hold: not worth keeping
    target = _path(key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_into(target, data)
    except OSError:
        _usable = False  # a full disk or a read-only folder: run on without it


def replace_into(target: Path, data: bytes) -> None:
    """Write ``data`` to a new file beside ``target``, then rename it over ``target``:
    a reader sees the old entry or the whole new one. (Not :mod:`tempfile`, whose import
    costs more than the write.)"""
    tmp = target.parent / f".tmp-{os.getpid()}-{os.urandom(6).hex()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
