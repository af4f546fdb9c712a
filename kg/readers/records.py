"""Records as scrapers write them: JSON Lines, a JSON array of objects, or CSV; one document each.

Fields are found by their common names (``seeds/lexicons/document_fields.jsonl``: content, text,
body, 正文 …; title, 标题; date, pubdate, publish_time, 发布时间; url, link; source, 来源; author)
in that order, case-insensitively, or named by :class:`~kg.readers.ReadOptions`
(``kg build --field text=article_body``). A record's text is its title, a blank line and its
content (HTML in a content field is reduced to its text); its id is its URL, else the hash of its
content (``sha256:`` and 16 hex digits), so the same record read again keeps its id whatever its
row. A record without text is skipped with a warning naming its line.

>>> docs = read("n.jsonl", "n.jsonl", '{"标题": "开平召开会议", "正文": "会议召开。", "日期": "2025-08-09"}'.encode(), ReadOptions())
>>> docs[0].doc_id.startswith("sha256:"), docs[0].headline, docs[0].date, docs[0].text
(True, '开平召开会议', '2025-08-09', '开平召开会议\\n\\n会议召开。\\n')
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re

from ..dates import cue_words, record_date
from ..errors import InputError
from ..model import Document
from . import ReadOptions, finish
from .text import text_metadata

__all__ = ["read", "first_record_is_json"]

log = logging.getLogger(__name__)

_LABELS = {"text": "RecordText", "title": "RecordTitle", "date": "RecordDate", "url": "RecordUrl",
           "source": "RecordSource", "author": "RecordAuthor"}
_MARKUP = re.compile(r"<(?:p|br|div|span|img|a)\b[^>]*>", re.I)


def first_record_is_json(data: bytes) -> bool:
    """The first line is a JSON object, or the whole file is a JSON array of objects."""
    s = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if s[:1] == b"{":
        line = s.split(b"\n", 1)[0]
        try:
            return isinstance(json.loads(line.decode("utf-8", "replace")), dict)
        except ValueError:
            return False
    if s[:1] == b"[":
        try:
            value = json.loads(s.decode("utf-8", "replace"))
        except ValueError:
            return False
        return isinstance(value, list) and bool(value) and all(isinstance(x, dict) for x in value[:20])
    return False


def _columns(keys: list[str], options: ReadOptions) -> dict[str, str | None]:
    """field -> the key that holds it in these records."""
    lower = {k.lower().strip(): k for k in keys}
    out: dict[str, str | None] = {}
    for f, label in _LABELS.items():
        named = options.field(f)
        if named is not None:
            out[f] = named if named in keys else lower.get(named.lower())
            continue
        out[f] = next((lower[n.lower()] for n in cue_words().get(label, ()) if n.lower() in lower), None)
    return out


def _value(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "\n\n".join(_value(x) for x in v if _value(x))
    if isinstance(v, dict):
        return ""
    return str(v).strip()


def _rows(data: bytes, path: str) -> tuple[str, list[tuple[int, dict]]]:
    """(format, [(line, record)]) of a records file."""
    from ..ingest import decode_bytes

    text = decode_bytes(path, path, data).text
    s = text.lstrip("\ufeff \t\r\n")
    if s.startswith("["):
        try:
            items = json.loads(s)
        except ValueError as exc:
            raise InputError(f"{path}: invalid JSON ({exc}); a records file holds one JSON object a line, "
                             "or one array of objects") from None
        return "json", [(i + 1, x) for i, x in enumerate(items) if isinstance(x, dict)]
    if s.startswith("{"):
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                log.warning("%s:%d: invalid JSON (%s); record skipped", path, n, exc)
                continue
            if isinstance(row, dict):
                rows.append((n, row))
            else:
                log.warning("%s:%d: not a JSON object; record skipped", path, n)
        return "jsonl", rows
    first = s.split("\n", 1)[0]
    delimiter = max(",\t;|", key=first.count) if first else ","
    reader = csv.DictReader(io.StringIO(s, newline=""), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            rows.append((reader.line_num, {k: v for k, v in row.items() if k is not None}))
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: cannot read the CSV ({exc}); skipped") from None
    return "csv", rows


def read(doc_id: str, path: str, data: bytes, options: ReadOptions) -> list[Document]:
    """One Document per record that has text."""
    fmt, rows = _rows(data, path)
    keys: list[str] = []
    for _, row in rows[:50]:
        keys += [k for k in row if k not in keys]
    cols = _columns(keys, options)
    if not rows:
        raise InputError(f"{path}: no records; skipped")
    if cols["text"] is None:
        looked = options.field("text") or ", ".join(cue_words().get("RecordText", ())[:6]) + " …"
        raise InputError(f"{path}: no text field in the records (looked for {looked}); "
                         "name it with --field text=NAME")
    docs = []
    for line, row in rows:
        got = {f: _value(row.get(c)) if c else "" for f, c in cols.items()}
        content = got["text"]
        if not content:
            log.warning("%s:%d: a record without text; skipped", path, line)
            continue
        if _MARKUP.search(content):
            from .html import html_to_text

            content = html_to_text(content)
        title = got["title"]
        text = (title + "\n\n" + content if title and not content.startswith(title) else content) + "\n"
        raw = json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)
        sha = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
        meta = text_metadata(content)
        date = record_date(row.get(cols["date"])) if cols["date"] else None
        rid = got["url"] or "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        docs.append(finish(Document(
            doc_id=rid, path=f"{path}:{line}", text=text, encoding="utf-8", format=fmt, sha256=sha,
            headline=title or meta.get("headline", ""), date=date or meta.get("date", ""),
            source=got["source"] or meta.get("source", ""), url=got["url"], author=got["author"] or meta.get("author", ""))))
    if not docs:
        raise InputError(f"{path}: no record has text; skipped")
    docs.sort(key=lambda d: d.doc_id)
    return docs
