"""The analysis modules a one-file run imports stay light at import time."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

# figures.py and entities.py and the modules each is split into: a one-file run (the
# pre-commit case) imports them all
_ANALYSIS_MODULES = [
    *("numerals", "dates", "figure_record", "figure_context", "figures"),
    *("entity_lists", "entity_patterns", "entity_records", "entities"),
]


@pytest.mark.parametrize("name", _ANALYSIS_MODULES)
def test_analysis_modules_import_neither_dataclasses_nor_datetime(name: str) -> None:
    # dataclasses (with inspect) and datetime cost ~10 ms of a run that should take 60.
    # (Other modules may still import them; this checks these modules' own imports.)
    module = importlib.import_module(f"seedlint.{name}")
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    imported = {
        a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    imported |= {
        (n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
    }
    assert "__future__" in imported  # the walk does see the imports
    assert not imported & {"dataclasses", "datetime", "inspect"}


def test_every_analysis_module_is_listed() -> None:
    # a module split off either file later must join the list above
    package = Path(str(importlib.import_module("seedlint").__file__)).parent
    split = {
        p.stem
        for p in package.glob("*.py")
        if p.stem.startswith(("figure", "entit", "numerals", "dates"))
    }
    assert split == set(_ANALYSIS_MODULES)
