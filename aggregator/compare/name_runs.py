"""Names in a sentence: tokens, runs of capitalised words that are names, and the referent each
form of a name stands for ("Reid" → "Tara Reid"). Split from compare/naming.py, which builds the
naming phrases around them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .language import ENGLISH, LanguagePack, NamingWords

_WORD_TOKEN = re.compile(r"\w+(?:[-’'.&]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _WORD_TOKEN.finditer(text)]


def name_runs(toks: list[Tok], nw: NamingWords = ENGLISH.naming) -> list[list[Tok]]:
    """Runs of capitalised words that are names: not pronouns, sentence openers, titles or weekdays.
    A surname with its article ("Jamaat al-Nur", "Abdel Fattah el-Sisi") and a particle between
    capitalised parts ("Osama bin Laden", "Ursula von der Leyen") stay in the run."""
    first = next((i for i, t in enumerate(toks) if t.word), 0)
    out: list[list[Tok]] = []
    run: list[Tok] = []
    for i, t in enumerate(toks):
        bare = re.sub(r"['’]s$", "", t.text)
        is_name = (bare[:1].isupper() and t.text not in nw.stop_caps and bare not in nw.stop_caps
                   and not bare.isupper() and t.low not in nw.person_titles and bare.lower() not in nw.pronouns
                   and not (i == first and (bare.lower() in nw.closed or bare.lower() in nw.verb_words))) \
            or (run and bare in nw.name_suffixes) \
            or bool(run and nw.name_prefix.match(bare)) or bool(run and _particle_inside(toks, i, nw))
        initial = run and re.fullmatch(r"[A-Z]", t.text) and i + 2 < len(toks) and toks[i + 1].text == "." \
            and toks[i + 2].text[:1].isupper()
        if initial or run and t.text == "." and re.fullmatch(r"[A-Z]", toks[i - 1].text):
            continue  # a middle initial: "Brian G. Nichols" is one run, written "Brian Nichols"
        if nw.name_modifier.fullmatch(t.text):
            run = []  # "Russian-occupied Crimea", "New Zealand-born Rait": the modifier and its place's name
            continue
        if is_name:
            run.append(t)
            if t.low.endswith("'s"):
                out.append(run)
                run = []
            continue
        if run:
            out.append(run)
        run = []
    if run:
        out.append(run)
    return out


def _particle_inside(toks: list[Tok], i: int, nw: NamingWords) -> bool:
    """Whether toks[i] is a name's particle with the name going on after it (past one more
    particle): "bin" in "Osama bin Laden", "von" and "der" in "Ursula von der Leyen"."""
    k = i
    while k < len(toks) and k - i < 2 and toks[k].low in nw.name_particles:
        k += 1
    return k > i and k < len(toks) and (toks[k].text[:1].isupper() or bool(nw.name_prefix.match(toks[k].text)))


def untitled(name: str, pack: LanguagePack) -> str:
    """A name shown without the titles and roles before it ("Police Inspector Dave Gaskin" → "Dave
    Gaskin", "Coach Sean Payton" → "Sean Payton"), keeping two words at least."""
    words = name.split()
    roles = pack.voice.role_words | pack.naming.title_words
    while len(words) > 2 and (words[0].lower().rstrip(".") in roles or len(words) > 3
                              and words[1].lower().rstrip(".") in roles and words[0].lower() in pack.sources.org_words):
        words = words[1:]  # (and the body before a role: "Police Inspector")
    return " ".join(words)


def known_suffix(run: list[Tok], forms: Counter) -> int:
    """How many tokens of the run are the name: the longest ending of it written more than once
    (a capitalised word before a name opening a sentence is usually a descriptor)."""
    for k in range(1, len(run)):
        if forms[name_text(run[k:])] >= 2 and forms[name_text(run)] < 2:
            return len(run) - k
    return len(run)


def name_text(run: list[Tok]) -> str:
    """The name as written, without a possessive (middle initials are left out of runs)."""
    return re.sub(r"['’]s$", "", " ".join(t.text for t in run))


def name_keys(counts: Counter, nw: NamingWords = ENGLISH.naming) -> dict[str, str]:
    """Each name form → its referent: a full name is its own; a one-word form ("Reid") joins the
    one full name ending in it ("Tara Reid"), and stays apart when several do ("Page": Bettie, Jack)."""
    def last(name: str) -> str:
        parts = [p.rstrip(".") for p in name.split() if p.rstrip(".") not in nw.name_suffixes_dropped] or name.split()
        return parts[-1]
    full: dict[str, set[str]] = defaultdict(set)
    for name in counts:
        if " " in name:
            full[last(name)].add(name)
    keys = {}
    for name in counts:
        if " " in name:
            inner = [f for f in full[last(name)] if name.endswith(" " + f) and counts[f] >= 2]
            keys[name] = min(inner, key=len) if inner else name  # "Judge James Bodiford" → "James Bodiford"
        else:
            owners = full.get(last(name), set())
            keys[name] = max(owners, key=lambda f: counts[f]) if len(owners) == 1 or owners and len(
                {f.split()[0] for f in owners if counts[f] >= 2}) == 1 else name
    return keys
