"""Settle overlapping candidates in one place, with explicit priorities.

Candidates are taken by priority (rules for officials > bylines > agencies > places >
programmes > the statistical model), then length, then confidence. A candidate that
overlaps an accepted one is dropped unless one lies inside the other and the pair may nest:
a place inside an agency or programme name (开平市 in 开平市医疗保障局), an agency inside a
longer agency (开平市公安局 in 开平市公安局出入境管理大队) or inside a programme.

>>> a = Candidate(0, 8, "Agency", "开平市医疗保障局", "grammar", 0.9, priority=40)
>>> p = Candidate(0, 3, "Place", "开平市", "gazetteer", 0.95, priority=30)
>>> q = Candidate(2, 5, "Person", "市医疗", "model", 0.4, priority=10)
>>> [c.name for c in resolve_candidates("开平市医疗保障局", [q, p, a])]
['开平市医疗保障局', '开平市']
>>> t = Candidate(0, 13, "Agency", "国家税务总局广东省税务局", "grammar-subunit", 0.9, priority=41)
>>> g = Candidate(6, 13, "Agency", "广东省税务局", "grammar", 0.9, priority=40)
>>> [c.name for c in resolve_candidates("国家税务总局广东省税务局", [g, t])]
['国家税务总局广东省税务局']
"""
from __future__ import annotations

from .base import Candidate

__all__ = ["resolve_candidates", "NESTABLE"]

#: (inner type, outer type) pairs that may nest
NESTABLE = {("Place", "Agency"), ("Agency", "Agency"), ("Place", "Programme"), ("Agency", "Programme"),
            ("Place", "Place")}


def _may_nest(a: Candidate, b: Candidate) -> bool:
    if a.start >= b.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end):
        return _nests_in(a, b)
    if b.start >= a.start and b.end <= a.end and (a.start, a.end) != (b.start, b.end):
        return _nests_in(b, a)
    return False


def _nests_in(inner: Candidate, outer: Candidate) -> bool:
    if (inner.type, outer.type) not in NESTABLE:
        return False
    if inner.type == outer.type == "Agency":
        # a body inside a longer one is its parent, printed first (开平市公安局 in 开平市公安局出入境管理大队),
        # never a body of its own (广东省税务局 in 国家税务总局广东省税务局)
        return inner.start == outer.start or inner.name == outer.attrs.get("parent")
    return True


def resolve_candidates(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The accepted candidates, sorted by position."""
    # merge exact duplicates (same span and type): keep the most confident, union attrs
    best: dict[tuple[int, int, str], Candidate] = {}
    for c in candidates:
        if c.end <= c.start:
            continue
        k = (c.start, c.end, c.type)
        cur = best.get(k)
        if cur is None or (c.priority, c.confidence) > (cur.priority, cur.confidence):
            best[k] = c
    order = sorted(best.values(), key=lambda c: (-c.priority, -c.length, -c.confidence, c.start, c.method))
    accepted: list[Candidate] = []
    buckets: dict[int, list[Candidate]] = {}  # accepted candidates by the 64-character blocks they touch
    for c in order:
        blocks = range(c.start >> 6, ((c.end - 1) >> 6) + 1)
        if any(c.overlaps(a) and not _may_nest(c, a) for b in blocks for a in buckets.get(b, ())):
            continue
        accepted.append(c)
        for b in blocks:
            buckets.setdefault(b, []).append(c)
    accepted.sort(key=lambda c: (c.start, -c.end, c.type))
    return accepted
