"""``sarif``: a SARIF 2.1.0 log (code scanning in GitHub, GitLab, IDE viewers)."""

from __future__ import annotations

import json
from pathlib import PurePath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote_from_bytes

from seedlint import __version__
from seedlint.diagnostics import Diagnostic, Severity
from seedlint.formatters._common import first_sentence, name_bytes, printable

if TYPE_CHECKING:
    from seedlint.formatters import FormatOptions
    from seedlint.rules import Rule
    from seedlint.runner import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative (resolved against the
    checkout by SARIF viewers), absolute ones become ``file://`` URIs. The name's bytes are
    percent-encoded, those that are not UTF-8 too, so the URI names the very file."""
    win = PureWindowsPath(path)
    if win.drive and win.root:  # C:\digests\a.txt, on Windows (names are UTF-16 there)
        return PureWindowsPath(printable(path)).as_uri()
    p = PurePath(path)
    uri = quote_from_bytes(name_bytes(p.as_posix()))
    return "file://" + uri if p.is_absolute() else uri


def _region(
    line: int, column: int, end_line: int | None = None, end_column: int | None = None
) -> dict[str, int]:
    region = {"startLine": max(1, line), "startColumn": max(1, column)}
    if end_line is not None and end_column is not None:
        region["endLine"] = max(region["startLine"], end_line)
        region["endColumn"] = max(1, end_column)
    return region


def _rule(rule: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": first_sentence(rule.description) or rule.name},
        "fullDescription": {"text": rule.description.strip() or rule.name},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"kind": rule.kind_name},
    }
    if rule.link:
        out["helpUri"] = rule.link
    return out


def _result(d: Diagnostic, rule_index: dict[str, int]) -> dict[str, Any]:
    uri = artifact_uri(d.path)
    out: dict[str, Any] = {
        "ruleId": d.code,
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": _region(d.line, d.column, d.end_line, d.end_column),
                }
            }
        ],
    }
    if d.code in rule_index:
        out["ruleIndex"] = rule_index[d.code]
    if d.related:
        out["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": _region(r.line, r.column),
                },
                **({"message": {"text": r.message}} if r.message else {}),
            }
            for i, r in enumerate(d.related)
        ]
    if d.fix is not None and d.fix.edits:
        out["fixes"] = [
            {
                "description": {"text": d.fix.description},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "charOffset": e.start,
                                    "charLength": e.end - e.start,
                                },
                                "insertedContent": {"text": e.replacement},
                            }
                            for e in d.fix.edits
                        ],
                    }
                ],
            }
        ]
    return out


def build(report: Report) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dictionary."""
    rule_index = {r.code: i for i, r in enumerate(report.rules)}
    notifications: list[dict[str, Any]] = []
    for err in report.errors:
        note: dict[str, Any] = {"level": "error", "message": {"text": err.message}}
        if err.path is not None:
            loc: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(err.path)}}
            if err.line is not None:
                loc["region"] = {"startLine": max(1, err.line)}
            note["locations"] = [{"physicalLocation": loc}]
        notifications.append(note)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "seedlint",
                "version": __version__,
                "rules": [_rule(r) for r in report.rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": [_result(d, rule_index) for d in report.diagnostics],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, options: FormatOptions) -> str:
    # URIs are percent-encoded already; elsewhere (messages) a file name that is not
    # UTF-8 shows U+FFFD for each bad byte, so the log is valid UTF-8 JSON.
    return printable(json.dumps(build(report), ensure_ascii=False, indent=2)) + "\n"
