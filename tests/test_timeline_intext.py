"""In-text dates (issue 21, point 1): a report with neither a publication time nor a dateline is
bounded from below by the days its text names as past; a bound is never a time. Short texts
written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from aggregator.compare.slots import EventDate, slot_values
from aggregator.compare.timeline import (
    ReportTime,
    gate,
    later,
    report_times,
    simultaneous,
    slot_claims,
    unknown_notes,
)
from aggregator.models import Article, Sentence

# The event: a bridge collapse on Saturday 8 March 2025; reports dated Monday 10 and Tuesday 11.
MON = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
TUE = datetime(2025, 3, 11, 16, 0, tzinfo=UTC)
FETCHED = datetime(2025, 4, 1, 12, tzinfo=UTC)
WHEN = EventDate(2025, 3)
HEADLINE = "Bridge collapse in Riverton\n"
# Opening lines without a date: a full date after them is no dateline (textdates reads 400 characters).
PAD = "Traffic was diverted through the town centre and the ferry ran extra crossings. " * 6
DATED = {"Alpha": ("Officials said the old bridge collapsed on Saturday evening.", MON),
         "Bravo": ("The bridge, which carried 4,000 cars a day, collapsed on Saturday.", TUE)}


def art(source: str, text: str, published: datetime | None = None, language: str = "en") -> Article:
    return Article(id=source, url="", canonical_url="", source=source, title="", text=HEADLINE + text,
                   published=published, fetched_at=FETCHED, language=language, content_hash=source)


def times_with(source: str, text: str, dated: dict[str, tuple[str, datetime]] | None = None,
               language: str = "en") -> dict[str, ReportTime]:
    reports = [art(s, t, p) for s, (t, p) in (DATED if dated is None else dated).items()]
    return report_times([*reports, art(source, text, language=language)])


def bound_of(t: ReportTime) -> date | None:
    return t.not_before.date() if t.not_before else None


def test_a_weekday_is_resolved_by_the_day_the_dated_reports_read_it_as():
    t = times_with("Rest", "Divers searched the river after the bridge fell on Saturday.")["Rest"]
    assert t.when is None and not t.precise and t.basis == "in-text date"  # a bound, not a time
    assert bound_of(t) == date(2025, 3, 8)
    assert t.note == 'not before 2025-03-08: its text names "on Saturday"'


def test_a_weekday_is_not_resolved_without_dated_reports_or_when_they_read_it_as_two_days():
    text = "Divers searched the river after the bridge fell on Saturday."
    alone = report_times([art("Rest", text)])["Rest"]
    assert alone.when is None and alone.not_before is None and "no dateline" in alone.note
    # one dated report: a single reading is not trusted
    one = times_with("Rest", text, {"Alpha": DATED["Alpha"]})["Rest"]
    assert one.not_before is None
    # a report dated Saturday 15 March reads "Saturday" as the 8th or the 15th: ambiguous
    later_paper = {**DATED, "Charlie": ("Mourners gathered on Saturday at the collapsed bridge.",
                                        datetime(2025, 3, 15, 10, tzinfo=UTC))}
    assert times_with("Rest", text, later_paper)["Rest"].not_before is None


def test_the_verb_nearest_the_day_decides_whether_it_is_past():
    for text, day in (("Police say a lorry struck the pier on March 12.", date(2025, 3, 12)),
                      ("A second span on March 12 gave way too.", date(2025, 3, 12)),
                      ("On March 12, divers recovered the lorry.", date(2025, 3, 12)),
                      ("The crossing has been closed since March 9.", date(2025, 3, 9))):
        assert bound_of(times_with("Rest", text)["Rest"]) == day, text


def test_explicit_dates_bound_the_time_with_the_event_year_when_absent():
    t = times_with("Rest", "The council closed the ferry on March 13 after the collapse.")["Rest"]
    assert bound_of(t) == date(2025, 3, 13) and '"March 13"' in t.note
    t = times_with("Rest", PAD + "Engineers inspected the piers on 12 March 2025.")["Rest"]
    assert t.basis == "in-text date"
    assert bound_of(t) == date(2025, 3, 12)
    # the latest day named is the bound
    t = times_with("Rest", PAD + "The bridge fell on March 8, 2025. The mayor resigned on March 14.")["Rest"]
    assert bound_of(t) == date(2025, 3, 14)


def test_future_and_planned_days_do_not_count():
    for text in ("The council will vote on March 20 on a new bridge.",
                 "An inquiry is expected to report on Friday.",
                 PAD + "The ferry is scheduled to resume on 24 March 2025.",
                 "Roads stay closed until March 30.",
                 "A memorial service may be held on March 22.",
                 "Repairs begin next month, officials said.",
                 "Residents go to a public meeting Thursday.",
                 "Officials said the ferry resumes March 20.",  # said: past; the day's verb: present
                 "The vote is held on March 23, the council said.",
                 "Residents bought tickets for the March 21 benefit concert.",
                 "The council has to decide on March 25."):
        t = times_with("Rest", text)["Rest"]
        assert t.not_before is None and t.basis == "", text


def test_background_dates_and_years_do_not_count():
    for text in ("The bridge was built in 1962 and survived the 2005 flood.",
                 PAD + "It was last repaired on 3 June 2019, records showed.",
                 "A similar bridge collapsed in Dunmore in 2011."):
        t = times_with("Rest", text)["Rest"]
        assert t.not_before is None, text


def test_a_month_alone_bounds_from_its_first_day_and_other_languages_are_not_read():
    t = times_with("Rest", "Cracks were reported in March, a resident said.")["Rest"]
    assert bound_of(t) == date(2025, 3, 1)
    # a month (or a date) without a year well after the known reports may be last year's
    assert times_with("Rest", "The driver was arrested in April, a court heard.")["Rest"].not_before is None
    assert times_with("Rest", "The driver was arrested on April 2, a court heard.")["Rest"].not_before is None
    t = times_with("Rest", "Die Brücke stürzte am 13. März ein.", language="de")["Rest"]
    assert t.not_before is None


def test_a_language_is_read_when_its_pack_has_tense_words_and_a_tagger(monkeypatch):
    """The tense words are the pack's (`LanguagePack.tense`, none by default): a pack that gives
    them, with a tagger, is read; one without either is not."""
    from dataclasses import replace

    from aggregator.compare import intext
    from aggregator.compare.language import ENGLISH, TenseWords, pack_for

    packs = {"xt": replace(ENGLISH, code="xt", tense=TenseWords()), "xn": replace(ENGLISH, code="xn", tense=None),
             "xg": replace(ENGLISH, code="xg", tagger=None)}
    monkeypatch.setattr(intext, "pack_for", lambda code: packs.get(code) or pack_for(code))
    text = "The driver was arrested on March 9, a court heard."
    assert bound_of(times_with("Rest", text, language="xt")["Rest"]) == date(2025, 3, 9)
    assert times_with("Rest", text, language="xn")["Rest"].not_before is None
    assert times_with("Rest", text, language="xg")["Rest"].not_before is None


def test_a_report_naming_nothing_stays_unknown_with_its_note():
    times = times_with("Rest", "Divers searched the river for survivors.")
    assert times["Rest"] == ReportTime(None, False, "", "no publication date and no dateline", "en")
    [line] = unknown_notes(times)
    assert line.startswith("Rest: no publication date and no dateline, so its figures") and "never contradict" in line
    bounded = times_with("Rest", "The mayor resigned on March 14.")
    [line] = unknown_notes(bounded)
    assert line.startswith("Rest:") and "not before 2025-03-14" in line and "never contradict" in line


def S(source: str, text: str) -> Sentence:
    return Sentence(source, source, 0, text, "en")


def known(when: datetime) -> ReportTime:
    return ReportTime(when, True, "publication")


def bound(day: date) -> ReportTime:
    return ReportTime(None, False, "in-text date", f"not before {day}",
                      not_before=datetime(day.year, day.month, day.day, 12, tzinfo=UTC))


def test_a_bound_is_never_simultaneous_and_never_the_earlier_side_of_later():
    b = bound(date(2025, 3, 13))
    for other in (known(datetime(2025, 3, 13, 12, tzinfo=UTC)), b):
        assert not simultaneous(b, other, grows=False) and not simultaneous(other, b, grows=False)
    assert later(b, known(MON)) and not later(b, known(datetime(2025, 3, 13, 8, tzinfo=UTC)))
    assert not later(known(datetime(2025, 3, 20, tzinfo=UTC)), b)  # b's report may be later still
    assert not later(b, bound(date(2025, 3, 1)))


def test_a_bound_never_makes_a_contradiction():
    sentences = [S("Alpha", "Five people were killed in the collapse."),
                 S("Rest", "Eleven people were killed in the collapse.")]
    # the bound's day is the dated report's: not later, and not the same time either
    times = {"Alpha": known(MON), "Rest": bound(MON.date())}
    conflicts, updates, _ = slot_claims(slot_values(sentences, WHEN), times)
    assert not updates and [c.status for c in conflicts] == ["differ"]
    assert gate(conflicts[0], times).status == "differ"
    # a role's holder (a slot that does not grow) neither
    times = {"Alpha": known(MON), "Rest": bound(MON.date() - timedelta(days=1))}
    conflicts, _, _ = slot_claims(slot_values(sentences, WHEN), times)
    assert all(c.status == "differ" for c in conflicts)


def test_a_bound_orders_an_update_after_a_dated_report():
    sentences = [S("Alpha", "Five people were killed in the collapse."),
                 S("Rest", "Eleven people were killed in the collapse.")]
    times = {"Alpha": known(MON), "Rest": bound(date(2025, 3, 13))}
    conflicts, updates, _ = slot_claims(slot_values(sentences, WHEN), times)
    [u] = updates
    assert [(p.source, p.value) for p in u.points] == [("Alpha", "five"), ("Rest", "eleven")]
    assert u.points[1].time == times["Rest"].not_before and "earliest" in u.points[1].time_basis
    assert not [c for c in conflicts if c.status == "contradict"]
    # the other way round a bound cannot order: a dated report's newer figure after it is unknown
    times = {"Alpha": known(datetime(2025, 3, 14, tzinfo=UTC)), "Rest": bound(date(2025, 3, 12))}
    sentences = [S("Alpha", "Eleven people were killed in the collapse."),
                 S("Rest", "Five people were killed in the collapse.")]
    conflicts, updates, _ = slot_claims(slot_values(sentences, WHEN), times)
    assert not updates and [c.status for c in conflicts] == ["differ"]


def test_a_bounded_report_joins_a_timeline_and_is_stale_only_clearly_after_the_newer_figure():
    sentences = [S("Alpha", "Five people were killed in the collapse."),
                 S("Bravo", "Eleven people were killed in the collapse."),
                 S("Rest", "Five people were killed in the collapse."),
                 S("Late", "Five people were killed in the collapse.")]
    times = {"Alpha": known(MON), "Bravo": known(TUE), "Rest": bound(date(2025, 3, 11)),
             "Late": bound(date(2025, 3, 13))}
    _, updates, _ = slot_claims(slot_values(sentences, WHEN), times)
    [u] = updates
    # a bound sits at noon of its day, as a dateline does
    assert [p.source for p in u.points] == ["Alpha", "Rest", "Bravo", "Late"]
    assert u.stale == ("Late",)  # Rest's bound is Bravo's day: it may have been out before eleven


def test_two_bounded_reports_with_new_figures_cannot_be_ordered():
    sentences = [S("Alpha", "Five people were killed in the collapse."),
                 S("Rest", "Eleven people were killed in the collapse."),
                 S("Other", "Nine people were killed in the collapse.")]
    times = {"Alpha": known(MON), "Rest": bound(date(2025, 3, 13)), "Other": bound(date(2025, 3, 14))}
    conflicts, updates, _ = slot_claims(slot_values(sentences, WHEN), times)
    assert not updates and all(c.status == "differ" for c in conflicts)
