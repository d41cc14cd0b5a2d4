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
# Smith-Waterman fills len(a) x len(b) cells: two 500,000-residue sequences took hours (a 20 MB table of 40 of
# them ran past 5 minutes on its first pair). A pair larger than this (about 7,000 x 7,000 residues, a
# fraction of a second) is judged by its shared k-mers, as without an aligner, and the method says so.
MAX_ALIGNED_CELLS = 50_000_000


def is_nucleotide(seqs: Sequence[str]) -> bool:
    sample = "".join(seqs[:200]).upper()
    return bool(sample) and set(sample) <= NUCLEOTIDES


def _kmer_codes(seqs: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, k-mer code) for every k-mer position of every sequence, in numpy: each residue is packed into
    5 bits (any byte folds into 32 codes; the alphabets here have at most 25 letters), k of them per code."""
    text = "".join(seqs).upper().encode("ascii", "replace")
    residues = np.frombuffer(text, dtype=np.uint8).astype(np.int64) & 31
    lengths = np.fromiter((len(s) for s in seqs), dtype=np.int64, count=len(seqs))
    n_positions = len(residues) - k + 1
    if n_positions <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    codes = np.zeros(n_positions, dtype=np.int64)
    for j in range(k):
        codes |= residues[j:j + n_positions] << (5 * j)
    row = np.repeat(np.arange(len(seqs)), lengths)[:n_positions]
    offset = np.arange(n_positions) - np.repeat(np.cumsum(lengths) - lengths, lengths)[:n_positions]
    keep = offset <= lengths[row] - k  # the k-mer lies inside one sequence
    return row[keep], codes[keep]


def _kmer_matrices(queries: Sequence[str], targets: Sequence[str] | None, k: int) -> tuple[Any, Any]:
    """Sparse binary (n, V) matrices of which k-mers each sequence holds, over one shared vocabulary."""
    from scipy.sparse import csr_matrix

    rq, cq = _kmer_codes(queries, k)
    rt, ct = _kmer_codes(targets, k) if targets is not None else (rq[:0], cq[:0])
    vocabulary, columns = np.unique(np.concatenate([cq, ct]), return_inverse=True)
    width = max(1, len(vocabulary))

    def matrix(rows: np.ndarray, cols: np.ndarray, n: int) -> Any:
        m = csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, width))
        m.sum_duplicates()
        m.data[:] = 1
        return m

    Q = matrix(rq, columns[:len(cq)], len(queries))
    T = matrix(rt, columns[len(cq):], len(targets)) if targets is not None else Q
    return Q, T


def aligner_name() -> str | None:
    from importlib.util import find_spec

    return "parasail" if find_spec("parasail") is not None else None


@dataclass
class Hit:
    query: int
    target: int
    identity: float  # aligned identity over the shorter sequence, or the k-mer similarity


COMPLEMENT = str.maketrans("ACGTUNacgtun", "TGCAANtgcaan")


def reverse_complement(seq: str) -> str:
    return seq.translate(COMPLEMENT)[::-1]


def related_pairs(queries: Sequence[str], targets: Sequence[str], *, min_identity: float | None = None,
                  same_set: bool = False, use_aligner: bool = True, every: bool = False) -> tuple[list[Hit], str]:
    """For each query, its closest related target (if any; with `every`, each related candidate). `same_set`:
    queries and targets are one list (all against all, self-pairs skipped). Returns hits and the method.
    DNA/RNA is double-stranded: a read and its reverse complement are the same locus, so nucleotide
    queries are searched on both strands."""
    nucleotide = is_nucleotide(list(queries) + list(targets))
    hits, method = _related_one_strand(queries, targets, nucleotide, min_identity=min_identity,
                                       same_set=same_set, use_aligner=use_aligner, every=every)
    if not nucleotide:
        return hits, method
    flipped, _ = _related_one_strand([reverse_complement(q) for q in queries], targets, nucleotide,
                                     min_identity=min_identity, same_set=False, use_aligner=use_aligner,
                                     every=every)
    flipped = [h for h in flipped if not (same_set and h.query == h.target)]
    if every:
        return hits + flipped, method + ", both strands"
    best = {h.query: h for h in hits}
    for h in flipped:
        if h.query not in best or h.identity > best[h.query].identity:
            best[h.query] = h
    return sorted(best.values(), key=lambda h: h.query), method + ", both strands"


def _related_one_strand(queries: Sequence[str], targets: Sequence[str], nucleotide: bool, *,
                        min_identity: float | None, same_set: bool, use_aligner: bool,
                        every: bool) -> tuple[list[Hit], str]:
    k = 10 if nucleotide else 4
    Q, T = _kmer_matrices(queries, None if same_set else targets, k)
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
    too_long = 0
    for q, t, s in zip(qi.tolist(), ti.tolist(), similarity.tolist(), strict=True):
        if not every and q in best and best[q].identity >= 0.999:
            continue
        a, b = queries[q].upper(), targets[t].upper()
        if len(a) * len(b) > MAX_ALIGNED_CELLS:
            too_long += 1
            identity, related = s, s >= KMER_SIMILARITY
        else:
            result = parasail.sw_stats_striped_16(a, b, 10, 1, matrix)
            identity = result.matches / max(1, min(len(a), len(b)))
            related = identity >= threshold
        if related:
            found.append(Hit(q, t, round(float(identity), 4)))
            if q not in best or identity > best[q].identity:
                best[q] = found[-1]
    method = (f"k-mer prefilter (k={k}) then Smith-Waterman identity >= {threshold} over the shorter sequence "
              "(parasail)")
    if too_long:
        method += (f"; {too_long} pair(s) too long to align (over {MAX_ALIGNED_CELLS:,} cells) by k-mer "
                   f"similarity >= {KMER_SIMILARITY}")
    return (found if every else sorted(best.values(), key=lambda h: h.query)), method


def clusters(seqs: Sequence[str], *, min_identity: float | None = None) -> np.ndarray:
    """Cluster ids: connected components of the 'related' graph (single linkage), for a homology split."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    hits, _ = related_pairs(seqs, seqs, min_identity=min_identity, same_set=True, every=True)
    n = len(seqs)
    graph = coo_matrix((np.ones(len(hits)), ([h.query for h in hits], [h.target for h in hits])), shape=(n, n))
    return connected_components(graph, directed=False)[1]
