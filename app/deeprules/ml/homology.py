"""Related sequences across a split: a k-mer prefilter in numpy/scipy, confirmed by alignment when parasail
is installed.

Prefilter: each sequence becomes its set of k-mers (k = 4 for proteins, 10 for nucleotides, so unrelated
sequences rarely share three); one sparse product counts the k-mers every test sequence shares with every
training sequence. Candidate pairs (at least `MIN_SHARED` shared k-mers) are then aligned (Smith-Waterman,
parasail's SIMD kernels) and called related when the aligned identical residues cover `min_identity` of the
shorter sequence. Without parasail, the shared k-mer fraction stands in (reported as `kmer_similarity`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

NUCLEOTIDES = set("ACGTUN")
MIN_SHARED = 3
CANDIDATES_PER_QUERY = 5
PROTEIN_IDENTITY, NUCLEOTIDE_IDENTITY = 0.4, 0.7
KMER_SIMILARITY = 0.1  # without an aligner: share of k-mers in common that counts as related


def is_nucleotide(seqs: Sequence[str]) -> bool:
    sample = "".join(seqs[:200]).upper()
    return bool(sample) and set(sample) <= NUCLEOTIDES


def _kmer_matrix(seqs: Sequence[str], k: int, vocabulary: dict[bytes, int]) -> Any:
    """Sparse binary (n, V) matrix of which k-mers each sequence holds; `vocabulary` grows as it goes."""
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, s in enumerate(seqs):
        b = s.upper().encode("ascii", "replace")
        if len(b) < k:
            continue
        kmers = {b[j:j + k] for j in range(len(b) - k + 1)}
        ids = [vocabulary.setdefault(km, len(vocabulary)) for km in kmers]
        rows.append(np.full(len(ids), i, dtype=np.int32))
        cols.append(np.asarray(ids, dtype=np.int32))
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int32)
    return csr_matrix((np.ones(len(r), dtype=np.int32), (r, c)), shape=(len(seqs), max(1, len(vocabulary) + 1)))


def aligner_name() -> str | None:
    from importlib.util import find_spec

    return "parasail" if find_spec("parasail") is not None else None


@dataclass
class Hit:
    query: int
    target: int
    identity: float  # aligned identity over the shorter sequence, or the k-mer similarity


def related_pairs(queries: Sequence[str], targets: Sequence[str], *, min_identity: float | None = None,
                  same_set: bool = False, use_aligner: bool = True, every: bool = False) -> tuple[list[Hit], str]:
    """For each query, its closest related target (if any; with `every`, each related candidate). `same_set`:
    queries and targets are one list (all against all, self-pairs skipped). Returns hits and the method."""
    nucleotide = is_nucleotide(list(queries) + list(targets))
    k = 10 if nucleotide else 4
    vocabulary: dict[bytes, int] = {}
    Q = _kmer_matrix(queries, k, vocabulary)
    T = Q if same_set else _kmer_matrix(targets, k, vocabulary)
    width = max(Q.shape[1], T.shape[1])
    Q.resize((Q.shape[0], width))
    T.resize((T.shape[0], width))
    shared = (Q @ T.T).tocoo()
    keep = shared.data >= MIN_SHARED
    if same_set:
        keep &= shared.row != shared.col
    qi, ti, counts = shared.row[keep], shared.col[keep], shared.data[keep]
    sizes_q = np.asarray(Q.sum(axis=1)).ravel()
    sizes_t = np.asarray(T.sum(axis=1)).ravel()
    similarity = counts / np.maximum(1, np.minimum(sizes_q[qi], sizes_t[ti]))
    # the best few candidates per query, by k-mer similarity
    order = np.lexsort((-similarity, qi))
    qi, ti, similarity = qi[order], ti[order], similarity[order]
    rank = np.arange(len(qi)) - np.searchsorted(qi, qi, side="left")
    top = rank < CANDIDATES_PER_QUERY
    qi, ti, similarity = qi[top], ti[top], similarity[top]
    aligner = aligner_name() if use_aligner else None
    threshold = min_identity if min_identity is not None else (NUCLEOTIDE_IDENTITY if nucleotide else
                                                               PROTEIN_IDENTITY)
    best: dict[int, Hit] = {}
    found: list[Hit] = []
    if aligner is None:
        for q, t, s in zip(qi.tolist(), ti.tolist(), similarity.tolist(), strict=True):
            if s >= KMER_SIMILARITY:
                found.append(Hit(q, t, round(s, 4)))
                if q not in best or s > best[q].identity:
                    best[q] = found[-1]
        method = f"k-mer similarity >= {KMER_SIMILARITY} (k={k})"
        return (found if every else sorted(best.values(), key=lambda h: h.query)), method
    import parasail

    matrix = parasail.nuc44 if nucleotide else parasail.blosum62
    for q, t in zip(qi.tolist(), ti.tolist(), strict=True):
        if not every and q in best and best[q].identity >= 0.999:
            continue
        a, b = queries[q].upper(), targets[t].upper()
        result = parasail.sw_stats_striped_16(a, b, 10, 1, matrix)
        identity = result.matches / max(1, min(len(a), len(b)))
        if identity >= threshold:
            found.append(Hit(q, t, round(float(identity), 4)))
            if q not in best or identity > best[q].identity:
                best[q] = found[-1]
    return (found if every else sorted(best.values(), key=lambda h: h.query),
            f"k-mer prefilter (k={k}) then Smith-Waterman identity >= {threshold} over the shorter sequence "
            "(parasail)")


def clusters(seqs: Sequence[str], *, min_identity: float | None = None) -> np.ndarray:
    """Cluster ids: connected components of the 'related' graph (single linkage), for a homology split."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    hits, _ = related_pairs(seqs, seqs, min_identity=min_identity, same_set=True, every=True)
    n = len(seqs)
    graph = coo_matrix((np.ones(len(hits)), ([h.query for h in hits], [h.target for h in hits])), shape=(n, n))
    return connected_components(graph, directed=False)[1]
