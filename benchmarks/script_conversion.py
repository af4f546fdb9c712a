"""What detecting and converting traditional characters costs (numbers in README, "Traditional characters").

Usage: python benchmarks/script_conversion.py [DOCS_DIR] [--rounds 5] [--copies 4]

In one process and on one core (CPU time), over the seed documents (each extracted ``--copies``
times): cleaning and extraction (clean + NER + relations, ``kg.extraction.extract``) of the
simplified pages with the script step as shipped and with it switched off (the step replaced by
one that finds nothing), in alternating rounds; the best round of each is reported with their
ratio, and the detection alone (the script step on a simplified page). Then the same pages converted with OpenCC s2t (what a traditional page costs) and the
one-off cost of building the character classes from OpenCC's dictionaries in a fresh process.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs_dir", type=Path, nargs="?", default=ROOT / "seeds" / "documents")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--copies", type=int, default=4)
    args = ap.parse_args()

    import kg.clean
    from kg.clean import clean
    from kg.extraction import extract
    from kg.model import Document
    from kg.nlp import load_nlp
    from kg.script import converter

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.docs_dir.glob("*.txt"))] * args.copies
    traditional = [converter("s2t")(t) for t in texts]
    chars = sum(map(len, texts))
    nlp = load_nlp()
    shipped = kg.clean.simplified_edits

    def off(text: str, convert=None) -> list:
        return []

    def timed(fn, pages) -> float:
        t = time.process_time()
        for i, text in enumerate(pages):
            fn(text, i)
        return time.process_time() - t

    def do_clean(text, i):
        clean(text)

    def do_extract(text, i):
        extract(Document(f"d{i}.txt", f"d{i}.txt", text, "utf-8", ""), nlp)

    timed(do_extract, texts[:2])  # warm: the model, the gazetteer, the character classes
    best: dict[tuple[str, str], float] = {}
    for r in range(args.rounds):
        modes = (("with detection", shipped), ("without", off))
        for mode, step in modes if r % 2 else modes[::-1]:  # alternate which goes first
            kg.clean.simplified_edits = step
            for stage, fn in (("clean", do_clean), ("extract", do_extract)):
                s = timed(fn, texts)
                best[stage, mode] = min(best.get((stage, mode), float("inf")), s)
        kg.clean.simplified_edits = shipped
        for stage, fn in (("clean", do_clean), ("extract", do_extract)):
            s = timed(fn, traditional)
            best[stage, "traditional (s2t)"] = min(best.get((stage, "traditional (s2t)"), float("inf")), s)
    t = time.process_time()
    for _ in range(20):
        for text in texts:
            shipped(text)
    detect = (time.process_time() - t) / 20
    setup = subprocess.run(
        [sys.executable, "-c", "import time; from kg.script import is_traditional; t = time.process_time(); "
         "is_traditional('縣'); print(time.process_time() - t)"], capture_output=True, text=True, check=True)
    print(f"{len(texts)} pages, {chars:,} characters; best of {args.rounds} rounds, CPU seconds\n")
    print("| input | step | clean s | extract s | extract chars/s |\n|---|---|---:|---:|---:|")
    for mode in ("without", "with detection", "traditional (s2t)"):
        c, e = best["clean", mode], best["extract", mode]
        label = "simplified" if mode != "traditional (s2t)" else "traditional (s2t)"
        step = {"without": "script step off", "with detection": "detection (as shipped)",
                "traditional (s2t)": "detection + conversion"}[mode]
        print(f"| {label} | {step} | {c:.3f} | {e:.3f} | {chars / e:,.0f} |")
    print(f"\nsimplified pages, with detection / without: clean {best['clean', 'with detection'] / best['clean', 'without']:.3f}x, "
          f"extract {best['extract', 'with detection'] / best['extract', 'without']:.3f}x")
    print(f"the detection alone on the simplified pages: {detect * 1000:.2f} ms, "
          f"{detect / best['extract', 'without'] * 100:.3f}% of their extraction")
    print(f"traditional / simplified pages (as shipped): extract "
          f"{best['extract', 'traditional (s2t)'] / best['extract', 'with detection']:.3f}x")
    print(f"character classes built from OpenCC's dictionaries, once per process: {float(setup.stdout):.3f} s")


if __name__ == "__main__":
    main()
