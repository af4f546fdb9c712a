"""A linear-chain CRF over BIOES tags in numpy: batched forward-backward, Viterbi, span marginals.

Sequences are batched as ``(B, T, Y)`` emission arrays with a length per row; rows shorter
than ``T`` are padded, and the padding never changes a result.  Transitions that BIOES
forbids (``O -> I-x``, ``B-x -> B-y`` ...) are fixed at ``-inf`` and never learnt.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = [
    "TagSet",
    "forward_backward",
    "viterbi",
    "span_log_marginals",
]

NEG = -1e30  # "impossible" in float64 log space; exp() gives exactly 0


class TagSet:
    """BIOES tags of a label set: 0 is O, label l has B, I, E, S at 1 + 4l + (0, 1, 2, 3)."""

    def __init__(self, labels: Sequence[str]) -> None:
        self.labels = tuple(labels)
        self.n = 1 + 4 * len(self.labels)
        n = self.n
        allowed = np.zeros((n, n), dtype=bool)
        closing = [0] + [1 + 4 * l + 2 for l in range(len(labels))] + [1 + 4 * l + 3 for l in range(len(labels))]
        opening = [0] + [1 + 4 * l for l in range(len(labels))] + [1 + 4 * l + 3 for l in range(len(labels))]
        for a in closing:
            allowed[a, opening] = True
        for l in range(len(labels)):
            b, i, e = 1 + 4 * l, 2 + 4 * l, 3 + 4 * l
            allowed[b, [i, e]] = True
            allowed[i, [i, e]] = True
        self.allowed = allowed
        self.allowed_start = np.zeros(n, dtype=bool)
        self.allowed_start[opening] = True
        self.allowed_end = np.zeros(n, dtype=bool)
        self.allowed_end[closing] = True
        self._closing = np.array(closing)
        self._opening = np.array(opening)

    def blocks(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(closing tags, opening tags, [[B, I] per label], [[I, E] per label]) for :func:`viterbi`."""
        L = len(self.labels)
        b = 1 + 4 * np.arange(L)
        return self._closing, self._opening, np.stack([b, b + 1], axis=1), np.stack([b + 1, b + 2], axis=1)

    def encode(self, length: int, spans: Sequence[tuple[int, int, str]]) -> np.ndarray:
        """Tags for a sequence of length characters with the given (start, end_exclusive, label) spans."""
        tags = np.zeros(length, dtype=np.int64)
        index = {label: l for l, label in enumerate(self.labels)}
        for start, end, label in spans:
            base = 1 + 4 * index[label]
            if end - start == 1:
                tags[start] = base + 3
            else:
                tags[start] = base
                tags[start + 1: end - 1] = base + 1
                tags[end - 1] = base + 2
        return tags

    def decode(self, tags: np.ndarray) -> list[tuple[int, int, str]]:
        """(start, end_exclusive, label) spans of a valid BIOES tag sequence."""
        spans = []
        tags = np.asarray(tags)
        nz = np.flatnonzero(tags)
        if not len(nz):
            return spans
        kind = (tags[nz] - 1) % 4
        label = (tags[nz] - 1) // 4
        start = None
        for pos, k, l in zip(nz.tolist(), kind.tolist(), label.tolist()):
            if k == 3:
                spans.append((pos, pos + 1, self.labels[l]))
                start = None
            elif k == 0:
                start = pos
            elif k == 2 and start is not None:
                spans.append((start, pos + 1, self.labels[l]))
                start = None
        return spans


def forward_backward(scores: np.ndarray, lengths: np.ndarray, trans: np.ndarray,
                     start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Marginals of a batch of chains, in scaled probability space (matrix products, no logsumexp).

    scores: (B, T, Y) emission scores; lengths: (B,) >= 1; trans: (Y, Y) log potentials
    (forbidden = very negative); start, end: (Y,).
    Returns (marginals (B, T, Y), expected transition counts summed over the batch (Y, Y),
    log partition function (B,)).  Padded positions have zero marginals.
    """
    bsz, T, Y = scores.shape
    mask = np.arange(T)[None, :] < lengths[:, None]
    smax = scores.max(axis=2, keepdims=True)
    E = np.exp(scores - smax)
    M = np.exp(trans)
    alpha = np.empty((bsz, T, Y))
    c = np.ones((bsz, T))
    a = np.exp(start)[None, :] * E[:, 0]
    c[:, 0] = a.sum(axis=1)
    a /= c[:, 0:1]
    alpha[:, 0] = a
    for t in range(1, T):
        nxt = (a @ M) * E[:, t]
        ct = nxt.sum(axis=1)
        act = mask[:, t]
        ct = np.where(act, ct, 1.0)
        a = np.where(act[:, None], nxt / ct[:, None], a)
        alpha[:, t] = a
        c[:, t] = ct
    expend = np.exp(end)
    zend = (a * expend[None, :]).sum(axis=1)
    logz = np.log(c).sum(axis=1) + np.log(zend) + (smax[:, :, 0] * mask).sum(axis=1)
    beta = np.empty((bsz, T, Y))
    last = lengths - 1
    b = np.broadcast_to(expend / 1.0, (bsz, Y)) / zend[:, None]
    for t in range(T - 1, -1, -1):
        if t < T - 1:
            rec = ((E[:, t + 1] * beta[:, t + 1]) / c[:, t + 1: t + 2]) @ M.T
            b = np.where((t < last)[:, None], rec, b)
        beta[:, t] = b
    marg = alpha * beta
    marg *= mask[:, :, None]
    # expected transitions: sum over active t >= 1 of alpha_{t-1} (x) (E_t beta_t / c_t), times M
    if T > 1:
        right = E[:, 1:] * beta[:, 1:] / c[:, 1:, None] * mask[:, 1:, None]
        # einsum, not matmul: a large BLAS product goes multi-threaded, and OpenBLAS's spinning
        # threads then slow every later small product down tenfold on a two-core machine
        pair = np.einsum("ni,nj->ij", alpha[:, :-1].reshape(-1, Y), right.reshape(-1, Y)) * M
    else:
        pair = np.zeros((Y, Y))
    return marg, pair, logz


def _active(lengths: np.ndarray, T: int) -> np.ndarray:
    """active[t] = number of rows longer than t (rows sorted by decreasing length)."""
    lengths = np.asarray(lengths)
    if np.any(np.diff(lengths) > 0):
        raise ValueError("rows must be sorted by decreasing length")
    return np.searchsorted(-lengths, -np.arange(T), side="left")


def viterbi(scores: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray,
            end: np.ndarray, tagset: "TagSet | None" = None) -> np.ndarray:
    """Best tag sequence of each chain: time-major scores (T, B, Y) -> tags (T, B), padding 0.

    Rows must be sorted by decreasing length, so that the rows still running at step t are a
    prefix.  With a tagset, only the transitions BIOES allows are searched: "closing" tags
    (O, E-x, S-x) go to "opening" tags (O, B-x, S-x), and B-x/I-x go to I-x/E-x, about a
    quarter of the dense search (:func:`_forward_bioes`).  The forward pass keeps only the
    scores; back-pointers are recomputed along the best path, one (B, Y) maximum per step.
    """
    T, bsz, Y = scores.shape
    dt = scores.dtype
    trans, start, end = trans.astype(dt), start.astype(dt), end.astype(dt)
    tags = np.zeros((T, bsz), dtype=np.int64)
    if bsz == 0 or T == 0:
        return tags
    lengths = np.asarray(lengths)
    active = _active(lengths, T).tolist()
    rows = np.arange(bsz)
    last = lengths - 1
    if tagset is not None:
        # tag-major deltas (T, Y, B) in the order of :func:`_bioes_order`; the backward pass reads
        # each step's in the tags' own order, so that ties go to the same (first) tag
        order = _bioes_order(len(tagset.labels))
        back = np.argsort(order)
        deltas = _forward_bioes(scores, active, trans, start, order)
        cur = (deltas[last, :, rows][:, back] + end[None, :]).argmax(axis=1)
        tags[last, rows] = cur
        trans_t = np.ascontiguousarray(trans.T)
        for t in range(T - 1, 0, -1):
            n = active[t]
            prev = deltas[t - 1, :, :n][back].T + trans_t[tags[t, :n]]
            tags[t - 1, :n] = prev.argmax(axis=1)
        return tags
    deltas = np.empty((T, bsz, Y), dtype=dt)
    deltas[0] = start[None, :] + scores[0]
    for t in range(1, T):
        n = active[t]
        deltas[t, :n] = (deltas[t - 1, :n, :, None] + trans[None, :, :]).max(axis=1) + scores[t, :n]
    cur = (deltas[last, rows] + end[None, :]).argmax(axis=1)
    tags[last, rows] = cur
    for t in range(T - 1, 0, -1):
        n = active[t]
        prev = deltas[t - 1, :n] + trans[:, tags[t, :n]].T
        tags[t - 1, :n] = prev.argmax(axis=1)
    return tags


def _bioes_order(n_labels: int) -> np.ndarray:
    """The tags of n_labels BIOES labels in the order I.., E.., O, S.., B..: each of the blocks the
    forward pass reads or writes is a slice (closing tags E, O, S; opening tags O, S, B; I and E
    together)."""
    b = 1 + 4 * np.arange(n_labels)
    return np.concatenate([b + 1, b + 2, [0], b + 3, b])


def _forward_bioes(scores: np.ndarray, active: list[int], trans: np.ndarray, start: np.ndarray,
                   order: np.ndarray) -> np.ndarray:
    """Viterbi scores of the BIOES search, tag-major (T, Y, B), tags in ``order``.

    Tag-major, each step's work is a few numpy calls over arrays whose last axis is the rows
    (hundreds long), not the tags: the best closing tag before each opening tag is one sum of a
    (closing, opening, rows) array and its maximum over the first axis.  Every score is the same
    sum as in the dense search (a maximum is exact in any order).
    """
    T, bsz, Y = scores.shape
    dt = scores.dtype
    L = (Y - 1) // 4
    nc = 2 * L + 1  # closing tags, and opening tags
    c0, o0, b0 = L, 2 * L, 3 * L + 1  # where the closing, opening and B blocks begin; I is 0:L, E is L:2L
    deltas = np.empty((T, Y, bsz), dtype=dt)
    deltas[0] = start[order][:, None] + scores[0].T[order]
    t_co = np.ascontiguousarray(trans[np.ix_(order[c0: c0 + nc], order[o0: o0 + nc])])[:, :, None]
    bi, ii, ei = order[b0:], order[:L], order[L: 2 * L]
    t_b = np.stack([trans[bi, ii], trans[bi, ei]])[:, :, None]  # (I or E, label, 1): from B
    t_i = np.stack([trans[ii, ii], trans[ii, ei]])[:, :, None]  # from I
    cand = np.empty(nc * nc * bsz, dtype=dt)
    from_b = np.empty(2 * L * bsz, dtype=dt)
    from_i = np.empty(2 * L * bsz, dtype=dt)
    for t in range(1, T):
        n = active[t]
        d = deltas[t - 1, :, :n]
        new = deltas[t]
        c = cand[: nc * nc * n].reshape(nc, nc, n)
        np.add(d[c0: c0 + nc, None, :], t_co, out=c)
        np.maximum.reduce(c, axis=0, out=new[o0: o0 + nc, :n])
        x = from_b[: 2 * L * n].reshape(2, L, n)
        y = from_i[: 2 * L * n].reshape(2, L, n)
        np.add(d[b0:][None], t_b, out=x)
        np.add(d[:L][None], t_i, out=y)
        np.maximum(x, y, out=new[: 2 * L].reshape(2, L, bsz)[:, :, :n])
        new[:, :n] += scores[t, :n].T[order]
    return deltas


def span_log_marginals(scores: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray,
                       end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Scaled forward and backward vectors of time-major chains (T, B, Y), for span marginals.

    Rows sorted by decreasing length, as for :func:`viterbi`.  Returns (alpha, log_ca, beta,
    log_cb, logz): alpha and beta (T, B, Y) sum to 1 at each step and log_ca, log_cb (T, B) are
    their log scales, so that ``log alpha_t(y) = log(alpha[t, b, y]) + log_ca[t, b]`` (likewise
    beta); then P(y_s..y_e = a path) = exp(log alpha_s(y_s) + the potentials of the path after
    s + log beta_e(y_e) - logz).  Entries past a row's end are undefined.
    """
    T, bsz, Y = scores.shape
    dt = scores.dtype
    lengths = np.asarray(lengths)
    active = _active(lengths, T)
    smax = scores.max(axis=2)
    E = np.exp(scores - smax[:, :, None])
    M = np.exp(trans).astype(dt)
    MT = np.ascontiguousarray(M.T)
    alpha = np.empty((T, bsz, Y), dtype=dt)
    log_ca = np.empty((T, bsz), dtype=np.float64)
    tiny = np.finfo(dt).tiny  # a floor for the scales: an underflow must not become log(0)
    a = np.exp(start).astype(dt)[None, :] * E[0]
    ca = np.maximum(a.sum(axis=1), tiny)
    a /= ca[:, None]
    acc = np.log(ca).astype(np.float64) + smax[0]
    alpha[0] = a
    log_ca[0] = acc
    for t in range(1, T):
        n = int(active[t])
        # each row its own product (a stack of 1×Y matrices): a row's sums must not depend on how many rows are batched
        # with it (BLAS picks its kernel by the matrix's size, and kernels round differently)
        nxt = (a[:n, None, :] @ M)[:, 0] * E[t, :n]
        ct = np.maximum(nxt.sum(axis=1), tiny)
        nxt /= ct[:, None]
        a[:n] = nxt
        acc[:n] += np.log(ct) + smax[t, :n]
        alpha[t, :n] = nxt
        log_ca[t, :n] = acc[:n]
    expend = np.exp(end).astype(dt)
    logz = acc + np.log(np.maximum((a * expend[None, :]).sum(axis=1), tiny))
    beta = np.empty((T, bsz, Y), dtype=dt)
    log_cb = np.empty((T, bsz), dtype=np.float64)
    b = np.broadcast_to(expend, (bsz, Y)).copy()
    accb = np.zeros(bsz)
    beta[T - 1] = b
    log_cb[T - 1] = 0.0
    for t in range(T - 2, -1, -1):
        n1 = int(active[t + 1])  # rows that go on past t
        if n1:
            rec = ((E[t + 1, :n1] * b[:n1])[:, None, :] @ MT)[:, 0]
            cb = np.maximum(rec.sum(axis=1), tiny)
            rec /= cb[:, None]
            b[:n1] = rec
            accb[:n1] += np.log(cb) + smax[t + 1, :n1]
        n = int(active[t])
        beta[t, :n] = b[:n]
        log_cb[t, :n] = accb[:n]
    return alpha, log_ca, beta, log_cb, logz
