"""Issue 22 without a browser: framing by group (compare/groups.py), the event's title
(compare/headline.py), short names, chart and timeline geometry, sources.yaml's short_name, and
the 'By group' section of the JSON, Markdown and HTML reports. The demo text here is written
for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.compare.groups import event_blindspots, group_framing, short_text
from aggregator.compare.headline import clean_title, representative_title
from aggregator.config.sources import parse_sources
from aggregator.errors import ConfigError
from aggregator.models import (
    Citation,
    Comparison,
    Event,
    Fact,
    Label,
    LoadedTerm,
    OutletReport,
    Sentence,
    StoredSource,
)
from aggregator.render.as_html import to_html
from aggregator.render.as_json import to_dict
from aggregator.render.as_markdown import to_markdown
from aggregator.render.charts import TIMELINE_LABEL, TimelineItem, bar_chart, text_width, timeline
from aggregator.render.page import EventExtras, abbreviate, event_page, short_names

WHEN = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
# outlet: (affiliation, country)
OUTLETS = {"Wire One": ("wire", "US"), "State A": ("state media", "CN"), "State B": ("state media", "CN"),
           "Daily C": ("commercial", "JP"), "Daily D": ("commercial", "VN")}


def _fact(fid: str, texts: dict[str, str]) -> Fact:
    return Fact(fid, tuple(Sentence(f"a-{o}", o, i, t) for i, (o, t) in enumerate(texts.items())))


def _comparison() -> Comparison:
    dam = "The river authority opened all four spillway gates of the northern dam before dawn, officials said."
    facts = (
        # every commercial outlet and the wire carry it, no state outlet: a blindspot of state media
        _fact("F1", {"Wire One": dam, "Daily C": dam.replace("officials said", "the authority said"),
                     "Daily D": dam.replace("before dawn", "early in the morning")}),
        # two carriers only: too few to call anyone's silence a blindspot
        _fact("F2", {"Wire One": "Some 3,000 residents left low-lying villages overnight.",
                     "Daily C": "About 3,000 residents left low-lying villages overnight."}),
        # one state outlet carries it: the group did not leave it out
        _fact("F3", {"Wire One": "Rainfall reached 310 mm in a day.", "Daily C": "Rainfall hit 310 mm in a day.",
                     "State A": "Rainfall reached 310 millimetres in one day."}),
        # only the wire leaves it out: one outlet is an omission, not a group's blindspot
        _fact("F4", {o: "Engineers said the dam wall showed no cracks." for o in OUTLETS if o != "Wire One"}),
    )
    outlets = tuple(OutletReport(o, f"a-{o}", f"Dam gates opened as rain swells river ({o})", "", WHEN, c, a)
                    for o, (a, c) in OUTLETS.items())
    own = "Western media hype about the dam is baseless."
    terms = (LoadedTerm("State A", "hype", "evaluative", own), LoadedTerm("State B", "hype", "evaluative", own),
             LoadedTerm("Wire One", "hype", "evaluative", 'He called it "hype".', voice="quoted", speaker="he"),
             LoadedTerm("Daily C", "reckless", "evaluative", "The reckless release flooded fields."))
    labels = (Label("the dam", "State A", "people's dam", "The people's dam held.", "own"),
              Label("the dam", "State B", "people's dam", "The people's dam stood firm.", "own"),
              Label("the dam", "Wire One", "ageing dam", "The ageing dam was built in 1962.", "own"))
    cites = (Citation("State A", "Water Ministry", "government", ("The Water Ministry said all was well.",),
                      confidence=0.94),
             Citation("State B", "Water Ministry", "government", ("All was well, the Water Ministry said.",),
                      confidence=0.94),
             Citation("Daily C", "residents", "unnamed", ("Residents said the water came fast.",), confidence=0.86))
    event = Event("20260302-dam", "BEIJING, March 2 (State A) -- Dam gates opened today", WHEN, WHEN,
                  tuple(f"a-{o}" for o in OUTLETS), tuple(OUTLETS))
    return Comparison(event, outlets, facts, loaded_terms=terms, labels=labels, citations=cites)


def test_fact_blindspots_need_a_group_of_two_and_three_carriers_with_their_sentences():
    framing = group_framing(_comparison())
    found = {(b.fact_id, b.missing.value) for b in framing.blindspots}
    assert found == {("F1", "state media"), ("F1", "CN")}
    [b] = [b for b in framing.blindspots if b.kind == "affiliation"]
    assert b.missing.name == "state media outlets" and b.missing.outlets == ("State A", "State B")
    assert {g.name for g in b.carried_by} == {"commercial outlets", "Wire One"}  # one outlet: named as itself
    assert {e.outlet for e in b.evidence} == {"Wire One", "Daily C", "Daily D"}
    assert all(e.text.startswith("The river authority") for e in b.evidence)


def test_group_voice_wording_labels_and_sources():
    voices = {v.group.name: v for v in group_framing(_comparison()).voices}
    state = voices["state media outlets"]
    assert [t.term for t in state.terms] == ["hype"]  # the wire only quotes it: still theirs alone
    assert [(lab.entity, lab.label) for lab in state.labels] == [("the dam", "people's dam")]
    assert state.cited[0].cited == "Water Ministry" and state.cited[0].only_this_group
    assert "Daily C" in voices and [t.term for t in voices["Daily C"].terms] == ["reckless"]
    names = [v.group.name for v in group_framing(_comparison()).voices]
    assert len(names) == len(set(names))  # a one-outlet group of two kinds is listed once


def test_event_blindspot_tag():
    followed = {**OUTLETS, "Daily E": ("commercial", "JP")}
    tags = event_blindspots(["Wire One", "Daily C", "Daily D", "Daily E"], followed)
    assert {t.group.name for t in tags} == {"state media outlets", "outlets from CN"}
    assert event_blindspots(["Wire One", "Daily C"], followed) == ()  # two others only
    assert event_blindspots(["Wire One", "Daily C", "Daily D", "State A"], followed) == ()


@pytest.mark.parametrize("title, clean", [
    ("BEIJING, Jan. 6 (Xinhua) -- China bans dual-use exports to Japan", "China bans dual-use exports to Japan"),
    ("TOKYO (Reuters) - Japan protests the ban on Tuesday", "Japan protests the ban"),
    ("Ministry announced today an immediate ban on exports", "Ministry announced an immediate ban on exports"),
    ("Japan protests ban Tuesday, says envoy", "Japan protests ban, says envoy"),
    ("Monday Night Football ends its season", "Monday Night Football ends its season"),
    ("Dam gates opened this morning | The Daily Example", "Dam gates opened"),
    ("The ministry announced today a ban on exports.", "The ministry announced a ban on exports"),
])
def test_titles_lose_datelines_and_relative_time(title, clean):
    assert clean_title(title) == clean


def test_representative_title_is_the_headline_closest_to_the_others():
    titles = ["Floods hit the north", "Dam gates opened as rain swells river", "/home/me/imports/dam.txt",
              "Dam gates opened today after heavy rain", "Rain swells river in the north"]
    assert representative_title(titles) == "Dam gates opened as rain swells river"
    assert representative_title(["/tmp/x.html"], "fallback today") == "Fallback"


def test_short_text_and_short_names():
    assert short_text("WASHINGTON (AP) — one two three four five six seven eight nine ten eleven twelve "
                      "thirteen fourteen fifteen") == "one two three four five six seven eight nine ten eleven twelve …"
    assert abbreviate("Tokyo Morning Post") == "TMP"
    assert abbreviate("The Northern Clarion") == "NC" and abbreviate("Xinhai Daily") == "Xinhai Daily"
    assert abbreviate("东方时报 (Dongfang Shibao)") == "东方时报"
    known = (StoredSource("Saigon Tribune International", "", "VN", ("en",), "commercial",
                          short_name="Saigon Tribune"),)
    got = short_names(["Saigon Tribune International", "Tokyo Morning Post", "Tokyo Music Press"], known)
    assert got == {"Saigon Tribune International": "Saigon Tribune", "Tokyo Morning Post": "TMP",
                   "Tokyo Music Press": "TMP2"}


def test_short_name_in_sources_yaml():
    base = {"name": "Saigon Tribune International", "domain": "st.example", "country": "VN", "languages": ["en"],
            "affiliation": "commercial", "feeds": []}
    [src] = parse_sources({"sources": [{**base, "short_name": "Saigon Tribune"}]})
    assert src.short_name == "Saigon Tribune"
    with pytest.raises(ConfigError, match="short_name"):
        parse_sources({"sources": [{**base, "short_name": "A name far too long for a column"}]})


def test_chart_labels_fit_and_timeline_falls_back():
    chart = bar_chart("a", "Outlets by affiliation", [("Chinese commercial news site; English machine translation", 1),
                                                       ("wire", 2)])
    assert chart.label_width >= text_width("Chinese commercial news site; English machine translation")
    day = datetime(2026, 1, 6, tzinfo=UTC)
    items = [TimelineItem("1", "A", "t", "", day, None), TimelineItem("2", "B", "t", "", day.replace(day=7), None),
             TimelineItem("3", "C", "t", "", None, None)]
    t = timeline(items, {})
    assert t is not None and [r.outlet for r in t.rows] == ["A", "B", "time unknown"]
    assert all(len(k.label) == 10 for k in t.ticks)  # dates, no clock time
    assert {m.kind for m in t.markers if m.outlet == "C"} == {"unknown"}
    long = timeline([TimelineItem("4", "Observer Network (Guancha), machine-translated", "t", "", day, None)], {})
    assert long is not None and text_width(long.rows[0].short) <= TIMELINE_LABEL - 10
    only = timeline([items[2]], {})
    assert only is not None and [r.outlet for r in only.rows] == ["time unknown"] and not only.ticks


def test_reports_have_a_by_group_section_and_a_clean_title():
    comp = _comparison()
    data = to_dict(comp)
    assert data["event"]["label"].startswith("Dam gates opened as rain swells river (")
    blind = data["by_group"]["blindspots"]
    assert {(b["fact_id"], b["missing"]["name"]) for b in blind} == {("F1", "state media outlets"),
                                                                     ("F1", "outlets from CN")}
    assert all(b["evidence"] for b in blind)
    md = to_markdown(comp)
    assert "## By group" in md and "not by any of the state media outlets (State A, State B)" in md
    html = to_html(comp)
    assert "<h2>By group</h2>" in html and "people&#x27;s dam" in html


def test_event_page_imported_report_and_group_section():
    comp = _comparison()
    data = to_dict(comp)
    data["outlets"][0]["url"] = "file:///home/me/imports/dam.txt"
    data["outlets"][1]["published"] = None
    page = event_page(data, EventExtras(), root="", site=False)
    assert "/home/me" not in page and "(imported)" in page
    assert 'id="by-group"' in page and "state media outlets" in page
    assert "time unknown" in page
    assert "The river authority opened all four spillway gates" in page  # the fact's short text in its row


def test_one_change_many_pairs_make_is_one_row():
    from aggregator.render.as_json import grouped_changes

    rows = [("F1", a, b, "word choice", "retain", "keep") for a in ("A", "B") for b in ("C", "D")]
    rows += [("F1", "C", "E", "word choice", "keep", "retain"),  # the same change read the other way
             ("F1", "A", "C", "descriptor dropped", "night", ""),
             ("F1", "C", "B", "descriptor added", "", "night"),
             ("F2", "A", "C", "word choice", "retain", "keep")]  # another fact: its own row
    assert grouped_changes(rows) == [
        ("F1", "A, B", "C, D", "word choice", "retain", "keep"),
        ("F1", "E", "C", "word choice", "retain", "keep"),
        ("F1", "A, B", "C", "descriptor dropped", "night", ""),
        ("F2", "A", "C", "word choice", "retain", "keep")]
