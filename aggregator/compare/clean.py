"""Clean report text before comparing: only sentences of the story become facts.

Extraction leaves lines that are not part of the story: datelines and update stamps
("Updated: 3 March 2014 09:12 IST"), bylines, "More from …"/"Read more" links, photo and
slideshow lines, bare URLs, subheadings, a sentence the page says again (a pull quote, a
teaser). Compared as sentences they become "facts" that every outlet carries (a lone quotation
mark) or leaves out, or one outlet's sentence twice. They are dropped here, and sentence
splits that pysbd gets wrong in news copy (after "a.m."/"p.m.", an initial, a quotation mark
on its own) are mended. Dropped lines are kept apart: credit lines among them still name the
agencies an outlet used.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .language import LanguagePack, language_pack
from .lexicon import is_date_word
from .params import HEADING_MAX_WORDS, MIN_CJK_CHARS, MIN_WORDS
from .segment import split_sentences

log = logging.getLogger(__name__)


_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*", re.UNICODE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_CLOSERS = ('.', '!', '?', '"', '”', '’', "'", '»', '」', '』', '。', '！', '？', ':')


@dataclass(frozen=True)
class CleanText:
    """A report's story sentences with their paragraph numbers, and the lines dropped."""

    sentences: tuple[str, ...]
    paragraphs: tuple[int, ...]
    dropped: tuple[str, ...]


def clean_text(text: str, language: str = "en") -> CleanText:
    """Story sentences of `text`, paragraph by paragraph, without furniture and fragments."""
    sentences: list[str] = []
    paragraphs: list[int] = []
    dropped: list[str] = []
    seen: set[str] = set()
    pack = language_pack(language)
    for number, line in _joined_lines(text, language):
        line = pack.furniture.list_marker.sub("", line, count=1)
        if pack.strip_stamps:
            line = pack.furniture.live_time.sub("", pack.furniture.leading_stamp.sub("", line, count=1), count=1)
        if is_furniture(line, language):
            dropped.append(line)
            continue
        pieces = _mend(split_sentences(line, language), pack)
        for at, piece in enumerate(pieces):
            if piece in seen:
                continue  # said again (a pull quote, a teaser): kept once, where it first stands
            if is_fragment(piece, language) and sentences and _closes_open_quote(sentences[-1], piece):
                sentences[-1] = f"{sentences[-1]} {piece}"  # '"The mayor should be down here.' / 'Right
                # now!"': too short alone, but its mark ends the quotation the sentence before opened
            elif is_fragment(piece, language) or at == len(pieces) - 1 and is_stamp(piece, language):
                dropped.append(piece)  # too short, or the stamp a paragraph ends with (not a date cut off
                # inside it, which a sentence of its own keeps)
            else:
                sentences.append(piece)
                paragraphs.append(number)
                seen.add(piece)
    if dropped:
        log.debug("dropped %d non-story lines", len(dropped))
    return CleanText(tuple(sentences), tuple(paragraphs), tuple(dropped))


def _joined_lines(text: str, language: str) -> list[tuple[int, str]]:
    """The text's non-empty lines with their numbers, a line that goes on with the sentence of
    the line before joined to it: after a title cut short ("Vancouver police Const." / "Tim
    Fanning told …"), and a line opening in lower case after one that ends no sentence ("when the
    sound of the shots" / "echoed through the building."), unless the line before is a heading
    (it would stand apart as one, and ends in a capitalised word, not a comma or semicolon) or
    the line would be furniture on its own (a date under a headline). Text kept one sentence a
    line, as corpora are, breaks there."""
    furniture = language_pack(language).furniture
    out: list[tuple[int, str]] = []
    previous = -2  # the number of the last non-empty line
    for number, line in enumerate(text.split("\n")):
        line = line.strip()
        if not line:
            continue
        last = out[-1][1] if out and previous == number - 1 else ""
        goes_on = bool(last) and not is_furniture(line, language) and (
            furniture.title_end.search(last) is not None and line[:1].isupper()
            or line[:1].islower() and not last.endswith(_CLOSERS)
            and (not is_furniture(last, language) or last.split()[-1][:1].islower() or last.endswith((";", ","))))
        if goes_on:
            out[-1] = (out[-1][0], f"{last} {line}")
        else:
            out.append((number, line))
        previous = number
    return out


_QUOTE_THEN_FRAME = re.compile(r"[,!?][\"”’']\s+((?:\S+\s+){0,5}\S+)$")


def _quote_then_frame(line: str, language: str) -> bool:
    """A quotation closed after a comma, '?' or '!' and then a frame of saying to the line's end
    ('"…," he said', '"…?" she asked'), not a nickname in a headline ("Watergate's 'Deep Throat,'
    dies at 95")."""
    m = _QUOTE_THEN_FRAME.search(line)
    verbs = language_pack(language).voice.reporting_verbs
    return m is not None and any(w.lower() in verbs for w in _WORD.findall(m.group(1)))


def is_furniture(line: str, language: str = "en") -> bool:
    """A dateline, stamp, byline, link line, photo line, bare URL or heading: not story text."""
    bare = _URL.sub("", line).strip(" |-–—:()[]!")
    if not bare or len(_WORD.findall(bare)) == 0:
        return True  # a bare URL, "![]() |", a lone quotation mark
    rules = language_pack(language).furniture
    if rules.furniture.match(line):
        return True
    words = _WORD.findall(line)
    if is_stamp(line, language):
        return True  # "27 NOVEMBER, 2005", "Posted 11/27/2005 7:21 AM"
    body = re.sub(r"\s*\([^()]*\)$", "", line.rstrip())  # "… said. (Reuters)" ends a sentence
    if (language_pack(language).drop_unpunctuated_headings and not body.endswith(_CLOSERS)
            and len(words) <= HEADING_MAX_WORDS and not _quote_then_frame(body, language)):
        return True  # a headline, subheading or byline: no sentence ends here (but '"…," he said'
        # with its full stop lost is a sentence: a headline puts a colon after a quotation)
    return False


def is_stamp(text: str, language: str = "en") -> bool:
    """Only dates and times ("Posted 11/27/2005 7:21 AM"): a line, or a piece of one after its
    last sentence ("… in 15 games. Dec. 18 - 11:14 pm et"), that is the page's stamp."""
    rules = language_pack(language).furniture
    return all(rules.date_token.match(w) for w in _WORD.findall(text))


def is_fragment(sentence: str, language: str = "en") -> bool:
    """Too short to state a fact: fewer than MIN_WORDS words (CJK: fewer than MIN_CJK_CHARS characters)."""
    if language_pack(language).count_characters:
        return len(re.sub(r"\W", "", sentence)) < MIN_CJK_CHARS
    return len(_WORD.findall(sentence)) < MIN_WORDS


def _closes_open_quote(before: str, piece: str) -> bool:
    """Whether `piece` ends with a double closing mark it does not open and `before` holds an
    opening one it does not close: the two are one quotation."""
    def unpaired(text: str) -> int:
        return text.count('"') % 2 + text.count("“") - text.count("”")
    return piece.rstrip().endswith(('"', "”")) and unpaired(piece) != 0 and unpaired(before) != 0


def _mend(pieces: list[str], pack: LanguagePack) -> list[str]:
    """Join pieces split inside a sentence: after "p.m."/an initial before a lower-case or
    numeric continuation or a weekday or month ("5 a.m. Friday (…)"), after a title before a
    name ("Const. Tim Fanning"), and a closing quotation mark left on its own or opening a piece
    that goes on in lower case, and a piece that opens with a comma or semicolon."""
    out: list[str] = []
    bad_end, title_end = pack.furniture.bad_end, pack.furniture.title_end
    for piece in pieces:
        if out and (
            (bad_end.search(out[-1]) and (piece[:1].islower() or piece[:1].isdigit()
                                          or is_date_word(piece.split()[0].strip(",.("), pack.slots, relative=False)))
            or (title_end.search(out[-1]) and piece[:1].isupper())
            or re.fullmatch(r"[\"”’'»」』)\]]+[.,]?", piece)
            or re.match(r"[\"”’»']+\s+[a-z]", piece)  # 'again." said Jo Park': the closing marks, then the frame
            or (piece[:1].islower() and not out[-1].endswith(("!", "?")))
            or (piece[:1].isdigit() and re.search(r"[a-z]\?$|\ba\.$", out[-1]))  # "earns? 900", "a .357"
            or re.match(r"[-–]\s?[a-z]", piece)  # "a Newport Beach, Calif. - based firm": a hyphen goes on
            or re.match(r"[,;]", piece)  # "Rep. Jay Inslee, D-Wash." / ", called …": no sentence opens so
            or piece[:1].isdigit() and _abbreviation_end(out[-1], pack)  # "approx. 3 a.m." (lower case: above)
        ):
            out[-1] = f"{out[-1]} {piece}" if piece[:1].isalnum() or piece[:1] in "-–" else out[-1] + piece
        else:
            out.append(piece)
    return out


def _abbreviation_end(text: str, pack: LanguagePack) -> bool:
    """Whether `text` ends with a short lower-case word and a full stop that the word lexicon does
    not know, an abbreviation ("at approx.", "incl.", "govt."): a figure after it goes on with the
    sentence (pysbd cut "The fire started at approx." / "3 a.m. on Jan. 5.")."""
    m = re.search(r"(?<![\w.])([a-z]{2,7})\.$", text)
    return m is not None and pack.word_tag is not None and pack.word_tag(m.group(1)) is None


# Scripts that a report in a Latin-alphabet language should not contain: a machine translation
# that left a word or a name in the source language shows it as a run of these (an English
# rendering of a Chinese report keeping "恶劣"). Latin words inside a Chinese or Japanese report
# are normal (brands, acronyms) and are not flagged.
_OTHER_SCRIPT = re.compile(
    "[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
LATIN_SCRIPT_LANGUAGES = frozenset(
    "en fr de es it pt nl vi id ms tl pl cs sk sl hr ro hu fi sv da no is et lv lt tr sq ca eu gl af sw".split())


def untranslated_words(text: str, language: str) -> tuple[str, ...]:
    """Words in another script inside a report in a Latin-alphabet language, in order, once
    each: what a machine translation left untranslated. Empty for other languages."""
    if (language or "en")[:2].lower() not in LATIN_SCRIPT_LANGUAGES:
        return ()
    return tuple(dict.fromkeys(m.group(0) for m in _OTHER_SCRIPT.finditer(text)))
