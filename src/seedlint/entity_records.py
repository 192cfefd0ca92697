"""The results of entity extraction: :class:`Mention`, :class:`Entity` and
:class:`EntityAnalysis`, and the reasons a mention counts as introduced that a rule tells
apart (:data:`ORG_NAME_ONLY`, :data:`FULL_NAME_ONLY`).

Separate from :mod:`seedlint.entities` so that what reads the results (the
``entity-grounding`` kind) depends on the records, not on the extraction. Imports flow one
way: :mod:`~seedlint.entity_lists` → :mod:`~seedlint.entity_patterns` → here →
:mod:`~seedlint.entities`."""

from __future__ import annotations

from typing import NamedTuple

# How a mention of an organisation named in full and nothing more is introduced: only
# where no cited source has text to check it against ("Kōwhai Nutrition").
ORG_NAME_ONLY = "organisation's name only"
FULL_NAME_ONLY = "full name only"


class Mention(NamedTuple):
    """One mention of a name. ``start``/``end`` span the name without a possessive."""

    start: int
    end: int
    text: str
    key: str
    paragraph: int  # index into Document.paragraphs
    words: int  # capitalised words in the name
    acronym: bool
    known: bool  # on a known-entities list (or a demonym of a known country)
    introduced: str  # why this mention counts as introduced; "" when it does not
    entity: int  # index into EntityAnalysis.entities


class Entity(NamedTuple):
    index: int  # type: ignore[assignment]  # the field hides tuple.index
    name: str  # the first mention's text
    surfaces: tuple[str, ...]  # every spelling the digest uses, plus list aliases
    mentions: tuple[int, ...]  # indexes into EntityAnalysis.mentions


class EntityAnalysis(NamedTuple):
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
