"""Prebuilt forms of the tables kg derives from its data files, kept in a per-user cache.

Reading the statistical model means decompressing and dequantising 55 MB of weights and hashing
its features into a lookup table: 0.16 s of CPU in every process that loaded it. Here the first
process that needs such a table builds it as before and saves it; later processes open the saved
form: numpy arrays memory-mapped (``.npy``, ``mmap_mode="r"``) and marshalled Python values.

Each entry is a folder ``<name>-<key>`` under :func:`cache_root`; the key hashes the format of the
prebuilt forms, the Python version and the bytes of every source the table comes from: the data
files (the model file) and the modules whose code makes the table. A changed source gives a new
key, so a stale entry is never read; the newest few entries of a name are kept, so checkouts with
other data files each find theirs. An entry is written to a temporary folder and renamed into place
whole. Reading checks it: ``entry.json`` lists every file with its size, the arrays' types and
shapes and a SHA-256 of the marshalled values; an entry that fails a check (a truncated or missing
file, another header, type or shape, changed values) is built again and replaced. The bytes of the
arrays are not hashed at each start (that would read all of them): an array rewritten in place with
the same size and header would be read as it is; kg itself only ever writes whole entries. When the
cache folder cannot be written, tables are built in memory as before.

The folder is ``$KG_CACHE_HOME``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``;
``KG_CACHE_HOME=off`` turns the cache off. The rates that choose between one process and workers
(:mod:`kg.engine`) are kept there too, and so are digests of files (:func:`remembered_digest`): the
pipeline version and the keys above hash kg's files, the 15 MB model among them, and a process whose
files are as they were (same path, size, modification and change times, inode) reads the digest
instead of the bytes.
"""
from __future__ import annotations

import hashlib
import json
import logging
import marshal
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np

__all__ = ["cache_root", "compile_pattern", "Entry", "cached", "FORMAT", "remembered_digest"]

log = logging.getLogger(__name__)

#: The version of the prebuilt forms: part of every key, so a change of layout never reads an old one.
FORMAT = "kg-prebuilt-1"
_ENTRY_FILE = "entry.json"
#: The Python values of an entry (the interpreter's version is part of the key: marshal's format may change).
_MARSHAL_VERSION = 4
#: Entries kept of one name (the newest): checkouts of kg with other data files each find theirs.
_KEPT = 3
#: Digests remembered of one kind (the newest): checkouts of kg, or versions of one, each find theirs.
_DIGESTS_KEPT = 32
#: A file changed less than this long ago may change again within the same tick of its clock, keeping
#: its size and times: its digest is not remembered (git's "racy" files).
_SETTLED_NS = 2_000_000_000

T = TypeVar("T")


def cache_root() -> Path | None:
    """The per-user folder of prebuilt tables, or None when ``KG_CACHE_HOME=off``."""
    home = os.environ.get("KG_CACHE_HOME")
    if home is not None:
        return None if home.strip().lower() in ("", "off", "0", "no") else Path(home)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "kg"


def source_digest(*sources: Path | bytes | str) -> str:
    """A SHA-256 of files (their bytes) and of values (bytes or text) in order."""
    h = hashlib.sha256()
    for s in sources:
        data = s.read_bytes() if isinstance(s, Path) else s.encode("utf-8") if isinstance(s, str) else s
        h.update(f"{len(data)}\0".encode("ascii"))
        h.update(data)
    return h.hexdigest()


@dataclass
class Entry:
    """What a table is saved as: numpy arrays (opened memory-mapped) and a marshallable value
    (dicts, lists, tuples, strings and numbers only)."""

    arrays: dict[str, np.ndarray]
    value: object = None


class _Bad(Exception):
    """An entry that fails a check: it is built again."""


def cached(name: str, sources: Iterable[Path | bytes | str], build: Callable[[], T], save: Callable[[T], Entry],
           open_: Callable[[Entry], T]) -> T:
    """The table ``name`` made from these sources: ``open_(entry)`` of its prebuilt entry, or ``build()``
    when there is none or it fails a check (then ``save(table)`` is written for the next process).
    ``open_`` raises ValueError (or KeyError, TypeError) when the entry does not make a sound table.
    """
    root = cache_root()
    if root is None:
        return build()
    sources = list(sources)
    head = (FORMAT, f"python {sys.version_info[:2]}")
    files = [s for s in sources if isinstance(s, Path)]
    salt = source_digest(*head, *map(repr, sources))
    key = remembered_digest(f"prebuilt-{name}", files, lambda: source_digest(*head, *sources), salt)[:32]
    folder = root / f"{name}-{key}"
    if folder.is_dir():
        try:
            return open_(_open(folder))
        except (_Bad, OSError, ValueError, EOFError, TypeError, KeyError, AttributeError, IndexError) as exc:
            log.info("prebuilt %s is unusable (%s): building it again", folder, exc)
    table = build()
    try:
        _save(root, folder, save(table))
    except OSError as exc:  # a read-only or full disk: the table is still there, built in memory
        log.debug("prebuilt %s not saved: %s", folder, exc)
    return table


def remembered_digest(kind: str, files: Iterable[Path], compute: Callable[[], str], salt: str = "") -> str:
    """``compute()``, a digest of these files' bytes (and of ``salt``, what else it depends on), or
    the digest remembered for them when every file has the path, size, modification and change times
    and inode it had then: the same bits, without reading the files.

    Digests are kept in ``digests-<kind>.json`` under :func:`cache_root` (the newest few; the file is
    replaced whole). Files changed in the last two seconds are hashed but not remembered: a later
    write in the same tick of the clock could keep their size and times.
    """
    root = cache_root()
    if root is None:
        return compute()
    try:
        stats = [(str(p), os.stat(p)) for p in files]
    except OSError:
        return compute()
    h = hashlib.sha256(f"{kind}\0{salt}\0".encode("utf-8", "surrogateescape"))
    for path, st in stats:
        h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\0{st.st_dev}\n"
                 .encode("utf-8", "surrogateescape"))
    key = h.hexdigest()
    record = root / f"digests-{kind}.json"
    try:
        known = json.loads(record.read_text(encoding="utf-8"))
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError):
        known = {}
    digest = known.get(key)
    if isinstance(digest, str) and len(digest) == 64:
        return digest
    digest = compute()
    newest = max((max(st.st_mtime_ns, st.st_ctime_ns) for _, st in stats), default=0)
    if newest > time.time_ns() - _SETTLED_NS:
        return digest
    known.pop(key, None)
    known[key] = digest  # insertion order: the newest last
    kept = dict(list(known.items())[-_DIGESTS_KEPT:])
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{record.name}.", dir=root)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(kept, f, indent=0)
            os.replace(tmp, record)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:  # a read-only or full disk: hashed again next time
        log.debug("digest not remembered in %s: %s", record, exc)
    return digest


def _open(folder: Path) -> Entry:
    import numpy as np

    meta = json.loads((folder / _ENTRY_FILE).read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT:
        raise _Bad(f"format {meta.get('format')!r}")
    arrays = {}
    for name, (dtype, shape, size) in meta["arrays"].items():
        path = folder / f"{name}.npy"
        if path.stat().st_size != size:
            raise _Bad(f"{path.name} has {path.stat().st_size} bytes, not {size}")
        a = np.load(path, mmap_mode="r", allow_pickle=False)
        if a.dtype.str != dtype or list(a.shape) != shape:
            raise _Bad(f"{path.name} is {a.dtype.str} {list(a.shape)}, not {dtype} {shape}")
        arrays[name] = a
    value = None
    if meta.get("value") is not None:
        data = (folder / "value.marshal").read_bytes()
        if hashlib.sha256(data).hexdigest() != meta["value"]:
            raise _Bad("value.marshal does not match its SHA-256")
        value = marshal.loads(data)
    return Entry(arrays, value)


def _save(root: Path, folder: Path, entry: Entry) -> None:
    import numpy as np

    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=root))
    try:
        meta: dict = {"format": FORMAT, "arrays": {}, "value": None}
        for name, a in entry.arrays.items():
            a = np.ascontiguousarray(a)
            path = tmp / f"{name}.npy"
            np.save(path, a, allow_pickle=False)
            meta["arrays"][name] = [a.dtype.str, list(a.shape), path.stat().st_size]
        if entry.value is not None:
            data = marshal.dumps(entry.value, _MARSHAL_VERSION)
            (tmp / "value.marshal").write_bytes(data)
            meta["value"] = hashlib.sha256(data).hexdigest()
        (tmp / _ENTRY_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        if folder.exists():  # an entry that failed its checks: set aside, then removed
            stale = Path(tempfile.mkdtemp(prefix=f".{folder.name}.stale.", dir=root))
            os.replace(folder, stale / "entry")
            shutil.rmtree(stale, ignore_errors=True)
        try:
            os.rename(tmp, folder)
        except OSError:
            if not folder.is_dir():  # another process renamed its own copy into place first: keep that one
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _prune(root, folder.name.rsplit("-", 1)[0])


def _prune(root: Path, name: str) -> None:
    """Remove all but the newest :data:`_KEPT` entries called ``name`` (entries of older sources)."""
    entries = []
    for other in root.iterdir():
        if not other.name.startswith(".") and other.name.rsplit("-", 1)[0] == name and other.is_dir():
            try:
                entries.append((other.stat().st_mtime_ns, other))
            except OSError:
                continue
    for _, other in sorted(entries, reverse=True)[_KEPT:]:
        shutil.rmtree(other, ignore_errors=True)


# -- compiled patterns -----------------------------------------------------------------------------

#: Compiled patterns kept (the most recently written): the lexicons' few hundred, with room for other versions.
_PATTERNS_KEPT = 2048
_engine_key: str | None = None
_patterns_pruned = False


def _pattern_folder() -> Path | None:
    """``patterns-<key>`` under :func:`cache_root`, the key naming this interpreter's regular expression engine
    (its version, and ``_sre``'s code format) and the form of the code saved (:data:`_CODE_FORM`): compiled code
    is read only by the engine that wrote it."""
    global _engine_key
    root = cache_root()
    if root is None:
        return None
    if _engine_key is None:
        import _sre

        engine = f"{FORMAT}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{_CODE_FORM}"
        _engine_key = hashlib.sha256(engine.encode("utf-8")).hexdigest()[:16]
    return root / f"patterns-{_engine_key}"


#: the form of the code :func:`compile_pattern` saves: 2, the first characters checked before the pattern
#: (:func:`_first_class`)
_CODE_FORM = 2


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, a pattern object that finds the same matches, from the compiled code a
    process saved before.

    Compiling takes Python's parser and code generator about 0.45 ms a lexicon pattern (a build that reaches
    170 of them spends 0.08 s on it); handing the saved code to the engine takes microseconds. The code is
    saved, one file a pattern under :func:`_pattern_folder`, by the first process that compiles the pattern,
    with the pattern and flags it belongs to (checked on reading: a file of another pattern, unreadable or
    cut short is compiled again and replaced). The engine checks the code it is given and refuses code it
    cannot run. Without a cache folder the code is made the same way and not saved; where this Python
    compiles otherwise, it is ``re.compile``.

    The code is that of the pattern behind a look-ahead at the characters a match of it can begin with, where
    the pattern says which (:func:`_first_class`): the same matches, the same groups and the same
    ``pattern``, but a position where no match can begin is left after one test of a character, not after
    the pattern's alternatives and look-behinds are tried there (the lexicons' patterns that scan whole texts
    mostly open with such; three to four times faster on news text).
    """
    flags = int(flags)
    if flags & re.DEBUG:
        return re.compile(pattern, flags)
    folder = _pattern_folder()
    if folder is None:
        return _compiled(pattern, flags)[0]
    import _sre

    name = hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    path = folder / name
    try:
        saved = marshal.loads(path.read_bytes())
        if type(saved) is tuple and len(saved) == 7 and saved[0] == pattern and saved[1] == flags:
            return _sre.compile(pattern, *saved[2:])
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError, RuntimeError, IndexError, OverflowError) as exc:
        log.debug("compiled pattern %s unusable (%s): compiled again", path, exc)
    compiled, args = _compiled(pattern, flags)
    if args is not None:
        _save_pattern(folder, path, marshal.dumps((pattern, flags, *args), _MARSHAL_VERSION))
    return compiled


def _compiled(pattern: str, flags: int) -> tuple[re.Pattern, tuple | None]:
    """``(pattern object, the arguments of _sre.compile that made it)``: the code of ``pattern``, behind a
    look-ahead at its first characters where :func:`_first_class` finds them; ``re.compile`` and None where
    this Python's engine is not reached so."""
    import _sre

    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        # a pattern the engine scans for by its literal prefix or first characters already keeps its own way
        lead = None if _compiler._get_literal_prefix(parsed, flags)[0] or \
            _compiler._get_charset_prefix(parsed, flags) is not None else _first_class(parsed, flags)
        if lead is not None:
            ahead = _parser.parse(f"(?={lead})(?:{pattern})", flags)
            if ahead.state.groups == parsed.state.groups and ahead.state.groupdict == parsed.state.groupdict \
                    and ahead.state.flags == parsed.state.flags:
                parsed = ahead
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        args = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
                tuple(indexgroup))  # plain ints: the code's opcodes are named int constants
        return _sre.compile(pattern, *args), args
    except re.error:
        raise
    except Exception as exc:  # noqa: BLE001 - an engine whose internals differ: compile as re does
        log.debug("pattern not compiled through its code (%s)", exc)
        return re.compile(pattern, flags), None


#: the widest range of characters :func:`_first_class` puts in a class
_WIDEST_RANGE = 256


def _first_class(parsed, flags: int) -> str | None:
    r"""A character class of the characters every match of the parsed pattern begins with, or None where the
    pattern does not tell (a match may be empty, or begin with any character, a negated class, a category
    such as \d, a back-reference, a character of a range of :data:`_WIDEST_RANGE` or more; a pattern that
    ignores case or is verbose).

    Zero-width items (^, $, \b, look-aheads and look-behinds) consume nothing: the first character is that
    of the next item, so the class is only ever a condition every match meets already.

    >>> from re import _parser
    >>> _first_class(_parser.parse(r"(?:(?<=[，。])|^)(?:该|这项)(?P<h>工程|项目)"), 0)
    '[\\U00008be5\\U00008fd9]'
    >>> _first_class(_parser.parse(r"[一-三]?是"), 0)
    '[\\U00004e00-\\U00004e09\\U0000662f]'
    >>> [_first_class(_parser.parse(p), 0) for p in (r"a*", r"\d+年", r"[^，]+", r".是", r"(a)\1", r"(?i:a)")]
    [None, None, None, None, '[\\U00000061]', None]
    >>> _first_class(_parser.parse(r"[\u4e00-\u9fff]{2,4}村"), 0) is None
    True
    """
    from re import _constants as c

    if (flags | parsed.state.flags) & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
        return None

    def seq(items):
        found: set = set()
        for op, av in items:
            got = one(op, av)
            if got is None:
                return None
            found |= got[0]
            if not got[1]:
                return found, False
        return found, True

    def one(op, av):
        if op is c.LITERAL:
            return {(av, av)}, False
        if op is c.IN:
            found = set()
            for o, a in av:
                if o is c.LITERAL:
                    found.add((a, a))
                elif o is c.RANGE:
                    found.add(tuple(a))
                else:  # a negated class, a category
                    return None
            return found, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True
        if op is c.BRANCH:
            found, empty = set(), False
            for alt in av[1]:
                got = seq(alt)
                if got is None:
                    return None
                found |= got[0]
                empty = empty or got[1]
            return found, empty
        if op is c.SUBPATTERN:
            _, add, _, inner = av
            return None if add & (re.IGNORECASE | re.VERBOSE | re.LOCALE) else seq(inner)
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, inner = av
            if high == 0:
                return set(), True
            got = seq(inner)
            return None if got is None else (got[0], got[1] or low == 0)
        return None  # any character, a negated literal, a category, a back-reference, a conditional

    got = seq(parsed)
    if got is None or got[1] or not got[0] or any(b - a >= _WIDEST_RANGE for a, b in got[0]):
        return None  # (a range as wide as the CJK block sorts out few positions of Chinese text)
    return "[" + "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in sorted(got[0])) + "]"


def _save_pattern(folder: Path, path: Path, data: bytes) -> None:
    global _patterns_pruned
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        if not _patterns_pruned:  # once a process: the oldest files beyond the limit
            _patterns_pruned = True
            files = [(e.stat().st_mtime_ns, e.path) for e in os.scandir(folder) if not e.name.startswith(".")]
            for _, old in sorted(files, reverse=True)[_PATTERNS_KEPT:]:
                os.unlink(old)
    except OSError as exc:  # a read-only or full disk: compiled again next time
        log.debug("compiled pattern not saved in %s: %s", folder, exc)
