"""Where the packaged data lives (kept free of imports so that finding it costs nothing)."""

from __future__ import annotations

from pathlib import Path


def default_rules_dir() -> Path:
    """The packaged rules; in a source checkout, the repository's ``rules/``."""
    here = Path(__file__).resolve().parent
    packaged = here / "default_rules"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "rules"
