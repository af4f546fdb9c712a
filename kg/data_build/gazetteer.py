"""Building the gazetteer's data file ``kg/data/divisions.tsv.gz`` from the shared open data
(``kg data gazetteer SOURCE_DIR``): every division of the Ministry of Civil Affairs list, the NBS 2023
townships that no MCA township stands for (merged or renamed since, still printed by the news), and the
villages and communities of Guangdong (NBS 2023), linked to their townships.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..gazetteer import COLUMNS, DATA_PATH, LEVELS, Division, short_form, strip_ethnic, village_name
from ..lexicon import lexicon

__all__ = ["MCA_CSV", "NBS_STREETS_CSV", "NBS_VILLAGES_CSV", "BuildReport", "build", "read_csv", "mca_level",
           "link_townships", "township_links"]

log = logging.getLogger(__name__)

MCA_CSV = "china-admin-divisions-mca2025/divisions.csv"
NBS_STREETS_CSV = "china-admin-divisions-modood/streets.csv"
NBS_VILLAGES_CSV = "china-admin-divisions-modood/villages_guangdong.csv"


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What :func:`build` wrote and how the villages were linked."""

    path: str
    size: int  # bytes of the gzip file
    sha256: str  # of the gzip file
    levels: tuple[tuple[str, int], ...]  # divisions per level, in LEVELS order
    villages_read: int  # rows of villages_guangdong.csv
    villages_pseudo: int  # NBS 类似居委会/类似村委会 and unnamed units (渔委会), left out
    village_links: tuple[tuple[str, int], ...]  # villages per link method (see build)
    unlinked_townships: tuple[str, ...]  # NBS townships whose kept villages hang off the county
    nbs_townships: int = 0  # NBS townships added because no MCA township stands for them


def build(source_dir: str | Path, out: str | Path | None = None) -> BuildReport:
    """Build the gazetteer file from the shared open data; deterministic.

    ``source_dir`` holds ``china-admin-divisions-mca2025`` and ``china-admin-divisions-modood``.
    Every MCA row is kept (33 provincial units with 香港/澳门, prefectures, county-level
    units, townships; township names ending in 街道 are streets, the rest towns). NBS
    villages of Guangdong are added with :func:`village_name`. MCA township codes were
    renumbered in many counties since NBS 2023 (a code can now name another town), so a
    village's NBS township is linked to an MCA township in the same county by, in turn:

    - ``code``: same code and same name stem (小漠镇 = 小漠街道: the suffix is ignored);
    - ``name``: a unique township with the same name stem;
    - ``similar``: same code, or a unique unclaimed township, whose stem differs in one
      character (新圩/新墟, 鮜门/鲘门) or ends with the other (端州区城东/城东), or
      whose full name is the NBS stem (岩镇镇/岩镇);
    - ``nbs``: none found, but the NBS township is a real one (its name ends in a township
      suffix: merged or renamed since 2023): it is added as a township of its county
      (:func:`township_links`), and the village hangs off it;
    - ``city``: the NBS county is a pseudo-county (a development zone) that MCA lacks, and
      one township of the same name stem lies in its city;
    - ``county``: none found (an NBS pseudo-unit such as a farm or development zone): the
      village hangs off its county.

    MCA is newer and authoritative: an NBS township is added only where no MCA township of its
    county has its name stem, and keeps its NBS code only where MCA does not use that code.
    """
    src = Path(source_dir)
    out_path = DATA_PATH if out is None else Path(out)
    mca = read_csv(src / MCA_CSV)
    streets = {r["code"]: r for r in read_csv(src / NBS_STREETS_CSV)}
    villages = read_csv(src / NBS_VILLAGES_CSV)

    rows: dict[str, Division] = {}
    for r in mca:
        level = mca_level(r["level"], r["name"])
        d = Division(r["code"], r["name"], level, r["parent_code"], short_form(r["name"], level))
        if d.code in rows:
            raise InputError(f"{src / MCA_CSV}: code {d.code} appears twice")
        rows[d.code] = d

    links, methods, added = township_links(rows, streets)
    rows.update((d.code, d) for d in added)
    link_counts: Counter[str] = Counter()
    to_county: Counter[str] = Counter()
    pseudo = 0
    for v in villages:
        named = village_name(v["name"], v["code"])
        if named is None:
            pseudo += 1
            continue
        parent = links.get(v["streetCode"], "")
        if not parent:
            link_counts["dropped"] += 1
            continue
        link_counts[methods[v["streetCode"]]] += 1
        if methods[v["streetCode"]] == "county":
            to_county[v["streetCode"]] += 1
        rows[v["code"]] = Division(v["code"], _without_chain(named[0], parent, rows), named[1], parent, "")

    for d in rows.values():
        if d.parent and d.parent not in rows:
            raise InputError(f"{d.code} {d.name}: parent {d.parent} is not in the data")
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join((d.code, d.name, d.level, d.parent, d.short)) for d in sorted(rows.values(), key=lambda d: d.code)]
    payload = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(payload)

    per_level = Counter(d.level for d in rows.values())
    unlinked = tuple(
        f"{code} {streets[code]['name']} -> {links[code]} {rows[links[code]].name} ({n} villages)"
        for code, n in sorted(to_county.items())
    )
    report = BuildReport(
        path=str(out_path),
        size=len(payload),
        sha256=hashlib.sha256(payload).hexdigest(),
        levels=tuple((lv, per_level[lv]) for lv in LEVELS),
        villages_read=len(villages),
        villages_pseudo=pseudo,
        village_links=tuple(sorted(link_counts.items())),
        unlinked_townships=unlinked,
        nbs_townships=len(added),
    )
    log.info("wrote %s: %d divisions, %d bytes", out_path, len(rows), len(payload))
    return report


def _without_chain(name: str, parent: str, rows: dict[str, Division]) -> str:
    """A village's name without the chain of its enclosing divisions, which a few NBS rows print before it
    (广东省河源市和平县林寨镇石镇村 → 石镇村); a name whose rest is only a level word (…林寨镇街道社区) is left whole.

    >>> rows = {"44": Division("44", "甲省", "province", "", ""), "4401": Division("4401", "乙市", "city", "44", ""),
    ...         "440101": Division("440101", "丙镇", "town", "4401", "")}
    >>> _without_chain("甲省乙市丙镇丁村", "440101", rows), _without_chain("丙镇丁村", "440101", rows), _without_chain("丁村", "440101", rows)
    ('丁村', '丁村', '丁村')
    """
    chain = []
    code = parent
    while code in rows:
        chain.insert(0, rows[code].name)
        code = rows[code].parent
    for i in range(len(chain)):
        prefix = "".join(chain[i:])
        rest = name[len(prefix):]
        if name.startswith(prefix) and rest:
            stem = rest.removesuffix("村").removesuffix("社区")
            if stem and not chain[-1].endswith(stem):
                return rest
            return name
    return name


def read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}); pass the folder that holds "
                         "china-admin-divisions-mca2025/ and china-admin-divisions-modood/") from exc


def mca_level(level: str, name: str) -> str:
    if level == "4":
        return "street" if name.endswith("街道") else "town"
    return {"1": "province", "2": "city", "3": "county"}[level]


def _town_stem(name: str) -> str:
    name = name.replace("办事处", "")
    for suffix in lexicon().words("TownSuffix"):
        if name.endswith(suffix):
            return strip_ethnic(name[: -len(suffix)])
    return name


def _similar(a: str, b: str) -> bool:
    if len(a) == len(b) >= 2:
        return sum(x != y for x, y in zip(a, b)) == 1
    return min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a))


def link_townships(
    rows: dict[str, Division], streets: dict[str, dict[str, str]], wanted: set[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Map NBS township codes to MCA parent codes; also return the method used for each."""
    towns_of: dict[str, list[Division]] = defaultdict(list)
    for d in rows.values():
        if d.level in ("town", "street"):
            towns_of[d.parent].append(d)
    links: dict[str, str] = {}
    methods: dict[str, str] = {}
    claimed: set[str] = set()
    pending = []
    for code in sorted(wanted):
        county, stem = streets[code]["areaCode"], _town_stem(streets[code]["name"])
        same = rows.get(code)
        by_stem = [t for t in towns_of.get(county, ()) if _town_stem(t.name) == stem]
        if same is not None and same.parent == county and _town_stem(same.name) == stem:
            links[code], methods[code] = code, "code"
        elif len(by_stem) == 1:
            links[code], methods[code] = by_stem[0].code, "name"
        else:
            pending.append((code, county, stem))
            continue
        claimed.add(links[code])
    for code, county, stem in pending:
        free = [t for t in towns_of.get(county, ()) if t.code not in claimed]
        same = rows.get(code)
        similar = [t for t in free if _similar(_town_stem(t.name), stem) or stem == t.name]
        if same is not None and same in free and _similar(_town_stem(same.name), stem):
            links[code], methods[code] = code, "similar"
        elif len(similar) == 1:
            links[code], methods[code] = similar[0].code, "similar"
        elif county in rows:
            links[code], methods[code] = county, "county"
        else:
            methods[code] = "dropped"
    return links, methods


def township_links(
    rows: dict[str, Division], streets: dict[str, dict[str, str]]
) -> tuple[dict[str, str], dict[str, str], list[Division]]:
    """Link every NBS township (:func:`link_townships`), adding those no MCA township stands for.

    An NBS township linked only to its county whose name ends in a township suffix (a town,
    street, 乡 or 苏木: not a farm, a zone or a prison, and with no ``NbsPseudoTownship`` word)
    becomes a town or street of that county (named without 办事处 or the county before it),
    once per name in a county, with its NBS code, or, where MCA gives that code to another
    township, the highest code of the county that is free. A township of an NBS pseudo-county
    that MCA lacks is linked to the one township of its city with the same name stem, if any.
    Returns (links, methods, the added townships in code order); ``rows`` is not changed.
    """
    links, methods = link_townships(rows, streets, set(streets))
    suffixes = tuple(lexicon().words("TownSuffix"))
    taken = set(rows)
    by_name = {(d.parent, d.name): d.code for d in rows.values() if d.level in ("town", "street")}
    added: list[Division] = []
    towns_of_city: dict[str, list[Division]] = defaultdict(list)
    for d in rows.values():
        if d.level in ("town", "street"):
            towns_of_city[d.parent[:4]].append(d)
    pseudo = lexicon().words("NbsPseudoTownship")
    for code in sorted(streets):
        name, county = _nbs_township_name(streets[code]["name"], rows.get(streets[code]["areaCode"])), streets[code]["areaCode"]
        if not name.endswith(suffixes) or not _town_stem(name) or any(w in name for w in pseudo):
            continue
        if methods[code] == "dropped":
            stem = _town_stem(name)
            same = [t for t in towns_of_city.get(county[:4], ()) if _town_stem(t.name) == stem]
            if len(same) == 1:
                links[code], methods[code] = same[0].code, "city"
            continue
        if methods[code] != "county":
            continue
        new = by_name.get((county, name))
        if new is None:
            new = code if code not in taken and code.startswith(county) else _free_code(county, taken)
            taken.add(new)
            by_name[(county, name)] = new
            added.append(Division(new, name, mca_level("4", name), county, ""))
        links[code], methods[code] = new, "nbs"
    return links, methods, sorted(added, key=lambda d: d.code)


def _nbs_township_name(name: str, county: Division | None) -> str:
    """An NBS township's name as the news prints it: no 办事处 after 街道, no county before it
    (宁城县铁西街道 is 铁西街道)."""
    if name.endswith("街道办事处"):
        name = name[: -len("办事处")]
    if county is not None and name.startswith(county.name) and len(name) > len(county.name):
        name = name[len(county.name):]
    return name


def _free_code(county: str, taken: set[str]) -> str:
    for n in range(999, 0, -1):
        if (code := f"{county}{n:03d}") not in taken:
            return code
    raise InputError(f"county {county}: no free township code left")
