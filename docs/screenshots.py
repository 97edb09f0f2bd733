"""Take the screenshots of the README and docs/ of the demo site in Chromium, at 1280 and 390 px wide
(docs/index.png, event.png, by-group.png, side-by-side.png; index-390.png, event-390.png).

Runs the demo with the real models into a temporary folder, opens the site from `file://` in
Debian's Chromium through Playwright (as the browser tests do) and saves the PNGs. Chinese
outlet names need a CJK font (Debian: fonts-wqy-zenhei) to show as characters.

    .venv/bin/python docs/screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.config.settings import Settings  # noqa: E402
from aggregator.demo import run_demo  # noqa: E402
from tests.sitekit import CHROMIUM_ARGS  # noqa: E402

VIEWPORT = {"width": 1280, "height": 1100}
PHONE = {"width": 390, "height": 844}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()
    browser_path = shutil.which("chromium")
    if not browser_path:
        sys.exit("Error: no Chromium found (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load(db_path=Path(tmp) / "demo.db", reports_dir=Path(tmp) / "reports")
        result = run_demo(settings)
        site = Path(result.run.site_dir)
        ban = next(e for e in result.events if "Harbour Wire" in e.outlets and "The Northern Clarion" in e.outlets
                   and e.first_seen.year == 2026)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=browser_path, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport=VIEWPORT)
            page.goto((site / "index.html").resolve().as_uri())
            page.screenshot(path=str(args.out / "index.png"))
            event = (site / "events" / f"{ban.id}.html").resolve().as_uri()
            page.goto(event)
            page.evaluate("document.getElementById('grid').scrollIntoView()")
            page.locator("a.mark").nth(3).click()
            page.screenshot(path=str(args.out / "event.png"))
            page.goto(event)
            page.evaluate("document.getElementById('by-group').scrollIntoView()")
            page.screenshot(path=str(args.out / "by-group.png"))
            page.evaluate("document.getElementById('side-by-side').scrollIntoView()")
            page.screenshot(path=str(args.out / "side-by-side.png"))
            phone = browser.new_page(viewport=PHONE)
            phone.goto((site / "index.html").resolve().as_uri())
            phone.screenshot(path=str(args.out / "index-390.png"))
            phone.goto(event)
            phone.evaluate("document.getElementById('grid').scrollIntoView()")
            phone.screenshot(path=str(args.out / "event-390.png"))
            browser.close()
    print(f"wrote {args.out}/index.png, event.png, by-group.png, side-by-side.png, index-390.png, event-390.png")


if __name__ == "__main__":
    main()
