"""Word changes inside aligned sentences: a token-level diff, each change classified.

Only sentences that are near copies of each other are diffed (token similarity at least
`NEAR_COPY_RATIO`, see `params`): the diff of two free paraphrases is noise, while the diff of a wire sentence and
its lightly edited republication is exactly where framing shows ("said" → "claimed").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import combinations

from ..models import Fact, Sentence, WordingChange
from . import numbers
from .change_frames import (
    attributing,
    claim_with_frame,
    frame_for_words,
    frame_parts,
    frame_tokens,
    framed_claim,
    framed_elsewhere,
    lone_frame,
    one_speaker,
    plain_for_plain,
    said_by_nobody,
    same_verb,
    second_speaker,
    verb_for_verb,
)
from .change_moves import one_date_moved, without_moves
from .change_spans import (
    classify,
    contracted,
    count_hedge,
    date_apart,
    finite,
    function_words_only,
    grammar_for_words,
    grammar_side_off,
    joined,
    letters,
    moved,
    name_for_phrase,
    negation,
    negation_parity,
    no_date_only_grammar,
    only_articles,
    only_punctuation,
    opcodes,
    plain_tokens,
    relative_for_other,
    set_off,
    token_key,
    tokens,
    trimmed,
    two_clauses,
    without_article,
    without_possessive,
    word_tokens,
)
from .evaluative import lemma
from .language import LanguagePack, language_pack
from .lexicon import has_date, is_date_word, is_number
from .names import is_given_name
from .params import (
    CLAUSE_TOKENS,
    CONTAINED_MIN_WORDS,
    DATE_INSIDE_WORDS,
    FRAME_APART_RATIO,
    NEAR_COPY_RATIO,
    UNIT_CONVERSION_SLACK,
    WORDING_CONFIDENCE,
    WORDING_CONFIDENCE_OTHER,
)
from .phrases import MIDDLE_INITIAL
from .speaker_heads import has_verb
from .voice import QUOTED, SentenceVoice

KINDS = (
    "attribution verb",  # said → claimed
    "attribution dropped", "attribution added",  # "…, the Navy said" dropped: the claim stands alone
    "hedge",  # a hedge added or removed (may, reportedly, so-called)
    "intensifier",  # seriously, grossly, extremely
    "negation",  # weren't → were, "didn't" added: the near copy says the opposite
    "number",  # 100 → 110
    "date",  # Tuesday → Monday, today → on Tuesday
    "descriptor dropped", "descriptor added",  # a few words, e.g. an adjective or title
    "clause dropped", "clause added",  # a longer span, e.g. an appositive or a purpose clause
    "word choice",  # any other replacement
    "spelling",  # organization → organisation; reported but not a framing difference
)


def wording_changes(facts: list[Fact] | tuple[Fact, ...], order: list[str], min_ratio: float = NEAR_COPY_RATIO,
                    voices: Mapping[tuple[str, int], SentenceVoice] | None = None) -> list[WordingChange]:
    """Changes between every pair of near-copy sentences of each fact, earlier outlet first.
    `voices` ((article id, index) → SentenceVoice), when given, lets two frames of one speaker
    differ in form ('said Jo Park' / 'Jo Park said in a statement') without a change listed: only
    their verbs are compared ("attribution verb"). Each change carries its kind's measured
    precision as its confidence (`params.WORDING_CONFIDENCE`); reports show those at or above
    `WORDING_SHOW`."""
    rank = {name: i for i, name in enumerate(order)}
    out: list[WordingChange] = []
    for fact in facts:
        sentences = sorted(fact.sentences, key=lambda s: rank.get(s.source, len(rank)))
        for a, b in combinations(sentences, 2):
            if a.text == b.text:
                continue  # copies: no word changes (issue 23: most pairs of a big event's facts)
            pack = language_pack(a.language)
            slots = pack.slots
            ta, tb = tokens(a.text, slots), tokens(b.text, slots)
            flipped = negation_parity(ta, pack) != negation_parity(tb, pack)  # one says the opposite
            # how near the two are is read on plain tokens (a time joined into one token would
            # make two reports of one time less alike); the changes on tokens that know times
            va = voices.get((a.article_id, a.index)) if voices else None
            vb = voices.get((b.article_id, b.index)) if voices else None
            if not _diffable(a.text, b.text, min_ratio) and not _frame_only_apart(a.text, b.text, va, vb):
                continue
            framed = (frame_tokens(a.text, ta, va, pack), frame_tokens(b.text, tb, vb, pack))  # each side's frame words
            frames = framed if one_speaker(va, vb, ta, tb, pack) else None
            found: list[WordingChange] = []
            for op, i1, i2, j1, j2 in opcodes(ta, tb, pack):
                if op == "equal":
                    continue
                comma = set_off(ta, i1, i2) or set_off(tb, j1, j2)  # set off by commas: a clause, however short
                before, after = trimmed(ta[i1:i2]), trimmed(tb[j1:j2])
                if only_punctuation(before) and only_punctuation(after) or _dash_typed(before, after):
                    continue  # "say-the" / "say – the", "clear-these" / "clear: These": punctuation
                if before and after and "\ufffd" in "".join(before + after):
                    continue  # a character the page's encoding lost ("4\ufffd" / "4½"): nothing to compare
                if only_articles(before + after, pack):
                    continue  # "the" added or "a" for "the": an edit, not a framing difference
                if before and after and (only_articles(before, pack) or only_articles(after, pack)):
                    # "a suburban Detroit" / "an", "Navy warship" / "the": the words dropped, the article grammar
                    before, after = without_article(before, pack), without_article(after, pack)
                if before and after and without_article(without_possessive(before), pack) \
                        == without_article(without_possessive(after), pack):
                    continue  # "NBA" / "NBA's", "EU" / "the EU's": grammar
                if contracted(before, after, pack):
                    continue  # "it is" / "it's": one wording, written two ways
                if before and after and _demonym_for_country(before, after, pack):
                    continue  # "the Indian warship" / "India's warship": one country, two grammars
                following = ta[i2:i2 + 1] + tb[j2:j2 + 1]
                if _name_style(before, after, following, pack):
                    continue  # "Andrew Luck" / "Luck", "Robyn Mendes" / "Ms. Mendes": how a name is written
                if bool(before) != bool(after):  # "GM Ed Stefanski" / "Stefanski": "GM" dropped, not "GM Ed"
                    before = _without_given_name(before, following, pack)
                    after = _without_given_name(after, following, pack)
                    if not before and not after:
                        continue
                before = _date_preposition_off(before, ta[i2:i2 + 1], pack)  # "title belts on" Saturday
                after = _date_preposition_off(after, tb[j2:j2 + 1], pack)
                if not before and not after:
                    continue
                frame_swap = bool(before and after) and frame_for_words(before, after, pack)
                if frame_swap and frames and set(range(i1, i2)) <= frames[0] \
                        and set(range(j1, j2)) <= frames[1]:
                    continue  # "Mr Ferguson said" / "said … researcher Paul Ferguson": one speaker's frame
                if before and after and (_figure_for_words(before, after, pack)
                                         or _date_for_words(before, after, pack)
                                         or frame_swap):
                    # "LaSalle, 36, was" / "LaSalle of Bloomington was": an age dropped and a place
                    # added, two descriptors, not one word for another; "killed … Wednesday" / "left
                    # … dead": a day dropped and a word added
                    for part_b, part_a, other in ((before, [], vb), ([], after, va)):
                        kind = classify(part_b, part_a, pack, "," in part_b + part_a, flipped)
                        if frame_swap and kind.startswith(("clause", "descriptor")) and said_by_nobody(other) \
                                and attributing(part_b + part_a, pack):
                            kind = "attribution dropped" if part_b else "attribution added"  # "…, X said" / "…, Miss."
                        found.append(WordingChange(
                            fact_id=fact.id, source_a=a.source, source_b=b.source, before=joined(part_b),
                            after=joined(part_a), kind=kind, sentence_a=a.text, sentence_b=b.text))
                    continue
                parts = frame_parts(before, after, va, vb, pack)
                if parts:  # "California, the Post stated" / "Calif.": a spelling, and the frame dropped
                    found += _changes_of(parts, fact.id, a, b, pack, flipped)
                    continue
                if not flipped and negation(before, after, pack):
                    continue  # "I didn't feel we were" / "I feel we weren't", "No gun" / "not": the negation moved
                lone = lone_frame(before, after, set(range(i1, i2)), set(range(j1, j2)), framed, va, vb, pack)
                if lone and framed_elsewhere(*lone):
                    continue  # '"…," DeGeneres said in a press release' / '"….': her quotation, framed in
                    # the next sentence: the frame moved, the words are still hers
                kind = classify(before, after, pack, comma, flipped)
                if kind == "word choice":
                    before, after = grammar_side_off(before, after, pack)
                    kind = classify(before, after, pack, comma, flipped) if not (before and after) else kind
                if kind in ("word choice", "attribution verb") and frames is None \
                        and _speaker_and_verb(before, after, pack):
                    # "operators' association said" / "employers claimed": two speakers, and the verb
                    # (one speaker's two frames are read below: only their verbs are compared)
                    verbs, who = (before[-1:], after[-1:]), (before[:-1], after[:-1])
                    plain = same_verb(*verbs, pack) or plain_for_plain(*verbs, pack)
                    parts = [] if plain else [(verbs, "attribution verb")]
                    if not function_words_only(*who, pack):
                        parts.append((who, ""))  # not "she" / "DeGeneres", "has" / —
                    found += _changes_of(parts, fact.id, a, b, pack, flipped)
                    continue
                if bool(before) != bool(after) and _period_of_day(before or after, ta[i1 - 1:i1] if before
                                                                  else tb[j1 - 1:j1], pack):
                    kind = "date"  # "Saturday night" / "Saturday": the date's part of the day
                if kind in ("clause added", "clause dropped") and not comma \
                        and _title_of_name(before or after, (tb[j2:j2 + 1] if after else ta[i2:i2 + 1]), pack):
                    kind = "descriptor added" if after else "descriptor dropped"  # "team president and general
                    # manager" before "Ed Stefanski": a title, however long
                if lone and kind.startswith(("clause", "descriptor")) \
                        and (said_by_nobody(lone[1]) or second_speaker(before, after, va, vb, pack)) \
                        and not claim_with_frame(before or after, pack):
                    kind = "attribution dropped" if before else "attribution added"  # "…, the Navy said" / —:
                    # the other sentence frames and quotes nobody: it states the claim in the outlet's voice;
                    # or a second speaker's frame ("According to experts, …, court sources said")
                if frames and kind not in ("attribution verb", "spelling", "attribution dropped", "attribution added") \
                        and set(range(i1, i2)) <= frames[0] \
                        and set(range(j1, j2)) <= frames[1] \
                        and not second_speaker(before, after, va, vb, pack):
                    if not verb_for_verb(before, after, va, vb):
                        continue  # "said DeGeneres" / "DeGeneres said in a statement": one speaker's frame
                    kind = "attribution verb"  # "said" / "testified", "said" / "claimed"
                if kind == "attribution verb" and (same_verb(before, after, pack)
                                                   or plain_for_plain(before, after, pack)):
                    continue  # "said" / "says": the tense, not the verb; "added" / "told the magazine": both plain
                if kind == "word choice" and _inflected(before, after, pack):
                    kind = "spelling"  # "want" / "wanted", "KOs" / "KO": one word inflected, shown as a variant
                if kind == "number" and _same_quantity(before, after, pack):
                    continue  # "two" / "€2", "2,000ft" / "600m", "£88m" / "103 million euros": one figure
                if kind == "number" and min(len(word_tokens(before)), len(word_tokens(after))) >= CLAUSE_TOKENS:
                    kind = "word choice"  # two clauses that each hold a figure, not one figure for another
                if kind == "word choice" and two_clauses(before, after, pack):
                    found += _changes_of([((before, []), "clause dropped"), (([], after), "clause added")],
                                         fact.id, a, b, pack, flipped)
                    continue  # one clause for another that shares none of its words: not a word chosen
                if kind == "word choice" and name_for_phrase(before, after, pack):
                    found += _changes_of([((before, []), ""), (([], after), "")], fact.id, a, b, pack, flipped)
                    continue  # "born Betty Mae Page" / "born to a poor family": the name dropped, a phrase added
                if kind == "word choice" and relative_for_other(before, after, pack):
                    found += _changes_of([((before, after), "")], fact.id, a, b, pack, flipped)
                    continue  # "…, which remained closed" / "company": a clause dropped, a word added
                if _currency_moved(before or after, tb if before else ta, pack):
                    continue  # "two million euros" / "€2 million": the currency's word for its sign
                dated = (_date_parts(before, after, pack) if before and after else _date_beside(before, after, pack)) \
                    if kind == "date" else []
                if dated:  # "on Wednesday released" / "was to release": the date dropped, "released" for
                    found += _changes_of(dated, fact.id, a, b, pack, flipped)  # "was to release"
                    continue
                if kind == "date" and before and after:
                    # "on Wednesday released" / "has released": the date dropped, not replaced by "has"
                    if no_date_only_grammar(after, pack) and not function_words_only(before, [], pack):
                        after = []
                    elif no_date_only_grammar(before, pack) and not function_words_only(after, [], pack):
                        before = []
                if count_hedge(before, after, ta[i2:i2 + 1] if before else tb[j2:j2 + 1], pack):
                    kind = "hedge"  # "at least seven" / "seven": a bound made an exact count
                elif kind in ("word choice", "descriptor added", "descriptor dropped", "clause added",
                              "clause dropped") and function_words_only(before, after, pack):
                    continue  # "it" for "that", "in" for "for", "He" for "Bush", "for" or "Also," added: grammar
                found.append(WordingChange(
                    fact_id=fact.id, source_a=a.source, source_b=b.source,
                    before=joined(before), after=joined(after), kind=kind,
                    sentence_a=a.text, sentence_b=b.text,
                ))
            out += [c for c in one_date_moved(without_moves(found, language_pack(a.language)))
                    if not (c.kind == "word choice" and grammar_for_words(c.before.split(), c.after.split(), pack))]
            # ("on" / "conducting": "were on a patrol" / "were conducting a patrol", a sentence rebuilt; read
            # after the moves, which pair a replacement with a word moved elsewhere)
    return [replace(w, confidence=WORDING_CONFIDENCE.get(w.kind, WORDING_CONFIDENCE_OTHER)) for w in out]


def _changes_of(parts: list[tuple[tuple[list[str], list[str]], str]], fact_id: str, a: Sentence, b: Sentence,
                pack: LanguagePack, flipped: bool) -> list[WordingChange]:
    """One change read as several (`frame_parts`, `_date_parts`): each part with its given kind,
    or classified when the kind is empty. A part with no kind whose one side is a relative clause
    the other shares no word with (`relative_for_other`) is two parts: the clause dropped or added,
    and the other side's words, unless they are only grammar ("on" / "which was set")."""
    split: list[tuple[tuple[list[str], list[str]], str]] = []
    for (part_b, part_a), kind in parts:
        side = "" if kind else relative_for_other(part_b, part_a, pack)
        if not side:
            split.append(((part_b, part_a), kind))
            continue
        for one, own in (((part_b, []), side == "before"), (([], part_a), side == "after")):
            if own:
                split.append((one, "clause dropped" if side == "before" else "clause added"))
            elif not function_words_only(one[0], one[1], pack) and not moved(one, a.text if one[1] else b.text, pack):
                split.append((one, ""))
    return [WordingChange(fact_id=fact_id, source_a=a.source, source_b=b.source, before=joined(part_b),
                          after=joined(part_a), kind=kind or classify(part_b, part_a, pack, False, flipped),
                          sentence_a=a.text, sentence_b=b.text)
            for (part_b, part_a), kind in split]


SENTENCE_PUNCTUATION = frozenset({"-", "–", "—", "--", ":", ";"})


def _dash_typed(before: list[str], after: list[str]) -> bool:
    """The same letters, one side with a dash, colon or semicolon of its own: a dash typed as a
    hyphen ("say-the" / "say – the"), no second spelling (not "AK-47" / "AK 47")."""
    return bool(before and after) and letters(joined(before)) == letters(joined(after)) \
        and any(t in SENTENCE_PUNCTUATION for t in before + after)


def _inflected(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """Whether two spans are one content word each with one lemma (lemminflect's, as a noun or as
    a verb): an inflection ("want" / "wanted", "KOs" / "KO", "blocking" / "blocked"), no choice of
    word ("is" / "was" is grammar, left to the filters after this). Function words beside it are
    grammar too ("taking" / "and took"), unless they change its mood ("would become" / "became")."""
    words = [{w.lower() for w in word_tokens(side)} for side in (before, after)]
    a, b = ([w for w in side if w not in pack.naming.closed] for side in words)
    if len(a) != 1 or len(b) != 1 or (words[0] ^ words[1]) & pack.naming.mood_words:
        return False
    x, y = a[0], b[0]
    return lemma(x, "NN") == lemma(y, "NN") or lemma(x, "VB") == lemma(y, "VB")


def _diffable(a: str, b: str, min_ratio: float) -> bool:
    """Whether two sentences are near enough copies to diff: their token sequences match at least
    `min_ratio` (difflib's ratio), or one is the other with one run of words added ("The group,
    which the US designates a terrorist organisation, claimed the attack." / "The group claimed the
    attack."), however long the run, when the shorter holds `CONTAINED_MIN_WORDS` words."""
    ka, kb = [token_key(t) for t in plain_tokens(a)], [token_key(t) for t in plain_tokens(b)]
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    if matcher.ratio() >= min_ratio:
        return True
    edits = [op for op, *_ in matcher.get_opcodes() if op != "equal"]
    words = sum(any(ch.isalnum() for ch in k) for k in min((ka, kb), key=len))
    return edits in (["insert"], ["delete"]) and words >= CONTAINED_MIN_WORDS


def _speaker_and_verb(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """Whether both spans end in a different verb of saying after other words that hold none
    ("association said" / "insisted", "operators' association said" / "employers claimed"): two
    changes, the speaker's naming and the verb, not one word choice."""
    verbs = pack.attribution_verbs
    return bool(before and after) and len(before) + len(after) > 2 \
        and before[-1].lower() in verbs and after[-1].lower() in verbs and before[-1].lower() != after[-1].lower() \
        and not {t.lower() for t in before[:-1] + after[:-1]} & verbs


def _frame_only_apart(a: str, b: str, va: SentenceVoice | None, vb: SentenceVoice | None) -> bool:
    """Whether one sentence is the other's claim with a frame of saying around it ("C, a police
    spokesman said" / "C'"): the frame is one change (an attribution dropped), not a paraphrase,
    so the claims are diffed when they are near copies. Not where both have frames (two speakers'
    frames around two claims are two sentences), nor where either quotes (a quotation's frame
    reaches into the words around it: "…," she said, joking that "…")."""
    ca, cb = framed_claim(a, va), framed_claim(b, vb)
    if (ca is None) == (cb is None) or any(q.voice == QUOTED for v in (va, vb) for q in (v.spans if v else ())):
        return False
    return _diffable((ca or a).strip(" ,."), (cb or b).strip(" ,."), FRAME_APART_RATIO)  # (a claim has no full stop)


def _date_preposition_off(span: list[str], following: list[str], pack: LanguagePack) -> list[str]:
    """The span without a preposition that ends it right before a date both sides share ("title
    belts on" Saturday / "titles" Saturday): the date's grammar, not a word for a word."""
    if len(span) > 1 and following and is_date_word(following[0], pack.slots) \
            and span[-1].lower() in pack.naming.prepositions:
        return span[:-1]
    return span


def _period_of_day(span: list[str], preceding: list[str], pack: LanguagePack) -> bool:
    """Only a period of the day right after a date both sides share ("Saturday night")."""
    words = [t.lower() for t in span if any(ch.isalnum() for ch in t)]
    return bool(words) and bool(preceding) and is_date_word(preceding[0], pack.slots) \
        and all(w in pack.slots.relative_periods for w in words)


def _title_of_name(span: list[str], following: list[str], pack: LanguagePack) -> bool:
    """Lower-case words with no verb right before a capitalised word: a title before a name
    ("team president and general manager" Ed Stefanski), not a clause."""
    words = [t for t in span if any(ch.isalnum() for ch in t)]
    return bool(words) and bool(following) and following[0][:1].isupper() and pack.tagger is not None \
        and all(w.replace("-", "").isalpha() and w.islower() for w in words) and not has_verb(words, pack)


def _demonym_for_country(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """One side a demonym ("Indian", "the Chinese"), the other its country's possessive ("India's")."""
    def bare(span: list[str]) -> str:
        return " ".join(t for t in word_tokens(without_article(span, pack)) if t not in ("'s", "’s"))
    for a, b in ((before, after), (after, before)):
        country = pack.naming.demonyms.get(bare(a).lower())
        if country and re.sub(r"['’]s$", "", bare(b)) == country and re.search(r"['’]s?$", " ".join(b)):
            return True
    return False


def _surname_next(following: list[str]) -> bool:
    """Whether both sentences go on with one capitalised word after the change (a surname)."""
    return len(following) == 2 and following[0] == following[1] and following[0][:1].isupper()


def _given_name_part(token: str) -> bool:
    """A given name or an initial, capitalised: what goes with a surname ("Andrew", "T.")."""
    return token[:1].isupper() and bool(MIDDLE_INITIAL.fullmatch(token)
                                        or is_given_name(token.rstrip(".")) and len(token) > 1)


def _name_style(before: list[str], after: list[str], following: list[str], pack: LanguagePack) -> bool:
    """Whether the change is only a given name, initials or a courtesy title before a surname that
    both sentences write next ("Andrew Luck" / "Luck", "Luke Pinder" / "Mr. Pinder")."""
    words = [t for t in before + after if any(ch.isalnum() for ch in t)]
    honorifics = {h.rstrip(".").lower() for h in pack.naming.honorifics}
    return bool(words) and _surname_next(following) \
        and all(_given_name_part(t) or t[:1].isupper() and t.rstrip(".").lower() in honorifics
                for t in words)


def _same_quantity(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """Whether two sides of a figure's change give one quantity: the same value written another
    way ("two" / "2", "22.4bn" / "22.4 billion", "nearly 100" / "a hundred"), or converted into
    another unit of the same dimension (within `UNIT_CONVERSION_SLACK`), or a sum put into another
    currency (which no rate here can check, so it is not shown as a changed figure)."""
    qa, qb = _quantity(before, pack), _quantity(after, pack)
    if qa is None or qb is None:
        return False
    (low_a, high_a, unit_a, cur_a), (low_b, high_b, unit_b, cur_b) = qa, qb
    if cur_a and cur_b and cur_a != cur_b:
        return True
    if bool(unit_a) != bool(unit_b) or unit_a and unit_b and unit_a[0] != unit_b[0]:
        return False
    fa, fb = (unit_a[1] if unit_a else 1.0), (unit_b[1] if unit_b else 1.0)
    low_a, high_a, low_b, high_b = low_a * fa, high_a * fa, low_b * fb, high_b * fb
    slack = UNIT_CONVERSION_SLACK * max(abs(high_a), abs(high_b)) if unit_a and fa != fb else 1e-9
    return low_a <= high_b + slack and low_b <= high_a + slack


def _currency_moved(span: list[str], other: list[str], pack: LanguagePack) -> bool:
    """Whether a span dropped or added is only a currency's word ("euros") whose sign the other
    sentence writes ("€")."""
    codes = pack.slots.currencies
    words = [t.lower() for t in span if any(ch.isalnum() for ch in t)]
    return bool(words) and all(w in codes for w in words) \
        and {codes[w] for w in words} <= {codes[t.lower()] for t in other if t.lower() in codes}


def _quantity(span: list[str], pack: LanguagePack) -> tuple[float, float, tuple[str, float] | None, str] | None:
    """(low, high, (dimension, factor to its base unit) or None, currency code or "") of the first
    quantity in a changed span, or None."""
    slots = pack.slots
    text = re.sub(r"(\d),\s(\d{3})(?!\d)", r"\1,\2", joined(span))  # "2, 000": a tokeniser's leftover
    text = re.sub(r"(?<=\w)-(?=\w)", " ", text)  # "2.6-million", "magnitude-6", "square-metre"
    prefix = re.search(r"(?<![^\W\d_])([^\W\d_]{1,3}|us\$)(?=\d)", text, re.I)
    currency = slots.currency_prefixes.get(prefix.group(1).lower(), "") if prefix else ""
    if prefix and currency:
        text = text[:prefix.start()] + text[prefix.end():]
    text = re.sub(r"(\d)(km/h|kmh|kph|mph|ft|lbs?|sq)\b", r"\1 \2", text)
    currency = currency or next((slots.currencies[w] for w in numbers.tokens(text) if w in slots.currencies), "")
    # "88m" is millions in a sum ("£88m"), else metres ("600m")
    text = re.sub(r"(\d)\s?m\b", r"\1 million" if currency else r"\1 metres", text)
    words = numbers.tokens(text)
    for i in range(len(words)):
        q = None if words[i] in slots.currencies else numbers.read_quantity(words, i, pack.quantities)
        if q is not None:
            rest = tuple(words[q.end:])
            unit = next((slots.measures[u] for u in sorted(slots.measures, key=len, reverse=True)
                         if rest[:len(u)] == u), None)
            return q.low, q.high, unit, currency
    return None


def _without_given_name(span: list[str], following: list[str], pack: LanguagePack) -> list[str]:
    """A span added or dropped before a surname both sentences write, without the given name and
    initials at its end: they belong to the name, not to what was added ("GM Ed" before
    "Stefanski" is "GM"). Not where a capitalised word other than a title comes before them: "San
    Diego" before "Chargers" is one name."""
    if not _surname_next(following):
        return span
    end = len(span)
    while end and _given_name_part(span[end - 1]):
        end -= 1
    if end == len(span):
        return span
    titles = pack.naming.title_words | pack.voice.role_words
    if end and span[end - 1][:1].isupper() and span[end - 1].lower().rstrip(".") not in titles:
        return span
    return trimmed(span[:end])


def _figure_for_words(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """One side a bare figure in digits, the other a phrase opening with a preposition and with no
    figure (", 36," / "of Bloomington": an age for a home town). Not "eleven" / "multiple" (a
    vaguer word for the figure) nor "Sixers" / "76ers"."""
    def digits(span: list[str]) -> bool:
        words = word_tokens(span)
        return bool(words) and all(t.isdigit() for t in words)
    if digits(before) == digits(after):
        return False
    words = word_tokens(after if digits(before) else before)
    return bool(words) and words[0].lower() in pack.naming.prepositions \
        and not any(is_number(t, pack.slots) for t in words)


def _date_parts(before: list[str], after: list[str],
                pack: LanguagePack) -> list[tuple[tuple[list[str], list[str]], str]]:
    """A date change whose one side alone names a date, at its edge, beside other words: the date
    dropped or added, and the other words for the other side's ("re-arrest on Tuesday" / "latest
    arrest"); [] when that side is grammar around the date ("on Wednesday released" / "has
    released" is read by the caller) or names no date apart from its words."""
    slots = pack.slots
    before_dated = has_date(before, after, slots)
    if before_dated == has_date(after, before, slots):
        return []
    dated, other = (before, after) if before_dated else (after, before)
    split = date_apart(dated, pack)
    inside = _date_inside(dated, pack) if split is None and not no_date_only_grammar(other, pack) \
        and not {t.lower() for t in before + after} & pack.attribution_verbs else None  # (not a frame's change)
    if inside is not None:
        # "A federal judge on Thursday sentenced" / "Disgraced" (an active sentence made passive): the
        # date inside a longer phrase, the other side no date: the date, the phrase's other words and
        # the other side, each dropped or added on its own (a date said again elsewhere is then a move)
        date, rest = inside
        if dated is before:
            return [((date, []), "date"), ((rest, []), ""), (([], other), "")]
        return [(([], date), "date"), (([], rest), ""), ((other, []), "")]
    if split is None or no_date_only_grammar(other, pack):
        return []
    date, rest = split
    if dated is before:
        return [((date, []), "date"), ((rest, other), "")]
    return [(([], date), "date"), ((other, rest), "")]


def _date_inside(span: list[str], pack: LanguagePack) -> tuple[list[str], list[str]] | None:
    """The date words inside a longer span (with a preposition before them: "on Thursday") and the
    span's other words, when words stand on both sides of the date; else None."""
    at = [i for i, t in enumerate(span) if is_date_word(t, pack.slots)]
    if len(word_tokens(span)) < DATE_INSIDE_WORDS or not at or len(at) != at[-1] - at[0] + 1:
        return None
    first, last = at[0], at[-1] + 1
    if first > 0 and span[first - 1].lower() in pack.naming.prepositions:
        first -= 1
    if first == 0 or last == len(span):
        return None
    return span[first:last], span[:first] + span[last:]


def _date_beside(before: list[str], after: list[str],
                 pack: LanguagePack) -> list[tuple[tuple[list[str], list[str]], str]]:
    """A dropped or added span with a date at its edge beside other words ("Wellington, on
    Sunday", "In an e-mail to staff Thursday night"): the date and the other words, each dropped
    or added on its own, as `_date_parts` reads a change; [] when the span is the date alone."""
    span = before or after
    split = date_apart(span, pack)
    if split is None:  # a date with only grammar after it ("on Saturday were", "on Sunday that"): the date
        end = len(span)
        grammar = pack.voice.be_forms | pack.naming.auxiliaries
        while end > 1 and not has_date(span[end - 1:end], [], pack.slots) and (
                function_words_only([span[end - 1]], [], pack) or span[end - 1].lower() in grammar):
            end -= 1
        date = span[:end]
        if end == len(span) or not has_date(date, [], pack.slots):
            return []
        return [((date, []), "date")] if before else [(([], date), "date")]
    date, rest = split
    if finite(rest, pack):  # "The goal is passage by Friday;", "which remained closed Monday": the clause's own date
        return [((span, []), "clause dropped")] if before else [(([], span), "clause added")]
    return [((date, []), "date"), ((rest, []), "")] if before else [(([], date), "date"), (([], rest), "")]


def _date_for_words(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """One side a date or a time of day alone (with its preposition: "on Wednesday", "night"), the
    other content words and no date ("Wednesday" / "dead", "night" / "in Bern")."""
    def date_only(span: list[str]) -> bool:  # "on Wednesday", "night" ("Saturday night" / "Saturday in Bern")
        words = word_tokens(span)
        times = [t for t in words if t.lower() in pack.voice.time_words]
        return bool(words) and (has_date(words, [], pack.slots) or bool(times)) and all(
            is_date_word(t, pack.slots) or t in times or function_words_only([t], [], pack) for t in words)
    if date_only(before) == date_only(after):
        return False
    other = after if date_only(before) else before
    return classify(other, [], pack) != "date" and not {t.lower() for t in other} & pack.voice.time_words \
        and not function_words_only(other, [], pack)  # not "earlier this year" / "on Aug", nor "at 9:40 p.m."

