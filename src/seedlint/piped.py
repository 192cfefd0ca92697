"""The text a run reads on standard input (``seedlint -``), read once.

``--fix -`` is an editor filter (the buffer goes in, the fixed buffer comes out): whatever
fails, the text must come back, so the bytes are kept and the one answer is written at
most once."""

from __future__ import annotations

import sys


class PipedText:
    def __init__(self) -> None:
        self._data: bytes | None = None
        self._answered = False

    def read(self) -> bytes:
        if self._data is None:
            self._data = sys.stdin.buffer.read()
        return self._data

    def answer(self, data: bytes) -> None:
        """Write the answer (the fixed text): never twice."""
        if not self._answered:
            self._answered = True
            sys.stdout.buffer.write(data)
            sys.stdout.flush()

    def give_back(self) -> None:
        """The text as it came, unless an answer was written already."""
        self.answer(self.read())
