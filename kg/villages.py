"""The villages and communities of every province, read only where an article needs them.

The gazetteer (:mod:`kg.gazetteer`) lists every province, city, county and township, and the
villages of Guangdong. The 578,551 villages and communities of the other provinces (NBS 2023,
linked to their MCA townships) live in ``kg/data/villages.zip``: one LZMA-compressed member per
prefecture (its 4-digit code), each a TSV of ``code name level parent``. Opening the store reads
only the zip's directory; a prefecture's member is read the first time one of its townships or
villages is asked for (about 1,700 villages, a millisecond or two), so a build's start-up and
memory do not grow with the country.

>>> store = VillageStore.load()
>>> [(d.name, d.level) for d in store.villages_of("110115109")][:2]
[('六合庄村', 'village'), ('马村', 'village')]
>>> store.get("110115109201").parent
'110115109'

Rebuilt, byte for byte, by ``python -m kg.villages build SHARED_DATA_DIR``.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import sys
import threading
import zipfile
from collections import defaultdict
from pathlib import Path

from .errors import InputError
from .resources import collector_paused, data_path

__all__ = ["VillageStore", "STORE_PATH", "build_store"]

STORE_PATH = data_path("villages.zip")
#: the NBS list of every province's villages, and the province whose villages the gazetteer holds already
NBS_ALL_VILLAGES_CSV = "china-admin-divisions-modood/villages.csv.gz"
IN_GAZETTEER = "44"
_LEVEL = {"v": "village", "c": "community"}
_DATE = (1980, 1, 1, 0, 0, 0)  # a fixed member date: the same data gives the same bytes


class VillageStore:
    """Villages and communities by code and by the township (or county) they lie in."""

    _default: VillageStore | None = None

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._zip: zipfile.ZipFile | None = None
        self._members: frozenset[str] | None = None
        self._blocks: dict[str, tuple[dict, dict]] = {}
        self._counties: dict[str, tuple] = {}
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
            by_code = self._block(county[:4])[0]
            found = self._counties[county] = tuple(d for d in by_code.values() if d.parent.startswith(county))
        return found

    def _block(self, prefix: str) -> tuple[dict, dict]:
        found = self._blocks.get(prefix)
        if found is not None:
            return found
        from .gazetteer import Division

        with self._lock, collector_paused():
            if self._members is None:
                self._open()
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
                             "`python -m kg.villages build SHARED_DATA_DIR`") from exc
        self._members = frozenset(self._zip.namelist())


# --- building the store --------------------------------------------------------------


def build_store(source_dir: str | Path, out: str | Path | None = None) -> tuple[str, int, int, str]:
    """Write the store from the shared open data: (path, villages, bytes, sha256); deterministic.

    Every NBS village and community outside Guangdong (whose are in the gazetteer) is named by
    :func:`kg.gazetteer.village_name` and linked to an MCA township of its county exactly as the
    gazetteer's build links Guangdong's (same code and name, same name, a near-same name, else the
    county); pseudo-units are left out.
    """
    from . import gazetteer as g

    src = Path(source_dir)
    out_path = STORE_PATH if out is None else Path(out)
    rows: dict[str, g.Division] = {}
    for r in g._read_csv(src / g.MCA_CSV):
        level = g._mca_level(r["level"], r["name"])
        rows[r["code"]] = g.Division(r["code"], r["name"], level, r["parent_code"], "")
    streets = {r["code"]: r for r in g._read_csv(src / g.NBS_STREETS_CSV)}
    try:
        with gzip.open(src / NBS_ALL_VILLAGES_CSV, "rt", encoding="utf-8", newline="") as f:
            villages = [v for v in csv.DictReader(f) if not v["code"].startswith(IN_GAZETTEER)]
    except OSError as exc:
        raise InputError(f"{src / NBS_ALL_VILLAGES_CSV}: cannot read ({exc})") from exc
    links, _ = g._link_townships(rows, streets, {v["streetCode"] for v in villages})
    blocks: dict[str, list[str]] = defaultdict(list)
    n = 0
    for v in sorted(villages, key=lambda v: v["code"]):
        named = g.village_name(v["name"], v["code"])
        parent = links.get(v["streetCode"], "")
        if named is None or not parent:
            continue
        blocks[parent[:4]].append(f"{v['code']}\t{named[0]}\t{named[1][0]}\t{parent}")
        n += 1
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for prefix in sorted(blocks):
            info = zipfile.ZipInfo(f"{prefix}.tsv", date_time=_DATE)
            info.compress_type = zipfile.ZIP_LZMA
            z.writestr(info, ("\n".join(blocks[prefix]) + "\n").encode("utf-8"))
    payload = buf.getvalue()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(payload)
    return str(out_path), n, len(payload), hashlib.sha256(payload).hexdigest()


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.villages", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="rebuild kg/data/villages.zip from the shared open data")
    b.add_argument("source_dir", help="folder holding china-admin-divisions-mca2025/ and china-admin-divisions-modood/")
    b.add_argument("-o", "--out", help=f"output file (default: {STORE_PATH})")
    args = parser.parse_args(argv)
    try:
        path, n, size, digest = build_store(args.source_dir, args.out)
    except InputError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(f"{path}: {n:,} villages and communities, {size:,} bytes, sha256 {digest[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
