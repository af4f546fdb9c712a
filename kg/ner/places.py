"""Administrative places: gazetteer matches, resolved to division codes by their context.

A place mention is a full division name (开平市, 水口镇, 台城街道, 金星社区) or the short
form of a province, city or county (开平, 浙江). Chained names (开平市水口镇) resolve the
later name inside the earlier one; other names resolve against the places the article and
the page already mention. Villages and communities are kept only when their township or
county is in view, because their names repeat across the country.
"""
from __future__ import annotations

from collections import Counter

from ..gazetteer import Division, Gazetteer
from ..lexicon import Lexicon, lexicon, lexicon_cache
from .base import Candidate, PhraseIndex
from .resolve import Priority

__all__ = ["PlaceFinder", "place_finder"]

_VILLAGE_LEVELS = ("village", "community")


class _Vocabulary:
    """The place finder's words (seeds/lexicons/places.jsonl)."""

    def __init__(self, lex: Lexicon):
        # after a short form, these make it part of another name (江门日报, 中山大学, 台山一中)
        self.not_place_after = lex.regex(r"^(?:{NotPlaceAfter}|街(?!道))")
        # characters after which a place name starts a new word (在开平市, 与江门市)
        self.before_place = lex.chars("BeforePlace")
        self.level_suffixes = tuple((e.pattern, e.get("level")) for e in lex.of("LevelSuffix"))
        self.local_level = {e.pattern: e.get("level") for e in lex.of("LevelSuffix") if e.get("local")}
        self.road_after_village = lex.chars("RoadAfterVillage")
        self.local_re = lex.regex(r"(?:{LocalCue}|(?<=[{BeforeLocal}]))([\u4e00-\u9fff]{2})({LevelSuffix.local})"
                                  r"(?![{NotAfterLocal}])")
        self.chained_local = lex.regex(r"([\u4e00-\u9fff]{2,3}?)({LevelSuffix.local})(?![{NotAfterLocal}])")
        self.generic_local = frozenset(lex.words("GenericLocalName"))
        self.verbish = lex.chars("VerbishChar")
        self.org_head = lex.regex(r"[\u4e00-\u9fffA-Za-z0-9]{0,12}?({InstitutionHead.place})")
        self.org_stop = lex.regex(r"[{OrgStopChar}\s]")


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


class PlaceFinder:
    """Find place candidates in cleaned text."""

    def __init__(self, gazetteer: Gazetteer, lex: Lexicon | None = None):
        self.gaz = gazetteer
        self.v = _vocabulary() if lex is None or lex is lexicon() else _Vocabulary(lex)
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
        v = self.v
        hits = []  # (start, end, surface, divisions, is_full)
        for s, e, surface, divs in self._select(text):
            full = any(d.name == surface for d in divs)
            if any(d.level in _VILLAGE_LEVELS for d in divs) and text[e : e + 1] in v.road_after_village:
                continue  # 强亚村道 is a road
            if not full:
                if v.not_place_after.match(text[e : e + 4]) or self._inside_org_name(text, e):
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
            glued = "\u4e00" <= prev <= "\u9fff" and prev not in v.before_place
            if d is None:
                level = self._level_of(surface)
                if not full or level in _VILLAGE_LEVELS or level is None or glued or len(surface) <= 2:
                    prev_end, prev_div = -1, None
                    continue  # unsure short forms and villages are left out
                cand = Candidate(s, e, "Place", surface, "gazetteer-unresolved", 0.6, priority=Priority.PLACE,
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
                Candidate(s, e, "Place", d.name, "gazetteer" if full else "gazetteer-short", conf, priority=Priority.PLACE,
                          attrs={"level": d.level, "code": d.code, "parent": d.parent,
                                 "chained_to": prev_div.code if chained else ""})
            )
            art_context.setdefault(a, Counter())[d.code] += 1
            prev_end, prev_div = e, d
        out += self._unlisted_local(text, out, art_of)
        return out

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
        v = self.v
        out = []
        for c in found:  # 崇州市白头镇五星村: a village written after its town
            if c.attrs.get("level") in ("town", "street") and c.attrs.get("code"):
                m = v.chained_local.match(text, c.end)
                if m and m.group(1) not in v.generic_local and not any(ch in v.verbish for ch in m.group(1)) \
                        and taken.find(1, m.start(), m.end()) < 0:
                    level = v.local_level[m.group(2)]
                    out.append(Candidate(m.start(), m.end(), "Place", m.group(), "pattern-unlisted-chained", 0.6,
                                         priority=Priority.PLACE_UNLISTED, attrs={"level": level, "code": "", "parent": c.attrs["code"],
                                                             "chained_to": c.attrs["code"]}))
                    taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        for m in v.local_re.finditer(text):
            s, e = m.start(1), m.end()
            stem = m.group(1)
            if stem in v.generic_local or any(ch in v.verbish for ch in stem) or taken.find(1, s, e) >= 0:
                continue
            parent = parents.get(art_of(s))
            if parent is None:
                continue
            level = v.local_level[m.group(2)]
            # its town is somewhere in the article, but which one is not written: no parent
            out.append(Candidate(s, e, "Place", text[s:e], "pattern-unlisted", 0.5, priority=Priority.PLACE_UNLISTED,
                                 attrs={"level": level, "code": ""}))
        return out

    def _inside_org_name(self, text: str, end: int) -> bool:
        """A short form that starts an organisation's name (北京生物多样性保护研究中心, 杭州亚运会)."""
        m = self.v.org_head.match(text, end)
        return bool(m) and not self.v.org_stop.search(m.group())

    def _level_of(self, surface: str) -> str | None:
        for suffix, level in self.v.level_suffixes:
            if surface.endswith(suffix):
                return level
        return None


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


def _near(gaz: Gazetteer, d: Division, ctx: list[str]) -> bool:
    """A village or community counts when its township or county is in the context."""
    anc = [a.code for a in gaz.ancestors(d.code)][:2]
    return any(c in anc for c in ctx)


def _article_index(articles: list[tuple[int, int]]):
    starts = [s for s, _ in articles]

    def find(pos: int) -> int:
        import bisect

        i = bisect.bisect_right(starts, pos) - 1
        return max(i, 0)

    return find


@lexicon_cache
def place_finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer.load(), lexicon())
