"""Repeated names: every other occurrence of a name found once in a document is a mention too."""
from __future__ import annotations

from ..resolve import programme_stem
from .base import Candidate, PhraseIndex
from .resolve import PROPAGATED_DROP

__all__ = ["propagate"]


_PROPAGATE = {"Programme": 3, "Agency": 4, "Person": 3, "Official": 3}


def propagate(text: str, found: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a name found once in the document is a mention too
    (“八镇联动” named with a cue once, then again without one; 关华俊 after 沙塘镇党委书记关华俊)."""
    forms: dict[str, Candidate] = {}
    for c in found:
        minimum = _PROPAGATE.get(c.type)
        if minimum is None or c.attrs.get("abbr_anchor"):
            continue
        surface = text[c.start : c.end]
        variants = [surface]
        if c.type == "Programme":
            variants.append(programme_stem(surface))  # 八镇联动发展 → 八镇联动
        for v in variants:
            if len(v) >= minimum and v not in forms:
                forms[v] = c
    if not forms:
        return []
    # a span already taken by a candidate that outranks the repetition stays as it is; one the model
    # alone named (赵玉影 after 主任赵玉影) becomes a mention of the entity it repeats
    taken = {(c.start, c.end): c.priority for c in found}
    out = []
    for s, e, surface, c in PhraseIndex(forms).finditer(text):
        if taken.get((s, e), -1) >= c.priority - PROPAGATED_DROP:
            continue
        attrs = {k: v for k, v in c.attrs.items() if k not in ("post_span", "orgs", "posts", "long", "aliases")}
        out.append(Candidate(s, e, c.type, c.name, "propagated", round(c.confidence * 0.9, 3),
                             priority=c.priority - PROPAGATED_DROP, attrs=attrs, national=c.national,
                             ner_only=c.ner_only, unresolved=c.unresolved,
                             same_as=c))  # the entity of the mention it repeats
    return out
