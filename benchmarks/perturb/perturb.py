"""Perturbation probe: does kg read people, small places and programmes from their context, or from memory?

Makes a perturbed copy of a gold set, texts and gold rewritten consistently, with one kind of name replaced by
invented ones, builds it with kg and scores it against its rewritten gold. The unperturbed set is the ceiling; a
drop is a construction kg reads right only for the names it happened to know (the model's training names, the
gazetteer's villages and towns, the lexicon's programmes).

Kinds (each run on its own):

- ``people``: every Official's and Person's name becomes a generated one: a surname from the surname list
  (frequency-weighted common ones, rare ones ranked 100 to 600, and two-character ones) before a given name of
  one or two characters drawn from a pool of name characters; a share are minority names with ``·``. A person
  keeps one new name across the set; short references (surname + title: 王书记, 李主任) follow the new surname.
- ``villages``: every village, community and gacha (村, 社区, 嘎查) becomes an invented name with the same suffix
  that no division or village of kg's gazetteer carries; parents unchanged; every mention changes, bodies named
  after it too (X村党支部, X社区居民委员会).
- ``towns``: the same for towns, townships and streets (镇, 乡, 街道); their villages keep their names.
- ``programmes``: every programme whose name ends in a known head (工程, 行动, 计划, 示范村 ...) gets an invented
  stem before the same head; a leading place, year or quoted period (“十四五”) is kept; a stem shared by two
  names (or a name and its alias) gets one new stem, so aliases stay consistent.

Deterministic for a seed; outputs go to a temporary directory and are never committed.

    python benchmarks/perturb/perturb.py make --set d12 --kind people --seed 1 --out /tmp/p
    python benchmarks/perturb/perturb.py run --sets d12 own-people own-programmes --kinds people villages \\
        --seeds 1 2 3 --out /tmp/perturb [--kg PATH/kg] [--errors]
    python benchmarks/perturb/perturb.py compare BEFORE/scores.json AFTER/scores.json   # markdown, before → after

Sets: ``d12`` (the dev parts d1+d2 of the gold store), ``own-people`` and ``own-programmes`` (every
``eval/own-people*.jsonl`` or ``eval/own-programmes*.jsonl`` set, documents prefixed with their set), or
``DIR:GOLD`` for any texts directory and gold file. ``run`` writes ``scores.json`` and prints each class's F1 on
the original and on each seed; with ``--errors`` each build's ``errors.txt`` and the errors the original did not
make (``errors-new.txt``, the original's errors carried through the same mapping).
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
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("KG_SHARED_DATA", str(ROOT.parent / "shared" / "data")))
KGSCORE = Path(os.environ.get("KGSCORE", str(ROOT.parent / "shared" / "tools" / "kgscore.py")))
PEOPLE = ("Official", "Person")

# --- pools (the probe's own choices, not kg's knowledge) --------------------------------------------------------

#: characters given names are made of: a varied pool, common and less common, none a surname-only character
GIVEN_CHARS = ("晓 志 建 国 明 伟 丽 红 静 敏 军 平 华 春 海 燕 玲 芳 霞 娟 杰 涛 斌 超 磊 鹏 宇 浩 凯 航 "
               "婷 颖 雪 琳 慧 洁 倩 瑶 薇 璐 蕾 萱 彤 妍 悦 怡 嘉 睿 昊 轩 晨 阳 辰 逸 泽 铭 瀚 哲 翔 "
               "峰 岩 松 柏 桦 杉 楠 桐 禾 穗 稷 麦 苗 芸 蔚 琦 瑜 璇 珂 瑾 瑛 珏 钰 铎 锋 钧 镕 炜 烨 "
               "焕 煜 熙 灿 炳 耀 亮 朗 旭 昕 晗 晟 曦 暄 昱 坤 垚 培 堃 均 圣 昌 盛 隆 兴 福 禄 寿 喜 "
               "德 仁 义 礼 信 忠 孝 勇 毅 刚 强 力 达 通 顺 安 宁 康 泰 乐 欣 怀 恩 惠 贤 良 淑 娴 "
               "秀 美 兰 梅 菊 莲 荷 萍 蓉 莹 菲 蓓 茜 芮 荣 英 杏 桂 枝 叶 茂 林 森 樵 渔 耕 读 "
               "振 兆 启 承 继 绍 树 立 成 守 宗 世 延 永 长 久 远 鸿 鹤 鹰 骏 驰 腾 飞 扬 帆 舟 "
               "川 江 河 湖 溪 涵 润 沛 渊 源 清 澄 湛 沐 汐 潇 漫 浦 沁 洵 勋 劭 劼 勍 彦 彬 弘 毓").split()
#: syllables of minority names written with ·
MINORITY = ("阿 买 提 依 力 古 丽 热 娜 吐 尔 逊 艾 麦 合 江 努 尔 木 罕 帕 夏 克 孜 巴 图 格 日 乐 "
            "其 木 格 吉 布 扎 西 达 瓦 次 仁 卓 玛 拉 姆 央 金 旺 堆 穷 朗 杰 色 哈 斯 那 苏").split()
#: characters of invented place stems
PLACE_CHARS = ("东 西 南 北 上 下 前 后 大 小 新 老 石 水 山 河 桥 岗 坪 坝 沟 湾 塘 庄 营 屯 寨 岭 峪 坊 "
               "堡 林 杨 柳 桑 枣 杏 梨 槐 松 柏 竹 苇 荷 菱 莲 泉 溪 潭 滩 洲 渡 口 头 尾 坡 峰 岩 崖 "
               "云 霞 龙 凤 鹤 雁 鹿 马 牛 羊 鸡 金 银 铜 铁 玉 丰 兴 安 宁 康 平 和 顺 福 寿 太 永 长 "
               "青 红 白 黄 黑 蓝 紫 翠 碧 明 光 清 源 盛 昌 隆 吉 祥 瑞 富 贵 乐 仁 义 德 孝 三 五 七 九").split()
#: words invented programme stems are made of
PROGRAMME_WORDS = ("暖阳 护苗 清溪 金穗 强基 兴农 绿野 春晖 润土 安居 惠邻 筑巢 聚力 同心 扬帆 青禾 银龄 蓝湾 "
                   "净水 星火 沃土 繁花 固本 领航 铸魂 启明 攀登 织网 连心 暖巢 薪火 育苗 "
                   "匠心 雁归 燕归 归巢 凤栖 稻香 果香 茶香 竹韵 山海 湖湾 溪畔 林下 田园 庭院 街巷 邻里 "
                   "夜校 书香 乐学 康养 颐年 幼学 托育 助残 扶老 护河 巡林 守田 护水 清风 廉韵 法润 "
                   "平安 和美 宜居 兴业 富民 强村 共富 同行 结对 帮扶 助企 惠企 双创 数智 智慧 云端").split()
NUMERALS = "一二三四五六七八九十百千万双"
#: heads a programme's name ends in, longest first when matched
HEADS = ("三年行动计划", "专项行动", "三年行动", "行动计划", "攻坚行动", "攻坚战", "示范工程", "重点工程", "工程",
         "行动", "计划", "规划", "示范村", "示范镇", "示范区", "示范县", "重点村镇", "重点村", "重点镇", "试点",
         "项目", "活动", "建设", "战略", "工作法", "模式", "实施方案", "方案", "条例", "办法", "意见", "促进法",
         "名录", "品牌", "基地", "赛")
#: titles a short reference puts after a surname (王书记, 李主任)
SHORT_TITLES = ("副书记", "书记", "副主任", "主任", "副县长", "县长", "副市长", "市长", "副区长", "区长", "副镇长",
                "镇长", "副乡长", "乡长", "省长", "州长", "旗长", "村长", "局长", "部长", "厅长", "处长", "科长",
                "主席", "委员", "站长", "所长", "院长", "校长", "队长", "组长", "社长", "会长", "支书", "经理",
                "董事长", "同志", "老师", "师傅", "大姐", "大哥", "阿姨", "女士", "先生", "总")
PLACE_KINDS = {"villages": (("village", "community"), ("社区", "嘎查", "村")),
               "towns": (("town", "street"), ("街道", "镇", "乡"))}
KINDS = ("people", "villages", "towns", "programmes")
CJK = re.compile(r"^[\u4e00-\u9fff·]+$")
#: characters a short reference may follow (any other character before a surname makes it part of a word: 主任委员)
BEFORE_REFERENCE = set("的是和与及、，。；：“”（）《》！？,.;:!?()\"'和跟同向对给请被让由为找问叫见陪随请着了到在从把")

# --- sets -------------------------------------------------------------------------------------------------------


def read_set(spec: str) -> list[tuple[str, str, dict]]:
    """(document file name, text, gold record) of a named set; documents of combined sets get their set's prefix."""
    if ":" in spec:
        texts, gold = spec.split(":", 1)
        pairs = [("", Path(texts), Path(gold))]
    elif spec in ("d12", "d3"):  # the dev set's parts, by the first two characters of their documents' names
        pairs = [("", ROOT / "eval" / "dev-texts", ROOT / "eval" / "dev.jsonl")]
    elif spec in ("own-people", "own-programmes"):
        ev = ROOT / "eval"
        pairs = []
        for gold in sorted(ev.glob(f"{spec}*.jsonl")):
            n = gold.stem.rsplit("-", 1)[-1]
            n = "1" if not n.isdigit() else n
            if spec == "own-people":
                texts = ev / ("own-people-texts" + ("" if n == "1" else f"-{n}"))
            else:
                texts = ev / ("own-texts" + ("" if n == "1" else f"-{n}"))
            pairs.append((f"{spec[4:6]}{n}-", texts, gold))
    else:
        raise SystemExit(f"unknown set {spec}")
    parts = {"d12": ("d1", "d2"), "d3": ("d3",)}.get(spec)
    out = []
    for prefix, texts, gold in pairs:
        for line in open(gold, encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                if parts and not rec["doc"].startswith(parts):
                    continue
                text = (texts / rec["doc"]).read_text(encoding="utf-8")
                rec["doc"] = prefix + rec["doc"]
                out.append((rec["doc"], text, rec))
    return out


def write_set(docs: list[tuple[str, str, dict]], out: Path) -> None:
    (out / "texts").mkdir(parents=True, exist_ok=True)
    for name, text, _ in docs:
        (out / "texts" / name).write_text(text, encoding="utf-8")
    (out / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for _, _, r in docs),
                                    encoding="utf-8")


# --- what kg knows ------------------------------------------------------------------------------------------------


def gazetteer_names() -> set[str]:
    """Every division and village name (and short form) in kg's data files."""
    names: set[str] = set()
    with gzip.open(ROOT / "kg" / "data" / "divisions.tsv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.add(row["name"])
            if row.get("short"):
                names.add(row["short"])
    with zipfile.ZipFile(ROOT / "kg" / "data" / "villages.zip") as z:
        for member in z.namelist():
            for line in z.read(member).decode("utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) > 1:
                    names.add(parts[1])
    return names


def programme_names(label: str | None = None) -> set[str]:
    """The words of kg's programme lexicons (only the rows of ``label`` when given)."""
    names = set()
    for path in (ROOT / "seeds" / "lexicons").glob("programme*.jsonl"):
        for line in open(path, encoding="utf-8"):
            if line.startswith("{"):
                row = json.loads(line)
                if label and row.get("label") != label:
                    continue
                for k in ("pattern", "id"):
                    if isinstance(row.get(k), str):
                        names.add(row[k])
    return names


class Surnames:
    def __init__(self) -> None:
        rows = list(csv.DictReader(open(DATA / "chinese-surnames-wainshine" / "chinese_family_names.csv",
                                        encoding="utf-8")))
        cedict = {r["simplified"] for r in csv.DictReader(
            open(DATA / "chinese-surnames-cedict" / "cedict_surnames.tsv", encoding="utf-8"), delimiter="\t")}
        self.all = {r["surname"] for r in rows} | cedict
        singles = [(r["surname"], float(r["tf"])) for r in rows if r["n_chars"] == "1"]
        self.common = singles[:100]
        self.rare = [s for s, _ in singles[100:600]]
        self.double = sorted(r["surname"] for r in rows if r["n_chars"] == "2" and r["surname"] in cedict)

    def split(self, name: str) -> tuple[str, str]:
        if len(name) > 2 and name[:2] in self.all and name[:2] in self.double:
            return name[:2], name[2:]
        return name[:1], name[1:]

    def draw(self, rng: random.Random) -> str:
        kind = rng.choices(("common", "rare", "double"), (5, 3, 2))[0]
        if kind == "common":
            return rng.choices([s for s, _ in self.common], [w for _, w in self.common])[0]
        return rng.choice(self.rare if kind == "rare" else self.double)


# --- rewriting --------------------------------------------------------------------------------------------------


class Rewriter:
    """One pass over a string: full forms (longest first, some kept as they are) and surname + title references."""

    def __init__(self, forms: dict[str, str], surnames: dict[str, str] | None = None,
                 guard: tuple[str, ...] = ()) -> None:
        self.forms = forms
        self.surnames = surnames or {}
        self.guard = guard  # names a surname reference must not sit inside (九江市长)
        alts = [re.escape(f) for f in sorted(forms, key=lambda s: (-len(s), s))]
        if self.surnames:
            titles = "|".join(map(re.escape, sorted(SHORT_TITLES, key=len, reverse=True)))
            sur = "|".join(map(re.escape, sorted(self.surnames, key=len, reverse=True)))
            alts.append(f"(?P<sur>{sur})(?=(?:{titles}))")
        self.pattern = re.compile("|".join(alts)) if alts else None
        self.log: list[str] = []

    def text(self, s: str) -> str:
        if not self.pattern:
            return s

        def sub(m: re.Match) -> str:
            if self.surnames and m.group("sur"):
                i = m.start()
                before = s[max(0, i - 1): m.end() + 2]
                if i and s[i - 1] not in BEFORE_REFERENCE and not s[i - 1].isspace():
                    return m.group(0)
                if i and any(s[i - 1: m.end()] in g for g in self.guard):
                    return m.group(0)
                self.log.append(before)
                return self.surnames[m.group("sur")]
            return self.forms[m.group(0)]
        return self.pattern.sub(sub, s)

    def value(self, v):
        if isinstance(v, str):
            return self.text(v)
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, dict):
            return {k: (x if k in ("doc", "source") else self.value(x)) for k, x in v.items()}
        return v


def all_text(docs) -> str:
    return "\n".join(t + json.dumps(r, ensure_ascii=False) for _, t, r in docs)


def fresh(rng: random.Random, make, every: str, taken: set[str], banned: set[str] = frozenset()) -> str | None:
    for _ in range(500):
        new = make()
        if new not in every and new not in taken and new not in banned:
            taken.add(new)
            return new
    return None


# --- people -----------------------------------------------------------------------------------------------------


def people_map(docs, rng: random.Random, warnings: list[str]) -> tuple[dict[str, str], dict[str, str], dict]:
    """(old form → new form, old surname → new surname, what each person became)."""
    sn = Surnames()
    every = all_text(docs)
    taken: set[str] = set()
    others = {a for _, _, r in docs for e in r["entities"] if e["type"] not in PEOPLE
              for a in [e["name"], *e.get("aliases", []), *e.get("context_aliases", [])]}
    forms: dict[str, str] = {}
    surnames: dict[str, str] = {}
    made: dict[str, str] = {}
    titled = set()  # surnames with a surname + title reference somewhere
    title_re = "|".join(SHORT_TITLES)

    def given(n: int) -> str:
        return "".join(rng.choice(GIVEN_CHARS) for _ in range(n))

    def minority() -> str:
        part = lambda: "".join(rng.choice(MINORITY) for _ in range(rng.choice((2, 3, 3, 4))))  # noqa: E731
        return part() + "·" + part()

    people = []
    for doc, _, r in docs:
        for e in r["entities"]:
            if e["type"] in PEOPLE:
                people.append((doc, e))
    for doc, e in people:
        name = e["name"]
        if name in made:
            continue
        formset = {name, *e.get("mentions", []), *e.get("aliases", [])}
        if not CJK.match(name) or any(name in o for o in others):
            warnings.append(f"{doc}: {name} kept (not a plain name, or inside another entity's name)")
            made[name] = name
            continue
        if "·" in name:
            new = fresh(rng, minority, every, taken)
            old_s = None
        else:
            old_s, old_g = sn.split(name)
            if old_s not in surnames:
                surnames[old_s] = fresh(rng, lambda: sn.draw(rng), "", set(surnames.values())) or old_s
            use_minority = (not re.search(re.escape(old_s) + f"(?:{title_re})", every)) and rng.random() < 0.12
            if use_minority:
                new = fresh(rng, minority, every, taken)
            else:
                new = fresh(rng, lambda: surnames[old_s] + given(rng.choices((1, 2), (3, 7))[0]), every, taken)
        if new is None:
            continue
        local = _spelled(name, new, formset)
        if local is None:
            warnings.append(f"{doc}: {name} kept (other forms {sorted(formset)})")
            made[name] = name
            continue
        forms.update(local)
        made[name] = new
        if old_s is not None and re.search(re.escape(old_s) + f"(?:{title_re})", every):
            titled.add(old_s)
    surnames = {s: n for s, n in surnames.items() if s in titled}
    return forms, surnames, made


def _spelled(name: str, new: str, formset: set[str]) -> dict[str, str] | None:
    """Each printed form of a person's name with its replacement: a part of a dotted name by the same part of the new
    one, another script's spelling of the whole name by the whole new name; None where a form has no counterpart."""
    parts, newparts = name.split("·"), new.split("·")
    local = {name: new}
    for f in formset - {name}:
        if "·" in name and f in parts and parts.index(f) < len(newparts):
            local[f] = newparts[parts.index(f)]
        elif len(f) == len(name):
            local[f] = new  # another script's spelling of the same name
        else:
            return None
    return local


# --- places -----------------------------------------------------------------------------------------------------


def place_map(docs, kind: str, rng: random.Random, warnings: list[str]) -> tuple[dict[str, str], dict]:
    levels, suffixes = PLACE_KINDS[kind]
    known = gazetteer_names()
    every = all_text(docs)
    taken: set[str] = set()
    forms: dict[str, str] = {}
    made: dict[str, str] = {}
    places = [(doc, e) for doc, _, r in docs for e in r["entities"] if e["type"] == "Place"]
    for doc, e in places:
        name = e["name"]
        if e.get("level") not in levels or name in made:
            continue
        end = next((s for s in suffixes if name.endswith(s)), None)
        stem = name[: -len(end)] if end else ""
        if not end or len(stem) < 1:
            continue
        n = min(max(len(stem), 2), 3)
        new = fresh(rng, lambda: "".join(rng.choice(PLACE_CHARS) for _ in range(n)) + end, every, taken, known)
        if new is None:
            continue
        local = {name: new}
        ok = True
        for a in e.get("aliases", []) + e.get("context_aliases", []):
            if a == name:
                continue
            if a == stem:
                local[a] = new[: -len(end)]
            elif a.endswith(name):  # the name with its county before it
                local[a] = a[: -len(name)] + new
            elif any(a == stem + s for s in suffixes) or (a.startswith(stem) and len(a) - len(stem) <= 4):
                local[a] = new[: -len(end)] + a[len(stem):]
            else:
                ok = False
        if not ok:
            warnings.append(f"{doc}: {name} kept (aliases {e.get('aliases')})")
            made[name] = name
            continue
        forms.update(local)
        made[name] = new
    # other places whose names hold a replaced form stay as they are (北臧村镇 when 北臧村 is replaced)
    protect = {a for _, e in places for a in [e["name"], *e.get("aliases", [])] if a not in forms}
    for p in protect:
        if any(f in p and f != p for f in forms):
            forms.setdefault(p, p)
    # the text with every replaced form taken out, once: a stem still in it is a short form left as it was
    left = re.sub("|".join(map(re.escape, sorted(forms, key=len, reverse=True))), "", every) if forms else every
    for old, new in made.items():
        end = next((s for s in suffixes if old.endswith(s)), "")
        stem = old[: -len(end)] if end else old
        if old != new and len(stem) >= 2 and stem not in forms and stem in left:
            i = left.index(stem)
            warnings.append(f"{old}: its stem left in {left[max(0, i - 6): i + 8]!r}")
    return forms, made


# --- programmes -------------------------------------------------------------------------------------------------

PROGRAMME_PARTS = re.compile(r"^(?P<open>《?)(?P<core>.*?)(?P<note>(?:[(（][^()（）]*[)）])*)(?P<close>》?)$")


def split_programme(name: str, keep: tuple[str, ...]) -> tuple[str, str, str, str] | None:
    """(kept prefix, stem, head, rest) of a programme's name, or None when it ends in no known head."""
    m = PROGRAMME_PARTS.match(name)
    core = m.group("core") if m else name
    head = next((h for h in sorted(HEADS, key=len, reverse=True) if core.endswith(h)), None)
    if not head:
        return None
    body = core[: -len(head)]
    prefix = ""
    while True:
        q = re.match(r"“[^”]*”|\d{4}(?:—|-|－|~)?(?:\d{4})?年?|第[一二三四五六七八九十百\d]+批", body)
        p = next((k for k in sorted(keep, key=len, reverse=True) if k and body.startswith(k)), None)
        if q and q.group(0):
            prefix, body = prefix + q.group(0), body[q.end():]
        elif p:
            prefix, body = prefix + p, body[len(p):]
        else:
            break
    if len(body) < 2:
        return None
    return prefix, body, head, core


def programme_map(docs, rng: random.Random, warnings: list[str]) -> tuple[dict[str, str], dict]:
    every = all_text(docs)
    banned = programme_names()
    known_forms = tuple(programme_names(label="Programme"))
    keep = tuple({a for _, _, r in docs for e in r["entities"] if e["type"] in ("Place", "Agency")
                  for a in [e["name"], *e.get("aliases", [])]}
                 | {"中华人民共和国", "全国", "国家", "全省", "全市", "全县", "省级", "市级"})
    taken: set[str] = set()
    stems: dict[str, str] = {}
    forms: dict[str, str] = {}
    made: dict[str, str] = {}

    def stem_for(old: str) -> str | None:
        if old in stems:
            return stems[old]
        known = next((k for k in sorted(stems, key=len, reverse=True) if k in old), None)
        if known:  # a form that spells out more around a stem already replaced (X重点村镇建设, 某园区X工程)
            return old.replace(known, stems[known])

        def make() -> str:
            if rng.random() < 0.3:
                return rng.choice(NUMERALS[:10]) + rng.choice(PLACE_CHARS) + rng.choice(NUMERALS) + \
                    rng.choice(PLACE_CHARS)
            words = 2 if len(old) >= 5 else 1
            return "".join(rng.choice(PROGRAMME_WORDS) for _ in range(words))

        def make_unknown() -> str:  # a stem holding a programme's known form (双创) is one kg could remember
            new = make()
            while any(k in new for k in known_forms):
                new = make()
            return new
        new = fresh(rng, make_unknown, every, taken)
        if new:
            stems[old] = new
        return new

    entries = []  # (document, entity, [(form, parts)]) of each programme with a known head
    for doc, _, r in docs:
        for e in r["entities"]:
            if e["type"] != "Programme":
                continue
            parts = [(f, split_programme(f, keep)) for f in [e["name"], *e.get("aliases", [])]]
            if parts[0][1]:
                entries.append((doc, e, [(f, p) for f, p in parts if p]))
    bodies = sorted({p[1] for _, _, ps in entries for _, p in ps}, key=lambda b: (len(b), b))
    for b in bodies:  # shorter stems first, so that a longer form holding one follows it
        stem_for(b)
    for doc, e, parts in entries:
        if e["name"] in made:
            continue
        local = {}
        for f, (prefix, body, head, core) in parts:
            new_stem = stems.get(body) or stem_for(body)
            new_core = core.replace(prefix + body + head, prefix + new_stem + head, 1) if new_stem else None
            if not new_core or new_core in banned:
                local = {}
                break
            local[core] = new_core
        if not local:
            warnings.append(f"{doc}: {e['name']} kept")
            made[e["name"]] = e["name"]
            continue
        forms.update(local)
        made[e["name"]] = next(iter(local.values()))
    # other entities whose names hold a replaced form change with it (X工程办公室); nothing to protect
    return forms, made


# --- making a variant ---------------------------------------------------------------------------------------------


def make(spec: str, kind: str, seed: int, out: Path) -> dict:
    docs = read_set(spec)
    rng = random.Random(f"{kind}:{seed}")
    warnings: list[str] = []
    surnames: dict[str, str] = {}
    guard: tuple[str, ...] = ()
    if kind == "people":
        forms, surnames, made = people_map(docs, rng, warnings)
        guard = tuple({a for _, _, r in docs for e in r["entities"] if e["type"] not in PEOPLE
                       for a in [e["name"], *e.get("aliases", [])]} | gazetteer_names())
    elif kind in PLACE_KINDS:
        forms, made = place_map(docs, kind, rng, warnings)
    elif kind == "programmes":
        forms, made = programme_map(docs, rng, warnings)
    else:
        raise SystemExit(f"unknown kind {kind}")
    rw = Rewriter(forms, surnames, guard)
    new_docs = [(name, rw.text(text), rw.value(rec)) for name, text, rec in docs]
    write_set(new_docs, out)
    record = {"set": spec, "kind": kind, "seed": seed, "replaced": {k: v for k, v in made.items() if k != v},
              "forms": {k: v for k, v in forms.items() if k != v}, "surnames": surnames,
              "short_references": rw.log, "warnings": warnings}
    (out / "map.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return record


# --- building and scoring ---------------------------------------------------------------------------------------

ROWS = ("entities", "Official", "Person", "Agency", "Place", "Programme",
        "relations", "holdsPost", "partOf", "locatedIn", "subOrganizationOf", "implements")


def build_and_score(kg: str, set_dir: Path, errors: bool, cache: Path | None = None) -> dict:
    """Build ``set_dir/texts`` and score it; with ``cache``, documents a variant leaves as they were come from the
    extraction cache of the set's earlier builds (the same results, as kg's cache is keyed by text and pipeline)."""
    build = set_dir / "build"
    caching = ["--cache", str(cache)] if cache else ["--no-cache"]
    subprocess.run([kg, "build", str(set_dir / "texts"), "--out", str(build), *caching, "--format", "ttl", "-q"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # the shared scorer where it is at hand, else kg's own (the same matching rules and the same JSON)
    scorer = [sys.executable, str(KGSCORE)] if KGSCORE.exists() else [kg, "eval"]
    res = subprocess.run([*scorer, "--graph", str(build / "graph.ttl"), "--gold", str(set_dir / "gold.jsonl"), "--json"],
                         check=True, capture_output=True, text=True)
    scores = json.loads(res.stdout[: res.stdout.rindex("}") + 1])
    if errors:
        sys.path.insert(0, str(ROOT))
        from kg.evaluate import score_graph
        errs: list = []
        score_graph(build / "graph.ttl", set_dir / "gold.jsonl", errs)
        (set_dir / "errors.txt").write_text("".join(f"{k}\t{t}\t{item}\n" for k, t, item in errs), encoding="utf-8")
    return scores


def new_errors(original: Path, variant: Path, record: dict) -> list[str]:
    forms = record["forms"]
    before = (original / "errors.txt").read_text(encoding="utf-8").splitlines()
    if forms:
        rw = Rewriter(forms, record.get("surnames"))
        before = [rw.text(x) for x in before]
    seen = set(before)
    return [x for x in (variant / "errors.txt").read_text(encoding="utf-8").splitlines() if x not in seen]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("make", "run", "compare"))
    ap.add_argument("scores", nargs="*", help="compare: the scores.json of the before and the after run")
    ap.add_argument("--set", default="d12")
    ap.add_argument("--sets", nargs="*", default=["d12", "own-people", "own-programmes"])
    ap.add_argument("--kind", default="people", choices=KINDS)
    ap.add_argument("--kinds", nargs="*", default=list(KINDS))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3])
    ap.add_argument("--out")
    ap.add_argument("--kg", default=str(Path(sys.executable).with_name("kg")), help="the kg to build with")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--cache", action="store_true", help="reuse the extraction of documents a variant leaves unchanged")
    a = ap.parse_args()
    if a.command == "compare":
        before, after = (json.loads(Path(x).read_text(encoding="utf-8")) for x in a.scores)
        print(markdown(before, after))
        return
    out = Path(a.out)
    if a.command == "make":
        rec = make(a.set, a.kind, a.seed, out)
        print(f"{len(rec['replaced'])} replaced, {len(rec['short_references'])} short references")
        print("\n".join(rec["warnings"]))
        return
    results: dict = {}
    if (out / "scores.json").exists():
        results = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    for spec in a.sets:
        tag = spec.replace(":", "_").replace("/", "_")
        orig = out / tag / "original"
        cache = out / tag / "kgcache" if a.cache else None
        write_set(read_set(spec), orig)
        results.setdefault(tag, {})["original"] = build_and_score(a.kg, orig, a.errors, cache)
        for kind in a.kinds:
            for seed in a.seeds:
                v = out / tag / f"{kind}-{seed}"
                rec = make(spec, kind, seed, v)
                results[tag][f"{kind}-{seed}"] = sc = build_and_score(a.kg, v, a.errors, cache)
                sc["replaced"] = len(rec["replaced"])
                if a.errors:
                    fresh_errs = new_errors(orig, v, rec)
                    (v / "errors-new.txt").write_text("".join(x + "\n" for x in fresh_errs), encoding="utf-8")
                print(f"{tag} {kind} seed {seed}: entities {sc['entities']['f1']:.3f} relations "
                      f"{sc['relations']['f1']:.3f} ({len(rec['replaced'])} replaced)", file=sys.stderr)
        (out / "scores.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print_table(results)


def markdown(before: dict, after: dict) -> str:
    """A table per set: each class's F1 on the original and its mean over the seeds of each kind (worst in
    brackets), before → after."""
    out = []
    for tag in after:
        if tag not in before:
            continue
        kinds = sorted({k.rsplit("-", 1)[0] for k in after[tag] if k != "original"}, key=KINDS.index)
        out.append(f"\n### {tag}\n")
        out.append("| | original | " + " | ".join(kinds) + " |")
        out.append("|---|---:|" + "---:|" * len(kinds))

        def cell(res: dict, row: str, kind: str | None) -> str:
            if kind is None:
                return f"{res['original'][row]['f1']:.3f}" if row in res["original"] else ""
            f1 = [v[row]["f1"] for s, v in res.items() if s.rsplit("-", 1)[0] == kind and row in v]
            return f"{sum(f1) / len(f1):.3f} ({min(f1):.3f})" if f1 else ""
        for row in ROWS:
            if row not in after[tag]["original"]:
                continue
            cells = [f"{cell(before[tag], row, None)} → {cell(after[tag], row, None)}"]
            cells += [f"{cell(before[tag], row, k)} → {cell(after[tag], row, k)}" for k in kinds]
            out.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def print_table(results: dict) -> None:
    for tag, res in results.items():
        kinds = sorted({k.rsplit("-", 1)[0] for k in res if k != "original"}, key=KINDS.index)
        print(f"\n{tag}: F1, original and mean over seeds (worst)")
        print(f"{'':18}{'original':>9}" + "".join(f"{k:>18}" for k in kinds))
        for row in ROWS:
            if row not in res["original"]:
                continue
            cells = []
            for k in kinds:
                f1 = [v[row]["f1"] for s, v in res.items() if s.rsplit("-", 1)[0] == k and row in v]
                cells.append(f"{sum(f1) / len(f1):.3f} ({min(f1):.3f})" if f1 else "")
            print(f"{row:18}{res['original'][row]['f1']:9.3f}" + "".join(f"{c:>18}" for c in cells))


if __name__ == "__main__":
    main()
