"""Settle overlapping candidates in one place: one priority table, one policy function.

:class:`Priority` ranks every kind of candidate the finders make. :func:`settle` is the overlap
policy: candidates are taken in a given order, and one that overlaps an accepted candidate is
dropped unless the pair may stand together. ``kg build`` (:func:`resolve_candidates`) takes them
by priority (rules for officials > bylines > agencies > places > programmes > the statistical
model), then length, then confidence, and lets a place nest inside an agency or programme name
(开平市 in 开平市医疗保障局), an agency inside a longer agency (开平市公安局 in
开平市公安局出入境管理大队) or inside a programme. ``kg ner`` (:mod:`kg.ner.api`) calls the same
function with the model's spans first (:func:`model_first`).

>>> a = Candidate(0, 8, "Agency", "开平市医疗保障局", "grammar", 0.9, priority=Priority.AGENCY)
>>> p = Candidate(0, 3, "Place", "开平市", "gazetteer", 0.95, priority=Priority.PLACE)
>>> q = Candidate(2, 5, "Person", "市医疗", "model", 0.4, priority=Priority.MODEL)
>>> [c.name for c in resolve_candidates("开平市医疗保障局", [q, p, a])]
['开平市医疗保障局', '开平市']
>>> t = Candidate(0, 13, "Agency", "国家税务总局广东省税务局", "grammar-subunit", 0.9, priority=Priority.SUBUNIT)
>>> g = Candidate(6, 13, "Agency", "广东省税务局", "grammar", 0.9, priority=Priority.AGENCY)
>>> [c.name for c in resolve_candidates("国家税务总局广东省税务局", [g, t])]
['国家税务总局广东省税务局']
"""
from __future__ import annotations

from enum import IntEnum
from typing import Callable, Iterable

from .base import Candidate

__all__ = ["Priority", "PROPAGATED_DROP", "settle", "resolve_candidates", "model_first", "NESTABLE"]


class Priority(IntEnum):
    """Which candidate wins an overlap in a build: higher first (then longer, then more confident).

    The only table of priorities: every finder takes its values from here. Two names share 38
    (an agency abbreviation of a town or village, a quoted name that extends a known programme);
    they never compete in practice, being of different types that do not nest.
    """

    BYLINE = 70  # a reporter named in a byline or dateline
    OFFICIAL = 60  # a name after its title chain, appointments, titles in brackets
    NAME_THEN_TITLE = 58  # 习近平总书记, 梁毅渝、耿洪波等市领导
    PHOTO_CREDIT = 56  # 周华东摄
    ROLE_NAME = 55  # 研究员郭耕
    NAME_LIST = 50  # 田华等8位电影艺术家
    FIELD_OFFICE = 42  # 马冈市场监督管理所
    SUBUNIT = 41  # 开平市公安局出入境管理大队
    AGENCY = 40  # the grammar's bodies, the national lexicon, a department in a title chain
    ZONE = 39  # 翠山湖管委会
    GRASSROOTS_ABBREV = 38  # 镇党委, 村委会, 宣传部 without its committee
    PROGRAMME_EXTENDS_KNOWN = 38  # “南粤家政·万家灯火”: a quoted name that extends a known scheme
    PROGRAMME_KNOWN = 37  # the programme lexicon, policy documents in 《》
    PROGRAMME_QUOTED = 36  # quoted names with a cue
    PROGRAMME_PHRASE = 33  # unquoted names after a verb, projects that break ground
    PLACE = 30  # the gazetteer
    PLACE_UNLISTED = 29  # a village or community the gazetteer does not list
    MODEL_NAME = 11  # the model's name, checked as a person's name
    MODEL = 10  # the statistical model's spans
    IMPLIED = 0  # a body a title implies but the text does not print (never settled: no span)


#: how far a repeated mention (kg_resolve's propagation) falls below the mention it repeats
PROPAGATED_DROP = 20

#: (inner type, outer type) pairs that may nest
NESTABLE = {("Place", "Agency"), ("Agency", "Agency"), ("Place", "Programme"), ("Agency", "Programme"),
            ("Place", "Place"), ("Programme", "Agency"), ("Official", "Programme")}


def _may_nest(a: Candidate, b: Candidate) -> bool:
    if a.start >= b.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end):
        return _nests_in(a, b)
    if b.start >= a.start and b.end <= a.end and (a.start, a.end) != (b.start, b.end):
        return _nests_in(b, a)
    return False


def _nests_in(inner: Candidate, outer: Candidate) -> bool:
    if (inner.type, outer.type) not in NESTABLE:
        return False
    if inner.type == "Official":
        # 《关于认真贯彻落实习近平总书记重要讲话精神…的实施意见》: a leader named inside a document's title; both stand
        return outer.name.startswith("《")
    if inner.type == "Programme":
        # a body named after a quoted programme (…“百千万工程”指挥部), and its offices (…指挥部办公室)
        return outer.method == "grammar-free" or "“" in outer.name
    if inner.type == "Place" and outer.method == "cue-designation" and inner.start > outer.start \
            and (inner.method == "pattern-bare-township" or inner.method.startswith("pattern-") and inner.end == outer.end):
        # 获评省级美丽乡村试点村: a township read only from its head's shape (级美丽乡) inside a designation's words, or a place
        # read from its shape that ends with the designation (村试点村), is those words, not a place; a listed place (甲县 in
        # 甲县十佳村) and an unlisted one before the designation's head (澧县梨汀街道荣获…) nest as before
        return False
    if inner.type == outer.type == "Agency":
        # a body inside a longer one is its parent, printed first (开平市公安局 in 开平市公安局出入境管理大队),
        # never a body of its own (广东省税务局 in 国家税务总局广东省税务局)
        # a partner printed between a unit's parent and the unit (县纪委监委第二监督检查室: the supervisory commission
        # inside the discipline commission's office) is a body of the same jurisdiction, kept beside the unit
        return inner.start == outer.start or inner.name == outer.body.parent \
            or (outer.method == "grammar-subunit" and inner.start > outer.start and inner.end < outer.end
                and bool(inner.body.place) and inner.body.place == outer.body.place)
    return True


def settle(candidates: Iterable[Candidate], order: Callable[[Candidate], tuple],
           may_overlap: Callable[[Candidate, Candidate], bool] = _may_nest) -> list[Candidate]:
    """The overlap policy: take candidates in the order of ``order`` (stable) and keep each that
    overlaps no kept candidate, unless ``may_overlap(new, kept)`` allows the pair (nesting, by
    default). The kept candidates come in the order they were taken."""
    accepted: list[Candidate] = []
    buckets: dict[int, list[Candidate]] = {}  # accepted candidates by the 64-character blocks they touch
    # the characters the accepted candidates cover: a candidate none of whose characters is covered
    # overlaps none of them, and is taken without asking ``may_overlap``
    # (an empty candidate accepted, which covers no character, turns the shortcut off)
    covered: bytearray | None = bytearray()
    for c in sorted(candidates, key=order):
        start, end = c.start, c.end
        blocks = range(start >> 6, ((end - 1) >> 6) + 1)
        if not (covered is not None and 0 <= start < end and covered.find(1, start, end) < 0) and \
                any(start < a.end and a.start < end and not may_overlap(c, a)  # (c.overlaps(a), inline)
                    for b in blocks for a in buckets.get(b, ())):
            continue
        accepted.append(c)
        if not 0 <= start < end:
            covered = None
        elif covered is not None:
            if len(covered) < end:
                covered.extend(bytes(end - len(covered)))
            covered[start:end] = b"\x01" * (end - start)
        for b in blocks:
            buckets.setdefault(b, []).append(c)
    return accepted


def by_priority(c: Candidate) -> tuple:
    """A build's order: priority, then length, then confidence."""
    return (-c.priority, c.start - c.end, -c.confidence, c.start, c.method)  # (minus the length, read directly)


def model_first(is_model: Callable[[Candidate], bool]) -> Callable[[Candidate], tuple]:
    """``kg ner``'s order: the model's spans by confidence, then the rules' in the order given."""
    return lambda c: (0, -c.confidence, c.start) if is_model(c) else (1,)


def resolve_candidates(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The accepted candidates of a build, sorted by position."""
    # merge exact duplicates (same span and type): keep the most confident
    best: dict[tuple[int, int, str], Candidate] = {}
    for c in candidates:
        if c.end <= c.start:
            continue
        k = (c.start, c.end, c.type)
        cur = best.get(k)
        if cur is None or (c.priority, c.confidence) > (cur.priority, cur.confidence):
            best[k] = c
    accepted = _without_places_in_names(text, settle(best.values(), by_priority))
    accepted.sort(key=lambda c: (c.start, -c.end, c.type))
    return accepted


def _without_places_in_names(text: str, accepted: list[Candidate]) -> list[Candidate]:
    """The accepted candidates less the places printed by a short form inside a programme's name, after a word of it
    (not at its head, whatever marks open it: 《湘西州…规划》 keeps 湘西州) and not the place a brand names (碧水护洪泽,
    “清流护汨罗”: a slogan's object, no mention of the place; 健康珠海 keeps 珠海, the brand's place)."""
    names = [c for c in accepted if c.type == "Programme" and not c.programme.brand_place]
    if not names:
        return accepted
    return [c for c in accepted if not (
        c.type == "Place" and c.end - c.start < len(c.name)
        and any(p.start < c.start and c.end <= p.end and any("\u4e00" <= ch <= "\u9fff" for ch in text[p.start : c.start])
                for p in names))]
