"""Writing a file so that readers never see half of it: ``--output``, baselines and
``--fix`` all go through :func:`write_atomic`."""

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


def write_atomic(
    path: str | os.PathLike[str],
    data: str | bytes,
    *,
    what: str = "output",
    expect: bytes | None = None,
) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file in the same
    folder, flushed to disk and given the old file's permission bits, then
    :func:`os.replace`: the file is either the old one or the whole new one. A symlink is
    followed (its target is replaced, the link stays); a device, FIFO or socket
    (``/dev/null``, ``/dev/stdout``) is written straight into, since replacing it would
    put a plain file in its place. With ``expect``, the file must still hold exactly
    those bytes (nobody edited it meanwhile). Any failure is a one-line
    :class:`SeedlintError` ("cannot write WHAT: …"); the temporary file is removed."""
    name = os.fspath(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        st: os.stat_result | None = os.stat(name)
    except OSError:
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise SeedlintError(f"cannot write {what}: is a directory", path=name)
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            with open(name, "wb") as fh:
                fh.write(raw)
        except OSError as exc:
            raise SeedlintError(f"cannot write {what}: {exc.strerror or exc}", path=name) from None
        return
    target = Path(os.path.realpath(name))
    folder = target.parent
    mode = st.st_mode & 0o7777 if st is not None else 0o666 & ~_umask()
    tmp: str | None = None
    try:
        if expect is not None and target.read_bytes() != expect:
            raise SeedlintError("file changed while it was being fixed; not written", path=name)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileNotFoundError) and not folder.is_dir():
            reason = f"folder {str(folder)!r} does not exist"
        raise SeedlintError(f"cannot write {what}: {reason}", path=name) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _sync_dir(str(folder))


def _sync_dir(folder: str) -> None:
    """Make the rename durable; not every platform or file system allows it."""
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
