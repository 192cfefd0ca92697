"""Run the active rules over a document and turn their findings into diagnostics."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from seedlint import inline
from seedlint.config import Config
from seedlint.diagnostics import Diagnostic, Related, Severity
from seedlint.document import Document
from seedlint.errors import SeedlintError
from seedlint.files import matches_any, relative_to_config
from seedlint.kinds import CheckContext
from seedlint.rules import Rule, default_rules_dir, load_rule_dirs
from seedlint.sources import SourceRegistry


def rule_matches(rule: Rule, selector: str) -> bool:
    """A selector is a code (``SL001``), a name (``unknown-source``), a code prefix
    (``SL0``) or ``ALL``. Codes, prefixes with a digit and ``ALL`` are read in any case
    (``sl001``, ``sl0``, ``all``), as inline directives read them; a prefix of letters
    only is written in capitals (``SL``), since ``sl`` could be a rule's name."""
    sel = selector.strip()
    if sel in ("ALL", rule.code, rule.name):
        return True
    if not sel.isupper():
        up = sel.upper()
        if up == "ALL":
            return True
        letters = up.rstrip("0123456789")
        if not (letters.isascii() and letters.isalpha() and len(letters) < len(up)):
            return False  # not capitals then digits: a name, which matched above or not
        sel = up
    return rule.code.startswith(sel)


def _check_selectors(
    selectors: Iterable[str], rules: list[Rule], what: str, where: Config, *inner: str
) -> None:
    for sel in selectors:
        if not any(rule_matches(r, sel) for r in rules):
            hint = "see seedlint --list-rules"
            if any(rule_matches(r, sel.strip().upper()) for r in rules):
                hint = (
                    f"a code prefix of letters only is written in capitals: {sel.strip().upper()!r}"
                )
            raise SeedlintError(
                f"{what}: {sel!r} matches no rule ({hint})",
                path=str(where.path) if where.path else None,
                line=_config_line(where, what, *inner),
            )


class RuleSet:
    """The rules a config turns on, with their effective severity and options."""

    __slots__ = ("all_rules", "config", "rules")

    def __init__(
        self, rules: list[tuple[Rule, Severity]], all_rules: list[Rule], config: Config
    ) -> None:
        self.rules = rules
        self.all_rules = all_rules
        self.config = config

    @classmethod
    def build(cls, config: Config) -> RuleSet:
        all_rules = load_rule_dirs((default_rules_dir(), *config.rules))
        for rule in all_rules:
            for sel in rule.superseded_by:
                if not any(rule_matches(r, sel) for r in all_rules):
                    raise SeedlintError(
                        f"superseded-by: {sel!r} matches no rule (see seedlint --list-rules)",
                        path=rule.path,
                        line=rule.key_lines.get("superseded-by"),
                    )
        if config.select is not None:
            _check_selectors(config.select, all_rules, "select", config)
        _check_selectors(config.ignore, all_rules, "ignore", config)
        for glob, sels in config.per_file_ignores:
            _check_selectors(sels, all_rules, "per-file-ignores", config, glob)
        # severity and rule-options name one rule each: a code or a name, not a prefix
        known = {r.code for r in all_rules} | {r.name for r in all_rules}
        for what, keys in (
            ("severity", [k for k, _ in config.severity]),
            ("rule-options", [k for k, _ in config.rule_options]),
        ):
            for key in keys:
                if key not in known:
                    raise SeedlintError(
                        f"{what}: {key!r} is not a rule code or name (see seedlint --list-rules)",
                        path=str(config.path) if config.path else None,
                        line=_config_line(config, what, key),
                    )
        chosen: list[tuple[Rule, Severity]] = []
        sev_override = dict(config.severity)
        for rule in all_rules:
            if config.select is not None and not any(rule_matches(rule, s) for s in config.select):
                continue
            if any(rule_matches(rule, s) for s in config.ignore):
                continue
            extra = config.options_for(rule.code, rule.name)
            if extra:
                rule = _with_options(rule, extra, config)
            severity = sev_override.get(rule.code, sev_override.get(rule.name, rule.severity))
            chosen.append((rule, severity))
        return cls(chosen, all_rules, config)

    def for_path(self, path: str) -> list[tuple[Rule, Severity]]:
        if not self.config.per_file_ignores:
            return self.rules
        rel = relative_to_config(Path(path), self.config)
        ignored: list[str] = []
        for glob, sels in self.config.per_file_ignores:
            if matches_any(rel, (glob,)):
                ignored.extend(sels)
        if not ignored:
            return self.rules
        return [(r, s) for r, s in self.rules if not any(rule_matches(r, sel) for sel in ignored)]


def _with_options(rule: Rule, extra: dict[str, object], config: Config) -> Rule:
    from seedlint.kinds import get_kind

    merged = {**rule.options, **extra}
    opts, problems = get_kind(rule.kind_name).validate_options(merged)
    if problems:
        raise SeedlintError(
            f"rule-options for {rule.name}: {problems[0][1]}",
            path=str(config.path) if config.path else None,
            line=_option_line(config, rule, problems[0][0]),
        )
    new = rule.with_options(opts)
    try:
        _ = new.kind
    except SeedlintError as exc:
        # The config's value is at fault (a list file that is not there), not the rule file.
        named = [k for k in extra if f"option {k!r}" in exc.message]
        raise SeedlintError(
            f"rule-options for {rule.name}: {exc.message.removeprefix(f'rule {rule.name}: ')}",
            path=str(config.path) if config.path else None,
            line=_option_line(config, rule, named[0]) if named else _rule_line(config, rule),
        ) from None
    return new


def _config_tree(config: Config) -> Any:
    """A YAML config parsed again with its lines, only for an error message: the config
    keeps values, not lines, and such errors are rare. ``None`` when unavailable."""
    if config.path is None or config.path.suffix not in (".yaml", ".yml"):
        return None
    from seedlint.readfile import read_text
    from seedlint.yamlutil import load_yaml

    try:
        return load_yaml(read_text(config.path, "config"), str(config.path))
    except SeedlintError:
        return None


def _config_line(config: Config, *keys: str) -> int | None:
    """The line of ``keys`` (a path of mapping keys) in a YAML config, or of the deepest
    of them found."""
    from seedlint.yamlutil import LineDict

    node, line = _config_tree(config), None
    for key in keys:
        if not isinstance(node, LineDict) or key not in node:
            break
        line, node = node.line_of(key), node[key]
    return line


def _rule_line(config: Config, rule: Rule) -> int | None:
    """The line of the rule's own entry in ``rule-options`` (by code or name)."""
    lines = [_config_line(config, "rule-options", key) for key in (rule.code, rule.name)]
    return max((n for n in lines if n is not None), default=None)


def _option_line(config: Config, rule: Rule, option: str) -> int | None:
    """The line of ``rule-options: {rule: {option: …}}``, the rule named by code or name."""
    lines = [_config_line(config, "rule-options", key, option) for key in (rule.code, rule.name)]
    return max((n for n in lines if n is not None), default=None)


class RuleFailure(SeedlintError):
    """A rule's kind raised (a user regex that timed out, a bug in a plugin kind) on one
    document; the other rules' findings for that document are kept."""


def _failure(rule: Rule, doc: Document, exc: BaseException) -> RuleFailure:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    what = type(exc).__name__ + (f": {detail}" if detail else "")
    if len(what) > 300:
        what = what[:297] + "..."
    return RuleFailure(f"rule {rule.code} ({rule.name}) failed: {what}", path=doc.path)


def lint_document(
    doc: Document,
    rules: list[tuple[Rule, Severity]],
    sources: SourceRegistry | None,
    errors: list[SeedlintError] | None = None,
    known: Sequence[Rule] | None = None,
    disabled: dict[str, str] | None = None,
) -> list[Diagnostic]:
    """Every finding of ``rules`` on ``doc``, inline directives applied, sorted.
    ``known`` (every loaded rule) is what a directive may name; ``None`` skips that check.
    ``disabled`` (kept by the caller for one run: rule code → why) lists rules that timed
    out: a user regex that ran out of time once would on every document, so it is skipped
    for the rest of that run instead of paying the time limit again.

    A rule whose kind raises does not stop the others: with ``errors`` given, its failure
    (a one-line :class:`RuleFailure` naming the rule and the file) is appended there;
    without, the first failure is raised after every other rule has run."""
    out: list[Diagnostic] = []
    failures: list[SeedlintError] = []
    for rule, severity in rules:
        if disabled is not None and timeout_key(rule) in disabled:
            continue
        try:
            out.extend(_run_rule(doc, rule, severity, sources))
        except SeedlintError as exc:
            if exc.path is None:
                exc.path = doc.path
            failures.append(exc)
        except Exception as exc:  # a kind must never take the run down
            failures.append(_failure(rule, doc, exc))
            # kinds.pattern.PatternTimeout is a TimeoutError
            if isinstance(exc, TimeoutError) and disabled is not None:
                failures[-1].message += "; rule skipped for the rest of the run"
                disabled[timeout_key(rule)] = failures[-1].message
    out = inline.apply(doc, out, known, failures)
    if failures:
        if errors is None:
            raise failures[0]
        errors.extend(failures)
    out = _drop_superseded(out, rules)
    out.sort(key=lambda d: (d.line, d.column, d.code))
    return out


def timeout_key(rule: Rule) -> str:
    """A rule as the record of timed-out rules knows it: its file and code (one code may
    be two rules in two projects that one language server serves)."""
    return f"{rule.path}\0{rule.code}"


@lru_cache(maxsize=16)
def _superseders(rules: tuple[Rule, ...]) -> dict[str, frozenset[str]]:
    """For each active rule that declares ``superseded-by``, the codes of the active rules
    that supersede it: worked out once per rule set, not once per document."""
    return {
        r.code: frozenset(o.code for o in rules if any(rule_matches(o, s) for s in r.superseded_by))
        for r in rules
        if r.superseded_by
    }


def _drop_superseded(
    diags: list[Diagnostic], rules: list[tuple[Rule, Severity]]
) -> list[Diagnostic]:
    """Without the findings that a rule's ``superseded-by`` rules report more precisely:
    a paragraph whose only citation is malformed gets the malformed-citation finding, not
    also "cites no source". Only findings that are reported count (after selection,
    per-file ignores and inline directives), so with the other rule off this one speaks."""
    if not diags:
        return diags
    by = _superseders(tuple(r for r, _ in rules))
    if not by:
        return diags
    # For each superseded rule, the spans of the findings that supersede it, by start:
    # a finding looks only at those starting inside it (all pairs was quadratic).
    spans = {
        code: sorted((o.start, o.end) for o in diags if o.code in codes and o.code != code)
        for code, codes in by.items()
    }
    starts = {code: [a for a, _ in v] for code, v in spans.items()}
    kept: list[Diagnostic] = []
    for d in diags:
        inner = spans.get(d.code)
        if inner:
            i = bisect.bisect_left(starts[d.code], d.start)
            while i < len(inner) and inner[i][0] <= d.end and inner[i][1] > d.end:
                i += 1
            if i < len(inner) and inner[i][0] <= d.end:
                continue  # one lies inside it
        kept.append(d)
    return kept


def _run_rule(
    doc: Document, rule: Rule, severity: Severity, sources: SourceRegistry | None
) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    text = doc.text
    size = len(text)
    ctx = CheckContext(sources=sources, code=rule.code, name=rule.name)
    for f in rule.kind.check(doc, ctx):
        if not 0 <= f.start <= f.end <= size:
            raise RuleFailure(
                f"rule {rule.code} ({rule.name}) reported a span {f.start}..{f.end} outside "
                f"the text (length {size}); its findings in this file are dropped",
                path=doc.path,
            )
        bad = next((off for off, _ in f.related if not 0 <= off <= size), None)
        if bad is None and f.fix is not None:
            bad = next((e.start for e in f.fix.edits if not 0 <= e.start <= e.end <= size), None)
        if bad is not None:
            raise RuleFailure(
                f"rule {rule.code} ({rule.name}) reported a related place or a fix at "
                f"{bad}, outside the text (length {size}); its findings in this file are "
                "dropped",
                path=doc.path,
            )
        line, col = doc.position(f.start)
        end_line, end_col = doc.position(f.end)
        related = tuple(Related(*doc.position(off), message=note) for off, note in f.related)
        out.append(
            Diagnostic(
                path=doc.path,
                line=line,
                column=col,
                end_line=end_line,
                end_column=end_col,
                code=rule.code,
                rule=rule.name,
                severity=severity,
                message=rule.render(dict(f.fields)),
                text=text[f.start : f.end],
                start=f.start,
                end=f.end,
                fix=f.fix,
                related=related,
            )
        )
    return out
