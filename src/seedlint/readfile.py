"""Reading the small text files seedlint reads whole: configs, rule files, word lists,
baselines. Each is read with a size limit, so a file named by mistake (``/dev/zero``, a
disk image, a log) is refused with a message instead of filling memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from seedlint.errors import SeedlintError

MAX_TEXT_BYTES = 50_000_000  # far beyond any config, rule file, word list or baseline


def read_text(path: Path, what: str, limit: int | None = None, *, pipe: bool = False) -> str:
    """The text of ``path`` (UTF-8, an editor's BOM dropped). ``what`` names the file in
    messages ("config", "rule file"); a file over ``limit`` bytes is refused unread, and so
    is anything but a regular file (a device, a socket; a pipe unless ``pipe``, for a
    path given as ``<(cmd)``)."""
    limit = MAX_TEXT_BYTES if limit is None else limit
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise SeedlintError(f"{what} is a directory", path=str(path))
        if not (stat.S_ISREG(mode) or (pipe and stat.S_ISFIFO(mode))):
            raise SeedlintError(
                f"{what} is not a regular file (a device, pipe or socket); refused",
                path=str(path),
            )
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise SeedlintError(f"cannot read {what}: {exc.strerror or exc}", path=str(path)) from None
    if len(data) > limit:
        raise SeedlintError(f"{what} is larger than {limit / 1e6:g} MB; refused", path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SeedlintError(f"{what} is not valid UTF-8: {exc.reason}", path=str(path)) from None
