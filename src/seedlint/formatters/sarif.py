"""``sarif``: a SARIF 2.1.0 log (code scanning in GitHub, GitLab, IDE viewers)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import PurePath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote_from_bytes

from seedlint import __version__
from seedlint.diagnostics import Diagnostic, Edit, Severity
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


def _position(d: Diagnostic, offset: int, text: str | None) -> tuple[int, int] | None:
    """1-based (line, column) of a code-point offset of ``d``'s file, counted as the
    engine counts them (lines end at LF): from the finding itself when the offset lies in
    its span, else from the file's text; ``None`` when neither can say."""
    if d.start <= offset <= d.end and len(d.text) == d.end - d.start:
        if offset == d.end:
            return d.end_line, d.end_column
        head = d.text[: offset - d.start]
        breaks = head.count("\n")
        if not breaks:
            return d.line, d.column + len(head)
        return d.line + breaks, len(head) - head.rfind("\n")
    if text is not None and 0 <= offset <= len(text):
        return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
    return None


def _deleted_region(d: Diagnostic, edit: Edit, text: str | None) -> dict[str, int] | None:
    """The region an edit replaces, in lines and columns like the result's own region.

    Not ``charOffset``: the engine's offsets count from after a UTF-8 BOM, which the
    report does not record, while a SARIF consumer counts offsets from the start of the
    file, so on a file with a BOM every fix would land one character early. Lines and
    columns are counted the same way for a finding and its fix, so the two agree."""
    start = _position(d, edit.start, text)
    end = _position(d, edit.end, text)
    if start is None or end is None:
        return None
    return {"startLine": start[0], "startColumn": start[1], "endLine": end[0], "endColumn": end[1]}


def _fixes(d: Diagnostic, uri: str, text: str | None) -> list[dict[str, Any]]:
    """``d``'s fix as SARIF; none when one of its edits cannot be placed (an edit outside
    the finding's span with the file's text not kept), since a fix applied in part could
    break the text."""
    if d.fix is None or not d.fix.edits:
        return []
    replacements: list[dict[str, Any]] = []
    for e in d.fix.edits:
        region = _deleted_region(d, e, text)
        if region is None:
            return []
        replacements.append({"deletedRegion": region, "insertedContent": {"text": e.replacement}})
    return [
        {
            "description": {"text": d.fix.description},
            "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": replacements}],
        }
    ]


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


def _result(d: Diagnostic, rule_index: dict[str, int], text: str | None) -> dict[str, Any]:
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
    fixes = _fixes(d, uri, text)
    if fixes:
        out["fixes"] = fixes
    return out


def build(report: Report, texts: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dictionary. ``texts`` (path → decoded text, default
    ``report.texts``) places fix edits that lie outside their finding's span."""
    if texts is None:
        texts = report.texts
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
        "results": [_result(d, rule_index, texts.get(d.path)) for d in report.diagnostics],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, options: FormatOptions) -> str:
    # URIs are percent-encoded already; elsewhere (messages) a file name that is not
    # UTF-8 shows U+FFFD for each bad byte, so the log is valid UTF-8 JSON.
    log = build(report, options.texts or report.texts)
    return printable(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"
