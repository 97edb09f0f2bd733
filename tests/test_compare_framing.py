"""Each failure class of issue 9 on real sentences read from ../shared at run time.

Voice (an official's words are not the outlet's), cleaning (datelines, stamps, fragments),
slots (numbers typed and compared only within a slot), polarity, derivation edits and sources.
Sentences are located by short anchors; no article text lives in the project.
"""

from __future__ import annotations

import json
from datetime import UTC
from functools import lru_cache

import pytest

from aggregator.compare.clean import clean_text
from aggregator.compare.conflicts import slot_conflicts
from aggregator.compare.slots import event_date, slot_values
from aggregator.compare.voice import ATTRIBUTED, QUOTED, article_voices, sentence_voice
from aggregator.models import Sentence
from tests.conftest import SEED, SHARED

ECB = SHARED / "data" / "ecbplus" / "train_dev.jsonl"


@lru_cache(maxsize=1)
def _ecb() -> dict[str, dict]:
    if not ECB.is_file():
        pytest.skip(f"ECB+ not found at {ECB} (../shared sits beside the checkout in CI)")
    return {d["doc_id"]: d for d in map(json.loads, ECB.read_text(encoding="utf-8").splitlines())}


def ecb_text(doc_id: str) -> str:
    return _ecb()[doc_id]["text"]


def seed_text(name: str) -> str:
    from aggregator.ingest.furniture import clean_capture
    from aggregator.text import normalize_text

    if not SEED.is_dir():
        pytest.skip(f"seed corpus not found at {SEED}")
    path = next(SEED.glob(f"{name}*.txt"))
    return normalize_text(clean_capture(path.read_text(encoding="utf-8")).text)


def voices_of(text: str):
    clean = clean_text(text)
    return article_voices(list(clean.sentences), list(clean.paragraphs))


def find(voices, anchor: str):
    found = [v for v in voices if anchor in v.text]
    assert found, f"anchor {anchor!r} not found"
    return found[0]


# --- voice -----------------------------------------------------------------------------------

@pytest.mark.parametrize("doc, anchor, phrase, voice, speaker", [
    ("001", "what it calls", "separatist", "attributed", "China"),
    ("001", "Wang Yi slammed", "pro-independence forces", "quoted", "Wang Yi"),
    ("001", "Wang Yi slammed", "slammed", "own", ""),
    ("001", "a self-ruled island", "self-ruled", "own", ""),
    ("003", "extremely egregious", "extremely egregious", "attributed", "MOFCOM spokesperson"),
    ("003", "Experts see the move", "lawful", "attributed", "Experts"),
    ("003", "mirror the country", "wrongful", "own", ""),
    ("003", "accelerating", "remilitarization", "quoted", "Mao Ning"),
    ("003", "research fellow", "dangerous signals", "attributed", "Xiang Haoyu"),
    ("002", "criticized Japan", "erroneous", "quoted", "spokesperson for China's Ministry of Commerce"),
    ("000", "Japan claimed", "claimed", "own", ""),
    ("000", "Japan claimed", "locked radar", "attributed", "Japan"),
    ("004", "proper and reasonable", "proper and reasonable", "quoted", "Mao Ning"),
])
def test_voice_on_seed(doc, anchor, phrase, voice, speaker):
    sv = find(voices_of(seed_text(doc)), anchor)
    assert sv.of(phrase) == (voice, speaker)


def test_quote_spanning_two_sentences_is_quoted_throughout():
    # 20_11ecbplus: a two-sentence quotation closed by ", said <name>" in its second sentence.
    voices = voices_of(ecb_text("20_11ecbplus"))
    first = find(voices, "people poured into the streets")
    second = find(voices, "rushed off to one of the stricken villages")
    assert first.of("poured into the streets")[0] == "quoted"
    assert second.of("rushed off")[0] == "quoted"
    assert first.of("poured into the streets")[1] == second.of("rushed off")[1] == "Sara Sadeqi"


def test_he_or_she_may_be_a_surname_the_report_uses_for_a_person_whose_full_name_tells_the_sex():
    texts = ["Ellen Vance will host the gala, the board said.", "Vance replaces Tom Harlan.",
             '"I am thrilled," Vance said.',
             "While Harlan's show drew record ratings, he said he would not host again.",
             '"We wish him well," said board chairman Peter Reed.',
             "Harlan was let go after a dispute over pay, he said.",  # the source, not the man he speaks of
             "Vance met Harlan's agent, where she said the deal was done."]
    voices = article_voices(texts)
    assert voices[2].of("thrilled")[1] == "Vance"
    assert voices[3].of("would not host")[1] == "Harlan"  # not Vance, whom the report calls Ellen
    assert voices[5].of("let go")[1] == "Peter Reed"
    assert voices[6].of("deal was done")[1] == "Vance"  # not the name before "'s"


def test_a_closing_mark_whose_opening_was_lost_still_ends_a_quotation():
    # 6_2ecbplus lost the opening mark after a colon that ends the sentence before
    voices = article_voices(["A source says the two sides will make a deal:",
                             "Ultimately, it will be difficult, but everybody will work it out,” says one.",
                             "The studio did not comment."], [0, 1, 2])
    assert voices[1].of("difficult")[0] == "quoted"
    assert voices[2].of("comment")[0] == "own"
    # a quotation whose closing mark lies too many paragraphs after its opening one: the closing
    # sentence is still quoted
    runs = ['The manager said, "They poured in here.', "They pulled the registers off.", "They flipped everything.",
            "They punched me.", 'It was insane."', "Police made one arrest."]
    voices = article_voices(runs, list(range(len(runs))))
    assert voices[4].of("insane")[0] == "quoted" and voices[5].of("arrest")[0] == "own"
    # a mark after a figure is inches, not the end of a quotation
    assert article_voices(['The guard, 6\'2" tall, was unhurt.'])[0].of("unhurt")[0] == "own"


def test_a_titled_name_does_not_own_a_quotation_in_a_later_subject_s_clause():
    # ECB+ 6_2ecb: the quotation is Meyer's (unresolved), not the director's named before her
    text = ('After thanking director Jo Park, Lena Marsh went on to praise the cast and to let fans know that '
            '"nothing is lost."')
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "quoted"] == [""]
    text = 'Director Jo Park, who led the film, called the choice "a gift to the fans."'
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "quoted"] == ["Jo Park"]


def test_a_quotation_that_says_what_a_titled_name_is_is_not_their_words():
    # ECB+ 34_9ecbplus: 'Dr. Benjamin isn't "in a specialty …"' describes her in someone else's words
    def owners(text: str) -> list[str]:
        return [s.speaker for s in sentence_voice(text).spans if s.voice == "quoted"]
    assert owners('Dr. Lena Marsh isn\'t "in a field that would do harm."') == [""]
    assert owners('Dr. Lena Marsh is one of the "Harbour 50 Leaders."') == [""]
    assert owners('Mayor Jo Park was calling for "calm on the pier."') == ["Jo Park"]  # an auxiliary
    assert owners('Mayor Jo Park called for "calm on the pier."') == ["Jo Park"]


def test_a_straight_mark_with_a_stray_space_still_closes_the_one_before_it():
    # ECB+ 6_2ecb, 30_12ecb: a space before the closing mark made it look like an opening one, and
    # the quotation ran on to the next paragraph
    runs = ['"Harvest Moon "author Lena Marsh confirmed the casting on her website.',
            "The studio praised the choice.",
            '"It went well, and we are pleased, "the producer said after the meeting.',
            "The crew arrived on Monday."]
    voices = article_voices(runs, list(range(len(runs))))
    assert voices[0].of("confirmed")[0] == "own" and voices[1].of("praised")[0] == "own"
    assert voices[2].of("pleased")[0] == "quoted" and voices[3].of("arrived")[0] == "own"
    # an odd number of marks is a quotation inside one: the inner words stay quoted
    inner = article_voices(['"I told them, "Stay calm and wait for the guards."'])[0]
    assert inner.of("Stay calm")[0] == "quoted"


@pytest.mark.parametrize("text, phrase, voice", [
    ("Le ministre a dénoncé «une provocation grave» lundi.", "provocation", "quoted"),
    ("The paper called it 「a reckless move」 on Monday.", "reckless", "quoted"),
    ("Police said the attack was planned.", "planned", "attributed"),
    ("The attack was planned, according to police.", "planned", "attributed"),
    ("Supporters hailed him as a hero for exposing a corrupt council.", "corrupt", "attributed"),
    ("The attack was planned and brutal.", "brutal", "own"),
    # plain present verbs of saying after a speaker; the noun "claim" frames nothing
    ("Local officials claim the dam burst at night.", "dam burst", "attributed"),
    ("Residents insist the water is unsafe.", "unsafe", "attributed"),
    ("His claim the dam burst at night was rejected.", "dam burst", "own"),
    # a relative clause after the speaker ("the guard who saw it says …")
    ("The officer who opened the gate says the crowd was calm.", "crowd was calm", "attributed"),
    ("Fans who say the crowd was calm were interviewed.", "interviewed", "own"),
    # a request: whom was asked is the outlet's wording, what they were asked to do is the request
    ("The mayor asked surgeon Jo Park, a local doctor, to examine the driver.", "surgeon", "own"),
    ("The mayor asked surgeon Jo Park, a local doctor, to examine the driver.", "examine", "attributed"),
    ("The mayor asked whether the driver was drunk.", "drunk", "attributed"),
    # straight single quotation marks quote too; an apostrophe, a plural's mark and "the '90s" do not
    ("Reid claimed she was a 'social drinker' in an interview.", "social drinker", "quoted"),
    ("'We are looking for him,' the sheriff said on Monday.", "looking for him", "quoted"),
    ("The players' union said it wasn't over in the '90s either.", "union", "own"),
    ("The players' union rejected the 'final' offer.", "union", "own"),
    ('"Police \'locked down\' the street," the chief said.', "the street", "quoted"),
    # a passive with "be" in a contraction frames nobody's speech
    ("They're asked to say what happened at the pier.", "what happened", "own"),
    # two clauses reported, the second with "and that": from the first; a verb of telling after a
    # comma with a clause after its object reports it, it does not trail what came before
    ("Hale claimed she was a keen sailor and that her past was behind her.", "keen sailor", "attributed"),
    ("In an interview in October, Hale told reporters she was a keen sailor.", "keen sailor", "attributed"),
    ("In an interview in October, Hale told reporters she was a keen sailor.", "interview", "own"),
    # a verb of saying right after "who" reports for the noun before it, a clause only
    ("He was killed by police, who said he pointed a gun at them.", "pointed a gun", "attributed"),
    ("The man was shot by officers who claim he was armed.", "was armed", "attributed"),
    ("Officials who say the dam is safe will meet on Monday.", "meet on Monday", "own"),
    ("Protesters threw stones at the police, who responded with tear gas.", "tear gas", "own"),
    ("A neighbour, who asked not to be named, saw the car leave.", "be named", "own"),
    ("One friend, who asked not to be named, said: 'He loved the sea.", "loved the sea", "attributed"),
    # a relative "that" inside the content does not cut the content short
    ("Witnesses said the truck that hit the wall was speeding.", "the truck", "attributed"),
    ("Officials said this week that the truck was speeding.", "speeding", "attributed"),
    # "that" before a time noun is no complementizer: seeing is no view, and the content is whole
    ("Neighbours saw smoke above the offices that morning.", "morning", "own"),
    ("Friends and family paid tribute to his alleged victim.", "victim", "own"),
    # a verb of telling reports the clause after its object with no "that"; a warning needs no object
    ("Police told reporters the ship sank near the coast.", "ship sank", "attributed"),
    ("The mayor warned the bridge would close for a week.", "bridge would close", "attributed"),
    ("She told him to leave the harbour at once.", "leave the harbour", "attributed"),
    # a frame in an opening subordinate clause ends at the comma before the main clause
    ("While the firm claims the leak is contained, it appears the water is still rising.", "contained",
     "attributed"),
    ("While the firm claims the leak is contained, it appears the water is still rising.", "still rising",
     "own"),
    # passives, adjectives and questions frame nobody's speech
    ("The driver was also charged with reckless driving.", "reckless driving", "own"),
    ("Among the evidence is an alleged confession to the theft.", "confession", "own"),
    ("A trial date has been set in the case of a son accused of killing his father.", "killing", "own"),
    ("What do you think about the new stadium plan?", "stadium plan", "own"),
    # people named by their role or kin are speakers; "are now saying" is active
    ("Her neighbours said the fire started in the kitchen.", "started in the kitchen", "attributed"),
    ("Investigators are now saying the fire started in the kitchen.", "started in the kitchen", "attributed"),
    # "according to X" without a comma: the credit ends where the name does
    ("According to Harbour Police an officer arrived at the bank.", "officer arrived", "attributed"),
    ("The toll rose to 12 according to the Ministry of Health.", "toll rose", "attributed"),
    ("The fire was set at the door according to the Harbour Gazette and was put out by noon.", "put out",
     "own"),
    # "claims as its territory" is an act; "claimed not to …" and "claim weakened …" report
    ("Ties sank after a survey of Vell Island, which Korvia claims as its territory, was announced.",
     "was announced", "own"),
    ("Tom Reyes claimed not to have seen the thief.", "have seen", "attributed"),
    ("A strike on Vell, the island Korvia claims, would draw a response.", "would draw", "own"),
    ("A strike on Vell, a democracy that Korvia claims, would draw a response.", "would draw", "own"),
    ("Ties sank after Mara Quist told parliament on Nov. 7 that the deal was dead.", "deal was dead", "attributed"),
    ("The rights group Harbour Watch claims the dam burst.", "dam burst", "attributed"),
    ("The rule that critics claim weakened the act was dropped.", "weakened the act", "attributed"),
    # "X said, <clause>": a frame between commas or before a comma (translated copy)
    ("In fact, Tom Reyes said, the jurors asked for more time.", "jurors asked", "attributed"),
    ("Mara Quist said, the measures are lawful and proper.", "measures are lawful", "attributed"),
    ("No matter what the polls say, the mayor looks tired.", "mayor looks", "own"),
    # "according to law / plan" is "in keeping with": nobody is credited
    ("Anyone who breaks the rule will be punished according to law.", "punished", "own"),
    ("According to the plan, the bridge reopens in May.", "bridge reopens", "own"),
])
def test_voice_marks_and_frames(text, phrase, voice):
    assert sentence_voice(text).of(phrase)[0] == voice


def test_a_role_word_before_a_name_is_not_the_speaker_name():
    spans = sentence_voice("The singer died on Friday, her longtime agent Dana Brooks said.").spans
    assert [s.speaker for s in spans] == ["Dana Brooks"]


@pytest.mark.parametrize("text, speaker", [
    ("The ferry operator, Harbourline, said the crossing was closed.", "Harbourline"),
    ("Dana Brooks of Millford, Ohio, said the crossing was closed.", "Dana Brooks of Millford"),
    ("A representative of Harbourline said the crossing was closed.", "Harbourline"),
    ("According to Harbour Police an officer arrived at the bank.", "Harbour Police"),
    ("The US software giant said the crossing was closed.", "US software giant"),  # "US" is no "us"
    ("Harbour City Councilman Jo Park said the crossing was closed.", "Jo Park"),  # an office before a name
    ("Kestrane CTO Ana Ruiz said the crossing was closed.", "Ana Ruiz"),
    ("The man was shot by officers who claim he was armed.", "officers"),  # the agent, not the clause
    ("'The crossing was closed,' the Harbour News reported.", "Harbour News"),  # no quotation mark
    ('According to "The Harbour News", the crossing was closed.', "Harbour News"),
    # a credit's setting (where or when it was said) is not its source; a phrase after a noun is
    ("According to researcher Ana Ruiz on the Kestrane blog, the crossing was closed.", "Ana Ruiz"),
    ("The crossing was closed, according to the Harbourline blog on November 27.", "Harbourline blog"),
    ("According to a report in the Harbour Gazette, the crossing was closed.", "report in the Harbour Gazette"),
    ("According to officers involved in the search, the crossing was closed.", "officers involved in the search"),
    # a title before a role is no name; a role word before a name is no part of it
    ("The crossing was closed, according to the Office of the Chief Medical Examiner.",
     "Office of the Chief Medical Examiner"),
    ("The crossing was closed, Coroner Jo Hale said.", "Jo Hale"),
    ('"The crossing is closed," said Harbour Ferry Group prexy Jo Hale.', "Jo Hale"),  # trade slang
    ('"The crossing is closed," said Park and Hale jointly.', "Park and Hale"),  # how, not who
    ("Linebacker Jo Dale Park said the crossing was closed.", "Jo Dale Park"),
    ("Mark Jo Hale said the crossing was closed.", "Mark Jo Hale"),  # a given name, no role
    ("Seismologist Jo Dale Park said the crossing was closed.", "Jo Dale Park"),  # a trade the lexicon lacks
    ("One difference between the two ferries, said Jo Hale:", "Jo Hale"),  # the colon opens what follows
    # a title between commas after a name is the name's
    ('"The crossing is closed," Captain Jo Hale, Chief Public Relations Officer, Harbourline, said.', "Jo Hale"),
])
def test_speaker_names(text, speaker):
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "attributed"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "he"/"she": the nearest person named before it; "I" outside a quotation is the writer's
    ("The body was found in Harlow County, but coroner Dana Hale said he believed the death occurred on Monday.",
     "Dana Hale"),
    ("I said during the game that the referee was wrong.", "I"),
    ("Our plan is also underway, he added.", "he"),
    ("On Monday she in the Senate said the vote was rigged.", "she"),  # not "Senate"
    # "it": the first name after the dateline, whose place and credit are no antecedents
    ("HARLOW (Harbour Wire) — Norland said its ferries were stopped, and it lodged a protest over what it "
     "called a reckless act.", "Norland"),
])
def test_pronoun_speakers(text, speaker):
    found = [s.speaker for s in sentence_voice(text).spans if s.voice == "attributed"]
    assert found and found[-1] == speaker


def test_a_quotation_after_time_words_is_what_is_said_and_frames_inside_it_claim_no_earlier_one():
    """'Kowalski had said yesterday, "…"': the content is the quotation, not "yesterday, …"; a frame
    inside that quotation ("the captain told the crew") speaks no quotation of the sentence before."""
    texts = ['Councillor Ann Ruiz lamented that a "quiet night that turned into a brawl.',
             'The harbour has no place for the young, no club."',
             'Spokesman Jo Kowalski had said yesterday, "After the captain told the crew to stop, the boat turned '
             'back."']
    voices = article_voices(texts)
    said = [s for s in voices[2].spans if s.voice == "attributed" and s.speaker == "Jo Kowalski"]
    assert said and texts[2][said[0].start:].startswith('"After')
    assert all(s.speaker != "captain" for v in voices[:2] for s in v.spans)


def test_she_after_her_publicist_is_not_the_publicist():
    """"…, her publicist confirmed." then "She has admitted …": the woman "her" stands for, not the
    publicist; "his mother said" then '"…," she said' is the mother."""
    texts = ["The singer had checked into a clinic, her publicist confirmed.", "She said she was tired."]
    voices = article_voices(texts)
    assert [s.speaker for s in voices[0].spans] == ["her publicist"]
    assert [s.speaker for s in voices[1].spans] == ["She"]  # unresolved rather than the publicist
    texts = ["Tom Kowalski said the crossing was closed.", "HWN asked Tom Kowalski when it would open.",
             "He said it would open on Monday."]  # an acronym is a body, never "he"
    assert [s.speaker for s in article_voices(texts)[2].spans] == ["Tom Kowalski"]
    texts = ["His mother said the family was relieved.", '"We just want some quiet," she said.']
    assert [s.speaker for s in article_voices(texts)[1].spans if s.voice == "attributed"] == ["His mother"]


def test_it_never_stands_for_a_person_by_name():
    """'"…," said Jo Kowalski, the ferry line's spokesman.' then "It also says …": "it" is not
    Jo Kowalski; after "Norland Ferries said …" it is the company."""
    texts = ['"The crossing is closed," said Jo Kowalski, the ferry line\'s spokesman.',
             "It also says that the night ferry will sail."]
    assert [s.speaker for s in article_voices(texts)[1].spans] != ["Jo Kowalski"]
    texts = ["Norland Ferries said the crossing is closed.", "The night ferry will sail, it said."]
    assert [s.speaker for s in article_voices(texts)[1].spans] == ["Norland Ferries"]


def test_he_or_she_is_never_a_body_or_a_plural_speaker():
    texts = ["A few researchers of the scandal have suggested that Jo Park was the source.",
             "He denied that he was the source.",
             "The Harbour Port Authority said the pier was closed.", "She said it would reopen.",
             "A port spokeswoman said the pier was closed.", "She added that it would reopen."]
    voices = article_voices(texts)
    assert [s.speaker for s in voices[1].spans] == ["He"]
    assert [s.speaker for s in voices[3].spans] == ["She"]
    assert [s.speaker for s in voices[5].spans] == ["port spokeswoman"]


def test_he_or_she_is_the_person_last_spoken_of_not_only_the_last_speaker():
    """A pronoun after a sentence about someone else than the last speaker stands for that
    person ("… said prison spokesman Al Quintero. … Gigante pleaded guilty. … he told the judge");
    a person named before it in the sentence comes first; names inside a quotation never do."""
    texts = ["Ana Ruiz, the boxer, lost the title on Friday.", "Ruiz was beaten in the fifth round, said Jo Park, her coach.",
             "Later Ruiz left the ring without a word.", '"I lost to fighters like Mia Lund," she told reporters.',
             "Ruiz lost again in May.", "Her sparring partner, Mia Lund, watched, and she said the fight was fair."]
    voices = article_voices(texts)
    assert [s.speaker for s in voices[3].spans if s.voice == "attributed"] == ["Ruiz"]
    assert [s.speaker for s in voices[5].spans if s.voice == "attributed"] == ["Mia Lund"]


_HE = "He later said he had no choice."


@pytest.mark.parametrize("lead, after, speaker", [
    ("While the strike went on, Dale closed the pier.", _HE, "Dale"),
    ("After Dale arrived, the pier was closed.", _HE, "Lund"),  # a name inside the lead is not the subject
    ("Then 58, Dale closed the pier.", _HE, "Dale"),  # any short lead
    # a possessor opening the sentence is spoken of, unless a person of theirs is the subject
    ("Dale's main argument was that the pier was unsafe.", _HE, "Dale"),
    ("Dale's 16-year-old best friend took the stand.", _HE, "Lund"),
    # a person by a given name, past a title the pack does not know; not a list's second name
    ("Harbour Advocate Mark de Vries, a candidate for mayor, also came.", _HE, "Mark de Vries"),
    ("Zorvan Ruiz, Mark Lee and Jo Park failed to pass Lund.", _HE, "Lund"),
    # past a conjunction opening the sentence (not inside a quotation); a contracted pronoun is
    # the pronoun; a company whose first word is a given name is no person
    ("But Dale will argue that the pier was unsafe.", "He'll contend that he had no choice.", "Dale"),
    ('"But Dale will argue that the pier was unsafe."', "He'll contend that he had no choice.", "Lund"),
    ("Warner Bros. bought the pier.", "He'll contend that he had no choice.", "Lund"),
    # past a lead opened by a conjunction and several commas; a body's name is no person
    ("And so, even though he could have sold the boats, Mark Dale kept the pier open.", _HE, "Mark Dale"),
    ("While the Harbour Times and Coast Radio stayed silent, Tom News reported the strike.", _HE, "Lund"),
])
def test_he_or_she_is_the_subject_after_a_sentences_adverbial_lead(lead, after, speaker):
    """"While the strike went on, Dale closed the pier": Dale, not a person named before, is the
    one spoken of, so the next "he" is Dale's; a name inside the lead is not the subject."""
    texts = ["Mark Dale replaced Tom Lund, who had run the port for 20 years.", "Lund had banned night ferries.",
             lead, after]
    assert [s.speaker for s in article_voices(texts)[3].spans] == [speaker]


def test_one_after_a_group_spoke_is_one_of_that_group():
    """"One said …" after "Two dockers said …" is one of the dockers; with no group before it, an
    unnamed one."""
    texts = ["Two dockers said the crane had failed twice.", "One said it would fail again."]
    assert [s.speaker for s in article_voices(texts)[1].spans] == ["Two dockers"]
    texts[0] = "Dale said the crane had failed twice."
    assert [s.speaker for s in article_voices(texts)[1].spans] == ["One"]
    from aggregator.compare.language import ENGLISH
    from aggregator.compare.source_kinds import kind_of
    assert kind_of("One", False, ENGLISH.sources, ENGLISH.word_tag) == "unnamed"
    # '"…," says one.' after a source named by no name is that source's; with nobody before it, "one"
    texts = ["A source tells the Harbour Post that the two sides will make a deal:",
             '"It will be hard, but everybody will work it out," says one.', '"Nobody will be happy.']
    assert [s.speaker for s in article_voices(texts)[2].spans] == ["source"]
    assert [s.speaker for s in article_voices(texts[1:])[1].spans] == ["one"]


def test_i_in_a_frame_inside_a_quotation_is_the_quotations_speaker():
    """'Dale said that when he told Lund, "He asked why, and I told him …"': the "I" who told is
    Dale, whose quotation it is, not whoever spoke in the sentence before."""
    texts = ['"No comment," Tom Lund said.',
             'Mark Dale said that when he told Lund, "He asked why, and I told him that the pier was unsafe."']
    spans = article_voices(texts)[1].spans
    assert {s.speaker for s in spans if s.voice == "attributed"} <= {"Mark Dale", "He"}


def test_a_name_in_apposition_to_a_role_speaks():
    """'…," said his lawyer, John W. Smith.' and 'the prosecutor, John W. Nields, wrote': the name
    beside the role speaks, middle initial and all."""
    for text, who in [('"It is closed," said his lawyer, John W. Smith.', "John W. Smith"),
                      ('"It is closed," the prosecutor, John W. Nields, wrote in the Harbour Post.', "John W. Nields"),
                      ('"It is closed," said the coach, who declined to comment further.', "coach"),
                      ('"We are shocked," said her nephew, Ravi Lund, 32, of Harbourside.', "Ravi Lund"),
                      ("A military spokesman, Col. Ivo Stran, said the depot was far away.", "Ivo Stran"),
                      ("The army chief, Lt. Gen. Ivo Moor, said the depot was far away.", "Ivo Moor"),
                      ("Gen. Ivo Moor said the depot was far away.", "Ivo Moor"),
                      # "da" is a name's particle and "Ada" a given name; "DA" and "ADA" are roles
                      ("Luiz Inacio Lula da Silva said the depot was far away.", "Luiz Inacio Lula da Silva"),
                      ("Ada Moor said the depot was far away.", "Ada Moor"),
                      ("DA Jo Lacey said the depot was far away.", "Jo Lacey")]:
        assert [s.speaker for s in article_voices([text])[0].spans if s.voice == "attributed"] == [who]


def test_a_quotation_is_theirs_whose_frame_holds_it_nearest():
    """'When X asked …, Y answered, "Yes."' is Y's answer; "A said B told him "…"" is B's words;
    a credit ("according to the Harbour Post") is no speaker of what a frame before it says."""
    def owner(text):
        return [s.speaker for s in article_voices([text])[0].spans if s.voice == "quoted"]
    assert owner('When prosecutor Ann Lee asked whether he had fired, Tom Dale answered, "Yes."') == ["Tom Dale"]
    assert owner('Jo Park said that Tom Dale told the pastor he was sorry for the "undeserved attention."') \
        == ["Tom Dale"]
    assert owner('"Stay down," police said once the boy had been hit, according to the Harbour Post.') == ["police"]
    # a passive of naming or viewing after the name: someone else's words about that person
    assert owner('Mr. Park came to the port in 1969 and was described in a 1972 profile as a "quiet, '
                 'mumbling man who ran everything."') == [""]


def test_a_closed_quotation_alone_goes_on_in_the_voice_of_the_quotation_before_it():
    """'"…," Jo Park said.' then '"…"' then '"…," Ana Ruiz said.': the middle one is Jo Park's (the
    speaker goes on), not the next frame's; an unclosed quotation runs on into the next one's."""
    texts = ['"The ferry left late," Jo Park said.', '"Nobody told us why."', '"We will look into it," Ana Ruiz said.']
    voices = article_voices(texts, [0, 1, 2])
    assert [s.speaker for s in voices[1].spans if s.voice == "quoted"] == ["Jo Park"]
    runs_on = ['"The ferry left late," Jo Park said.', '"Nobody told us why.', '"We will look into it," Ana Ruiz said.']
    assert [s.speaker for s in article_voices(runs_on, [0, 1, 2])[1].spans if s.voice == "quoted"] == ["Ana Ruiz"]
    # a quotation of several sentences goes on in that voice too
    longer = ['"The ferry left late," Jo Park said.', '"Nobody told us why.', "We waited an hour.",
              'Then we went home."', '"We will look into it," Ana Ruiz said.']
    assert [s.speaker for v in article_voices(longer, [0, 1, 1, 1, 2])[1:4] for s in v.spans] == ["Jo Park"] * 3
    # … also left open at its paragraph's end with narration next (no quotation opening after it)
    open_end = ['"It is a bittersweet moment," Jo Park said.', '"I am here now, but I am not a player anymore.',
                "The team flew home on Friday."]
    assert [s.speaker for s in article_voices(open_end, [0, 1, 2])[1].spans] == ["Jo Park"]
    # a quotation of several paragraphs opened again in each, after 'X added: "…' with no closing mark
    again = ['And coach Jo Park added: "It has been a long fight back.', '"I like where we are right now.',
             'Our defence made some plays."', "The team flies home today."]
    assert [[s.speaker for s in v.spans] for v in article_voices(again, [0, 1, 1, 2])] == [
        ["Jo Park", "Jo Park"], ["Jo Park"], ["Jo Park"], []]


def test_a_speaker_goes_on_after_a_frame_with_time_elapsed_and_never_a_credit():
    """'"…?" Jo Park said years later, according to her website.' then '"…."': the frame ends at
    "years later" (when, not what), and the next quotation is Jo Park's, not the website's."""
    texts = ['"Who could take any of this seriously?" Jo Park said years later, according to her website.',
             '"I never understood how anyone believed the photos were real.', 'I do not get it."']
    voices = article_voices(texts, [0, 1, 2])
    assert [(s.speaker, texts[0][s.start:s.end]) for s in voices[0].spans if s.verb == "said"] == [
        ("Jo Park", '"Who could take any of this seriously?"')]
    assert [[(s.voice, s.speaker) for s in v.spans] for v in voices[1:]] == [
        [("quoted", "Jo Park")], [("quoted", "Jo Park")]]  # "anyone believed" is nobody's view
    assert sentence_voice('"It was late," Ana Ruiz said two days ago.').spans[0].end == len('"It was late,"')


def test_a_long_quotation_one_sentence_a_line_runs_on_only_in_a_speakers_words():
    """One sentence a line (ECB+, wire copy): a quotation closed five lines on is one quotation
    when the lines between speak in the first person; narrative lines after a stray mark are not."""
    speech = ['"It is a bittersweet moment," Jo Park said.', '"I am here now, but I am not a player anymore.',
              "But it is great to feel the love from everybody.", "It was like I was back at home.",
              "Everybody showed me love.", 'It was good."', "Ana Ruiz said the team flew home."]
    voices = article_voices(speech, list(range(len(speech))))
    assert [[(s.voice, s.speaker) for s in v.spans] for v in voices[1:6]] == [[("quoted", "Jo Park")]] * 5
    stray = ['The ferry left late. " (Harbour Post article)', "The captain was arrested near the pier.",
             "He was stopped near the county border.", "Evidence was found in the car.",
             "The pier reopened on Monday.", 'A spokesman said: "We are relieved."']
    voices = article_voices(stray, list(range(len(stray))))
    assert [v.spans for v in voices[1:5]] == [()] * 4


def test_an_unresolved_pronoun_goes_on_into_its_next_quotation():
    """'"I don't want to be photographed," she said in 1998.' then '"I feel the same way …"': the
    same "she" speaks it, whoever she is; a "they" inside a quotation frames nothing after it."""
    texts = ['"I do not want to be photographed in my old age," she said in 1998.',
             '"I feel the same way with old movie stars.', 'We want to remember them young."']
    voices = article_voices(texts, [0, 1, 2])
    assert [[s.speaker for s in v.spans if s.voice == "quoted"] for v in voices[1:]] == [["she"], ["she"]]
    texts = ['"They had argued, from what I was told, they argued," Jo Park told the Post.',
             '"I had just started my job, and I heard a bang."']
    assert [s.speaker for s in article_voices(texts, [0, 1])[1].spans] == ["Jo Park"]


def test_a_stray_comma_after_that_before_a_quotation_opens_it():
    """'SI.com is reporting that, "The Red Sox are …"': the quotation is what is reported; "He said
    that, and left." reports nothing."""
    text = 'At the same time, Kestrel.com is reporting that, "The Harbour Sox are keen on him."'
    assert [(s.voice, s.speaker) for s in sentence_voice(text).spans] == [
        ("attributed", "Kestrel.com"), ("quoted", "Kestrel.com")]
    assert not sentence_voice("He said that, and left.").spans


def test_i_or_we_in_a_quotation_nobody_owns_is_not_the_last_speaker():
    """'"We should stop saying the bay is safe.' after narration: "we" is the quotation's speaker,
    whom the report does not name here, not the witnesses quoted earlier."""
    texts = ["Witnesses on the pier said they felt the ground shake.", "Expect experts in the papers tomorrow.",
             '"We should stop saying the bay is safe.', 'I must say we are near a fault line."']
    voices = article_voices(texts, [0, 1, 2, 3])
    assert {s.speaker for v in voices[2:] for s in v.spans} == {""}


def test_a_lead_in_ending_in_a_name_or_had_this_to_say_introduces_the_quotation():
    """"…, such as the prophetic Dr Ana Ruiz:" and "Coach Jo Park had this to say:" name who speaks
    the quotation after them; a colon after a place or a plain noun names nobody."""
    for lead, who in (("Expect experts in the papers, such as the prophetic Dr Ana Ruiz:", "Ana Ruiz"),
                      ("Coach Jo Park had this to say:", "Jo Park"),
                      ("The harbour master, Tom Hale, had the following to say:", "Tom Hale"),
                      ("The storm reached the coast near Harbour Town:", ""),
                      ("Here is the list:", "")):
        voices = article_voices([lead, '"We stood firm."'], [0, 1])
        assert [s.speaker for s in voices[1].spans] == [who], lead
    # a lead-in of whose words follow, with no verb: the owner speaks ("his" the person last spoken of)
    for lead, who in (("His exact words:", "Tom Hale"), ("In her own words:", ""), ("Ana Ruiz's statement:", "Ana Ruiz"),
                      ("Hale' response:", "Hale")):
        voices = article_voices(["Tom Hale met the harbour board on Monday.", lead, '"We stood firm."'], [0, 1, 2])
        assert [s.speaker for s in voices[2].spans] == [who], lead
    # "had this to say" frames a quotation in its own sentence too; "I have to say" is a duty, no frame
    text = 'In a statement, the producers had this to say about their host, "Jo Park is a consummate entertainer."'
    assert {s.speaker for s in sentence_voice(text).spans} == {"producers"}
    text = '"Ana was frail, and I have to say the care was poor," Tom Hale said.'
    assert {s.speaker for s in sentence_voice(text).spans} == {"Tom Hale"}


def test_manner_of_speaking_and_reported_as_frame_the_quotation_beside_them():
    """A verb of a manner of speaking frames a quotation right after it too ('the protesters
    shouted, "…"'), and one in a sentence a splitter cut off after '!"' ('"…!"' then 'Jo Park
    thundered in the hall.'); "X was reported as saying:" introduces X's words; a lead-in ending
    in a colon never owns the quotation before it."""
    def quoted(texts: list[str]) -> list[str]:
        return [s.speaker for v in article_voices(texts) for s in v.spans if s.voice == "quoted"]

    assert quoted(['The protesters shouted, "Go home," then threw bottles at the gate.']) == ["protesters"]
    assert quoted(['The protesters chanted "thieves out" and marched to the gate.']) == ["protesters"]
    assert quoted(['When the driver yelled, "Stop!" it was clear that they were police, she said.']) == ["driver"]
    assert quoted(['"Go home!"', "Jo Park thundered in the hall during the debate."]) == ["Jo Park"]
    assert quoted(['"Go home!"', "As the dockers sobbed in the street, the gate was shut."]) == [""]
    assert quoted(["Tom Hale was reported as saying about the pier:", '"It was a fine place."']) == ["Tom Hale"]
    assert quoted(['"It was a fine place."', "Tom Hale was reported as saying about the pier:"]) == [""]
    # a quotation alone after a sentence whose subject praises or blames is that subject's words
    assert quoted(["Tom Hale praised the crew for their handling of the storm.", '"They saved every life."']) \
        == ["Tom Hale"]
    assert quoted(["The crew was praised by many.", '"They saved every life."']) == [""]


def test_a_preposition_after_a_trailing_frame_is_where_or_when_it_was_said():
    """'"…," Brown said from Miami before the game.' reports only the quotation, so the quotation
    of the next line goes on in Brown's voice; "said of her son", "said as he left" the same; "said
    like anyone, …" without a quotation before it still reports a clause."""
    texts = ['"I knew this was coming," Brown said from Miami before coaching the final.',
             '"It is not easy to let a coach go."']
    voices = article_voices(texts, [0, 1])
    assert [(s.voice, s.speaker, texts[0][s.start:s.end]) for s in voices[0].spans] == [
        ("attributed", "Brown", '"I knew this was coming,"'), ("quoted", "Brown", '"I knew this was coming,"')]
    assert [s.speaker for s in voices[1].spans] == ["Brown"]
    for tail in ("said of her son.", "said as he left the court.", "said by telephone.", "said with a laugh."):
        text = f'"It was a mess," Ana Ruiz {tail}'
        assert {text[s.start:s.end] for s in sentence_voice(text).spans} == {'"It was a mess,"'}, tail
    text = "Some co-workers said she had run-ins, Dorsey said like anyone, they had their differences."
    assert any(s.speaker == "Dorsey" and text[s.start:s.end].startswith("like") for s in sentence_voice(text).spans)


def test_plural_reports_speak_and_a_noun_form_after_a_proper_adjective_is_no_verb():
    """"Media reports said …" and "…, reports said." are the reports' words (the plural noun that is
    also a verb of saying heads the speaker); "to win back Southern states from …" reports nothing,
    while "Kimani Gray says" after a name still frames; "denied the motions because …" is an act."""
    for text, who in (("Media reports said the ferry sank.", "Media reports"),
                      ("Almost all voters cast their ballots, reports said.", "reports"),
                      ("Various reports suggest that the family never had the money.", "Various reports")):
        assert [s.speaker for s in sentence_voice(text).spans] == [who], text
    assert not sentence_voice("He drew up a plan for the party to win back Southern states from its rivals.").spans
    text = "A woman who saw the shooting of 16-year-old Kimani Gray says the youth had no gun."
    assert [s.speaker for s in sentence_voice(text).spans] == ["woman"]
    assert not sentence_voice("The court of claims denied the motions because there was a dispute.").spans


def test_an_opening_mark_written_for_a_closing_one_closes_the_quotation():
    """'… there goes the band “, the singer said.' and '“We won,“ she said.': a quotation never opens
    before a comma or right after a word, so the mark closes it and the frame after it is read."""
    for text, who in (("“I would like to thank my wife and, oh dear, there goes the band “, the singer said.", "singer"),
                      ("“We won,“ Ana Ruiz said.", "Ana Ruiz")):
        voice = sentence_voice(text)
        assert voice.text == text
        assert [(s.voice, s.speaker) for s in voice.spans] == [("attributed", who), ("quoted", who)], text
    assert [(s.voice, s.start) for s in sentence_voice("The mayor’s “bold step” failed.").spans] == [("quoted", 12)]


def test_a_role_after_a_possessive_and_two_roles_of_one_person_speak():
    """"…, her rep told the magazine." and '"…," the singer and actress said.' frame what they
    report; "my door and they said …" keeps its "they", and "the teacher and the principal" are two."""
    text = "Tara Kestrel checked herself into a clinic, her rep told the magazine."
    assert [s.speaker for s in sentence_voice(text).spans] == ["her rep"]
    text = '"We won," the singer and actress said.'
    assert [s.speaker for s in sentence_voice(text).spans] == ["singer and actress"] * 2
    text = "I tried to open my door and they said close your door."
    assert [s.speaker for s in sentence_voice(text).spans] == ["they"]
    assert [s.speaker for s in sentence_voice("He hit the teacher and the principal said he was sorry.").spans] != ["He"]


def test_a_person_noun_before_a_relative_clause_speaks():
    """"A woman who lives across the street told the Times that …", "testimony from a man who
    claims …" (the man, not the testimony); "a quiet woman who kept to herself but said …" is no
    frame of the woman's: the verb after "but" is the sentence's subject's."""
    cases = [("A woman who lives across the street told the Harbour Times that the boy was calling for help.",
              ["woman"]),
             ("The trial resumes on Monday, with testimony from a man who claims the brother threatened him.",
              ["man"]),
             ("Yet a neighbour described Ana Ruiz as a quiet woman who kept to herself but said she was polite.",
              ["neighbour"])]
    for text, speakers in cases:
        assert [s.speaker for s in sentence_voice(text).spans if s.voice == ATTRIBUTED] == speakers, text


def test_kin_colleagues_and_monitors_speak_and_a_subject_after_said_is_no_speaker():
    """"The victim's nephew said …", "…, said his girlfriend.", "a piracy monitor told CNN",
    "The software giant said …" frame what they say; in "Jo Park, a grandson, said his father
    died at home" the father is the content's subject, not a speaker after the verb."""
    cases = [("The victim's nephew said she had just got out of a car.", "victim's nephew"),
             ("The driver had seethed for years, said his girlfriend.", "his girlfriend"),
             ("Pirates freed a tanker on Saturday, a piracy monitor told CNN.", "piracy monitor"),
             ("The software giant said the patch works on every browser.", "software giant"),
             ("Jo Park, a grandson of the mayor, said his father died at home in Mobile.", "Jo Park")]
    for text, speaker in cases:
        assert [s.speaker for s in sentence_voice(text).spans if s.voice == ATTRIBUTED] == [speaker], text


def test_a_lower_case_speaker_is_no_headlines_capitalised_words():
    """'Co-Worker Calls Harbour Gunman: "Very Quiet"' is a headline, no name: "a co-worker yelled"
    later is an unnamed co-worker; "the judge said" after "Judge Ana Ruiz" is still the judge."""
    found = _report_citations('Co-Worker Calls Harbour Gunman: "Very Quiet". Then a co-worker yelled, "Get out '
                              'now!" Judge Ana Ruiz spoke at noon. "He is a shadow of himself," the judge said.')
    assert {c.cited for c in found} == {"co-worker", "Ana Ruiz"}


def test_a_given_name_that_is_a_role_in_capitals_stays_in_the_cited_name():
    """"Ada Moor" is cited as "Ada Moor", not "Moor" ("ADA" in capitals is a prosecutor's role:
    "ADA Jo Lacey" is Jo Lacey)."""
    assert {c.cited for c in _report_citations("Ada Moor, the council leader, said the bridge would open in 2028. "
                                               "Moor added that it would cost $40 million.")} == {"Ada Moor"}
    assert {c.cited for c in _report_citations("ADA Jo Lacey said the case was closed.")} == {"Jo Lacey"}


def test_the_role_after_a_word_that_only_describes_is_the_one_person_titled_so():
    """"the shamed minister said" after "Housing minister Clara Webb" is Clara Webb; where two
    people were titled minister, or the word before the role is a title's own ("the foreign
    minister" after "Defence Minister Ivo Lund"), or the article is "a", it is nobody named."""
    one = _report_citations("Housing minister Clara Webb resigned on Monday. The shamed minister said she had "
                            "made mistakes.")
    assert {c.cited for c in one} == {"Clara Webb"}
    two = _report_citations("Housing minister Clara Webb resigned on Monday. Finance minister Ola Berg stayed. "
                            "The shamed minister said she had made mistakes.")
    assert "Clara Webb" not in {c.cited for c in two} and "Ola Berg" not in {c.cited for c in two}
    other = _report_citations("Defence Minister Ivo Lund met the envoy on Monday. The foreign minister said the "
                              "talks would go on.")
    assert "Ivo Lund" not in {c.cited for c in other}
    some = _report_citations("A brick hit an officer, NYPD spokesman Paul Brown said. But a police spokesman said "
                             "the witness saw nothing.")
    assert {c.cited for c in some} == {"Paul Brown", "police spokesman"}  # "a …": maybe another one


def test_a_government_agency_is_no_news_agency_credited_before():
    """"the national disaster agency said" is a body of its own, not the wire a dateline credited
    ("MERON, Talvia (Global Agency) - …"); "the agency", "the same agency" and "the state news
    agency" are still the wire."""
    from aggregator.compare.issuers import body_cited_before
    from aggregator.compare.language import ENGLISH

    def short(who: str, bodies: list[str]) -> str:
        return body_cited_before(who, bodies, ENGLISH.sources, ENGLISH.naming.demonyms)

    assert short("national disaster agency", ["Global Agency"]) == ""
    assert short("space agency", ["Xinhua"]) == ""
    assert [short(w, ["Xinhua"]) for w in ("agency", "same agency", "state news agency")] == ["Xinhua"] * 3


def test_a_long_relative_clause_and_a_participle_are_no_part_of_the_speaker():
    """"Scientists who tracked 300,000 people for more than a decade found that …" cites the
    scientists (the words after "who" are the clause); "according to a study of 300,000 adults
    published on Wednesday in …" cites the study, not "study … published"."""
    attributed = sentence_voice("Scientists who tracked 300,000 people for more than a decade found that fans of "
                                "snacks faced a 33 percent higher risk.").spans
    assert [s.speaker for s in attributed if s.voice == ATTRIBUTED] == ["Scientists"]
    found = _report_citations("People who eat the most processed food have a 24 percent higher risk of heart disease, "
                              "according to a study of 300,000 adults published on Wednesday in the journal Cardio.")
    assert [c.cited for c in found] == ["study of 300,000 adults"]


def test_they_after_a_sentence_that_opens_with_a_group_is_that_group():
    """"Minutes later, Harbour Police saw the car." then "They say he was uncooperative": the
    police; "Jo Park and Ana Ruiz have cut the monologue." then "They said …": the two; a subject
    that is no group ("Protests are expected …") gives "they" nobody, and "One said" after the
    police is no officer of theirs."""
    def frames(texts: list[str]) -> list[str]:
        return [v.frame_speaker for v in article_voices(texts, list(range(len(texts))))]

    assert frames(["Minutes later, Harbour Police saw the car.", "They say he was uncooperative."])[1] \
        == "Harbour Police"
    assert frames(["Jo Park and Ana Ruiz have cut the monologue.", "They said there will be more music."])[1] \
        == "Jo Park and Ana Ruiz"
    assert frames(["Protests are expected to go on.", "They say they want a new system."])[1] == "They"
    assert frames(["Police are searching the pier.", 'One said: "I heard screams."'])[1] == "One"


def test_a_quotation_in_a_relative_clause_after_the_speaker_is_not_the_speakers():
    """'…, according to the Harbour Trust, which gave her one of its "genius" grants': the relative
    clause is the outlet's, and so is its quotation; 'said Jo Park, who added that it was "ours"'
    is still hers (the clause reports her)."""
    text = 'Many of her patients are uninsured, according to the Harbour Trust, which gave her one of its "genius" grants.'
    assert [(s.voice, s.speaker) for s in sentence_voice(text).spans] == [(ATTRIBUTED, "Harbour Trust"), (QUOTED, "")]
    text = '"We won," said Jo Park, who added that the cup was "ours".'
    assert {s.speaker for s in sentence_voice(text).spans} == {"Jo Park"}


def test_a_verb_of_telling_with_a_quotation_after_its_object_reports_that_quotation():
    """'One of his friends, Jo Park told the Harbour Post: "…"': what he told the paper is the
    quotation after the colon, not the appositive before his name; with a quotation before the
    frame ('"…," she told the Post, "…"') the words before stay hers."""
    text = 'One of his friends, Jo Park told the Harbour Post: "As the police fired, he was screaming."'
    [said] = [s for s in sentence_voice(text).spans if s.voice == ATTRIBUTED]
    assert (said.speaker, text[said.start:said.end]) == ("Jo Park", text[text.index('"'):])
    text = '"I was scared," she told the Harbour Post, "and I ran."'
    [said] = [s for s in sentence_voice(text).spans if s.voice == ATTRIBUTED]
    assert text[said.start:said.end] == '"I was scared,"'
    text = 'It stayed a secret, but in 2005, at 91, Park told Harbour magazine, "I am the one they called the Owl."'
    [said] = [s for s in sentence_voice(text).spans if s.voice == ATTRIBUTED]
    assert (said.speaker, text[said.start:said.end]) == ("Park", text[text.index('"'):])


def test_it_after_a_clause_opened_by_a_name_is_that_name():
    """"…, although the Harbour Authority did not list the goods, it stated …": "it" is the body the
    subordinate clause opens with, not the speaker of the sentence before."""
    texts = ["The institute said the rules were new.",
             "The report noted that although the Harbour Authority did not list the goods, it stated that "
             "ferries are covered."]
    assert [s.speaker for s in article_voices(texts, [0, 1])[1].spans] == ["report", "Harbour Authority"]
    texts = ["The institute said the rules were new.", "After the vote, it said ferries are covered."]
    assert [s.speaker for s in article_voices(texts, [0, 1])[1].spans] == ["institute"]


def test_a_transcript_turn_is_its_speakers_words_until_the_next_label():
    """"Mayor Ana Ruiz: Before I begin, …" and the sentences after it are the mayor's, without
    quotation marks, until "Reporter: …?" opens the next turn; a headline "Tom Hale: a hit or a
    miss?" and "Since the launch of Harbour Life: A History, I have …" open none."""
    texts = ["Here is the transcript of the briefing.", "Mayor Ana Ruiz: Before I begin, I want to thank the crews.",
             "The bridge is safe.", "Reporter: Will the ferry run on Monday?", "Mayor Ana Ruiz: We expect so."]
    voices = article_voices(texts, list(range(5)))
    assert [[(s.voice, s.speaker) for s in v.spans] for v in voices] == [
        [], [("quoted", "Ana Ruiz")], [("quoted", "Ana Ruiz")], [("quoted", "Reporter")], [("quoted", "Ana Ruiz")]]
    assert texts[1][voices[1].spans[0].start:].startswith("Before I begin")
    for texts in (["Tom Hale: a hit or a miss?", "The show opens on Friday."],
                  ["Since the launch of Harbour Life: A History, I have written four books.", "Each sold well."]):
        assert not any(v.spans for v in article_voices(texts, [0, 1])), texts[0]


def test_you_with_an_adverb_is_still_nobody_named():
    """"You never see that in man coverage": the generic "you" speaks for nobody, whatever adverb
    stands between it and the verb."""
    assert not sentence_voice("You never see that in zone coverage and that was a smart play.").spans
    assert not sentence_voice("You always say the ferry is late.").spans


def test_a_statement_or_response_given_out_before_a_colon_speaks_the_quotation():
    """"The company released a statement: "…"" and "In typical fashion, she released a jokey
    response to the honor: "…"" give the quotation to whoever gave it out; "Here is the list: "…""
    names nobody."""
    voices = article_voices(["Ana Ruiz will host the show.",
                             "In typical fashion, she released a jokey response to the honor: “I am so excited.",
                             "You know what they say.”"], [0, 1, 2])
    assert [[s.speaker for s in v.spans if s.voice == "quoted"] for v in voices[1:]] == [["Ana Ruiz"], ["Ana Ruiz"]]
    text = "The ferry company released a statement: “We are saddened by the loss.”"
    assert {s.speaker for s in sentence_voice(text).spans} == {"ferry company"}
    assert [s.speaker for s in sentence_voice('Here is the list: "apples, pears".').spans] == [""]


def test_a_frame_inside_one_quotation_owns_no_other():
    """'"Jo had stressed that it was time to go," Ana Ruiz wrote in her book, "A Harbour Life."':
    "Jo had stressed" is inside Ana Ruiz's quotation and speaks only there; the title is not Jo's."""
    text = '"Jo Park had stressed that it was time to go," Ana Ruiz wrote in her 1974 book, "A Harbour Life."'
    quoted = [(s.speaker, text[s.start:s.end]) for s in sentence_voice(text).spans if s.voice == "quoted"]
    assert quoted[0][0] == "Ana Ruiz" and all(who != "Jo Park" for who, _ in quoted)


def test_a_lead_in_ending_in_a_colon_may_hold_a_closed_quotation():
    """'The commissioner says officers train for what's called “active shooter” work:' introduces
    the quotation after it; so does '"…," Jo Park continued.' go on into the next one."""
    texts = ["The commissioner says officers train for what's called “active shooter” work:",
             "“You can't wait for SWAT.”"]
    assert [s.speaker for s in article_voices(texts, [0, 1])[1].spans] == ["commissioner"]
    texts = ['"He is used to being the guy," Jo Park continued.', '"He is used to being the one everyone counts on."']
    assert [[s.speaker for s in v.spans] for v in article_voices(texts, [0, 1])] == [["Jo Park", "Jo Park"],
                                                                                  ["Jo Park"]]
    assert not sentence_voice("The rain continued all night.").spans
    # a title in quotation marks after "told" is no quotation of the speaker's
    titled = sentence_voice('Jo Park told the "Harbour Post" she was leaving.').spans
    assert not any(s.voice == "quoted" and s.speaker == "Jo Park" for s in titled)


def test_a_quotation_of_several_paragraphs_each_opened_again_keeps_one_speaker():
    """Each paragraph of a long quotation opens again and only the last closes ('X said: "…' then
    '"…' then '"… ."'): every paragraph is X's, whatever frame comes later; a frame of its own
    still speaks a paragraph, and a paragraph ending in a colon introduces a new quotation."""
    def speakers(texts: list[str]) -> list[list[str]]:
        return [[s.speaker for s in v.spans if s.voice == "quoted"]
                for v in article_voices(texts, list(range(len(texts))))]

    long = ['A harbour police spokeswoman said tonight: "Officers are at the scene of a fire at a ferry shed."',
            '"Crews were called to the roof at 8.40pm.', '"The shed is almost totally destroyed.',
            'Nobody is believed to be hurt."', "The harbour stays closed."]
    assert speakers(long) == [["harbour police spokeswoman"]] + [["harbour police spokeswoman"]] * 3 + [[]]
    # a paragraph framed itself is its frame's, and speaks for the paragraph before it when
    # nothing else does; one with a speaker before it keeps that one
    framed = ['"We waited an hour.', "Nobody told us why.", '"They never have enough staff," Ana Ruiz said.']
    assert speakers(framed) == [["Ana Ruiz"], ["Ana Ruiz"], ["Ana Ruiz"]]
    framed = ['Jo Park said: "We waited an hour.', '"Nobody told us why.', "We just stood there.",
              '"They never have enough staff," Ana Ruiz said of the harbour office.']
    assert speakers(framed) == [["Jo Park"], ["Jo Park"], ["Jo Park"], ["Ana Ruiz"]]
    # a sentence ending in a colon introduces the next quotation, which it does not go on with
    lead = ['"I am sorry," Tom Dale said.', '"I will not waste this chance.',
            "The judge had advice for anyone who deals with Dale:", '"Do not trust him again."']
    assert speakers(lead)[3] == [""]
    # an unframed paragraph with nobody before it speaks in the voice of the paragraph it goes on into
    into = ["The harbour flooded overnight.", '"Our town has reached the edge.', "Nobody can take another winter.",
            '"What is at stake is the school."', "Mayor Jo Park said the town would fight on."]
    assert speakers(into)[1:4] == [["Jo Park"]] * 3
    # a question or an exclamation whose frame a splitter cut off into a sentence of its own
    assert speakers(['"Would we have won without him?"', "Harbour coach Jo Park asked."])[0] == ["Jo Park"]
    assert speakers(['"What a night!"', "Jo Park said."])[0] == ["Jo Park"]
    # … and it frames that quotation before the speaker of the quotation before it goes on
    assert speakers(['"We will win," Jo Park said.', '"Can you win without him?"', "the Harbour Post asked."]) \
        == [["Jo Park"], ["Harbour Post"], []]
    # a closing mark with a stray space before it, after a comma and before a lower-case verb
    spaced = ['"I believe in this crew.', 'We are better than this, "said Jo Park.', '"We will do better."']
    assert speakers(spaced) == [["Jo Park"], ["Jo Park"], ["Jo Park"]]
    # the speaker of a quotation that ends in the sentence before a frame goes on in the next one
    ended = ['"It is a team effort.', 'It is not about one person," Jo Park said.', '"We have mistakes to fix."']
    assert speakers(ended)[2] == ["Jo Park"]
    # a frame whose words end in a colon introduces the quotation after it
    colon = ["The commissioner says he has put many officers through a special course:",
             '"You cannot just sit there and wait for the tactical team."']
    assert speakers(colon)[1] == ["commissioner"]
    # … and after a frame whose words end in a quotation, the last frame's speaker when several
    assert speakers(['Outside court, Jo Park said Tom Dale is "not doing very well."',
                     '"He shares a cell with two others.', 'He cannot sleep."'])[1:] == [["Jo Park"], ["Jo Park"]]
    assert speakers(['When prosecutor Ana Ruiz asked whether she ran, Jo Park answered, "Yes."',
                     '"I ran and I hid.', 'Then I called the police."'])[1:] == [["Jo Park"], ["Jo Park"]]
    # '"…," says one.': one of the group that spoke just before; after one person, an unnamed one
    assert speakers(["Sources tell the Harbour Post that a deal is near.", '"Everybody will give a little," says one.'])[1] \
        == ["Sources"]
    assert speakers(["Jo Park said a deal is near.", '"Everybody will give a little," says one.'])[1] == ["one"]
    # a whole sentence of quotation after a sentence that is wholly someone's goes on in that voice
    whole = ['"The repair ship sailed on Friday," the Harbour Board said.', '"The line was partly restored."',
             '"Further work continues over the weekend."']
    assert speakers(whole)[1:] == [["Harbour Board"], ["Harbour Board"]]
    # a quotation left open in its one sentence before ", X said.": the closing mark was lost
    assert speakers(['"Officers found a gun in the car, harbour police Lt. Jo Park said.'])[0] == ["Jo Park"]
    # a quotation inside a quotation ('“… ‘Freeze,’”') is part of it, not a new one
    inner = ["“Another witness said an officer shouted, ‘Freeze,’” Jo Park said."]
    assert speakers(inner) == [["Jo Park"]]


def test_a_quotation_alone_after_a_paraphrase_is_the_paraphrased_speakers():
    """'Jo Park said the ferry left late.' then '"Nobody told us why."': Jo Park's words, when no
    frame claims the quotation; a request ("asked her to") or a finding ("suggests") paraphrases
    nobody's words, and a quotation with its own frame after it is that frame's."""
    def quoted(texts: list[str], at: int = 1) -> list[str]:
        return [s.speaker for s in article_voices(texts, list(range(len(texts))))[at].spans if s.voice == "quoted"]

    assert quoted(["Jo Park denied reports that the ferry left late.", '"Nobody told us why.', 'We waited."']) \
        == ["Jo Park"]
    assert quoted(["Jo Park denied reports that the ferry left late.", '"Nobody told us why.', 'We waited."'], 2) \
        == ["Jo Park"]
    assert quoted(["The council has asked Jo Park to host the fair again.", '"I am going to host the fair!"']) == [""]
    assert quoted(["Jo Park urged walkers not to climb the ridge alone.", '"This is a dangerous area."']) \
        == ["Jo Park"]  # an urging is said in words (unlike a request, which the one asked may answer)
    assert quoted(["The crowd around Jo Park suggests otherwise.", '"We all play games before a match."']) == [""]
    assert quoted(["Jo Park said the ferry left late.", '"Nobody told us why," a passenger, Ann Lee, said.']) \
        == ["Ann Lee"]
    # a later frame of another speaker that reports in its own words does not take the quotation
    # from the paraphrased one
    assert quoted(["The ferry was late again, Jo Park said.", '"The delays are really long."',
                   "The line runs three ferries, the harbour office said."]) == ["Jo Park"]
    # "tweeted" reports what follows, a quotation after a colon too
    assert [s.speaker for s in article_voices(['Jo Park tweeted Thursday: "The ferry is back."'])[0].spans] \
        == ["Jo Park", "Jo Park"]
    # a short lead of when before the quotation still leaves it opening its sentence; a lead that
    # names someone or has a verb does not
    assert quoted(["Jo Park said the ferry left late.", 'Later that evening, "we all walked home."']) == ["Jo Park"]
    assert quoted(["Jo Park said the ferry left late.", 'Ann Lee, "we all walked home."']) == [""]
    assert quoted(["Jo Park said the ferry left late.", 'When the rain stopped, "we all walked home."']) == [""]


def test_any_noun_phrase_after_a_closing_quotation_speaks_it():
    """'"…," the convicted killer said': the noun need not be a speaker noun the pack lists; a
    role then a name in apposition is the name's ('the candidate, regional bureaucrat Jo Mamet,
    said'); "the pair" stands for the two who spoke last; a time word is still nobody."""
    def speakers(texts: list[str]) -> list[list[str]]:
        return [[s.speaker for s in v.spans] for v in article_voices(texts, list(range(len(texts))))]

    assert speakers(['"I am sorry," the convicted killer said.']) == [["convicted killer"] * 2]
    assert speakers(['"We will win," the candidate, regional official Jo Mamet, said.'])[0][-1] == "Jo Mamet"
    assert speakers(['His lawyer, attorney John Smith, said he was fine.']) == [["John Smith"]]
    assert speakers(['"He is great," said Jo Park and Ann Lee.', '"He has style," the pair said.'])[1] \
        == ["Jo Park and Ann Lee"] * 2
    assert speakers(['"Stop," the day said.']) == [[""]]
    # the comma after the closing mark (British order), and two nouns joined ("talk" is no verb)
    assert speakers(['"There goes the band", the singer and talk show host said on her blog.']) \
        == [["singer and talk show host"] * 2]
    # … and after the verb: any noun after its article, up to where and when
    assert speakers(['"I am sorry," said the convicted killer.']) == [["convicted killer"] * 2]
    assert speakers(['"I have goosebumps," said the 29-year-old on the eve of the Harbour Open.']) \
        == [["29-year-old"] * 2]
    assert speakers(['"Stop," said the day before.']) == [[""]]
    # a verb of writing after a quotation frames it, whoever it was written to
    assert speakers(['"We all have limits," Jo Park wrote the AP on Wednesday.']) == [["Jo Park"] * 2]


def test_he_or_she_never_stands_for_a_name_of_the_other_sex():
    from aggregator.compare.names import name_sex

    assert (name_sex("Mark Dale"), name_sex("Police Chief Anna Ruiz"), name_sex("Mrs. Quist"), name_sex("Jordan Lee")) \
        == ("m", "f", "f", None)
    voices = article_voices(['"The rule is fair," Mark Dale said.', '"I agree," she said.', '"So do I," he said.'])
    assert [s.speaker for s in voices[1].spans if s.voice == "attributed"] == ["she"]
    assert [s.speaker for s in voices[2].spans if s.voice == "attributed"] == ["Mark Dale"]
    # a gendered title says the sex too, so "he" is the councilman named in its sentence, not the last speaker
    assert (name_sex("City Councilman Kwame Oduya"), name_sex("Sister Ruth Kestrel"), name_sex("Msgr. Tam Hollis")) \
        == ("m", "f", "m")
    voices = article_voices(['"We are waiting," Ana Ruiz said.',
                             "Councilman Kwame Oduya blasted outsiders who he said made it worse."])
    assert [s.speaker for s in voices[1].spans if s.verb == "said"] == ["Councilman Kwame Oduya"]
    # after a text spoke ("according to her official biography"), "she" is the woman last spoken of
    voices = article_voices(["Anna Ruiz was born in Harbour City in 1923.",
                             "Ruiz earned a degree in 1944, according to her official biography.",
                             "Her teaching career was hampered by her looks, she said."])
    assert [s.speaker for s in voices[2].spans] == ["Ruiz"]


def test_a_bare_body_noun_speaks_for_the_body_a_report_named_with_it():
    voices = article_voices(["The port was closed, the state news agency HNA said on Monday.",
                             '"Ships are waiting," the agency reported.',
                             "The daily Harbour Post warned the closure would last.", "The paper said the port lost money."])
    assert [s.speaker for s in voices[0].spans] == ["HNA"]
    assert [s.speaker for s in voices[1].spans if s.voice == "attributed"] == ["HNA"]
    assert [s.speaker for s in voices[3].spans] == ["Harbour Post"]


def test_was_quoted_as_saying_and_he_or_she_never_a_document():
    voices = article_voices(["Tom Park, head of the port authority, dismissed concerns that a wave would hit the port, HNA reported.",
                             '"The harbour is safe," he was quoted as saying.',
                             "Ana Ruiz studied law, according to her official biography.",
                             '"I never liked it," she said.'])
    assert [s.speaker for s in voices[1].spans if s.voice == "attributed"] == ["Tom Park"]
    # never the biography: the woman it is about (stop 52; "she" was left unresolved before)
    assert [s.speaker for s in voices[3].spans if s.voice == "attributed"] == ["Ana Ruiz"]


def test_he_is_a_man_named_before_it_in_the_sentence_before_the_last_speaker():
    """"… said Kestrel." then "Detective Tom Reyes … said he asked …": "he" is Tom Reyes (his given
    name says "he"), not the last speaker; a name that says no sex, or the other, is passed over."""
    first, second = article_voices(['"We were all scared," said Kestrel, a clerk at the store.',
                                    'Detective Tom Reyes, testifying Tuesday, said he asked how she felt.'])
    assert [s.speaker for s in second.spans if s.voice == "attributed"][-1].endswith("Tom Reyes")
    _, third = article_voices(['"We were all scared," said Kestrel, a clerk at the store.',
                               'Whether Ms. Ruiz knew the man was not clear, he said.'])
    assert [s.speaker for s in third.spans if s.voice == "attributed"] == ["Kestrel"]


def test_he_inside_a_quotation_is_not_its_speaker():
    voices = article_voices(['"The ferry will sail," Tom Park said.',
                             '"He and I talked, and he told me I should stay," Tom Park said.'])
    assert [s.speaker for s in voices[1].spans if s.voice == "attributed"] == ["he", "Tom Park"]


def test_a_closed_quotation_is_not_given_to_a_new_speaker_introduced_after_it():
    texts = ['"The bridge is unsafe," Tom Park said.', 'Residents gathered at the school.',
             '"Nobody listens to us."', "Ana Ruiz, who runs the youth club, said the town was angry."]
    voices = article_voices(texts, [0, 1, 2, 3])
    assert [s.speaker for s in voices[2].spans if s.voice == "quoted"] == [""]
    again = texts[:3] + ["Tom Park said the town was angry."]
    assert [s.speaker for s in article_voices(again, [0, 1, 2, 3])[2].spans if s.voice == "quoted"] == ["Tom Park"]


def test_they_is_never_one_named_person():
    voices = article_voices(["The vote was close, said Jo Park, a council member.",
                             "Students marched against a council they see as corrupt."])
    assert [s.speaker for s in voices[1].spans if s.voice == "attributed"] == ["they"]


def test_they_is_the_speaker_of_this_sentence_or_the_last_one_only():
    """"Authorities said they believe …": the authorities; a group named in between ("Three
    groups filed suit …") may be who "they" are, so a speaker two sentences back is not: the
    group that opens the sentence before is."""
    voices = article_voices(["The rule was final, the minister said on Monday.",
                             "Deputies and a canine unit were at the pier.",
                             "Authorities said they believe the gunman fled."])
    assert [s.speaker for s in voices[2].spans if s.voice == "attributed"] == ["Authorities", "Authorities"]
    voices = article_voices(["The rule was final, officials said on Monday.",
                             "Three groups filed suit in Harbour City.",
                             "They say the rule breaks the law."])
    assert [s.speaker for s in voices[2].spans if s.voice == "attributed"] == ["Three groups"]
    voices = article_voices(["The rule was final, officials said on Monday.",
                             "They say the rule will stand."])
    assert [s.speaker for s in voices[1].spans if s.voice == "attributed"] == ["officials"]


def test_speaker_before_a_relative_clause_is_the_noun_phrase():
    spans = sentence_voice("The officer who opened the gate says the crowd was calm.").spans
    assert [(s.speaker, s.verb) for s in spans] == [("officer", "says")]


@pytest.mark.parametrize("text, frames", [
    # a progressive frame: the speaker comes before the form of "be"
    ("The Daily Courier is reporting that the mayor has resigned.", [("Daily Courier", "reporting")]),
    ("Police are now saying the driver was not insured.", [("Police", "saying")]),
    ("Channel 7 in Springfield is reporting that the bridge is closed.", [("Channel 7", "reporting")]),
    # no frame: a negation, no clause reported, a pronoun (mostly inside a quotation), a noun
    ("We are not confirming anything at this point.", []),
    ("The club is saying nothing about its interest in the striker and waits for the window to open.", []),
    ("The team is claiming the title for a third year.", []),
    ("He was saying that his wrist hurt.", []),
    ("Despite reports last week that said the striker would leave, he stayed.", []),
    ("The reporting of the trial was thin.", []),
    # "today" after the verb is no particle of it
    ("The council said today that the road will reopen.", [("council", "said")]),
])
def test_progressive_and_noun_forms_of_verbs_of_saying(text, frames):
    spans = sentence_voice(text).spans
    assert [(s.speaker, s.verb) for s in spans if s.voice == "attributed"] == frames


@pytest.mark.parametrize("text, speaker", [
    # after an appositive, what follows "said" is the content, not an inverted speaker
    ("Her agent, Dana Brooks, said the singer died on Friday at a hospital in Lyon.", "Dana Brooks"),
    ("The union, at odds with the studios, said on Monday that it would call a strike.", "union"),
    ("Lt. Ann Field of the county police, the unit's head, said Ortiz joined the unit in 2004.",
     "Lt. Ann Field of the county police"),
    ("Officials at the Treasury and Labor departments said the rule would change.",
     "Officials at the Treasury and Labor departments"),
    # an aside in brackets belongs to the name and is not shown
    ("Rep. Dana Brooks (D) of Ohio, the chair of the panel, says the rule will go.", "Dana Brooks of Ohio"),
    ("Adam (Ace) Reyes says the injury bothered him for weeks.", "Adam Reyes"),
    # an appositive holding a list or an aside of its own is read past to the name before it
    ("Jo Park, the board's head of safety, security and training, said the rule was costly.", "Jo Park"),
    ("Dana Brooks, a co-producer of the show, with Tom Reyes, said the host was chosen.", "Dana Brooks"),
    ("Jo Park, the governor of Harbour Province, the heart of the flooded area, said most roads were shut.",
     "Jo Park"),  # a role after the name, then an aside on the place
    # a relative clause after the subject, then "said": the subject speaks, not the name after the verb
    ("The Harbour Film Society, which hands out the city's prizes, said Jo Park, 40, will host the gala.",
     "Harbour Film Society"),
    ("The pier, which opened in May, said Jo Park, was unsafe.", "Jo Park"),  # a thing cannot speak
    # two speakers joined by "and", the second a name written with a capitalised verb form inside it
    ("The official harbour news agency and the United States Tidal Survey said the wave was two metres.",
     "official harbour news agency and the United States Tidal Survey"),
    # a request in the relative clause is no frame of its own
    ("The cable was cut near the port, a Harbour Telecom spokeswoman who asked not to be named said.",
     "Harbour Telecom spokeswoman"),
    # a long appositive opening with an article or "who" is still an aside
    ("Ana Ruiz, MD, a consulting professor of medicine at Harbour University and a former member of the "
     "state's Council on Health, said the idea is wrong.", "Ana Ruiz"),
    ("Tom Reyes, who runs a local youth club and acts as a liaison to the police, said the park was safe.",
     "Tom Reyes"),
    # inverted speakers still read: a relative clause ends the name, a noun phrase may hold a participle
    ('"We will rebuild," added Jo Park who grew up in the town.', "Jo Park"),
    ('"Patch it now," said Acme Labs advanced threat researcher Jo Park.', "Jo Park"),
    ('"We acted in self-defence," said the Navy chief.', "Navy chief"),
    # a noun of people in general after an inverting verb; a participle after it ends the speaker
    ('"We did all we could," said the older woman, who sat on the panel.', "older woman"),
    ('"I feel bad," said a man wearing a blue jacket.', "man"),
    # a representative speaks; verbs of recalling, conceding and echoing report speech
    ('"It is not official," a studio representative told Screen Daily.', "studio representative"),
    ('"We are not confirming," echoed a second representative.', "second representative"),
    ('"There was smoke everywhere," recalled Jo Park.', "Jo Park"),
    ("Jo Park conceded that the plan had failed.", "Jo Park"),
    # "said," before a quotation
    ('Jo Park, a researcher at the institute, said, "The flaw is serious."', "Jo Park"),
    ('The mayor said, "We will rebuild."', "mayor"),
])
def test_inverted_and_appositive_speakers(text, speaker):
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "attributed"] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a title that ends a name is a surname; a capitalised word ending in -ly is no adverb
    ("Harbour Club President and General Manager Jo King announced that the pier will reopen.", ["Jo King"]),
    ('"Nothing changes," Mr. Kelly said.', ["Kelly"]),
    ("Surely she saw the vote as a warning.", ["she"]),
    # abbreviated titles and initialisms keep the name whole; a noun heads the phrase
    ('"The case is closed," said Dist. Atty. Ana Ruiz.', ["Ana Ruiz"]),
    ('"We are sorry," said General Manager A.J. Ruiz in a statement.', ["A.J. Ruiz"]),
    ("According to F.B.I. field reports, the car was stolen.", ["F.B.I. field reports"]),
    # with no comma, a credit of common nouns ends at its plural noun before the clause's subject
    ("According to radio broadcasts protesters have occupied the town hall.", ["radio broadcasts"]),
    ("A U.S. naval commander said the strait was calm.", ["U.S. naval commander"]),
    ("Local evening news in Ohio reported that the bridge was closed.", ["Local evening news"]),
    ("A family friend said the couple had moved.", ["family friend"]),
    ("Coast Today reports that the mayor resigned.", ["Coast Today"]),
    # a noun after an adjective opening the sentence is no speaker
    ("Initial estimates indicate that repairs will take two weeks.", []),
    # whoever issues the statement speaks, not the statement
    ("His wife, Ann, released a statement saying they had separated.", ["Ann"]),
    ("The company released a statement saying the plant would close.", ["company"]),
    ("Police Inspector Jo Hale said the two falls in the Aoraki-Mt. Cook park were not related.", ["Jo Hale"]),
    # "added" before a figure tallies unless a clause follows
    ("Jo Park added 15 points and 12 rebounds for the Hawks.", []),
    ("Police added 12 people were hurt.", ["Police"]),
    ("The council added a category to the awards this year.", []),
    ('"We stay," she added in a statement.', ["she"]),
    # "charged" with an object is an act; an inverted speaker may be a noun phrase; the subject of
    # the content is not the speaker's; a day after the name is when
    ("Prosecutors charged Jo Park with murder on Monday.", []),
    # with a plain object these verbs state an act
    ("The mayor conceded defeat on Monday.", []),
    ("Acme recalled 20,000 kettles in May.", []),
    ("The ferry sank near the pier, said a spokesman for the port.", ["spokesman for the port"]),
    ("The man police say is behind the attack now faces a murder charge.", ["police"]),
    ('"It was the last ferry," said harbour detective Jo Park Monday.', ["Jo Park"]),
    # a participle of saying: after a comma the clause's subject (or the frame before it) speaks;
    # right after a noun, that noun does
    ("Police closed the road, saying the area was unsafe.", ["Police"]),
    ("On March 3, Mayor Jo Park closed the pier, stating that repairs would take a week.", ["Jo Park"]),
    ('"We will rebuild," Jo Park said, adding that the pier would reopen.', ["Jo Park", "Jo Park"]),  # two frames
    ("The trial heard prosecution witnesses testifying that the pier was unsafe.", ["prosecution witnesses"]),
    ("It was found that the pier had rotted, saying nothing of the cost.", []),
    # "defended", "criticized" and the like report a view only when the object carries one: a
    # quotation, "as …", a clause, or what others said; else the object is an act the outlet reports
    ("Jo Park defended her title by stopping Ana Ruiz in the third round.", []),
    ("The Hawks blasted a sluggish Ravens side on Sunday.", []),
    ("The mayor denied the accusations until May.", ["mayor"]),
    ("The council rejected calls to close the pier.", ["council"]),
    ("The mayor condemned the strike as reckless.", ["mayor"]),
    ('The ministry slammed the visit\'s “provocations” on Monday.', ["ministry"]),
    ("Jo Park denied he had seen the report.", ["Jo Park"]),
    # a verb that reports only a clause may report one without "that": a subject, then a finite verb
    ("Harbour Police Chief Jo Park announced 58-year-old Ana Ruiz was arrested at noon.", ["Jo Park"]),
    ("The harbour police announced Friday they have made an arrest.", ["harbour police"]),
    ("He admitted he lied about the ferry.", ["He"]),
    ("The mayor confirmed the mother of the pilot had died.", ["mayor"]),
    ("The Harbour Wire reports Hawks running back Jo Park (ankle) will miss the final.", ["Harbour Wire"]),
    ("He admitted killing the ferryman in 2009 and was jailed.", []),
    # a place or setting before the speaker ends where the speaker's article opens
    ("In Athens the police said the deaths were murder.", ["police"]),
    ("In Parliament the Harbour Party said the government lied.", ["Harbour Party"]),
    ("In talks with the union the company said no deal was near.", ["company"]),
    ("In Athens the head of the union said no deal was near.", ["head of the union"]),
    # a title and where after a name, with no comma before the verb: the name speaks
    ("Jo Park, Assistant Chief Fire Officer at Harbour Fire and Rescue Service says the pier is lost.", ["Jo Park"]),
    ("In Harbourside, Police Chief Jo Park said the pier was lost.", ["Jo Park"]),
    # a name's particles are part of it
    ("Osama bin Laden said the war would go on.", ["Osama bin Laden"]),
    ("Mahmoud al-Goweiny, a member of the board, told reporters that the cable was cut.", ["Mahmoud al-Goweiny"]),
    # "said nothing" reports nothing, unless "nothing" opens a clause
    ("Jo Park said nothing after officers surrounded him.", []),
    ("Police said nothing was stolen.", ["Police"]),
    # a phrasal verb of saying frames a clause, not an object
    ('Park pointed out that the pier was "never safe" for ferries.', ["Park"]),
    ("The mayor also points out that because the pier was shut, no ferry could land.", ["mayor"]),
    ("Police closed the road, pointing out that the bridge was unsafe.", ["Police"]),
    ("He pointed out the window at the crowd.", []),
    # "responded to" the call is an act; after a quotation, or with "that", it reports
    ("Harbour State Police, the FBI and Kestrel police responded to the call.", []),
    ("As has been the case many times in the past, Park responded to the coach's instructions and won.", []),
    ('"We will appeal," Park responded to reporters.', ["Park"]),
    ("The ministry responded that the ban was legal.", ["ministry"]),
    # "according to" a law or a constitution is "in keeping with"; law enforcement sources are a credit
    ("According to the Harbour constitution, the council passes laws.", []),
    ("According to law enforcement sources, the man fled.", ["law enforcement sources"]),
    ("He will be punished according to the law of the land.", []),
    # "considered X a Y" names X in the subject's words, as "called" does; not a deliberation
    ("Critics considered the plan a disaster for the harbour.", ["Critics"]),
    ("The court considered the appeal on Monday.", []),
    ("He considered retiring after the season.", []),
    ("Police were looking for a man considered to be dangerous.", []),
    ("The plan is fine, the mayor insisted on Monday.", ["mayor"]),
    # a lower-case phrase headed by a plural noun speaks, not a verb's object before a participle
    ("Half the roof has collapsed, harbour crews said.", ["harbour crews"]),
    ("Later, prison psychologists also said he appeared calm.", ["prison psychologists"]),
    ('Fans who carried small signs saying "Park 2,290" cheered.', []),
    # a verb of saying after "but" is its clause's subject's, past a relative clause between commas
    ("Jo Park, who grew up in Mobile, confessed to the theft but said that he was insane.", ["Jo Park"]),
    ("Hale couldn't say if anyone was inside, but said no one was hurt.", ["Hale"]),
    # a noun of people in general speaks as a phrase's head; a participle after a noun frames nothing
    # (and a relative clause after it reports her words too: she said she was his cousin)
    ("But one woman, who said she was his cousin, told the paper that he held the gun.", ["one woman"] * 2),
    ("Reid opened up about her party girl image, saying it was wrong.", ["Reid"]),
    ("A man said to have been released from hospital was held.", []),
    ("A man believed to be her husband screamed.", []),
    ("The man dubbed the Oddfather by the tabloids pleaded guilty.", []),
    ("Experts called him a traditional boss, trusted by others.", ["Experts"]),
    # "No." before a figure ends no speaker
    ('"We tried," said Juror No. 12, one of the panel.', ["Juror No. 12"]),
    # people of a place speak, not the body after their preposition; a body's representative or text is the body
    ("Residents near the plant of Harbour Chemicals say the air smells.",
     ["Residents near the plant of Harbour Chemicals"]),
    ("A man outside the Harbour Mart said the car sped off.", ["man outside the Harbour Mart"]),
    ("A representative of Kelvo said the line was cut.", ["Kelvo"]),
    ("A statement from Kelvo said the line was cut.", ["Kelvo"]),
    # … not an object, an object with a clause of its own, a naming, nor a clause of time
    ("The mayor announced a ban on fishing.", []),
    ("The inspector described the car the suspect drove.", []),
    ("Users across the town reported immediate drops in pressure.", []),
    ("A firm called Harbour Homes bought the pier in 1997.", []),
    ("Jo Park said he called 911 after he heard a crash.", ["Jo Park"]),
    ("The guard admitted the visitors after they showed passes.", []),
    # a list inside a name keeps its commas; two speakers after a place stay two
    ("The Bureau of Alcohol, Tobacco, Firearms and Explosives said a bomb went off.",
     ["Bureau of Alcohol, Tobacco, Firearms and Explosives"]),
    ("In Washington, Jo Park and Ana Ruiz said the bill would pass.", ["Jo Park and Ana Ruiz"]),
    # a subject pronoun after an adverbial is the speaker; a negated subject says nobody said it
    ("In April 2003 he admitted to a court that it was a ruse.", ["he"]),
    ("The D.A.'s office says the man was barricaded inside.", ["D.A.'s office"]),
    ("The car sped away, said witness Ana Ruiz.", ["Ana Ruiz"]),
    ("Mob deserters in the 1990s testified that the gang rigged bids.", ["Mob deserters"]),  # a rare noun heads it
    # a verb of saying after "and" shares the clause's named subject; a figure after it is a tally
    ('Ana Ruiz made the announcement on Friday and said: "I am back."', ["Ana Ruiz"]),
    ("Police pulled him over and say he was drunk.", ["Police"]),
    ("Jo Park scored 17 points and added six assists.", []),
    # a resident is a role; who did what after the name is no part of it; a street is where
    ('"They came to visit," said Harbour Hill resident Ana Ruiz.', ["Ana Ruiz"]),
    ("The pier closed at noon, according to Ana Ruiz who translated for the crew.", ["Ana Ruiz"]),
    ("Residents along 117th Street said the car sped away.", ["Residents"]),
    ("Residents at the village of Harbourne said the aid came late.", ["Residents"]),
    ("Williams died on Thursday, according to her longtime publicist Jo Park.", ["Jo Park"]),
    ("Officials at the Harbour Ministry said the aid came late.", ["Officials at the Harbour Ministry"]),
    ("Neither Jo Park nor her lawyer ever claimed that she was innocent.", []),
    # whoever is addressed speaks no words of the sentence
    ("You think it will calm down and then it starts again, said Ana Ruiz, a shop manager.", ["Ana Ruiz"]),
])
def test_speaker_phrases_keep_their_name_and_head(text, speakers):
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "attributed"] == speakers


def test_a_title_in_quotation_marks_is_nobody_s_words():
    spans = sentence_voice('Director Jo Park, whose film "The Long Night" opened, was praised.').spans
    assert [(s.voice, s.speaker) for s in spans] == [("quoted", "")]
    spans = sentence_voice('Mayor Jo Park called for "calm and patience" after the storm.').spans
    assert [(s.voice, s.speaker) for s in spans] == [("quoted", "Jo Park")]


def _report_citations(text: str):
    """Citations of one report read as the comparison reads it: voices over the whole report,
    so a pronoun in one sentence can stand for a name in another."""
    from aggregator.compare.quotes import citations
    from aggregator.compare.voice import article_voices

    cleaned = clean_text(text)
    sentences = [Sentence("a", "a", i, t, "en") for i, t in enumerate(cleaned.sentences)]
    voices = {("a", i): v for i, v in enumerate(article_voices(list(cleaned.sentences), list(cleaned.paragraphs)))}
    return citations(sentences, voices=voices)


def test_a_surname_stands_for_the_name_it_ends_and_an_opening_word_is_no_part_of_a_name():
    found = _report_citations("Richard Nixon resigned. The Nixon White House denied it. Nixon said he was innocent. "
                              "Having Hugh Jackman host the show was a risk. Jackman said he was ready.")
    assert {c.cited for c in found} == {"Richard Nixon", "Hugh Jackman"}


def test_a_surname_after_two_speakers_is_one_of_them_not_both():
    """"Salazar said" after "Gary Locke and Ken Salazar said" is Ken Salazar, and "Federal" in
    "federal and state investigators" is no "Federal Bureau of …" named before."""
    found = _report_citations("Harbour mayor Gary Locke and Ken Salazar said the pier was shut. "
                              "Salazar said ships would wait. Locke and Salazar said they would reopen it.")
    assert {c.cited: c.count for c in found} == {"Gary Locke": 2, "Ken Salazar": 3}
    found = _report_citations("The Federal Bureau of Investigation said the man fled. "
                              "According to federal and state investigators, he hid in a barn.")
    assert {c.cited for c in found} == {"Federal Bureau of Investigation", "federal and state investigators"}


def test_a_surname_two_people_share_is_the_one_named_first():
    """"Weiss insisted …" after "Karl Weiss resigned … his brother, Anton Weiss": the report is about
    the one named first (a relative named later keeps his full name or his given name), unless the
    other was cited in the sentence before."""
    found = _report_citations("Finance Minister Karl Weiss resigned on Monday. The contracts went to firms "
                              "controlled by his brother, Anton Weiss. Weiss insisted he had done nothing wrong.")
    assert {c.cited for c in found} == {"Karl Weiss"}
    # one just cited in the sentence before is the one
    found = _report_citations("\u201cThey did not have to shoot,\u201d Marta Lund, 18, said on Sunday. "
                              "Councilman Peder Lund said outsiders had raised tensions. "
                              "\u201cStay out of our streets,\u201d Lund wrote on Twitter.")
    assert {c.cited: c.count for c in found} == {"Marta Lund": 1, "Peder Lund": 2}


def test_the_group_or_the_watchdog_is_the_organisation_cited_before():
    """"Tarsel Rights Watch said …" then "The rights group said …": one source; a company is no
    group's."""
    found = _report_citations("The toll has risen to 17, Tarsel Rights Watch said on Wednesday. "
                              "The rights group said five of the injured died overnight.")
    assert {c.cited: c.count for c in found} == {"Tarsel Rights Watch": 2}
    found = _report_citations("The Coastal Navy said it had sunk a pirate ship, though an anti-piracy watchdog "
                              "later said the vessel was a fishing boat.")
    assert {c.cited for c in found} == {"Coastal Navy", "anti-piracy watchdog"}
    found = _report_citations("The MV Talos was seized, its owner Harbour Shipping Ltd said. An anti-piracy "
                              "watchdog later said the ship had been freed.")
    assert "anti-piracy watchdog" in {c.cited for c in found}
    found = _report_citations("Harbour Freight Inc. said the pier was shut. The group said ships would wait.")
    assert "Harbour Freight Inc." not in {c.cited for c in found if c.count > 1}


def test_the_airline_is_the_company_the_report_named_though_it_cited_no_one_by_that_name():
    """"A Skyline Air jet … landed, the airline said": Skyline Air speaks ("Air", "Resources" end a
    company's name); "Union leader Maria Stoyan" names no company for "the company" to be."""
    found = _report_citations("A Skyline Air jet landed in Salven on Friday after an engine fire, the airline said. "
                              "The carrier said it had grounded two other jets.")
    assert {c.cited: (c.kind, c.count) for c in found} == {"Skyline Air": ("organisation", 2)}
    found = _report_citations("The mine's owner Dunmore Resources said the shaft was safe.")
    assert {c.cited: c.kind for c in found} == {"Dunmore Resources": "organisation"}
    found = _report_citations("Union leader Maria Stoyan said the collapse was preventable. "
                              "The company said the tunnel had been inspected in March.")
    assert "Union" not in {c.cited for c in found}


def test_a_one_word_name_that_speaks_with_a_body_is_a_body():
    """"The Harbour Gazette and Kestrane are reporting …": Kestrane speaks beside a publication, so
    it is one too; "Obama and Microsoft said" where the report named Barack Obama stays a person."""
    found = _report_citations("The Harbour Gazette and Kestrane are reporting that he is in talks to return.")
    assert {c.cited: c.kind for c in found} == {"Harbour Gazette": "organisation", "Kestrane": "organisation"}
    found = _report_citations("President Barack Obama met the chief. Obama and Microsoft said the deal was done.")
    assert {c.cited: c.kind for c in found}.get("Barack Obama") == "person"


def test_her_spokesman_is_the_spokesman_the_outlet_names():
    """"…, her spokesman said." then "…, spokesman Harlan Boll said.": one source, the named one;
    with no one titled so the role stays unnamed."""
    found = _report_citations("The actress died on Thursday, her spokesman said. "
                              "She died in her sleep, spokesman Harlan Kestrel said.")
    assert {c.cited: c.count for c in found} == {"Harlan Kestrel": 2}
    found = _report_citations("The actress died on Thursday, her spokesman said. She was 91.")
    assert {c.cited: c.kind for c in found} == {"her spokesman": "unnamed"}


def test_a_credit_to_a_text_cites_whoever_issued_it():
    """"according to a report from WCCO-TV" cites the station, and "the station" later is it; a
    plural text from a place ("reports from Lyon") and a demonym's body keep the whole phrase."""
    found = _report_citations("A woman died, according to a report from KHRB-TV Channel 9. "
                              "The ferry was late, the station reported. "
                              "The ferry sank, according to a 1997 article in Ebbtide. "
                              "The port closed, according to reports from Lyon. "
                              "The pier shut, according to a statement from the Dutch government. "
                              '"It is chaos," said an editorial in the conservative daily Harbour Post.')
    assert {c.cited: (c.kind, c.count) for c in found} == {
        "KHRB-TV Channel 9": ("organisation", 2), "Ebbtide": ("organisation", 1), "Harbour Post": ("organisation", 1),
        "reports from Lyon": ("unnamed", 1), "statement from the Dutch government": ("organisation", 1)}
    # a body's document before its name cites the body, though the outlet never cites it otherwise;
    # a demonym's ("the Dutch statement") stays the document
    found = _report_citations("The ferry sank, a Harbour Ministry statement said. "
                              "The port closed, according to a KHRB release. The pier shut, the Dutch statement said.")
    assert {c.cited: c.kind for c in found} == {
        "Harbour Ministry": "organisation", "KHRB": "organisation", "Dutch statement": "organisation"}


def test_reported_without_that_keeps_the_article_of_the_clause_subject():
    """"Police reported the talks failed": the clause opens at "the" (no time word after it to
    skip, as in "announced Friday they …")."""
    [span] = [s for s in sentence_voice("Police reported the man had died.").spans]
    assert "Police reported the man had died."[span.start:span.end] == "the man had died."


def test_a_one_word_body_one_outlet_shows_is_a_body_in_every_outlet():
    """"Norvex says its patch works" shows a company; another outlet's plain "Norvex said" names
    the same company, unless that outlet calls it "he" or "she"."""
    from aggregator.compare.quotes import citations

    rows = [Sentence("a", "A", 0, "Norvex says its patch works on every browser.", "en"),
            Sentence("b", "B", 0, "Norvex said the patch works on every browser.", "en"),
            Sentence("c", "C", 0, "Harbourne said the patch works on every browser.", "en")]
    assert {(c.source, c.cited): c.kind for c in citations(rows)} == {
        ("A", "Norvex"): "organisation", ("B", "Norvex"): "organisation", ("C", "Harbourne"): "person"}


def test_a_name_a_body_gives_itself_is_a_body():
    found = _report_citations("A group calling itself Black Tide said it had stolen the files. "
                              "A company called Harbour Lane said the files were safe.")
    assert {c.cited: c.kind for c in found} == {"Black Tide": "organisation", "Harbour Lane": "organisation"}


def test_a_spokesperson_for_a_body_cites_the_body():
    found = _report_citations("The store was shut, a spokesman for Norvex said. Norvex said it would reopen. "
                              "A spokeswoman for The Harbour Hospital said two were hurt.")
    assert {c.cited: (c.kind, c.count) for c in found} == {"Norvex": ("organisation", 2),
                                                          "Harbour Hospital": ("organisation", 1)}


def test_an_unowned_spokesman_or_statement_speaks_for_the_body_cited_just_before():
    """'Norvex Telecom said … "…," a statement said, while a spokesman said …': its words; after a
    person or a news agency, a spokesman is nobody's named body."""
    found = _report_citations('Norvex Telecom said the cable was cut. "The cause is unclear," a statement said, while a '
                              "spokesman said it was no attack. Jo Park said the port was shut. A spokesman said "
                              "ships would wait.")
    assert {c.cited: c.count for c in found} == {"Norvex Telecom": 2, "Jo Park": 1, "spokesman": 1}
    found = _report_citations("Reuters reported the cable was cut. A spokeswoman said it was no attack.")
    assert {c.cited for c in found} == {"Reuters", "spokeswoman"}


def test_the_company_is_the_one_word_name_cited_before_that_is_no_persons():
    """"Norvex said …" then "the company said": Norvex, a company (a one-word name is typed a person
    until the report shows otherwise); "Pinder said" after "Jo Pinder" is a surname, no company."""
    found = _report_citations("Norvex has released a patch. The ferry was late, Norvex said. "
                              "The bug is fixed, the company said.")
    assert {(c.cited, c.kind, c.count) for c in found} == {("Norvex", "organisation", 2)}
    found = _report_citations("Jo Pinder ran. The ferry was late, Pinder said. The bug is fixed, the company said.")
    assert {c.cited for c in found} == {"Jo Pinder", "company"}


def test_a_one_word_name_cited_only_as_reporting_is_a_paper():
    """"Harbourday reported" alone is a paper; "Lynch reported" where the outlet wrote "Mike Lynch"
    is the reporter, and "Kestrane said" stays a person."""
    found = _report_citations("The boss rose to the head of the family, Harbourday reported. Mike Lynch wrote "
                              "the story. The deal is off, Lynch reported. The port is shut, Kestrane said.")
    assert {c.cited: c.kind for c in found} == {"Harbourday": "organisation", "Mike Lynch": "person",
                                                "Kestrane": "person"}


def test_a_name_the_outlet_calls_it_is_no_person():
    found = _report_citations("Seacom said the cable was cut. The outage began on Saturday, which it said was caused "
                              "by a ship. Harbourne said the port was shut. He said ships would wait.")
    assert {c.cited: c.kind for c in found} == {"Seacom": "organisation", "Harbourne": "person"}


def test_a_name_with_and_without_its_middle_initial_is_one_source():
    found = _report_citations('"The pier is shut," said Ana T. Ruiz, the harbour master. '
                              "Later Ana Ruiz said the ferries would wait.")
    assert {c.cited: c.count for c in found} == {"Ana T. Ruiz": 2}


def test_a_source_capitalised_only_by_the_sentence_start_is_one_source():
    found = _report_citations("Police said the pier was shut. The ferries waited, police said. "
                              "Witnesses said the pier shook.")
    assert {c.cited: c.count for c in found} == {"police": 2, "Witnesses": 1}


def test_a_role_before_a_name_is_not_the_source_s_name():
    found = _report_citations("Super-agent Ana Ruiz said the deal would take eight years. "
                              "Lawyer Tom Reyes said the deal was fair.")
    assert {c.cited for c in found} == {"Ana Ruiz", "Tom Reyes"}


def test_a_body_s_name_and_its_last_words_are_one_source():
    found = _report_citations("The Harbour State Police said the pier was shut. "
                              "The ferries waited, State police said. "
                              "Jo Hale of the harbour department said the pier was old. The harbour department said more.")
    assert {c.cited: c.count for c in found} == {"Harbour State Police": 2, "Jo Hale of the harbour department": 1,
                                                 "harbour department": 1}


@pytest.mark.parametrize("text, counts", [
    # a body and its statement
    ("The Harbour Ministry said the pier was shut. The ferries waited, a Harbour Ministry statement said.",
     {"Harbour Ministry": 2}),
    # … its possessive document
    ("Kestrane said the cable was cut. The ferries waited, according to Kestrane's tweet.", {"Kestrane": 2}),
    # … its initials (not another body's)
    ("The U.S. Harbour Safety Board said the pier was shut. The ferries waited, the USHSB said. The HSA said the road was open.",
     {"U.S. Harbour Safety Board": 2, "HSA": 1}),
])
def test_a_body_and_its_statement_tweet_or_initials_are_one_source(text, counts):
    assert {c.cited: c.count for c in _report_citations(text)} == counts


def test_a_name_with_a_first_given_name_or_an_employer_after_it_is_one_source():
    found = _report_citations('"The pier is shut," said Maria Ana Ruiz. Later Ana Ruiz said the ferries would wait. '
                              "Tom Reyes of The Harbour Gazette said the pier was old. "
                              "Harbour Radio's Susan Lee said the ferries had stopped.")
    assert {c.cited: c.count for c in found} == {"Maria Ana Ruiz": 2, "Tom Reyes": 1, "Susan Lee": 1}


def test_a_surname_after_an_employer_s_name_is_the_person_named_before():
    found = _report_citations('"He is forceful," said Tom Reyes, head of the Harbour Trust. '
                              "The Harbour Trust's Reyes said the pier was old. \"It will fall,\" Reyes said.")
    assert {c.cited: (c.kind, c.count) for c in found} == {"Tom Reyes": ("person", 3)}


def test_a_name_the_report_writes_as_a_body_s_is_no_person():
    found = _report_citations("The websites of Brannox and Kelvo said that service was slow. "
                              "According to Harbourband, the largest IT website in the region, the cable broke. "
                              "On its Twitter account, Vestel Nord said the cable was cut. "
                              "HBX Operations said traffic would return. "
                              "It was echoed by its president and chief executive, Ana Ruiz. "
                              '"We are not aware of anything," Ms. Ruiz said. '
                              "Jo Park, the magazine's founder, said the issue sold out. "
                              "HBX Sports' Tom Reyes said the game was off.")
    assert {c.cited: c.kind for c in found} == {
        "Brannox": "organisation", "Kelvo": "organisation", "Harbourband": "organisation",
        "Vestel Nord": "organisation", "HBX Operations": "organisation", "Ana Ruiz": "person",
        "Jo Park": "person", "Tom Reyes": "person"}


def test_a_name_before_a_role_and_a_person_is_their_employer():
    found = _report_citations("Kestrane said the cable was old. Kestrane chief security researcher Ana Ruiz "
                              "said the cable was cut. Harbourne and assistant coach Tom Reyes said the pier was shut.")
    kinds = {c.cited: c.kind for c in found}
    assert kinds["Kestrane"] == "organisation" and kinds.get("Harbourne", "person") == "person"
    # a plural name is a team, not a group of people, when someone speaks for it by role
    found = _report_citations("Hawks spokesman Tim Reyes said the offer stands. The Hawks declined to bid and said "
                              "they would wait. Democrats said the bill was unfair.")
    kinds = {c.cited: c.kind for c in found}
    assert kinds["Hawks"] == "organisation" and kinds["Democrats"] == "unnamed"


@pytest.mark.parametrize("text, counts", [
    # "the company", "the paper": the body of its kind cited before
    ("Norvex Corporation said the cable was cut. Police said the road was shut. The company said "
     "repairs would take a week. The Harbour Daily News said the outage was long. The paper said ships "
     "were rerouted.", {"Norvex Corporation": 2, "Police": 1, "Harbour Daily News": 2}),
    # a described short form too; a capitalised word other than a demonym or initials makes a name
    ("Norvex Corporation said the cable was cut. The French firm said repairs would take a week. "
     "A US software giant said the patch works. The Kestrel Company said the road was open. IRNA said the "
     "road was shut. According to the same agency, the pier was shut.",
     {"Norvex Corporation": 3, "Kestrel Company": 1, "IRNA": 2}),
    # "the statement" is theirs who issued it in an earlier sentence, and so is "the release" (one
    # statement, two nouns for it: stop 57, ECB+ 12_8ecb); a report nobody was said to issue stays itself
    ("The Kestrel Company issued a statement on Tuesday. The statement said the plant was closed. "
     "The pier was shut, the release said. The ferries waited, the release added. The road was shut, the report said.",
     {"Kestrel Company": 3, "report": 1}),
    # a company is not its unit named after it; its corporate suffix or one more word is still it
    ("Writing in a blog, Ana Ruiz, director of the Norvex Security Response Center, urged users to update. "
     "Norvex said the update is for every version.", {"Ana Ruiz": 1, "Norvex": 1}),
    ("Kestrane Globalnet Ltd said the cable was cut. Kestrane said repairs would take a week.",
     {"Kestrane Globalnet Ltd": 2}),
    # "the newspaper" is the paper named last even when nobody was said to cite it
    ("The Harbour Free Press identified them as Jo Park and Ana Ruiz. Both are partners in the firm, the "
     "newspaper reported.", {"Harbour Free Press": 1}),
])
def test_a_short_form_or_a_document_is_the_body_cited_before(text, counts):
    from aggregator.compare.quotes import citations

    sentences = [Sentence("a", "a", i, t, "en") for i, t in enumerate(clean_text(text).sentences)]
    assert {c.cited: c.count for c in citations(sentences)} == counts


def test_a_name_the_outlet_writes_as_a_body_s_is_no_person():
    from aggregator.compare.quotes import citations

    text = ("Fire destroyed the Kelmart store in Banstead. A statement from Kelmart said the store would be "
            "rebuilt. Norvex Corp. makes the cable. Norvex said repairs would take a week. Jo Park said "
            "the road was shut. Researchers at the security firm Kestrel Vane said the flaw was new. "
            "Ana Ruiz told Harbour Fair magazine she was the source. According to Harbour Fair, she left in May.")
    sentences = [Sentence("a", "a", i, t, "en") for i, t in enumerate(clean_text(text).sentences)]
    kinds = {c.cited: c.kind for c in citations(sentences)}
    assert kinds == {"Kelmart": "organisation", "Norvex Corp": "organisation", "Jo Park": "person",
                     "Kestrel Vane": "organisation", "Ana Ruiz": "person", "Harbour Fair": "organisation"}


def test_a_role_alone_is_the_person_the_outlet_titled_so_before():
    from aggregator.compare.quotes import citations

    text = ("Harbour Games director Mark Dale will not direct the sequel. Mark Dale said the schedule was too "
            "tight. The director denied reports that talks with the studio failed. A spokesman said talks ended.")
    sentences = [Sentence("a", "a", i, t, "en") for i, t in enumerate(clean_text(text).sentences)]
    assert {c.cited: c.count for c in citations(sentences)} == {"Mark Dale": 2, "spokesman": 1}


def test_cited_kinds_by_the_head_of_the_phrase():
    from aggregator.compare.quotes import citations

    text = ("The Pentagon said the ship was safe. Marion County deputies said the road was shut. "
            "Jo Reid's rep said she was resting. Andrew Storms said the patch works. "
            "Employees of the plant said the alarm rang. Congressional Democrats said the rule was weak. "
            "Acme Foods said it would rebuild. The road was shut, the Harbour Highway Patrol said. "
            "Norvex says its patch works. The district attorney was told, the County Attorney said. "
            "Cpl. Jo Leader said the road was shut. The Harbour Reporter said the mayor resigned. "
            "Indian ISPs said traffic was rerouted. Figures from November show the browser leads, "
            "according to industry statistics from November. Acquaintances said he was quiet. "
            "The bullet was deformed, according to independent experts acting for the Lund family.")
    sentences = [Sentence("a", "a", i, t, "en") for i, t in enumerate(clean_text(text).sentences)]
    kinds = {c.cited: c.kind for c in citations(sentences)}
    assert kinds == {"Pentagon": "organisation", "Marion County deputies": "unnamed", "Jo Reid's rep": "unnamed",
                     "Andrew Storms": "person", "Employees of the plant": "unnamed",
                     "Congressional Democrats": "unnamed", "Acme Foods": "organisation",
                     "Harbour Highway Patrol": "organisation", "Norvex": "organisation",
                     "County Attorney": "unnamed", "Jo Leader": "person", "Harbour Reporter": "organisation",
                     "Indian ISPs": "unnamed", "industry statistics from November": "unnamed",
                     "Acquaintances": "unnamed",  # a plural the tagger knows only in the singular
                     "independent experts acting for the Lund family": "unnamed"}  # the experts, acting


@pytest.mark.parametrize("text, speaker", [
    ("Residents on Twitter reported that the bridge was closed.", "Residents"),
    ("A man drowned, police in Lyon, France, said on Sunday.", "police"),
    ("A statement from Acme said the plant would reopen.", "Acme"),
    ("The prosecutor in the Reyes case claimed that the fire was set.", "prosecutor"),
])
def test_where_a_speaker_is_is_not_who(text, speaker):
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "attributed"] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('"We stay," said commentator Patrick J. Buchanan, a former speechwriter.', ["Patrick J. Buchanan"]),
    ("Jo Park, MD, the society's president, said the clinic would open.", ["Jo Park"]),
    ("A government official downplayed the unrest saying that strikes are common.", ["government official"]),
    ("It goes without saying that the team is good.", []),
    ("There is an old saying that luck is fickle.", []),
    ("Despite saying they were outbid, the club stayed in the race.", []),
    ('Residents live on what is called the old "Maid block."', []),
    # people at the scene speak
    ('"They drive too fast here," a bystander told Channel 4.', ["bystander"]),
    ("An eyewitness says the stove had been left on.", ["eyewitness"]),
    ('"She screamed," another neighbour said.', ["another neighbour"]),
    ('"We are thrilled," the network said in a statement.', ["network"]),
    # a document speaks; "wrote a letter" names what was written; a participle ends an inverted speaker
    ("The indictment also said she forged the loan papers.", ["indictment"]),
    ("The pier will reopen on Monday, the release said.", ["release"]),
    ("Jo Park, the school's head, wrote a long letter describing the boy as a good student.", []),
    ('"It is over," said a spokesman speaking on condition of anonymity.', ["spokesman"]),
    ("Celebrity website HarbourBuzz reported that the singer had left.", ["HarbourBuzz"]),
    # a name inside a relative clause is not the speaker of the verb after it (the woman speaks
    # in the relative clause and after it)
    ("A woman who says she saw the shooting of Jo Park says he had no gun.", ["woman"] * 2),
    ("Police raided the bar after they saw Jo Park and other alleged gang members inside.", []),
])
def test_initials_degrees_and_nouns_of_saying(text, speakers):
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "attributed"] == speakers


@pytest.mark.parametrize("text, frames", [
    # "claimed" with a plain object: a win or a toll, nobody's words
    ("Ruiz claimed his third title in Madrid on Sunday.", []),
    ("The Hawks claimed a 31-24 victory over the Bears.", []),
    ("Storm Ciara claimed 40 lives in the valley.", []),
    ("The Premier League table has claimed another manager, with the Rovers boss the latest to go.", []),
    # a clause after the object's verb, or after "claimed" itself, is reported
    ("Smith claimed the officers beat him.", [("Smith", "claimed")]),
    ("Police claimed the dog was at home all night.", [("Police", "claimed")]),
    # a second predicate after "and" is the subject's act, not a clause that was claimed
    ("The Rovers, who claimed the top prize and then assured fans that the squad would stay, lost.", []),
    # a verb that reports only a clause still reports a quotation after a comma
    ('Jo Hale replied, "No."', [("Jo Hale", "replied")]),
    ('Jo Hale answered, "Yes."', [("Jo Hale", "answered")]),
    ("Jo Hale answered the phone and left.", []),
    # "claims" after a verb and a noun is that verb's object, a noun: the judge is the only speaker
    ("The judge rejected defence claims that the case was political.", [("judge", "rejected")]),
])
def test_claimed_with_a_plain_object_reports_nothing(text, frames):
    spans = sentence_voice(text).spans
    assert [(s.speaker, s.verb) for s in spans if s.voice == "attributed"] == frames


@pytest.mark.parametrize("text", [
    "The league notified the college of nine alleged rules violations.",
    "Two accused smugglers went on trial on Monday.",
])
def test_a_verb_of_saying_after_a_number_and_before_a_noun_is_an_adjective(text):
    assert not [s for s in sentence_voice(text).spans if s.voice == "attributed"]


@pytest.mark.parametrize("cited, kind", [
    ("Lt. Ann Field of the Oregon State Police", "person"),
    ("Judge Tom Reyes of Superior Court", "person"),
    ("Washington Post's Howard Kurtz", "person"),
    ("Ministry of Commerce", "organisation"),
    ("Academy of Motion Picture Arts and Sciences", "organisation"),
    ("Boston Herald", "organisation"),
    ("Officials at the Interior Ministry", "unnamed"),
    ("Western diplomats", "unnamed"),
    # a body's word before a role says whose the named person is
    ("Harbour Police Chief Ann Field", "person"),
    ("Foreign Ministry spokeswoman Li Wen", "person"),
    ("Fire Department Capt. Jo Park", "person"),
    ("Police Department spokesman", "organisation"),
    ("Harbour Police", "organisation"),
    ("Authorities", "unnamed"),  # opening a sentence, as "authorities" anywhere else
    ("Church officials", "unnamed"),  # people of a body, by their head noun
    ("Harbour County fire chief", "unnamed"),
    ("Texas authorities", "unnamed"),
    ("Harbour Net update", "organisation"),  # a body's update is its word, not a person's
    ("HbKRC", "organisation"),  # a word of mostly capitals is a body's initials
    ("Harbour Entertainment", "organisation"),  # a company's name word
    ("Harbour Labs researchers", "unnamed"),
    ("Other union leaders", "unnamed"),  # people of a body, not the body
    ("HPD release", "organisation"),  # what a body issues in its own words
    ("her spokesman", "unnamed"),  # a person's spokesman, not a body's
    ("software maker", "organisation"),  # a maker, a provider or an insurer is a body, like "the ministry"
    ("HPD's statement", "organisation"),  # the owner's kind
    ("Jo Park's statement", "person"),
    ("MV Harbour Star", "organisation"),  # a vessel
    ("court records obtained by The Harbour Gazette", "unnamed"),  # a document, nobody named
    ("its spokesman", "organisation"),
    ("Navy statement", "organisation"),
    ("HPD report", "organisation"),  # a body's report or a publication's article is the body's word
    ("Harbour Gazette article", "organisation"),
    ("Jo Kestrel's Harbour Record Book", "organisation"),  # a titled publication, whoever compiled it
    ("Her report", "unnamed"),  # a person's, opening a sentence
    ("Harbourline's Kestrel ferry unit", "organisation"),  # a company's unit, or a company by its trade
    ("Dutch firm", "organisation"),
    ("Black Tide gang", "organisation"),  # a named gang, cartel or militia speaks as a body
    ("Harbour cartel", "organisation"),
    ("gang members", "unnamed"),
    ("transport regulator", "organisation"),  # a regulator or a watchdog is a body, as a ministry is
    ("data protection watchdog", "organisation"),
    ("regulators", "unnamed"),
    ("harbourgazette.com", "organisation"),  # a site written in lower case
    ("Juror No. 8", "unnamed"),  # known by a number
    ("DA", "unnamed"),  # a role in capitals ("the DA said"), not a body's initials
    ("Party members", "unnamed"),
    ("Harbour State", "organisation"),  # a university, as "Ohio State"
    ("Harbour Magazine", "organisation"),  # a publication
    ("Kestrel Advisors", "organisation"),  # a firm's name word
    ("US software giant", "organisation"),  # a company, by the news's word for a big one
    ("1997 article in Harbourside", "organisation"),  # a text in a publication: the publication
    ("report from Kestrane", "organisation"),  # a text from a body: the body
    ("letter from Jo Park", "unnamed"),  # a person's letter: not a body's
    ("Jo Park in Tehran", "person"),
    ("man outside the Harbour Mart", "unnamed"),  # a person by where he stood, not the shop
    ("Secretary of State Jo Park", "person"),
    ("McDonald", "person"),
    ("Harbour Rights Watch", "organisation"),  # a monitoring group
    ("Le Harbour Monde", "organisation"),  # a newspaper's name word in another language
    ("Kestrel Shimbun", "organisation"),
    ("head of Norvex's security response team", "unnamed"),  # a person who leads a body, by role
    ("chief of the Harbour Police Department", "unnamed"),
    ("spokesman for the Harbour Police Department", "organisation"),  # one who speaks for it: the body
    ("Kestrel International", "organisation"),  # the nouns of a body no person's name holds
    ("Harbour Defense Forces", "organisation"),
    ("Harbour Relief Fund", "organisation"),
    ("Five Harbours Movement", "organisation"),
    ("doctors at the regional hospital", "unnamed"),  # people of a body, all in lower case: the head
    ("the ministry of health", "organisation"),  # before the preposition decides, not the last word
    ("statement from her office", "organisation"),  # (a document's: its source's)
])
def test_a_cited_name_is_typed_by_who_it_is_not_where_from(cited, kind):
    from aggregator.compare.source_kinds import kind_of

    assert kind_of(cited) == kind


def test_the_role_a_report_named_once_stands_for_that_person():
    """"Harbour coroner Gary Kestrel said …" then "The coroner said …": Gary Kestrel; not when the
    report names two people with that role (a judge killed, another sentencing), nor "a coroner"
    (someone brought in anew), nor a body ("police")."""
    def frames(texts: list[str]) -> list[str]:
        return [v.frame_speaker for v in article_voices(texts, list(range(len(texts))))]

    assert frames(["Harbour coroner Gary Kestrel said the diver drowned.", "The ferry left at noon.",
                   "The coroner said he believes the diver died on Sunday."])[2] == "Gary Kestrel"
    assert frames(["Judge Ann Harbourne was shot in 2005.", "Judge Jo Kestrane sentenced the gunman.",
                   "The judge said the crime was cruel."])[2] == "judge"
    assert frames(["Harbour coroner Gary Kestrel said the diver drowned.",
                   "But a coroner said the diver died on Sunday."])[1] == "coroner"
    assert frames(["Police Chief Jo Kestrane said the pier was shut.", "Police said it opens on Monday."])[1] \
        == "Police"
    # an age the report gave one person: "Jo Kestrel, 29," then "said the 29-year-old"
    assert frames(["Jo Kestrel, 29, won the harbour race.", '"I have goosebumps," said the 29-year-old.'])[1] \
        == "Jo Kestrel"
    # an age given nowhere: the one person the sentence before names; with two there, nobody
    assert frames(["Jo Kestrel won the harbour race.", '"I have goosebumps," said the 29-year-old.'])[1] \
        == "Jo Kestrel"
    assert frames(["Jo Kestrel beat Ana Ruiz in the harbour race.", '"I have goosebumps," said the 29-year-old.'])[1] \
        == "29-year-old"


def test_a_title_quoted_inside_a_frame_is_nobodys_words():
    """'Jo Park, who directed "The Harbour Years," will direct the sequel, sources say': the film's
    title is no one's speech, though the sources' words hold it; an answer after a verb of saying
    ('he answered, "Yes."') is still the speaker's."""
    def quoted(text: str) -> list[str]:
        return [s.speaker for s in sentence_voice(text).spans if s.voice == "quoted"]

    assert quoted('Jo Park, who directed "The Harbour Years," will direct the sequel, industry sources say.') == [""]
    assert quoted('Asked if he understood, Jo Park quietly answered, "Yes."') == ["Jo Park"]


def test_a_quotation_after_regarded_by_as_is_the_agents_words():
    """'treated by police as "…"', 'described by neighbours as "…"': the agent after "by" speaks the
    quotation; a participle that names nothing ('photos taken by Jo Park as "…"') gives it nobody."""
    def quoted(text: str) -> list[str]:
        return [s.speaker for s in sentence_voice(text).spans if s.voice == "quoted"]

    assert quoted('The blaze, which is being treated by police as "possibly deliberate", spread fast.') == ["police"]
    assert quoted('The pier, described by the harbour master as "unsafe for now", was shut.') == ["harbour master"]
    assert quoted('The council banned photos taken by Jo Park as "too grim for the fair".') == [""]
    # words on a sign are nobody's speech, not the next sentence's speaker's
    texts = ['Fishermen blocked the pier, unfurling banners reading "Keepers of the Harbour, Rise Up."',
             '"We will stay until they listen," said Jo Park, head of the union.']
    assert [s.speaker for s in article_voices(texts, [0, 1])[0].spans] == [""]


def test_a_bodys_noun_stands_for_the_body_it_heads():
    """"Police say …" after a march to "the 12th Police Precinct station" is the police, not the
    precinct; "the police said" after "Police sources told …" is the police; "the ministry said"
    after "the Ministry of Harbours" is that ministry."""
    found = {(c.cited, c.count) for c in _report_citations(
        "Marchers walked to the 12th Police Precinct station on Monday. Police say the march was calm. "
        "Police sources told the paper the man had two arrests. The police said the road was open again.")}
    assert ("police", 2) in found and ("Police sources", 1) in found
    found = {c.cited for c in _report_citations(
        "The Ministry of Harbours said the pier was shut. The ministry said it would reopen on Monday.")}
    assert found == {"Ministry of Harbours"}


def test_a_text_a_named_owner_issued_cites_the_owner():
    """"Mayor Jo Kestrel's announcement noted …": the mayor is cited (by her full name), as "the
    port's statement" cites the port; not the announcement as a person."""
    found = {(c.cited, c.kind, c.count) for c in _report_citations(
        "Harbour mayor Jo Kestrel said the pier will reopen. "
        "Mayor Kestrel's announcement also noted that the ferry will run again.")}
    assert found == {("Jo Kestrel", "person", 2)}
    # a letter its writer wrote in her own words is hers; a biography is written by others
    found = {(c.cited, c.kind) for c in _report_citations(
        "Ana Ruiz, the head teacher, wrote to parents. \"He was kind,\" Ruiz's letter continued. "
        "According to Jo Park's biography, he was born in Lyon.")}
    assert found == {("Ana Ruiz", "person"), ("Jo Park's biography", "unnamed")}


def test_a_ship_that_speaks_is_named_whole_and_speaks_for_its_owner():
    """"MS Kestrel" is a motor ship, not "Ms. Kestrel"; "the Panama-flagged MV Harbourside" is the
    ship (a ship's prefix in capitals), an organisation, as its owner or crew speaks through it."""
    found = {(c.cited, c.kind) for c in _report_citations(
        "The cruise liner MS Kestrel said it would sail around the strait. "
        "The crew of the Panama-flagged MV Harbourside sent a call saying two boats were firing. "
        "Ms Park said she was on board.")}
    assert found == {("MS Kestrel", "organisation"), ("MV Harbourside", "organisation"), ("Park", "person")}


def test_a_phrase_capitalised_only_by_the_sentence_start_is_typed_as_written_lower():
    """"Various reports", "Police detectives", "Trade unions" open a sentence: unnamed, as
    "various reports" would be; "Vulnerability firm nCircle" keeps its name's capital."""
    from aggregator.compare.language import pack_for
    from aggregator.compare.source_kinds import kind_of

    lp = pack_for("en")
    kinds = {c: kind_of(c, False, lp.sources, lp.word_tag) for c in (
        "Various reports", "Police detectives", "Trade unions", "Navy spokesperson", "Vulnerability firm nCircle")}
    assert kinds == {"Various reports": "unnamed", "Police detectives": "unnamed", "Trade unions": "unnamed",
                     "Navy spokesperson": "organisation", "Vulnerability firm nCircle": "organisation"}
    # a party member after an adjective is nobody named; a name after one is a person
    assert kind_of("senior Democrat", False, lp.sources, lp.word_tag) == "unnamed"
    assert kind_of("tearful Kafoury", False, lp.sources, lp.word_tag) == "person"


@pytest.mark.parametrize("speaker, parts", [
    ("Central Commission for Elections and Referenda of Harbourland",
     ["Central Commission for Elections and Referenda of Harbourland"]),  # a body listing its fields
    ("Ministry of Trade and Industry", ["Ministry of Trade and Industry"]),
    ("officials and state media", ["officials", "state media"]),
    ("Jo Park and Ana Ruiz", ["Jo Park", "Ana Ruiz"]),
    ("Ministry of Defence and Foreign Minister Ana Ruiz", ["Ministry of Defence", "Foreign Minister Ana Ruiz"]),
    ("Department of Health and the police", ["Department of Health", "the police"]),
    ("Democratic and network officials", ["Democratic and network officials"]),  # one head, two modifiers
    ("Developers and business groups", ["Developers", "business groups"]),
    ("police and the woman's friend", ["police", "the woman's friend"]),
    ("Harbour resident and witness Jo Park", ["Harbour resident and witness Jo Park"]),  # one person
    ("Officials at the Harbour and Transport departments", ["Officials at the Harbour and Transport departments"]),
    ("Chief Officer at Harbour Fire and Rescue Service", ["Chief Officer at Harbour Fire and Rescue Service"]),
    # the marks of the quotation before, and adjectives before a full name, are no part of it
    ("' Park", ["Park"]),
    ("tearful Jo Park", ["Jo Park"]),
    ("40-year-old Ana Ruiz", ["Ana Ruiz"]),  # an age too
    ("36-year-old Ruiz", ["Ruiz"]),  # before a surname alone too (not "senior Democrat")
    ("HBX Sports' Roch Kelvane", ["Roch Kelvane"]),  # a person's name after a body's, given name known or not
    ("both Harbourland Telecom and numerous security firms", ["Harbourland Telecom", "numerous security firms"]),
    ("senior Democrat", ["senior Democrat"]),
    ("senior Hamas official", ["senior Hamas official"]),
])
def test_and_joins_two_speakers_except_inside_a_body_s_name(speaker, parts):
    from aggregator.compare.quotes import speaker_parts

    assert speaker_parts(speaker) == parts


def test_a_frame_opening_its_own_quotation_does_not_own_the_quote_before_it():
    """'"…"' then 'Y said, "…"' in the next line: the first quotation is not Y's (its speaker is
    unknown), while '"…"' then '"…," Y said.' continues Y's quotation."""
    first, second = article_voices(['"The act is our most important law."',
                                    'Jo Park, a spokesman, said, "We will review it."'], [0, 1])
    assert [s.speaker for s in first.spans] == [""]
    assert {s.speaker for s in second.spans} == {"Jo Park"}


# --- cleaning --------------------------------------------------------------------------------

@pytest.mark.parametrize("doc, junk", [
    ("20_1ecbplus", "02:24 GMT"),          # update stamp
    ("20_10ecbplus", "NOVEMBER, 2005"),   # dateline
    ("20_9ecbplus", "Seismic risk"),      # subheading that is not a sentence
    ("8_2ecbplus", "First Posted"),       # posted stamp
    ("20_1ecbplus", "We panicked'"),      # quoted subheading
])
def test_furniture_never_becomes_a_sentence(doc, junk):
    clean = clean_text(ecb_text(doc))
    assert not any(junk in s for s in clean.sentences)
    assert any(junk in d for d in clean.dropped)


def test_a_quotation_with_its_frame_is_a_sentence_though_its_full_stop_was_lost():
    """'"…," he said' with no full stop is story text, a headline with a nickname in quotation
    marks is not."""
    from aggregator.compare.clean import is_furniture

    assert not is_furniture('"The harbour will be closed for a short space of time," he said')
    assert not is_furniture('"Will the ferry run on Monday?" she asked')
    assert is_furniture("Jo Park, the harbour's 'Iron Lady,' dies at 95")
    assert is_furniture("Harbour ferry 'Swift,' sinks off the point")


def test_seed_dateline_stamp_and_image_line_are_dropped():
    ap = clean_text(seed_text("001"))
    assert ap.sentences[0].startswith("China on Tuesday banned")  # " date 2026-01-06" stamp gone
    vn = clean_text(seed_text("002"))
    assert not any(s.strip() in ("![]() |", "|") for s in vn.sentences)
    assert all(len(s.split()) >= 3 for c in (ap, vn) for s in c.sentences)


def test_split_at_lost_currency_sign_is_mended():
    clean = clean_text(ecb_text("8_1ecbplus"))
    assert not any(s.startswith("900") for s in clean.sentences)


def test_a_sentence_the_page_says_again_is_kept_once():
    """A pull quote or teaser repeats a sentence of the story: one outlet's sentence is not two
    facts, nor two loaded terms (ECB+ 19_10ecb repeats its second sentence)."""
    clean = clean_text(ecb_text("19_10ecb"))
    assert len(clean.sentences) == len(set(clean.sentences))
    assert sum("triggering violent protests" in s for s in clean.sentences) == 1
    text = "Rain closed the pier on Monday.\nThe mayor said repairs would take a week.\nRain closed the pier on Monday."
    assert clean_text(text).sentences == ("Rain closed the pier on Monday.", "The mayor said repairs would take a week.")


# --- slots and conflicts ------------------------------------------------------------------

def _event(subtopic: str) -> list[Sentence]:
    out, dropped = [], []
    for doc_id, doc in _ecb().items():
        if doc["subtopic"] == subtopic:
            clean = clean_text(doc["text"])
            dropped += clean.dropped
            out += [Sentence(doc_id, doc_id, i, t, "en") for i, t in enumerate(clean.sentences)]
    return out, dropped


def test_quake_conflicts_by_slot():
    sentences, dropped = _event("20_ecbplus")
    when = event_date(sentences, [], dropped)
    assert (when.year, when.month) == (2005, 11)
    values = slot_values(sentences, when)
    conflicts = {c.slot: c for c in slot_conflicts(values)}
    magnitude = {v.source: v.value for v in conflicts["magnitude"].values}
    assert magnitude["20_9ecbplus"] == "6.1" and magnitude["20_5ecbplus"] == "5.9"
    injured = {v.source: v.value for v in conflicts["injured"].values}
    assert injured["20_5ecbplus"] == "70" and injured["20_8ecbplus"] == "80"
    # the Bam (2003) and Zarand (February) tolls are other events' and never a value
    assert not any(v.slot == "killed" and v.low > 100 for v in values)
    # "killing 10 people and injuring 80": one sentence, two slots, never one conflict
    lead = [v for v in values if v.source == "20_8ecbplus" and "injuring 80" in v.sentence]
    assert {v.slot for v in lead} >= {"killed", "injured"}
    # 58 km and 35 miles south-west of Bandar Abbas agree once converted
    assert not any(c.slot.startswith("distance from Bandar") for c in conflicts.values())
    # "1353 (1023 GMT)" teaches the local offset: "1:53 p.m. local time" is the same moment
    times = [v for v in values if v.slot.startswith("time") and v.source == "20_8ecbplus"]
    assert times and times[0].low == 10 * 60 + 23


def test_ranked_by_how_many_outlets_disagree():
    sentences, dropped = _event("20_ecbplus")
    conflicts = slot_conflicts(slot_values(sentences, event_date(sentences, [], dropped)))
    assert [c.disagreeing for c in conflicts] == sorted((c.disagreeing for c in conflicts), reverse=True)


def test_sub_counts_and_conversions_are_not_conflicts():
    sentences, dropped = _event("8_ecbplus")
    conflicts = {c.slot: c for c in slot_conflicts(slot_values(sentences, event_date(sentences, [], dropped)))}
    assert "killed" not in conflicts  # "two women and one man" are the three dead
    assert not any(s.startswith("money") for s in conflicts)  # "(US$143 billion)" is a conversion


@pytest.mark.parametrize("a, b, conflict", [
    ("About 100 people were wounded in the blast.", "Several dozen people were wounded in the blast.", True),
    ("At least three people were killed in the blast.", "Five people were killed in the blast.", False),
    ("Three people were killed in the blast.", "Five people were killed in the blast.", True),
    ("The quake struck 40 km west of Padang.", "The quake struck 40 km south of Padang.", True),
    ("The blast killed 12 people and injured 120.", "The blast killed 12 people and injured 120.", False),
    ("The island lies about 110 kilometers from Japan's coast.", "The island lies just 100 km from Japan's coast.", True),
    ("The epicentre was 35 miles south-west of Bandar Abbas.", "The epicentre was 58 km southwest of Bandar Abbas.", False),
    # a time range holds a time inside it, in a zone spelled out after its end
    # a figure of any case or of a family is no count of the event
    ("When one is killed, all of us lose.", "Three people were killed in the blast.", False),
    ("The father of two boys was killed in the blast.", "Three people were killed in the blast.", False),
    ("One was killed in the blast.", "Three people were killed in the blast.", True),
    ("The quake struck at 10:00 am (0800 GMT) on Friday.",
     "The quake struck between 07:28 and 08:06 Coordinated Universal Time on Friday.", False),
    ("The quake struck at 10:00 am (0800 GMT) on Friday.", "The quake struck at 06:10 UTC on Friday.", True),
    ("The quake struck at 10:00 am (0800 GMT) on Friday.", "The quake struck between 07:58 and 08:06 UTC on Friday.",
     False),
])
def test_number_words_hedges_and_directions(a, b, conflict):
    sentences = [Sentence("A", "A", 0, a, "en"), Sentence("B", "B", 0, b, "en")]
    from aggregator.compare.slots import EventDate

    assert bool(slot_conflicts(slot_values(sentences, EventDate(None, None)))) == conflict


# --- polarity, derivation, sources -----------------------------------------------------------

def test_opposite_polarity_is_never_one_fact_but_a_contradiction():
    import numpy as np

    from aggregator.compare.align import align_facts, contradictions, negated_pairs, polarity

    guilty = "The former employee was found guilty of murdering two co-workers at the plant."
    not_guilty = "The former employee has pleaded not guilty of murdering two co-workers at the plant."
    assert polarity(not_guilty) and not polarity(guilty)
    sentences = [Sentence("A", "A", 0, guilty, "en"), Sentence("B", "B", 0, not_guilty, "en")]
    vectors = np.array([[1.0, 0.0], [1.0, 0.0]], dtype=np.float32)
    assert all(len(f.sentences) == 1 for f in align_facts(sentences, vectors))
    [c] = contradictions(sentences, negated_pairs(sentences, vectors))
    assert c.kind == "contradiction" and {v.value for v in c.values} == {"affirms", "denies"}


def test_two_outlets_carrying_one_agency_text_share_a_source():
    from datetime import datetime

    from aggregator.compare.derivation import derivations
    from aggregator.models import OutletReport

    sents = [s for s in clean_text(ecb_text("8_1ecbplus")).sentences][:8]
    t = datetime(2010, 5, 5, 12, tzinfo=UTC)
    rows = [Sentence(o, o, i, s, "en") for o in ("Paper A", "Paper B") for i, s in enumerate(sents)]
    outlets = [OutletReport("Paper A", "Paper A", "", "", t), OutletReport("Paper B", "Paper B", "", "", t)]
    [d] = derivations(rows, outlets, {"Paper A": {"AFP"}, "Paper B": {"AFP"}})
    assert d.relation == "shared source" and d.source_agency == "AFP"
    [d] = derivations(rows, outlets, {})  # equal times, no credit: shared text, direction unknown (issue 21)
    assert d.relation == "shared text" and d.basis == "direction unknown" and d.dropped == () and d.added == ()


def test_sources_are_speakers_typed_and_agency_credits_caught():
    from aggregator.compare.quotes import citations

    doc = "20_1ecbplus"
    clean = clean_text(ecb_text(doc))
    sentences = [Sentence(doc, doc, i, t, "en") for i, t in enumerate(clean.sentences)]
    cited = {c.cited: c.kind for c in citations(sentences)}
    assert cited.get("AFP") == "agency"  # "told the AFP news agency"
    assert cited.get("Heydar Alishbandi") == "person"
    assert "Bam" not in cited and "Qeshm" not in cited
    doc = "20_3ecbplus"
    clean = clean_text(ecb_text(doc))
    sentences = [Sentence(doc, doc, i, t, "en") for i, t in enumerate(clean.sentences)]
    cited = {c.cited: c.kind for c in citations(sentences)}
    assert cited.get("U.S. Geological Survey") == "organisation"  # "… in Golden, Colo., said": not a person
    assert cited.get("Associated Press") == "agency"  # "told The Associated Press"
    assert "Golden" not in cited
    doc = "30_11ecb"
    clean = clean_text(ecb_text(doc))
    sentences = [Sentence(doc, doc, i, t, "en") for i, t in enumerate(clean.sentences)]
    cited = {c.cited: c.kind for c in citations(sentences)}
    assert cited.get("Bloomberg News") == "agency"  # "according to Bloomberg News": the wire, by its full name


def test_a_sentence_ending_in_a_colon_introduces_the_quotation_after_it():
    """"Jo Park told the harbour board:" then '"The need for …"': the quotation is Park's, as it
    is when it follows the colon in the same sentence; a colon after no verb of saying ("The
    plan has three parts:") gives the quotation no owner."""
    from aggregator.compare.voice import article_voices

    def owners(texts: list[str]) -> list[str]:
        return [s.speaker for v in article_voices(texts) for s in v.spans if s.voice == "quoted"]

    assert owners(["Jo Park told the harbour board:", '"The need for a second pier is growing."']) == ["Jo Park"]
    assert owners(["The Harbour Trust said in a report last month:", '"The pier is not safe."']) == ["Harbour Trust"]
    assert owners(['Jo Park told the harbour board: "The need for a second pier is growing."']) == ["Jo Park"]
    assert owners(["The plan has three parts:", '"Build, staff and open."']) == [""]
    # … and a sentence that is only a frame, its verb and time words ("Jo Park tweeted Friday.")
    assert owners(["Jo Park tweeted Friday.", '"I am so glad to be back."']) == ["Jo Park"]
    assert owners(["Jo Park left on Friday.", '"I am so glad to be back."']) == [""]
    # a quotation ending in a comma, its frame split off into the next sentence ("Mr. Park said.")
    assert owners(['"The ferry will not sail today,"', "Mr. Park said.", "The pier stayed shut."]) == ["Park"]


def test_a_credit_between_commas_inside_its_clause_credits_the_whole_sentence():
    """"The ferry line, according to reports, has offered …": the subject before the credit is part
    of what the reports say; after a full clause the credit keeps to it ("…, according to the
    board, which …")."""
    def content(text: str) -> str:
        [span] = [s for s in sentence_voice(text).spans if s.voice == "attributed"]
        return text[span.start:span.end]

    text = "The ferry line, according to reports, has offered the crew a new deal."
    assert content(text) == text
    assert content("After midnight, according to harbour logs, the ferry left the port.").startswith("After")
    assert content("Most crossings are late, according to the board, which runs the port.") == "Most crossings are late"


def test_according_to_with_nothing_after_it_credits_nobody():
    """A sentence ending in "according to" (a fragment kept as text in a language counted by
    characters) names no source and raises nothing (found by the fuzz test)."""
    from aggregator.compare.voice import article_voices

    for text, language in [("according to", "zh"), ("The road is shut, according to", "en")]:
        assert not article_voices([text], language=language)[0].spans


def test_two_names_apposed_to_a_subject_speak():
    """"The two reporters who broke the story, Jo Park and Ann Lee, have maintained that …": the two
    named speak, not a name inside the relative clause."""
    from aggregator.compare.quotes import citations

    text = ("The two Harbour Gazette reporters who broke the Kestrel story, Jo Park and Ann Lee, have maintained "
            "that they would wait.")
    assert sentence_voice(text).frame_speaker == "Jo Park and Ann Lee"
    sentences = [Sentence("a", "a", 0, text, "en")]
    assert sorted(c.cited for c in citations(sentences)) == ["Ann Lee", "Jo Park"]


def test_a_role_chosen_for_is_a_title_before_the_name():
    """"President-elect Jo Park said …" cites Jo Park, as "President Jo Park" would."""
    from aggregator.compare.quotes import citations

    sentences = [Sentence("a", "a", 0, "Governor-elect Jo Park said the harbour would reopen in spring.", "en")]
    assert [(c.cited, c.kind) for c in citations(sentences)] == [("Jo Park", "person")]


def test_victims_and_accused_are_not_sources():
    from aggregator.compare.quotes import citations

    doc = "18_2ecbplus"
    clean = clean_text(ecb_text(doc))
    sentences = [Sentence(doc, doc, i, t, "en") for i, t in enumerate(clean.sentences)]
    cited = {c.cited for c in citations(sentences)}
    assert not any("Anthony LaCalamita" in c for c in cited)  # the accused is talked about, not quoted


@pytest.mark.parametrize("text, frames", [
    # seeing is no view reported, a participle before a preposition no accusation, a noun no verb
    ("The boats tried to escape when they saw the warship, the navy said in a statement on Friday.",
     [("navy", "said")]),
    ("Testimony in the trial of a Lowell teen accused in the shooting death of young Ana Reyes went on.", []),
    ('The president has the final say," the envoy said.', [("envoy", "said")]),  # "say" a noun; "said" frames
    # a function word opening the sentence is no part of the speaker's name
    ("Then Hansbrough said he was happy with the record.", [("Hansbrough", "said")]),
    # still frames: a view with "as", a quantifier as subject, an adverb before the verb
    ("Experts see the move as a warning to Tokyo.", [("Experts", "see")]),
    # "described … as" is a view; "as" before a clause is "while" (only the adjective's object is the
    # witnesses' view: test_an_adjective_in_what_someone_describes_is_theirs); "portrayed by X as" is X's
    ("Fowler described conditions at the jail as unacceptable.", [("Fowler", "described")]),
    ("Witnesses described the scene as workers barricaded themselves in their offices.", []),
    ("Voters go to the polls in elections portrayed by the government as a step to democracy.",
     [("government", "portrayed")]),
    # a frame after its content with the day it was said: the content is the speaker's
    ("A former employee has been charged with murder, police said Saturday.", [("police", "said")]),
    # naming verbs: the complement is the subject's word; a call on the phone names nothing
    ("The mayor called the plan reckless.", [("mayor", "called")]),
    ('Critics branded him a "traitor" for betraying the president.', [("Critics", "branded")]),
    ("She called 911 after the crash and called police to report it.", []),
    ("The mayor called him again yesterday and reached a deal.", []),
    # a complement of an adjective and a noun; after a determiner a word in -s is the object's noun
    ("President Abu Dare called the attackers barbaric criminals.", [("Abu Dare", "called")]),
    ("The senator called the report fake news on Monday.", [("senator", "called")]),
    ("The mayor called the former president late on Friday.", []),
    # a plural noun after a pronoun object ("branded them thugs"), not a time ("called them yesterday")
    ("The mayor branded them thugs.", [("mayor", "branded")]),
    ("The minister called them criminals.", [("minister", "called")]),
    ("She called them hours later.", []),
    ("Although the advisory did not put it in these terms, the flaw is serious.", []),
    ("Many say the plan is unfair.", [("Many", "say")]),
    # a frame with only where and how after it reports nothing here; "reports to" is answering to
    ("Kowalski said in a statement released by the ferry line on its website.", []),
    ("Police said at least three people, a man and two women, were hurt in the fire.", [("Police", "said")]),
    ("In carrying out its duties, the Harbour Master reports to the Minister for Transport, who chairs it.", []),
    # "calls" after a noun after "of" is a noun ("a number of phone calls"), no verb of naming
    ("After locking the door, Jo Park made a number of phone calls to relatives.", []),
    # a singular noun of an agent the lexicon knows speaks, though no speaker noun; an object does not
    ("The coroner said the sailor died of natural causes.", [("coroner", "said")]),
    ("A local pathologist believes the sailor died on Saturday.", [("local pathologist", "believes")]),
    ("The river said nothing.", []),
    # "read" frames a text's words ("the letter read"), not a person's reading
    ('"The ferry made great strides this year," the letter read.', [("letter", "read")]),
    ("The harbour master read the verdict aloud.", []),
    # a quotation after the object of a verb of saying and a comma or colon is what it reports
    ('Another witness described the scene to the Harbour Post, "He was running for his life."',
     [("Another witness", "described")]),
    ('Jo Park announced the news in a tweet: "I am hosting the fair!"', [("Jo Park", "announced")]),
    ('"I saw smoke coming from the shed," said Ana Ruiz.', [("Ana Ruiz", "said")]),
    # "X quoted Y as saying": Y speaks, the words before it or after; "Y was quoted by X as saying": Y;
    # X is cited, with a frame of no words at "quoted"
    ('"The ferry ran late," the Harbour Post quoted witness Ana Ruiz as saying.',
     [("Ana Ruiz", "saying"), ("Harbour Post", "quoted")]),
    ("The agency quoted the governor as saying five people were hurt.", [("governor", "saying"), ("agency", "quoted")]),
    ("Port chief Jo Park was quoted by the agency as saying that the ferries had resumed.",
     [("Jo Park", "saying"), ("agency", "quoted")]),
    ("The ferries stopped, harbour officials were quoted as saying.", [("harbour officials", "saying")]),
    # a straight single mark closes a quotation before an inverted verb; "writing" and "tweeting" frame
    ("'The ferry is late,' explained Acme's Jo Park in an alert to passengers.", [("Acme's Jo Park", "explained")]),
    ('Jo Park announced the news on Twitter, writing, "The fair is back!"', [("Jo Park", "writing")]),
    ("Jo Park stayed home, writing letters to friends.", []),
    # a name before an aside between dashes speaks; a noun phrase there is no speaker
    ("Jo Park - director of sales at Harbourline, which runs the ferries - told the Post that fares would rise.",
     [("Jo Park", "told")]),
    ("The cable - the main link to the islands - was cut, officials said.", [("officials", "said")]),
    # after a quotation, a bare plural or body noun after an inverted verb speaks ('"…," said police')
    ('"We talked for hours," said officials involved in the talks.', [("officials", "said")]),
    ('"The road is shut," said police.', [("police", "said")]),
    # a ruling reports what a court or judge decided, with a clause only
    ("The harbour court ruled that the ferry owner was fit to stand trial.", [("harbour court", "ruled")]),
    ("The judge ruled out a second trial.", []),
    # a verb of a manner of speaking frames only a quotation just before it
    ('"Please stay out of our harbour," Jo Park fumed on Twitter.', [("Jo Park", "fumed")]),
    ('"Go home!" the crowd shouted at the police.', [("crowd", "shouted")]),
    ('"Who could it have been?" Jo Park mused in an interview.', [("Jo Park", "mused")]),
    ("Jo Park wondered about the delay.", []),
    ("Jo Park fumed at the delay.", []),
    ("The crowd shouted slogans outside the hall.", []),
    # a counting word opens the speaker after the verb as an article does; a participle after it ends it
    ('"They are stealing our dreams," said one leaflet handed out in the square.', [("one leaflet", "said")]),
    ('"It was late," said another resident.', [("another resident", "said")]),
    # "star" is a person ("the star said", "the 33-year-old star told People")
    ("Earlier this year, the star said she had turned a corner.", [("star", "said")]),
    # a company's name apposed to the object of "of" names the company: the employee speaks
    ("An employee of a nearby firm, Kestrel Garden Products, said the road was shut.", [("employee", "said")]),
    ("The head of the port board, Jo Kowalski, said the road was shut.", [("Jo Kowalski", "said")]),
    # a place after a participle of the speaker noun is where, not who; two titles before a name
    ("Residents interviewed in Lyon said the square was closed.", [("Residents", "said")]),
    ("General Manager Jo Kowalski said the coach was fired.", [("Jo Kowalski", "said")]),
    # an emphatic "did" after its subject frames; a question's or a negation's does not
    ("The official, who was not authorised to speak, did say that the line was cut.", [("official", "say")]),
    ("Did they say the line was cut?", []),
    ("The operator did not say whether the line was cut.", []),
    # after a quotation a person's possessive opens the speaker as an article does, single marks too
    ('"The clinic is full," her rep said.', [("her rep", "said")]),
    ("'The clinic is full,' her rep says in a statement.", [("her rep", "says")]),
    ("'The clinic is full,' the convicted driver said.", [("convicted driver", "said")]),
    ("‘The night was quiet,’ he wrote.", [("he", "wrote")]),
    ("'The night was quiet,' she said.", [("she", "said")]),
    ("The Gazette also reports that the mayor has resigned.", [("Gazette", "reports")]),
    # a medium named by its kind speaks ("the magazine reported"); a name after the noun is the speaker
    ("The magazine reported the ferry sank.", [("magazine", "reported")]),
    ("The ferry sank, the station reported.", [("station", "reported")]),
    ('"The fair will be different," trade magazine The Harbour Reporter wrote.', [("Harbour Reporter", "wrote")]),
    # a one-word credit opening the sentence before a comma, as "according to" ("Per the Post, …")
    ("Per the Harbour Post, the ferry talks are \"delicate.\"", [("Harbour Post", "per")]),
    ("Per his lawyer, the skipper will plead guilty.", [("his lawyer", "per")]),
    ("Per capita, the island spends more on ferries.", []),
    # a name apposed to a credit's role at the sentence's end is the credit ("her publicist, Jo Park")
    ("The actress checked into a clinic, according to her publicist, Jo Park.", [("Jo Park", "according to")]),
    ("According to police, Ana Ruiz, 34, was driving.", [("police", "according to")]),
    # a quotation right after the object of "told", no comma or colon between, is what was told
    ('A witness told the Harbour Post "The police just jumped out of the car."', [("witness", "told")]),
    # after an inverted verb a place ends the speaker ("… in Paris."), and so does "in a statement"
    # with no quotation before (not after "asked", whose object may follow)
    ("The robbery is an embarrassment, says the Harbour Post's Jo Park in Lyon.", [("Harbour Post's Jo Park", "says")]),
    ("The ferry left late, said Ana Ruiz in a statement.", [("Ana Ruiz", "said")]),
    # '"…," X said, adding that …': "said" frames the quotation before it, "adding" what follows
    ('"We have no idea what caused it," Jo Park said Saturday, adding that arson was possible.',
     [("Jo Park", "said"), ("Jo Park", "adding")]),
    # a reflexive after a name only stresses it
    ('Jo Park herself announced the news, writing, "It is official!"', [("Jo Park", "writing")]),
    # a wh-word ends a speaker phrase read backwards ("how police say", not "Here is how police")
    ("Here is how harbour police say the crash happened.", [("harbour police", "say")]),
    ("It is unclear why officials said the road was shut.", [("officials", "said")]),
    ("The ferry costs $5 per ticket, officials said.", [("officials", "said")]),
    # a naming participle frames only a name given ("an insider calling it …"), not "calling for"
    ('The talks were tense, an insider calling it "a terrible experience."', [("insider", "calling")]),
    ("Protests went on, with activists calling for roads to be blocked.", []),
])
def test_frames_of_saying_are_not_seeing_nouns_or_participles(text, frames):
    assert [(s.speaker, s.verb) for s in sentence_voice(text).spans if s.voice == "attributed"] == frames


def test_a_name_modifying_a_noun_in_a_long_subject_is_not_its_speaker():
    """The subject is longer than a speaker phrase is read; what is left of it ends "on a Boston
    street last year", and Boston, which only says which street, is no speaker."""
    text = ("The mother of a 10-year-old girl killed by a stray bullet on a Boston street last year said she "
            "heard a loud sound.")
    assert not any(s.speaker == "Boston" for s in sentence_voice(text).spans)
    text = "The owner of a bakery on Dublin Road said the fire started at noon."
    assert [s.speaker for s in sentence_voice(text).spans if s.voice == "attributed"] != []


def test_a_that_inside_a_clause_reported_without_that_opens_no_content():
    """"He said police found a box like one that would hold a shotgun": the clause after "said"
    came first; the "that" is a relative inside it. "told the paper that …" keeps its "that"."""
    def content(text: str) -> str:
        [span] = [s for s in sentence_voice(text).spans if s.voice == "attributed"]
        return text[span.start:span.end]

    assert content("He said police found a box like one that would hold a shotgun.").startswith("police found")
    assert content("He said they come as a reminder that climbers need care.").startswith("they come")
    assert content("Smith told the paper that the road was closed.") == "the road was closed."
    assert content("Smith told reporters the road that leads to the port was closed.").startswith("the road that")
    assert content('Kelly told the Times there was "nothing to show that it was wrong."').startswith("there was")
    assert content("Heller told Judge James R. Dabney that Lohan had checked in.") == "Lohan had checked in."


def test_that_before_as_after_a_view_verb_points_at_the_thing_viewed():
    text = "The minister saw that order as a threat to the port."
    [span] = [s for s in sentence_voice(text).spans if s.voice == "attributed"]
    assert text[span.start:span.end] == "a threat to the port."  # the view, not "order as …"


def test_a_trailing_frame_with_its_day_covers_what_it_reports():
    text = "A former employee has been charged with murder, police said Saturday."
    [span] = [s for s in sentence_voice(text).spans if s.voice == "attributed"]
    assert text[span.start:span.end].startswith("A former employee")


def test_a_frame_between_commas_covers_both_sides_and_a_role_before_the_name_is_no_content():
    assert _attributed("At the same time, Park said, the pier has grown more dangerous for ferries.") == [
        ("At the same time", "Park"), ("the pier has grown more dangerous for ferries.", "Park")]
    assert _attributed("The ferry left at noon, the harbour office said, but the storm turned it back.") == [
        ("The ferry left at noon", "harbour office"), ("but the storm turned it back.", "harbour office")]
    # … past an object pronoun and adverbials ("she told me on many occasions,"), not past a speaker
    assert _attributed("And the sea itself, Ann Lee told me on many occasions, was for her always a friend.") == [
        ("And the sea itself", "Ann Lee"), ("was for her always a friend.", "Ann Lee")]
    assert len(_attributed('"The facade has changed," said a Western diplomat, who requested anonymity.')) == 1
    # a clause with its own frame is that frame's; a participle of saying frames itself
    assert ("while a spokesman said the pier was safe.", "harbour office") not in _attributed(
        "The ferry left at noon, the harbour office said, while a spokesman said the pier was safe.")
    # "…, his son, Jo Park, said": the role goes with the name, not with what he said
    assert _attributed("His heart failed while he was reading a book, his son, Jo Park, said.") == [
        ("His heart failed while he was reading a book", "Jo Park")]
    # … also right after a quotation: the role is outside it and no part of what is said
    assert _attributed('"She changed how a town saw the sea," her agent, Jo Park, said on Friday.') == [
        ('"She changed how a town saw the sea,"', "Jo Park")]


def test_a_frame_inside_a_quotation_ends_with_it_and_its_i_is_the_quotations_speaker():
    [voice] = article_voices(['"I just say it is a chance for the harbour," the mayor\'s aide, Jo Park, said.'])
    inner = [s for s in voice.spans if s.voice == "attributed" and s.start > 0]
    assert [(voice.text[s.start:s.end], s.speaker) for s in inner] == [('it is a chance for the harbour,"', "Jo Park")]
    # the name after a possessive role is the speaker
    [voice] = article_voices(['"We deny it," said Harbourne\'s attorney, Jo Park.'])
    assert {s.speaker for s in voice.spans} == {"Jo Park"}


def test_he_after_a_body_and_a_man_named_in_one_sentence_is_the_man():
    text = ('Defense lawyer Stanley Perlo said his client has little chance in the state Supreme Court, '
            'which he described as "very pro death."')
    [voice] = article_voices([text])
    assert {s.speaker for s in voice.spans if s.voice == "attributed"} <= {"Stanley Perlo", "Defense lawyer Stanley Perlo"}


def test_a_role_opening_the_sentence_is_not_shown_with_the_name_and_a_publication_is_a_body():
    from aggregator.compare.quotes import citations

    texts = ["Comedian Jo Dale Park will host the show, organizers said.", '"I am thrilled," Park said.',
             "Trade publication Harbourline saw the choice as a sign of change.",
             "Notorious Ann Field will join her.", '"It will be fun," Field said.']
    cited = {c.cited: c.kind for c in citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)])}
    assert cited == {"Jo Dale Park": "person", "organizers": "unnamed", "Harbourline": "organisation",
                     "Ann Field": "person"}


def test_a_body_s_surname_form_merges_with_the_full_name_and_a_suffixed_name_is_a_body_everywhere():
    from aggregator.compare.quotes import citations

    a = ["Jonathan Reed, a director at Harbourline, said the cable was cut.", "Harbourline's Reed said repairs began.",
         "Corvan Globe told reporters that traffic was rerouted."]
    b = ["Corvan Globe Ltd said that traffic was rerouted.", "Volta Cabo SA said the repair ship had sailed."]
    sentences = [Sentence("a", "A", i, t, "en") for i, t in enumerate(a)] + \
        [Sentence("b", "B", i, t, "en") for i, t in enumerate(b)]
    cited = {(c.source, c.cited): c.kind for c in citations(sentences)}
    assert ("A", "Harbourline's Reed") not in cited and cited[("A", "Jonathan Reed")] == "person"
    assert cited[("A", "Corvan Globe")] == "organisation" and cited[("B", "Volta Cabo SA")] == "organisation"


def test_a_titled_person_with_where_they_work_is_cited_by_name():
    from aggregator.compare.quotes import citations

    texts = ["Sgt. Dale Earley with the Harbour Police Department said the road was closed.",
             "Dale Earley said the driver fled.", "Ann Field of the Harbour Trust said the pier was safe.",
             "The cable is cut, according to information received from Corvan."]
    cited = {c.cited: (c.kind, c.count) for c in citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)])}
    assert cited == {"Dale Earley": ("person", 2), "Ann Field": ("person", 1),
                     "information received from Corvan": ("unnamed", 1)}  # a common noun heads it


def test_the_one_who_quotes_and_the_one_quoted_are_both_cited():
    """"State television quoted the disaster centre as saying …": the report's source relays the
    centre's words; both are cited, the centre with the verb of saying, the channel with "quoted"."""
    from aggregator.compare.quotes import citations

    texts = ["State television quoted the disaster centre in the province as saying ten people were killed."]
    cited = {c.cited: c.verbs for c in citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)])}
    assert cited == {"disaster centre in the province": ("saying",), "State television": ("quoted",)}


def test_one_word_sources_are_typed_or_dropped():
    """A plural common noun ("Prosecutors") or a quantifier is an unnamed source, a web address
    a site; a function word, a pronoun with a contraction or a weekday names nobody; a surname
    ending in -s and an acronym stay."""
    from aggregator.compare.quotes import citations

    texts = ["Prosecutors said the teen fired the shot.", "Many say the plan is unfair.",
             "The singer checked into rehab, TMZ.com reported.", "They're saying the jury was wrong.",
             "His said the case was closed.", "Jones said he would appeal.", "US said it would send aid.",
             "Harbourites reported that three shots were fired.", "HarbourToday reported that the pier was shut.",
             "McKenna said the ferry sank."]
    sentences = [Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)]
    cited = {c.cited: c.kind for c in citations(sentences)}
    assert "US" in cited and cited.pop("US") != "person"
    assert cited == {"Prosecutors": "unnamed", "Many": "unnamed", "TMZ.com": "organisation", "Jones": "person",
                     "Harbourites": "unnamed", "HarbourToday": "organisation", "McKenna": "person"}


def test_a_speakers_own_i_think_is_no_verb_the_outlet_cites_with():
    """"I think" and "we saw" inside a quotation are the speaker's words: the outlet quotes them
    and cites with "said"; a frame after a quotation that opens with "I said" still counts."""
    from aggregator.compare.quotes import citations

    texts = ['"The knee is sore," coach Dana Whitlow said.',
             '"So I think we saw enough of him this week to rest him.',
             'We should stop saying he is fine."',
             '"I said no," Mira Castell said.']
    voices = {("a", i): v for i, v in enumerate(article_voices(texts))}
    sentences = [Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)]
    cited = {c.cited: c.verbs for c in citations(sentences, voices=voices)}
    assert cited == {"Dana Whitlow": ("said", "quoted"), "Mira Castell": ("said", "quoted")}


def test_a_share_of_those_polled_speaks():
    """"…, with 60 percent of those polled saying …": an absolute clause after "with" has its own
    subject, the share of the people polled, not the survey's figure before it; "those asked"
    is who was asked, no verb of saying; "an official with the ministry saying" keeps its "with"."""
    said = {text: sentence_voice(text).frame_speaker for text in (
        "In the poll, most of those asked said the road should close.",
        "Turnout was low, with an official with the ministry saying few had voted.")}
    assert list(said.values()) == ["most of those asked", "official with the ministry"]
    polled = "The survey put approval of the council at 40 percent with 55 percent of those polled saying it moved slowly."
    assert ("55 percent of those polled", "it moved slowly.") in _spoken(polled)  # the survey's is its figure


def test_a_noun_form_after_a_verb_is_its_object():
    """"The lawyers presented reports from doctors that …": "reports" after a full verb is the
    verb's object, no frame of the lawyers; after a name ("Fanning says") or an adverb it frames."""
    assert sentence_voice("The case ended after the lawyers presented reports from doctors that he was unfit.").spans == ()
    assert sentence_voice("Harding says the office was closed.").frame_speaker == "Harding"
    assert sentence_voice("The firm also reports that sales rose.").frame_speaker == "firm"


def test_a_bare_honorific_makes_nobody_the_speaker_of_a_quotation():
    """A role before a name says whose words a quotation in the sentence may be ('Council leader
    Ann Reyes met the builders, calling for "a fair start"'); "Mr." before a name says only that a
    person is named: 'Records show Mr. Orso ran an "elaborate scheme"' is nobody's."""
    honorific = 'Records show Mr. Orso ran an "elaborate scheme" to fool the court.'
    role = 'Council leader Ann Reyes met the builders on Monday, calling for "a fair start" for the town.'
    assert [s.speaker for s in sentence_voice(honorific).spans] == [""]
    assert [s.speaker for s in sentence_voice(role).spans] == ["Ann Reyes"]


def test_she_after_a_man_spoke_is_the_woman_spoken_of():
    """After Mark Dunmore, her agent, spoke, "she said" is the singer the report is about, whose
    given name says she is a woman; "he said" after her stays his."""
    texts = ["Singer Ruth Calder died on Monday at 80.",
             '"She was a true star," her agent Mark Dunmore said.',
             '"I never wanted to be photographed in old age," she said in 1998.',
             '"She kept her word," he said.']
    assert [v.frame_speaker for v in article_voices(texts)[1:]] == ["Mark Dunmore", "Ruth Calder", "Mark Dunmore"]


def test_a_frame_inside_a_quotation_is_no_later_antecedent():
    """'"Tom told me that …' inside Anna Kessler's quotation is her story: a "she said" after it
    is still hers, not Tom's."""
    texts = ['"We talked before the final," Anna Kessler said.',
             '"Tom told me that the big league is a different world.',
             'It is not like college."',
             '"I am going to play there when I am ready," she said.']
    assert article_voices(texts)[3].frame_speaker == "Anna Kessler"


def test_a_noun_phrase_after_a_comma_frames_a_sentence_it_ends():
    """"…, the fire service said." and "…, the lawsuit said.": a noun phrase with its article
    after a comma, with the verb ending the sentence, is the speaker, whatever the noun; one
    before more words is not read so ("…, the blast said to be …" is no frame of "blast")."""
    assert sentence_voice("Two men were hurt in the blast, the fire service said.").frame_speaker == "fire service"
    assert sentence_voice("The rules were never followed, the lawsuit said.").frame_speaker == "lawsuit"
    assert sentence_voice("Two men were hurt, the crash said to be the worst in years.").frame_speaker == ""


def test_never_before_a_verb_of_saying_leaves_no_speaker():
    """"Detectives never asked …", "King never told detectives that …": as with "did not say",
    nobody said it."""
    assert sentence_voice("Detectives never asked the witness if the man held a gun.").spans == ()
    assert sentence_voice("A source said Ruiz never told detectives that the boy was armed.").spans[0].speaker == "source"
    assert len(sentence_voice("A source said Ruiz never told detectives that the boy was armed.").spans) == 1


def test_quoted_without_as_before_a_participle_of_saying():
    """"The Courier quotes a fire official confirming that …" and "Reuters quoted a witness saying
    …": the one quoted speaks, the one quoting is cited with "quotes", as with "quoted … as saying";
    "the quotes saying …" (a noun) quotes nobody."""
    from aggregator.compare.quotes import citations

    texts = ["The Courier newspaper quotes a fire official confirming that two homes burned.",
             "Reuters quoted a witness saying the roof fell in."]
    voices = {("a", i): v for i, v in enumerate(article_voices(texts))}
    assert [(s.speaker, s.verb) for s in voices[("a", 0)].spans] == [
        ("fire official", "confirming"), ("Courier newspaper", "quotes")]
    assert [(s.speaker, s.verb) for s in voices[("a", 1)].spans] == [("witness", "saying"), ("Reuters", "quoted")]
    cited = {c.cited for c in citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)], voices=voices)}
    assert {"Courier newspaper", "Reuters"} <= cited


def test_an_acronym_the_outlet_spells_out_in_parentheses_is_one_source():
    """"the Board of Trade (BOTRA)" then "BOTRA stressed …": one source, though the acronym is no
    string of initials."""
    from aggregator.compare.quotes import citations

    texts = ["The rules were set out by the Board of Trade (BOTRA), the Board of Trade said on Monday.",
             "BOTRA stressed that the rules apply to every exporter."]
    voices = {("a", i): v for i, v in enumerate(article_voices(texts))}
    cited = {c.cited: c.count for c in citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)],
                                                 voices=voices)}
    assert cited == {"Board of Trade": 2}
    # initials that take in the name's article: "The Harbour Ledger" then "THL"
    texts = ["The Harbour Ledger says the rules apply to every exporter.", "According to THL, the rules start Monday."]
    voices = {("a", i): v for i, v in enumerate(article_voices(texts))}
    cited = {c.cited: c.count for c in citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)],
                                                 voices=voices)}
    assert cited == {"Harbour Ledger": 2}
    # a plural common noun opening a sentence is one anywhere else: "Unions say …" are unnamed, as "unions"
    found = citations([Sentence("a", "A", 0, "Unions say the rules will hurt every exporter.", "en")])
    assert [(c.cited, c.kind) for c in found] == [("Unions", "unnamed")]


def test_a_negation_past_adverbs_leaves_no_speaker():
    """"without really saying why" and "did not actually say": a negation before the verb, past
    adverbs, says nobody said it, as one right before it does."""
    assert sentence_voice("She checked into the clinic without really saying why she went.").spans == ()
    assert sentence_voice("Officials did not actually say the bridge was safe.").spans == ()
    assert sentence_voice("Officials later said the bridge was safe.").frame_speaker == "Officials"


def test_the_noun_after_a_possessive_stays_in_the_speaker_phrase():
    """"a source with knowledge of the club's thinking said": the word a possessive owns is part of
    the phrase, not a trailing word to trim ("… of the club's" named nobody)."""
    text = '"It is not all on the coach," a source with knowledge of the club\'s thinking said on Friday.'
    assert sentence_voice(text).frame_speaker == "source with knowledge of the club's thinking"


def _attributed(text: str) -> list[tuple[str, str]]:
    """The attributed spans of one sentence with their speakers."""
    return [(text[s.start:s.end], s.speaker) for s in sentence_voice(text).spans if s.voice == "attributed"]


def _reported(text: str) -> list[str]:
    """The words each frame of a sentence reports, in order."""
    return [text[s.start:s.end] for s in sentence_voice(text).spans]


def _spoken(text: str) -> list[tuple[str, str]]:
    """Each frame of a sentence as (speaker, the words it reports)."""
    return [(s.speaker, text[s.start:s.end]) for s in sentence_voice(text).spans]


def test_a_participle_before_the_subjects_noun_is_its_adjective():
    """"the families of the wounded men asked that …" inside what a spokeswoman said: the subject
    holds a participle ("wounded") that is no verb, so her words start at "the families", and the
    families (not "injured", cut at the participle) are the speakers of what they asked."""
    text = "Spokeswoman Jo Park said the families of the wounded men asked that their names not be released."
    spans = [(s.speaker, text[s.start:s.end]) for s in sentence_voice(text).spans]
    assert spans == [("Jo Park", "the families of the wounded men asked that their names not be released."),
                     ("families of the wounded men", "their names not be released.")]
    text = "The injured men asked that their names not be released."
    assert [s.speaker for s in sentence_voice(text).spans] == ["injured men"]


def test_the_small_words_of_a_speaker_mark_no_frame():
    """"of" and "the" in the speaker "families of the wounded men" are no words of the frame where
    they stand elsewhere: "Riva, 47, of Harbour" dropped is still a descriptor dropped."""
    from aggregator.compare.wording import wording_changes
    from aggregator.models import Fact

    tail = " were treated at Harbour Hospital, where Jo Park said the families of the wounded men asked that " \
           "their names not be released."
    a, b = "Riva, 47, of Harbour and Kim, 48, of Mobile" + tail, "Riva and Kim, 48, of Mobile" + tail
    fact = Fact(id="F1", sentences=(Sentence("a", "A", 0, a, "en"), Sentence("b", "B", 0, b, "en")))
    voices = {("a", 0): sentence_voice(a), ("b", 0): sentence_voice(b)}
    assert [(w.kind, w.before) for w in wording_changes([fact], ["A", "B"], voices=voices)] == [
        ("descriptor dropped", "47, of Harbour")]


def test_an_infinitive_reported_ends_before_a_finite_verb_coordinated_with_it():
    """"told workers to stay inside but a short time later evacuated the building": the
    evacuation is the police's act, not what they told; "to leave and stay away" and "to be
    arrested and charged" are one request each."""
    assert _reported("Police told workers to stay inside but a short time later evacuated the building.") == [
        "stay inside"]
    assert _reported("A man told the driver to stop, but he kept going.") == ["stop"]
    assert _reported("The mayor urged residents to leave and stay away.") == ["leave and stay away."]
    assert _reported("The family asked police to have him arrested and charged.") == ["have him arrested and charged."]


def test_a_day_after_the_verb_tells_when_and_the_clause_after_it_is_reported():
    """"…, The Harbour Ledger said Friday he is …" reports what follows the day, not the clause
    before the comma; "said on Saturday both were dead" reports "both were dead" ("both" is a
    whole subject); "The ferry sank, the police said Saturday." still reports what comes first."""
    assert _reported("While the studio will not confirm it, The Harbour Ledger said Friday he is the director.") == [
        "he is the director."]
    assert _reported("The police said on Saturday both were dead.") == ["both were dead."]
    assert _reported("The district attorney says this does not hurt the case.") == ["this does not hurt the case."]
    assert _reported("The ferry sank, the police said Saturday.") == ["The ferry sank"]


def test_a_role_resolves_to_a_name_without_its_possessive_and_a_plural_noun_is_no_title():
    """"District Attorney Jo Harbour' office" then "the district attorney says": Jo Harbour (no
    apostrophe); "the witnesses District Attorney Jo Harbour' office has asked …": the office
    asked, not "witnesses District Attorney …" ("witnesses" is no title before a name)."""
    texts = ["The session began with the witnesses District Attorney Jo Harbour' office has asked the media "
             "not to identify.", "The district attorney says this does not hurt the case."]
    voices = article_voices(texts)
    assert [s.speaker for s in voices[0].spans] == ["District Attorney Jo Harbour' office"]
    assert [s.speaker for s in voices[1].spans] == ["Jo Harbour"]


def test_quoted_as_saying_reports_from_the_first_word_or_the_quotation_before():
    """What follows "as saying" starts at its first word (past "that" or a comma), and
    '"…," the company was quoted as saying in a statement.' reports the quotation before it,
    up to its closing mark: "in a statement" tells where it was said, not what."""
    def said(text: str) -> list[tuple[str, str]]:
        return [(s.speaker, text[s.start:s.end]) for s in sentence_voice(text).spans if s.voice == ATTRIBUTED]

    assert said("The agency quoted a harbour official as saying that the ferry sank.") == [
        ("harbour official", "the ferry sank."), ("agency", "")]
    assert said('"The ferry sank at noon," the company was quoted as saying in a statement.') == [
        ("company", '"The ferry sank at noon,"')]


def test_a_credit_of_plural_reports_ends_before_the_name_that_follows_it():
    """"According to various reports Jo Park, the captain, left …" credits the reports (the
    tagger reads "reports" before capitals as a name), and the clause after a credit's comma
    starts at its first word."""
    assert _spoken("According to various reports Jo Park, the ferry's captain, left the ship.") == [
        ("various reports", "Jo Park, the ferry's captain, left the ship.")]
    assert _spoken("According to various reports Harbour Ferries' captain Jo Park left the ship.") == [
        ("various reports", "Harbour Ferries' captain Jo Park left the ship.")]
    assert _spoken("According to police sources, the ferry sank.") == [("police sources", "the ferry sank.")]


def test_a_quotation_after_a_speakers_name_and_a_colon_is_that_speakers():
    """A dialogue printed turn by turn with quotation marks ('Haldeman: "Yes, sir.') gives the
    quotation to the speaker the report framed by that name; a label the report never framed as
    a speaker ('Harbour: "…"', a place or a heading) gives it nobody."""
    texts = ["The tapes caught H.R. Haldeman telling the president that Felt was the source.",
             'The president asks: "Somebody in the bureau?"', 'Haldeman: "Yes, sir.', 'He knows everything."',
             'Harbour: "It is over."']
    voices = article_voices(texts)
    assert [[s.speaker for s in v.spans if s.voice == QUOTED] for v in voices[2:]] == [
        ["Haldeman"], ["Haldeman"], [""]]


def test_a_figure_with_a_thousands_comma_breaks_no_appositive():
    """"Jo Park, a pensioner who lives on less than 1,000 euros a month, said …": the comma of
    "1,000" is a figure's, not the appositive's end, so Jo Park speaks and "he" after is Jo Park."""
    texts = ["John Park, a pensioner who lives on less than 1,000 euros a month, said the strikes were needed.",
             '"If people do not protest, how will things change?" he said.']
    assert [[s.speaker for s in v.spans if s.voice == ATTRIBUTED] for v in article_voices(texts)] == [
        ["John Park"], ["John Park"]]


def test_a_long_aside_opened_by_another_and_an_object_of_police_before_a_name():
    """"Lon Hale, another retired journalist who knew …, said" is an appositive however long (as
    one opened by "a"); "told police Kestrel loaded a shell" ends its object at "police": the
    clause after it, opened by a name, is what was told."""
    assert _spoken("Lon Hale, another retired Harbour journalist who knew the family from their days working "
                "in Harbour, said he met the children.") == [("Lon Hale", "he met the children.")]
    assert _spoken("Jo Park, a partner in the firm, told police Kestrel loaded a shell.") == [
        ("Jo Park", "Kestrel loaded a shell.")]
    assert _spoken("Jo Park told reporter Kim Lee the ship sank.") == [("Jo Park", "the ship sank.")]


def test_cops_and_troopers_are_speakers():
    """"…, cops and family said." and "State troopers said …": police by other names speak, alone
    or coordinated with another speaker noun."""
    def said(text: str) -> list[str]:
        return [s.speaker for s in sentence_voice(text).spans]

    assert said("A woman was hit by a driver on Main Street, cops and family said.") == ["cops and family"]
    assert said("State troopers said the road was closed.") == ["State troopers"]


def test_a_pronoun_opening_the_sentence_says_what_its_coordinated_verb_reports():
    """"He defended his plans, which …, and said …" is the man named before, as "he said" is; not
    where a subordinate clause brings in another subject first ("He was seen … after the rival
    flashed signs and said …": the rival's)."""
    texts = ["John Harbour spoke in parliament on Monday.",
             "He also defended his plans, which foresee cuts in wages, and said the government would not give up.",
             "He was seen hitting a rival after the rival flashed gang signs and said he runs with a gang."]
    voices = article_voices(texts)
    assert [s.speaker for s in voices[1].spans] == ["John Harbour"]
    assert [s.speaker for s in voices[2].spans] == []


def test_a_short_form_before_the_one_company_an_outlet_cites_is_that_company():
    """"The company said …" before "Norvex said …" is Norvex when the outlet cites no other
    company; a medium it only credits ("according to the BBC") is no company, and with two
    companies cited the short form stays as written."""
    from aggregator.compare.quotes import citations

    def cited(texts: list[str]) -> dict[str, int]:
        voices = {("a", i): v for i, v in enumerate(article_voices(texts))}
        return {c.cited: c.count for c in citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)],
                                                    voices=voices)}

    assert cited(["The company said the flaw affects every browser.", "The software maker said a fix is near.",
                  "Norvex said the attacks were limited."]) == {"Norvex": 3}
    assert cited(["The software maker said the flaw affects every browser.",
                  "According to the BBC, users should update."]) == {"software maker": 1, "BBC": 1}
    assert cited(["The company said the flaw affects every browser.", "Norvex said the attacks were limited.",
                  "Harbourne said its patch works."]) == {"company": 1, "Norvex": 1, "Harbourne": 1}


def test_the_spokesman_after_a_spokesman_for_a_body_is_one_source():
    """"…, said a spokesman for the facility." then "…, the spokesman said.": one unnamed source,
    counted twice."""
    from aggregator.compare.quotes import citations

    texts = ["He died in a prison hospital on Monday, said a spokesman for the facility.",
             "The cause of his death was unknown, the spokesman said."]
    voices = {("a", i): v for i, v in enumerate(article_voices(texts))}
    found = citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)], voices=voices)
    assert {c.cited: c.count for c in found} == {"spokesman for the facility": 2}


def test_a_request_past_a_titled_object_ends_where_a_trailing_frame_takes_over():
    """"has asked neurosurgeon Dr. Jo Park to be surgeon general, a senior Democrat said": the
    request is "be surgeon general" (the full stop of "Dr." ends no object), and it ends at the
    comma before the trailing frame, which reports the whole clause before it."""
    text = "The president has asked neurosurgeon Dr. Jo Park to be surgeon general, a senior Democrat said."
    spans = [(s.speaker, text[s.start:s.end]) for s in sentence_voice(text).spans]
    assert spans == [("president", "be surgeon general"),
                     ("senior Democrat", "The president has asked neurosurgeon Dr. Jo Park to be surgeon general")]
    text = "Witnesses said the gunman used a rifle, police Lt. Ann Field said."
    assert [(s.speaker, text[s.start:s.end]) for s in sentence_voice(text).spans] == [
        ("Witnesses", "the gunman used a rifle"), ("Ann Field", "Witnesses said the gunman used a rifle")]


def test_a_speakers_age_before_the_name_is_not_the_speaker():
    """'said 61-year-old Jo Harbour' names Jo Harbour; "said the 29-year-old" keeps the age,
    which is all it names."""
    text = '"They are taking everything from me," said 61-year-old Jo Harbour, a municipal worker.'
    assert {s.speaker for s in sentence_voice(text).spans} == {"Jo Harbour"}
    assert {s.speaker for s in sentence_voice('"It is over," said the 29-year-old.').spans} == {"29-year-old"}


def test_a_relative_clause_inside_a_subject_is_no_verb_of_it():
    """"Officials at the prison hospital where he died did not give the cause but noted that …":
    "died" belongs to the relative clause, so the officials note it, as they do without one."""
    text = "Officials at the prison hospital where he died did not give the cause but noted that he was ill."
    spans = [(s.speaker, text[s.start:s.end]) for s in sentence_voice(text).spans]
    assert spans == [("Officials at the prison hospital", "he was ill.")]


def test_bodies_by_their_common_noun_agents_before_a_relative_clause_and_that_with_a_comma():
    """"The fire brigade said", "The hospital said": a body's common noun speaks; "A climber who
    watched his brother fall said": an agent noun before the relative clause; "told the paper
    that, at first, …" reports what follows the comma."""
    assert _spoken("The fire brigade said the bodies were found.") == [("fire brigade", "the bodies were found.")]
    assert _spoken("The hospital said the man was stable.") == [("hospital", "the man was stable.")]
    assert _spoken("A climber who watched his brother fall said he was cold.") == [("climber", "he was cold.")]
    assert _spoken("Jo Park told the paper that, at first, the boys were outside.") == [
        ("Jo Park", "at first, the boys were outside.")]


def test_told_an_object_in_a_place_then_a_clause():
    """"Witnesses told station KHRB in Harbour there were sounds of gunfire": where the object is
    ends it, and the clause after the place is what was told; "told police in Harbour." reports
    nothing."""
    assert _reported("Witnesses told station KHRB in Harbour there were sounds of gunfire.") == [
        "there were sounds of gunfire."]
    assert _reported("Jo Park told police in Harbour.") == []


def test_a_name_with_its_middle_name_and_the_people_of_a_thing_and_a_verbs_bare_object():
    """"Jo Mae Kestrel said …" then "Jo Kestrel said …": one source, her middle name left out; "the
    producers of the Harbour Awards telecast announced": a telecast speaks for nobody, its
    producers do; "He releases statement saying …" (a headline's bare object): he speaks, not
    "He releases statement"."""
    found = _report_citations("Jo Mae Kestrel said the house was sold. Later Jo Kestrel said she was glad.")
    assert {c.cited: c.count for c in found} == {"Jo Mae Kestrel": 2}
    text = "The producers of the Harbour Awards telecast announced Friday that Jo Park would host the show."
    assert sentence_voice(text).frame_speaker == "producers of the Harbour Awards telecast"
    assert sentence_voice("The owners of the Kestrel Mill said the plant would close.").frame_speaker == "Kestrel Mill"
    assert sentence_voice("He releases statement saying he will appeal.").frame_speaker == "He"
    assert sentence_voice("Police issued statements saying the road was shut.").frame_speaker == "Police"


def test_a_span_of_time_before_the_speaker_and_a_credits_date_of_filing():
    """"Twelve hours into the search authorities said": when, then who; "according to charges filed
    Friday": the charges, the day they were filed no part of the source; "the advisory Harbour
    Soft published today": whose advisory, not a verb of the source's."""
    assert sentence_voice("Twelve hours into the search authorities said the boat was lost.").frame_speaker \
        == "authorities"
    assert sentence_voice("Two days after the blast Kestrel County deputies said the bank was shut.").frame_speaker \
        == "Kestrel County deputies"
    assert sentence_voice("He was drunk, according to charges filed Friday.").frame_speaker == "charges"
    assert sentence_voice("He fled, according to records obtained last week.").frame_speaker == "records"
    assert sentence_voice("He fled, according to papers filed in court.").frame_speaker == "papers filed in court"
    text = "According to the advisory Harbour Soft also published today, the flaw affects every version."
    assert sentence_voice(text).frame_speaker == "advisory"


def test_a_participle_before_a_colon_and_a_year_before_the_pronoun():
    """"…, admitting in 2006: "…"": a colon after a participle of saying opens what it says, as
    "that" does; "In 2006 he said …": the year is when, "he" speaks; "Years later he finally broke
    cover, admitting …": the adverbs and the time before the pronoun are no part of the subject."""
    assert _spoken('Jo Park resigned, admitting: "I am tired."') == [
        ("Jo Park", '"I am tired."'), ("Jo Park", '"I am tired."')]
    assert _spoken("In 2006 he said the war was over.") == [("he", "the war was over.")]
    assert sentence_voice('Years later he finally broke cover, admitting in 2006: "It is so."').frame_speaker == "he"
    assert _spoken("He kept on arguing: the war was over.") == []


def test_a_passive_verb_of_saying_with_its_agent():
    """"The death was confirmed by Jo Park, a spokeswoman for the FBI": she confirmed the death;
    "It has been confirmed by publicist Jo Park that …": the clause after "that" is hers; "described
    by police as …": the description is theirs. No one speaks in "must first be confirmed by the
    Senate" (an act to come), "No details were reported by officials", "was not confirmed by
    police that …", nor "a connection was added by his photos"."""
    assert _spoken("Kestrel's death was confirmed by Jo Park, a spokeswoman for the FBI.") == [
        ("Jo Park", "Kestrel's death")]
    assert _spoken("It has been confirmed by publicist Jo Park that the actress died.") == [
        ("Jo Park", "the actress died.")]
    assert _spoken("He was described by police as a tall man.") == [("police", "a tall man.")]
    assert _spoken("The cost was estimated by the Harbour Trade Board at about 20 million euros.") == [
        ("Harbour Trade Board", "The cost")]
    for text in ("Both nominees must first be confirmed by the Senate.",
                 "No further details were reported by officials about the cuts.",
                 "It was not confirmed by police that he died.",
                 "A kinky connection was added by Jo Park's photos.",
                 "He was asked by police to leave."):
        assert _spoken(text) == [], text


def test_an_appositive_after_a_verbs_named_subject_and_a_coordinated_verb_after_an_auxiliary():
    """"announced Tony Kestrel, the team's assistant general manager, will take over": the name's
    appositive, then its verb, is what was announced; "The studio wants …, but has said it will not
    rush production": the studio says it (a body's noun names a speaker as a name does)."""
    text = "Jo Park announced Tony Kestrel, the team's assistant general manager, will take over as coach."
    assert _spoken(text) == [("Jo Park", "Tony Kestrel, the team's assistant general manager, will take over as coach.")]
    assert _reported("The firm announced Jo Park, its chief, and two others.") == []
    text = "The studio wants the film in theaters in 2010, but has said it will not rush production."
    assert _spoken(text) == [("studio", "it will not rush production.")]


def test_a_quotation_before_a_credit_and_a_speaker_is_the_speakers():
    """'"I believe it was fate."' then "According to a 1997 article in the Harbour Star, Jo Park
    said she applied to law school.": the quotation is hers (the article is where she said it);
    with no speaker but the credit, the credited article's."""
    found = article_voices(['"I believe it was fate.',
                            'I had never seen a doctor before I went to college."',
                            "According to a 1997 article in the Harbour Star, Jo Park said she applied to law school."])
    assert [{s.speaker for s in v.spans if s.voice == "quoted"} for v in found[:2]] == [{"Jo Park"}, {"Jo Park"}]
    found = article_voices(['"It was fate."', "According to a 1997 article in the Harbour Star, she applied."])
    assert {s.speaker for s in found[0].spans} == {"1997 article in the Harbour Star"}


def test_a_company_with_and_without_its_corporate_suffix_is_one_source():
    """"Kestrel Telecom SA said …" then "Kestrel Telecom said …": one company, counted twice."""
    found = _report_citations("Kestrel Telecom SA said repairs would take a week. Kestrel Telecom said the cable was cut.")
    assert {c.cited: c.count for c in found} == {"Kestrel Telecom SA": 2}


def test_a_quotation_right_after_the_verb_is_what_is_said():
    """'Asked about the plan, Jo Park said "It is dead."': the quotation after the verb, not the
    clause before it; 'chanted "Thieves!" as they marched': the quotation, not the rest; "When
    the judge asked, the man replied …": a frame inside a leading clause reports nothing after it."""
    assert _spoken('Asked about the plan, Jo Park said "It is dead."') == [
        ("Jo Park", '"It is dead."'), ("Jo Park", '"It is dead."')]
    assert _spoken('Kestrel demonstrators chanted "Thieves, thieves!" as they marched on the square.') == [
        ("Kestrel demonstrators", '"Thieves, thieves!"'), ("Kestrel demonstrators", '"Thieves, thieves!"')]
    assert _spoken('When the judge asked, Jo Park replied "No."') == [("Jo Park", '"No."'), ("Jo Park", '"No."')]
    text = 'The Reporter said "Tide," which is expected to cost more, has been given a 2010 release date.'
    assert _reported(text)[0] == text[text.index('"'):]  # a title inside the clause said: the whole clause


def test_a_credit_before_an_aside_in_dashes_and_a_that_past_another_verb():
    """"According to Jo Park's testimony -- an account confirmed by Ana Ruiz -- he and Ruiz
    worked …": the clause after the aside is the credited content; "The patch, which Kestrel Soft
    dubbed KS-078, fixes a flaw that …": the "that" is another clause's, the dubbing reports
    nothing; 'responded, "Yes," to the questions': the quotation."""
    text = "According to Jo Park's testimony -- an account confirmed by Ana Ruiz -- he and Ruiz worked together."
    assert _spoken(text)[0] == ("Jo Park's testimony", "he and Ruiz worked together.")
    assert _spoken("According to the ministry - the rules apply to all.") == [("ministry", "the rules apply to all.")]
    text = "The patch, which Kestrel Soft dubbed KS-078, fixes a flaw that Kestrel Soft says has been used in attacks."
    assert [s.verb for s in sentence_voice(text).spans] == ["says"]
    assert _spoken('Jo Park responded, "Yes," to the questions posed by the judge.') == [
        ("Jo Park", '"Yes,"'), ("Jo Park", '"Yes,"')]


def test_a_frame_in_an_aside_relative_clause_ends_at_its_comma():
    """"Jo Park, who said the plan was dead, resigned on Monday": what she said ends with the
    aside; the resignation is the outlet's."""
    assert _spoken("Jo Park, who said the plan was dead, resigned on Monday.") == [("Jo Park", "the plan was dead")]


def test_a_role_or_its_initials_is_the_person_the_outlet_titled_so():
    """"Harbour District Attorney Jo Park said …" then "…, the DA said." and "The District Attorney
    said …": one source, Jo Park; "Kestrel County Sheriff Ana Ruiz said …" then "the sheriff said":
    Ana Ruiz."""
    found = _report_citations("Harbour District Attorney Jo Park said the driver was drunk. "
                              "He ran a red light, the DA said. The District Attorney said the case was strong.")
    assert {c.cited: c.count for c in found} == {"Jo Park": 3}
    found = _report_citations("Kestrel County Sheriff Ana Ruiz said the man was caught. He was calm, the sheriff said.")
    assert {c.cited: c.count for c in found} == {"Ana Ruiz": 2}


def test_a_credit_after_a_copula_credits_the_whole_clause():
    """"He was, according to the Harbour Times, the last great boxer of the century": the credit
    sits inside the clause, so all of it is the paper's, not "He was" alone."""
    text = "He was, according to the Harbour Times, the last great boxer of the century."
    assert _spoken(text) == [("Harbour Times", text)]


def test_a_closed_word_opening_a_sentence_makes_no_surname_of_the_name_after_it():
    """"While Kestrelsoft claims …" does not make "Kestrelsoft" a surname after a name, so "the
    company" later is Kestrelsoft, the one company the outlet cites."""
    found = _report_citations("While Kestrelsoft claims that it has seen attacks, the flaw is old. "
                              "According to the company, the issue allows remote code execution.")
    assert {c.cited for c in found} == {"Kestrelsoft"}


def test_the_same_source_is_the_source_cited_last():
    """"…, a court source said." then "…, the same source said today.": one source, cited twice."""
    found = _report_citations("The officer was charged, a court source said. "
                              "His partner was charged too, the same source said today.")
    assert {c.cited: c.count for c in found} == {"court source": 2}


def test_a_verb_of_saying_in_a_condition_frames_nothing():
    """"especially if he thinks more money is coming", "If the minister says the plan is dead, it
    is dead": a condition, not a statement, so no one is cited and nothing is theirs; a condition
    set off by its own comma keeps the trailing frame ("If convicted, he faces life, police said")."""
    assert _reported("The agent is patient, especially if he thinks more money is coming.") == []
    assert _reported("If the minister says the plan is dead, it is dead.") == []
    assert _spoken("If convicted, he faces life, police said.") == [("police", "If convicted, he faces life")]


def test_her_rep_is_the_rep_the_outlet_names_elsewhere():
    """"her rep told the magazine" before "the singer's rep Jo Marsh confirmed": a role word right
    before a name (no title list holds "rep") names whom "her rep" and "the rep" stand for."""
    found = _report_citations("Kim Lane has entered rehab, her rep told the magazine. "
                              "In a statement, the singer's rep Jo Marsh confirmed she was at the clinic. "
                              "\"She is doing well,\" the rep said.")
    assert {c.cited: c.count for c in found} == {"Jo Marsh": 3}


def test_the_governor_is_the_name_the_outlet_gave_that_role_in_an_appositive():
    """"Jo Park, the governor of Lake Province, said …" then "…, the governor said": one source."""
    found = _report_citations("Jo Park, the governor of Lake Province, said 40 houses were destroyed. "
                              "Aid workers handed out tents, the governor said.")
    assert {c.cited: c.count for c in found} == {"Jo Park": 2}


def test_a_bodys_name_with_its_head_noun_is_the_name_the_outlet_cites_alone():
    """"The official IRNA news agency … said" beside "IRNA reported": one agency; "Obama aide" is
    no Obama (a role head makes another person)."""
    found = _report_citations("The official IRNA news agency and the Geological Survey said it had a magnitude of 5.9. "
                              "It struck at noon, IRNA reported. A former Obama aide said so, Obama said.")
    assert {c.cited: c.count for c in found} == {"IRNA": 2, "Geological Survey": 1, "Obama": 1,
                                                 "former Obama aide": 1}


def test_a_surname_said_with_he_is_the_man_of_that_name_not_his_sister():
    """"Vincent Gigante" … "Rita Gigante" … "that he had acknowledged": "he" stands for a Gigante,
    and of the two full names only Vincent's fits "he"."""
    found = _report_citations("Vincent Gigante died on Monday. He leaves his sisters, Rita Gigante and Yolanda Fyfe. "
                              "Witnesses testified that Mr. Gigante was lucid and that he had acknowledged to other "
                              "gangsters that his behavior was a pretense.")
    assert "Vincent Gigante" in {c.cited for c in found} and "Rita Gigante" not in {c.cited for c in found}


def test_a_role_aside_then_a_second_aside_leaves_the_name_the_speaker():
    """"Jo Marsh, head of production for Kestrel Films, located down the street, said …": the aside
    opens with her role, so she speaks, not the firm after "for"."""
    assert _spoken("Jo Marsh, head of production for Kestrel Films, located down the street, said they "
                   "were planning a party.") == [("Jo Marsh", "they were planning a party.")]


def test_curly_marks_carry_a_quotation_across_five_lines():
    """'“I heard one worker screaming, ‘Fire.’' … four lines … 'No one knew where to go.”': curly
    marks say which way they face, so the lines between (none in the first person) are the
    speaker's, not the report's; a straight mark so far off still ends at its own line."""
    from aggregator.compare.voice import article_voices

    lines = ["Jo Park, a clerk, said she ran.", "“I heard one worker screaming, ‘Fire.’", "It was a panic.",
             "The doors were locked.", "No one knew what to do.", "No one knew where to go.”"]
    voices = article_voices(lines, list(range(len(lines))))
    assert [s.speaker for v in voices[2:] for s in v.spans] == ["Jo Park"] * 4
    straight = [line.replace("“", '"').replace("”", '"') for line in lines]
    voices = article_voices(straight, list(range(len(straight))))
    assert not any(v.spans for v in voices[2:5])


def test_a_frame_that_only_says_when_gives_the_quotation_before_its_speaker():
    """'“The mayor should be down here. Right now!”' then 'Williams, a critic of the police, said
    before the chief arrived.' (or 'Williams said on Monday.'): the frame reports nothing of its
    own, so the quotation before it is his."""
    from aggregator.compare.voice import article_voices

    for frame in ("Williams, a critic of the police, said before the chief arrived.", "Williams said on Monday."):
        voices = article_voices(["“The mayor should be down here. Right now!”", frame])
        assert [(s.voice, s.speaker) for s in voices[0].spans] == [("quoted", "Williams")]


def test_speakers_the_tagger_does_not_know_as_nouns():
    """"The monsignor also confirmed that …" (a role word the tagger's lexicon lacks), "…, dpa
    reported." (an agency that writes its name in lower case), "the plaintiff says …" (a noun of
    a person): each speaks."""
    assert _spoken("The monsignor also confirmed that the archbishop recommended her.") == [
        ("monsignor", "the archbishop recommended her.")]
    assert _spoken("The team fired its coach on Saturday, dpa reported.") == [
        ("dpa", "The team fired its coach on Saturday")]
    assert _spoken("He was sued over an arrest in which the plaintiff says he was slammed into a car.") == [
        ("plaintiff", "he was slammed into a car.")]


def test_a_participle_of_revealing_or_disclosing_shares_its_clauses_subject():
    """"The firm posted losses, disclosing that it had cut jobs": the firm discloses it, as
    "…, saying that …" says it; a participle with an object and no clause reports nothing."""
    assert _spoken("The firm posted losses, disclosing that it had cut jobs.") == [("firm", "it had cut jobs.")]
    assert _spoken("Jo Park spoke on Monday, revealing through her lawyer that she would resign.") == [
        ("Jo Park", "she would resign.")]
    assert _spoken("Police closed the road, announcing a curfew.") == []


def test_as_the_speaker_said_credits_the_clause_after_the_comma():
    """"As the President explained, Dr. Park understands …", "As the WSJ notes, …", "As Jo Park
    said Thursday, …": the words after the comma are the speaker's (the day is no part of them);
    "As he said this, the crowd cheered" and "As expected, …" report nothing."""
    assert _spoken("As the President explained, Dr. Park understands the need for reform.") == [
        ("President", "Dr. Park understands the need for reform.")]
    assert _spoken("As the WSJ notes, the surgeon is already a public figure.") == [
        ("WSJ", "the surgeon is already a public figure.")]
    assert _spoken("As Jo Park said Thursday, his points will come in handy next season.") == [
        ("Jo Park", "his points will come in handy next season.")]
    assert _spoken("As he said this, the crowd cheered.") == []
    assert _spoken("As expected, the road was closed.") == []


def test_the_release_is_the_statement_the_outlet_named_before():
    """"…, the military said in a statement." then "…, the release said.": one statement, two
    nouns for it, so one source; "the report said" after it may be another's and stays apart."""
    found = _report_citations("The navy seized two boats, the military said in a statement. "
                              "The warship is on patrol in the gulf, the release said. "
                              "The attackers fled, the report said.")
    assert {c.cited: c.count for c in found} == {"military": 2, "report": 1}


def test_a_one_word_body_is_a_body_in_every_outlet_whatever_its_capitals():
    """One outlet writes "According to MWEB" and cites it as a body; another's "Mweb announced …"
    is the same body, not a person."""
    from aggregator.compare.quotes import citations

    sentences = [Sentence("a", "a", 0, "Its customers were cut off, according to an MWEB update.", "en"),
                 Sentence("a", "a", 1, "MWEB Operations said bandwidth was back, and MWEB said so too.", "en"),
                 Sentence("b", "b", 0, "Mweb announced on Monday that its services were back at full capacity.", "en")]
    kinds = {(c.source, c.cited): c.kind for c in citations(sentences)}
    assert kinds[("b", "Mweb")] == "organisation"


def test_the_short_form_of_a_company_name_another_outlet_cites_is_that_company():
    """"Nimbus Systems said …" in one outlet, "according to Nimbus" in another: the company, not a
    person named Nimbus; a person's surname beside a company of another name stays a person."""
    from aggregator.compare.quotes import citations

    sentences = [Sentence("a", "a", 0, "The outage lasted five hours, Nimbus Systems said in a statement.", "en"),
                 Sentence("b", "b", 0, "The outage was caused by a faulty update, according to Nimbus.", "en"),
                 Sentence("b", "b", 1, "The update was rushed, Okafor said.", "en")]
    kinds = {(c.source, c.cited): c.kind for c in citations(sentences)}
    assert kinds[("b", "Nimbus")] == "organisation"
    assert kinds[("b", "Okafor")] == "person"


def test_the_company_after_a_retailer_named_so_is_that_retailer():
    """"… customers of retailer ShopMax" then "The company said …": ShopMax speaks, not an unnamed
    "company" cited apart."""
    found = _report_citations("Hackers stole data on 4 million customers of retailer ShopMax, the company said. "
                              "The company said there was no sign of fraud.")
    assert {c.cited: c.count for c in found} == {"ShopMax": 2}


def test_the_lender_or_the_airline_is_the_body_named_before():
    """"Halcyon Bank said …" then "The embattled lender said …": the bank speaks again, not a
    "lender" cited apart (nor "embattled lender", an epithet made a source)."""
    found = _report_citations("Halcyon Bank said the breach was contained. "
                              "The embattled lender said card numbers were also exposed.")
    assert {c.cited: c.count for c in found} == {"Halcyon Bank": 2}
    found = _report_citations("Aerolux Airlines said 40 flights were cancelled. The airline said crews were safe.")
    assert {c.cited: c.count for c in found} == {"Aerolux Airlines": 2}


@pytest.mark.parametrize("name", ["Food and Drug Administration", "Fish and Wildlife Service",
                                  "Centers for Disease Control and Prevention"])
def test_a_body_named_with_and_is_one_source(name):
    """Capitalised common words around "and" before a body's head are one body's name ("Food" and
    "Drug Administration" were cited apart); "Microsoft and Google Inc" are still two."""
    found = _report_citations(f"The {name} said the pill was safe. Microsoft and Google Inc said the deal was off.")
    assert {c.cited for c in found} == {name, "Microsoft", "Google Inc"}


def test_the_agency_is_the_body_named_with_an_agencys_head():
    """"The Food and Drug Administration approved …" then "the agency said": the FDA speaks."""
    found = _report_citations("The Food and Drug Administration on Friday approved the pill. "
                              "Women who took it had fewer symptoms, the agency said.")
    assert {c.cited for c in found} == {"Food and Drug Administration"}


def test_a_possessive_and_a_plain_modifier_name_one_source():
    """"Kestrel's management confirmed …" and "Kestrel management said …": one source."""
    found = _report_citations("Kestrel's management confirmed yesterday that the host was approached. "
                              "Kestrel management said the host would stay on air.")
    assert {c.cited: c.count for c in found} == {"Kestrel management": 2}


def test_a_demonym_before_a_title_does_not_hide_the_sentences_subject():
    """"German Chancellor Ana Ruiz addressed parliament …" then '"…," she said.': the sentence
    opens with Ana Ruiz (the demonym is no person), so "she" is hers, not the man quoted before."""
    from aggregator.compare.voice import article_voices

    voices = article_voices(['"The truth is quite different," Yanis Varoufakis said.',
                             "German Chancellor Ana Ruiz addressed parliament, raising her voice.",
                             '"This is about the future of Europe," she said.'])
    assert {s.speaker for s in voices[2].spans} == {"Ana Ruiz"}


def test_he_after_a_role_subject_with_nobody_named_is_that_role():
    """"The harbour minister has denounced what he called the "murder" of three workers": nobody
    is named before "he", so "he" is the role the sentence opens with, not a bare pronoun."""
    assert {s.speaker for s in sentence_voice('The harbour minister has denounced what he called the "murder" '
                                              "of three workers.").spans} == {"harbour minister"}


def test_an_appositive_naming_an_organisation_types_the_source_a_body():
    """"Civicwatch, a nonprofit watchdog organization, notes …" cites a body; the appositive after
    "Jo Park of the Center for Harbour Safety, an advocacy group" is the centre's, so Jo Park stays a person."""
    found = _report_citations("Civicwatch, a nonprofit watchdog organization, notes that the rule can be reversed. "
                              '"It is fair," said Jo Park of the Center for Harbour Safety, an advocacy group.')
    assert {c.cited: c.kind for c in found} == {"Civicwatch": "organisation",
                                               "Jo Park of the Center for Harbour Safety": "person"}


def test_a_frame_between_commas_after_a_short_subject_or_past_a_told_object_covers_both_sides():
    """"The plan, he said, was doomed": the subject before the frame is his words too, however
    short; "…, police told the Herald, are rare" and "she assured me on many occasions" are frames
    between commas as "he said" is. "assured that …" with no one told ensures, it reports nothing."""
    assert _attributed("The plan, Park said, was a disgraceful betrayal.") == [
        ("The plan", "Park"), ("was a disgraceful betrayal.", "Park")]
    assert _attributed("Such raids, police told the Herald on Monday, are rare.") == [
        ("Such raids", "police"), ("are rare.", "police")]
    assert _attributed("The sea, Ann Lee assured me on many occasions, was for her always joyful.") == [
        ("The sea", "Ann Lee"), ("was for her always joyful.", "Ann Lee")]
    assert _attributed("Ann Lee assured reporters the pier was safe.") == [("the pier was safe.", "Ann Lee")]
    assert _attributed("The club signed a star in June and then assured that its best three players would stay.") == []
    # a leading adverb is no subject: only the clause after the frame is what was said
    assert _attributed("Later, Park said, the crowd had gone home.") == [("the crowd had gone home.", "Park")]


@pytest.mark.parametrize("text, frames", [
    ('Council member Jo Park lamented that a "peaceful vigil turned into a riot."', [("Jo Park", "lamented")]),
    ("The newspaper speculates the deal is worth at least $160 million.", [("newspaper", "speculates")]),
    ("However, Norvex cautions that the patch only covers the mail client.", [("Norvex", "cautions")]),
    ("Ann Lee confides that she and her family are sailors.", [("Ann Lee", "confides")]),
    # the same verbs with an object and no clause, or another sense, report nothing
    ("The town lamented the loss of its ferry.", []),
    ("Drake countered with a 9-2 run that got the Bulldogs back within three points.", []),
])
def test_more_verbs_of_saying_frame_a_clause(text, frames):
    spans = sentence_voice(text).spans
    assert [(s.speaker, s.verb) for s in spans if s.voice == "attributed"] == frames


def test_he_after_a_quantifier_speaker_is_not_that_quantifier():
    """"Some speculated that …" then "He denied it": "Some" is how many, never "he"."""
    voices = article_voices(["Some suggested that Park was the source of the leak.",
                             "He steadfastly denied the accusations until he came forward in May."])
    assert [s.speaker for s in voices[1].spans] != ["Some"]


def test_a_member_is_a_role_before_or_after_a_name():
    """"City Council Member Jo Park lamented that …" is Jo Park, a person (not a council); "Jo
    Park, a member of the Harbour Authority's board of directors, said that …" is Jo Park too."""
    found = _report_citations('City Council Member Jo Park said that a "peaceful vigil turned into a riot." '
                              "In a statement, Ann Lee, a member of the Harbour Authority's board of directors "
                              "said that the cable was cut.")
    assert {c.cited: c.kind for c in found} == {"Jo Park": "person", "Ann Lee": "person"}


def test_a_report_inside_a_which_clause_ends_with_the_clause():
    """"The ban, which critics say is illegal, starts today": only "is illegal" is the critics'
    view; the main clause after the closing comma is the outlet's."""
    text = "The ban, which critics say is illegal, starts today."
    assert [(text[s.start:s.end], s.speaker) for s in sentence_voice(text).spans] == [("is illegal", "critics")]


def test_who_said_after_a_named_object_is_that_persons():
    """"Police arrested Jo Park, who said he was innocent": the name before ", who" speaks, even
    after a verb; a clause that ends with no person's name ("seamen on the MV Gibe, who said …")
    names no speaker."""
    assert _attributed("Police arrested Jo Park, who said he was innocent.") == [("he was innocent.", "Jo Park")]
    assert _attributed("The ship got a call from seamen on the MV Gibe, who said they were being fired on.") == []


def test_a_finite_verb_of_saying_after_another_verbs_object_is_not_that_subjects():
    """"Detectives found the car police believe he arrived in": not the detectives' words (the
    clause is about the object); "The company released a statement saying …" is still the company's."""
    assert [s.speaker for s in sentence_voice("Detectives found the car police believe he arrived in.").spans] \
        != ["Detectives"]
    assert [s.speaker for s in sentence_voice("The company released a statement saying the plant was safe.").spans] \
        == ["company"]


def test_an_adjective_in_what_someone_describes_is_theirs():
    """"Officers described a chaotic scene …": without "as", the object with its adjective is the
    officers' view (the "as" after it is "while" here); "described the scene" reports no view."""
    assert _attributed("Officers described a chaotic scene after the shooting as workers hid in their offices.") == [
        ("a chaotic scene", "Officers")]
    assert _attributed("Officers described the scene after the shooting.") == []


@pytest.mark.parametrize("text, frames", [
    ("The ministry expressed hope that the talks would resume.", [("ministry", "expressed")]),
    ("Police issued a stern warning that the roads were dangerous.", [("Police", "issued")]),
    ("His lawyer offered the explanation that the man was too sick to fight.", [("lawyer", "offered")]),
    # a relative clause after the noun says nothing; a caused hope and a refused claim are nobody's words
    ("The company issued a statement that angered investors.", []),
    ("With scientists back in the process, it gives hope that the wildlife will survive.", []),
    ("The claim that he lied was false.", []),
])
def test_a_noun_of_saying_after_a_verb_of_expressing_frames_its_that_clause(text, frames):
    spans = sentence_voice(text).spans
    assert [(s.speaker.split()[-1], s.verb) for s in spans if s.voice == "attributed"] == frames


@pytest.mark.parametrize("text, content", [
    ("It was reported that the minister had resigned in disgrace.", "the minister had resigned in disgrace."),
    ("It is believed the gunman fled on foot.", "the gunman fled on foot."),
    ("It was announced today that Jo Park will host.", "Jo Park will host."),
    ("The minister had resigned in disgrace, it was reported on Wednesday.", "The minister had resigned in disgrace"),
    ("The minister had resigned in disgrace, it was reported Wednesday.", "The minister had resigned in disgrace"),
])
def test_a_passive_of_saying_with_an_empty_it_is_someones_words_unnamed(text, content):
    """"It was reported that …": not the outlet's own voice, though nobody is named."""
    assert [(text[s.start:s.end], s.voice, s.speaker) for s in sentence_voice(text).spans] == [
        (content, "attributed", "")]


@pytest.mark.parametrize("text", ["The fire was reported at 3:33 a.m.", "It is said to be the oldest bridge in town.",
                                  'In a statement, it was confirmed, "Jo Park has checked in."'])
def test_a_passive_of_saying_with_a_subject_or_a_quotation_after_it_is_no_nameless_frame(text):
    assert not [s for s in sentence_voice(text).spans if s.voice == "attributed"]


def test_quoted_as_saying_past_an_aside_names_the_named_side():
    """"IRNA quoted the head of the port, Ali Karimi, as saying …": the aside set off by commas
    between "quoted" and "as saying" is the one quoted, named by the side that is a name; a
    speaker described by a clause keeps its noun; one comma ends a clause and quotes nobody."""
    assert _spoken("State radio quoted the head of the port, Ali Karimi, as saying the pier had collapsed.") == [
        ("Ali Karimi", "the pier had collapsed."), ("State radio", "")]
    assert _spoken("State radio quoted Ali Karimi, the head of the port, as saying the pier had collapsed.")[0] == \
        ("Ali Karimi", "the pier had collapsed.")
    assert _spoken("The agency quoted a port official, who asked not to be named, as saying the pier had "
                   "collapsed.")[0] == ("port official", "the pier had collapsed.")
    assert _spoken("The paper quoted him in May, as saying nothing.") == []


def test_a_figure_put_at_is_its_subjects_estimate():
    """"Officials put the death toll at 30", "Police estimated the crowd at 5,000": the figure is
    the subject's estimate and its source is cited; without a figure after "at", or with a clock
    time or a passive, nobody is cited ("put lives at risk", "put the start at 7 p.m.")."""
    assert _spoken("Harbour officials put the number of boats lost at about 30 on Monday.") == [
        ("Harbour officials", "the number of boats lost at about 30 on Monday.")]
    assert _spoken("Police estimated the crowd at 5,000.") == [("Police", "the crowd at 5,000.")]
    assert _spoken("The ministry puts the cost of the repairs at $2 million.") == [
        ("ministry", "the cost of the repairs at $2 million.")]
    for text in ("The storm puts lives at risk.", "The coach put the start at 7 p.m.",
                 "The toll was put at 30.", "He put the ball at his feet.", "He put the magnitude at risk."):
        assert _spoken(text) == [], text
    # a magnitude written with its word: "at magnitude-5.4", "at magnitude 5.4"
    assert [who for who, _ in _spoken("The survey put the quake's strength at magnitude-5.4.")] == ["survey"]
    assert [who for who, _ in _spoken("The institute put the quake at magnitude 5.2.")] == ["institute"]


def test_an_aside_inside_the_object_of_accused_of():
    """"X accused a patrol boat, sailing from the base, of ramming …": an aside set off by commas
    inside the object still leaves "of …" the accusation; a comma with no preposition after the
    aside ends the object ("She accused him, and then left." reports nothing)."""
    assert _spoken("The navy accused a fishing trawler, sailing from the northern port, of ramming "
                   "its patrol boat.") == [("navy", "ramming its patrol boat.")]
    assert _spoken("The mayor urged residents, who had gathered at the hall, to stay calm.") == [("mayor", "stay calm.")]
    assert _spoken("She accused him, and then left.") == []


def test_any_common_noun_after_an_article_can_say():
    """"The coastguard said …", "A medic said …", "The jury said …", "a recording said …": the
    subject of a verb of saying may be any singular common noun (or one the tagger's lexicon
    lacks), not only an agent noun such as "coroner"; not a noun after a preposition ('An article
    with the subtitle: "…"' is no one's frame), and a participle before "by" reports nothing ("an
    omission criticised by activists"), while "hailed by the government as …" stays the agent's."""
    assert _spoken("The coastguard said the ferry had sunk.") == [("coastguard", "the ferry had sunk.")]
    assert _spoken("A medic said two crew members were hurt.") == [("medic", "two crew members were hurt.")]
    assert _spoken("The jury said the verdict was unanimous.") == [("jury", "the verdict was unanimous.")]
    assert _spoken("Calls went unanswered, and a recording said the office was closed.") == [
        ("recording", "the office was closed.")]
    assert [who for who, _ in _spoken('A column with the headline: "Is the pier safe?", ran on Monday.')] == [""]
    assert _spoken("There was no word on the pier, an omission criticised by some residents today.") == []
    assert _spoken("The vote was hailed by the council as a fresh start.") == [("council", "a fresh start.")]


def test_a_noun_alone_after_an_article_says_and_a_head_before_its_preposition_shares():
    """"The suspect said …", "The relative said …": one word alone after an article before a verb
    of saying is a noun, whatever else the tagger's lexicon makes of it; "A spokesman for the
    company declined to comment but said …": the shared subject's head ("spokesman", before "for")
    names a speaker, as a short subject does."""
    assert _spoken("The suspect told investigators he acted alone.") == [("suspect", "he acted alone.")]
    assert _spoken("The relative said the family had not been told.") == [("relative", "the family had not been told.")]
    assert _spoken("A spokesman for the port declined to comment but said talks would continue.") == [
        ("spokesman for the port", "talks would continue.")]


def test_a_finding_with_that_is_the_finders():
    """"The autopsy found that …", "The panel concluded that …", "The inquiry determined that …":
    the clause is the finder's; without "that" right after the verb the verb is an act ("found
    the car in a ditch", "found him dead")."""
    assert _spoken("The autopsy found that he had drowned.") == [("autopsy", "he had drowned.")]
    assert _spoken("The panel concluded that the pilot erred.") == [("panel", "the pilot erred.")]
    assert _spoken("The inquiry determined that the pier was unsafe.") == [("inquiry", "the pier was unsafe.")]
    for text in ("Police found the car in a ditch.", "Officers found him dead at his home."):
        assert _spoken(text) == [], text


def test_a_passive_agent_after_a_time_phrase_and_a_naming_verbs_agent():
    """"were described at the time by the council as minor": a time phrase between the participle
    and "by" leaves the agent its view; 'has been labeled "suspicious" by Ann Reyes, the fire
    chief' and "He was dubbed the Oddfather by tabloid newspapers": the complement of a verb of
    naming before "by" is the agent's word; "Firefighters were called by neighbours" names nothing."""
    assert _spoken("The changes were described at the time by the council as minor.") == [("council", "minor.")]
    assert _spoken("The death was confirmed on Monday by Jo Park, a spokeswoman.") == [("Jo Park", "The death")]
    assert _spoken('The fire has been labeled "suspicious" by Ann Reyes, the fire chief.')[0] == \
        ("Ann Reyes", '"suspicious"')
    assert _spoken("He was dubbed the Oddfather by tabloid newspapers.") == [("tabloid newspapers", "the Oddfather")]
    assert _spoken("Firefighters were called by neighbours at 9 p.m.") == []


def test_a_naming_verb_after_an_object_relative_and_its_quoted_aside():
    """'The ruling, which he called "a disgrace," will be appealed': after an object relative
    ("which he called") the complement follows the verb and is his word, and the aside ends at its
    comma even when a closing mark follows the comma; the main clause is the outlet's."""
    text = 'The pier, which Ann Reyes called "a disgrace," will be rebuilt.'
    assert _spoken(text)[0] == ("Ann Reyes", '"a disgrace')
    assert _spoken("The pier, which critics called a disgrace, will be rebuilt.") == [("critics", "a disgrace")]
    assert _spoken('The ban, which critics say is "illegal," starts today.')[0] == ("critics", 'is "illegal')


def test_a_headline_naming_its_quotations_speaker_is_no_transcript():
    """'Ann Reyes: "We will rebuild the pier."' quotes her in the headline's own marks: the
    quotation is hers, and the report after it is not a transcript of her turn (the sentences
    after the headline were all quoted as hers); a label before words without marks still opens
    a turn that runs on."""
    texts = ['Ann Reyes: "We will rebuild the pier."', "The mayor spoke at the harbour on Monday.",
             "Repairs will take a year."]
    voices = article_voices(texts)
    assert [(s.voice, s.speaker) for s in voices[0].spans] == [("quoted", "Ann Reyes")]
    assert voices[1].spans == () and voices[2].spans == ()
    turn = article_voices(["Mayor Ann Reyes: Before I begin, I want to thank the crews.", "We will rebuild."])
    assert [(s.voice, s.speaker) for s in turn[1].spans] == [("quoted", "Ann Reyes")]


def test_warned_of_and_signaled_that_report():
    """"The company warned of weaker demand": what a verb of warning is "of" is the warner's
    words ("accused of …" right after the verb stays a passive participle); "The central bank
    signaled that rates would stay low" reports the clause, "signaled a foul" is an act."""
    assert _spoken("Shares fell after the company warned of weaker demand.") == [("company", "weaker demand.")]
    assert _spoken("The central bank signaled that rates would stay low.") == [("central bank", "rates would stay low.")]
    assert _spoken("The referee signaled a foul.") == []
    assert _spoken("A man accused of theft was released.") == []


def test_a_relative_aside_ends_before_a_main_verb_the_tagger_reads_as_a_participle():
    """"The mayor, who insisted the pier would reopen, left early": the report in the "who"
    aside ends at its comma; "left" is the main verb though the tagger reads it as a participle."""
    assert _spoken("The mayor, who insisted the pier would reopen, left early.") == [
        ("mayor", "the pier would reopen")]


@pytest.mark.parametrize("text, cited", [
    ("Pirates seized two boats, Yemen's official news agency Varnak reported.", "Varnak"),
    ("The quake killed five people, state news agency Varnak reported.", "Varnak"),
])
def test_a_name_the_text_calls_a_news_agency_is_an_agency(text, cited):
    """"official news agency SABA reported": an agency the pack's list does not know, by the words
    beside its name (ECB+ 12_8ecb's SABA, 30_1ecb's MENA were organisations)."""
    from aggregator.compare.quotes import citations

    assert {(c.cited, c.kind) for c in citations([Sentence("a", "Alpha", 0, text)])} == {(cited, "agency")}


def test_a_negated_subject_inside_reported_speech_is_no_source():
    from aggregator.compare.quotes import citations

    texts = ["Villagers in the district said no official had warned them before the storm arrived."]
    cited = {c.cited for c in citations([Sentence("a", "A", i, t, "en") for i, t in enumerate(texts)])}
    assert len(cited) == 1 and next(iter(cited)).startswith("Villagers")  # not "no official"


def test_a_titled_person_s_office_speaks_for_itself():
    [voice] = article_voices(["Prime Minister Ilsa Moreno's office said the army had been deployed."])
    assert [s.speaker for s in voice.spans] == ["Prime Minister Ilsa Moreno's office"]


def test_a_figures_hedge_dropped_or_changed_is_a_hedge_not_grammar():
    """"killing at least seven people" / "killing seven people": the bound made an exact count is
    a hedge dropped, though "at" and "least" are closed-class words; "about" for "at least" is a
    hedge changed; "at" before a place is still grammar."""
    from aggregator.compare.wording import wording_changes
    from aggregator.models import Fact

    texts = {"A": "A fire on a ferry off Tessa on Friday killed at least seven people, the coast guard said.",
             "B": "A fire on a ferry off Tessa on Friday killed seven people, the coast guard said.",
             "C": "A fire on a ferry off Tessa on Friday killed about seven people, the coast guard said."}
    sentences = tuple(Sentence(k.lower(), k, 0, t, "en") for k, t in texts.items())
    voices = {(s.article_id, 0): sentence_voice(s.text) for s in sentences}
    got = {(w.source_a, w.source_b, w.before, w.after, w.kind)
           for w in wording_changes([Fact(id="F1", sentences=sentences)], ["A", "B", "C"], voices=voices)}
    assert got == {("A", "B", "at least", "", "hedge"), ("A", "C", "at least", "about", "hedge"),
                   ("B", "C", "", "about", "hedge")}
