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
from scipy import sparse

from ..models import Conflict, ConflictValue, Fact, Sentence
from .language import ENGLISH, LanguagePack, pack_for
from .overlap import content_words, shared_stems
from .pairs import PairScores, annotate
from .params import (
    CONTRADICTION_COPY,
    CONTRADICTION_OVERLAP,
    DEFAULT_PARAMS,
    LEADING_CLAUSE_WORDS,
    TAG_QUESTION_WORDS,
    AlignParams,
)
from .speakers import FINITE

QUESTION_MARKS = ("?", "？", "؟")  # Latin, full-width (Chinese, Japanese), Arabic
_CLAUSE_BREAK = re.compile(r"[,;，；—–]|\s--\s")


def similarity_matrix(sentences: list[Sentence], vectors: np.ndarray, params: AlignParams,
                      content_vectors: np.ndarray | None = None) -> np.ndarray:
    """Combined score of every pair, one embedding view (the pair benchmark samples from it).
    `content_vectors` embed each sentence without its frame of saying ("The ministry warned that
    …"): two outlets reporting one claim through different frames are compared on the claim,
    and the better of the two cosines is used."""
    return PairScores(sentences, params, vectors, content_vectors, neighbours=0).dense()


def align_facts(sentences: list[Sentence], vectors: np.ndarray, params: AlignParams = DEFAULT_PARAMS,
                content_vectors: np.ndarray | None = None, second: np.ndarray | None = None,
                second_content: np.ndarray | None = None) -> list[Fact]:
    """Every sentence ends up in exactly one fact; facts keep the order of first appearance.

    Groups grow from the strongest candidate pairs (`pairs.PairScores`: each sentence's nearest
    neighbours), and two groups join only when every pair between them is scored and passes.
    Two sentences of opposite polarity ("was found guilty" / "has pleaded not guilty") are never
    grouped, however alike: `contradictions` reports them. `second`/`second_content` are a
    second embedding view of the sentences (compare.pairs). Each fact carries its confidence,
    the sentences only near it (`related`) and each absent outlet's closest sentence.
    """
    n = len(sentences)
    if n == 0:
        return []
    scores = PairScores(sentences, params, vectors, content_vectors, second, second_content)
    stance = [_stance(s) for s in sentences]
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for i, j in scores.ordered(scores.score >= params.threshold):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if not _may_join(sentences, stance, a, b):
            continue
        between = scores.block(a, b)
        if float(between.mean()) < params.linkage or float(between.min()) < params.link_floor:
            continue
        for k in b:
            group_of[k] = gi
        members[gi] = a + b
        del members[gj]
    if params.second_look_shared:
        _second_look(sentences, stance, scores.dense(), members, group_of, params)
    groups = sorted(members.values(), key=min)
    facts = []
    for number, group in enumerate(groups, start=1):
        ordered = sorted(group, key=lambda k: (sentences[k].source, sentences[k].index))
        facts.append(Fact(id=f"F{number}", sentences=tuple(sentences[k] for k in ordered)))
    return annotate(facts, groups, sentences, scores)


def _stance(sentence: Sentence) -> int:
    """What joining must keep equal inside a fact: the claim's polarity and whether it is asked."""
    return int(polarity(sentence.text, pack_for(sentence.language))) + 2 * int(question(sentence.text))


def _may_join(sentences, stance, a: list[int], b: list[int]) -> bool:
    """No outlet twice in a fact, no two sentences of opposite polarity, no question with a statement."""
    if {sentences[k].source for k in a} & {sentences[k].source for k in b}:
        return False
    return len({stance[k] for k in a + b}) == 1


def _second_look(sentences, stance, score, members, group_of, params: AlignParams) -> None:
    """Groups left apart (often one sentence) join the group they score best with, when close
    enough on average and sharing enough content stems on average (names, numbers, key words):
    a claim five outlets word five ways ends as one fact, not two of two and three.

    The smallest group that has such a partner joins it first, then again, until none has one
    (ties: the group first in sentence order; its partner: the best, the last in order among
    equals). Issue 23: this restarted a scan of every pair of groups after each join (41 of 52 s
    on a 9-report event); now the sums of scores and of shared stems between groups are kept in
    two group × group arrays, updated at each join, and each group's best partner is remembered,
    so a join costs one pass over the groups."""
    keys = sorted(members)  # the groups in sentence order, as the dict iterates them
    count = len(keys)
    if count < 2:
        return
    column = np.empty(len(sentences), dtype=np.int64)
    for g, key in enumerate(keys):
        column[members[key]] = g
    belongs = sparse.csr_matrix((np.ones(len(sentences)), (np.arange(len(sentences)), column)),
                                shape=(len(sentences), count))
    sums = np.asarray(belongs.T @ score.astype(np.float64) @ belongs)
    words = [content_words(s.text, s.language) for s in sentences]
    stems = np.asarray((belongs.T @ shared_stems(words) @ belongs).toarray(), dtype=np.float64)
    outlet_ids: dict[str, int] = {}
    outlets = np.zeros((count, len({s.source for s in sentences})), dtype=bool)
    for k, s in enumerate(sentences):
        outlets[column[k], outlet_ids.setdefault(s.source, len(outlet_ids))] = True
    sign = np.array([stance[members[key][0]] for key in keys])
    size = np.array([len(members[key]) for key in keys], dtype=np.float64)
    alive = np.ones(count, dtype=bool)

    def fits(g: int) -> tuple[np.ndarray, np.ndarray]:
        """Mean score of `g` with every group, and which groups it may join."""
        pairs = size[g] * size
        mean = sums[g] / pairs
        ok = alive & ~(outlets @ outlets[g]) & (sign == sign[g]) & (mean >= params.second_look) \
            & (stems[g] / pairs >= params.second_look_shared)
        ok[g] = False
        return mean, ok

    def best_of(g: int) -> int | None:
        mean, ok = fits(g)
        if not ok.any():
            return None
        top = np.where(ok, mean, -np.inf)
        return int(np.flatnonzero(top == top.max())[-1])

    best = [best_of(g) for g in range(count)]
    while True:
        ready = [(size[g], g) for g in np.flatnonzero(alive).tolist() if best[g] is not None]
        if not ready:
            return
        g = min(ready)[1]
        b = best[g]
        assert b is not None
        for table in (sums, stems):
            table[b] += table[g]
            table[:, b] += table[:, g]
        outlets[b] |= outlets[g]
        size[b] += size[g]
        alive[g] = False
        members[keys[b]] += members[keys[g]]
        for k in members.pop(keys[g]):
            group_of[k] = keys[b]
        mean_b, ok_b = fits(b)  # symmetric: what every group scores with the grown group
        for x in np.flatnonzero(alive).tolist():
            if x == b or best[x] in (g, b):
                best[x] = best_of(x)
            elif ok_b[x]:
                current = best[x]
                if current is None or mean_b[x] > sums[x, current] / (size[x] * size[current]) \
                        or (mean_b[x] == sums[x, current] / (size[x] * size[current]) and b > current):
                    best[x] = b


def polarity(text: str, pack: LanguagePack = ENGLISH) -> bool:
    """True when the sentence's claim is negated ("has pleaded not guilty", "denied", "did not"),
    by the negations and negating phrases of `pack` (the sentence's language), counted in its main
    clause (`main_clause`)."""
    words = pack.polarity
    low = words.not_negating.sub(" ", main_clause(text, pack).lower().replace("’", "'"))
    toks = re.findall(r"[\w']+", low)
    count = sum(1 for t in toks if t in words.negations or t.endswith("n't")) + len(words.negating_phrases.findall(low))
    denial = pack.voice.denial.search(low)
    if denial and denial.group("verb") not in words.negations and denial.start("claim") > denial.end("verb") + 1:
        count += 1  # "contest police allegations that …", "disputed reports that …": a denial
    return count % 2 == 1


def question(text: str) -> bool:
    """True when the sentence asks rather than states: it ends in a question mark outside any
    quotation ("Saints could shut down Reggie Bush?", "Should the Yankees go higher …?"). A
    question asserts nothing, so it never shares a fact with a statement, however alike (it can
    still be listed as related). A short tag after a comma leaves a statement ("… now has 2,029
    points, but who's counting?"), and a quoted question ('"Why now?" he asked') is a statement
    that someone asked. Measured on the pair benchmark's tune events (a related headline no longer
    merged, no same-claim pair lost) and read over all 66 ECB+ events (BENCHMARKS.md)."""
    text = text.rstrip()
    if not text.endswith(QUESTION_MARKS):
        return False
    tail = _CLAUSE_BREAK.split(text)[-1]
    return tail == text or len(tail.split()) > TAG_QUESTION_WORDS


def main_clause(text: str, pack: LanguagePack = ENGLISH) -> str:
    """The sentence less a leading subordinate clause, opened by one of the pack's subordinators
    or by a participle and running to its comma: a negation there is not the claim's ("Denying he
    was a gangster, Gigante would wander …" and "Gigante would wander …" state one claim).
    Measured on the pair benchmark's tune events (a same-claim pair no longer kept apart, none
    joined wrongly) and read over all 66 ECB+ events (BENCHMARKS.md, "Same claim or not")."""
    words = pack.polarity
    first = re.match(r"\s*([\w'’-]+)([^,]*),\s*(?=\S)", text)
    if first and len(first.group(0).split()) <= LEADING_CLAUSE_WORDS:
        opener = first.group(1)
        participle = pack.tagger is not None and opener[:1].isupper() \
            and pack.tagger(tuple(text.split()[:3]))[0] == "VBG"
        if opener.lower() in words.subordinators or participle:
            return _without_relative_clauses(text[first.end():], pack)
    return _without_relative_clauses(text, pack)


def _without_relative_clauses(text: str, pack: LanguagePack) -> str:
    """The text less its relative clauses that hold one finite verb and end at a comma, a
    semicolon or the sentence's end ("…, whose asylum claims were rejected, …"): what they deny
    qualifies a noun, not the claim. A clause running into the main verb ("The man who did not stop
    was fined") holds two finite verbs and is kept, as the clause's end cannot be told there."""
    openers = pack.polarity.relative_openers
    if pack.tagger is None or not openers:
        return text
    out, pos = [], 0
    for m in re.finditer(r"(?<=[\w,])\s+(" + "|".join(sorted(openers)) + r")\b([^,;]*?)(?=[,;]|[.!?]?\s*$)", text,
                         flags=re.I):
        words = tuple(re.findall(r"[\w'’-]+", m.group(2)))
        if sum(t in FINITE for t in pack.tagger(words)) == 1:
            out.append(text[pos:m.start()])
            pos = m.end()
    return "".join(out) + text[pos:]


def _token_ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower()),
                           autojunk=False).ratio()


def negates_shared(a: str, b: str, pack_a: LanguagePack = ENGLISH, pack_b: LanguagePack = ENGLISH) -> bool:
    """The negation in one sentence applies to a word the other affirms ("not guilty" / "guilty",
    "denied … involvement" / "… involvement"): the next content word after the negation (within
    three words) occurs in the other sentence without a negation before it. Stop words are skipped
    and words matched by stem, by the negated sentence's pack."""
    def toks(text: str, pack: LanguagePack) -> list[str]:  # "or not", "the No. 5 seed" negate nothing
        return re.findall(r"[\w']+", pack.polarity.not_negating.sub(" ", text.lower().replace("’", "'")))
    for (neg_text, neg_pack), (pos_text, pos_pack) in (((a, pack_a), (b, pack_b)), ((b, pack_b), (a, pack_a))):
        neg, pos = toks(neg_text, neg_pack), toks(pos_text, pos_pack)
        negations, pos_negations = neg_pack.polarity.negations, pos_pack.polarity.negations
        stem_of = neg_pack.stemmer
        if pos_pack.polarity.prohibitive & set(pos):
            continue  # "banned exports" and "may not be exported" say the same thing
        for k, t in enumerate(neg):
            if t in negations or t.endswith("n't"):
                for w in neg[k + 1:k + 4]:
                    if w in neg_pack.stop_words or w in negations:
                        continue
                    hits = [m for m, x in enumerate(pos) if stem_of(x) == stem_of(w)]
                    if any(not any(p in pos_negations or p.endswith("n't") for p in pos[max(0, m - 3):m])
                           for m in hits):
                        return True
                    break
    return False


def negated_pairs(sentences: list[Sentence], vectors: np.ndarray, params: AlignParams = DEFAULT_PARAMS,
                  content_vectors: np.ndarray | None = None) -> list[tuple[int, int, float]]:
    """(negated, affirmative, score) of every pair of sentences of different outlets that state one
    claim with opposite polarity by meaning: they score at least the linkage on the combined measure,
    share `CONTRADICTION_OVERLAP` of their content stems, and the negation bears on a word the other
    affirms; strongest first. Only negated sentences are scored, each against every affirmative one:
    negations are a small share of a report's sentences (issue 23)."""
    if not sentences:
        return []
    negated = [polarity(s.text, pack_for(s.language)) for s in sentences]
    no, yes = (np.flatnonzero(np.array(negated, dtype=bool) == flag) for flag in (True, False))
    if not len(no) or not len(yes):
        return []
    scores = PairScores(sentences, params, vectors, content_vectors, neighbours=0)
    score, lexical = scores.block(no, yes), scores.overlap_block(no, yes)
    keep = (scores.outlet[no][:, None] != scores.outlet[yes][None, :]) & (score >= params.linkage) \
        & (lexical >= CONTRADICTION_OVERLAP)
    row, col = np.nonzero(keep)
    first, second = np.minimum(no[row], yes[col]), np.maximum(no[row], yes[col])
    order = np.lexsort((second, first, score[row, col]))[::-1]  # strongest first; ties: larger i, then j
    out = []
    for i, j, value in zip(first[order].tolist(), second[order].tolist(), score[row, col][order].tolist()):
        a, b = sentences[i], sentences[j]
        if negates_shared(a.text, b.text, pack_for(a.language), pack_for(b.language)):
            out.append((i, j, value) if negated[i] else (j, i, value))
    return out


def contradictions(sentences: list[Sentence], pairs: list[tuple[int, int, float]]) -> list[Conflict]:
    """Of the `negated_pairs`, those near copies of each other in word order (`CONTRADICTION_COPY`),
    each sentence in one pair at most: one claim affirmed by one outlet and denied by another."""
    out: list = []
    used: set[int] = set()
    for no, yes, _ in pairs:
        if no in used or yes in used or _token_ratio(sentences[no].text, sentences[yes].text) < CONTRADICTION_COPY:
            continue
        used.update((no, yes))
        shared = sorted(content_words(sentences[no].text, sentences[no].language)
                        & content_words(sentences[yes].text, sentences[yes].language))[:4]
        out.append(Conflict(kind="contradiction", slot="affirmed and denied (" + ", ".join(shared) + ")",
                            values=(ConflictValue(sentences[yes].source, "affirms", sentences[yes].text),
                                    ConflictValue(sentences[no].source, "denies", sentences[no].text)),
                            disagreeing=1))
    return out
