"""``--output FILE``: write a report so that readers never see half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from seedlint.errors import SeedlintError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder and
    :func:`os.replace`, so the file is either the old one or the whole new one. Any
    failure is a one-line :class:`SeedlintError`; the temporary file is removed."""
    target = Path(path)
    if target.is_dir():
        raise SeedlintError("cannot write output: is a directory", path=str(target))
    folder = target.parent
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileNotFoundError) and not folder.is_dir():
            reason = f"folder {str(folder)!r} does not exist"
        raise SeedlintError(f"cannot write output: {reason}", path=str(target)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
