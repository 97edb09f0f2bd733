"""A count that sources give two ways inside one report (compare/contested.py): one row of the
sources' figures, each with its speaker; no update built across them. Invented reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aggregator.compare import compare_event
from aggregator.models import Article, Event
from aggregator.render.as_markdown import to_markdown
from aggregator.render.summary import summary_points
from aggregator.text import content_hash

T0 = datetime(2026, 3, 10, 9, tzinfo=UTC)
REPORTS = {
    "Wire": (0, "Police in Tarsel opened fire on marchers on Tuesday, killing at least 12 people, according to the "
                "rights group Open Ledger. The interior ministry put the death toll at two and said officers had "
                "fired only rubber bullets. The marches began after bread prices were doubled last week."),
    "Daily": (60, "Two people were killed in the unrest in Tarsel, the interior ministry said. The ministry said "
                  "officers had fired only rubber bullets. Bread prices were doubled last week."),
    "Evening": (300, "The death toll from Tuesday's marches in Tarsel has risen to 17, Open Ledger said on Wednesday. "
                     "The interior ministry has maintained that two people were killed. The marches began after "
                     "bread prices were doubled."),
}


def _articles(reports: dict[str, tuple[int, str]]) -> list[Article]:
    out = []
    for k, (source, (minutes, text)) in enumerate(reports.items()):
        when = T0 + timedelta(minutes=minutes)
        out.append(Article(id=f"a{k}", url=f"http://t.test/{k}", canonical_url=f"http://t.test/{k}", source=source,
                           title=f"Marches in Tarsel {k}", text=text, published=when, fetched_at=when, language="en",
                           content_hash=content_hash(text)))
    return out


def _compare(reports, hashing):
    arts = _articles(reports)
    event = Event(id="e", label="tarsel", first_seen=T0, last_seen=T0, article_ids=tuple(a.id for a in arts),
                  outlets=tuple(a.source for a in arts))
    return compare_event(event, arts, hashing)


def test_a_toll_two_sources_give_inside_one_report_is_their_disagreement_not_an_update(hashing):
    comp = _compare(REPORTS, hashing)
    assert not [u for u in comp.updates if u.slot == "killed"]  # was: two (Wire) → 17 (Evening)
    [row] = [c for c in comp.conflicts if c.slot == "killed"]
    assert row.kind == "sources" and row.status == "contradict" and row.confidence >= 0.7
    assert row.disagreeing == 2  # Wire and Evening each give both sides
    shown = {(v.source, v.value) for v in row.values}
    assert ("Wire", "at least 12 (Open Ledger)") in shown and ("Evening", "17 (Open Ledger)") in shown
    assert {v.value.split(" (")[0] for v in row.values if "ministry" in v.value} == {"two"}
    assert any(p.startswith("Sources disagree on killed:") for p in summary_points(comp))
    assert "### killed (sources disagree: 2 report(s) give both sides" in to_markdown(comp)


def test_one_source_s_toll_that_grows_is_still_an_update(hashing):
    """Figures of one speaker, or a report's own narration beside a source, are no two sources."""
    reports = {"Wire": (0, "At least 12 people were killed in the marches in Tarsel on Tuesday, Open Ledger said."),
               "Daily": (60, "Twelve people were killed in the marches in Tarsel, Open Ledger said. The ledger's "
                             "director said 12 people had died."),
               "Evening": (300, "The death toll from the marches in Tarsel has risen to 17, Open Ledger said. Twelve "
                                "people died on the first day.")}
    comp = _compare(reports, hashing)
    assert not [c for c in comp.conflicts if c.kind == "sources"]
    [update] = [u for u in comp.updates if u.slot == "killed"]
    assert [p.value for p in update.points][-1] == "17"


def test_two_sources_figures_of_two_places_are_no_disagreement(hashing):
    """A report's second figure that names another place, and none the first names, counts another
    thing: "two people were killed in clashes in Morvik, the ministry said" beside Tarsel's toll."""
    reports = {"Wire": (0, "Police in Tarsel opened fire on marchers on Tuesday, killing at least 12 people, according "
                           "to the rights group Open Ledger. Two people were killed in clashes in Morvik, the interior "
                           "ministry said."),
               "Daily": (60, "At least 12 people were killed in Tarsel, Open Ledger said.")}
    comp = _compare(reports, hashing)
    assert not [c for c in comp.conflicts if c.kind == "sources"]


def test_two_agencies_measures_are_no_update(hashing):
    """A report giving the survey's magnitude and the institute's, each carried by another report
    too, is the sources' disagreement, and two agencies' depths hours apart are two measurements,
    not one revised (both were updates)."""
    reports = {"Wire": (0, "A magnitude 6.4 earthquake struck off the coast of Pelora on Wednesday, the U.S. Geological "
                           "Survey said. The survey said the quake hit at a depth of 10 km. Pelora's seismology "
                           "institute put the magnitude at 6.1."),
               "Daily": (90, "An earthquake of magnitude 6.1 shook southern Pelora on Wednesday, the national disaster "
                             "agency said. The quake struck at a depth of 12 km, the seismology institute said."),
               "Global": (30, "A strong earthquake of magnitude 6.4 struck southern Pelora on Wednesday, the US "
                              "Geological Survey said.")}
    comp = _compare(reports, hashing)
    assert not [u for u in comp.updates if u.slot in ("magnitude", "depth")]
    [row] = [c for c in comp.conflicts if c.slot == "magnitude"]
    assert row.kind == "sources" and ("Wire", "6.1 (Pelora's seismology institute)") in {(v.source, v.value)
                                                                                         for v in row.values}


def test_a_figure_only_one_report_gives_is_no_side_of_a_disagreement(hashing):
    """€60,000 "according to reports" beside the police source's €2 million, in the one report that
    gives it, is as likely another robbery's sum (ECB+ 24_ecbplus): no sources row."""
    reports = {"Wire": (0, "Four men rammed their car into a jewellery store in Vell on Monday, making off with a "
                           "€2 million booty, a police source said. According to reports, the robbers escaped with "
                           "around €60,000 from the company which runs the TGV dining cars."),
               "Daily": (60, "Robbers stole jewels worth €2 million from a store in Vell on Monday, a police source "
                             "said.")}
    comp = _compare(reports, hashing)
    assert not [c for c in comp.conflicts if c.kind == "sources"]
