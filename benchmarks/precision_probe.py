"""How precise kg is on real text it has never seen: a sample of its predictions, by class, to judge by hand.

kg's rules were written against government news; on other real text (CLUENER2020's news sentences, the UD
Chinese treebanks' sentences) every Programme, implements edge, Person, subOrganizationOf edge and Agency it
predicts is a candidate false positive. This script runs the whole extraction (``kg.extract``, as ``kg build``
does) over those sentences grouped into documents of ``--group`` consecutive sentences (one a line, so that
relations may cross sentences as they would in an article), lists every prediction of the five classes, and
samples them deterministically: each prediction gets a stable key (class, document, names) and the sample is the
``--n`` predictions whose keys hash lowest under ``--seed``. The same seed after a change keeps every earlier
prediction that is still made in the sample and brings in only the predictions that are new or moved up, so a
judged sample is re-judged by judging the new lines only.

    python benchmarks/precision_probe.py sample --data /work/shared/data [--tag before] [--out benchmarks/precision_probe]
    python benchmarks/precision_probe.py score [--tag before] [--out benchmarks/precision_probe]

``--corpora cluener-test`` probes CLUENER2020's test split instead: sentences of the same news with no labels, which
kg's statistical model (trained on the train split) has never seen, so its people are read there as on new text.
``--corpora cluener-dev`` adds the dev split (1,343 sentences of the same news, also never trained on): every Programme,
implements and subOrganizationOf prediction on train + UD is already drawn, so more text is the one way to narrow
their intervals.

``sample`` writes ``draw-TAG.json`` (which predictions were drawn, by document and name, and how many of each
class were made) and appends the drawn predictions not yet judged, with their evidence, to ``judged-CLASS.jsonl``
with ``"verdict": null``: those lines are to be judged (a later line for the same prediction wins).
A verdict is ``ok`` or ``wrong``; a wrong one names its ``error`` (the construction class of the mistake).
``score`` prints the estimated precision per class for the current sample (every line judged), with a 95 %
Wilson interval, and the counts of each class of error. The judged files hold no text of the source sentences (the
CLUENER2020 text has no clear licence to redistribute): a prediction is named by its document, offsets and names, and
its evidence is read again from the shared data when it is printed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections import Counter
from pathlib import Path

CLASSES = ("Programme", "implements", "Person", "subOrganizationOf", "Agency")
CONTEXT = 18  # characters of context either side of an entity mention


CORPORA = ("cluener-train", "cluener-test", "cluener-dev", "ud")


def read_sentences(data: Path, corpora: tuple[str, ...] = ("cluener-train", "ud")) -> list[tuple[str, str]]:
    """(corpus, sentence) in a fixed order: CLUENER2020 train, its test split (unlabelled, never seen by kg's model),
    its dev split (labelled, never trained on: kg scores its spans on it), then the UD Chinese treebanks' texts; those
    of ``corpora`` only."""
    out = []
    if "cluener-train" in corpora:
        with open(data / "cluener2020" / "train.json", encoding="utf-8") as f:
            out += [("cluener", json.loads(line)["text"]) for line in f if line.strip()]
    if "cluener-test" in corpora:
        with open(data / "cluener2020" / "test.json", encoding="utf-8") as f:
            out += [("cluener-test", json.loads(line)["text"]) for line in f if line.strip()]
    if "cluener-dev" in corpora:
        with open(data / "cluener2020" / "dev.json", encoding="utf-8") as f:
            out += [("cluener-dev", json.loads(line)["text"]) for line in f if line.strip()]
    for tb in ("ud-chinese-gsdsimp", "ud-chinese-pud", "ud-chinese-cfl") if "ud" in corpora else ():
        for path in sorted((data / tb).glob("*.conllu")):
            with open(path, encoding="utf-8") as f:
                out += [(tb[3:], line[len("# text = "):].strip()) for line in f if line.startswith("# text = ")]
    return out


def documents(sentences: list[tuple[str, str]], group: int):
    """Documents of ``group`` consecutive sentences of one corpus, one sentence a line."""
    from kg import decode_bytes

    by_corpus: dict[str, list[str]] = {}
    for corpus, s in sentences:
        by_corpus.setdefault(corpus, []).append(s)
    for corpus, rows in by_corpus.items():
        for i in range(0, len(rows), group):
            doc_id = f"{corpus}/{i // group:05d}.txt"
            yield decode_bytes(doc_id, doc_id, ("\n".join(rows[i : i + group]) + "\n").encode("utf-8"))


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start].rsplit("\n", 1)[-1]
    right = text[end : end + CONTEXT].split("\n", 1)[0]
    return f"{left}[{text[start:end]}]{right}"


def predictions(result) -> list[dict]:
    """The predictions of the five classes in one DocResult, one record per entity or relation."""
    text = result.document.text
    ents = {e.key: e for e in result.entities}
    first: dict[str, object] = {}
    for m in result.mentions:
        if m.key in ents and m.type == ents[m.key].type and m.key not in first:
            first[m.key] = m
    out = []
    for e in result.entities:
        if e.type in CLASSES and e.key in first:
            m = first[e.key]
            out.append({"class": e.type, "doc": result.document.doc_id, "name": e.name, "method": m.method,
                        "span": [m.start, m.end], "context": _context(text, m.start, m.end)})
    for r in result.relations:
        if r.predicate in CLASSES:
            s, o = ents[r.subject], ents[r.object]
            out.append({"class": r.predicate, "doc": result.document.doc_id, "name": f"{s.name} → {o.name}",
                        "subject": f"{s.type}:{s.name}", "object": f"{o.type}:{o.name}", "method": r.method,
                        "span": [r.start, r.end], "context": text[r.start : r.end].strip()})
    return out


def rank(seed: int, p: dict) -> str:
    return hashlib.sha256(f"{seed}|{p['class']}|{p['doc']}|{p['name']}".encode("utf-8")).hexdigest()


def cmd_sample(args) -> None:
    from kg import extract, load_nlp

    nlp = load_nlp()
    preds = []
    for doc in documents(read_sentences(Path(args.data), tuple(args.corpora.split(","))), args.group):
        preds += predictions(extract(doc, nlp))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps({k: v for k, v in p.items() if k != "context"}, ensure_ascii=False) + "\n")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    counts = Counter(p["class"] for p in preds)
    draws = {}
    for cls in CLASSES:
        draws[cls] = sorted((p for p in preds if p["class"] == cls), key=lambda p: rank(args.seed, p))[: args.n]
        judged_path = out / f"judged-{cls}.jsonl"
        judged = _judged(judged_path)
        new = [p for p in draws[cls] if (p["doc"], p["name"]) not in judged]
        with open(judged_path, "a", encoding="utf-8") as f:
            for p in new:
                record = {k: v for k, v in p.items() if k != "context"}
                f.write(json.dumps(dict(record, verdict=None, error=""), ensure_ascii=False) + "\n")
        for p in new:
            print(f"  to judge: {cls} {p['doc']} {p['name']}: {p['context']}")
        todo = sum(judged.get((p["doc"], p["name"]), {}).get("verdict") is None for p in draws[cls])
        print(f"{cls:18s} predictions {counts[cls]:6d}  drawn {len(draws[cls]):3d}  to judge {todo:3d}")
    with open(out / f"draw-{args.tag}.json", "w", encoding="utf-8") as f:
        json.dump({"seed": args.seed, "group": args.group, "corpora": args.corpora, "counts": dict(sorted(counts.items())),
                   "drawn": {c: [[p["doc"], p["name"]] for p in d] for c, d in draws.items()}},
                  f, ensure_ascii=False, indent=0)
        f.write("\n")


def _judged(path: Path) -> dict:
    """The verdicts given so far, by (document, name); a later line for the same prediction wins."""
    if not path.exists():
        return {}
    rows = (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    return {(r["doc"], r["name"]): r for r in rows}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def cmd_score(args) -> None:
    out = Path(args.out)
    draw = json.loads((out / f"draw-{args.tag}.json").read_text(encoding="utf-8"))
    for cls in CLASSES:
        judged = _judged(out / f"judged-{cls}.jsonl")
        rows = [judged.get(tuple(k), {"verdict": None}) for k in draw["drawn"][cls]]
        done = [r for r in rows if r["verdict"] is not None]
        ok = sum(r["verdict"] == "ok" for r in done)
        lo, hi = wilson(ok, len(done))
        errs = Counter(r["error"] for r in done if r["verdict"] == "wrong")
        prec = ok / len(done) if done else 0.0
        print(f"{cls:18s} predicted {draw['counts'].get(cls, 0):6d}  judged {len(done):3d}/{len(rows):3d}  "
              f"P {prec:.2f} [{lo:.2f}, {hi:.2f}]  " + ", ".join(f"{e} {n}" for e, n in errs.most_common()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--data", default="/work/shared/data", help="the folder holding cluener2020/ and ud-chinese-*/")
    s.add_argument("--corpora", default="cluener-train,ud", help="comma-separated, of " + ", ".join(CORPORA))
    s.add_argument("--group", type=int, default=10, help="sentences a document")
    s.add_argument("--seed", type=int, default=20261204)
    s.add_argument("--n", type=int, default=100, help="predictions drawn a class")
    s.add_argument("--dump", default="", help="also write every prediction (no text) to this JSON-lines file, to diff")
    for p in (s, sub.add_parser("score")):
        p.add_argument("--tag", default="before", help="the name of the draw (before, after)")
        p.add_argument("--out", default=str(Path(__file__).with_suffix("")), help="the folder of the judged files")
    args = ap.parse_args()
    {"sample": cmd_sample, "score": cmd_score}[args.cmd](args)


if __name__ == "__main__":
    main()
