"""The memo: parse trees, word lists and compiled patterns kept between runs must give
back exactly what computing them afresh gives, and must never be trusted blindly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint import entity_lists, memo, regexstore, yamlutil
from seedlint.numerals import _FIGURE_SRC
from seedlint.yamlutil import LineDict, RawInt, load_yaml

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    "Officials said on March 3, 2024 that about $4.5 billion, or 12 percent, was spent.",
    "Dr. Elena Okafor, the WHO's envoy, met Meloni in Rome; two-thirds agreed [38c5ecf8].",
    "ΑΘΗΝΑ — Η κυβέρνηση ανακοίνωσε 3.000 νέες θέσεις. Straße, STRASSE, ǅemal, ﬁnal.",
    "",
]
PATTERNS = [
    (_FIGURE_SRC, regex.VERBOSE | regex.V1),
    (r"\b(?:the|a|an)[ \t]+\Z", regex.I | regex.REVERSE),
    (r"(?P<word>\p{Lu}\p{Ll}+)(?:\s+(?P=word))?", regex.V0),
    (r"(?i)strasse|final|\d{1,3}(?:[.,]\d{3})+", regex.V1),
]


def _matches(p: regex.Pattern[str]) -> list[object]:
    return [(m.span(), m.groups(), m.groupdict()) for t in TEXTS for m in p.finditer(t)]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "memo"
    memo.configure(folder, "test")
    regexstore._seen.clear()
    return folder


def _forbid_fresh_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(pattern: str, flags: int) -> None:
        raise AssertionError(f"compiled afresh instead of read from the store: {pattern[:40]!r}")

    monkeypatch.setattr(regexstore, "_compile_capturing", fail)


def test_stored_programs_match_exactly_like_fresh_compiles(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pattern, flags in PATTERNS:
        regexstore.compile(pattern, flags)
    assert len(list(store.rglob("*"))) > len(PATTERNS)  # entries and their folders
    regexstore._seen.clear()
    _forbid_fresh_compiles(monkeypatch)
    for pattern, flags in PATTERNS:
        stored = regexstore.compile(pattern, flags)
        fresh = regex.compile(pattern, flags)
        assert stored.groupindex == fresh.groupindex
        assert (stored.pattern, stored.flags) == (fresh.pattern, fresh.flags)
        assert _matches(stored) == _matches(fresh)
    assert _matches(regexstore.compile(PATTERNS[0][0], PATTERNS[0][1])) != []


@pytest.mark.parametrize(
    "damage",
    [b"not marshal data at all", b"", None],
    ids=["garbage", "empty", "someone-elses-pattern"],
)
def test_a_damaged_entry_is_compiled_afresh(store: Path, damage: bytes | None) -> None:
    import marshal

    pattern, flags = PATTERNS[2]
    regexstore.compile(pattern, flags)
    (entry,) = [p for p in store.rglob("*") if p.is_file()]
    entry.write_bytes(marshal.dumps(("other", 0, [1, 2, 3])) if damage is None else damage)
    regexstore._seen.clear()
    again = regexstore.compile(pattern, flags)
    assert _matches(again) == _matches(regex.compile(pattern, flags))
    assert entry.read_bytes() != damage  # and the entry is written again, whole


def test_without_a_folder_nothing_is_kept(tmp_path: Path) -> None:
    memo.configure(None)
    pattern, flags = PATTERNS[1]
    assert _matches(regexstore.compile(pattern, flags)) == _matches(regex.compile(pattern, flags))
    load_yaml("a: 1\n", "x.yaml")
    assert list(tmp_path.iterdir()) == []


YAML = """\
code: SL999
ids:
  0123abcd: {text: "Leading zero stays", count: 0123}
  20327077: plain digits
list:
  - 1
  - [2.5, true, null]
  - nested: {deep: yes}
"""


def _shape(value: object) -> object:
    """Everything a parse tree carries: types, values, raw ints and the line of each key."""
    if isinstance(value, LineDict):
        return ("map", value.line, value.key_lines, {k: _shape(v) for k, v in value.items()})
    if isinstance(value, RawInt):
        return ("int", int(value), value.raw)
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return (type(value).__name__, value)


def test_a_stored_parse_tree_keeps_lines_and_raw_ints(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = load_yaml(YAML, "r.yaml")
    assert fresh["ids"]["0123abcd"]["count"].raw == "0123"

    def fail(text: str, path: str) -> None:
        raise AssertionError("parsed afresh instead of read from the store")

    monkeypatch.setattr(yamlutil, "_parse", fail)
    stored = load_yaml(YAML, "r.yaml")
    assert _shape(stored) == _shape(fresh)
    assert stored["list"][2].line == 8  # "  - nested: …" is the 8th line


def test_a_rule_error_names_the_same_line_when_the_rule_file_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text(
        "code: XX001\nname: bad-rule\nkind: pattern\nseverity: warning\n"
        "message: m\ndescription: d\noptions:\n  tokens: [a]\n  scope: chapter\n"
    )
    digest = tmp_path / "d.txt"
    digest.write_text("Text [38c5ecf8].\n")
    monkeypatch.setenv("SEEDLINT_CACHE_DIR", str(tmp_path / "cache"))
    cmd = [sys.executable, "-m", "seedlint", "--rules", str(rules), str(digest)]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert first.returncode == second.returncode == 2
    assert "bad.yaml:9:" in first.stderr and "chapter" in first.stderr
    assert second.stderr == first.stderr
    assert list((tmp_path / "cache" / "memo").rglob("*"))  # the second run read a stored parse


def test_an_alias_bomb_is_parsed_but_not_stored(store: Path) -> None:
    levels = ["a: &a [" + ",".join(['"lol"'] * 9) + "]"]
    for prev, name in zip("abcde", "bcdef", strict=True):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    value = load_yaml("\n".join(levels) + "\n", "bomb.yaml")
    assert len(value["f"]) == 9  # 9**6 strings if unfolded: too many to store
    assert [p for p in store.rglob("*") if p.is_file()] == []


def test_stored_word_lists_equal_built_ones(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entity_lists.load_lists.cache_clear()
    built = entity_lists.load_lists()

    def fail(raw: object) -> None:
        raise AssertionError("built afresh instead of read from the store")

    monkeypatch.setattr(entity_lists, "_build_lists", fail)
    entity_lists.load_lists.cache_clear()
    stored = entity_lists.load_lists()
    entity_lists.load_lists.cache_clear()
    assert stored is not built
    assert stored._asdict() == built._asdict()


def _memo_entries(cache: Path) -> set[str]:
    return {str(p.relative_to(cache)) for p in (cache / "memo").rglob("*") if p.is_file()}


def test_runs_store_the_same_entries_whatever_the_hash_seed(tmp_path: Path) -> None:
    # Sets iterate in a different order under each PYTHONHASHSEED: a pattern built from
    # one would be stored again under a new key on every run, and never read back.
    cache = tmp_path / "cache"
    outputs, entries = [], []
    for seed in ("1", "2"):
        for stale in cache.glob("??"):
            if stale.is_dir():  # findings: drop them so the second run lints again
                import shutil

                shutil.rmtree(stale)
        env = dict(os.environ, SEEDLINT_CACHE_DIR=str(cache), PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-m", "seedlint", "--format", "json", "seeds"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        outputs.append(done.stdout)
        entries.append(_memo_entries(cache))
    assert outputs[0] == outputs[1]
    assert entries[0] == entries[1] and len(entries[0]) > 20


def test_a_process_keeps_only_a_few_sources_files_parsed(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Kept trees spare a one-file run the YAML import; a corpus would only fill the disk.
    from seedlint import sources

    monkeypatch.setattr(memo, "_spent", {})
    monkeypatch.setattr(memo, "PER_PROCESS", 3)
    files = []
    for i in range(5):
        f = tmp_path / f"d{i}.sources.yaml"
        f.write_text(f'sources:\n  "{i:08x}": {{text: "Text {i}."}}\n')
        files.append(f)
    for f in files:
        sources.load_sources(f)
    assert len([p for p in store.rglob("*") if p.is_file()]) == 3
    monkeypatch.setattr(yamlutil, "_parse", lambda text, path: pytest.fail("parsed again"))
    for f in files[:3]:
        assert sources.load_sources(f).text_of(f"{files.index(f):08x}") == (
            f"Text {files.index(f)}."
        )


def test_without_regex_internals_patterns_compile_plainly(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A `regex` release that reorganises its private modules must cost speed, not a crash.
    monkeypatch.setattr(regexstore, "_main", lambda: None)
    pattern, flags = PATTERNS[1]
    assert _matches(regexstore.compile(pattern, flags)) == _matches(regex.compile(pattern, flags))
    assert [p for p in store.rglob("*") if p.is_file()] == []


def test_without_a_loadable_engine_nothing_is_stored(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regexstore, "_engine", lambda: None)
    pattern, flags = PATTERNS[2]
    assert _matches(regexstore.compile(pattern, flags)) == _matches(regex.compile(pattern, flags))
    assert [p for p in store.rglob("*") if p.is_file()] == []


def test_only_the_first_dynamic_patterns_of_a_process_are_stored(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seedlint.kinds import entity_grounding as eg

    eg._name_pattern.cache_clear()
    monkeypatch.setattr(memo, "_spent", {"dynamic-pattern": memo.PER_PROCESS - 1})
    before = sum(1 for p in store.rglob("*") if p.is_file())
    first = eg._name_pattern("Quinlan Aerospace")
    second = eg._name_pattern("Meridian Holdings")
    after = sum(1 for p in store.rglob("*") if p.is_file())
    eg._name_pattern.cache_clear()
    assert after - before == 1  # the last one within the budget, not the one after it
    assert first.search("by quinlan aerospace's board") is not None
    assert second.search("Meridian Holdingsx") is None and second.search("MERIDIAN HOLDINGS.")


def test_flags_are_regexs_own() -> None:
    for name in ("IGNORECASE", "DOTALL", "VERBOSE", "V1", "REVERSE", "V0"):
        assert getattr(regexstore, name) == int(getattr(regex, name)), name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_escape_is_regexs_own(text: str) -> None:
    assert regexstore.escape(text) == regex.escape(text)


def test_invalid_patterns_raise_pattern_error(store: Path) -> None:
    for use_store in (True, False):
        memo.configure(store if use_store else None, "test")
        with pytest.raises(regexstore.PatternError, match="missing \\)"):
            regexstore.compile("(unclosed")


WARM_RUN = """
import sys
from seedlint.cli import main
code = main(sys.argv[1:])
print(sorted(m for m in sys.modules if m == "regex" or m.startswith("regex.")))
sys.exit(code)
"""


def test_a_run_with_every_program_stored_loads_only_the_engine(tmp_path: Path) -> None:
    # The pre-commit case: the memo holds every program, so the `regex` package (its
    # Python compiler, ~7 ms to import) stays unloaded; the findings are the same.
    digest = tmp_path / "d.txt"
    digest.write_text(
        "Dr. Elena Okafor of the WHO said 12 percent, about $4.5 billion, was spent"
        " [38c5ecf8]. <!-- seedlint-disable relative-time --> Recently (c0ffee03).\n"
        "Okafor later said 14 percent [38c5ecf8].\n",
        encoding="utf-8",
    )
    (tmp_path / "d.sources.yaml").write_text(
        'sources:\n  "38c5ecf8": {title: T, text: "Elena Okafor said 12 percent."}\n',
        encoding="utf-8",
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-c", WARM_RUN, "--format", "json", *args, "d.txt"]
        env = {k: v for k, v in os.environ.items() if k != "SEEDLINT_CACHE_DIR"}
        return subprocess.run(
            cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
        )

    plain = run("--no-cache")
    first = run()  # fills the memo
    for entry in (tmp_path / ".seedlint_cache").iterdir():
        if entry.is_dir() and entry.name != "memo":
            shutil.rmtree(entry)  # as after an edit: the findings are not stored
    warm = run()
    out = [p.stdout.rsplit("\n", 2) for p in (plain, first, warm)]
    assert plain.returncode == first.returncode == warm.returncode == 1, warm.stderr
    assert out[0][0] == out[1][0] == out[2][0] and "SL003" in out[2][0]
    assert "regex._main" in out[0][1]
    assert out[2][1] == "['regex._regex']"
