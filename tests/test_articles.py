"""Article segmentation and the metadata read from datelines and bylines."""
import pytest

from kg.articles import page_date, parse_reporters, segment
from kg.clean import clean

REPORTERS = [
    ("文/图 江门日报记者 张华焯 通讯员 王家驹", [("张华焯", "记者"), ("王家驹", "通讯员")]),
    ("（黎禹君 李心草 潘彩云 陈艺锋）", [("黎禹君", "记者"), ("李心草", "记者"), ("潘彩云", "记者"), ("陈艺锋", "记者")]),
    ("记者/敖传优 通讯员/洪佳娜", [("敖传优", "记者"), ("洪佳娜", "通讯员")]),
    ("统筹：严建广 文/图 敖转优 李淑珩 刘嘉猷 张华焜(署名除外)",
     [("严建广", "统筹"), ("敖转优", "记者"), ("李淑珩", "记者"), ("刘嘉猷", "记者"), ("张华焜", "记者")]),
    ("羊城晚报记者 陈卓栋，通讯员董组轩、谭耀广摄影报道", [("陈卓栋", "记者"), ("董组轩", "通讯员"), ("谭耀广", "通讯员")]),
    ("本报见习记者 丁一 特约记者 方二 实习生 何三", [("丁一", "见习记者"), ("方二", "特约记者"), ("何三", "实习生")]),
]


@pytest.mark.parametrize("line, names", REPORTERS)
def test_parse_reporters(line, names):
    """Each name with the role printed before it: correspondents (通讯员) are not reporters."""
    assert [(n, role) for n, _, _, role in parse_reporters(line)] == names


def test_offsets_of_reporters():
    line = "记者/敖传优 通讯员/洪佳娜"
    for name, s, e, _ in parse_reporters(line):
        assert line[s:e] == name


def test_correspondents_keep_their_role_in_the_graph(tmp_path):
    from kg.builder import build

    (tmp_path / "a.txt").write_text("开平召开推进会\n\n江门日报讯（记者/严建广 通讯员/洪佳娜）1月6日，开平市召开会议。\n",
                                    encoding="utf-8")
    G = build([str(tmp_path / "a.txt")], tmp_path / "out", formats=()).graph
    roles = {d["name"]: d["attrs"].get("role") for _, d in G.nodes(data=True) if d["type"] == "Person"}
    assert roles == {"严建广": "记者", "洪佳娜": "通讯员"}


def test_dateline_gives_paper_reporters_and_date():
    page = clean("开平召开推进会 推动城市文明程度持续提升\n\n江门日报讯（记者/严建广）1月6日上午，会议召开。")
    [a] = segment(page, year_hint=2026)
    assert (a.headline, a.newspaper, a.reporters, a.date) == (
        "开平召开推进会 推动城市文明程度持续提升", "江门日报", ("严建广",), "2026-01-06")


def test_two_datelines_are_two_articles():
    page = clean("江门日报讯（记者/甲乙丙）1月6日，甲事。\n\n头条新闻标题很长很长很长很长很长很长很长\n\n江门日报讯（记者/李四）1月7日，乙事。")
    arts = segment(page, year_hint=2026)
    assert len(arts) == 2
    assert arts[1].reporters == ("李四",) and arts[1].date == "2026-01-07"


PAGE_DATES = [
    (("2023年12月", "15 星期五 | A9"), "", ("2023-12-15", 2023)),
    ((), "2024年以来，开平《规划(2024-2035年)》发布，到2030年", ("", 2024)),
    ((), "没有年份", ("", None)),
]


@pytest.mark.parametrize("furniture, text, expected", PAGE_DATES)
def test_page_date(furniture, text, expected):
    assert page_date(furniture, text) == expected


def test_dateline_whose_reporters_end_the_line():
    page = clean("## 佛山南海改革再提速\n\n羊城晚报讯 记者王强、通讯员刘芳  \n报道：近日，南海区推行改革。")
    [a] = segment(page, year_hint=2024)
    assert (a.newspaper, a.reporters) == ("羊城晚报", ("王强", "刘芳"))


def test_a_byline_with_a_bullet_above_the_body_stays_a_byline():
    from kg.clean import clean

    c = clean("■本报记者 赵晓东 通讯员 钱文\n\n近日，开平市水口镇举办卫浴产业发展论坛。")
    kinds = [(p.kind, c.text[p.start:p.end]) for p in c.paragraphs]
    assert kinds[0] == ("byline", "■本报记者 赵晓东 通讯员 钱文")
    assert kinds[1][1].startswith("近日")
