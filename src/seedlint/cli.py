"""The ``seedlint`` command line."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from seedlint import __version__
from seedlint.errors import SeedlintError
from seedlint.piped import PipedText

if TYPE_CHECKING:
    from seedlint.diagnostics import Diagnostic
    from seedlint.rules import Rule

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_own_process = False  # set by entry(): main() runs in a process of its own


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _selection(value: str) -> list[str]:
    """``--select``: one or more rules. An empty value (often a shell variable that is
    unset) is refused, as ruff refuses it, rather than read as "every rule"."""
    rules = _csv(value)
    if not rules:
        raise argparse.ArgumentTypeError(
            "an empty list selects nothing; name at least one rule (a code, name or prefix; ALL for every rule)"
        )
    return rules


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return n


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own, sized without :mod:`shutil`: argparse makes one for every
    ``add_argument``, and importing shutil (with bz2 and lzma) is ~2 ms of every start."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        super().__init__(prog, indent_increment, max_help_position, width or _columns() - 2)


def _columns() -> int:
    """What ``shutil.get_terminal_size().columns`` answers."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def build_parser() -> argparse.ArgumentParser:
    from seedlint.formatters import FORMATS

    p = argparse.ArgumentParser(
        prog="seedlint",
        formatter_class=_HelpFormatter,
        description="Check cited news digests: citations, sources, entities and figures.",
        epilog="Exit status: 0 clean, 1 findings at or above --fail-on, 2 a usage, config, rule, "
        "sources or I/O error.",
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (recursive); '-' reads stdin"
    )
    p.add_argument(
        "--format", choices=sorted(FORMATS), default="text", help="output format (default: text)"
    )
    p.add_argument(
        "--select",
        type=_selection,
        action="extend",
        metavar="RULES",
        help="only these rules (codes, names or code prefixes, comma-separated; codes in any case)",
    )
    p.add_argument(
        "--ignore",
        type=_csv,
        action="extend",
        metavar="RULES",
        help="skip these rules (added to the config's ignore)",
    )
    p.add_argument(
        "--sources",
        type=Path,
        metavar="PATH",
        help="sources file or folder for every digest (wins over sidecars and config)",
    )
    p.add_argument(
        "--rules",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="an extra folder of YAML rules (repeatable)",
    )
    p.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="use this config file instead of searching for one",
    )
    p.add_argument(
        "--paragraphs",
        choices=("auto", "line", "blank"),
        help="how paragraphs are separated (default: auto)",
    )
    p.add_argument(
        "--fail-on",
        choices=("error", "warning", "info", "never"),
        help="exit 1 when a finding at or above this level exists (default: warning)",
    )
    p.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="the name (and place, for config and sidecar lookup) of text read from '-'",
    )
    p.add_argument(
        "--list-rules",
        action="store_true",
        help="list every rule and exit (a table, or JSON with --format json or json-lines)",
    )
    p.add_argument(
        "--explain", metavar="RULE", help="print what a rule checks, why, and how to fix it"
    )
    p.add_argument(
        "--check-examples",
        action="store_true",
        help="run every rule's own examples (with --rules, yours): exit 1 if a 'fire' "
        "example does not fire or a 'pass' example does",
    )
    p.add_argument(
        "--statistics", action="store_true", help="print counts per rule instead of each finding"
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="print findings only: no summary, no notes"
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the report to FILE (atomically) instead of stdout ('-': stdout)",
    )
    p.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="do not report findings recorded in this baseline file (JSON)",
    )
    p.add_argument(
        "--write-baseline",
        action="store_true",
        help="record every current finding in the --baseline FILE and exit 0",
    )
    p.add_argument(
        "--changed-since",
        metavar="REF",
        help="report only findings on lines changed since this git ref",
    )
    p.add_argument(
        "--fix", action="store_true", help="apply safe fixes in place, then report what is left"
    )
    p.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff instead of writing them (exit 1 if there are any)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=0,
        metavar="N",
        help="worker processes (default 0: one per core; a few files always run in one)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="do not read or write the result cache or the memo (.seedlint_cache/, or "
        "$SEEDLINT_CACHE_DIR)",
    )
    p.add_argument("--version", action="version", version=f"seedlint {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["lsp"]:
        from seedlint.lsp import main as lsp_main

        return lsp_main(argv[1:])
    parser = build_parser()
    filtering = "--fix" in argv and "--diff" not in argv and _reads_stdin(argv)
    try:
        # an editor filter's stdout is the buffer: --help and --version go to stderr
        with contextlib.redirect_stdout(sys.stderr) if filtering else contextlib.nullcontext():
            args = parser.parse_args(argv)
    except SystemExit:
        # a usage error before anything ran: an editor filter still gets its text back
        if filtering:
            with contextlib.suppress(OSError, SeedlintError):
                PipedText().give_back()
        raise
    args.piped = PipedText()
    try:
        return _run(args)
    except SeedlintError as exc:
        print(f"seedlint: error: {exc}", file=sys.stderr)
        _give_back_stdin(args)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("seedlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:
        # Last resort: a bug or an input nobody foresaw is one line and exit 2, not a
        # traceback; SEEDLINT_DEBUG=1 shows the traceback.
        import os

        if os.environ.get("SEEDLINT_DEBUG"):
            raise
        print(f"seedlint: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        _give_back_stdin(args)
        return EXIT_ERROR


def _reads_stdin(argv: Sequence[str]) -> bool:
    return "-" in argv or any(a.startswith("--stdin-filename") for a in argv)


def _give_back_stdin(args: argparse.Namespace) -> None:
    """``--fix -`` is an editor filter: whatever failed, the text goes back out unchanged
    (unless the fixed text was written already)."""
    stdin = "-" in args.paths or (not args.paths and args.stdin_filename is not None)
    if args.fix and not args.diff and stdin:
        # a closed output: nobody to give it back to (the error was said already)
        with contextlib.suppress(OSError, SeedlintError):
            args.piped.give_back()


def entry() -> None:
    """The console script (and ``python -m seedlint``): :func:`main` in a process of its
    own, with two shortcuts a library caller of ``main`` must not get, worth ~10 ms of a
    one-file run (the pre-commit case; see docs/PERFORMANCE.md):

    * the cyclic garbage collector is paused while the run starts: imports and rules
      create ~25,000 long-lived containers, which it would otherwise walk ~60 times; it
      is turned back on when more than one file is to be linted (memory stays flat);
    * the interpreter's teardown, which frees every object one by one, is skipped:
      output is flushed and the process ends with ``os._exit`` (as mypy does).

    ``SystemExit`` (``--help``, usage errors) and uncaught errors leave the normal way."""
    if sys.argv[1:2] == ["lsp"]:  # a long-lived server: none of this applies
        raise SystemExit(main())
    global _own_process
    _own_process = True
    gc.disable()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except ValueError:  # closed already: nothing left to write
            pass
        except OSError:  # a closed pipe: the findings did not all arrive
            code = code or EXIT_ERROR
    os._exit(code)


def _overrides(args: argparse.Namespace) -> object:
    from seedlint.runner import Overrides

    return Overrides(
        config=args.config,
        select=tuple(args.select) if args.select else None,
        extend_ignore=tuple(args.ignore or ()),
        sources=args.sources,
        rules=tuple(p.resolve() for p in args.rules),
        paragraphs=args.paragraphs,
        fail_on=args.fail_on,
    )


def _run(args: argparse.Namespace) -> int:
    from seedlint.runner import Overrides, Report, Session, collect, lint_files, lint_one

    overrides = _overrides(args)
    assert isinstance(overrides, Overrides)
    if args.output == Path("-"):
        args.output = None  # "-" is standard output, as it is standard input among paths
    if args.config is not None and not args.config.exists():
        raise SeedlintError("config file does not exist", path=str(args.config))
    if args.config is not None and args.config.is_dir():
        raise SeedlintError(
            "is a folder; --config takes a config file (without --config, the nearest "
            "seedlint.yaml, .seedlint.yaml or pyproject.toml is found)",
            path=str(args.config),
        )
    if args.list_rules or args.explain is not None or args.check_examples:
        if args.fix and not args.diff and ("-" in args.paths or args.stdin_filename):
            # the output would replace an editor's buffer
            raise SeedlintError(
                "--list-rules, --explain and --check-examples print to stdout; not with --fix -"
            )
        return _rules_info(args, overrides)
    if args.statistics and args.format not in ("text", "json", "json-lines"):
        raise SeedlintError(
            f"--statistics prints a table (--format text) or JSON (--format json), "
            f"not {args.format}"
        )
    if args.diff and (args.format != "text" or args.statistics):
        raise SeedlintError("--diff prints a unified diff; it takes no --format or --statistics")
    if not args.paths and args.stdin_filename is not None:
        args.paths = ["-"]  # --stdin-filename alone: the text comes on standard input
    if not args.paths:
        print("seedlint: error: no paths given (try: seedlint seeds/)", file=sys.stderr)
        return EXIT_ERROR

    cache = None
    if not args.no_cache:
        from seedlint.cache import ResultCache, default_dir

        cache = ResultCache(default_dir())
    session = Session(overrides, cache=cache)
    report = Report()
    keep = args.format in ("full", "sarif")  # the source lines; SARIF places fixes by them
    stdin_name = args.stdin_filename or "-"
    files = _not_written_to(args, collect([p for p in args.paths if p != "-"], session, report))
    if _own_process and len(files) > 1:
        gc.enable()
    if args.fix or args.diff:
        if args.write_baseline:  # before any file is written
            raise SeedlintError(
                "--write-baseline records findings; it cannot be combined with --fix or --diff"
            )
        from seedlint.fixes import run_cli

        fixed = run_cli(args, session, report, files, _shown(args, files))
        if fixed is not None:
            return fixed
    streaming = _streamable(args)
    if streaming is not None:
        report.sink = streaming
    lint_files(session, files, report, keep_text=keep, jobs=args.jobs)
    if streaming is not None:
        return _finish_stream(args, session, report)
    if "-" in args.paths and args.stdin_filename and session.excludes(Path(stdin_name)):
        report.excluded.append(stdin_name)  # as a named file there would be
    elif "-" in args.paths:
        data = args.piped.read()
        from seedlint.files import decode

        try:
            decoded = decode(data, stdin_name)
        except SeedlintError as exc:
            report.errors.append(exc)
        else:
            lint_one(
                session,
                Path(stdin_name),
                report,
                text=decoded.text,
                keep_text=keep,
                had_bom=decoded.had_bom,
            )
    report.diagnostics.sort(key=lambda d: d.sort_key)
    narrowed = _narrow(args, report)
    if narrowed is not None:
        return narrowed
    from seedlint.runner import _finish

    _finish(session, report, need_rules=args.format == "sarif")
    _emit(args, report)
    for err in report.errors:
        print(f"seedlint: error: {err}", file=sys.stderr)
    return report.exit_code(args.fail_on)


STREAM_FORMATS = ("text", "json-lines", "github")


def _streamable(args: argparse.Namespace) -> Callable[[Sequence[Diagnostic]], None] | None:
    """For line-oriented formats written to stdout with nothing that needs the whole
    report first (baselines, --changed-since, statistics, stdin), print each file's
    findings as soon as it is linted: memory then stays flat in the number of files."""
    if (
        args.format not in STREAM_FORMATS
        or args.statistics
        or args.output is not None
        or args.baseline is not None
        or args.write_baseline
        or args.changed_since is not None
        or "-" in args.paths
    ):
        return None
    from seedlint.formatters import get_line_formatter

    fmt = get_line_formatter(args.format)

    def sink(diagnostics: Sequence[Diagnostic]) -> None:
        sys.stdout.write("".join(fmt(d) + "\n" for d in diagnostics))

    return sink


def _finish_stream(args: argparse.Namespace, session: object, report: object) -> int:
    from seedlint.runner import Report, Session, _finish

    assert isinstance(report, Report) and isinstance(session, Session)
    _finish(session, report)
    if args.format == "text" and not args.quiet:
        from seedlint.formatters.text import summary

        lines = summary(report)
        if lines:
            sys.stdout.write("\n".join(lines) + "\n")
    elif args.format == "github":
        from seedlint.formatters.github import annotation

        for err in report.errors:
            sys.stdout.write(
                annotation("error", err.message, file=err.path, line=err.line, title="seedlint")
                + "\n"
            )
    for err in report.errors:
        print(f"seedlint: error: {err}", file=sys.stderr)
    return report.exit_code(args.fail_on)


def _emit(args: argparse.Namespace, report: object) -> None:
    from seedlint.formatters import FormatOptions, get_formatter
    from seedlint.runner import Report

    assert isinstance(report, Report)
    if args.statistics:
        from seedlint.formatters.statistics import render as stats

        as_json = args.format in ("json", "json-lines")
        _write(args, stats(report, FormatOptions(quiet=args.quiet, as_json=as_json)))
        return
    out = get_formatter(args.format)(
        report, FormatOptions(quiet=args.quiet, sources_by_path=report.texts)
    )
    _write(args, out)


def _write(args: argparse.Namespace, out: str) -> None:
    """The report to stdout, or with ``--output`` atomically to a file."""
    if args.output is None:
        sys.stdout.write(out)
        return
    from seedlint.outfile import write_atomic

    write_atomic(args.output, out)


def _not_written_to(args: argparse.Namespace, files: list[Path]) -> list[Path]:
    """``files`` without the file this run writes (``-o``, ``--write-baseline``): found in
    a folder, an earlier report is not a digest; named as an input (a digest, or a sidecar
    a digest reads), writing it would destroy it, so the run stops before anything."""
    targets = [t for t in (args.output, args.baseline if args.write_baseline else None) if t]
    if not targets:
        return files
    from seedlint.config import CONFIG_NAMES, resolved
    from seedlint.sources import sidecar_for

    named = {resolved(Path(p)) for p in args.paths if p != "-"}
    rule_dirs = {resolved(Path(d)) for d in args.rules}
    read = {resolved(Path(p)) for p in (args.config, args.sources) if p is not None}
    out = list(files)
    for target in targets:
        t = resolved(Path(target))
        if t.is_dir() or not t.exists():
            continue
        flag = "-o/--output" if target == args.output else "--baseline"
        if (
            t in read
            or t.name in CONFIG_NAMES
            or (t.parent in rule_dirs and t.suffix in (".yaml", ".yml"))
        ):
            raise SeedlintError(
                f"{flag} {target} is a config, rule or sources file; refusing to overwrite it"
            )
        for f in list(out):
            if f.name != t.name and not t.name.startswith(f.stem + ".sources."):
                continue  # cheap: only a file or sidecar of that name can be it
            rf = resolved(f)
            side = sidecar_for(f)
            if t == rf and t not in named:
                out.remove(f)  # our own earlier output, met in a folder
            elif t == rf or (side is not None and t == resolved(side)):
                raise SeedlintError(
                    f"{flag} {target} is one of the files being linted; refusing to overwrite it"
                )
    return out


def _shown(
    args: argparse.Namespace, files: Sequence[Path]
) -> Callable[[Sequence[Diagnostic], str], Sequence[Diagnostic]] | None:
    """For ``--fix``/``--diff``: what ``--changed-since`` and ``--baseline`` leave of a
    text's findings, so that a fix never touches what the report hides (an unchanged line
    in a pre-commit run, a finding the team has accepted).

    The original text decides: a fix can move lines (so git's line numbers no longer
    fit) or change the sentence a muted finding sits in (so the baseline no longer knows
    it), so in the later passes of ``--fix`` the findings hidden in the first stay
    hidden, known by rule and flagged text."""
    changes = None
    if args.changed_since is not None:
        from seedlint.gitdiff import changed_lines

        paths = list(files)
        if "-" in args.paths:
            paths.append(Path(args.stdin_filename or "-"))
        changes = changed_lines(args.changed_since, paths)
    mute = None
    if args.baseline is not None and not args.write_baseline:
        from seedlint.baseline import muter

        mute = muter(Path(args.baseline))  # a missing or broken baseline stops the run here
    if changes is None and mute is None:
        return None
    from collections import Counter

    hidden: dict[str, Counter[tuple[str, str]]] = {}

    def shown(diagnostics: Sequence[Diagnostic], text: str) -> Sequence[Diagnostic]:
        if not diagnostics:
            return diagnostics
        name = diagnostics[0].path
        if name in hidden:
            from seedlint.baseline import unaccounted

            return unaccounted(hidden[name].copy(), (((d.code, d.text), d) for d in diagnostics))
        kept = list(diagnostics)
        if changes is not None:
            from seedlint.gitdiff import keep_changed

            kept = keep_changed(kept, changes)
        if mute is not None:
            kept = mute(kept, text)
        hidden[name] = Counter((d.code, d.text) for d in diagnostics)
        hidden[name].subtract((d.code, d.text) for d in kept)
        return kept

    return shown


def _narrow(args: argparse.Namespace, report: object) -> int | None:
    """``--changed-since`` and ``--baseline``: drop old findings from the report; with
    ``--write-baseline``, record the findings instead and return the exit status."""
    from seedlint.runner import Report

    assert isinstance(report, Report)
    if args.write_baseline and args.baseline is None:
        raise SeedlintError("--write-baseline needs --baseline FILE (the file to write)")
    if args.changed_since is not None:
        from seedlint.gitdiff import changed_lines, keep_changed

        changes = changed_lines(args.changed_since, [Path(f) for f in report.files])
        report.diagnostics = keep_changed(report.diagnostics, changes)
    if args.baseline is None:
        return None
    from seedlint import baseline

    if args.write_baseline:
        n = baseline.write(args.baseline, report.diagnostics, report.texts)
        for err in report.errors:
            print(f"seedlint: error: {err}", file=sys.stderr)
        if not args.quiet:
            print(
                f"seedlint: recorded {n} finding{'s' if n != 1 else ''} in {args.baseline}",
                file=sys.stderr,
            )
        return EXIT_ERROR if report.errors else EXIT_OK
    kept, outcome = baseline.apply(args.baseline, report.diagnostics, report.texts, report.files)
    report.diagnostics = kept
    if not args.quiet and (outcome.muted or outcome.stale):
        note = f"seedlint: {outcome.muted} finding{'s' if outcome.muted != 1 else ''} muted by {args.baseline}"
        if outcome.stale:
            note += f"; {outcome.stale} recorded no longer occur (refresh with --write-baseline)"
        print(note, file=sys.stderr)
    return None


def _rules_info(args: argparse.Namespace, overrides: object) -> int:
    from seedlint.config import discover
    from seedlint.engine import RuleSet, rule_matches
    from seedlint.runner import Overrides, Session

    assert isinstance(overrides, Overrides)
    session = Session(overrides)
    start = Path(args.paths[0]) if args.paths else Path.cwd()
    _ = discover
    rs = RuleSet.build(session.config_for(start.resolve()))
    if args.check_examples:
        return _check_examples(rs.all_rules)
    if args.explain is not None:
        sel = args.explain.strip()
        # as this folder's config has them: its options and severity, or off
        configured = {r.code: (r, s) for r, s in rs.rules}
        matches = [
            configured.get(r.code, (r, None))
            for r in rs.all_rules
            if sel and (rule_matches(r, sel) or rule_matches(r, sel.upper()))
        ]
        if not matches:
            raise SeedlintError(f"no rule {args.explain!r} (see seedlint --list-rules)")
        sys.stdout.write("\n".join(r.explain(s, active=s is not None) for r, s in matches))
        return EXIT_OK
    active = {r.code for r, _ in rs.rules}
    sev = {r.code: s for r, s in rs.rules}
    if args.format in ("json", "json-lines"):
        import json

        rows = [
            {
                "code": r.code,
                "name": r.name,
                "kind": r.kind_name,
                "severity": str(sev.get(r.code, r.severity)),
                "enabled": r.code in active,
                "summary": _summary(r.description, limit=None),
            }
            for r in rs.all_rules
        ]
        if args.format == "json":
            out = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
        else:
            out = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        sys.stdout.write(out)
        return EXIT_OK
    if args.format not in ("text", "full"):
        raise SeedlintError(
            "--list-rules prints a table (--format text) or JSON (--format json or "
            f"json-lines), not {args.format}"
        )
    for r in rs.all_rules:
        on = "on " if r.code in active else "off"
        level = sev.get(r.code, r.severity)
        print(
            f"{r.code}  {r.name:<26} {on}  {level!s:<8} {r.kind_name:<20} {_summary(r.description)}"
        )
    return EXIT_OK


def _check_examples(rules: Sequence[Rule]) -> int:
    """Every loaded rule's examples, run: one line per example that misbehaves, then a
    count; exit 1 when any does (as findings do)."""
    from seedlint.examples import check_examples

    count, problems = check_examples(rules)
    for problem in problems:
        print(problem)
    ok = count - len(problems)
    print(f"{ok} of {count} example{'s' if count != 1 else ''} behave as their rule files say.")
    return EXIT_FINDINGS if problems else EXIT_OK


def _summary(description: str, limit: int | None = 90) -> str:
    """The first sentence of a rule's description; cut to ``limit`` characters."""
    text = " ".join(description.split())
    if text.lower().startswith("what it does:"):
        text = text[len("what it does:") :].strip()
    cut = text.find(". ")
    text = text if cut < 0 else text[: cut + 1]
    return text if limit is None or len(text) <= limit else text[: limit - 3] + "..."
