"""The text a run reads on standard input (``seedlint -``), read once.

``--fix -`` is an editor filter (the buffer goes in, the fixed buffer comes out): whatever
fails, the text must come back, so the bytes are kept and the one answer is written at
most once."""

from __future__ import annotations

import sys

from seedlint.errors import SeedlintError


class PipedText:
    def __init__(self) -> None:
        self._data: bytes | None = None
        self._answered = False

    def read(self) -> bytes:
        if self._data is None:
            self._data = sys.stdin.buffer.read() if sys.stdin is not None else b""
        return self._data

    def answer(self, data: bytes) -> None:
        """Write the answer (the fixed text): never twice. A closed or broken standard
        output is an error (exit 2), never a success with half the text delivered."""
        if self._answered:
            return
        self._answered = True
        if sys.stdout is None:
            raise SeedlintError("standard output is closed: the text could not be written")
        try:
            out = sys.stdout.buffer
            rest = memoryview(data)
            while rest:  # a pipe closed mid-way makes write() return short, not raise
                written = out.write(rest)
                if not written:
                    raise BrokenPipeError("nothing written")
                rest = rest[written:]
            sys.stdout.flush()
        except OSError as exc:
            raise SeedlintError(
                f"standard output closed before the text was written ({exc.strerror or exc})"
            ) from None

    def give_back(self) -> None:
        """The text as it came, unless an answer was written already."""
        self.answer(self.read())
