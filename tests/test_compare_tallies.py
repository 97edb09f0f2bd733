"""Tallies of a verdict or a vote, a policy rate's level and an indicator's as typed slots (`compare/tallies.py`,
`compare/rates.py`), on sentences of our own."""

from __future__ import annotations

import pytest

from aggregator.compare.conflicts import slot_conflicts
from aggregator.compare.slots import EventDate, slot_values
from aggregator.models import Sentence

WHEN = EventDate(2025, 3)


def _values(text: str) -> list[tuple[str, str]]:
    return [(v.slot, v.value) for v in slot_values([Sentence("a1", "Alpha", 0, text, "en")], WHEN)]


@pytest.mark.parametrize("text, expected", [
    ("Pratt, 61, was convicted on four of six counts after two days of deliberations.",
     [("counts convicted on", "four")]),
    ("Jurors found Pratt guilty on three of six counts and acquitted him on the rest.",
     [("counts convicted on", "three")]),
    ("The jury found him not guilty on all three charges.", [("counts acquitted on", "three")]),
    ("A judge found Hale guilty of two counts of first-degree murder on Friday.",
     [("counts convicted on (first-degree murder)", "two")]),
    ("The Senate voted 52-48 to confirm her on Tuesday.", [("vote tally", "52-48")]),
    ("The nomination was confirmed by a vote of 49 to 51.", [("vote tally", "51-49")]),
    ("In a 5-4 decision, the justices struck down the law.", [("vote tally", "5-4")]),
    ("The bill passed by 312 votes to 270.", [("vote tally", "312-270")]),
    ("The jury deadlocked at 9-3 on the death penalty.", [("vote tally", "9-3")]),
    ("Seven of the nine members of the policy committee voted for the increase.", [("vote tally", "7-2")]),
    ("The court struck down the law on Tuesday, ruling 5-2 that it was unconstitutional.", [("vote tally", "5-2")]),
    # a past participle's aside dates the law, not the ruling
    ("The court ruled 6-1 that the law, passed last year, gave police too much power.", [("vote tally", "6-1")]),
    ("The bank raised its benchmark interest rate by a quarter of a percentage point to 5.25%, its highest "
     "level since 2011.", [("policy interest rate", "5.25%")]),
    ("The central bank lifted its key rate by 25 basis points to 5.5% on Thursday.", [("policy interest rate", "5.5%")]),
    ("The bank cut rates from 5.5% to 5.25%.", [("policy interest rate", "5.25%")]),
    ("The bank held rates at 4% for a third meeting.", [("policy interest rate", "4%")]),
    # a published indicator's level, not the level it moved from; a measure's modifier kept
    ("Annual inflation slowed to 6.1% in October from 7.4% in September.", [("inflation rate", "6.1%")]),
    ("Inflation has fallen from 7.4% to 6.1%.", [("inflation rate", "6.1%")]),
    ("The unemployment rate rose to 4.1%.", [("unemployment rate", "4.1%")]),
    ("Core inflation, which excludes food and energy, was 3.2%.", [("core inflation rate", "3.2%")]),
    ("The economy grew 2.3% in the third quarter.", [("economic growth", "2.3%")]),
    # growth is signed (shrinking 0.4% is the opposite figure of growing 0.4%); a month named "May" is no "may"
    ("The economy shrank by 0.4 percent in the third quarter.", [("economic growth", "-0.4%")]),
    ("Gross domestic product fell 0.4 percent in May.", [("economic growth", "-0.4%")]),
    ("Economic output rose 0.3 percent.", [("economic growth", "0.3%")]),
])
def test_a_verdicts_counts_and_a_votes_split_are_slots(text, expected):
    """"deadlocked at 9-3 on the death penalty" was a death toll of 3 before."""
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "He pleaded guilty to three counts of wire fraud.",
    "He pleaded not guilty on all counts.",
    "He was convicted of additional assault charges.",
    "Hale was convicted on two counts of murder and one count of attempted murder.",
    "He was convicted in 2009 on three counts of robbery.",
    "The law, passed 52-48 last year, was struck down on Tuesday.",
    "The bill, which passed 52-48 in 2019, was repealed on Tuesday.",
    "The committee voted 14-12 and the full Senate 52-48.",
    "The Bears beat the Lions 31-24 on Sunday.",
    "The team has a 9-14 record this season.",
    "Rates are expected to rise to 6% by the end of the year.",
    "Average mortgage rates climbed to 7.1% this week.",
    "Economists had expected inflation of 6.5%.",
    "In 2022 inflation hit 9%.",
    "In 2008 the bank cut rates to 1%.",
    "Manufacturing output fell 2.1 percent.",
    "The economy may shrink 0.4% this year.",
    "The bank raised rates to 5.5% in July 2023, its highest since 2001.",
])
def test_a_plea_counts_of_several_charges_another_year_a_score_or_another_rate_give_no_value(text):
    """Nor does an indicator's figure someone expected, or one of another year."""
    assert _values(text) == []


def test_two_outlets_giving_different_counts_of_one_verdict_clash():
    values = slot_values([Sentence("a1", "Alpha", 0, "Pratt was convicted on four of six counts.", "en"),
                          Sentence("b1", "Bravo", 0, "Jurors found Pratt guilty on three of six counts.", "en"),
                          Sentence("c1", "Charlie", 0, "The Senate voted 52-48 on the bill.", "en"),
                          Sentence("d1", "Delta", 0, "The bill passed by a vote of 48 to 52.", "en")], WHEN)
    [conflict] = slot_conflicts(values)
    assert conflict.slot == "counts convicted on"
    assert {v.value for v in conflict.values} == {"four", "three"}


def test_two_outlets_giving_different_levels_of_one_indicator_clash_and_a_rounding_does_not():
    """"Inflation slowed to 6.1%" against "Inflation fell to 6.3%" is a clash of one release;
    "about 6%" written as "6%" against 6.1% is the same figure rounded."""
    values = slot_values([Sentence("a1", "Alpha", 0, "Annual inflation slowed to 6.1% in March from 7.4%.", "en"),
                          Sentence("b1", "Bravo", 0, "Inflation fell to 6.3% in March, official data showed.", "en")],
                         WHEN)
    [conflict] = slot_conflicts(values)
    assert conflict.slot == "inflation rate"
    assert {v.value for v in conflict.values} == {"6.1%", "6.3%"}
    rounded = slot_values([Sentence("a1", "Alpha", 0, "Annual inflation slowed to 6.1% in March.", "en"),
                           Sentence("b1", "Bravo", 0, "Inflation fell to 6% in March.", "en")], WHEN)
    assert slot_conflicts(rounded) == []


def test_an_indicators_release_is_a_decided_figure_not_revised_by_the_afternoon():
    """"Unemployment rose to 6.8 percent in October" at 9:00 against "Joblessness rose to 7.1 percent
    in October" at 10:30 is a clash of one release, as a policy rate's two levels are, not the
    figure's update ("joblessness" names the jobless rate too)."""
    from datetime import UTC, datetime, timedelta

    from aggregator.compare.timeline import ReportTime, slot_claims
    values = slot_values([Sentence("a1", "Alpha", 0, "Unemployment rose to 6.8 percent in October.", "en"),
                          Sentence("b1", "Bravo", 0, "Joblessness rose to 7.1 percent in October.", "en")], WHEN)
    t0 = datetime(2026, 11, 4, 9, 0, tzinfo=UTC)
    times = {"Alpha": ReportTime(t0, True, "publication"), "Bravo": ReportTime(t0 + timedelta(hours=1.5), True,
                                                                             "publication")}
    conflicts, updates, _ = slot_claims(values, times)
    assert [(c.slot, c.status) for c in conflicts] == [("unemployment rate", "contradict")] and not updates


def test_a_policy_rate_is_never_rounded_so_a_whole_figure_clashes():
    """A policy rate is quoted as set: "kept its rate at 3.75%" against "keeping the key rate at 4%"
    clash, where an indicator's "6%" may be 6.1% rounded (above)."""
    values = slot_values([Sentence("a1", "Alpha", 0, "The central bank kept its main interest rate unchanged at "
                                                     "3.75 percent on Thursday.", "en"),
                          Sentence("b1", "Bravo", 0, "The governor dashed hopes of a cut, keeping the key rate at 4%.",
                                   "en")], WHEN)
    [conflict] = slot_conflicts(values)
    assert conflict.slot == "policy interest rate"
    assert {v.value for v in conflict.values} == {"3.75%", "4%"}
