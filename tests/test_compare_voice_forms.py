"""Who speaks in the common forms of news attribution, on sentences of our own writing.

Each test holds a form the voice step read wrongly before (`compare/voice.py` and the modules it
asks); the figures over the ECB+ events are in BENCHMARKS.md.
"""

from __future__ import annotations

import pytest

from aggregator.compare.voice import article_voices, sentence_voice


def _attributed(text: str) -> list[tuple[str, str]]:
    """The attributed spans of one sentence with their speakers, in order."""
    return [(text[s.start:s.end], s.speaker) for s in sentence_voice(text).spans if s.voice == "attributed"]


def _cited(texts: list[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each source one report of `texts` cites: its kind and verbs."""
    from aggregator.compare.quotes import citations
    from aggregator.compare.voice import article_voices
    from aggregator.models import Sentence

    voices = {("A", i): v for i, v in enumerate(article_voices(texts))}
    return {c.cited: (c.kind, c.verbs)
            for c in citations([Sentence("A", "A", i, t, "en") for i, t in enumerate(texts)], voices=voices)}


@pytest.mark.parametrize("text", [
    "Speaking to reporters, the president vowed to rebuild the city.",
    "Speaking on state television, the governor promised to reopen the schools.",
    "Visiting the flooded town, the minister pledged to send more troops.",
])
def test_a_pledge_with_to_is_no_trailing_frame_of_the_phrase_before_it(text):
    """"to" after a verb of saying tells where it was said ("…, the president said to reporters"),
    but "vowed to rebuild" is a pledge and its infinitive: the participle phrase before the comma
    was given to the president as his words."""
    assert _attributed(text) == []


def test_to_after_a_trailing_verb_still_tells_whom_it_was_said_to():
    text = "The city will be rebuilt, the president said to reporters."
    assert _attributed(text) == [("The city will be rebuilt", "president")]


@pytest.mark.parametrize("text, first, second", [
    ("Officials said the storm had weakened, although forecasters warned that flooding remained a risk.",
     ("the storm had weakened", "Officials"), ("flooding remained a risk.", "forecasters")),
    ("Critics argue the plan will hurt small farmers, while supporters say it will cut prices.",
     ("the plan will hurt small farmers", "Critics"), ("it will cut prices.", "supporters")),
    ("The company said profits rose, but analysts said the outlook was weak.",
     ("profits rose", "company"), ("the outlook was weak.", "analysts")),
])
def test_a_report_ends_before_a_joined_clause_with_its_own_speaker(text, first, second):
    """"X said A, although Y warned B": B is Y's report, not part of what X said."""
    assert _attributed(text) == [first, second]


@pytest.mark.parametrize("text, spans", [
    ('"We will look at it, but I think we will see them in court," said Jo Park.',
     [("we will see them in court,\"", "Jo Park"),
      ('"We will look at it, but I think we will see them in court,"', "Jo Park")]),
    ("Flames were seen, and officials said they suspected arson, the Daily News reported.",
     [("they suspected arson", "officials"), ("Flames were seen, and officials said they suspected arson", "Daily News")]),
    ("He said the plan would work, but that critics say it is flawed.",
     [("the plan would work, but that critics say it is flawed.", "He"), ("it is flawed.", "critics")]),
])
def test_a_report_keeps_a_clause_it_passes_on(text, spans):
    """A quotation's own comma, a trailing frame's whole clause and "but that critics say" (passed
    on by the first speaker) are not cut."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, spans", [
    ("Officials fear the death toll could rise.", [("the death toll could rise.", "Officials")]),
    ("The family hopes he will be found alive.", [("he will be found alive.", "family")]),
    ("Health officials feared that the outbreak would spread.", [("the outbreak would spread.", "Health officials")]),
    ("European Union officials tried to calm market fears that the crisis was spreading.", []),
    ("I attach hopes for the better to these elections.", []),
    ("Amid fears the virus could spread, schools closed.", []),
    ("The club fears a long ban for its captain.", []),
])
def test_a_fear_or_hope_with_a_clause_is_its_subjects_view(text, spans):
    """"Officials fear the toll could rise" is the officials' view, not the outlet's statement;
    "market fears that …", "attach hopes", "amid fears" are nouns and a plain object no clause."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, spans", [
    ("Residents reported seeing smoke rising from the plant.",
     [("seeing smoke rising from the plant.", "Residents")]),
    ("Several residents recalled hearing gunfire overnight.", [("hearing gunfire overnight.", "Several residents")]),
    ("People as far away as Tehran reported feeling the quake.", [("feeling the quake.", "People")]),
])
def test_what_a_speaker_reports_perceiving_is_their_account(text, spans):
    """"reported feeling the quake": the gerund of perception is what they report; "People as far
    away as Tehran" are the people, the place only how far away they were."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, speaker", [
    ("People as far away as Tehran said they felt the quake.", "People"),
    ("Residents as far north as Ohio said the shaking lasted a minute.", "Residents"),
])
def test_a_comparison_of_distance_is_no_speaker(text, speaker):
    assert [who for _, who in _attributed(text)] == [speaker]


@pytest.mark.parametrize("text, spans", [
    ("Such events are rare, as scientists have said for years.", [("Such events are rare", "scientists")]),
    ("The ban is illegal, as the ministry noted on Monday.", [("The ban is illegal", "ministry")]),
    ("Prices rose, as analysts had predicted.", []),
    ("The troops withdrew, as the president had promised.", []),
    ("The road was closed, as police arrived.", []),
])
def test_a_clause_before_as_x_said_is_xs(text, spans):
    """"…, as the ministry noted": the clause before the comma is the ministry's, as after "As the
    ministry noted, …"; after a verb of foretelling ("as analysts had predicted") the writer says
    it came true, and "as police arrived" frames nothing."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, spans", [
    ("Reuters reported, citing three people familiar with the plans, that the company would cut 5,000 jobs.",
     [("the company would cut 5,000 jobs.", "Reuters")]),
    ("The wire service said, citing a senior official in the capital, that the talks had failed.",
     [("the talks had failed.", "wire service")]),
])
def test_that_after_an_aside_set_off_past_the_verb_opens_the_report(text, spans):
    """A long "citing …" aside between the verb and "that" kept the "that" out of reach (and was
    read as the participle's own, as in "…, adding that …")."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, speaker", [
    ("A poll published on Sunday found that 60 percent of voters backed the plan.", "poll"),
    ("A study released on Monday said that the river was polluted.", "study"),
])
def test_a_day_after_a_participle_belongs_to_the_speaker_phrase(text, speaker):
    """"The ministry on Tuesday said": the day is when it was said; "A poll published on Sunday
    found": the day is the participle's, and the poll is the speaker."""
    assert [who for _, who in _attributed(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("In a post on Telegram, the governor said two drones had been shot down.", "governor"),
    ("Speaking in Kyiv, the mayor said the city was calm.", "mayor"),
    ("Abdolreza Sheikholeslami, the governor of Hormozgan Province, said the damage was light.",
     "Abdolreza Sheikholeslami"),
])
def test_a_fronted_phrase_before_a_role_is_no_name_the_role_belongs_to(text, speaker):
    """"Name, the governor of …, said": the name speaks; "In a post on Telegram, the governor
    said": a fronted phrase (a preposition or a participle opens it) is no name, the governor speaks."""
    assert [who for _, who in _attributed(text)] == [speaker]


def test_he_or_she_after_a_titled_name_opening_the_sentence_before_is_that_person():
    """"Mayor Ana Ruiz spoke …" then '"…," she said': the title opens the capitalised run the
    sentence starts with, and the person after it is the one spoken of."""
    from aggregator.compare.voice import article_voices

    voices = article_voices(["Mayor Ana Ruiz spoke at a news conference on Monday.",
                             '"We will rebuild every house," she said.'])
    assert {s.speaker for s in voices[1].spans} == {"Ana Ruiz"}


def test_a_semicolon_ends_a_report_before_another_speakers():
    text = "Supporters of the law say it protects children; opponents say it restricts free speech."
    assert _attributed(text) == [("it protects children", "Supporters of the law"),
                                 ("it restricts free speech.", "opponents")]


@pytest.mark.parametrize("text, speaker", [
    ("Shares in the company fell 5 percent after it warned that profits would drop.", "company"),
    ("The central bank kept rates on hold, but it said inflation was too high.", "central bank"),
    ("Microsoft released a patch, which it said would fix the flaw.", "Microsoft"),
])
def test_it_inside_a_clause_stands_for_the_nearest_body_or_name_before_it(text, speaker):
    """"it" is the company, not the capitalised word the sentence opens with ("Shares"); a name
    nearer than the body noun still wins."""
    assert [who for _, who in _attributed(text)] == [speaker]


@pytest.mark.parametrize("text, content", [
    ("According to the study, published in The Lancet, the drug cut deaths by a third.",
     "the drug cut deaths by a third."),
    ("According to the report, which was released Monday, emissions rose.", "emissions rose."),
    ("According to police, injured people were taken to hospital, and two remain in critical condition.",
     "injured people were taken to hospital, and two remain in critical condition."),
    ("According to police, that was the end of it, and nobody was hurt.",
     "that was the end of it, and nobody was hurt."),
])
def test_an_aside_on_a_credit_is_not_what_it_credits(text, content):
    """"According to the study, published in The Lancet, …": the participle or relative clause
    after the credit's comma describes the study; the clause after the aside is credited."""
    assert [c for c, _ in _attributed(text)] == [content]


@pytest.mark.parametrize("text, content", [
    ("KYIV, Ukraine (AP) — Russia launched a wave of drones overnight, Ukrainian officials said.",
     "Russia launched a wave of drones overnight"),
    ("WASHINGTON — The bill would ban the app, the senator said.", "The bill would ban the app"),
])
def test_a_dateline_is_not_what_a_trailing_frame_reports(text, content):
    assert [c for c, _ in _attributed(text)] == [content]


@pytest.mark.parametrize("text, spans", [
    ("Police urged drivers for hours to avoid the area.", [("avoid the area.", "Police")]),
    ("Residents said the city had warned officials for years.", [("the city had warned officials for years.",
                                                                   "Residents")]),
])
def test_a_span_of_time_after_an_object_is_not_what_is_reported(text, spans):
    """"warned officials for years": "for years" says how long, it is no report after "for"."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, spans", [
    ("Lawmakers criticized the move, calling it reckless.", [("reckless.", "Lawmakers")]),
    ("The ministry condemned the attack, branding it an act of terror.", [("an act of terror.", "ministry")]),
    ("The leader met his guests on Monday, calling on both countries to join hands.", []),
])
def test_a_naming_participle_after_a_comma_names_with_the_clauses_subject(text, spans):
    """"…, calling it reckless": the clause's subject calls it so, as in "…, saying …"; "calling
    on X to …" names nothing, and the clause before it is no one's words."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, spans", [
    ("The decision drew criticism from rights groups, who said it was a setback.", [("it was a setback.", "rights groups")]),
    ("The decision drew criticism from rights groups, who called it a setback.", [("a setback.", "rights groups")]),
    ("The car was stopped by the police, who said the driver was drunk.", [("the driver was drunk.", "police")]),
    ("Police arrested two men near the station, who said nothing.", []),
    ("Police responded with tear gas that left clouds of smoke over the square.", []),
])
def test_who_said_after_a_clause_ending_in_a_group_is_the_groups(text, spans):
    """", who said …" after a clause that ends in a noun of speakers or a body after its last
    preposition: that group speaks, as a person's name there does ("Police arrested Jo Park, who
    said …"); "responded with tear gas that …" reports nothing."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, spans", [
    ('"They ignored every warning," said Pia Lund of the group Clean Coast.',
     [('"They ignored every warning,"', "Pia Lund of Clean Coast")]),
    ("Environmental groups have long warned that the plant was unsafe, a charge the company denies.",
     [("the plant was unsafe", "Environmental groups"),
      ("Environmental groups have long warned that the plant was unsafe", "company")]),
    ("Later, the man their editor dubbed \"Deep Throat\" helped to keep them on track.", []),
])
def test_a_person_of_a_named_group_and_a_charge_a_body_denies(text, spans):
    """"said Pia Lund of the group Clean Coast": she speaks (the name after "group" was taken);
    "…, a charge the company denies": the company denies it (the speaker was "charge the company")."""
    assert _attributed(text) == spans


def test_the_company_is_the_last_named_company_not_a_group_opening_a_sentence():
    """"Norvex Chemicals said …" then "Environmental groups have warned …, a charge the company
    denies": the company is Norvex Chemicals (a name; "Chemicals" heads company names), not the
    groups cited just before it."""
    found = _cited(["The plant's owner, Norvex Chemicals, said in a statement that it was cooperating with "
                    "investigators.",
                    "Environmental groups have long warned that the plant was unsafe, a charge the company denies."])
    assert found["Norvex Chemicals"] == ("organisation", ("said", "denies"))
    assert found["Environmental groups"][1] == ("warned",)


@pytest.mark.parametrize("text", [
    "A person familiar with the negotiations said the deal was near.",
    "A person familiar with the negotiations, who spoke on condition of anonymity, said the deal was near.",
])
def test_a_person_familiar_with_the_matter_is_an_unnamed_source(text):
    """The wire services' "a person familiar with the …" speaks, as "a source familiar with …" does."""
    assert _attributed(text) == [("the deal was near.", "person familiar with the negotiations")]


def test_a_naming_complement_before_a_coordinated_verb_is_the_namers():
    """The name is Kerr's; since stop 63 it ends before "and vowed to appeal", his next act."""
    text = "Defense attorney Dan Kerr called the sentence excessive and vowed to appeal."
    assert _attributed(text) == [("excessive", "Dan Kerr")]


@pytest.mark.parametrize("text, speaker", [
    ("Striker Leo Marsh said it was the best day of his career.", "Leo Marsh"),
    ("Deputy Public Defender Ana Ruiz said her client was innocent.", "Ana Ruiz"),
])
def test_a_players_position_before_a_name_is_a_role(text, speaker):
    """"Striker Leo Marsh", "Public Defender Ana Ruiz": the person, as "Coach Sean Payton" is."""
    assert [who for _, who in _attributed(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ("Voters cast ballots in an election hailed by the government as an exercise in democracy but dismissed "
     "by critics as a sham.", [("an exercise in democracy", "government"), ("a sham.", "critics")]),
    ("The protesters, branded by the government as terrorists, marched on Sunday.", [("terrorists", "government")]),
    ("The ruling was welcomed by the opposition as a victory for democracy.", [("a victory for democracy.", "opposition")]),
    ("The raid was described by French media on Friday as the biggest heist in a decade.",
     [("the biggest heist in a decade.", "French media")]),
    ("The officers, both described by colleagues this morning as dedicated professionals, died.",
     [("dedicated professionals", "colleagues")]),
])
def test_a_view_after_a_participle_and_its_agent_is_the_agents(text, expected):
    """"hailed by X as …", "dismissed by Y as …": the words after "as" are the agent's; a second
    participle with its own agent ends the first view, a participle set off by commas ends at its
    comma, and a time after the agent is no part of it."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rights groups denounced the law as draconian.", [("the law as draconian.", "Rights groups")]),
    ("The opposition welcomed the ruling as a victory.", [("the ruling as a victory.", "opposition")]),
    # a bare noun, as a headline writes it: still a view, not an act ("claimed victory in …")
    ("Ministry condemns visit as provocative", [("visit as provocative", "Ministry")]),
    ("Moralists denounced the photos as obscene, and a senator launched an inquiry.",
     [("the photos as obscene", "Moralists")]),
    # a view in a relative clause ends at the comma that closes it
    ("Police said the man, whom neighbours described as quiet and polite, had no criminal record.",
     [("the man, whom neighbours described as quiet and polite, had no criminal record.", "Police"),
      ("quiet and polite", "neighbours")]),
])
def test_a_view_given_as_an_object_and_as_ends_before_another_clause(text, expected):
    assert _attributed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Beijing regards the island as part of its territory and has not ruled out the use of force.",
     [("part of its territory", "Beijing")]),
    ("He saw the order as an effort to obstruct justice, and he rejected it.",
     [("an effort to obstruct justice", "He")]),
    ("Colleagues described him as someone who lived for police work and was a fanatic about boxing.",
     [("someone who lived for police work and was a fanatic about boxing.", "Colleagues")]),
    ("What Moscow calls a special military operation has killed thousands.",
     [("a special military operation", "Moscow")]),
    ("What the Kessian government calls a special operation has killed thousands.",
     [("a special operation", "the Kessian government")]),
    ("Warships sailed near Orvania in what the government called intimidation drills.",
     [("intimidation drills", "the government")]),
    ("Critics accuse the government of using the law to silence dissent.",
     [("using the law to silence dissent.", "Critics")]),
    ("Activists urge the council to ban the pesticide.", [("ban the pesticide.", "Activists")]),
])
def test_a_view_or_a_name_ends_where_another_act_begins(text, expected):
    """A view after "as" ends at "and" with a finite verb or at ", and" + a clause (not inside a
    relative clause of the view); "what X calls …" names up to the main clause's verb; "accuse" and
    "urge" frame like "accused" and "urged"."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The group, designated a terrorist organisation by the United States, denied involvement.",
     [("a terrorist organisation", "United States")]),
    ("Gigante, dubbed the Oddfather by tabloid newspapers, died in prison.", [("the Oddfather", "tabloid newspapers")]),
    ("David Ortiz, Boston's star designated hitter, is a free agent.", []),
    ("Police closed the road, calling it a danger to drivers.", [("a danger to drivers.", "Police")]),
    ("The plan, called reckless and dangerous by critics, passed.", [("reckless and dangerous", "critics")]),
    ("The drug, called velamin and made by Pharmacorp, was tested for three years.", []),
])
def test_a_name_given_by_a_participle_set_off_by_commas_is_its_agents(text, expected):
    """"X, dubbed Y by Z, …": Y is Z's name for X; "designated" names only so ("designated hitter"
    is an adjective), and a participle of naming without "by" is still the subject's."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("first, speaker", [
    ("Prime Minister Lena Dorsk visited the town on Sunday.", "housing minister"),
    ("Foreign Minister Lena Dorsk visited the town on Sunday.", "housing minister"),
    ("Housing Minister Lena Dorsk visited the town on Sunday.", "Lena Dorsk"),
    ("Minister Lena Dorsk visited the town on Sunday.", "Lena Dorsk"),
])
def test_a_role_with_its_own_modifier_is_not_a_person_titled_otherwise(first, speaker):
    """'The housing minister denied …' after 'Prime Minister Lena Dorsk' is another minister: the
    word before the title's head must be the role's own when the role has one."""
    from aggregator.compare.voice import article_voices

    voices = article_voices([first, "The housing minister denied that building codes had been ignored."])
    assert voices[1].frame_speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The ruling led critics to argue that the court had overstepped.", "critics"),
    ("The move prompted activists to claim that the vote was rigged.", "activists"),
    ("The scandal forced the minister to admit that he had lied.", "minister"),
    ("He is expected to say that the plan works.", ""),
])
def test_the_object_of_a_causative_verb_says_what_it_was_led_to_say(text, speaker):
    """"The ruling led critics to argue that …": the critics argue it (the causing happened, so the
    saying did); "is expected to say" still frames nothing."""
    spans = [s for s in sentence_voice(text).spans if s.voice == "attributed"]
    assert [s.speaker for s in spans] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speaker", [
    ("Mayor Ines Calloway went on to say the bridge would reopen in spring.", "Ines Calloway"),
    ("The ministry continued to insist that the dam was safe.", "ministry"),
    ("Officials were quick to say that the bridge was safe.", "Officials"),
    ("The mayor declined to say whether the bridge was safe.", ""),
    ("The company went on to report record profits.", ""),
])
def test_a_saying_carried_on_belongs_to_the_subject_before_it(text, speaker):
    """"went on to say", "continued to insist": the subject speaks, where "to say" alone has no
    speaker ("declined to say"); an act after it ("went on to report record profits") frames nothing."""
    spans = [s for s in sentence_voice(text).spans if s.voice == "attributed"]
    assert [s.speaker for s in spans] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speakers", [
    ("The leader claimed victory in an election on Sunday that critics called a farce.", ["critics"]),
    ("The group claimed responsibility in a statement that was posted online.", []),
    ("He claimed police in the city had lied.", ["He"]),
    ("He said today that the talks had failed.", ["He"]),
    ("The chief asked anyone with information to call the police.", ["chief"]),
])
def test_a_verb_of_saying_with_a_bare_noun_and_a_preposition_is_an_act(text, speakers):
    """"claimed victory in an election … that critics called a farce": the verb takes an object,
    so the relative clause's "that" opens nothing it reports; a clause after the noun ("claimed
    police in the city had lied"), a time ("said today that") and a request still frame."""
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "attributed"] == speakers


@pytest.mark.parametrize("text, expected", [
    ("The plan drew a response the union called absurd.", [("absurd.", "union")]),
    ("The mayor was convicted of taking bribes, a verdict his supporters condemned as a political stunt.",
     [("as a political stunt.", "his supporters")]),
    ("It was a move critics described as reckless.", [("reckless.", "critics")]),
    ("The ruling, which the governor called unfair, was appealed.", [("unfair", "governor")]),
    ("The company announced a plan analysts called bold but risky.", [("bold but risky.", "analysts")]),
    # a name opens the clause's subject, with or without a possessive
    ("It was a move Ostria's foreign minister called reckless.", [("reckless.", "Ostria's foreign minister")]),
    ("It was a move Ostria called reckless.", [("reckless.", "Ostria")]),
])
def test_a_relative_clause_without_that_names_its_own_speaker(text, expected):
    """"a verdict his supporters condemned as …": the noun before the clause is what was named,
    not who named it ("verdict his supporters" was cited), and a plain adjective is the name
    given ("called absurd"); the plan the company announced is its act, not its words."""
    assert _attributed(text) == expected


def test_a_compound_of_a_speaker_noun_with_an_object_is_no_relative_clause():
    assert _attributed("The union leaders called the plan a disgrace.") == [("a disgrace.", "union leaders")]


@pytest.mark.parametrize("text, speaker", [
    ("The chain ignored the warnings for months, current and former employees said.", "current and former employees"),
    ("The road will close, local and state officials said.", "local and state officials"),
])
def test_two_modifiers_joined_by_and_belong_to_one_trailing_speaker(text, speaker):
    """"current and former employees" trailing a report spoke it; the "and" stopped the speaker
    phrase at "former employees", which is no trailing frame, and nobody spoke."""
    assert [who for _, who in _attributed(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ("The move was condemned by rights groups as a violation of the law.",
     [("a violation of the law.", "rights groups")]),
    ("The photos were criticized by some as obscene and a congressional inquiry was opened.", [("obscene", "some")]),
    ("The neighbour described him as a loner and he is said to have moved away.", [("a loner", "neighbour")]),
])
def test_a_view_with_by_and_as_is_the_agents_and_ends_where_another_clause_begins(text, expected):
    """"was condemned by rights groups as …" after "was": the view is the agent's, as it is without
    "was" ("hailed by the government as …"); it ends before "and" opens a clause with its own subject."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister's claim that the economy is booming was met with skepticism.",
     [("the economy is booming", "minister")]),
    ("Sofia Lind's allegation that the vote was rigged has not been proven.", [("the vote was rigged", "Sofia Lind")]),
    ("The company's statement that it had fixed the flaw angered customers.", [("it had fixed the flaw", "company")]),
])
def test_a_noun_of_saying_with_its_owner_and_that_reports_the_owners_words(text, expected):
    """"The minister's claim that …": the clause is the minister's words, up to the sentence's own
    verb ("… is booming | was met with skepticism")."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("text", [
    "The claim that the vote was rigged is false.",
    "Today's announcement that the plant will close shocked the town.",
])
def test_a_noun_of_saying_without_an_owner_reports_nobodys_words(text):
    assert _attributed(text) == []


def test_his_claim_is_the_sentences_subjects_not_the_last_name_before_it():
    texts = ["Fred Lane was the bagman.",
             "He cited his ties to Mr Mitchell to back up his claim that the president knew nothing."]
    [span] = [s for s in article_voices(texts)[1].spans if s.voice == "attributed"]
    assert (texts[1][span.start:span.end], span.speaker) == ("the president knew nothing.", "Fred Lane")


def test_they_is_no_one_person_named_before():
    """"why they believe he should stay" after a frame of Henry: "they" is not Henry."""
    texts = ["Owner Tom Henry flew to Texas.", "Henry said the talks went well.",
             "They are meeting in Texas, the team having requested the talks so the player can hear from them why "
             "they believe he should stay in Boston."]
    spans = [s for s in article_voices(texts)[2].spans if s.voice == "attributed"]
    assert spans and all("Henry" not in s.speaker for s in spans)


def test_a_report_ends_at_a_semicolon_before_another_speakers_act():
    """"…; the government denies it": the denial is the government's act, not the opposition's words."""
    text = "The opposition says the vote was rigged; the government denies it."
    assert _attributed(text) == [("the vote was rigged", "opposition")]


@pytest.mark.parametrize("text, speaker", [
    ("Minister: 'We will not back down'", "Minister"),
    ('Koval: "We will not back down."', "Koval"),
])
def test_a_label_before_a_quotation_in_single_marks_or_a_surname_alone_names_its_speaker(text, speaker):
    """A headline's 'Minister: ‘We …’' was nobody's: the single mark hid "we"; "Koval:" alone was no
    label (a surname alone is one only before a quotation mark)."""
    assert {s.speaker for s in sentence_voice(text).spans if s.voice == "quoted"} == {speaker}


@pytest.mark.parametrize("text, expected", [
    ("Lind called the vote rigged and vowed to fight on.", [("rigged", "Lind")]),
    ("She called the verdict unfair and vowed to appeal.", [("unfair", "She")]),
])
def test_a_name_given_as_an_adjective_or_participle_ends_before_the_next_act(text, expected):
    """"called the vote rigged": a participle is a name given too; "and vowed to …" is the
    speaker's next act, not part of the name."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ("The plant will close in June, a spokeswoman for Orbis Motors said.", "spokeswoman for Orbis Motors"),
    ("The plant will close in June, a spokeswoman for the company said.", "spokeswoman for the company"),
])
def test_a_trailing_spokesperson_after_a_capitalised_word_speaks(text, speaker):
    """"… in June, a spokeswoman for Orbis Motors said": "June" before the comma is no name the
    role is set beside (the clause before it has a verb), so the spokeswoman speaks; nobody did."""
    assert _attributed(text) == [("The plant will close in June", speaker)]


@pytest.mark.parametrize("text, expected", [
    ("Biden touted the deal as a win for working families.", [("a win for working families.", "Biden")]),
    ("The ads painted her as a career politician.", [("a career politician.", "ads")]),
    ("The company billed the phone as its thinnest ever.", [("its thinnest ever.", "company")]),
])
def test_touting_painting_or_billing_something_as_a_thing_is_a_view(text, expected):
    """"touted the deal as a win" is Biden's framing, as "hailed the deal as a win" is; without
    "as" the verbs are acts ("painted the fence")."""
    assert _attributed(text) == expected
    assert _attributed("Officials painted the fence on Monday.") == []


def test_a_compound_of_a_plural_noun_heads_a_speaker_phrase():
    """"A civil rights activist said …": the tagger reads "activist" after "rights" as a verb, and
    the phrase held no speaker."""
    assert _attributed("A civil rights activist said the law was unjust.") == [
        ("the law was unjust.", "civil rights activist")]


@pytest.mark.parametrize("text, expected", [
    ("The company, which says it has done nothing wrong, plans to appeal.", [("it has done nothing wrong", "company")]),
    ("The mayor, who says the city will rebuild, spoke on Monday.", [("the city will rebuild", "mayor")]),
    ("The firm maintains the fuel depot.", []),
    ("He maintained he was innocent.", [("he was innocent.", "He")]),
])
def test_a_relative_which_says_is_its_antecedents_and_an_aside_ends_at_its_comma(text, expected):
    """", which says …" speaks for the body before it (only "who" did); the aside "who says …"
    ends at its closing comma even where the tagger reads the main verb "spoke" as a base form;
    "maintains the fuel depot" is an act ("maintained he was innocent" still reports)."""
    assert _attributed(text) == expected


def test_a_document_obtained_by_a_news_agency_is_the_documents_word():
    """"According to a police report obtained by the Associated Press": the report is the source;
    the agency only got hold of it (a report "published by the agency" is the agency's)."""
    text = "According to a police report obtained by the Associated Press, the driver was drunk."
    assert _attributed(text) == [("the driver was drunk.", "police report")]


@pytest.mark.parametrize("text, expected", [
    ("In the words of one analyst, the plan is a gamble.", [("the plan is a gamble.", "one analyst")]),
    ("As one resident put it, the town will never be the same.",
     [("the town will never be the same.", "one resident")]),
    ("As he put it down, the phone rang.", []),
])
def test_in_the_words_of_and_as_x_put_it_credit_what_follows(text, expected):
    """"In the words of X, …" credits X as "according to X, …" does, and "As X put it, …" reports as
    "As X said, …" does; "put it down" is an act."""
    assert _attributed(text) == expected


def test_a_company_that_speaks_is_not_its_employee_cited_before_and_a_workplace_is_a_body():
    """"A senior executive at Corvex, speaking on condition of anonymity, said …" then "Corvex said
    in a regulatory filing …": two sources (Corvex is where the executive works, not a fuller form
    of its name), and Corvex is a body, as "Valley Electric" is by its name."""
    found = _cited(["A senior executive at Corvex, speaking on condition of anonymity, said no offer had come.",
                    "Corvex said in a regulatory filing that it does not comment on market rumours.",
                    "Valley Electric denied that its equipment caused the fire."])
    assert found == {"senior executive at Corvex": ("unnamed", ("said",)), "Corvex": ("organisation", ("said",)),
                     "Valley Electric": ("organisation", ("denied",))}


@pytest.mark.parametrize("text, expected", [
    ("The bill, which critics call a power grab, passed narrowly.", [("a power grab", "critics")]),
    ("Opponents call the bill a power grab.", [("a power grab.", "Opponents")]),
    ("Neighbours call 911 after hearing shots.", []),
    ("We call on the government to act.", []),
])
def test_the_present_plural_of_a_naming_verb_names_as_its_past_does(text, expected):
    """"which critics call a power grab" names the bill as "which critics called …" does; "call
    911", "call on" name nothing."""
    assert _attributed(text) == expected


def test_a_sentences_frame_speaker_is_the_one_outside_its_quotation():
    """'"You are part of something that I call a family," he said.': the sentence is his, not the
    naming frame's "I" inside the quotation."""
    from aggregator.compare.voice import article_voices

    texts = ["Coach Ben Ford spoke after the game.", '"You are part of something that I call a family," he said.']
    assert article_voices(texts)[1].frame_speaker == "Ben Ford"


@pytest.mark.parametrize("text, expected", [
    ("Officials blamed the fire on faulty wiring.", [("faulty wiring.", "Officials")]),
    ("The company blames the outage on a software bug.", [("a software bug.", "company")]),
    ("He blamed himself.", []),
    ("Witnesses described hearing three loud explosions.", [("hearing three loud explosions", "Witnesses")]),
    ("She described the scene.", []),
])
def test_the_cause_a_speaker_blames_is_the_speakers_view(text, expected):
    """"Officials blamed the fire on faulty wiring": the cause is the officials' view, as what
    follows "as" after "described" is; not the outlet's own statement. A gerund of perception after
    "described" is the describer's account ("described hearing three loud explosions")."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Reid, who said she was sober, left.", [("she was sober", "Reid")]),
    ("Nichols, who argued he was insane, spoke for the first time.", [("he was insane", "Nichols")]),
])
def test_a_surname_opening_the_sentence_speaks_in_its_relative_clause(text, expected):
    """"Nichols, who argued he was insane, …": a one-word name opening the sentence before ", who"
    is the speaker, as "John Nichols, who …" and "Yesterday Nichols, who …" were (its capital was
    read as the sentence's own)."""
    assert _attributed(text) == expected


def test_a_one_word_surname_that_reads_as_a_plural_noun_is_a_person_where_written_inside_a_sentence():
    """"Morales" reads as "morale" + s and "Williams" as "william" + s, plural nouns like
    "Employees": a surname the outlet writes capitalised inside a sentence ("…, Morales said") is a
    person; "Employees said …" opening a sentence stays unnamed."""
    found = _cited(["Morales, the county fire chief, said the winds were strong.",
                    "The blaze is spreading, Morales said.", "Employees said the plant was unsafe."])
    assert {cited: kind for cited, (kind, _) in found.items()} == {"Morales": "person", "Employees": "unnamed"}


@pytest.mark.parametrize("text, expected", [
    ("The World Health Organization declared a global health emergency on Thursday.", []),  # an act
    ("The governor declared a state of emergency in three counties.", []),
    ("The opposition declared the election a sham.", [("a sham.", "opposition")]),  # a naming
    ("He declared that the war was over.", [("the war was over.", "He")]),
])
def test_declared_with_an_object_is_an_act_and_with_a_complement_a_naming(text, expected):
    """"declared a state of emergency" is what the governor did, not words reported (the outlet's
    own statement, as "announced a ban" is); "declared the election a sham" gives the speaker's
    name for it, as "called" does; "declared that …" reports."""
    assert _attributed(text) == expected


def test_a_hyphenated_title_of_two_title_words_is_no_part_of_the_name():
    """"UN Secretary-General Antonio Guterres said …" cites Antonio Guterres, not a name that opens
    with the title; "Jean-Claude Juncker" keeps his hyphen."""
    found = _cited(["UN Secretary-General Antonio Guterres said the talks would resume.",
                    "Director-General Tedros Adhanom Ghebreyesus said the risk was high.",
                    "Jean-Claude Juncker said the deal was fair."])
    assert set(found) == {"Antonio Guterres", "Tedros Adhanom Ghebreyesus", "Jean-Claude Juncker"}


def test_a_denial_the_tagger_reads_as_a_participle_still_ends_the_subject_of_and_said():
    """"His family denied that Pike was armed … and said …": the tagger reads "denied" before
    "that" as a participle, so the subject of "and said" ran to the next verb ("His family denied
    that Pike"); with no auxiliary before it and "that" after it, it is the family's past tense."""
    found = _cited(["His family denied that Pike was armed with a knife and said he had his hands raised."])
    assert set(found) == {"His family"}
    assert set(found["His family"][1]) == {"denied", "said"}


@pytest.mark.parametrize("text, expected", [
    ("Sorel won a fourth term in an election the opposition says was stolen.", [("was stolen.", "opposition")]),
    ("Police arrested a man the neighbours say had threatened the family.",
     [("had threatened the family.", "neighbours")]),
])
def test_a_verb_of_saying_with_a_gap_after_it_opens_a_relative_clause_without_that(text, expected):
    """"an election the opposition says was stolen": "says" is followed by the verb whose subject
    is the election, so the speaker is "the opposition", not a phrase read back past the noun."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("text", [
    "Carmaker Holtmann said on Thursday it would close the plant.",
    "The utility Norco Power denied that its lines had sparked the blaze.",
])
def test_a_company_named_by_its_industry_or_its_trade_is_an_organisation(text):
    """"Carmaker Holtmann said …", "The utility Norco Power denied …": the industry noun before
    the name, or the trade in it, says it is a company, not a person."""
    found = _cited([text])
    assert [kind for kind, _ in found.values()] == ["organisation"]


@pytest.mark.parametrize("text, expected", [
    ("Sorel claimed a fourth term on Sunday in an election the opposition says was rigged.",
     [("was rigged.", "opposition")]),
    ("The party claimed a majority in parliament after the count showed it had won 200 seats.", []),
    ("The storm claimed the life of a fisherman near the harbour.", []),
    ("The flood claimed the lives of 12 villagers on Monday.", []),
    ("The rebels claimed the workers in the plant were sick.", [("the workers in the plant were sick.", "rebels")]),
    ("The rebels claimed the city was under their control.", [("the city was under their control.", "rebels")]),
])
def test_claimed_with_an_object_and_a_preposition_is_an_act(text, expected):
    """"claimed a fourth term on Sunday": winning, not saying (as "claimed victory in …" was);
    "claimed the city was …" still reports."""
    assert _attributed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The interior ministry admitted 80 people were arrested, and claimed 23 officers were hurt.",
     [("80 people were arrested", "interior ministry"), ("23 officers were hurt.", "interior ministry")]),
    ("The firm defended the plan but admitted the costs had doubled.", [("the costs had doubled.", "firm")]),
    ("Smith scored 20 points and added six assists.", []),
    ("One was at the house that night but admitted he had been drinking.", [("he had been drinking.", "One")]),
])
def test_a_second_verb_of_saying_after_and_or_but_reports_what_follows_it(text, expected):
    """"admitted …, and claimed 23 officers were hurt": the first report ends at the comma before
    the second verb, whose subject is the first's; a figure opening a clause is no tally ("added
    six assists" is). A numeral alone ("One …") names no speaker."""
    assert _attributed(text) == expected


def test_one_after_a_body_cited_last_is_no_one_of_the_body():
    """"… witnesses District Attorney Ann Reyes' office has asked the media not to name …. One was
    at the house and said …": one of the witnesses, not of the office (a body, like "Police")."""
    texts = ["Two of the witnesses District Attorney Ann Reyes' office has asked the media not to name testified.",
             "One was at the house that night and said he had been drinking."]
    assert [(s.voice, s.speaker) for s in article_voices(texts)[1].spans] == [("attributed", "One")]


@pytest.mark.parametrize("text, speaker", [
    ("The owner of the tanker Marisol said on Sunday that the leak had been contained.", "owner of the tanker Marisol"),
    ("The mother of the singer Mara Lenz said she was devastated.", "mother of the singer Mara Lenz"),
    ("A lawyer for the family of victim Ann Field said the police had lied.",
     "lawyer for the family of victim Ann Field"),
    ("The head of the agency Frontex said the route was closed.", "Frontex"),
    ("A spokesman for the airline Norda said flights would resume.", "Norda"),
])
def test_a_person_of_someone_named_speaks_not_the_one_named(text, speaker):
    """"The owner of the tanker Marisol said": the owner speaks, not the ship; "the mother of the
    singer Mara Lenz" is not Lenz. A body's head or spokesman speaks for the body named after "of"."""
    assert [who for _, who in _attributed(text)] == [speaker]


def test_a_bare_body_noun_is_the_one_body_of_that_head_the_report_cited():
    """"the prosecutor general's office said" then "the office said": one source; with two
    ministries cited, "the ministry said" stays apart (which one is unknown)."""
    assert list(_cited(["Vask was arrested at the airport, the prosecutor general's office said.",
                        "He fled the country to escape justice, the office said."])) == ["prosecutor general's office"]
    assert sorted(_cited(["The health ministry said 12 people died.", "The interior ministry said police were sent.",
                          "The ministry said more would follow."])) == ["health ministry", "interior ministry", "ministry"]


def test_a_bare_group_noun_is_the_one_group_of_that_noun_the_report_cited():
    """"according to three people familiar with the matter" then "the people said": one source."""
    assert list(_cited(["Telvo is in talks to buy Marcom, according to three people familiar with the matter.",
                        "A deal could come next week, the people said."])) == ["three people familiar with the matter"]
    # a noun that modifies the head is not it: "the family" is no "family friend"
    assert sorted(_cited(["The family said he was kind.", "A family friend said he was a hero."])) == \
        ["family", "family friend"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Passengers on a SkyNorth flight said they heard a loud bang.", "Passengers on a SkyNorth flight"),
    ("Travellers on the Eurostar service said they were stuck for hours.", "Travellers on the Eurostar service"),
    ("The charges against Olson allege she concealed the dairy's finances.", "charges against Olson"),
])
def test_a_plural_noun_the_people_list_lacks_heads_its_phrase(text, speaker):
    """A plural noun opening the speaker phrase, then a preposition: the noun's people speak, not
    the name in the preposition's object (the people list holds no "passengers")."""
    assert [s.speaker for s in sentence_voice(text).spans if s.verb] == [speaker]


@pytest.mark.parametrize("second", [
    '"We will do what is necessary," she said.',  # called "she"
    "Inflation was easing, the governor said.",  # (the appositive titled her before)
])
def test_a_one_word_name_shown_to_be_a_person_is_no_body_a_short_form_stands_for(second):
    """"Markova, the embattled governor, insisted …" then "The bank said …": the bank speaks, and
    Markova stays a person (she was the one-word name cited last, so "the bank" took her for it)."""
    cited = _cited(["Markova, the embattled governor, insisted on Thursday that inflation remained too high.",
                    second, "The bank said it expected inflation to return to its target next year."])
    assert cited["Markova"][0] == "person"


def test_a_body_named_only_as_whose_people_spoke_is_no_body_a_short_form_stands_for():
    """"Analysts at Brightline Securities said …" then "The company said it would appeal": the
    company is the story's, not the analysts' firm, which said nothing itself."""
    cited = _cited(["Tellix shares fell 2 percent after the fine.",
                    "Analysts at Brightline Securities said the fine was small compared with Tellix's profit.",
                    "The company said it would appeal."])
    assert "Brightline Securities" not in cited and cited["Analysts at Brightline Securities"][0] == "unnamed"
    resolved = _cited(["Norvik Steel said output was normal.",
                       "Analysts at Brightline Securities said the strike could hurt earnings.",
                       "The company said it would not raise its offer."])
    assert "Brightline Securities" not in resolved and resolved["Norvik Steel"][0] == "organisation"


def test_a_one_word_name_written_before_a_trade_and_a_body_noun_is_a_body():
    """"the Orvia hospital group" makes "Orvia said …" a body's words, not a person's."""
    cited = _cited(["A cyberattack on the Orvia hospital group has disrupted services at 14 hospitals.",
                    "Orvia said a criminal gang had demanded a ransom."])
    assert cited["Orvia"][0] == "organisation"
    assert _cited(["Police searched the Kell family home on Friday.", "Kell said he was innocent."])["Kell"][0] \
        == "person"


@pytest.mark.parametrize("text, spans", [
    ("Prosecutors have opened a criminal case over alleged safety violations, the governor said.",
     [("Prosecutors have opened a criminal case over alleged safety violations", "governor")]),
    ("Police made arrests over alleged fraud at the bank, the minister said.",
     [("Police made arrests over alleged fraud at the bank", "minister")]),
])
def test_a_participle_between_a_preposition_and_its_noun_is_no_frame(text, spans):
    """"over alleged safety violations": the participle modifies the noun; nobody alleges here."""
    assert _attributed(text) == spans


@pytest.mark.parametrize("text, cited", [
    ("Head of the Republic Oleg Banin called the strike a war crime.", "Oleg Banin"),
    ("Minister of Foreign Affairs Ana Ruiz said the talks would go on.", "Ana Ruiz"),
    ('"We will rebuild," said Chief of Detectives Tom Berg.', "Tom Berg"),
    ("Secretary of State Hillary Rodham Clinton said the talks would go on.",
     "Secretary of State Hillary Rodham Clinton"),  # where the name starts is unknown: left whole
])
def test_a_capitalised_office_with_of_before_a_name_is_not_the_persons_name(text, cited):
    """The office ("Head of the Republic") is written in capitals like the name after it; the person
    cited is the name: from a given name, or the last two of three capitalised words after "of"."""
    assert list(_cited([text])) == [cited]


def test_an_mp_is_a_role_before_a_name_and_a_name_with_without_is_a_body():
    """"Opposition MP Daniel Kiptoo" cites Daniel Kiptoo; "Doctors Without Borders" is a body
    (no person's name holds "Without"); "mp" is a role only in capitals, as "DA" is."""
    cited = _cited(["Opposition MP Daniel Kiptoo accused the ministry of a cover-up.",
                    "Doctors Without Borders said it had opened two treatment centres."])
    assert cited == {"Daniel Kiptoo": ("person", ("accused",)),
                     "Doctors Without Borders": ("organisation", ("said",))}
