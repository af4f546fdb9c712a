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

Training, the CLUENER reader and scoring are offline tooling, in :mod:`kg.train.ner` and
:mod:`kg.train.cluener` (``kg train ner``).
"""
from __future__ import annotations

import io
import json
import logging
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from kg import prebuilt
from kg.errors import ModelError
from kg.ner import features as F
from kg.ner.crf import NEG, TagSet, span_log_marginals, viterbi

__all__ = ["LABELS", "DEFAULT_MODEL_DIR", "MODEL_FILE", "METRICS_FILE", "FeatureMap", "StatisticalNER"]

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

    @classmethod
    def from_table(cls, keys: np.ndarray, table: np.ndarray, check: np.ndarray, extra_bits: int) -> "FeatureMap":
        """The map of ``keys`` from the table and check bits an earlier map of them made (:mod:`kg.prebuilt`)."""
        fmap = cls.__new__(cls)
        fmap.keys, fmap.extra_bits = keys, extra_bits
        fmap.bits = int(table.shape[0]).bit_length() - 1
        if table.shape[0] != 1 << fmap.bits or check.shape[0] != len(keys) + 1:
            raise ValueError(f"a feature table of {table.shape[0]} slots and {check.shape[0]} check values "
                             f"does not fit {len(keys)} keys")
        fmap.shift = np.uint64(64 - fmap.bits)
        # plain views of memory-mapped arrays: numpy's memmap class costs a Python call per index
        fmap.keys, fmap.table, fmap.check = np.asarray(keys), np.asarray(table), np.asarray(check)
        return fmap

    def lookup(self, hashes: np.ndarray) -> np.ndarray:
        """Rows (``int32``, same shape) of the hashes; 0 for absent and unknown ones.

        The slots are gathered with ``take`` and the slot numbers read as signed integers of the same width
        (they are below 2 ** :attr:`bits`), not cast: numpy's indexing by an array of unsigned integers
        converts it to a new array first, and its general indexing costs more than ``take``'s."""
        slots = hashes >> self.shift
        if slots.dtype == np.uint64:
            slots = slots.view(np.intp if np.dtype(np.intp).itemsize == 8 else np.int64)
        rows = self.table.take(slots)
        rows *= self.check.take(rows) == (hashes & np.uint64(0xFFFF)).astype(np.uint16)
        return rows


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
        """Load a model directory (default: the packaged ``kg/models/ner/``).

        The packaged model is opened from its prebuilt form (:mod:`kg.prebuilt`: the weights
        dequantised and the feature table made, memory-mapped) once a process has saved it.
        """
        directory = Path(path) if path is not None else DEFAULT_MODEL_DIR
        file = directory / MODEL_FILE if directory.is_dir() else directory
        if not file.exists():
            raise ModelError(f"{file}: no statistical NER model there; train one with "
                             "kg train ner --data DIR --out DIR")
        if file.resolve() != (DEFAULT_MODEL_DIR / MODEL_FILE).resolve():
            return cls._read(file)  # a model being trained or tried: read as it is
        code = [Path(__file__), Path(F.__file__)]  # what reads the file and makes its tables
        return prebuilt.cached("statistical-ner", [file, *code], lambda: cls._read(file), cls._prebuilt,
                               cls._from_prebuilt)

    @classmethod
    def _read(cls, file: Path) -> "StatisticalNER":
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
        model._check_shape(file)
        return model

    def _check_shape(self, file: Path) -> None:
        if self.weights.shape != (len(self.fmap.keys) + 1, self.tagset.n):
            raise ModelError(f"{file}: corrupt statistical NER model (weight shape {self.weights.shape})")

    def _prebuilt(self) -> prebuilt.Entry:
        """The model as :func:`_from_prebuilt` opens it: every table it computes when read."""
        lex, fmap = self.lexicon, self.fmap
        return prebuilt.Entry(
            {"keys": fmap.keys, "table": fmap.table, "check": fmap.check, "weights": self.weights,
             "trans": self.trans, "start": self.start, "end": self.end, "lex_hashes": lex.hashes,
             "lex_masks": lex.masks, "lex_single": lex.single, "lex_bloom": lex.bloom},
            {"labels": list(self.labels), "meta": self.meta, "lexicon_names": list(lex.names),
             "lexicon_lengths": list(lex.lengths), "extra_bits": fmap.extra_bits})

    @classmethod
    def _from_prebuilt(cls, entry: prebuilt.Entry) -> "StatisticalNER":
        a, v = entry.arrays, entry.value
        lexicon = F.Lexicon(v["lexicon_names"], a["lex_hashes"], a["lex_masks"], a["lex_single"], v["lexicon_lengths"],
                            bloom=a["lex_bloom"])
        fmap = FeatureMap.from_table(a["keys"], a["table"], a["check"], v["extra_bits"])
        model = cls(v["labels"], lexicon, fmap, a["weights"], a["trans"], a["start"], a["end"], v["meta"])
        if model.weights.shape != (len(fmap.keys) + 1, model.tagset.n) or model.trans.shape != (model.tagset.n,) * 2:
            raise ValueError(f"weights {model.weights.shape} and transitions {model.trans.shape} "
                             f"do not fit {len(fmap.keys)} features and {model.tagset.n} tags")
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

        The dense templates are summed in chunks of 4096 characters, so that the rows gathered
        stay in cache, each row gathered into one reused buffer; the lexicon templates (zero for
        most characters) are looked up together where they fire and added template by template.
        The additions of each character come in template order, as in training.
        """
        n = hashes.shape[1]
        w = self.weights
        out = np.empty((n, w.shape[1]), dtype=np.float32)
        lookup = self.fmap.lookup
        n_dense = F.N_DENSE
        tmp = np.empty((min(n, 4096), w.shape[1]), dtype=np.float32)
        for c0 in range(0, n, 4096):
            rows = lookup(hashes[:n_dense, c0: c0 + 4096])
            m = rows.shape[1]
            acc, buf = out[c0: c0 + m], tmp[:m]
            np.take(w, rows[0], axis=0, out=acc)
            for k in range(1, n_dense):
                np.take(w, rows[k], axis=0, out=buf)
                acc += buf
        sparse = hashes[n_dense:]
        k, pos = np.nonzero(sparse)  # by template, then by character
        if len(k):
            rows = lookup(sparse[k, pos])
            hit = rows != 0
            k, pos, rows = k[hit], pos[hit], rows[hit]
            bounds = np.searchsorted(k, np.arange(sparse.shape[0] + 1)).tolist()
            for a, b in zip(bounds[:-1], bounds[1:]):
                if a < b:  # a character appears once per template: gather, add, put back
                    at = pos[a:b]
                    part = np.take(out, at, axis=0)
                    part += np.take(w, rows[a:b], axis=0)
                    out[at] = part
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
