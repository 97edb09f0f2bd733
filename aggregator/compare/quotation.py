"""Quotation marks: which words of a report are inside a quotation, and who speaks each one.

Split from `compare/voice.py`, which reads the frames of saying; a quotation may span sentences
and paragraphs, so the marks are paired over the whole report ("…", “…”, «…», 「…」, ‘…’, German
„…“), and its owner is the frame around it, a titled person named before it, or the frame of the
next sentence. A short all-capitalised quotation nobody is said to say is a title, nobody's words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from .language import LanguagePack
from .params import (
    LEAD_IN_WORDS,
    QUOTE_LOOKAHEAD_PARAGRAPHS,
    QUOTE_LOOKAHEAD_SPOKEN,
    QUOTED_SUBJECT_WORDS,
    TITLE_QUOTE_WORDS,
)
from .phrases import named_mentions
from .speaker_heads import has_verb
from .speaker_names import speaker_text
from .speakers import FINITE, adverb


@cache
def _role_name(role_words: frozenset[str]) -> re.Pattern:
    """A role word and the capitalised name after it ("assistant district attorney Gail Fairman")."""
    return re.compile(r"\b(?i:" + "|".join(sorted((re.escape(r) for r in role_words), key=len, reverse=True))
                      + r")\s+((?:[A-Z][\w’'-]+\s){0,2}[A-Z][\w’'-]+)")


def quotation_owners(texts: list[str], paragraphs: list[int], frames, lp: LanguagePack,
                     lead_ins: list[str]) -> tuple[list[list[tuple[int, int, int]]], dict[int, str]]:
    """The quotations of a report's sentences (`quote_spans`) and who speaks each, by id. The
    paragraphs of a quotation of several go on in one voice: a paragraph framed itself is its
    frame's; one that is not takes the speaker of the paragraph before it, or else of the next
    one's frame ('"Nobody told us why.' then '"We will look into it," Ana Ruiz said.'). A whole
    sentence of quotation that nothing else gives a speaker goes on in the voice of the sentence
    before it when that one is wholly someone's quotation."""
    continued: dict[int, int] = {}  # a quotation's paragraph → the paragraph it goes on from
    quotes = quote_spans(texts, paragraphs, lp, continued)
    parts: dict[int, list[tuple[int, int, int]]] = {}
    for i, marked in enumerate(quotes):
        for a, b, q in marked:
            parts.setdefault(q, []).append((i, a, b))
    then = {before: after for after, before in continued.items()}
    speaker_of: dict[int, str] = {}
    for qid, where in parts.items():  # in reading order: a paragraph after the one it continues
        goes_on = speaker_of.get(continued.get(qid, -1), "")
        if not goes_on and qid in then:
            goes_on = framed_owner(texts, frames, parts[then[qid]], lp, quotes)
        speaker_of[qid] = quote_owner(texts, paragraphs, frames, where, lp, lead_ins, goes_on, qid in then, quotes)
    for qid in reversed(parts):  # still nobody's: the speaker of the paragraph it goes on into
        if not speaker_of[qid] and qid in then:
            speaker_of[qid] = speaker_of[then[qid]]
    for qid, where in parts.items():  # still nobody's: '"…," SEACOM said.' '"…."' '"…."'
        if not speaker_of[qid]:
            speaker_of[qid] = _after_whole_quotation(texts, paragraphs, quotes, where, speaker_of)
    return quotes, speaker_of


def _after_whole_quotation(texts: list[str], paragraphs: list[int], quotes, where: list[tuple[int, int, int]],
                           speaker_of: dict[int, str]) -> str:
    """The speaker of the sentence before a quotation that is a whole sentence, closed, when that
    sentence is wholly one quotation of someone's (a statement quoted sentence after sentence)."""
    first, a, _ = where[0]
    last, _, end = where[-1]
    if a > 1 or not first or paragraphs[first] - paragraphs[first - 1] > 1 \
            or end < len(texts[last].rstrip()) - 1 or texts[last][end - 1:end] not in CLOSING:
        return ""
    before = texts[first - 1].rstrip()
    return next((speaker_of.get(q, "") for a0, b0, q in quotes[first - 1] if a0 <= 1 and b0 >= len(before) - 1), "")


def framed_owner(texts, frames, parts: list[tuple[int, int, int]], lp: LanguagePack,
                 quotes: list[list[tuple[int, int, int]]] | None = None) -> str:
    """The speaker of a frame in a sentence the quotation touches whose verb lies outside it and
    which does not open inside another quotation of the sentence (`quotes`: each sentence's); of
    several, the one whose content holds it, nearest first. A frame whose content does not hold it
    does not own one in a relative clause after its speaker (", which …")."""
    for i, a, b in parts:
        # a frame inside another quotation speaks only there ('"LaRue had stressed that …," Magruder
        # wrote in his book, "An American Life."': the title is not LaRue's)
        others = quotes[i] if quotes is not None else []
        outside = [f for f in frames[i] if f[2] and not (a <= f[3] < b)
                   and not any(a0 <= f[0] < b0 and a0 <= f[3] < b0 for a0, b0, _ in others)]
        holding = [(verb_at, who) for start, stop, who, verb_at in outside if start <= a and b <= stop
                   and not _credit_at(texts[i], verb_at, lp)]  # "according to the Post": a credit
        if holding:  # the frame whose content holds it, the nearest verb first: 'When X asked …, Y
            # answered, "Yes."' is Y's; "Police said the man told them, "…"" the man's
            return min(holding, key=lambda h: abs(h[0] - a))[1]
        rels = "|".join(sorted(lp.naming.relatives - lp.voice.complementizers))
        outside = [f for f in outside if not (f[3] < a and re.search(rf",\s+(?:{rels})\b", texts[i][f[3]:a], re.I))]
        if outside:  # (not one in a relative clause after the speaker: "according to the Foundation,
            return outside[0][2]  # which awarded her its "genius" grants" is the outlet's word)
        text = texts[i].rstrip()
        if len(parts) == 1 and b >= len(text) - 1 and text[-1:] not in CLOSING:
            # left open in its one sentence with a trailing frame inside: the closing mark before
            # ", X said." was lost ('"Officers found a gun …, Troy police Lt. Gerry Scherlinck said.')
            trailing = [who for start, stop, who, verb_at in frames[i]
                        if who and start <= a and stop <= verb_at and text[:stop + 1].rstrip().endswith(",")]
            if trailing:
                return trailing[0]
    return ""


def opens_right_after(toks, k: int, lp: LanguagePack) -> bool:
    """Whether a quotation opens right after the verb at `k`, maybe past a comma or colon and at
    most one particle ('the protesters shouted, "…"', 'chanted "…"', 'yelled back: "…"'): what a
    verb of a manner of speaking frames, as it does a quotation right before it."""
    j = k + 2 if k + 2 < len(toks) and toks[k + 1][0].isalpha() and toks[k + 1][0].islower() else k + 1
    if j < len(toks) and toks[j][0] not in (",", ":"):
        j -= 1  # 'The protesters chanted "murderers out"': the quotation is the verb's object
    return j + 1 < len(toks) and opens_quote(toks[j + 1][0], lp) \
        and not (toks[j + 1][0] == '"' and sum(t == '"' for t, _, _ in toks[:j + 1]) % 2)  # '"She screamed," X said


def _credit_at(text: str, at: int, lp: LanguagePack) -> bool:
    """Whether the frame verb at `at` is the pack's credit word ("according to X"): a source
    credited, which speaks no quotation of its own."""
    credit = lp.voice.according_to[0]
    return text[at:at + len(credit)].lower() == credit


_LABEL = re.compile(r"\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*")


def _labelled_by_speaker(before: str, frames) -> str:
    """The speaker a quotation's label names: the words before its opening mark are only a name and
    a colon ('Haldeman: "Yes, sir.'), and the report has framed that name, or a fuller name ending
    in it, as a speaker in this sentence or before (a dialogue printed turn by turn); "" otherwise
    (a place or a heading is no speaker the report framed)."""
    label = _LABEL.fullmatch(before)
    if not label:
        return ""
    name = label.group("name")
    spoke = [who for found in frames for _, _, who, _ in found
             if who and (who == name or who.endswith(" " + name.split()[-1]))]
    return spoke[-1] if spoke else ""


def quote_owner(texts, paragraphs, frames, parts: list[tuple[int, int, int]], lp: LanguagePack,
                lead_ins: list[str] | None = None, goes_on: str = "", goes_on_later: bool = False,
                quotes: list[list[tuple[int, int, int]]] | None = None) -> str:
    """Who speaks a quotation: a frame in a sentence it touches whose verb lies outside it
    ("…,” said Mao Ning; of several, the one whose content holds it, nearest first), else the
    speaker of the paragraph it continues (`goes_on`: a quotation of several paragraphs; one that
    `goes_on_later` ends where its paragraph does), else the
    speaker the sentence before introduces (`lead_ins`: "Mr Gates told the conference:",
    "DeGeneres tweeted Friday."), else a titled person named before it in its first sentence
    ("Chinese leader Xi Jinping … calling for “…”"), else the speaker a sentence of its own names
    alone after a quotation ending in a comma, a question or an exclamation mark ('"…they're
    wild,"' then 'Mr. McPhatter said.'), else the speaker of the quotation before it, else the
    frame of the next sentence of its paragraph."""
    first, a, _ = parts[0]
    if len(parts) == 1 and a > 0 and _a_title(texts[first][a:parts[0][2]]) \
            and not _said_before(texts[first][:a], lp):  # mid-sentence, not 'he responded, "Yes."'
        return ""  # 'Weitz, who directed "The Golden Compass," is …, sources say': a title in what they say
    if owner := framed_owner(texts, frames, parts, lp, quotes) or goes_on:
        return owner
    if lead_ins and a <= 1 and first > 0 and lead_ins[first - 1] and paragraphs[first] - paragraphs[first - 1] <= 1:
        return lead_ins[first - 1]  # 'Mr Gates told the security conference:' then '"The need for …"'
    if len(parts) == 1 and _a_title(texts[first][a:parts[0][2]]):
        return ""  # his movie “Ted”, the “Mexico City” rule: a title or a name, nobody's words
    before = texts[first][:a]
    if labelled := _labelled_by_speaker(before, frames[:first + 1]):
        return labelled  # 'Nixon asks: "Somebody in the FBI?"' then 'Haldeman: "Yes, sir.': Haldeman's
    if (regarded := lp.voice.regarded_by_as.search(before)) and not _a_title(texts[first][a:parts[0][2]]):
        return speaker_text([(w, 0, 0) for w in regarded.group(1).split()], lp)  # 'treated by police as "…"'
    if lp.voice.sign_reading.search(before):
        return ""  # 'unfurling banners reading "…"': words written on a thing, not the next speaker's
    titled = [m for m in named_mentions(before, lp.naming) if m.titled and m.role]  # not a bare "Mr.": anyone
    if titled:
        name = titled[-1].full
        return "" if _subject_after(before, name, lp) or _described(before, name, lp) else name
    role_named = _role_name(lp.voice.role_words - lp.naming.honorifics).findall(before)
    if role_named:  # "assistant district attorney Gail Fairman described … as a “…”"
        name = role_named[-1]
        return "" if _subject_after(before, name, lp) or _described(before, name, lp) else name
    last, _, end = parts[-1]
    following = texts[last + 1] if last + 1 < len(texts) else ""
    if lead_ins and following and lead_ins[last + 1] and paragraphs[last + 1] - paragraphs[last] <= 1 \
            and end >= len(texts[last].rstrip()) - 1 \
            and texts[last][:end].rstrip("".join(CLOSING)).endswith((",", "?", "!")):
        return lead_ins[last + 1]  # '"…they're wild,"' then 'Mr. McPhatter said.' (a corpus split the frame off;
        # after '?' or '!' a splitter does: '"Would we have won without him?"' then 'the coach asked.')
    # closed, or left open at its sentence's end with no quotation opening next (a paragraph's
    # last words: '"I am sorry," he said.' then '"I will not bring dishonor.' then narration)
    closed = goes_on_later or texts[last][end - 1:end] in CLOSING or end >= len(texts[last].rstrip()) - 1 \
        and not (following and opens_quote(following.lstrip()[:1], lp))
    # it opens its sentence (maybe after a short lead of when or where: 'Later in the afternoon, "I
    # went back …"'), right after a sentence of the same or the previous paragraph
    after_previous = _opens_sentence(before, lp) and first > 0 and paragraphs[first] - paragraphs[first - 1] <= 1
    if after_previous and closed:
        # sentences that are one quotation (closed, or open at a paragraph's end), after a
        # quotation with its own frame ('"…," he told E!'): the same speaker goes on, whoever
        # frames the next one
        before = texts[first - 1]
        owner = next((who for start, stop, who, verb_at in frames[first - 1]
                      if who and start == 0 and verb_at >= stop
                      and (who.lower() not in lp.voice.speaker_pronouns  # an unresolved "she" too (the same
                           or not inside_quotation(before[:verb_at], lp))  # she), when she frames it from outside
                      and not _credit_at(before, verb_at, lp)  # '"…?" she said, according to her website.'
                      and (opens_quote(before.lstrip()[:1], lp) or before[:stop].rstrip()[-1:] in CLOSING)), "")
        # … or after a frame that opens a quotation running to the end of its sentence ('Dungy
        # added: "It's been a long fight.' then '"I like where we are."': a quotation of several
        # paragraphs, each opened again)
        # (or whose words end in a quotation: 'Fowler said Kirkpatrick is "not doing very well."';
        # of several, the last verb: 'When X asked …, Y answered, "Yes."' is Y's)
        owner = owner or max(((verb_at, who) for start, stop, who, verb_at in frames[first - 1]
                              if who and who.lower() not in lp.voice.speaker_pronouns and verb_at < start
                              and stop >= len(before.rstrip()) - 1
                              and (_quotation_opens(before, verb_at, start, lp)
                                   or before.rstrip(" .")[-1:] in CLOSING
                                   and any(opens_quote(ch, lp) for ch in before[start:stop]))), default=(0, ""))[1]
        if owner:
            return owner
    if following and paragraphs[last + 1] - paragraphs[last] <= 1 and end >= len(texts[last]) - 2 \
            and any(who for _, _, who, _ in frames[last + 1]) and not following.rstrip().endswith(":"):
        # (a lead-in ending in a colon, "Hugh Hefner was reported as saying about Page:", introduces
        # the quotation after it, not the one before)
        # not a frame that opens a quotation of its own ('Y said, "…"' speaks that one); a frame
        # that reports speech in its own words only for a speaker who spoke before the quotation,
        # or when nobody did (a report opening on a quotation, then its speaker: "Kenneth Dorsey
        # says …"); else a new one is being introduced ("The Rev. Terry Lee, who runs …, said …")
        quoting = any(opens_quote(ch, lp) for ch in following)
        earlier = set() if quoting else {w.split()[-1] for frs in frames[:first] for _, _, w, _ in frs if w}
        spoken = [f for f in frames[last + 1] if not _credit_at(following, f[3], lp)]
        # ("According to a 1997 article in Ebony, Benjamin said …": she speaks, the article is where)
        read = spoken if any(w for _, _, w, _ in spoken) else frames[last + 1]
        owner = next((who for start, _, who, verb_at in read
                      if who and not (start > verb_at and opens_quote(following[start:start + 1], lp))
                      and not any(s0 <= verb_at < e0 and v0 < s0 and opens_quote(following[s0:s0 + 1], lp)
                                  for s0, e0, _, v0 in frames[last + 1])  # a frame inside one's quotation
                      and (quoting or not earlier or who.split()[-1] in earlier)), "")
        if owner:
            return owner
    if after_previous and texts[last][end - 1:end] in CLOSING and end >= len(texts[last].rstrip()) - 1:
        return _paraphrase_owner(texts[first - 1], frames[first - 1], lp)  # a quotation alone after a paraphrase
    return ""


def _opens_sentence(before: str, lp: LanguagePack) -> bool:
    """Whether a quotation opens its sentence: nothing before it, or a short lead set off by a
    comma with no verb and no name ("Later in the afternoon,", "At first,"): the quotation's
    speaker is not introduced there, so the sentences around it say who speaks."""
    lead = before.strip()
    if len(lead) <= 1:
        return True
    words = re.findall(r"[\w'’-]+", lead)
    return lead.endswith(",") and len(words) <= LEAD_IN_WORDS and lead[:1].isupper() \
        and not any(w[:1].isupper() for w in words[1:]) and not has_verb(words, lp)


def _said_before(before: str, lp: LanguagePack) -> bool:
    """Whether a verb of saying, maybe with an adverb or a comma or colon, is right before a
    quotation ('he responded "Yes."', 'Armstead quietly answered, "Yes."'): speech, not a title."""
    words = re.findall(r"[\w’'-]+", before)
    saying = lp.voice.reporting_verbs | lp.voice.quotation_verbs  # 'the driver yelled, "Stop!"' too
    return bool(words) and (words[-1].lower() in saying
                            or len(words) > 1 and words[-2].lower() in saying and adverb(words[-1], lp))


def _quotation_opens(text: str, verb_at: int, start: int, lp: LanguagePack) -> bool:
    """The words a frame reports open with a quotation mark, maybe after a few words that end
    in a colon or a comma ('said tonight: "…', 'told reporters on Friday, "…')."""
    if any(opens_quote(ch, lp) for ch in text[verb_at:start + 1]):
        return True
    mark = next((j for j in range(start, len(text)) if opens_quote(text[j], lp)), -1)
    lead = text[start:mark].strip() if mark > start else ""
    return bool(lead) and lead[-1] in ":," and len(lead.split()) <= 3


def _paraphrase_owner(before: str, frames, lp: LanguagePack) -> str:
    """The speaker of a sentence that reports speech in the outlet's words and holds no quotation,
    for the quotation after it that no frame claims ("The director denied reports that …" then
    "“Contrary to what has been reported, …”"): a quotation after a paraphrase goes on in the
    paraphrased speaker's own words. Only a verb by which a speaker says something in words
    (the pack's `paraphrase_verbs`: "said", "told", "denied"; not "asked her to", "suggests"),
    never a pronoun left unresolved, gives an owner."""
    if any(opens_quote(ch, lp) for ch in before):
        return ""
    said = [(verb_at, who) for _, _, who, verb_at in frames
            if who and who.lower() not in lp.voice.speaker_pronouns
            and (re.match(r"[\w’'-]+", before[verb_at:]) or [""])[0].lower() in lp.voice.paraphrase_verbs]
    return max(said)[1] if said else ""


def _subject_after(before: str, name: str, lp: LanguagePack) -> bool:
    """Whether another capitalised word after `name` is followed by a finite verb (by the pack's
    tagger): "After bidding farewell to director Catherine Hardwicke, Meyer went on to … let fans
    know that “…”" is Meyer's clause, not the director's."""
    at = before.rfind(name)
    words = re.findall(r"[\w’'.-]+|[^\w\s]", before[at + len(name):] if at >= 0 else "")
    if lp.tagger is None or len(words) < 2:
        return False
    tags = lp.tagger(tuple(words))
    return any(w[:1].isupper() and nxt[:1].islower() and tag in FINITE
               for w, nxt, tag in zip(words, words[1:], tags[1:]))


def _described(before: str, name: str, lp: LanguagePack) -> bool:
    """Whether a verb "to be" follows `name`, or a passive of naming or viewing comes after it:
    the quotation says what the person is, in someone else's words ('Dr. Benjamin isn't "in a
    specialty that would do abortion"', '… was described in a profile as a "…"')."""
    at = before.rfind(name)
    after = [w.lower() for w in re.findall(r"[\w’'-]+", before[at + len(name):])] if at >= 0 else []
    passives = (lp.voice.naming_verbs - lp.voice.naming_participles) | lp.voice.view_verbs  # not "was calling"
    if any(w in lp.voice.be_forms and after[i + 1] in passives for i, w in enumerate(after[:-1])):
        return True  # 'Mr. LaRue … was described in a 1972 profile as a "Faulknerian character"': theirs
    words = re.findall(r"[\w’'-]+", before[at + len(name):])[:3] if at >= 0 else []
    words = [w for w in words if w.lower() not in lp.polarity.negations]  # "is not", "is never"
    if not words or re.sub(r"n[’']t$", "", words[0].lower()) not in lp.voice.be_forms:
        return False
    # "was calling for “…”", "is quoted as": an auxiliary before a participle, not what she is
    return len(words) < 2 or lp.tagger is None or lp.tagger(tuple(words[:2]))[1] not in ("VBG", "VBN")


# Marks that close a quotation (an unclosed one runs on into the next paragraph, by convention).
CLOSING = frozenset('"”’»\'')


def _a_title(quoted: str) -> bool:
    """A short quotation whose every word is capitalised: a title or a name ("Ted", "The Secret
    Man"), not speech."""
    words = re.findall(r"[^\W\d_][\w’'-]*", quoted)
    return 0 < len(words) <= TITLE_QUOTE_WORDS and all(w[:1].isupper() for w in words)


def quote_spans(texts: list[str], paragraphs: list[int], lp: LanguagePack,
                continued: dict[int, int] | None = None) -> list[list[tuple[int, int, int]]]:
    """For each sentence, the [start, end) spans inside quotation marks, with a quotation id.

    A quotation of several paragraphs opens each again and closes only the last ('X said: "… .'
    then '"…' then '… ."'); each paragraph's part keeps its own id, and `continued` (when given)
    maps it to the id of the part before it, whose speaker it continues unless framed itself.
    """
    marks: list[tuple[int, int, str, str]] = []  # (sentence, offset, kind: open/close/either, char)
    for i, text in enumerate(texts):
        for k, ch in enumerate(text):
            kind = _mark_kind(text, k, ch, lp)
            if kind:
                marks.append((i, k, kind, ch))
    spans: list[list[tuple[int, int, int]]] = [[] for _ in texts]
    open_at: tuple[int, int, str] | None = None
    link: int | None = None  # the id of the part the open quotation continues
    links = continued if continued is not None else {}
    for i, k, kind, ch in marks:
        if open_at is None:
            if kind in ("open", "either"):
                open_at, link = (i, k, ch), None
            elif _orphan_closer(texts[i], k, spans[i]):
                _add_span(spans, texts, paragraphs, i, 0, i, k + 1)
            continue
        oi, ok, och = open_at
        if ch == "'" and och != "'" or ch in "‘’" and och in '“"':
            continue  # 'Police "locked down" …' with the marks the other way: a quotation inside one
        if kind in ("close", "either") and closes_quote(och, ch, lp):
            limit = QUOTE_LOOKAHEAD_SPOKEN if och == "“" and ch == "”" else _lookahead(texts, paragraphs, oi, i, lp)
            # (curly marks say which way they face: "“I heard … screaming" four lines before "… where
            # to go.”" is one quotation, no stray mark; no double mark stands between the two)
            _link(links, _add_span(spans, texts, paragraphs, oi, ok, i, k + 1, limit), link)
            if paragraphs[i] - paragraphs[oi] > limit and _orphan_closer(texts[i], k, spans[i]):
                _add_span(spans, texts, paragraphs, i, 0, i, k + 1)  # too far to pair: its own sentence is quoted
            open_at = None
        elif kind == "open" and och == ch == '"' and (oi == i and texts[i].count('"') % 2 == 0
                                                     or texts[i][k - 2:k] == ", " and texts[i][k + 1:k + 2].islower()):
            # in a sentence with an even number of straight marks the second closes the first,
            # whatever space the text put before it ('"Twilight "author Stephenie Meyer'); an odd
            # number is a quotation inside one ('"I said, "I'm glad …."') or one left open; a
            # mark after a comma and a space, before a lower-case word, closes ('…this, "said X')
            _link(links, _add_span(spans, texts, paragraphs, oi, ok, i, k + 1), link)
            open_at = None
        elif kind == "open":
            before = _add_span(spans, texts, paragraphs, oi, ok, i, k)  # a new quotation starts: end the old
            _link(links, before, link)
            link = before if och == ch and _continues(texts, paragraphs, oi, i, k) else None
            open_at = (i, k, ch)
    if open_at is not None:
        oi, ok, _ = open_at
        _link(links, _add_span(spans, texts, paragraphs, oi, ok, oi, None), link)
    return spans


def _link(links: dict[int, int], qid: int, before: int | None) -> None:
    if before is not None:
        links[qid] = before


def _continues(texts: list[str], paragraphs: list[int], oi: int, i: int, k: int) -> bool:
    """An opening mark that starts a paragraph while the quotation opened in sentence `oi` is
    still open at the end of the paragraph before it (within the look-ahead), which introduces
    nothing ("The judge had advice for him:" then '"Do not trust …')."""
    return i > oi and not texts[i][:k].strip() and paragraphs[i] > paragraphs[i - 1] \
        and paragraphs[i] - paragraphs[oi] <= QUOTE_LOOKAHEAD_PARAGRAPHS and not texts[i - 1].rstrip().endswith(":")


def _orphan_closer(text: str, k: int, earlier: list[tuple[int, int, int]]) -> bool:
    """A closing mark after the end of a clause with no quotation open, the sentence's first mark
    ('…, which is to work it out,” says one.'): the opening mark was lost (a page's markup, a
    quotation whose opening sentence was cut), and the words before it are still the quotation's."""
    return k > 1 and text[k - 1] in ",.!?" and not earlier and text[k] in "”\"»"


def _mark_kind(text: str, k: int, ch: str, lp: LanguagePack) -> str:
    if ch in lp.voice.quote_pairs and not (ch == "“" and _glued_closer(text, k)):
        return "open"
    if ch in lp.voice.quote_pairs.values():
        return "close"
    if ch == '"':
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        if before.isspace() or before in "([{—–-:/" and not after.isspace():
            return "open"
        if after.isspace() or after in ".,;:!?)]}—–-":
            return "close"
        return "either"
    if ch == "'":
        return _straight_single(text, k)
    if ch == "‘" and (k == 0 or not text[k - 1].isalnum()):
        closer = text.find("’", k + 1)
        while closer >= 0 and closer + 1 < len(text) and text[closer + 1].isalpha():
            closer = text.find("’", closer + 1)  # an apostrophe (don’t), not the closing mark
        return "open" if closer > k else ""
    if ch == "’" and k + 1 <= len(text) and (k + 1 == len(text) or not text[k + 1].isalpha()) \
            and "‘" in text[:k]:
        return "close"
    return ""


def _straight_single(text: str, k: int) -> str:
    """A straight single quotation mark ("Reid claimed she was a 'social drinker'"): it opens after
    a space or the sentence's start, before a letter, when a closing one follows in the sentence;
    it closes after a letter or punctuation, before a space, punctuation or the end. An apostrophe
    has a letter on both sides ("don't"); a plural's ("the players' union") closes nothing, so a
    quotation ending in "s'" is left out; "the '90s" has no closing mark."""
    if (k == 0 or text[k - 1].isspace() or text[k - 1] in "([{—–-") and k + 1 < len(text) and text[k + 1].isalpha():
        return "open" if any(_single_closes(text, j) for j in range(k + 2, len(text)) if text[j] == "'") else ""
    return "close" if _single_closes(text, k) else ""


def _single_closes(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    return text[j - 1] not in " s" and (text[j - 1].isalpha() or text[j - 1] in ".,!?") \
        and (after.isspace() or after in ".,;:!?)]}—–")


def mended(text: str, lp: LanguagePack) -> str:
    """`text` as the frames are read, the same length so offsets hold: misused closing marks made
    closing (`mended_closers`), and "had this to say" read as "said", padded to its length ("Coach
    Ann Lee had this to say:", "producers had this to say about their choice, "…"")."""
    return re.sub(lp.voice.had_to_say, lambda m: "said".ljust(len(m.group(0))), mended_closers(text))


def mended_closers(text: str) -> str:
    """`text` with each opening mark written where a closing one belongs made a closing mark, the
    same length so offsets hold: one before a comma or a full stop ('… there goes the orchestra “,
    the comedian said'), or glued to the word before it and followed by a space or the end ('“We
    won,“ she said'). No quotation opens that way."""
    if "“" not in text:
        return text
    chars = list(text)
    for k, ch in enumerate(chars):
        after = text[k + 1:k + 2]
        if ch == "“" and not _glued_closer(text, k) and (after in (",", ".", ";") or k > 0 and (
                text[k - 1].isalnum() or text[k - 1] in ".,!?") and (not after or after.isspace())):
            chars[k] = "”"
    return "".join(chars)


def _glued_closer(text: str, k: int) -> bool:
    """German-style „…“ uses “ as the closer; elsewhere “ always opens."""
    return "„" in text[:k]


def opens_quote(ch: str, lp: LanguagePack) -> bool:
    """An opening quotation mark of the pack, or the straight double quote (it opens and closes)."""
    return ch in lp.voice.quote_pairs or ch == '"'


def closes_quote(opener: str, ch: str, lp: LanguagePack) -> bool:
    """Whether the mark `ch` closes a quotation opened by `opener` (a straight mark closes a curly
    one and back; the pack's pairs for the rest)."""
    if opener == '"':
        return ch in '"”'
    if opener == "'":
        return ch == "'"
    if opener == "‘":
        return ch == "’"
    return ch == lp.voice.quote_pairs.get(opener) or ch == '"' or (opener == "“" and ch == "”")


def person_words(text: str) -> set[str]:
    """The lower-case words of a text with its apostrophes straightened ("I’m" is "i'm"), to look
    for the words of a person speaking (the pack's `first_person_forms`)."""
    return {w.strip("'") for w in re.findall(r"[\w']+", text.lower().replace("’", "'"))}  # "'We …'": "we"


def _lookahead(texts: list[str], paragraphs: list[int], oi: int, ci: int, lp: LanguagePack) -> int:
    """How many paragraphs a quotation opened in sentence `oi` and closed in `ci` may cross: more
    when at least half the sentences between hold a word of the first person (a speaker's, not the
    report's)."""
    between = texts[oi + 1:ci]  # (beyond `QUOTE_LOOKAHEAD_SPOKEN` either limit cuts it: nothing to read)
    spoken = QUOTE_LOOKAHEAD_PARAGRAPHS < paragraphs[ci] - paragraphs[oi] <= QUOTE_LOOKAHEAD_SPOKEN and 2 * sum(
        bool(person_words(text) & lp.voice.first_person_forms)
        for text in between) >= len(between)
    return QUOTE_LOOKAHEAD_SPOKEN if spoken else QUOTE_LOOKAHEAD_PARAGRAPHS


def _add_span(spans, texts, paragraphs, oi: int, ok: int, ci: int, cend: int | None,
              limit: int = QUOTE_LOOKAHEAD_PARAGRAPHS) -> int:
    """Record a quotation from (sentence oi, offset ok) to (ci, cend), split per sentence; its id.

    One crossing a paragraph break is kept only within `limit` paragraphs (`_lookahead`); beyond
    that the opening mark was a stray one and the quotation ends with its own paragraph.
    """
    if cend is None or paragraphs[ci] - paragraphs[oi] > limit:
        last = max(j for j in range(oi, len(texts)) if paragraphs[j] == paragraphs[oi])
        ci, cend = last, len(texts[last])
    qid = sum(len(x) for x in spans) + 1000 * oi + ok
    for j in range(oi, ci + 1):
        start = ok if j == oi else 0
        end = cend if j == ci else len(texts[j])
        if end > start:
            spans[j].append((start, end, qid))
    return qid


def within_quotations(text: str, frames: list[tuple[int, int, str, int]],
                       quotes: list[tuple[int, int, int]]) -> list[tuple[int, int, str, int]]:
    """Frames whose verb is inside a quotation, cut to it: '"I think there's a chance of it," he
    said' reports "there's a chance of it" in the quotation's words, not "he said" after it (a
    frame the cut would leave with no word stays as it was)."""
    out = []
    for start, end, who, at in frames:
        inside = next(((a, b) for a, b, _ in quotes if a <= at < b), None)
        if inside is not None and any(ch.isalnum() for ch in text[max(start, inside[0]):min(end, inside[1])]):
            start, end = max(start, inside[0]), min(end, inside[1])
        out.append((start, end, who, at))
    return out


def spoken_quotation(toks, j: int, lp: LanguagePack) -> bool:
    """Whether a quotation opens at token `j` with a capital and holds a lower-case word before it
    closes: words said ('told the Daily News "The cops just jumped out …'), not a title ('told the
    "Harbour Post" she …')."""
    if j + 1 >= len(toks) or not opens_quote(toks[j][0], lp) or not toks[j + 1][0][:1].isupper():
        return False
    for t, _, _ in toks[j + 2:j + 2 + TITLE_QUOTE_WORDS]:
        if t in CLOSING:
            return False
        if t[:1].islower():
            return True
    return False


def quoted_pronoun(text: str, at: int, who: str, quotes: list[tuple[int, int, int]], lp: LanguagePack,
                    owners: Mapping[int, str] | None = None) -> str:
    """A frame inside a quotation whose subject is "he" or "she" keeps the pronoun: the quotation's
    speaker is the "I" of it, so "he" is someone the report does not name here ("He and I talked,
    and he told me I should go," McDermott said); one whose subject is "I" is the quotation's
    speaker (`owners`: each quotation's), whoever spoke last before it."""
    inside = [q for a, b, q in quotes if a <= at < b]
    if not inside or text[:at].rstrip()[-1:] in (",", '"', "”", "’", "'"):
        return who  # outside a quotation, or '…, "said President Sid Ganis': the speaker after the verb
    words = re.findall(r"\w+", text[:at])[-QUOTED_SUBJECT_WORDS:]
    owner = (owners or {}).get(inside[0], "")
    subject = next((w for w in reversed(words) if w.lower() in lp.voice.first_person | lp.voice.person_pronouns), "")
    if subject.lower() in lp.voice.first_person:
        # 'King said …, "He asked why, and I told him …"': King; "I just say …", "We should stop
        # saying …" too; in a quotation nobody is named as speaking, "I" is nobody the report names
        return owner
    return subject or who  # "he told", "he also said"


def inside_quotation(before: str, lp: LanguagePack) -> bool:
    """Whether the words after `before` are inside a quotation: an odd number of straight marks,
    or more opening curly marks than closing ones ('"They had argued, from what I was told, they
    argued," Dorsey told …')."""
    straight = before.count('"') % 2 == 1
    curly = sum(1 for ch in before if ch != '"' and opens_quote(ch, lp)) > sum(1 for ch in before if ch in "”»")
    return straight or curly
