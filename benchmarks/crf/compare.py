"""kg's numpy CRF (kg/ner/crf.py, kg/train/ner.py) against CRFsuite (python-crfsuite, the engine
sklearn-crfsuite wraps) on CLUENER2020: the same features, trained on train.json, scored on dev.json.

    pip install python-crfsuite
    python benchmarks/crf/compare.py --data ../shared/data/cluener2020 --out benchmarks/crf/results.json

Both models see exactly kg's features: every non-zero 64-bit feature hash of kg.ner.features
(character n-grams, classes, lexicon matches) that occurs at least twice in train.json, given to
CRFsuite as an attribute named by the hash. Times are CPU seconds of this process.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from kg.data_build.ner_lexicons import load_lexicons
from kg.ner import features as F
from kg.ner.crf import TagSet
from kg.ner.statistical import LABELS, StatisticalNER
from kg.train.cluener import read_cluener, score_spans
from kg.train.ner import train as train_kg


def cpu() -> float:
    return time.process_time()


def tag_names(tagset: TagSet) -> list[str]:
    names = ["O"]
    for label in tagset.labels:
        names += [f"{p}-{label}" for p in "BIES"]
    return names


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """Spans of a BIOES sequence; a broken span (B without E) is dropped, as kg's decoder never makes one."""
    out, start, label = [], None, None
    for i, t in enumerate(tags):
        p, _, lab = t.partition("-")
        if p == "S":
            out.append((i, i + 1, lab)); start = None
        elif p == "B":
            start, label = i, lab
        elif p == "I":
            if start is None or lab != label:
                start = None
        elif p == "E":
            if start is not None and lab == label:
                out.append((start, i + 1, lab))
            start = None
        else:
            start = None
    return out


def attributes(hashes: np.ndarray, keep: np.ndarray) -> list[list[str]]:
    """Per character, its kept feature hashes (``keep``: sorted, unique) as attribute names."""
    at = np.minimum(np.searchsorted(keep, hashes), len(keep) - 1)
    mask = (keep[at] == hashes) & (hashes != 0)
    return [[format(int(h), "x") for h in hashes[mask[:, j], j]] for j in range(hashes.shape[1])]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--iterations", type=int, default=100, help="L-BFGS iterations of CRFsuite")
    ap.add_argument("--skip-kg", action="store_true", help="do not retrain kg's CRF: time the packaged model only")
    args = ap.parse_args()
    import pycrfsuite

    data = Path(args.data)
    train = [e for e in read_cluener(data / "train.json") if e.text]
    dev = read_cluener(data / "dev.json")
    results: dict = {"n_train": len(train), "n_dev": len(dev), "train_chars": sum(len(e.text) for e in train),
                     "dev_chars": sum(len(e.text) for e in dev), "cpus": os.cpu_count(),
                     "load_average": os.getloadavg()}

    # -- kg's CRF: train and score as kg train ner does
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_kg:
            t = cpu()
            metrics = train_kg(data, tmp, seed=0)
            results["kg"] = {"train_cpu_s": round(cpu() - t, 1), "dev": metrics["dev"]["micro"],
                             "model_bytes": metrics["model_bytes"]}
        model = StatisticalNER.load(tmp if not args.skip_kg else None)
        texts = [e.text for e in dev]
        model.predict(texts[:10])
        t = cpu()
        pred = model.predict(texts)
        s = cpu() - t
        results.setdefault("kg", {})["predict_chars_per_cpu_s"] = int(results["dev_chars"] / s)
        results["kg"]["dev_check"] = score_spans([e.spans for e in dev], pred, LABELS)["micro"]
    print(json.dumps(results.get("kg"), indent=1), flush=True)

    # -- CRFsuite on the same features
    tagset = TagSet(LABELS)
    names = tag_names(tagset)
    lexicon = F.Lexicon.build(load_lexicons())
    t = cpu()
    all_hashes = F.extract_many([e.text for e in train], lexicon)
    flat = all_hashes[all_hashes != 0]
    keys, counts = np.unique(flat, return_counts=True)
    keep = keys[counts >= 2]  # kg's min_count
    del flat
    trainer = pycrfsuite.Trainer(verbose=False)
    offset = 0
    for e in train:
        n = len(e.text)
        x = attributes(all_hashes[:, offset: offset + n], keep)
        offset += n
        y = [names[i] for i in tagset.encode(n, e.spans)]
        trainer.append(x, y)
    del all_hashes
    prep = cpu() - t
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    path = Path(tempfile.mkdtemp()) / "crfsuite.model"
    t = cpu()
    trainer.train(str(path))
    train_s = cpu() - t
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    t = cpu()
    xs = [attributes(F.extract_many([e.text], lexicon), keep) if e.text else [] for e in dev]
    features_s = cpu() - t
    t = cpu()
    pred = [spans_of(tagger.tag(x)) if x else [] for x in xs]
    tag_s = cpu() - t
    predict_s = features_s + tag_s
    info = tagger.info()
    results["crfsuite"] = {
        "algorithm": f"lbfgs c1=0.05 c2=0.01, {args.iterations} iterations",
        "features_cpu_s": round(prep, 1), "train_cpu_s": round(train_s, 1),
        "dev": score_spans([e.spans for e in dev], pred, LABELS)["micro"],
        "predict_chars_per_cpu_s": int(results["dev_chars"] / predict_s),
        "tag_only_chars_per_cpu_s": int(results["dev_chars"] / tag_s),  # given the attribute strings
        "model_bytes": path.stat().st_size, "n_state_features": len(info.state_features),
    }
    print(json.dumps(results["crfsuite"], indent=1), flush=True)
    Path(args.out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
