"""Page furniture in the seed captures is removed and no body sentence is lost."""

from __future__ import annotations

import yaml

from aggregator.ingest.furniture import clean_capture
from aggregator.text import normalize_text

# Start of each furniture item named in the seed MANIFEST.yaml, per file prefix.
FURNITURE = {
    "000": ["Skip to main content", "Advertise with the Morning Star", "In this photo released by",
            "The 95th Anniversary Appeal", "Support the Morning Star", "You have reached the free limit",
            "Subscribe to continue reading"],
    "001": ["date 2026-01-06", "© Copyright 2026", "Tit for tat", "Xi is really looking"],
    "002": ["![]()", "Photo: Reuters", "Huyen Le (According to"],
    "003": ["news exchange item"],
    "004": ["Original: toutiao.com", "Statement: The article represents", "This article is an exclusive"],
}


def test_every_listed_furniture_item_is_gone_and_body_kept(seed_dir):
    manifest = yaml.safe_load((seed_dir / "MANIFEST.yaml").read_text())
    assert len(manifest["articles"]) == 5
    for item in manifest["articles"]:
        raw = (seed_dir / item["file"]).read_text(encoding="utf-8")
        cleaned = clean_capture(raw)
        text = normalize_text(cleaned.text)
        markers = FURNITURE[item["file"][:3]]
        for marker in markers:
            assert marker in raw, (item["file"], marker)
            assert marker not in text, (item["file"], marker)
        body = raw.split("©")[0]
        for line in body.splitlines():
            line = normalize_text(line)
            if not line or any(m in line for m in markers) or line == cleaned.title:
                continue
            line = line.replace("date 2026-01-06 ", "").replace("–The Daily Mail-China Daily news exchange item", "")
            assert line.strip() in text, (item["file"], line[:80])


def test_title_and_credits_are_recovered(seed_dir):
    ms = clean_capture((seed_dir / "000_3655adbfec48d13b.txt").read_text())
    assert ms.title.startswith("China bans exports of goods to Japan")
    vn = clean_capture((seed_dir / "002_e994ce2f94a98a74.txt").read_text())
    assert vn.credits == ("AFP", "Dimsum Daily", "Reuters")
    gt = clean_capture((seed_dir / "003_e37d92bde4cd5d45.txt").read_text())
    assert gt.credits == ("The Daily Mail-China Daily news exchange item",)


def test_body_lines_that_merely_mention_photos_or_support_survive():
    text = ("Officials said the photo: a key piece of evidence, was leaked.\n"
            "Support for the measure grew among lawmakers, who said it was overdue.\n"
            "Subscribe to continue reading.\n")
    cleaned = clean_capture(text, guess_title=False)
    assert "Support for the measure grew" in cleaned.text
    assert "Officials said the photo" in cleaned.text
    assert "Subscribe" not in cleaned.text
