"""Segmentation speed in characters per second (numbers in kg/models/pkuseg/MODEL.md).

Usage: python benchmarks/segmentation/segment_speed.py DOCS_DIR [--chars 300000] [--divisions DIVISIONS_CSV]
The seed documents are repeated until the text has at least --chars characters; each
segmenter cuts every document (one call per document copy); the best of 3 runs is reported.
"""
import argparse
import csv
import time
from pathlib import Path

import spacy

from kg.train.segment import MODEL_DIR, load_segmenter


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs_dir", type=Path)
    ap.add_argument("--chars", type=int, default=300_000)
    ap.add_argument("--divisions", type=Path)
    args = ap.parse_args()
    docs = [p.read_text(encoding="utf-8") for p in sorted(args.docs_dir.glob("*.txt"))]
    texts = []
    while sum(map(len, texts)) < args.chars:
        texts.extend(docs)
    n = sum(map(len, texts))

    char_nlp = spacy.blank("zh")
    pku_nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    pku_nlp.tokenizer.initialize(pkuseg_model=str(MODEL_DIR), pkuseg_user_dict="default")
    pku_nlp.tokenizer.pkuseg_seg.postprocesser.do_process = False
    runs = {
        "spaCy blank zh, character tokens (nlp.make_doc)": char_nlp.make_doc,
        "kg pkuseg, load_segmenter()": load_segmenter(),
        "spaCy zh tokenizer with the kg pkuseg model": pku_nlp.make_doc,
    }
    if args.divisions:
        with args.divisions.open(encoding="utf-8") as fh:
            admin = sorted({r["name"] for r in csv.DictReader(fh) if r["level"] in ("3", "4")})
        runs[f"kg pkuseg + {len(admin)} admin-division user words"] = load_segmenter(admin)
    try:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        runs[f"jieba {jieba.__version__} jieba.lcut (reference only)"] = jieba.lcut
    except ImportError:
        pass
    print(f"{n:,} characters ({len(texts)} documents)")
    print("| segmenter | characters/s |\n|---|---:|")
    for name, fn in runs.items():
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            for text in texts:
                fn(text)
            best = min(best, time.perf_counter() - t)
        print(f"| {name} | {n / best / 1000:,.0f}k |", flush=True)


if __name__ == "__main__":
    main()
