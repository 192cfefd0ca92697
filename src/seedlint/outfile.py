"""``--output FILE``: write a report so that readers never see half of it."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from seedlint.errors import SeedlintError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder and
    :func:`os.replace`, so the file is either the old one or the whole new one. A symlink
    is followed (its target is replaced, the link stays); a device, FIFO or socket
    (``/dev/null``, ``/dev/stdout``) is written straight into, since replacing it would
    put a plain file in its place. Any failure is a one-line :class:`SeedlintError`;
    the temporary file is removed."""
    name = os.fspath(path)
    try:
        st: os.stat_result | None = os.stat(name)
    except OSError:
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise SeedlintError("cannot write output: is a directory", path=name)
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            with open(name, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise SeedlintError(f"cannot write output: {exc.strerror or exc}", path=name) from None
        return
    target = Path(os.path.realpath(name))
    folder = target.parent
    mode = st.st_mode & 0o7777 if st is not None else 0o666 & ~_umask()
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
        raise SeedlintError(f"cannot write output: {reason}", path=name) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
