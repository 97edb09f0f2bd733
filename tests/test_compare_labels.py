"""Labels as aligned naming differences (issue 20, point 2), on sentences written for the tests."""

from __future__ import annotations

from aggregator.compare.labels import naming_labels, same_naming
from aggregator.compare.naming import Grammar
from aggregator.compare.slots import EventDate, slot_values
from aggregator.compare.voice import article_voices
from aggregator.models import Fact, Sentence


def S(source: str, text: str, index: int = 0) -> Sentence:
    return Sentence(article_id=source, source=source, index=index, text=text, language="en")


def voices_of(sentences: list[Sentence]) -> dict:
    out = {}
    for source in {s.source for s in sentences}:
        mine = sorted((s for s in sentences if s.source == source), key=lambda s: s.index)
        for s, v in zip(mine, article_voices([s.text for s in mine])):
            out[(s.article_id, s.index)] = v
    return out


def each_alone(sentences: list[Sentence]) -> list[Fact]:
    """One fact per sentence: labels found against names or figures, with no aligned pair."""
    return [Fact(id=f"F{i}", sentences=(s,)) for i, s in enumerate(sentences)]


def by_outlet(labels) -> dict[str, str]:
    return {lab.source: lab.label for lab in labels}


def test_militants_and_fighters_in_aligned_sentences():
    a = S("A", "On Monday the armed militants stormed a police station near Kandar, officials said.")
    b = S("B", "On Monday the armed fighters stormed a police station near Kandar, officials said.")
    labels = naming_labels([a, b], [Fact(id="F1", sentences=(a, b))], min_confidence=0.0)
    assert by_outlet(labels) == {"A": "armed militants", "B": "armed fighters"}
    assert {lab.method for lab in labels} == {"aligned sentences"}
    assert all(lab.confidence > 0 for lab in labels)
    # the method is measured below the reporting floor, so by default it stays quiet
    assert naming_labels([a, b], [Fact(id="F1", sentences=(a, b))]) == []


def test_one_head_named_by_a_side_taken_is_a_label_shown_by_default():
    """"a pro-Palestinian encampment" / "an anti-Israel encampment": one head, modifiers apart, one
    of them taking a side by its form ("pro-" before anything, "anti-" before a name) is a label,
    even where the phrase follows a changed start of the sentence; modifiers that take no side
    ("a student encampment" / "a protest encampment") and "anti-riot police" / "riot police" are
    not."""
    a = S("A", "Police arrested 42 people as they cleared a pro-Palestinian encampment at Lindell University.")
    b = S("B", "Officers tore down an anti-Israel encampment at Lindell University on Thursday.")
    labels = naming_labels([a, b], [Fact(id="F1", sentences=(a, b))])
    assert by_outlet(labels) == {"A": "pro-Palestinian encampment", "B": "anti-Israel encampment"}
    assert {lab.method for lab in labels} == {"modifier taking a side"}
    c = S("C", "Police arrested 42 people as they cleared a student encampment at Lindell University.")
    d = S("D", "Police arrested 42 people as they cleared a protest encampment at Lindell University.")
    assert naming_labels([c, d], [Fact(id="F1", sentences=(c, d))], min_confidence=0.0) == []
    e = S("E", "Anti-riot police cleared the square near Lindell University on Thursday.")
    f = S("F", "Riot police cleared the square near Lindell University on Thursday.")
    assert naming_labels([e, f], [Fact(id="F1", sentences=(e, f))], min_confidence=0.0) == []


def test_militants_and_fighters_against_a_shared_name():
    sents = [S("A", "Militant commander Omar Haddad was seen in the town on Monday."),
             S("B", "Rebel fighter Omar Haddad was seen in the town on Monday.")]
    labels = naming_labels(sents, [], min_confidence=0.0)
    assert by_outlet(labels) == {"A": "Militant commander", "B": "Rebel fighter"}
    assert {lab.entity for lab in labels} == {"Omar Haddad"}
    assert all(lab.method == "title before a name" for lab in labels)
    # each head noun is one outlet's alone: measured below the reporting floor
    assert naming_labels(sents, []) == []
    sents.append(S("C", "Local commander Omar Haddad was seen in the town on Monday."))
    shown = by_outlet(naming_labels(sents, []))  # two outlets' "commander" corroborate each other
    assert shown == {"A": "Militant commander", "C": "Local commander"}


def test_verbs_and_clauses_before_a_name_are_not_titles():
    sents = [S("A", "Officials said they would question Omar Haddad on Monday."),
             S("B", "The rebels fired commander Omar Haddad on Monday."),
             S("C", "Police will arrest Omar Haddad soon."),
             S("D", "Local commander Omar Haddad left the town.")]
    labels = by_outlet(naming_labels(sents, [], min_confidence=0.0))
    assert labels.get("A") is None and labels.get("C") is None
    assert labels.get("B") in (None, "commander")


def test_one_row_per_outlet_its_usual_naming():
    sents = [S("A", "Rebel commander Omar Haddad left.", 0), S("A", "Rebel commander Omar Haddad spoke.", 1),
             S("A", "Town elder Omar Haddad returned.", 2), S("B", "Militant commander Omar Haddad left.", 0)]
    labels = naming_labels(sents, [], min_confidence=0.0)
    assert by_outlet(labels) == {"A": "Rebel commander", "B": "Militant commander"} and len(labels) == 2


def test_headline_fragments_and_clauses_are_never_labels():
    sents = [S("A", "Beijing Bans Exports Of Dual-Use Goods To Tokyo As Dispute Deepens"),
             S("B", "Beijing bans exports of dual-use goods to Tokyo as dispute deepens"),
             S("C", "Officials in Beijing said the export ban covers drones.")]
    labels = naming_labels(sents, [Fact(id="F1", sentences=tuple(sents[:2]))], min_confidence=0.0)
    assert labels == []
    long_clause = [S("A", "Omar Haddad, a man who had been seen in the town for many weeks, left."),
                   S("B", "Omar Haddad, the local commander, left.")]
    assert all("who" not in lab.label and len(lab.label.split()) <= 6 for lab in naming_labels(long_clause, []))


def test_identical_naming_is_not_listed():
    sents = [S("A", "Actress Jane Doe entered the clinic on Tuesday."),
             S("B", "Actress Jane Doe left the clinic on Friday."),
             S("C", "Jane Doe, 33, was not available.")]
    assert naming_labels(sents, []) == []
    assert same_naming("dual-use items", "Dual-use item") and same_naming("33-year-old actress", "actress")
    assert not same_naming("militants", "fighters")


def test_quoted_naming_belongs_to_the_speaker():
    sents = [S("A", "“Taiwan, a renegade province, will be reunited,” said spokesman Li Wei.", 0),
             S("B", "Taiwan, a self-ruled island, held drills on Monday.", 0)]
    labels = {lab.source: lab for lab in naming_labels(sents, [], voices=voices_of(sents), min_confidence=0.0)}
    assert labels["A"].label == "renegade province" and labels["A"].voice == "quoted"
    assert labels["A"].speaker == "Li Wei"
    assert labels["B"].label == "self-ruled island" and labels["B"].voice == "own"
    unattributed = [S("A", "A banner, “Taiwan, a renegade province, lost”, hung over the gate.", 0), sents[1]]
    assert naming_labels(unattributed, [], voices=voices_of(unattributed), min_confidence=0.0) == []


def test_names_with_middle_initials_and_titles_in_capitals_meet():
    sents = [S("A", "Superior Court Judge Ann Miller spoke on Monday."),
             S("B", "County judge Ann B. Miller spoke on Monday."),
             S("C", "Ann Miller declined to comment."), S("D", "Ann Miller left the court.")]
    labels = by_outlet(naming_labels(sents, [], min_confidence=0.0))
    assert labels == {"A": "Superior Court Judge", "B": "County judge"}


def test_an_ed_word_before_a_noun_is_a_modifier_unless_it_follows_its_subject():
    sents = [S("A", "Officials could not say how convicted robber Sam Coe escaped."),
             S("B", "Texas inmate Sam Coe escaped on Monday."),
             S("C", "The Rangers fired coach Sam Coe on Monday.")]
    labels = by_outlet(naming_labels(sents, [], min_confidence=0.0))
    assert labels["A"] == "convicted robber" and labels["B"] == "Texas inmate" and labels["C"] == "coach"


def test_an_adjective_after_to_stays_in_the_descriptor_a_verb_does_not():
    sents = [S("A", "The Hawks made a three-year offer to free agent first baseman Sam Coe."),
             S("B", "The Hawks made an offer to first baseman Sam Coe on Monday."),
             S("C", "The Hawks agreed to hire coach Sam Coe on Monday.")]
    labels = by_outlet(naming_labels(sents, [], min_confidence=0.0))
    assert labels["A"] == "free agent first baseman" and labels["B"] == "first baseman"
    assert labels.get("C") in (None, "coach")


def test_coordination_fronted_phrases_and_speakers_are_not_descriptors():
    sents = [S("A", "The knee was examined over the weekend and coach Dan Reyes said the season was over."),
             S("B", "Club chairman Dan Reyes spoke on Friday."),
             S("C", "Vera Lind and assistant coach Dan Reyes left the ground."),
             S("D", "For Mr. Dan Reyes, the plan that he wrote in May took weeks."),
             S("E", "No deal was offered by Dan Reyes, a source said."),
             S("F", "In Dan Reyes, the club's longest-serving coach, the board found its man."),
             S("G", "On seeing the police and Dan Reyes, the fans left the ground in silence."),
             S("H", "The jury found Dan Reyes, 29, guilty of murder on Friday."),
             S("I", "He went down again, and this time referee Dan Reyes stopped it."),
             S("J", "Arson is suspected at the club former coach Dan Reyes founded.")]
    labels = by_outlet(naming_labels(sents, [], min_confidence=0.0))
    assert labels.get("A") in (None, "coach")                   # not "weekend and coach"
    assert labels.get("C") in (None, "assistant coach")         # not "Vera Lind and assistant coach"
    assert labels.get("D") is None and labels.get("E") is None  # a subject after a fronted phrase; a speaker
    assert labels.get("G") is None                              # the name deep inside a fronted phrase
    assert labels.get("H") is None                              # an adjective after a name names nothing
    assert labels.get("I") == "referee"                         # "this time" says when
    assert labels.get("J") == "former coach"                    # "club" ends another phrase
    assert labels.get("F") == "club's longest-serving coach"    # a fronted phrase's appositive, closed by a comma


def test_two_roles_joined_before_a_name_are_one_descriptor():
    # a role noun by its agent ending ("actress", "singer") joins the title after "and"; a
    # season before "and" is an adverbial, as "weekend" is
    sents = [S("A", 'The "Sea Dogs" actress and former travel reporter Nora Vale checked into a clinic.'),
             S("B", "Singer and actress Nora Vale checked into a clinic on Friday."),
             S("C", "The team struggled over the summer and coach Nora Vale said it needed help."),
             S("D", "Pop star Nora Vale checked into a clinic.")]
    labels = by_outlet(naming_labels(sents, [], min_confidence=0.0))
    assert labels.get("A") == "actress and former travel reporter"
    assert labels.get("B") == "Singer and actress"
    assert labels.get("C") in (None, "coach")


def test_a_referent_is_headed_by_its_commonest_full_name_not_a_title_it_appears_in():
    sents = [S("A", "Pin-up icon Bettie Page died on Thursday in Los Angeles.", 0),
             S("A", "Bettie Page was the subject of the film The Notorious Bettie Page.", 1),
             S("B", "Former model Bettie Page died on Thursday in Los Angeles.", 0),
             S("B", "Bettie Page inspired the film The Notorious Bettie Page in 2005.", 1)]
    labels = naming_labels(sents, [], min_confidence=0.0)
    assert labels and {lab.entity for lab in labels} == {"Bettie Page"}


def test_a_referent_is_shown_by_its_name_without_titles():
    from aggregator.compare.language import ENGLISH
    from aggregator.compare.name_runs import untitled as _untitled

    assert _untitled("Police Inspector Dale Gaskin", ENGLISH) == "Dale Gaskin"
    assert _untitled("Coach Sean Payne", ENGLISH) == "Sean Payne"
    assert _untitled("Chief Justice", ENGLISH) == "Chief Justice"  # two words stay
    assert _untitled("Harbour Police Department", ENGLISH) == "Harbour Police Department"


def test_an_appositive_may_open_with_a_possessive_and_end_in_a_nominal_adjective():
    """"Marta Kowalczyk, Poland's veteran finance minister," and "Marta Kowalczyk, a convicted
    extremist," are labels: the possessive is the appositive's determiner, and after an article
    and before a comma a head the tagger reads as an adjective names her."""
    sents = [S("A", "Marta Kowalczyk, Poland's veteran finance minister, arrived in Brussels on Monday."),
             S("B", "Marta Kowalczyk, a convicted extremist, arrived in Brussels on Monday.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "Poland's veteran finance minister", "B": "convicted extremist"}


def test_a_title_after_according_to_is_whole_and_the_clause_after_the_credit_no_appositive():
    """"according to fire chief Tomas Varga": "to" is no infinitive, so the title is "fire chief", not
    "chief" (a label row against "fire chief"); "According to fire chief Tomas Varga, the fire
    started …" opens with a credit, so "the fire" after its comma is the clause's subject."""
    sents = [S("A", "The fire started at around 2pm, according to fire chief Tomas Varga."),
             S("B", "According to fire chief Tomas Varga, the fire started at 2pm."),
             S("C", "The blaze was under control four hours later, fire chief Tomas Varga told reporters.")]
    assert not naming_labels(sents, [], voices_of(sents), min_confidence=0.0)


def test_a_compound_placing_a_party_before_its_name_is_a_label_and_other_compounds_are_not():
    """"the far-right Dalvian Front" / "the extremist Dalvian Front": the tagger guesses the compound a
    name's word, and it places the party; "the most-watched Academy Awards" places nothing."""
    sents = [S("A", "The Social Democrats came second, and the far-right Dalvian Front took 14.1 percent."),
             S("B", "The Social Democrats trailed, while the extremist Dalvian Front won 15 percent.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "far-right", "B": "extremist"}
    sents = [S("A", "It was the most-watched Academy Awards in years."),
             S("B", "The Academy Awards drew 40 million viewers.")]
    assert not naming_labels(sents, [], voices_of(sents), min_confidence=0.0)


def test_an_appositive_headed_by_a_compound_with_a_plural_noun_is_a_label():
    """"Marta Voss, a human rights lawyer," against "Marta Voss, a foreign-funded provocateur,":
    the tagger reads "lawyer" after "rights" as a verb, and the appositive was dropped; a plural
    noun and a verb of saying with no article are still a clause ("…, 24, prosecutors charge.")."""
    sents = [S("A", "Police arrested Marta Voss, a human rights lawyer, in Velm on Monday."),
             S("B", "Security services detained Marta Voss, a foreign-funded provocateur, in Velm on Monday."),
             S("C", "Marta Voss, 41, led the march on Monday, prosecutors charge.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "human rights lawyer", "B": "foreign-funded provocateur"}


def test_an_appositive_with_a_name_modifying_its_head_is_a_label():
    """"Devin Marsh, the onetime Silicon Valley wunderkind," and "the former Soviet leader": a
    capitalised run inside the phrase, before its head noun, broke it at the case change and the
    appositive was dropped; "a self-ruled island Beijing claims as its territory" still ends before
    the name, whose next word runs on into a clause."""
    sents = [S("A", "Devin Marsh, the onetime Silicon Valley wunderkind, was charged with fraud on Monday."),
             S("B", "Devin Marsh, a Stanford dropout, was charged with fraud on Monday."),
             S("C", "Kelo, a self-ruled island Beijing claims as its territory, held drills on Monday."),
             S("D", "Kelo, a breakaway province, held drills on Monday.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "onetime Silicon Valley wunderkind", "B": "Stanford dropout", "C": "self-ruled island",
        "D": "breakaway province"}


def test_a_name_set_off_after_the_phrase_that_opens_the_sentence_is_its_appositive():
    """"A former nurse, Helen Crane, was sentenced …" and "…, said his lawyer, Ellen Broder." name
    the person with the phrase before; "After the meeting, Ellen Broder, …" does not (a phrase after
    a preposition)."""
    sents = [S("A", "A former nurse, Helen Crane, was sentenced to life on Friday."),
             S("B", "Killer nurse Helen Crane was sentenced to life on Friday."),
             S("C", "The verdict was unjust, said her lawyer, Ellen Broder."),
             S("D", "After the hearing, Ellen Broder, a veteran defence attorney, spoke to reporters."),
             S("E", "Ellen Broder and Helen Crane left the court on Friday.")]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert {(x.entity, x.source, x.label) for x in labels} == {
        ("Helen Crane", "A", "former nurse"), ("Helen Crane", "B", "Killer nurse"),
        ("Ellen Broder", "C", "lawyer"), ("Ellen Broder", "D", "veteran defence attorney")}


def test_a_names_possessive_may_open_the_phrase_a_name_is_set_off_after():
    sents = [S("F", "Orvania's leader, Mira Tal, called the drills a rehearsal for invasion."),
             S("G", "Orvanian separatist leader Mira Tal has provoked the mainland, officials said.")]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert {(x.entity, x.source, x.label) for x in labels} == {
        ("Mira Tal", "F", "Orvania's leader"), ("Mira Tal", "G", "Orvanian separatist leader")}


def test_a_possessive_running_into_a_clause_and_a_bare_adjective_are_no_appositives():
    """"the Gulf of Kerna, Norland's official news agency KNA reported": the possessive opens the
    next clause's subject; "Orla Brandt, 29, guilty of fraud": an adjective; "the youngest": a
    superlative."""
    sents = [S("A", "Boats were seized in the Gulf of Kerna, Norland's official news agency KNA reported."),
             S("B", "Boats were seized in the Gulf of Kerna, the busiest sea lane in the region."),
             S("A", "A court found Orla Brandt, 29, guilty of fraud on Monday.", 1),
             S("B", "Orla Brandt, the youngest, was also named on Monday.", 1)]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert not [lab for lab in labels if lab.source == "A"]


def test_an_outlet_is_shown_by_its_framing_appositive_rather_than_a_bare_title():
    """"Kessian President Omar Dali, a former army general," and "President Omar Dali, the
    nation's beloved leader,": each outlet's row is the appositive, how it frames him (the title
    says the office every outlet names); "Kessia's president since 2019" is a label too."""
    sents = [S("A", "Kessian President Omar Dali, a former army general, said his forces had acted in self-defence."),
             S("B", "Omar Dali, Kessia's president since 2019, said his troops had only returned fire."),
             S("C", "President Omar Dali, the nation's beloved leader, vowed to defend every inch of the homeland.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "former army general", "B": "Kessia's president", "C": "nation's beloved leader"}


def test_a_group_noun_after_a_name_is_how_the_outlet_classes_the_group():
    """"the terrorist Tarsa Front militia" / "the Tarsa Front, a rebel movement,": how each outlet
    classes the group; "the Tarsa Front gang member" names a member and "the … group of
    companies" another thing."""
    sents = [S("A", "The Tarsa Front, a rebel movement, attacked the town of Vell on Monday."),
             S("B", "The terrorist Tarsa Front militia attacked the town of Vell on Monday."),
             S("C", "The Tarsa Front, an armed opposition group, attacked the town of Vell on Monday.")]
    shown = by_outlet(naming_labels(sents, [], min_confidence=0.0))
    assert shown["B"] == "terrorist Tarsa Front militia"
    assert shown["A"] == "rebel movement" and shown["C"] == "armed opposition group"
    members = [S("A", "The Tarsa Front gang member smiled at his mother."),
               S("B", "The Tarsa Front group of companies hired new staff."),
               S("C", "The Tarsa Front said it attacked the town.")]
    assert naming_labels(members, [], min_confidence=0.0) == []


def test_a_party_a_faith_or_a_creed_is_a_label_and_so_is_a_nominal_adjective_after_an_article():
    """"Governor Paul Hennig, a Republican," / ", a devout Catholic," / ", a hardline conservative,":
    a capitalised noun of a party or a faith names as a lower-case noun does, and "conservative"
    after an article and before a comma is a noun, not the adjective its ending suggests."""
    sents = [S("A", "Governor Paul Hennig, a Republican, is expected to sign the measure."),
             S("B", "Governor Paul Hennig, a devout Catholic, has promised to sign the bill into law."),
             S("C", "Governor Paul Hennig, a hardline conservative, said he would sign it.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "Republican", "B": "devout Catholic", "C": "hardline conservative"}
    # a name alone is still no label, nor an adjective without an article ("Hennig, 61, conservative in …")
    plain = [S("A", "Governor Paul Hennig, Ohio State, is expected to sign the measure."),
             S("B", "Governor Paul Hennig, 61, conservative in his views, said he would sign it.")]
    assert naming_labels(plain, [], voices_of(plain), min_confidence=0.0) == []


def test_a_places_status_in_lower_case_before_its_name_is_a_label():
    """"occupied Sarn" / "the disputed region of Sarn" / "rebel-held Sarn": each outlet's status of
    the place is its label, as "Russian-occupied Crimea" is; a verb before a name ("visited Sarn")
    is none."""
    sents = [S("A", "Kessia held local elections in the disputed region of Sarn on Sunday."),
             S("B", "Kessian authorities staged a sham vote in occupied Sarn on Sunday."),
             S("C", "Fighting resumed in rebel-held Sarn on Sunday."),
             S("D", "The minister visited Sarn on Sunday.")]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert by_outlet(labels) == {"A": "disputed region", "B": "occupied", "C": "rebel-held"}


def test_a_capitalised_word_joined_to_a_participle_is_a_label_not_part_of_the_name():
    """"Russian-occupied Crimea" / "Crimea, a Russian region": the modifier places the referent and
    is the outlet's label; the name is "Crimea" in both ("New Zealand-born" is dropped with its
    place's name, "Top-ranked North Carolina" is North Carolina)."""
    from aggregator.compare.name_runs import name_runs, name_text, tokenize

    sents = [S("A", "Talks were held in Crimea, a Russian region, on Monday."),
             S("B", "Talks were held in Russian-occupied Crimea on Monday."),
             S("C", "Talks were held in Crimea on Monday.")]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert by_outlet(labels) == {"A": "Russian region", "B": "Russian-occupied"}
    assert {lab.entity for lab in labels} == {"Crimea"}
    for text, names in (("The New Zealand-born climber Duncan Rait died.", ["Duncan Rait"]),
                        ("Top-ranked North Carolina beat Evansville.", ["North Carolina", "Evansville"])):
        assert [name_text(r) for r in name_runs(tokenize(text))] == names


def test_a_group_noun_after_an_article_names_a_one_word_group():
    """"The Islamist group Hamas" against "Hamas, the militant group that rules Gaza,": a one-word
    name takes a descriptor before it when the descriptor is a group's, after an article (a
    one-word name otherwise needs none: "Oscar party", "Stefanski moves")."""
    sents = [S("A", "Hamas, the militant group that rules Gaza, said it had fired the rockets."),
             S("B", "The Islamist group Hamas said it had fired the rockets.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "militant group", "B": "Islamist group"}


def test_an_ing_noun_after_an_adjective_and_an_of_phrase_cut_by_a_name():
    """"Lomov, a former mining engineer, …": an -ing word after an adjective and an article
    modifies the noun ("after hiring former lawyer X" still has a verb); "the self-proclaimed
    leader of the breakaway Dorsk region" ends before "of", not on the adjective before the name."""
    sents = [S("A", "Separatist leader Viktor Lomov was killed in a drone strike on Sunday."),
             S("B", "Viktor Lomov, a former mining engineer who took up arms in 2019, had commanded the militia."),
             S("C", "Viktor Lomov, the self-proclaimed leader of the breakaway Dorsk region, was killed on Sunday."),
             S("D", "Viktor Lomov, a hero to many in the east, was killed on Sunday.")]
    labels = by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0))
    assert labels == {"A": "Separatist leader", "B": "former mining engineer", "C": "self-proclaimed leader",
                      "D": "hero"}


def test_an_of_phrase_ending_in_a_name_keeps_the_name():
    """"the leader of the nationalist Homeland Party," is the whole phrase: the name ends it, so
    the naming keeps what the leader leads ("nationalist" is the framing); a name followed by a
    common noun ("the breakaway Dorsk region") is still cut before "of"."""
    sents = [S("A", "Petra Lanz, the leader of the nationalist Homeland Party, won 31% of the vote."),
             S("B", "Far-right firebrand Petra Lanz topped the first round."),
             S("C", "Petra Lanz, the self-proclaimed leader of the breakaway Dorsk region, won 31% of the vote.")]
    labels = by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0))
    assert labels == {"A": "leader of the nationalist Homeland Party", "B": "Far-right firebrand",
                      "C": "self-proclaimed leader"}


def test_a_suspect_named_three_ways_shows_the_title_that_judges_him():
    """"The suspect, Karim Vell," (the tagger reads "suspect" as a noun after its article),
    "Suspect Karim Vell" opening a sentence, and "Islamist terrorist Karim Vell" (a noun in -ist
    the tagger calls an adjective): the title that judges him is shown though no other outlet's
    naming shares its head."""
    sents = [S("A", "Suspect Karim Vell had a history of mental illness, his family said."),
             S("B", "Islamist terrorist Karim Vell went on a stabbing rampage at the station on Friday."),
             S("C", "The suspect, Karim Vell, was detained at the scene.")]
    found = {(x.source, x.method): x.phrase for x in Grammar.of(sents).name_descriptors(sents)}
    assert found == {("A", "title before a name"): "Suspect", ("B", "title before a name"): "Islamist terrorist",
                     ("C", "appositive of a name"): "suspect"}
    labels = naming_labels(sents, [], voices_of(sents))
    assert {(x.source, x.label) for x in labels} == {("A", "Suspect"), ("B", "Islamist terrorist"), ("C", "suspect")}


def test_an_abbreviation_opening_a_sentence_is_no_lower_case_title():
    sents = [S("A", "GM Ed Stan said the trade was done on Friday."),
             S("B", "General manager Ed Stan said the trade was done on Friday.")]
    assert [x.phrase for x in Grammar.of(sents).name_descriptors(sents)] == ["General manager"]


def test_a_title_judges_by_its_lower_case_words_and_a_praised_head_names_a_feat():
    from aggregator.compare.labels import judging

    assert judging("Islamist terrorist") and judging("longtime autocrat") and judging("beautiful party girl")
    assert judging("Disgraced former minister", opens_sentence=True)
    assert not judging("Disgraced Lives author")  # a capitalised word inside a title is a name's
    assert not judging("Olympic champion") and not judging("Nobel Peace Prize winner")
    assert not judging("former transport minister")


def test_a_head_cut_from_its_of_phrase_is_no_naming_but_one_before_a_name_is():
    """"Seth Vale, the creator of the “Night Shift” animated show on the Fox network," gives no
    "creator": the head alone is cut from what it is the creator of, so beside "the Night Shift
    creator Seth Vale" it would be a label of nothing. "the home church of Governor Ann Lake" is
    whose church, so "home church" stays a naming."""
    def phrases(text: str, name: str) -> list[str]:
        sents = [S("A", text), S("B", f"{name} was in the news again on Friday.")]
        return [n.phrase for n in Grammar.of(sents).name_descriptors(sents) if n.source == "A"]
    assert phrases("The network gave the job to Seth Vale, the creator of the “Night Shift” animated show on the "
                   "Fox network.", "Seth Vale") == []
    assert "home church" in phrases("Elm Hill Church, the home church of Governor Ann Lake and her family, was "
                                    "damaged by a fire on Friday.", "Elm Hill Church")


def test_a_gerund_after_a_capitalised_adjective_is_part_of_the_title():
    """"British housing minister Clara Webb": "housing" after the adjective "British" is a noun of
    the title, not a verb, so the naming is the whole title, not "minister"."""
    sents = [S("A", "British housing minister Clara Webb resigned on Monday."),
             S("B", "Greedy minister Clara Webb has finally quit.")]
    phrases = {n.source: n.phrase for n in Grammar.of(sents).name_descriptors(sents)}
    assert phrases == {"A": "British housing minister", "B": "Greedy minister"}


def counted_labels(sents: list[Sentence]) -> list:
    """The labels of an event whose sentences each stand alone, with the figures they give (March 2026)."""
    return naming_labels(sents, each_alone(sents), voices_of(sents), values=slot_values(sents, EventDate(2026, 3)))


def test_a_group_counted_by_one_figure_is_named_by_each_outlet():
    sents = [S("A", "The minister said 42 officers were injured and 110 people were arrested."),
             S("B", "He said 110 rioters had been detained and would face the full force of the law."),
             S("C", "Riot police fired tear gas and arrested more than 100 demonstrators, witnesses said."),
             S("D", "Earlier, more than 400 protesters were arrested in the north.")]
    labels = counted_labels(sents)
    assert by_outlet(labels) == {"A": "people", "B": "rioters", "C": "demonstrators"}  # not D's other count
    assert {lab.entity for lab in labels} == {"the 110 arrested"}
    assert {lab.method for lab in labels} == {"counted by one figure"}
    # the 42 injured officers are a sub-count, and no other outlet counts them: no row
    assert naming_labels(sents, each_alone(sents), voices_of(sents)) == []  # without the figures, nothing


def test_a_group_counted_by_one_hedged_figure_is_named_by_each_outlet():
    """"about 2,000 migrants" deported / "Around 2,000 asylum seekers face deportation": no outlet
    gives an exact figure, and one figure hedged alike by both names one group."""
    sents = [S("A", "The government will deport about 2,000 migrants whose asylum claims were rejected."),
             S("B", "Around 2,000 asylum seekers face deportation after the court backed the policy."),
             S("C", "Rebels freed 40 hostages on Friday."),
             S("D", "The 40 captives released by the rebels were flown home.")]
    labels = counted_labels(sents)
    assert {(lab.entity, lab.source, lab.label) for lab in labels} == {
        ("the 2,000 deported", "A", "migrants"), ("the 2,000 deported", "B", "asylum seekers"),
        ("the 40 freed", "C", "hostages"), ("the 40 freed", "D", "captives")}
    sents = [S("A", "About 1.5 million residents were evacuated as the storm neared."),
             S("B", "Around 1.5 million people were evacuated from the coast.")]
    assert {lab.entity for lab in counted_labels(sents)} == {"the 1,500,000 evacuated"}  # the hedged centre, written out


def test_a_group_counted_in_general_words_or_by_the_act_has_no_label():
    sents = [S("A", "The quake killed 10 people in the villages."),
             S("B", "The quake killed 10 persons, officials said."),
             S("C", "There were 10 deaths in all, the agency said."),
             S("D", "The disaster has cost 10 lives, critics said.")]  # a toll's unit, no group
    facts = each_alone(sents)
    assert naming_labels(sents, facts, values=slot_values(sents, EventDate(2026, 3))) == []


def test_a_noun_with_an_adjective_s_ending_is_a_title_by_the_tagger_s_lexicon():
    sents = [S("A", "On Monday defendant Mara Lenz was held for weeks without charge, her lawyer said."),
             S("B", "Mara Lenz, a 34-year-old teacher, was released on Monday."),
             S("C", "Police said significant Omar Haddad was detained at the border."),
             S("D", "Omar Haddad, a local shopkeeper, was detained at the border.")]
    facts = each_alone(sents)
    rows = {(lab.source, lab.label) for lab in naming_labels(sents, facts, min_confidence=0.0)}
    assert ("A", "defendant") in rows  # -ant, but a noun in the lexicon ("appliance giant" too)
    assert not any(source == "C" for source, _ in rows)  # "significant" stays an adjective


def test_a_hedge_far_below_a_figure_counts_another_group():
    sents = [S("A", "The army said 27 rebels had been killed in the fighting."),
             S("B", "A local doctor said at least 12 civilians had been killed by shelling.")]
    facts = each_alone(sents)
    assert naming_labels(sents, facts, values=slot_values(sents, EventDate(2026, 5))) == []


def test_a_plural_possessive_opens_a_phrase_set_off_before_a_name():
    sents = [S("A", "The rebels' leader, Anton Ruslan, denied that the town had fallen."),
             S("B", "Rebel commander Anton Ruslan said his men still held the town centre.")]
    facts = each_alone(sents)
    assert by_outlet(naming_labels(sents, facts, min_confidence=0.0)) == {"A": "rebels' leader", "B": "Rebel commander"}


def test_an_agent_noun_the_lexicon_lacks_opening_the_sentence_is_a_title():
    sents = [S("A", "Rapper Jay Kane was charged on Tuesday with assault, police said."),
             S("B", "Troubled star Jay Kane has been charged with assault."),
             S("C", "Jay Kane punched a fan at a nightclub, witnesses said.")]
    facts = each_alone(sents)
    rows = {(lab.source, lab.label) for lab in naming_labels(sents, facts, min_confidence=0.0)}
    assert ("A", "Rapper") in rows and ("B", "Troubled star") in rows


def test_a_named_groups_members_by_a_group_noun_of_or_after_its_name():
    """"Fighters of the Kavar Front" / "Terrorists of the so-called Kavar Front" / "Kavar Front
    insurgents": each outlet's class of the group's members is its label of the name; a noun outside
    the group nouns ("employees of the Kavar Front") is none."""
    sents = [S("A", "Fighters of the Kavar Liberation Front seized the town of Desh on Saturday."),
             S("B", "Terrorists of the so-called Kavar Liberation Front attacked the town of Desh on Saturday."),
             S("C", "Kavar Liberation Front insurgents captured Desh on Saturday after a battle."),
             S("D", "Freedom fighters of the Kavar Liberation Front liberated the town of Desh on Saturday."),
             S("E", "Employees of the Kavar Liberation Front left the town of Desh on Saturday."),
             S("F", "Later the Freedom Fighters of the Kavar Liberation Front held the town of Desh.")]
    labels = naming_labels(sents, each_alone(sents))
    assert by_outlet(labels) == {"A": "Fighters of the Kavar Liberation Front",
                                 "B": "Terrorists of the so-called Kavar Liberation Front",
                                 "C": "Kavar Liberation Front insurgents",
                                 "D": "Freedom fighters of the Kavar Liberation Front"}
    assert {lab.entity for lab in labels} == {"Kavar Liberation Front"}


def test_one_group_of_a_tolls_breakdown_two_outlets_count_alike():
    """"30 soldiers and 18 rebels were killed" / "30 soldiers and 18 insurgents had died": the 18
    are one group, named two ways; a small figure, or an outlet with two groups of one figure, is
    no evidence of which group is whose."""
    sents = [S("A", "At least 30 soldiers and 18 rebels were killed, an army spokesman said."),
             S("B", "An army spokesman said 30 soldiers and 18 insurgents had died."),
             S("C", "At least 12 illegal immigrants drowned when their boat sank, the coast guard said."),
             S("D", "Twelve people died when a migrant boat capsized near Lanza on Wednesday.")]
    facts = each_alone(sents)
    labels = naming_labels(sents, facts, values=slot_values(sents, EventDate(2026, 3)))
    assert {(lab.entity, lab.source, lab.label) for lab in labels} == {
        ("the 18 killed", "A", "rebels"), ("the 18 killed", "B", "insurgents"),
        ("the twelve killed", "C", "illegal immigrants"), ("the twelve killed", "D", "people")}
    small = [S("A", "Two soldiers and three rebels were killed, the army said."),
             S("B", "The army said two soldiers and three insurgents had died.")]
    assert naming_labels(small, each_alone(small), values=slot_values(small, EventDate(2026, 3))) == []
    both = [S("A", "The shelling killed 5 soldiers and 5 civilians, officials said."),
            S("B", "Officials said 5 civilians and 5 troops had been killed in the shelling.")]
    assert naming_labels(both, each_alone(both), values=slot_values(both, EventDate(2026, 3))) == []


def test_a_superlative_and_a_participle_after_the_head_keep_an_appositive():
    """"the country's most popular opposition figure" keeps its superlative's adverb; "a politician
    accused of plotting riots" is a label ("politician") whose participle is not a speaker saying
    something; "a name borrowed from …" speaks of the name as a word, not of whom it names."""
    sents = [S("A", "Officers detained Marek Hollan, a politician accused of plotting riots, on Sunday."),
             S("B", "The police jailed Marek Hollan, the country's most popular opposition figure, on Sunday."),
             S("C", "Marek Hollan, a name borrowed from his grandfather, was jailed on Sunday.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "politician", "B": "country's most popular opposition figure"}


def test_a_place_named_after_of_is_labelled_by_its_status_not_its_whereabouts():
    """"the temporarily occupied city of Lorva" names Lorva as an appositive does ("Lorva, the
    capital of the breakaway region"); "the southern port city of Lorva" says only where and what
    it is, and "the capital of Dalmar" is Dalmar's capital, not a naming of Dalmar."""
    sents = [S("A", "Drones hit a power station in Lorva, the capital of the breakaway region, on Monday."),
             S("B", "The army struck a command post in the temporarily occupied city of Lorva on Monday."),
             S("C", "Drones hit the southern port city of Lorva on Monday, officials in the capital of Dalmar said."),
             S("D", "Officials in Dalmar and in Lorva gave no figures.")]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert {(lab.entity, lab.source, lab.label) for lab in labels} == {
        ("Lorva", "A", "capital of the breakaway region"), ("Lorva", "B", "temporarily occupied city")}


def test_a_title_before_a_name_the_tagger_reads_as_a_foreign_word_is_a_label():
    """The tagger reads "Maya" as a foreign word (FW), not a proper noun: "Disgraced sprinter Maya
    Olsen" is still a title before a full name."""
    sents = [S("A", "Disgraced sprinter Maya Olsen will miss the Olympics after a failed test."),
             S("B", "Maya Olsen, the nation's fastest woman, vowed on Friday to fight the ban.")]
    assert by_outlet(naming_labels(sents, [], voices_of(sents), min_confidence=0.0)) == {
        "A": "Disgraced sprinter", "B": "nation's fastest woman"}


def test_a_firms_title_before_its_one_word_name_is_a_label():
    """"rival Orvane" (the tagger's lexicon has "rival" as an adjective) is the title of a one-word
    firm name; a title before another one-word name ("veteran Lund") still is none."""
    sents = [S("A", "Kestrel Foods agreed on Monday to buy rival Orvane for $8.2 billion."),
             S("B", "Kestrel Foods said it would acquire Orvane, a maker of frozen meals, for $8.2 billion."),
             S("C", "The deal follows chipmaker Vetra's purchase of veteran Lund last year."),
             S("D", "Vetra and Lund declined to comment.")]
    assert {(lab.entity, lab.source, lab.label) for lab in naming_labels(sents, [], voices_of(sents),
                                                                       min_confidence=0.0)} == {
        ("Orvane", "A", "rival"), ("Orvane", "B", "maker of frozen meals")}


def test_a_name_runs_on_through_its_article_and_particles_in_labels():
    """"Jamaat al-Nur", "Abdel Fattah el-Sisi", "Ursula von der Leyen": the labels' name runs keep a
    surname's article and a particle between capitalised parts, so a group is not named "Jamaat"
    and "Rebel fighters of Jamaat" is not a label; a particle before no capitalised word joins nothing."""
    from aggregator.compare.name_runs import name_runs, name_text, tokenize

    for text, names in (("Rebel fighters of Jamaat al-Nur took control of Korba.", ["Rebel", "Jamaat al-Nur", "Korba"]),
                        ("President Abdel Fattah el-Sisi met Ursula von der Leyen.",
                         ["Abdel Fattah el-Sisi", "Ursula von der Leyen"]),
                        ("Paris de facto ruled Lund.", ["Paris", "Lund"])):
        assert [name_text(r) for r in name_runs(tokenize(text))] == names


def test_a_group_noun_before_a_finite_verb_the_event_did_not_teach_is_still_the_head():
    """"Jamaat al-Nur militants overran the town": "overran" is a verb by the tagger, not a noun of a
    member ("the Tarsa Front gang member"), so the group noun closes the naming; "captured" was
    read so before, by its ending."""
    sents = [S("A", "Jamaat al-Nur militants overran the northern town of Korba on Sunday."),
             S("B", "Jamaat al-Nur terrorists overran the northern town of Korba on Sunday.")]
    assert by_outlet(naming_labels(sents, [], min_confidence=0.0)) == {
        "A": "Jamaat al-Nur militants", "B": "Jamaat al-Nur terrorists"}


def test_a_group_noun_opening_one_claim_in_two_outlets_is_how_each_names_the_group():
    """"Islamist militants seized the town of Korba on Sunday" / "Rebel fighters of Jamaat al-Nur took
    control of Korba on Sunday": one group doing one thing, named two ways; not where the sentences
    share too little besides the phrases, nor where one opens with no group noun."""
    a = S("A", "Islamist militants seized the town of Korba on Sunday after two days of fighting.")
    b = S("B", "Rebel fighters of Jamaat al-Nur took control of Korba on Sunday, driving out the army.")
    labels = naming_labels([a, b], [Fact(id="F1", sentences=(a, b))])
    assert by_outlet(labels) == {"A": "Islamist militants", "B": "Rebel fighters"}
    assert {lab.method for lab in labels} == {"group noun opening one claim"}
    c = S("C", "Rebel fighters of Jamaat al-Nur held a parade in Vell.")
    assert naming_labels([a, c], [Fact(id="F1", sentences=(a, c))], min_confidence=0.0) == []
    d = S("D", "The army said it lost Korba on Sunday after two days of fighting.")
    assert naming_labels([a, d], [Fact(id="F1", sentences=(a, d))], min_confidence=0.0) == []


def test_two_owners_given_to_one_place_are_a_label():
    """"Dravia's Selin Islands" / "Ostmark's Selin Islands": the owner an outlet gives islands two
    countries claim is its label, though the two possessors are two names (a probe's naval drills);
    a possessor before a person or a firm's chief is no owner ("Britain's Prince Harry")."""
    sents = [S("A", "The Dravian navy started routine exercises around Dravia's Selin Islands on Monday."),
             S("B", "Dravia staged war games off Ostmark's Selin Islands on Monday."),
             S("C", "Dravia began naval drills near the Selin Islands on Monday.")]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert by_outlet(labels) == {"A": "Dravia's Selin Islands", "B": "Ostmark's Selin Islands"}
    people = [S("A", "Britain's Prince Harry visited Ardun on Monday."), S("B", "Prince Harry visited Ardun on Monday."),
              S("C", "Prince Harry was in Ardun on Monday.")]
    assert naming_labels(people, [], voices_of(people), min_confidence=0.0) == []


def test_adjectives_alone_before_a_party_name_are_its_label():
    """"the far-right Homeland Party" / "the patriotic Homeland Party" / "the national-conservative
    Homeland Party": how each outlet places the party is its label (a probe election had none shown);
    a word of time or size says nothing of it ("the late", "the new")."""
    sents = [S("A", "The far-right Homeland Party won 29 percent of the vote on Sunday."),
             S("B", "The patriotic Homeland Party won a historic victory on Sunday."),
             S("C", "The election left the national-conservative Homeland Party on 29 percent.")]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert by_outlet(labels) == {"A": "far-right", "B": "patriotic", "C": "national-conservative"}
    plain_words = [S("A", "The new Homeland Party won 29 percent on Sunday."),
                   S("B", "The Homeland Party won 29 percent on Sunday."),
                   S("C", "The Homeland Party took 29 percent on Sunday.")]
    assert naming_labels(plain_words, [], voices_of(plain_words), min_confidence=0.0) == []


def test_adjectives_before_a_one_word_name_of_a_party_are_its_label():
    """"the nationalist Homeland party" / "the far-right Homeland party": a one-word name with a
    political body's head after it is placed by the adjectives before it, as a name of two words is;
    not a one-word name with any other noun after it ("the acting FBI director", "the fifth NBA title")."""
    sents = [S("A", "The nationalist Homeland party came third with 14 percent."),
             S("B", "The far-right Homeland party won 14.3 percent of the vote."),
             S("C", "The Homeland party won 14 percent of the vote.")]
    labels = naming_labels(sents, [], voices_of(sents), min_confidence=0.0)
    assert by_outlet([x for x in labels if x.entity == "Homeland"]) == {"A": "nationalist", "B": "far-right"}
    other = [S("A", "The acting FBI director spoke on Monday."), S("B", "The FBI director spoke on Monday."),
             S("C", "The FBI director said little on Monday.")]
    assert naming_labels(other, [], voices_of(other), min_confidence=0.0) == []


def test_an_exact_floor_of_a_growing_toll_and_the_slots_own_noun_name_no_group():
    """"At least seven people died" is a toll at its hour, not a rough "nine": a floor holds a figure
    at itself or when round ("more than 100"); "nine bodies recovered" names the dead by the slot's
    own word, no group (a probe ferry sinking's "the nine killed: bodies / people")."""
    sents = [S("A", "At least seven people died when the ferry sank off Pelora on Saturday."),
             S("B", "The coast guard said nine bodies had been recovered from the ferry."),
             S("C", "Nine passengers were killed when the ferry sank off Pelora.")]
    labels = naming_labels(sents, each_alone(sents), values=slot_values(sents, EventDate(2026, 3)))
    assert labels == []


def test_a_named_groups_members_after_and_or_a_preposition():
    """"between the army and Northern Front insurgents", "attacked by Northern Front militants": the
    group noun after the name is the outlet's label of the group wherever the phrase opens after
    "and" or a preposition, as it is after "the" (a probe event's ceasefire report lost its label)."""
    sents = [S("A", "The government and the Northern Front rebels agreed a ceasefire on Saturday."),
             S("B", "A ceasefire between the army and Northern Front insurgents will begin at midnight."),
             S("C", "The town was attacked by Northern Front militants on Saturday.")]
    labels = naming_labels(sents, each_alone(sents), min_confidence=0.0)
    assert {(lab.source, lab.label) for lab in labels} == {("A", "Northern Front rebels"),
                                                           ("B", "Northern Front insurgents"),
                                                           ("C", "Northern Front militants")}
