"""The NER stage on its own: one text in, mentions with offsets into that text out.

``kg ner`` reports the statistical model's spans first (names, government bodies,
addresses, titles: it was trained on general news and knows their span conventions), then
the rules' officials, people, agencies, programmes and titles wherever the model found
nothing. A rule that agrees with the model on a span gives it its type and canonical name
(陈小曼 → Official). Measured on CLUENER2020 dev (first half: the choice; second half: the
report), this beats the rules first, which split addresses into administrative levels.

>>> from kg.ner.api import ner_text
>>> [(m["text"], m["type"]) for m in ner_text("开平市委书记陈小曼出席会议。")["mentions"]]
[('开平市委书记', 'Post'), ('陈小曼', 'Official')]
>>> [(m["text"], m["type"]) for m in ner_text("开平市委书记陈小曼出席会议。", load_nlp(statistical=False))["mentions"]]
[('开平市委', 'Agency'), ('开平市', 'Place'), ('书记', 'Post'), ('陈小曼', 'Official')]
"""
from __future__ import annotations

import unicodedata

from dataclasses import replace
from typing import Iterable, Iterator

from spacy.util import minibatch

from ..clean import clean
from ..names import model_name_end, names_a_vessel, never_a_name
from ..nlp import extract_states, load_nlp
from .base import Candidate
from .resolve import model_first, settle

__all__ = ["ner_text", "ner_texts", "RULE_ADDITIONS"]

#: rule types added where the model found nothing (rule places would split CLUENER's addresses)
RULE_ADDITIONS = ("Official", "Person", "Agency", "Programme", "Post")


def _well_formed(span: str) -> bool:
    """A name never leaves a bracket open nor closes one it did not open (Unicode punctuation
    classes Ps and Pe): 维权中心——开平（水暖卫浴 is no place.

    >>> _well_formed("开平（水暖卫浴）知识产权快速维权中心"), _well_formed("维权中心——开平（水暖卫浴")
    (True, False)
    """
    depth = 0
    for ch in span:
        kind = unicodedata.category(ch)
        depth += (kind == "Ps") - (kind == "Pe")
        if depth < 0:
            return False
    return depth == 0


def ner_text(text: str, nlp=None) -> dict:
    """``{"text", "mentions": [{"start", "end", "text", "type", "canonical", "confidence", "method"}]}``.

    Offsets index ``text`` itself (end exclusive). Post titles come as type ``Post``.
    """
    return next(ner_texts([text], nlp))


#: Texts the pipeline takes at once in :func:`ner_texts`.
BATCH_TEXTS = 256


def ner_texts(texts: Iterable[str], nlp=None) -> Iterator[dict]:
    """:func:`ner_text` of each text, in order, with the pipeline run over batches of texts
    (as ``nlp.pipe`` would, on the states alone: :func:`kg.nlp.extract_states`): the statistical model
    decodes a batch of short lines in one pass.

    >>> [len(r["mentions"]) for r in ner_texts(["开平市委书记陈小曼出席会议。", "", "台山市"])]
    [2, 0, 1]
    """
    nlp = nlp or load_nlp()
    # rule types added where the model found nothing; without the model, every rule's mentions
    additions = RULE_ADDITIONS if "kg_statistical" in nlp.pipe_names else None  # (pipe_names makes a list)
    for batch in minibatch(texts, BATCH_TEXTS):
        cleaned = [clean(text) for text in batch]
        for text, c, st in zip(batch, cleaned, extract_states([c.text for c in cleaned], nlp, len(batch))):
            yield _mentions(text, c, st, additions)


def _name_end_repaired(text: str, c: Candidate) -> Candidate:
    """A name of the model's that ran into the word after it (刘元成功, 泰勒夫妇), ended where the name ends
    (:func:`kg.names.model_name_end`); any other span as it is."""
    if c.method != "model-name":
        return c
    end = model_name_end(text, c.start, c.end)
    return c if end == c.end else replace(c, end=end, name=text[c.start : end])


def _mentions(text: str, cleaned, st, additions: tuple[str, ...] | None) -> dict:
    """The mentions of one text, once the pipeline has been over it (``st``: its ``doc._.kg``); the rules'
    mentions of the types ``additions`` (all, when None) join the model's."""
    model = [_name_end_repaired(cleaned.text, c) for c in st.candidates
             if c.method.startswith("model-") and c.method != "model-name-checked" and _well_formed(cleaned.text[c.start : c.end])
             and not (c.method == "model-name" and (never_a_name(cleaned.text[c.start : c.end])
                                                    or names_a_vessel(cleaned.text, c.start, c.end)))]
    rules: list[Candidate] = []  # the build's accepted mentions, and the titles of officials as Posts
    for c in st.final:
        if c.method.startswith("model"):
            continue
        rules.append(c)
        for s, e in c.titles.title_spans:
            rules.append(Candidate(s, e, "Post", cleaned.text[s:e], c.method, c.confidence))
    by_span = {(c.start, c.end): (c.type, c.name, c.method) for c in rules}
    found: dict[tuple[int, int, str], dict] = {}

    def add(s: int, e: int, typ: str, canonical: str, conf: float, method: str) -> None:
        os_, oe = cleaned.span(s, e)
        key = (os_, oe, typ)
        if oe <= os_ or key in found:
            return
        found[key] = {"start": os_, "end": oe, "text": text[os_:oe], "type": typ, "canonical": canonical,
                      "confidence": round(float(conf), 3), "method": method}

    # the one overlap policy (kg.ner.resolve.settle), with the model's spans first; the rules' mentions
    # were settled by the build already, so they may overlap each other (a title inside an official's post)
    modelled = {id(c) for c in model}
    kept = settle(model + [c for c in rules if additions is None or c.type in additions],
                  model_first(lambda c: id(c) in modelled),
                  may_overlap=lambda a, b: id(a) not in modelled and id(b) not in modelled)
    for c in kept:
        typ, canonical, method = c.type, c.name, c.method
        if id(c) in modelled:
            agree = by_span.get((c.start, c.end))
            # the same span read by the rules as the same kind, or as a body where the model reads an address (岳阳市水利局:
            # the grammar has its field and head, the model only the place it begins with)
            if agree and (agree[0] == typ or {agree[0], typ} == {"Person", "Official"}
                          or (agree[0], typ) == ("Agency", "Place")):
                typ, canonical, method = agree[0], agree[1], f"{agree[2]}+{c.method}"
        add(c.start, c.end, typ, canonical, c.confidence, method)
    mentions = sorted(found.values(), key=lambda m: (m["start"], -m["end"], m["type"]))
    return {"text": text, "mentions": mentions}
