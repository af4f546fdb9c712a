"""The build cache: what :func:`kg.extraction.extract` found in a document, kept on disk.

An entry is keyed by the document's content (:attr:`Document.sha256` of its raw bytes) and
by the pipeline version (:func:`pipeline_version`: a hash of kg's source, lexicon, model and
data files and of the spaCy version), so an edited document, lexicon, model or line of code
is extracted again and everything else is reused.

Entries are JSON, compressed with zlib, behind a header with the format, the pipeline version
and a SHA-256 of the body. JSON because a cache folder is just files that anyone with write
access can change: loading JSON builds lists, strings and numbers and can never run code (a
pickle can). The checksum catches truncated, partial or corrupted files. A checksum proves
nothing about who wrote the entry, so every entry read is also held to the schema of what
extraction returns (:func:`_decode`: each field of each record of the right type, offsets
inside the document, known entity types and relations) and to a size bound that grows with
the document (:func:`max_entry_bytes`), on disk and decompressed: an entry that fails any of
this is reported like a corrupt one, extracted again and rewritten, never trusted. Writes go
to a temporary file that is renamed into place, so readers see a whole entry or none. (An entry
rewritten on purpose, checksum and all, can put false facts in the graph, as editing the input
file could; it cannot do more.)

>>> import tempfile
>>> from kg.model import Document
>>> from kg.graph import MergeInput
>>> cache = BuildCache(tempfile.mkdtemp(), version="test")
>>> doc = Document("a.txt", "a.txt", "", "utf-8", "ab" * 32)
>>> cache.put(MergeInput(doc, chars=0))
>>> cache.get(doc).chars
0
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import os
import shutil
import tempfile
import typing
import zlib
from dataclasses import fields, replace
from importlib import metadata
from pathlib import Path

from . import __version__, prebuilt
from .graph import MergeInput
from .lexicon import extra_digest
from .model import ENTITY_TYPES, RELATION_TYPES, Article, Document, Entity, ItemList, Mention, Relation, Sentence
from .resources import lexicon_dir, package_dir

__all__ = ["BuildCache", "pipeline_version", "dist_version", "FORMAT", "max_entry_bytes"]

log = logging.getLogger(__name__)

#: First word of every entry; a new layout gets a new one.
FORMAT = "kg-cache-4"
_SUFFIX = ".kgc"
_EXPORTS = "exports.json"
#: The largest entry (compressed on disk, or its JSON once decompressed) for a document of no
#: text, and what each character of text adds: extraction writes 5 to 20 bytes of JSON a
#: character on the seeds, so a real entry is far below the bound and a decompression bomb
#: (a small file that inflates to gigabytes) or a huge file is refused before it fills memory.
ENTRY_BASE_BYTES = 1 << 20
ENTRY_BYTES_PER_CHAR = 256
#: The largest record of exports read (one small object per export file).
_EXPORTS_MAX_BYTES = 16 << 20


def max_entry_bytes(chars: int) -> int:
    """The largest cache entry accepted for a document of ``chars`` characters."""
    return ENTRY_BASE_BYTES + ENTRY_BYTES_PER_CHAR * chars


def pipeline_version() -> str:
    """A hash of everything extraction depends on.

    Covers every file of the kg package (code, data, models, templates) but the offline tooling
    (:data:`OFFLINE`: training and data building, which no build runs) and every file of the lexicon
    folder, the kg version and the versions of spaCy and OpenCC (its dictionaries convert
    traditional pages), hashed once per process, and the extra lexicons in use (``kg build
    --lexicon``, :func:`kg.lexicon.use_lexicons`).
    """
    extra = extra_digest()
    if not extra:
        return _code_version()
    return hashlib.sha256(f"{_code_version()}\nlexicons {extra}\n".encode()).hexdigest()


#: folders of the package that no build runs or reads: training, data building, the word segmenter's model
OFFLINE = ("train", "data_build", "models/pkuseg")


@functools.lru_cache(maxsize=1)
def _code_version() -> str:
    head = f"kg {__version__}\nspacy {dist_version('spacy')}\nopencc {dist_version('opencc')}\n"
    files: list[tuple[Path, Path]] = []  # (root, file)
    seen: set[Path] = set()
    for root in (package_dir(), lexicon_dir()):
        root = root.resolve()
        skip = tuple(root / part for part in OFFLINE) if root == package_dir().resolve() else ()
        for path in sorted(_files(root)):
            if any(path.is_relative_to(part) for part in skip):
                continue
            if path in seen:
                continue
            seen.add(path)
            files.append((root, path))

    def compute() -> str:
        h = hashlib.sha256(head.encode())
        for root, path in files:
            data = path.read_bytes()
            h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
            h.update(data)
        return h.hexdigest()

    # the same digest, read from the per-user cache while no file has changed since it was computed
    salt = head + "".join(f"{root}\0{path}\n" for root, path in files)
    return prebuilt.remembered_digest("pipeline", [path for _, path in files], compute, salt)


def dist_version(name: str) -> str:
    """The installed version of the distribution ``name``, or "none"."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


def _files(root: Path):
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        for name in files:
            if not name.startswith(".") and not name.endswith((".pyc", ".pyo")):
                yield Path(folder) / name


class BuildCache:
    """A folder of extraction results, one file per document content, and a record of the
    exports written from them.

    ``root/<version[:16]>/<sha[:2]>/<sha>.kgc``: one subfolder per pipeline version;
    :meth:`prune` removes those of other versions. ``root/exports.json``: for each export
    file, the key of the build that wrote it and the file's SHA-256, so an unchanged rebuild
    leaves the file alone.
    """

    def __init__(self, root: str | Path, version: str | None = None) -> None:
        self.root = Path(root)
        self.version = version or pipeline_version()
        self.folder = self.root / self.version[:16]
        self._writable = True
        self._exports: dict | None = None
        self._exports_dirty = False

    def _path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}{_SUFFIX}"

    def get(self, document: Document) -> MergeInput | None:
        """The cached result for ``document`` (under its own id and path), or None.

        A missing entry is None; a corrupt one is logged and is None too.
        """
        path = self._path(document.cache_key)
        limit = max_entry_bytes(len(document.text))
        try:
            with open(path, "rb") as f:
                if os.fstat(f.fileno()).st_size > limit:
                    raise ValueError(f"larger than {limit} bytes")
                data = f.read(limit + 1)
            if len(data) > limit:
                raise ValueError(f"larger than {limit} bytes")
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("%s: cannot read cache entry (%s); extracting again", path, exc.strerror or exc)
            return None
        except ValueError as exc:
            log.warning("%s: corrupt cache entry (%s); extracting again", path, exc)
            return None
        try:
            return _decode(data, self.version, document, limit)
        except (ValueError, TypeError, KeyError, IndexError, zlib.error, RecursionError) as exc:
            log.warning("%s: corrupt cache entry (%s); extracting again", path, exc)
            return None

    def put(self, result: MergeInput) -> None:
        """Store ``result`` atomically; a cache that cannot be written is reported once and skipped."""
        self._write(self._path(result.document.cache_key), _encode(result, self.version))

    def _write(self, path: Path, data: bytes) -> None:
        if not self._writable:
            return
        try:
            _atomic_write(path, data)
        except OSError as exc:
            self._writable = False
            log.warning("%s: cannot write the cache (%s); building without it", self.root, exc.strerror or exc)

    # --- exports: written once, rewritten only when their inputs change --------------------------

    def _load_exports(self) -> dict:
        if self._exports is None:
            try:
                with open(self.root / _EXPORTS, "rb") as f:
                    data = f.read(_EXPORTS_MAX_BYTES + 1)
                if len(data) > _EXPORTS_MAX_BYTES:
                    raise ValueError(f"larger than {_EXPORTS_MAX_BYTES} bytes")
                self._exports = json.loads(data.decode("utf-8"))
                if not isinstance(self._exports, dict):
                    raise ValueError("not an object")
            except FileNotFoundError:
                self._exports = {}
            except (OSError, ValueError, RecursionError) as exc:
                log.warning("%s: unreadable (%s); writing every export", self.root / _EXPORTS, exc)
                self._exports = {}
        return self._exports

    def export_is_current(self, path: Path, key: str) -> bool:
        """Whether ``path`` holds what the build with ``key`` writes: recorded for that key,
        and the file unchanged since (same SHA-256)."""
        return self.current_sha256(path, key) is not None

    def current_sha256(self, path: Path, key: str) -> str | None:
        """The SHA-256 of ``path`` when it holds what the build with ``key`` writes, else None."""
        entry = self._load_exports().get(str(Path(path).resolve()))
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        try:
            sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            return None
        return sha if sha == entry.get("sha256") else None

    def record_export(self, path: Path, key: str, report: dict | None = None) -> None:
        """Remember that ``path`` now holds the export of the build with ``key`` (and ``report``,
        what :meth:`recorded_report` gives back: the counts a build prints)."""
        try:
            sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            return
        entry: dict = {"key": key, "sha256": sha}
        if report is not None:
            entry["report"] = report
        self._load_exports()[str(Path(path).resolve())] = entry
        self._exports_dirty = True

    def recorded_report(self, path: Path, key: str) -> dict | None:
        """The report recorded with ``path`` while it still holds what the build with ``key`` wrote:
        ``{"documents", "articles", "characters": int, "summary": dict}``, else None."""
        if self.current_sha256(path, key) is None:
            return None
        report = self._load_exports()[str(Path(path).resolve())].get("report")
        return report if _sound_report(report) else None

    def save(self) -> None:
        """Write the record of exports (when it changed)."""
        if self._exports_dirty:
            data = json.dumps(self._exports, indent=1, sort_keys=True) + "\n"  # ASCII: any file name fits
            self._write(self.root / _EXPORTS, data.encode("utf-8"))
            self._exports_dirty = False

    def prune(self) -> None:
        """Remove the entries of other pipeline versions."""
        try:
            others = [p for p in self.root.iterdir() if p.is_dir() and p != self.folder and _is_version(p.name)]
        except OSError:
            return
        for p in others:
            shutil.rmtree(p, ignore_errors=True)


def _count(v) -> bool:
    return type(v) is int and v >= 0


def _sound_report(report) -> bool:
    """A recorded report holds counts only, where :class:`kg.builder.BuildReport` expects them."""
    if not isinstance(report, dict) or not all(_count(report.get(k)) for k in ("documents", "articles", "characters")):
        return False
    summary = report.get("summary")
    return (isinstance(summary, dict) and _count(summary.get("dated")) and _count(summary.get("cooccurrence"))
            and all(isinstance(summary.get(k), dict) and all(isinstance(n, str) and _count(c)
                                                             for n, c in summary[k].items())
                    for k in ("entities", "relations")))


def _atomic_write(path: Path, data: bytes) -> None:
    """A temporary file in the same folder, renamed into place. No fsync: after a crash an entry
    may be empty or torn, which its checksum catches."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _is_version(name: str) -> bool:
    return len(name) == 16 and all(c in "0123456789abcdef" for c in name)


# --- the entry format -------------------------------------------------------------------------

#: (record class, MergeInput field, the record's fields as stored, the position of doc_id or None):
#: an entry holds no doc_id, since one content may be read under several ids
_RECORDS = tuple((cls, name, tuple(f.name for f in fields(cls) if f.name != "doc_id"),
                  next((i for i, f in enumerate(fields(cls)) if f.name == "doc_id"), None))
                 for cls, name in ((Article, "articles"), (Mention, "mentions"), (Entity, "entities"),
                                   (Relation, "relations"), (Sentence, "sentences"), (ItemList, "lists")))


def _encode(r: MergeInput, version: str) -> bytes:
    body = {"sha256": r.document.cache_key, "chars": r.chars, "warnings": r.warnings}
    for cls, name, names, _ in _RECORDS:
        body[name] = [[getattr(x, n) for n in names] for x in getattr(r, name)]
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    raw = zlib.compress(text.encode("utf-8", "surrogatepass"), 1)  # a lone surrogate survives the trip
    return f"{FORMAT} {version} {hashlib.sha256(raw).hexdigest()}\n".encode("ascii") + raw


def _decode(data: bytes, version: str, document: Document, limit: int | None = None) -> MergeInput:
    """The entry ``data`` as the result for ``document``; ValueError (or TypeError, KeyError …)
    when it is not a whole, well-formed entry of this version for this content, within
    ``limit`` bytes once decompressed."""
    head, sep, raw = data.partition(b"\n")
    parts = head.decode("ascii").split(" ")
    if not sep or len(parts) != 3 or parts[0] != FORMAT:
        raise ValueError("not a kg cache entry")
    if parts[1] != version:
        raise ValueError("written by another pipeline version")
    if hashlib.sha256(raw).hexdigest() != parts[2]:
        raise ValueError("checksum mismatch")
    limit = max_entry_bytes(len(document.text)) if limit is None else limit
    inflate = zlib.decompressobj()
    text = inflate.decompress(raw, limit + 1)
    if len(text) > limit or inflate.unconsumed_tail:
        raise ValueError(f"decompresses to more than {limit} bytes")
    if not inflate.eof:
        raise ValueError("incomplete compressed data")
    body = json.loads(text.decode("utf-8", "surrogatepass"))
    _expect(isinstance(body, dict) and set(body) == {"sha256", "chars", "warnings", *(r[1] for r in _RECORDS)},
            "not an entry object")
    if body["sha256"] != document.cache_key:
        raise ValueError("entry is for other content")
    chars = _value(body["chars"], int, "chars")
    _expect(not document.text or chars == len(document.text), "chars is not the document's length")
    warnings = _value(body["warnings"], tuple[str, ...], "warnings")
    records = {}
    for cls, name, names, at in _RECORDS:
        rows = body[name]
        _expect(isinstance(rows, list) and all(isinstance(row, list) and len(row) == len(names) for row in rows),
                f"{name}: rows of {len(names)} fields expected")
        hints = _HINTS[cls]
        convert = _converters(name)
        out = []
        for i, row in enumerate(rows):
            try:
                values = {n: c(v) for n, c, v in zip(names, convert, row)}
            except _Unfit:  # say which value, and why
                values = {n: _value(v, hints[n], f"{name}[{i}].{n}", -1 if n in _INDEX_OR_NONE else 0)
                          for n, v in zip(names, row)}
            if at is not None:
                values["doc_id"] = document.doc_id
            out.append(cls(**values))
        records[name] = tuple(out)
    result = MergeInput(document=replace(document, text=""), chars=chars, warnings=warnings, **records)
    _check_record_values(result)
    return result


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


#: the fields of each record and their types, read off the dataclasses of kg.model
_HINTS = {cls: typing.get_type_hints(cls) for cls in (Article, Mention, Entity, Relation, Sentence, ItemList)}
#: index fields where -1 says "none" (a mention outside every sentence, an item of no list)
_INDEX_OR_NONE = frozenset({"sentence", "top", "list"})


class _Unfit(Exception):
    """A value a converter of :func:`_converters` refuses (:func:`_value` then says why)."""


@functools.lru_cache(maxsize=None)
def _converters(name: str) -> tuple:
    """For the records called ``name``, one function a field: what :func:`_value` checks and
    converts, made once (an unchanged rebuild reads every record of the corpus)."""
    cls, names = next((cls, names) for cls, n, names, _ in _RECORDS if n == name)
    return tuple(_converter(_HINTS[cls][n], -1 if n in _INDEX_OR_NONE else 0) for n in names)


def _converter(hint, minimum: int = 0):
    """:func:`_value` for one type, raising :class:`_Unfit` instead of saying why."""
    if hint is str or hint is bool:
        def same(v, kind=hint):
            if type(v) is not kind:
                raise _Unfit
            return v
        return same
    if hint is int:
        def whole(v):
            if type(v) is not int or v < minimum:
                raise _Unfit
            return v
        return whole
    if hint is float:
        def number(v):
            if type(v) not in (int, float) or not math.isfinite(v):
                raise _Unfit
            return float(v)
        return number
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])

            def items(v):
                if type(v) is not list:
                    raise _Unfit
                return tuple(map(item, v))
            return items
        each = tuple(_converter(a) for a in args)

        def fixed(v):
            if type(v) is not list or len(v) != len(each):
                raise _Unfit
            return tuple(c(x) for c, x in zip(each, v))
        return fixed
    raise TypeError(f"cannot check a value of type {hint}")  # pragma: no cover - the model changed


def _value(v, hint, where: str, minimum: int = 0):
    """``v`` (from JSON) as a value of the type ``hint`` (str, int, float, bool, or tuples of these),
    or ValueError. Integers are never below ``minimum`` (0: offsets, indices, counts, hashes; -1 for
    an index that may be none); floats are finite."""
    if hint is str:
        _expect(type(v) is str, f"{where}: a string expected")
    elif hint is bool:
        _expect(type(v) is bool, f"{where}: true or false expected")
    elif hint is int:
        _expect(type(v) is int and v >= minimum, f"{where}: a whole number >= {minimum} expected")
    elif hint is float:
        _expect(type(v) in (int, float) and math.isfinite(v), f"{where}: a number expected")
        v = float(v)
    elif typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        _expect(type(v) is list, f"{where}: a list expected")
        if len(args) == 2 and args[1] is Ellipsis:
            v = tuple(_value(x, args[0], where) for x in v)
        else:
            _expect(len(v) == len(args), f"{where}: {len(args)} items expected")
            v = tuple(_value(x, a, where) for x, a in zip(v, args))
    else:  # pragma: no cover - a field type this reader does not know: the model changed
        raise TypeError(f"{where}: cannot check a value of type {hint}")
    return v


_MENTION_TYPES = frozenset(ENTITY_TYPES) | {"Post"}
#: what a relation's attributes may not name: the evidence fields the graph builds from its record
_EVIDENCE_FIELDS = frozenset({"doc", "start", "end", "text", "method", "confidence", "article", "headline",
                              "newspaper"})


def _check_record_values(r: MergeInput) -> None:
    """What the merge relies on beyond types: offsets inside the document, articles that exist,
    known types and relations, confidences between 0 and 1, names and keys that are not empty."""
    n_articles = len(r.articles)
    for i, a in enumerate(r.articles):
        _expect(a.index == i, f"articles[{i}]: index {a.index}")
        _expect(a.start <= a.end <= r.chars, f"articles[{i}]: offsets outside the document")
    for what, records in (("mentions", r.mentions), ("relations", r.relations)):
        for i, x in enumerate(records):
            _expect(x.start <= x.end <= r.chars, f"{what}[{i}]: offsets outside the document")
            _expect(x.article < max(n_articles, 1), f"{what}[{i}]: no article {x.article}")
            _expect(0.0 <= x.confidence <= 1.0, f"{what}[{i}]: confidence outside [0, 1]")
            _expect(len({k for k, _ in x.attrs}) == len(x.attrs), f"{what}[{i}]: an attribute given twice")
    for i, m in enumerate(r.mentions):
        _expect(m.type in _MENTION_TYPES and bool(m.key), f"mentions[{i}]: type {m.type!r} or key {m.key!r}")
    for i, e in enumerate(r.entities):
        _expect(e.type in ENTITY_TYPES and bool(e.key) and bool(e.name), f"entities[{i}]: type, key or name")
        _expect(len({k for k, _ in e.attrs}) == len(e.attrs), f"entities[{i}]: an attribute given twice")
    for i, u in enumerate(r.sentences):
        _expect(u.start < u.end <= r.chars and bool(u.text), f"sentences[{i}]: offsets outside the document or no text")
        _expect(u.article < max(n_articles, 1) and u.list < len(r.lists), f"sentences[{i}]: no article or list")
    for i, m in enumerate(r.mentions):
        _expect(m.sentence < len(r.sentences), f"mentions[{i}]: no sentence {m.sentence}")
    for i, lst in enumerate(r.lists):
        _expect(lst.start <= lst.end <= r.chars and all(s <= e <= r.chars for s, e in lst.about),
                f"lists[{i}]: offsets outside the document")
    for i, x in enumerate(r.relations):
        _expect(x.predicate in RELATION_TYPES and bool(x.subject) and bool(x.object),
                f"relations[{i}]: relation {x.predicate!r}")
        _expect(all(j < len(r.sentences) for j in x.sentences), f"relations[{i}]: no such sentence")
        _expect(not any(k in _EVIDENCE_FIELDS for k, _ in x.attrs), f"relations[{i}]: an attribute names evidence")
