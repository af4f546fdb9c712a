"""The spaCy pipeline: a blank Chinese pipeline with character tokens and kg's components.

Components add :class:`~kg.ner.base.Candidate` objects to ``doc._.kg.candidates``;
``kg_resolve`` settles overlaps in one place and writes the winners to ``doc.spans["kg"]``
(label = type, ``id_`` = canonical name). Character tokens make every rule hit a clean
``doc.char_span``.

>>> nlp = load_nlp()
>>> doc = nlp("开平市委书记陈小曼出席会议。")
>>> [(s.text, s.label_) for s in doc.spans["kg"]]
[('开平市', 'Place'), ('开平市委', 'Agency'), ('陈小曼', 'Official')]
"""
from __future__ import annotations

import functools
from bisect import bisect_right
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import Division, Gazetteer
from .ner.agencies import Home, agency_finder
from .ner.base import Candidate
from .ner.people import people_finder
from .ner.places import place_finder
from .ner.programmes import programme_finder
from .ner.resolve import resolve_candidates

__all__ = ["load_nlp", "DocState", "ArticleInfo"]

PIPELINE_VERSION = "1"


@dataclass
class ArticleInfo:
    start: int
    end: int
    newspaper: str = ""
    reporters: tuple = ()  # (name, start, end) in doc coordinates


@dataclass
class DocState:
    """What the components share about one document."""

    text: str = ""  # the Doc's text: spaCy rebuilds doc.text from its tokens on every access
    articles: list[ArticleInfo] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    homes: list[Home] = field(default_factory=list)
    final: list[Candidate] = field(default_factory=list)

    def article_at(self, pos: int) -> int:
        starts = [a.start for a in self.articles]
        return max(bisect_right(starts, pos) - 1, 0)

    def home_of(self, pos: int) -> Home:
        return self.homes[self.article_at(pos)] if self.homes else Home()

    def of_type(self, *types: str) -> list[Candidate]:
        return [c for c in self.candidates if c.type in types]


if not Doc.has_extension("kg"):
    Doc.set_extension("kg", default=None)


def _state(doc: Doc) -> DocState:
    if doc._.kg is None:
        text = doc.text
        doc._.kg = DocState(text=text, articles=[ArticleInfo(0, len(text))])
    elif not doc._.kg.text:
        doc._.kg.text = doc.text
    return doc._.kg


@Language.factory("kg_places", assigns=["doc._.kg"])
def make_places(nlp: Language, name: str):
    return PlacesComponent()


class PlacesComponent:
    def __call__(self, doc: Doc) -> Doc:
        st = _state(doc)
        places = place_finder().find(st.text, [(a.start, a.end) for a in st.articles])
        st.candidates += places
        st.homes = compute_homes(st.text, st.articles, places)
        return doc


@Language.factory("kg_agencies", assigns=["doc._.kg"], requires=["doc._.kg"])
def make_agencies(nlp: Language, name: str):
    return AgenciesComponent()


class AgenciesComponent:
    def __call__(self, doc: Doc) -> Doc:
        st = _state(doc)
        st.candidates += agency_finder().find(st.text, st.of_type("Place"), st.home_of)
        return doc


@Language.factory("kg_people", assigns=["doc._.kg"], requires=["doc._.kg"])
def make_people(nlp: Language, name: str):
    return PeopleComponent()


class PeopleComponent:
    def __call__(self, doc: Doc) -> Doc:
        st = _state(doc)
        hint_ends = {c.end for c in st.candidates if c.type == "Person" and c.method.startswith("model")}
        st.candidates += people_finder().find(st.text, st.of_type("Agency"), hint_ends, st.home_of)
        for a in st.articles:
            for name, s, e in a.reporters:
                st.candidates.append(Candidate(s, e, "Person", name, "byline", 0.9, priority=70,
                                               attrs={"role": "记者"}))
        return doc


@Language.factory("kg_programmes", assigns=["doc._.kg"], requires=["doc._.kg"])
def make_programmes(nlp: Language, name: str):
    return ProgrammesComponent()


class ProgrammesComponent:
    def __call__(self, doc: Doc) -> Doc:
        st = _state(doc)
        st.candidates += programme_finder().find(st.text)
        return doc


@Language.factory("kg_resolve", assigns=["doc.spans"], requires=["doc._.kg"])
def make_resolve(nlp: Language, name: str):
    return ResolveComponent()


class ResolveComponent:
    def __call__(self, doc: Doc) -> Doc:
        st = _state(doc)
        first = resolve_candidates(st.text, st.candidates)
        st.final = resolve_candidates(st.text, first + propagate(st.text, first))
        spans = []
        for c in st.final:
            span = doc.char_span(c.start, c.end, label=c.type, alignment_mode="expand")
            if span is not None:
                span.id_ = c.name
                spans.append(span)
        doc.spans["kg"] = spans
        return doc


_PROPAGATE = {"Programme": 3, "Agency": 4, "Person": 3, "Official": 3}


def propagate(text: str, found: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a name found once in the document is a mention too
    (“八镇联动” named with a cue once, then again without one; 关华俊 after 沙塘镇党委书记关华俊)."""
    from .ner.base import PhraseIndex
    from .resolve import programme_stem

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
    taken = {(c.start, c.end) for c in found}
    out = []
    for s, e, surface, c in PhraseIndex(forms).finditer(text):
        if (s, e) in taken:
            continue
        attrs = {k: v for k, v in c.attrs.items() if k not in ("post_span", "orgs", "posts", "long", "aliases")}
        attrs["same_as"] = c  # the entity of the mention it repeats
        out.append(Candidate(s, e, c.type, c.name, "propagated", round(c.confidence * 0.9, 3),
                             priority=c.priority - 20, attrs=attrs))
    return out


def compute_homes(text: str, articles: list[ArticleInfo], places: list[Candidate]) -> list[Home]:
    """Each article's home jurisdictions: the places it names most, by kind.

    ``市`` points at the most-mentioned city (prefecture or county-level 市), ``区``/``县``
    at the most-mentioned district/county, ``省`` at the province of the home, ``镇`` at the
    most-mentioned town. Articles that name no such place take the page's.
    """
    gaz = Gazetteer.load()
    starts = [a.start for a in articles]
    per_article: list[dict[str, dict[str, float]]] = [dict() for _ in articles]
    page: dict[str, dict[str, float]] = {}

    def add(bucket: dict[str, dict[str, float]], kind: str, code: str, w: float) -> None:
        bucket.setdefault(kind, {}).setdefault(code, 0.0)
        bucket[kind][code] += w

    for c in places:
        code = c.attrs.get("code")
        if not code:
            continue
        d = gaz.get(code)
        if d is None:
            continue
        a = max(bisect_right(starts, c.start) - 1, 0)
        kinds = []
        if d.level in ("city", "county") and d.name.endswith("市"):
            kinds.append("市")
        if d.level == "county" and d.name.endswith("区"):
            kinds.append("区")
        if d.level == "county" and d.name.endswith(("县", "旗")):
            kinds.append("县")
        if d.level == "province":
            kinds.append("省")
        if d.level == "town":
            kinds.append("镇")
        if d.level == "street":
            kinds.append("街道")
        # a county-level 市 is more specific than its prefecture: weigh it up
        w = 1.0 + (0.5 if d.level == "county" else 0.0)
        for k in kinds:
            add(per_article[a], k, code, w)
            add(page, k, code, w)
    # the newspaper's city is a weak vote for 市 (江门日报 → 江门市)
    for i, art in enumerate(articles):
        if art.newspaper:
            stem = art.newspaper[:2]
            for d in gaz.lookup(stem):
                if d.level == "city" and d.short == stem:
                    add(page, "市", d.code, 0.5)
                    break

    def best(bucket: dict[str, dict[str, float]], kind: str) -> Division | None:
        scores = bucket.get(kind)
        if not scores:
            return None
        code = max(sorted(scores), key=lambda c: scores[c])
        return gaz.get(code)

    homes = []
    for i in range(len(articles)):
        b = per_article[i]
        h = Home(
            city=best(b, "市") or best(page, "市"),
            district=best(b, "区") or best(page, "区"),
            county=best(b, "县") or best(page, "县"),
            town=best(b, "镇") or best(page, "镇"),
            street=best(b, "街道") or best(page, "街道"),
        )
        anchor = h.city or h.district or h.county
        if anchor is not None:
            h.province = next((x for x in gaz.ancestors(anchor.code) if x.level == "province"), None)
        h.province = h.province or best(b, "省") or best(page, "省")
        homes.append(h)
    return homes


@functools.lru_cache(maxsize=4)
def load_nlp(statistical: bool = True) -> Language:
    """The kg pipeline; ``statistical=False`` leaves out the trained NER model."""
    nlp = spacy.blank("zh")
    if statistical:
        try:
            from .ner import statistical as _stat  # noqa: F401  (registers the factory)

            nlp.add_pipe("kg_statistical")
        except Exception:  # the model is optional: rules still run without it
            pass
    for name in ("kg_places", "kg_agencies", "kg_people", "kg_programmes", "kg_resolve"):
        nlp.add_pipe(name)
    return nlp
