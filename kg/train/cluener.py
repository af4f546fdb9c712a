"""CLUENER2020 (the corpus kg's statistical NER is trained on): its reader and span scoring."""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError
from ..ner.statistical import LABELS, StatisticalNER

__all__ = ["Example", "read_cluener", "score_spans", "evaluate"]


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
