"""Screenshots of the dashboard for docs/web.md, from a running server (headless Chromium).

claimtrail serve --demo --port 8765 &
python tests/web/screenshots.py --url http://127.0.0.1:8765 --out docs/screenshots
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from web_browser import chromium_page  # noqa: E402

WIDTH, HEIGHT = 1280, 900
SETTLE_MS = 300


def story_id(page: Any, base: str, title_words: str) -> str:
    page.goto(base + "/")
    href = page.locator("a.story-title", has_text=title_words).first.get_attribute("href")
    match = re.search(r"/stories/(\d+)", href or "")
    if not match:
        raise SystemExit(f"no story titled like {title_words!r} at {base}")
    return match.group(1)


def shoot(page: Any, url: str, out: Path, max_height: int = 1800) -> None:
    """The page from the top, cut at ``max_height`` pixels (story pages run long)."""
    page.goto(url)
    page.wait_for_timeout(SETTLE_MS)
    height = min(max_height, int(page.evaluate("document.documentElement.scrollHeight")))
    page.screenshot(
        path=str(out), clip={"x": 0, "y": 0, "width": WIDTH, "height": height}, full_page=True
    )
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--story", default="Xiaomi", help="words in the story's title")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    base = args.url.rstrip("/")
    with chromium_page(WIDTH, HEIGHT) as page:
        shoot(page, base + "/", args.out / "stories.png")
        sid = story_id(page, base, args.story)
        shoot(page, f"{base}/stories/{sid}", args.out / "story.png")
        page.goto(f"{base}/stories/{sid}")
        page.locator("li.role-denial a.evidence-link").first.click()
        page.wait_for_selector("mark.hl.focused")
        page.locator("mark.hl.quote").last.hover()
        page.wait_for_timeout(SETTLE_MS)
        page.screenshot(path=str(args.out / "article.png"), full_page=True)
        print(f"wrote {args.out / 'article.png'}")
        shoot(page, f"{base}/search?q=denied", args.out / "search.png")


if __name__ == "__main__":
    main()
