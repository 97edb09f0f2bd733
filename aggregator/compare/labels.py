"""Labels: how each outlet names the same thing, side by side.

For every name that at least two outlets use (Taiwan, Takaichi, Xi…), we collect the phrase
each outlet builds around it: titles before it ("Japan's Prime Minister Sanae Takaichi"),
head nouns after it ("China's Taiwan region"), and appositives ("Taiwan, a self-ruled island
Beijing claims as its sovereign territory"). The measure at the heart of the event gets its own
row, from each report's headline and lead ("an immediate ban on…" vs "tightened export controls…").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..models import Label, Sentence
from .lexicon import (
    APPOSITIVE_HEADS_TO_SKIP,
    DEMONYMS,
    HEAD_NOUNS,
    HONORIFICS,
    MEASURE_HEADS,
    PERSON_TITLES,
    SPELLING,
    STARTERS,
    STOP_CAPS,
    TITLE_WORDS,
)
from .params import APPOSITIVE_MAX_TOKENS, LABEL_MIN_OUTLETS

MEASURE = re.compile(
    r"(?:\b(?:an?|the|its)\s+)?(?:\b[\w-]+(?:ed|ate|al|ive|ous|ict|ght|er)\s+){0,2}\b" + MEASURE_HEADS +
    r"\b[^.,;:!?]{0,90}", re.IGNORECASE)
_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")


def entity_labels(sentences: list[Sentence], min_outlets: int = LABEL_MIN_OUTLETS) -> list[Label]:
    """Labels for names used by at least `min_outlets` outlets whose descriptions differ."""
    mentions = [(sent, m) for sent in sentences for m in named_mentions(sent.text)]
    people = {m.key for _, m in mentions if m.titled}
    by_entity: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    display: dict[str, str] = {}
    for sent, m in mentions:
        key = m.key
        if " " in key and key.rsplit(" ", 1)[1] in people:
            key = key.rsplit(" ", 1)[1]  # "Sanae Takaichi" is the titled "Takaichi"
        if len(m.full) > len(display.get(key, "")):
            display[key] = m.full
        by_entity[key][sent.source].append((m.phrase, sent.text))
    out: list[Label] = []
    for key, per_source in sorted(by_entity.items()):
        if len(per_source) < min_outlets:
            continue
        bare = {_plain(display[key]), _plain(key)}
        described = {src: [(p, t) for p, t in items if _plain(p) not in bare]
                     for src, items in per_source.items()}
        name_words = set(_plain(display[key]).split()) | set(_plain(key).split())
        descriptors = {frozenset(w for p, _ in items for w in _plain(p).split()
                                 if w not in name_words and w not in HONORIFICS)
                       for items in described.values()}
        if len(descriptors) < 2:
            continue  # every outlet uses the same words around the name
        for src, items in described.items():
            seen: set[str] = set()
            for phrase, text in items:
                if _plain(phrase) not in seen:
                    seen.add(_plain(phrase))
                    out.append(Label(entity=display[key], source=src, label=phrase, sentence=text))
    return out


def _plain(phrase: str) -> str:
    """Compare labels without case, curly quotes, possessives, a leading 'the' or US/UK spelling."""
    text = phrase.lower().replace("’", "'").rstrip(".")
    text = " ".join(SPELLING.get(w, w) for w in text.split())
    text = re.sub(r"'s\b", "", text)
    return re.sub(r"^the ", "", text).strip()


def measure_labels(leads: dict[str, list[str]]) -> list[Label]:
    """How each outlet names the measure: the first measure phrase in its headline or lead."""
    out = []
    for source, texts in leads.items():
        for text in texts:
            match = MEASURE.search(text)
            if match:
                out.append(Label(entity="the measure", source=source,
                                 label=match.group(0).strip(), sentence=text))
                break
    return out


@dataclass(frozen=True)
class Mention:
    key: str  # the name as matched ("Takaichi", "Export Control Law")
    full: str  # the whole capitalised run ("Sanae Takaichi")
    phrase: str  # with titles, head nouns and appositive
    titled: bool  # a title word precedes it: a person
    role: str = ""  # the person title words, lower case ("prime minister")
    qualifier: str = ""  # whose: "Japan", "Chinese", "South Korean"


def named_mentions(text: str) -> list[Mention]:
    """Each capitalised name in `text` with the naming phrase built around it."""
    toks = [t.rstrip(".") if t.endswith(".") and t.lower() not in TITLE_WORDS else t
            for t in _TOKEN.findall(text)]
    out = []
    i = 0
    while i < len(toks):
        if not _is_name(toks[i], i):
            i += 1
            continue
        j = i
        while not _possessive_name(toks[j]):
            if j + 1 < len(toks) and _is_name(toks[j + 1], j + 1):
                j += 1
            elif (j + 2 < len(toks) and toks[j + 1] in ("of", "for") and toks[j + 2][:1].isupper()
                  and toks[j + 2] not in STOP_CAPS):
                j += 2  # "Ministry of Commerce", "Institute for Strategic Studies"
            else:
                break
        run = [re.sub(r"[’']s$", "", t) for t in toks[i:j + 1]]
        start = i
        while start > 0 and (toks[start - 1].lower() in TITLE_WORDS or _possessive_name(toks[start - 1])):
            start -= 1
        titled = any(t.lower() in PERSON_TITLES for t in toks[start:i])
        modifiers = [t for t in toks[start:i] if t[:1].isupper() and not _possessive_name(t)]
        if start > 0 and toks[start - 1].lower() == "the" and start < i:
            start -= 1
        end = j + 1
        while end < len(toks) and toks[end].lower() in HEAD_NOUNS:
            end += 1
        phrase = " ".join(toks[start:end])
        if (end < len(toks) - 2 and toks[end] == "," and toks[end + 1].lower() in ("a", "an", "the")
                and toks[end + 2].lower() not in APPOSITIVE_HEADS_TO_SKIP):
            stop = end + 1
            while stop < len(toks) and toks[stop] not in (",", ".", ";") and stop - end <= APPOSITIVE_MAX_TOKENS:
                stop += 1
            if stop - end <= APPOSITIVE_MAX_TOKENS:
                phrase += ", " + " ".join(toks[end + 1:stop])
        key = run[-1] if titled else " ".join(modifiers + run)
        role = " ".join(t.lower().replace("defense", "defence") for t in toks[start:i]
                        if t.lower() in TITLE_WORDS and t.lower().rstrip(".") not in ("mr", "ms", "mrs", "dr"))
        qualifier = " ".join(re.sub(r"[’']s$", "", t) for t in toks[start:i] if _possessive_name(t))
        k = start
        while (not qualifier and k > 0 and start - k < 2 and toks[k - 1][:1].isupper()
               and toks[k - 1].lower() not in STARTERS):
            k -= 1
        if not qualifier and k < start:
            qualifier = " ".join(toks[k:start])
        qualifier = DEMONYMS.get(qualifier.lower(), qualifier)
        if key and key not in STOP_CAPS and len(key) > 1:
            full = " ".join(run if titled else modifiers + run)
            out.append(Mention(key=key, full=full, phrase=phrase, titled=titled,
                                role=role, qualifier=qualifier))
        i = j + 1
    return out


def _is_name(tok: str, index: int) -> bool:
    return bool(tok[:1].isupper()) and tok not in STOP_CAPS and tok.lower() not in TITLE_WORDS \
        and not tok.isupper() and (index > 0 or tok.rstrip("’'s") not in STOP_CAPS)


def _possessive_name(tok: str) -> bool:
    return tok[:1].isupper() and tok.endswith(("’s", "'s"))
