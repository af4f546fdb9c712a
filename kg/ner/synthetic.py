"""Synthetic government-news sentences for training the statistical NER.

CLUENER2020 is Sina news from 2005-2011: it has few local-government sentences, and none
with today's agency names (江门市生态环境局), so a model trained on it alone reads such a
name as an address.  A few hundred sentences written from templates, with place names from
the division lexicon, departments and posts from :mod:`kg.ner.wordlists`, and names made of
a surname and common given-name characters, teach it the shape of local-government text.
They are generated at training time (seeded), never stored.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from kg.ner.wordlists import CENTRAL_ORGANS, DEPARTMENTS, GIVEN_NAME_CHARS, LOCAL_POSTS

__all__ = ["TEMPLATES", "synthetic_examples"]

#: Sentence templates; {gov}, {title}, {name} and {place} become labelled spans.
TEMPLATES = (
    "{gov}召开{event}会议。",
    "{gov}{title}{name}出席会议并讲话。",
    "记者从{gov}获悉，{place}{topic}工作取得新进展。",
    "{title}{name}到{place}调研{topic}工作。",
    "{name}（{gov}{title}）介绍了有关情况。",
    "{gov}和{gov}联合印发通知。",
    "{place}举行{event}活动，{gov}{title}{name}参加。",
    "（记者/{name} 通讯员/{name}）{gov}近日发布公告。",
    "{name}表示，{place}将加快推进{topic}。",
    "{gov}发布通知，要求做好{topic}工作。",
    "{title}{name}主持会议，{title}{name}、{name}出席。",
    "据{gov}消息，{place}的{topic}项目已经开工。",
    "{gov}{title}{name}带队到{place}检查{topic}工作。",
    "{place}{topic}现场会在{place}召开。",
    "{name}说，{gov}将继续支持{place}发展。",
)
_EVENTS = ("工作推进", "常务", "专题", "新闻发布", "工作部署", "座谈", "表彰", "动员")
_TOPICS = ("安全生产", "乡村振兴", "防汛", "疫情防控", "招商引资", "生态环境保护", "民生实事", "城市建设")
_SLOT = re.compile(r"\{(\w+)\}")
_LABELS = {"gov": "government", "title": "position", "name": "name", "place": "address"}


def synthetic_examples(lexicons: Mapping[str, Sequence[str]], n: int,
                       rng: np.random.Generator) -> list[tuple[str, tuple[tuple[int, int, str], ...]]]:
    """n sentences as (text, ((start, end_exclusive, label), ...)), drawn with rng."""
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
        return surname + "".join(pick(GIVEN_NAME_CHARS) for _ in range(1 if rng.random() < 0.3 else 2))

    def gov() -> str:
        r = rng.random()
        if r < 0.2:
            return pick(CENTRAL_ORGANS)
        if r < 0.35:
            return pick(("市", "县", "区", "镇")) + pick(DEPARTMENTS)
        return pick(admin) + pick(DEPARTMENTS)

    def place() -> str:
        return pick(admin) if rng.random() < 0.7 else pick(towns)

    fill = {"gov": gov, "name": name, "place": place, "title": lambda: pick(LOCAL_POSTS),
            "event": lambda: pick(_EVENTS), "topic": lambda: pick(_TOPICS)}
    out = []
    for _ in range(n):
        template = pick(TEMPLATES)
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
