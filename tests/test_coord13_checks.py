"""Coordinator, session 13: an R package's vignette loads the package and runs its functions in one R session
after its `set.seed`, so the seed holds for the package's training functions (garnett's vignette seeds, then
calls train_cell_classifier, defined in R/; MLSeq's Sweave vignette likewise)."""

from __future__ import annotations

from pathlib import Path

from test_checks_corpus import build

_TRAIN = ("train_cell_classifier <- function(x, y, lambdas) {\n"
          "  cvfit <- glmnet::cv.glmnet(x, y, lambda = lambdas, alpha = .3, family = 'multinomial')\n"
          "  cvfit\n}\n")


def _dr301(tmp_path: Path, files: dict[str, str]) -> tuple[str, str]:
    report = build(tmp_path / "r", files)
    result = next(r for r in report.results if r.id == "DR301")
    return result.status, " ".join(text for _, _, text in result.evidence)


def test_a_vignette_seed_holds_for_the_packages_training(tmp_path: Path) -> None:
    vignette = "---\ntitle: x\n---\n```{r}\nlibrary(garnett)\nset.seed(260)\nclf <- train_cell_classifier(cds)\n```\n"
    status, evidence = _dr301(tmp_path, {"R/train_cell_classifier.R": _TRAIN, "vignettes/intro.Rmd": vignette})
    assert status == "pass"
    assert "vignette" in evidence


def test_a_vignette_without_a_seed_leaves_the_training_unseeded(tmp_path: Path) -> None:
    vignette = "```{r}\nlibrary(garnett)\nclf <- train_cell_classifier(cds)\n```\n"
    status, _ = _dr301(tmp_path, {"R/train_cell_classifier.R": _TRAIN, "vignettes/intro.Rmd": vignette})
    assert status == "fail"


def test_another_packages_vignette_does_not_seed_this_one(tmp_path: Path) -> None:
    vignette = "```{r}\nset.seed(1)\nx <- other()\n```\n"
    status, _ = _dr301(tmp_path, {"R/train_cell_classifier.R": _TRAIN, "other/vignettes/intro.Rmd": vignette})
    assert status == "fail"
