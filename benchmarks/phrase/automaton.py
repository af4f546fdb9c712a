"""When a PhraseIndex (kg/ner/base.py) should scan with an Aho-Corasick automaton (ahocorasick-rs).

    python benchmarks/phrase/automaton.py --out benchmarks/phrase/automaton.json

The phrases are the place finder's (every name and short form of the gazetteer) and samples of
them of other sizes; the text is the seed pages, cleaned. For each size: the CPU seconds to build
the automaton (one kind: leftmost-longest, or every match for the overlapping scan), the scan's and
the automaton's characters per CPU second, a check that both find the same matches, and the
characters a phrase after which the automaton has paid for itself (``AUTOMATON_AFTER`` is set from
these). Times are CPU seconds, best of 3.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def best(fn, repeat: int = 3):
    out, times = None, []
    for _ in range(repeat):
        t = time.process_time()
        out = fn()
        times.append(time.process_time() - t)
    return out, min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    from kg.clean import clean
    from kg.ner.base import PhraseIndex
    from kg.ner.places import place_finder

    text = "".join(clean(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "seeds" / "documents").iterdir()))
    places = max((v for v in vars(place_finder()).values() if isinstance(v, PhraseIndex)), key=lambda x: len(x.table))
    phrases = sorted(places.table)
    rows = []
    for size in (100, 1_000, 10_000, len(phrases)):
        table = {p: places.table[p] for p in random.Random(size).sample(phrases, size)}
        for overlapping in (False, True):
            index = PhraseIndex(table)
            scanned, scan_s = best(lambda: list(index._scan(text, 0, len(text), overlapping)))
            _, build_s = best(lambda: index._automaton(overlapping))
            index._scanned = 10**12
            found, auto_s = best(lambda: list(index.finditer(text, overlapping=overlapping)))
            saved = (scan_s - auto_s) / len(text)  # CPU seconds a character
            rows.append({"phrases": size, "overlapping": overlapping, "build_cpu_s": round(build_s, 4),
                         "scan_chars_per_cpu_s": round(len(text) / scan_s),
                         "automaton_chars_per_cpu_s": round(len(text) / auto_s), "same_matches": found == scanned,
                         "break_even_chars_per_phrase": round(build_s / saved / size, 1) if saved > 0 else None})
            print(rows[-1])
    result = {"chars": len(text), "rows": rows}
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
