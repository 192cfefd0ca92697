"""Source registries: every format, ID quirks and errors."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.conftest import Result

from seedlint.errors import SeedlintError
from seedlint.sources import load_sources, sidecar_for


def test_yaml_mapping_under_sources_with_null(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_text('sources:\n  "38c5ecf8": {title: T, text: "Body"}\n  0e0947df: null\n')
    reg = load_sources(f)
    assert set(reg) == {"38c5ecf8", "0e0947df"}
    assert reg.text_of("38c5ecf8") == "Body"
    assert reg.text_of("0e0947df") is None


def test_unquoted_all_digit_ids_keep_their_digits(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_text("20327077: {text: a}\n01234567: {text: b}\n")
    reg = load_sources(f)
    assert set(reg) == {"20327077", "01234567"}


def test_list_of_objects_with_numeric_ids(tmp_path: Path) -> None:
    f = tmp_path / "s.yml"
    f.write_text("- id: 01234567\n  text: a\n- id: 20327077\n  title: 0123\n")
    reg = load_sources(f)
    assert set(reg) == {"01234567", "20327077"}
    assert reg["20327077"].title == "0123"  # as written, not octal 83


def test_json_and_jsonl(tmp_path: Path) -> None:
    j = tmp_path / "s.json"
    j.write_text(json.dumps([{"id": "aaaaaaaa", "text": "x"}]))
    assert set(load_sources(j)) == {"aaaaaaaa"}
    jl = tmp_path / "s.jsonl"
    jl.write_text('{"id": "bbbbbbbb", "title": "t"}\n\n{"id": "cccccccc"}\n')
    assert set(load_sources(jl)) == {"bbbbbbbb", "cccccccc"}


def test_directory_mixes_files_and_id_txt(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("sources:\n  aaaaaaaa: {text: x}\n")
    (tmp_path / "bbbbbbbb.txt").write_text("Text of b")
    reg = load_sources(tmp_path)
    assert reg.text_of("bbbbbbbb") == "Text of b"
    assert "aaaaaaaa" in reg


def test_duplicate_ids_with_different_content_name_both_places(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("sources:\n  aaaaaaaa: {text: x}\n")
    (tmp_path / "b.yaml").write_text("sources:\n  aaaaaaaa: {text: y}\n")
    with pytest.raises(SeedlintError) as exc:
        load_sources(tmp_path)
    msg = str(exc.value)
    assert "a.yaml:2" in msg and "b.yaml:2" in msg


def test_duplicate_ids_with_same_content_are_fine(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("sources:\n  aaaaaaaa: {text: x}\n")
    (tmp_path / "b.json").write_text('{"aaaaaaaa": {"text": "x"}}')
    assert len(load_sources(tmp_path)) == 1


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        ("bad.yaml", "sources:\n  a: [unclosed\n", "bad.yaml:"),
        ("bad.json", '{"a": ', "invalid JSON"),
        ("bad.jsonl", '{"id": "a"}\nnot json\n', "bad.jsonl:2"),
        ("dup.yaml", "aaaaaaaa: {}\naaaaaaaa: {}\n", "duplicate key"),
        ("scalar.yaml", "42\n", "sources file holds a mapping"),
        ("noid.yaml", "- title: no id\n", "no usable 'id'"),
    ],
)
def test_broken_sources_files_are_clear_errors(
    tmp_path: Path, name: str, content: str, expect: str
) -> None:
    f = tmp_path / name
    f.write_text(content)
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert expect in str(exc.value)


def test_sidecar_lookup(tmp_path: Path) -> None:
    digest = tmp_path / "d.txt"
    digest.write_text("x")
    assert sidecar_for(digest) is None
    side = tmp_path / "d.sources.jsonl"
    side.write_text("")
    assert sidecar_for(digest) == side


def test_non_utf8_sources_error_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_bytes(b'"38c5ecf8": {title: ok}\n"0e0947df": {title: "Caf\xe9"}\n')
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert exc.value.line == 2
    assert str(exc.value).startswith(f"{f}:2: not valid UTF-8 (byte 0xe9")
    # the byte offset counts the BOM, as for digests
    g = tmp_path / "38c5ecf8.txt"
    g.write_bytes(b"\xef\xbb\xbfline one\nline two\nbad \xff\n")
    with pytest.raises(SeedlintError) as exc:
        load_sources(tmp_path)
    assert exc.value.line == 3 and "byte offset 25" in str(exc.value)


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path: Path) -> None:
    # json.dumps(..., ensure_ascii=False) writes U+2028, U+2029 and U+0085 raw: they are
    # not line breaks of JSONL, and line numbers count "\n" only ("\r\n" accepted)
    text = "a\u2028b\u2029c\x85d"
    f = tmp_path / "s.jsonl"
    rows = [{"id": "38c5ecf8", "text": text}, {"id": "0e0947df", "title": "x\u2028y"}]
    body = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    f.write_text(body + "\r\n\r\nnot json\n", encoding="utf-8", newline="")
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert exc.value.line == 4
    f.write_text(body + "\n", encoding="utf-8", newline="")
    reg = load_sources(f)
    assert reg.text_of("38c5ecf8") == text
    assert reg["0e0947df"].title == "x\u2028y"
    assert reg["0e0947df"].origin == f"{f}:2"


@pytest.mark.parametrize(
    ("name", "content", "line", "first"),
    [
        ("s.json", '{\n "38c5ecf8": {"text": "a"},\n "38c5ecf8": {"text": "b"}\n}\n', 3, 2),
        ("s.json", '{"sources": {\n  "38c5ecf8": {"title": "a",\n    "title": "b"}}}', 3, 2),
        ("s.json", '[\n {"id": "38c5ecf8",\n  "id": "0e0947df"}\n]', 3, 2),
        ("s.jsonl", '{"id": "38c5ecf8"}\n{"id": "0e0947df", "text": "a", "text": "b"}\n', 2, 2),
    ],
)
def test_json_duplicate_keys_are_errors_with_their_line(
    tmp_path: Path, name: str, content: str, line: int, first: int
) -> None:
    exc = _load_error(tmp_path / name, content, line)
    assert f"(first on line {first})" in exc.value.message
    assert exc.value.message.startswith("duplicate key")


def _load_error(f: Path, content: str, line: int) -> pytest.ExceptionInfo[SeedlintError]:
    """Loading ``content`` from ``f`` fails with an error naming ``f`` and ``line``."""
    f.write_text(content)
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert exc.value.path == str(f) and exc.value.line == line
    return exc


@pytest.mark.parametrize("content", ["", "   \n\n", "\ufeff\n"])
def test_empty_json_is_an_empty_registry_like_yaml_and_jsonl(tmp_path: Path, content: str) -> None:
    for name in ("s.json", "s.yaml", "s.jsonl"):
        f = tmp_path / name
        f.write_text(content, encoding="utf-8")
        assert len(load_sources(f)) == 0


def test_json_sources_know_their_lines(tmp_path: Path) -> None:
    f = tmp_path / "s.json"
    f.write_text('{\n  "38c5ecf8": {"text": "a"},\n  "0e0947df": null\n}\n')
    reg = load_sources(f)
    assert reg["38c5ecf8"].origin == f"{f}:2" and reg["0e0947df"].origin == f"{f}:3"


@pytest.mark.parametrize(
    ("name", "content", "line", "key"),
    [
        ("s.yaml", 'name: my digest\nsources:\n  "38c5ecf8": null\n', 1, "name"),
        ("s.yaml", 'sources:\n  "38c5ecf8": null\nversion: 2\n', 3, "version"),
        ("s.json", '{"sources": {"38c5ecf8": null},\n "name": "my digest"}', 2, "name"),
        # a seedlint config given as sources: 'sources' is a path there
        ("s.yaml", "sources: srcdir/\nselect: [SL002]\n", 2, "select"),
    ],
)
def test_keys_beside_top_level_sources_are_errors(
    tmp_path: Path, name: str, content: str, line: int, key: str
) -> None:
    exc = _load_error(tmp_path / name, content, line)
    assert f"unknown top-level key {key!r} beside 'sources'" in exc.value.message


def test_a_source_called_sources_among_ids_is_the_flat_layout(tmp_path: Path) -> None:
    # 'sources' holding a text cannot be the wrapper, and the other keys are all IDs
    f = tmp_path / "s.yaml"
    f.write_text('sources: "Text of a source named sources"\n"38c5ecf8": null\n')
    assert set(load_sources(f)) == {"sources", "38c5ecf8"}


@pytest.mark.parametrize(
    ("content", "line", "expect"),
    [
        (
            "sources: 5\n",
            1,
            "'sources' holds a mapping of IDs or a list of objects with 'id', not an integer",
        ),
        ("sources: text\n", 1, "not a string"),
        ("42\n", None, "not an integer"),
        (
            '"38c5ecf8": 12\n',
            1,
            "source '38c5ecf8': expected a mapping with title/url/published/text (or null, or the text), got an integer",
        ),
        ('"38c5ecf8": [a]\n', 1, "got a list"),
        ('"38c5ecf8": true\n', 1, "got a boolean"),
        (
            "- id: 38c5ecf8\n- 12\n",
            None,
            "source entry 2: expected a mapping with id and title/url/published/text, got an integer",
        ),
        (
            "sources:\n  - [a]\n",
            None,
            "source entry 1: expected a mapping with id and title/url/published/text, got a list",
        ),
    ],
)
def test_type_errors_name_user_facing_types(
    tmp_path: Path, content: str, line: int | None, expect: str
) -> None:
    f = tmp_path / "s.yaml"
    f.write_text(content)
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert expect in exc.value.message and "Raw" not in exc.value.message
    assert exc.value.path == str(f) and exc.value.line == line


def test_hex_ids_are_lower_cased_when_loaded(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_text(
        "38C5ECF8: {text: a}\n0E0947DF: null\n20327077: null\n01234567: null\nReuters-7: null\n"
    )
    reg = load_sources(f)
    assert set(reg) == {"38c5ecf8", "0e0947df", "20327077", "01234567", "Reuters-7"}
    assert reg["38c5ecf8"].id == "38c5ecf8" and reg.text_of("38c5ecf8") == "a"
    # a look-up in upper case (a custom citation-pattern may allow it) finds it too
    assert "38C5ECF8" in reg and reg.text_of("38C5ECF8") == "a"
    assert "reuters-7" not in reg
    j = tmp_path / "s.jsonl"
    j.write_text('{"id": "ABCDEF12"}\n')
    assert set(load_sources(j)) == {"abcdef12"}
    d = tmp_path / "dir"
    d.mkdir()
    (d / "AAAABBBB.txt").write_text("body")
    assert load_sources(d).text_of("aaaabbbb") == "body"


def test_ids_differing_only_in_case_are_one_source(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_text('"38c5ecf8": {title: T}\n"38C5ECF8": {title: T}\n')
    reg = load_sources(f)
    assert list(reg) == ["38c5ecf8"] and reg["38c5ecf8"].title == "T"
    f.write_text('"38c5ecf8": {title: T}\n"38C5ECF8": {title: U}\n')
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert f"{f}:1 and {f}:2" in str(exc.value)


def test_upper_case_sidecar_key_matches_the_fixed_citation(tmp_path: Path) -> None:
    import seedlint

    digest = tmp_path / "d.txt"
    digest.write_text("Rail workers ended the strike [38C5ECF8].\n")
    (tmp_path / "d.sources.yaml").write_text("38C5ECF8: null\n")
    fixed = seedlint.fix_text(digest.read_text(), path=digest)
    assert "[38c5ecf8]" in fixed
    codes = {d.code for d in seedlint.lint_text(fixed, path=digest)}
    assert "SL002" not in codes


@pytest.mark.parametrize("index", ["000index.json", "zz.yaml"])  # read before or after the .txt
def test_folder_metadata_file_merges_with_id_txt(tmp_path: Path, index: str) -> None:
    meta = {"38c5ecf8": {"title": "T", "url": "https://x.test/a"}, "0e0947df": None}
    (tmp_path / index).write_text(json.dumps(meta))
    (tmp_path / "38c5ecf8.txt").write_text("Body of a\n")
    (tmp_path / "0e0947df.txt").write_text("Body of b")
    (tmp_path / "more.yaml").write_text(
        '"38c5ecf8": {published: "2024-10-25", text: "Body of a"}\n'
    )
    reg = load_sources(tmp_path)
    a = reg["38c5ecf8"]
    assert (a.title, a.url, a.published) == ("T", "https://x.test/a", "2024-10-25")
    assert (
        a.text is not None and a.text.strip() == "Body of a"
    )  # the same text, give or take a newline
    assert reg.text_of("0e0947df") == "Body of b"


@pytest.mark.parametrize(
    ("index", "field"),
    [
        ('"38c5ecf8": {text: "Other body"}\n', "text"),
        ('"38c5ecf8": {title: A}\n', "title"),
    ],
)
def test_folder_conflicts_name_both_files_and_the_field(
    tmp_path: Path, index: str, field: str
) -> None:
    (tmp_path / "38c5ecf8.txt").write_text("Body")
    (tmp_path / "index.yaml").write_text(index)
    (tmp_path / "other.yaml").write_text('"38c5ecf8": {title: B}\n')
    with pytest.raises(SeedlintError) as exc:
        load_sources(tmp_path)
    msg = exc.value.message
    assert f"source '38c5ecf8' is defined twice with different {field}:" in msg
    first, second = (
        ("38c5ecf8.txt", "index.yaml:1") if field == "text" else ("index.yaml:1", "other.yaml:1")
    )
    assert f"{tmp_path / first} and {tmp_path / second}" in msg
    # the error is about a sources file (its path and line), never left to be blamed on a digest
    assert exc.value.path == str(tmp_path / second.split(":")[0]) and exc.value.line == 1


def test_sources_conflict_is_reported_once_against_the_sources_file(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "38c5ecf8.txt").write_text("Body")
    (src / "index.yaml").write_text('"38c5ecf8": {text: "Other"}\n')
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Rail workers ended the strike [38c5ecf8].\n")
    r = run("--sources", str(src), str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert r.code == 2
    errors = [line for line in r.err.splitlines() if "defined twice" in line]
    assert len(errors) == 1, r.err
    assert errors[0].startswith(f"seedlint: error: {src / 'index.yaml'}:1: "), r.err


@pytest.fixture
def feed() -> Iterator[Callable[[bytes], str]]:
    """Pipes holding some bytes (closed for writing), as ``/dev/fd/N``, what ``<(cmd)``
    gives; the read ends are closed after the test."""
    import os

    ends: list[int] = []

    def make(data: bytes) -> str:
        r, w = os.pipe()
        ends.append(r)
        os.write(w, data)
        os.close(w)
        return f"/dev/fd/{r}"

    yield make
    for fd in ends:
        os.close(fd)


JSONL = b'{"id": "38c5ecf8", "title": "A"}\n{"id": "0e0947df", "text": "b"}\n'


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd")
@pytest.mark.parametrize(
    ("data", "expect"),
    [
        (JSONL, {"38c5ecf8", "0e0947df"}),
        (b'{"id": "38c5ecf8", "title": "A"}\n', {"38c5ecf8"}),  # one JSONL line
        (b'{"sources": {"38c5ecf8": null}}\n', {"38c5ecf8"}),  # JSON
        (b'[{"id": "38c5ecf8"}]', {"38c5ecf8"}),
        (b'"38c5ecf8": {title: A}\n', {"38c5ecf8"}),  # YAML
        (b"[38c5ecf8, {id: 0e0947df}]", None),  # YAML flow, not JSON: read as YAML
        (b"", set()),
    ],
)
def test_a_pipe_is_read_once_in_the_format_its_content_shows(
    feed: Callable[[bytes], str], data: bytes, expect: set[str] | None
) -> None:
    path = feed(data)
    if expect is None:
        with pytest.raises(SeedlintError, match="source entry has no usable 'id'"):
            load_sources(path)
        return
    reg = load_sources(path)
    assert set(reg) == expect
    if "0e0947df" in expect:
        assert reg.text_of("0e0947df") == "b" and reg["0e0947df"].origin == f"{path}:2"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs mkfifo")
def test_a_named_fifo_is_a_sources_file(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "s.jsonl"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as fh:
            fh.write(JSONL)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert set(load_sources(fifo)) == {"38c5ecf8", "0e0947df"}
    finally:
        writer.join(timeout=5)


def test_a_character_device_is_a_sources_file() -> None:
    if not Path("/dev/null").exists():
        pytest.skip("needs /dev/null")
    assert len(load_sources("/dev/null")) == 0


def test_a_pipe_resolved_to_its_proc_name_is_a_clear_error() -> None:
    import os

    with pytest.raises(SeedlintError) as exc:
        load_sources(f"/proc/{os.getpid()}/fd/pipe:[4026531840]")
    assert "sources path does not exist" in exc.value.message
    assert "pipe" in exc.value.message.split("does not exist", 1)[1]


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd")
def test_cli_reads_sources_from_a_pipe(
    run: Callable[..., Result], feed: Callable[[bytes], str], tmp_path: Path
) -> None:
    digest = tmp_path / "d.txt"
    digest.write_text("Rail workers ended the strike [38c5ecf9].\n")
    r = run("--sources", feed(b'{"38c5ecf8": null}\n'), str(digest))
    assert "did you mean 38c5ecf8?" in r.out, r.out + r.err


@pytest.mark.parametrize(
    ("key", "field"), [("txt", "text"), ("tittle", "title"), ("Text", "text"), ("texts", "text")]
)
def test_a_misspelt_field_is_an_error_not_dropped_metadata(
    tmp_path: Path, key: str, field: str
) -> None:
    f = tmp_path / "s.sources.yaml"
    f.write_text(f'"38c5ecf8":\n  url: https://example.org\n  {key}: "Rail workers struck."\n')
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert str(exc.value).startswith(f"{f}:3: source '38c5ecf8': unknown field {key!r}")
    assert f"did you mean {field!r}?" in str(exc.value)


def test_other_fields_are_kept_as_metadata(tmp_path: Path) -> None:
    f = tmp_path / "s.sources.yaml"
    f.write_text('"38c5ecf8": {text: "Rail workers struck.", links: [a, b], type: news}\n')
    assert load_sources(f).text_of("38c5ecf8") == "Rail workers struck."


@pytest.mark.parametrize("sid", ["38c5ecf", "zzzzzzzz", "38", "38c5ecf80"])
def test_an_id_no_citation_can_name_is_an_error(
    run: Callable[..., Result], tmp_path: Path, sid: str
) -> None:
    # a source listed one digit short used to be kept (SL002 then suggested it for the
    # citation); it is a typo in the sources file, reported there with its line
    digest = tmp_path / "d.txt"
    digest.write_text("Rail workers ended the strike [38c5ecf8].\n")
    side = tmp_path / "d.sources.yaml"
    side.write_text(f'"0e0947df": null\n"{sid}": null\n')
    r = run(str(digest))
    assert r.code == 2
    assert (
        f"seedlint: error: {side}:2: source ID '{sid}' is not 8 hex digits (like 38c5ecf8), "
        "so no citation can name it"
    ) in r.err, r.err
    # a list of objects, JSONL, and --sources are checked alike
    side.unlink()
    jsonl = tmp_path / "s.jsonl"
    jsonl.write_text(f'{{"id": "0e0947df"}}\n{{"id": "{sid}", "title": "T"}}\n')
    r = run("--sources", str(jsonl), str(digest))
    assert r.code == 2 and f"{jsonl}:2: source ID '{sid}'" in r.err, r.err


@pytest.mark.parametrize("sid", ["38C5ECF8", "20327077", "0e0947df"])
def test_citable_ids_are_accepted(run: Callable[..., Result], tmp_path: Path, sid: str) -> None:
    digest = tmp_path / "d.txt"
    digest.write_text(f"Rail workers ended the strike [{sid.lower()}].\n")
    (tmp_path / "d.sources.yaml").write_text(f"{sid}: null\n")
    r = run(str(digest), "--select", "SL002")
    assert r.code == 0, r.out + r.err


def test_ids_are_checked_against_the_configs_citation_pattern(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "seedlint.yaml").write_text("citation-pattern: 'AP-[0-9]{4}'\n")
    digest = tmp_path / "d.txt"
    digest.write_text("Rail workers ended the strike [AP-1234].\n")
    side = tmp_path / "d.sources.yaml"
    side.write_text('"AP-1234": null\n')
    assert run(str(digest), "--select", "SL002").code == 0
    side.write_text('"AP-1234": null\n"AP-123": null\n')
    r = run(str(digest), "--select", "SL002")
    assert r.code == 2
    assert (
        f"{side}:2: source ID 'AP-123' is not matched by the citation-pattern 'AP-[0-9]{{4}}'"
        in r.err
    ), r.err


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="needs /dev/stdin")
def test_piped_sources_reach_every_worker(tmp_path: Path) -> None:
    import subprocess
    import sys

    for i in range(24):  # enough files for two workers
        (tmp_path / f"d{i}.txt").write_text(f"Rail workers ended strike {i} [38c5ecf8].\n")
    outs = []
    for jobs in ("1", "2"):
        r = subprocess.run(
            [
                *(sys.executable, "-m", "seedlint", "--no-cache", "-j", jobs),
                *("--sources", "/dev/stdin", str(tmp_path), "--select", "SL002"),
            ],
            input=b'{"38c5ecf8": null}\n',
            capture_output=True,
            check=False,
        )
        outs.append((r.returncode, r.stdout))
    assert outs[0] == outs[1] and outs[0][0] == 0, outs


@pytest.mark.parametrize(
    ("field", "error"),
    [
        ("text: [a, b]", "source '38c5ecf8': 'text' must be a string or null, got a list"),
        # YAML reads 2024-13-45 as a date, which fails: the error says where, as others do
        (
            "published: 2024-13-45",
            "invalid date '2024-13-45' (month must be in 1..12); quote it to keep it as text",
        ),
    ],
)
def test_a_bad_field_value_is_an_error_with_its_line(
    tmp_path: Path, field: str, error: str
) -> None:
    f = tmp_path / "s.sources.yaml"
    f.write_text(f'"38c5ecf8":\n  title: A\n  {field}\n')
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert str(exc.value) == f"{f}:3: {error}"
    f.write_text('"38c5ecf8":\n  title: A\n  published: "2024-13-45"\n')
    assert load_sources(f)["38c5ecf8"].published == "2024-13-45"


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("text: 5", "'text' must be a string or null, got an integer; quote it"),
        ("url: 5", "'url' must be a string or null, got an integer; quote it"),
        ("url: 1.5", "'url' must be a string or null, got a number; quote it"),
        ("text: 2024-10-25", "'text' must be a string or null, got a date"),
        ("title: No", "'title' must be text or null, got a boolean; quote it"),
        ("title: {a: b}", "'title' must be text or null, got a mapping"),
    ],
)
def test_a_field_of_the_wrong_type_is_an_error(tmp_path: Path, field: str, message: str) -> None:
    f = tmp_path / "s.sources.yaml"
    f.write_text(f'"38c5ecf8":\n  title: A\n"0e0947df":\n  {field}\n')
    with pytest.raises(SeedlintError) as exc:
        load_sources(f)
    assert str(exc.value) == f"{f}:4: source '0e0947df': {message}"
    # in JSON alike
    j = tmp_path / "s.json"
    j.write_text('{"0e0947df": {"text": 5}}')
    with pytest.raises(SeedlintError, match="'text' must be a string or null, got an integer"):
        load_sources(j)


def test_numbers_and_dates_stay_accepted_where_they_make_sense(tmp_path: Path) -> None:
    f = tmp_path / "s.sources.yaml"
    f.write_text('"38c5ecf8": {title: 1984, published: 2024-10-25, url: null, text: null}\n')
    s = load_sources(f)["38c5ecf8"]
    assert (s.title, s.published, s.url, s.text) == ("1984", "2024-10-25", None, None)
