"""Training kg's statistical NER (:mod:`kg.ner.statistical`) on CLUENER2020, reproducibly.

Command line (``kg train ner`` trains too)::

    python -m kg.train.ner train --data /work/shared/data/cluener2020 --out DIR --seed 0
    python -m kg.train.ner eval --data /work/shared/data/cluener2020/dev.json [--model DIR]
    python -m kg.train.ner bench [--model DIR] [FILE ...]
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..data_build.ner_lexicons import load_lexicons
from ..ner import features as F
from ..ner.crf import TagSet, forward_backward
from ..ner.statistical import LABELS, METRICS_FILE, FeatureMap, StatisticalNER
from .cluener import Example, evaluate, read_cluener, score_spans
from .synthetic import synthetic_examples

__all__ = ["DEFAULT_HYPER", "train", "fit", "bench", "main"]

log = logging.getLogger(__name__)


DEFAULT_HYPER = {
    "epochs": 6,
    "batch_size": 32,
    "lr": 0.1,
    "l2": 1e-5,
    "min_count": 2,
    "optimizer": "adagrad",
    "holdout": 0.0,
    "extra_bits": 4,
    "average": True,
    "o_penalty": 0.5,
    "prune": 0.2,
    "synthetic": 0,
}


def train(data_dir: str | Path, out_dir: str | Path | None, *, seed: int = 0, epochs: int = DEFAULT_HYPER["epochs"],
          **hyper) -> dict:
    """Train on ``data_dir/train.json``, score on ``dev.json`` (and a held-out slice), save to out_dir.

    Hyper-parameters (see DEFAULT_HYPER): batch_size, lr, l2, min_count (feature frequency
    cut-off), optimizer ("adagrad" or "adam"), holdout (fraction of train kept out for tuning),
    extra_bits (hash table size over the number of features), average (average the weights
    over the updates of the last half of training), prune (drop the features whose weights are
    all below this in absolute value), synthetic (number of template sentences of local
    government news added to the training data, see :mod:`kg.train.synthetic`), o_penalty
    (subtracted from the O score at prediction time: CLUENER leaves some mentions unlabelled,
    so a CRF trained on it under-predicts).
    The dev and held-out scores are those of the saved (int8) weights.  Returns the metrics,
    which are also written to ``out_dir/metrics.json``.
    """
    unknown = set(hyper) - set(DEFAULT_HYPER)
    if unknown:
        raise TypeError(f"unknown hyper-parameters: {sorted(unknown)}")
    hp = {**DEFAULT_HYPER, **hyper, "epochs": epochs}
    data_dir = Path(data_dir)
    t0 = time.perf_counter()
    examples = read_cluener(data_dir / "train.json")
    rng = np.random.default_rng(seed)
    held: list[Example] = []
    if hp["holdout"]:
        perm = rng.permutation(len(examples))
        n_held = int(round(len(examples) * hp["holdout"]))
        held = [examples[i] for i in perm[:n_held]]
        examples = [examples[i] for i in np.sort(perm[n_held:])]
    lexicons = load_lexicons()
    lexicon = F.Lexicon.build(lexicons)
    synthetic = [Example(text, spans) for text, spans in
                 synthetic_examples(lexicons, hp["synthetic"], np.random.default_rng([seed, 1]))]
    model = fit(examples + synthetic, lexicon, rng, hp, LABELS)
    model.o_penalty = float(hp["o_penalty"])
    model.meta.update(trained_on=f"{data_dir.name}/train.json", seed=seed, hyper=hp)
    metrics: dict = {"train_seconds": round(time.perf_counter() - t0, 1), "n_train": len(examples),
                     "n_synthetic": len(synthetic), "seed": seed,
                     "hyper": hp, "n_features": int(len(model.fmap.keys))}
    if out_dir is not None:
        path = model.save(out_dir)
        metrics["model_bytes"] = path.stat().st_size
        model = StatisticalNER.load(out_dir)  # score the weights as shipped (int8)
    if held:
        metrics["holdout"] = score_spans([e.spans for e in held], model.predict([e.text for e in held]), model.labels)
    if (data_dir / "dev.json").exists():
        metrics["dev"] = evaluate(model, data_dir / "dev.json")
    if out_dir is not None:
        (Path(out_dir) / METRICS_FILE).write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
    return metrics


def fit(examples: Sequence[Example], lexicon: F.Lexicon, rng: np.random.Generator, hp: dict,
        labels: Sequence[str] = LABELS) -> StatisticalNER:
    """Fit the CRF on examples (the training loop of :func:`train`)."""
    tagset = TagSet(labels)
    Y = tagset.n
    examples = [ex for ex in examples if ex.text]
    texts = [ex.text for ex in examples]
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    offsets = np.zeros(len(texts), dtype=np.int64)
    offsets[1:] = np.cumsum(lengths[:-1])
    hashes = F.extract_many(texts, lexicon)  # (K, N)
    K, N = hashes.shape
    gold = np.concatenate([tagset.encode(len(ex.text), ex.spans) for ex in examples])

    flat = hashes[hashes != 0]
    keys, counts = np.unique(flat, return_counts=True)
    del flat
    keep = counts >= hp["min_count"]
    keys, counts = keys[keep], counts[keep]
    order = np.lexsort((keys, -counts))  # most frequent first, ties by hash: deterministic
    fmap = FeatureMap(keys[order], extra_bits=hp["extra_bits"])
    ids = np.ascontiguousarray(fmap.lookup(hashes).T)  # (N, K) int32
    del hashes
    n_rows = len(fmap.keys) + 1
    log.info("%d characters, %d feature templates, %d feature rows", N, K, n_rows)

    W = np.zeros((n_rows, Y), dtype=np.float32)
    trans = np.zeros((Y, Y))
    start = np.zeros(Y)
    end = np.zeros(Y)
    G_W = np.zeros((n_rows, Y), dtype=np.float32)  # adagrad sums / adam second moments
    M_W = np.zeros((n_rows, Y), dtype=np.float32) if hp["optimizer"] == "adam" else None
    dense_state = {name: np.zeros_like(a) for name, a in (("trans", trans), ("start", start), ("end", end))}
    dense_m = {name: np.zeros_like(a) for name, a in (("trans", trans), ("start", start), ("end", end))}
    allowed = {"trans": tagset.allowed, "start": tagset.allowed_start, "end": tagset.allowed_end}
    lr, l2, eps = hp["lr"], hp["l2"], 1e-8
    bs = hp["batch_size"]
    n_batches = int(math.ceil(len(examples) / bs))
    total_steps = hp["epochs"] * n_batches
    avg_from = total_steps // 2 + 1 if hp["average"] else total_steps + 1
    U_W = np.zeros_like(W) if hp["average"] else None  # sum of (c - 1) * upd_c, see below
    dense_sum = {name: np.zeros_like(a) for name, a in (("trans", trans), ("start", start), ("end", end))}
    n_avg = 0
    step = 0
    b1, b2 = 0.9, 0.999

    def update_dense(name: str, param: np.ndarray, grad: np.ndarray) -> None:
        grad = np.where(allowed[name], grad + l2 * param, 0.0)
        if hp["optimizer"] == "adam":
            dense_m[name] *= b1
            dense_m[name] += (1 - b1) * grad
            dense_state[name] *= b2
            dense_state[name] += (1 - b2) * grad * grad
            mhat = dense_m[name] / (1 - b1 ** step)
            vhat = dense_state[name] / (1 - b2 ** step)
            param -= lr * mhat / (np.sqrt(vhat) + eps)
        else:
            dense_state[name] += grad * grad
            param -= lr * grad / (np.sqrt(dense_state[name]) + eps)

    for epoch in range(hp["epochs"]):
        perm = rng.permutation(len(examples))
        nll = 0.0
        te = time.perf_counter()
        for bstart in range(0, len(examples), bs):
            step += 1
            batch = perm[bstart: bstart + bs]
            blen = lengths[batch]
            T = int(blen.max())
            tok = offsets[batch][:, None] + np.arange(T)[None, :]
            mask = np.arange(T)[None, :] < blen[:, None]
            tok = np.where(mask, tok, 0)
            bids = ids[tok]  # (B, T, K)
            scores = W[bids].sum(axis=2, dtype=np.float32).astype(np.float64)
            scores *= mask[:, :, None]
            marg, pair, logz = forward_backward(scores, blen, trans, start, end)
            btags = np.where(mask, gold[tok], 0)
            rows_b = np.arange(len(batch))
            gold_score = (np.take_along_axis(scores, btags[:, :, None], axis=2)[:, :, 0] * mask).sum()
            gold_score += start[btags[:, 0]].sum() + end[btags[rows_b, blen - 1]].sum()
            gtrans = np.zeros((Y, Y))
            if T > 1:
                m2 = mask[:, 1:]
                np.add.at(gtrans, (btags[:, :-1][m2], btags[:, 1:][m2]), 1.0)
                gold_score += (trans[btags[:, :-1], btags[:, 1:]] * m2).sum()
            nll += float(logz.sum() - gold_score)
            # gradients of the summed negative log-likelihood
            p0 = np.zeros(Y)
            np.add.at(p0, btags[:, 0], 1.0)
            pe = np.zeros(Y)
            np.add.at(pe, btags[rows_b, blen - 1], 1.0)
            d_start = marg[:, 0].sum(axis=0) - p0
            d_end = marg[rows_b, blen - 1].sum(axis=0) - pe
            dS = marg  # marg is not needed after this: subtract the gold tags in place
            dS[rows_b[:, None], np.arange(T)[None, :], btags] -= mask
            dS = dS[mask].astype(np.float32)  # (n_tok, Y)
            tok_ids = bids[mask]  # (n_tok, K)
            rows, inv = np.unique(tok_ids, return_inverse=True)
            inv = inv.reshape(tok_ids.shape)
            g = np.zeros((len(rows), Y), dtype=np.float32)
            for k in range(K):
                np.add.at(g, inv[:, k], dS)
            if rows[0] == 0:
                rows, g = rows[1:], g[1:]
            w_rows = W[rows]
            g += l2 * w_rows
            if M_W is not None:
                m_rows = M_W[rows] * b1 + (1 - b1) * g
                v_rows = G_W[rows] * b2 + (1 - b2) * g * g
                M_W[rows] = m_rows
                G_W[rows] = v_rows
                upd = lr * (m_rows / (1 - b1 ** step)) / (np.sqrt(v_rows / (1 - b2 ** step)) + eps)
            else:
                v_rows = G_W[rows] + g * g
                G_W[rows] = v_rows
                upd = lr * g / (np.sqrt(v_rows) + eps)
            W[rows] = w_rows - upd
            if step >= avg_from:
                # Averaged weights over the averaged steps c = 1..n without touching every row:
                # W_c = W_{c-1} - upd_c, so mean_c W_c = W_n + (1/n) sum_c (c - 1) upd_c.
                n_avg += 1
                U_W[rows] += (n_avg - 1) * upd
            update_dense("trans", trans, pair - gtrans)
            update_dense("start", start, d_start)
            update_dense("end", end, d_end)
            if step >= avg_from:
                for name, param in (("trans", trans), ("start", start), ("end", end)):
                    dense_sum[name] += (param - dense_sum[name]) / n_avg
        log.info("epoch %d: nll %.1f (%.1fs)", epoch + 1, nll, time.perf_counter() - te)
    if hp["average"] and n_avg:
        W = W + U_W / n_avg
        trans, start, end = dense_sum["trans"], dense_sum["start"], dense_sum["end"]
    if hp["prune"] > 0:
        # drop the features whose weights are all small (and those lost to slot collisions)
        keep = np.abs(W[1:]).max(axis=1) >= hp["prune"]
        fmap = FeatureMap(fmap.keys[keep], extra_bits=hp["extra_bits"])
        W = np.concatenate([W[:1], W[1:][keep]])
        log.info("pruned to %d of %d feature rows", len(fmap.keys), n_rows - 1)
    return StatisticalNER(labels, lexicon, fmap, W, trans, start, end, {"n_train_chars": int(N)})


# -- command line ----------------------------------------------------------------------------


def _bench_texts(files: Sequence[str]) -> list[str]:
    if files:
        return [Path(f).read_text(encoding="utf-8") for f in files]
    root = Path(__file__).resolve().parents[2] / "seeds" / "documents"
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]


def bench(model: StatisticalNER, texts: Sequence[str], min_chars: int = 300_000, repeat: int = 3) -> dict:
    """Characters per second of model.predict on texts repeated to at least min_chars."""
    base = sum(len(t) for t in texts)
    if not base:
        raise ValueError("nothing to benchmark: the texts are empty")
    copies = max(1, -(-min_chars // base))
    docs = list(texts) * copies
    n = base * copies
    model.predict(docs[:1])
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        model.predict(docs)
        best = min(best, time.perf_counter() - t)
    return {"chars": n, "seconds": round(best, 3), "chars_per_second": int(n / best)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.train.ner", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_train = sub.add_parser("train", help="train on CLUENER2020 (train.json; dev.json is scored)")
    p_train.add_argument("--data", required=True, help="folder with train.json and dev.json")
    p_train.add_argument("--out", required=True, help="model directory to write")
    p_train.add_argument("--seed", type=int, default=0)
    p_train.add_argument("--epochs", type=int, default=DEFAULT_HYPER["epochs"])
    p_train.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                         help="another hyper-parameter, e.g. --set lr=0.05 (JSON value)")
    p_eval = sub.add_parser("eval", help="score a model on a CLUENER-format file")
    p_eval.add_argument("--data", required=True, help="a CLUENER JSON-lines file (dev.json)")
    p_eval.add_argument("--model", default=None, help="model directory (default: the packaged one)")
    p_bench = sub.add_parser("bench", help="characters per second of predict()")
    p_bench.add_argument("--model", default=None)
    p_bench.add_argument("--min-chars", type=int, default=300_000)
    p_bench.add_argument("files", nargs="*", help="UTF-8 text files (default: seeds/documents/*.txt)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.command == "train":
        hyper = {}
        for item in args.set:
            name, _, value = item.partition("=")
            hyper[name] = json.loads(value)
        metrics = train(args.data, args.out, seed=args.seed, epochs=args.epochs, **hyper)
    elif args.command == "eval":
        metrics = evaluate(StatisticalNER.load(args.model), args.data)
    else:
        metrics = bench(StatisticalNER.load(args.model), _bench_texts(args.files), args.min_chars)
    json.dump(metrics, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
