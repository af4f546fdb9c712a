"""The NER stage on its own: one text in, mentions with offsets into that text out.

>>> from kg.ner.api import ner_text
>>> [(m["text"], m["type"]) for m in ner_text("开平市委书记陈小曼出席会议。")["mentions"]]
[('开平市', 'Place'), ('开平市委', 'Agency'), ('书记', 'Post'), ('陈小曼', 'Official')]
"""
from __future__ import annotations

from ..clean import clean
from ..extract import extract_text
from ..nlp import load_nlp

__all__ = ["ner_text"]


def ner_text(text: str, nlp=None) -> dict:
    """``{"text", "mentions": [{"start", "end", "text", "type", "canonical", "confidence", "method"}]}``.

    Offsets index ``text`` itself (end exclusive). Post titles come as type ``Post``.
    """
    nlp = nlp or load_nlp()
    cleaned = clean(text)
    doc = extract_text(cleaned.text, nlp)
    found: dict[tuple[int, int, str], dict] = {}

    def add(s: int, e: int, typ: str, canonical: str, conf: float, method: str) -> None:
        os_, oe = cleaned.span(s, e)
        key = (os_, oe, typ)
        if oe <= os_ or key in found:
            return
        found[key] = {"start": os_, "end": oe, "text": text[os_:oe], "type": typ, "canonical": canonical,
                      "confidence": round(float(conf), 3), "method": method}

    for c in doc._.kg.final:
        add(c.start, c.end, c.type, c.name, c.confidence, c.method)
        for s, e in c.attrs.get("title_spans", ()):
            add(s, e, "Post", cleaned.text[s:e], c.confidence, c.method)
    mentions = sorted(found.values(), key=lambda m: (m["start"], -m["end"], m["type"]))
    return {"text": text, "mentions": mentions}
