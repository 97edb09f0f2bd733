"""Who a short form of a name stands for: a person's name without the role words before it
("Troy Police Chief Charles Craft": Charles Craft) and the fuller name a surname or a body's
noun stands for ("Nixon": Richard Nixon; "Police": Vancouver Police; "Gigante" said with "he":
the man of that name). Split from quotes.py, which resolves each speaker it cites with these.
"""

from __future__ import annotations

from collections.abc import Callable

from .language import ENGLISH, SourceWords
from .names import is_given_name
from .source_kinds import head_of


def person_name(name: str, lang: SourceWords = ENGLISH.sources) -> str:
    """A person's name without the role words before it: "Troy Police Chief Charles Craft" →
    "Charles Craft", "ADA Fairman" → "Fairman" (then resolved to the full name)."""
    words = name.split()
    role_words = lang.role_words
    roles = [i for i, w in enumerate(words) if (w.lower() in role_words or w.lower().rstrip(".") in role_words)
             and w not in lang.vessel_prefixes  # "MS Columbus" is a ship's name, whole
             and (w.isupper() or w.lower() not in lang.capitals_only_roles)]  # "ADA Fairman", not "Ada Moor"
    if roles and roles[-1] < len(words) - 1 and all(w[:1].isupper() for w in words[roles[-1] + 1:]) \
            and not {w.lower() for w in words[roles[-1] + 1:]} & lang.org_words:
        return " ".join(words[roles[-1] + 1:])
    return name


def fuller_name(who: str, names: list[str], lang: SourceWords = ENGLISH.sources,
                sex_of: Callable[[str], str | None] | None = None, sex: str | None = None,
                recent: frozenset[str] = frozenset()) -> str:
    """A short form ("the institute", "ministry", "Xiang") → the latest fuller name that ends
    with its head word or contains it as a surname, of the person's `sex` where several are and
    `sex_of` tells theirs; else the speaker as written. A surname two people share is the one
    cited in the sentence before (`recent`), else the one named first."""
    who = lang.short_form_articles.sub("", (who or "").strip())
    if not who:
        return ""
    words = who.split()
    if len(words) == 1:
        head = words[0].lower()
        names = [person_name(name, lang) for name in names]
        fits = [name for name in names if len(name.split()) > 1 and (
            (who[:1].islower() and head in name.lower().split()) or (who[:1].isupper() and who in name.split()))
            and not _unit_of(who, name, lang)]
        if fits:
            # a surname stands for the name it ends ("Nixon": "Richard Nixon", not "Nixon White House")
            ending = [f for f in fits if f.split()[-1] == who]
            if not ending and (head in lang.org_words | lang.unnamed_heads
                               or who[:1].islower() and head not in lang.role_words):
                fits = [f for f in fits if _name_head(f, lang) == head]  # not a headline's "Co-Worker
                # Calls Alleged Shooter" for "a co-worker"
            else:
                fits = ending or fits
            # (a body's noun names the body it ends: "Police" is "Vancouver Police", not the "67th
            # Police Precinct" a march went to)
        if fits:
            most = max(len(f.split()) for f in fits)
            longest = [f for f in fits if len(f.split()) == most]
            if sex is not None and sex_of is not None:
                longest = [f for f in longest if sex_of(f) in (sex, None)] or longest
            if who[:1].isupper() and len(set(longest)) > 1 and all(f.split()[-1] == who for f in longest):
                # two people of one surname: the one just cited ("Councilman Jumaane Williams blasted
                # …" then "Williams fumed"), else the one named first, whom the report is about
                # ("Doug McDermott" … "his father, coach Greg McDermott" … "McDermott said"; "Karl
                # Weiss" … "his brother, Anton Weiss" … "Weiss insisted")
                near = [f for f in longest if f in recent]
                return near[-1] if near else longest[0]
            return longest[-1]
    return who


def _name_head(name: str, lang: SourceWords) -> str:
    """The head word of a body's name, lower case: the word before "of" or "for" ("Ministry of
    Commerce"), else the last ("Vancouver Police"; "67th Police Precinct" is a precinct)."""
    words = name.lower().split()
    return (head_of(words, lang.head_ends) or words)[-1]


def _unit_of(who: str, name: str, lang: SourceWords) -> bool:
    """Whether `name` is a unit that `who` opens with two or more names of its own ("Microsoft
    Security Response Center", "Microsoft Trustworthy Computing"): the company speaking is not its
    unit ("Microsoft Corp", "Reliance Globalcom Ltd", "Summit Entertainment" stay the company's;
    a given name still stands for the person's full name)."""
    words = name.split()
    rest = [w for w in words[1:] if w[:1].isupper() and w.lower() not in lang.corporate_suffixes]
    return words[0] == who and len(rest) >= 2 and not is_given_name(who)  # "Mary" is "Mary Ann Smith"
