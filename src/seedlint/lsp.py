"""``seedlint lsp``: a language server that lints digests as they are edited.

Diagnostics on open, change and save; quick fixes for every finding with a safe fix
(and a "fix all" source action); hover on a finding shows the rule's explanation.
Sources come from the sidecar beside the file on disk, as on the command line.

pygls is imported only here (``pip install 'seedlint[lsp]'``); the position arithmetic
below is plain Python so that it can be tested without it.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from seedlint import __version__
from seedlint.diagnostics import Diagnostic, Severity
from seedlint.errors import SeedlintError

INSTALL_HINT = "pip install 'seedlint[lsp]'"
BOM = "\ufeff"
F = TypeVar("F", bound=Callable[..., Any])


class LineIndex:
    """Code-point offsets ↔ LSP positions (0-based line, character in the negotiated
    encoding: UTF-16 code units by default, or UTF-8 bytes, or UTF-32 code points).

    Lines end at ``\\r\\n``, ``\\n`` or ``\\r``, as the protocol defines."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        starts = [0]
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 2
                starts.append(i)
                continue
            i += 1
            if ch in "\r\n":
                starts.append(i)
        self.starts = starts

    def _units(self, s: str) -> int:
        if self.encoding == "utf-8":
            return len(s.encode("utf-8", "surrogatepass"))
        if self.encoding == "utf-32":
            return len(s)
        return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, self._units(self.text[self.starts[line] : offset])

    def offset(self, line: int, character: int) -> int:
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        units = 0
        for i in range(start, end):
            if units >= character or self.text[i] in "\r\n":
                return i
            units += self._units(self.text[i])
        return end


class Linted(NamedTuple):
    """The last lint of one open document."""

    text: str
    index: LineIndex  # type: ignore[assignment]  # the field hides tuple.index
    diagnostics: list[Diagnostic]
    explanations: dict[str, str]
    shift: int = 0  # 1 when the editor's text starts with a BOM we did not lint
    failures: tuple[str, ...] = ()  # rules that failed on this text (the others ran)
    # the 1-based line of each failure, where it has one (a bad inline directive)
    failure_lines: tuple[int | None, ...] = ()


def lint_for_editor(text: str, path: str | None, encoding: str = "utf-16") -> Linted:
    """Lint an editor buffer; ``path`` (when the buffer is a file) finds the config and
    sidecar as the command line would."""
    from seedlint.config import Config
    from seedlint.runner import AUTO, Session

    shift = 1 if text.startswith(BOM) else 0
    body = text[shift:]
    failed: list[SeedlintError] = []  # as on the command line: one rule, not the file
    if path is None:
        session = Session(config=Config())
        session.timed_out = _TIMED_OUT
        diags, _ = session.lint_text(body, "<untitled>", sources=None, errors=failed)
    else:
        from pathlib import Path

        from seedlint.files import excluded_anywhere

        session = Session()
        session.timed_out = _TIMED_OUT
        if excluded_anywhere(Path(path), session.config_for):
            # as on the command line: the config's exclude leaves this file alone
            return Linted(text, LineIndex(text, encoding), [], {}, shift)
        diags, _ = session.lint_text(body, path, sources=AUTO, errors=failed)
    from seedlint.engine import timeout_key

    explanations: dict[str, str] = {}
    for rs in session._rulesets.values():
        for r in rs.all_rules:
            explanations.setdefault(r.code, r.explain())
        applies = rs.for_path(path) if path is not None else rs.rules
        for r, _ in applies:
            # a rule off since it ran out of time says so on every lint, not only the first
            why = _TIMED_OUT.get(timeout_key(r))
            if why is not None and not any(e.message == why for e in failed):
                failed.append(SeedlintError(why))
    first = {e.message: e.line for e in reversed(failed)}  # each message's first line
    problems = tuple(dict.fromkeys(e.message for e in failed))
    lines = tuple(first[m] for m in problems)
    return Linted(text, LineIndex(text, encoding), diags, explanations, shift, problems, lines)


# Rules that ran out of time, for the server's life: a user regex that timed out once
# would cost its time limit again on every keystroke's lint (EDITOR.md says so).
_TIMED_OUT: dict[str, str] = {}  # engine.timeout_key(rule) -> the message


def is_digest(path: str | None, uri: str, language_id: str | None = None) -> bool:
    """Files named ``*.txt``/``*.md``/``*.markdown``; unsaved buffers by language."""
    from seedlint.files import DIGEST_SUFFIXES

    if path is None and language_id in ("markdown", "plaintext", "text"):
        return True
    name = path if path is not None else uri
    return name.lower().endswith(DIGEST_SUFFIXES)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the server on stdin/stdout (the only transport)."""
    parser = argparse.ArgumentParser(
        prog="seedlint lsp", description="Run the seedlint language server over stdio."
    )
    parser.add_argument("--stdio", action="store_true", help="use stdin/stdout (the default)")
    parser.add_argument("--version", action="version", version=f"seedlint {__version__}")
    parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        server = build_server()
    except ImportError:
        print(
            f"seedlint: error: the language server needs pygls; install it with: {INSTALL_HINT}",
            file=sys.stderr,
        )
        return 2
    server.start_io()
    # The protocol's rule: exit code 0 only after a "shutdown" request, else 1 (the client
    # sent "exit" alone, or went away); pygls decides it but its exit can be swallowed.
    protocol = getattr(server, "protocol", None) or getattr(server, "lsp", None)  # pygls 2, 1.3
    return 0 if getattr(protocol, "_shutdown", True) else 1


def build_server() -> Any:
    """The pygls server with seedlint's features (raises ImportError without pygls)."""
    import importlib

    from lsprotocol import types as t
    from pygls.uris import to_fs_path

    try:
        module = importlib.import_module("pygls.lsp.server")  # pygls 2
    except ImportError:
        module = importlib.import_module("pygls.server")  # pygls 1.3
    LanguageServer: Any = module.LanguageServer

    server = LanguageServer(
        "seedlint", __version__, text_document_sync_kind=t.TextDocumentSyncKind.Full
    )
    state: dict[str, Linted] = {}
    # the "fix all" of each document's last lint: (that lint, the fixed text, fix count)
    fixed_all: dict[str, tuple[Linted, str, int]] = {}
    severity = {
        Severity.ERROR: t.DiagnosticSeverity.Error,
        Severity.WARNING: t.DiagnosticSeverity.Warning,
        Severity.INFO: t.DiagnosticSeverity.Information,
    }

    def feature(method: str, options: Any = None) -> Callable[[F], F]:
        deco: Callable[[F], F] = (
            server.feature(method) if options is None else server.feature(method, options)
        )
        return deco

    def publish(params: t.PublishDiagnosticsParams) -> None:
        if hasattr(server, "text_document_publish_diagnostics"):
            server.text_document_publish_diagnostics(params)
        else:  # pygls 1.3
            server.publish_diagnostics(params.uri, params.diagnostics, params.version)

    def encoding() -> str:
        enc = server.workspace.position_encoding
        value = getattr(enc, "value", enc)
        return str(value) if value else "utf-16"

    def rng(ix: LineIndex, start: int, end: int) -> t.Range:
        (sl, sc), (el, ec) = ix.position(start), ix.position(end)
        return t.Range(
            start=t.Position(line=sl, character=sc), end=t.Position(line=el, character=ec)
        )

    def to_lsp(linted: Linted, d: Diagnostic) -> t.Diagnostic:
        s = linted.shift
        return t.Diagnostic(
            range=rng(linted.index, d.start + s, d.end + s),
            message=d.message,
            severity=severity[d.severity],
            code=d.code,
            source="seedlint",
            data={"rule": d.rule, "fixable": d.fix is not None},
        )

    def validate(uri: str) -> None:
        doc = server.workspace.get_text_document(uri)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if not is_digest(path, uri, getattr(doc, "language_id", None)):
            return
        try:
            linted = lint_for_editor(doc.source, path, encoding())
        except SeedlintError as exc:
            state.pop(uri, None)
            problem = t.Diagnostic(
                range=t.Range(
                    start=t.Position(line=0, character=0), end=t.Position(line=0, character=0)
                ),
                message=f"seedlint cannot lint this file: {exc}",
                severity=t.DiagnosticSeverity.Error,
                source="seedlint",
            )
            publish(t.PublishDiagnosticsParams(uri=uri, diagnostics=[problem], version=doc.version))
            return
        state[uri] = linted

        def where(line: int | None) -> t.Range:
            # the failure's own line (a bad directive), else the top of the file; the line
            # counts the editor's text, where a BOM does not start a line of its own
            at = t.Position(line=max(0, (line or 1) - 1), character=0)
            return t.Range(start=at, end=at)

        failed = [
            t.Diagnostic(
                range=where(line),
                message=f"seedlint: {m}",
                severity=t.DiagnosticSeverity.Error,
                source="seedlint",
            )
            for m, line in zip(
                linted.failures,
                linted.failure_lines or (None,) * len(linted.failures),
                strict=True,
            )
        ]
        publish(
            t.PublishDiagnosticsParams(
                uri=uri,
                diagnostics=failed + [to_lsp(linted, d) for d in linted.diagnostics],
                version=doc.version,
            )
        )

    def revalidate_all() -> None:
        for uri in list(server.workspace.text_documents):
            validate(uri)

    def after_edit(uri: str) -> None:
        from seedlint.config import CONFIG_NAMES
        from seedlint.sources import is_sidecar

        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path is not None and (is_sidecar(Path(path)) or Path(path).name in CONFIG_NAMES):
            revalidate_all()  # sources or config changed: every open digest may change
        else:
            validate(uri)

    @feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: t.DidOpenTextDocumentParams) -> None:
        validate(params.text_document.uri)

    @feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: t.DidChangeTextDocumentParams) -> None:
        validate(params.text_document.uri)

    @feature(t.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: t.DidSaveTextDocumentParams) -> None:
        after_edit(params.text_document.uri)

    @feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: t.DidCloseTextDocumentParams) -> None:
        state.pop(params.text_document.uri, None)
        fixed_all.pop(params.text_document.uri, None)
        publish(t.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    def overlaps(a: t.Range, b: t.Range) -> bool:
        a0, a1 = (a.start.line, a.start.character), (a.end.line, a.end.character)
        b0, b1 = (b.start.line, b.start.character), (b.end.line, b.end.character)
        return a0 <= b1 and b0 <= a1

    @feature(
        t.TEXT_DOCUMENT_CODE_ACTION,
        t.CodeActionOptions(
            code_action_kinds=[t.CodeActionKind.QuickFix, t.CodeActionKind.SourceFixAll]
        ),
    )
    def code_action(params: t.CodeActionParams) -> list[t.CodeAction]:
        uri = params.text_document.uri
        linted = state.get(uri)
        if linted is None:
            return []
        only = params.context.only
        actions: list[t.CodeAction] = []
        fixable = [d for d in linted.diagnostics if d.fix is not None]
        want_quick = not only or any(str(k).startswith("quickfix") for k in only)
        for d in fixable if want_quick else []:
            diag = to_lsp(linted, d)
            if not overlaps(diag.range, params.range):
                continue
            assert d.fix is not None
            s = linted.shift
            edits = [
                t.TextEdit(range=rng(linted.index, e.start + s, e.end + s), new_text=e.replacement)
                for e in d.fix.edits
            ]
            actions.append(
                t.CodeAction(
                    title=f"{d.code}: {d.fix.description}",
                    kind=t.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    edit=t.WorkspaceEdit(changes={uri: edits}),
                    is_preferred=True,
                )
            )
        want_all = not only or any(
            str(k) in ("source", "source.fixAll") or str(k).startswith("source.fixAll")
            for k in only
        )
        if fixable and want_all:
            from seedlint.fixes import fix_until_stable

            path = to_fs_path(uri) if uri.startswith("file:") else None
            body = linted.text[linted.shift :]

            def relint(text: str) -> list[Diagnostic]:
                return lint_for_editor(text, path, "utf-32").diagnostics

            # editors ask on every cursor move: fix the same text once, not each time
            done = fixed_all.get(uri)
            if done is not None and done[0] is linted:
                new, count = done[1], done[2]
            else:
                new, count = fix_until_stable(body, relint)
                fixed_all[uri] = (linted, new, count)
            if count and new != body:
                whole = rng(linted.index, linted.shift, len(linted.text))
                actions.append(
                    t.CodeAction(
                        title=f"Fix all seedlint problems ({count})",
                        kind=t.CodeActionKind.SourceFixAll,
                        edit=t.WorkspaceEdit(
                            changes={uri: [t.TextEdit(range=whole, new_text=new)]}
                        ),
                    )
                )
        return actions

    @feature(t.TEXT_DOCUMENT_HOVER)
    def hover(params: t.HoverParams) -> t.Hover | None:
        linted = state.get(params.text_document.uri)
        if linted is None:
            return None
        pos = (params.position.line, params.position.character)
        hits: list[tuple[int, Diagnostic, t.Range]] = []
        for d in linted.diagnostics:
            r = to_lsp(linted, d).range
            if (r.start.line, r.start.character) <= pos <= (r.end.line, r.end.character):
                hits.append((d.end - d.start, d, r))
        hits.sort(key=lambda h: h[0])  # the narrowest finding first
        texts: dict[str, None] = {}
        for _, d, _r in hits:
            if d.code in linted.explanations:
                texts.setdefault(f"{d.message}\n\n{linted.explanations[d.code]}", None)
        if not texts:
            return None
        value = "\n----\n\n".join(texts)
        return t.Hover(
            contents=t.MarkupContent(kind=t.MarkupKind.PlainText, value=value), range=hits[0][2]
        )

    return server
