"""Read files, folders and standard input into :class:`~kg.model.Document` records.

Decoding accepts UTF-8 with or without BOM, UTF-16 with BOM and GB18030/GBK. A few invalid
bytes inside an otherwise UTF-8 file are replaced and reported with their byte offset;
binary, empty and undecodable files are reported as :class:`Problem` and skipped.

>>> doc = decode_bytes("a.txt", "a.txt", "开平".encode("gb18030"))
>>> doc.text, doc.encoding
('开平', 'gb18030')
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .errors import InputError
from .model import Document

__all__ = ["Problem", "read_inputs", "iter_paths", "decode_bytes", "read_document"]

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


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used, or was used with a warning."""

    path: str
    message: str
    fatal: bool = True  # False: a warning, the document was still read

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head:
        return "a binary file (it contains NUL bytes)"
    return None


def decode_bytes(doc_id: str, path: str, data: bytes) -> Document:
    """Decode raw bytes into a Document, or raise :class:`InputError` naming the problem."""
    sha = hashlib.sha256(data).hexdigest()
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
        bad = text.count("\ufffd") - data[3:].decode("utf-8", errors="ignore").count("\ufffd")
        if bad:
            log.warning("%s: %d invalid UTF-8 sequence(s) replaced", path, bad)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, enc = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: invalid UTF-16 at byte {exc.start}") from None
    else:
        kind = _binary_kind(data)
        if kind:
            raise InputError(f"{path}: binary file ({kind}), not text; skipped")
        text, enc = _decode_unmarked(path, data)
    if not text.strip():
        raise InputError(f"{path}: empty file (no text); skipped")
    if len(_BAD_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 50):
        raise InputError(f"{path}: binary file (too many control characters), not text; skipped")
    return Document(doc_id=doc_id, path=path, text=text, encoding=enc, sha256=sha)


def _decode_unmarked(path: str, data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # a few bad bytes in otherwise valid UTF-8: keep the file, report where
    bad_positions = _invalid_utf8_offsets(data, limit=64)
    replaced = data.decode("utf-8", errors="replace")
    valid_multibyte = sum(1 for c in replaced if c > "\x7f" and c != "\ufffd")
    mostly_utf8 = valid_multibyte >= 10 * len(bad_positions)  # GB18030 text read as UTF-8 is mostly invalid
    if mostly_utf8 and len(bad_positions) < 64 and len(bad_positions) <= max(4, len(data) // 1000):
        text = replaced
        shown = ", ".join(str(p) for p in bad_positions[:5])
        more = "" if len(bad_positions) <= 5 else f" and {len(bad_positions) - 5} more"
        log.warning("%s: invalid UTF-8 byte(s) at offset %s%s replaced by U+FFFD", path, shown, more)
        return text, "utf-8"
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise InputError(
        f"{path}: cannot decode: not UTF-8 (invalid byte at offset {first_bad}), UTF-16 or GB18030; "
        "convert it to UTF-8"
    )


def _invalid_utf8_offsets(data: bytes, limit: int) -> list[int]:
    out: list[int] = []
    pos = 0
    while pos < len(data) and len(out) < limit:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            out.append(pos + exc.start)
            pos += exc.start + max(1, exc.end - exc.start)
    return out


def read_document(path: Path, doc_id: str) -> Document:
    """Read and decode one file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file too large ({size} bytes; the limit is {MAX_BYTES}); split it")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied; skipped") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc}); skipped") from None
    return decode_bytes(doc_id, str(path), data)


def iter_paths(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None, str | Problem]]:
    """Expand inputs into (doc_id, path, shown path) triples, or Problems.

    Folders are walked recursively in sorted order; hidden files and folders are skipped and
    symlinked folders are not followed (no loops). ``-`` is standard input (path None).
    """
    seen: set[str] = set()
    for given in inputs:
        if given == "-":
            if "-" not in seen:
                seen.add("-")
                yield "stdin", None, "-"
            continue
        p = Path(given)
        if not p.exists() and not p.is_symlink():
            yield given, None, Problem(given, "no such file or directory")
            continue
        if p.is_dir():
            found = False
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    fp = Path(root) / name
                    real = os.path.realpath(fp)
                    found = True
                    if real in seen:
                        continue
                    seen.add(real)
                    yield fp.relative_to(p).as_posix(), fp, str(fp)
            if not found:
                yield given, None, Problem(given, "folder holds no files")
        else:
            real = os.path.realpath(p)
            if real in seen:
                continue
            seen.add(real)
            yield p.name, p, str(p)


def read_inputs(inputs: Iterable[str], stdin: BinaryIO | None = None) -> tuple[list[Document], list[Problem]]:
    """Read every input; return the documents (sorted by id, ids made unique) and the problems."""
    docs: list[Document] = []
    problems: list[Problem] = []
    used: dict[str, int] = {}
    for doc_id, path, shown in iter_paths(inputs):
        if isinstance(shown, Problem):
            problems.append(shown)
            continue
        n = used.get(doc_id, 0)
        used[doc_id] = n + 1
        unique_id = doc_id if n == 0 else f"{doc_id}~{n + 1}"
        try:
            if path is None:
                stream = stdin if stdin is not None else sys.stdin.buffer
                doc = decode_bytes(unique_id, "-", stream.read())
            else:
                doc = read_document(path, unique_id)
        except InputError as exc:
            problems.append(Problem(shown, str(exc).split(": ", 1)[-1] if str(exc).startswith(shown) else str(exc)))
            continue
        docs.append(doc)
    docs.sort(key=lambda d: d.doc_id)
    return docs, problems
