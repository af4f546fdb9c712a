"""Plain text: decoding (:func:`kg.ingest.decode_bytes`) and what the first and last lines say.

A header line near the top (``发布时间：2025-08-09 10:23``, ``来源：江门日报　2025年08月09日``,
``江门日报 2025年8月9日 星期六 第A02版`` …) gives the date, source and author, and the line next
to it the headline; failing that, a sign-off date under a notice (``二〇二五年八月九日``) gives the
date and the first line the headline. The text itself is kept as it is.

>>> text_metadata("开平召开防汛会议\\n发布时间：2025-08-09 10:23 来源：江门日报\\n\\n正文。")
{'headline': '开平召开防汛会议', 'date': '2025-08-09', 'source': '江门日报'}
"""
from __future__ import annotations

from ..dates import header, signoff_date
from ..model import Document

__all__ = ["read", "text_metadata", "headline_like"]

#: lines of the top where a header line is looked for, and of the bottom for a sign-off
HEAD_LINES, TAIL_LINES = 4, 6
_END_PUNCT = tuple("。！？；：，…")


def headline_like(line: str) -> bool:
    s = line.strip()
    return 4 <= len(s) <= 60 and not s.endswith(_END_PUNCT) and header(s) is None


def text_metadata(text: str, wrapped: bool = False) -> dict[str, str]:
    """headline, date, source and author from the header or sign-off lines (only those found).

    The headline is the line (or the up to three lines: title and subtitle) above the header
    line, else the line below it; ``wrapped`` joins its lines without a space (a PDF's title
    wrapped at the page's width).
    """
    lines = [ln.strip() for ln in text[:4000].splitlines() if ln.strip()][:HEAD_LINES]
    out: dict[str, str] = {}
    for i, ln in enumerate(lines):
        h = header(ln)
        if h is None:
            continue
        k = i
        while k > 0 and i - k < 3 and headline_like(lines[k - 1]):
            k -= 1
        if k < i:
            out["headline"] = ("" if wrapped else " ").join(lines[k:i])
        elif i + 1 < len(lines) and headline_like(lines[i + 1]):
            out["headline"] = lines[i + 1]
        out["date"] = h.date
        if h.source:
            out["source"] = h.source
        if h.author:
            out["author"] = h.author
        return out
    tail = [ln for ln in text[-2000:].splitlines() if ln.strip()][-TAIL_LINES:]
    for ln in reversed(tail):
        day = signoff_date(ln)
        if day:
            if lines and headline_like(lines[0]):
                out["headline"] = lines[0]
            out["date"] = day
            return out
    return out


def read(doc_id: str, path: str, data: bytes) -> Document:
    """A plain text file, decoded, with the metadata of its header or sign-off lines."""
    from ..ingest import decode_bytes

    return decode_bytes(doc_id, path, data)
