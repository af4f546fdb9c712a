"""Lexicons for the statistical NER: build them from licensed open data, load them.

The committed files under ``kg/ner/data/`` are derived from open data (see
``kg/ner/data/ATTRIBUTION.md``) by :func:`build_lexicons`; rebuild them with::

    kg data ner-lexicons --data /work/shared/data --out kg/ner/data

:func:`load_lexicons` returns every lexicon (the derived files, the surname lists of
``kg/data/surnames.tsv`` and the hand-written word lists of ``seeds/lexicons/model_features.jsonl``
and ``titles.jsonl``, read by :mod:`kg.lexicon`) as ``{name: tuple_of_strings}``.
"""
from __future__ import annotations

import csv
import json
import logging
import re
from pathlib import Path

from ..errors import LexiconError
from ..lexicon import lexicon, surname_lists

__all__ = ["DATA_DIR", "LEXICON_FILES", "build_lexicons", "write_lexicons", "load_lexicons"]

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "ner" / "data"

#: lexicon name -> file under DATA_DIR (one entry per line, sorted, UTF-8).
LEXICON_FILES = {
    "admin": "admin_divisions.txt",  # provinces, prefectures, counties: full names
    "admin_short": "admin_short.txt",  # short forms of provinces and prefectures (广东, 江门)
    "county_short": "county_short.txt",  # short forms of counties and districts (开平, 蓬江)
    "township": "townships.txt",  # townships and sub-districts: full names (月山镇, 长沙街道)
}

#: the hand-written lexicons: name -> (label in seeds/lexicons, field that marks its entries)
WORDLIST_LABELS = {
    "title": ("Post", "feature"),
    "government": ("GovernmentWord", None),
    "organization": ("OrganizationHead", None),
    "company": ("CompanyHead", None),
    "place_suffix": ("PlaceHead", None),
    "world": ("WorldPlace", None),
}

def short_form(name: str) -> str:
    """The usual short form of an administrative division name ('' when none).

    >>> short_form("江门市"), short_form("湘西土家族苗族自治州"), short_form("蓬江区")
    ('江门', '湘西', '蓬江')
    """
    province_short, autonomous, suffixes = _short_form_vocabulary()
    if name in province_short:
        return province_short[name]
    m = autonomous.match(name)
    if m:
        short = m.group(1)
    elif "自治" in name:
        return ""
    else:
        short = name
        for suffix in suffixes:
            if name.endswith(suffix):
                short = name[: -len(suffix)]
                break
    return short if len(short) >= 2 and short != name else ""


def _short_form_vocabulary():
    """Short forms of provinces, the autonomous-area pattern and the suffixes, from seeds/lexicons/places.jsonl."""
    lex = lexicon()
    ethnic = "|".join(sorted((re.escape(e) for e in lex.words("EthnicGroup") if not _is_all_groups(lex, e)),
                             key=len, reverse=True))
    autonomous = re.compile(rf"^(.+?)(?:(?:{ethnic})族?)+自治(?:区|州|县|旗)$")
    province_short = {e.pattern: e.id for e in lex.of("ShortForm") if e.get("model")}
    return province_short, autonomous, lex.words("DivisionSuffix", "model")


def _is_all_groups(lex, group: str) -> bool:
    return any(e.get("all_groups") for e in lex.of("EthnicGroup") if e.pattern == group)


def wordlists() -> dict[str, tuple[str, ...]]:
    """The hand-written lexicons (:data:`WORDLIST_LABELS`), each sorted."""
    lex = lexicon()
    return {name: tuple(sorted(set(lex.words(label, where)))) for name, (label, where) in WORDLIST_LABELS.items()}


def _read_divisions(data_dir: Path) -> list[tuple[int, str]]:
    path = data_dir / "china-admin-divisions-mca2025" / "divisions.csv"
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return [(int(row["level"]), row["name"].strip()) for row in csv.DictReader(f)]
    except (OSError, KeyError, ValueError) as exc:
        raise LexiconError(f"{path}: cannot read the division list ({exc})") from exc


def _read_hk_mo(data_dir: Path) -> list[str]:
    path = data_dir / "china-admin-divisions-modood" / "HK-MO-TW.json"
    if not path.exists():
        return []
    names: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                names.append(key)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
                if isinstance(value, str):
                    names.append(value)

    walk(json.loads(path.read_text(encoding="utf-8")))
    return names


def build_lexicons(data_dir: str | Path) -> dict[str, tuple[str, ...]]:
    """Build the derived lexicons of :data:`LEXICON_FILES` from the open data in data_dir."""
    data_dir = Path(data_dir)
    divisions = _read_divisions(data_dir)
    admin = {n for level, n in divisions if level <= 3} | set(_read_hk_mo(data_dir))
    admin_short = {short_form(n) for level, n in divisions if level <= 2}
    county_short = {short_form(n) for level, n in divisions if level == 3}
    township = {n for level, n in divisions if level == 4 and len(n) >= 3}
    lexicons = {
        "admin": admin,
        "admin_short": admin_short - {""},
        "county_short": county_short - admin_short - {""},
        "township": township - admin,
    }
    return {name: tuple(sorted(v)) for name, v in lexicons.items()}


def write_lexicons(lexicons: dict[str, tuple[str, ...]], out_dir: str | Path) -> None:
    """Write each derived lexicon to its file in out_dir (sorted, one entry per line)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, filename in LEXICON_FILES.items():
        text = "".join(f"{entry}\n" for entry in lexicons[name])
        (out_dir / filename).write_text(text, encoding="utf-8")


def load_lexicons(data_dir: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """All lexicons: the derived files in data_dir (default: the packaged ones) and the word lists."""
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    lexicons: dict[str, tuple[str, ...]] = {}
    for name, filename in LEXICON_FILES.items():
        path = data_dir / filename
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise LexiconError(f"{path}: cannot read lexicon ({exc}); rebuild with kg data ner-lexicons") from exc
        lexicons[name] = tuple(line for line in lines if line)
    lexicons.update(surname_lists())
    lexicons.update(wordlists())
    return lexicons
