"""The one exception type that reaches users as a one-line message (exit 2)."""

from __future__ import annotations


class SeedlintError(Exception):
    """A problem with the user's input: a path, a config, a rule or a sources file.

    The command line prints it as ``seedlint: error: PATH:LINE: MESSAGE`` and exits 2;
    it is never shown as a traceback.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        return where + self.message
