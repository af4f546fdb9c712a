"""Extraction of one document: clean → articles → spaCy pipeline → entities and relations.

:func:`extract` is the map step of a build: a pure function of the document's text (and
the pipeline version), so its result can be cached and computed in any process.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from bisect import bisect_right

from .articles import page_date, segment
from .clean import Cleaned, clean, split_sentences, windows
from .dates import dates_in_text
from .gazetteer import Gazetteer
from .graph import sketch
from .model import Article, Document, DocResult, Entity, Mention, Relation
from .nlp import ArticleInfo, DocState, load_nlp
from .ner.base import Candidate
from .relations import extract_relations
from .resolve import entity_key

__all__ = ["extract", "extract_text"]

log = logging.getLogger(__name__)

_ALIAS_RE = re.compile(r"^[（(](?:以下)?简称[“\"《]([^”\"》]{2,20})[”\"》][）)]")


def extract_text(text: str, nlp=None, article_hint: tuple[ArticleInfo, ...] | None = None):
    """Run the pipeline over cleaned text; returns the spaCy Doc (``doc._.kg`` holds the state)."""
    nlp = nlp or load_nlp()
    doc = nlp.make_doc(text)
    doc._.kg = DocState(text=text, articles=list(article_hint) if article_hint else [ArticleInfo(0, len(text))])
    return nlp(doc)


#: The most cleaned characters the pipeline takes at once. A longer document (a year of pages
#: in one file, a page without line breaks) goes through in windows cut at article,
#: paragraph or sentence boundaries, so its time and memory grow linearly with its length.
WINDOW = 10_000


def extract(document: Document, nlp=None) -> DocResult:
    """Everything kg finds in one document, with offsets into ``document.text``."""
    cleaned = clean(document.text)
    page, year = _page_date(document, *page_date(cleaned.furniture, cleaned.text))
    if len(cleaned.text) <= WINDOW:
        return _extract(document, cleaned, page, year, nlp, first=True)
    starts = [a.start for a in segment(cleaned, year, page)]
    parts = [_extract(document, cleaned.slice(s, e), page, year, nlp, first=i == 0)
             for i, (s, e) in enumerate(windows(cleaned.text, WINDOW, starts))]
    return _merge(document, parts)


def _page_date(document: Document, page: str, year: int | None) -> tuple[str, int | None]:
    """The date of the document: what its reader found (page metadata, a record's field, a header
    line or sign-off), else the page furniture's; for plain text the furniture's comes first."""
    if document.date and (document.format != "text" or not page):
        return document.date, int(document.date[:4])
    return page, year


def _fact_date(evidence: str, article_date: str, page: str, year: int | None) -> str:
    """The first day date in a fact's evidence (8月8日 with the year of the article or document),
    else the article's date (which falls back to the document's)."""
    reference = article_date if len(article_date) == 10 else page if len(page) == 10 else year
    found = dates_in_text(evidence, reference)
    return found[0][2] if found else article_date


def _extract(document: Document, cleaned: Cleaned, page: str, year: int | None, nlp, first: bool = False) -> DocResult:
    text = cleaned.text
    spans = segment(cleaned, year, page)
    infos = tuple(ArticleInfo(a.start, a.end, a.newspaper, a.reporter_spans) for a in spans)
    doc = extract_text(text, nlp, infos)
    st: DocState = doc._.kg
    gaz = Gazetteer.load()
    starts = [a.start for a in spans]

    def article_of(pos: int) -> int:
        return max(bisect_right(starts, pos) - 1, 0)

    final = list(st.final)
    _explicit_aliases(text, final)
    entities = _printed_aliases(_entities(final, st, gaz, article_of, text), final, cleaned)
    facts = extract_relations(text, final, gaz, article_of)

    articles = []
    for i, a in enumerate(spans):
        os_, oe = cleaned.span(a.start, a.end)
        home = st.homes[i] if i < len(st.homes) else None
        local = home.local() if home else None
        headline = document.headline if first and i == 0 and document.headline else a.headline
        articles.append(Article(document.doc_id, i, os_, oe, headline, a.newspaper, a.reporters, a.date,
                                local.name if local else "", local.code if local else "",
                                sketch(text[a.start : a.end])))
    sentences = split_sentences(text)
    sentence_starts = [a for a, _ in sentences]
    mentions = []
    for c in final:
        if not c.key:
            continue
        s, e = cleaned.span(c.start, c.end)
        attrs = {k: str(v) for k, v in c.attrs.items() if isinstance(v, str) and v and k != "surface"}
        if c.national:
            attrs["national"] = "1"
        i = bisect_right(sentence_starts, c.start) - 1
        if i >= 0 and sentences[i][0] <= c.start < sentences[i][1]:
            attrs["sentence"] = cleaned.as_printed(*sentences[i]).strip()  # the evidence of the mention
        if document.pages:
            attrs["page"] = str(document.page_of(s))
        mentions.append(Mention(document.doc_id, s, e, cleaned.as_printed(c.start, c.end), c.type, c.key, c.method,
                                round(c.confidence, 3), article_of(c.start), tuple(sorted(attrs.items()))))
    relations = []
    for f in facts:
        s, e = f.start, f.end
        for ss, se in sentences:  # widen the evidence to whole sentences, within the article
            if ss <= f.start < se:
                s = min(s, ss)
            if ss < f.end <= se:
                e = max(e, se)
        if not text[s:e].strip():
            continue  # a fact needs a sentence that states it, or it is not stated
        os_, oe = cleaned.span(s, e)
        art = article_of(f.start)
        attrs = dict(f.attrs)
        day = _fact_date(text[s:e], spans[art].date, page, year)
        if day:
            attrs["date"] = day
        if document.pages:
            attrs["page"] = str(document.page_of(os_))
        relations.append(Relation(f.subject, f.predicate, f.object, document.doc_id, os_, oe,
                                  cleaned.as_printed(s, e).strip(),
                                  f.method, round(f.confidence, 3), art,
                                  tuple(sorted((k, str(v)) for k, v in attrs.items() if v))))
    relations.sort(key=lambda r: (r.subject, r.predicate, r.object, r.start))
    return DocResult(document=document, articles=tuple(articles), mentions=tuple(mentions),
                     entities=tuple(entities), relations=tuple(relations))


def _explicit_aliases(text: str, final: list[Candidate]) -> None:
    """X（以下简称“Y”）: Y names X; later bare Y mentions get X's name."""
    for c in final:
        m = _ALIAS_RE.match(text[c.end : c.end + 30])
        if m:
            c.attrs.setdefault("aliases", []).append(m.group(1))


def _printed_aliases(entities: list[Entity], final: list[Candidate], cleaned: Cleaned) -> list[Entity]:
    """Names printed in traditional characters are aliases of their simplified entities (a
    context-only form, 縣委 for 县委, stays context-only)."""
    if cleaned.printed is None:
        return entities
    text = cleaned.text
    printed: dict[str, set[str]] = {}
    for c in final:
        surface = c.attrs.get("surface", "") if c.type == "Programme" else ""
        surface = surface or text[c.start : c.end]
        i = text.find(surface, c.start, c.end + len(surface))
        if c.key and i >= 0 and cleaned.as_printed(i, i + len(surface)) != surface:
            printed.setdefault(c.key, set()).add((surface, cleaned.as_printed(i, i + len(surface))))
    out = []
    for ent in entities:
        pairs = printed.get(ent.key, set())
        context = set(filter(None, (ent.attr("context_aliases") or "").split(";")))
        aliases = set(ent.aliases) | {p for s, p in pairs if s not in context}
        context |= {p for s, p in pairs if s in context}
        attrs = dict(ent.attrs)
        if context:
            attrs["context_aliases"] = ";".join(sorted(context - aliases - {ent.name}))
        out.append(dataclasses.replace(ent, aliases=tuple(sorted(aliases - {ent.name})),
                                       attrs=tuple(sorted((k, v) for k, v in attrs.items() if v))))
    return out


def _entities(final: list[Candidate], st: DocState, gaz: Gazetteer, article_of, text: str) -> list[Entity]:
    """Give each accepted candidate its entity key and collect one Entity per key."""
    found: dict[str, dict] = {}
    for c in final:
        if c.unresolved or c.ner_only:
            continue  # 市委 on a page that names no city; a model span the rules leave to kg ner
        source = c.same_as
        c.key = entity_key(source, st.home_of(source.start)) if source is not None else entity_key(c, st.home_of(c.start))
        if not c.key:
            continue
        rec = found.setdefault(c.key, {"type": c.type, "name": c.name, "aliases": set(), "attrs": {}, "context": set()})
        surface = text[c.start : c.end]
        if c.type == "Programme":
            surface = c.attrs.get("surface", surface)
        context_form = bool(c.attrs.get("abbr_anchor")) or surface in c.attrs.get("context_aliases", ())
        if surface != rec["name"]:
            (rec["context"] if context_form else rec["aliases"]).add(surface)
        for extra in c.attrs.get("aliases", []):
            rec["context" if extra.startswith("《") else "aliases"].add(extra)
        for extra in c.attrs.get("context_aliases", []):
            rec["context"].add(extra)
        if c.attrs.get("long") and c.attrs["long"] != rec["name"]:
            rec["aliases"].add(c.attrs["long"])
        for k in ("code", "level", "parent", "place", "place_code", "role"):
            v = c.attrs.get(k)
            if isinstance(v, str) and v and k not in rec["attrs"]:
                rec["attrs"][k] = v
        if c.national:
            rec["attrs"]["national"] = "1"
        if c.type == "Official":
            for title, org, mod in c.attrs.get("posts", []):
                rec["attrs"].setdefault("titles", set()).add(title)
        if c.type == "Place" and c.attrs.get("code"):
            d = gaz.get(c.attrs["code"])
            if d is not None and d.parent:
                rec["attrs"]["parent"] = d.parent
    # bodies a title implies but the text does not print (代理市长 → 开平市人民政府)
    for c in final:
        for org in c.attrs.get("orgs", []) if c.type == "Official" else []:
            if org.implied:
                org.key = entity_key(org)
                rec = found.setdefault(org.key, {"type": "Agency", "name": org.name, "aliases": set(), "attrs": {},
                                                 "context": set()})
                rec["attrs"].setdefault("place", org.attrs["place"])
                rec["attrs"].setdefault("place_code", org.attrs["place_code"])
                rec["attrs"]["implied"] = "1"
    out = []
    for key, rec in sorted(found.items()):
        attrs = {k: (";".join(sorted(v)) if isinstance(v, set) else v) for k, v in rec["attrs"].items()}
        if rec["context"]:
            attrs["context_aliases"] = ";".join(sorted(rec["context"] - rec["aliases"] - {rec["name"]}))
        out.append(Entity(key, rec["type"], rec["name"], tuple(sorted(rec["aliases"] - {rec["name"]})),
                          tuple(sorted((k, v) for k, v in attrs.items() if v))))
    return out


def _merge(document: Document, parts: list[DocResult]) -> DocResult:
    """One result from the results of consecutive windows of a document."""
    articles: list[Article] = []
    mentions: list[Mention] = []
    relations: list[Relation] = []
    entities: dict[str, Entity] = {}
    for r in parts:
        base = len(articles)
        articles += [dataclasses.replace(a, index=a.index + base) for a in r.articles]
        mentions += [dataclasses.replace(m, article=m.article + base) for m in r.mentions]
        relations += [dataclasses.replace(x, article=x.article + base) for x in r.relations]
        for e in r.entities:
            entities[e.key] = _merge_entity(entities[e.key], e) if e.key in entities else e
    relations.sort(key=lambda r: (r.subject, r.predicate, r.object, r.start))
    return DocResult(document=document, articles=tuple(articles), mentions=tuple(mentions),
                     entities=tuple(entities[k] for k in sorted(entities)), relations=tuple(relations))


def _merge_entity(a: Entity, b: Entity) -> Entity:
    """``a`` with what ``b`` adds: aliases, titles and context forms; other attributes keep a's value."""
    aliases = (set(a.aliases) | set(b.aliases) | {b.name}) - {a.name}
    attrs = dict(a.attrs)
    for k, v in b.attrs:
        if k in ("titles", "context_aliases") and k in attrs:
            attrs[k] = ";".join(sorted(set(attrs[k].split(";")) | set(v.split(";"))))
        else:
            attrs.setdefault(k, v)
    if "context_aliases" in attrs:
        attrs["context_aliases"] = ";".join(sorted(set(attrs["context_aliases"].split(";")) - aliases - {a.name}))
    return Entity(a.key, a.type, a.name, tuple(sorted(aliases)), tuple(sorted((k, v) for k, v in attrs.items() if v)))
