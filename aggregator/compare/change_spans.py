"""The spans of a word change: the tokens two aligned sentences are diffed on, and what kind of
change a pair of spans is (`classify`: attribution verb, hedge, number, date, descriptor, clause,
word choice, spelling).

Split from `compare/wording.py`, which aligns the two sentences and decides which changes are
only grammar, word order or one quantity written two ways; this module knows single spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from .language import ENGLISH, LanguagePack, SlotWords
from .lexicon import DOTTED_ABBREVIATIONS, PERCENT_WORDS, TOKEN, has_date, is_number
from .numbers import read_quantity
from .overlap import content_words
from .params import CLAUSE_TOKENS
from .spellings import abbreviation_of, acronym_of, spelling_variant


def tokens(text: str, slots: SlotWords = ENGLISH.slots) -> list[str]:
    """The sentence's tokens, a capitalised abbreviation keeping its full stop ("Mr.", "Mich.",
    an initial): a change shows as "Mr. Pinder said", not "Mr"; a time of day is one token ("6:00
    p.m."), so that `diff_keys` can read it."""
    return _clock_tokens(plain_tokens(text), slots)


# a figure with thousands separators or a fraction is one token ("15,800-square-metre", "4/5"), and
# so is a name of capitals joined by an ampersand ("AT&T", "C&G Accounting": shown as written)
_FIGURE_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?(?:[-'’.]\w+)*|\d+/\d+(?![\d/])|"
                           r"\b[A-Z]+&[A-Z]\w*|" + TOKEN.pattern)


def plain_tokens(text: str) -> list[str]:
    out: list[str] = []
    for t in _FIGURE_TOKEN.findall(text):
        if t == "." and out and out[-1][:1].isupper() and (
                len(out[-1]) == 1 or out[-1].lower() in DOTTED_ABBREVIATIONS):
            out[-1] += "."
        else:
            out.append(t)
    return out


_MERIDIEM = re.compile(r"^[ap]\.?m\.?$", re.I)


def clock_key(text: str, slots: SlotWords) -> str | None:
    """"HH:MM" (24 hours) of a time of day the pack's `clock_time` reads in all of `text`
    ("6 p.m.", "6:41pm", "18:41"), else None."""
    m = slots.clock_time.fullmatch(text)
    if not m:
        return None
    if m.group(1):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    elif m.group(4):
        hour, minute = int(m.group(4)), int(m.group(5))
    else:
        return None
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _clock_tokens(toks: list[str], slots: SlotWords) -> list[str]:
    """Tokens with each time of day joined into one ("6", ":", "00", "p.m", "." → "6:00 p.m.")."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        j, text = i + 1, toks[i]
        if text.isdigit() and len(text) <= 2:
            if j + 1 < len(toks) and toks[j] == ":" and re.fullmatch(r"\d{2}(?:[ap]m)?", toks[j + 1], re.I):
                text, j = f"{text}:{toks[j + 1]}", j + 2
            if j < len(toks) and _MERIDIEM.match(toks[j]):
                text, j = f"{text} {toks[j]}", j + 1
                if j < len(toks) and toks[j] == "." and not text.endswith("."):
                    text, j = text + ".", j + 1
        if j > i + 1 and clock_key(text, slots):
            out.append(text)
            i = j
        else:
            out.append(toks[i])
            i += 1
    return out


def diff_keys(toks: list[str], slots: SlotWords = ENGLISH.slots) -> list[str]:
    """What the diff compares for each token (`token_key`); a time of day by its 24-hour value, so
    "6 p.m." and "6:00 p.m.", "6:41pm" and "18:41", "0241 GMT" and "02:41 GMT" are equal."""
    out = []
    for k, t in enumerate(toks):
        clock = clock_key(t, slots)
        if clock is None and re.fullmatch(r"[01]\d[0-5]\d|2[0-3][0-5]\d", t) and k + 1 < len(toks) \
                and toks[k + 1].lower() in slots.zones:
            clock = f"{t[:2]}:{t[2:]}"  # "0241 GMT"
        out.append(f"\u231a{clock}" if clock else token_key(t))
    return out


def _amount(token: str, pack: LanguagePack) -> bool:
    """A figure, a number word or a one-word vague amount of the pack ("hundreds", "dozens")."""
    return is_number(token, pack.slots) or (token.lower(),) in pack.quantities.vague


def count_hedge(before: list[str], after: list[str], following: list[str], pack: LanguagePack) -> bool:
    """Whether a change is only the hedge of the figure that follows it: "at least seven" / "seven",
    "about 200" / "more than 200" (the pack's `quantities.qualifiers`). Dropped, the hedge makes a
    bound or an estimate an exact count; it is no grammar, though its words are closed-class."""
    def hedge_or_none(span: list[str]) -> bool:
        return not span or tuple(t.lower() for t in span) in pack.quantities.qualifiers
    return (before != after and hedge_or_none(before) and hedge_or_none(after) and bool(following)
            and _amount(following[0], pack))


def classify(before: list[str], after: list[str], pack: LanguagePack = ENGLISH, comma: bool = False,
             flipped: bool = False) -> str:
    """The kind of one change, by the word lists of the sentences' language pack (`comma`: the
    change was set off by a comma, so an added or dropped span is a clause; `flipped`: the two
    whole sentences negate a different number of times, see `negation_parity`)."""
    verbs = pack.attribution_verbs
    if before and after and letters(joined(before)) == letters(joined(after)):
        return "spelling"  # "AK-47" / "AK 47", "north-east" / "northeast": one word written two ways
    low_b = {t.lower() for t in before}
    low_a = {t.lower() for t in after}
    both = low_b | low_a
    if (before and after and len(before) <= 3 and len(after) <= 3
            and len(low_b & verbs) == 1 and len(low_a & verbs) == 1
            and low_b & verbs != low_a & verbs
            and not spelling_variant(joined(before), joined(after), pack)):  # "criticised" / "criticized"
        return "attribution verb"
    dated = has_date(before, after, pack.slots) or has_date(after, before, pack.slots) \
        or any(clock_key(t, pack.slots) and re.search(r"[ap]\.?m\.?$", t, re.I) for t in before + after)
    # a time with a.m./p.m. says when, as a date does ("at 2:56" may be a round's clock)
    if dated and not (before and after) and both & verbs:
        dated = False  # "police confirmed today" added: an attribution, with its day
    if any(_amount(t, pack) for t in before) and any(_amount(t, pack) for t in after) and not dated:
        return "number"  # a figure for a figure ("Thousands" / "Hundreds" too); a figure dropped with its
        # words is a descriptor or clause
    if dated:
        return "date"
    if before and after and same_figure(before, after, pack):
        return "spelling"  # "two-million-euro" / "€ 2 million", "four-by-four" / "4 × 4": one figure written two ways
    if before and after and len(before) == len(after) == 1 and spelling_variant(before[0], after[0], pack):
        return "spelling"
    if before and after and (acronym_of(before, after, pack) or acronym_of(after, before, pack)):
        return "spelling"  # "DWI" / "driving while intoxicated", "CHP" / "California Highway Patrol"
    if before and after and (abbreviation_of(before, after) or abbreviation_of(after, before)):
        return "spelling"  # "Calif." / "California", "Mt." / "Mount", "Gov." / "Governor"
    if flipped and negation(before, after, pack):
        return "negation"
    if hedge_passive(low_b ^ low_a, pack):
        return "hedge"  # "were rescued" / "were said to have been rescued"
    if (low_b ^ low_a) and (low_b ^ low_a) <= pack.hedges | _punct(both):
        return "hedge"
    if (low_b ^ low_a) and (low_b ^ low_a) <= pack.intensifiers | _punct(both):
        return "intensifier"
    if not after or not before:  # one word set off by commas ("High Street, Wellington, on Sunday") is no clause
        span = before or after
        clause = (comma and _more_than_a_word(span, pack) or is_clause(span) or finite(span, pack)
                  or lone_verb(span, pack)) and not figures_only(span, pack) and not _age_and_home(span, pack)
        return ("clause " if clause else "descriptor ") + ("dropped" if before else "added")
    if spelling_variant(joined(before), joined(after), pack):
        return "spelling"
    return "word choice"


def _more_than_a_word(span: list[str], pack: LanguagePack) -> bool:
    """Whether a span set off by commas is a clause by that alone: two words or more, or one verb
    ("started in a courthouse, led to …"); one other word or a name alone so set off ("High Street,
    Wellington,", ", speedily approaching …", "W. Mark Felt,") is a descriptor."""
    words = word_tokens(span)
    if len(words) > 1 and all(w[:1].isupper() for w in words) and words[0].lower() not in pack.naming.closed:
        return False  # a name alone ("W. Mark Felt, the former FBI second-in-command …"): whom, not a clause
    return len(words) > 1 or len(words) == 1 and pack.word_tag is not None \
        and (pack.word_tag(words[0].lower()) or "").startswith("VB")


def same_figure(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """Whether two spans hold one figure written two ways: the same value in words or digits, and
    the same currency if any ("two-million-euro" / "€ 2 million"; not "2 million dollars" /
    "2 million euros", "two" / "three", nor the vague "a dozen" / "12")."""
    def figure(span: list[str]) -> tuple[float, float, frozenset[str]] | None:  # its one exact figure
        words = re.sub(r"(?<=\w)-(?=\w)", " ", " ".join(span)).lower().split()
        found = next((q for i in range(len(words)) if (q := read_quantity(words, i, pack.quantities))), None)
        money = frozenset(code for w in words if (code := pack.slots.currencies.get(w)))
        rest = [w for i, w in enumerate(words) if found and not found.start <= i < found.end and w not in
                pack.slots.currencies and w not in pack.quantities.range_words and w[:1].isalnum()]
        return (found.low, found.high, money) if found and found.exact and not rest else None  # not "a dozen"
    a = figure(before)
    return a is not None and a == figure(after) or _dimensions(before, pack) == _dimensions(after, pack) != ()


_BY = re.compile(r"^(\S+?)(?:-by-|\s+by\s+|\s*[×x]\s*)(\S+)$", re.I)


def _dimensions(span: list[str], pack: LanguagePack) -> tuple[float, ...]:
    """The two figures of a span that is one "A by B" ("four-by-four", "4 × 4", "4x4"), else ()."""
    match = _BY.match(" ".join(span))
    if not match:
        return ()
    values = []
    for part in match.groups():
        q = read_quantity([part.lower()], 0, pack.quantities)
        if q is None or not q.exact:
            return ()
        values.append(q.low)
    return tuple(values)


def negation(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """The two spans differ only by a verb's negation: "weren't" / "were", "didn't" added, "not"
    dropped. Across two near copies of one quotation or claim this says the opposite, so it is
    its own kind rather than a descriptor or a word choice."""
    pol = pack.polarity

    def read(span: list[str]) -> tuple[list[str], int]:
        kept, negated = [], 0
        for word in (t.lower() for t in span):
            if word in pol.particles:
                negated += 1
                continue
            stem = next((word[:-len(s)] for s in pol.suffixes if word.endswith(s)), None)
            if stem is not None:
                negated += 1
                word = pol.contracted_bases.get(stem, stem)
            if word not in pol.do_support:
                kept.append(word)
        return sorted(kept), negated

    kept_b, neg_b = read(before)
    kept_a, neg_a = read(after)
    return neg_b != neg_a and kept_b == kept_a


def contracted(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """One span is the other with a contraction written out: "it's" / "it is", "we'll" / "we
    will", "won't" / "will not" (the pack's `polarity.contractions`; "'s" may be "is" or "has")."""
    pol = pack.polarity

    def readings(span: list[str]) -> set[tuple[str, ...]]:
        out: set[tuple[str, ...]] = {()}
        for word in (t.lower().replace("’", "'") for t in span):
            ending = next((e for e in pol.contractions if word.endswith(e) and len(word) > len(e)), None)
            if ending is None:
                options: list[tuple[str, ...]] = [(word,)]
            else:
                stem = word[:-len(ending)]
                stem = pol.contracted_bases.get(stem, stem)  # "wo" → "will", "ca" → "can"
                options = [(stem, full) for full in pol.contractions[ending]]
            out = {have + option for have in out for option in options}
        return out

    return bool(before) and bool(after) and before != after and bool(readings(before) & readings(after))


def hedge_passive(changed: set[str], pack: LanguagePack) -> bool:
    """The words that differ are a passive hedge and its grammar only: "said to have been",
    "believed to be" (one of the pack's `evaluative.hedge_passives`, "to", auxiliaries)."""
    to = pack.naming.to_word
    hedge = changed & pack.evaluative.hedge_passives
    return bool(hedge) and to in changed and changed <= hedge | {to} | pack.naming.auxiliaries


def negation_parity(toks: list[str], pack: LanguagePack) -> int:
    """Whether a sentence's tokens negate an odd number of times (particles, "n't", "no"): two
    sentences of one parity say the same thing however they place the negation."""
    pol = pack.polarity
    return sum(1 for t in (w.lower() for w in toks)
               if t in pol.particles or t in pol.determiners or t.endswith(pol.suffixes)) % 2


def figures_only(span: list[str], pack: LanguagePack) -> bool:
    """A span of figures and punctuation only (", 36,": an age between commas is no clause)."""
    words = word_tokens(span)
    return bool(words) and all(is_number(t, pack.slots) for t in words)


def _age_and_home(span: list[str], pack: LanguagePack) -> bool:
    """A figure with names and a preposition only (", 47, of Sterling Heights", "III, 38"): a
    person's age and home between commas, a descriptor, not a clause."""
    words = word_tokens(span)
    return any(is_number(t, pack.slots) for t in words) and all(
        is_number(t, pack.slots) or t[:1].isupper() or t.lower() in pack.naming.prepositions for t in words)


def word_tokens(span: list[str]) -> list[str]:
    """The tokens of a span that hold a letter or a digit (not its punctuation)."""
    return [t for t in span if re.search(r"\w", t)]


def finite(span: list[str], pack: LanguagePack) -> bool:
    """Whether a span of two words or more holds a finite verb by the pack's tagger ("previously
    served", "has said"): a predicate, not a descriptor, however short."""
    words = [t for t in span if any(ch.isalnum() for ch in t)]
    return len(words) >= 2 and pack.tagger is not None \
        and any(tag in ("VBD", "VBZ", "VBP", "MD") for tag in pack.tagger(tuple(words)))


def lone_verb(span: list[str], pack: LanguagePack) -> bool:
    """One lower-case word the word lexicon knows as a verb, not a participle ("call", "occurred",
    "give"): a predicate added or dropped, not a descriptor."""
    words = [t for t in span if any(ch.isalnum() for ch in t)]
    return len(words) == 1 and words[0].isalpha() and words[0].islower() and pack.word_tag is not None \
        and pack.word_tag(words[0]) in ("VB", "VBD", "VBP") and words[0] not in pack.attribution_verbs
    # (not "rubber-stamp", an adjective before its noun; a verb of saying is an attribution's)


def set_off(toks: list[str], start: int, end: int) -> bool:
    """Whether a changed span is set off by commas: a comma in it before its last word (", hitting
    him"), or the sentence's start or a comma before it and a comma or the sentence's end after it
    ("During the operation, …", "…, the family said."); not a comma that only closes it before
    another clause ("Medical Center in Minneapolis, where she died": the place is no clause)."""
    if start >= end:
        return False
    if "," in toks[start:end - 1]:
        return True  # ", hitting him in the chest": a clause after a comma
    opens = start == 0 or toks[start - 1] == ","  # "During the operation, …" opens the sentence
    closes = toks[end - 1] == "," or end >= len(toks) or toks[end] in (",", ".", ";", "!", "?", ":")
    return opens and closes


def is_clause(span: list[str]) -> bool:
    """Long enough to be a clause (in words: "at 2:56" is no clause), or holding a comma."""
    return sum(any(ch.isalnum() for ch in t) for t in span) >= CLAUSE_TOKENS or "," in span


_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def token_key(token: str) -> str:
    """A token as the diff compares it: case and typographic marks do not count ("world’s" is
    "world's"), nor an abbreviation's full stop ("Mr." is "Mr")."""
    key = token.lower().translate(_TYPOGRAPHY)
    if key in PERCENT_WORDS:
        return "%"  # "80 percent" / "80%": one figure written two ways
    return key[:-1] if len(key) > 1 and key.endswith(".") else key



def letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def grammar_side_off(before: list[str], after: list[str], pack: LanguagePack) -> tuple[list[str], list[str]]:
    """A replacement whose one side is only closed-class words ("on", "into", "where") and whose
    other holds two content words or more is words added or dropped, not one wording for another:
    "in the fire on Friday" / "in the fire, which was presumably set Friday" adds a clause;
    "break into" / "break in Democratic headquarters at" adds a descriptor."""
    closed = pack.naming.closed
    reference = pack.naming.pronouns | pack.voice.possessive_determiners  # "He" / "Mr. Nichols": a reference

    def content(span: list[str]) -> list[str]:
        return [t for t in span if any(ch.isalnum() for ch in t) and t.lower().rstrip(".") not in closed]

    def grammar(span: list[str]) -> bool:
        return not content(span) and not any(t.lower() in reference for t in span)
    if before and after and grammar(before) and len(content(after)) >= 2:
        return [], after
    if before and after and grammar(after) and len(content(before)) >= 2:
        return before, []
    return before, after


def two_clauses(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """Two spans of a clause's length that each hold a verb and share no content word ("through
    which 40 percent of the world's oil passes" / "injuring five people and damaging buildings"):
    a clause dropped and another added, not one wording for another."""
    a, b = word_tokens(before), word_tokens(after)
    if min(len(a), len(b)) < CLAUSE_TOKENS or pack.tagger is None \
            or {w.lower() for w in a + b} & pack.attribution_verbs:
        return False  # (a frame of saying on either side is read as an attribution)
    verbs = [any(tag.startswith("VB") or tag == "MD" for tag in pack.tagger(tuple(w))) for w in (a, b)]
    ours, theirs = content_words(joined(before), pack), content_words(joined(after), pack)
    return all(verbs) and not any(x.startswith(y) or y.startswith(x) for x in ours for y in theirs
                                  if min(len(x), len(y)) >= 4)  # "patroll" / "patrol": one stem


def relative_for_other(before: list[str], after: list[str], pack: LanguagePack) -> str:
    """Which side ("before" or "after") is a relative clause ("which remained closed", "who sat
    between Ford and the coach") that the other side, no relative clause, shares no content word
    with ("company", "said"): a clause dropped or added beside the other words, not one wording for
    another; "" when neither. A short one ("who saw" / "noticed") may well be a word chosen."""
    opens = pack.naming.relatives - pack.voice.complementizers  # not "that", which also opens "said that"
    a, b = word_tokens(before), word_tokens(after)
    if not a or not b or (a[0].lower() in opens) == (b[0].lower() in opens):
        return ""
    clause, other = (a, b) if a[0].lower() in opens else (b, a)
    if len(clause) < 3 or content_words(joined(clause), pack) & content_words(joined(other), pack):
        return ""
    return "before" if clause is a else "after"


def name_for_phrase(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """One side a name alone ("Betty Mae Page"), the other a phrase opening with a preposition
    ("to a poor family") that shares no word with it: one sentence names whom, the other says
    where from, two changes rather than one wording for another."""
    a, b = word_tokens(before), word_tokens(after)
    for name, phrase in ((a, b), (b, a)):
        if len(name) >= 2 and all(w[:1].isupper() for w in name) and len(phrase) >= 2 \
                and phrase[0].lower() in pack.naming.prepositions and any(w.islower() for w in phrase[1:]) \
                and not {w.lower() for w in name} & {w.lower() for w in phrase}:
            return True
    return False


def function_words_only(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """The changed words are only closed-class words and punctuation (on both sides, or on the one
    side there is), or one side is a lone pronoun or possessive determiner: a change of grammar
    or of reference, not of wording."""
    closed = pack.naming.closed | {h.rstrip(".") for h in pack.naming.honorifics}  # "Mr." dropped too

    def words(span: list[str]) -> list[str]:
        return [t.lower().rstrip(".") for t in span if any(ch.isalnum() for ch in t)]
    wb, wa = words(before), words(after)
    if (wb or wa) and all(w in closed for w in wb + wa):
        return True
    reference = pack.naming.pronouns | pack.voice.possessive_determiners  # "He" / "Bush", "his" / "Charles'"
    if not (wb and wa):
        return False
    if any(len(w) == 1 and w[0] in reference for w in (wb, wa)):
        return True
    # "Page" / "She had": a pronoun with closed-class words for a name with closed-class words
    def names_only(span: list[str]) -> bool:
        return all(t in closed or t[:1].isupper() for t in span if any(ch.isalnum() for ch in t)) \
            and any(t[:1].isupper() and t.lower() not in closed for t in span)
    for pronoun_side, raw in ((wb, after), (wa, before)):
        if all(w in closed for w in pronoun_side) and any(w in reference for w in pronoun_side) and names_only(raw):
            return True
    return False


def grammar_for_words(before: list[str], after: list[str], pack: LanguagePack) -> bool:
    """One side of a replacement is only closed-class words ("were on a routine patrol" / "were
    conducting a lawful patrol": "on" / "conducting"; "had" / "scored", "where" / "at the location
    of"): the sentence was rebuilt around the other side's words, a change of grammar, not a word
    chosen for another."""
    closed = pack.naming.closed
    sides = [[t.lower() for t in span if any(ch.isalnum() for ch in t)] for span in (before, after)]
    return all(sides) and any(all(w in closed for w in side) for side in sides)


_EDGE_MARKS = frozenset(",;:()-–—.")
_QUOTE_MARKS = frozenset('"“”\'‘’')


def trimmed(span: list[str]) -> list[str]:
    """A changed span without the punctuation at its edges that only separates it from the words
    around it (a comma, a bracket, an unpaired quotation mark): "Perennial party girl" against '"'
    is a descriptor dropped, not a word replaced by a quotation mark."""
    while span:
        unpaired = sum(t in _QUOTE_MARKS for t in span) % 2 == 1
        if span[0] in _EDGE_MARKS or unpaired and span[0] in _QUOTE_MARKS:
            span = span[1:]
        elif span[-1] in _EDGE_MARKS or unpaired and span[-1] in _QUOTE_MARKS:
            span = span[:-1]
        else:
            break
    return span


def no_date_only_grammar(span: list[str], pack: LanguagePack) -> bool:
    """Function words that name no date and take no part in one ("has"; not "yesterday", nor
    "this" of "this morning")."""
    return function_words_only(span, [], pack) and not has_date(span, [], pack.slots) \
        and not {t.lower() for t in span} & pack.voice.time_fillers


def date_apart(span: list[str], pack: LanguagePack) -> tuple[list[str], list[str]] | None:
    """`span` split into a date phrase at one of its edges and the rest ("on Wednesday released":
    "on Wednesday" and "released"; "which remained closed Monday"), or None when no date phrase
    stands at an edge or nothing but grammar is left: a date dropped or added beside words
    changed, two changes, not one date for the other side's words."""
    slots = pack.slots

    def datelike(t: str) -> bool:
        low = t.lower().removesuffix("'s").removesuffix("’s")
        return has_date([t], [], slots) or low in slots.relative_markers or low in slots.relative_periods \
            or low in slots.date_modifiers \
            or bool(re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?|[.,()]", t))
    n = len(span)
    end = n
    while end > 0 and datelike(span[end - 1]):
        end -= 1
    if end < n and end > 0 and span[end - 1].lower() in pack.naming.prepositions:
        end -= 1
    start = 0
    if end == n:  # no date at the end: one at the start ("on Wednesday released")
        start = 1 if span and span[0].lower() in pack.naming.prepositions else 0
        while start < n and datelike(span[start]):
            start += 1
        if start == n or not has_date(span[:start], [], slots):
            return None
        date, rest = span[:start], span[start:]
    else:
        date, rest = span[end:], span[:end]
    if not has_date(date, [], slots) or not any(ch.isalnum() for ch in "".join(rest)) \
            or function_words_only(rest, [], pack):
        return None
    return date, rest


def only_punctuation(span: list[str]) -> bool:
    return all(not any(ch.isalnum() for ch in t) for t in span)


def without_article(span: list[str], pack: LanguagePack) -> list[str]:
    """A span without its articles at the front (all of it when it is only articles)."""
    k = 0
    while k < len(span) and only_articles(span[k:k + 1], pack):
        k += 1
    return span[k:]


def only_articles(span: list[str], pack: LanguagePack) -> bool:
    """Only articles and punctuation (the pack's `voice.speaker_articles`: "the", "a", "an")."""
    return all(t.lower() in pack.voice.speaker_articles or not any(ch.isalnum() for ch in t) for t in span)


def without_possessive(span: list[str]) -> list[str]:
    """The span's words without a possessive ending or a lone "'s" token."""
    return [re.sub(r"['’]s$", "", token_key(t)) for t in span if token_key(t) not in ("'s", "'")]


def _punct(words: set[str]) -> set[str]:
    return {w for w in words if not any(ch.isalnum() for ch in w)}


def joined(span: list[str]) -> str:
    """Tokens back into text: no space before punctuation, none inside a time ("2:56") or before
    a per cent sign."""
    text = " ".join(span)
    for p in (" ,", " .", " ;", " :", " ’", " '", " ”", "“ ", " )", "( ", " %"):
        text = text.replace(p, p.strip())
    return re.sub(r"(?<=\d): (?=\d)", ":", text)


def opcodes(ta: list[str], tb: list[str], pack: LanguagePack) -> list[tuple[str, int, int, int, int]]:
    """The diff of two sentences' tokens, on their keys (`diff_keys`), short asides apart.

    difflib takes the first of equally long matches, which may be a lone closed-class word or mark
    ("Dubbed the "Oddfather" …, Gigante" / "Gigante, head of the Genovese …": "the" for "the", and
    the name left out); a second diff in which such tokens cannot start a match is taken when it
    matches more content words."""
    closed = pack.naming.closed
    ka, kb = diff_keys(ta, pack.slots), diff_keys(tb, pack.slots)
    plain = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    anchored = SequenceMatcher(lambda key: key in closed or not any(ch.isalnum() for ch in key), ka, kb,
                               autojunk=False).get_opcodes()

    def content(ops) -> int:
        return sum(1 for op, i1, i2, _, _ in ops if op == "equal" for k in ka[i1:i2]
                   if k not in closed and any(ch.isalnum() for ch in k))
    return list(_appositives_apart(anchored if content(anchored) > content(plain) else plain, ta, tb, pack))


def _appositives_apart(ops, ta: list[str], tb: list[str],
                       pack: LanguagePack = ENGLISH) -> Iterator[tuple[str, int, int, int, int]]:
    """Opcodes with a short aside between commas at the start of a replaced span made its own
    insertion or deletion ("Williams died" / "Williams, 91, passed away": "91" added, and "died"
    for "passed away"), so the aside is not read as part of one word for another; so is what one
    side adds after a comma at the end of its span ("said" / "claimed, according to Agence Nord":
    "claimed" for "said", and the credit added)."""
    for op, i1, i2, j1, j2 in ops:
        if op == "replace":
            k = _aside_end(tb, j1, j2)
            if k is not None and "," not in ta[i1:i2]:
                yield "insert", i1, i1, j1, k
                yield "replace", i1, i2, k, j2
                continue
            k = _aside_end(ta, i1, i2)
            if k is not None and "," not in tb[j1:j2]:
                yield "delete", i1, k, j1, j1
                yield "replace", k, i2, j1, j2
                continue
        if op == "replace" and "," not in ta[i1:i2] and (k := _clause_after(tb, j1, j2, pack)) is not None:
            yield "replace", i1, i2, j1, k  # "said" / "claimed, according to Agence Nord": "claimed"
            yield "insert", i2, i2, k, j2  # for "said", and the credit added after its comma
            continue
        if op == "replace" and "," not in tb[j1:j2] and (k := _clause_after(ta, i1, i2, pack)) is not None:
            yield "replace", i1, k, j1, j2
            yield "delete", k, i2, j2, j2
            continue
        if op == "replace" and (k := _name_start(tb, j1, j2)) is not None and ta[i2 - 1][:1].islower():
            yield "replace", i1, i2, j1, k  # "call police" / "contact Surrey Police": "call" for "contact",
            yield "insert", i2, i2, k, j2  # and "Surrey" added to the name
            continue
        if op == "replace" and (k := _name_start(ta, i1, i2)) is not None and tb[j2 - 1][:1].islower():
            yield "replace", i1, k, j1, j2
            yield "delete", k, i2, j2, j2
            continue
        yield op, i1, i2, j1, j2


def _clause_after(toks: list[str], start: int, stop: int, pack: LanguagePack) -> int | None:
    """Where a clause opens after the first comma inside toks[start+1:stop] (`pack.clause_after_comma`:
    "according to …", "hitting …", "which …"), or None."""
    if "," not in toks[start + 1:stop]:
        return None
    k = toks.index(",", start + 1)
    return k if k + 1 < stop and pack.clause_after_comma.fullmatch(toks[k + 1]) else None


def _name_start(toks: list[str], start: int, stop: int) -> int | None:
    """Where the capitalised words that close toks[start:stop] begin, when the name they open
    goes on past the span (its next token capitalised too) and a lower-case word comes before
    them in the span: a word of the name, not of the words changed."""
    if stop >= len(toks) or not toks[stop][:1].isupper() or not toks[stop - 1][:1].isupper() \
            or toks[stop - 1].endswith(("'s", "’s", "s'", "s’")):  # "Lakewood's Medal": an owner, no name's word
        return None
    k = stop - 1
    while k > start and toks[k - 1][:1].isupper():
        k -= 1
    return k if k > start and toks[k - 1][:1].islower() else None


def _aside_end(toks: list[str], start: int, stop: int) -> int | None:
    """Where an aside of one to four tokens between commas that opens toks[start:stop] ends (after
    its closing comma), when words follow it in the span."""
    if stop - start < 4 or toks[start] != ",":
        return None
    close = next((k for k in range(start + 2, min(start + 6, stop - 1)) if toks[k] == ","), None)
    return None if close is None else close + 1


def moved(part: tuple[list[str], list[str]], other: str, pack: LanguagePack) -> bool:
    """Whether the words of a part dropped (or added) all stand in the other sentence too: moved,
    not dropped ('"…," Hansbrough said.' / '"…," said Hansbrough, who …': "said" is in both)."""
    there = {t.lower() for t in tokens(other, pack.slots)}
    words = word_tokens(part[0] or part[1])
    return bool(words) and all(w.lower() in there for w in words)
