"""A PDF with a text layer, read with PDFium (pypdfium2): the text of its pages, page by page.

pypdfium2 was chosen by measurement (benchmarks/readers/README.md): on kg's Chinese PDFs it
reads every body paragraph whole, as pypdf, pdfplumber and kreuzberg do, three times faster than
pypdf and ten times faster than pdfplumber. Running headers and footers (a line that recurs at
the top or bottom of the pages, with page numbers ignored, and page-number lines) are left out;
an address among them becomes the document's URL, as a browser prints it. Pages are separated by
a blank line and :attr:`Document.pages` keeps where each starts, so evidence carries its page.
A PDF whose pages hold no text (a scan) is reported in one line.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter

from ..errors import InputError
from ..model import Document
from . import ReadOptions, finish
from .text import text_metadata

__all__ = ["read", "drop_running_lines"]

#: lines at the top and at the bottom of a page where running headers and footers are looked for
EDGE = 3
_PAGE_NUMBER = re.compile(r"^[-—－\s]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4}"
                          r"|(?:page\s*)?\d+\s*(?:of\s*\d+)?)[-—－\s]*$", re.I)
_URL = re.compile(r"https?://[^\s\"'<>]+")
_DIGITS = re.compile(r"\d+")


def drop_running_lines(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """Pages without their running headers and footers, and the lines dropped.

    >>> pages = [["开平市人民政府门户网站", "标题", "正文一", "1/2"], ["开平市人民政府门户网站", "正文二", "2/2"]]
    >>> drop_running_lines(pages)[0]
    [['标题', '正文一'], ['正文二']]
    """
    def norm(line: str) -> str:
        return _DIGITS.sub("#", line.strip())

    seen: Counter = Counter()
    for lines in pages:
        edge = lines[:EDGE] + lines[-EDGE:]
        seen.update({norm(ln) for ln in edge})
    recurring = {k for k, n in seen.items() if len(pages) >= 2 and n >= max(2, (len(pages) + 1) // 2)}
    kept, dropped = [], []
    for lines in pages:
        out = []
        for i, ln in enumerate(lines):
            at_edge = i < EDGE or i >= len(lines) - EDGE
            if at_edge and (norm(ln) in recurring or _PAGE_NUMBER.match(ln)):
                dropped.append(ln)
            else:
                out.append(ln)
        kept.append(out)
    return kept, dropped


def read(doc_id: str, path: str, data: bytes, options: ReadOptions) -> list[Document]:
    """The text of a PDF's pages as one Document, with its page offsets."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"{path}: cannot open the PDF ({exc}); if it is password-protected, save a copy "
                         "without the password") from None
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            textpage.close()
            page.close()
            pages.append([ln.strip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()])
    finally:
        pdf.close()
    if sum(len(ln) for lines in pages for ln in lines) < 10:
        raise InputError(f"{path}: a scanned PDF without a text layer ({len(pages)} page(s) of images), "
                         "which kg cannot read; run OCR on it first (e.g. ocrmypdf) and build again")
    pages, dropped = drop_running_lines(pages)
    parts, starts, pos = [], [], 0
    for lines in pages:
        starts.append(pos)
        block = "\n".join(lines) + "\n\n"
        parts.append(block)
        pos += len(block)
    text = "".join(parts)
    meta = text_metadata(text, wrapped=True)
    url = next((m.group() for ln in dropped for m in [_URL.search(ln)] if m), "")
    return [finish(Document(doc_id=doc_id, path=path, text=text, encoding="utf-8", format="pdf",
                            sha256=hashlib.sha256(data).hexdigest(), url=url, pages=tuple(starts), **meta))]
