"""kg's PhraseIndex (kg/ner/base.py) against spaCy's PhraseMatcher on the gazetteer's names.

    python benchmarks/phrase/compare.py --chars 1000000 --out benchmarks/phrase/results.json

The phrases are the place finder's: every name and short form of the gazetteer (two characters
or more; the villages of Guangdong included). The text is the seed pages, cleaned, repeated. Both return,
at every position, the longest phrase that starts there (what the place finder asks for); the script checks that they agree.
PhraseMatcher works on a spaCy Doc of kg's character tokens: the Doc is made first and not
timed (the pipeline has it anyway), and matching includes keeping the longest match per start.
Times are CPU seconds, best of 3; memory is the growth of the process's peak RSS and what stays resident.
"""
from __future__ import annotations

import argparse
import gc
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cpu() -> float:
    return time.process_time()


def rss_mb() -> float:
    """The process's peak resident memory so far, MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_mb() -> float:
    """The process's resident memory now, MB (Linux)."""
    gc.collect()
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20


def best(fn, repeat: int = 3):
    out, times = None, []
    for _ in range(repeat):
        t = cpu()
        out = fn()
        times.append(cpu() - t)
    return out, min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    import spacy
    from spacy.matcher import PhraseMatcher

    from kg.gazetteer import Gazetteer
    from kg.ner.base import PhraseIndex

    from kg.clean import clean

    # the cleaned text, as the pipeline sees it (a raw page's stray spaces would let spaCy match across them)
    seeds = "".join(clean(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "seeds" / "documents").glob("*.txt")))
    text = (seeds * (args.chars // len(seeds) + 1))[: args.chars]
    table: dict[str, list] = {}
    for surface, div in Gazetteer.load().names():
        if len(surface) >= 2:
            table.setdefault(surface, []).append(div)
    phrases = sorted(table)
    res: dict = {"phrases": len(phrases), "chars": len(text), "spacy": spacy.__version__}

    m0, c0 = rss_mb(), current_mb()
    t = cpu()
    index = PhraseIndex(table)
    res["phraseindex_build_cpu_s"] = round(cpu() - t, 3)
    res["phraseindex_peak_growth_mb"] = round(rss_mb() - m0, 1)
    res["phraseindex_kept_mb"] = round(current_mb() - c0, 1)
    found, s = best(lambda: list(index.finditer(text, overlapping=True)))
    res["phraseindex_match_chars_per_cpu_s"] = int(len(text) / s)
    ours = {(a, b) for a, b, _, _ in found}

    nlp = spacy.blank("zh")  # character tokens, as kg's pipeline
    m0, c0 = rss_mb(), current_mb()
    t = cpu()
    matcher = PhraseMatcher(nlp.vocab)
    for i in range(0, len(phrases), 1000):  # in batches, so that the pattern Docs need not all live at once
        matcher.add("PLACE", list(nlp.tokenizer.pipe(phrases[i : i + 1000])))
    res["phrasematcher_build_cpu_s"] = round(cpu() - t, 3)
    res["phrasematcher_peak_growth_mb"] = round(rss_mb() - m0, 1)
    res["phrasematcher_kept_mb"] = round(current_mb() - c0, 1)
    doc = nlp.make_doc(text)

    def spacy_longest():
        longest: dict[int, int] = {}
        for _, a, b in matcher(doc):
            if b > longest.get(a, -1):
                longest[a] = b
        return longest

    longest, s = best(spacy_longest)
    res["phrasematcher_match_chars_per_cpu_s"] = int(len(text) / s)
    theirs = {(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in longest.items()}
    res["same_matches"] = ours == theirs
    res["matches"] = len(ours)
    print(json.dumps(res, indent=1))
    Path(args.out).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
