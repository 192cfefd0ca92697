"""The source registry: the articles a digest cites, by ID, with their text if known.

Formats: YAML/JSON ``{sources: {ID: {...}}}`` or ``{ID: {...}}``, a list of objects with
``id``, JSONL (one object a line), or a directory of those plus ``ID.txt`` text files.
Hex IDs are kept in lower case. An ID defined in several places (a folder's ``index.yaml``
with the title, ``ID.txt`` with the text) is one source, unless two values of a field
differ."""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from seedlint import memo
from seedlint.errors import SeedlintError
from seedlint.yamlutil import LineDict, RawInt, type_words

SIDECAR_SUFFIXES = (".sources.yaml", ".sources.yml", ".sources.json", ".sources.jsonl")
_FIELDS = ("title", "url", "published", "text")


class Source(NamedTuple):
    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    text: str | None = None
    origin: str = ""  # "path:line", for error messages

    def content(self) -> tuple[str | None, ...]:
        return (self.title, self.url, self.published, self.text)


def normalize_id(source_id: str) -> str:
    """A hex ID in lower case, as citations write it ('38C5ECF8' is '38c5ecf8'); any other
    ID as written (all-digit IDs, leading zeros included, are unchanged either way)."""
    if source_id.islower() or not _HEX_ID.fullmatch(source_id):
        return source_id
    return source_id.lower()


_HEX_ID = re.compile(r"[0-9A-Fa-f]+")


class SourceRegistry(Mapping[str, Source]):
    """IDs to sources. ``origin`` names where the registry came from. Hex IDs are kept in
    lower case (:func:`normalize_id`), and looked up in any case."""

    def __init__(self, sources: Iterable[Source] = (), origin: str = "") -> None:
        self.origin = origin
        self._by_id: dict[str, Source] = {}
        # where a merged source's fields came from, when not from its first definition
        self._origins: dict[str, dict[str, str]] = {}
        for s in sources:
            self.add(s)

    def add(self, source: Source) -> None:
        """Add ``source``. A second definition of its ID merges into the first: one may
        give the text (an ``ID.txt``), another the title, URL or date, and ``null`` adds
        nothing. Two different values of one field (texts compared without the
        whitespace around them) are an error naming both places."""
        sid = normalize_id(source.id)
        if sid != source.id:
            source = source._replace(id=sid)
        old = self._by_id.get(sid)
        if old is None:
            self._by_id[sid] = source
            return
        origins = self._origins.setdefault(sid, {})
        merged: dict[str, str] = {}
        for field in _FIELDS:
            new_value: str | None = getattr(source, field)
            old_value: str | None = getattr(old, field)
            if new_value is None:
                continue
            if old_value is None:
                merged[field] = new_value
                origins[field] = source.origin
            elif old_value != new_value and old_value.strip() != new_value.strip():
                path, line = _split_origin(source.origin)
                raise SeedlintError(
                    f"source {sid!r} is defined twice with different {field}: "
                    f"{origins.get(field, old.origin)} and {source.origin}",
                    path=path or self.origin or None,
                    line=line,
                )
        if merged:
            self._by_id[sid] = old._replace(**merged)

    def __getitem__(self, key: str) -> Source:
        try:
            return self._by_id[key]
        except KeyError:
            norm = normalize_id(key) if isinstance(key, str) else key
            if norm == key:
                raise
            return self._by_id[norm]

    def __contains__(self, key: object) -> bool:
        if key in self._by_id:
            return True
        return isinstance(key, str) and normalize_id(key) in self._by_id

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def text_of(self, source_id: str) -> str | None:
        s = self.get(source_id)
        return s.text if s is not None else None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], origin: str = "<api>") -> SourceRegistry:
        """Build from ``{ID: None | str (text) | {title, url, published, text}}``."""
        reg = cls(origin=origin)
        for sid, value in data.items():
            if isinstance(value, str):
                value = {"text": value}
            reg.add(_make_source(str(sid), value, origin, origin, None))
        return reg


def check_ids(registry: SourceRegistry, id_pattern: str) -> None:
    """Raise a :class:`SeedlintError` naming the file and line of the first source whose
    ID no citation could name: one that ``id_pattern`` (the config's citation-pattern,
    by default 8 hex digits, in either case) does not match whole. A source listed under
    ``38c5ecf`` or ``zzzzzzzz`` is a typo that would leave every citation of the
    article unknown, or never be cited."""
    from seedlint.config import DEFAULT_ID_PATTERN

    if id_pattern == DEFAULT_ID_PATTERN:

        def citable(sid: str) -> bool:
            return len(sid) == 8 and all(c in "0123456789abcdefABCDEF" for c in sid)

        expected = "8 hex digits (like 38c5ecf8)"
    else:
        from seedlint import regexstore

        one = regexstore.compile(id_pattern, regexstore.IGNORECASE)

        def citable(sid: str) -> bool:
            try:
                return one.fullmatch(sid, timeout=2.0) is not None
            except TimeoutError:
                return True  # the citations' own search reports a runaway pattern

        expected = f"matched by the citation-pattern {id_pattern!r}"
    for sid, source in registry.items():
        # "x-defaults: &d {...}", for "<<: *d" merges: an extension key, as in Compose files
        if not citable(sid) and not sid.startswith("x-"):
            path, line = _split_origin(source.origin)
            raise SeedlintError(
                f"source ID {sid!r} is not {expected}, so no citation can name it",
                path=path or registry.origin or None,
                line=line,
            )


def _split_origin(origin: str) -> tuple[str, int | None]:
    """``("path", line)`` from an origin ``"path:line"`` (or ``"path"``)."""
    path, sep, line = origin.rpartition(":")
    if sep and line.isdigit():
        return path, int(line)
    return origin, None


def sidecar_for(digest: Path) -> Path | None:
    """``NAME.sources.(yaml|yml|json|jsonl)`` beside ``NAME.txt|md``, if one exists."""
    stem = digest.with_suffix("")
    for suffix in SIDECAR_SUFFIXES:
        candidate = stem.parent / (stem.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIXES)


def load_sources(path: str | os.PathLike[str]) -> SourceRegistry:
    """Load a sources file or directory; every problem is a :class:`SeedlintError`. A pipe
    or character device (``/dev/stdin``, ``<(cmd)``) is a file, read once."""
    p = Path(path)
    reg = SourceRegistry(origin=str(p))
    try:
        mode = p.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise SeedlintError(_missing(p), path=str(p)) from None
    except OSError as exc:
        raise SeedlintError(f"cannot read: {exc.strerror}", path=str(p)) from None
    if stat.S_ISDIR(mode):
        try:
            entries = sorted(p.rglob("*"))
        except OSError as exc:
            raise SeedlintError(
                f"cannot read sources directory: {exc.strerror}", path=str(p)
            ) from None
        for f in entries:
            if not f.is_file():
                continue
            name = f.name
            if name.endswith((".yaml", ".yml", ".json", ".jsonl")):
                _load_file(f, reg)
            elif name.endswith(".txt"):
                sid = name[: -len(".txt")]
                reg.add(Source(sid, text=_read(f), origin=str(f)))
        return reg
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        raise SeedlintError("sources path is not a file, a pipe or a folder", path=str(p))
    _load_file(p, reg)
    return reg


def _missing(p: Path) -> str:
    if p.parent.name == "fd" and re.fullmatch(r"(pipe|socket|anon_inode):\[\d+\]", p.name):
        # /dev/fd/N or /dev/stdin resolved to the name of the pipe behind it, which no
        # open() reaches; say so rather than leave the user puzzling over a missing file
        return (
            "sources path does not exist: it is a pipe's name (from <(cmd) or /dev/stdin "
            "resolved through /proc), which cannot be opened; write the sources to a file"
        )
    return "sources path does not exist"


MAX_SOURCES_BYTES = 100_000_000  # per sources file; bigger is refused, not parsed


def _read(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_SOURCES_BYTES + 1)
        if len(data) > MAX_SOURCES_BYTES:
            raise SeedlintError(
                f"sources file is larger than {MAX_SOURCES_BYTES / 1e6:g} MB; refused",
                path=str(path),
            )
    except OSError as exc:
        raise SeedlintError(f"cannot read: {exc.strerror}", path=str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # as for digests: the line of the bad byte, and its offset in the file (exc.start
        # counts from after a BOM)
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        raise SeedlintError(
            f"not valid UTF-8 (byte 0x{data[bom + exc.start]:02x} "
            f"at byte offset {bom + exc.start})",
            path=str(path),
            line=data.count(b"\n", bom, bom + exc.start) + 1,
        ) from None


def _load_file(path: Path, reg: SourceRegistry) -> None:
    text = _read(path)  # once: a pipe cannot be read again
    where = str(path)
    fmt = _format_of(path.name, text)
    if fmt == "jsonl":
        # Lines end at "\n" only (and "\r\n"): str.splitlines() would also break at
        # U+2028, U+2029 or U+0085, which JSON strings may hold raw.
        for n, line in enumerate(text.split("\n"), 1):
            line = line.removesuffix("\r")
            if not line.strip():
                continue
            obj = _parse_json(line, where, first_line=n)
            reg.add(_make_source(None, obj, where, f"{where}:{n}", n))
        return
    if fmt == "json":
        data: Any = _parse_json(text, where) if text.strip() else None
    else:
        from seedlint.yamlutil import load_yaml

        # The memo spares a one-file run the import of PyYAML (~12 ms); on a corpus the
        # parser is loaded anyway and a stored tree (bigger than its YAML) only costs disk.
        data = load_yaml(text, where, keep=memo.within_budget("sources-tree"))
    _load_data(data, reg, where)


def _format_of(name: str, text: str) -> str:
    """The format of a sources file, "json", "jsonl" or "yaml": by the name's suffix, else
    (a pipe such as /dev/fd/63 or /dev/stdin) by the content: one JSON value is JSON (one
    object with an 'id' is a line of JSONL), more than one is JSONL, anything else YAML."""
    if name.endswith(".jsonl"):
        return "jsonl"
    if name.endswith(".json"):
        return "json"
    if name.endswith((".yaml", ".yml")):
        return "yaml"
    start = len(text) - len(text.lstrip())
    if text[start : start + 1] not in ("{", "["):
        return "yaml"
    try:
        value, end = json.JSONDecoder().raw_decode(text, start)
    except (json.JSONDecodeError, RecursionError):
        return "yaml"  # not JSON: YAML (flow style), which reports its own errors
    if text[end:].strip():
        return "jsonl"
    return "jsonl" if isinstance(value, dict) and "id" in value else "json"


def _parse_json(text: str, where: str, first_line: int = 1) -> Any:
    """Parse JSON into :class:`LineDict` mappings (lines from ``first_line``); a duplicate
    key is an error, as in YAML, where ``json.loads`` would keep the last value."""
    try:
        return _LineJSONDecoder(text, first_line).decode(text)
    except json.JSONDecodeError as exc:
        line = first_line + exc.lineno - 1
        raise SeedlintError(f"invalid JSON: {exc.msg}", path=where, line=line) from None
    except SeedlintError as exc:
        raise SeedlintError(exc.message, path=where, line=exc.line) from None
    except RecursionError:
        raise SeedlintError("invalid JSON: nested too deeply", path=where) from None


class _LineJSONDecoder(json.JSONDecoder):
    """``json`` with objects read by the stdlib's own ``JSONObject`` into a
    :class:`LineDict` that knows each key's line (the line of its ':')."""

    def __init__(self, text: str, first_line: int) -> None:
        super().__init__()
        self._text = text
        self._first_line = first_line
        self._newlines: list[int] | None = None
        self.parse_object = self._parse_object
        # the pure-Python scanner calls self.parse_object; the C one would not
        self.scan_once = _py_make_scanner(self)

    def _line_at(self, pos: int) -> int:
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self._text)]
        return self._first_line + bisect.bisect_left(self._newlines, pos)

    def _parse_object(
        self,
        s_and_end: tuple[str, int],
        strict: bool,
        scan_once: Callable[[str, int], tuple[Any, int]],
        object_hook: Any,
        object_pairs_hook: Any,
        key_memo: dict[str, str] | None = None,
    ) -> tuple[LineDict, int]:
        s, start = s_and_end
        value_starts: list[int] = []

        def scan_value(string: str, idx: int) -> tuple[Any, int]:
            value_starts.append(idx)
            return scan_once(string, idx)

        pairs, end = _json_object(s_and_end, strict, scan_value, None, list, key_memo)
        out = LineDict()
        out.line = self._line_at(start - 1)
        out.key_lines = {}
        for (key, value), at in zip(pairs, value_starts, strict=True):
            line = self._line_at(s.rfind(":", 0, at))
            if key in out.key_lines:
                raise SeedlintError(
                    f"duplicate key {key!r} (first on line {out.key_lines[key]})", line=line
                )
            out.key_lines[key] = line
            out[key] = value
        return out, end


_py_make_scanner: Callable[[json.JSONDecoder], Any] = getattr(json.scanner, "py_make_scanner")  # noqa: B009
_json_object: Callable[..., tuple[list[tuple[str, Any]], int]] = getattr(json.decoder, "JSONObject")  # noqa: B009


def _load_data(data: Any, reg: SourceRegistry, where: str) -> None:
    if data is None:
        return
    if isinstance(data, dict) and "sources" in data and _is_wrapper(data):
        extra = next((k for k in data if k != "sources"), None)
        if extra is not None:
            raise SeedlintError(
                f"unknown top-level key {extra!r} beside 'sources' (a sources file holds "
                "either 'sources:' alone or the mapping of IDs itself)",
                path=where,
                line=_line_of(data, extra),
            )
        line = _line_of(data, "sources")
        data = data["sources"]
        if data is None:
            return
        if not isinstance(data, list | dict):
            raise SeedlintError(
                "'sources' holds a mapping of IDs or a list of objects with 'id', "
                f"not {type_words(data)}",
                path=where,
                line=line,
            )
    if isinstance(data, list):
        for i, item in enumerate(data):
            line = item.line if isinstance(item, LineDict) else None
            origin = f"{where}:{line or i + 1}"
            reg.add(_make_source(None, item, where, origin, line, entry=i + 1))
        return
    if isinstance(data, dict):
        for sid, value in data.items():
            line = _line_of(data, sid)
            origin = f"{where}:{line}" if line else where
            reg.add(_make_source(str(sid), value, where, origin, line))
        return
    raise SeedlintError(
        "a sources file holds a mapping of IDs (optionally under 'sources:') or a list of "
        f"objects with 'id', not {type_words(data)}",
        path=where,
    )


def _is_wrapper(data: dict[str, Any]) -> bool:
    """Whether a top-level mapping with a 'sources' key is the ``sources:`` layout. It is,
    unless 'sources' holds what only a source can hold (a text) beside other keys that are
    all hex IDs: then 'sources' is one more ID of the plain mapping of IDs."""
    if len(data) == 1 or not isinstance(data["sources"], str):
        return True
    return not all(_HEX_ID.fullmatch(str(k)) for k in data if k != "sources")


def _line_of(data: dict[str, Any], key: str) -> int | None:
    return data.line_of(key) if isinstance(data, LineDict) else None


def _near_field(key: str) -> str | None:
    """The field ``key`` is a likely misspelling of ("txt", "tittle", "Text "), if any."""
    k = key.strip().lower()
    for field in _FIELDS:
        if k == field or (len(k) >= 3 and _one_edit(k, field)):
            return field
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether one letter changed, dropped, added, or two neighbours swapped, turn ``a``
    into ``b`` (field names are a few letters; "type" and "time" stay two from "title")."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return (
        a[i + 1 :] == b[i + 1 :]  # changed
        or a[i + 1 :] == b[i:]  # dropped from b
        or a[i:] == b[i + 1 :]  # added to b
        or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])  # swapped
    )


def _make_source(
    sid: str | None,
    value: Any,
    where: str,
    origin: str,
    line: int | None,
    entry: int | None = None,
) -> Source:
    """One source from ``ID: value`` (``sid`` given) or from list entry number ``entry``
    (an object with ``id``)."""
    if value is None:
        value = {}
    if isinstance(value, str):
        value = {"text": value}
    if not isinstance(value, dict):
        if sid is None:
            what = f"source entry {entry}" if entry is not None else "source entry"
            expected = "a mapping with id and title/url/published/text"
        else:
            what = f"source {sid!r}"
            expected = "a mapping with title/url/published/text (or null, or the text)"
        raise SeedlintError(
            f"{what}: expected {expected}, got {type_words(value)}", path=where, line=line
        )
    if sid is None:
        raw = value.get("id")
        if raw is None or isinstance(raw, bool | list | dict):
            raise SeedlintError("source entry has no usable 'id'", path=where, line=line)
        sid = raw.raw if isinstance(raw, RawInt) else str(raw)
    fields: dict[str, str | None] = {}
    for key, v in value.items():
        if key == "id":
            continue
        if key not in _FIELDS:
            near = _near_field(str(key))
            if near:  # "txt", "tittle": a typo would silently drop the text or title
                raise SeedlintError(
                    f"source {sid!r}: unknown field {key!r}; did you mean {near!r}? (other "
                    "fields are kept as metadata only when they are not this close to one)",
                    path=where,
                    line=_line_of(value, key) or line,
                )
            continue  # extra metadata (author, outlet…) is allowed and ignored
        # The text and URL are strings; a title or date may be written as a number (title:
        # 1984, published: 2024) or a date. A list, a mapping or true/false (YAML reads an
        # unquoted "No" as false) is nowhere a value, and text: 5 or url: 5 a mistake.
        strict = key in ("text", "url")
        if v is not None and (
            isinstance(v, list | dict | set | bool) or (strict and not isinstance(v, str))
        ):
            expected = "a string or null" if strict else "text or null"
            hint = "; quote it" if isinstance(v, bool | int | float) else ""
            raise SeedlintError(
                f"source {sid!r}: {key!r} must be {expected}, got {type_words(v)}{hint}",
                path=where,
                line=_line_of(value, key) or line,
            )
        # a number keeps its digits as written (title: 0123 is not octal 83)
        fields[key] = None if v is None else v.raw if isinstance(v, RawInt) else str(v)
    return Source(sid, origin=origin, **fields)
