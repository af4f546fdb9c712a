"""The villages and communities of every province, read only where an article needs them.

The gazetteer (:mod:`kg.gazetteer`) lists every province, city, county and township, and the
villages of Guangdong. The 584,081 villages and communities of the other provinces (NBS 2023,
linked to their townships) live in ``kg/data/villages.zip``: one LZMA-compressed member per
prefecture (its 4-digit code), each a TSV of ``code name level parent``. Opening the store reads
only the zip's directory; a prefecture's member is read the first time one of its townships or
villages is asked for (about 1,700 villages, a millisecond or two), so a build's start-up and
memory do not grow with the country.

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
from collections import defaultdict
from pathlib import Path

from .errors import InputError
from .resources import collector_paused, data_path

__all__ = ["VillageStore", "STORE_PATH"]

STORE_PATH = data_path("villages.zip")
#: the NBS list of every province's villages, and the province whose villages the gazetteer holds already
_LEVEL = {"v": "village", "c": "community"}
_COUNTY_DIGITS = 6  # a county's division code; its townships' and villages' codes begin with it


class VillageStore:
    """Villages and communities by code and by the township (or county) they lie in."""

    _default: VillageStore | None = None

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._zip: zipfile.ZipFile | None = None
        self._pid: int | None = None  # the process that opened _zip
        self._members: frozenset[str] | None = None
        self._blocks: dict[str, tuple[dict, dict]] = {}
        self._counties: dict[str, tuple] = {}
        self._grouped: dict[str, dict[str, tuple]] = {}
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
        return self._block(code[:4])[0].get(code)

    def villages_of(self, parent: str) -> tuple:
        """The villages and communities whose parent is ``parent`` (a township, or a county for the
        few that hang off it), in code order; () for a prefecture the store does not hold."""
        return self._block(parent[:4])[1].get(parent, ())

    def in_county(self, county: str) -> tuple:
        """Every village and community of a county, in code order."""
        found = self._counties.get(county)
        if found is None:
            block = self._block(county[:4])
            if len(county) == _COUNTY_DIGITS:  # grouped once a block, not scanned once a county
                found = self._county_groups(county[:4], block).get(county, ())
            else:
                found = tuple(d for d in block[0].values() if d.parent.startswith(county))
            self._counties[county] = found
        return found

    def _county_groups(self, prefix: str, block: tuple[dict, dict]) -> dict[str, tuple]:
        """The villages of a block by the county their parent's code begins with, in code order."""
        groups = self._grouped.get(prefix)
        if groups is None:
            lists: dict[str, list] = defaultdict(list)
            for d in block[0].values():
                lists[d.parent[:_COUNTY_DIGITS]].append(d)
            groups = self._grouped[prefix] = {k: tuple(v) for k, v in lists.items()}
        return groups

    def _block(self, prefix: str) -> tuple[dict, dict]:
        found = self._blocks.get(prefix)
        if found is not None:
            return found
        from .gazetteer import Division

        with self._lock, collector_paused():
            if self._members is None or self._pid != os.getpid():
                self._open()  # a forked process (a worker) reads through a file of its own: one shared
                # with its parent or a sibling moves under its reads (one offset for all of them)
            by_code: dict[str, Division] = {}
            by_parent: dict[str, list[Division]] = defaultdict(list)
            name = f"{prefix}.tsv"
            if name in self._members:
                for line in self._zip.read(name).decode("utf-8").splitlines():
                    code, vname, level, parent = line.split("\t")
                    d = Division(code, vname, _LEVEL[level], parent, "")
                    by_code[code] = d
                    by_parent[parent].append(d)
            found = self._blocks[prefix] = (by_code, {k: tuple(v) for k, v in by_parent.items()})
        return found

    def _open(self) -> None:
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise InputError(f"{self.path}: cannot read the village store ({exc}); rebuild it with "
                             "`kg data villages SHARED_DATA_DIR`") from exc
        self._members = frozenset(self._zip.namelist())
        self._pid = os.getpid()
