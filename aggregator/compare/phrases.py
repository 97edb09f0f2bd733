"""Part of speech for the labels (compare/naming.py), by the tagger of the sentences' language
pack (`LanguagePack.tagger`; English: Pattern's Brill tagger, `compare/tagger.py`).

The rule chunker of naming.py proposes descriptor spans from closed word lists; the tags here
check them: a label is a noun phrase whose head is a noun and which holds no finite verb, and a
descriptor written before a name starts after the last word that cannot be inside a noun phrase
("or threaten China's …": "threaten" is a verb, so nothing before "China" is a title).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .language import ENGLISH, NamingWords
from .params import APPOSITIVE_MAX_TOKENS
from .tagger import tags

log = logging.getLogger(__name__)

NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
FINITE = frozenset({"VB", "VBD", "VBZ", "VBP", "MD"})
# tags a word may carry inside a descriptor before a name: nouns, adjectives, figures,
# participles used as modifiers ("convicted cop killer"), possessives
MODIFIER = NOUN | {"JJ", "JJR", "JJS", "CD", "VBN", "VBG", "POS"}
# inside an appositive ("co-producer of the Oscars telecast", "actress and champion swimmer", "the
# country's most popular opposition figure": the superlative's adverb)
APPOSITIVE = MODIFIER | {"IN", "DT", "CC", "PRP$", "RBS"}
SUBJECT = NOUN | {"PRP", "WDT", "WP"}
_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")
MIDDLE_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial between two parts of a name


def common_noun(word: str, tag: str, tagger: Callable[[tuple[str, ...]], tuple[str, ...]] = tags,
                nw: NamingWords = ENGLISH.naming) -> bool:
    """A common noun, or a capitalised one ("Superior Court Judge": "judge" is a noun in lower case,
    after an article of `nw`)."""
    return tag in ("NN", "NNS") or tag in ("NNP", "NNPS") \
        and tagger((nw.definite_article, word.lower()))[-1] in ("NN", "NNS")


def descriptor_start(words: tuple[str, ...], tagged: tuple[str, ...], x: int, a: int,
                     nw: NamingWords = ENGLISH.naming, word_tag: Callable[[str], str | None] | None = None) -> int:
    """Where a descriptor before a name (words[x:a]) really starts: after the last word the tagger
    says is no noun-phrase word, and after a participle that follows its subject or "and" ("76ers
    fired coach …": "fired" is the verb). An adjective the tagger's context rule makes a verb after
    "to" stays (`word_tag`: the word's own tag, "an offer to free agent first baseman X", "to first
    baseman X"; not "to hire coach X"). Returns a when nothing is left."""
    start = x
    for k in range(x, a):
        if tagged[k] == "VB" and k > 0 and tagged[k - 1] == "TO" and word_tag is not None \
                and (word_tag(words[k].lower()) == "JJ"
                     or k > 1 and words[k - 2].lower() in nw.to_preposition_leads):
            continue  # (after "according to" no infinitive: "according to fire chief Tomas Varga")
        if tagged[k] not in MODIFIER and not (words[k].lower() == nw.and_word and x < k):
            start = k + 1
        elif tagged[k] in ("VBN", "VBG") and k > x and words[k - 1].lower() == nw.and_word:
            start = k + 1  # "… in the standings and fired head coach …": a second verb
    if start < a and tagged[start] in ("VBN", "VBG") and start > 0 and (
            tagged[start - 1] in SUBJECT or words[start - 1].lower() == nw.and_word):
        start += 1  # "… and fired head coach …" where "and" is outside the run
    while start < a and words[start].lower() == nw.and_word:
        start += 1
    for k in range(start + 1, a):
        if words[k].lower() in nw.title_openers and tagged[k - 1] in ("NN", "NNS") and words[k - 1][:1].islower():
            start = k  # "the church former vice presidential candidate Sarah Palin attends": "church" is another's
    return start


def noun_phrase(tagged: tuple[str, ...], allowed: frozenset[str] = APPOSITIVE) -> bool:
    """A noun phrase by the tags: a noun head (its last word), no finite verb, no pronoun head,
    every word of a kind a noun phrase holds."""
    return bool(tagged) and tagged[-1] in NOUN and not any(t in FINITE for t in tagged) \
        and all(t in allowed for t in tagged)


# --- names and the phrases written around them (quotes, conflicts and voice use these) ---------


@dataclass(frozen=True)
class Mention:
    key: str  # the name as matched ("Takaichi", "Export Control Law")
    full: str  # the whole capitalised run ("Sanae Takaichi")
    phrase: str  # with titles, head nouns and appositive
    titled: bool  # a title word precedes it: a person
    role: str = ""  # the person title words, lower case ("prime minister")
    qualifier: str = ""  # whose: "Japan", "Chinese", "South Korean"


def named_mentions(text: str, nw: NamingWords = ENGLISH.naming) -> list[Mention]:
    """Each capitalised name in `text` with the naming phrase built around it (`nw`: the titles,
    head nouns, demonyms, non-name capitals, the words that join a name's parts, the articles
    before a title and the role spellings of the text's language pack)."""
    raw = _TOKEN.findall(text)
    toks = [t.rstrip(".") if t.endswith(".") and t.lower() not in nw.title_words else t for t in raw]
    out = []
    i = 0
    while i < len(toks):
        if not _is_name(toks[i], i, nw):
            i += 1
            continue
        j = i
        while not _possessive_name(toks[j]):
            if j + 1 < len(toks) and _is_name(toks[j + 1], j + 1, nw):
                j += 1
            elif j + 2 < len(toks) and MIDDLE_INITIAL.fullmatch(raw[j + 1]) and _is_name(toks[j + 2], j + 2, nw):
                j += 2  # a middle initial: "Dirk A. Kempthorne" is Dirk Kempthorne
            elif particles := _particles(toks, j + 1, nw):
                j += particles  # "Osama bin Laden", "Ursula von der Leyen", "Mahmoud al-Goweiny"
            elif (j + 2 < len(toks) and toks[j + 1] in nw.name_joiners and toks[j + 2][:1].isupper()
                  and toks[j + 2] not in nw.stop_caps):
                j += 2  # "Ministry of Commerce", "Institute for Strategic Studies"
            elif _surname_title(toks, j + 1, nw):
                j += 1  # "Billy King said": a title after a name that titles nobody is a surname
            else:
                break
        if i > 0 and toks[i - 1] in nw.vessel_prefixes:
            i -= 1  # "MS Columbus", "INS Mysore": the prefix is the ship's name's (no "Ms.")
        run = [_POSSESSIVE_END.sub("", t) for t, r in zip(toks[i:j + 1], raw[i:j + 1])
               if not MIDDLE_INITIAL.fullmatch(r)]
        start = i
        while start > 0 and (toks[start - 1].lower() in nw.title_words or _possessive_name(toks[start - 1])):
            start -= 1
        titled = any(t.lower() in nw.person_titles for t in toks[start:i])
        modifiers = [t for t in toks[start:i] if t[:1].isupper() and not _possessive_name(t)]
        if start > 0 and toks[start - 1].lower() in nw.title_articles and start < i:
            start -= 1
        end = j + 1
        while end < len(toks) and toks[end].lower() in nw.head_nouns:
            end += 1
        phrase = " ".join(toks[start:end])
        if (end < len(toks) - 2 and toks[end] == "," and toks[end + 1].lower() in nw.appositive_articles
                and toks[end + 2].lower() not in nw.appositive_heads_to_skip):
            stop = end + 1
            while stop < len(toks) and toks[stop] not in (",", ".", ";") and stop - end <= APPOSITIVE_MAX_TOKENS:
                stop += 1
            if stop - end <= APPOSITIVE_MAX_TOKENS:
                phrase += ", " + " ".join(toks[end + 1:stop])
        key = run[-1] if titled else " ".join(modifiers + run)
        role = " ".join(_respell(t.lower(), nw.role_spelling) for t in toks[start:i]
                        if t.lower() in nw.title_words and t.lower().rstrip(".") not in nw.honorifics)
        qualifier = " ".join(_POSSESSIVE_END.sub("", t) for t in toks[start:i] if _possessive_name(t))
        k = start
        while (not qualifier and k > 0 and start - k < 2 and toks[k - 1][:1].isupper()
               and toks[k - 1].lower() not in nw.starters):
            k -= 1
        if not qualifier and k < start:
            qualifier = " ".join(toks[k:start])
        qualifier = nw.demonyms.get(qualifier.lower(), qualifier)
        if key and key not in nw.stop_caps and len(key) > 1:
            full = " ".join(run if titled else modifiers + run)
            out.append(Mention(key=key, full=full, phrase=phrase, titled=titled,
                                role=role, qualifier=qualifier))
        i = j + 1
    return out


def name_words(text: str, nw: NamingWords = ENGLISH.naming) -> set[str]:
    """The words of the names a sentence holds (`named_mentions`), less its first word, which is
    capitalised anyway: what two sentences must share to speak of one named thing."""
    opening = re.match(r"\W*([\w’'-]*\w)", text)  # "Sixty-one homes …": the whole first word
    return {word for m in named_mentions(text, nw) for word in m.full.split()
            if not (opening and word == opening.group(1))}


def _respell(word: str, spelling: Mapping[str, str]) -> str:
    """`word` with each spelling of `spelling` written the one way ("defense" → "defence")."""
    for written, one in spelling.items():
        word = word.replace(written, one)
    return word


def _is_name(tok: str, index: int, nw: NamingWords) -> bool:
    if nw.name_prefix.match(tok):
        return True  # "al-Goweiny said": a surname with its article
    return bool(tok[:1].isupper()) and tok not in nw.stop_caps and tok.lower() not in nw.title_words \
        and not tok.isupper() and (index > 0 or tok.rstrip("’'s") not in nw.stop_caps)


def _particles(toks: list[str], i: int, nw: NamingWords) -> int:
    """How many tokens from i continue a name through its lower-case particles: "bin Laden" (2),
    "von der Leyen" (3), a prefixed surname "al-Goweiny" (1); 0 if none do."""
    if i < len(toks) and nw.name_prefix.match(toks[i]):
        return 1
    m = i
    while m < len(toks) and m - i < 3 and toks[m] in nw.name_particles:
        m += 1
    return m - i + 1 if m > i and m < len(toks) and (toks[m][:1].isupper() or nw.name_prefix.match(toks[m])) \
        and toks[m] not in nw.stop_caps else 0


def _surname_title(toks: list[str], i: int, nw: NamingWords) -> bool:
    """Whether the capitalised person title at i, right after a name, is the name's last part:
    nothing capitalised follows it for it to title, and no "of"/"for" continues it ("Billy King
    said", "Carole King, who …"; not "Prime Minister Takaichi", "Chief of Staff")."""
    if i >= len(toks) or not toks[i][:1].isupper() or toks[i].lower() not in nw.person_titles \
            or toks[i].endswith(".") or toks[i].lower() in nw.honorifics:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return not nxt[:1].isupper() and nxt not in nw.name_joiners


def _possessive_name(tok: str) -> bool:
    """A capitalised word in the possessive: "Bush's", and after a final s "Charles'", "Saints’"."""
    return tok[:1].isupper() and tok.endswith(("’s", "'s", "s’", "s'"))


_POSSESSIVE_END = re.compile(r"[’']s$|(?<=s)[’']$")  # the possessive ending of a name
