"""Regenerate app/deeprules/knowledge/hub_metadata.yaml from the Hugging Face sources it copies.

Usage: python scripts/update_hub_lists.py HUB_DOCS_CHECKOUT HUGGINGFACE_JS_CHECKOUT
(local clones of github.com/huggingface/hub-docs and github.com/huggingface/huggingface.js). `card check`
validates offline against the shipped file, so refresh it when the Hub adds ids; the file records the commits.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "app" / "deeprules" / "knowledge" / "hub_metadata.yaml"
LICENSES = "docs/hub/repositories-licenses.md"
PIPELINES = "packages/tasks/src/pipelines.ts"
LIBRARIES = "packages/tasks/src/model-libraries.ts"


def show(repo: Path, path: str) -> tuple[str, str, str]:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout

    commit, date = git("log", "-1", "--format=%H %cs", "HEAD").split()
    return git("show", f"HEAD:{path}"), commit, date


def main(hub_docs: Path, hf_js: Path) -> None:
    text, docs_commit, docs_date = show(hub_docs, LICENSES)
    region = text.split("<!-- region licenses -->", 1)[1].split("<!-- endregion -->", 1)[0]
    licenses = {m[2]: m[1].strip().replace("\\*", "*")
                for m in re.finditer(r"^\|\s*(.+?)\s*\|\s*`([^`]+)`\s*\|", region, re.M)}
    pipelines, js_commit, js_date = show(hf_js, PIPELINES)
    body = pipelines.split("export const PIPELINE_DATA", 1)[1].split("} satisfies", 1)[0]
    tags = re.findall(r'^\t(?:"([^"]+)"|([a-z0-9-]+)): \{', body, re.M)
    libs_text, _, _ = show(hf_js, LIBRARIES)
    libs_body = libs_text.split("export const MODEL_LIBRARIES_UI_ELEMENTS = {", 1)[1]
    libs = re.findall(r'^\t(?:"([^"]+)"|([A-Za-z0-9_]+)): \{', libs_body, re.M)
    q = json.dumps
    lines = [
        "# The Hugging Face Hub's own lists of metadata ids, copied so that `deeprules card check` validates a model",
        "# card offline. Regenerate with scripts/update_hub_lists.py. Ids here are data, not advice from the paper.",
        f"# Written {dt.date.today().isoformat()}.",
        "licenses:",
        f"  source: https://github.com/huggingface/hub-docs/blob/{docs_commit}/{LICENSES}",
        f"  date: {docs_date}",
        "  ids:",
        *[f"    {q(k)}: {q(v)}" for k, v in licenses.items()],
        "pipeline_tags:",
        f"  source: https://github.com/huggingface/huggingface.js/blob/{js_commit}/{PIPELINES}",
        f"  date: {js_date}",
        "  ids: [" + ", ".join(q(a or b) for a, b in tags) + "]",
        "libraries:",
        f"  source: https://github.com/huggingface/huggingface.js/blob/{js_commit}/{LIBRARIES}",
        f"  date: {js_date}",
        "  ids: [" + ", ".join(q(a or b) for a, b in libs) + "]",
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(licenses)} licenses, {len(tags)} pipeline tags, {len(libs)} libraries")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
