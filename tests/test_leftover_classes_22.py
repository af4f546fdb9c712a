"""Quoted scheme names before a noun that is no programme head of the old vocabulary, pilots of a quoted reform, and
bodies with duties in a scheme's own sentence (the classes the nineteenth programme set left).

- A quote followed by a phrase that ends in 模式 (全面推行“甲+乙”基层治理模式) names a scheme with that phrase, slogan or
  not, where a verb of carrying a scheme out governs the quote (TailHead "verb" in programme_cues.jsonl); with no such
  verb it is a method's label and names none. A phrase ending in 平台 completes no name: a platform is a thing a
  scheme builds (the seeds' gold names “光影江门”数字化平台 by its quote, and 搭建“社区—物业—居民”沟通议事平台 no scheme).
- 基地建设 after a quote is its head, and the crop or product right before the quote belongs to the name
  (油茶“某某”基地建设: NamingHead "product").
- A quoted service mode that ends in 办 right before its counter (“某某一次办”窗口, “某某办”专窗) names the scheme, as
  before its service (“某某办”服务) did; the counter is no part of its name, and a quote that names no mode before a
  counter (“咨询”窗口) names none.
- 示范村寨 ends a designation as 示范村 does (“某某”示范村寨), and 牌 right after a quote marks a product's brand
  (推出“某某”牌绿茶), no scheme.
- A quote between a field and a designation after the reform it names (农村“某某”改革试点村): the designation, with the
  field, is a name of the quoted scheme, and the place chosen carries it out.
- Bodies that open a later clause of a scheme's own sentence with a verb of duty (…实施“某某”行动，…，县某局要抓好…)
  carry it out where the scheme's clause names no doer of its own; not a list of tasks whose first clause has its own
  subject, nor past a semicolon, nor from the clause that names another programme on.
- The places a later clause of such a sentence selects for the scheme (…，首批选定甲镇、乙镇…) are its sites.

Texts written for these tests in our own words, with places and schemes other than those of the set that revealed the
classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import implementers_of  # noqa: E402

NAMES = {
    "a mode of governance pushed everywhere":
        ("二是全面推行“村警+网格员”基层治理模式，矛盾纠纷就地化解。", "村警+网格员基层治理模式"),
    "a mode of care tried out in a town":
        ("县民政局在平安镇试点“邻里互助”居家养老模式，服务老人300名。", "邻里互助居家养老模式"),
    "a base of a crop built as a scheme":
        ("启动茶叶“百千”基地建设，全年新建茶园8000亩。", "茶叶百千基地建设"),
    "a service mode before its counter":
        ("县政务服务中心开设“出生一件事联办”窗口，新生儿落户一次办好。", "出生一件事联办"),
    "a service mode before its special counter":
        ("市民之家设立“跨市通办”专窗，外地群众不用来回跑。", "跨市通办"),
}


@pytest.mark.parametrize("text,name", NAMES.values(), ids=NAMES.keys())
def test_scheme_names(text, name):
    forms, _ = implementers_of(text, name)
    assert name in forms, sorted(forms)


NOT_NAMES = {
    "a platform after a verb of using an app":
        ("党员们每天登录“学习强国”学习平台，学习时长不断增加。", "学习强国学习平台"),
    "a platform built by a bureau, a slogan quote":
        ("今年，县商务局牵头搭建“电商+”农产品销售平台，带动农户增收。", "电商+农产品销售平台"),
    "a platform for talks, as the seeds print one":
        ("某街道搭建“居民—物业—社区”协商议事平台，化解邻里矛盾。", "居民—物业—社区协商议事平台"),
    "a mode with no verb of carrying it out":
        ("“公司+农户”订单种植模式效益明显，农户每亩增收800元。", "公司+农户订单种植模式"),
    "a counter that names no mode":
        ("大厅设有“咨询”窗口，工作人员耐心解答。", "咨询"),
    "a brand of a product, no base":
        ("合作社推出“高山云雾”牌绿茶，每斤卖到300元。", "高山云雾"),
}


@pytest.mark.parametrize("text,name", NOT_NAMES.values(), ids=NOT_NAMES.keys())
def test_not_scheme_names(text, name):
    forms, _ = implementers_of(text, name)
    assert name not in forms, sorted(forms)


DOERS = {
    "the towns of a crop's bases":
        ("石阡县启动花椒“万亩”基地建设，在本庄镇、白沙镇、龙塘镇等4个乡镇布局连片基地8个。", "花椒万亩基地建设",
         {"本庄镇", "白沙镇", "龙塘镇"}),
}


@pytest.mark.parametrize("text,prog,doers", DOERS.values(), ids=DOERS.keys())
def test_doers(text, prog, doers):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert doers <= got, sorted(got)


def test_a_designation_that_ends_in_villages_and_stockades():
    forms, _ = implementers_of("今年，全县将启动“侗寨新韵”示范村寨建设，首批选定8个村寨。", "侗寨新韵示范村寨")
    assert "侗寨新韵示范村寨" in forms, sorted(forms)


# A quote between a field and a designation after the work it names (农村“某某”改革试点村): the designation, the field kept
# in it, is a name of the scheme it is a pilot of, and the place chosen carries it out; the quoted reform alone keeps
# its name.
PILOTS = {
    "a village made a pilot of a rural reform":
        ("2021年，石阡县本庄镇被确定为全省农村“三权到户”改革试点镇。", "农村三权到户改革试点镇", {"本庄镇"}),
    "a county made a pilot of a reform of town and country":
        ("去年，石阡县被确定为全省城乡“同网同价”改革试点县。", "城乡同网同价改革试点县", {"石阡县"}),
}


@pytest.mark.parametrize("text,name,doers", PILOTS.values(), ids=PILOTS.keys())
def test_a_designation_after_a_quoted_reform(text, name, doers):
    forms, got = implementers_of(text, name)
    assert name in forms, sorted(forms)
    assert doers <= got, sorted(got)


def test_a_quoted_reform_with_no_designation_after_it_keeps_its_name():
    forms, _ = implementers_of("石阡县推进农村“三权到户”改革，确权颁证全部完成。", "三权到户")
    assert "三权到户" in forms and not any(f.endswith("试点村") for f in forms), sorted(forms)


# Bodies that open a later clause of a scheme's own sentence, the scheme taken up by a verb, with a verb of duty (要,
# 牵头, 负责), carry it out (…实施“某某”行动，今年在甲镇…，县某局要抓好…，县某局要推进…); not after a semicolon, not a
# body named as an owner (县某局的同志…), not where no verb takes the scheme up (“某某”行动进展顺利，县某局要…).
CLAUSE_DOERS = {
    "bodies with 要 after the scheme's sites":
        ("三是持续实施“茶香侗寨”提升行动，今年在本庄镇、白沙镇等5个乡镇建成示范点20个，县住房和城乡建设局要抓好农房改造，"
         "县水务局要推进供水管网延伸。", "茶香侗寨提升行动", {"石阡县住房和城乡建设局", "石阡县水务局"}),
    "a body that leads and one in charge":
        ("石阡县召开旅游发展大会。会议要求，深入实施“茶旅融合”提升行动，县文体广电旅游局牵头编制规划，县交通运输局负责"
         "旅游公路建设。", "茶旅融合提升行动", {"石阡县文体广电旅游局", "石阡县交通运输局"}),
}


@pytest.mark.parametrize("text,prog,doers", CLAUSE_DOERS.values(), ids=CLAUSE_DOERS.keys())
def test_bodies_with_duties_in_the_schemes_own_sentence(text, prog, doers):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert doers <= got, sorted(got)


NOT_CLAUSE_DOERS = {
    "a body after a semicolon":
        ("石阡县深入实施“茶旅融合”提升行动；县交通运输局要抓好道路养护。", "茶旅融合提升行动", {"石阡县交通运输局"}),
    "a body named as an owner":
        ("石阡县深入实施“茶旅融合”提升行动，县交通运输局的同志参加了会议。", "茶旅融合提升行动", {"石阡县交通运输局"}),
    "a list of tasks whose first clause names its own doer":
        ("石阡县召开重点工作推进会。县农业农村局要牵头实施“茶园提质”工程，县交通运输局要抓好道路养护，县水务局要推进"
         "供水管网建设。", "茶园提质工程", {"石阡县交通运输局", "石阡县水务局"}),
    "a body whose clause names another programme":
        ("石阡县召开重点工作推进会。会议要求，深入实施“茶园提质”工程，县旅游局要加快推进“侗乡茶韵”旅游提升行动。",
         "茶园提质工程", {"石阡县旅游局"}),
    "a scheme no verb takes up":
        ("石阡县“茶旅融合”提升行动进展顺利，县交通运输局要抓好道路养护。", "茶旅融合提升行动", {"石阡县交通运输局"}),
}


@pytest.mark.parametrize("text,prog,others", NOT_CLAUSE_DOERS.values(), ids=NOT_CLAUSE_DOERS.keys())
def test_not_bodies_with_duties_in_the_schemes_own_sentence(text, prog, others):
    forms, got = implementers_of(text, prog)
    assert not (others & got), sorted(got)


def test_places_a_later_clause_selects_for_the_scheme_are_its_sites():
    forms, got = implementers_of("今年，石阡县将启动“侗乡花海”示范村寨建设，首批选定本庄镇、白沙镇、龙塘镇等5个镇的12个村寨。",
                                 "侗乡花海示范村寨")
    assert {"本庄镇", "白沙镇", "龙塘镇"} <= got, sorted(got)


def test_places_selected_for_a_scheme_no_verb_takes_up_are_not_its_sites():
    forms, got = implementers_of("石阡县“侗乡花海”示范村寨建设进展顺利，首批选定本庄镇、白沙镇等5个镇的12个村寨。",
                                 "侗乡花海示范村寨")
    assert not ({"本庄镇", "白沙镇"} & got), sorted(got)
