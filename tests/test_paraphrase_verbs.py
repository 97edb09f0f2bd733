"""Verbs of saying across paraphrases of one fact (compare/paraphrase_verbs.py): invented sentences."""

from __future__ import annotations

from aggregator.compare import _word_changes
from aggregator.compare.paraphrase_verbs import paraphrase_verb_changes
from aggregator.compare.voice import sentence_voice
from aggregator.models import Fact, Sentence


def _fact(*texts: str) -> tuple[Fact, dict]:
    sentences = tuple(Sentence(f"a{i}", f"Outlet {i}", 0, text, "en") for i, text in enumerate(texts))
    return Fact(id="F1", sentences=sentences), {(s.article_id, 0): sentence_voice(s.text) for s in sentences}


def _verbs(*texts: str) -> list[tuple[str, str, str, str]]:
    fact, voices = _fact(*texts)
    return [(w.source_a, w.source_b, w.before, w.after)
            for w in paraphrase_verb_changes([fact], [s.source for s in fact.sentences], voices)]


def test_one_speaker_said_in_one_paraphrase_and_claimed_in_another():
    """The near-copy diff cannot read these two (too few words in common); their frames can."""
    assert _verbs("Governor Elena Markova said inflation, which reached 3.2 percent in October, remained high.",
                  "Governor Elena Markova claimed inflation was still too high, despite prices easing.",
                  "Markova, the governor, insisted that inflation remained too high.") == [
        ("Outlet 0", "Outlet 1", "said", "claimed"),
        ("Outlet 0", "Outlet 2", "said", "insisted"),
        ("Outlet 1", "Outlet 2", "claimed", "insisted"),
    ]


def test_plain_verbs_two_speakers_and_two_verbs_in_one_sentence_are_no_change():
    # two plain verbs: house style
    assert _verbs("Governor Elena Markova said inflation remained high in October.",
                  "Inflation was still high, Markova told reporters on Thursday.") == []
    # two speakers: not one frame chosen two ways
    assert _verbs("Governor Elena Markova said inflation remained high in October.",
                  "Opposition spokesman Tom Hale claimed inflation was still too high.") == []
    # one sentence frames two verbs: which one answers the other's is unknown
    assert _verbs("Governor Elena Markova said inflation remained high, and she warned of further increases.",
                  "Governor Elena Markova claimed inflation was still too high, despite prices easing.") == []


def test_a_verb_the_near_copy_diff_read_is_listed_once():
    a = "Japan said the measures were a violation of international practice, Kyodo News reported on Tuesday."
    b = "Japan claimed the measures were a violation of international practice, Kyodo News reported on Tuesday."
    fact, voices = _fact(a, b)
    changes = [(w.before, w.after, w.kind) for w in _word_changes([fact], ["Outlet 0", "Outlet 1"], voices)
               if w.kind == "attribution verb"]
    assert changes == [("said", "claimed", "attribution verb")]
