"""Synthetic government-news sentences for training the statistical NER.

CLUENER2020 is Sina news from 2005-2011: it has few local-government sentences, and none
with today's agency names (江门市生态环境局), so a model trained on it alone reads such a
name as an address.  A few hundred sentences written from templates, with place names from
the division lexicon, departments, posts, events and topics from ``seeds/lexicons/model_training.jsonl``
(and the titles marked ``synthetic``), and names made of a surname and common given-name characters,
teach it the shape of local-government text. They are generated at training time (seeded), never stored.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from ..lexicon import lexicon

__all__ = ["synthetic_examples"]

_SLOT = re.compile(r"\{(\w+)\}")
_LABELS = {"gov": "government", "title": "position", "name": "name", "place": "address"}


def synthetic_examples(lexicons: Mapping[str, Sequence[str]], n: int,
                       rng: np.random.Generator) -> list[tuple[str, tuple[tuple[int, int, str], ...]]]:
    """n sentences as (text, ((start, end_exclusive, label), ...)), drawn with rng.

    Templates are the lexicon's SyntheticTemplate lines; {gov}, {title}, {name} and {place} become
    labelled spans."""
    lex = lexicon()
    templates = lex.words("SyntheticTemplate")
    given_name_chars = tuple(lex.charstr("GivenNameChar"))
    departments = tuple(sorted(set(lex.words("SyntheticDepartment"))))
    central_organs = tuple(sorted(set(lex.words("CentralOrgan"))))
    local_posts = tuple(sorted(set(lex.words("Post", "synthetic"))))
    levels, events, topics = lex.words("SyntheticLevel"), lex.words("SyntheticEvent"), lex.words("SyntheticTopic")
    admin = sorted(a for a in lexicons["admin"] if a.endswith(("省", "市", "县", "区")))
    towns = sorted(lexicons["township"])
    common, other = sorted(lexicons["surname1"]), sorted(lexicons["surname2"])
    compound = sorted(lexicons["surname_compound"])
    if not (admin and towns and common and other and compound):
        raise ValueError("synthetic sentences need the admin, township and surname lexicons")

    def pick(items: Sequence[str]) -> str:
        return items[int(rng.integers(len(items)))]

    def name() -> str:
        r = rng.random()
        surname = pick(common) if r < 0.75 else pick(other) if r < 0.97 else pick(compound)
        return surname + "".join(pick(given_name_chars) for _ in range(1 if rng.random() < 0.3 else 2))

    def gov() -> str:
        r = rng.random()
        if r < 0.2:
            return pick(central_organs)
        if r < 0.35:
            return pick(levels) + pick(departments)
        return pick(admin) + pick(departments)

    def place() -> str:
        return pick(admin) if rng.random() < 0.7 else pick(towns)

    fill = {"gov": gov, "name": name, "place": place, "title": lambda: pick(local_posts),
            "event": lambda: pick(events), "topic": lambda: pick(topics)}
    out = []
    for _ in range(n):
        template = pick(templates)
        text, spans, pos = "", [], 0
        for m in _SLOT.finditer(template):
            text += template[pos: m.start()]
            pos = m.end()
            value = fill[m.group(1)]()
            if m.group(1) in _LABELS:
                spans.append((len(text), len(text) + len(value), _LABELS[m.group(1)]))
            text += value
        out.append((text + template[pos:], tuple(spans)))
    return out
