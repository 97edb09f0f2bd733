"""Issue 23 point 4: the event page of an event with hundreds of outlets stays usable — the grid's
columns are affiliation groups past `GRID_MAX_OUTLETS`, side by side keeps word highlights for
the first pair only — while a small event keeps a column per outlet."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from aggregator.models import Comparison, Derivation, Event, Fact, OutletReport, Sentence, WordingChange
from aggregator.render.as_json import to_dict
from aggregator.render.page import GRID_MAX_OUTLETS, EventExtras, event_page

WHEN = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
AFFILIATIONS = ["wire", "commercial", "state media", "public broadcaster"]
CLAIMS = ["The river authority opened all four spillway gates of the northern dam before dawn.",
          "Some 3,000 residents left low-lying villages overnight, the mayor said.",
          "Rainfall reached 310 mm in a day, the weather office said.",
          "Engineers said the dam wall showed no cracks after the inspection."]


def comparison(n: int) -> Comparison:
    names = [f"Outlet {k:03d}" for k in range(n)]
    outlets = tuple(OutletReport(o, f"a{k}", f"Dam gates opened ({o})", f"https://o{k}.example/dam", WHEN, "US",
                                 AFFILIATIONS[k % len(AFFILIATIONS)]) for k, o in enumerate(names))
    facts = tuple(Fact(f"F{i + 1}", tuple(Sentence(f"a{k}", o, i, claim) for k, o in enumerate(names)
                                          if (k + i) % (i + 1) == 0))
                  for i, claim in enumerate(CLAIMS))
    other = CLAIMS[0].replace("before dawn", "at first light")
    changes = tuple(WordingChange("F1", names[0], names[k], "before dawn", "at first light", "framing",
                                  CLAIMS[0], other, confidence=0.84) for k in range(1, n))
    copies = tuple(Derivation(names[k], names[0], 0.9, 9, 10, "publication time", dropped=(CLAIMS[3],))
                   for k in range(1, n))
    event = Event("20260302-dam", "Dam gates opened", WHEN, WHEN, tuple(f"a{k}" for k in range(n)), tuple(names))
    return Comparison(event, outlets, facts, wording_changes=changes, derivations=copies)


def grid_columns(page: str) -> list[str]:
    head = re.search(r'<table class="grid" id="fact-grid">\s*<thead>(.*?)</thead>', page, re.S).group(1)
    return re.findall(r'<abbr title="([^"]*)"', head)


def test_a_small_event_has_a_column_per_outlet():
    page = event_page(to_dict(comparison(5)), EventExtras(), root="", site=False)
    assert grid_columns(page) == [f"Outlet {k:03d}" for k in range(5)]
    assert 'title="Outlet 000: The river authority' in page  # each mark names its outlet and sentence
    assert "only the pair shown first" not in page


def test_a_big_event_groups_the_grid_by_affiliation_and_stays_small():
    n = 300
    assert n > GRID_MAX_OUTLETS
    page = event_page(to_dict(comparison(n)), EventExtras(), root="", site=False)
    assert grid_columns(page) == [f"{a}: 75 outlets" for a in sorted(AFFILIATIONS)]
    assert "outlets being too many for a column each" in page
    # F2 is carried by the outlets of odd number: all 75 commercial ones (k % 4 == 1), no wire one
    row = re.search(r'<span class="fid">F2</span>.*?</tr>', page, re.S).group(0)
    assert '>75<span class="sr"> of 75 commercial outlets carry F2' in row and "wire outlets carry" not in row
    assert "only the pair shown first has its words marked" in page
    assert len(page.encode()) < 1_000_000
