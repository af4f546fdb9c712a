"""Small immutable records passed between the stages of kg.

Offsets in :class:`Mention`, :class:`Relation` and :class:`Article` always refer to
character positions in :attr:`Document.text`, the decoded source file, so that every
fact can be traced back to the bytes it came from.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from .records import quick_init

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Document",
    "Article",
    "Sentence",
    "ItemList",
    "Mention",
    "Entity",
    "Relation",
    "DocResult",
]

#: The classes of the graph contract (see ontology/kg.ttl).
ENTITY_TYPES = ("Official", "Person", "Agency", "Place", "Programme")
#: The typed relations of the graph contract.
RELATION_TYPES = (
    "holdsPost",
    "partOf",
    "locatedIn",
    "subOrganizationOf",
    "implements",
    "participatesIn",
)

Attrs = tuple[tuple[str, str], ...]


def _attr(attrs: Attrs, key: str, default: str | None = None) -> str | None:
    for k, v in attrs:
        if k == key:
            return v
    return default


@quick_init
@dataclass(frozen=True, slots=True)
class Document:
    """A source file (or one record of a records file) as its reader gives it: the text it
    extracted and what the file says about it. Every offset points into :attr:`text`."""

    doc_id: str  # stable id: the path relative to the input root, "<stdin>", or a record's URL or content hash
    path: str  # the path as given on the command line (a record's: path:line)
    text: str  # the decoded (or extracted) text; every offset points into it
    encoding: str
    sha256: str  # of the raw bytes (a record's: of its fields), the cache key of a plain text document
    format: str = "text"  # the reader: text, html, pdf, docx, jsonl, csv
    headline: str = ""  # the headline the source states (a page's title, a record's title field)
    date: str = ""  # ISO 8601 publication date, when the source states one
    source: str = ""  # the publisher or source named (来源：江门日报)
    url: str = ""  # the address of the page (canonical link, og:url, a record's url field)
    author: str = ""
    pages: tuple[int, ...] = ()  # PDF: the offset in text where each page starts
    key: str = ""  # the cache key when it is not sha256 (see content_key)

    @property
    def cache_key(self) -> str:
        """The key of the document's extraction in the cache."""
        return self.key or self.sha256

    def content_key(self) -> str:
        """A hash of what extraction depends on when a reader extracted the text: the text and the
        metadata (a new version of the reader's library may change them for the same bytes)."""
        parts = (self.sha256, self.format, self.text, self.headline, self.date, self.source, self.url, self.author,
                 ",".join(map(str, self.pages)))
        return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def page_of(self, offset: int) -> int:
        """The 1-based page of a PDF offset; 0 for other documents."""
        if not self.pages:
            return 0
        return max(bisect_right(self.pages, offset), 1)

    def metadata(self) -> dict[str, str | int]:
        """The non-empty metadata fields (the format only when it is not plain text)."""
        out = {k: getattr(self, k) for k in ("headline", "date", "source", "url", "author") if getattr(self, k)}
        if self.format != "text":
            out["format"] = self.format
        if self.pages:
            out["pages"] = len(self.pages)
        return out


@quick_init
@dataclass(frozen=True, slots=True)
class Article:
    """One article of a newspaper page, with what the page says about it."""

    doc_id: str
    index: int
    start: int
    end: int
    headline: str = ""
    newspaper: str = ""
    reporters: tuple[str, ...] = ()
    date: str = ""  # ISO 8601 (YYYY-MM-DD or YYYY-MM) when the page states it
    place: str = ""  # canonical name of the home jurisdiction (开平市; a notice's: its issuer's)
    place_code: str = ""  # its division code
    sketch: tuple[int, ...] = ()  # bottom-k hashes of the text's shingles: near-duplicate detection
    issuers: tuple[str, ...] = ()  # entity keys of the bodies that sign it (a notice's sign-off line)


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """An evidence unit: a sentence, a list item or a line, or a clause of a long sentence, never
    longer than a bound (see :func:`kg.clean.split_units`). Stored once per document; mentions
    and relations point at it by index into :attr:`DocResult.sentences`."""

    start: int  # offsets in Document.text
    end: int
    text: str  # the cleaned text
    article: int = 0
    kind: str = ""  # "" (a sentence or clause), item, title, heading, signoff
    list: int = -1  # for an item: the index of its list in DocResult.lists
    runon: bool = False  # cut at a fixed width inside text without clause marks


@quick_init
@dataclass(frozen=True, slots=True)
class ItemList:
    """A list of a document (item lines under a heading) and what it is about: the mentions of
    its heading, of the document's title and of its issuer, by their offsets in Document.text."""

    start: int
    end: int
    items: int  # how many items
    about: tuple[tuple[int, int], ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names an entity."""

    doc_id: str
    start: int
    end: int
    text: str  # the cleaned surface form, in the script it was printed in (劉劍; the entity's name is 刘剑)
    type: str  # one of ENTITY_TYPES, or "Post" for a post title
    key: str  # the entity this mention resolves to (see Entity.key)
    method: str  # the rule or model that found it
    confidence: float
    article: int = 0
    attrs: Attrs = ()
    sentence: int = -1  # index of its evidence unit in DocResult.sentences
    top: int = -1  # the outermost name it is part of, numbered within its sentence
    enum: int = 0  # >0: the enumeration (A、B和C) its outermost name is a member of, within its sentence
    national: bool = False  # it names a national body (国务院)

    def attr(self, key: str, default: str | None = None) -> str | None:
        return _attr(self.attrs, key, default)


@quick_init
@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world entity as one document sees it; the graph merges them by key."""

    key: str  # stable identifier, e.g. "Place/440783" or "Agency/开平市医疗保障局"
    type: str
    name: str  # canonical name
    aliases: tuple[str, ...] = ()  # other surface forms, sorted
    attrs: Attrs = ()  # level, code, parent, place, place_code, role
    titles: tuple[str, ...] = ()  # an official's titles, sorted
    context_aliases: tuple[str, ...] = ()  # forms that name it only in context (市委, 该局), sorted
    national: bool = False  # a national body (国务院)
    implied: bool = False  # a body a title implies, never printed (市长 → 开平市人民政府)

    def attr(self, key: str, default: str | None = None) -> str | None:
        return _attr(self.attrs, key, default)


@quick_init
@dataclass(frozen=True, slots=True)
class Relation:
    """A typed fact between two entities, with its evidence."""

    subject: str  # Entity.key
    predicate: str  # one of RELATION_TYPES (or "coOccursWith")
    object: str  # Entity.key
    doc_id: str
    start: int  # offsets in Document.text of what states it
    end: int
    sentences: tuple[int, ...]  # its evidence: indices into DocResult.sentences
    method: str
    confidence: float
    article: int = 0
    attrs: Attrs = ()  # title, qualifier, date ...

    def attr(self, key: str, default: str | None = None) -> str | None:
        return _attr(self.attrs, key, default)


@quick_init
@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything extracted from one document: the unit of caching and of the map step."""

    document: Document
    articles: tuple[Article, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    sentences: tuple[Sentence, ...] = ()
    lists: tuple[ItemList, ...] = ()
