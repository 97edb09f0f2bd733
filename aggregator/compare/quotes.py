"""Sources: who each outlet quotes or cites, with counts and the sentences.

Five kinds: named people ("Mao Ning said"), organisations ("the Chinese commerce ministry said
in a statement"), governments ("Japan said", "Beijing insists"), unnamed voices ("experts see the move as…", "analysts believe"), and credited
agencies (AFP, Reuters… in a byline, a credit line, or "according to Xinhua").
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..models import Citation, Sentence
from .labels import named_mentions

SPEECH = (r"(?:said|says|say|told|tells|stated|states|added|noted|warned|warns|claimed|argued|argues|"
          r"asserted|insisted|stressed|emphasi[sz]ed|believes?|sees?|pointed out|urged|urges|accused|"
          r"critici[sz]ed|slammed|announced|estimated|assessed|demanded|reported|asked|mentioned)")
AGENCIES = ("Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "Xinhua", "Kyodo",
            "Kyodo News", "Yonhap", "NHK", "Bloomberg", "TASS", "Jiji", "Bernama", "ANI", "PTI", "dpa",
            "EFE", "ANSA", "Global Times", "China Daily", "CGTN", "People's Daily")
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
AGENCY_CREDIT = re.compile(
    rf"(?:according to|via|citing|reported by)\s+(?:the\s+)?({_AGENCY})\b|\(({_AGENCY})\)|\b({_AGENCY})\s+reported")
ORG = re.compile(
    r"\b((?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:[a-z]+\s+){0,2}"
    r"(?:ministry|government|navy|army|military|institute|agency|office|commission|council|embassy|"
    r"spokesperson|spokesman|spokeswoman|authorities|police|court|department|committee|MOFCOM|notice))"
    rf"\s+(?:\w+\s+){{0,2}}?{SPEECH}\b|\b{SPEECH}\s+((?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,4}}"
    r"(?:ministry|government|navy|agency|office|spokesperson))\b")
UNNAMED_WORDS = frozenset("they we he she it experts analysts observers sources officials critics".split())
UNNAMED = re.compile(
    r"\b((?:(?:some|many|several|other|western|chinese|japanese|independent|security|military|"
    r"legal|trade|industry|foreign)\s+)*(?:experts?|analysts?|observers?|sources?|officials?|critics?|"
    r"insiders?|diplomats?|scholars?|commentators?|people familiar with the matter|"
    rf"government sources))\s+(?:\w+\s+){{0,2}}?{SPEECH}\b", re.IGNORECASE)


def citations(sentences: list[Sentence], credits: dict[str, tuple[str, ...]] | None = None,
              voices=None, dropped: dict[str, tuple[str, ...]] | None = None) -> list[Citation]:
    """Everyone cited per outlet; `credits` are agencies an outlet credits outside the body."""
    found: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for sent in sentences:
        text = sent.text
        speech = re.search(rf"\b{SPEECH}\b", text)
        if speech:
            for m in named_mentions(text):
                if m.titled or _near_speech(text, m.full):
                    if m.full in AGENCIES or m.full.lower() in UNNAMED_WORDS:
                        continue
                    if _near_speech(text, m.full):
                        found[(sent.source, m.full, "person" if _personal(m) else "organisation")].append(text)
        for match in ORG.finditer(text):
            who = _tidy(match.group(1) or match.group(2) or "")
            who = re.sub(r"^(a|an)\s+", "", who)
            if who and who.lower() not in ("it", "the notice"):
                found[(sent.source, who, "organisation")].append(text)
        for match in UNNAMED.finditer(text):
            found[(sent.source, _tidy(match.group(1)).lower(), "unnamed")].append(text)
        for match in AGENCY_CREDIT.finditer(text):
            agency = next(g for g in match.groups() if g)
            found[(sent.source, agency, "agency")].append(text)
    for source, names in (credits or {}).items():
        for name in names:
            found[(source, name, "agency")].append(f"(credit line) {name}")
    _merge_surnames(found)
    out = []
    for (source, cited, kind), texts in found.items():
        unique = tuple(dict.fromkeys(texts))
        out.append(Citation(source=source, cited=cited, kind=_kind(cited, kind), sentences=unique))
    return sorted(out, key=lambda c: (c.source, -c.count, c.cited))


GOVERNMENTS = frozenset("""
China Japan Beijing Tokyo Taipei Taiwan Seoul Washington Hanoi Vietnam Moscow Russia London Britain
Manila Philippines Pyongyang Delhi India Canberra Australia Paris France Berlin Germany Brussels
""".split())


def _kind(cited: str, kind: str) -> str:
    """A country or capital "said": the government speaks, name it so."""
    return "government" if kind == "organisation" and cited in GOVERNMENTS else kind


def _merge_surnames(found: dict[tuple[str, str, str], list[str]]) -> None:
    """"Wang said" after "Foreign Minister Wang Yi said": one person, counted once."""
    for key in list(found):
        source, cited, kind = key
        if " " in cited:
            continue
        fuller = [k for k in found if k[0] == source and k[1] != cited and k[2] == "person"
                  and cited in k[1].split()]
        if len(fuller) == 1:
            found[fuller[0]].extend(found.pop(key))


def _near_speech(text: str, name: str) -> bool:
    """`name` is the speaker: the verb of saying follows within a few words, or precedes it."""
    pattern = rf"{re.escape(name)}(?:[’']s)?(?:,[^,]{{1,80}},)?\s+(?:\w+\s+){{0,3}}?{SPEECH}\b|\b(?:said|says|added|asked|noted|stated)\s+{re.escape(name)}\b"
    return re.search(pattern, text) is not None


ORG_WORDS = frozenset("""
ministry government navy army military institute agency office commission council embassy
authorities police court department committee association university news network times daily
""".split())


def _personal(m) -> bool:
    words = m.full.lower().split()
    return m.titled or (2 <= len(words) <= 4 and not ORG_WORDS & set(words))


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
