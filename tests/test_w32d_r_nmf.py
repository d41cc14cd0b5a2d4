"""w32d: R's non-negative matrix factorisation fitted through its package (SPOTlight's `nmf(x, rank,
paste0(model, "NMF"), seed)` in R/trainNMF.R) is a classical learner: with no network anywhere it is the
repository's model (DR501) and the repository holds ML code, so its environment is judged (DR303), not n/a.
A comment naming nmf fits nothing."""

from __future__ import annotations

from pathlib import Path

from test_checks_corpus import build  # the corpus's repository builder

_DESCRIPTION = "Package: spotdeconv\nImports: NMF, nnls, Matrix\n"
_TRAIN = ("trainNMF <- function(x, groups, model = 'ns') {\n  rank <- length(unique(groups))\n"
          "  mod <- nmf(x, rank, paste0(model, 'NMF'))\n  mod\n}\n")


def _verdicts(root: Path, files: dict[str, str]) -> dict[str, str]:
    return {r.id: r.status for r in build(root, files).results}


def test_r_nmf_is_the_model(tmp_path: Path) -> None:
    got = _verdicts(tmp_path / "r", {"DESCRIPTION": _DESCRIPTION, "R/trainNMF.R": _TRAIN})
    assert got["DR501"] == "pass"
    assert got["DR303"] == "fail"  # DESCRIPTION imports unversioned: an ML repository's environment is open


def test_r_nmf_through_its_namespace(tmp_path: Path) -> None:
    got = _verdicts(tmp_path / "r", {"R/fit.R": "fit <- function(counts, k) NMF::nmf(counts, rank = k, seed = 1)\n"})
    assert got["DR501"] == "pass"


def test_nmf_named_in_a_comment_fits_nothing(tmp_path: Path) -> None:
    got = _verdicts(tmp_path / "r", {"DESCRIPTION": _DESCRIPTION,
                                     "R/utils.R": "# an nmf(x, rank) fit would go here\n"
                                                  "check_rank <- function(rank) stopifnot(rank > 0)\n"})
    assert got["DR501"] == "fail"
    assert got["DR303"] == "na"
