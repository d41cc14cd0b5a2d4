"""Regenerate the SVG screenshots of every screen of the deeprules app into `screenshots/`.

Builds a demo repository in a temporary folder from the bundled `microscopy` example (what
`deeprules init --example microscopy` writes, with frozen dates), runs the app headless with Textual's
`run_test` at 80x24 (most terminals) and 120x40, drives it to each screen and saves
`screenshots/<scene>.svg` (80x24) and `screenshots/<scene>-120x40.svg`.

    python scripts/export_screenshots.py [--out screenshots] [--size 80x24 --size 120x40] [--png DIR]

`--png DIR` also converts each SVG to a PNG in DIR with `rsvg-convert` (Debian: librsvg2-bin; install the
Fira Code font, fonts-firacode, so the columns line up), to look at them; the PNGs are not committed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


DEFAULT_SIZES = ("80x24", "120x40")


def file_name(scene_name: str, size: tuple[int, int]) -> str:
    return f"{scene_name}.svg" if size == (80, 24) else f"{scene_name}-{size[0]}x{size[1]}.svg"


async def shoot(scene: object, home: Path, out: Path, size: tuple[int, int]) -> Path:
    from deeprules.tui.app import create_app, frozen_clock
    from deeprules.tui.demo import FROZEN, build_demo_repo, still

    repo = build_demo_repo(home / "microalgae")
    if (repo / ".git").exists():  # a fresh demo for every scene: one scene's commits never show in another
        shutil.rmtree(repo)
    repo = build_demo_repo(home / "microalgae")
    app = create_app(repo, clock=frozen_clock(FROZEN), mode=scene.mode)  # type: ignore[attr-defined]
    async with app.run_test(size=size) as pilot:
        await scene.drive(pilot)  # type: ignore[attr-defined]
        await still(pilot)
        path = out / file_name(scene.name, size)  # type: ignore[attr-defined]
        app.save_screenshot(path.name, path=str(out))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--size", action="append", help="COLSxROWS (repeatable; default 80x24 and 120x40)")
    parser.add_argument("--png", type=Path, default=None, help="also write PNGs here (rsvg-convert)")
    parser.add_argument("--only", action="append", help="Only this scene (repeatable).")
    args = parser.parse_args()
    sizes = [tuple(int(x) for x in s.lower().split("x")) for s in (args.size or DEFAULT_SIZES)]
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

        for size in sizes:
            for scene in SCENES:
                if args.only and scene.name not in args.only:
                    continue
                path = asyncio.run(shoot(scene, home, args.out, size))  # type: ignore[arg-type]
                print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {scene.title}")
                if args.png:
                    to_png(path, args.png)


def to_png(svg: Path, folder: Path) -> None:
    tool = shutil.which("rsvg-convert")
    if tool is None:
        sys.stderr.write("--png needs rsvg-convert (apt-get install librsvg2-bin); skipped\n")
        return
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-z", "1.5", str(svg), "-o", str(folder / svg.with_suffix(".png").name)], check=True)


if __name__ == "__main__":
    main()
