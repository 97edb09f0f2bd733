"""Counts read where a verb of a state stands between the count and its slot word, the count of
those trapped, a tally named by its verb (compare/slots.py), and a lower floor in a toll's
timeline (compare/timeline.py). Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from aggregator.compare.slots import EventDate, slot_values
from aggregator.compare.timeline import ReportTime, slot_claims
from aggregator.models import Sentence


def _slots(text: str) -> list[tuple[str, str]]:
    return [(v.slot, v.value) for v in slot_values([Sentence("a", "Alpha", 0, text, "en")], EventDate(2026, 3))]


def _reports(texts: dict[str, tuple[float, str]]):
    """Each outlet's figures and its publication time, `texts`: outlet → (hours after 04:00, text)."""
    values = slot_values([Sentence(o, o, 0, t, "en") for o, (_, t) in texts.items()], EventDate(2026, 3))
    t0 = datetime(2026, 3, 7, 4, tzinfo=UTC)
    return values, {o: ReportTime(t0 + timedelta(hours=h), True, "publication") for o, (h, _) in texts.items()}


@pytest.mark.parametrize("text, expected", [
    ("Four miners have been found dead after the collapse.", [("killed", "four")]),
    ("Two climbers are feared dead after an avalanche on the ridge.", [("killed", "two")]),
    ("Three hikers were reported missing on Sunday.", [("missing", "three")]),
    ("15 remain missing after the collapse.", [("missing", "15")]),
    ("Four miners have been found dead and 15 remain missing after the collapse.",
     [("killed", "four"), ("missing", "15")]),
    ("At least 31 miners were trapped underground on Thursday.", [("trapped", "at least 31")]),
    ("Nineteen miners remain trapped.", [("trapped", "nineteen")]),
    ("Rescuers brought up 12 men, leaving 19 still trapped.", [("trapped", "19")]),
    ("The number of people killed in the sinking of the ferry rose to 52 on Saturday.", [("killed", "52")]),
])
def test_a_count_read_past_a_verb_of_a_state(text, expected):
    assert _slots(text) == expected


@pytest.mark.parametrize("text", [
    "Rescuers freed 12 trapped miners on Friday.",  # no longer trapped
    "Twelve people were found hiding in the basement.",
    "Two officers remain on leave.",
])
def test_no_count_where_the_state_is_not_the_slot_s(text):
    assert not [s for s in _slots(text) if s[0] in ("trapped", "killed", "missing")]


def test_a_lower_floor_after_a_higher_toll_is_no_step_back():
    """"at least 20 died" half an hour after "at least 38 killed" is true of 38: the toll's timeline
    still runs 38 → 52 (it was dropped whole, as a toll that shrank)."""
    texts = {"Wire": (0, "The ferry sank off the island, killing at least 38 people, the coast guard said."),
             "Harbour": (0.5, "At least 20 people died in the sinking, a local official said."),
             "Times": (3, "The number of people killed in the sinking rose to 52, the coast guard said.")}
    values, times = _reports(texts)
    _, updates, _ = slot_claims(values, times)
    [u] = updates
    assert [(p.source, p.value, p.stale) for p in u.points] == [
        ("Wire", "at least 38", False), ("Harbour", "at least 20", False), ("Times", "52", False)]


def test_a_sum_worth_something_is_no_theft():
    """"contracts worth 120 million euros" is a contract's sum, not a haul; a haul's sum has a word
    of theft near it."""
    assert _slots("His brother's firms won state contracts worth 120 million euros.") == [
        ("money contract (EUR)", "120 million euros")]
    assert _slots("The merger values the group at a price worth $5 billion.") == []
    assert _slots("Thieves made off with watches worth 2 million euros.") == [("money stolen (EUR)", "2 million euros")]


def test_a_takeovers_price_is_the_deals_sum():
    """"agreed to buy Telmar for $12 billion" and "a $13 billion megadeal" are one deal's sum, and
    clash (a slot of its own: offers and contracts are not compared, as they have several parties);
    "Shoppers buy more in winter" names no sum."""
    assert _slots("Orvex agreed on Monday to buy rival chipmaker Telmar for $12 billion in cash.") == [
        ("money takeover (USD)", "$12 billion")]
    assert _slots("Orvex is swallowing smaller rival Telmar in a $13 billion megadeal.") == [
        ("money takeover (USD)", "$13 billion")]
    assert _slots("Shoppers buy more in winter, the survey of 2,000 people found.") == []
    texts = {"Wire": (0, "Orvex agreed on Monday to buy rival chipmaker Telmar for $6.2 billion in cash."),
             "Times": (4, "Telmar agreed to be bought by Orvex for $6.5 billion.")}
    conflicts, updates, skipped = slot_claims(*_reports(texts))  # an agreed price: no update hours later
    assert [(c.slot, c.status) for c in conflicts] == [("money takeover (USD)", "contradict")]
    assert not updates and not skipped


@pytest.mark.parametrize("a, b, agree", [
    ("$1.2 million", "1.15 million dollars", True),  # rounded to the coarser one's last digit
    ("$12 billion", "$12.3 billion", True),
    ("$400 million", "$420 million", True),
    ("$6.2 billion", "$6.5 billion", False),  # both to a tenth of a billion: two sums
    ("$420 million", "$440 million", False),
    ("$250,000", "$200,000", False),  # a round sum is no coarse one
])
def test_two_sums_agree_as_far_as_the_coarser_one_is_rounded(a, b, agree):
    texts = {"Wire": (0, f"Thieves stole {a} from the bank vault."), "Times": (0.5, f"The robbers stole {b} in the raid.")}
    conflicts, _, _ = slot_claims(*_reports(texts))
    assert (not conflicts) == agree


def test_a_sum_after_a_floor_of_two_words_is_a_floor():
    """"a hit with more than $363 million in the till": the hedge two words before the sum makes it a
    floor (it was read from the third word back, "with", and the sum taken as exact)."""
    [v] = slot_values([Sentence("a", "Alpha", 0, "The film is a hit with more than $363 million in the till.", "en")],
                      EventDate(2026, 3))
    assert (v.slot, v.low, v.high) == ("money gross (USD)", 363e6, float("inf"))


def test_a_sum_with_a_hyphen_before_its_scale_is_millions():
    [v] = slot_values([Sentence("a", "Alpha", 0, "Four robbers made off with $137-million of jewels.", "en")],
                      EventDate(2026, 3))
    assert (v.slot, v.value, v.low) == ("money stolen (USD)", "$137-million", 137e6)


@pytest.mark.parametrize("text, expected", [
    ("Two officers fired a total of nine shots, the police said.", [("shots fired", "9")]),
    ("Witnesses said officers fired at least 12 shots.", [("shots fired", "at least 12")]),
    ("Nine rounds were fired at the car.", [("shots fired", "9")]),
    ("The deputy fired 41 times into the vehicle.", [("shots fired", "41")]),
    ("The guard fired two warning shots into the air.", []),
])
def test_the_shots_fired_are_a_slot(text, expected):
    assert _slots(text) == expected


def test_shots_fired_that_witnesses_and_police_count_otherwise_are_a_clash_not_an_update():
    """Police put the shots at nine, witnesses an hour and a half later at "at least 12": how many
    were fired does not grow while a story unfolds, so it is no update (9 → at least 12 → 9)."""
    texts = {"Harbor": (0, "Two officers fired a total of nine shots, according to the police department."),
             "Voice": (1.5, "Witnesses told the paper that officers fired at least 12 shots."),
             "Standard": (2.5, "The officers fired nine shots.")}
    values, times = _reports(texts)
    conflicts, updates, _ = slot_claims(values, times)
    assert updates == []
    [row] = conflicts
    assert row.slot == "shots fired" and {v.value for v in row.values} == {"9", "at least 12"}


@pytest.mark.parametrize("text, expected", [
    ("The company said 1,200 jobs would be lost, while the union put the figure at 2,000.",
     [("jobs", "1,200"), ("jobs", "2,000")]),
    ("Officials said 12 people were killed; residents said the real number was more than 30.",
     [("killed", "12"), ("killed", "more than 30")]),
    ("Officials said 12 people were killed and 40 injured, and put the figure at 52.",
     [("killed", "12"), ("injured", "40")]),  # two slots: which one the figure restates is unknown
])
def test_a_figure_that_restates_the_count_before_it_counts_its_slot(text, expected):
    assert _slots(text) == expected


def test_another_sources_lower_toll_is_a_point_of_the_timeline_not_a_step_back():
    """The ministry's 45, then the minister's 42, then the WHO's 61: a lower count from another
    source does not cancel the toll's rise (a toll one source lowers still does: a correction)."""
    texts = {"Wire": (0, "A cholera outbreak has killed 45 people, the health ministry said."),
             "Times": (1.5, "Health Minister Aldo Ferro said 42 people had died."),
             "Post": (3.5, "The number of cholera deaths has risen to 61, according to the World Health Organization.")}
    values, times = _reports(texts)
    speakers = {texts["Wire"][1]: "health ministry", texts["Times"][1]: "Aldo Ferro",
                texts["Post"][1]: "World Health Organization"}
    _, updates, _ = slot_claims(values, times, speakers=speakers)
    [u] = updates
    assert [(p.source, p.value) for p in u.points] == [("Wire", "45"), ("Times", "42"), ("Post", "61")]
    same = {text: "health ministry" for text in speakers}
    assert slot_claims(values, times, speakers=same)[1] == []


def test_a_partys_own_figure_of_itself_is_no_update_of_the_count():
    """The official 34 % for Varga, then "Varga said her own count showed she had won 48 percent":
    her claim against the count, shown as one row of the sources' figures (who gives each), neither
    a timeline 34 % → 48 % nor the Post contradicting the others. The 34 % of the first sentence
    stands outside what Varga is reported to say, so it is the outlet's, not hers."""
    first = "Opposition leader Ilse Varga, who took 34 percent, said the vote was rigged."
    second = "Challenger Ilse Varga won 34 percent of the vote."
    third = "Opposition leader Ilse Varga said her own count showed she had won 48 percent."
    texts = {"Wire": (0, first), "Today": (1, second), "Post": (2.5, third)}
    values, times = _reports(texts)
    assert {v.slot for v in values} == {"vote share of Varga"}
    speakers = {first: "Ilse Varga", third: "Ilse Varga"}
    reported = {first: "the vote was rigged.", third: "her own count showed she had won 48 percent."}
    conflicts, updates, _ = slot_claims(values, times, reported=reported, speakers=speakers)
    assert updates == []
    [row] = conflicts
    assert row.kind == "sources" and {v.value for v in row.values} == {"34%", "48% (Ilse Varga)"}


@pytest.mark.parametrize("text, expected", [
    ("The government said it had freed 120 detainees as part of the deal.", [("freed", "120")]),
    ("Rebels released 40 hostages on Saturday.", [("freed", "40")]),
    ("About 2,000 asylum seekers face deportation after the ruling.", [("deported", "about 2,000")]),
    ("The last such patch was released on Oct. 23.", []),  # a thing released, and a date
    ("The rebels expelled the reporters from the town.", []),
])
def test_people_deported_or_freed_are_counted_only_before_a_plural_noun(text, expected):
    """"freed 120 detainees": the verb before the figure says what befell them, the noun after it
    ("detainees", another slot's word) who they were; "released on Oct. 23" counts nothing."""
    assert _slots(text) == expected


def test_a_swap_s_two_freed_groups_are_no_conflict(hashing):
    """Released hostages and prisoners are two groups of one slot: the figures name groups for the
    labels (compare/counted.py), and are never compared as one figure."""
    from aggregator.compare import compare_event
    from aggregator.models import Article, Event

    t0 = datetime(2026, 3, 7, 4, tzinfo=UTC)
    texts = {"Alpha": "Rebels released 40 hostages on Saturday in exchange for 120 prisoners, the Red Cross said.",
             "Beta": "The government said it had freed 120 detainees as part of the deal.",
             "Gamma": "The rebels freed 40 captives on Saturday, a rebel spokesman said."}
    arts = [Article(id=f"a{k}", url=f"http://t.test/{k}", canonical_url=f"http://t.test/{k}", source=source,
                    title="Swap at Tamsa", text=text, published=t0 + timedelta(minutes=10 * k), fetched_at=t0,
                    language="en", content_hash=f"h{k}") for k, (source, text) in enumerate(texts.items())]
    event = Event(id="e", label="swap", first_seen=t0, last_seen=t0, article_ids=tuple(a.id for a in arts),
                  outlets=tuple(texts))
    comparison = compare_event(event, arts, hashing)
    assert not [c for c in comparison.conflicts if c.slot == "freed"]
    assert not [u for u in comparison.updates if u.slot == "freed"]
    assert {(lab.source, lab.label) for lab in comparison.labels if lab.entity == "the 40 freed"} == {
        ("Alpha", "hostages"), ("Gamma", "captives")}


@pytest.mark.parametrize("text, expected", [
    ("Nimbus is laying off 11,000 employees, about 9 percent of its staff.", [("jobs", "11,000")]),
    ("300 employees were laid off on Monday.", [("jobs", "300")]),
    ("Nimbus axes 11,000 staff as spending soars", [("jobs", "11,000")]),
    ("Nimbus laid off 900 workers in 2019.", []),  # another year's cuts
])
def test_jobs_cut_by_a_verb_of_two_words(text, expected):
    """"laying off 11,000 employees": the verb and its particle are one slot word, before the figure
    or after its subject; a year other than the event's still makes it another time's figure."""
    assert _slots(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("More than 6,000 people have been ordered to leave their homes.", [("evacuated", "more than 6,000")]),
    ("The fire forced 3,000 residents to flee.", [("evacuated", "3,000")]),
    ("The fire spread overnight, forcing about 3,000 residents to leave their homes.", [("evacuated", "about 3,000")]),
    ("About 300 workers plan to leave the company.", []),  # no order: leaving is no evacuation
    ("About 500 people fled the scene.", []),
])
def test_people_an_order_tells_to_leave_or_flee_are_evacuated(text, expected):
    """"ordered to leave their homes" is an evacuation as "ordered to evacuate" is; "leave" and
    "flee" alone count nothing."""
    assert _slots(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Authorities ordered the culling of 120,000 chickens on Thursday.", [("culled", "120,000")]),
    ("The ministry ordered 150,000 birds to be culled at the farm.", [("culled", "150,000")]),
    ("The killing of 12 people shocked the nation.", [("killed", "12")]),  # a gerund after "the", then "of"
    ("The gunman slaughtered 12 people.", []),  # people: no cull
])
def test_animals_culled_are_counted_by_their_own_slot(text, expected):
    assert _slots(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The army said it killed 18 militants in a raid on Sunday.", [("killed", "18")]),  # a plural the lexicon lacks
    ("The merger destroyed 4,000 jobs.", [("jobs", "4,000")]),  # the noun's slot, not the verb's: no people
])
def test_the_counted_noun_of_a_slot_verb(text, expected):
    assert _slots(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Four soldiers were martyred on Tuesday near the border.", [("killed", "four")]),
    ("The army buried 12 martyrs on Friday.", [("killed", "12")]),
    ("Three police officers were slain in the ambush.", [("killed", "three")]),
    ("Four heroic Varnian soldiers were martyred on Tuesday.", [("killed", "four")]),  # two modifiers, then the noun
    ("Four brave young firefighters were killed in the blaze.", [("killed", "four")]),
])
def test_one_side_s_word_for_its_fallen_counts_the_dead(text, expected):
    """"were martyred" is how one side's outlets give the toll another outlet gives as "killed":
    the same slot, so the two figures meet; the counted noun may stand past two modifiers, whose
    words put the slot's verb past the slot window."""
    assert _slots(text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("Twelve people were taken to hospital with minor injuries, a fire service spokesman said.", 12.0),
    ("Fifteen people were treated in hospital, mostly for cuts and bruises.", 15.0),
    ("The three victims were rushed to the hospital.", 3.0),
    ("The outbreak has hospitalised 30 people.", 30.0),
])
def test_people_taken_to_hospital_are_a_count_of_their_own(text, value):
    """An accident's or outbreak's count of people in hospital: "were taken to hospital with minor
    injuries" puts the injury word past the slot window, and "treated in hospital" has none (a probe
    event's 12 → 15 → 14 hospitalised was no conflict at all)."""
    found = [(v.slot, v.low) for v in slot_values([Sentence("a", "Alpha", 0, text, "en")], EventDate(2026, 3))]
    assert found == [("hospitalised", value)]


@pytest.mark.parametrize("text", ["Three people remain in hospital.", "Two people died in hospital."])
def test_people_still_in_hospital_or_dying_there_are_not_the_hospitalised(text):
    """"remain in hospital" is a count that falls as they leave, not those taken there; "died in
    hospital" counts the dead."""
    assert "hospitalised" not in {slot for slot, _ in _slots(text)}


@pytest.mark.parametrize(("text", "value"), [
    ("The government freed 40 convicted terrorists on Tuesday.", "40"),
    ("Forty political prisoners walked free on Tuesday.", "forty"),
    ("Forty prisoners have walked free.", "forty"),
])
def test_prisoners_freed_past_a_participle_or_walking_free_are_counted(text, value):
    """"freed 40 convicted terrorists": a participle before the counted noun is a modifier like an
    adjective; "walked free" frees those counted (a probe event's prisoner swap had
    no freed figure from two of its four outlets)."""
    assert _slots(text) == [("freed", value)]


def test_the_missing_and_those_in_hospital_fall_as_an_update():
    """The missing are found: "11 others are missing" then, three hours later, "eight people still
    missing" is the count's update, not two reports contradicting each other (a probe bridge
    collapse)."""
    texts = {"Wire": (0, "The bridge collapsed on Tuesday, killing at least six people, and 11 others are missing."),
             "Herald": (3, "The death toll rose to nine on Wednesday, with eight people still missing.")}
    values, times = _reports(texts)
    conflicts, updates, _ = slot_claims(values, times)
    assert {u.slot: [p.value for p in u.points] for u in updates}["missing"] == ["11", "eight"]
    assert not [c for c in conflicts if c.slot == "missing"]


@pytest.mark.parametrize("text, expected", [
    ("Carmaker Celtra is recalling 120,000 cars because of a brake fault.", [("recalled cars", "120,000")]),
    ("Shares fell after the company announced a recall of 150,000 cars.", [("recalled cars", "150,000")]),
    ("The firm recalled about 2 million vehicles.", [("recalled vehicles", "about 2 million")]),
    ("She recalled 20 years of work at the plant.", []),  # memory, no count of products
    ("The firm will recall the cars within 30 days.", []),
])
def test_products_a_maker_recalls_are_counted_by_their_noun(text, expected):
    """A recall is counted by the noun it counts, as "affected customers" is, after the verb or
    "a recall of"; a figure of a time is none."""
    assert _slots(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen abducted 60 students from a boarding school late on Sunday.", [("kidnapped", "60")]),
    ("Armed men kidnapped 87 pupils, the principal said.", [("kidnapped", "87")]),
    ("Police said 30 villagers were kidnapped on Friday.", [("kidnapped", "30")]),
    ("The kidnappers freed the girls on Monday.", []),  # "kidnappers" names the captors
])
def test_people_kidnapped_are_a_count_of_their_own(text, expected):
    assert _slots(text) == expected


def test_two_counts_of_the_children_kidnapped_differ_whoever_they_are_called():
    """"60 students" and "87 pupils" are one count of those kidnapped given two ways: a school's
    students are the whole group, not a part of it as "two students" are of a toll."""
    texts = {"Wire": (0, "Gunmen abducted 60 students from a boarding school in Talora, police said."),
             "Times": (0.5, "Armed bandits stormed a school in Talora and kidnapped 87 pupils.")}
    values, times = _reports(texts)
    conflicts, updates, _ = slot_claims(values, times)
    assert [c.slot for c in conflicts] == ["kidnapped"] and not updates


def test_a_higher_toll_within_the_hour_after_a_floor_is_its_update():
    """"killing at least 23" then, an hour later, "killing 31" fits the floor: no contradiction, so
    the toll's timeline runs 23 → 31 → 47 though the second report is within the update margin."""
    texts = {"Wire": (0, "An earthquake struck eastern Kavros, killing at least 23 people, the ministry said."),
             "Today": (1, "The earthquake in eastern Kavros killed 31 people."),
             "Global": (4, "The death toll from the earthquake in eastern Kavros has risen to 47.")}
    values, times = _reports(texts)
    conflicts, updates, _ = slot_claims(values, times)
    assert [[p.value for p in u.points] for u in updates] == [["at least 23", "31", "47"]]
    assert not conflicts


@pytest.mark.parametrize("text, expected", [
    ("The agency said 29 people in nine states had fallen ill.", [("infected", "29")]),  # where, not who
    ("Five people in two cars were injured.", [("injured", "five")]),
    ("Twelve more people fell ill on Sunday.", []),  # an increment
    ("Forty pupils fell ill after lunch.", [("infected", "forty")]),
])
def test_the_sick_of_an_outbreak_and_a_place_s_figure_beside_them(text, expected):
    """"fell ill" / "had fallen ill" counts the sick as "sickened" does; a figure after a preposition
    of place ("in nine states") counts where they were, and the count before it reaches its verb."""
    assert _slots(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About 12,000 people took part, police said.", [("took part", "about 12,000")]),
    ("Organisers said some 40,000 people were taking part in the rally.", [("took part", "some 40,000")]),
    ("Police said 40 of those who took part were arrested.", []),  # a part of them, not their count
])
def test_those_who_took_part_are_the_gathering_s_count(text, expected):
    assert _slots(text) == expected
