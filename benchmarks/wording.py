"""Word changes (the comparison's "Word changes in the same sentence") on real events, against hand-judged rows.

Every word change is a finding a reader may act on ("AP wrote *said*, Morning Star *claimed*"),
so each carries a confidence (`WordingChange.confidence`, from `compare.params.WORDING_CONFIDENCE`)
and the reports show only those at or above `WORDING_SHOW`. This script measures both.

The gold (`benchmarks/wording_gold.yaml`) is a sample of the rows the comparison gave, drawn and
judged as `judging.py` says: a `calibrate` part whose precision per kind is the confidences, and a
`held-out` part only scored. A row is judged `right` when the two sentences state the same claim,
`before` and `after` are the words that differ at one place of them (a side may be empty: added or
dropped), and the kind names the difference (word choice, a descriptor or clause added or dropped, an attribution frame added,
dropped or its verb changed, a date, a spelling, a figure, a hedge). Rows are matched to the gold
by event, outlets, both sides and kind; rows the gold does not hold are counted as not judged.

    .venv/bin/python benchmarks/wording.py              # score both parts
    .venv/bin/python benchmarks/wording.py --sample     # draw the sample (writes the gold; run once)
"""

from __future__ import annotations

import judging

if __name__ == "__main__":
    judging.main((judging.WORDING,), __doc__)
