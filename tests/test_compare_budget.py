"""Issue 23: a cap on the reports one comparison reads, and a time budget for its later stages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from aggregator.compare import compare_event
from aggregator.compare.budget import Budget, cap_reports, near_copies
from aggregator.config.settings import Settings
from aggregator.errors import ConfigError
from aggregator.models import Article, Event
from aggregator.render.as_json import to_dict
from aggregator.render.as_markdown import to_markdown
from aggregator.text import content_hash

T0 = datetime(2026, 1, 7, 8, tzinfo=UTC)
STORY = ("The harbour authority closed the northern pier on Tuesday after a crane collapsed during "
         "the night shift. Two workers were taken to hospital with minor injuries, the authority said. "
         "Inspectors from the labour ministry will examine the crane's maintenance records this week. "
         "Ferries to the islands leave from the southern pier until further notice.")
OWN = ["A spokesman for the dock workers' union said the crane had been reported faulty in March. ",
       "Shipping companies expect delays of up to two days for container traffic. ",
       "The pier was rebuilt in 2019 at a cost of 40 million euros. ",
       "Local residents reported hearing a loud bang shortly after midnight. "]


def art(k: int, text: str, copy_of: str | None = None) -> Article:
    when = T0 + timedelta(minutes=10 * k)
    return Article(id=f"a{k}", url=f"http://t.test/{k}", canonical_url=f"http://t.test/{k}", source=f"Outlet {k}",
                   title=f"Crane collapse {k}", text=text, published=when, fetched_at=when, language="en",
                   content_hash=content_hash(text), copy_of=copy_of)


def event_of(arts: list[Article]) -> Event:
    return Event(id="e", label="crane", first_seen=T0, last_seen=T0, article_ids=tuple(a.id for a in arts),
                 outlets=tuple(a.source for a in arts))


def test_no_cap_keeps_every_report_and_says_nothing():
    arts = [art(k, OWN[k % 4] + STORY) for k in range(4)]
    assert cap_reports(arts, 0) == (arts, [])
    assert cap_reports(arts, 4) == (arts, [])


def test_near_copies_are_left_out_first_and_named():
    originals = [art(k, (OWN[k] * 3) + OWN[(k + 1) % 4]) for k in range(4)]  # four texts apart
    # a flagged syndicated copy of a0, and an unflagged copy of a1 with one sentence added
    copies = [art(4, originals[0].text, copy_of="a0"), art(5, originals[1].text + " Updated at noon.")]
    arts = originals[:2] + copies[:1] + originals[2:] + copies[1:]
    found = near_copies(arts)
    assert {arts[k].id for k in found} == {"a4", "a5"}
    kept, notes = cap_reports(arts, 4)
    assert [a.id for a in kept] == ["a0", "a1", "a2", "a3"]
    assert notes[0].startswith("4 of 6 reports compared (compare_max_reports = 4)")
    assert "Outlet 4 (copy of Outlet 0, 100% shared)" in notes[1] and "Outlet 5 (copy of Outlet 1" in notes[1]


def test_past_the_copies_the_rest_is_sampled_evenly_over_time():
    arts = [art(k, " ".join(f"word{k}n{i}" for i in range(30)) + ".") for k in range(10)]  # none a copy
    kept, notes = cap_reports(arts, 5)
    assert [a.id for a in kept] == ["a0", "a2", "a4", "a6", "a8"]
    assert notes[-1] == ("left out by sampling evenly over publication time: "
                         "Outlet 1, Outlet 3, Outlet 5, Outlet 7, Outlet 9")


def test_the_comparison_says_what_the_cap_left_out_in_every_format(hashing):
    arts = [art(k, OWN[k] + STORY) for k in range(4)] + [art(4, OWN[0] + STORY, copy_of="a0")]
    comp = compare_event(event_of(arts), arts, hashing, max_reports=4)
    assert [o.source for o in comp.outlets] == ["Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3"]
    assert any("Outlet 4 (copy of Outlet 0" in n for n in comp.uncompared)
    assert any("4 of 5 reports compared" in n for n in to_dict(comp)["uncompared"])
    assert "Outlet 4 (copy of Outlet 0" in to_markdown(comp)
    full = compare_event(event_of(arts), arts, hashing)
    assert len(full.outlets) == 5 and not any("reports compared" in n for n in full.uncompared)


def test_past_the_timeout_later_stages_are_skipped_and_named(hashing):
    arts = [art(k, OWN[k] + STORY) for k in range(4)]
    comp = compare_event(event_of(arts), arts, hashing, timeout=1e-9)
    assert comp.facts and comp.omissions is not None  # facts, additions, omissions always
    assert comp.wording_changes == () and comp.labels == () and comp.conflicts == () and comp.derivations == ()
    note = next(n for n in comp.uncompared if "compare_timeout" in n)
    assert "word changes" in note and "naming differences" in note and "disputes" in note
    assert "time ran out" in to_markdown(comp)
    assert not any("compare_timeout" in n for n in compare_event(event_of(arts), arts, hashing).uncompared)


def test_budget_runs_stages_while_time_is_left():
    budget = Budget(60.0)
    assert budget.stage("x", lambda: 1, 0) == 1 and budget.notes() == []
    assert Budget(0).stage("x", lambda: 2, 0) == 2  # 0 = no limit


def test_settings_bound_the_comparison(monkeypatch):
    assert Settings().compare_max_reports > 0 and Settings().compare_timeout > 0
    monkeypatch.setenv("AGGREGATOR_COMPARE_MAX_REPORTS", "50")
    assert Settings.load().compare_max_reports == 50
    with pytest.raises(ConfigError):
        replace(Settings(), compare_timeout=-1.0).validate()


def _second_look_by_rescanning(sentences, negated, score, members, group_of, params):
    """The second look as it was before issue 23 (a full rescan after every join): the reference."""
    import numpy as np

    from aggregator.compare.align import _may_join, content_words

    words = [content_words(s.text) for s in sentences]
    changed = True
    while changed:
        changed = False
        for g in sorted(members, key=lambda k: len(members[k])):
            group = members[g]
            best, best_score = None, params.second_look
            for h, other in members.items():
                if h == g or not _may_join(sentences, negated, group, other):
                    continue
                mean = float(score[np.ix_(group, other)].mean())
                shared = np.mean([len(words[i] & words[j]) for i in group for j in other])
                if mean >= best_score and shared >= params.second_look_shared:
                    best, best_score = h, mean
            if best is not None:
                members[best] += group
                for k in group:
                    group_of[k] = best
                del members[g]
                changed = True
                break


@pytest.mark.parametrize("seed", range(8))
def test_second_look_joins_as_the_rescanning_version_did(seed):
    import random

    import numpy as np

    from aggregator.compare.align import _second_look
    from aggregator.compare.params import AlignParams
    from aggregator.models import Sentence

    rng = random.Random(seed)
    vocab = ["harbour", "crane", "pier", "ferry", "ministry", "workers", "hospital", "night", "inspectors", "delay"]
    sentences = [Sentence(f"a{k % 7}", f"Outlet {k % 7}", k, " ".join(rng.sample(vocab, 5))) for k in range(40)]
    negated = [rng.random() < 0.1 for _ in sentences]
    negated = [negated[k - 1] if k % 5 == 1 else negated[k] for k in range(40)]  # one polarity per group
    score = np.array([[rng.uniform(0.2, 0.7) for _ in sentences] for _ in sentences], dtype=np.float32)
    score = np.triu(score, 1) + np.triu(score, 1).T
    # groups of two (k, k + 1 for k a multiple of 5) and of one, keyed by their first sentence
    members = {k: [k, k + 1] if k % 5 == 0 else [k] for k in range(40) if k % 5 != 1}
    params = AlignParams(second_look_shared=2)
    ours, theirs = {k: list(v) for k, v in members.items()}, {k: list(v) for k, v in members.items()}
    group_of = list(range(40))
    _second_look(sentences, negated, score, ours, list(group_of), params)
    _second_look_by_rescanning(sentences, negated, score, theirs, list(group_of), params)
    assert sorted(sorted(v) for v in ours.values()) == sorted(sorted(v) for v in theirs.values())
    assert len(ours) < len(members)  # some groups joined
