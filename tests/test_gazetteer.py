"""Tests of kg.gazetteer: names, lookup, resolve, the packaged data and its build."""
from __future__ import annotations

import doctest
import gzip
import os
from collections import Counter
from pathlib import Path

import pytest

import kg.gazetteer
from kg.data_build.gazetteer import build, township_links
from kg.errors import InputError
from kg.gazetteer import (
    DATA_PATH,
    GENERIC_NAMES,
    LEVELS,
    UNSAFE_SHORT,
    Division,
    Gazetteer,
    short_form,
    town_short_form,
    village_name,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("KG_SHARED_DATA", ROOT.parent / "shared" / "data"))

# Codes used below.
GUANGDONG, JIANGMEN, KAIPING, TAISHAN, XINHUI = "440000", "440700", "440783", "440781", "440705"
TAICHENG = "440781001"  # 台山市台城街道
SHUIKOU_KAIPING = "440783102"  # 开平市水口镇
JINXING_TAICHENG = "440781001014"  # 台城街道金星社区
XINJIAN_SIQIAN = "440705102201"  # 新会区司前镇新建村 (NBS code; MCA 司前镇 is 440705103)


def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_doctests():
    assert doctest.testmod(kg.gazetteer).failed == 0


# --- name rules ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, level, short",
    [
        ("广东省", "province", "广东"),
        ("广西壮族自治区", "province", "广西"),
        ("内蒙古自治区", "province", "内蒙古"),
        ("新疆维吾尔自治区", "province", "新疆"),
        ("宁夏回族自治区", "province", "宁夏"),
        ("北京市", "province", "北京"),
        ("香港特别行政区", "province", "香港"),
        ("澳门特别行政区", "province", "澳门"),
        ("江门市", "city", "江门"),
        ("延边朝鲜族自治州", "city", "延边"),
        ("恩施土家族苗族自治州", "city", "恩施"),
        ("伊犁哈萨克自治州", "city", "伊犁"),
        ("阿拉善盟", "city", "阿拉善"),
        ("大兴安岭地区", "city", "大兴安岭"),
        ("开平市", "county", "开平"),
        ("新会区", "county", "新会"),
        ("浦东新区", "county", "浦东"),
        ("神农架林区", "county", "神农架"),
        ("碑林区", "county", "碑林"),
        ("六枝特区", "county", "六枝"),
        ("管城回族区", "county", "管城"),
        ("双江拉祜族佤族布朗族傣族自治县", "county", "双江"),
        ("巴里坤哈萨克自治县", "county", "巴里坤"),
        ("城区", "county", ""),  # one character left
        ("赵县", "county", ""),
        ("东乡族自治县", "county", ""),  # nothing left but the people's name
        ("正蓝旗", "county", ""),  # banners keep 旗
        ("新兴县", "county", ""),  # UNSAFE_SHORT: 新兴产业
        ("水口镇", "town", ""),  # towns only through town_short_form
    ],
)
def test_short_form(name, level, short):
    assert short_form(name, level) == short


@pytest.mark.parametrize(
    "name, short",
    [("水口镇", "水口"), ("台城街道", "台城"), ("蓝田瑶族乡", "蓝田"), ("达尔汗苏木", "达尔汗"), ("岩镇", ""), ("新建村", "")],
)
def test_town_short_form(name, short):
    assert town_short_form(name) == short


@pytest.mark.parametrize(
    "raw, code, expected",
    [
        ("翠洲社区居民委员会", "440103001101", ("翠洲社区", "community")),
        ("鹤洞社区居委会", "440103001001", ("鹤洞社区", "community")),
        ("新民居委会", "440103001001", ("新民社区", "community")),
        ("新建村民委员会", "440705102201", ("新建村", "village")),
        ("永兴村委会", "440105001201", ("永兴村", "village")),
        ("南村村委会", "440105001201", ("南村", "village")),
        ("大(土郎)村委会", "445321107217", ("大㙟村", "village")),
        ("大澳渔委会", "440105001201", ("大澳渔委会", "village")),
        ("渔委会", "440105001201", None),
        ("海傍农场生活区", "440105001501", None),  # 类似村委会
        ("福田保税区虚拟社区", "440304400498", None),  # 类似居委会
    ],
)
def test_village_name(raw, code, expected):
    assert village_name(raw, code) == expected


def test_unsafe_short_forms_are_real_short_forms():
    stems = {short_form(d.name, d.level, safe=False) for d in gaz() if d.level in ("province", "city", "county")}
    assert UNSAFE_SHORT <= stems


# --- lookup, ancestors, resolve ---------------------------------------------------


@pytest.mark.parametrize(
    "name, codes",
    [
        ("开平", ["440783", "130205"]),  # county-level city first, then 唐山's district
        ("开平市", ["440783"]),
        ("广西", ["450000"]),
        ("内蒙古", ["150000"]),
        ("香港", ["810000"]),
        ("澳门特别行政区", ["820000"]),
        ("江门", ["440700"]),
        ("台城街道", [TAICHENG]),
        ("新兴", []),
        ("水口", []),  # bare town names need short_towns=True
        ("纽约", []),
    ],
)
def test_lookup(name, codes):
    assert [d.code for d in gaz().lookup(name)] == codes


def test_lookup_every_shuikou():
    towns = gaz().lookup("水口镇")
    assert len(towns) == 16 and {d.level for d in towns} == {"town"}
    assert SHUIKOU_KAIPING in {d.code for d in towns}
    assert {d.code for d in towns} < {d.code for d in gaz().lookup("水口", short_towns=True)}


def test_ancestors():
    assert [d.name for d in gaz().ancestors(TAICHENG)] == ["台山市", "江门市", "广东省"]
    assert [d.name for d in gaz().ancestors(JINXING_TAICHENG)] == ["台城街道", "台山市", "江门市", "广东省"]
    assert [d.name for d in gaz().ancestors("110101")] == ["北京市"]  # 东城区 hangs off the municipality
    assert gaz().ancestors(GUANGDONG) == []
    with pytest.raises(KeyError):
        gaz().ancestors("999999")


@pytest.mark.parametrize(
    "code, ancestor, expected",
    [
        (JINXING_TAICHENG, TAISHAN, True),
        (JINXING_TAICHENG, GUANGDONG, True),
        (KAIPING, KAIPING, True),
        (KAIPING, TAISHAN, False),
        ("441900003", "441900", True),  # 东莞's towns hang off the prefecture
        ("999999", GUANGDONG, False),
    ],
)
def test_is_within(code, ancestor, expected):
    assert gaz().is_within(code, ancestor) is expected


@pytest.mark.parametrize(
    "name, context, expected",
    [
        ("开平", (GUANGDONG, JIANGMEN), KAIPING),
        ("开平", (), KAIPING),  # no context: 市 before 区
        ("开平", ("130200",), "130205"),  # in a 唐山 article
        ("水口镇", (KAIPING,), SHUIKOU_KAIPING),
        ("水口镇", (JIANGMEN, KAIPING), SHUIKOU_KAIPING),
        ("水口镇", (GUANGDONG, KAIPING), SHUIKOU_KAIPING),  # deeper context wins
        ("水口镇", (), None),  # 16 of them
        ("水口镇", (GUANGDONG,), None),  # still three in Guangdong
        ("水口镇", ("330000",), None),  # none in 浙江: no guess
        ("台城街道", (TAISHAN,), TAICHENG),
        ("台城街道", (), TAICHENG),  # the only one
        ("金星社区", (TAISHAN,), JINXING_TAICHENG),
        ("金星社区", (TAICHENG,), JINXING_TAICHENG),
        ("金星社区", (), None),  # villages need context
        ("新建村", (XINHUI,), XINJIAN_SIQIAN),
        ("衢州", (JIANGMEN,), "330800"),  # 在浙江衢州举行: a unique city needs no context
        ("浙江", (KAIPING,), "330000"),
        ("海南", (), "460000"),  # the province before 海南州 and 海南区
        ("海南", ("630000",), "632500"),  # in a 青海 article
        ("吉林", (), "220000"),
        ("鼓楼区", (), None),  # four districts of that name
        ("鼓楼区", ("350000",), "350102"),
        ("纽约", (), None),
    ],
)
def test_resolve(name, context, expected):
    found = gaz().resolve(name, context)
    assert (found.code if found else None) == expected


def test_resolve_bare_town_names():
    # 水口和月山两个工业重镇
    assert gaz().resolve("水口", (KAIPING,)) is None
    assert gaz().resolve("水口", (KAIPING,), short_towns=True).code == SHUIKOU_KAIPING
    assert gaz().resolve("月山", (KAIPING,), short_towns=True).name == "月山镇"


def test_resolve_answers_each_context_on_its_own():
    """Answers are kept by name and context: a name resolved with one context, then with another, then
    without, gets each context's answer; the order and repetition of context codes, and codes the
    gazetteer does not know, change nothing."""
    g = Gazetteer(list(gaz()), None)  # a gazetteer of its own: nothing kept from other tests
    answers = [(context, g.resolve("开平", context)) for context in
               [(), ("130200",), (), ("130200", KAIPING), (KAIPING, "130200", KAIPING), ("999999",), iter(["130200"])]]
    assert [(d.code if d else None) for _, d in answers] == [KAIPING, "130205", KAIPING, KAIPING, KAIPING, KAIPING, "130205"]
    assert g.resolve("开平", "130200").code == "130205"  # one code as a string


@pytest.mark.parametrize("bare", ["水口", "蓝田", "台城", "月山", "城关", "开平", "x"])
def test_bare_town_names_are_every_township_of_that_bare_name(bare):
    """lookup(short_towns=True) finds every township (or street) whose bare name is ``bare``, ethnic
    townships (蓝田瑶族乡) included, besides the divisions of that full or short name."""
    expected = {d.code for d in gaz() if d.level in ("town", "street") and town_short_form(d.name) == bare}
    expected |= {d.code for d in gaz().lookup(bare)}
    assert {d.code for d in gaz().lookup(bare, short_towns=True)} == expected
    assert bare not in ("水口", "蓝田", "城关") or len(expected) > 3


def test_resolve_ties_on_a_tiny_gazetteer():
    tiny = Gazetteer(
        [
            Division("440000", "广东省", "province", "", "广东"),
            Division("440100", "甲市", "city", "440000", "甲"),
            Division("440101", "东区", "county", "440100", ""),
            Division("440200", "乙市", "city", "440000", "乙"),
            Division("440201", "东区", "county", "440200", ""),
        ]
    )
    assert tiny.resolve("东区") is None
    assert tiny.resolve("东区", ("440000",)) is None
    assert tiny.resolve("东区", ("440200",)).code == "440201"


# --- names() -------------------------------------------------------------------------


def test_names():
    pairs = set(gaz().names())
    assert ("开平", gaz().get(KAIPING)) in pairs
    assert ("开平市", gaz().get(KAIPING)) in pairs
    assert ("金星社区", gaz().get(JINXING_TAICHENG)) in pairs
    assert not any(surface == "水口" for surface, _ in pairs)
    assert not any(surface in GENERIC_NAMES for surface, _ in pairs)
    assert not any(surface == "南村" for surface, _ in pairs)


def test_names_with_town_short_forms_are_flagged_by_their_surface():
    shuikou = gaz().get(SHUIKOU_KAIPING)
    risky = {(s, d) for s, d in gaz().names(["town", "street"], short_towns=True) if s not in (d.name, d.short)}
    assert ("水口", shuikou) in risky
    assert ("水口镇", shuikou) not in risky
    assert {d.level for _, d in risky} == {"town", "street"}


def test_names_filters():
    assert {d.level for _, d in gaz().names(["province"])} == {"province"}
    assert ("城区", gaz().get("441502")) in set(gaz().names(["county"], generic=True))
    with pytest.raises(ValueError, match="prefecture"):
        list(gaz().names(["prefecture"]))


# --- the packaged data -------------------------------------------------------------


def test_counts_per_level():
    counts = Counter(d.level for d in gaz())
    assert (counts["province"], counts["city"], counts["county"]) == (33, 333, 2845)
    assert counts["town"] + counts["street"] == 38723 + 364  # MCA's, and NBS townships MCA lacks
    assert counts["village"] + counts["community"] > 26000
    assert set(counts) == set(LEVELS)


def test_data_invariants():
    lengths = {"province": 6, "city": 6, "county": 6, "town": 9, "street": 9, "village": 12, "community": 12}
    for d in gaz():
        assert len(d.code) == lengths[d.level], d
        assert d.parent == "" if d.level == "province" else d.parent in gaz(), d
        assert d.short == short_form(d.name, d.level), d
        if d.level in ("village", "community"):
            assert d.code.startswith("44") and gaz().get(d.parent).level in ("town", "street", "county"), d


def _mca(code, name, level, parent):
    return Division(code, name, level, parent, "")


def _nbs(code, name):
    return {"code": code, "name": name, "areaCode": code[:6]}


# a county of MCA with two townships, and what NBS 2023 printed there
_ROWS = {d.code: d for d in (
    _mca("410000", "甲省", "province", ""), _mca("410100", "乙市", "city", "410000"),
    _mca("410101", "丙县", "county", "410100"),
    _mca("410101100", "东河镇", "town", "410101"), _mca("410101101", "西岭镇", "town", "410101"),
)}


@pytest.mark.parametrize("nbs, expected", [
    # a township MCA has under another suffix is linked, not added
    (_nbs("410101200", "东河乡"), ("410101100", "name", None)),
    # one MCA lacks is added with its NBS code ...
    (_nbs("410101203", "北坡乡"), ("410101203", "nbs", ("北坡乡", "town"))),
    # ... or, where MCA gives that code to another township, the highest free code of the county
    (_nbs("410101101", "南湾街道"), ("410101999", "nbs", ("南湾街道", "street"))),
    # printed with 办事处 or its county before it: the name the news prints
    (_nbs("410101004", "南湾街道办事处"), ("410101004", "nbs", ("南湾街道", "street"))),
    (_nbs("410101005", "丙县北坡乡"), ("410101005", "nbs", ("北坡乡", "town"))),
    # a statistical unit is no township: its villages stay with the county
    (_nbs("410101400", "经济开发区"), ("410101", "county", None)),
    (_nbs("410101401", "经济开发区特殊乡镇"), ("410101", "county", None)),
])
def test_nbs_townships_mca_lacks(nbs, expected):
    links, methods, added = township_links(dict(_ROWS), {nbs["code"]: nbs})
    code, method, town = expected
    assert (links[nbs["code"]], methods[nbs["code"]]) == (code, method)
    assert [(d.code, d.name, d.level, d.parent) for d in added] == ([(code, *town, "410101")] if town else [])


def test_an_nbs_township_printed_twice_in_a_county_is_one_place():
    streets = {s["code"]: s for s in (_nbs("410101203", "北坡乡"), _nbs("410101204", "北坡乡"))}
    links, _, added = township_links(dict(_ROWS), streets)
    assert [d.code for d in added] == ["410101203"] and links["410101204"] == "410101203"


def test_data_file_is_small():
    assert DATA_PATH.stat().st_size < 2_000_000


def test_load_is_cached():
    assert Gazetteer.load() is Gazetteer.load()


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="rebuild it"):
        Gazetteer.load(tmp_path / "nothing.tsv.gz")


# --- the build ----------------------------------------------------------------------

needs_shared = pytest.mark.skipif(
    not (SHARED_DATA / "china-admin-divisions-mca2025").is_dir(), reason=f"shared data not found at {SHARED_DATA}"
)


@needs_shared
def test_build_is_deterministic_and_matches_the_package(tmp_path):
    first = build(SHARED_DATA, tmp_path / "a" / "divisions.tsv.gz")
    second = build(SHARED_DATA, tmp_path / "b" / "divisions.tsv.gz")
    a, b = Path(first.path).read_bytes(), Path(second.path).read_bytes()
    assert a == b and first.sha256 == second.sha256
    # Compare the text: gzip bytes could differ between zlib builds, the content cannot.
    assert gzip.decompress(a) == gzip.decompress(DATA_PATH.read_bytes())
    assert dict(first.levels) == dict(Counter(d.level for d in gaz()))
    assert len(first.unlinked_townships) < 50


def test_build_reports_missing_sources(tmp_path):
    with pytest.raises(InputError, match="china-admin-divisions-mca2025"):
        build(tmp_path, tmp_path / "out.tsv.gz")


def test_malformed_file(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("code\tname\tlevel\tparent\tshort\n440000\t广东省\tprovince\t\t广东\n440700\t江门市\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:3: expected 5"):
        Gazetteer.load(bad)


@pytest.mark.parametrize("prebuilt", [True, False], ids=["prebuilt", "members"])
@pytest.mark.parametrize("prefecture", ["1101", "4201"])
def test_village_store_answers_as_a_whole_prefecture_read_at_once(prefecture, prebuilt):
    """The store makes divisions one county at a time; every answer is what reading the prefecture's
    whole member gives, villages whose NBS code and township code begin differently (北京 朝阳区's
    南路西里社区 110105020001 in 110105400) included; read through the prebuilt form of the per-user
    cache or member by member alike."""
    import zipfile

    from kg.villages import STORE_PATH, VillageStore

    rows = [line.split("\t") for line in zipfile.ZipFile(STORE_PATH).read(f"{prefecture}.tsv").decode("utf-8").splitlines()]
    VillageStore(STORE_PATH).villages_of("110115109")  # the prebuilt form is there
    store = VillageStore(STORE_PATH, prebuilt=prebuilt)
    parents = sorted({parent for _, _, _, parent in rows})
    counties = sorted({code[:6] for code, _, _, _ in rows})
    assert any(not code.startswith(parent) for code, _, _, parent in rows)
    for parent in parents:
        assert [d.code for d in store.villages_of(parent)] == [code for code, _, _, p in rows if p == parent]
    for county in counties:
        assert [d.code for d in store.in_county(county)] == [code for code, _, _, _ in rows if code.startswith(county)]
    for code, name, level, parent in rows[:: max(len(rows) // 50, 1)]:
        d = store.get(code)
        assert (d.name, d.level[0], d.parent) == (name, level, parent)
        assert d is store.villages_of(parent)[[x.code for x in store.villages_of(parent)].index(code)]
    assert store.get(prefecture + "99999999") is None and store.villages_of(prefecture + "99") == ()
    assert store.villages_of("990101001") == () and store.in_county("990101") == ()
    assert (store._zip is None) == prebuilt  # read through the prebuilt form: no member decompressed


@pytest.mark.skipif(not hasattr(os, "fork"), reason="this platform cannot fork")
def test_village_store_reads_through_a_file_of_its_own_after_a_fork():
    """Workers forked from a process that opened the store must not read through its file: one
    offset shared by several processes moves under their reads (LZMA then reads corrupt data)."""
    import os

    from kg.villages import STORE_PATH, VillageStore

    store = VillageStore(STORE_PATH, prebuilt=False)
    assert store.villages_of("110115109")  # the store is open in this process
    inherited = store._zip
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read another prefecture's villages
        ok = False
        try:
            store._block("1201")
            ok = store._zip is not inherited and store._pid == os.getpid()
        finally:
            os.write(w, b"1" if ok else b"0")
            os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(r, 1) == b"1"
    assert store._zip is inherited and store._pid == os.getpid()


def test_build_doctests():
    import kg.data_build.gazetteer

    assert doctest.testmod(kg.data_build.gazetteer).failed == 0


def test_villages_printed_after_their_chain_are_listed_by_their_own_name():
    """Some NBS rows print the enclosing divisions before a village's name; the gazetteer lists the village
    by its own name under its township, and no name of a village begins with its province's."""
    g = gaz()
    found = [d for d in g.lookup("南门村") if d.code.startswith("445103")]  # 潮州市潮安区凤塘镇南门村
    assert found and all(d.level == "village" for d in found)
    with gzip.open(DATA_PATH, "rt", encoding="utf-8") as f:
        assert not [line for line in f if line.split("\t")[1].startswith("广东省") and "\tvillage\t" in line]


def test_the_surface_table_holds_what_names_gives():
    gaz = Gazetteer.load()
    for min_length in (1, 2):
        table: dict = {}
        for surface, d in gaz.names():
            if len(surface) >= min_length:
                table.setdefault(surface, []).append(d)
        assert gaz.surface_table(min_length) == table
    assert "南村" not in gaz.surface_table() and "城区" not in gaz.surface_table()  # generic full names stay out


@pytest.mark.parametrize("bare", ["水口", "蓝田", "新兴", "城关", "不是地名"])
def test_townships_by_bare_name_from_the_prebuilt_table_are_those_of_the_whole_list(bare, tmp_path, monkeypatch):
    from kg.gazetteer import Gazetteer, Level, town_short_form

    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "home"))
    gaz = Gazetteer.load()
    expected = [d for d in gaz if d.level in (Level.TOWN, Level.STREET) and town_short_form(d.name) == bare]
    built = gaz._town_pairs()  # made, and saved for the next process
    (entry,) = [p for p in (tmp_path / "home").iterdir() if p.name.startswith("town-pairs-")]
    read = gaz._town_pairs()  # read back
    assert built[0] == read[0] and built[1].tolist() == read[1].tolist() and built[2].tolist() == read[2].tolist()
    monkeypatch.setattr(gaz, "_towns_by_pair", read)
    assert gaz._towns_named(bare) == expected
    assert bare == "不是地名" or expected  # the real names are found
    (entry / "value.marshal").write_bytes(b"junk")  # a damaged entry is made again
    again = gaz._town_pairs()
    assert again[0] == built[0] and again[1].tolist() == built[1].tolist()
