"""``junit``: JUnit XML for CI test reports, one test case a linted file.

A file's test case fails when one of its findings reaches the ``--fail-on`` level (so the
report agrees with the exit status); findings below it are listed in ``system-out``.
A file that could not be read is a test case with an ``error``."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING

from seedlint.diagnostics import Diagnostic
from seedlint.formatters.text import line

if TYPE_CHECKING:
    from seedlint.formatters import FormatOptions
    from seedlint.runner import Report

# Characters XML 1.0 cannot carry at all (not even escaped).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _listing(diags: list[Diagnostic]) -> str:
    return clean("\n".join(line(d) for d in diags))


def render(report: Report, options: FormatOptions) -> str:
    by_path: dict[str, list[Diagnostic]] = defaultdict(list)
    for d in report.diagnostics:
        by_path[d.path].append(d)
    paths = list(dict.fromkeys([*report.files, *by_path]))
    errors = list(report.errors)

    suite = ET.Element("testsuite", name="seedlint")
    n_fail = 0
    for path in paths:
        case = ET.SubElement(
            suite, "testcase", name=clean(path), classname="seedlint", file=clean(path)
        )
        diags = by_path.get(path, [])
        level = report.fail_on_for(path)  # the file's own config's fail-on
        failing = [d for d in diags if d.severity.fails(level)]
        other = [d for d in diags if not d.severity.fails(level)]
        if failing:
            n_fail += 1
            codes = sorted({d.code for d in failing})
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{len(failing)} finding{'s' if len(failing) != 1 else ''} ({', '.join(codes)})",
                type=codes[0] if len(codes) == 1 else "seedlint",
            )
            failure.text = _listing(failing)
        if other:
            ET.SubElement(case, "system-out").text = _listing(other)
    for err in errors:
        name = err.path if err.path is not None else "seedlint"
        case = ET.SubElement(suite, "testcase", name=clean(name), classname="seedlint")
        if err.path is not None:
            case.set("file", clean(err.path))
        ET.SubElement(case, "error", message=clean(err.message), type="SeedlintError").text = clean(
            str(err)
        )
    total = len(paths) + len(errors)
    counts = {
        "tests": str(total),
        "failures": str(n_fail),
        "errors": str(len(errors)),
        "skipped": "0",
    }
    for k, v in counts.items():
        suite.set(k, v)
    root = ET.Element("testsuites", {k: counts[k] for k in ("tests", "failures", "errors")})
    root.set("name", "seedlint")
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
