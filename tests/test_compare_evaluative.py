"""Evaluative wording (issue 20): lexicons plus rules, each term with score, method and voice.

Every sentence here was written for these tests; none comes from the seed or from BABE.
"""

from __future__ import annotations

import pytest

from aggregator.compare.evaluative import evaluative_spans, resource_versions
from aggregator.compare.loaded import load_lexicon, loaded_terms, sentence_terms
from aggregator.compare.params import EVALUATIVE_SHOW
from aggregator.errors import ConfigError
from aggregator.models import Sentence


def terms(text: str) -> dict[str, tuple]:
    return {t.term.lower(): (t.voice, t.speaker, t.method, t.score) for t in sentence_terms(text, load_lexicon(""))}


def test_quoted_word_belongs_to_the_speaker():
    found = terms('The minister said the move was "provocative".')
    voice, speaker, method, _ = found["provocative"]
    assert voice == "quoted" and speaker == "minister" and method == "domain-list"
    assert not any(v == "own" for v, *_ in found.values())


def test_a_quotation_is_never_own_voice():
    found = terms('"This is a shameful and reckless decision," the senator said.')
    assert found["shameful"][:2] == ("quoted", "senator")
    assert found["reckless"][0] == "quoted"


def test_reported_speech_is_attributed():
    found = terms("Officials said the plan was a disastrous failure.")
    assert found["disastrous"][:2] == ("attributed", "Officials")


def test_own_voice_lexicon_terms_with_score_and_method():
    found = terms("The council pushed through a vicious and cruel budget.")
    for word in ("vicious", "cruel"):
        voice, _, method, score = found[word]
        assert voice == "own" and method.startswith("lexicon:") and score >= EVALUATIVE_SHOW


def test_doubt_verb_is_the_outlets_own_choice():
    found = terms("The mayor claimed the budget was balanced.")
    assert found["claimed"][0] == "own" and found["claimed"][3] >= EVALUATIVE_SHOW
    spans = evaluative_spans("The company insisted the figures were accurate.")
    [insisted] = [t for t in spans if t.term == "insisted"]
    assert insisted.method == "rule:doubt-verb" and insisted.voice == "own"
    assert not any(t.term == "said" for t in evaluative_spans("The mayor said the budget was balanced."))
    # a conceding verb is mostly the plain verb of a confession: kept in the JSON, not shown
    admitted = terms("The driver admitted he had been drinking before the crash.")["admitted"]
    assert admitted[2] == "rule:doubt-verb" and admitted[3] < EVALUATIVE_SHOW
    # a doubt verb's noun keeps the doubt only where it is a claim ("his claims"), not "rail" or "blast"
    assert [t.method for t in evaluative_spans("His claims were dismissed.") if t.term == "claims"] == \
        ["rule:doubt-verb"]
    assert not any(t.method == "rule:doubt-verb" for t in evaluative_spans(
        "Thieves robbed the city's rail operator after a blast at the depot."))


def test_a_claim_for_money_is_no_doubt_casting_word():
    """"expense claims of 40,000 pounds", "insurance claims", "a claim for $3 million" ask for
    money; "his claims of abuse" and "the claims" a ministry dismissed are still someone's word."""
    def doubt(text: str) -> list[str]:
        return [e.term for e in evaluative_spans(text) if e.method == "rule:doubt-verb"]

    assert doubt("The minister resigned over expense claims of 40,000 pounds for a second home.") == []
    assert doubt("Insurance claims rose sharply after the storm.") == []
    assert doubt("The builder filed a claim for $3 million against the city.") == []
    assert doubt("About 2,000 migrants whose asylum claims were rejected will be deported.") == []  # a status
    assert doubt("His claims of abuse were rejected by the court.") == ["claims"]
    assert doubt("The ministry dismissed the claims as lies.") == ["claims"]


def test_claimed_with_an_object_reports_nothing():
    lexicon = load_lexicon("")

    def found(text):
        return [t.term for t in sentence_terms(text, lexicon) if t.term.startswith("claim")]

    assert found("The flood claimed the lives of three farmers.") == []
    assert found("Scorching heat claims 38 lives") == []  # a headline's toll, the tagger's noun
    assert found("The mayor claimed the flood was under control.") == ["claimed"]
    assert found("Some men claim to be doctors.") == ["claim"]
    assert found("The plan, he claims, will pay for itself.") == ["claims"]
    # the comma of a figure ends no clause: a count then a verb is what is claimed
    assert found("Union bosses claimed 5,000 workers had joined the walkout.") == ["claimed"]
    assert found("The flood claimed 1,200 lives, officials said.") == []
    assert [t.term for t in sentence_terms("The firm cut prices to maintain market share in hopes the rivals would fold.",
                                           lexicon) if t.term == "maintain"] == []  # a bare noun: an object
    # how someone was shot is a fact, not an evaluation
    assert not [t for t in evaluative_spans("The guard was fatally shot at the gate.") if t.term == "fatally"]
    # a loaded verb with an object stays loaded
    assert [t.term for t in sentence_terms("The ministry slammed the decision.", lexicon)] == ["slammed"]


def test_scare_quotes_are_quoted_and_found_by_their_rule():
    [t] = [t for t in evaluative_spans('The agency described the "reforms" as overdue.') if t.method == "rule:scare-quote"]
    assert t.term == '"reforms"' and t.voice == "quoted" and t.category == "scare quotes"
    # inside what a frame of saying reports, the speaker's words are quoted in part
    [t] = [t for t in evaluative_spans('The ministry said repairs would take "several days" at most.')
           if t.method.startswith("rule:")]
    assert t.method == "rule:partial-quote" and t.category == "partial quotation" and t.speaker == "ministry"


def test_so_called_before_a_nickname_denies_nothing():
    """'the so-called "Harbour Don"' introduces a nickname (ECB+ 26_ecbplus, three outlets);
    'the so-called reforms' and 'the so-called "experts"' still hold a name at a distance."""
    lexicon = load_lexicon()
    nickname = 'Jo Park beat the law better than Ana Ruiz, the so-called "Harbour Don" who won twice.'
    assert not [t for t in sentence_terms(nickname, lexicon) if t.term == "so-called"]
    assert not [t for t in evaluative_spans(nickname) if t.term == "so-called"]
    for text in ("The so-called reforms hurt the poor.", 'The so-called "experts" were wrong.'):
        assert [t.term for t in sentence_terms(text, lexicon) if t.term == "so-called"] == ["so-called"]


def test_a_word_after_so_called_is_held_at_a_distance_not_the_outlets():
    """'a hearing into so-called immoral activities': "so-called" is the outlet's term; "immoral"
    is the word it holds at a distance, not its own judgement."""
    found = {t.term: t.method for t in evaluative_spans("She sat in a hearing into so-called immoral acts.")}
    assert found == {"so-called": "rule:hedge"}
    assert "immoral" in {t.term for t in evaluative_spans("She sat in a hearing into immoral acts.")}


def test_intensifier_joins_the_word_it_strengthens():
    plain = {t.term: t.score for t in evaluative_spans("It was a reckless plan.")}
    strong = {t.term: t for t in evaluative_spans("It was an utterly reckless plan.")}
    assert "utterly reckless" in strong and strong["utterly reckless"].method.endswith("+rule:intensifier")
    assert strong["utterly reckless"].score > plain["reckless"]


def test_hedge_and_common_report_words():
    found = {t.term: t for t in evaluative_spans("The so-called experts allegedly hid the data.")}
    assert found["allegedly"].method == "rule:hedge"
    # "alleged" before a noun is the legal hedge, in an appositive too; a doubt verb after a comma stays one
    for text in ("Police said the alleged gunman fled.", "Police said Jo Park, alleged boss of a gang, fled.",
                 "Prosecutors opened a case over alleged safety violations, the governor said."):
        assert {t.term: t.method for t in evaluative_spans(text)}.get("alleged") == "rule:hedge", text
    assert {t.term: t.method for t in evaluative_spans("Relatives, including a priest, insisted Park was ill.")
            }["insisted"] == "rule:doubt-verb"
    # a claim filed with a court or an insurer is no claim of saying
    for text in ("The court of claims denied the motions.", "He filed an insurance claim for the car."):
        assert not any(t.method == "rule:doubt-verb" for t in evaluative_spans(text)), text
    # Words that report an event score below the display threshold, names never count.
    low = {t.term: t.score for t in evaluative_spans("Hope Smith said two people were killed in the attack.")}
    assert "Hope" not in low and all(score < EVALUATIVE_SHOW for score in low.values())


def test_loaded_terms_carry_score_method_and_keep_the_domain_list():
    s = Sentence("a1", "A", 0, "It slammed the so-called reforms as a grotesque provocation.", "en")
    found = {t.term.lower(): t for t in loaded_terms([s], extra="")}
    assert found["so-called"].method == "domain-list" and found["so-called"].category == "delegitimising"
    assert found["grotesque"].method.startswith("lexicon:") and 0 < found["grotesque"].score <= 1
    # Another language: the English lexicons stay out, the domain list still applies.
    fr = Sentence("a2", "B", 0, "Le ministre a dénoncé une provocation grave.", "fr")
    assert {t.method for t in loaded_terms([fr], extra="")} == {"domain-list"}


def test_common_words_of_a_framing_stay_below_the_display_threshold():
    """Words whose literal sense dominates ("non-life threatening injuries", "legitimate web
    sites") are kept with their category's own score, below the display threshold; the
    unambiguous words of the same framing are still shown."""
    literal = Sentence("a1", "A", 0, "A clerk of a right-wing party suffered non-life threatening injuries at a "
                       "legitimate shop.", "en")
    low = {t.term.lower(): t for t in loaded_terms([literal], extra="")}
    assert low["threatening"].category == "threat framing, common words"
    assert low["threatening"].score < EVALUATIVE_SHOW and low["legitimate"].score < EVALUATIVE_SHOW
    assert low["right-wing"].score < EVALUATIVE_SHOW  # the plain name of a political side
    loaded = Sentence("a2", "B", 0, "The expansionist navy staged more saber-rattling drills.", "en")
    shown = {t.term.lower(): t.score for t in loaded_terms([loaded], extra="")}
    assert shown["expansionist"] >= EVALUATIVE_SHOW and shown["saber-rattling"] >= EVALUATIVE_SHOW


def test_an_extra_terms_file_may_give_a_category_its_own_score(tmp_path):
    extra = tmp_path / "terms.yaml"
    extra.write_text("hedged words:\n  score: 0.3\n  terms: [mooted]\nmy words: [zealotry]\n", encoding="utf-8")
    lexicon = load_lexicon(str(extra))
    scores = {term: score for _category, term, _pattern, score in lexicon}
    assert scores["mooted"] == 0.3 and scores["zealotry"] >= EVALUATIVE_SHOW
    bad = tmp_path / "bad.yaml"
    bad.write_text("hedged words:\n  score: high\n  terms: [mooted]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.yaml: category 'hedged words': score must be a number"):
        load_lexicon(str(bad))


def test_resource_versions_name_the_lexicons():
    assert "vaderSentiment 3.3.2" in resource_versions() and "textblob" in resource_versions()


@pytest.mark.parametrize("text, word", [
    ("He pleaded not guilty to two counts of theft.", "guilty"),
    ("The jury found him guilty last month.", "guilty"),
    ("He was charged with assault with a deadly weapon.", "deadly"),
    ("The tanker carried crude oil worth $100 million.", "crude"),
    ("Sales of its artificial intelligence chips soared.", "artificial"),
    ("He was arrested on suspicion of drunk driving.", "drunk"),
    ("The polar bear was listed as threatened in May.", "threatened"),
    ("Police checked a telephoned bomb threat at the bank.", "threat"),
    ("She was admitted to hospital with pneumonia.", "admitted"),
    ("The jury may award punitive damages to the family.", "punitive"),
    ("Police said the escaped inmate is armed and dangerous.", "dangerous"),
    ("Two men were arrested in the fatal shooting of a guard.", "fatal"),
    ("A man is charged with murder in a deadly office party shooting.", "deadly"),
    ("The source insisted on remaining anonymous until 2005.", "insisted"),
    ("She conceded to the occasional public event.", "conceded"),
    ("The old warehouse boasted a long porch.", "boasted"),
    ("The standings have claimed another coach this week.", "claimed"),
    ("The incumbent claimed victory in an election on Sunday that critics called a farce.", "claimed"),  # an act
    ("The group claimed responsibility for the blast that killed 12.", "claimed"),
    ("The Selin Islands are controlled by Ostmark but claimed by Dravia.", "claimed"),  # a place claimed
    ("The reef, claimed by three countries, is uninhabited.", "claimed"),
    ("The film became a cult favorite in the 1980s.", "cult"),  # praise, no label
    ("He forged a personality cult that renamed months after himself.", "cult"),  # an established term
    ("The Rovers, who claimed the top prize and then assured fans that the squad would stay, lost.", "claimed"),
    ("The town will build a coal-fired power plant.", "coal-fired"),  # a participle in a compound
    ("The catch was overturned when Davis was called for pass interference.", "interference"),
    ("Police arrested a terminally ill woman in the 1967 killings.", "ill"),
    ("He became known for pretending he was mentally ill to avoid trial.", "ill"),
    ("She visited her ill patients at home every week.", "ill"),  # "sick"
    ("The mill was sold after its owner went bankrupt in 1985.", "bankrupt"),  # a financial status
    ("The judge insisted that the defendant wear a suit to his trial.", "insisted"),  # a demand
    ("He insisted his name be kept secret when he spoke to reporters.", "insisted"),
    ("A gunman was convicted of claiming the life of a nurse when he fired from a roof.", "claiming"),
    ("Organized-crime experts said the family had lost its grip.", "organized-crime"),
    ("The warship repulsed an attack on a merchant vessel.", "repulsed"),  # drove back, not disgust
    ("She was killed by a drunk hit-and-run driver on Friday.", "drunk"),
    ("He was charged with driving drunk and leaving the scene.", "drunk"),
    ("The protesters were dispersed by the anti-riot police.", "anti-riot"),  # against a harm: no judgement
    ("The city funds an anti-racism campaign in its schools.", "anti-racism"),
    ("Violent clashes broke out in the capital after the march.", "violent"),  # what kind of clashes
    ("The NFL's substance-abuse policy states that a second offense means a ban.", "substance-abuse"),
    ("He has a lengthy record of domestic abuse.", "abuse"),  # a named harm
    ("A man with a long history of domestic violence was charged.", "violence"),
    ("She began a court-mandated stay in her reckless driving conviction.", "reckless"),  # an offence's name
    ("He faces one charge of causing unnecessary suffering to an animal.", "unnecessary"),
    ("The loans aim to shield financially troubled countries such as Spain.", "troubled"),  # a financial status
    ("Needless to say, he faced a far larger offer than his rival.", "needless"),  # a formula
    ("The bank received a threatening phone call on Friday morning.", "threatening"),  # a threat's name
])
def test_fixed_terms_and_other_senses_are_not_evaluation(text, word):
    """Verdicts, weapons, commodities, offences and statuses name things; "admitted to hospital"
    reports no one's words. The same words still count where they judge."""
    s = Sentence("a1", "A", 0, text, "en")
    assert word not in {t.term.lower() for t in loaded_terms([s], extra="")}


def test_a_participle_after_a_hyphen_is_scored_as_a_verb():
    """"password-stealing malware", "a cost-cutting plan": the participle is a verb with its object,
    what the thing does, scored as a verb is and not shown; a compound whose whole is in a lexicon
    ("fear-mongering" is not) or whose judging part is an adjective ("self-destructive") keeps an
    adjective's score."""
    def score(text: str, word: str) -> float:
        s = Sentence("a1", "A", 0, text, "en")
        return max((t.score for t in loaded_terms([s], extra="") if t.term.lower() == word), default=0.0)
    assert score("The password-stealing malware infected the bank's computers.", "password-stealing") \
        < EVALUATIVE_SHOW
    assert score("Critics called the cost-cutting plan a setback.", "cost-cutting") < EVALUATIVE_SHOW
    assert score("His self-destructive streak cost him the job.", "self-destructive") >= EVALUATIVE_SHOW


def test_a_gerund_after_and_in_a_gerund_clause_is_an_act():
    """"injuring five people and damaging buildings": the tagger reads "damaging" before a noun as
    an adjective, but the clause's first gerund makes it one too, an act scored as a verb; "a long
    and damaging report" still judges."""
    def score(text: str) -> float:
        s = Sentence("a1", "A", 0, text, "en")
        return max((t.score for t in loaded_terms([s], extra="") if t.term.lower() == "damaging"), default=0.0)

    assert score("The quake struck the island, injuring five people and damaging buildings.") < 0.5
    assert score("The minister read a long and damaging report.") >= 0.5


def test_a_word_the_lexicons_judge_in_opposite_directions_is_evaluative_without_a_sign():
    """"controversial" is negative in VADER and positive in Pattern's lexicon: no sure sign."""
    from aggregator.compare.evaluative import evaluative_spans

    found = {e.term: e.category for e in evaluative_spans("The council passed a controversial and dismal budget.")}
    assert found == {"controversial": "evaluative", "dismal": "negative evaluation"}


def test_fixed_terms_leave_judging_uses_alone():
    judging = Sentence("a1", "A", 0, "The minister admitted that the guilty men threatened the crew.", "en")
    terms = {t.term.lower() for t in loaded_terms([judging], extra="")}
    assert {"admitted", "threatened"} <= terms
    insisting = Sentence("a1", "A", 0, "The coach insisted that the team boasted about nothing.", "en")
    assert {"insisted"} <= {t.term.lower() for t in loaded_terms([insisting], extra="")}


@pytest.mark.parametrize("text, quoted", [
    ('Tokyo accused the jets of a radar "lock-on" over the sea.', ['"lock-on"']),
    ("The ministry called the report a “smear” on Monday.", ["“smear”"]),
    # titles and nicknames are names; the words between two quotations are nobody's
    ('She starred in "Bathing Beauty," "Take Me Out to the Ball Game" and "Million Dollar Mermaid."', []),
    ('Vincent "The Chin" Gigante died in prison on Monday.', []),
    ('"My guy knew his stuff," Woodward wrote in "Secret Man" in 2005.', []),
    ('Then the navy sank the trawler "Ekawat Nava 5" after a gunbattle.', []),
    # straight single marks too, but not a letter between them
    ("Her 'party girl' image faded over the years.", ["'party girl'"]),
    ("It was to film what Elvis was to rock 'n' roll.", []),
    # a nickname after "known as", "dubbed", "the title" is a name
    ('The aide, known as the "bagman", carried the cash.', []),
    ('His antics earned him the title "the Oddfather" in the press.', []),
    # a term the writer names is no word held at a distance, nor a nickname after "so called"
    ('The flaw is termed a "zero day" bug by the trade.', []),
    ('He ran his own so called "black bag" unit for years.', []),
    # … and so is one between a name's parts
    ('The informant Salvatore "Sammy the Shark" Kowalski testified for days.', []),
    ('The Navy sank the pirate "mother ship" last month.', ['"mother ship"']),
    # an apostrophe closes no quotation: these are whole quotations, not a word held at a distance
    ("Still, “it wasn’t an accident,” the coroner told the inquest.", []),
    ("He kept shouting ‘Don’t shoot!’ as the officers ran in.", []),
])
def test_scare_quotes_are_words_held_at_a_distance_not_titles(text, quoted):
    # (inside what a speaker is said to say, "called the report a “smear”", they are a partial quotation)
    assert [t.term for t in evaluative_spans(text) if t.method in ("rule:scare-quote", "rule:partial-quote")] == quoted


@pytest.mark.parametrize("text, word", [
    ("The embattled mayor cut the library budget again.", "embattled"),
    ("Police removed the squalid encampment on Tuesday.", "squalid"),
    ("The draconian curfew bans gatherings after dark.", "draconian"),
    ("The governor's cronies won every contract.", "cronies"),
    ("Masked thugs attacked the reporters outside the court.", "thugs"),
    ("The firebrand cleric urged a boycott.", "firebrand"),
    ("He was jailed on trumped-up charges of spying.", "trumped-up"),
    ("The country's strongman has ruled for two decades.", "strongman"),
    ("The inquiry was a whitewash from the start.", "whitewash"),
    ("The agency detained 300 illegal aliens last month.", "illegal aliens"),
    ("Illegals crossed the river at night.", "illegals"),
    ("The senator went on a tirade against the press.", "tirade"),
    ("The majority steamrolled the bill through the chamber.", "steamrolled"),
    ("Leaders rammed through the budget after midnight.", "rammed through"),
    ("Fans were lashing out at the referee.", "lashing out"),
    ("The group is a dangerous cult that preys on the lonely.", "cult"),
    ("Campus leftists shouted down the speaker.", "leftists"),
    ("The council passed another woke ordinance.", "woke"),
    ("The senator gave a rambling speech about the budget.", "rambling"),
    ("The host spewed lies about the vaccine for an hour.", "spewed"),
    ("Lawmakers parroted the company's talking points.", "parroted"),
    ("The climate report is the biggest hoax of the decade.", "hoax"),
    ("The ads were a smear against the challenger.", "smear"),
    ("Climate alarmists want the plant closed.", "alarmists"),
])
def test_labels_and_epithets_that_judge_are_shown_in_the_outlets_voice(text, word):
    """Labels that judge a person or a group and the press's epithets (Wikipedia's "Words to
    watch", MOS:LABEL) are the outlet's own wording, though neither lexicon rates them."""
    found = terms(text)
    assert found[word][0] == "own" and found[word][3] >= EVALUATIVE_SHOW


@pytest.mark.parametrize("text, word", [
    ("The mob boss died in a federal prison on Monday.", "mob"),
    ("The radical group claimed the bombings in 1970.", "radical"),
    ("Extremists attacked a checkpoint near the border.", "extremists"),
    ("The former dictator died in exile.", "dictator"),
    ("The military junta fell in 1974.", "junta"),
    ("He was shot in a botched robbery in 1998.", "botched"),
])
def test_labels_read_two_ways_stay_in_the_json(text, word):
    """A "mob boss", a "radical" group, "extremists" as a wire's plain word, a "former dictator",
    "the military junta": kept with a score below the display threshold."""
    assert terms(text)[word][3] < EVALUATIVE_SHOW


@pytest.mark.parametrize("text, word", [
    ("The notorious Vale family ran the docks for decades.", "notorious"),
    ("Rebels said the corrupt Mendez government had fallen.", "corrupt"),
    ("An angry Ortiz stormed out of the hearing.", "angry"),
])
def test_a_judging_word_before_a_name_is_no_part_of_the_name(text, word):
    """The tagger calls a lower-case word before a name a proper noun; it is the outlet's
    epithet for the name, evaluated like any adjective."""
    assert terms(text)[word][3] >= EVALUATIVE_SHOW


def test_a_past_verb_after_a_pronoun_before_a_name_is_no_epithet():
    assert terms("It would be a stretch to say that he troubled Wladimir.")["troubled"][3] < EVALUATIVE_SHOW


def test_a_listed_term_heading_a_hyphenated_compound_is_found_unless_opposed():
    """"Eco-zealots" is the outlet's label ("zealot*" heads the compound); "anti-thug laws" oppose
    the word."""
    assert terms("Eco-zealots glued themselves to the road again.")["zealots"][3] >= EVALUATIVE_SHOW
    assert "thug" not in terms("The anti-thug law passed on Monday.")


def test_a_claim_whose_noun_is_the_subject_of_a_clause_is_still_a_doubt_verb():
    """"He claimed police in the city had lied": a clause follows (its verb comes before any
    relative word), so "claimed" casts doubt, unlike "claimed victory in an election that …"."""
    assert terms("He claimed police in the city had lied.")["claimed"][3] >= EVALUATIVE_SHOW


def test_a_headline_is_read_for_loaded_terms_in_the_outlets_voice(hashing):
    """The headline is where an outlet frames a story most ("Thug shot by officers …"); it is
    read for loaded terms as a sentence of the report (not aligned as a fact)."""
    from datetime import UTC, datetime

    from aggregator.compare import compare_event
    from aggregator.models import Article, Event

    t0 = datetime(2026, 3, 1, 9, tzinfo=UTC)
    texts = {"Standard": ("Thug shot by officers after attack in Westbrook",
                          "A man was shot by officers in Westbrook on Saturday. He had a knife, police said."),
             "Voice": ("Westbrook man shot by police", "A man was shot by police in Westbrook on Saturday.")}
    arts = [Article(id=f"a{i}", url=f"http://t.test/{i}", canonical_url=f"http://t.test/{i}", source=src, title=title,
                    text=body, published=t0, fetched_at=t0, language="en", content_hash=f"h{i}")
            for i, (src, (title, body)) in enumerate(texts.items())]
    event = Event(id="e", label="westbrook", first_seen=t0, last_seen=t0, article_ids=("a0", "a1"),
                  outlets=("Standard", "Voice"))
    comp = compare_event(event, arts, hashing)
    [thug] = [t for t in comp.loaded_terms if t.term.lower() == "thug"]
    assert (thug.source, thug.voice, thug.sentence) == ("Standard", "own", texts["Standard"][0])


def test_claimed_with_an_object_is_no_distancing_verb():
    assert "claimed" not in terms("Sorel claimed a fourth term on Sunday in an election the opposition says was rigged.")
    assert "claimed" in terms("The rebels claimed the city was under their control.")
    # a clause after a semicolon is another statement, not what was claimed
    assert "claimed" not in terms("No group has claimed responsibility; last month a similar attack in Korva killed "
                                  "30 people.")
    assert "claimed" in terms("He claimed he was innocent; the court disagreed.")


def test_a_capitalised_first_adjective_before_a_hyphenated_noun_is_judged():
    # the tagger calls "Corrupt" a name before "ex-minister"; "Young" before a verb stays a name
    assert "corrupt" in terms("Corrupt ex-minister Olen jailed for six years")
    assert "young" not in terms("Young said the plan would fail.")
    # … and a common noun before a plain noun, opening a headline
    assert "corrupt" in terms("Corrupt minister pocketed 300,000 euros from builders")
    assert "attack" not in terms("Attack kills 12 in market")
