"""Precision and recall of seedlint's content rules on the labelled corpus in eval/corpus.

Run: python eval/score.py [--corpus eval/corpus] [--rules ungrounded-entity,...] [--glob G] [-v]
(prints a Markdown table; -v lists every miss and false alarm)

Each digest NAME.txt has a sidecar NAME.sources.yaml (its sources) and NAME.labels.yaml:

    rules: [ungrounded-entity]        # rules whose findings in this file are all labelled
    labels:
      - rule: ungrounded-entity
        line: 12                      # 1-based line of the span
        text: Meloni                  # the flagged text (a finding matches when the texts
                                      # are equal or one contains the other)
        expect: fire                  # with sources: fire (a defect) or pass (a decoy)
        without_sources: fire         # optional; the expectation when sources are absent
        note: why

A finding also matches a label whose text overlaps it on the line ("up to 1,200" and
"1,200 megawatts"). For every rule, a finding that matches a label expected to fire is a
true positive, any other finding of that rule (on a decoy or on an unlabelled span) is a
false positive, and a label expected to fire that no finding matches is a false negative.
Only files whose ``rules`` list names the rule are scored for it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from seedlint.config import Config
from seedlint.diagnostics import Diagnostic
from seedlint.runner import Overrides, Session
from seedlint.sources import load_sources, sidecar_for

DEFAULT_RULES = ("ungrounded-entity", "inconsistent-figure", "unsupported-figure")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    decoys: int = 0
    decoys_fired: int = 0
    files: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def _matches(d: Diagnostic, label: dict[str, Any], lines: list[str]) -> bool:
    if d.line != label["line"]:
        return False
    a, b = d.text.casefold(), str(label["text"]).casefold()
    if a == b or a in b or b in a:
        return True
    # the two spans overlap on the line: a finding "up to 1,200" for the label "1,200
    # megawatts" (rules and labellers draw a figure's edges differently)
    line = lines[d.line - 1].casefold() if 0 < d.line <= len(lines) else ""
    start = d.column - 1
    end = start + len(a)
    if line[start:end] != a:
        return False
    at = line.find(b)
    while at >= 0:
        if at < end and start < at + len(b):
            return True
        at = line.find(b, at + 1)
    return False


def score(
    corpus: Path, rules: tuple[str, ...], with_sources: bool, pattern: str = "*.txt"
) -> dict[str, Score]:
    scores = {r: Score() for r in rules}
    session = Session(Overrides(), Config(root=corpus))
    for digest in sorted(corpus.glob(pattern)):
        labels_path = digest.with_suffix(".labels.yaml")
        if not labels_path.is_file():
            continue
        meta = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
        scored = [r for r in meta.get("rules", []) if r in scores]
        if not scored:
            continue
        sources = None
        if with_sources:
            side = sidecar_for(digest)
            sources = load_sources(side) if side else None
        text = digest.read_text(encoding="utf-8")
        lines = text.splitlines()
        diags, _ = session.lint_text(text, str(digest), sources=sources)
        for rule in scored:
            s = scores[rule]
            s.files += 1
            found = [d for d in diags if d.rule == rule]
            labels = [lb for lb in meta.get("labels", []) if lb.get("rule") == rule]
            key = "expect" if with_sources else "without_sources"
            for lb in labels:
                exp = lb.get(key, lb.get("expect")) if not with_sources else lb.get("expect")
                lb["_exp"] = exp
            defects = [lb for lb in labels if lb["_exp"] == "fire"]
            decoys = [lb for lb in labels if lb["_exp"] == "pass"]
            matched_defects = set()
            for d in found:
                hit = [i for i, lb in enumerate(defects) if _matches(d, lb, lines)]
                if hit:
                    matched_defects.update(hit)
                else:
                    s.fp += 1
                    s.false_alarms.append(
                        f"{digest.name}:{d.line}:{d.column}: {d.text!r}: {d.message}"
                    )
            s.tp += len(matched_defects)
            for i, lb in enumerate(defects):
                if i not in matched_defects:
                    s.fn += 1
                    s.misses.append(
                        f"{digest.name}:{lb['line']}: {lb['text']!r} ({lb.get('note', '')})"
                    )
            s.decoys += len(decoys)
            s.decoys_fired += sum(1 for lb in decoys if any(_matches(d, lb, lines) for d in found))
    return scores


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).parent / "corpus")
    ap.add_argument("--rules", default=",".join(DEFAULT_RULES))
    ap.add_argument("--glob", default="*.txt", help="which digests to score (e.g. 'fig_*.txt')")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and false alarms")
    args = ap.parse_args(argv)
    rules = tuple(r.strip() for r in args.rules.split(",") if r.strip())
    print("| rule | sources | files | defects | decoys | TP | FP | FN | precision | recall |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    details: list[str] = []
    for with_sources in (True, False):
        for rule, s in score(args.corpus, rules, with_sources, args.glob).items():
            print(
                f"| {rule} | {'with' if with_sources else 'without'} | {s.files} | {s.tp + s.fn} | "
                f"{s.decoys} | {s.tp} | {s.fp} | {s.fn} | {_fmt(s.precision)} | {_fmt(s.recall)} |"
            )
            tag = f"{rule} ({'with' if with_sources else 'without'} sources)"
            details += [f"MISS {tag}: {m}" for m in s.misses]
            details += [f"FALSE ALARM {tag}: {m}" for m in s.false_alarms]
    if args.verbose and details:
        print()
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
