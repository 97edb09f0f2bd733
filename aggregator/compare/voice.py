"""Voice: whose words a span of a report is — the outlet's own, a quotation, or reported speech.

A framing tool that lists "pro-independence forces" as the outlet's loaded wording when the
outlet is quoting a minister blames the messenger. Every loaded term and label is therefore
located in its sentence and given a voice:

- `quoted`: inside quotation marks (straight, curly, «», 「」, 『』), including a quotation
  that runs over several sentences or paragraphs;
- `attributed`: reported speech — the clause a verb of saying introduces ("X said (that) …",
  "…, X said", "according to X", "what X calls …", "X accused Y of …", "experts see … as …");
- `own`: everything else, including the verb of saying itself ("claimed" is the outlet's choice).

With the voice comes the `speaker` when it can be read from the frame (a pronoun is resolved to
the last speaker named earlier in the report). Rules, not a parser: they cover the reporting
patterns of news English, which are few and fixed (AP Stylebook "said" constructions).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .clause_subjects import caused_subject, clause_subject, coordinated_subject, noun_before
from .clauses import (
    after_adjective,
    after_closing_mark,
    after_relative,
    clause_after_as,
    clause_follows,
    described_object,
    nameless_phrase,
    naming_complement,
    no_clause_after,
    noun_or_gerund,
    object_end,
    object_gap,
    other_sense,
    participle_with_that,
    passive,
    plain_object,
    progressive,
    quote_after_object,
    reports_a_clause,
    reports_after_relative,
    request_to,
    subject_set_off,
    tally,
    told_clause,
    won_object,
    zero_that_clause,
)
from .content_ends import before_other_report, content_end, past_dateline, up_to_trailing
from .credits import (
    agent_by,
    agent_frame,
    as_frame,
    as_frame_at_end,
    credit_frame,
    credited_verb,
    nameless_passive,
    opening_credit,
    phrase_stop,
    what_calls_frame,
)
from .estimates import estimate_frame
from .expressed import noun_frame
from .language import ENGLISH, LanguagePack, pack_for
from .lead_ins import TOKEN, given_out, lead_in
from .lexicon import is_date_word
from .params import (
    BODY_WINDOW,
    MAX_SPEAKER_TOKENS,
    OBJECT_WINDOW,
    PROGRESSIVE_WINDOW,
    THEY_WINDOW,
)
from .phrases import named_mentions
from .pronouns import a_named_person, one_person, opening_person, other_sexes, people_surnames, resolve, they_group
from .quotation import (
    closes_quote,
    inside_quotation,
    mended,
    opens_quote,
    opens_right_after,
    quotation_owners,
    quoted_pronoun,
    spoken_quotation,
    within_quotations,
)
from .quoted_as import quoted_as_frames
from .speaker_heads import capital_before_comma
from .speaker_names import named_bodies, opening_group, speaker_text
from .speakers import (
    FINITE,
    closes_relative,
    inverted_speaker,
    named_after_role,
    names_speaker,
    role_apposed,
    speaker_before,
)
from .that_clauses import continued_clause, verb_that
from .time_spans import elapsed, past_duration, past_time_words
from .transcript import transcript_turns
from .unframed import a_noun_form, act_only, act_with, conditional, infinitive_after, negated, object_act
from .view_frames import as_view_end, by_as_frame, named_by_frame

log = logging.getLogger(__name__)

OWN, QUOTED, ATTRIBUTED = "own", "quoted", "attributed"
_TOKEN = TOKEN  # the frames' words (lead_ins.TOKEN: one definition)
_QUOTE_MARK = re.compile("[" + re.escape("".join(ENGLISH.voice.quote_marks) + "".join(ENGLISH.voice.quote_pairs)
                                            + "".join(ENGLISH.voice.quote_pairs.values())) + "]")


@dataclass(frozen=True)
class VoiceSpan:
    """Characters [start, end) of a sentence spoken in `voice` by `speaker` ("" = unknown)."""

    start: int
    end: int
    voice: str
    speaker: str = ""
    verb: str = ""  # the verb of saying that frames it ("said", "claimed", "according to")


@dataclass(frozen=True)
class SentenceVoice:
    """The quoted and attributed spans of one sentence; the rest is the outlet's own voice."""

    text: str
    spans: tuple[VoiceSpan, ...] = ()
    frame_speaker: str = ""  # the speaker of this sentence's reporting frame, if any

    def at(self, start: int, end: int) -> tuple[str, str]:
        """Voice and speaker of the characters [start, end): quoted wins over attributed."""
        inside = [s for s in self.spans if s.start <= start and end <= s.end]
        if not inside:
            return (OWN, "")
        best = min(inside, key=lambda s: (s.voice != QUOTED, s.end - s.start))
        return best.voice, best.speaker

    def outside_quotes(self) -> str:
        """The sentence with its quoted words cut out: what the outlet wrote itself, frames of
        saying included. Two outlets that quote one statement share its words, not each other's.
        A sentence with no quotation mark of its own is kept whole, even inside a quotation that
        spans sentences: an unclosed or misplaced mark in real pages often makes the sentences
        after it "quoted" (ECB+ 18_ecb: narration two outlets copied word for word)."""
        cuts = sorted((s.start, s.end) for s in self.spans if s.voice == QUOTED)
        if not cuts or not _QUOTE_MARK.search(self.text):
            return self.text
        out, at = [], 0
        for start, end in cuts:
            if start > at:
                out.append(self.text[at:start])
            at = max(at, end)
        out.append(self.text[at:])
        return " ".join(part.strip() for part in out if part.strip())

    def of(self, phrase: str) -> tuple[str, str]:
        """Voice of the first occurrence of `phrase` (own when it does not occur)."""
        where = self.text.find(phrase)
        if where < 0:
            where = self.text.lower().find(phrase.lower())
        return self.at(where, where + len(phrase)) if where >= 0 else (OWN, "")


def article_voices(texts: list[str], paragraphs: list[int] | None = None, language: str = "en") -> list[SentenceVoice]:
    """The voice of each sentence of one report, in order (`paragraphs[i]`: paragraph of i).

    Quotations are found over the whole report so one may span sentences and paragraphs;
    reporting frames are read sentence by sentence, resolving "it said" to the last speaker.
    The verbs of saying, quotation marks and speaker words are the `language` pack's (`voice`).
    """
    lp = pack_for(language)
    paragraphs = paragraphs if paragraphs is not None else list(range(len(texts)))
    originals, texts = texts, [mended(text, lp) for text in texts]  # read so, shown as written
    frames: list[list[tuple[int, int, str, int]]] = []
    lead_ins: list[str] = []  # per sentence, whom it introduces for a quotation after it ("X told …:")
    last_speaker = ""
    mentions = [named_mentions(text, lp.naming) for text in texts]
    surnames = people_surnames(texts, mentions, lp)
    person, speaker_at, subject_at = "", -1, -1  # the person last spoken of, and where
    last_one = ""  # the last speaker named as one person, for "he" after a group spoke ("two jurors said")
    earlier_speaker = ""  # the speaker before the last one
    opened_by = ""  # the group the sentence before opens with as its subject
    for i, text in enumerate(texts):
        group = last_speaker if i - speaker_at <= THEY_WINDOW else ""  # "they" looks back this far only
        if opened_by and (not group or a_named_person(group, lp)):
            group = opened_by  # "Minutes later, Bloomington Police saw the car." then "They tried …"
        # "he" is the person last spoken of; after a group spoke, the last person who did (after a speaker of
        # the other sex, the person last spoken of or the speaker before: "she" after Mark Roesler spoke of Page)
        other = next((p for p in (person, earlier_speaker) if other_sexes(p, last_speaker, surnames, lp)), "")
        spoken_of = person if subject_at > speaker_at else other or ("" if one_person(last_speaker, lp) else last_one)
        found = named_bodies(_frames(text, last_speaker, lp, spoken_of, group, surnames),
                             texts[max(0, i - BODY_WINDOW):i + 1], lp, (texts[:i + 1], texts))

        def frames_of(probe: str) -> list[tuple[int, int, str, int]]:  # a stand-in sentence, read here
            return _frames(probe, last_speaker, lp, spoken_of, group, surnames)  # noqa: B023 (called at once)
        found += given_out(text, found, frames_of, lp)
        frames.append(found)
        lead_ins.append(lead_in(text, found, frames_of, lp))
        was_last = last_speaker
        last_speaker = next((who for start, _, who, at in found if who and who.lower() not in lp.voice.speaker_pronouns
                             and not (start > at and opens_quote(text.lstrip()[:1], lp)
                                      and inside_quotation(text[:at], lp))),
                            # (a frame inside a quotation the sentence opens is the quoted speaker's: '"She's noted …')
                            last_speaker)  # an unresolved "he" is no antecedent of a later "she"
        earlier_speaker = was_last if last_speaker != was_last else earlier_speaker
        last_one = next((who for _, _, who, _ in found if who and who.lower() not in lp.voice.speaker_pronouns
                         and a_named_person(who, lp)), last_one)
        if any(who == last_speaker for _, _, who, _ in found):
            speaker_at = i
        opened_by = opening_group([(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)], lp) \
            if not found else ""
        subject = opening_person(text, mentions[i], surnames, lp)
        if subject and not any(subject in who or who in subject for _, _, who, _ in found if who):
            person, subject_at = subject, i  # "Gigante calmly pleaded guilty …" then "… he told the judge"
    quotes, speaker_of = quotation_owners(texts, paragraphs, frames, lp, lead_ins)
    turns = transcript_turns(texts, lp)  # "President Barack Obama: Before I introduce …" and on
    out: list[SentenceVoice] = []
    for i, text in enumerate(texts):
        spans = [VoiceSpan(s, e, ATTRIBUTED, quoted_pronoun(text, at, who, quotes[i], lp, speaker_of),
                           credited_verb(text, at, lp))
                 for s, e, who, at in within_quotations(text, frames[i], quotes[i])]
        spans += [VoiceSpan(a, b, QUOTED, speaker_of[q]) for a, b, q in quotes[i]]
        if i in turns:  # a turn printed without quotation marks (or 'Jo Park: "…"'): its speaker's words
            start, speaker = turns[i]
            spans = [VoiceSpan(s.start, s.end, s.voice, speaker if s.speaker.lower() in lp.voice.first_person
                               or not s.speaker and s.voice == QUOTED else s.speaker, s.verb) for s in spans]
            spans += [] if quotes[i] else [VoiceSpan(start, len(text.rstrip()), QUOTED, speaker)]
        frame_speaker = next((f[2] for f in sorted(frames[i], key=lambda f: any(a <= f[3] < b for a, b, _ in quotes[i]))
                              if f[2]), "")  # a frame outside the quotation first ('"… I call a family," he said')
        out.append(SentenceVoice(text=originals[i], spans=tuple(spans), frame_speaker=frame_speaker))
    return out


def sentence_voice(text: str, language: str = "en") -> SentenceVoice:
    """The voice of a sentence read on its own (no quotation carried in from elsewhere)."""
    return article_voices([text], language=language)[0]


# --- reporting frames ---------------------------------------------------------------------


def _frames(text: str, last_speaker: str, lp: LanguagePack, last_person: str = "",
            last_group: str | None = None, people: Mapping[str, str] | None = None) -> list[tuple[int, int, str, int]]:
    """(content start, content end, speaker, verb offset) of each reporting frame in `text`.
    `last_group`: whom "they" may stand for (the last speaker, when recent); a frame earlier in
    the sentence takes its place ("Authorities said they believe …": the authorities). `people`:
    the report's surnames with fuller names, for "he" and "she" (`speakers.resolve`)."""
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    low = [t.lower() for t, _, _ in toks]
    out: list[tuple[int, int, str, int]] = []
    continued: set[int] = set()  # frames that continue a trailing frame past it
    n = len(toks)
    opening = opening_credit(text, toks, low, lp)  # "Per THR, …"
    if opening is not None:
        out.append(opening)
    k = 1 if opening is not None else 0
    if opening is None and (leading := as_frame(toks, low, lp)) is not None \
            and names_speaker(toks[1:leading[0]], lp):  # "As the President explained, …": the President's
        who = resolve(speaker_text(toks[1:leading[0]], lp), text, toks, leading[0], last_speaker, lp, last_person,
                      last_group, people)
        out.append((toks[leading[1] + 1][1], len(text), who, toks[leading[0]][1]))
        k = leading[1] + 1

    def by(who: str, at: int) -> str:  # a speaker phrase before the word at `at` as a speaker ("he": whom)
        return resolve(who, text, toks, at, last_speaker, lp, last_person, they_group(out, last_group, lp), people)
    if (closing := as_frame_at_end(toks, low, lp, by)) is not None:
        out.append(closing)  # "…, as seismologists have long warned.": theirs
    while k < n:
        word = low[k]
        if closing is not None and toks[k][1] == closing[3]:
            k += 1
            continue
        if word == lp.voice.according_to[0] and k + 1 < n and low[k + 1] == lp.voice.according_to[1]:
            credit = credit_frame(text, toks, low, k, lp)
            if credit is not None:
                out.append(credit)
            k += 2
            continue
        if (calls := what_calls_frame(toks, low, k, lp, lambda who, at: resolve(who, text, toks, at, "", lp))):
            out.append(calls)  # "what critics call …"
            k += 3
            continue
        if word == lp.voice.quoted_as_saying[2] or word in lp.voice.progressive_verbs:
            # "X quoted Y as saying", "Y was quoted (by X) as saying", "X quotes Y confirming"
            quoted = quoted_as_frames(text, toks, low, k, lp, by)
            if quoted:  # Y speaks, X is cited
                out.extend(quoted)
                k += 1
                continue
        as_one = lp.voice.phrasal_reporting.get((word, low[k + 1])) if k + 1 < n else None
        if as_one:  # "pointed out that …": the verb and its particle read as one verb ("notes")
            frame = _verb_frame(text, [*toks[:k], (toks[k][0], toks[k][1], toks[k + 1][2]), *toks[k + 2:]],
                                [*low[:k], as_one, *low[k + 2:]], k, last_speaker, lp, last_person,
                                they_group(out, last_group, lp), people)
            if frame:
                out.append(frame)
            k += 2
            continue
        if word in lp.voice.estimate_verbs and (estimate := estimate_frame(text, toks, low, k, lp, by)):
            out.append(estimate)  # "Officials put the death toll at 30"
            k += 1
            continue
        if word in lp.voice.expressed_nouns and (noun := noun_frame(text, toks, low, k, lp, by)):
            out.append(noun)  # "The ministry expressed hope that …"
        if word in lp.voice.reporting_verbs or word in lp.voice.view_verbs or word in lp.voice.object_view_verbs \
                or word in lp.voice.progressive_verbs or word in lp.voice.naming_verbs \
                or word in lp.voice.quotation_verbs and (after_closing_mark(toks, k, lp)
                                                         or opens_right_after(toks, k, lp)):
            frame = _verb_frame(text, toks, low, k, last_speaker, lp, last_person, they_group(out, last_group, lp),
                                people)
            if frame and out and word in lp.voice.progressive_verbs and toks[k - 1][0] == ",":
                frame = (frame[0], frame[1], out[-1][2], frame[3])  # "Brimmer said, adding that …": Brimmer adds
            if frame:
                out.append(frame)
                if (after_commas := continued_clause(text, toks, low, k, frame, lp)) is not None:
                    continued.add(len(out))  # "At the same time, he said, the situation has …": his too
                    out.append((after_commas, len(text), frame[2], frame[3]))
        k += 1
    # a continued clause holding a frame of its own ("…, a statement said, while X said …") is that frame's
    out = [f for i, f in enumerate(out) if i not in continued
           or not any(f[0] <= g[3] < f[1] for j, g in enumerate(out) if j != i)]
    return up_to_trailing(text, past_dateline(text, before_other_report(text, toks, low, out, lp), lp))


def _verb_frame(text, toks, low, k, last_speaker, lp: LanguagePack, last_person: str = "",
                last_group: str | None = None,
                people: Mapping[str, str] | None = None) -> tuple[int, int, str, int] | None:
    n = len(toks)
    if not toks[k][0][:1].islower():
        return None  # "United States", "Says" in a headline: a name, not a verb of saying
    if low[k] in lp.voice.tally_verbs and tally(toks, k, lp):
        return None  # "Peyton Hillis added 101 yards on the ground": a tally, not a report
    aux = progressive(low, k, lp)  # "THR is reporting that …": the speaker comes before "is"
    # "The official did say that …": an emphatic "did", the speaker before it (not "Did they say …?", "did not say")
    emphatic = aux is None and k > 1 and low[k - 1] in lp.voice.question_auxiliaries \
        and low[k] in lp.voice.reporting_verbs and (toks[k - 2][0][:1].isalpha() or toks[k - 2][0] == ",") \
        and low[k - 2] not in lp.naming.conjunctions | lp.voice.no_speaker_before | {lp.voice.what} \
        and not text.rstrip().endswith("?")
    participle = aux is None and participle_with_that(toks, low, k, lp)  # "witnesses testifying that …"
    if aux is None and not participle and (
            low[k] not in lp.voice.reporting_verbs | lp.voice.view_verbs | lp.voice.object_view_verbs
            | lp.voice.naming_verbs | lp.voice.quotation_verbs  # (these only after a quotation: see _frames)
            or low[k] in lp.voice.progressive_verbs and k > 0 and noun_or_gerund(toks, low, k, lp)):
        return None  # "the reporting of …", "an old saying that …", "Despite saying …": no frame
    if aux is None and k + 1 < n and (act_only(low[k], low[k + 1], lp) or lp.tagger is not None and object_act(
            low, lp.tagger(tuple(t[0] for t in toks)), k, lp)):
        return None  # "Drake countered with a 9-2 spurt that …", "claimed victory in …": an act
    # "DeGeneres made the announcement … and said", "… but said": the clause's named subject says it too
    def reports() -> bool:
        return k + 1 < n and (toks[k + 1][0] == ":" or opens_quote(toks[k + 1][0], lp)
                              or low[k + 1] in lp.voice.complementizers or reports_a_clause(text[toks[k][2]:], lp))
    shared = coordinated_subject(toks, low, k, reports, lp) if aux is None else None
    coordinated = shared is not None and not (  # "He was seen … after the adversary flashed signs
        shared[0][0][0].lower() in lp.voice.speaker_pronouns  # and said": theirs
        and set(low[1:k]) & lp.polarity.subordinators)
    if aux is None and passive(low, k, lp) and not negated(toks, low, k, lp):
        return agent_frame(toks, low, k, lp) or low[k] in lp.voice.participle_views and by_as_frame(toks, low, k, lp) \
            or nameless_passive(toks, low, k, lp)  # "was confirmed by Jo Park", "was condemned by X as …"
    if aux is None and low[k + 1:k + 2] == [lp.voice.view_agent] and low[k] in lp.voice.participle_views:
        return by_as_frame(toks, low, k, lp)  # "hailed by the government as …", "dismissed by critics as a sham"
    if aux is None and k > 0 and toks[k - 1][0] == "," and low[k] in lp.voice.naming_verbs \
            and (named := named_by_frame(toks, low, k, lp)) is not None:
        return named  # "X, dubbed the "Oddfather" by tabloids, …": theirs
    if low[k] in lp.voice.designating_verbs:
        return None  # "Boston's star designated hitter": an adjective; a name only with its agent (above)
    caused = caused_subject(toks, low, k, lp) if aux is None else None  # "led critics to argue that …"
    if aux is None and k > 0 and not coordinated and not emphatic and not caused and (
            low[k - 1] in lp.voice.no_speaker_before or low[k - 1].endswith(lp.voice.no_speaker_endings)
            or low[k - 1] == lp.voice.participle_people and low[k].endswith("ed")  # "Most of those asked said"
            or low[k].endswith("ed") and low[k + 1:k + 2] == [lp.voice.view_agent]  # "a move criticised by"
            and low[k] not in lp.voice.view_verbs  # (not "hailed by the government as …": the agent's view)
            or a_noun_form(toks, low, k, lp) or negated(toks, low, k, lp) or conditional(toks, low, k, lp)):
        return None  # "to say", "was said", "couldn't say", "despite reports", "if he says": no speaker
    if k > 0 and low[k - 1] in lp.voice.possessive_determiners | lp.voice.attributive_before:
        return None  # "his alleged victim", "their claim", "other alleged Bloods": an adjective or a noun
    word = low[k]
    if 0 < k < len(toks) - 1 and lp.tagger is not None:
        around = lp.tagger((toks[k - 1][0], toks[k][0], toks[k + 1][0]))
        if around[0] == "CD" and around[2] in ("NN", "NNS"):
            return None  # "nine alleged rules violations", "two accused gangbangers": an adjective
        if around[0] == "IN" and low[k - 1] not in lp.voice.complementizers and word.endswith("ed") \
                and around[2] in ("NN", "NNS", "JJ"):
            return None  # "a case over alleged safety violations": a participle before its noun, not a frame
        if around[1] in ("NN", "NNS") and after_adjective(toks, low, k, lp):
            return None  # "has the final say", "a bold claim": a noun (not "many say", "some claim")
        if around[0] == "NN" and around[1] == "NNS" and k > 1 and low[k - 2] in lp.naming.prepositions:
            return None  # "made a number of phone calls to relatives": a noun after a noun after "of"
    if passive(low, k, lp):
        return None  # "he was also charged with …", "are said to be": nobody speaks
    if aux is None and word in lp.voice.passive_before_to and infinitive_after(toks, k, lp) \
            and k > 0 and low[k - 1] not in lp.voice.speaker_pronouns:
        return None  # "a man said to have been released", "a man believed to be her husband": a participle
    quote_after = k + 2 < n and toks[k + 1][0] in (",", ":") and opens_quote(toks[k + 2][0], lp)  # 'said, "…'
    quote_next = k + 2 < n and opens_quote(toks[k + 1][0], lp) and toks[k + 2][0][:1].isalnum() \
        and not (k > 0 and toks[k - 1][0] in ("”", '"', "’", "'"))  # 'Asked …, he responded "Yes."': not '"…" he said'
    that_at, no_report = verb_that(text, toks, low, k, quote_after, lp)
    if no_report or word in lp.voice.object_only_verbs and that_at == k + 1:
        return None  # "The patch, which Microsoft dubbed MS08-078, fixes a flaw that …": the main verb
        # resumes after the relative clause; its "that" is another clause's, the dubbing reports nothing
    # "claimed she was a 'social drinker' and that …": two clauses reported, from the first
    two_clauses = that_at is not None and that_at > k + 2 and low[that_at - 1] == lp.voice.speakers_and \
        and reports_a_clause(text[toks[k][2]:], lp)
    if that_at is None and after_relative(toks, low, k, lp) and not reports_after_relative(text, toks, low, k, lp):
        return None  # "the police, who responded with tear gas", "who asked not to be named": an act
    if k > 1 and toks[k - 1][0] in ("”", '"', "’", "'") and toks[k - 2][0] == "," and k + 1 < n \
            and low[k + 1] in lp.voice.one_of and (k + 2 >= n or toks[k + 2][0] in (".", ",")):
        one = resolve(low[k + 1], text, toks, k, last_speaker, lp, last_person, last_group, people)
        return (0, toks[k - 1][1] + 1, one, toks[k][1])  # '"…," says one.': see pronouns.resolve
    # "…, said Mao Ning." / "…," said 61-year-old Anargyros Bizianis — the speaker follows the verb.
    if k > 0 and toks[k - 1][0] in (",", "”", '"', "’", "'") and k + 1 < n and word in lp.voice.inverting \
            and toks[k + 1][0] not in (":", '"', "“", "‘") and not closes_relative(toks, low, k, lp) and (
                any(t[0][:1].isupper() for t in toks[k + 1:k + 5])
                or any(t[0].lower() in lp.voice.speaker_nouns | lp.voice.role_words | lp.voice.person_nouns
                       for t in toks[k + 1:k + 5])
                and (low[k + 1] in lp.naming.articles | lp.voice.counted or capital_before_comma(toks, k + 1))
                or k > 1 and toks[k - 2][0] == "," and toks[k - 1][0] in ("”", '"', "’")
                and (low[k + 1] in lp.naming.articles and k + 2 < n and low[k + 2] not in lp.voice.time_words
                     or low[k + 1] in lp.voice.speaker_nouns | lp.voice.person_nouns)):  # '"…," said police
        # '"…," said the convicted killer' (not "said the day before"); a name, or a speaker's noun after an
        # article or before a name: "…, said a spokesman for the facility", "said ex-NYPD detective Joe Coffey"
        after_quote = any(t in ("”", '"', "’", "'") for t, _, _ in toks[max(0, k - 2):k])

        def ends(i: int) -> bool:  # "…, said the Democrat who is familiar with …": it ends before "who"
            return phrase_stop(toks, i, lp, ("(", ":")) or low[i] in lp.voice.relative_pronouns or (
                (low[i].endswith("ing") or low[i].endswith("ed") and after_quote) and toks[i][0][:1].islower()
                and low[i - 1] in lp.voice.person_nouns | lp.voice.speaker_nouns) or (
                # "said a man wearing …", "said a spokesman speaking on condition of anonymity",
                # "said one leaflet handed out in the square"
                low[i] in lp.voice.inverted_ends and i > k + 1 and (after_quote or word not in lp.voice.request_verbs)
                and (toks[i - 1][0][:1].isupper() or low[i - 1] in lp.voice.speaker_nouns
                     or nameless_phrase(toks, i + 1, lp))) or (
                low[i] in lp.voice.place_prepositions and toks[i - 1][0][:1].isupper() and i + 1 < n
                and all(t[0][:1].isupper() or t[0] in ".," for t in toks[i + 1:]))  # "… in Paris.": where
            # '"…," said General Manager A.J. Smith in a news release': where, not who (after a
            # quotation only for "asked": not "…, a former agent, asked Nixon in a telegram to …")
        j = k + 1
        while j < n and not ends(j) and j - k <= MAX_SPEAKER_TOKENS:
            j += 1
        written = low[k] in lp.voice.writing_verbs and low[j - 1] in lp.voice.document_nouns  # "…, wrote a letter"
        if inverted_speaker(toks[k + 1:j], j >= n or ends(j), lp) and not written:
            who = speaker_text(named_after_role(toks, k + 1, j, lp) or toks[k + 1:j], lp)
            end = toks[k - 1][1] + (1 if toks[k - 1][0] != "," else 0)
            return (0, end, who, toks[k][1])
        # "Her agent, Mark Roesler, said Page died …": what follows is the content, not the speaker
    if aux is not None and that_at is None and not clause_follows(toks[k + 1:k + 1 + PROGRESSIVE_WINDOW], lp):
        return None  # "is claiming the title", "are saying nothing about …": no clause reported
    if aux is None and k > 1 and toks[k - 1][0] == "," and (low[k] in lp.voice.progressive_verbs or low[k] in (
            lp.voice.naming_participles) and naming_complement(toks, k, lp) is not None):  # ", calling it reckless"
        said = next((m for m in range(k - 2, max(0, k - 5), -1) if low[m] not in lp.voice.time_words), 0)
        found = clause_subject(toks, k - 1, lp) or (  # "Police closed the road, saying …": the police say so
            speaker_before(toks, low, said, lp) if low[said] in lp.voice.reporting_verbs else None)  # '"…," he said
    elif coordinated or caused:
        found = shared or caused  # she did both (not "Jo Park and Ana Ruiz said": no verb before the "and")
    elif participle and low[k] not in lp.voice.reporting_verbs:
        found = noun_before(toks, k, lp)  # "witnesses testifying that …", "a memo stating that …"
    else:
        found = speaker_before(toks, low, k - 1 if emphatic else k if aux is None else aux, lp)
    if not found:
        return None
    subject, before = found
    if len(subject) > 1 and k + 1 < n and low[k + 1] in lp.voice.be_forms | lp.naming.auxiliaries \
            and all(t[0][:1].islower() for t in subject) and lp.word_tag is not None \
            and lp.word_tag(subject[0][0].lower()) in ("NN", "NNS") \
            and not (before >= 0 and low[before] in lp.voice.relative_pronouns | lp.voice.complementizers):
        subject = subject[-1:]  # "the man police say is behind …": the content's subject is the man
        # (not "a facility that a state official said is …", nor "some experts said was …")
    if object_gap(toks, k, lp):
        return None  # "the self-governing island Beijing claims, …": a relative clause, the island is claimed
    if aux is not None and len(subject) == 1 and subject[0][0].lower() in lp.voice.speaker_pronouns:
        return None  # "he was saying that his cuffs hurt", mostly inside a quotation: not its speaker
    who = resolve(speaker_text(subject, lp), text, toks, k, last_speaker, lp, last_person, last_group, people)
    if not who or lp.voice.according_to[0] in who.lower():
        return None
    after = low[k + 1] if k + 1 < n else "."
    after_quote = before >= 0 and toks[before][0] in ("”", '"', "’", "'")
    when = not quote_next and after in lp.voice.trailing_starts and not infinitive_after(toks, k, lp) \
        or elapsed(low, k + 1, lp) or after_quote and lp.word_tag is not None and lp.word_tag(after) == "IN" \
        and after not in lp.voice.reporting_prepositions
    # "said in …", "said years later"; right after a quotation any preposition ('"…," Brown said
    # from Miami', "… said of her son", "… said as he left"; not "Dorsey said like anyone, …")
    dated = zero_that_clause(toks, low, k, lp) if when and that_at is None and not after_quote \
        and after in lp.voice.time_words | lp.voice.time_fillers else None
    if dated is not None:
        when = False  # "…, The Hollywood Reporter said Friday he is …", "said on Saturday both were dead":
        # the day tells when it was said, and the clause after it is what was said
    trailing = (before >= 0 and toks[before][0] in (",", "”", '"', "’", "'") and that_at is None
                and word not in lp.voice.view_verbs and not (quote_after or quote_next)  # '…, X answered, "Yes."'
                and (when
                     or word in lp.voice.trailing_verbs and told_clause(text, toks, low, k, lp) is None
                     and (after_quote or quote_after_object(text, toks, low, k, lp) is None)
                     or word in lp.voice.writing_verbs and after_quote)  # '"…," he wrote the AP'
                and (after_quote or (sum(1 for t in toks[:before] if t[0][:1].isalnum()) >= 3
                                     or subject_set_off(toks, low, k, lp))
                     and not (act_with(word, after, lp)
                              and not (k + 2 < n and is_date_word(toks[k + 2][0], lp.slots)))))
    # ("…, Reid told People she was …" reports a clause; "…, the FBI … responded to the call" is an act)
    if word in lp.voice.naming_verbs and aux is None and k + 1 < n and low[k + 1] not in lp.naming.pronouns \
            and lp.voice.view_agent in low[k + 1:k + 1 + OBJECT_WINDOW]:
        return None  # "the man dubbed the "Oddfather" by tabloids": a passive participle (not "called him a boss, …")
    if word in lp.voice.naming_verbs and that_at is None and not trailing:
        start = naming_complement(toks, k, lp)
        if start is not None:  # "called the mechanic a hero": the hero is the police's word
            return (toks[start][1], content_end(text, toks, low, k, start, lp), who, toks[k][1])
        if word in lp.voice.naming_participles:
            return None  # "activists calling for roads to be blocked": no name given
    zero_that = None
    if word in lp.voice.that_only_verbs and that_at is None and not trailing and word not in lp.voice.view_verbs:
        zero_that = zero_that_clause(toks, low, k, lp)  # "admitted he lied": a clause without "that"
        if zero_that is None and quote_after_object(text, toks, low, k, lp) is None and not quote_next:
            return None  # "announced a ban": an act, not reported speech ("described X as …" is read below;
            # 'Smith replied, "No."', 'Lamas tweeted Thursday: "…"', 'recounted the night to NY1, "…"' quote)
    if trailing:
        mark = toks[before]
        end = mark[1] + (1 if mark[0] != "," else 0)
        role = role_apposed(toks, low, before, lp) if mark[0] == "," else None
        if role is not None:  # "…, his son, Ike LaRue III, said": the role is the speaker's, not content
            end = toks[role][1] + (1 if toks[role][0] != "," else 0)  # the closing mark is the quotation's
        return (0, end, who, toks[k][1])
    request = request_to(toks, low, k, lp) if word in lp.voice.request_verbs and that_at is None else None
    if that_at is not None:
        j = k + 1 if two_clauses else that_at + 1
    elif zero_that is not None:
        j = zero_that
    elif request is not None:
        j = request  # "asked neurosurgeon Sanjay Gupta to serve as …": the request, not whom he asked
    elif word in lp.voice.object_frame_verbs:  # "accused Japan of …", "urged Tokyo to …"
        if k + 1 < n and (low[k + 1] in lp.voice.object_frame_prepositions or low[k + 1] in lp.naming.prepositions) \
                and not (word in lp.voice.warning_verbs and low[k + 1] == lp.naming.of_word):  # "warned of …" speaks
            return None  # "a son accused of killing …", "a teen accused in the shooting …": a passive participle
        told = told_clause(text, toks, low, k, lp) if word in lp.voice.telling_verbs else None
        if told is not None:
            return (toks[told][1], len(text), who, toks[k][1])
        j = past_duration(low, object_end(toks, low, k, lp), lp)  # (not "for hours" before "to …")
        if j + 1 < n and toks[j][0] in (":", ",") and opens_quote(toks[j + 1][0], lp):
            pass  # 'Gates told the security conference: "…"' (or ', "…"'): the quotation is what he told them
        elif j > k + 1 and word in lp.voice.telling_verbs and spoken_quotation(toks, j, lp):
            j -= 1  # 'A witness told the Daily News "The cops …': no colon, the quotation is still what was told
        elif j >= n or low[j] not in lp.voice.object_frame_prepositions:
            return None  # "X told the Global Times." with nothing reported after it
        j += 1
    elif word in lp.voice.view_verbs and (quoted := quote_after_object(text, toks, low, k, lp)) is not None \
            and lp.voice.view_as not in low[k + 1:quoted]:
        j = quoted  # 'described the scene to PIX11, "…"': the quotation is the description
    elif word in lp.voice.view_verbs:
        j, as_word = k + 1, lp.voice.view_prepositions.get(word, lp.voice.view_as)  # "blamed the fire on …"
        while j < n and low[j] != as_word and j - k <= 8:
            j += 1
        if j >= n or low[j] != as_word or clause_after_as(toks, j + 1, lp):
            # "when they saw them": seeing; "described a scene … as workers fled": the object is their view
            described = described_object(toks, k, lp) if word in lp.voice.describing_verbs else None
            return (toks[k + 1][1], toks[described][2], who, toks[k][1]) if described is not None else None
        if agent_by(toks, low, k, lp) is not None:  # "portrayed at the time by the government as …": its view
            return by_as_frame(toks, low, k, lp)
        j += 1
    elif dated is not None:
        j = dated
    elif (m := past_time_words(low, k + 1, lp)) + 1 < n and toks[m][0] == "," and opens_quote(toks[m + 1][0], lp):
        j = m + 1  # 'X, a spokesman, said, "…"', 'X had said yesterday, "…"': the quotation is what is said
    elif k + 2 < n and toks[k + 1][0] == "," and toks[k + 2][0][:1].isalnum() \
            and lp.voice.what_calls not in low[max(0, k - MAX_SPEAKER_TOKENS):k] \
            and not (low[0] in lp.polarity.subordinators or lp.word_tag is not None and lp.word_tag(low[0]) == "WRB") \
            and reports_a_clause(text[toks[k + 2][1]:], lp):
        j = k + 2  # "In fact, Howard said, the jurors asked …", "Mao Ning said, the measures are lawful."
        # (not "No matter what the stats say, Philly looks …", nor "When the judge asked, the man …")
    elif when and (n - k <= 8 or no_clause_after(toks, k, lp)):
        return None  # "X said in a statement." / "… in a statement released by the team.": content elsewhere
    elif after in lp.voice.empty_objects and not (lp.tagger is not None and k + 2 < n and lp.tagger(
            tuple(t for t, _, _ in toks))[k + 2] in FINITE):
        return None  # "X said nothing after officers surrounded him" (not "said nothing was stolen")
    elif other_sense(word, lp) and won_object(text, toks, k, lp):
        return None  # "Nadal claimed his third title in Paris", "claimed 40 lives": a win or a toll
    elif act_with(word, after, lp):
        return None  # "insisted on remaining anonymous": a demand, nobody's words
    elif other_sense(word, lp) and after in lp.naming.prepositions \
            and not reports_a_clause(text[toks[k][2]:], lp):
        return None  # "an island that Beijing claims as its territory": an act, not a report (the tagger
        # reads too many verbs as nouns to judge "claimed the life of …" the same way: "claim the dam burst")
    else:
        j = k + 1
    if j + 1 < n and toks[j][0] == "," and low[j - 1] in lp.voice.complementizers and (
            opens_quote(toks[j + 1][0], lp) or toks[j + 1][0][:1].isalnum() and low[j + 1] not in lp.naming.conjunctions
            and any(t[0] == "," for t in toks[j + 2:j + 2 + OBJECT_WINDOW])):  # an aside set off ("He said that, and
        j += 1  # left" reports nothing): 'SI.com is reporting that, "The Red Sox …"', "told The News that, at first, …"
    if j >= n or not toks[j][0][:1].isalnum() and not opens_quote(toks[j][0], lp) \
            and not (toks[j][0] in "'‘" and toks[j - 1][0] in (":", ",")):  # "said: 'He idolised …"
        return None
    end = content_end(text, toks, low, k, j, lp)
    if (quote_next and j == k + 1 or quote_after and j == k + 2) and opens_quote(toks[j][0], lp):  # 'chanted "…!"'
        close = next((i for i in range(j + 1, n) if closes_quote(toks[j][0], toks[i][0], lp)), None)
        if close is not None and (close + 1 >= n or not toks[close + 1][0][:1].isalnum()
                                  or low[close + 1] in lp.naming.conjunctions | lp.polarity.subordinators
                                  | lp.voice.trailing_starts | {lp.voice.view_as}):
            end = toks[close][2]  # (not 'said "Moon," which is expected to …, has been tabbed': a title in the clause)
    if j == k + 1 and word in lp.voice.object_view_verbs and plain_object(text[toks[j][1]:end], toks, low, k, lp):
        return None  # "defended his crown", "blasted a sluggish Rahman": an act, not a view reported
    viewed = word in lp.voice.object_view_verbs or word in lp.voice.view_verbs
    return (toks[j][1], as_view_end(toks, low, j, end, lp, k) if viewed else end, who, toks[k][1])
