"""Compare pkuseg training settings on the held-out UD parts (the table in kg/models/pkuseg/MODEL.md).

Usage: python benchmarks/segmentation/pkuseg_experiments.py DATA_DIR OUT_DIR [--seeds 0,1,2]
Each setting is trained with kg.train.segment.train_pkuseg into OUT_DIR/<name>; the scores without (kg's
choice) and with spacy_pkuseg's post-processing dictionary are printed as a Markdown table.
"""
import argparse
import hashlib
from pathlib import Path

import spacy_pkuseg

from kg.train.segment import HELDOUT_PARTS, evaluate, load_ud_parts, train_pkuseg

SETTINGS = {
    "gsd-dev": ("gsdsimp-dev",),
    "gsd-dev+pud": ("gsdsimp-dev", "pud-wiki", "pud-news-train"),
    "all": ("gsdsimp-dev", "pud-wiki", "pud-news-train", "cfl"),
}


def digest(model_dir: Path) -> str:
    h = hashlib.sha256()
    for name in ("features.msgpack", "weights.npz"):
        h.update((model_dir / name).read_bytes())  # byte-stable: train_pkuseg fixes zip timestamps
    return h.hexdigest()[:12]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--settings", default=",".join(SETTINGS))
    ap.add_argument("--iters", default="10,20")
    ap.add_argument("--seeds", default="0")
    args = ap.parse_args()
    data = load_ud_parts(args.data_dir)
    print("| training data | sentences | iter | seed | GSD test F1 | PUD news held-out F1 | same, with default.pkl post-dict | train s | MB | sha256 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for name in args.settings.split(","):
        for it in map(int, args.iters.split(",")):
            for seed in map(int, args.seeds.split(",")):
                out = args.out_dir / f"{name}-i{it}-s{seed}"
                r = train_pkuseg(args.data_dir, out, seed=seed, train_iter=it, parts=SETTINGS[name])
                post = spacy_pkuseg.pkuseg(str(out), user_dict="default")  # with its post-processing dictionary
                raw = [evaluate(post.cut, data[p]).f1 for p in HELDOUT_PARTS]
                mb = sum(f.stat().st_size for f in out.iterdir() if f.name != "training.json") / 1e6
                g, n = (r.scores[p].f1 for p in HELDOUT_PARTS)
                print(
                    f"| {name} | {r.train_sentences} | {it} | {seed} | {g:.2%} | {n:.2%} "
                    f"| {raw[0]:.2%} / {raw[1]:.2%} | {r.seconds:.0f} | {mb:.1f} | {digest(out)} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
