"""Schemes and their doers in the habits of real news, in the genres of the eighteenth programme set.

- National campaigns named `…保卫战` (蓝天, 碧水, 净土, and a quoted name before 保卫战) are schemes, as those named
  `…攻坚战` are; the county health alliance (紧密型县域医疗卫生共同体建设) is one scheme under its short forms
  (县域医共体建设, 医共体建设).
- A quoted name read with a bare head after it (“某某+”行动) is the one scheme of the text read as the same quote with more
  words before the same head (“某某+”全域旅游行动): one scheme, not two.
- A sentence of measures split by ；, opened by a frame that names no scheme (具体来说，…; 按照县里的安排，…, at a
  paragraph's start too): the bodies or places that open each item, those of a later clause with 则, and the places after
  在 in it carry out the one scheme of the sentence before (or the headline's); an item naming a project of its own
  still serves it (tests/test_leftover_classes_21.py); two schemes before, or a frame inside a sentence, give nothing.
- Numbered measures after a colon in a sentence that names no scheme before them (按照部署，…：一是…；二是…) serve the one
  scheme of the sentence before; a scheme named inside one item (一是推行“某某”，由县某局…) owns none of the items after it;
  an item opened by its sites (三是在甲镇、乙镇…设立…) gives them to the scheme.
- Places listed after 在 before a scheme's verb (在甲镇、乙镇开展“某某”试点，由县某局负责; a short modifier may stand
  between the verb and the quote: 开展茶园生态“某某”试点) are its sites beside the body after 由; one place after 在 with
  no place opening the clause is left to the body, as before.
- A mechanism of joint work (“某长+某长”联动机制) is carried out by the bodies that act together in the clause after it
  (县某局与县某局联合开展某某专项行动), whatever they launch there; after another scheme, bodies that launch one of their
  own in that clause carry out only that one.
- A meeting held on a scheme told in the lead sentence below a headline that names no meeting lays the duty of the places
  that open a later clause (甲镇、乙镇要…) under that scheme; places that only speak there do not take it.
- A scheme's division of work after 由…牵头 goes on past its ； (县某局负责…；乡镇层面，甲镇、乙镇利用…，丙镇则…); after a
  plan, 明确由县某局牵头、县某局和县某局配合; two bodies joined by 与 before 正在 act together.

Texts written for these tests in our own words, with places and schemes other than those of the set that revealed the
classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build, implementers_of  # noqa: E402

CAMPAIGNS = {
    "a known campaign named 保卫战, unquoted, after a verb":
        ("近年来，攸县深入打好净土保卫战，受污染耕地安全利用率达到93%。", "净土保卫战", {"攸县"}),
    "a known campaign named 保卫战 in a headline":
        ("桐庐县碧水保卫战取得新成效\n今年以来，全县出境断面水质稳定达标。", "碧水保卫战", {"桐庐县"}),
    "a quoted name before 保卫战":
        ("今年，修水县全面打好“清水修河”保卫战，关停沿河养殖场17家。", "清水修河", {"修水县"}),
    "the county health alliance by a short form":
        ("今年以来，罗田县扎实推进县域医共体建设，县域内就诊率提高到90%。", "紧密型县域医疗卫生共同体建设", {"罗田县"}),
}


@pytest.mark.parametrize("text,prog,doers", CAMPAIGNS.values(), ids=CAMPAIGNS.keys())
def test_campaigns_and_reforms_are_read(text, prog, doers):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert doers <= got, sorted(got)


def test_a_quoted_name_with_a_bare_head_is_the_longer_name():
    text = ("桐庐县持续推进“山水+”全域旅游发展行动，游客人数逐年增加。县文化和旅游局局长表示，“山水+”行动的关键是把游客留在"
            "乡村。")
    forms, _ = build(text)
    assert forms.get("山水+行动") == "山水+全域旅游发展行动", sorted(forms)
    assert len(set(forms.values())) == 1, sorted(forms)


FRAMED = {
    "具体来说 after the sentence of the scheme, items opened by bodies and sites after 在":
        ("攸县农业农村局负责人介绍，今年是“稻田综合种养”行动实施的第二年。具体来说，县农业农村局负责技术推广，今年在网岭镇、"
         "新市镇建设示范基地；县水利局会同县自然资源局整修灌排渠道；黄丰桥镇、渌田镇组织种养大户扩面。",
         "稻田综合种养行动",
         {"攸县农业农村局", "网岭镇", "新市镇", "攸县水利局", "攸县自然资源局", "黄丰桥镇", "渌田镇"}, set()),
    "a frame of arrangement opening a paragraph, a later clause's doer with 则":
        ("修水县启动“宁红茶乡”茶旅融合行动\n县长在接受采访时说，“宁红茶乡”行动就是要让茶园变景区。\n按照县里的安排，"
         "县文化广电新闻出版旅游局会同县农业农村局编制茶旅线路；漫江乡、上衫乡发展茶园民宿，黄龙乡则举办采茶节。",
         "宁红茶乡茶旅融合行动",
         {"修水县农业农村局", "漫江乡", "上衫乡", "黄龙乡"}, set()),
    "an item naming a project of its own still serves the sentence's scheme, with the places it supports":
        ("罗田县副县长说，今年是“板栗提质”行动实施的第三年。具体来说，县林业局负责低产林改造，在骆驼坳镇、大河岸镇改造"
         "板栗园；县商务局则牵头推进板栗精深加工项目，支持三里畈镇建设加工园。",
         "板栗提质行动",
         {"罗田县林业局", "骆驼坳镇", "大河岸镇", "罗田县商务局", "三里畈镇"}, set()),
}


@pytest.mark.parametrize("text,prog,doers,not_doers", FRAMED.values(), ids=FRAMED.keys())
def test_framed_measures_serve_the_scheme_before(text, prog, doers, not_doers):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert doers <= got, sorted(got)
    assert not (not_doers & got), sorted(got)


FRAMED_NOT = {
    "two schemes in the sentence before":
        ("攸县今年推进“稻田综合种养”行动和“菜篮子”提质工程。具体来说，县农业农村局负责技术推广；县水利局会同县自然资源局整修"
         "灌排渠道。", {"攸县水利局", "攸县自然资源局"}),
    "a frame inside a sentence, not opening it":
        ("攸县推进“稻田综合种养”行动，按照县里的安排开展工作，县水利局整修渠道；县自然资源局核定地块。",
         {"攸县自然资源局"}),
}


@pytest.mark.parametrize("text,not_doers", FRAMED_NOT.values(), ids=FRAMED_NOT.keys())
def test_framed_measures_without_one_scheme_give_nothing(text, not_doers):
    _, facts = build(text)
    assert not {s for s, p, o in facts if p == "implements"} & not_doers, sorted(facts)


def test_numbered_measures_after_a_sentence_naming_none_serve_the_scheme_before():
    text = ("罗田县卫生健康局局长告诉记者，县域医共体建设要让群众少跑路。为此，县里重点抓了三件事：一是推行“乡聘村用”，由县卫生健康局"
            "统一招聘村医；二是县医疗保障局联合县财政局实行医保基金打包付费；三是在九资河镇、胜利镇设立远程诊室。")
    forms, got = implementers_of(text, "紧密型县域医疗卫生共同体建设")
    assert {"罗田县医疗保障局", "罗田县财政局", "九资河镇", "胜利镇"} <= got, sorted(got)
    _, sub = implementers_of(text, "乡聘村用")
    assert not {"罗田县医疗保障局", "罗田县财政局", "九资河镇", "胜利镇"} & sub, sorted(sub)


def test_a_scheme_inside_a_numbered_item_owns_no_later_items():
    text = ("修水县推进林长制工作\n按照部署，今年全县推进三项工作：一是在渣津镇开展“一山一档”试点，由县林业局负责建档；"
            "二是县应急管理局会同县气象局完善防火网格；三是在黄港镇、四都镇新建瞭望塔。")
    _, sub = implementers_of(text, "一山一档试点")
    assert not {"修水县应急管理局", "修水县气象局", "黄港镇", "四都镇"} & sub, sorted(sub)
    _, got = implementers_of(text, "林长制")
    assert {"修水县应急管理局", "修水县气象局", "黄港镇", "四都镇"} <= got, sorted(got)


SITES_BY = {
    "places listed after 在 with the body after 由":
        ("今年，县里在酒埠江镇、鸾山镇开展“林下中药材”种植试点，由攸县林业局负责技术指导。", "林下中药材种植试点",
         {"酒埠江镇", "鸾山镇", "攸县林业局"}, set()),
    "places listed after 在, a short modifier between the verb and the quote, the body after 由":
        ("今年，县里在渣津镇、杭口镇推行茶园生态“一园一码”管理试点，由修水县农业农村局负责。", "一园一码管理试点",
         {"渣津镇", "杭口镇", "修水县农业农村局"}, set()),
    "one place after 在 with no place opening the clause stays the body's":
        ("今年，在攸县开展“林下中药材”种植试点，由攸县林业局负责技术指导。", "林下中药材种植试点",
         {"攸县林业局"}, {"攸县"}),
}


@pytest.mark.parametrize("text,prog,doers,not_doers", SITES_BY.values(), ids=SITES_BY.keys())
def test_places_listed_after_zai_are_sites_beside_the_body(text, prog, doers, not_doers):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert doers <= got, sorted(got)
    assert not (not_doers & got), sorted(got)


DIVISION = {
    "a plan's doers after 明确由…牵头、…和…配合":
        ("今年，攸县出台了《攸县酒埠江流域综合治理实施方案》，明确由攸县水利局牵头、攸县林业局和攸县自然资源局配合，"
         "分段推进。", "《攸县酒埠江流域综合治理实施方案》",
         {"攸县水利局", "攸县林业局", "攸县自然资源局"}, set()),
    "a scheme's division of work after 由…牵头, past its ；":
        ("罗田县启动“银龄助餐”工程。助餐工程由罗田县民政局牵头，罗田县财政局按照每餐2元的标准给予补助，罗田县市场监督管理局负责"
         "食品抽检；乡镇层面，凤山镇、匡河镇利用闲置村部开办食堂，大崎镇则引入社会机构运营。", "银龄助餐工程",
         {"罗田县民政局", "罗田县财政局", "罗田县市场监督管理局", "凤山镇", "匡河镇", "大崎镇"}, set()),
    "a clause after the division of work whose subject is the place's people gives nothing":
        ("罗田县启动“银龄助餐”工程。助餐工程由罗田县民政局牵头，凤山镇群众反映良好。", "银龄助餐工程",
         {"罗田县民政局"}, {"凤山镇"}),
    "two bodies joined by 与 before 正在 and the verb":
        ("今年，罗田县卫生健康局与罗田县医疗保障局正在开展“家床服务”试点，首批覆盖300户。", "家床服务试点",
         {"罗田县卫生健康局", "罗田县医疗保障局"}, set()),
}


@pytest.mark.parametrize("text,prog,doers,not_doers", DIVISION.values(), ids=DIVISION.keys())
def test_doers_named_in_a_division_of_work(text, prog, doers, not_doers):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert doers <= got, sorted(got)
    assert not (not_doers & got), sorted(got)


def test_towns_given_a_duty_under_a_meeting_told_in_the_lead_sentence():
    text = ("罗田县“板栗振兴”行动见成效\n6月3日，罗田县召开“板栗振兴”行动推进会，副县长主持会议。\n县长在讲话时要求，三里畈镇、"
            "骆驼坳镇要把加工园配套作为头等大事，尽快完成厂房建设。会上，胜利镇作了表态发言。\n")
    _, got = implementers_of(text, "板栗振兴行动")
    assert {"三里畈镇", "骆驼坳镇"} <= got, sorted(got)
    assert "胜利镇" not in got, sorted(got)


def test_a_lead_sentence_that_is_no_meeting_gives_no_duty():
    text = ("罗田县“板栗振兴”行动见成效\n今年以来，罗田县深入推进“板栗振兴”行动，新建加工园2个。\n县长要求，三里畈镇、"
            "骆驼坳镇要把加工园配套作为头等大事。\n")
    _, got = implementers_of(text, "板栗振兴行动")
    assert not {"三里畈镇", "骆驼坳镇"} & got, sorted(got)


def test_bodies_acting_together_after_a_mechanism_of_joint_work_carry_it_out():
    text = ("修水县推进河湖长制\n今年，修水县推行“河长+警长”联动机制，修水县公安局与修水县水利局联合开展清河专项行动。县里还启动"
            "“清洁家园”行动，修水县民政局与修水县财政局联合印发了《修水县村庄清洁实施方案》。\n")
    _, got = implementers_of(text, "河长+警长联动机制")
    assert {"修水县公安局", "修水县水利局"} <= got, sorted(got)
    _, other = implementers_of(text, "清洁家园行动")
    assert not {"修水县民政局", "修水县财政局"} & other, sorted(other)
