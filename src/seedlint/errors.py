"""The one exception type that reaches users as a one-line message (exit 2)."""

from __future__ import annotations

# Control characters and line separators, which a file name may hold: printed as they are
# they would split a report line (and a line that then starts "::error" is a command to
# GitHub Actions). Shown as escapes instead.
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
# line separators and the bidirectional controls that reorder what follows them
_CONTROLS.update(
    {c: f"\\u{c:04x}" for c in [0x2028, 0x2029, 0x200E, 0x200F, *range(0x202A, 0x202F)]}
)
_CONTROLS.update({c: f"\\u{c:04x}" for c in range(0x2066, 0x206A)})
_CONTROLS[ord("\\")] = "\\\\"  # once escapes appear, a backslash is one too


def shown_path(path: str) -> str:
    """``path`` on one line: control characters as ``\\xNN`` escapes (a name that holds
    none is shown as it is, backslashes and all)."""
    if path.isprintable():
        return path
    return path.translate(_CONTROLS)


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
            where = (
                shown_path(self.path) + (f":{self.line}" if self.line is not None else "") + ": "
            )
        return where + self.message
