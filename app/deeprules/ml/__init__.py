"""Tips 2, 6 and 7 on the user's own table: tuned baselines in nested cross-validation with a label-shuffle
control (`baselines`), a leakage audit between a training and a test file (`audit`), a leakage-aware split
(`split`) and the user's model against the baselines on the same folds (`compare`).

scikit-learn, pandas, numpy and (for molecules) RDKit come with the optional extra `deeprules[ml]`; every
module here imports them at module level, so only the `deeprules.cli.ml` commands import this package, inside
their bodies: the core and `deeprules --help` never pay for them.
"""
