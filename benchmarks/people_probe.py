"""How far the people a build accepts agree with the names of CLUENER2020, sentence by sentence.

A probe for error analysis, not a score: CLUENER's conventions differ from kg's (it labels foreign names,
fictional characters and pen names, and no anonymised forms), and the statistical model was trained on CLUENER's
train split, so with the model its names are read better there than on unseen text (``--no-model`` shows the
rules alone). Each sentence goes through the pipeline as a document of its own; the people are the accepted
Official and Person mentions (``doc._.kg.final``, without the model's NER-only spans).

    python benchmarks/people_probe.py cluener_public/train.json [--no-model] [--limit N] [--errors FILE]

``--errors`` writes one line per disagreement (false or missed, with the mention's method and its context) to
sort into construction classes.
"""
from __future__ import annotations

import argparse
import json

from kg.clean import clean
from kg.nlp import extract_texts, load_nlp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", help="a CLUENER2020 JSON-lines file (train.json)")
    ap.add_argument("--no-model", action="store_true", help="the rules alone")
    ap.add_argument("--limit", type=int, default=0, help="the first N sentences only")
    ap.add_argument("--errors", help="write the disagreements to this file")
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    nlp = load_nlp(statistical=not args.no_model)
    cleaned = [clean(r["text"]) for r in rows]
    tp = fp = fn = 0
    errors = []
    for r, c, doc in zip(rows, cleaned, extract_texts([x.text for x in cleaned], nlp, 256)):
        text = r["text"]
        gold = {(s, e + 1) for spans in r.get("label", {}).get("name", {}).values() for s, e in spans}
        found = {}
        for m in doc._.kg.final:
            if m.type in ("Official", "Person") and not m.ner_only:
                found[c.span(m.start, m.end)] = m.method
        tp += len(gold & found.keys())
        for s, e in sorted(found.keys() - gold):
            fp += 1
            errors.append(f"false\t{text[s:e]}\t{found[(s, e)]}\t{text[max(0, s - 15) : e + 10]}")
        for s, e in sorted(gold - found.keys()):
            fn += 1
            errors.append(f"missed\t{text[s:e]}\t\t{text[max(0, s - 15) : e + 10]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    print(f"sentences {len(rows)}  agree {tp}  kg only {fp}  CLUENER only {fn}  P {p:.3f}  R {rec:.3f}  F1 {f1:.3f}")
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            f.write("\n".join(errors) + "\n")


if __name__ == "__main__":
    main()
