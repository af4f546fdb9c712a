"""Building the village store ``kg/data/villages.zip`` (every province's villages and communities but
Guangdong's, which are in the gazetteer) from the shared open data (``kg data villages SOURCE_DIR``).
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import zipfile
from collections import defaultdict
from pathlib import Path

from ..errors import InputError
from ..gazetteer import Division, village_name
from ..lexicon import curated_lexicon
from ..villages import STORE_PATH
from .corps import without_regiment
from .gazetteer import MCA_CSV, NBS_STREETS_CSV, mca_level, read_csv, township_links

__all__ = ["NBS_ALL_VILLAGES_CSV", "IN_GAZETTEER", "build_store"]

NBS_ALL_VILLAGES_CSV = "china-admin-divisions-modood/villages.csv.gz"
IN_GAZETTEER = "44"
_DATE = (1980, 1, 1, 0, 0, 0)  # a fixed member date: the same data gives the same bytes


def build_store(source_dir: str | Path, out: str | Path | None = None) -> tuple[str, int, int, str]:
    """Write the store from the shared open data: (path, villages, bytes, sha256); deterministic.

    Every NBS village and community outside Guangdong (whose are in the gazetteer) is named by
    :func:`kg.gazetteer.village_name` and linked to a township of its county exactly as the
    gazetteer's build links Guangdong's (same code and name, same name, a near-same name, an NBS
    township the gazetteer adds, else the county: :func:`~kg.data_build.gazetteer.township_links`);
    pseudo-units are left out, and a regiment printed before a community is dropped from its name
    (:func:`~kg.data_build.corps.without_regiment`).
    """
    src = Path(source_dir)
    out_path = STORE_PATH if out is None else Path(out)
    rows: dict[str, Division] = {}
    for r in read_csv(src / MCA_CSV):
        level = mca_level(r["level"], r["name"])
        rows[r["code"]] = Division(r["code"], r["name"], level, r["parent_code"], "")
    streets = {r["code"]: r for r in read_csv(src / NBS_STREETS_CSV)}
    try:
        with gzip.open(src / NBS_ALL_VILLAGES_CSV, "rt", encoding="utf-8", newline="") as f:
            villages = [v for v in csv.DictReader(f) if not v["code"].startswith(IN_GAZETTEER)]
    except OSError as exc:
        raise InputError(f"{src / NBS_ALL_VILLAGES_CSV}: cannot read ({exc})") from exc
    links, _, _ = township_links(rows, streets)
    lex = curated_lexicon()
    blocks: dict[str, list[str]] = defaultdict(list)
    n = 0
    for v in sorted(villages, key=lambda v: v["code"]):
        named = village_name(v["name"], v["code"])
        parent = links.get(v["streetCode"], "")
        if named is None or not parent:
            continue
        blocks[parent[:4]].append(f"{v['code']}\t{without_regiment(named[0], lex)}\t{named[1][0]}\t{parent}")
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
