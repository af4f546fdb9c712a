"""Readers: the bytes of a file -> :class:`~kg.model.Document` records, chosen by content.

One module per format: :mod:`.text` (plain text in any common encoding), :mod:`.html` (the main
text of a saved web page), :mod:`.pdf` (a PDF with a text layer), :mod:`.docx` (Word) and
:mod:`.records` (JSON Lines, a JSON array or CSV: one document per record). Each gives the text
it extracted, with the headline, date, source, URL and author the file states; every offset of a
later stage points into that text. A format's module and its library are imported only when a
file of that format is read, so a build of plain text never loads them.

>>> sniff(b"<!DOCTYPE html><html><body><p>x</p></body></html>"), sniff(b'{"title": "t", "content": "x"}\\n')
('html', 'records')
>>> sniff("开平市召开会议。".encode())
'text'
"""
from __future__ import annotations

import importlib
import re
import zipfile
from dataclasses import dataclass, replace
from io import BytesIO

from ..errors import InputError
from ..model import Document

__all__ = ["ReadOptions", "FIELDS", "sniff", "read", "finish"]

#: the fields of a record that the options of :class:`ReadOptions` may name
FIELDS = ("text", "title", "date", "url", "source", "author")

_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|title)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:body|div|p|table|meta|title|head)\b[^>]*>", re.I)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read records: ``fields`` maps a field (text, title, date, url, source, author) to
    the name of the JSON key or CSV column that holds it, overriding the common names."""

    fields: tuple[tuple[str, str], ...] = ()

    def field(self, name: str) -> str | None:
        return next((col for f, col in self.fields if f == name), None)


def sniff(data: bytes, name: str = "") -> str:
    """The reader for these bytes: ``text``, ``html``, ``pdf``, ``docx`` or ``records``.

    Decided by content (magic numbers, markup, the first record); the name's extension only
    tells CSV from text. A legacy Word file or another format kg cannot read raises
    :class:`InputError` with one line saying what to do.
    """
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
        if kind == "docx":
            return "docx"
        raise InputError(f"{name}: binary file ({kind}), not text; skipped")
    if head.startswith(_OLE2):
        what = {".xls": "a legacy Excel .xls file", ".ppt": "a legacy PowerPoint .ppt file"}.get(
            name.lower()[-4:], "a legacy Word .doc file")
        raise InputError(f"{name}: {what} (the binary format before Office 2007), which kg cannot read; "
                         "save it as .docx (or PDF with text) and build again")
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"[") and _looks_json(data):
        return "records"
    if name.lower().endswith((".csv", ".tsv")):
        return "records"
    return "text"


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "a damaged ZIP archive"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "an Excel workbook; save it as CSV to read its rows"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint file"
    if "content.xml" in names:
        return "an OpenDocument file; save it as .docx"
    return "a ZIP archive"


def _looks_json(data: bytes) -> bool:
    """The first line is a JSON object (JSON Lines), or the file is a JSON array of objects."""
    from .records import first_record_is_json

    return first_record_is_json(data)


def read(doc_id: str, path: str, data: bytes, options: ReadOptions | None = None) -> list[Document]:
    """The documents in one file's bytes (one, or one per record), or :class:`InputError`."""
    kind = sniff(data, path)
    if kind == "text":
        from .text import read as read_text

        return [read_text(doc_id, path, data)]
    module = importlib.import_module(f".{kind}", __name__)
    try:
        return module.read(doc_id, path, data, options or ReadOptions())
    except InputError:
        raise
    except Exception as exc:  # a library's error on a damaged file: one line, never a traceback
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        raise InputError(f"{path}: cannot read this {kind} file ({detail}); skipped") from None


def finish(doc: Document) -> Document:
    """A document from a reader other than plain text, with its cache key set."""
    return replace(doc, key=doc.content_key())
