"""Compare the reports of one event, outlet by outlet, with the sentences as evidence.

The steps, each in its own module:
`segment` (sentences) → `align` (facts across outlets) → additions and omissions (here) →
`wording` (word changes inside aligned sentences) → `labels` (how each names the same thing) →
`conflicts` (same slot, different values) → `quotes` (who is cited) → `loaded` (loaded terms)
→ `derivation` (who copied whom).
"""

from __future__ import annotations

from datetime import datetime, timezone

from ..embed import Embedder
from ..models import Article, Comparison, Event, Fact, OutletReport, Sentence, Source
from .align import AlignParams, align_facts
from .conflicts import fact_conflicts, number_conflicts, role_conflicts
from .derivation import derivations
from .labels import entity_labels, measure_labels
from .loaded import loaded_terms
from .quotes import citations
from .segment import split_sentences
from .wording import wording_changes

__all__ = ["compare_event", "pick_reports", "AlignParams"]


def pick_reports(articles: list[Article]) -> list[Article]:
    """One report per outlet: its longest, so follow-ups and briefs do not crowd the table."""
    best: dict[str, Article] = {}
    for art in articles:
        if art.source not in best or len(art.text) > len(best[art.source].text):
            best[art.source] = art
    return sorted(best.values(), key=lambda a: (a.when, a.source))


def compare_event(
    event: Event,
    articles: list[Article],
    embedder: Embedder,
    sources: dict[str, Source] | None = None,
    params: AlignParams = AlignParams(),
) -> Comparison:
    reports = pick_reports(articles)
    sources = sources or {}
    sentences: list[Sentence] = []
    outlets = []
    leads: dict[str, list[str]] = {}
    for art in reports:
        split = split_sentences(art.text, art.language or "en")
        sentences.extend(Sentence(article_id=art.id, source=art.source, index=i, text=s,
                                  language=art.language) for i, s in enumerate(split))
        leads[art.source] = [t for t in [art.title, *split[:2]] if t]
        meta = sources.get(art.source)
        outlets.append(OutletReport(
            source=art.source, article_id=art.id, title=art.title, url=art.url,
            published=art.published, country=meta.country if meta else "",
            affiliation=meta.affiliation if meta else "", n_sentences=len(split),
        ))
    vectors = embedder.embed([s.text for s in sentences])
    facts = align_facts(sentences, vectors, params)
    names = [o.source for o in outlets]
    return Comparison(
        event=event,
        outlets=tuple(outlets),
        facts=tuple(facts),
        additions={n: tuple(f for f in facts if f.sources == (n,)) for n in names},
        omissions={n: _omitted(n, facts, names) for n in names},
        wording_changes=tuple(wording_changes(facts, names)),
        labels=tuple(measure_labels(leads) + entity_labels(sentences)),
        conflicts=tuple(role_conflicts(sentences) + number_conflicts(sentences) + fact_conflicts(facts)),
        citations=tuple(citations(sentences, {a.source: a.credits for a in reports if a.credits})),
        loaded_terms=tuple(loaded_terms(sentences)),
        derivations=tuple(derivations(sentences, outlets)),
        generated_at=datetime.now(timezone.utc),
    )


def _omitted(source: str, facts: list[Fact], names: list[str]) -> tuple[Fact, ...]:
    """Facts that most *other* outlets carry (at least two, and at least half) but not this one."""
    others = len(names) - 1
    need = max(2, (others + 1) // 2)
    return tuple(f for f in facts if source not in f.sources and len(f.sentences) >= need)
