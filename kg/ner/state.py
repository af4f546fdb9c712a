"""What the pipeline's components share about one document (``doc._.kg``)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..structure import Structure
from .base import Candidate
from .jurisdiction import Home

__all__ = ["ArticleInfo", "DocState", "doc_state"]


@dataclass
class ArticleInfo:
    start: int
    end: int
    newspaper: str = ""
    reporters: tuple = ()  # (name, start, end, role) in doc coordinates
    dateline_place: str = ""  # the place of an item's dateline on a page of short news (洞口 of 洞口融媒讯)
    dateline_at: int = -1  # where that place starts


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


#: where spaCy keeps ``doc._.kg``: read there directly, each ``doc._`` makes an accessor object
_KEY = ("._.", "kg", None, None)


def doc_state(doc: Doc) -> DocState:
    """``doc._.kg``, made (with the Doc's text as one article) when the Doc has none."""
    st = doc.user_data.get(_KEY)
    if st is None:
        text = doc.text
        doc._.kg = st = DocState(text=text, articles=[ArticleInfo(0, len(text))])
    elif not st.text:
        st.text = doc.text
    return st
