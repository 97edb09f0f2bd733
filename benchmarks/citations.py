"""Who is quoted (the comparison's "Sources cited"), on real events, against hand-judged rows.

A row is one source an outlet cites: the name as the comparison gives it, its kind (person,
organisation, unnamed, agency, government) and the outlet's sentences that cite it. Each row
carries a confidence (`Citation.confidence`, from `compare.params.CITATION_CONFIDENCE`) and the
reports show those at or above `CITATION_SHOW`. How the gold was drawn and judged: `judging.py`
and the header of `citations_gold.yaml`. A row is judged `right` when in its sentences the outlet
reports what the cited source said, wrote or found (quoted, paraphrased, "according to"), the name
identifies that source as the text does (not a fragment, not the person spoken about), and the
kind fits. Rows are matched to the gold by event, outlet, name and kind.

    .venv/bin/python benchmarks/citations.py              # score both parts
    .venv/bin/python benchmarks/citations.py --sample     # draw the sample (writes the gold; run once)
"""

from __future__ import annotations

import judging

if __name__ == "__main__":
    judging.main((judging.CITATIONS,), __doc__)
