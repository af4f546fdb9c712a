"""Do kg's scores depend on the particular names of the passages it was developed on? A metamorphic probe.

Rewrites a gold part (texts and gold file) with its people and its small places swapped for others, consistently in
the text, the entities' names, aliases and mentions, the relations' subjects, objects and evidence, builds each
variant with kg and scores it against its rewritten gold. A score that drops on a variant is a construction kg reads
right only for the names it happened to see.

- People: each Official's or Person's name becomes another real-looking name of the same length: a real full name
  from CLUENER2020 train's ``name`` spans, or a surname from the surname list before a given name from those spans;
  a share of them with a rare surname (ranked 300 to 500), a share with a given name holding a character
  that is also a common word (高, 文, 明, 华, 平, 国, 建, 安, 东, ...).
- Places: each town, township or street becomes another of the same county with the same suffix (镇/乡/街道), and
  each village or community another of its (new) town of the same level, from the NBS 2023 list of villages; so the
  parent chain stays true, and the bodies named after a place (X镇党委, X镇人民政府) change with it. Counties, cities
  and provinces stay. A short form of a swapped place that the gold lists (八都 for 八都镇) changes with it.

Deterministic for a seed. Commands:

    python benchmarks/substitution/swap.py make --seed 1 --out /tmp/v1      # /tmp/v1/texts, /tmp/v1/gold.jsonl, map
    python benchmarks/substitution/swap.py run --seeds 1 2 3 --out /tmp/swap [--errors]   # make, build, score

``--texts`` and ``--gold`` name the gold set (default: eval/dev-texts and eval/dev.jsonl), ``--parts`` its documents
(default: the parts d1 and d2, whose files start so; d3 is for checking only), ``--data`` the shared open data
(CLUENER2020 train, the surname list, the NBS villages). ``run`` prints each class's F1 on the original and on the
variants (mean and worst), and with ``--errors`` writes each variant's ``kg eval --errors`` list beside its graph
(``errors.txt``) and the errors the original's build did not make (``errors-new.txt``), to sort into classes.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = os.environ.get("KG_SHARED_DATA", str(ROOT.parent / "shared" / "data"))
DEFAULT_TEXTS = str(ROOT / "eval" / "dev-texts")
DEFAULT_GOLD = str(ROOT / "eval" / "dev.jsonl")
DEFAULT_PARTS = ("d1", "d2")  # the dev parts to work on (eval/DEV-NOTES.md): d3 is for checking only
#: characters of given names that are also words of their own: the names whose edges a reader can misplace
COMMON_WORD_CHARS = set("高文明华平国建安东海林春金成和新天光正长中立红德江山志永")
#: characters of transliterated foreign names, which the pool leaves out
FOREIGN_CHARS = set("尔斯特克娜丝姆妮莉茨基朗蒂萨纳曼莱卡奥兹菲罗伦")
RARE_RANKS = (300, 500)  # the surnames ranked 300 to 500 are the rare ones (further down the list is noise)
#: given names that are forms of address, not names (陈女士 is not an entity)
ADDRESS = ("女士", "先生", "小姐", "老师", "师傅", "某")
PEOPLE = ("Official", "Person")
TOWN_SUFFIXES = ("街道", "镇", "乡")
COUNTY_SUFFIXES = "县区市旗"
#: counties left as they are: autonomous ones, and zones whose names follow no county's pattern
ZONE_WORDS = ("自治", "新区", "开发", "园区", "高新", "管理区", "示范区")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")

# --- the name pools ---------------------------------------------------------------------------------------------


def read_surnames(data: Path) -> list[tuple[str, float]]:
    with open(data / "chinese-surnames-wainshine" / "chinese_family_names.csv", encoding="utf-8") as f:
        return [(r["surname"], float(r["tf"])) for r in csv.DictReader(f)]


def split_name(name: str, surnames: set[str]) -> tuple[str, str] | None:
    for n in (2, 1):
        if name[:n] in surnames and len(name) > n:
            return name[:n], name[n:]
    return None


class NamePool:
    """Real full names and given names by length, and surnames common and rare, drawn from with a seeded rng."""

    def __init__(self, data: Path):
        ranked = read_surnames(data)
        self.surnames = {s for s, _ in ranked}
        self.common = [(s, tf) for s, tf in ranked[: RARE_RANKS[0]] if len(s) == 1]
        ranks = {s: i for i, (s, _) in enumerate(ranked)}
        words = {w.strip() for w in open(ROOT / "kg" / "data" / "common_words.txt", encoding="utf-8")}
        self.rare = [s for s, _ in ranked[RARE_RANKS[0] : RARE_RANKS[1]] if len(s) == 1]
        full, given = defaultdict(set), defaultdict(set)
        with open(data / "cluener2020" / "train.json", encoding="utf-8") as f:
            for line in f:
                for name in json.loads(line).get("label", {}).get("name", {}):
                    if not CJK.match(name) or not 2 <= len(name) <= 4:
                        continue
                    parts = split_name(name, self.surnames)
                    if not parts or len(parts[1]) > 2 or set(name) & FOREIGN_CHARS or name in words \
                            or any(a in parts[1] for a in ADDRESS):
                        continue
                    if ranks[parts[0]] < RARE_RANKS[0]:
                        full[len(name)].add(name)
                    given[len(parts[1])].add(parts[1])
        self.full = {n: sorted(v) for n, v in full.items()}
        self.given = {n: sorted(v) for n, v in given.items()}
        self.given_common = {n: sorted(g for g in v if set(g) & COMMON_WORD_CHARS) for n, v in given.items()}

    def draw(self, rng: random.Random, length: int) -> tuple[str, str]:
        """(a name of ``length`` characters, how it was drawn)."""
        kind = rng.choices(("real", "rare surname", "common-word given name"), (2, 1, 1))[0]
        if kind == "real" or length - 1 not in self.given:
            return rng.choice(self.full[length]), "real"
        given = self.given[length - 1] if kind == "rare surname" else self.given_common[length - 1]
        surname = rng.choice(self.rare) if kind == "rare surname" else \
            rng.choices([s for s, _ in self.common], [tf for _, tf in self.common])[0]
        return surname + rng.choice(given), kind


# --- the places -------------------------------------------------------------------------------------------------


class Places:
    """Counties, their towns and the towns' villages and communities (NBS 2023), by name."""

    def __init__(self, data: Path):
        sys.path.insert(0, str(ROOT))
        from kg.gazetteer import village_name  # kg's own naming of an NBS village row (村委会 → 村)

        src = data / "china-admin-divisions-modood"
        rd = lambda name: list(csv.DictReader(open(src / name, encoding="utf-8")))  # noqa: E731
        self.provinces = {r["code"]: r["name"] for r in rd("provinces.csv")}
        self.cities = {r["code"]: r["name"] for r in rd("cities.csv")}
        self.counties = rd("areas.csv")
        self.county_rows = {r["code"]: r for r in self.counties}
        self.towns = defaultdict(list)  # county code -> [(code, name)]
        for r in rd("streets.csv"):
            self.towns[r["areaCode"]].append((r["code"], r["name"]))
        self.villages = defaultdict(list)  # town code -> [(name, level)]
        with gzip.open(src / "villages.csv.gz", "rt", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                named = village_name(r["name"], r["code"])
                if named:
                    self.villages[r["streetCode"]].append(named)

    def county(self, name: str, parent: str | None) -> str | None:
        """The code of the county called ``name`` whose city or province is ``parent``, if one alone fits."""
        hits = [r for r in self.counties if r["name"] == name or (parent and parent + r["name"] == name)]
        if parent:
            hits = [r for r in hits if parent in (self.cities.get(r["cityCode"]), self.provinces.get(r["provinceCode"]))]
        return hits[0]["code"] if len(hits) == 1 else None


def suffix(name: str) -> str:
    return next((s for s in TOWN_SUFFIXES if name.endswith(s)), "")


def county_map(doc: dict, places: Places, rng: random.Random, taken: set[str], every: str
               ) -> tuple[dict[str, str], dict[str, str]]:
    """(old name → new name, old name → the new county's code) for the counties of one gold document: each county
    (县, 区, 市 or 旗, not an autonomous one) becomes another of its city with the same suffix, which has a town of
    each suffix for each of the old one's towns in the gold; its short form changes with it (武义 for 武义县)."""
    ents = [e for e in doc["entities"] if e["type"] == "Place"]
    by_name = {e["name"]: e for e in ents}
    out: dict[str, str] = {}
    codes: dict[str, str] = {}
    for e in ents:
        name = e["name"]
        if e.get("level") != "county" or name[-1] not in COUNTY_SUFFIXES or not e.get("parent") \
                or any(w in name for w in ZONE_WORDS):
            continue
        parent = by_name.get(e["parent"])
        code = places.county(name, e["parent"]) or (places.county(name, parent.get("parent")) if parent else None)
        row = places.county_rows.get(code or "")
        if not row:
            continue
        need = defaultdict(int)
        for t in ents:
            if t.get("parent") == name and t.get("level") in ("town", "street"):
                need[suffix(t["name"])] += 1
        pool = [r for r in places.counties if r["cityCode"] == row["cityCode"] and r["name"][-1] == name[-1]
                and r["name"][:-1] not in every and r["name"] not in taken and not any(w in r["name"] for w in ZONE_WORDS)
                and len(r["name"]) >= 3
                and all(sum(suffix(n) == k for _, n in places.towns[r["code"]]) >= m + 1 for k, m in need.items())]
        if not pool:
            continue
        r = rng.choice(pool)
        out[name], codes[name] = r["name"], r["code"]
        taken.add(r["name"])
        stem, new_stem = name[:-1], r["name"][:-1]
        if len(stem) >= 2 and new_stem not in every and not any(stem in x["name"] for x in ents if x is not e):
            out[stem] = new_stem  # the short form, unless another place's name holds it (伊宁 of 伊宁县 and 伊宁市)
    return out, codes


def place_map(doc: dict, places: Places, rng: random.Random, taken: set[str], every: str,
              counties: bool = False) -> dict[str, str]:
    """Old name → new name for the towns, villages and communities of one gold document (``every``: its text
    and gold, which no new name may occur in), and with ``counties`` for its counties too (:func:`county_map`)."""
    ents = [e for e in doc["entities"] if e["type"] == "Place"]
    by_name = {e["name"]: e for e in ents}
    out, new_county = county_map(doc, places, rng, taken, every) if counties else ({}, {})
    town_code: dict[str, str] = {}  # a town's name (old) -> the NBS code of the town it is now
    for e in ents:
        if e.get("level") not in ("town", "street") or not suffix(e["name"]):
            continue
        county = by_name.get(e.get("parent") or "")
        code = places.county(e["parent"], county.get("parent") if county else None) if e.get("parent") else None
        code = new_county.get(e.get("parent") or "", code)
        if not code:
            continue
        towns = places.towns[code]
        own = [c for c, n in towns if n == e["name"]] or ([None] if e.get("parent") in new_county else [])
        others = [(c, n) for c, n in towns if suffix(n) == suffix(e["name"]) and n not in taken and n not in every
                  and len(n) > len(suffix(n)) + 1]
        if not own:
            continue
        # a town whose villages can stand for each of this one's in the gold, so that no village is left under a
        # town it does not lie in
        need = defaultdict(int)
        for v in ents:
            if v.get("parent") == e["name"] and v.get("level") in ("village", "community"):
                need[v["level"]] += 1
        others = [(c, n) for c, n in others
                  if all(sum(lv == level for _, lv in places.villages[c]) >= k + 2 for level, k in need.items())]
        if not others and e.get("parent") in new_county:  # a town of the new county, whatever its villages
            others = [(c, n) for c, n in towns if suffix(n) == suffix(e["name"]) and n not in taken and n not in every]
        if others:
            c, n = rng.choice(others)
            out[e["name"]] = n
            taken.add(n)
            town_code[e["name"]] = c
        elif own[0]:
            town_code[e["name"]] = own[0]
    for e in ents:
        if e.get("level") not in ("village", "community") or e.get("parent") not in town_code:
            continue
        end = "社区" if e["level"] == "community" else "村"
        if not e["name"].endswith(end):
            continue
        pool = [n for n, lv in places.villages[town_code[e["parent"]]]
                if lv == e["level"] and n.endswith(end) and n not in taken and n not in every and len(n) > len(end)]
        if pool:
            n = rng.choice(pool)
            out[e["name"]] = n
            taken.add(n)
    for e in ents:  # short forms and other spellings the gold lists for a swapped place
        new = out.get(e["name"])
        if not new:
            continue
        end = suffix(e["name"]) or ("社区" if e["name"].endswith("社区") else "村")
        stem = e["name"][: -len(end)]
        if len(stem) >= 3 and stem in every.replace(e["name"], ""):  # a distinctive short form (北臧村 for 北臧村镇)
            out[stem] = new[: -len(end)]
        for a in e.get("aliases", []):
            if a == stem and len(a) >= 2:
                out[a] = new[: -len(end)]
            elif a.endswith(end) and a not in out:
                out[a] = new
    return out


# --- rewriting --------------------------------------------------------------------------------------------------


def rewrite(value, pattern: re.Pattern, mapping: dict[str, str]):
    if isinstance(value, str):
        return pattern.sub(lambda m: mapping[m.group(0)], value)
    if isinstance(value, list):
        return [rewrite(v, pattern, mapping) for v in value]
    if isinstance(value, dict):
        return {k: (v if k in ("doc", "source") else rewrite(v, pattern, mapping)) for k, v in value.items()}
    return value


def read_part(gold: Path, parts: tuple[str, ...]) -> list[dict]:
    """The gold documents whose file names start with one of ``parts`` (all of them for none)."""
    docs = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
    return [d for d in docs if not parts or d["doc"].startswith(tuple(parts))]


def write_part(texts: Path, docs: list[dict], out: Path) -> None:
    """The documents as a part of their own: out/texts/*.txt and out/gold.jsonl."""
    (out / "texts").mkdir(parents=True, exist_ok=True)
    for d in docs:
        (out / "texts" / d["doc"]).write_text((texts / d["doc"]).read_text(encoding="utf-8"), encoding="utf-8")
    (out / "gold.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def make(texts: Path, gold: Path, data: Path, seed: int, out: Path, pool=None, places=None, counties: bool = False,
         parts: tuple[str, ...] = DEFAULT_PARTS) -> dict:
    """Write out/texts/*.txt, out/gold.jsonl and out/map.json for one seed; return the map and the warnings."""
    pool = pool or NamePool(data)
    places = places or Places(data)
    rng = random.Random(seed)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    record = {"seed": seed, "docs": {}, "warnings": []}
    lines = []
    # one person keeps one new name across the part, and no two people or places share a new name: kg merges
    # equal names across documents as the gold does
    people: dict[str, tuple[str, str]] = {}
    taken: set[str] = set()
    docs = read_part(gold, parts)
    every = "".join(json.dumps(d, ensure_ascii=False) + (texts / d["doc"]).read_text(encoding="utf-8") for d in docs)
    for doc in docs:
        text = (texts / doc["doc"]).read_text(encoding="utf-8")
        mapping = place_map(doc, places, rng, taken, every, counties)
        kinds = {}
        others = [a for e in doc["entities"] if e["type"] not in PEOPLE for a in [e["name"], *e.get("aliases", [])]]
        for e in doc["entities"]:
            if e["type"] not in PEOPLE:
                continue
            names = {e["name"], *e.get("mentions", []), *e.get("aliases", [])}
            if len(names) > 1 or any(e["name"] in o for o in others):
                record["warnings"].append(f"{doc['doc']}: {e['name']} not swapped (other forms, or inside a name)")
                continue
            if e["name"] in people:
                new, kind = people[e["name"]]
            else:
                for _ in range(200):
                    new, kind = pool.draw(rng, len(e["name"]))
                    if new not in every and new not in taken and not any(new in v or v in new for v in mapping.values()):
                        break
                else:
                    continue
                people[e["name"]] = new, kind
            mapping[e["name"]] = new
            kinds[new] = kind
            taken.add(new)
        pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True)))) if mapping else None
        if pattern:
            text = rewrite(text, pattern, mapping)
            doc = rewrite(doc, pattern, mapping)
        for old, new in mapping.items():  # an old place left in the text under a form the gold does not list
            stem = old[: -len(suffix(old) or "村")] if old[-1] in "镇乡道村" else old
            if len(stem) >= 2 and stem in text and old not in kinds:
                i = text.index(stem)
                record["warnings"].append(f"{doc['doc']}: {stem!r} left in {text[max(0, i - 8):i + 10]!r}")
        (out / "texts" / doc["doc"]).write_text(text, encoding="utf-8")
        lines.append(json.dumps(doc, ensure_ascii=False))
        record["docs"][doc["doc"]] = {"map": mapping, "people": kinds}
    (out / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "map.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return record


# --- building and scoring ---------------------------------------------------------------------------------------

ROWS = ("entities", "Official", "Person", "Agency", "Place", "Programme",
        "relations", "holdsPost", "partOf", "locatedIn", "subOrganizationOf", "implements")


def build_and_score(kg: str, texts: Path, gold: Path, out: Path, errors: bool) -> dict:
    sys.path.insert(0, str(ROOT))
    from kg.evaluate import score_graph

    subprocess.run([kg, "build", str(texts), "--out", str(out), "--no-cache", "--format", "ttl", "-q"],
                   check=True, stdout=subprocess.DEVNULL)
    errs: list | None = [] if errors else None
    scores = score_graph(out / "graph.ttl", gold, errs)
    if errors:
        (out / "errors.txt").write_text("".join(f"{k}\t{t}\t{item}\n" for k, t, item in errs), encoding="utf-8")
    return scores


def new_errors(original: Path, variant: Path, record: dict) -> list[str]:
    """The errors of a variant's build that its original's build, with the names swapped, did not make."""
    mapping = {old: new for d in record["docs"].values() for old, new in d["map"].items()}
    pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
    before = {pattern.sub(lambda m: mapping[m.group(0)], line)
              for line in (original / "errors.txt").read_text(encoding="utf-8").splitlines()}
    return [line for line in (variant / "errors.txt").read_text(encoding="utf-8").splitlines() if line not in before]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("make", "run"))
    ap.add_argument("--texts", default=DEFAULT_TEXTS)
    ap.add_argument("--gold", default=DEFAULT_GOLD)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--parts", nargs="*", default=list(DEFAULT_PARTS),
                    help="the documents whose names start with these (default: d1 d2; none: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3])
    ap.add_argument("--out", required=True)
    ap.add_argument("--kg", default=str(Path(sys.executable).with_name("kg")), help="the kg to build with")
    ap.add_argument("--errors", action="store_true", help="write each build's errors beside its graph")
    ap.add_argument("--no-original", action="store_true", help="skip building the original part")
    ap.add_argument("--counties", action="store_true", help="swap counties too, with their towns and villages")
    a = ap.parse_args()
    out, data = Path(a.out), Path(a.data)
    if a.command == "make":
        rec = make(Path(a.texts), Path(a.gold), data, a.seed, out, counties=a.counties, parts=tuple(a.parts))
        print("\n".join(rec["warnings"]))
        return
    pool, places = NamePool(data), Places(data)
    results = {}
    if not a.no_original:
        write_part(Path(a.texts), read_part(Path(a.gold), tuple(a.parts)), out / "original")
        results["original"] = build_and_score(a.kg, out / "original" / "texts", out / "original" / "gold.jsonl",
                                              out / "original", a.errors)
    for seed in a.seeds:
        v = out / f"seed{seed}"
        rec = make(Path(a.texts), Path(a.gold), data, seed, v, pool, places, a.counties, tuple(a.parts))
        for w in rec["warnings"]:
            print(f"seed {seed}: {w}", file=sys.stderr)
        results[f"seed{seed}"] = build_and_score(a.kg, v / "texts", v / "gold.jsonl", v / "build", a.errors)
        if a.errors and not a.no_original:
            fresh = new_errors(out / "original", v / "build", rec)
            (v / "build" / "errors-new.txt").write_text("".join(x + "\n" for x in fresh), encoding="utf-8")
    (out / "scores.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    seeds = [k for k in results if k != "original"]
    head = f"{'':18}" + (f"{'original':>9}" if "original" in results else "") + "".join(f"{s:>8}" for s in seeds)
    print(head + f"{'mean':>8}{'worst':>8}")
    for row in ROWS:
        f1 = [results[s][row]["f1"] for s in seeds if row in results[s]]
        if not f1:
            continue
        orig = f"{results['original'][row]['f1']:9.3f}" if "original" in results and row in results["original"] else ""
        print(f"{row:18}{orig}" + "".join(f"{x:8.3f}" for x in f1) + f"{sum(f1) / len(f1):8.3f}{min(f1):8.3f}")


if __name__ == "__main__":
    main()
