"""The sex a first name gives a person, so "she" never stands for a Mark nor "he" for a Bettie.

The table (`aggregator/data/first_names.tsv`) holds the first names US birth records give one
sex (see its header and scripts/first_names.py); a name it lacks, or shares between the sexes
("Jordan", "Jean"), says nothing. Titles say it too ("Mr.", "Mrs.", "Ms."). It is read once, on
first use, so commands that never resolve a pronoun do not load it.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)

# Titles that say a person's sex.
TITLE_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f",
             "msgr": "m", "monsignor": "m", "father": "m", "sister": "f", "brother": "m",
             "king": "m", "queen": "f", "prince": "m", "princess": "f", "duke": "m", "duchess": "f"} | {
    f"{role}{man}": sex for role in ("council", "congress", "chair", "spokes", "business", "assembly", "alder",
                                     "police", "fire", "sports", "anchor", "committee")
    for man, sex in (("man", "m"), ("woman", "f"))}  # "City Councilman Jumaane Williams": he


@cache
def _table() -> dict[str, str]:
    text = resources.files("aggregator").joinpath("data/first_names.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split("\t")
            table[name] = sex
    log.debug("%d first names read", len(table))
    return table


def name_sex(name: str) -> str | None:
    """"f" or "m" when the name's title or given name gives the person's sex, else None: the first
    word before the surname that is one of either ("Police Chief Charles Craft": Charles)."""
    for word in name.replace(".", " ").split()[:-1]:
        low = word.lower()
        if low in TITLE_SEX:
            return TITLE_SEX[low]
        if word[:1].isupper() and low in _table():
            return _table()[low]
    return None


def is_given_name(word: str) -> bool:
    """Whether US birth records give `word` as a first name of one sex ("Ken", "Ilene")."""
    return word.lower() in _table()
