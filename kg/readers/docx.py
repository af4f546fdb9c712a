"""A Word .docx file: its paragraphs and tables in document order (python-docx).

Each paragraph is a line; each table row is a line of its cells separated by tabs (a cell
merged over several columns counts once). The headline is the first paragraph when it is set
as a title or heading, or is short and unpunctuated; the date, source and author come from a
header line or a sign-off date, as for plain text.
"""
from __future__ import annotations

import hashlib
from io import BytesIO

from ..errors import InputError
from ..model import Document
from . import ReadOptions, finish
from .text import headline_like, text_metadata

__all__ = ["read"]


def _is_heading(paragraph) -> bool:
    """Set as a title or heading (looking up a style costs more than the rest of a small file)."""
    style = paragraph.style
    return style is not None and (style.name or "").startswith(("Title", "Heading", "标题"))


def read(doc_id: str, path: str, data: bytes, options: ReadOptions) -> list[Document]:
    """The text of a .docx file as one Document."""
    import docx
    from docx.table import Table

    try:
        d = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, BadZipFile, ValueError ... on a damaged file
        raise InputError(f"{path}: a damaged Word file ({type(exc).__name__}); skipped") from None
    lines: list[str] = []
    first = None
    for block in d.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = " ".join(cell.text.split())
                    if not cells or t != cells[-1]:
                        cells.append(t)
                if any(cells):
                    lines.append("\t".join(cells))
            continue
        t = block.text.strip()
        if t:
            if not lines:
                first = block
            lines.append(t)
    if not lines:
        raise InputError(f"{path}: a Word file without text; skipped")
    text = "\n\n".join(lines) + "\n"
    meta = text_metadata(text)
    if first is not None and (headline_like(lines[0]) or _is_heading(first)):
        meta["headline"] = lines[0]
    return [finish(Document(doc_id=doc_id, path=path, text=text, encoding="utf-8", format="docx",
                            sha256=hashlib.sha256(data).hexdigest(), **meta))]
