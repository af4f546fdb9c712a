"""The Corps' regiments and their divisions from open data (``kg data corps``, kg/data/corps_regiments.jsonl), read
through the lexicon loader after the curated and the user's lexicons; the zero of a regiment's number printed three
ways. Every text and data row here is made up for the test."""
import csv
import gzip
import io
import json
import os
from pathlib import Path

import pytest

from conftest import check_reading, read_names
from kg.data_build.corps import build_regiments
from kg.lexicon import DERIVED, lexicon, parse_jsonl
from kg.ner.agencies import regiment_key
from kg.resources import data_path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("KG_SHARED_DATA", ROOT.parent / "shared" / "data"))
HP = "holdsPost"

AREAS = [("659001", "石河子市"), ("659004", "五家渠市"), ("652324", "玛纳斯县"), ("110101", "东城区")]
STREETS = [  # code, name, areaCode
    ("659001500", "兵团二十九团", "659001"),  # in the city of the 8th division
    ("652324501", "兵团农三师五十团", "652324"),  # its division printed, 农 before it
    ("652324502", "兵团一零八团", "652324"),  # a county's: no division
    ("659004500", "兵团三十六团", "659004"),  # the 6th division's city ...
    ("652324503", "第五师三十六团", "652324"),  # ... and the 5th printed: two divisions
    ("659001001", "团结街道", "659001"),  # no number: no regiment
    ("110101500", "兵团七十团", "110101"),  # outside the province
]
VILLAGES = [  # code, name, streetCode, areaCode
    ("652324501001", "新疆生产建设兵团第十一师一零九团某某路社区居民委员会", "652324501", "652324"),
    ("659001500400", "二十九团团部社区", "659001500", "659001"),
]


def _source(tmp_path: Path) -> Path:
    d = tmp_path / "china-admin-divisions-modood"
    d.mkdir(parents=True)
    (d / "provinces.csv").write_text('code,name\n11,"北京市"\n65,"新疆维吾尔自治区"\n', encoding="utf-8")

    def write(rows, header):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        return buf.getvalue()

    (d / "areas.csv").write_text(write([(c, n, c[:4], c[:2]) for c, n in AREAS],
                                       ["code", "name", "cityCode", "provinceCode"]), encoding="utf-8")
    (d / "streets.csv").write_text(write([(c, n, a, c[:2], c[:4]) for c, n, a in STREETS],
                                         ["code", "name", "areaCode", "provinceCode", "cityCode"]), encoding="utf-8")
    (d / "villages.csv.gz").write_bytes(gzip.compress(write(
        [(c, n, s, c[:2], c[:4], a) for c, n, s, a in VILLAGES],
        ["code", "name", "streetCode", "provinceCode", "cityCode", "areaCode"]).encode("utf-8"), mtime=0))
    return tmp_path


def test_build_gives_a_regiment_the_division_printed_or_its_city(tmp_path):
    src = _source(tmp_path)
    report = build_regiments(src, tmp_path / "a.jsonl")
    entries = parse_jsonl("a.jsonl", Path(report.path).read_text(encoding="utf-8"))
    got = {(e.label, e.pattern, e.get("division")) for e in entries}
    assert got == {("CorpsRegiment", "五十团", "新疆生产建设兵团第三师"),
                   ("CorpsRegiment", "二十九团", "新疆生产建设兵团第八师"),
                   ("CorpsRegiment", "一〇九团", "新疆生产建设兵团第十一师")}
    assert report.ambiguous == ("三十六团",) and report.undivided == ("一〇八团",)
    assert [e.pattern for e in entries] == ["五十团", "二十九团", "一〇九团"]  # by division, as the lexicon lists them
    again = build_regiments(src, tmp_path / "b.jsonl")
    assert Path(again.path).read_bytes() == Path(report.path).read_bytes() and again.sha256 == report.sha256


@pytest.mark.skipif(not (SHARED_DATA / "china-admin-divisions-modood").is_dir(),
                    reason=f"shared data not found at {SHARED_DATA}")
def test_the_shipped_file_is_the_build_of_the_shared_data(tmp_path):
    report = build_regiments(SHARED_DATA, tmp_path / DERIVED[0])
    assert Path(report.path).read_bytes() == data_path(DERIVED[0]).read_bytes()
    assert len({d for _, d in report.regiments}) >= 5 and not report.ambiguous


def test_the_derived_regiments_are_read_after_the_curated_ones():
    lex = lexicon()
    curated = [e for e in lex.of("CorpsRegiment") if "seeds" in e.source or "lexicons" in e.source]
    derived = [e for e in lex.of("CorpsRegiment") if DERIVED[0] in e.source]
    assert curated and derived
    assert max(lex.entries.index(e) for e in curated) < min(lex.entries.index(e) for e in derived)


def test_regiment_key_writes_one_zero():
    assert regiment_key("一零四团") == regiment_key("一0四团") == regiment_key("一〇四团") == "一〇四团"
    assert regiment_key("一二三团") == "一二三团"


READINGS = [
    ("a regiment of another division, printed without its division",
     "新疆维吾尔自治区召开会议。第四师召开座谈会，一八四团党委书记林涛发言。",
     {("Official", "林涛")}, {("林涛", HP, "中共新疆生产建设兵团第十师一八四团委员会")},
     {"新疆生产建设兵团第四师一八四团", "中共新疆生产建设兵团第四师一八四团委员会"}),
    ("a regiment the data names with its division", "新疆维吾尔自治区召开会议。一〇四团团长周明出席。",
     {("Agency", "新疆生产建设兵团第十二师一〇四团"), ("Official", "周明")},
     {("周明", HP, "新疆生产建设兵团第十二师一〇四团")}, set()),
    ("the zero printed as 零 and as 0: one regiment", "新疆维吾尔自治区召开会议。一零四团团长王刚、一0四团政委李敏出席。",
     {("Agency", "新疆生产建设兵团第十二师一〇四团")},
     {("王刚", HP, "新疆生产建设兵团第十二师一〇四团"), ("李敏", HP, "新疆生产建设兵团第十二师一〇四团")},
     {"新疆生产建设兵团第十二师一零四团", "新疆生产建设兵团第十二师一0四团"}),
    ("a listed regiment's number on a page set elsewhere", "乐山市举办活动，一六五团志愿者参加。", set(), set(),
     {"新疆生产建设兵团第九师一六五团"}),
    ("a division's city stays a place and body of its own", "石河子市人民政府召开会议，石河子市各部门参加。",
     {("Place", "石河子市"), ("Agency", "石河子市人民政府")}, set(), {"新疆生产建设兵团第八师"}),
    ("a number and 团 no lexicon lists, with no Corps", "新疆维吾尔自治区举办活动，一九九团志愿者参加。", set(), set(),
     {"新疆生产建设兵团一九九团"}),
]


@pytest.mark.parametrize("kind, text, entities, facts, absent", READINGS, ids=[r[0] for r in READINGS])
def test_regiments_read(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_number_and_tuan_outside_the_province_stays_none(nlp):
    entities, _ = read_names(nlp, "成都市举办活动，一六三团和二十团的志愿者参加。")
    assert not [n for t, n in entities if t == "Agency" and "团" in n], sorted(entities)


def _found(text):
    from kg.ner.api import ner_text
    from kg.nlp import load_nlp

    return {(m["text"], m["type"], m["canonical"]) for m in ner_text(text, load_nlp(statistical=False))["mentions"]}


def test_a_users_lexicon_adds_and_overrides_regiments(tmp_path, use_lexicons):
    mine = tmp_path / "mine.jsonl"
    rows = [{"label": "CorpsRegiment", "pattern": "一八四团", "division": "新疆生产建设兵团第九师"},
            {"label": "CorpsRegiment", "pattern": "一九九团", "division": "新疆生产建设兵团第三师"}]
    mine.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    text = "新疆维吾尔自治区召开会议。一八四团团长陈刚、一九九团团长吴东出席。"
    before = {c for _, t, c in _found(text) if t == "Agency"}
    assert "新疆生产建设兵团第十师一八四团" in before and not any("一九九团" in c for c in before)
    use_lexicons([mine])
    after = {c for _, t, c in _found(text) if t == "Agency"}
    assert {"新疆生产建设兵团第九师一八四团", "新疆生产建设兵团第三师一九九团"} <= after
    assert "新疆生产建设兵团第十师一八四团" not in after


def test_a_communitys_name_drops_the_regiment_printed_before_it(nlp):
    import zipfile

    from kg.villages import STORE_PATH

    with zipfile.ZipFile(STORE_PATH) as z:
        names = [line.split("\t")[1] for m in z.namelist() if m.startswith("65")
                 for line in z.read(m).decode("utf-8").splitlines()]
    corps = lexicon().words("CorpsName")[0]
    assert names and not [n for n in names if n.startswith(corps) or n.startswith(regiment_key("一〇四团"))]
    check_reading(nlp, "乌鲁木齐市沙依巴克区召开会议，一〇四团兴业路社区的居民代表参加。",
                  {("Agency", "新疆生产建设兵团第十二师一〇四团"), ("Place", "兴业路社区")}, set(),
                  {"一〇四团兴业路社区"})
