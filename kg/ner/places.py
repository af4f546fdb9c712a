"""Administrative places: gazetteer matches, resolved to division codes by their context.

A place mention is a full division name (开平市, 水口镇, 台城街道, 金星社区) or the short
form of a province, city or county (开平, 浙江). Chained names (开平市水口镇) resolve the
later name inside the earlier one; other names resolve against the places the article and
the page already mention. Villages and communities are kept only when their township or
county is in view, because their names repeat across the country.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from ..gazetteer import Division, Gazetteer
from .base import Candidate, PhraseIndex

__all__ = ["PlaceFinder", "place_finder"]

# after a short form, these make it part of another name (江门日报, 中山大学, 台山一中)
_NOT_PLACE_AFTER = re.compile(
    r"^(日报|晚报|早报|商报|时报|都市报|电视台|广播|大学|学院|中学|小学|一中|二中|三中|职校|技校|银行|农商|公司|集团|"
    r"医院|路|大道|大街|街(?!道)|公园|广场|大桥|机场|火车站|高铁站|港|酒店|宾馆|商会|同乡会|"
    r"海关|模式|样本|经验|故事|人|籍|话|菜|口音|方言|队|足球|篮球)"
)
# a short form directly after these characters is inside another word (三明治, 大同小异)
_VILLAGE_LEVELS = ("village", "community")
# characters after which a place name starts a new word (在开平市, 与江门市)
_BEFORE_PLACE = set("在于与和及向对为从到至赴往由经据是的等、共即暨省市区县镇乡街全原新老驻团")
_LEVEL_OF_SUFFIX = (("社区", "community"), ("村", "village"), ("街道", "street"), ("镇", "town"), ("乡", "town"))


class PlaceFinder:
    """Find place candidates in cleaned text."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        table: dict[str, list[Division]] = {}
        for surface, div in gazetteer.names():
            if len(surface) < 2:
                continue
            table.setdefault(surface, []).append(div)
        self.index = PhraseIndex(table)

    def _select(self, text: str):
        """Longest match at every position; full names win over short forms they overlap
        (联合水口镇: 水口镇, not the short form 合水 of 合水县)."""
        found = list(self.index.finditer(text, overlapping=True))
        ranked = sorted(found, key=lambda h: (not any(d.name == h[2] for d in h[3]), -(h[1] - h[0]), h[0]))
        # the characters taken so far: a hit overlaps a kept one when one of its characters is
        # taken, a test over the hit's own few characters however many hits the text holds
        taken = bytearray(len(text))
        keep = []
        for h in ranked:
            if taken.find(1, h[0], h[1]) >= 0:
                continue
            taken[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
            keep.append(h)
        return sorted(keep, key=lambda h: h[0])

    def find(self, text: str, articles: list[tuple[int, int]]) -> list[Candidate]:
        """Place candidates for a whole document; ``articles`` are (start, end) spans."""
        hits = []  # (start, end, surface, divisions, is_full)
        for s, e, surface, divs in self._select(text):
            full = any(d.name == surface for d in divs)
            if any(d.level in _VILLAGE_LEVELS for d in divs) and text[e : e + 1] in ("道", "路", "街"):
                continue  # 强亚村道 is a road
            if not full:
                if _NOT_PLACE_AFTER.match(text[e : e + 4]) or _inside_org_name(text, e):
                    continue
                divs = [d for d in divs if d.short == surface]
                if not divs:
                    continue
            hits.append((s, e, surface, divs, full))

        # pass 1: names with a single sensible reading give the page its context
        doc_context: Counter[str] = Counter()
        for s, e, surface, divs, full in hits:
            d = self.gaz.resolve(surface)
            if d is not None and d.level in ("province", "city", "county"):
                doc_context[d.code] += 1
                for a in self.gaz.ancestors(d.code):
                    doc_context[a.code] += 0  # known, without weight
        art_of = _article_index(articles)

        out: list[Candidate] = []
        prev_end, prev_div = -1, None
        art_context: dict[int, Counter[str]] = {}
        for s, e, surface, divs, full in hits:
            a = art_of(s)
            ctx: list[str] = []
            chained = prev_div is not None and prev_end == s
            if chained:
                ctx.append(prev_div.code)
            ctx += [c for c, _ in art_context.get(a, Counter()).most_common()]
            ctx += [c for c, n in doc_context.most_common() if n]
            d = self.gaz.resolve(surface, context=ctx[:12])
            if d is not None and chained and d.level not in ("province", "city") and not self.gaz.is_within(d.code, prev_div.code):
                # a chained lower name must lie inside the name before it
                inside = [x for x in divs if self.gaz.is_within(x.code, prev_div.code)]
                d = inside[0] if len(inside) == 1 else None
            prev = text[s - 1] if s else ""
            glued = "\u4e00" <= prev <= "\u9fff" and prev not in _BEFORE_PLACE
            if d is None:
                level = _level_of(surface)
                if not full or level in _VILLAGE_LEVELS or level is None or glued or len(surface) <= 2:
                    prev_end, prev_div = -1, None
                    continue  # unsure short forms and villages are left out
                cand = Candidate(s, e, "Place", surface, "gazetteer-unresolved", 0.6, priority=30,
                                 attrs={"level": level, "code": ""})
                out.append(cand)
                prev_end, prev_div = -1, None
                continue
            if d.level in _VILLAGE_LEVELS and not chained and not _near(self.gaz, d, ctx):
                prev_end, prev_div = -1, None
                continue
            if full and not chained and glued and (
                (d.level in ("city", "county") and not _supported(self.gaz, d, doc_context, art_context.get(a)))
                or (d.level in ("town", "street") and not _same_city(self.gaz, d, ctx))
                or len(surface) <= 2
            ):
                # 顺应城市 is not 应城市, 周边城镇 is not 边城镇: a name glued to the word before needs support
                prev_end, prev_div = -1, None
                continue
            if not full and d.level == "county" and not chained:
                # a bare county name (开平) needs its city or province on the page
                anc = {x.code for x in self.gaz.ancestors(d.code)}
                if not any(doc_context[c] or c in art_context.get(a, ()) for c in anc):
                    prev_end, prev_div = -1, None
                    continue
            conf = 0.95 if full else 0.8
            out.append(
                Candidate(s, e, "Place", d.name, "gazetteer" if full else "gazetteer-short", conf, priority=30,
                          attrs={"level": d.level, "code": d.code, "parent": d.parent,
                                 "chained_to": prev_div.code if chained else ""})
            )
            art_context.setdefault(a, Counter())[d.code] += 1
            prev_end, prev_div = e, d
        out += self._unlisted_local(text, out, art_of)
        return out

    _LOCAL_RE = re.compile(r"(?:携手|联合|(?<=[在与和及、]))([\u4e00-\u9fff]{2})(社区|村)(?![委民道路])")
    _GENERIC_LOCAL = set("和谐 智慧 幸福 文明 绿色 美丽 平安 示范 老旧 城市 农村 全国 各个 多个 所在 相关 周边 附近 "
                         "小区 新型 特色 传统 试点 重点 先进 星级 数字 未来 健康 乡村 各 本 该 此 每个 整个 所有 "
                         "典型 标杆 样板 模范 百强 千强 强镇 中心 行政 自然 贫困 脱贫 薄弱 空心 省级 市级 县级 一个 "
                         "宜居 宜业 和美 生态 红色 古 老 新 旅游 专业 淘宝 网红".split())

    _CHAINED_LOCAL = re.compile(r"([\u4e00-\u9fff]{2,3}?)(社区|村)(?![委民道路])")
    _VERBISH = set("在与和及让推动促进形成激发引进城乡全市联动成为各该本这那每个所有进入走到去来为是有的了着加强设置建打造")

    def _unlisted_local(self, text: str, found: list[Candidate], art_of) -> list[Candidate]:
        """X社区 / X村 missing from the gazetteer, when the article names its street or town."""
        # the characters of places found so far: an overlap test over a name's own characters
        taken = bytearray(len(text) + 1)
        for c in found:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        parents: dict[int, Candidate] = {}
        for c in found:
            if c.attrs.get("level") in ("street", "town") and c.attrs.get("code"):
                parents.setdefault(art_of(c.start), c)
        out = []
        for c in found:  # 崇州市白头镇五星村: a village written after its town
            if c.attrs.get("level") in ("town", "street") and c.attrs.get("code"):
                m = self._CHAINED_LOCAL.match(text, c.end)
                if m and m.group(1) not in self._GENERIC_LOCAL and not any(ch in self._VERBISH for ch in m.group(1)) \
                        and taken.find(1, m.start(), m.end()) < 0:
                    level = "community" if m.group(2) == "社区" else "village"
                    out.append(Candidate(m.start(), m.end(), "Place", m.group(), "pattern-unlisted-chained", 0.6,
                                         priority=29, attrs={"level": level, "code": "", "parent": c.attrs["code"],
                                                             "chained_to": c.attrs["code"]}))
                    taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        for m in self._LOCAL_RE.finditer(text):
            s, e = m.start(1), m.end()
            stem = m.group(1)
            if stem in self._GENERIC_LOCAL or any(ch in self._VERBISH for ch in stem) or taken.find(1, s, e) >= 0:
                continue
            parent = parents.get(art_of(s))
            if parent is None:
                continue
            level = "community" if m.group(2) == "社区" else "village"
            # its town is somewhere in the article, but which one is not written: no parent
            out.append(Candidate(s, e, "Place", text[s:e], "pattern-unlisted", 0.5, priority=29,
                                 attrs={"level": level, "code": ""}))
        return out


def _supported(gaz: Gazetteer, d: Division, doc_context: Counter, art: Counter | None) -> bool:
    """Another place on the page shares this one's province (or is it)."""
    prov = [x.code for x in gaz.ancestors(d.code) if x.level == "province"] or [d.code]
    for code, n in list(doc_context.items()) + list((art or Counter()).items()):
        if n and code != d.code and (gaz.is_within(code, prov[0])):
            return True
    return False


def _same_city(gaz: Gazetteer, d: Division, ctx: list[str]) -> bool:
    """A town whose county or city is among the context codes."""
    anc = {a.code for a in gaz.ancestors(d.code) if a.level in ("county", "city")}
    return any(c in anc for c in ctx)


_ORG_HEAD = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9]{0,12}?(研究中心|研究院|研究所|实验室|协会|学会|商会|公司|集团|大学|学院|医院|学校|中学|小学|"
    r"银行|酒店|亚运会|奥运会|运动会|博览会|电视台|报社|出版社|合作社|俱乐部|足球队|篮球队|服务网|政务网|网站|客户端|小程序|APP)"
)
_ORG_STOP = re.compile(r"[的在和与及是将对把被了，。、；：！？“”（）\s]")


def _inside_org_name(text: str, end: int) -> bool:
    """A short form that starts an organisation's name (北京生物多样性保护研究中心, 杭州亚运会)."""
    m = _ORG_HEAD.match(text, end)
    return bool(m) and not _ORG_STOP.search(m.group())


def _near(gaz: Gazetteer, d: Division, ctx: list[str]) -> bool:
    """A village or community counts when its township or county is in the context."""
    anc = [a.code for a in gaz.ancestors(d.code)][:2]
    return any(c in anc for c in ctx)


def _level_of(surface: str) -> str | None:
    for suffix, level in _LEVEL_OF_SUFFIX:
        if surface.endswith(suffix):
            return level
    return None


def _article_index(articles: list[tuple[int, int]]):
    starts = [s for s, _ in articles]

    def find(pos: int) -> int:
        import bisect

        i = bisect.bisect_right(starts, pos) - 1
        return max(i, 0)

    return find


@functools.lru_cache(maxsize=1)
def place_finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer.load())
