"""Building ``kg/data/corps_regiments.jsonl``, the Corps' regiments and their divisions, from the shared open
data (``kg data corps SOURCE_DIR``): a lexicon file of ``CorpsRegiment`` lines that :mod:`kg.lexicon` reads after
the curated and the user's lexicons (:data:`kg.lexicon.DERIVED`).

The NBS 2023 township and village lists (modood) name some regiments with their division
(兵团农九师一六六团, 第十师一八四团, 新疆生产建设兵团第十二师一〇四团…社区居民委员会) and list others under the city
their division governs as one with it (兵团一五二团 in 石河子市; ``CorpsCity`` in the lexicon). A regiment is given
the division so found; one found with two divisions is left out, and so is one the data names with none
(兵团一零五团 of 呼图壁县: a county is no division's, the regiments of one county can belong to two divisions).
"""
from __future__ import annotations

import csv
import functools
import gzip
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..lexicon import DERIVED, Lexicon, curated_lexicon
from ..ner.agencies import regiment_key
from ..resources import data_path
from .gazetteer import read_csv

__all__ = ["OUT_NAME", "RegimentReport", "build_regiments", "without_regiment"]

OUT_NAME = DERIVED[0]
_AREAS_CSV = "china-admin-divisions-modood/areas.csv"
_STREETS_CSV = "china-admin-divisions-modood/streets.csv"
_VILLAGES_CSV = "china-admin-divisions-modood/villages.csv.gz"

_HEADER = """\
// Derived file: do not edit; rebuilt by `kg data corps SOURCE_DIR` (kg/data_build/corps.py) from the NBS 2023
// township and village lists (modood/Administrative-divisions-of-China, WTFPL v2; see kg/data/ATTRIBUTION.md).
// CorpsRegiment: a regiment of the Xinjiang Production and Construction Corps the data names with its division, or
// lists in the city its division governs (CorpsCity). Curated (seeds/lexicons/agencies.jsonl) and user lexicons win.
"""


@dataclass(frozen=True, slots=True)
class RegimentReport:
    """What :func:`build_regiments` wrote."""

    path: str
    sha256: str
    regiments: tuple[tuple[str, str], ...]  # (regiment, division), as written
    by_division: tuple[tuple[str, int], ...]  # regiments written per division
    ambiguous: tuple[str, ...]  # regiments the data gives two divisions: left out
    undivided: tuple[str, ...]  # regiments the data names with no division: left out


@functools.lru_cache(maxsize=4)
def _mentions(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """(a division's printed name, a regiment of two numerals or more) as the lexicon writes them."""
    divisions = re.compile(lex.alternation("CorpsDivision", longest_first=True))
    regiment = re.compile(lex.regex(r"(?<![{RegimentNumeral}{RegimentZero}第])[{RegimentNumeral}]"
                                    r"[{RegimentNumeral}{RegimentZero}]{1,3}(?:{RegimentHead})(?![{RegimentBadAfter}])").pattern)
    return divisions, regiment


def without_regiment(name: str, lex: Lexicon) -> str:
    """A village's or community's name without the regiment (and the Corps and division before it) that a few NBS rows
    print before it: the news names the community alone, or after its regiment, which kg reads as a body.

    >>> from kg.lexicon import curated_lexicon
    >>> lex = curated_lexicon()
    >>> without_regiment("新疆生产建设兵团第三师二〇五团枣林社区", lex), without_regiment("二〇五团枣林社区", lex)
    ('枣林社区', '枣林社区')
    >>> without_regiment("团结社区", lex), without_regiment("二〇五团", lex), without_regiment("东村二十团社区", lex)
    ('团结社区', '二〇五团', '东村二十团社区')
    """
    divisions_re, regiment_re = _mentions(lex)
    m = regiment_re.search(name)
    if m is None or m.end() == len(name):
        return name
    before = name[: m.start()]
    if before and not any(before.endswith(d) for d in lex.patterns("CorpsDivision")):
        return name
    return name[m.end():]


def build_regiments(source_dir: str | Path, out: str | Path | None = None) -> RegimentReport:
    """Write the regiments' lexicon file from the shared open data; deterministic (same data, same bytes).

    Each row of Xinjiang's townships (streets.csv) and villages (villages.csv.gz) whose name holds a regiment
    (the lexicon's ``RegimentNumeral``, ``RegimentZero``, ``RegimentHead``; two numerals or more) gives it a
    division: the one its name prints before the regiment (``CorpsDivision``: 农九师, 第十二师), else the one
    whose city (``CorpsCity``) the row's county is. Numbers are written with one zero (:func:`kg.ner.agencies.regiment_key`).
    """
    src = Path(source_dir)
    lex = curated_lexicon()
    province = lex.words("CorpsProvince")[0]
    divisions_re, regiment_re = _mentions(lex)
    division_of = lex.patterns("CorpsDivision")
    city_division = lex.field("CorpsCity", "division")
    areas = {r["code"]: r["name"] for r in read_csv(src / _AREAS_CSV)}
    provinces = {r["code"]: r["name"] for r in read_csv(src / "china-admin-divisions-modood/provinces.csv")}
    code = next((c for c, n in provinces.items() if n == province), None)
    if code is None:
        raise InputError(f"{src}: no province {province} in the NBS list")
    rows = [(r["code"], r["name"], r["areaCode"]) for r in read_csv(src / _STREETS_CSV) if r["code"].startswith(code)]
    try:
        with gzip.open(src / _VILLAGES_CSV, "rt", encoding="utf-8", newline="") as f:
            rows += [(r["code"], r["name"], r["areaCode"]) for r in csv.DictReader(f) if r["code"].startswith(code)]
    except OSError as exc:
        raise InputError(f"{src / _VILLAGES_CSV}: cannot read ({exc})") from exc
    found: dict[str, set[str]] = {}
    first: dict[str, str] = {}  # regiment -> the lowest code of a row that names it
    for row_code, name, area in rows:
        for m in regiment_re.finditer(name):
            key = regiment_key(m.group(), lex)
            printed = divisions_re.findall(name, 0, m.start())
            division = division_of[printed[-1]] if printed else city_division.get(areas.get(area, ""))
            found.setdefault(key, set()).update([str(division)] if division else [])
            first[key] = min(first.get(key, row_code), row_code)
    # the divisions in the lexicon's order (第一师 … 第十四师), each's regiments in the order of the data's codes
    order = {d: i for i, d in enumerate(dict.fromkeys(division_of.values()))}
    regiments = sorted(((k, next(iter(v))) for k, v in found.items() if len(v) == 1),
                       key=lambda kv: (order.get(kv[1], len(order)), first[kv[0]], kv[0]))
    text = _HEADER + "".join(json.dumps({"label": "CorpsRegiment", "pattern": k, "division": d}, ensure_ascii=False) + "\n"
                             for k, d in regiments)
    out_path = data_path(OUT_NAME) if out is None else Path(out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    payload = text.encode("utf-8")
    out_path.write_bytes(payload)
    counts: dict[str, int] = defaultdict(int)
    for _, d in regiments:
        counts[d] += 1
    return RegimentReport(str(out_path), hashlib.sha256(payload).hexdigest(), tuple(regiments),
                          tuple(sorted(counts.items(), key=lambda kv: order.get(kv[0], len(order)))),
                          tuple(sorted(k for k, v in found.items() if len(v) > 1)),
                          tuple(sorted(k for k, v in found.items() if not v)))
