"""Verbs of saying across paraphrases: one fact, one speaker, two outlets' verbs ("said" / "claimed").

Word changes (`wording.py`) diff near copies only: below `NEAR_COPY_RATIO` the diff of two
paraphrases is a list of unrelated words. Yet two outlets that word one claim freely still each
frame its speaker, and the frame is where a framing move sits: "Governor Elena Markova said
inflation remained too high" / "Governor Elena Markova claimed inflation was still too high". The
alignment has already put both in one fact (one claim); this reads only their frames of saying.

Precision first, so all of:
- each sentence has one verb of saying in its frames (two frames, two verbs: which pairs with which
  is unknown);
- both frames name one speaker (`change_frames.one_speaker`, as for near copies);
- the verbs are not one verb in two tenses, nor two plain ones ("said" / "told reporters");
- one of them is a doubt-casting, conceding or loaded verb of the language pack ("claimed",
  "insisted", "admitted", "slammed"): "said" / "warned" in two paraphrases may be two parts of one
  statement, "said" / "claimed" is the outlet's choice.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from itertools import combinations

from ..models import Fact, WordingChange
from .change_frames import one_speaker, plain_for_plain, same_verb
from .change_spans import tokens
from .evaluative import lemma
from .language import language_pack
from .params import PARAPHRASE_VERB_CONFIDENCE
from .voice import SentenceVoice

log = logging.getLogger(__name__)


def paraphrase_verb_changes(facts: list[Fact] | tuple[Fact, ...], order: list[str],
                            voices: Mapping[tuple[str, int], SentenceVoice],
                            done: Collection[tuple[str, str, str]] = ()) -> list[WordingChange]:
    """An "attribution verb" change for each pair of one fact's sentences of two outlets whose
    frames name one speaker with two verbs, one of them not neutral; earlier outlet first.
    `done` holds (fact id, outlet a, outlet b) pairs whose verbs the near-copy diff already read."""
    rank = {name: i for i, name in enumerate(order)}
    out: list[WordingChange] = []
    for fact in facts:
        sentences = sorted(fact.sentences, key=lambda s: rank.get(s.source, len(rank)))
        for a, b in combinations(sentences, 2):
            if a.source == b.source or a.text == b.text or (fact.id, a.source, b.source) in done:
                continue
            va, vb = voices.get((a.article_id, a.index)), voices.get((b.article_id, b.index))
            verb_a, verb_b = _one_verb(va), _one_verb(vb)
            if not verb_a or not verb_b:
                continue
            pack = language_pack(a.language)
            if pack is not language_pack(b.language):
                continue
            if same_verb([verb_a], [verb_b], pack) or plain_for_plain([verb_a], [verb_b], pack):
                continue
            doubt = pack.evaluative.doubt_verbs
            if not any(lemma(v.lower(), "VB") in doubt for v in (verb_a, verb_b)):
                continue
            if not one_speaker(va, vb, tokens(a.text, pack.slots), tokens(b.text, pack.slots), pack):
                continue
            out.append(WordingChange(fact_id=fact.id, source_a=a.source, source_b=b.source, before=verb_a,
                                     after=verb_b, kind="attribution verb", sentence_a=a.text, sentence_b=b.text,
                                     confidence=PARAPHRASE_VERB_CONFIDENCE))
    log.debug("%d verbs of saying changed across paraphrases", len(out))
    return out


def _one_verb(voice: SentenceVoice | None) -> str:
    """The one verb of saying of a sentence's frames that name a speaker ("" when none or several);
    "according to" is no verb."""
    verbs = {s.verb for s in (voice.spans if voice else ()) if s.speaker and s.verb}
    if len(verbs) != 1:
        return ""
    verb = next(iter(verbs))
    return verb if len(verb.split()) == 1 else ""
