"""The spaCy pipeline: a blank Chinese pipeline with character tokens and kg's components.

Components add :class:`~kg.ner.base.Candidate` objects to ``doc._.kg.candidates``;
``kg_resolve`` settles overlaps in one place and writes the winners to ``doc.spans["kg"]``
(label = type, ``id_`` = canonical name). Character tokens make every rule hit a clean
``doc.char_span``.

>>> nlp = load_nlp()
>>> doc = nlp("开平市委书记陈小曼出席会议。")
>>> [(s.text, s.label_) for s in doc.spans["kg"]]
[('开平市委', 'Agency'), ('开平市', 'Place'), ('陈小曼', 'Official')]
"""
from __future__ import annotations

import functools
import logging
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from .gazetteer import Division, Gazetteer
from .lexicon import common_words, lexicon, lexicon_cache, surnames
from .ner.agencies import Home, agency_finder, home_kinds, model_subunits
from .ner.base import Candidate
from .ner.people import MIN_SURNAME_TF, people_finder
from .ner.places import place_finder
from .ner.programmes import programme_finder
from .ner.resolve import PROPAGATED_DROP, Priority, resolve_candidates
from .resources import collector_paused
from .structure import Structure

__all__ = ["load_nlp", "DocState", "ArticleInfo"]

PIPELINE_VERSION = "1"


@dataclass
class ArticleInfo:
    start: int
    end: int
    newspaper: str = ""
    reporters: tuple = ()  # (name, start, end, role) in doc coordinates


@dataclass
class DocState:
    """What the components share about one document."""

    text: str = ""  # the Doc's text: spaCy rebuilds doc.text from its tokens on every access
    articles: list[ArticleInfo] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    homes: list[Home] = field(default_factory=list)
    final: list[Candidate] = field(default_factory=list)
    #: the layout of the text: notice title, lists (headings and items), sign-off lines (kg.structure)
    structure: Structure = field(default_factory=Structure)

    def article_at(self, pos: int) -> int:
        starts = [a.start for a in self.articles]
        return max(bisect_right(starts, pos) - 1, 0)

    def home_of(self, pos: int) -> Home:
        return self.homes[self.article_at(pos)] if self.homes else Home()

    @property
    def graph_final(self) -> list[Candidate]:
        """The accepted mentions that make the graph: without the model's kg-ner-only spans and
        the abbreviations no jurisdiction resolves."""
        return [c for c in self.final if not c.ner_only and not c.unresolved]

    def of_type(self, *types: str) -> list[Candidate]:
        """The rules' candidates of these types (the model's spans kept for kg ner left out)."""
        return [c for c in self.candidates if c.type in types and not c.ner_only]


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
        st.homes = compute_homes(st.text, st.articles, places, st.structure)
        return doc


@Language.factory("kg_agencies", assigns=["doc._.kg"], requires=["doc._.kg"])
def make_agencies(nlp: Language, name: str):
    return AgenciesComponent()


class AgenciesComponent:
    def __call__(self, doc: Doc) -> Doc:
        st = _state(doc)
        found = agency_finder().find(st.text, st.of_type("Place"), st.home_of)
        model = [c for c in st.candidates if c.method == "model-government"]
        st.candidates += found + model_subunits(st.text, found, model)
        return doc


@Language.factory("kg_people", assigns=["doc._.kg"], requires=["doc._.kg"])
def make_people(nlp: Language, name: str):
    return PeopleComponent()


class PeopleComponent:
    def __call__(self, doc: Doc) -> Doc:
        st = _state(doc)
        # where the model's names end: after a title or a role (院长黄飞) the name need not pass
        # model_person's boundary check, the title or role before it is the boundary
        hint_ends = {c.end for c in st.candidates if c.method == "model-name-checked"}
        role_hints = set()
        model_names = set()
        for c in st.candidates:
            if c.method == "model-name" and c.confidence >= MODEL_PERSON_CONFIDENCE:
                model_names.add((c.start, c.end))
                span = model_person(st.text, c.start, c.end, boundary_before=False)
                if span is not None:
                    role_hints.add(span[1])
        st.candidates += people_finder().find(st.text, st.of_type("Agency"), hint_ends, st.home_of, role_hints,
                                              st.of_type("Place"), model_names)
        for a in st.articles:
            for name, s, e, role in a.reporters:
                st.candidates.append(Candidate(s, e, "Person", name, "byline", 0.9, priority=Priority.BYLINE,
                                               attrs={"role": role}))
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


#: how much a mention of a place votes for the kind of home it is (a county-level 市 is more specific
#: than its prefecture), for the county or city right above it (苍梧县 → 梧州市, 龙圩镇 → 苍梧县), and
#: how much the newspaper's city counts (黄石日报讯)
_HOME_WEIGHT = {"county": 1.5}
_PARENT_VOTE = 0.3
_PAPER_VOTE = 1.0


def compute_homes(text: str, articles: list[ArticleInfo], places: list[Candidate],
                  structure: Structure | None = None) -> list[Home]:
    """Each article's home jurisdictions: the places it names most, by kind.

    ``市`` points at the most-mentioned city (prefecture or county-level 市, or a municipality),
    ``区``/``县`` at the most-mentioned district/county, ``州`` at an autonomous prefecture, ``省``
    at the province of the home, ``镇`` at the most-mentioned town. A county or town also votes,
    less, for the city or county right above it (an article about 苍梧县 has 梧州市 for 市委), and
    the newspaper's city for 市 (黄石日报讯). Articles that name no such place take the page's. The
    places of list items (a notice's villages, ``structure``) weigh a tenth: they say where the list
    reaches, the rest of the text whose it is.
    """
    gaz = Gazetteer.load()
    starts = [a.start for a in articles]
    items = sorted(x for b in (structure.lists if structure else ()) for x in b.items)
    item_starts = [s for s, _ in items]

    def in_item(pos: int) -> bool:
        i = bisect_right(item_starts, pos) - 1
        return i >= 0 and pos < items[i][1]
    per_article: list[dict[str, dict[str, float]]] = [dict() for _ in articles]
    page: dict[str, dict[str, float]] = {}
    printed: dict[str, str] = {}

    def add(a: int, kind: str, code: str, w: float) -> None:
        for bucket in (per_article[a], page):
            bucket.setdefault(kind, {}).setdefault(code, 0.0)
            bucket[kind][code] += w

    for c in places:  # a place printed once with an old level (宁河县, now 宁河区) is that for the page
        if c.attrs.get("printed") and c.attrs.get("code"):
            printed.setdefault(c.attrs["code"], c.attrs["printed"])
    for c in places:
        code = c.attrs.get("code")
        d = gaz.get(code) if code else None
        if d is None:
            continue
        a = max(bisect_right(starts, c.start) - 1, 0)
        w = _HOME_WEIGHT.get(d.level, 1.0) * (ITEM_WEIGHT if in_item(c.start) else 1.0)
        for k in home_kinds(d, printed.get(d.code, "")):
            add(a, k, d.code, w)
        up = gaz.get(d.parent) if d.parent and d.level in ("county", "town", "street") else None
        if up is not None:
            for k in home_kinds(up, printed.get(up.code, "")):
                if k not in ("省", "镇", "街道"):
                    add(a, k, up.code, _PARENT_VOTE * w / _HOME_WEIGHT.get(d.level, 1.0))
    # the newspaper's city (江门日报 → 江门市)
    for i, art in enumerate(articles):
        if art.newspaper:
            stem = art.newspaper[:2]
            for d in gaz.lookup(stem):
                if d.level == "city" and d.short == stem:
                    add(i, "市", d.code, _PAPER_VOTE)
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
            prefecture=best(b, "州") or best(page, "州"),
            printed=printed,
        )
        anchor = h.city or h.district or h.county or h.prefecture
        if anchor is not None:
            h.province = anchor if anchor.level == "province" else \
                next((x for x in gaz.ancestors(anchor.code) if x.level == "province"), None)
        h.province = h.province or best(b, "省") or best(page, "省")
        homes.append(h)
    return homes


#: how much a place named in a list item counts towards the home of its article
ITEM_WEIGHT = 0.1

#: CLUENER labels of the statistical model -> kg types; the others (company, organization,
#: book, game, movie, scene) stay out
MODEL_TYPES = {"name": "Person", "government": "Agency", "address": "Place", "position": "Post"}
#: the least confidence for a name from the model alone to become a Person in the graph
MODEL_PERSON_CONFIDENCE = 0.5


@Language.factory("kg_statistical", assigns=["doc._.kg"])
def make_statistical(nlp: Language, name: str):
    return StatisticalComponent()


class StatisticalComponent:
    """The CRF trained on CLUENER2020 (kg/models/ner): candidates of the lowest priority.

    Its names become people when no rule says otherwise, and tell the rules where a name
    ends; its agencies, addresses and titles serve ``kg ner`` only (``ner_only``): in the
    graph, the rules name those with their canonical forms.
    """

    def __init__(self) -> None:
        from .ner.statistical import StatisticalNER

        self.model = StatisticalNER.load()

    def __call__(self, doc: Doc) -> Doc:
        return self._add(doc, self.model.predict([_state(doc).text])[0])

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The docs of each batch decoded together (``nlp.pipe``): the model's cost per step is
        then paid once for the batch, not once for each short text."""
        for batch in minibatch(docs, batch_size):
            found = self.model.predict([_state(doc).text for doc in batch])
            for doc, spans in zip(batch, found):
                yield self._add(doc, spans)

    def _add(self, doc: Doc, found) -> Doc:
        st = _state(doc)
        text = st.text
        for s, e, label, conf in found:
            typ = MODEL_TYPES.get(label)
            if typ is None:
                continue
            attrs = {"label": label}
            st.candidates.append(Candidate(s, e, typ, text[s:e], f"model-{label}", float(conf), priority=Priority.MODEL,
                                           attrs=dict(attrs), ner_only=True))
            if typ == "Person" and conf >= MODEL_PERSON_CONFIDENCE:
                span = model_person(text, s, e)
                if span is not None:
                    st.candidates.append(Candidate(span[0], span[1], "Person", text[span[0] : span[1]],
                                                   "model-name-checked", float(conf), priority=Priority.MODEL_NAME, attrs=attrs))
        return doc


@lexicon_cache
def _name_vocabulary():
    """What may stand before and after a name, from the lexicon (seeds/lexicons/people.jsonl, titles.jsonl):
    the characters a name may follow, an anonymised form, what ends a name (punctuation, words
    such as 出席, titles that may follow a name: 陈伟市长带队)."""
    lex = lexicon()
    return (lex.chars("NameStart"), lex.regex(r"^{AnonymousForm}"), lex.chars("NameBoundary"),
            lex.words("AfterName"), lex.words("Post", "after_name"), lex.chars("PlaceNameEnd"))


def model_person(text: str, s: int, e: int, boundary_before: bool = True) -> tuple[int, int] | None:
    """The model's name span if the graph may take it alone, repaired at its end, else None.

    The name must have a known surname, not be a common word, an anonymised form
    (吴婆婆) or end like a place's name (丁村), and stand between word boundaries (``boundary_before=False``: a title or a role
    before it is the boundary, 校长高松); a three-character span whose third
    character starts a verb (张良牵头) is cut to two.
    """
    name_start, anonymous, boundary, after_name, titles_after, place_ends = _name_vocabulary()
    prev = text[s - 1] if s else "\n"
    if boundary_before and "\u4e00" <= prev <= "\u9fff" and prev not in name_start:
        return None
    sn = surnames()
    for end in (e, e - 1) if e - s == 3 else (e,):
        name = text[s:end]
        if not (2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name)):
            continue
        if name in common_words() or anonymous.search(name[1:]) or name[-1] in place_ends:
            continue  # 丁村、王营等村: a place's name is no person's
        if max(sn.get(name[0], 0), sn.get(name[:2], 0)) < MIN_SURNAME_TF:
            continue
        after = text[end : end + 2]
        if not after or after[0] in boundary or after.startswith(after_name) or text.startswith(titles_after, end):
            return s, end
    return None


@functools.lru_cache(maxsize=4)
def load_nlp(statistical: bool = True) -> Language:
    """The kg pipeline; ``statistical=False`` leaves out the trained NER model.

    Without its model file the pipeline still runs on rules and gazetteers (a warning says so).
    """
    with collector_paused():
        nlp = spacy.blank("zh")
        if statistical:
            from .errors import ModelError

            try:
                nlp.add_pipe("kg_statistical")
            except ModelError as exc:
                logging.getLogger(__name__).warning("statistical NER off: %s", exc)
        for name in ("kg_places", "kg_agencies", "kg_people", "kg_programmes", "kg_resolve"):
            nlp.add_pipe(name)
        nlp(nlp.make_doc(_WARM_TEXT))  # the gazetteer and the tables the components build when first used
    return nlp


#: A sentence that makes every component build its tables (place names, titles, surnames, ...).
_WARM_TEXT = "开平市委书记陈小曼出席会议。"
