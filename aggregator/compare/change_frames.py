"""Frames of saying inside a word change: who speaks in two near-copy sentences, and whether a
changed span is only a frame ("…, the Navy said") dropped, added, moved or reworded.

`wording.py` diffs the sentences; these helpers decide, from each sentence's voice
(`voice.SentenceVoice`), when a frame's change is no framing difference (one speaker's frame in
two forms, a quotation whose frame moved to another sentence), when it is a second speaker's
frame dropped ("…, court sources said"), and when it leaves a claim in the outlet's own voice (an
attribution dropped).
"""

from __future__ import annotations

from collections.abc import Sequence

from .change_spans import finite, letters, token_key, word_tokens
from .evaluative import lemma
from .language import ENGLISH, LanguagePack
from .params import CLAUSE_TOKENS, CONTENT_SHARE, FRAME_FOR_WORDS_MAX, FRAME_REACH, MAX_SPEAKER_TOKENS
from .speaker_heads import has_verb
from .voice import SentenceVoice


def framed_claim(text: str, voice: SentenceVoice | None) -> str | None:
    """The claim a frame of saying reports, without the frame ("C, a police spokesman said" → C),
    when it is most of the sentence (`CONTENT_SHARE`); None for a sentence with no such frame.
    Alignment embeds it so that "X warned that C" and "C, Y said" meet on C; word changes diff
    two sentences whose claims are near copies though one frame makes the sentences less alike."""
    spans = [v for v in (voice.spans if voice else ()) if v.voice == "attributed"
             and v.end - v.start >= CONTENT_SHARE * len(text) and v.end - v.start < len(text)]
    return text[spans[0].start:spans[0].end].strip(" ,.") if spans else None


def one_speaker(va: SentenceVoice | None, vb: SentenceVoice | None, ta: Sequence[str] = (), tb: Sequence[str] = (),
                 pack: LanguagePack = ENGLISH) -> bool:
    """Whether both sentences carry a frame of saying and name one speaker in them (by surname, or
    one's last word among the other's: `_speaks_for`), or one names a statement the other's
    speaker made ('"…," a statement reads' / '"…," the company said in a statement')."""
    fa, fb = _speakers(va, True), _speakers(vb, True)
    sa, sb = {words[-1] for words in fa}, {words[-1] for words in fb}  # the frames' surnames
    documents = pack.sources.body_documents
    return _speaks_for(fa, fb) or _unnamed_against(va, ta, fb, pack) or _unnamed_against(vb, tb, fa, pack) \
        or bool(sa and sb) and (
        bool(sa & documents & {t.lower() for t in tb}) or bool(sb & documents & {t.lower() for t in ta})
        or (_resolved(sa - pack.voice.speaker_pronouns, ta) or _resolved(sb - pack.voice.speaker_pronouns, tb))
        and bool((sa | _subjects(ta, pack)) & (sb | _subjects(tb, pack))))
    # (the last: a side's speaker resolved to a name it does not write, and the words before the two
    # verbs of saying share a noun: "The coroner believes" / "The coroner said he believes", Gary
    # Hargrove; "the comedian added", Ellen DeGeneres / "the comedian and talk show host said")


def _unnamed_against(voice: SentenceVoice | None, toks: Sequence[str], those: list[list[str]],
                     pack: LanguagePack) -> bool:
    """Whether every frame of one sentence is a bare "he" or "she" (in its text), standing for no
    name ("he" left unresolved, or resolved to "her publicist"), and the other sentence names one
    speaker: two outlets' frames of one quotation ('"…," he said' / '"…," the actress's rep Jo
    Marsh tells the magazine'), one speaker as far as either says."""
    spans = [s for s in (voice.spans if voice else ()) if s.speaker and s.verb]
    written = {t.lower() for t in toks}
    return bool(spans) and all(s.speaker.islower() and (s.speaker in pack.voice.person_pronouns
                                                        or s.speaker.split()[-1] not in written) for s in spans) \
        and len({tuple(w) for w in those}) == 1 and those[0][-1] not in pack.voice.speaker_pronouns


def _resolved(surnames: set[str], toks: Sequence[str]) -> bool:
    """Whether none of a sentence's speakers is written in it ("the coroner said": Gary Hargrove)."""
    return bool(surnames) and not surnames & {t.lower() for t in toks}


def _subjects(toks: Sequence[str], pack: LanguagePack) -> set[str]:
    """The words of the phrase right before a sentence's verbs of saying, less function words
    ("coroner" in "The coroner said", "comedian", "talk", "show", "host" in "the comedian and talk
    show host said")."""
    out: set[str] = set()
    for i in (i for i in range(1, len(toks)) if toks[i].lower() in pack.attribution_verbs):
        j = i - 1
        while j >= 0 and i - j <= MAX_SPEAKER_TOKENS and toks[j].isalpha():
            out.add(toks[j].lower())
            j -= 1
    return out - pack.naming.closed


def lone_frame(before: list[str], after: list[str], dropped: set[int], added: set[int],
                framed: tuple[set[int], set[int]], va: SentenceVoice | None, vb: SentenceVoice | None,
                pack: LanguagePack) -> tuple[SentenceVoice | None, SentenceVoice | None] | None:
    """(the framing sentence's voice, the other's) when the words only one side has hold a verb of
    saying and lie in that side's frame ("…, the Navy said" / —), else None."""
    if bool(before) == bool(after) or not attributing(before + after, pack):
        return None
    if before:
        return (va, vb) if dropped & framed[0] else None
    return (vb, va) if added & framed[1] else None


def attributing(words: Sequence[str], pack: LanguagePack) -> bool:
    """Whether the words hold a verb of saying or the pack's "according" ("according to SEACOM")."""
    return bool({t.lower() for t in words} & (pack.attribution_verbs | {pack.voice.according_to[0]}))


def framed_elsewhere(framing: SentenceVoice | None, other: SentenceVoice | None) -> bool:
    """Whether the other sentence is a quotation framed outside it (its speaker named in a
    sentence before or after: '"…," he said' / '"…"' where the other report framed it earlier,
    whoever it names), or frames the framing sentence's one speaker in another place ("But, he
    said, Greeks must …" / "But Greeks must …, he said."): the frame moved, nobody was added."""
    spans = other.spans if other else ()
    framers = _speakers(framing, True)
    return bool(_speakers(other, False)) and not any(s.verb for s in spans) \
        or len({" ".join(f) for f in framers}) == 1 and _speaks_for(framers, _speakers(other, True))
    # (one speaker frames the sentence: with two, "…, court sources said" may be the one dropped)


def _speakers(voice: SentenceVoice | None, framing: bool) -> list[list[str]]:
    """The words of each speaker of a sentence's frames (`framing`), or of its quotations framed
    outside it."""
    return [s.speaker.lower().split() for s in (voice.spans if voice else ())
            if s.speaker and (bool(s.verb) if framing else s.voice == "quoted" and not s.verb)]


def _speaks_for(these: list[list[str]], those: list[list[str]]) -> bool:
    """Whether a speaker of one list is one of the other's: a name's last word among the other's
    words ("Ford" / "Phil Ford", "Police" / "Surrey Police spokeswoman")."""
    return any(x[-1] in y or y[-1] in x for x in these for y in those)


def verb_for_verb(before: list[str], after: list[str], va: SentenceVoice | None, vb: SentenceVoice | None) -> bool:
    """Whether a change inside two frames of one speaker swaps their verbs of saying: both sides
    short (at most `CLAUSE_TOKENS` words) and each holding its frame's verb, the two verbs differing."""
    def verb(span: list[str], v: SentenceVoice | None) -> str:
        verbs = {s.verb.lower() for s in (v.spans if v else ()) if s.verb}
        return next((t.lower() for t in span if t.lower() in verbs), "")
    va_verb, vb_verb = verb(before, va), verb(after, vb)
    return bool(va_verb and vb_verb and va_verb != vb_verb) and max(len(before), len(after)) <= CLAUSE_TOKENS


def said_by_nobody(voice: SentenceVoice | None) -> bool:
    """Whether a sentence names nobody as saying it: no frame of saying, and no quotation whose
    speaker the report names elsewhere (a quotation nobody owns may stand alone: '"We appreciate
    your respect."' / '"…," he said' is an attribution added; one whose frame is in the next
    sentence is only framed elsewhere)."""
    return voice is not None and not any(span.verb or span.speaker for span in voice.spans)


def frame_tokens(text: str, toks: list[str], voice: SentenceVoice | None, pack: LanguagePack = ENGLISH) -> set[int]:
    """Indexes of the tokens of the sentence's frames of saying: the outlet's own words within
    `FRAME_REACH` tokens of a frame's verb or speaker ("the actress's rep Jack Ketsoyan tells the
    mag"), not the words it frames."""
    if voice is None:
        return set()
    spans, at = [], 0
    for t in toks:  # each token's characters, found in order
        found = text.find(t, at)
        start = found if found >= 0 else at
        spans.append((start, start + len(t)))
        at = start + len(t)
    heard = [voice.at(st, en)[0] for st, en in spans]
    own = [v == "own" for v in heard]
    marks = {w.lower() for s in voice.spans if s.verb for w in (s.verb + " " + s.speaker).split()} \
        - (pack.naming.closed - pack.voice.speaker_pronouns)  # not the "of" and "the" of "families of the
    # wounded men", which stand anywhere
    verbs = {s.verb.lower() for s in voice.spans if s.verb}
    anchors = [i for i, t in enumerate(toks) if own[i] and t.lower() in marks]
    tail: set[int] = set()  # a trailing frame's own words after its verb, up to a comma or a clause of its own:
    stops = pack.polarity.subordinators | pack.voice.frame_tail_stops  # "… told the magazine exclusively
    for k in (i for i in anchors if toks[i].lower() in verbs):  # for their Web site."
        rest = range(k + 1, next((j for j in range(k + 1, len(toks)) if toks[j] in (",", ";")
                                  or toks[j].lower() in stops), len(toks)))
        if all(own[j] for j in range(k + 1, len(toks))):
            tail.update(rest)
    return {i for i in range(len(toks)) if own[i] and any(abs(i - k) <= FRAME_REACH for k in anchors)} | tail \
        | {j for i, t in enumerate(toks) if heard[i] != "quoted" and t.lower() in verbs
           for j in (i - 1, i) if j >= 0 and (j == i or toks[j].lower() in marks | pack.voice.speaker_pronouns)}
    # (a frame in another's content, "The coroner said he believes …": its verb and its speaker right
    # before it are a frame's words too)


def frame_for_words(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """One side a frame of saying with a finite verb, the other at most two words with no verb
    and none of its words ("Biloxi, Coroner Gary Hargrove said." / "Biloxi, Miss."): a frame
    dropped and a descriptor added, not one word for another."""
    def words(span: list[str]) -> set[str]:
        return {token_key(t) for t in word_tokens(span)}

    frame, other = (before, after) if _saying(before, pack) else (after, before)
    if not (_saying(frame, pack) and finite(frame, pack)) or _saying(other, pack) \
            or not 0 < len(word_tokens(other)) <= FRAME_FOR_WORDS_MAX:
        return False
    tags = pack.tagger(tuple(word_tokens(other))) if pack.tagger is not None else ("VB",)
    return not any(tag.startswith("VB") or tag == "MD" for tag in tags) and not words(frame) & words(other) \
        and letters(" ".join(other)) not in letters(" ".join(frame))  # "say-the" / "say – the"


def _saying(span: list[str], pack: LanguagePack) -> bool:
    """Whether a span holds a verb of saying."""
    return any(t.lower() in pack.voice.reporting_verbs for t in span)


def _frame_apart(span: list[str], other: list[str], pack: LanguagePack) -> tuple[list[str], list[str]] | None:
    """`span` split at its last comma into words and a trailing frame of saying (", the NYPD
    said", ", said the company"), when the other side is short and says nothing of saying: the
    words are one change and the frame another ("DWI, the NYPD said" / "driving while
    intoxicated": a spelling, and an attribution dropped), not one word choice. With no other
    side, the words were added or dropped with the frame ("and DWI, the NYPD said": a descriptor
    and an attribution), unless the words are a role apposed to the frame's speaker."""
    if _saying(other, pack) or len(word_tokens(other)) > FRAME_FOR_WORDS_MAX or "," not in span:
        return None
    cut = len(span) - 1 - span[::-1].index(",")
    words, frame = span[:cut], span[cut + 1:]
    if not word_tokens(words) or _saying(words, pack) or not _saying(frame, pack) or not finite(frame, pack) \
            or len(word_tokens(frame)) > FRAME_FOR_WORDS_MAX:
        return None
    people = pack.voice.role_words | pack.voice.speaker_nouns | pack.voice.person_nouns
    if not other and (frame[-1].lower() in pack.voice.complementizers or words[-1].lower() in people):
        return None  # "The team's general manager, A.J. Smith said that": a role apposed, one frame
    return words, frame


def frame_parts(before: list[str], after: list[str], va: SentenceVoice | None, vb: SentenceVoice | None,
                 pack: LanguagePack) -> list[tuple[tuple[list[str], list[str]], str]]:
    """A change whose longer side ends in a frame of saying, as two changes (see `_frame_apart`):
    the words for the other side's words, and the frame dropped or added; the frame's kind is
    "attribution dropped" / "added" when the other sentence names nobody as saying it, else left
    to `classify` (an empty kind)."""
    if split := _frame_apart(before, after, pack):
        words, frame = split
        if framed_elsewhere(va, vb):
            return [((words, after), "")]  # '…, Henry said, "We met …' / '"We met …' after "His exact words:"
        return [((words, after), ""), ((frame, []), "attribution dropped" if said_by_nobody(vb) else "")]
    if split := _frame_apart(after, before, pack):
        words, frame = split
        if framed_elsewhere(vb, va):
            return [((before, words), "")]
        return [((before, words), ""), (([], frame), "attribution added" if said_by_nobody(va) else "")]
    return []


def same_verb(before: Sequence[str], after: Sequence[str], pack: LanguagePack = ENGLISH) -> bool:
    """Whether two frames' words are one verb in another tense, "that" aside ("said" / "says",
    "told" / "tells", "say" / "said that"): a house style of tense, not a choice of verb."""
    def lemmas(span: Sequence[str]) -> list[str]:
        return [lemma(t.lower(), "VB") for t in word_tokens(list(span)) if t.lower() not in pack.voice.complementizers]
    return bool(lemmas(before)) and lemmas(before) == lemmas(after)


def plain_for_plain(before: Sequence[str], after: Sequence[str], pack: LanguagePack = ENGLISH) -> bool:
    """Whether two frames' verbs of saying are both plain ones ("she added" / "DeGeneres said",
    "told a news conference" / "said", "stated" / "said": the pack's `neutral_attribution`, in
    any tense): style guides' neutral verbs, no framing move ("said" / "claimed" is one)."""
    plain = {lemma(v, "VB") for v in pack.neutral_attribution}
    def verbs(span: Sequence[str]) -> set[str]:
        return {lemma(t.lower(), "VB") for t in word_tokens(list(span)) if t.lower() in pack.attribution_verbs}
    a, b = verbs(before), verbs(after)
    return bool(a) and bool(b) and a | b <= plain


def claim_with_frame(span: list[str], pack: LanguagePack) -> bool:
    """Whether a span dropped or added holds a claim after its verb of saying, a verb of its own
    ("but the navy says it fired in self-defence") or a quotation after it ('he responded "Yes."'):
    a clause, not only an attribution ("the Navy said", "said it", "He said that", "Felt told
    attorney John O'Connor")."""
    words = word_tokens(span)
    verb = max((i for i, w in enumerate(words) if w.lower() in pack.attribution_verbs), default=None)
    tail = words[verb + 1:] if verb is not None else []
    said = max((i for i, w in enumerate(span) if w.lower() in pack.attribution_verbs), default=len(span))
    quoted = next((i for i in range(said + 1, len(span)) if span[i] in pack.voice.quote_marks), None)
    if quoted is not None and any(w[:1].isalnum() for w in span[quoted + 1:]):
        return True  # 'he responded "Yes."': the words said come with the frame
    return len(tail) >= CLAUSE_TOKENS - 1 and has_verb(tail, pack)  # (not "which it said was")


def second_speaker(before: list[str], after: list[str], va: SentenceVoice | None, vb: SentenceVoice | None,
                    pack: LanguagePack) -> bool:
    """Whether words only dropped (or only added) hold a whole frame of a speaker the other sentence
    does not frame ("…, court sources said." dropped where both credit the pilots): a frame
    dropped, not one speaker's frame written another way (nor a body's for the document the other
    frames: '"…," a statement reads' / '"…," the company said in a statement')."""
    if bool(before) == bool(after):
        return False
    words = {w.lower() for w in word_tokens(before or after)}
    here, there = (va, vb) if before else (vb, va)
    theirs = {s.speaker.split()[-1].lower() for s in (there.spans if there else ()) if s.speaker}
    if theirs & pack.sources.body_documents:
        return False
    return any(s.verb and s.speaker and s.verb.lower() in words and s.speaker.split()[-1].lower() in words
               and s.speaker.split()[-1].lower() not in theirs for s in (here.spans if here else ()))
