"""Transcripts: a report that prints what was said turn by turn ("President Barack Obama: Before
I introduce …", "Spokesperson: We have noted …") quotes its speakers without quotation marks.

A turn opens with a speaker label at a sentence's start: a person's name (titled, or a given name
or a surname the word lexicon does not know as a common word, and a surname) or one of the pack's
role words, then a colon, then words spoken in the first or second person (a role's turn may be a
question: "Reporter: Will the ban cover chips?"). It runs on over the sentences after it until the
next label, so the words of a printed speech are the speaker's, never the outlet's own voice. A
line such as "Hugh Jackman: an Oscar hit or miss?" is a headline, not a turn: it speaks in no
person.
"""

from __future__ import annotations

import re

from .language import LanguagePack
from .names import is_given_name
from .phrases import named_mentions
from .quotation import person_words

LABEL = re.compile(r"^(?P<label>[^:\"“”]{1,60}?):\s+(?=\S)")


def transcript_turns(texts: list[str], lp: LanguagePack) -> dict[int, tuple[int, str]]:
    """Sentence index → (offset where the turn's words start, speaker) for every sentence of a
    transcript turn; {} for a report that prints none."""
    turns: dict[int, tuple[int, str]] = {}
    speaker = ""
    for i, text in enumerate(texts):
        label = _speaker_label(text, lp)
        if label is not None:
            turns[i] = label  # 'Jo Park: "We will rebuild."' (a headline) quotes her in its own marks,
            opens = text[label[0]:label[0] + 1]  # and is no transcript: the sentences after it are not hers
            speaker = "" if opens in lp.voice.quote_marks or opens in lp.voice.quote_pairs else label[1]
        elif speaker:
            turns[i] = (0, speaker)
    return turns


def _speaker_label(text: str, lp: LanguagePack) -> tuple[int, str] | None:
    """(offset after the label, speaker) when the sentence opens a turn, else None."""
    found = LABEL.match(text)
    if not found:
        return None
    label, rest = found.group("label").strip(), text[found.end():]
    role = label.lower() in lp.voice.role_words
    if role:
        speaker = label  # "Spokesperson: …", "Reporter: …"
    else:
        named = named_mentions(label, lp.naming)
        if not named or not label.endswith(named[-1].full) \
                or any(not w[:1].isupper() and w not in lp.voice.connectors for w in label.split()):
            return None  # the name and its title only ("Minister of Commerce Wang Wentao"), not "Since
            # the publication of Bettie Page: Life of a Pin-Up Legend, I have …"
        name = named[-1]
        unknown = lp.word_tag is not None and lp.word_tag(name.full.split()[-1].lower()) in (None, "NNP")
        quoted = rest[:1] in lp.voice.quote_marks or rest[:1] in lp.voice.quote_pairs  # 'Koval: "We will …"'
        if not (name.titled or (" " in name.full or quoted) and (is_given_name(name.full.split()[0]) or unknown)):
            return None  # (a surname the word lexicon does not know as a common word: "Mao Ning", not
            # "Editor's Note")
        parts = name.full.split()
        while len(parts) > 2 and not is_given_name(parts[0]) and lp.word_tag is not None \
                and lp.word_tag(parts[0].lower()) in ("NN", "NNS", "JJ"):
            parts = parts[1:]  # "Minister of Commerce Wang Wentao": the name, not "Commerce Wang Wentao"
        speaker = " ".join(parts)
    spoken = person_words(rest) & (lp.voice.first_person_forms | lp.voice.second_person_forms)
    if not (spoken or role and rest.rstrip().endswith("?")):
        return None  # "Hugh Jackman: an Oscar hit or miss?" asks, but in no person: a headline
    return found.end(), speaker
