"""The build cache: what :func:`kg.extract.extract` found in a document, kept on disk.

An entry is keyed by the document's content (:attr:`Document.sha256` of its raw bytes) and
by the pipeline version (:func:`pipeline_version`: a hash of kg's source, lexicon, model and
data files and of the spaCy version), so an edited document, lexicon, model or line of code
is extracted again and everything else is reused.

Entries are JSON, compressed with zlib, behind a header with the format, the pipeline version
and a SHA-256 of the body. JSON because a cache folder is just files that anyone with write
access can change: loading JSON builds lists, strings and numbers and can never run code (a
pickle can). The checksum catches truncated, partial or corrupted files: such an entry is
reported, extracted again and rewritten, never trusted. Writes go to a temporary file that is
renamed into place, so readers see a whole entry or none. (An entry rewritten on purpose,
checksum and all, can put false facts in the graph, as editing the input file could; it
cannot do more.)

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
import os
import shutil
import tempfile
import zlib
from dataclasses import fields, replace
from importlib import metadata
from pathlib import Path

from . import __version__
from .graph import MergeInput
from .lexicon import extra_digest
from .model import Article, Document, Entity, ItemList, Mention, Relation, Sentence
from .resources import lexicon_dir, package_dir

__all__ = ["BuildCache", "pipeline_version", "FORMAT"]

log = logging.getLogger(__name__)

#: First word of every entry; a new layout gets a new one.
FORMAT = "kg-cache-2"
_SUFFIX = ".kgc"
_EXPORTS = "exports.json"


def pipeline_version() -> str:
    """A hash of everything extraction depends on.

    Covers every file of the kg package (code, data, models, templates) and of the lexicon
    folder, the kg version and the versions of spaCy and OpenCC (its dictionaries convert
    traditional pages), hashed once per process, and the extra lexicons in use (``kg build
    --lexicon``, :func:`kg.lexicon.use_lexicons`).
    """
    extra = extra_digest()
    if not extra:
        return _code_version()
    return hashlib.sha256(f"{_code_version()}\nlexicons {extra}\n".encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def _code_version() -> str:
    h = hashlib.sha256(f"kg {__version__}\nspacy {_dist_version('spacy')}\nopencc {_dist_version('opencc')}\n".encode())
    seen: set[Path] = set()
    for root in (package_dir(), lexicon_dir()):
        root = root.resolve()
        for path in sorted(_files(root)):
            if path in seen:
                continue
            seen.add(path)
            data = path.read_bytes()
            h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
            h.update(data)
    return h.hexdigest()


def _dist_version(name: str) -> str:
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
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("%s: cannot read cache entry (%s); extracting again", path, exc.strerror or exc)
            return None
        try:
            return _decode(data, self.version, document)
        except (ValueError, TypeError, KeyError, IndexError, zlib.error) as exc:
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
                self._exports = json.loads((self.root / _EXPORTS).read_text(encoding="utf-8"))
                if not isinstance(self._exports, dict):
                    raise ValueError("not an object")
            except FileNotFoundError:
                self._exports = {}
            except (OSError, ValueError) as exc:
                log.warning("%s: unreadable (%s); writing every export", self.root / _EXPORTS, exc)
                self._exports = {}
        return self._exports

    def export_is_current(self, path: Path, key: str) -> bool:
        """Whether ``path`` holds what the build with ``key`` writes: recorded for that key,
        and the file unchanged since (same SHA-256)."""
        entry = self._load_exports().get(str(Path(path).resolve()))
        if not isinstance(entry, dict) or entry.get("key") != key:
            return False
        try:
            return hashlib.sha256(Path(path).read_bytes()).hexdigest() == entry.get("sha256")
        except OSError:
            return False

    def record_export(self, path: Path, key: str) -> None:
        """Remember that ``path`` now holds the export of the build with ``key``."""
        try:
            sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            return
        self._load_exports()[str(Path(path).resolve())] = {"key": key, "sha256": sha}
        self._exports_dirty = True

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


def _decode(data: bytes, version: str, document: Document) -> MergeInput:
    head, sep, raw = data.partition(b"\n")
    parts = head.decode("ascii").split(" ")
    if not sep or len(parts) != 3 or parts[0] != FORMAT:
        raise ValueError("not a kg cache entry")
    if parts[1] != version:
        raise ValueError("written by another pipeline version")
    if hashlib.sha256(raw).hexdigest() != parts[2]:
        raise ValueError("checksum mismatch")
    body = json.loads(zlib.decompress(raw).decode("utf-8", "surrogatepass"))
    if body["sha256"] != document.cache_key:
        raise ValueError("entry is for other content")
    records = {}
    for cls, name, names, at in _RECORDS:
        rows = body[name]
        if not all(isinstance(row, list) and len(row) == len(names) for row in rows):
            raise ValueError(f"{name}: rows of {len(names)} fields expected")
        if at is not None:
            rows = [row[:at] + [document.doc_id] + row[at:] for row in rows]
        records[name] = tuple(cls(*_fields(row)) for row in rows)
    if not isinstance(body["chars"], int):
        raise ValueError("chars is not a number")
    return MergeInput(document=replace(document, text=""), chars=body["chars"],
                      warnings=tuple(body["warnings"]), **records)


def _fields(row: list) -> list:
    """A record's fields with JSON lists back to the tuples it holds: tuple[str, ...] and
    tuple[tuple[str, str], ...] are the only nested fields."""
    return [tuple(tuple(y) if type(y) is list else y for y in x) if type(x) is list else x for x in row]
