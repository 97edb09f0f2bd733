"""Word changes and sources cited carry a confidence (their kind's precision on
benchmarks/wording.py and benchmarks/citations.py), and the reports show only those at or above
`WORDING_SHOW` and `CITATION_SHOW`; the JSON keeps every one."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.compare.params import CITATION_CONFIDENCE, CITATION_SHOW, WORDING_CONFIDENCE, WORDING_SHOW
from aggregator.compare.quotes import citations
from aggregator.compare.wording import wording_changes
from aggregator.models import Citation, Comparison, Event, Fact, OutletReport, Sentence, WordingChange
from aggregator.render.as_html import to_html
from aggregator.render.as_json import to_dict
from aggregator.render.as_markdown import to_markdown

T0 = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def test_each_word_change_carries_its_kinds_measured_confidence():
    a = Sentence("a1", "Alpha", 0, "The harbour authority said the pier would reopen on Friday after repairs.")
    b = Sentence("b1", "Bravo", 0, "The harbour authority claimed the pier would reopen on Friday after repairs.")
    changes = wording_changes([Fact("F1", (a, b))], ["Alpha", "Bravo"])
    assert [(c.kind, c.before, c.after) for c in changes] == [("attribution verb", "said", "claimed")]
    assert changes[0].confidence == WORDING_CONFIDENCE["attribution verb"] >= WORDING_SHOW


def _comparison(*changes: WordingChange, cited: tuple[Citation, ...] = ()) -> Comparison:
    names = ("Alpha", "Bravo")
    outlets = tuple(OutletReport(source=n, article_id=n, title=n, url="", published=None) for n in names)
    event = Event(id="e", label="e", first_seen=T0, last_seen=T0, article_ids=names)
    return Comparison(event=event, outlets=outlets, facts=(), wording_changes=changes, citations=cited)


def test_a_change_below_the_threshold_is_in_the_json_only():
    sure = WordingChange("F1", "Alpha", "Bravo", "said", "claimed", "attribution verb",
                         "The authority said so.", "The authority claimed so.", confidence=0.9)
    unsure = WordingChange("F2", "Alpha", "Bravo", "gangway", "walkway", "word choice",
                           "The gangway broke.", "The walkway broke.", confidence=WORDING_SHOW - 0.1)
    comp = _comparison(sure, unsure)
    markdown, html = to_markdown(comp), to_html(comp)
    assert "claimed" in markdown and "walkway" not in markdown
    assert "1 word changes below the confidence threshold" in markdown
    assert "claimed" in html and "walkway" not in html
    rows = {w["after"]: w["confidence"] for w in to_dict(comp)["wording_changes"]}
    assert rows == {"claimed": 0.9, "walkway": WORDING_SHOW - 0.1}


def test_only_unsure_changes_still_say_where_they_are():
    unsure = WordingChange("F2", "Alpha", "Bravo", "gangway", "walkway", "word choice",
                           "The gangway broke.", "The walkway broke.", confidence=WORDING_SHOW / 2)
    markdown = to_markdown(_comparison(unsure))
    section = markdown.split("## Word changes in the same sentence", 1)[1].split("\n## ", 1)[0]
    assert "walkway" not in section and "below the confidence threshold" in section


def test_each_source_cited_carries_its_kinds_measured_confidence():
    found = citations([Sentence("a1", "Alpha", 0, "The pier will reopen on Friday, harbour master Ines Calloway said."),
                       Sentence("a1", "Alpha", 1, "Officials said the repairs cost less than expected.")])
    assert {(c.cited, c.kind, c.confidence) for c in found} == {
        ("Ines Calloway", "person", CITATION_CONFIDENCE["person"]),
        ("Officials", "unnamed", CITATION_CONFIDENCE["unnamed"])}


def test_a_source_below_the_threshold_is_in_the_json_only():
    sure = Citation("Alpha", "Ines Calloway", "person", ("The pier will reopen, Ines Calloway said.",), confidence=0.98)
    unsure = Citation("Bravo", "Statement", "unnamed", ("A statement said the pier would reopen.",),
                      confidence=CITATION_SHOW - 0.1)
    comp = _comparison(cited=(sure, unsure))
    markdown, html = to_markdown(comp), to_html(comp)
    assert "Ines Calloway" in markdown and "Statement" not in markdown
    assert "1 sources below the confidence threshold" in markdown
    assert "Ines Calloway" in html and "Statement" not in html
    assert {c["cited"]: c["confidence"] for c in to_dict(comp)["sources"]} == {
        "Ines Calloway": 0.98, "Statement": CITATION_SHOW - 0.1}


def test_loaded_terms_all_below_the_threshold_are_said_to_be_in_the_json():
    """Not "No term of the loaded-wording lexicon occurs" when terms occur, scored too low to show."""
    from aggregator.compare.params import EVALUATIVE_SHOW
    from aggregator.models import LoadedTerm
    from aggregator.render.page import to_page

    low = LoadedTerm(source="Alpha", term="slashes", category="negative evaluation",
                     sentence="Coffee slashes liver disease risk.", voice="own", speaker="",
                     score=EVALUATIVE_SHOW / 2, method="lexicon:vader")
    comp = _comparison()
    comp = Comparison(event=comp.event, outlets=comp.outlets, facts=(), loaded_terms=(low,))
    section = to_markdown(comp).split("## Loaded wording", 1)[1].split("\n## ", 1)[0]
    assert "slashes" not in section and f"No term scored {EVALUATIVE_SHOW} or more; 1 scored below it" in section
    assert "1 scored below it are in the JSON report" in to_page(comp)
    assert "lexicon occurs" in to_markdown(_comparison())  # none at all
