"""Framing by group of outlets (issue 22): outlets grouped by affiliation and by country, as
sources.yaml gives them, and what sets one group apart from another in one event.

Three questions, each answered with the sentences behind it:

- **Blindspots at the level of facts**: a fact every outlet of one group carries and no outlet
  of another group does ("what did state media carry that wires did not"). Precision first: the
  group that leaves it out must have at least `MIN_GROUP` outlets in the event (one outlet
  leaving a fact out is an omission, listed elsewhere) and at least `MIN_CARRIERS` outlets must
  carry it, as for the index's blindspot tag.
- **Distinctive own-voice wording and labels**: loaded terms a group's outlets use in their own
  narration and no outlet outside the group uses; names for a thing no outlet outside uses.
- **Whom each group quotes**: the people and bodies a group's outlets cite, and whether any
  outlet outside the group cites them too.

A group of one outlet is named as that outlet, never as a group. Computed from a `Comparison`
alone (country and affiliation ride on its `OutletReport`s); rendering is render/'s business.
`event_blindspots` does the same for the coverage of whole events (the index's tag).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..models import Comparison, Fact
from .headline import strip_dateline
from .language import ENGLISH, LanguagePack, pack_for
from .params import CITATION_SHOW, EVALUATIVE_SHOW

logger = logging.getLogger(__name__)

KINDS = ("affiliation", "country")
# A group counts as leaving something out only with at least two outlets: one outlet's silence is
# an omission (its own section), and "state media did not carry it" from one outlet over-claims.
MIN_GROUP = 2
# What a group leaves out must be carried by at least three outlets, so that it is something the
# story's coverage agrees on rather than one or two outlets' extra detail (issue 22's rule for the
# event-level blindspot, applied to facts too).
MIN_CARRIERS = 3
SHORT_WORDS = 12  # a fact's short text on the grid: about twelve words
MAX_TERMS = 12  # distinctive terms listed per group
MAX_CITED = 12  # cited sources listed per group


@dataclass(frozen=True)
class Group:
    kind: str  # "affiliation" or "country"
    value: str  # "state media", "CN"
    outlets: tuple[str, ...]  # the event's outlets in it

    @property
    def name(self) -> str:
        """How a reader sees it: a one-outlet group is named as its outlet."""
        if len(self.outlets) == 1:
            return self.outlets[0]
        if self.kind == "country":
            return f"outlets from {self.value}"
        return f"{self.value} outlets"


@dataclass(frozen=True)
class Evidence:
    outlet: str
    text: str


@dataclass(frozen=True)
class GroupBlindspot:
    """A fact every outlet of `carried_by` (each a whole group) carries and no outlet of `missing` does."""

    kind: str
    fact_id: str
    text: str  # the fact's short text
    carried_by: tuple[Group, ...]
    missing: Group
    carriers: tuple[str, ...]  # every outlet that carries the fact
    evidence: tuple[Evidence, ...]  # the carriers' sentences
    closest: tuple[Evidence, ...] = ()  # what the missing outlets wrote nearest to it, when known


@dataclass(frozen=True)
class GroupTerm:
    term: str
    category: str
    outlets: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class GroupLabel:
    entity: str
    label: str
    outlets: tuple[str, ...]
    others: tuple[Evidence, ...]  # how outlets outside the group name the same thing
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class GroupCited:
    cited: str
    kind: str
    outlets: tuple[str, ...]
    count: int
    only_this_group: bool  # no outlet outside the group cites them
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class GroupVoice:
    """One group's distinctive wording, labels and whom it quotes."""

    group: Group
    terms: tuple[GroupTerm, ...]
    labels: tuple[GroupLabel, ...]
    cited: tuple[GroupCited, ...]


@dataclass(frozen=True)
class GroupFraming:
    groups: tuple[Group, ...]
    blindspots: tuple[GroupBlindspot, ...]
    voices: tuple[GroupVoice, ...]


def short_text(text: str, words: int = SHORT_WORDS, pack: LanguagePack = ENGLISH) -> str:
    """About `words` words of a sentence (its dateline, by `pack`'s rules, dropped), cut at a word
    with an ellipsis."""
    parts = strip_dateline(text, pack).split()
    if len(parts) <= words + 2:  # cutting two words off saves nothing
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:") + " …"


def groups_of(members: Mapping[str, tuple[str, str]]) -> tuple[Group, ...]:
    """Groups of outlets: `members` maps an outlet to its (affiliation, country); an outlet
    with no value for a kind is in no group of that kind."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for outlet, (affiliation, country) in members.items():
        for kind, value in zip(KINDS, (affiliation, country), strict=True):
            if value:
                found[(kind, value)].append(outlet)
    return tuple(Group(kind, value, tuple(sorted(outlets)))
                 for (kind, value), outlets in sorted(found.items(), key=lambda kv: (KINDS.index(kv[0][0]),
                                                                                       -len(kv[1]), kv[0][1])))


def group_framing(comp: Comparison) -> GroupFraming:
    """Blindspots at the level of facts, distinctive wording and labels, and whom each group
    quotes, for the outlets of `comp`."""
    groups = groups_of({o.source: (o.affiliation, o.country) for o in comp.outlets})
    blindspots = tuple(b for kind in KINDS for f in comp.facts
                       for b in _fact_blindspots(f, [g for g in groups if g.kind == kind]))
    voices, seen = [], set()
    for g in groups:  # a one-outlet group of each kind is the same outlet: listed once
        if frozenset(g.outlets) not in seen:
            seen.add(frozenset(g.outlets))
            v = _voice(g, comp)
            if v.terms or v.labels or v.cited:
                voices.append(v)
    logger.debug("%s: %d groups, %d blindspots", comp.event.id, len(groups), len(blindspots))
    return GroupFraming(groups, blindspots, tuple(voices))


def _fact_blindspots(fact: Fact, groups: list[Group]) -> list[GroupBlindspot]:
    carriers = set(fact.sources)
    if len(carriers) < MIN_CARRIERS:
        return []
    whole = tuple(g for g in groups if set(g.outlets) <= carriers)
    if not whole:
        return []
    evidence = tuple(Evidence(s.source, s.text) for s in fact.sentences)
    # an outlet with a sentence near the fact (not merged into it) did not leave it out
    near = {s.source for s in getattr(fact, "related", ())}
    out = []
    for g in groups:
        if len(g.outlets) < MIN_GROUP or carriers & set(g.outlets) or near & set(g.outlets):
            continue
        closest = tuple(Evidence(s.source, s.text) for s in getattr(fact, "closest", ()) if s.source in g.outlets)
        first = fact.sentences[0]
        out.append(GroupBlindspot(g.kind, fact.id, short_text(first.text, pack=pack_for(first.language)), whole, g,
                                  tuple(sorted(carriers)), evidence, closest))
    return out


def _voice(group: Group, comp: Comparison) -> GroupVoice:
    inside = set(group.outlets)
    terms: dict[str, list] = {}
    outside_terms = {t.term.lower() for t in comp.loaded_terms
                     if t.source not in inside and t.voice == "own" and t.score >= EVALUATIVE_SHOW}
    for t in comp.loaded_terms:
        if t.source in inside and t.voice == "own" and t.score >= EVALUATIVE_SHOW \
                and t.term.lower() not in outside_terms:
            terms.setdefault(t.term.lower(), []).append(t)
    # a group of several outlets: wording at least two of them share; one outlet: its own
    need = 1 if len(group.outlets) == 1 else MIN_GROUP
    group_terms = []
    for found in terms.values():
        outlets = tuple(sorted({t.source for t in found}))
        if len(outlets) >= need:
            group_terms.append(GroupTerm(found[0].term, found[0].category, outlets,
                                         tuple(Evidence(t.source, t.sentence) for t in found)))
    group_terms.sort(key=lambda t: (-len(t.outlets), t.term.lower()))

    labels: dict[tuple[str, str], list] = {}
    outside_labels: dict[str, list] = defaultdict(list)
    for lab in comp.labels:
        if lab.source in inside:
            if lab.voice == "own":
                labels.setdefault((lab.entity, lab.label.lower()), []).append(lab)
        else:
            outside_labels[lab.entity].append(lab)
    group_labels = []
    for (entity, label), found in labels.items():
        others = outside_labels.get(entity, [])
        outlets = tuple(sorted({x.source for x in found}))
        if len(outlets) < need or not others or any(x.label.lower() == label for x in others):
            continue
        group_labels.append(GroupLabel(entity, found[0].label, outlets,
                                       tuple(Evidence(x.source, f"{x.label}: {x.sentence}") for x in others),
                                       tuple(Evidence(x.source, x.sentence) for x in found)))

    cited: dict[str, list] = {}
    listed = [c for c in comp.citations if c.confidence >= CITATION_SHOW]  # as the reports list them
    outside_cited = {c.cited.lower() for c in listed if c.source not in inside}
    for c in listed:
        if c.source in inside:
            cited.setdefault(c.cited.lower(), []).append(c)
    group_cited = [GroupCited(found[0].cited, found[0].kind, tuple(sorted({c.source for c in found})),
                              sum(c.count for c in found), key not in outside_cited,
                              tuple(Evidence(c.source, s) for c in found for s in c.sentences))
                   for key, found in cited.items() if len({c.source for c in found}) >= need]
    group_cited.sort(key=lambda c: (not c.only_this_group, -len(c.outlets), -c.count, c.cited.lower()))
    return GroupVoice(group, tuple(group_terms[:MAX_TERMS]), tuple(group_labels), tuple(group_cited[:MAX_CITED]))


@dataclass(frozen=True)
class EventBlindspot:
    """A group of followed outlets none of which covered an event that other outlets did."""

    group: Group  # every followed outlet of the group
    covered_by: int  # outlets outside the group that covered the event


def event_blindspots(covering: Iterable[str], followed: Mapping[str, tuple[str, str]]) -> tuple[EventBlindspot, ...]:
    """The index's blindspot tag: a group of at least `MIN_GROUP` followed outlets (`followed`:
    outlet → (affiliation, country)) none of which covered the event, while at least
    `MIN_CARRIERS` other outlets did."""
    covering = set(covering)
    out = []
    for g in groups_of(followed):
        if len(g.outlets) < MIN_GROUP or covering & set(g.outlets):
            continue
        others = len(covering - set(g.outlets))
        if others >= MIN_CARRIERS:
            out.append(EventBlindspot(g, others))
    return tuple(out)


__all__ = ["Group", "GroupBlindspot", "GroupFraming", "GroupVoice", "EventBlindspot", "group_framing",
           "event_blindspots", "groups_of", "short_text", "KINDS", "MIN_GROUP", "MIN_CARRIERS"]
