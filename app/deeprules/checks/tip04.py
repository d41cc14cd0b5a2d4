"""Tip 4: know the data: provenance recorded in the data manifest (datapackage.json)."""

from __future__ import annotations

import posixpath
import re

from . import CheckResult, Context, check, failed, passed, reading, warned
from ._util import is_read
from .scan import extractor, is_aux

_URL_KINDS = ("py", "setup", "nb", "r", "sh", "docker")
#: names of files that fetch a trained model rather than data
_WEIGHTS_WORDS = ("model", "weight", "checkpoint", "ckpt", "pretrained")



def _weights_file(path: str) -> bool:
    """A file named for model weights, or kept among a package's networks (a `models/`, `pretrained/` or
    `checkpoints/` folder), or ImageNet's helpers: what it downloads is a network's, not data (w25b)."""
    *folders, base = path.lower().split("/")
    return (any(w in base for w in _WEIGHTS_WORDS) or "imagenet" in base
            or any(w in folder for folder in folders for w in _WEIGHTS_WORDS))


FIELDS = ("sources", "version", "downloaded", "hash")


def missing_fields(resource: dict[str, object]) -> list[str]:
    out = []
    sources = resource.get("sources")
    if not (isinstance(sources, list) and any(isinstance(s, dict) and (s.get("path") or s.get("title"))
                                              for s in sources)):
        out.append("sources")
    for key in ("version", "downloaded", "hash"):
        if not str(resource.get(key) or "").strip():
            out.append(key)
    return out


def _conda_recipe(path: str) -> bool:
    """w31d: a conda-build recipe (`meta.yaml`): its `source:` url and sha256 are the package's own archive
    (MetaBinner's conda_pkg/meta.yaml), not where data came from."""
    return posixpath.basename(path.lower()) == "meta.yaml"


#: a data repository's download manifest (GDC's gdc_manifest*.txt, ENA's filereport*.tsv)
_REPO_MANIFEST = re.compile(r"(^|/)[^/]*(manifest|filereport)[^/]*\.(txt|tsv|csv)$")


def common_provenance(ctx: Context) -> tuple[list[tuple[str, int, str]], list[tuple[str, int, str]]]:
    """Provenance in the repository's own form (outside tests and docs): (with a checksum, source only).
    A checksum counts next to a download URL, DOI or accession in the same file, or as a checksum list or
    DVC file; a Zenodo/figshare DOI or a GEO/SRA/ENA/PDB/UniProt accession alone records the source."""
    full: list[tuple[str, int, str]] = []
    source: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with("prov_checksum").items()):
        facts = ctx.index.facts(path)
        if (not is_aux(path) and not _weights_file(path) and "weights_fetch" not in facts and not _conda_recipe(path)
                and any(k in facts for k in ("prov_url", "prov_doi", "prov_accession"))):
            full.append((path, int(lines[0][0]), str(lines[0][1])))
    # a download checked against its checksum (the expected value kept in a metadata table or a rule's params)
    verified: list[tuple[str, int, str]] = []
    for path, lines in sorted(ctx.files_with("prov_verify").items()):
        facts = ctx.index.facts(path)
        # (a downloader of model weights, `download_model_binary.py`, records where a model came from, not data)
        # (w25b: nor a file among a package's networks, `models/layers/imagenet_utils.py`, or one fetching a
        # pretrained network's assets, Keras' cache_subdir='models' or a model-zoo loader: `weights_fetch`)
        if (not is_aux(path) and not _weights_file(path) and "weights_fetch" not in facts
                and any(k in facts for k in ("prov_fetch", "prov_url", "prov_doi", "prov_accession",
                                             "digest_list_read"))):  # (w35d: or a list of digests read)
            verified.append((path, int(lines[0][0]), str(lines[0][1])))
    # w22b: ... for most of what is downloaded: one checked data set among many fetched unchecked (PyHealth checks
    # ChestX-ray14's md5 only) records the source of the others, not their checksum
    fetchers = {p for p in ctx.files_with("prov_fetch") if not is_aux(p)
                and not any(w in posixpath.basename(p).lower() for w in _WEIGHTS_WORDS)}
    if verified and 2 * len({p for p, _, _ in verified}) < len(fetchers | {p for p, _, _ in verified}):
        source.extend(verified)
    else:
        full.extend(verified)
    # w22b: a checksum list whose rows name the downloads' URLs (TensorFlow Datasets' checksums.tsv: URL, size,
    # sha256), verified by the loader when it fetches them
    for path, rows in sorted(ctx.files_with("checksum_list").items()):
        # (w23a: or a data repository's download manifest, whose rows name the repository's file ids: GDC, ENA)
        if not is_aux(path) and (any("://" in str(t) for _, t in rows) or _REPO_MANIFEST.search(path.lower())):
            full.append((path, int(rows[0][0]), f"checksums of downloads: {rows[0][1]}"))
    for path in sorted(ctx.files_with("dvc")):
        if not is_aux(path):
            full.append((path, 1, "DVC-tracked data with checksums"))
    for fact in ("prov_doi", "prov_accession", "prov_url"):
        for path, lines in sorted(ctx.files_with(fact).items()):
            # a bare URL counts in code or configuration a pipeline reads, not in a bibliography's JSON
            if not is_aux(path) and not _conda_recipe(path) and (
                    fact != "prov_url" or extractor(path) in _URL_KINDS or
                    path.lower().endswith((".yml", ".yaml", ".toml"))):
                source.append((path, int(lines[0][0]), str(lines[0][1])))
    return full, source


@check("DR401", watches=is_read, facts_only=True,
       reads=reading(("prov_checksum", "prov_url", "prov_doi", "prov_accession", "dvc", "prov_verify", "prov_fetch",
                      "checksum_list", "weights_fetch", "digest_list_read"),
                     said=("checksum_list",)))  # (whether its rows name URLs)
def data_manifest(ctx: Context) -> CheckResult:
    rel = ctx.path("manifest")
    text = ctx.text(rel)
    if text is None:
        full, source = common_provenance(ctx)
        if full:
            return passed("data sources recorded with checksums", full[:6])
        if source:
            return warned("data sources recorded (URL, DOI or accession) but no checksum next to them", source[:6],
                          5.0)
        return failed(f"looked for a data manifest ({rel}), download URLs with md5/sha256 in code or config, DVC "
                      "files, Zenodo/figshare DOIs and GEO/SRA/ENA/PDB/UniProt accessions; found none")
    from ..errors import InputError
    from ..yamlio import parse_json  # the one bounded JSON reader (issue 11: a 100,000-deep file crashed)

    try:
        data = parse_json(text, rel, what="data manifest")
    except InputError as exc:
        return failed(f"{rel} is not valid JSON: {exc.message}", [(rel, 1, "invalid JSON")])
    resources = data.get("resources") if isinstance(data, dict) else None
    if not isinstance(resources, list) or not resources:
        return failed(f"{rel} lists no resources", [(rel, 1, "no resources")])
    lines = text.splitlines()
    filled = 0
    ev = []
    for i, res in enumerate(resources):
        if not isinstance(res, dict):
            continue
        name = str(res.get("name") or res.get("path") or f"resource {i + 1}")
        line = next((n for n, t in enumerate(lines, start=1) if f'"{name}"' in t), 1)
        gaps = missing_fields(res)
        filled += len(FIELDS) - len(gaps)
        ev.append((rel, line, f"{name}: missing {', '.join(gaps)}" if gaps else f"{name}: complete"))
    total = len(FIELDS) * len(resources)
    score = 10.0 * filled / total
    reason = f"{filled} of {total} provenance fields (source, version, download date, checksum) recorded"
    if filled == total:
        return passed(f"{len(resources)} data resources with full provenance", ev[:10])
    return (warned if score >= 5 else failed)(reason, [e for e in ev if "missing" in e[2]][:10], score)
