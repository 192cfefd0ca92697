"""The corpus scorer's span matching (eval/score.py): a finding matches a label on its
line when the texts are equal, one contains the other, or the two spans overlap."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

_PATH = Path(__file__).resolve().parent.parent / "eval" / "score.py"


@pytest.fixture(scope="module")
def score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_score"] = module
    spec.loader.exec_module(module)
    return module


LINES = ["Intro [c1000001].", "Imports of up to 1,200 megawatts came from Laos, 40 in all."]


def _finding(text: str, line: int = 2) -> SimpleNamespace:
    return SimpleNamespace(line=line, column=LINES[line - 1].index(text) + 1, text=text)


@pytest.mark.parametrize(
    ("finding", "label", "expected"),
    [
        ("up to 1,200", "1,200 megawatts", True),  # overlapping spans
        ("1,200", "1,200 megawatts", True),  # one contains the other
        ("up to 1,200", "up to 1,200", True),
        ("40", "1,200 megawatts", False),  # elsewhere on the line
        ("up to 1,200", "Laos", False),
    ],
)
def test_a_finding_matches_a_label_it_overlaps(
    score: ModuleType, finding: str, label: str, expected: bool
) -> None:
    lb = {"line": 2, "text": label}
    assert score._matches(_finding(finding), lb, LINES) is expected


def test_a_finding_on_another_line_matches_nothing(score: ModuleType) -> None:
    lb = {"line": 1, "text": "up to 1,200"}
    assert score._matches(_finding("up to 1,200"), lb, LINES) is False
