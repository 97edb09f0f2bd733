"""Lead-ins: words before a quotation that say whose it is without a frame around it.

"Mr Gates told the security conference:" then the quotation in the next sentence, "…, such as the
prophetic Dr Azm Al Homoud:", and "The company released a statement: "…"" in one sentence. Each
is read by putting a stand-in quotation or participle where the quotation goes and reading the
frames of that stand-in sentence (`frames_of`: voice.py's reader, with what the report said
before), so these rules share every rule of a frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .language import LanguagePack
from .lexicon import is_date_word
from .names import is_given_name
from .phrases import named_mentions
from .quotation import inside_quotation, opens_quote

Frame = tuple[int, int, str, int]  # (content start, content end, speaker, verb offset)
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\w[\w’'\-]*(?:\.\w[\w’'\-]*)*|[^\w\s]")  # "said." is "said" and
# "."; "U.S" stays whole; "1,000" is one figure, its comma no clause break


def given_out(text: str, found, frames_of: Callable[[str], list[Frame]], lp: LanguagePack) -> list[Frame]:
    """A frame for a quotation after a colon whose clause names a statement or a response given
    out and no verb of saying ("The company released a statement: "…"", "she released a jokey
    response to the honor: "…""): whoever gave it out speaks, read as "… saying", with the noun
    as the frame's word."""
    colon = re.search(r":\s*(?=[\"“])", text)
    if not colon or any(start <= colon.end() < stop for start, stop, _, _ in found):
        return []
    body = text[:colon.start()]
    nouns = lp.voice.document_nouns | lp.voice.utterance_nouns
    noun = next((m for m in reversed(list(TOKEN.finditer(body))) if m.group(0).lower() in nouns), None)
    if noun is None or inside_quotation(body, lp):
        return []
    who = ""
    for clause in dict.fromkeys((body, body[body.rfind(",") + 1:].lstrip())):  # "In typical fashion, she released …"
        probe = f'{clause[:1].upper()}{clause[1:]} saying, "It is so."'  # the participle frame: its subject speaks
        who = who or next((w for _, _, w, at in frames_of(probe)
                           if w and at > len(clause)), "")
    return [(colon.end(), len(text.rstrip()), who, noun.start())] if who else []


def lead_in(text: str, found, frames_of: Callable[[str], list[Frame]], lp: LanguagePack) -> str:
    """The speaker a sentence ending in a colon introduces with a verb of saying and nothing said
    yet ("Mr Gates told the security conference:", "Asked if …, he replied:") or with whose words
    follow ("His exact words:"), or one ending in a full stop right after the verb and time words
    ("DeGeneres tweeted Friday."), a frame cut off its quotation ("Papandreou thundered in
    Parliament.") or a sentence of praise ("Obama lauded …"): its frame read as if a quotation
    followed, or "" (the quotation after it, or one before it ending in a comma, "?" or "!", is
    then that speaker's)."""
    body = text.rstrip()
    colon = body.endswith(":")
    reaching = [(verb_at, who) for _, stop, who, verb_at in found if stop >= len(body) - 1]
    if colon and reaching and not inside_quotation(body, lp):  # (a quotation closed before it is no matter:
        # 'The commissioner says officers train for what's called “active shooter” work:')
        return max(reaching)[1]  # "The commissioner says officers train for it:" (the frame nearest the colon)
    if not (colon or body.endswith(".") and not found and not any(opens_quote(ch, lp) for ch in body)) or reaching:
        return ""  # (a full stop after a frame of a quotation, '"…," Pond said.', introduces nothing)
    if colon and not inside_quotation(body, lp) and (own := re.match(lp.voice.own_words_lead, body[:-1].strip())):
        owner = own.group("owner")  # "His exact words:", "Gates' statement:": read as "He said:", "Gates said:"
        subject = lp.voice.possessive_subjects.get(owner.lower()) or re.sub(r"['’]s?$", "", owner)
        return next((who for _, _, who, _ in frames_of(f'{subject} said: "It is so."')
                     if who and who.lower() not in lp.voice.speaker_pronouns), "")  # (a "her" for nobody named)
    if colon and not inside_quotation(body, lp):
        if (named := named_mentions(body[:-1], lp.naming)) and body[:-1].rstrip().endswith(named[-1].phrase) \
                and (named[-1].titled or " " in named[-1].full and is_given_name(named[-1].full.split()[0])):
            return named[-1].full  # "…, such as the prophetic Dr Azm Al Homoud:" then his words
    if not colon and (who := _cut_off_frame(body, frames_of, lp) or _praising(body, frames_of, lp)):
        return who
    probe = (body if colon else body[:-1] + ":") + ' "It is so."'  # a stand-in quotation
    for _, stop, who, verb_at in frames_of(probe):
        after = TOKEN.findall(body[verb_at:-1])[1:]  # the words after the verb
        if who and stop > len(body) and (colon or _says_when(after, lp)):
            return who
    return ""


def _cut_off_frame(body: str, frames_of: Callable[[str], list[Frame]], lp: LanguagePack) -> str:
    """The speaker of a sentence that opens with a speaker and a verb of a manner of speaking, as
    a frame a splitter cut off its quotation ('"…!"' then 'Papandreou thundered in Parliament.'):
    the verb frames a stand-in quotation put before it; not "As their colleagues sobbed in the
    street, …", whose verb follows no speaker opening the sentence."""
    before = '"It is so!" '
    for _, _, who, verb_at in frames_of(before + body):
        verb = TOKEN.match(before + body, verb_at)
        words = TOKEN.findall(body[:max(0, verb_at - len(before))])  # the words before the verb
        if who and verb and verb.group(0).lower() in lp.voice.quotation_verbs and words \
                and words[0].lower() not in lp.naming.closed and "," not in words:
            return who
    return ""


def _praising(body: str, frames_of: Callable[[str], list[Frame]], lp: LanguagePack) -> str:
    """The subject of a sentence whose verb praises or blames ("Obama lauded Dr. Collins'
    experience in the announcement."), read as a participle's subject: praise is said in words,
    so a quotation alone right after it is the subject's ('"Dr. Collins is …"')."""
    words = TOKEN.findall(body)
    praise = next((i for i, w in enumerate(words) if w.lower() in lp.voice.praise_verbs), None)
    if not praise:
        return ""
    return next((who for _, _, who, verb_at in frames_of(body[:-1] + ', saying, "It is so."')
                 if who and verb_at > len(body) - 1 and who.split()[-1] in words[:praise]), "")


def _says_when(after: list[str], lp: LanguagePack) -> bool:
    """Whether the words after a verb of saying (none, too) only say when it was said: time words
    ("tweeted Friday"), a day after a preposition ("said on Monday") or a clause a subordinator
    opens ("said before Kelly appeared on the scene"), with no "that" or quotation reporting
    anything."""
    def days(words: list[str]) -> bool:
        return all(w.lower() in lp.voice.time_words or is_date_word(w, lp.slots) for w in words)
    if days(after):
        return True
    if any(w.lower() in lp.voice.complementizers or opens_quote(w[:1], lp) for w in after):
        return False
    if after[0].lower() in lp.polarity.subordinators:
        return True
    return after[0].lower() in lp.naming.prepositions and len(after) > 1 and days(after[1:])
