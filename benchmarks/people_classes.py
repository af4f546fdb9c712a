"""``kg ner``'s people on CLUENER2020 train, read as unseen text, sorted into construction classes.

The packaged model was trained on all of train, so ``kg ner`` reads train's names almost perfectly (name F1 0.98):
its errors there say little. This script splits train into two halves (even and odd lines), trains a model on
each (``kg train ner``'s code, same seed and settings), reads each half with the model trained on the other, as
``kg ner`` does, and compares the Official and Person spans with CLUENER's ``name`` spans. It prints the span
P/R/F1 and the disagreements by class (a heuristic sorting: by what the text and CLUENER's other labels say about
the span), and writes each disagreement with its context to ``WORK/errors.tsv``.

    python benchmarks/people_classes.py --data ../shared/data/cluener2020 --work /tmp/people-classes [--baseline ../base]

With ``--baseline`` (another checkout of kg) the halves are read by that checkout's code too, with the same
half-models, and the tables have a column for each (the classes are this checkout's). The half-models are kept in
``WORK`` and reused (``--retrain`` trains them again). About two minutes of training and one of reading a
checkout, on one core.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PEOPLE = ("Official", "Person")
OTHER_LABEL = {"address": "a place or scenic spot", "scene": "a place or scenic spot",
               "company": "a firm, brand, club or organisation", "organization": "a firm, brand, club or organisation",
               "government": "a government body or army", "movie": "the title of a work or game",
               "book": "the title of a work or game", "game": "the title of a work or game", "position": "a title"}


def read(lines_path: Path, model_dir: Path, out: Path) -> None:
    """``kg ner`` of this interpreter's kg (``PYTHONPATH``) on each CLUENER line, with the model in model_dir."""
    import spacy

    from kg.ner.api import ner_texts
    from kg.nlp import COMPONENTS, CharTokenizer

    nlp = spacy.blank("zh")
    nlp.tokenizer = CharTokenizer(nlp.vocab)
    nlp.add_pipe("kg_statistical", config={"model": str(model_dir)})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    texts = [json.loads(line)["text"] for line in lines_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as f:
        for found in ner_texts(texts, nlp):
            f.write(json.dumps(found, ensure_ascii=False) + "\n")


def _cjk(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def false_class(text: str, s: int, e: int, gold: set, other: list) -> str:
    """The class of a span kg ner reads as a person's name and CLUENER does not."""
    from kg.names import names_a_vessel, never_a_name

    name = text[s:e]
    if never_a_name(name):
        return "a form of address, an ordinary word or a place's name (李先生, 黄瓜, 张坝村)"
    if names_a_vessel(text, s, e):
        return "a quoted ship's name (“X”号/级)"
    near = [g for g in gold if g[0] < e and s < g[1]]
    if near:
        a, b = near[0]
        if s == a and e > b and _cjk(text[b:e]):
            return "a name run into the next word (刘元成功)"
        if a <= s and e <= b:
            return "a name cut short or split (杰夫·莫雷尔 read as 杰夫, 李凌静 as 李凌)"
        return "a name with other boundaries (brackets, handles, a title's last character)"
    labels = [lab for a, b, lab in other if a < e and s < b]
    if labels:
        return OTHER_LABEL.get(labels[0], labels[0])
    if not any("\u4e00" <= c <= "\u9fff" for c in name):
        return "Latin letters (a handle, a word), unlabelled"
    return "other, unlabelled by CLUENER (real people it leaves out, nicknames, words)"


def missed_class(text: str, s: int, e: int, mentions: list) -> str:
    """The class of a CLUENER name kg ner does not read."""
    from kg.lexicon import surnames

    name = text[s:e]
    over = [m for m in mentions if m["start"] < e and s < m["end"]]
    if any(m["type"] in PEOPLE for m in over):
        return "found with other boundaries"
    if over:
        return "read as another type (place, title, body)"
    if not any("\u4e00" <= c <= "\u9fff" for c in name):
        return "Latin letters"
    if any(c in name for c in "·•.-（("):
        return "transliterated with a dot, or bracketed"
    sn = surnames()
    if _cjk(name) and 2 <= len(name) <= 4 and max(sn.get(name[0], 0), sn.get(name[:2], 0)) >= 10:
        return "a Chinese surname, nothing found"
    return "no Chinese surname (foreign names, nicknames), nothing found"


def score(work: Path, checkout: Path, tag: str, halves: dict) -> tuple[tuple[int, int, int], collections.Counter,
                                                                   collections.Counter, list[str]]:
    """Read both halves with ``checkout``'s code and sort its disagreements with CLUENER into classes."""
    tp = fp = fn = 0
    false, missed = collections.Counter(), collections.Counter()
    errors = []
    for half, other_half in (("even", "odd"), ("odd", "even")):
        out = work / f"{half}-{tag}.jsonl"
        env = {**os.environ, "PYTHONPATH": str(checkout)}
        subprocess.run([sys.executable, __file__, "--read", str(work / half / "train.json"),
                        str(work / other_half / "model"), str(out)], check=True, env=env)
        predictions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        for row, found in zip((json.loads(line) for line in halves[half]), predictions):
            text, labels = row["text"], row.get("label", {})
            gold = {(s, e + 1) for spans in labels.get("name", {}).values() for s, e in spans}
            other = [(s, e + 1, lab) for lab, d in labels.items() if lab != "name" for spans in d.values() for s, e in spans]
            people = {(m["start"], m["end"]) for m in found["mentions"] if m["type"] in PEOPLE}
            tp += len(people & gold)
            for s, e in sorted(people - gold):
                fp += 1
                cls = false_class(text, s, e, gold, other)
                false[cls] += 1
                errors.append(f"false\t{cls}\t{text[s:e]}\t{text[max(0, s - 12):s]}[{text[s:e]}]{text[e:e + 8]}")
            for s, e in sorted(gold - people):
                fn += 1
                cls = missed_class(text, s, e, found["mentions"])
                missed[cls] += 1
                errors.append(f"missed\t{cls}\t{text[s:e]}\t{text[max(0, s - 12):s]}[{text[s:e]}]{text[e:e + 8]}")
    return (tp, fp, fn), false, missed, errors


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--read":
        read(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True, help="the folder holding CLUENER2020's train.json")
    ap.add_argument("--work", required=True, help="where the halves, their models and the errors go")
    ap.add_argument("--baseline", help="another checkout of kg, read with the same half-models")
    ap.add_argument("--retrain", action="store_true", help="train the half-models again")
    args = ap.parse_args()
    from kg.train.ner import train

    work = Path(args.work)
    lines = [line for line in Path(args.data, "train.json").read_text(encoding="utf-8").splitlines() if line.strip()]
    halves = {"even": lines[0::2], "odd": lines[1::2]}
    for half, rows in halves.items():
        folder = work / half
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "train.json").write_text("\n".join(rows) + "\n", encoding="utf-8")
        if args.retrain or not (folder / "model" / "model.npz").exists():
            train(folder, folder / "model")
    runs = {}
    if args.baseline:
        runs["baseline"] = score(work, Path(args.baseline).resolve(), "baseline", halves)
    runs["this"] = score(work, ROOT, "this", halves)
    (work / "errors.tsv").write_text("\n".join(runs["this"][3]) + "\n", encoding="utf-8")
    for tag, ((tp, fp, fn), _, _, _) in runs.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"{tag}: name spans, each half read by the other half's model: P {p:.3f} R {r:.3f} "
              f"F1 {2 * p * r / (p + r) if p + r else 0.0:.3f} (agree {tp}, kg only {fp}, CLUENER only {fn})")
    print()
    for i, title in ((1, "kg ner reads a name CLUENER has not"), (2, "CLUENER's name kg ner misses")):
        first = next(iter(runs.values()))[i]
        classes = sorted(set().union(*(run[i] for run in runs.values())), key=lambda c: (-first[c], c))
        print(f"| {title} | " + " | ".join(runs) + " |\n|---|" + "---:|" * len(runs))
        for cls in classes:
            print(f"| {cls} | " + " | ".join(str(run[i][cls]) for run in runs.values()) + " |")
        print("| all | " + " | ".join(str(sum(run[i].values())) for run in runs.values()) + " |\n")


if __name__ == "__main__":
    main()
