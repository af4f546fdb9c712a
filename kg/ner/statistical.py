"""A fast statistical NER: a linear-chain CRF over hashed character and lexicon features.

Trained in-project on CLUENER2020 (10 labels: address, book, company, game, government,
movie, name, organization, position, scene) from a path given at run time; only the
weights are shipped (``kg/models/ner/``).  The whole model is numpy:

* :mod:`kg.ner.features` turns a text into 64-bit feature hashes per character
  (character n-grams in a +-2 window, character classes, lexicon matches);
* a hash table maps each hash to a weight row (unseen features map to a zero row);
* the emission scores of a character are the sum of its rows; a BIOES CRF with
  learnt transitions decodes each sentence with a batched Viterbi, and the confidence
  of a span is its marginal probability under the CRF.

Command line::

    python -m kg.ner.statistical train --data /work/shared/data/cluener2020 --out DIR --seed 0
    python -m kg.ner.statistical eval --data /work/shared/data/cluener2020/dev.json [--model DIR]
    python -m kg.ner.statistical bench [--model DIR] [FILE ...]
"""
from __future__ import annotations

import argparse
import io
import json
import logging
import math
import re
import sys
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.errors import ModelError
from kg.ner import features as F
from kg.ner.crf import NEG, TagSet, forward_backward, span_log_marginals, viterbi
from kg.ner.lexicons import load_lexicons
from kg.ner.synthetic import synthetic_examples

__all__ = [
    "LABELS",
    "DEFAULT_MODEL_DIR",
    "Example",
    "StatisticalNER",
    "read_cluener",
    "train",
    "evaluate",
    "score_spans",
]

log = logging.getLogger(__name__)

#: The CLUENER2020 labels, in tag order.
LABELS = ("address", "book", "company", "game", "government", "movie", "name", "organization", "position", "scene")
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
MODEL_FILE = "model.npz"
METRICS_FILE = "metrics.json"
FORMAT = "kg-statistical-ner-1"

#: Inference splits text after these characters, and at most every MAX_SEGMENT characters.
_SENTENCE_END = re.compile(r"[。！？；\n]")
_SOFT_BREAK = re.compile(r"[，、,;:：\s]")
MAX_SEGMENT = 200
_BATCH_CHARS = 16384  # characters per inference batch: keeps the arrays in cache
_BATCH_ROWS = 512  # segments per batch: larger matrix products go multi-threaded in OpenBLAS


@dataclass(frozen=True, slots=True)
class Example:
    """A text with its gold spans (start, end_exclusive, label)."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


def read_cluener(path: str | Path) -> list[Example]:
    """Read a CLUENER2020 JSON-lines file; end-inclusive offsets become end-exclusive.

    A span that overlaps an earlier one (CLUENER has one, a company inside a book title) is
    dropped, since BIOES tags cannot hold both.
    """
    path = Path(path)
    examples = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the CLUENER data ({exc})") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text = obj["text"]
            spans = sorted(
                (int(s), int(e) + 1, label)
                for label, strings in (obj.get("label") or {}).items()
                for positions in strings.values()
                for s, e in positions
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{path}:{lineno}: not a CLUENER record ({exc}); "
                             'each line needs {"text", "label": {LABEL: {STRING: [[start, end], ...]}}}') from exc
        kept: list[tuple[int, int, str]] = []
        for s, e, label in spans:
            if 0 <= s < e <= len(text) and (not kept or s >= kept[-1][1]):
                kept.append((s, e, label))
        examples.append(Example(text, tuple(kept)))
    return examples


# -- features -> rows ------------------------------------------------------------------------


class FeatureMap:
    """Maps 64-bit feature hashes to weight rows through an open table plus 16 check bits.

    Row 0 is the zero row of absent and unseen features.  ``keys[r - 1]`` is the hash of
    row r; when two keys fall in one slot the more frequent one (inserted last) wins.
    """

    def __init__(self, keys: np.ndarray, extra_bits: int = 4) -> None:
        self.keys = np.ascontiguousarray(keys, dtype=np.uint64)
        self.bits = max(16, int(math.ceil(math.log2(len(self.keys) + 1))) + extra_bits)
        self.extra_bits = extra_bits
        self.shift = np.uint64(64 - self.bits)
        self.table = np.zeros(1 << self.bits, dtype=np.int32)
        slots = (self.keys >> self.shift).astype(np.int64)
        rows = np.arange(1, len(self.keys) + 1, dtype=np.int32)
        ok = slots != 0  # slot 0 is reserved for the absent feature (hash 0)
        # keys are stored most frequent first: insert in reverse so the frequent ones win
        self.table[slots[ok][::-1]] = rows[ok][::-1]
        self.check = np.zeros(len(self.keys) + 1, dtype=np.uint16)
        self.check[1:] = (self.keys & np.uint64(0xFFFF)).astype(np.uint16)

    def lookup(self, hashes: np.ndarray) -> np.ndarray:
        """Rows (``int32``, same shape) of the hashes; 0 for absent and unknown ones."""
        rows = self.table[hashes >> self.shift]
        ok = self.check[rows] == (hashes & np.uint64(0xFFFF)).astype(np.uint16)
        return rows * ok


# -- the model -------------------------------------------------------------------------------


class StatisticalNER:
    """The trained CRF: ``StatisticalNER.load()`` then ``predict(texts)``."""

    def __init__(self, labels: Sequence[str], lexicon: F.Lexicon, fmap: FeatureMap, weights: np.ndarray,
                 trans: np.ndarray, start: np.ndarray, end: np.ndarray, meta: dict | None = None) -> None:
        self.labels: tuple[str, ...] = tuple(labels)
        self.tagset = TagSet(self.labels)
        self.lexicon = lexicon
        self.fmap = fmap
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.trans = np.where(self.tagset.allowed, trans, NEG)
        self.start = np.where(self.tagset.allowed_start, start, NEG)
        self.end = np.where(self.tagset.allowed_end, end, NEG)
        self.meta = dict(meta or {})
        #: subtracted from the emission score of O: trades precision for recall (tuned on held-out data)
        self.o_penalty = float(self.meta.get("o_penalty", 0.0))

    # -- persistence -------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> "StatisticalNER":
        """Load a model directory (default: the packaged ``kg/models/ner/``)."""
        directory = Path(path) if path is not None else DEFAULT_MODEL_DIR
        file = directory / MODEL_FILE if directory.is_dir() else directory
        if not file.exists():
            raise ModelError(f"{file}: no statistical NER model there; train one with "
                             "python -m kg.ner.statistical train --data DIR --out DIR")
        try:
            with np.load(file, allow_pickle=False) as z:
                meta = json.loads(str(z["meta"]))
                if meta.get("format") != FORMAT or meta.get("features") != F.FEATURE_VERSION:
                    raise ModelError(f"{file}: model format {meta.get('format')}/{meta.get('features')} "
                                     f"is not {FORMAT}/{F.FEATURE_VERSION}; retrain it with this version of kg")
                lexicon = F.Lexicon(meta["lexicon_names"], z["lex_hashes"], z["lex_masks"],
                                    _single_table(z["lex_single_cp"], z["lex_single_mask"]), meta["lexicon_lengths"])
                fmap = FeatureMap(z["keys"], extra_bits=int(meta["extra_bits"]))
                weights = _dequantise(z["w_q"], z["w_scale"])
                model = cls(meta["labels"], lexicon, fmap, weights, z["trans"], z["start"], z["end"], meta)
        except ModelError:
            raise
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            raise ModelError(f"{file}: corrupt statistical NER model ({exc}); retrain or restore it") from exc
        if model.weights.shape != (len(fmap.keys) + 1, model.tagset.n):
            raise ModelError(f"{file}: corrupt statistical NER model (weight shape {model.weights.shape})")
        return model

    def save(self, path: str | Path) -> Path:
        """Write the model to directory path (``model.npz``, deterministic bytes)."""
        directory = Path(path)
        directory.mkdir(parents=True, exist_ok=True)
        single_cp = np.flatnonzero(self.lexicon.single).astype(np.uint32)
        meta = dict(self.meta)
        meta.update(
            o_penalty=self.o_penalty,
            format=FORMAT,
            features=F.FEATURE_VERSION,
            labels=list(self.labels),
            lexicon_names=list(self.lexicon.names),
            lexicon_lengths=list(self.lexicon.lengths),
            extra_bits=self.fmap.extra_bits,
        )
        w_q, w_scale = _quantise(self.weights)
        arrays = {
            "meta": np.array(json.dumps(meta, ensure_ascii=False, sort_keys=True)),
            "keys": self.fmap.keys,
            "w_q": w_q,
            "w_scale": w_scale,
            "trans": self.trans.astype(np.float64),
            "start": self.start.astype(np.float64),
            "end": self.end.astype(np.float64),
            "lex_hashes": self.lexicon.hashes,
            "lex_masks": self.lexicon.masks,
            "lex_single_cp": single_cp,
            "lex_single_mask": self.lexicon.single[single_cp],
        }
        file = directory / MODEL_FILE
        _savez_deterministic(file, arrays)
        return file

    # -- inference ---------------------------------------------------------------------------

    def emissions(self, hashes: np.ndarray) -> np.ndarray:
        """Emission scores (n, n_tags) float32 from feature hashes (n_templates, n).

        Works in chunks of 4096 characters, so that the rows gathered stay in cache, and reads
        the lexicon templates (zero for most characters) only where they fire.
        """
        n = hashes.shape[1]
        w = self.weights
        out = np.empty((n, w.shape[1]), dtype=np.float32)
        lookup = self.fmap.lookup
        n_dense = F.N_DENSE
        for c0 in range(0, n, 4096):
            h = hashes[:, c0: c0 + 4096]
            rows = lookup(h[:n_dense])
            acc = w[rows[0]]
            for k in range(1, n_dense):
                acc += w[rows[k]]
            for k in range(n_dense, h.shape[0]):
                hit = np.flatnonzero(h[k])
                if len(hit):
                    acc[hit] += w[lookup(h[k, hit])]
            out[c0: c0 + len(acc)] = acc
        return out

    def predict(self, texts: Sequence[str]) -> list[list[tuple[int, int, str, float]]]:
        """Entities of each text: sorted (start, end_exclusive, label, confidence) tuples.

        Offsets index the given strings; confidence is the CRF marginal probability of the
        span with exactly that label and those boundaries.  Long texts are split after
        sentence punctuation (and at most every 200 characters) and decoded piecewise;
        white space at the edges of a span is trimmed.  Never raises on text input.
        """
        if isinstance(texts, str):
            raise TypeError("predict() takes a sequence of texts; wrap a single text in a list")
        results: list[list[tuple[int, int, str, float]]] = [[] for _ in texts]
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, segment)
        for i, text in enumerate(texts):
            text = text if isinstance(text, str) else str(text)
            for offset, segment in _segments(text):
                pieces.append((i, offset, segment))
        # longest first, so that each batch holds similar lengths and the rows still running at
        # step t are a prefix (see crf.viterbi)
        pieces.sort(key=lambda p: -len(p[2]))
        i = 0
        while i < len(pieces):
            j, size = i, 0
            while j < len(pieces) and size < _BATCH_CHARS and j - i < _BATCH_ROWS:
                size += len(pieces[j][2])
                j += 1
            self._predict_batch(pieces[i:j], results)
            i = j
        for spans in results:
            spans.sort()
        return results

    def _predict_batch(self, batch: list[tuple[int, int, str]], results: list[list]) -> None:
        segments = [segment for _, _, segment in batch]
        scores = self.emissions(F.extract_many(segments, self.lexicon))
        if self.o_penalty:
            scores[:, 0] -= self.o_penalty
        lengths = np.fromiter((len(s) for s in segments), dtype=np.int64, count=len(segments))
        starts = np.zeros(len(segments), dtype=np.int64)
        starts[1:] = np.cumsum(lengths[:-1])
        T = int(lengths[0])
        # time-major (T, B, Y); padding reads an extra zero row
        steps = np.arange(T)[:, None]
        idx = np.where(steps < lengths[None, :], starts[None, :] + steps, len(scores))
        scores = np.concatenate([scores, np.zeros((1, scores.shape[1]), scores.dtype)])[idx]
        tags = viterbi(scores, lengths, self.trans, self.start, self.end, self.tagset)
        rows, s, e, label, conf = self._spans(scores, lengths, tags)
        labels = self.labels
        for r, a, b, lab, p in zip(rows.tolist(), s.tolist(), e.tolist(), label.tolist(), conf.tolist()):
            text_index, offset, segment = batch[r]
            # an entity never begins or ends with white space (CLUENER has almost none to learn from)
            while a < b and segment[a].isspace():
                a += 1
            while b > a and segment[b - 1].isspace():
                b -= 1
            if a < b:
                results[text_index].append((offset + a, offset + b, labels[lab], p))

    def _spans(self, scores: np.ndarray, lengths: np.ndarray, tags: np.ndarray):
        """Spans of time-major Viterbi tags (T, B) and their marginal probabilities.

        Returns arrays (row, start, end_exclusive, label index, probability).
        """
        T, bsz = tags.shape
        tb = np.ascontiguousarray(tags.T)  # (B, T): flat order is row-major by (row, t)
        flat = tb.ravel()
        kind = (flat - 1) % 4  # 0 B, 1 I, 2 E, 3 S (meaningless for O)
        nz = flat != 0
        begin = np.flatnonzero(nz & ((kind == 0) | (kind == 3)))
        finish = np.flatnonzero(nz & ((kind == 2) | (kind == 3)))
        # in a valid BIOES sequence the k-th begin pairs with the k-th finish
        rows, s = np.divmod(begin, T)
        e = finish % T + 1
        label = (flat[begin] - 1) // 4
        if not len(begin):
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty, empty, np.zeros(0)
        need = np.unique(rows)
        sub = scores[:, : need[-1] + 1]  # rows are sorted: marginals for a prefix of them
        sub_len = lengths[: need[-1] + 1]
        alpha, log_ca, beta, log_cb, logz = span_log_marginals(sub, sub_len, self.trans, self.start, self.end)
        sub_tags = tags[:, : need[-1] + 1]
        emit = np.take_along_axis(sub, sub_tags[:, :, None], axis=2)[:, :, 0].astype(np.float64)
        emit[1:] += self.trans[sub_tags[:-1], sub_tags[1:]]
        cum = np.cumsum(emit, axis=0)
        last = e - 1
        tag_s = tb[rows, s]
        tag_e = tb[rows, last]
        with np.errstate(divide="ignore"):
            lp = (np.log(alpha[s, rows, tag_s]).astype(np.float64) + log_ca[s, rows]
                  + cum[last, rows] - cum[s, rows]
                  + np.log(beta[last, rows, tag_e]).astype(np.float64) + log_cb[last, rows] - logz[rows])
        conf = np.exp(np.minimum(lp, 0.0))
        return rows, s, e, label, np.round(conf, 4)


def _segments(text: str) -> Iterable[tuple[int, str]]:
    """(offset, piece) of text: cut after sentence punctuation, pieces at most MAX_SEGMENT long."""
    n = len(text)
    if n <= MAX_SEGMENT:
        if n:
            yield 0, text
        return
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        yield from _hard_split(text, pos, end)
        pos = end
    if pos < n:
        yield from _hard_split(text, pos, n)


def _hard_split(text: str, start: int, end: int) -> Iterable[tuple[int, str]]:
    while end - start > MAX_SEGMENT:
        window = text[start + MAX_SEGMENT // 2: start + MAX_SEGMENT]
        breaks = [m.end() for m in _SOFT_BREAK.finditer(window)]
        cut = start + MAX_SEGMENT // 2 + breaks[-1] if breaks else start + MAX_SEGMENT
        yield start, text[start:cut]
        start = cut
    if end > start:
        yield start, text[start:end]


def _quantise(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights with one float32 scale per row."""
    amax = np.abs(w).max(axis=1)
    scale = (amax / 127.0).astype(np.float32)
    safe = np.where(scale > 0, scale, 1.0).astype(np.float32)
    q = np.clip(np.rint(w / safe[:, None]), -127, 127).astype(np.int8)
    return q, scale


def _dequantise(q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    out = np.empty(q.shape, dtype=np.float32)
    np.multiply(q, scale.astype(np.float32)[:, None], out=out)
    return out


def _single_table(cps: np.ndarray, masks: np.ndarray) -> np.ndarray:
    table = np.zeros(0x10000, dtype=np.uint64)
    table[cps.astype(np.int64)] = masks
    return table


def _savez_deterministic(file: Path, arrays: dict[str, np.ndarray]) -> None:
    """np.savez_compressed with fixed zip timestamps, so equal models give equal bytes."""
    with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asarray(arr), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue(), compresslevel=9)


# -- evaluation ------------------------------------------------------------------------------


def score_spans(gold: Sequence[Iterable[tuple]], pred: Sequence[Iterable[tuple]],
                labels: Sequence[str] = LABELS) -> dict:
    """Exact-match P/R/F1 per label and micro-averaged, from (start, end, label, ...) tuples."""
    tp = dict.fromkeys(labels, 0)
    n_gold = dict.fromkeys(labels, 0)
    n_pred = dict.fromkeys(labels, 0)
    for g, p in zip(gold, pred, strict=True):
        gs = {(s, e, lab) for s, e, lab, *_ in g}
        ps = {(s, e, lab) for s, e, lab, *_ in p}
        for s, e, lab in gs:
            n_gold[lab] = n_gold.get(lab, 0) + 1
        for s, e, lab in ps:
            n_pred[lab] = n_pred.get(lab, 0) + 1
        for s, e, lab in gs & ps:
            tp[lab] = tp.get(lab, 0) + 1

    def prf(t: int, ng: int, np_: int) -> dict:
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": ng, "pred": np_, "tp": t}

    every = sorted(set(n_gold) | set(n_pred) | set(labels))
    out = {lab: prf(tp.get(lab, 0), n_gold.get(lab, 0), n_pred.get(lab, 0)) for lab in every}
    out["micro"] = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    return out


def evaluate(model: StatisticalNER, jsonl_path: str | Path) -> dict:
    """Per-label and micro P/R/F1 (exact span match) of model on a CLUENER-format file."""
    examples = read_cluener(jsonl_path)
    pred = model.predict([ex.text for ex in examples])
    return score_spans([ex.spans for ex in examples], pred, model.labels)


# -- training --------------------------------------------------------------------------------

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
    government news added to the training data, see :mod:`kg.ner.synthetic`), o_penalty
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
    parser = argparse.ArgumentParser(prog="python -m kg.ner.statistical", description=__doc__.splitlines()[0])
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
