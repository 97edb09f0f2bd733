"""Labels: how each outlet names the same referent — "militants" / "fighters", "ban" / "export controls".

A label is a noun phrase, never a clause or a headline fragment, found by `compare/naming.py`
(against a name several outlets share, or in aligned facts) or by `compare/counted.py` (the noun
each outlet counts one group of people by: "110 people" / "110 rioters" arrested); each row says
which: `method`.
Identical namings, and namings that differ only by inflection, case, spelling or a figure, are
not listed; a quotation nobody is named as saying gives no label. Each label carries the voice of
its span: a quoted "China's Taiwan region" is the speaker's naming, not the outlet's.

Precision first: each outlet gets one row per referent (the naming it uses most), and a row's
`confidence` is what its method measured on the labels benchmark, lower when no other outlet's
naming of the referent shares its head noun (a stray phrase of one outlet would pair with every
other row). Rows under `LABEL_MIN_CONFIDENCE` are not reported; "nothing notable" is an answer.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict

from ..models import Fact, Label, Sentence
from .counted import counted_namings
from .evaluative import vader_lexicon
from .language import ENGLISH, LanguagePack, majority_pack
from .loaded import load_lexicon
from .naming import Grammar, Naming, headline
from .naming_phrases import head_word, plain, same_naming
from .params import (
    CONFIDENCE,
    CONFIDENCE_ALONE,
    DOMAIN_SCORE,
    LABEL_JUDGING_VALENCE,
    LABEL_MAX_ROWS,
    LABEL_MIN_CONFIDENCE,
    LABEL_MIN_OUTLETS,
)
from .slot_value import SlotValue

log = logging.getLogger(__name__)
APPOSITIVE_METHODS = frozenset({"appositive of a name", "name is a …"})


def naming_labels(sentences: list[Sentence], facts: list[Fact], voices: dict | None = None,
                  min_outlets: int = LABEL_MIN_OUTLETS, min_confidence: float = LABEL_MIN_CONFIDENCE,
                  values: list[SlotValue] | None = None) -> list[Label]:
    """Labels of every referent that at least `min_outlets` outlets name differently, each row at
    least `min_confidence` sure. `voices`: (article id, index) → SentenceVoice. Every word list,
    the stemmer and the tagger are those of one pack for the whole event: that of the language
    most of `sentences` are in (`majority_pack`; one referent is named across its reports)."""
    pack = majority_pack(s.language for s in sentences)
    usable = [s for s in sentences if not headline(s.text, pack)]
    grammar = Grammar.of(usable, pack)
    by_ref: dict[str, list[tuple[Naming, str, str]]] = defaultdict(list)
    counted = counted_namings(values or [], usable, pack)
    for n in grammar.name_descriptors(usable) + grammar.aligned_namings(facts) + counted:
        voice = (voices or {}).get((n.sentence.article_id, n.sentence.index))
        who, speaker = voice.at(n.start, n.end) if voice else ("own", "")
        if who == "quoted" and not speaker:
            continue  # a quotation nobody is named as saying: whose naming is it?
        by_ref[n.referent].append((n, who, speaker))
    out: list[Label] = []
    for items in by_ref.values():
        namings = [n for n, _, _ in items]
        rows = [(n, who, speaker, row_confidence(n, namings, pack)) for n, who, speaker in _outlet_rows(items, pack)]
        rows = [r for r in rows if r[3] >= min_confidence]
        if len({r[0].source for r in rows}) < min_outlets or len({plain(r[0].phrase, pack) for r in rows}) < 2:
            continue  # one outlet, or every outlet names it alike
        for n, who, speaker, confidence in rows[:LABEL_MAX_ROWS]:
            out.append(Label(entity=n.display, source=n.source, label=n.phrase, sentence=n.sentence.text,
                             voice=who, speaker=speaker, method=n.method, confidence=confidence))
    log.debug("labels: %d rows of %d referents", len(out), len(by_ref))
    return out


def row_confidence(n: Naming, namings: list[Naming], pack: LanguagePack = ENGLISH) -> float:
    """How sure a row is: its method's measured precision, lower when no other outlet's naming of
    the referent shares its head noun (one outlet's stray word pairs with every other row)."""
    stem = pack.stemmer
    head = stem(head_word(n.phrase))
    shared = any(m.source != n.source and stem(head_word(m.phrase)) == head for m in namings)
    return CONFIDENCE[n.method] if shared or judging(n.phrase, n.start == 0) else CONFIDENCE_ALONE[n.method]


def judging(phrase: str, opens_sentence: bool = False) -> bool:
    """Whether a naming holds a word that judges whom it names, by general resources: one VADER
    rates at least `LABEL_JUDGING_VALENCE` below 0 ("terrorist") or above it before the head
    ("beautiful"), or a term of the packaged loaded-terms lists shown in every sentence ("thug",
    "disgraced", "strongman"). Such a
    title is how the outlet frames the person, whatever head the other outlets' namings have. A
    capitalised word is a name's ("Nobel Peace Prize winner"), unless it opens the sentence; a
    head noun VADER rates well names a feat ("Olympic champion", "prize winner"), where a word
    before it praises ("beautiful party girl")."""
    found = re.findall(r"[\w'-]+", phrase)
    kept = [(i, w) for i, w in enumerate(found) if w[:1].islower() or i == 0 and opens_sentence]
    valence = vader_lexicon()
    if any(valence.get(w.lower(), 0.0) <= -LABEL_JUDGING_VALENCE
           or valence.get(w.lower(), 0.0) >= LABEL_JUDGING_VALENCE and i < len(found) - 1 for i, w in kept):
        return True
    plain_words = " ".join(w for _, w in kept)
    return any(score >= DOMAIN_SCORE and pattern.search(plain_words) for _, _, pattern, score in load_lexicon(""))


def _outlet_rows(items: list[tuple[Naming, str, str]], pack: LanguagePack) -> list[tuple[Naming, str, str]]:
    """One row per outlet: the naming it uses most often for the referent (then the surer method,
    then an appositive that is more than a title, then the earlier sentence), so a stray phrase of
    one outlet stands beside one of its own at most. "Kessian President Omar Dali, a former army
    general," is shown by its appositive: a title says the office every outlet names, the
    appositive how this outlet frames him."""
    rows = []
    for source in sorted({n.source for n, _, _ in items}):
        mine = sorted((it for it in items if it[0].source == source),
                      key=lambda it: (-CONFIDENCE[it[0].method], not _framing(it[0], pack), it[0].sentence.index))
        count = Counter(next(plain(m.phrase, pack) for m, _, _ in mine if same_naming(m.phrase, n.phrase, pack))
                        for n, _, _ in mine)
        best = max(mine, key=lambda it: count[next(plain(m.phrase, pack) for m, _, _ in mine
                                                   if same_naming(m.phrase, it[0].phrase, pack))])
        rows.append(best)
    return sorted(rows, key=lambda it: (it[0].source, it[0].sentence.index))


def _framing(n: Naming, pack: LanguagePack) -> bool:
    """An appositive that says more than a title ("a former army general", "the nation's beloved
    leader"; not "Kessia's president"): the outlet's own framing of the referent."""
    return n.method in APPOSITIVE_METHODS and not _title_only(n.phrase, pack)


def _title_only(phrase: str, pack: LanguagePack) -> bool:
    """Whether a naming holds nothing but titles and roles (the pack's lists) and capitalised words:
    a demonym, a possessor's name ("Kessian President", "Japan's Prime Minister", "head coach")."""
    nw = pack.naming
    words = [w.strip(",.") for w in phrase.split()]
    return bool(words) and all(w[:1].isupper() or w.lower() in nw.title_words or w.lower() in nw.title_openers
                               or w.lower() == nw.and_word or w.lower() in pack.voice.role_words for w in words)
