"""Extraction of one document: clean → articles → spaCy pipeline → entities and relations.

:func:`extract` is the map step of a build: a pure function of the document's text (and
the pipeline version), so its result can be cached and computed in any process.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from bisect import bisect_left, bisect_right
from contextlib import AbstractContextManager, nullcontext
from typing import Callable, Iterable, Iterator

from .articles import page_date, segment
from .clean import Cleaned, clean, split_sentences, split_units, windows
from .dates import dates_in_text
from .deferred import attach_spacy_cli
from .gazetteer import Gazetteer
from .identity.entities import document_entities, merge_entities
from .lexicon import lexicon, lexicon_cache
from .model import Article, Document, DocResult, Entity, ItemList, Mention, Relation, Sentence
from .ner.base import Candidate
from .ner.state import ArticleInfo, DocState
from .nlp import extract_text, load_nlp, pipe_states, state_doc
from .relations import extract_relations
from .sketch import sketch
from .spans import outermost
from .structure import Structure, document_structure

__all__ = ["extract", "extract_many", "extract_text"]

attach_spacy_cli()  # spaCy is imported: spacy.cli names the stand-in where its command line is deferred (kg.cli)

log = logging.getLogger(__name__)



#: The most cleaned characters the pipeline takes at once. A longer document (a year of pages
#: in one file, a page without line breaks) goes through in windows cut at article,
#: paragraph or sentence boundaries, so its time and memory grow linearly with its length.
WINDOW = 10_000


def extract(document: Document, nlp=None, *, timer: Callable[[str], AbstractContextManager] | None = None) -> DocResult:
    """Everything kg finds in one document, with offsets into ``document.text``.

    ``timer(stage)``, when given, is entered around cleaning, the page's date and the articles
    (``clean``) and each step of the pipeline (:func:`kg.nlp.extract_text`): how ``kg bench``
    times the stages; what is left of the time is the relations and the records.
    """
    timer = timer or _untimed
    with timer("clean"):
        cleaned = clean(document.text)
        page, year = _page_date(document, *page_date(cleaned.furniture, cleaned.text))
    if len(cleaned.text) <= WINDOW:
        return _about(_extract(document, cleaned, page, year, nlp, first=True, timer=timer))
    return _extract_long(document, cleaned, page, year, nlp, timer)


def _extract_long(document: Document, cleaned: Cleaned, page: str, year: int | None, nlp,
                  timer: Callable[[str], AbstractContextManager] | None = None) -> DocResult:
    """A document longer than :data:`WINDOW`, one window at a time."""
    timer = timer or _untimed
    with timer("clean"):
        starts = [a.start for a in segment(cleaned, year, page)]
    parts = (_extract(document, cleaned.slice(s, e), page, year, nlp, first=i == 0, timer=timer)  # one window at a time
             for i, (s, e) in enumerate(windows(cleaned.text, WINDOW, starts)))
    return _about(_merge(document, parts))


#: Documents the pipeline takes at once in :func:`extract_many` (and at most :data:`BATCH_CHARS`
#: characters): the statistical model decodes a batch in one pass, whose cost per step is paid
#: once for the batch, not once for each short document.
BATCH_DOCS = 64
BATCH_CHARS = 60_000


def extract_many(documents: Iterable[Document | tuple[Document, Cleaned]], nlp=None) -> Iterator[DocResult]:
    """:func:`extract` of each document, in order, the same results, with the pipeline run over
    batches of documents (``nlp.pipe``): much faster on many short documents. A document may come
    with its text cleaned already (``(document, clean(document.text))``: the build process cleans
    what it reads while the workers start, :func:`kg.engine.clean_batch`).

    >>> from kg.model import Document
    >>> docs = [Document(f"{i}.txt", "", t, "utf-8", "") for i, t in enumerate(["开平市委书记陈小曼出席会议。", "台山市"])]
    >>> [[e.name for e in r.entities] for r in extract_many(docs)]
    [['中共开平市委员会', '陈小曼', '开平市'], ['台山市']]
    """
    nlp = nlp or load_nlp()
    batch: list[tuple[Document, Cleaned, str, int | None]] = []
    size = 0
    for document in documents:
        document, cleaned = document if type(document) is tuple else (document, clean(document.text))
        page, year = _page_date(document, *page_date(cleaned.furniture, cleaned.text))
        batch.append((document, cleaned, page, year))
        size += len(cleaned.text)
        if len(batch) >= BATCH_DOCS or size >= BATCH_CHARS:
            yield from _extract_batch(batch, nlp)
            batch, size = [], 0
    if batch:
        yield from _extract_batch(batch, nlp)


def _extract_batch(batch: list[tuple[Document, Cleaned, str, int | None]], nlp) -> list[DocResult]:
    short = [(d, c, page, year, *_prepare(c, page, year)) for d, c, page, year in batch if len(c.text) <= WINDOW]
    done = iter([_about(_finish(d, c, page, year, spans, st, True))
                 for (d, c, page, year, spans, _), st in zip(short, _pipe(nlp, [x[5] for x in short]))])
    return [next(done) if len(c.text) <= WINDOW else _extract_long(d, c, page, year, nlp) for d, c, page, year in batch]


def _pipe(nlp, states: list[DocState]) -> Iterable[DocState]:
    """The pipeline over prepared states, batched where the pipeline can: a result is made from the
    states alone, so kg's components go over them without spaCy Docs (:func:`kg.nlp.pipe_states`)."""
    if hasattr(nlp, "pipeline"):
        return pipe_states(nlp, states)
    docs = [state_doc(nlp, st) for st in states]
    return (nlp(d)._.kg for d in docs)


def _about(r: DocResult) -> DocResult:
    """Each list is about its heading (already in ``about``), the document's title and the bodies
    that sign it: the names in the units of those kinds, wherever their window was."""
    if not r.lists:
        return r
    whole = tuple((m.start, m.end) for m in _about_names(
        [m for m in r.mentions if m.sentence >= 0 and r.sentences[m.sentence].kind in ("title", "signoff")]))
    lists = tuple(dataclasses.replace(x, about=tuple(dict.fromkeys(x.about + whole))) for x in r.lists)
    return dataclasses.replace(r, lists=lists)


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


def _untimed(stage: str) -> AbstractContextManager:
    return nullcontext()


def _extract(document: Document, cleaned: Cleaned, page: str, year: int | None, nlp, first: bool = False,
             timer: Callable[[str], AbstractContextManager] = _untimed) -> DocResult:
    text = cleaned.text
    with timer("clean"):
        spans = segment(cleaned, year, page)
    infos = tuple(ArticleInfo(a.start, a.end, a.newspaper, a.reporter_spans, a.dateline_place, a.dateline_at) for a in spans)
    doc = extract_text(text, nlp, infos, document_structure(cleaned.paragraphs, text),
                       timer=None if timer is _untimed else timer)
    return _finish(document, cleaned, page, year, spans, doc._.kg, first)


def _prepare(cleaned: Cleaned, page: str, year: int | None):
    """The articles of cleaned text and the state the pipeline's components start from (as
    :func:`kg.nlp.extract_text` makes it), for a batch of documents (:func:`extract_many`)."""
    text = cleaned.text
    spans = segment(cleaned, year, page)
    infos = [ArticleInfo(a.start, a.end, a.newspaper, a.reporter_spans, a.dateline_place, a.dateline_at) for a in spans]
    return spans, DocState(text=text, articles=infos or [ArticleInfo(0, len(text))],
                           structure=document_structure(cleaned.paragraphs, text))


def _finish(document: Document, cleaned: Cleaned, page: str, year: int | None, spans, st: DocState,
            first: bool) -> DocResult:
    """The result of one document (or window) from the state the pipeline has been over."""
    text = cleaned.text
    gaz = Gazetteer.load()
    starts = [a.start for a in spans]

    def article_of(pos: int) -> int:
        i = bisect_right(starts, pos) - 1
        return i if i > 0 else 0

    final = list(st.final)
    _explicit_aliases(text, final)
    _second_names(text, final)
    entities = _printed_aliases(document_entities(final, st.home_of, gaz, text), final, cleaned)
    keyed = [c for c in final if c.key]
    protected = _inside_names(len(text), keyed)
    whole = split_sentences(text)  # cut at two widths: for the relation rules and into evidence units
    sentences = [(a, b) for a, b, _ in split_units(text, RELATION_SENTENCE, protected, whole)]
    facts = extract_relations(text, final, gaz, article_of, sentences, st.structure.signoff)

    structure = st.structure
    issuers = _issuers(keyed, structure)
    articles = []
    for i, a in enumerate(spans):
        os_, oe = cleaned.span(a.start, a.end)
        home = st.homes[i] if i < len(st.homes) else None
        local = home.local() if home else None
        place, code = (local.name, local.code) if local else ("", "")
        signed = [c for c in issuers if article_of(c.start) == i]
        if signed and signed[0].body.place_code:  # a notice's home is its issuer's, not its first item's
            place, code = signed[0].body.place, signed[0].body.place_code
        headline = document.headline if first and i == 0 and document.headline else a.headline
        articles.append(Article(document.doc_id, i, os_, oe, headline, a.newspaper, a.reporters, a.date,
                                place, code, sketch(text[a.start : a.end]),
                                tuple(dict.fromkeys(c.key for c in signed))))

    units, unit_of = _units(text, cleaned, structure, protected, article_of, whole)
    lists = tuple(ItemList(*cleaned.span(b.start, b.end), len(b.items),
                           tuple(cleaned.span(c.start, c.end) for c in _about_names(keyed)
                                 if b.heading and b.heading[0] <= c.start and c.end <= b.heading[1]))
                  for b in structure.lists)
    tops = _enumerations(text, keyed, unit_of)
    mentions = []
    for c in keyed:
        s, e = cleaned.span(c.start, c.end)
        attrs = c.details()
        attrs.pop("surface", None)
        if document.pages:
            attrs["page"] = str(document.page_of(s))
        top, enum = tops.get(id(c), (-1, 0))
        mentions.append(Mention(document.doc_id, s, e, cleaned.as_printed(c.start, c.end), c.type, c.key, c.method,
                                round(c.confidence, 3), article_of(c.start), tuple(sorted(attrs.items())),
                                unit_of(c.start), top, enum, c.national))
    unit_starts = [u[0] for u in units]
    unit_ends = [u[1] for u in units]
    sentence_ends = [b for _, b in sentences]
    relations = []
    fact_dates: dict[tuple[int, int, int], str] = {}  # many facts are stated by one sentence
    for f in facts:
        first_unit = bisect_right(unit_ends, f.start)
        last_unit = max(bisect_left(unit_starts, f.end) - 1, first_unit)
        if first_unit >= len(units):
            continue  # a fact needs a sentence that states it, or it is not stated
        s, e = units[first_unit][0], max(units[last_unit][1], units[first_unit][1])
        os_, oe = cleaned.span(s, e)
        art = article_of(f.start)
        attrs = f.post.details() if f.post is not None else {}
        # dated by the whole sentence (a long one is cut into several evidence units)
        i, j = bisect_right(sentence_ends, f.start), bisect_right(sentence_ends, max(f.end - 1, f.start))
        said_at = (sentences[i][0], sentences[min(j, len(sentences) - 1)][1]) if i < len(sentences) else (s, e)
        day = fact_dates.get((*said_at, art))
        if day is None:
            day = fact_dates[(*said_at, art)] = _fact_date(text[said_at[0] : said_at[1]], spans[art].date, page, year)
        if day:
            attrs["date"] = day
        if document.pages:
            attrs["page"] = str(document.page_of(os_))
        relations.append(Relation(f.subject, f.predicate, f.object, document.doc_id, os_, oe,
                                  tuple(range(first_unit, last_unit + 1)), f.method, round(f.confidence, 3), art,
                                  tuple(sorted((k, str(v)) for k, v in attrs.items() if v))))
    relations.sort(key=lambda r: (r.subject, r.predicate, r.object, r.start))
    sentence_records = tuple(Sentence(*cleaned.span(a, b), cleaned.as_printed(a, b), article_of(a), kind, lst, runon)
                             for a, b, kind, lst, runon in units)
    return DocResult(document=document, articles=tuple(articles), mentions=tuple(mentions),
                     entities=tuple(entities), relations=tuple(relations), sentences=sentence_records, lists=lists)


#: the most characters of an evidence unit: a longer sentence is cut at clause marks, then at this
#: width (kg.clean.split_units); 99 % of the sentences of the seeds and dev texts are shorter
EVIDENCE_UNIT = 200
#: the most characters of a sentence the relation rules read at once (every sentence of the seeds and
#: dev texts is shorter): a line without punctuation goes through in pieces of this size
RELATION_SENTENCE = 500


def _inside_names(n: int, mentions: list[Candidate]) -> bytearray:
    """``out[i]`` is 1 where a cut before character ``i`` would fall inside a mention."""
    out = bytearray(n + 1)
    for c in mentions:
        if c.end - c.start > 1:
            out[c.start + 1 : c.end] = b"\x01" * (c.end - c.start - 1)
    return out


def _about_names(mentions: list) -> list:
    """What a list can be about among the mentions of its heading, title or sign-off: the bodies,
    programmes and people named there, outermost (广东省农业农村厅, not its 广东省). A place there
    only says where the list reaches (广东省…示范村名单), which its items' own places say too."""
    return [c for c in outermost(mentions) if c.type != "Place"]


def _issuers(mentions: list[Candidate], structure: Structure) -> list[Candidate]:
    """The bodies that sign a notice: the outermost agencies of its sign-off lines, in order."""
    signed = [c for c in mentions if c.type == "Agency"
              and any(s <= c.start and c.end <= e for s, e in structure.signoff)]
    return sorted(outermost(signed), key=lambda c: c.start)


def _units(text: str, cleaned: Cleaned, structure: Structure, protected: bytearray, article_of,
           sentences: list[tuple[int, int]] | None = None):
    """The evidence units of the text, ``(start, end, kind, list, runon)`` without surrounding
    spaces, and a function from a position to the index of its unit (-1 outside every unit)."""
    marks = [(s, e, "item", li) for li, b in enumerate(structure.lists) for s, e in b.items]
    marks += [(b.heading[0], b.heading[1], "heading", -1) for b in structure.lists if b.heading]
    marks += [(s, e, "signoff", -1) for s, e in structure.signoff]
    if structure.title:
        marks.append((structure.title[0], structure.title[1], "title", -1))
    marks.sort()
    mark_starts = [m[0] for m in marks]
    units = []
    for a, b, runon in split_units(text, EVIDENCE_UNIT, protected, sentences):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        k = bisect_right(mark_starts, a) - 1
        kind, lst = ("", -1)
        if k >= 0 and marks[k][0] <= a < marks[k][1]:
            kind, lst = marks[k][2], marks[k][3]
        units.append((a, b, kind, lst, runon))
    starts = [u[0] for u in units]

    def unit_of(pos: int) -> int:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < units[i][1] else -1

    return units, unit_of


def _enumerations(text: str, mentions: list[Candidate], unit_of) -> dict[int, tuple[int, int]]:
    """For each mention (by id): the name it is part of, numbered within its unit, and the
    enumeration that name is a member of (0: none).

    A name is an outermost mention with what it holds (开平市医疗保障局 and its 开平市), and places
    written side by side are one address (开平市水口镇): the relation rules relate their parts
    (locatedIn, partOf), co-occurrence does not. Members of one enumeration are names joined by
    enumeration marks (开平市、台山市和恩平市)."""
    marks, last = _enumeration_marks()
    by_unit: dict[int, list[Candidate]] = {}
    for c in mentions:
        by_unit.setdefault(unit_of(c.start), []).append(c)
    out: dict[int, tuple[int, int]] = {}
    for unit, cs in by_unit.items():
        if unit < 0:
            continue
        tops = sorted(outermost(cs), key=lambda c: (c.start, -c.end))
        name = [0] * len(tops)  # the name each outermost mention belongs to
        for i in range(1, len(tops)):
            address = tops[i - 1].type == tops[i].type == "Place" and text[tops[i - 1].end : tops[i].start] in ("", " ")
            name[i] = name[i - 1] + (0 if address else 1)
        enum = [0] * len(tops)
        group, joined_by_mark = 0, False
        for i in range(1, len(tops)):
            if name[i] == name[i - 1]:
                enum[i] = enum[i - 1]
                continue
            gap = text[tops[i - 1].end : tops[i].start]
            if gap in marks or (joined_by_mark and gap in last):
                if not enum[i - 1]:
                    group += 1
                    k = i - 1
                    while k >= 0 and name[k] == name[i - 1]:
                        enum[k] = group
                        k -= 1
                enum[i] = enum[i - 1]
                joined_by_mark = gap in marks or joined_by_mark
            else:
                joined_by_mark = False
        starts = [t.start for t in tops]
        for c in cs:
            i = bisect_right(starts, c.start) - 1
            while i > 0 and not (tops[i].start <= c.start and c.end <= tops[i].end):
                i -= 1
            i = max(i, 0)
            out[id(c)] = (name[i], enum[i]) if tops else (0, 0)
    return out


#: the brackets an alias note opens with
_ALIAS_OPEN = ("（", "(")


@lexicon_cache
def _alias_note() -> re.Pattern:
    """X（以下简称“Y”）: the bracket that gives a name its short form (AliasLead, AliasCue in structure.jsonl)."""
    return lexicon().regex(r"^[" + "".join(_ALIAS_OPEN) + r"](?:{AliasLead})?(?:{AliasCue})[“\"《]([^”\"》]{2,20})[”\"》][）)]")


@lexicon_cache
def _enumeration_marks() -> tuple[frozenset[str], frozenset[str]]:
    """What joins the members of an enumeration (、), and what may join its last member (和, 及)."""
    lex = lexicon()
    return frozenset(lex.words("EnumerationMark")), frozenset(lex.words("EnumerationLast"))


@lexicon_cache
def _second_name_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What stands between a body and the second body whose sign it hangs (加挂), and what follows that one (的牌子)."""
    lex = lexicon()
    return tuple(lex.words("SecondNameLead", longest_first=True)), tuple(lex.words("SecondNameTail", longest_first=True))


def _second_names(text: str, final: list[Candidate]) -> None:
    """X加挂Y的牌子 (成都铁路运输检察院加挂四川省第一地区人民检察院的牌子): one body with two names; every mention of X
    or Y is a mention of the body named first in the text by either."""
    leads, tails = _second_name_marks()
    bodies = sorted((c for c in final if c.type == "Agency"), key=lambda c: c.start)
    for c in bodies:
        lead = next((w for w in leads if text.startswith(w, c.end)), None)
        if lead is None:
            continue
        d = next((x for x in bodies if x.start == c.end + len(lead) and x.name != c.name), None)
        if d is None or not text.startswith(tails, d.end):
            continue
        names = {c.name, d.name}
        same = [x for x in bodies if x.name in names]
        first = same[0]
        for x in same[1:]:
            if x.same_as is None or x.same_as.name in names:
                x.same_as = first


def _explicit_aliases(text: str, final: list[Candidate]) -> None:
    """X（以下简称“Y”）, X（下称《Y》）: Y names X; later bare Y mentions get X's name, and a name of the same type
    read from Y itself (《个贷办法》 after 《个人贷款管理暂行办法》（下称《个贷办法》）) is a mention of X, not a second entity."""
    for c in final:
        if not text.startswith(_ALIAS_OPEN, c.end):
            continue  # the note opens with its bracket: most names are followed by none
        m = _alias_note().match(text[c.end : c.end + 30])
        if m:
            c.aliases += (m.group(1),)
            short = {m.group(1), f"《{m.group(1)}》"}
            for d in final:
                if d is not c and d.type == c.type and d.start >= c.end and d.name in short and d.same_as is None:
                    d.same_as = c.same_as or c


def _printed_aliases(entities: list[Entity], final: list[Candidate], cleaned: Cleaned) -> list[Entity]:
    """Names printed in traditional characters are aliases of their simplified entities (a
    context-only form, 縣委 for 县委, stays context-only)."""
    if cleaned.printed is None:
        return entities
    text = cleaned.text
    printed: dict[str, set[str]] = {}
    for c in final:
        surface = c.programme.surface if c.type == "Programme" else ""
        surface = surface or text[c.start : c.end]
        i = text.find(surface, c.start, c.end + len(surface))
        if c.key and i >= 0 and cleaned.as_printed(i, i + len(surface)) != surface:
            printed.setdefault(c.key, set()).add((surface, cleaned.as_printed(i, i + len(surface))))
    out = []
    for ent in entities:
        pairs = printed.get(ent.key, set())
        context = set(ent.context_aliases)
        aliases = set(ent.aliases) | {p for s, p in pairs if s not in context}
        context |= {p for s, p in pairs if s in context}
        out.append(dataclasses.replace(ent, aliases=tuple(sorted(aliases - {ent.name})),
                                       context_aliases=tuple(sorted(context - aliases - {ent.name}))))
    return out


def _merge(document: Document, parts: Iterable[DocResult]) -> DocResult:
    """One result from the results of consecutive windows of a document."""
    articles: list[Article] = []
    mentions: list[Mention] = []
    relations: list[Relation] = []
    sentences: list[Sentence] = []
    lists: list[ItemList] = []
    entities: dict[str, Entity] = {}
    for r in parts:
        base, units, lbase = len(articles), len(sentences), len(lists)
        articles += [dataclasses.replace(a, index=a.index + base) for a in r.articles]
        mentions += [dataclasses.replace(m, article=m.article + base, sentence=m.sentence + units if m.sentence >= 0 else -1)
                     for m in r.mentions]
        relations += [dataclasses.replace(x, article=x.article + base, sentences=tuple(i + units for i in x.sentences))
                      for x in r.relations]
        sentences += [dataclasses.replace(u, article=u.article + base, list=u.list + lbase if u.list >= 0 else -1)
                      for u in r.sentences]
        lists += r.lists
        for e in r.entities:
            entities[e.key] = merge_entities(entities[e.key], e) if e.key in entities else e
    relations.sort(key=lambda r: (r.subject, r.predicate, r.object, r.start))
    return DocResult(document=document, articles=tuple(articles), mentions=tuple(mentions),
                     entities=tuple(entities[k] for k in sorted(entities)), relations=tuple(relations),
                     sentences=tuple(sentences), lists=tuple(lists))
