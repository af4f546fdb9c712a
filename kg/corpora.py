"""Synthetic corpora for ``kg bench`` beside the seed pages: lists, long reports, dense lines.

- :func:`make_notices`: designation notices (a title 关于公布…的通知, an addressee, a sentence or
  two, numbered lines of villages from the gazetteer, the issuing body on its own line, a date);
- :func:`make_long_report`: passages joined into one text without line breaks, like one long
  report;
- :func:`make_dense_line`: one line of place names without punctuation.

Everything is made from kg's own gazetteer and the templates in ``kg/data/bench_corpora.json``,
with a seeded random generator: the same arguments write the same bytes.

>>> import tempfile
>>> from pathlib import Path
>>> d = make_notices(tempfile.mkdtemp(), count=1, items=3)
>>> text = next(d.iterdir()).read_text(encoding="utf-8")
>>> text.startswith("关于"), text.count("\\n") > 5
(True, True)
"""
from __future__ import annotations

import functools
import json
import random
from pathlib import Path

from .resources import data_path

__all__ = ["make_notices", "make_long_report", "make_dense_line", "make_articles", "make_lines",
           "distinct_entity_results", "Notice", "chinese_number"]

_DIGITS = "〇一二三四五六七八九"
_CIRCLED = [chr(c) for c in range(0x2460, 0x2474)]  # ① … ⑳


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十, 105 → 一百零五 (for item markers such as （十二）).

    >>> [chinese_number(n) for n in (1, 10, 12, 40, 99, 100, 105, 120)]
    ['一', '十', '十二', '四十', '九十九', '一百', '一百零五', '一百二十']
    """
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else
                                 ("一" if rest < 20 else "") + chinese_number(rest))
    return _DIGITS[hundreds] + "百" + tail


def _chinese_date(year: int, month: int, day: int) -> str:
    return "".join(_DIGITS[int(c)] for c in str(year)) + "年" + chinese_number(month) + "月" + chinese_number(day) + "日"


@functools.lru_cache(maxsize=1)
def _templates() -> dict:
    return json.loads(data_path("bench_corpora.json").read_text(encoding="utf-8"))


class Notice:
    """One generated notice: its text and what a reader should find in it."""

    def __init__(self, text: str, title: str, issuers: tuple[str, ...], villages: tuple[str, ...],
                 village_codes: tuple[str, ...]) -> None:
        self.text, self.title, self.issuers = text, title, issuers
        self.villages, self.village_codes = villages, village_codes


def _villages_by_city(gaz) -> dict[str, list[tuple]]:
    """(city, county, town, village) divisions for every village the gazetteer lists, by city code."""
    out: dict[str, list[tuple]] = {}
    for d in gaz:
        if d.level != "village":
            continue
        chain = gaz.ancestors(d.code)
        town = next((a for a in chain if a.level in ("town", "street")), None)
        county = next((a for a in chain if a.level == "county"), None)
        city = next((a for a in chain if a.level == "city"), None)
        if town is None or county is None or city is None:
            continue
        out.setdefault(city.code, []).append((city, county, town, d))
    for v in out.values():
        v.sort(key=lambda t: t[3].code)
    return out


def notice(rng: random.Random, items: int, by_city: dict[str, list[tuple]], gaz) -> Notice:
    """One notice of ``items`` numbered village lines."""
    t = _templates()
    year = rng.randrange(2019, 2026)
    designation = rng.choice(t["designations"])
    cities = sorted(by_city)
    if rng.random() < 0.5:  # a province's department lists villages of every city
        province = gaz.get("440000")
        place, scope = province.name, province.name
        pool = [v for c in cities for v in by_city[c]]
        issuer_forms = t["issuers"]["province"]
    else:  # a city's bureau lists its own villages
        city = gaz.get(rng.choice([c for c in cities if len(by_city[c]) >= items]))
        place, scope = city.name, city.name
        pool = by_city[city.code]
        issuer_forms = t["issuers"]["city"]
    chosen = sorted(rng.sample(range(len(pool)), min(items, len(pool))))
    rows = [pool[i] for i in chosen]
    issuers = [rng.choice(issuer_forms).format(place=place)]
    if rng.random() < 0.2:  # a joint notice: a second body signs on the next line
        other = rng.choice([f for f in issuer_forms if f.format(place=place) != issuers[0]])
        issuers.append(other.format(place=place))
    fill = {"year": year, "scope": scope, "designation": designation, "n": chinese_number(rng.randrange(1, 8)),
            "count": len(rows), "place": place}
    title = rng.choice(t["titles"]).format(**fill)
    marker = rng.choice(t["markers"] if len(rows) <= len(_CIRCLED) else [m for m in t["markers"] if "circled" not in m])
    form = rng.choice(t["item_forms"])
    lines = [title, "", rng.choice(t["addressees"]), rng.choice(t["bodies"]).format(**fill), ""]
    heading = rng.choice(t["headings"]).format(**fill)
    if heading:
        lines += [heading, ""]
    for i, (_, county, town, village) in enumerate(rows, 1):
        mark = marker.format(n=i, cn=chinese_number(i), circled=_CIRCLED[(i - 1) % len(_CIRCLED)])
        lines.append(mark + form.format(county=county.name, town=town.name, village=village.name))
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    date = f"{year}年{month}月{day}日" if rng.random() < 0.6 else _chinese_date(year, month, day)
    lines += ["", *issuers, date, ""]
    return Notice("\n".join(lines), title, tuple(issuers), tuple(r[3].name for r in rows), tuple(r[3].code for r in rows))


def make_notices(dest: str | Path, *, count: int = 30, items: int = 100, seed: int = 19) -> Path:
    """Write ``count`` notices of ``items`` village lines each as ``dest/notice-NNN.txt``, and
    ``dest/../notices-truth.jsonl`` beside the folder (title, issuers, villages of each)."""
    from .gazetteer import Gazetteer

    gaz = Gazetteer.load()
    by_city = _villages_by_city(gaz)
    rng = random.Random(seed)
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    truth = []
    for k in range(count):
        n = notice(rng, items, by_city, gaz)
        name = f"notice-{k:03d}.txt"
        (dest / name).write_text(n.text, encoding="utf-8")
        truth.append({"file": name, "title": n.title, "issuers": list(n.issuers), "villages": list(n.villages),
                      "codes": list(n.village_codes)})
    (dest.parent / f"{dest.name}-truth.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in truth), encoding="utf-8")
    return dest


def make_long_report(dest: str | Path, source: str | Path) -> Path:
    """The text files of ``source`` (sorted) joined into ``dest/report.txt`` without line breaks."""
    files = sorted(p for p in Path(source).iterdir() if p.is_file() and p.suffix == ".txt")
    if not files:
        raise FileNotFoundError(f"{source}: no .txt passages to join")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    text = "".join(p.read_text(encoding="utf-8").replace("\r", "").replace("\n", "") for p in files)
    (dest / "report.txt").write_text(text + "\n", encoding="utf-8")
    return dest


def make_articles(dest: str | Path, source: str | Path, count: int, *, per_file: int = 1) -> Path:
    """``count`` article-sized files from the passages of ``source`` (sorted, used in turn), each
    passage with a line that numbers its copy (so no two files have the same content); with
    ``per_file`` > 1, that many passages joined in each file (the same text in fewer documents).
    """
    files = sorted(p for p in Path(source).iterdir() if p.is_file() and p.suffix == ".txt")
    if not files:
        raise FileNotFoundError(f"{source}: no .txt passages to copy")
    passages = [p.read_text(encoding="utf-8").replace("\r", "").rstrip("\n") for p in files]
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    note = _templates()["article_copy"]
    texts = [f"{passages[i % len(passages)]}\n{note.format(n=i + 1)}\n" for i in range(count)]
    for k in range(0, count, per_file):
        (dest / f"a{k // per_file:05d}.txt").write_text("\n".join(texts[k : k + per_file]), encoding="utf-8")
    return dest


def make_lines(dest: str | Path, source: str | Path) -> Path:
    """The sentences of the passages of ``source``, one a line, as ``dest/lines.txt`` (what
    ``kg ner`` is given: short lines)."""
    files = sorted(p for p in Path(source).iterdir() if p.is_file() and p.suffix == ".txt")
    ends = _templates()["line_ends"]
    lines = []
    for p in files:
        for para in p.read_text(encoding="utf-8").replace("\r", "").split("\n"):
            line = ""
            for ch in para.strip():
                line += ch
                if ch in ends:
                    lines.append(line.strip())
                    line = ""
            if line.strip():
                lines.append(line.strip())
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "lines.txt").write_text("".join(x + "\n" for x in lines if x), encoding="utf-8")
    return dest


def make_dense_line(dest: str | Path, chars: int) -> Path:
    """One line of about ``chars`` characters of place names (``dense_line`` of the templates
    repeated) as ``dest/dense.txt``, written piece by piece."""
    unit = _templates()["dense_line"]
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    repeat = max(1, chars // len(unit))
    block = unit * 10_000
    with open(dest / "dense.txt", "w", encoding="utf-8") as f:
        left = repeat
        while left > 0:
            n = min(left, 10_000)
            f.write(block if n == 10_000 else unit * n)
            left -= n
        f.write("\n")
    return dest


# --- distinct entities: the merge step alone -------------------------------------------------------

def _spell(i: int, width: int, chars: str) -> str:
    """``i`` written in ``width`` of ``chars`` (distinct for distinct ``i``)."""
    out = []
    for _ in range(width):
        i, d = divmod(i, len(chars))
        out.append(chars[d])
    return "".join(out)


def distinct_entity_results(entities: int, *, per_document: int = 20):
    """Merge inputs (:class:`kg.graph.MergeInput`) naming ``entities`` distinct entities, none
    twice: half people, half the bodies they hold posts in, ``per_document`` entities a document,
    each person and body named in one sentence with a holdsPost relation between them. The seed
    copies of ``kg bench`` repeat the same few hundred entities; these make the merge grow.

    >>> results = list(distinct_entity_results(4, per_document=2))
    >>> [(len(r.entities), r.relations[0].predicate) for r in results]
    [(2, 'holdsPost'), (2, 'holdsPost')]
    >>> len({e.key for r in results for e in r.entities})
    4
    """
    from .graph import MergeInput
    from .model import Article, Document, Entity, Mention, Relation, Sentence

    names = _templates()["distinct_entities"]
    chars, surnames, body_tail, sentence = names["chars"], names["surnames"], names["body_tail"], names["sentence"]
    pairs = max(1, per_document // 2)
    made = 0
    doc = 0
    while made < entities:
        doc_id = f"distinct/{doc:07d}.txt"
        sentences, mentions, ents, rels = [], [], [], []
        offset = 0
        for k in range(pairs):
            if made >= entities:
                break
            n = made // 2
            person = surnames[n % len(surnames)] + _spell(n // len(surnames), 3, chars)
            body = _spell(n, 4, chars) + body_tail
            text = sentence.format(person=person, body=body)
            p_key, b_key = f"Person/{person}", f"Agency/{body}"
            b_start = offset + text.index(body, len(person))
            sentences.append(Sentence(offset, offset + len(text), text))
            mentions += [Mention(doc_id, offset, offset + len(person), person, "Person", p_key, "synthetic", 0.9,
                                 sentence=k),
                         Mention(doc_id, b_start, b_start + len(body), body, "Agency", b_key, "synthetic", 0.9,
                                 sentence=k)]
            ents += [Entity(p_key, "Person", person), Entity(b_key, "Agency", body)]
            rels.append(Relation(p_key, "holdsPost", b_key, doc_id, offset, offset + len(text), (k,), "synthetic", 0.9))
            offset += len(text)
            made += 2
        yield MergeInput(document=Document(doc_id, doc_id, "", "utf-8", f"{doc:064d}"), chars=offset,
                         articles=(Article(doc_id, 0, 0, offset),), mentions=tuple(mentions), entities=tuple(ents),
                         relations=tuple(rels), sentences=tuple(sentences))
        doc += 1
