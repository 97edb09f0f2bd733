"""Side by side: two outlets' aligned sentences, word changes marked and classified.

The comparison lists word changes only for sentence pairs that are near copies (see
`compare/wording.py`); for exactly those pairs the page shows the whole sentences with each
change inline: the first outlet's words as `<del>`, the second's as `<ins>`, each with its kind
(attribution verb, hedge, clause dropped…). Both reading directions are prepared, so the reader
may put either outlet on the left. The diff is the comparison's own (same tokens, same
matcher, same classifier), cut at the original characters so the sentences read as written.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from ..compare.lexicon import TOKEN
from ..compare.wording import classify

Segment = tuple[str, str, str]  # (op: "=" kept, "-" only in the left sentence, "+" only in the right; text; kind)


def _cuts(text: str) -> tuple[list[str], list[int]]:
    """Tokens of `text` and where each starts (with len(text) appended)."""
    found = list(TOKEN.finditer(text))
    return [m.group(0) for m in found], [m.start() for m in found] + [len(text)]


def _push(out: list[Segment], op: str, text: str, kind: str = "") -> None:
    if op != "=" and text != text.rstrip():  # the space after a changed word is not part of the change
        _push(out, op, text.rstrip(), kind)
        _push(out, "=", text[len(text.rstrip()):])
        return
    if not text:
        return
    if out and out[-1][0] == op and out[-1][2] == kind:
        out[-1] = (op, out[-1][1] + text, kind)
    else:
        out.append((op, text, kind))


def segments(left: str, right: str) -> tuple[list[Segment], list[Segment]]:
    """The two sentences cut into kept and changed stretches, each change with its kind."""
    ta, sa = _cuts(left)
    tb, sb = _cuts(right)
    out_a: list[Segment] = []
    out_b: list[Segment] = []
    _push(out_a, "=", left[:sa[0]])
    _push(out_b, "=", right[:sb[0]])
    matcher = SequenceMatcher(None, [t.lower() for t in ta], [t.lower() for t in tb], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        text_a, text_b = left[sa[i1]:sa[i2]], right[sb[j1]:sb[j2]]
        before, after = ta[i1:i2], tb[j1:j2]
        if op == "equal" or _punctuation_only(before + after):
            _push(out_a, "=", text_a)
            _push(out_b, "=", text_b)
            continue
        kind = classify(before, after)
        _push(out_a, "-", text_a, kind)
        _push(out_b, "+", text_b, kind)
    return out_a, out_b


def _punctuation_only(span: list[str]) -> bool:
    return all(not any(ch.isalnum() for ch in t) for t in span)


def pair_diffs(data: dict) -> dict[str, list[list[Segment]]]:
    """`"fact|left|right"` → [left segments, right segments] for every near-copy pair the
    comparison found word changes in, in both directions."""
    sentences = {f["id"]: {o: s.get("text", "") for o, s in f.get("sentences", {}).items()}
                 for f in data.get("facts", [])}
    out: dict[str, list[list[Segment]]] = {}
    for change in data.get("wording_changes", []):
        fact, a, b = change.get("fact_id"), change.get("from_outlet"), change.get("to_outlet")
        key = f"{fact}|{a}|{b}"
        texts = sentences.get(fact, {})
        if key in out or a not in texts or b not in texts:
            continue
        left, right = segments(texts[a], texts[b])
        out[key] = [left, right]
        back_left, back_right = segments(texts[b], texts[a])
        out[f"{fact}|{b}|{a}"] = [back_left, back_right]
    return out


def default_pair(data: dict) -> tuple[str, str] | None:
    """The pair shown first: a copy and its original if there is one, else the two outlets
    whose sentences differ in the most words, else the first two outlets."""
    names = [o["outlet"] for o in data.get("outlets", [])]
    if len(names) < 2:
        return None
    for d in data.get("derivation", []):
        if d.get("original") in names and d.get("derived") in names:
            return d["original"], d["derived"]
    counts: dict[tuple[str, str], int] = {}
    for c in data.get("wording_changes", []):
        if c.get("kind") != "spelling":
            pair = (c.get("from_outlet"), c.get("to_outlet"))
            counts[pair] = counts.get(pair, 0) + 1
    if counts:
        best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        if best[0] in names and best[1] in names:
            return best
    return names[0], names[1]
