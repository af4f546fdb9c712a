"""Traditional characters in cleaning: which lines convert, offsets back to the printed
characters, pinyin and zhuyin glosses, and half-width punctuation read like full-width."""
import pytest

import kg.clean
from kg.clean import clean, split_sentences
from kg.script import converter, is_traditional, simplified_edits

SCRIPTS = [
    ("湛江市赤坎區委書記黃志堅主持會議", True),
    ("湛江市赤坎区委书记黄志坚主持会议", False),
    ("临汾市永和县乾坤湾乡", False),  # 乾 is traditional only, but the line is simplified
    ("水口", None),  # neither script tells
    ("2024年", None),
]


@pytest.mark.parametrize("line, traditional", SCRIPTS)
def test_the_script_of_a_line(line, traditional):
    assert is_traditional(line) is traditional


def test_a_page_mixing_scripts_converts_its_traditional_lines_only():
    page = "湛江市赤坎區委書記黃志堅主持會議。\n\n水口\n\n临汾市永和县乾坤湾乡召开会议。\n\n電白區"
    text = clean(page).text
    assert text.split("\n") == ["湛江市赤坎区委书记黄志坚主持会议。", "水口", "临汾市永和县乾坤湾乡召开会议。", "电白区"]


def test_a_simplified_page_is_left_alone():
    page = "开平市委书记陈小曼到月山镇调研乡村振兴工作。"
    assert simplified_edits(page) == []
    c = clean(page)
    assert c.text == page and c.printed is None and c.as_printed(6, 9) == "陈小曼"


TRADITIONAL = [
    # (printed, simplified, a name in it as printed)
    ("遂溪縣委副書記劉劍到界炮鎮調研督導鄉村振興。", "遂溪县委副书记刘剑到界炮镇调研督导乡村振兴。", "劉劍"),
    ("香港衞生署署長陳國強出席記者會。", "香港卫生署署长陈国强出席记者会。", "陳國強"),  # a Hong Kong form
    ("臺灣的黃大明說，鄉鎮建設正在進行。", "台湾的黄大明说，乡镇建设正在进行。", "黃大明"),  # a Taiwan form
]


@pytest.mark.parametrize("printed, simplified, name", TRADITIONAL)
def test_traditional_text_is_cleaned_to_simplified_with_offsets_to_the_printed_characters(printed, simplified, name):
    c = clean(printed)
    assert c.text == simplified
    at = printed.index(name)
    assert c.span(at, at + len(name)) == (at, at + len(name))
    assert c.as_printed(at, at + len(name)) == name
    assert c.as_printed(0, len(c.text)) == printed


def test_offsets_survive_the_other_cleaning_steps():
    raw = "  遂溪縣委副書記\n劉 劍到界炮鎮,調研督導。\r\n\r\n湛江日報訊（記者 黃小明）"
    c = clean(raw)
    i = c.text.index("刘剑")
    s, e = c.span(i, i + 2)
    assert raw[s:e] == "劉 劍" and c.as_printed(i, i + 2) == "劉劍"
    assert "湛江日报讯（记者 黄小明）" in c.text  # a dateline and byline, read after conversion
    assert [p.kind for p in c.paragraphs][-1] == "dateline"


def test_a_conversion_that_changes_lengths_keeps_offsets_on_phrase_boundaries(monkeypatch):
    # OpenCC's tw2sp rewrites Taiwanese phrases (程式設計師 → 程序员): the only length changes
    tw2sp = converter("tw2sp")
    monkeypatch.setattr(kg.clean, "simplified_edits", lambda text: simplified_edits(text, tw2sp))
    raw = "這位程式設計師劉劍說，記憶體不足。"
    c = clean(raw)
    assert c.text == "这位程序员刘剑说，内存不足。"
    for cleaned, printed in (("程序员", "程式設計師"), ("刘剑", "劉劍"), ("内存", "記憶體"), ("不足", "不足")):
        i = c.text.index(cleaned)
        s, e = c.span(i, i + len(cleaned))
        assert raw[s:e] == printed
    assert all(a <= b for a, b in zip(c.offsets, c.offsets[1:]))


GLOSSES = [
    ("百縣千鎮（zhèn）萬村", "百县千镇万村"),
    ("百县千镇(zhen4)万村", "百县千镇万村"),
    ("百縣千鎮（ㄓㄣˋ）萬村", "百县千镇万村"),
    ("推進鄉鎮（xiāng zhèn）建設", "推进乡镇建设"),
    # not glosses: abbreviations, numbers and names in brackets stay
    ("世界卫生组织（WHO）", "世界卫生组织（WHO）"),
    ("展位(A1)", "展位（A1）"),
    ("第(5)条", "第（5）条"),
    ("开平(kaiping)", "开平（kaiping）"),  # a toneless spelling is not taken for a gloss
]


@pytest.mark.parametrize("raw, expected", GLOSSES)
def test_pinyin_and_zhuyin_glosses_are_dropped(raw, expected):
    c = clean(raw)
    assert c.text == expected
    last = len(c.text) - 1
    assert raw[c.offsets[last]] == raw[-1]  # the characters after a gloss still point at themselves


FULL_WIDTH = [
    "开平市委书记陈小曼：“推进‘百千万工程’！”会议由市长主持（第一次）；大家说好吗？",
    "江门日报讯（记者/严建广）1月6日上午，开平市召开推进会。",
    "增长3.5%，同比上升；完成率100%！",
    "主要领导有：陈小曼（开平市委书记）、梁光挺（开平市委副书记、代理市长）。",
]
HALF = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")", "“": '"', "”": '"'}


def _half(text: str, space: bool) -> str:
    return "".join(HALF.get(c, c) + (" " if space and c in "，：；！？" else "") for c in text)


@pytest.mark.parametrize("full", FULL_WIDTH)
@pytest.mark.parametrize("space", [False, True], ids=["tight", "spaced"])
def test_half_width_punctuation_cleans_to_full_width(full, space):
    c = clean(_half(full, space))
    assert c.text == full
    assert split_sentences(c.text) == split_sentences(full)


@pytest.mark.parametrize("full", FULL_WIDTH)
def test_half_width_punctuation_gives_the_same_mentions(nlp, full):
    from kg.ner.api import ner_text

    def found(text):
        return [(m["text"], m["type"], m["canonical"]) for m in ner_text(text, nlp)["mentions"]]

    assert found(_half(full, True)) == found(full)


PAGE = ("开平召开推进会：全力推动“百千万工程”见效\n\n江门日报讯（记者/严建广 通讯员/方玉祥）1月6日上午，开平市召开推进会。"
        "市委书记陈小曼出席会议并讲话！\n\n（文/图 记者 李明）")


@pytest.mark.parametrize("space", [False, True], ids=["tight", "spaced"])
def test_half_width_punctuation_gives_the_same_articles(space):
    from kg.articles import segment

    def read(text):
        return [(a.headline, a.newspaper, a.reporters, a.date) for a in segment(clean(text), 2025)]

    assert read(_half(PAGE, space)) == read(PAGE)
    assert ("江门日报", ("严建广", "方玉祥"), "2025-01-06") in [a[1:] for a in read(PAGE)]
    assert [p.kind for p in clean(_half(PAGE, space)).paragraphs] == [p.kind for p in clean(PAGE).paragraphs]


def test_the_character_classes_are_keyed_by_opencc_version_not_its_folder(monkeypatch, tmp_path):
    """Two installations of one OpenCC version (two environments) give the classes the same sources, so
    they share one prebuilt entry; another version, or an installation without metadata, its own."""
    import importlib.util
    from types import SimpleNamespace

    from kg import script

    def installed(folder: str, dist: str | None):
        site = tmp_path / folder / "site-packages"
        (site / "opencc").mkdir(parents=True)
        if dist:
            (site / dist).mkdir()
        spec = SimpleNamespace(origin=str(site / "opencc" / "__init__.py"))
        monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec)
        return script._sources()

    a = installed("env-a", "opencc-1.1.9.dist-info")
    b = installed("env-b", "opencc-1.1.9.dist-info")
    c = installed("env-c", "opencc-1.2.0.dist-info")
    d, e = installed("env-d", None), installed("env-e", None)
    assert a == b and a != c and d != e


def test_simplified_is_the_conversion_remembered_by_name():
    from kg.script import converter, simplified

    for name in ("百千萬工程", "開平市", "开平市", "百千萬工程"):
        assert simplified(name) == converter()(name)
    assert simplified.cache_info().hits >= 1
