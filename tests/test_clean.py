"""Cleaning: table-driven cases from OCR patterns in the seeds, and offsets that point back."""
import pytest

from kg.clean import clean, join_lines, normalize_chars, remove_cjk_spaces, split_sentences

SPACES = [
    ("开平市水口镇、月 山镇举办交流活动", "开平市水口镇、月山镇举办交流活动"),  # 004: a space inside a town name
    ("江门日报讯(记者/敖转 优 通讯员/方玉祥) 3月21日", "江门日报讯（记者/敖转优通讯员/方玉祥）3月21日"),
    ("(文/图 记者/李淑 珩)", "（文/图记者/李淑珩）"),
    ("全球领先的 OPPO 广东移动通信有限公司", "全球领先的 OPPO 广东移动通信有限公司"),  # Latin words keep their spaces
    ("推动 \"八 镇联动发展\" 产业布局", "推动“八镇联动发展”产业布局"),
    ("江门市委\"1+6+ 3\"工作安排", "江门市委“1+6+ 3”工作安排"),  # a space between ASCII signs stays
]


@pytest.mark.parametrize("raw, expected", SPACES)
def test_spaces_between_chinese_characters_are_removed(raw, expected):
    assert clean(raw).text == expected


CHARS = [
    ("２０２４年", "2024年"),
    ("ＧＥＰ核算", "GEP核算"),
    ("开平(水暖卫浴)知识产权", "开平（水暖卫浴）知识产权"),
    ("力促,产业互融;推动", "力促，产业互融；推动"),
    ("\u200b开平\ufeff", "开平"),
    ("Hello, world", "Hello, world"),  # ASCII text keeps ASCII punctuation
]


@pytest.mark.parametrize("raw, expected", CHARS)
def test_character_normalisation(raw, expected):
    assert normalize_chars(raw) == expected


JOINS = [
    # 000: a sentence broken by a blank line in the middle of a word
    ("2025年，开平市成功获得全国文明\n\n城市提名城市资格，顺利完成目标。", ["2025年，开平市成功获得全国文明城市提名城市资格，顺利完成目标。"]),
    # 000: a line ending in a comma-like mark always continues
    ("会议指出，文明城市创建内涵丰富、\n\n涉及广泛，必须坚持系统思维。", ["会议指出，文明城市创建内涵丰富、涉及广泛，必须坚持系统思维。"]),
    # a headline stays apart from the dateline paragraph under it
    ("开平市创建全国文明城市工作推进会召开 推动城市文明程度持续提升\n\n江门日报讯（记者/严建广）1月6日上午，会议召开。",
     ["开平市创建全国文明城市工作推进会召开 推动城市文明程度持续提升", "江门日报讯（记者/严建广）1月6日上午，会议召开。"]),
    # 001: narrow columns, the line width decides
    ("2025年市十件民生实事中，提升基\n层医疗服务水平和推进医保服务便捷\n化，加强青少年心理健康服务。\n\n聚焦民生“小切口”\n守护百姓“大健康”",
     ["2025年市十件民生实事中，提升基层医疗服务水平和推进医保服务便捷化，加强青少年心理健康服务。",
      "聚焦民生“小切口”", "守护百姓“大健康”"]),
    # a line where a sentence ends is running text, not a headline, however short (and OCR-spaced)
    ("清远日报讯（记者/朱敏）\n近日，西岸镇召开乡村振兴工作会议。西岸镇党委书记黄 志坚、镇长莫伟\n华出席会议。会议要求各村做好人才培养工作。",
     ["清远日报讯（记者/朱敏）", "近日，西岸镇召开乡村振兴工作会议。西岸镇党委书记黄 志坚、镇长莫伟华出席会议。会议要求各村做好人才培养工作。"]),
]


def test_a_name_spaced_by_ocr_in_running_text_is_joined():
    raw = "近日，西岸镇召开乡村振兴工作会议。西岸镇党委书记黄 志坚、镇长莫伟\n华出席会议。会议要求各村做好人才培养工作，推进改革。"
    assert "党委书记黄志坚、镇长莫伟华出席" in clean(raw).text


@pytest.mark.parametrize("raw, paragraphs", JOINS)
def test_broken_lines_are_joined_into_paragraphs(raw, paragraphs):
    assert join_lines(raw).split("\n") == paragraphs


FURNITURE = [
    "15 星期五 | A9",
    "2023年12月",
    "<癸卯年十一月初三>",
    "1957年10月1日创刊",
    "江门 0750-3524738",
    "湾区新闻部主编/责编 黄铁安 / 美编 温亮 / 校对 苏敏",
    "紧接A01版",
    "□相关新闻",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_is_set_aside(line):
    c = clean(f"珠海坚持预防为主。\n\n{line}\n\n珠海推进健康行动。")
    assert line.replace(" ", "") not in c.text.replace(" ", "")
    assert c.furniture


def test_markdown_headings_are_headlines():
    c = clean("## 珠海连续3年蝉联“全国健康城市建设样板市”\n\n羊城晚报讯 记者郑达 报道：近日，会议召开。")
    assert c.paragraphs[0].kind == "headline"
    assert c.text.startswith("珠海连续3年")


@pytest.mark.parametrize("raw", [
    "开平市水口镇、月 山镇举办\n\n交流活动。\n\n15 星期五 | A9\n",
    "江门日报讯(记者/敖转 优)３月２２日, 开平市工商联\r\n\r\n(总商会)率队",
    "  \t\n\n",
    "",
])
def test_offsets_point_back_to_the_same_characters(raw):
    c = clean(raw)
    assert len(c.offsets) == len(c.text) + 1
    for i, ch in enumerate(c.text):
        if ch == "\n":
            continue
        o = c.offsets[i]
        assert 0 <= o < len(raw)
        assert normalize_chars(raw[o]) == ch or ch in "，；：（）“”‘’"


def test_span_maps_a_cleaned_span_to_the_original():
    raw = "开平市水口镇、月 山镇举办活动"
    c = clean(raw)
    s = c.text.index("月山镇")
    start, end = c.span(s, s + 3)
    assert raw[start:end] == "月 山镇"


SENTENCES = [
    ("会议召开。陈小曼讲话！", [(0, 5), (5, 11)]),
    ("“好！”他说。", [(0, 4), (4, 7)]),
    ("甲\n乙", [(0, 1), (2, 3)]),
]


@pytest.mark.parametrize("text, spans", SENTENCES)
def test_split_sentences(text, spans):
    assert split_sentences(text) == spans


def test_remove_cjk_spaces_keeps_latin_words():
    assert remove_cjk_spaces("深入了解 OPPO 广东移动") == "深入了解 OPPO 广东移动"



def test_a_name_after_its_title_spaced_by_ocr_in_a_line_without_a_full_stop():
    raw = "会上，各镇作表态发言。\n鹤山市农业农村局局长吴 志明介绍，该局将\n实施“一村一品”工程，推动特色产业发展。"
    assert "局长吴志明介绍，该局将实施" in clean(raw).text


def test_a_dateline_with_a_spaced_byline_continues_on_the_next_line():
    raw = "江门日报讯（记者/李华 通讯员/鹤宣）3月11日，鹤山市召开\n“百县千镇万村高质量发展工程”\n推进大会。市委书记讲话。"
    assert "鹤山市召开“百县千镇万村高质量发展工程”推进大会。" in clean(raw).text


@pytest.mark.parametrize("line", ["天气 晴 12-22℃", "今天 多云 18-25℃ 东北风2级"])
def test_weather_boxes_are_furniture(line):
    c = clean("近日，开平市召开会议。\n" + line + "\n会议强调，要推进改革。")
    assert line.split()[0] not in c.text


# --- the shortcuts a step takes when it has nothing to do -------------------------------------


def test_display_width_counts_latin1_characters_as_half_cells():
    from kg.clean import display_width
    from kg.structure import _width

    for line, width in (("开平abé\u0100", 4.5), ("a\udc80b", 2.0), ("", 0.0), ("台山市", 3.0)):
        assert display_width(line) == _width(line) == width


def test_tabs_alone_still_count_as_space_runs():
    from kg.clean import remove_cjk_spaces

    assert remove_cjk_spaces("鹤山\t\t址山") == "鹤山 址山"  # two phrases of two: one space between
    assert remove_cjk_spaces("鹤山\t市") == "鹤山市"


def test_carriage_returns_and_invisible_marks_still_go_with_their_offsets():
    c = clean("恩\r\n平\u200b市(ping2)委")
    assert c.text == "恩\n平市委"
    assert c.offsets.tolist() == [0, 1, 3, 5, 13, 14]
    c = clean("恩平\u200b市(ping2)委\r\n")
    assert c.text == "恩平市委"
    assert c.offsets.tolist() == [0, 1, 3, 11, 14]


def test_spaces_dropped_on_a_later_line_keep_their_offsets_after_lines_without_any():
    """Lines without a space are passed over whole: the spaces of a later line still go where they stand."""
    raw = "某县召开会议。\n会议强调要抓好落实。\n某镇党委书记王 小明出席。\n镇长李  红主持。"
    c = clean(raw)
    assert c.text == "某县召开会议。\n会议强调要抓好落实。\n某镇党委书记王小明出席。\n镇长李红主持。"
    assert all(raw[c.offsets[i]] == ch for i, ch in enumerate(c.text) if ch != "\n")
    assert c.text.index("小明") == raw.index("小明") - 1 and c.offsets[c.text.index("小明")] == raw.index("小明")


def test_ascii_marks_next_to_chinese_are_those_the_whole_pattern_finds(monkeypatch):
    """The marks replaced are looked for where a mark stands: the same text as the pattern tried at every
    character (a mark after Chinese, or before spaces then Chinese; none between Latin words)."""
    import random
    import re

    import kg.clean as C

    rng = random.Random(11)
    alphabet = "某县,;:!?  ab12（）“”。，\n\"'("
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    got = [C._step_punct(t, C._identity(t))[0] for t in texts]
    monkeypatch.setattr(C, "_ASCII_MARK", re.compile(r"(?s).", re.S))  # every position tried
    assert got == [C._step_punct(t, C._identity(t))[0] for t in texts]
    assert sum(g != t for g, t in zip(got, texts)) > 1000
    assert normalize_chars("某县,某镇: ab, cd 某村 !") == "某县，某镇： ab, cd 某村 ！"


def test_span_reads_the_offsets_as_the_array_holds_them():
    """Cleaned.span answers from a list made of the offsets: the same ints as the array, before and after a copy."""
    import pickle

    c = clean("遂溪縣委副書記劉劍到界炮鎮。\n\n　第二段　文字")
    for a, b in [(0, 3), (2, 2), (5, 9), (len(c.text) - 2, len(c.text))]:
        want = (int(c.offsets[a]), int(c.offsets[a])) if b <= a else (int(c.offsets[a]), int(c.offsets[b - 1]) + 1)
        assert c.span(a, b) == want and all(type(x) is int for x in c.span(a, b))
    assert pickle.loads(pickle.dumps(c)).span(5, 9) == c.span(5, 9)


# a list printed one group a line; the text goes on after its last group
_GROUPS = ("长沙市（2个）：浏阳市大围山镇楚东村，宁乡市关山镇关山村\n"
           "株洲市（2个）：醴陵市沩山镇沩山村，炎陵县十都镇神农村\n"
           "衡阳市（2个）：南岳区南岳镇红星村，衡山县店门镇白云村\n")


def test_a_lists_last_group_is_a_line_of_its_own():
    """The last group of a list printed one group a line, complete as the groups before it, is not joined to the
    sentence after it; a last group broken inside a name (longer than the groups before it) still is."""
    text = "确定6个村为示范村，现予公布。\n" + _GROUPS + "各地要加强对示范村的指导支持。"
    assert join_lines(text).split("\n")[-2:] == ["衡阳市（2个）：南岳区南岳镇红星村，衡山县店门镇白云村", "各地要加强对示范村的指导支持。"]
    broken = "确定6个村为示范村，现予公布。\n" + _GROUPS.replace("白云村\n", "白云村，衡东县新塘镇\n") + "大桥村\n"
    assert join_lines(broken).endswith("衡东县新塘镇大桥村")


def test_a_lists_last_group_enters_the_designation(nlp):
    """The villages of the last group of a designation list, before the notice's closing sentence, are listed under
    the designation as the other groups' are."""
    from conftest import read_names

    text = ("湖南省农业农村厅关于公布2026年度湖南省美丽乡村示范村名单的通知\n各市州农业农村局：\n"
            "经县级推荐、市州审核和省级复核，确定6个村为2026年度湖南省美丽乡村示范村，现予公布。\n"
            + _GROUPS + "各地要加强对示范村的指导支持。\n湖南省农业农村厅\n2026年12月1日\n")
    _, facts = read_names(nlp, text)
    for village in ("楚东村", "神农村", "红星村", "白云村"):
        assert (village, "implements", "湖南省美丽乡村示范村") in facts, sorted(facts)
