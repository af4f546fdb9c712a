"""Lists and notices in cleaning: item lines, notice titles, sign-offs and dates kept apart from prose."""
import pytest

from kg.clean import clean, split_units
from kg.structure import document_structure, item_marker, line_kinds

LINES = [
    ("numbered items under a heading",
     ["附件：示范村名单", "1. 开平市水口镇龙塘村", "2. 开平市月山镇桥溪村", "3. 台山市海宴镇五丰村"],
     ["", "item", "item", "item"]),
    ("numbers with 、", ["1、开平市水口镇", "2、开平市月山镇"], ["item", "item"]),
    ("Chinese numerals in brackets", ["（一）台山市海宴镇", "（二）台山市汶村镇", "（十二）恩平市大田镇"], ["item"] * 3),
    ("circled numbers", ["①江门市农业农村局", "②江门市林业局"], ["item", "item"]),
    ("bullets", ["入选名单为：", "·新会区双水镇", "·鹤山市址山镇"], ["", "item", "item"]),
    ("a run of short lines under a heading",
     ["名单如下：", "开平市水口镇", "台山市海宴镇", "恩平市大槐镇"], ["", "item", "item", "item"]),
    ("short lines without a heading stay prose (a narrow OCR column)",
     ["开平市召开推进会部署", "今年重点工作要求各镇", "街道抓紧落实各项任务", "确保取得实效会议强调"], [""] * 4),
    ("a numbered line alone is a paragraph", ["一、总体要求", "坚持问题导向，突出重点。"], ["numbered", ""]),
    ("numbered paragraphs of prose",
     ["1. 加强组织领导。各镇要成立工作专班，明确责任分工，确保各项任务落到实处。", "2. 强化督查考核。"],
     ["numbered", "numbered"]),
    ("a notice: title, sign-off, date",
     ["关于开展秋季防火检查的通知", "各镇人民政府：", "请做好检查工作。", "开平市应急管理局", "二〇二五年三月五日"],
     ["title", "", "", "signoff", "date"]),
    ("two bodies sign", ["关于做好春耕工作的通知", "各镇：", "请抓好落实。", "江门市农业农村局", "江门市财政局", "2025年3月5日"],
     ["title", "", "", "signoff", "signoff", "date"]),
    ("a title wrapped over two lines", ["关于公布2025年度开平市乡村振兴", "示范村名单的通知", "各镇："],
     ["title", "title", ""]),
    ("a title after its issuer", ["开平市人民政府办公室关于印发", "防汛工作方案的通知", "各镇人民政府："],
     ["title", "title", ""]),
    ("a bullet before a byline is no list", ["■本报记者 赵晓东", "开平市召开会议。"], ["", ""]),
    ("a last line that is no body's name", ["开平市召开会议。", "会议要求抓好落实"], ["", ""]),
]


@pytest.mark.parametrize("lines, kinds", [x[1:] for x in LINES], ids=[x[0] for x in LINES])
def test_line_kinds(lines, kinds):
    assert line_kinds(lines) == kinds


@pytest.mark.parametrize("line, width", [("1. 水口镇", 3), ("12、月山镇", 3), ("（三）赤水镇", 3), ("(4)金鸡镇", 3),
                                         ("⑤塘口镇", 1), ("1.5亿元投资", 0), ("2025年", 0), ("水口镇", 0)])
def test_item_markers(line, width):
    assert item_marker(line) == width


NOTICE = """关于公布2025年度江门市美丽乡村
精品村名单的通知

各县（市、区）农业农村局：
经县级推荐、市级审核，现将名单公布如下。

附件：精品村名单
1. 开平市水口镇龙塘村
2. 开平市月山镇桥溪村
3. 台山市海宴镇五丰村

江门市农业农村局
2025年4月8日
"""


def test_a_notice_is_cleaned_into_title_items_and_sign_off():
    c = clean(NOTICE)
    paras = [(p.kind, c.text[p.start:p.end]) for p in c.paragraphs]
    assert paras[0] == ("headline", "关于公布2025年度江门市美丽乡村精品村名单的通知")
    assert [t for k, t in paras if k == "item"] == ["1. 开平市水口镇龙塘村", "2. 开平市月山镇桥溪村", "3. 台山市海宴镇五丰村"]
    assert paras[-1] == ("signoff", "江门市农业农村局")
    assert "2025年4月8日" in c.furniture  # the date line is set aside, as page dates are
    s = document_structure(c.paragraphs, c.text)
    assert c.text[slice(*s.title)] == paras[0][1]
    (block,) = s.lists
    assert c.text[slice(*block.heading)] == "附件：精品村名单" and len(block.items) == 3
    assert [c.text[a:b] for a, b in s.signoff] == ["江门市农业农村局"]
    # each item is a sentence of its own
    units = [c.text[a:b] for a, b, _ in split_units(c.text, 200)]
    assert "2. 开平市月山镇桥溪村" in units


def test_the_structure_of_a_window():
    c = clean(NOTICE)
    s = document_structure(c.paragraphs, c.text)
    start = c.text.index("2. ")
    part = s.shift(start, len(c.text))
    assert part.title == () and len(part.lists[0].items) == 2 and part.lists[0].heading == ()
    assert [c.text[a + start:b + start] for a, b in part.signoff] == ["江门市农业农村局"]


UNITS = [
    ("sentences", "开平市召开会议。陈小曼讲话！", 200, ["开平市召开会议。", "陈小曼讲话！"]),
    ("a long sentence cut at its clause marks", "甲乙丙丁，戊己庚辛，壬癸子丑。", 6, ["甲乙丙丁，", "戊己庚辛，", "壬癸子丑。"]),
    ("a line without marks cut at the bound", "开平市水口镇开平市水口镇开平市", 6, ["开平市水口镇", "开平市水口镇", "开平市"]),
]


@pytest.mark.parametrize("text, limit, expected", [x[1:] for x in UNITS], ids=[x[0] for x in UNITS])
def test_evidence_units_are_bounded(text, limit, expected):
    units = split_units(text, limit)
    assert [text[a:b] for a, b, _ in units] == expected
    assert all(b - a <= limit for a, b, _ in units)


def test_a_cut_at_the_bound_never_falls_inside_a_name():
    text = "开平市水口镇" * 20
    inside = bytearray(len(text) + 1)
    for i in range(0, len(text), 3):  # every name is three characters long
        inside[i + 1:i + 3] = b"\x01\x01"
    units = split_units(text, 10, inside)
    assert all((b - a) % 3 == 0 and b - a <= 10 for a, b, _ in units)
    assert all(runon for *_, runon in units) and "".join(text[a:b] for a, b, _ in units) == text
