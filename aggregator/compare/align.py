"""Fact alignment: group sentences of different outlets that state the same fact.

Two signals together: sentence-embedding cosine (meaning survives paraphrase) and content-word
overlap (names and numbers must match, which embeddings blur). Groups grow greedily from the
strongest pairs with *average* linkage, and never hold two sentences of one outlet, so a chain
of loosely similar sentences cannot merge unrelated facts.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..models import Conflict, ConflictValue, Fact, Sentence
from ..text import has_cjk
from .lexicon import NEGATING_PHRASES, NEGATIONS, PROHIBITIVE
from .pairs import annotate, claim_scores
from .params import CONTRADICTION_COPY, CONTRADICTION_OVERLAP, DEFAULT_PARAMS, AlignParams

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def content_words(text: str) -> frozenset[str]:
    """Stemmed lower-cased words minus stop words; CJK text yields its characters' bigrams."""
    words: set[str] = set()
    for tok in _WORD.findall(text.lower()):
        if has_cjk(tok):
            words.update(tok[i:i + 2] for i in range(max(1, len(tok) - 1)))
        elif tok not in ENGLISH_STOP_WORDS and (len(tok) > 2 or tok.isdigit()):
            words.add(stem(tok))
    return frozenset(words)


_SUFFIXES = ("ations", "ation", "ities", "ity", "ingly", "ings", "ing", "edly", "ied", "ies", "ed", "es",
             "ly", "s", "e")


def stem(word: str) -> str:
    """A light suffix stripper (after Porter's step 1): "violates", "violating", "violation" → "violat";
    British and American -ise/-ize spellings meet. Enough for overlap counting, not a lemmatiser."""
    word = word.replace("isation", "ization").replace("ise", "ize") if len(word) > 6 else word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def lexical_matrix(sentences: list[Sentence]) -> np.ndarray:
    """Set cosine of content words, |A∩B| / sqrt(|A||B|), for every pair."""
    sets = [content_words(s.text) for s in sentences]
    n = len(sets)
    out = np.zeros((n, n), dtype=np.float32)
    for i in range(n):
        for j in range(i + 1, n):
            if sets[i] and sets[j]:
                out[i, j] = out[j, i] = len(sets[i] & sets[j]) / np.sqrt(len(sets[i]) * len(sets[j]))
    return out


def similarity_matrix(sentences: list[Sentence], vectors: np.ndarray, params: AlignParams,
                      content_vectors: np.ndarray | None = None) -> np.ndarray:
    """Combined score of every pair. `content_vectors` embed each sentence without its frame of
    saying ("The ministry warned that …"): two outlets reporting one claim through different
    frames are compared on the claim, and the better of the two cosines is used. One embedding
    view; `pairs.claim_scores` adds a second."""
    return claim_scores(sentences, vectors, params, content_vectors)


def align_facts(sentences: list[Sentence], vectors: np.ndarray, params: AlignParams = DEFAULT_PARAMS,
                content_vectors: np.ndarray | None = None, second: np.ndarray | None = None,
                second_content: np.ndarray | None = None) -> list[Fact]:
    """Every sentence ends up in exactly one fact; facts keep the order of first appearance.

    Two sentences of opposite polarity ("was found guilty" / "has pleaded not guilty") are never
    grouped, however alike: `contradictions` reports them. `second`/`second_content` are a
    second embedding view of the sentences (compare.pairs). Each fact carries its confidence,
    the sentences only near it (`related`) and each absent outlet's closest sentence.
    """
    n = len(sentences)
    if n == 0:
        return []
    score = claim_scores(sentences, vectors, params, content_vectors, second, second_content)
    negated = [polarity(s.text) for s in sentences]
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    pairs = [(score[i, j], i, j) for i in range(n) for j in range(i + 1, n)
             if sentences[i].source != sentences[j].source and score[i, j] >= params.threshold]
    for _, i, j in sorted(pairs, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        between = score[np.ix_(a, b)]
        if not _may_join(sentences, negated, a, b) or float(between.mean()) < params.linkage \
                or float(between.min()) < params.link_floor:
            continue
        for k in b:
            group_of[k] = gi
        members[gi] = a + b
        del members[gj]
    if params.second_look_shared:
        _second_look(sentences, negated, score, members, group_of, params)
    groups = sorted(members.values(), key=min)
    facts = []
    for number, group in enumerate(groups, start=1):
        ordered = sorted(group, key=lambda k: (sentences[k].source, sentences[k].index))
        facts.append(Fact(id=f"F{number}", sentences=tuple(sentences[k] for k in ordered)))
    return annotate(facts, groups, sentences, score, params)


def _may_join(sentences, negated, a: list[int], b: list[int]) -> bool:
    """No outlet twice in a fact, and no two sentences of opposite polarity."""
    if {sentences[k].source for k in a} & {sentences[k].source for k in b}:
        return False
    return len({negated[k] for k in a + b}) == 1


def _second_look(sentences, negated, score, members, group_of, params: AlignParams) -> None:
    """Groups left apart (often one sentence) join the group they score best with, when close
    enough on average and sharing enough content stems on average (names, numbers, key words):
    a claim five outlets word five ways ends as one fact, not two of two and three."""
    words = [content_words(s.text) for s in sentences]
    changed = True
    while changed:
        changed = False
        for g in sorted(members, key=lambda k: len(members[k])):
            group = members[g]
            best, best_score = None, params.second_look
            for h, other in members.items():
                if h == g or not _may_join(sentences, negated, group, other):
                    continue
                mean = float(score[np.ix_(group, other)].mean())
                shared = np.mean([len(words[i] & words[j]) for i in group for j in other])
                if mean >= best_score and shared >= params.second_look_shared:
                    best, best_score = h, mean
            if best is not None:
                members[best] += group
                for k in group:
                    group_of[k] = best
                del members[g]
                changed = True
                break


def polarity(text: str) -> bool:
    """True when the sentence is negated ("has pleaded not guilty", "denied", "did not")."""
    low = text.lower().replace("’", "'")
    toks = re.findall(r"[\w']+", low)
    count = sum(1 for t in toks if t in NEGATIONS or t.endswith("n't")) + len(NEGATING_PHRASES.findall(low))
    return count % 2 == 1


def _token_ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower()),
                           autojunk=False).ratio()


def _negates_shared(a: str, b: str) -> bool:
    """The negation in one sentence applies to a word the other affirms ("not guilty" / "guilty",
    "denied … involvement" / "… involvement"): the next content word after the negation (within
    three words) occurs in the other sentence without a negation before it."""
    def toks(text: str) -> list[str]:
        return re.findall(r"[\w']+", text.lower().replace("’", "'"))
    for neg_text, pos_text in ((a, b), (b, a)):
        neg, pos = toks(neg_text), toks(pos_text)
        if PROHIBITIVE & set(pos):
            continue  # "banned exports" and "may not be exported" say the same thing
        for k, t in enumerate(neg):
            if t in NEGATIONS or t.endswith("n't"):
                for w in neg[k + 1:k + 4]:
                    if w in ENGLISH_STOP_WORDS or w in NEGATIONS:
                        continue
                    hits = [m for m, x in enumerate(pos) if stem(x) == stem(w)]
                    if any(not any(p in NEGATIONS or p.endswith("n't") for p in pos[max(0, m - 3):m]) for m in hits):
                        return True
                    break
    return False


def contradictions(sentences: list[Sentence], vectors: np.ndarray, params: AlignParams = DEFAULT_PARAMS,
                   content_vectors: np.ndarray | None = None) -> list[Conflict]:
    """Pairs of sentences of different outlets stating one claim with opposite polarity."""
    if not sentences:
        return []
    score = similarity_matrix(sentences, vectors, params, content_vectors)
    lexical = lexical_matrix(sentences)
    negated = [polarity(s.text) for s in sentences]
    out: list = []
    used: set[int] = set()
    pairs = sorted(((score[i, j], i, j) for i in range(len(sentences)) for j in range(i + 1, len(sentences))
                    if sentences[i].source != sentences[j].source and negated[i] != negated[j]
                    and score[i, j] >= params.linkage and lexical[i, j] >= CONTRADICTION_OVERLAP), reverse=True)
    for _, i, j in pairs:
        if i in used or j in used or not _negates_shared(sentences[i].text, sentences[j].text) \
                or _token_ratio(sentences[i].text, sentences[j].text) < CONTRADICTION_COPY:
            continue
        used.update((i, j))
        yes, no = (i, j) if negated[j] else (j, i)
        shared = sorted(content_words(sentences[i].text) & content_words(sentences[j].text))[:4]
        out.append(Conflict(kind="contradiction", slot="affirmed and denied (" + ", ".join(shared) + ")",
                            values=(ConflictValue(sentences[yes].source, "affirms", sentences[yes].text),
                                    ConflictValue(sentences[no].source, "denies", sentences[no].text)),
                            disagreeing=1))
    return out
