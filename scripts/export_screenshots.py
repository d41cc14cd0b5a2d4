"""Regenerate the SVG screenshots of every screen of the deeprules app into `screenshots/`.

Builds a demo repository in a temporary folder from the bundled `microscopy` example (what
`deeprules init --example microscopy` writes, with frozen dates), runs the app headless at 80x24 with
Textual's `run_test`, drives it to each screen and saves `screenshots/<scene>.svg`.

    python scripts/export_screenshots.py [--out screenshots] [--size 80x24] [--png]

`--png` also writes PNGs when `cairosvg` is installed (handy for a quick look; not committed).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


async def shoot(scene: object, home: Path, out: Path, size: tuple[int, int]) -> Path:
    from deeprules.tui.app import create_app, frozen_clock
    from deeprules.tui.demo import FROZEN, build_demo_repo, still

    repo = build_demo_repo(home / f"microalgae-{scene.name}")  # type: ignore[attr-defined]
    app = create_app(repo, clock=frozen_clock(FROZEN), mode=scene.mode)  # type: ignore[attr-defined]
    async with app.run_test(size=size) as pilot:
        await scene.drive(pilot)  # type: ignore[attr-defined]
        await still(pilot)
        path = out / f"{scene.name}.svg"  # type: ignore[attr-defined]
        app.save_screenshot(path.name, path=str(out))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--size", default="80x24")
    parser.add_argument("--png", action="store_true")
    parser.add_argument("--only", action="append", help="Only this scene (repeatable).")
    args = parser.parse_args()
    cols, rows = (int(x) for x in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="deeprules-shots-") as tmp:
        home = Path(tmp)
        # A private home: the paths shown read ~/microalgae-..., and no git config of the machine leaks in.
        os.environ.update({"HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": str(home / ".gc"),
                           "XDG_CACHE_HOME": str(home / ".cache")})
        for var in ("EDITOR", "VISUAL", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME",
                    "GIT_COMMITTER_EMAIL"):
            os.environ.pop(var, None)
        from deeprules.tui.demo import SCENES

        for scene in SCENES:
            if args.only and scene.name not in args.only:
                continue
            path = asyncio.run(shoot(scene, home, args.out, (cols, rows)))
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {scene.title}")
            if args.png:
                try:
                    import cairosvg
                except ImportError:
                    sys.stderr.write("--png needs cairosvg (pip install cairosvg); skipped\n")
                else:
                    cairosvg.svg2png(url=str(path), write_to=str(path.with_suffix(".png")), output_width=1200)


if __name__ == "__main__":
    main()
