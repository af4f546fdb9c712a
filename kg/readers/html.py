"""A saved web page: its main text without navigation, headers and footers, with its metadata.

The main text comes from trafilatura (tables of layout and metadata left out: on government
pages they hold navigation and index cards, not the article; its fast mode, without the fallback
extractors). The headline, date, source and
author are taken, in this order, from the page's meta tags (``ArticleTitle``, ``PubDate``,
``ContentSource`` of Chinese government sites, Open Graph), the header line under the headline
(``发布时间：2025-08-09 10:23 来源：江门日报``, read by :func:`kg.dates.header`), and trafilatura's
own metadata (htmldate for the date). The URL is the canonical link or ``og:url``.

The text is the headline, a blank line, and the paragraphs of the main text separated by blank
lines; every offset of a later stage points into it.
"""
from __future__ import annotations

import hashlib
import logging
import re

from ..dates import cue_words, header, record_date
from ..errors import InputError
from ..model import Document
from . import ReadOptions, finish

__all__ = ["read", "html_to_text"]

log = logging.getLogger(__name__)

_BLOCKS = ("h1", "h2", "h3", "h4", "p", "div", "td", "tr", "li", "span", "section", "header", "article", "font", "b",
           "strong", "center")
_WS = re.compile(r"\s+")
_HAN = re.compile("[\u4e00-\u9fff]")


def _squash(s: str) -> str:
    return _WS.sub(" ", s or "").strip()


def _metas(tree) -> dict[str, str]:
    """meta name/property -> content, names lower-cased; the first of each name wins."""
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = _squash(m.get("content") or "")
        if name and content and name not in out:
            out[name] = content
    return out


def _meta(metas: dict[str, str], label: str) -> str:
    for name in cue_words().get(label, ()):
        v = metas.get(name.lower())
        if v:
            return v
    return ""


def _page_lines(tree) -> list[str]:
    """Short texts of block elements in document order (a header line is one of them)."""
    lines = []
    for el in tree.iter(*_BLOCKS):
        t = _squash(" ".join(el.itertext()))
        if t and len(t) <= 150:
            lines.append(t)
    return lines


def _headline(tree, metas: dict[str, str], fallback: str) -> str:
    """The meta title, else the first heading that the page's <title> contains, else trafilatura's."""
    meta = _meta(metas, "MetaTitle")
    if meta:
        return meta
    title = _squash(tree.findtext(".//title") or "")
    for el in tree.iter("h1", "h2", "h3", "founder-title"):
        t = _squash(" ".join(el.itertext()))
        if t and (t in title or not title):
            return t
    return _squash(fallback)


def _header_after(lines: list[str], headline: str):
    """The first header line within a few lines after the headline."""
    start = next((i for i, ln in enumerate(lines) if headline and headline in ln), None)
    if start is None:
        return None
    for ln in lines[start + 1 : start + 12]:
        h = header(ln)
        if h is not None:
            return h
    return None


def html_to_text(markup: str) -> str:
    """The text of an HTML fragment (a record's content field), paragraphs separated by blank lines.

    >>> html_to_text("<p>开平召开会议。</p><p>会议要求……<br>做好工作。</p>")
    '开平召开会议。\\n\\n会议要求……\\n\\n做好工作。'
    """
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml raises several kinds on broken markup; the text is used as it is
        return markup
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter("p", "div", "li", "tr", "h1", "h2", "h3", "h4"):
        el.tail = "\n" + (el.tail or "")
    parts = [_squash(x) for x in root.text_content().split("\n")]
    return "\n\n".join(p for p in parts if p)


def read(doc_id: str, path: str, data: bytes, options: ReadOptions) -> list[Document]:
    """The main text of a web page and its metadata, as one Document."""
    import trafilatura

    from ..ingest import decode_bytes

    markup = decode_bytes(doc_id, path, data).text
    tree = trafilatura.load_html(markup)
    if tree is None:
        raise InputError(f"{path}: an HTML page that cannot be parsed; skipped")
    metas = _metas(tree)
    lines = _page_lines(tree)
    title_text = _squash(tree.findtext(".//title") or "")
    headline = _headline(tree, metas, "")
    for el in tree.iter("founder-title", "founder-content", "founder-author"):  # a newspaper CMS's own tags
        el.tag = "div"
    # fast: without the comparison with trafilatura's fallback extractors (readability, jusText), which
    # kept nothing more on kg's test pages at four times the cost (benchmarks/readers/README.md)
    found = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False,
                                        include_images=False, deduplicate=False, fast=True)
    body = (found.text if found is not None else "") or ""
    paragraphs = [_squash(p) for p in body.split("\n") if _squash(p)]
    if not paragraphs:
        raise InputError(f"{path}: an HTML page without main text (navigation or scripts only); skipped")
    headline = headline or _squash((found.title if found is not None else "") or title_text)
    head = _header_after(lines, headline)
    date = record_date(_meta(metas, "MetaDate")) or (head.date if head else "") or \
        record_date((found.date if found is not None else "") or "") or ""
    source = _meta(metas, "MetaSource") or (head.source if head and head.source else "") or _meta(metas, "MetaSite")
    if not source and found is not None and found.sitename and _HAN.search(found.sitename):
        source = found.sitename
    author = _meta(metas, "MetaAuthor") or (head.author if head else "") or _names(found.author if found else "")
    url = (found.url if found is not None else "") or _meta(metas, "MetaUrl")
    if paragraphs[0] != headline and headline:
        paragraphs.insert(0, headline)
    text = "\n\n".join(paragraphs) + "\n"
    return [finish(Document(doc_id=doc_id, path=path, text=text, encoding="utf-8", format="html",
                            sha256=hashlib.sha256(data).hexdigest(), headline=headline, date=date or "",
                            source=source, url=url or "", author=author))]


def _names(byline: str) -> str:
    """Reporters' names in trafilatura's author string ("文; 图 江门日报记者 冯嘉颖" -> 冯嘉颖)."""
    if not byline:
        return ""
    from ..articles import parse_reporters

    names = [n for n, *_ in parse_reporters(byline.replace(";", " "))]
    return "、".join(names)
