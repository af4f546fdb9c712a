"""Read files, folders and standard input into :class:`~kg.model.Document` records.

Decoding accepts UTF-8 with or without BOM, UTF-16 with BOM (or without one, when the text
decodes to characters of Chinese or Latin text), GB18030/GBK and Big5. Invalid bytes
inside an otherwise UTF-8 (or GB18030, or UTF-16) file are replaced by U+FFFD and reported
with their byte offsets; the rest of the file is read. A file whose lines mix UTF-8 and
GB18030 is read line by line in whichever encoding fits the line. Binary, empty and
undecodable files, and anything that is not a regular file, are reported as
:class:`Problem` and skipped.

>>> doc = decode_bytes("a.txt", "a.txt", "开平".encode("gb18030"))
>>> doc.text, doc.encoding
('开平', 'gb18030')
"""
from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
import stat
import sys
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .errors import InputError
from . import readers
from .model import Document
from .readers import ReadOptions
from .readers.text import text_metadata

__all__ = ["list_sources", "read_source", "Problem", "read_inputs", "iter_paths", "decode_bytes", "read_document",
           "read_documents", "display_path", "UniqueIds", "ReadOptions"]

log = logging.getLogger(__name__)

#: Largest file kg reads; bigger files are reported, not loaded.
MAX_BYTES = 512 * 1024 * 1024
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive",
}
_BAD_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SHOWN_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NON_SPACE = re.compile(r"\S")
_ASCII = bytes(range(128))
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_NUL_BYTES = "it contains NUL bytes"
#: the characters of Chinese or Latin text: ASCII, Latin-1, general and CJK punctuation, CJK
#: ideographs, full-width forms. UTF-16 read with the wrong byte order, or binary data read as
#: UTF-16, gives few of them.
_TEXT_CHAR = re.compile("[\t\n\r -~\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
                        "\uff00-\uffef]")
_SEPARATOR = re.compile("[\n \u3000。，、；：！？.,;:!?]")


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used, or was used with a warning."""

    path: str
    message: str
    fatal: bool = True  # False: a warning, the document was still read

    def __str__(self) -> str:
        return f"{display_path(self.path)}: {self.message}"


def display_path(path: str) -> str:
    """A path as one printable line: undecodable bytes as ``\\xff``, control characters escaped.

    >>> display_path("a\\nb.txt"), display_path(os.fsdecode(b"bad\\xff.txt"))
    ('a\\\\nb.txt', 'bad\\\\xff.txt')
    """
    s = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _SHOWN_CONTROL.sub(lambda m: repr(m.group())[1:-1], s)


# --- decoding ----------------------------------------------------------------------------------

_RECORD = threading.local()


def _record_error(exc: UnicodeDecodeError) -> tuple[str, int]:
    """The ``replace`` error handler that also notes where each bad sequence was."""
    _RECORD.bad.append((exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("kg-record", _record_error)


def _decode(data: bytes, codec: str) -> tuple[str, list[tuple[int, int]]]:
    """Decode with U+FFFD for bad sequences (exactly like ``errors="replace"``); also return
    the (start, end) byte ranges that were replaced."""
    _RECORD.bad = []
    try:
        text = data.decode(codec, "kg-record")
        return text, _RECORD.bad
    finally:
        _RECORD.bad = []


def _bad_bytes(bad: list[tuple[int, int]]) -> int:
    return sum(e - s for s, e in bad)


def _warn_replaced(path: str, bad: list[tuple[int, int]], codec: str, base: int = 0) -> None:
    shown = ", ".join(str(s + base) for s, _ in bad[:5])
    more = "" if len(bad) <= 5 else f" and {len(bad) - 5} more"
    log.warning("%s: invalid %s byte(s) at offset %s%s replaced by U+FFFD", display_path(path), codec, shown, more)


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    nul = head.count(b"\x00")
    if nul > max(2, len(head) // 100):  # a stray NUL in a text file is deleted by cleaning
        return _NUL_BYTES
    return None


def _utf16_unmarked(path: str, data: bytes) -> tuple[str, str] | None:
    """Text and codec of UTF-16 without a byte-order mark (NUL bytes told it apart from UTF-8), or
    None for binary data; InputError when it looks like UTF-16 but does not decode.

    Text is what decodes (in one byte order) to the characters of Chinese or Latin text, with
    the line breaks, spaces or punctuation of prose: ASCII with a few NUL bytes decodes to
    ideographs too (``ab`` is U+6261), but never to a space, which is ``20 00``.
    """
    best = None
    for codec in ("utf-16-le", "utf-16-be"):
        text, bad = _decode(data, codec)
        sample = text[:20000]
        share = len(_TEXT_CHAR.findall(sample)) / max(len(sample), 1)
        prose = len(_SEPARATOR.findall(sample)) >= max(1, len(sample) // 200)
        if prose and (best is None or share > best[0]):
            best = (share, text, bad, codec)
    if best is None:
        return None
    share, text, bad, codec = best
    if share >= 0.9 and _bad_bytes(bad) * 10 <= len(data):
        if bad:
            _warn_replaced(path, bad, codec.upper())
        log.info("%s: read as %s (no byte-order mark)", display_path(path), codec.upper())
        return text, codec
    if share >= 0.5:
        raise InputError(f"{display_path(path)}: looks like UTF-16 without a byte-order mark, but it does not decode; "
                         "convert it to UTF-8")
    return None


def decode_bytes(doc_id: str, path: str, data: bytes) -> Document:
    """Decode raw bytes into a Document, or raise :class:`InputError` naming the problem."""
    shown = display_path(path)
    sha = hashlib.sha256(data).hexdigest()
    if data.startswith(b"\xef\xbb\xbf"):
        text, bad = _decode(data[3:], "utf-8")
        enc = "utf-8-sig"
        if bad:
            _warn_replaced(path, bad, "UTF-8", base=3)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, bad = _decode(data, "utf-16")
        enc = "utf-16"
        if bad:
            if _bad_bytes(bad) * 10 > len(data) and len(bad) > 4:
                raise InputError(f"{shown}: invalid UTF-16 at byte {bad[0][0]}; convert it to UTF-8")
            _warn_replaced(path, bad, "UTF-16")
    else:
        kind = _binary_kind(data)
        unmarked = _utf16_unmarked(path, data) if kind == _NUL_BYTES else None
        if unmarked:
            text, enc = unmarked
        elif kind:
            raise InputError(f"{shown}: binary file ({kind}), not text; skipped")
        else:
            text, enc = _decode_unmarked(path, data)
    if not _NON_SPACE.search(text):
        raise InputError(f"{shown}: empty file (no text); skipped")
    head = text[:65536]
    if len(_BAD_CONTROL.findall(head)) > max(8, len(head) // 50):
        raise InputError(f"{shown}: binary file (too many control characters), not text; skipped")
    return Document(doc_id=doc_id, path=path, text=text, encoding=enc, sha256=sha, **text_metadata(text))


def _decode_unmarked(path: str, data: bytes) -> tuple[str, str]:
    """UTF-8, else Big5 (when the bytes are not GB2312's), else GB18030, else line by line whichever
    fits; a few bad bytes are replaced."""
    text, bad = _decode(data, "utf-8")
    if not bad:
        return text, "utf-8"
    high = len(data.translate(None, _ASCII))  # bytes outside ASCII
    # mostly valid UTF-8 with a few bad bytes (a flipped bit, a cut character): keep the file
    if _bad_bytes(bad) * 10 <= high:
        _warn_replaced(path, bad, "UTF-8")
        return text, "utf-8"
    if not _looks_gb2312(data):  # traditional characters in Big5 (Taiwan, Hong Kong and Macau pages)
        try:
            return data.decode("big5"), "big5"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    # lines in different encodings (files concatenated), or a damaged GB18030 file
    parts: list[str] = []
    replaced: list[tuple[int, int]] = []
    gb_lines: list[int] = []
    utf8_lines = 0
    pos = 0
    for line in data.splitlines(keepends=True):
        t, b = _decode(line, "utf-8")
        if b:
            g, gb = _decode(line, "gb18030")
            if _bad_bytes(gb) < _bad_bytes(b) and _looks_gb2312(line):
                t, b = g, gb
                gb_lines.append(pos)
            else:
                utf8_lines += 1
        elif _HIGH_BYTE.search(line):
            utf8_lines += 1
        parts.append(t)
        replaced += [(s + pos, e + pos) for s, e in b]
        pos += len(line)
    if _bad_bytes(replaced) * 4 > high and len(replaced) > max(4, len(data) // 1000):
        raise InputError(
            f"{display_path(path)}: cannot decode: not UTF-8 (invalid byte at offset {bad[0][0]}), UTF-16 or GB18030; "
            "convert it to UTF-8"
        )
    enc = "utf-8" if not gb_lines else "gb18030" if not utf8_lines else "utf-8+gb18030"
    if gb_lines and utf8_lines:
        log.warning("%s: mixed encodings: %d line(s) read as GB18030 (the first at byte %d), the rest as UTF-8",
                    display_path(path), len(gb_lines), gb_lines[0])
    if replaced:
        _warn_replaced(path, replaced, {"utf-8": "UTF-8", "gb18030": "GB18030"}.get(enc, "UTF-8/GB18030"))
    return "".join(parts), enc


_GB_SEQ = re.compile(rb"([\xa1-\xf7][\xa1-\xfe])|[\x81-\xfe][\x30-\x39][\x81-\xfe][\x30-\x39]|[\x81-\xfe][\x40-\x7e\x80-\xfe]")


def _looks_gb2312(line: bytes) -> bool:
    """Most of the line's double-byte characters lie in GB2312, as in simplified Chinese text.

    GB18030 decodes nearly any bytes; random bytes fall in GB2312 about one time in three.
    """
    total = common = 0
    for m in _GB_SEQ.finditer(line):
        total += 1
        common += m.group(1) is not None
    return total > 0 and common >= 0.8 * total


# --- files ---------------------------------------------------------------------------------------

_KINDS = {stat.S_IFIFO: "a named pipe", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket"}


def _read_bytes(path: Path, shown: str) -> bytes:
    """The bytes of one regular file, or :class:`InputError` naming the problem."""
    try:
        with open(path, "rb", opener=_open_nonblocking) as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                if stat.S_ISDIR(st.st_mode):
                    raise InputError(f"{shown}: is a directory")
                kind = _KINDS.get(stat.S_IFMT(st.st_mode), "not a regular file")
                raise InputError(f"{shown}: not a regular file ({kind}); skipped")
            if st.st_size > MAX_BYTES:
                raise InputError(f"{shown}: file too large ({st.st_size} bytes; the limit is {MAX_BYTES}); split it")
            data = f.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"{shown}: permission denied; skipped") from None
    except IsADirectoryError:
        raise InputError(f"{shown}: is a directory") from None
    except FileNotFoundError:
        what = "broken symbolic link" if os.path.islink(path) else "no such file or directory"
        raise InputError(f"{shown}: {what}") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc}); skipped") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{shown}: file too large (more than {MAX_BYTES} bytes); split it")
    return data


def read_document(path: Path, doc_id: str, shown: str | None = None) -> Document:
    """Read and decode one regular file as plain text."""
    shown = display_path(shown if shown is not None else str(path))
    return decode_bytes(doc_id, shown, _read_bytes(path, shown))


def read_documents(path: Path, doc_id: str, shown: str | None = None,
                   options: ReadOptions | None = None) -> list[Document]:
    """The documents of one regular file, read by the reader its content calls for
    (:mod:`kg.readers`): one, or one per record of a records file."""
    shown = display_path(shown if shown is not None else str(path))
    return readers.read(doc_id, shown, _read_bytes(path, shown), options)


def _open_nonblocking(path: str, flags: int) -> int:
    """Open without blocking on a named pipe (the type check that follows rejects it)."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _identity(p: Path) -> tuple:
    """What makes two paths the same file: device and inode, else the resolved path."""
    try:
        st = p.stat()
        return ("inode", st.st_dev, st.st_ino)
    except OSError:
        return ("path", os.path.realpath(p))


def _walk(root: Path) -> Iterator[tuple[Path, Problem | None]]:
    """Files under ``root`` (depth first, sorted, hidden names skipped), without recursion.

    Symbolic links to folders are followed after the real folders, unless they lead to a
    folder already walked: a link back to an ancestor is a loop (a warning), any other is
    the same files under another name. Folders that cannot be listed are Problems.
    """
    seen_dirs: set[tuple] = set()
    stack: list[Path] = [root]
    links: list[Path] = []
    while stack or links:
        d = stack.pop() if stack else links.pop(0)
        ident = _identity(d)
        if ident in seen_dirs:
            real, parent = os.path.realpath(d), os.path.realpath(d.parent)
            if parent == real or parent.startswith(real.rstrip(os.sep) + os.sep):
                log.warning("%s: symbolic link loop (it leads back to %s); not followed",
                            display_path(str(d)), display_path(real))
            else:
                log.info("%s: a folder already read under another name; not read twice", display_path(str(d)))
            continue
        seen_dirs.add(ident)
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield d, Problem(str(d), f"cannot list folder ({exc.strerror or exc}); skipped")
            continue
        subdirs: list[Path] = []
        for e in entries:
            if e.name.startswith("."):
                continue
            p = Path(e.path)
            try:
                is_dir = e.is_dir()  # follows symbolic links
                is_link = e.is_symlink()
            except OSError:
                is_dir = is_link = False
            if is_dir and is_link:
                links.append(p)
            elif is_dir:
                subdirs.append(p)
            else:
                yield p, None
        stack.extend(reversed(subdirs))


def iter_paths(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None, str | Problem]]:
    """Expand inputs into (doc_id, path, shown path) triples, or Problems.

    Folders are walked recursively; hidden files and folders are skipped; symbolic links
    to folders are followed, loops are not. ``-`` is standard input (path None). A file
    named twice (or reached twice, through a folder and directly, or by a link) is read
    once. Problems come first, in input order, then the files sorted by id: the result does
    not depend on the order of ``inputs``.
    """
    found: dict[tuple, tuple[str, Path | None, str]] = {}

    def add(doc_id: str, path: Path | None, shown: str) -> None:
        key = ("stdin",) if path is None else _identity(path)
        entry = (display_path(doc_id), path, display_path(shown))
        old = found.get(key)
        # reached twice: the id with the most folder context wins, whatever the input order
        if old is None or (-entry[0].count("/"), entry[0], entry[2]) < (-old[0].count("/"), old[0], old[2]):
            found[key] = entry

    for given in inputs:
        if given == "-":
            add("stdin", None, "-")
            continue
        p = Path(given)
        if not p.exists() and not p.is_symlink():
            yield given, None, Problem(given, "no such file or directory")
            continue
        if p.is_dir():
            any_file = False
            for fp, problem in _walk(p):
                if problem is not None:
                    yield str(fp), None, problem
                    continue
                any_file = True
                add(fp.relative_to(p).as_posix(), fp, str(fp))
            if not any_file:
                yield given, None, Problem(given, "folder holds no files")
        else:
            add(p.name, p, str(p))
    for doc_id, path, shown in sorted(found.values(), key=lambda e: (e[0], e[2])):
        yield doc_id, path, shown


def list_sources(inputs: Iterable[str]) -> tuple[list[tuple[str, Path | None, str]], list[Problem]]:
    """The inputs as (unique doc_id, path or None for stdin, shown path), sorted by doc_id, and
    the problems found while listing them (missing paths, unlistable folders).

    The same inputs in any order give the same sources with the same ids (``a.txt~2`` for a
    second ``a.txt``).
    """
    sources: list[tuple[str, Path | None, str]] = []
    problems: list[Problem] = []
    used: dict[str, int] = {}
    for doc_id, path, shown in iter_paths(inputs):
        if isinstance(shown, Problem):
            problems.append(shown)
            continue
        n = used.get(doc_id, 0)
        used[doc_id] = n + 1
        sources.append((doc_id if n == 0 else f"{doc_id}~{n + 1}", path, shown))
    return sources, problems


def read_source(doc_id: str, path: Path | None, shown: str, stdin: BinaryIO | None = None,
                options: ReadOptions | None = None) -> list[Document] | Problem:
    """The documents of one listed source (one, or one per record), or the Problem that stops it."""
    try:
        if path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise InputError(f"-: input too large (more than {MAX_BYTES} bytes); split it")
            return readers.read(doc_id, "-", data, options)
        return read_documents(path, doc_id, shown, options)
    except InputError as exc:
        msg = str(exc)
        return Problem(shown, msg[len(shown) + 2 :] if msg.startswith(f"{shown}: ") else msg)


def read_inputs(inputs: Iterable[str], stdin: BinaryIO | None = None,
                options: ReadOptions | None = None) -> tuple[list[Document], list[Problem]]:
    """Read every input; return the documents (sorted by id, ids made unique) and the problems.

    The same inputs in any order give the same documents with the same ids.
    """
    sources, problems = list_sources(inputs)
    docs: list[Document] = []
    ids = UniqueIds()
    for doc_id, path, shown in sources:
        got = read_source(doc_id, path, shown, stdin, options)
        if isinstance(got, Problem):
            problems.append(got)
        else:
            docs += [ids.unique(d) for d in got]
    docs.sort(key=lambda d: d.doc_id)
    return docs, problems


class UniqueIds:
    """Makes the ids of a build's documents unique: a record whose URL or content was read before
    gets ``~2``, ``~3`` … (a file's id is unique already, see :func:`list_sources`)."""

    def __init__(self) -> None:
        self._used: dict[str, int] = {}

    def unique(self, doc: Document) -> Document:
        n = self._used.get(doc.doc_id, 0)
        self._used[doc.doc_id] = n + 1
        return doc if n == 0 else replace(doc, doc_id=f"{doc.doc_id}~{n + 1}")
