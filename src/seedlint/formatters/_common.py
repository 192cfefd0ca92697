"""Helpers shared by the machine-readable formatters."""

from __future__ import annotations

import re

# A lone surrogate cannot be encoded as UTF-8. Python gives a file name's bytes that are
# not UTF-8 as U+DC80..U+DCFF (the "surrogateescape" error handler); other lone
# surrogates come from names on Windows or from hand-made strings.
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_A_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def printable(text: str) -> str:
    """``text`` with each lone surrogate (a byte of a file name that is not UTF-8) replaced
    by U+FFFD, so that the report is valid UTF-8 whatever the paths."""
    if text.isascii():  # nearly every line: no surrogate, and no regex run for it
        return text
    return _SURROGATE.sub("\ufffd", text)


def name_bytes(path: str) -> bytes:
    """The bytes of a file name as the file system has them: an undecodable byte that
    Python holds as a surrogate is given back as itself; any other lone surrogate (no
    byte stands behind it) becomes U+FFFD."""
    return _NOT_A_BYTE.sub("\ufffd", path).encode("utf-8", "surrogateescape")


def first_sentence(description: str, limit: int = 120) -> str:
    """The rule description's opening sentence, without its "What it does:" lead-in."""
    text = " ".join(description.split())
    if text.lower().startswith("what it does:"):
        text = text[len("what it does:") :].strip()
    cut = text.find(". ")
    text = text if cut < 0 else text[: cut + 1]
    return text if len(text) <= limit else text[: limit - 3] + "..."
