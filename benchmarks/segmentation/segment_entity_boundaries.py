"""How often do gold entity names cross word-token boundaries? (numbers in kg/models/pkuseg/MODEL.md)

Usage: python benchmarks/segmentation/segment_entity_boundaries.py GOLD_JSONL DOCS_DIR DIVISIONS_CSV

For each seed document the text is normalised as the gold notes describe (newlines removed,
spaces between CJK characters removed). Every verbatim occurrence of an entity's `name` or
`aliases` is checked against the word tokens: it crosses a boundary when it starts or ends
inside a token (split inside, or glued to a neighbour: no doc.char_span for it); it is
"one token" when a single token covers exactly it. "maximal" leaves out occurrences inside a longer gold-name occurrence
(开平市 inside 开平市医保局). The user dictionary is every county- and township-level name
(levels 3 and 4) of the MCA division list; no gold name is added to it.
"""
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from kg.train.segment import load_segmenter

CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’]"
SPACES_BETWEEN_CJK = re.compile(rf"(?<={CJK})[ \t\u3000]+(?={CJK})")


def normalise(text: str) -> str:
    return SPACES_BETWEEN_CJK.sub("", text.replace("\r", "").replace("\n", ""))


def occurrences(text: str, names: set[str]) -> list[tuple[int, int, str]]:
    found = []
    for name in names:
        start = text.find(name)
        while start != -1:
            found.append((start, start + len(name), name))
            start = text.find(name, start + 1)
    return found


def spans_of(words: list[str], text: str) -> set[tuple[int, int]]:
    """Token (start, end) offsets into text (tokens drop whitespace; map back through it)."""
    spans, i = set(), 0
    for w in words:
        i = text.index(w[0], i)
        j = i
        for ch in w:
            j = text.index(ch, j) + 1
        spans.add((i, j))
        i = j
    return spans


def main() -> None:
    gold_path, docs_dir, divisions = map(Path, sys.argv[1:4])
    with divisions.open(encoding="utf-8") as fh:
        admin = sorted({r["name"] for r in csv.DictReader(fh) if r["level"] in ("3", "4")})
    segmenters = {"char tokens": list, "pkuseg": load_segmenter(), "pkuseg + admin dict": load_segmenter(admin)}
    try:
        import jieba

        jieba.setLogLevel(60)
        segmenters["jieba (reference)"] = jieba.lcut
    except ImportError:
        pass
    stats = {k: Counter() for k in segmenters}
    examples = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = normalise((docs_dir / doc["doc"]).read_text(encoding="utf-8"))
        typed = {}
        for e in doc["entities"]:
            for n in [e["name"], *e.get("aliases", [])]:
                typed.setdefault(n, e["type"])
        occ = occurrences(text, set(typed))
        maximal = [
            (s, t, n) for s, t, n in occ if not any(s2 <= s and t <= t2 and (s2, t2) != (s, t) for s2, t2, _ in occ)
        ]
        for label, segment in segmenters.items():
            spans = spans_of([w for w in segment(text) if w.strip()], text)
            edges = {0, len(text)} | {e for span in spans for e in span}
            c = stats[label]
            for kind, items in (("all", occ), ("maximal", maximal)):
                for s, t, n in items:
                    cross = s not in edges or t not in edges
                    for ty in ("ALL", typed[n]):
                        c[kind, ty] += 1
                        c[kind, ty, "x"] += cross
                        c[kind, ty, "1"] += (s, t) in spans
                        if cross and label == "pkuseg + admin dict" and kind == "maximal" and ty == "ALL":
                            examples.append((n, text[max(0, s - 3) : t + 3]))
    types = ["ALL", "Official", "Person", "Agency", "Place", "Programme"]
    print(f"user dictionary: {len(admin)} county- and township-level names")
    for kind in ("maximal", "all"):
        for key, what in (("x", "cross a token boundary"), ("1", "are exactly one token")):
            print(f"\noccurrences ({kind}) that {what}")
            print("| tokens | " + " | ".join(types) + " |")
            print("|---|" + "---:|" * len(types))
            for label, c in stats.items():
                cells = [f"{c[kind, t, key] / c[kind, t]:.0%} ({c[kind, t, key]}/{c[kind, t]})" for t in types]
                print(f"| {label} | " + " | ".join(cells) + " |")
    print("\nsome crossing occurrences with pkuseg + admin dict (name: context):")
    for name, context in sorted(set(examples))[:40]:
        print(f"  {name}: {context}")


if __name__ == "__main__":
    main()
