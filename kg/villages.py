"""The villages and communities of every province, read only where an article needs them.

The gazetteer (:mod:`kg.gazetteer`) lists every province, city, county and township, and the
villages of Guangdong. The 584,081 villages and communities of the other provinces (NBS 2023,
linked to their townships) live in ``kg/data/villages.zip``: one LZMA-compressed member per
prefecture (its 4-digit code), each a TSV of ``code name level parent``. Opening the store reads
only the zip's directory; a prefecture's member is read the first time one of its townships or
villages is asked for (about 1,700 villages), and only the county asked about is made into
divisions, so a build's start-up and memory do not grow with the country.

Decompressing a prefecture's member costs more than making its county's divisions: the shipped
store is also kept in the per-user cache of prebuilt tables (:mod:`kg.prebuilt`) as its plain lines,
memory-mapped, with where each county's lines lie; a process that finds that entry reads a county's
lines from it and decompresses nothing. The first process to need a village builds the entry (every
member read once, a fraction of a second); without the cache the members are read as needed.

>>> store = VillageStore.load()
>>> [(d.name, d.level) for d in store.villages_of("110115109")][:2]
[('六合庄村', 'village'), ('马村', 'village')]
>>> store.get("110115109201").parent
'110115109'

Rebuilt, byte for byte, by ``kg data villages SHARED_DATA_DIR`` (:mod:`kg.data_build.villages`).
"""
from __future__ import annotations

import os
import threading
import zipfile
from bisect import bisect_left
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from .errors import InputError
from .prebuilt import Entry, cache_root, cached
from .resources import collector_paused, data_path

__all__ = ["VillageStore", "STORE_PATH"]

STORE_PATH = data_path("villages.zip")
#: the NBS list of every province's villages, and the province whose villages the gazetteer holds already
_LEVEL = {"v": "village", "c": "community"}
_COUNTY_DIGITS = 6  # a county's division code; its townships' and villages' codes begin with it


class _County(NamedTuple):
    """The villages and communities of one county: by code, by parent, and all in code order."""

    by_code: dict
    by_parent: dict
    all: tuple


class VillageStore:
    """Villages and communities by code and by the township (or county) they lie in."""

    _default: VillageStore | None = None

    def __init__(self, path: str | Path, *, prebuilt: bool | None = None):
        """``prebuilt``: read through the prebuilt form in the per-user cache (default: for the shipped store)."""
        self.path = Path(path)
        self._use_prebuilt = self.path == STORE_PATH if prebuilt is None else prebuilt
        self._prebuilt: tuple | None = None  # (the lines' bytes, memory-mapped; {county: (start, end)})
        self._zip: zipfile.ZipFile | None = None
        self._pid: int | None = None  # the process that opened _zip
        self._members: frozenset[str] | None = None
        self._blocks: dict[str, list[str]] = {}  # a prefecture's lines, in code order
        self._counties: dict[str, _County] = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls) -> VillageStore:
        """The store kg ships (one per process)."""
        if cls._default is None:
            cls._default = cls(STORE_PATH)
        return cls._default

    def get(self, code: str):
        """The village or community with this 12-digit code, or None."""
        if len(code) != 12 or not code.isdigit():
            return None
        return self._county(code[:_COUNTY_DIGITS]).by_code.get(code)

    def villages_of(self, parent: str) -> tuple:
        """The villages and communities whose parent is ``parent`` (a township, or a county for the
        few that hang off it), in code order; () for a prefecture the store does not hold."""
        return self._county(parent[:_COUNTY_DIGITS]).by_parent.get(parent, ())

    def in_county(self, county: str) -> tuple:
        """Every village and community of a county, in code order."""
        if len(county) == _COUNTY_DIGITS:
            return self._county(county).all
        return tuple(d for d in self._county(county[:_COUNTY_DIGITS]).all if d.parent.startswith(county))

    def _county(self, county: str) -> _County:
        """The villages of one county, made into divisions the first time it is asked for.

        A village's code begins with its county's (its township's code may not: NBS and MCA number
        townships apart), so a county's lines are one run of its prefecture's, found by bisection: an
        article about one county does not pay for the other villages of its prefecture."""
        found = self._counties.get(county)
        if found is not None:
            return found
        from .gazetteer import Division

        lines = self._county_lines(county)
        with self._lock, collector_paused():
            found = self._counties.get(county)
            if found is None:
                by_code: dict[str, Division] = {}
                by_parent: dict[str, list[Division]] = defaultdict(list)
                for line in lines:
                    code, vname, level, parent = line.split("\t")
                    d = Division(code, vname, _LEVEL[level], parent, "")
                    by_code[code] = d
                    by_parent[parent].append(d)
                found = self._counties[county] = _County(by_code, {k: tuple(v) for k, v in by_parent.items()},
                                                         tuple(by_code.values()))
        return found

    def _county_lines(self, county: str) -> list[str]:
        """The lines of one county, in code order: from the prebuilt form when there is one, else a run of its
        prefecture's member (the codes are digits, so every line of the county sorts before the county's
        code + ":")."""
        table = self._table()
        if table is not None:
            data, spans = table
            span = spans.get(county)
            return bytes(data[span[0] : span[1]]).decode("utf-8").splitlines() if span else []
        lines = self._block(county[:4])
        return lines[bisect_left(lines, county) : bisect_left(lines, county + ":")]

    def _table(self) -> tuple | None:
        """The prebuilt form (see the module's notes), or None where the store is read member by member."""
        if self._prebuilt is None and self._use_prebuilt and cache_root() is not None:
            with self._lock:
                if self._prebuilt is None:
                    self._prebuilt = cached("villages", [self.path, Path(__file__)], self._read_all, _save, _open)
        return self._prebuilt

    def _read_all(self) -> tuple:
        """Every county's lines, read from the members: one run of bytes, and where each county's lie."""
        with collector_paused():
            if self._members is None or self._pid != os.getpid():
                self._open()
            parts: list[bytes] = []
            spans: dict[str, tuple[int, int]] = {}
            at = 0
            for name in sorted(self._members):
                prefix = name[:-len(".tsv")]
                if not name.endswith(".tsv") or not prefix.isdigit():
                    continue
                lines = self._zip.read(name).decode("utf-8").splitlines()
                for county in sorted({line[:_COUNTY_DIGITS] for line in lines if line.startswith(prefix)}):
                    run = "\n".join(lines[bisect_left(lines, county) : bisect_left(lines, county + ":")]).encode("utf-8")
                    spans[county] = (at, at + len(run))
                    parts.append(run)
                    at += len(run)
        import numpy as np

        return np.frombuffer(b"".join(parts), dtype=np.uint8), spans

    def _block(self, prefix: str) -> list[str]:
        """The lines of a prefecture's member, in code order ([] for one the store does not hold)."""
        found = self._blocks.get(prefix)
        if found is not None:
            return found
        with self._lock:
            found = self._blocks.get(prefix)
            if found is not None:
                return found
            if self._members is None or self._pid != os.getpid():
                self._open()  # a forked process (a worker) reads through a file of its own: one shared
                # with its parent or a sibling moves under its reads (one offset for all of them)
            name = f"{prefix}.tsv"
            found = self._zip.read(name).decode("utf-8").splitlines() if name in self._members else []
            self._blocks[prefix] = found
        return found

    def _open(self) -> None:
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise InputError(f"{self.path}: cannot read the village store ({exc}); rebuild it with "
                             "`kg data villages SHARED_DATA_DIR`") from exc
        self._members = frozenset(self._zip.namelist())
        self._pid = os.getpid()


def _save(table: tuple) -> Entry:
    data, spans = table
    return Entry({"lines": data}, {"counties": {county: list(span) for county, span in spans.items()}})


def _open(entry: Entry) -> tuple:
    import numpy as np

    data, counties = np.asarray(entry.arrays["lines"]), entry.value["counties"]  # a plain view of the mapped file
    spans = {county: (int(a), int(b)) for county, (a, b) in counties.items()}
    if data.ndim != 1 or any(not 0 <= a <= b <= len(data) for a, b in spans.values()):
        raise ValueError("a county's lines lie outside the prebuilt village store")
    return data, spans
