"""Same claim or not (issue 25): alignment on texts written for these tests, with the real MiniLM.

Each report is one outlet; the sentences are ours, so what is the same claim is known."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.compare import compare_event
from aggregator.compare.align import align_facts
from aggregator.compare.pairs import PairScores, confidence, group_confidence, is_trivial
from aggregator.compare.params import DEFAULT_PARAMS
from aggregator.models import Article, Event, Fact, Sentence
from aggregator.render.as_json import to_dict
from aggregator.render.as_markdown import to_markdown

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def _sentences(items: list[tuple[str, str]]) -> list[Sentence]:
    return [Sentence(article_id=o, source=o, index=i, text=t, language="en") for i, (o, t) in enumerate(items)]


def _facts(minilm, items: list[tuple[str, str]]) -> list[Fact]:
    sentences = _sentences(items)
    return align_facts(sentences, minilm.embed([s.text for s in sentences]))


def _together(facts: list[Fact], a: str, b: str) -> bool:
    return any(any(a in s.text for s in f.sentences) and any(b in s.text for s in f.sentences) for f in facts)


def test_paraphrase_is_joined(minilm):
    facts = _facts(minilm, [
        ("A", "Defence Minister Lara Novak hinted at the possibility of military intervention in the border dispute."),
        ("B", "Lara Novak, the defence minister, suggested her country could respond militarily in the border dispute."),
        ("C", "Traffic in the city centre was diverted for the rest of the week."),
    ])
    assert _together(facts, "hinted at the possibility", "respond militarily")
    joined = next(f for f in facts if len(f.sentences) == 2)
    assert 0.5 < joined.confidence <= 1.0


def test_different_claims_with_the_same_names_are_not_joined(minilm):
    facts = _facts(minilm, [
        ("A", "Novak met the Velmoran ambassador in Geneva on Monday to discuss the border."),
        ("B", "Novak will travel to Velmora next month to sign a trade agreement with its government."),
    ])
    assert not _together(facts, "met the Velmoran", "sign a trade")


def test_a_claim_and_its_denial_are_not_joined(minilm):
    facts = _facts(minilm, [
        ("A", "The government confirmed that troops had crossed the border overnight."),
        ("B", "The government denied that troops had crossed the border overnight."),
    ])
    assert not _together(facts, "confirmed that troops", "denied that troops")


def _report(outlet: str, *sentences: str) -> Article:
    return Article(id=outlet, url=f"https://{outlet}.example/a", canonical_url=f"https://{outlet}.example/a",
                   source=outlet, title="", text="\n\n".join(sentences), published=NOW, fetched_at=NOW,
                   language="en", content_hash=outlet)


COLLAPSE = [
    _report("alpha", "Four people were killed when the Harlow bridge collapsed on Tuesday.",
            "The mayor ordered an inquiry into the maintenance of the city's bridges."),
    _report("bravo", "Four people died on Tuesday in the collapse of the Harlow bridge.",
            "Engineers had warned in 2019 that the bridge's steel cables were corroded."),
    _report("charlie", "The Harlow bridge collapsed on Tuesday, killing four people.",
            "Schools near the river were closed for the day."),
    _report("delta", "Divers searched the river below the Harlow bridge on Tuesday for victims of the collapse.",
            "The city council will meet on Thursday to discuss the disaster."),
    _report("echo", "Traffic in the city centre was diverted for the rest of the week.",
            "Shops on the riverside reported losses from the closure of the roads."),
]


@pytest.fixture(scope="module")
def collapse(minilm):
    event = Event(id="collapse", label="collapse", first_seen=NOW, last_seen=NOW,
                  article_ids=tuple(a.id for a in COLLAPSE))
    return compare_event(event, COLLAPSE, minilm)


def _deaths(comp) -> Fact:
    return next(f for f in comp.facts if len(f.sentences) >= 3 and "Harlow" in f.sentences[0].text)


def test_a_related_sentence_is_listed_not_merged(collapse):
    fact = _deaths(collapse)
    assert set(fact.sources) == {"alpha", "bravo", "charlie"}
    assert [s.source for s in fact.related] == ["delta"]
    assert "Divers searched" in fact.related[0].text


def test_an_outlet_with_a_related_sentence_does_not_leave_the_fact_out(collapse):
    fact = _deaths(collapse)
    assert fact not in collapse.omissions["delta"]
    assert fact in collapse.omissions["echo"]


def test_reports_show_a_related_sentence_as_related_not_as_missing(collapse):
    """Markdown lists only outlets with nothing near the fact as such; the HTML grid and the
    site's fact grid mark the related sentence instead of an empty cell."""
    from aggregator.render.as_html import to_html
    from aggregator.render.page import EventExtras, event_context

    fact = _deaths(collapse)
    md = to_markdown(collapse)
    block = md[md.index(f"### {fact.id} "):]
    block = block[:block.index("\n#", 1)]
    assert "_related, not the same claim_ — **delta**" in block
    assert "_nothing near it from_: echo" in block and "delta" not in block.split("_nothing near it from_")[1]
    assert f"(related, not the same claim) {fact.related[0].text}" in to_html(collapse)
    grid = event_context(to_dict(collapse), EventExtras())["grid"]
    row = next(r for r in grid if r["id"] == fact.id)
    marks = {c["outlet"]: c for c in row["cells"]}
    assert marks["delta"]["related"] and marks["delta"]["anchor"].startswith("s-delta-")
    assert not marks["echo"]["related"] and not marks["echo"]["anchor"] and marks["echo"]["omitted"]


def test_an_omission_shows_the_closest_sentence_the_outlet_wrote(collapse):
    fact = _deaths(collapse)
    closest = fact.closest_of("echo")
    assert closest is not None and closest.source == "echo"
    item = next(i for i in to_dict(collapse)["omissions"]["echo"] if i["fact_id"] == fact.id)
    assert item["closest"] == closest.text
    assert f"closest it writes: {closest.text}" in to_markdown(collapse)
    data = next(f for f in to_dict(collapse)["facts"] if f["id"] == fact.id)
    assert data["related"][0]["outlet"] == "delta" and data["confidence"] == fact.confidence


def test_a_fact_most_outlets_skip_is_no_omission(collapse):
    # one outlet's own sentences are its additions, never another outlet's omissions
    singles = [f for f in collapse.facts if len(f.sentences) == 1]
    assert singles and not any(f in collapse.omissions[o] for o in collapse.omissions for f in singles)


def test_a_sentence_near_what_others_wrote_is_not_called_the_outlets_own(collapse):
    # delta's divers are near the others' deaths (related), so not listed as something only delta
    # reports; echo's traffic sentence is near nothing and is
    divers = next(f for f in collapse.near_additions["delta"] if "Divers" in f.sentences[0].text)
    assert {s.source for s in divers.related} & {"alpha", "bravo", "charlie"}
    assert not any("Divers" in f.sentences[0].text for f in collapse.additions["delta"])
    assert any("Traffic" in f.sentences[0].text for f in collapse.additions["echo"])
    singles = [f for f in collapse.facts if len(f.sentences) == 1]
    listed = [f for o in collapse.additions for f in collapse.additions[o] + collapse.near_additions[o]]
    assert sorted(f.id for f in listed) == sorted(f.id for f in singles)
    item = next(i for i in to_dict(collapse)["near_additions"]["delta"] if i["fact_id"] == divers.id)
    assert {n["outlet"] for n in item["near"]} == {s.source for s in divers.related}
    assert "Not listed: 1 more of its sentences, near a sentence of another outlet" in to_markdown(collapse)


def test_trivial_facts_and_confidence_scale():
    bare = Fact(id="F1", sentences=tuple(_sentences([("A", "Testimony continues today."),
                                                     ("B", "He was 95.")])))
    credit = Fact(id="F2", sentences=tuple(_sentences([("A", "The Associated Press contributed to this report."),
                                                       ("B", "Reuters contributed to this report.")])))
    claim = Fact(id="F3", sentences=tuple(_sentences([("A", "Four people were killed when the bridge collapsed."),
                                                      ("B", "The bridge collapsed, killing four people.")])))
    assert is_trivial(bare) and is_trivial(credit) and not is_trivial(claim)
    assert confidence(0.4) < 0.2 < 0.5 < confidence(0.57) < confidence(0.8) <= 1.0


def test_fact_confidence_is_the_mean_over_its_pairs_not_the_weakest():
    """Two paraphrases of one lead may be far apart while each is near a third: the fact is
    still likely one claim (the weakest pair alone had put such leads at 0.3)."""
    import numpy as np


    assert group_confidence(np.array([0.7])) == pytest.approx(confidence(0.7), abs=1e-3)
    leads = group_confidence(np.array([0.8, 0.8, 0.5]))
    assert confidence(0.5) < 0.5 < leads < confidence(0.8)
    assert leads == pytest.approx((2 * confidence(0.8) + confidence(0.5)) / 3, abs=1e-3)


# --- candidate pairs (issue 23) --------------------------------------------------------------

def _unit_vectors(n: int, dims: int = 16, seed: int = 3):
    import numpy as np

    rng = np.random.default_rng(seed)
    v = rng.normal(size=(n, dims)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_candidate_scores_are_the_scores_of_every_pair():
    """The nearest-neighbour candidates carry the score the full product gives those pairs, and
    a block scored on demand equals the same block of the full product."""
    import numpy as np

    words = ["export", "ban", "chips", "ministry", "minister", "warned", "Tokyo", "Beijing", "dual-use"]
    sentences = [Sentence(article_id=f"o{k % 7}", source=f"o{k % 7}", index=k,
                          text=" ".join(words[(k * 3 + m) % len(words)] for m in range(4)) + ".", language="en")
                 for k in range(60)]
    vectors = _unit_vectors(60)
    scores = PairScores(sentences, DEFAULT_PARAMS, vectors, vectors[::-1].copy(), neighbours=5)
    dense = scores.dense()
    assert len(scores.i) < 60 * 59 // 2  # not every pair
    assert np.allclose(scores.score, dense[scores.i, scores.j], atol=1e-6)
    rows, cols = np.array([1, 8, 15]), np.array([2, 3, 4, 5, 9, 11])
    assert np.allclose(scores.block(rows, cols), dense[np.ix_(rows, cols)], atol=1e-6)
    # every candidate is one of its sentences' five nearest of other outlets
    assert all(scores.outlet[i] != scores.outlet[j] for i, j in zip(scores.i, scores.j))


def test_copies_of_one_claim_do_not_crowd_out_its_other_wordings(minilm):
    """Twelve outlets carry one claim in two wordings, six copies each: a sentence's nearest are
    its copies, yet the two wordings end as one fact, since each sentence has at least as many
    candidate partners as there are outlets (here asked for 3)."""
    claim = "The finance ministry raised the sales tax on fuel to nine percent on Monday."
    other = "Heavy rain closed two mountain roads in the north of the country."
    items = [(f"Outlet {k}", claim if k % 2 else claim.replace("Monday", "Monday morning")) for k in range(12)]
    items += [("Outlet 0", other), ("Outlet 1", other.replace("Heavy", "Strong"))]
    sentences = _sentences(items)
    vectors = minilm.embed([s.text for s in sentences])
    assert len(PairScores(sentences, DEFAULT_PARAMS, vectors, neighbours=3).i) < len(sentences) ** 2 // 2
    original = PairScores.__init__.__defaults__
    PairScores.__init__.__defaults__ = (*original[:-1], 3)
    try:
        facts = align_facts(sentences, vectors)
    finally:
        PairScores.__init__.__defaults__ = original
    assert sorted(len(f.sentences) for f in facts) == [2, 12]
