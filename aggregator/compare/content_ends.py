"""Where what a verb of saying reports ends: at the sentence's end, at the comma before a main
clause when the frame opens a subordinate one, before a main verb after a relative clause
("Residents who say the water is unsafe have protested", "one woman, who said she was his cousin,
told …"), before a finite verb coordinated with an infinitive reported ("told workers to stay
inside but later evacuated …"), or where a trailing frame after it takes over ("…, a senior
Democrat said."). Split from clauses.py, which tells whether and where reported content starts;
voice.py asks both.
"""

from __future__ import annotations

from .language import LanguagePack
from .params import MAX_SPEAKER_TOKENS, OBJECT_WINDOW
from .quotation import inside_quotation
from .speakers import FINITE


def content_end(text: str, toks, low, k: int, j: int, lp: LanguagePack) -> int:
    """Where reported content that starts at token j ends: the sentence's end, a semicolon before a
    clause with a verb of saying or of a view of its own ("…; the government denies it"), a name
    given as an adjective before "and" and a finite verb ("called the verdict unfair | and vowed to
    appeal"), or, when the frame sits in an opening subordinate clause ("While Microsoft claims that
    it has received reports, it appears that …"), the comma before the main clause."""
    naming = low[k] in lp.voice.naming_verbs and j + 2 < len(toks)
    tags = lp.tagger(tuple(t for t, _, _ in toks)) if naming and lp.tagger is not None else ()
    if tags and tags[j] in ("JJ", "VBN"):
        coordinated = next((c for c in range(j + 1, len(toks) - 1)
                            if low[c] in lp.naming.conjunctions and tags[c + 1] in FINITE), None)
        if coordinated is not None:  # a name given as an adjective ends where the subject's next act begins:
            return toks[coordinated - 1][2]  # "called the verdict unfair | and vowed to appeal"
    semi = next((c for c in range(j + 1, len(toks) - 2) if toks[c][0] == ";"), None)
    if semi is not None and any(low[v] in lp.voice.reporting_verbs | lp.voice.object_view_verbs
                                for v in range(semi + 2, min(len(toks), semi + 2 + MAX_SPEAKER_TOKENS))):
        return toks[semi][1]  # "The opposition says the vote was rigged; the government denies it.": its act
    if k > 1 and low[k - 1] in lp.voice.relative_pronouns and toks[k - 2][0] != ",":
        main = main_verb_after(toks, low, j, lp)
        if main is not None:
            return toks[main - 1][2]  # "Residents who say the water is unsafe have protested"
    # the relative pronoun right before the verb, or before its subject ("The ban, which critics say is
    # illegal, starts today")
    relatives = lp.voice.relative_pronouns | lp.voice.object_relatives
    rel = next((r for r in range(k - 1, max(0, k - 5), -1) if low[r] in relatives
                or not toks[r][0][:1].isalnum()), None)
    if rel is not None and rel > 0 and low[rel] in relatives and toks[rel - 1][0] == "," \
            and lp.tagger is not None:
        tags = lp.tagger(tuple(t for t, _, _ in toks))  # "one woman, who said she was his cousin, told the
        closing = next((c for c in range(j + 1, len(toks) - 1) if toks[c][0] == ","), None)  # paper …": the
        after = closing + 1 if closing is not None and toks[closing + 1][0] in ('"', "”", "’") else closing
        if closing is not None and after is not None and after + 1 < len(toks) \
                and tags[after + 1] in FINITE | {"VBN", "VB"}:  # ("spoke" read as a base form)
            return toks[closing][1]  # aside ends at its comma (or its comma and a closing mark), the main verb after
    if j > 0 and low[j - 1] == lp.naming.to_word:
        coordinated = _finite_after_conjunction(toks, low, j, lp)
        if coordinated is not None:
            return toks[coordinated - 1][2]  # "told workers to stay inside but later evacuated the building"
    if not toks or low[0] not in lp.voice.clause_openers or any(t[0] == "," for t in toks[1:k]):
        return len(text)
    commas = [c for c in range(j + 1, len(toks) - 1) if toks[c][0] == ","]
    for c in commas:
        after = toks[c + 1][0]
        if after.lower() in lp.voice.main_clause_openers | lp.voice.speaker_nouns or after[:1].isupper():
            return toks[c][1]
    return toks[commas[0]][1] if len(commas) == 1 else len(text)


def before_other_report(text: str, toks, low, frames: list[tuple[int, int, str, int]],
                        lp: LanguagePack) -> list[tuple[int, int, str, int]]:
    """Frames (content start, end, speaker, verb offset) with each content cut at the comma before
    a conjunction whose clause has a frame of its own ("Officials said the storm had weakened,
    although forecasters warned that …", "Critics argue the plan will hurt farmers, while
    supporters say …"): the second clause is the second speaker's report, not the first one's.
    The conjunction opens a clause (`clause_openers`) or joins one (`verb_coordinators`), and only
    a subject without a comma or a "that" stands between it and the other verb; a report the first
    speaker passes on ("said that critics say …") has no comma and conjunction before it. A
    semicolon joins without a conjunction ("Supporters say it protects children; opponents say …").
    A trailing frame reports its whole clause ("…, and officials said …, the Daily News reported"),
    and a comma inside a quotation is the quoted speaker's ('"We will look at it, but I think …,"
    said')."""
    verb_at = {t[1]: i for i, t in enumerate(toks)}
    joins = lp.voice.clause_openers | lp.voice.verb_coordinators
    out = []
    for start, end, who, verb in frames:
        for other in frames:
            v = verb_at.get(other[3])
            if v is None or not start <= other[3] < end or verb > start:
                continue
            c = next((i for i in range(v - 1, max(0, v - 2 - MAX_SPEAKER_TOKENS), -1) if toks[i][0] in ",;"), None)
            subject = v if c is None else c + (1 if toks[c][0] == ";" else 2)  # after the semicolon or the conjunction
            if c is not None and subject <= v and toks[c][1] > start and (toks[c][0] == ";" or low[c + 1] in joins) \
                    and not set(low[subject:v]) & lp.voice.complementizers \
                    and not inside_quotation(text[:toks[c][1]], lp):
                end = min(end, toks[c][1])
        out.append((start, end, who, verb))
    return out


def past_dateline(text: str, frames: list[tuple[int, int, str, int]],
                  lp: LanguagePack) -> list[tuple[int, int, str, int]]:
    """Frames whose content starts at the sentence's start begin after its dateline instead
    ("KYIV, Ukraine (AP) — Russia launched …, officials said": the place and the agency are the
    outlet's, not what the officials said; the pack's `headline.dateline`)."""
    lead = lp.headline.dateline.match(text)
    if lead is None:
        return frames
    return [(lead.end() if start == 0 and end > lead.end() else start, end, who, verb)
            for start, end, who, verb in frames]


def _finite_after_conjunction(toks, low, j: int, lp: LanguagePack) -> int | None:
    """In an infinitive reported from j ("told workers to stay inside but a short time later
    evacuated …", "urged them to leave, but they refused"), the "and" or "but" (with a comma before
    it) whose first verb, within a few words, is finite: the infinitive cannot be coordinated with
    it, so that verb is someone's own act and the report ends before the conjunction ("to leave and
    stay away" goes on: "stay" is the infinitive's; a participle counts only where no auxiliary
    stands in the infinitive: "to be arrested and charged" is one request). None when there is none."""
    if lp.tagger is None:
        return None
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    for c in range(j + 1, len(toks) - 1):
        if low[c] not in lp.naming.conjunctions or tags[c] != "CC":
            continue
        passive = set(low[j:c]) & (lp.naming.auxiliaries | lp.voice.be_forms)
        for v in range(c + 1, min(len(toks), c + 1 + OBJECT_WINDOW)):
            if not toks[v][0][:1].isalnum() or tags[v] in ("VB", "TO", "VBG", "IN"):
                break  # another infinitive, a gerund, a preposition: still the infinitive's words
            if tags[v] in FINITE or tags[v] == "MD" or tags[v] == "VBN" and not passive:
                return c - 1 if toks[c - 1][0] == "," else c
    return None


def main_verb_after(toks, low, j: int, lp: LanguagePack) -> int | None:
    """In "<noun> who say <clause> <main verb> …", the token where the main clause's verb group
    starts: the second finite verb group from j, with nothing between that joins the two (a comma,
    "and", "that", "before", a relative pronoun), by the pack's tagger; None when there is none."""
    if lp.tagger is None:
        return None
    tags = lp.tagger(tuple(t for t, _, _ in toks[j:]))
    groups = 0
    in_group = False
    for i, tag in enumerate(tags):
        at = j + i
        verbal = tag in FINITE or tag == "MD" or (in_group and tag.startswith("VB"))
        if toks[at][0] in (",", ";", ":") or tag == "IN" or low[at] in lp.naming.conjunctions \
                or low[at] in lp.voice.complementizers | lp.voice.relative_pronouns:
            return None
        if verbal and not in_group:
            groups += 1
            if groups == 2:
                return at
        in_group = verbal or (in_group and tag == "RB")
    return None


def clause_end(toks, j: int) -> int:
    while j < len(toks) and toks[j][0] not in (",", ".", ";", ")", "—"):
        j += 1
    return toks[j][1] if j < len(toks) else (toks[-1][2] if toks else 0)


def up_to_trailing(text: str, found: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """What a frame reports ends where a trailing frame after it takes over: "Obama asked Gupta
    to serve as surgeon general, a senior Democrat said." (the request ends at the comma; the
    trailing frame reports the whole clause before it). A frame the cut leaves reporting no word
    is dropped ('"They had argued, … they argued," Dorsey told …': "argued" reports nothing)."""
    out = []
    for start, end, who, at in found:
        cut = min((stop for first, stop, _, verb in found
                   if first == 0 and verb >= stop and at < stop and start < stop < end), default=end)
        if cut == end or any(ch.isalnum() for ch in text[start:cut]):
            out.append((start, cut, who, at))
    return out
