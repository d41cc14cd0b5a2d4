"""w29c: R code read as tidymodels training (a workflow or model specification fitted) and R prose strings
blanked before the patterns run."""

from __future__ import annotations

import pytest

from deeprules.checks.scan import _analyze, strip_r_strings


def _facts(path: str, text: str) -> dict:
    facts: dict = {}
    _analyze(path, text, "r", facts)
    return facts


@pytest.mark.parametrize("code", [
    "wf <- epi_workflow(r, parsnip::linear_reg()) %>% fit(jhu)\n",
    "fitted <- workflow() |>\n  add_model(spec) |>\n  fit(data = train)\n",
    "wf <- fit(wf, epi_data)\n",
    "mod <- parsnip::fit(lr_spec, y ~ x, data = d)\n",
])
def test_tidymodels_fit_is_training(code: str) -> None:
    assert "r_train" in _facts("R/fit.R", code)


@pytest.mark.parametrize("code", [
    "fit <- lm(y ~ x, data = d)\nsummary(fit)\n",
    "best_fit <- fit_curve(x, y)\n",
    'stop("Do you need to call `fit()` before predicting? Or `tune_grid()`?")\n',
])
def test_other_fits_are_not(code: str) -> None:
    assert "r_train" not in _facts("R/other.R", code)


def test_r_prose_strings_blanked_code_strings_kept() -> None:
    code = ('msg <- "Do you want to use a tuning function such as `tune_grid()`?"\n'
            'm <- train(y ~ ., method = "glmnet")\nf <- as.formula("y ~ a + b")\n'
            'system("python train.py --epochs 3")\nu <- "https://x.org/data.csv"\n')
    out = strip_r_strings(code)
    assert "tune_grid" not in out
    assert out.count("\n") == code.count("\n")
    for kept in ("'glmnet'", '"y ~ a + b"', '"python train.py --epochs 3"', "https://x.org/data.csv"):
        assert kept in out
