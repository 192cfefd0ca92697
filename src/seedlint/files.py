"""From command-line paths to the digests to lint: walking folders, reading bytes."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from seedlint.config import DEFAULT_EXCLUDE, Config, resolved
from seedlint.errors import SeedlintError
from seedlint.sources import SIDECAR_SUFFIXES, is_sidecar

DIGEST_SUFFIXES = (".txt", ".md", ".markdown")


class Decoded(NamedTuple):
    text: str
    had_bom: bool


def decode(data: bytes, path: str) -> Decoded:
    """UTF-8 (BOM allowed) text, or a :class:`SeedlintError` saying what is wrong."""
    if b"\x00" in data:
        raise SeedlintError("binary file (contains NUL bytes); not a digest", path=path)
    had_bom = data.startswith(b"\xef\xbb\xbf")
    if had_bom:
        data = data[3:]
    try:
        return Decoded(data.decode("utf-8"), had_bom)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SeedlintError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start + (3 if had_bom else 0)})",
            path=path,
            line=line,
        ) from None


MAX_DIGEST_BYTES = 10_000_000  # a digest is a few KB; this refuses a runaway file, not a long one


def read_digest(path: str, limit: int = MAX_DIGEST_BYTES) -> Decoded:
    """The decoded digest at ``path``; a file larger than ``limit`` bytes is refused with a
    :class:`SeedlintError` before it is read (memory stays bounded for any input)."""
    try:
        # without blocking: opening a named pipe for reading would wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise SeedlintError(
                    "not a regular file (a named pipe, device or socket); skipped", path=path
                )
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise SeedlintError(
                f"file is larger than {limit / 1e6:g} MB, far beyond any digest; skipped",
                path=path,
            )
    except FileNotFoundError:
        raise SeedlintError("file vanished or does not exist", path=path) from None
    except IsADirectoryError:
        raise SeedlintError("is a directory", path=path) from None
    except OSError as exc:
        raise SeedlintError(f"cannot read: {exc.strerror}", path=path) from None
    return decode(data, path)


def digests_for_sidecar(path: Path) -> list[Path]:
    """The digests a sidecar belongs to (pre-commit hands us changed sidecars): every
    ``NAME.txt``/``NAME.md``/… beside ``NAME.sources.*``."""
    name = path.name
    for suffix in SIDECAR_SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return [c for ext in DIGEST_SUFFIXES if (c := path.with_name(stem + ext)).is_file()]
    return []


@lru_cache(maxsize=256)
def _globs(pattern: str) -> tuple[str, ...]:
    """``pattern`` as :func:`fnmatch.fnmatch` patterns: ``**/`` matches zero or more
    folders, as in gitignore and ruff ("**/drafts/*" takes in "drafts/a.txt" as well as
    "x/y/drafts/a.txt"), while fnmatch's ``*`` needs the "/" after it."""
    pieces = pattern.split("**/")
    if len(pieces) == 1 or len(pieces) > 5:  # none, or too many to expand: as written
        return (pattern,)
    out = [pieces[0]]
    for piece in pieces[1:]:  # each "**/" kept or dropped
        out = [v + sep + piece for v in out for sep in ("**/", "")]
    return tuple(dict.fromkeys(out))


def glob_match(path: str, pattern: str) -> bool:
    """Whether ``path`` matches ``pattern`` (``**/`` may match no folder at all)."""
    return any(fnmatch.fnmatch(path, g) for g in _globs(pattern))


def matches_any(rel: str, patterns: tuple[str, ...]) -> bool:
    """Whether ``rel`` (a path from the config's folder) matches one of the globs, as
    ``exclude`` and ``per-file-ignores`` read them: the whole path, a folder it is in
    ("docs/drafts" takes in "docs/drafts/a.txt") or any one part of it ("drafts",
    "drafts/", "./drafts" and "drafts/*" all take in "drafts/a.txt"); ``**/`` matches
    zero or more folders ("**/drafts/*" takes in "drafts/a.txt")."""
    parts = rel.split("/")
    heads = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for pat in patterns:
        pat = pat.removeprefix("./").rstrip("/")  # "./archive", "drafts/": the folder
        if any(glob_match(h, pat) for h in heads) or any(glob_match(p, pat) for p in parts):
            return True
    return False


def relative_to_config(p: Path, cfg: Config) -> str:
    """``p`` from the config's folder, as globs (exclude, include, per-file-ignores) see it;
    the path as given when it lies outside."""
    try:
        return resolved(p).relative_to(cfg.root_dir()).as_posix()
    except ValueError:
        return p.as_posix()


def excluded(p: Path, cfg: Config) -> bool:
    """Whether the config's ``exclude`` globs leave ``p`` out: in a folder walk, and also
    when the file is named outright (as pre-commit names every staged file)."""
    return bool(cfg.exclude) and matches_any(relative_to_config(p, cfg), cfg.exclude)


def excluded_anywhere(p: Path, config_for: Callable[[Path], Config]) -> bool:
    """Whether ``p``'s own config or any config above it excludes it: a folder that the
    config above excludes stays out when it holds a config of its own, named outright
    or walked into."""
    cfg = config_for(p)
    seen: set[int] = set()
    while id(cfg) not in seen:
        seen.add(id(cfg))
        if excluded(p, cfg):
            return True
        if cfg.path is None:
            return False
        above = cfg.root_dir().parent
        if above == cfg.root_dir():
            return False
        cfg = config_for(above)  # the nearest config at or above that folder
    return False


def included(p: Path, cfg: Config) -> bool:
    """Whether ``p`` matches the config's ``include`` globs: by name, or by its path from
    the config's folder for a glob with a "/" in it."""
    name = p.name
    rel: str | None = None
    for pat in cfg.include:
        if "/" in pat:
            rel = rel if rel is not None else relative_to_config(p, cfg)
            if glob_match(rel, pat.removeprefix("./")):
                return True
        elif fnmatch.fnmatch(name, pat):
            return True
    return False


def walk(
    root: Path, config_for: Callable[[Path], Config], honour_exclude: bool = True
) -> Iterator[Path]:
    """Digests under ``root``, sorted, skipping VCS/virtualenv folders, hidden folders,
    sidecars and (unless ``honour_exclude`` is false) the config's ``exclude`` globs.
    Symlinked folders are not followed."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
        here = Path(dirpath)
        # a folder the config over this one excludes is not entered, even when it holds a
        # config of its own (which would not exclude itself)
        cfg_here = config_for(here) if dirnames and honour_exclude else None
        dirnames[:] = sorted(
            d
            for d in dirnames
            if d not in DEFAULT_EXCLUDE
            and not d.startswith(".")
            and not (cfg_here is not None and excluded(here / d, cfg_here))
        )
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if is_sidecar(p):
                continue
            if included(p, config_for(p)) and not (
                honour_exclude and excluded_anywhere(p, config_for)
            ):
                yield p
