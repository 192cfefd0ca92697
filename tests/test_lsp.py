"""The language server, driven over stdio with hand-written JSON-RPC messages."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from seedlint.lsp import LineIndex

SRC = Path(__file__).resolve().parent.parent / "src"
TIMEOUT = 20.0  # seconds for any one answer; the whole test can never hang


# -- position arithmetic (no pygls needed) ----------------------------------------------


def test_editor_lint_keeps_the_other_rules_when_one_fails(tmp_path: Path, slow_rules: Path) -> None:
    from seedlint.lsp import lint_for_editor

    (tmp_path / "seedlint.yaml").write_text(f"rules: [{slow_rules.name}]\n")
    text = "a" * 60 + "! Officials met in order to agree [38C5ECF8].\n"
    linted = lint_for_editor(text, str(tmp_path / "x.md"))
    assert len(linted.failures) == 1 and "X001" in linted.failures[0]
    assert {"SL003", "SL103"} <= {d.code for d in linted.diagnostics}  # the others ran


def test_a_timed_out_rule_stays_off_and_says_so_but_only_in_its_own_project(
    tmp_path: Path, slow_rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seedlint import lsp

    monkeypatch.setattr(lsp, "_TIMED_OUT", {})
    (tmp_path / "seedlint.yaml").write_text(f"rules: [{slow_rules.name}]\n")
    # another project whose own rule X001 has nothing to do with the slow one
    other = tmp_path / "other"
    (other / "r2").mkdir(parents=True)
    (other / "seedlint.yaml").write_text("rules: [r2]\n")
    (other / "r2" / "x.yaml").write_text(
        "code: X001\nname: other-rule\nkind: pattern\nseverity: info\nmessage: m\n"
        "description: d\noptions:\n  tokens: [banana]\n"
    )
    slow = "a" * 60 + "! Officials met [38c5ecf8].\n"
    first = lsp.lint_for_editor(slow, str(tmp_path / "x.md"))
    again = lsp.lint_for_editor(slow + "More.\n", str(tmp_path / "x.md"))
    assert first.failures and again.failures == first.failures  # still said, not silent
    banana = lsp.lint_for_editor("Officials ate a banana [38c5ecf8].\n", str(other / "b.md"))
    assert [d.rule for d in banana.diagnostics if d.code == "X001"] == ["other-rule"]
    assert banana.failures == ()
    # a file the rule does not apply to (per-file-ignores) is not told about it
    (tmp_path / "seedlint.yaml").write_text(
        f"rules: [{slow_rules.name}]\nper-file-ignores: {{'quiet.md': [X001]}}\n"
    )
    assert lsp.lint_for_editor(slow, str(tmp_path / "quiet.md")).failures == ()


def test_editor_lint_gives_a_bad_directive_its_line(tmp_path: Path) -> None:
    from seedlint.lsp import lint_for_editor

    text = "Officials met [38c5ecf8].\n\n<!-- seedlint-disabel SL103 -->\nThey met again.\n"
    linted = lint_for_editor(text, str(tmp_path / "x.md"))
    assert linted.failure_lines == (3,) and "seedlint-disabel" in linted.failures[0]


def test_editor_lint_leaves_files_the_config_excludes(tmp_path: Path) -> None:
    from seedlint.lsp import lint_for_editor

    (tmp_path / "seedlint.yaml").write_text("exclude: [archive]\n")
    (tmp_path / "archive").mkdir()
    text = "Officials met in order to agree [38C5ECF8].\n"
    assert lint_for_editor(text, str(tmp_path / "archive" / "x.md")).diagnostics == []
    assert lint_for_editor(text, str(tmp_path / "x.md")).diagnostics  # elsewhere: linted


def test_line_index_utf16_counts_astral_characters_twice() -> None:
    text = "a\U0001f600b\r\nc\u00e9d\rx"
    ix = LineIndex(text)
    assert ix.position(0) == (0, 0)
    assert ix.position(2) == (0, 3)  # after the emoji: 1 + 2 code units
    assert ix.position(3) == (0, 4)
    assert ix.position(5) == (1, 0)  # after \r\n
    assert ix.position(8) == (1, 3)
    assert ix.position(9) == (2, 0)  # a lone \r ends a line too
    assert ix.offset(0, 3) == 2
    assert ix.offset(1, 3) == 8
    assert ix.offset(0, 99) == 3  # clamped to the line's end, before \r\n
    assert LineIndex(text, "utf-8").position(2) == (0, 5)
    assert LineIndex(text, "utf-32").position(2) == (0, 2)


# -- the server over stdio --------------------------------------------------------------


class Client:
    def __init__(self, cwd: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "seedlint", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.inbox.put(json.loads(out.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        msg = self.wait(lambda m: m.get("id") == rid and "method" not in m)
        assert "error" not in msg, msg
        return msg.get("result")

    def wait(self, pred: Any) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("no answer from the language server in time")
            try:
                msg = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if msg is None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise AssertionError(f"the language server exited: {err}")
            if "method" in msg and "id" in msg:  # a request from the server: answer it
                self.send({"id": msg["id"], "result": None})
                continue
            if pred(msg):
                return msg

    def close(self) -> int:
        try:
            if self.proc.poll() is None:
                self.request("shutdown", None)
                self.notify("exit", {})
            return self.proc.wait(timeout=TIMEOUT)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(timeout=TIMEOUT)


LINE1 = "Caf\u00e9 \U0001f600 officials raised concerns about the talks [38C5ECF8] today."
# "[" is code point 49 of line 1; "Café 😀 " has 7 code points but 8 UTF-16 units.
START_UTF16, END_UTF16 = 50, 60
LINE2 = "Officials said the agency would review the contracts (0e0947df) soon."
# "(0e0947df)" spans characters 53-63 of line 2; fixable because the sidecar knows the ID.


@pytest.mark.slow
def test_server_publishes_diagnostics_and_quick_fixes(tmp_path: Path) -> None:
    pytest.importorskip("pygls", reason="the language server needs pygls (seedlint[lsp])")
    assert LINE1.index("[") == 49
    digest = tmp_path / "digest.md"
    (tmp_path / "digest.sources.yaml").write_text("38c5ecf8: null\n0e0947df: null\n")
    text = "# Digest\n" + LINE1 + "\n" + LINE2 + "\n"
    digest.write_text(text, encoding="utf-8")
    uri = digest.as_uri()
    client = Client(tmp_path)
    try:
        result = client.request(
            "initialize",
            {"processId": os.getpid(), "rootUri": tmp_path.as_uri(), "capabilities": {}},
        )
        caps = result["capabilities"]
        assert caps["codeActionProvider"] and caps["hoverProvider"]
        client.notify("initialized", {})
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
        )
        msg = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        assert msg["params"]["uri"] == uri
        diags = [d for d in msg["params"]["diagnostics"] if d["code"] == "SL003"]
        assert len(diags) == 2
        d, paren = diags
        assert paren["range"] == {
            "start": {"line": 2, "character": 53},
            "end": {"line": 2, "character": 63},
        }
        assert d["range"] == {
            "start": {"line": 1, "character": START_UTF16},
            "end": {"line": 1, "character": END_UTF16},
        }
        assert d["severity"] == 1 and d["source"] == "seedlint"

        actions = client.request(
            "textDocument/codeAction",
            {
                "textDocument": {"uri": uri},
                "range": d["range"],
                "context": {"diagnostics": [d], "only": ["quickfix"]},
            },
        )
        assert len(actions) == 1
        action = actions[0]
        assert action["kind"] == "quickfix"
        assert action["edit"]["changes"][uri] == [{"range": d["range"], "newText": "[38c5ecf8]"}]

        hover = client.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": 1, "character": START_UTF16 + 2}},
        )
        value = hover["contents"]["value"]
        assert value.startswith("Malformed citation (upper-case hex digits)")  # narrowest first
        assert "SL003 malformed-citation" in value

        actions = client.request(
            "textDocument/codeAction",
            {
                "textDocument": {"uri": uri},
                "range": {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}},
                "context": {"diagnostics": []},
            },
        )
        quick = [a for a in actions if a["kind"] == "quickfix"]
        assert [a["edit"]["changes"][uri][0]["newText"] for a in quick] == [
            "[38c5ecf8]",
            "[0e0947df]",
        ]
        assert quick[1]["edit"]["changes"][uri][0]["range"] == paren["range"]
        (fix_all,) = [a for a in actions if a["kind"] == "source.fixAll"]
        (whole,) = fix_all["edit"]["changes"][uri]
        assert whole["newText"] == text.replace("[38C5ECF8]", "[38c5ecf8]").replace(
            "(0e0947df)", "[0e0947df]"
        )

        fixed = LINE1.replace("[38C5ECF8]", "[38c5ecf8]")
        client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [{"text": "# Digest\n" + fixed + "\n" + LINE2 + "\n"}],
            },
        )
        msg = client.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"].get("version") == 2
            )
        )
        left = [d for d in msg["params"]["diagnostics"] if d["code"] == "SL003"]
        assert [d["range"] for d in left] == [paren["range"]]
    finally:
        rc = client.close()
    assert rc == 0


@pytest.mark.slow
@pytest.mark.parametrize("shutdown", [True, False])
def test_exit_code_says_whether_shutdown_came_first(tmp_path: Path, shutdown: bool) -> None:
    pytest.importorskip("pygls", reason="the language server needs pygls (seedlint[lsp])")
    client = Client(tmp_path)
    try:
        client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        client.notify("initialized", {})
        if shutdown:
            client.request("shutdown", None)
        client.notify("exit", {})
        rc = client.proc.wait(timeout=TIMEOUT)
    finally:
        if client.proc.poll() is None:
            client.proc.kill()
            client.proc.wait(timeout=TIMEOUT)
    assert rc == (0 if shutdown else 1)


def test_missing_pygls_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(
        "import sys\n"
        "class _Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('pygls', 'lsprotocol'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, _Block())\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(blocker), str(SRC)])
    proc = subprocess.run(
        [sys.executable, "-m", "seedlint", "lsp"],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 2
    assert "pip install 'seedlint[lsp]'" in proc.stderr
    assert "Traceback" not in proc.stderr
