"""Compare the reports of one event, outlet by outlet, with the sentences as evidence.

The steps, each in its own module:
`clean` (story sentences, furniture dropped) → `voice` (whose words each span is) →
`align` (facts across outlets) → additions and omissions (here) →
`wording` (word changes inside aligned sentences) → `labels` (how each names the same thing) →
`slots`/`conflicts` (same typed slot, incompatible values) → `timeline` (updates apart from
contradictions, by each report's time) → `quotes` (who is cited) → `loaded` (loaded terms)
→ `disputes` (claims asserted and denied) → `derivation` (who copied whom).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import UTC, datetime

from ..errors import EmbedderError
from ..events.embed import Embedder
from ..models import Article, Comparison, Conflict, Dispute, Event, Fact, OutletReport, Sentence, Source, WordingChange
from .align import align_facts, contradictions, negated_pairs
from .budget import Budget, cap_reports
from .change_frames import framed_claim
from .clean import clean_text, untranslated_words
from .conflicts import fact_conflicts, ranked, role_conflicts
from .derivation import derivations
from .disputes import disputes
from .labels import naming_labels
from .language import majority_pack
from .loaded import loaded_terms
from .pairs import is_trivial, omission_carriers
from .params import DEFAULT_PARAMS, AlignParams
from .paraphrase_verbs import paraphrase_verb_changes
from .quotes import citations, credited_agencies
from .slots import event_date, slot_values
from .timeline import ReportTime, gate, report_times, simultaneous, slot_claims, unknown_notes
from .voice import ATTRIBUTED, QUOTED, SentenceVoice, article_voices
from .wording import wording_changes

__all__ = ["compare_event", "pick_reports", "prepare", "AlignParams"]
log = logging.getLogger(__name__)


def pick_reports(articles: list[Article]) -> list[Article]:
    """One report per outlet: its longest, so follow-ups and briefs do not crowd the table."""
    best: dict[str, Article] = {}
    for art in articles:
        if art.source not in best or len(art.text) > len(best[art.source].text):
            best[art.source] = art
    return sorted(best.values(), key=lambda a: (a.when, a.source))


def prepare(reports: list[Article]) -> tuple[list[Sentence], dict[tuple[str, int], SentenceVoice],
                                             dict[str, tuple[str, ...]]]:
    """The story sentences of each report (furniture dropped), their voices, and the lines dropped."""
    sentences: list[Sentence] = []
    voices: dict[tuple[str, int], SentenceVoice] = {}
    dropped: dict[str, tuple[str, ...]] = {}
    for art in reports:
        clean = clean_text(art.text, art.language or "en")
        dropped[art.source] = clean.dropped
        voiced = article_voices(list(clean.sentences), list(clean.paragraphs), art.language or "en")
        for i, (text, voice) in enumerate(zip(clean.sentences, voiced)):
            sentences.append(Sentence(article_id=art.id, source=art.source, index=i, text=text,
                                      language=art.language))
            voices[(art.id, i)] = voice
    return sentences, voices, dropped


def compare_event(
    event: Event,
    articles: list[Article],
    embedder: Embedder,
    sources: dict[str, Source] | None = None,
    params: AlignParams = DEFAULT_PARAMS,
    second: Embedder | None = None,
    *,
    max_reports: int = 0,
    timeout: float = 0.0,
) -> Comparison:
    """`second`: a second embedding view of the sentences for alignment (compare.pairs), e.g.
    the Universal Sentence Encoder beside MiniLM; None aligns on `embedder` alone.
    `max_reports` and `timeout` (settings compare_max_reports, compare_timeout; 0 = none) bound
    the cost of a huge event (compare.budget); what they leave out is said in `uncompared`."""
    budget = Budget(timeout)
    reports, capped = cap_reports(pick_reports(articles), max_reports)
    sources = sources or {}
    sentences, voices, dropped = prepare(reports)
    outlets = []
    for art in reports:
        own = [s.text for s in sentences if s.article_id == art.id]
        meta = sources.get(art.source)
        outlets.append(OutletReport(
            source=art.source, article_id=art.id, title=art.title, url=art.url,
            published=art.published, country=meta.country if meta else "",
            affiliation=meta.affiliation if meta else "", n_sentences=len(own),
            untranslated=untranslated_words(" ".join([art.title, *own]), art.language),
        ))
    vectors = embedder.embed([s.text for s in sentences])
    content_vectors = _content_vectors(sentences, voices, vectors, embedder)
    second_vectors = _second_view(second, sentences)
    facts = align_facts(sentences, vectors, params, content_vectors, second_vectors,
                        _content_vectors(sentences, voices, second_vectors, second)
                        if second is not None and second_vectors is not None else None)
    names = [o.source for o in outlets]
    when = event_date(sentences, [a.published for a in reports], [x for d in dropped.values() for x in d])
    credits = {a.source: a.credits for a in reports if a.credits}
    times = report_times(reports)
    values = budget.stage("figures", lambda: slot_values(sentences, when), [])
    naming_only = majority_pack(s.language for s in sentences).slots.naming_only_slots
    slot_rows, updates, skipped = budget.stage(
        "figures and updates", lambda: slot_claims([v for v in values if v.slot not in naming_only], times,
                                                   _facts_of(facts),
                                                   _reported(sentences, voices), _speakers(sentences, voices)),
        ([], [], []))
    headlines = _headlines(reports, sentences)
    terms = budget.stage("loaded terms", lambda: loaded_terms(sentences + headlines, voices=voices), [])
    wording = budget.stage("word changes", lambda: _word_changes(facts, names, voices), ())
    labels = budget.stage("naming differences", lambda: tuple(naming_labels(sentences, facts, voices, values=values)),
                          ())
    opposed = budget.stage("contradictions", lambda: negated_pairs(sentences, vectors, params, content_vectors), [])
    conflicts = budget.stage("conflicts", lambda: tuple(
        slot_rows + [gate(c, times) for c in ranked(role_conflicts(sentences, when.year) + fact_conflicts(facts))]
        + _simultaneous(gate(c, times, grows=True) for c in contradictions(sentences, opposed))), ())
    cited = budget.stage("sources cited", lambda: tuple(citations(sentences, credits, voices, dropped, names)), ())
    copied = budget.stage("who copied whom", lambda: tuple(derivations(
        sentences, outlets, credited_agencies(sentences, credits, dropped, names),
        times={o: (t.when, t.precise) for o, t in times.items()},
        datelined={o for o, t in times.items() if t.basis == "dateline"},
        own_words=_own_words(sentences, voices))), ())
    disputed = budget.stage("disputes", lambda: tuple(disputes(sentences, voices, _close_pairs(sentences, opposed,
                                                                                           times))), ())
    return Comparison(
        event=event,
        outlets=tuple(outlets),
        facts=tuple(facts),
        additions={n: tuple(f for f in facts if f.sources == (n,) and not f.related) for n in names},
        omissions={n: _omitted(n, facts, names) for n in names},
        wording_changes=wording,
        labels=labels,
        conflicts=_not_disputed(conflicts, disputed),
        citations=cited,
        loaded_terms=tuple(terms),
        derivations=copied,
        generated_at=datetime.now(UTC),
        updates=tuple(updates),
        disputes=disputed,
        uncompared=tuple(capped + unknown_notes(times) + skipped + budget.notes()),
        near_additions={n: tuple(f for f in facts if f.sources == (n,) and f.related) for n in names},
    )


def _not_disputed(conflicts: tuple[Conflict, ...], disputed: tuple[Dispute, ...]) -> tuple[Conflict, ...]:
    """The conflicts less an affirmed-and-denied row whose sentences a dispute already sets side by
    side ("Hospitals have run out of salts, according to doctors" / "He denied that hospitals had
    run out …"): sources disagree there, and the dispute says who holds each side; the row would
    say the outlets do."""
    sides = [{side.sentence for side in d.sides} for d in disputed]
    return tuple(c for c in conflicts if c.kind != "contradiction"
                 or not any({v.sentence for v in c.values} <= held for held in sides))


def _own_words(sentences: list[Sentence], voices: dict[tuple[str, int], SentenceVoice]) -> list[str]:
    """Each sentence without its quoted words (who copied whom compares these)."""
    return [v.outside_quotes() if (v := voices.get((s.article_id, s.index))) else s.text for s in sentences]


def _facts_of(facts: list[Fact]) -> dict[str, frozenset[str]]:
    """Each sentence's text → the facts it is in or listed as related to: two sentences sharing
    one, the alignment found to state, or come near, one claim (an update's figures must)."""
    out: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        for s in (*fact.sentences, *fact.related):
            out[s.text].add(fact.id)
    return {text: frozenset(ids) for text, ids in out.items()}


def _reported(sentences: list[Sentence], voices: dict) -> dict[str, str]:
    """Each attributed sentence's text → the words it reports, without the frame around them:
    "The fire has scorched 18,000 acres, Cal Fire spokesman Ben Ortiz said" reports a figure
    whose referent is the fire, not the spokesman's name. Only sentences of one speaker: one that
    sets two sources' figures side by side ("Tehran's centre put it at 5.9, but the USGS said
    6.1") keeps its names."""
    out = {}
    for s in sentences:
        voice = voices.get((s.article_id, s.index))
        spans = [sp for sp in (voice.spans if voice else ()) if sp.voice in (ATTRIBUTED, QUOTED)]
        if len({sp.speaker for sp in spans}) == 1:
            out[s.text] = " ".join(s.text[sp.start:sp.end] for sp in spans)
    return out


def _word_changes(facts: list[Fact], names: list[str], voices) -> tuple[WordingChange, ...]:
    """Word changes of near copies, then the verbs of saying of paraphrases whose verbs the
    near-copy diff did not read (paraphrase_verbs)."""
    near = wording_changes(facts, names, voices=voices)
    done = {(w.fact_id, w.source_a, w.source_b) for w in near if w.kind == "attribution verb"}
    return tuple(near + paraphrase_verb_changes(facts, names, voices, done))


def _headlines(reports: list[Article], sentences: list[Sentence]) -> list[Sentence]:
    """Each report's headline as a sentence of its own (index -1), for loaded terms only: the
    headline is where an outlet frames the story most ("Greedy bosses axe 2,000 jobs"), but it is
    no fact to align. A headline its body repeats word for word is read once, in the body."""
    bodies = {(s.article_id, s.text.strip()) for s in sentences}
    return [Sentence(article_id=a.id, source=a.source, index=-1, text=a.title.strip(), language=a.language)
            for a in reports if a.title.strip() and (a.id, a.title.strip()) not in bodies]


def _speakers(sentences: list[Sentence], voices: dict) -> dict[str, str]:
    """Each sentence's text → its one speaker, when its attributed and quoted words are all one
    speaker's ("…, the rights group Civic Watch said"): who gives the figures it states."""
    out = {}
    for s in sentences:
        voice = voices.get((s.article_id, s.index))
        named = {sp.speaker for sp in (voice.spans if voice else ()) if sp.voice in (ATTRIBUTED, QUOTED)}
        if len(named) == 1 and "" not in named:
            out[s.text] = named.pop()
    return out


def _close_pairs(sentences: list[Sentence], opposed: list[tuple[int, int, float]],
                 times: dict[str, ReportTime]) -> set[tuple[str, str]]:
    """The (negated, affirmative) sentence texts of `opposed` whose reports are close in time, as a
    contradiction's must be (`timeline.simultaneous`): a source's negated statement then denies what
    the other outlet states. Hours apart, "the death was not being treated as suspicious" and "is
    being treated as suspicious after a post-mortem" are two steps of a story, not a dispute."""
    unknown = ReportTime(None, False, "")
    return {(sentences[no].text, sentences[yes].text) for no, yes, _ in opposed
            if simultaneous(times.get(sentences[no].source, unknown), times.get(sentences[yes].source, unknown), True)}


def _simultaneous(rows) -> list:
    """Affirmed-and-denied pairs only between reports close in time: across days a claim and its
    negation are usually two steps of a story (a plea, then a verdict), and a denial of a claim
    another outlet makes is shown as a dispute."""
    return [c for c in rows if c.status == "contradict"]


def _second_view(second: Embedder | None, sentences: list[Sentence]):
    """The second view's vectors, or None when there is none or it cannot load (logged: the
    comparison then aligns on one view, at lower recall for the same precision)."""
    if second is None or not sentences:
        return None
    try:
        return second.embed([s.text for s in sentences])
    except EmbedderError as exc:
        log.warning("alignment on one embedding view: %s", exc)
        return None


def _content_vectors(sentences: list[Sentence], voices: dict[tuple[str, int], SentenceVoice],
                     vectors, embedder: Embedder):
    """Each sentence's claim without its frame of saying, embedded (the sentence's own vector
    where it has no frame), so "X warned that C" and "C, Y said" meet on C."""
    claims: dict[int, str] = {}
    for i, s in enumerate(sentences):
        claim = framed_claim(s.text, voices.get((s.article_id, s.index)))
        if claim is not None:
            claims[i] = claim
    if not claims:
        return None
    out = vectors.copy()
    for i, vector in zip(claims, embedder.embed(list(claims.values()))):
        out[i] = vector
    return out


def _omitted(source: str, facts: list[Fact], names: list[str]) -> tuple[Fact, ...]:
    """Facts that most outlets carry (more than half of all, and at least `OMISSION_MIN_OUTLETS`)
    while this one writes nothing aligned, related or near to them (it then has a closest
    sentence, `Fact.closest_of`, far from the fact); trivial facts (boilerplate, bare asides) are
    not omissions."""
    need = omission_carriers(len(names))
    return tuple(f for f in facts if len(f.sentences) >= need and source not in f.sources
                 and f.closest_of(source) is not None and not is_trivial(f))
