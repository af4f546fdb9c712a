"""Programmes of unusual shape and who carries them out: a quoted brand holding a symbol completed by a head after the
quote, a short quoted label after a verb of trying a scheme out, a project named after the whole of a county, a
national policy ending in 政策; the places after 在 right after a programme's name, a bare head opening a clause after a
colon.

Texts written for these tests in our own words, with places, bodies and schemes other than those of the held-out sets
that revealed the constructions."""
import pytest

from test_programme_constructions import _resolve, build

# ---- names -------------------------------------------------------------------------------------------------------

NAMED = {
    "a symbol's brand completed by 项目 under a relative clause of doing":
        ("今年，由宁陕县林业局负责实施的“核桃+”产业提升项目带动800余户增收。", "核桃+产业提升项目"),
    "a formula with a symbol completed by 项目 after a strong verb":
        ("汉阴县在凤亭镇实施“1+3”结对帮扶项目，覆盖脱贫户600户。", "1+3结对帮扶项目"),
    "a short label after 试点, the whole object":
        ("石泉县在池河镇试点“爱心驿站”，为环卫工人提供歇脚场所。", "爱心驿站"),
    "a three-character label after 推行":
        ("白河县在全县推行“平安码”。", "平安码"),
    "a label with a weak head inside the quote after 推广":
        ("岚皋县在四季镇推广“林药套种模式”，带动农户增收。", "林药套种模式"),
    "a project named after the whole county, without 全县":
        ("镇坪县召开水利工作会议，通报了今年全县山塘水库除险加固工程的进展。", "山塘水库除险加固工程"),
    "after a verb, the whole county's project without 全县":
        ("平利县要加快推进全县城乡供水一体化工程。", "城乡供水一体化工程"),
    "a national policy of a support kind, its owner an alias":
        ("紫阳县要落实好国家耕地地力保护补贴政策，确保资金足额发放。", "耕地地力保护补贴政策"),
}


@pytest.mark.parametrize("text,name", NAMED.values(), ids=NAMED.keys())
def test_a_programme_of_unusual_shape_is_named(text, name):
    forms, _ = build(text)
    assert name in forms, sorted(forms)


def test_the_owner_of_a_national_policy_is_an_alias_of_it():
    forms, _ = build("紫阳县要落实好国家耕地地力保护补贴政策，确保资金足额发放。")
    assert forms.get("国家耕地地力保护补贴政策") == "耕地地力保护补贴政策", sorted(forms)


NOT_NAMED = {
    "a symbol's brand before 项目 with no verb governing it": ("“核桃+”项目推介会昨天在宁陕县举行。", "核桃+项目"),
    "a work method of a symbol's formula": ("汉阴县在凤亭镇推广“支部+协会+农户”发展模式。", "支部+协会+农户发展模式"),
    "a label after 推广 followed by a noun": ("汉滨区推广“秦薯1号”品种5000亩。", "秦薯1号"),
    "a label after 试点 inside a longer phrase": ("旬阳市试点“智慧河长”系统建设的经验得到推广。", "智慧河长"),
    "a class of projects of the whole county": ("全县重点项目的推进情况良好，全市在建项目共86个。", "重点项目"),
    "a short project of the whole county": ("全县农业项目的进展顺利。", "农业项目"),
    "a verb's clause after the whole city": ("市公安局决定今年在全市范围内开展打击假币专项行动。", "范围内开展打击假币专项行动"),
    "generic policies": ("各乡镇要落实好各项惠民政策和相关政策。", "惠民政策"),
    "a national policy of generic words": ("要落实国家强农惠农富农政策。", "强农惠农富农政策"),
    "a policy without owner or kind": ("县里要落实好小微企业房租减免政策。", "小微企业房租减免政策"),
}


@pytest.mark.parametrize("text,name", NOT_NAMED.values(), ids=NOT_NAMED.keys())
def test_no_programme_without_the_construction(text, name):
    forms, _ = build(text)
    assert name not in forms, sorted(forms)


def test_generic_policies_name_nothing_at_all():
    forms, _ = build("各乡镇要落实好各项惠民政策和相关政策，国家惠民政策要落到实处。")
    assert not any(f.endswith("政策") for f in forms), sorted(forms)


# ---- who carries them out ----------------------------------------------------------------------------------------

def test_bodies_of_a_relative_clause_and_the_towns_after_the_name():
    text = ("记者从镇安县农业农村局获悉，由该局和云盖寺镇人民政府共同实施的“板栗+”产业提升项目今年已在云盖寺镇、"
            "西口回族镇建成加工线2条。")
    forms, facts = build(text)
    got = _resolve(forms, facts)
    want = {(d, "implements", "板栗+产业提升项目") for d in ("镇安县农业农村局", "镇安县云盖寺镇人民政府", "云盖寺镇", "西口回族镇")}
    assert want <= got, sorted(facts)


def test_a_head_alone_after_a_colon_is_carried_out_by_the_body_after_it_and_at_the_sites_after():
    text = ("镇坪县召开水利工作会议。会议总结了今年全县山塘水库除险加固工程的进展：工程由县水利局组织实施，在城关镇、"
            "上坪镇完成加固水库6座。")
    forms, facts = build(text)
    want = {(d, "implements", "山塘水库除险加固工程") for d in ("镇坪县水利局", "城关镇", "上坪镇")}
    assert want <= _resolve(forms, facts), sorted(facts)


def test_villages_where_a_label_is_tried_out():
    forms, facts = build("丹凤县棣花镇还在万湾村、许家塬村试点“爱心积分站”，群众参与志愿服务可换取物品。")
    want = {(d, "implements", "爱心积分站") for d in ("万湾村", "许家塬村")}
    assert want <= _resolve(forms, facts), sorted(facts)


@pytest.mark.parametrize("text", [
    "“板栗+”产业提升项目在镇安县召开现场推进会。",  # where a meeting is held
    "由县农业农村局实施的“板栗+”产业提升项目，在云盖寺镇的带动下发展很快。",  # a clause mark after 在's phrase
], ids=["a meeting held there", "no site clause"])
def test_no_site_after_the_name_without_the_construction(text):
    forms, facts = build(text)
    assert not any(s in ("镇安县", "云盖寺镇") for s, _, _ in facts), sorted(facts)


def test_a_place_that_leads_after_the_name_is_no_site():
    forms, facts = build("由镇安县农业农村局实施的“板栗+”产业提升项目今年在云盖寺镇的带动下发展很快。")
    assert not any(s == "云盖寺镇" for s, _, _ in facts), sorted(facts)


# the towns after 在 before a verb led by an adverb of leading (牵头, 率先)
def test_towns_before_a_verb_with_an_adverb_of_leading():
    forms, facts = build("今年起，宁陕县农业农村局在筒车湾镇、皇冠镇牵头实施“稻鱼共生提效行动”，推广稻田养鱼。")
    want = {(d, "implements", "稻鱼共生提效行动") for d in ("宁陕县农业农村局", "筒车湾镇", "皇冠镇")}
    assert want <= _resolve(forms, facts), sorted(facts)


def test_towns_before_another_word_than_an_adverb_are_no_sites():
    forms, facts = build("今年起，宁陕县农业农村局在筒车湾镇、皇冠镇调研后决定实施“稻鱼共生提效行动”。")
    assert not any(s in ("筒车湾镇", "皇冠镇") for s, _, _ in facts), sorted(facts)


# a unit printed bare as the subject, opening its clause: the last place of that kind named before
BARE = {
    "苏木 after its secretary's words":
        ("阿鲁科尔沁旗到巴彦温都尔苏木调研。巴彦温都尔苏木党委书记说，苏木正推进“草畜平衡”示范区建设。", "巴彦温都尔苏木", "草畜平衡"),
    "镇上 after a visit to the town":
        ("翁牛特旗旗长到乌丹镇、梧桐花镇调研。在梧桐花镇，镇党委书记介绍，镇上正推进“草畜联营”示范区建设。", "梧桐花镇", "草畜联营"),
}


@pytest.mark.parametrize("text,place,name", BARE.values(), ids=BARE.keys())
def test_a_bare_unit_opening_its_clause_is_the_place_named_before(text, place, name):
    forms, facts = build(text)
    assert (place, "implements", name) in _resolve(forms, facts), sorted(facts)


def test_a_bare_unit_inside_a_longer_word_is_no_subject():
    forms, facts = build("巴彦温都尔苏木到敖润苏木学习，两地苏木干部交流了“草畜平衡”示范区建设经验。")
    assert not any(s in ("巴彦温都尔苏木", "敖润苏木") for s, _, _ in facts), sorted(facts)


# a place that is one of a scheme's member places by its role in it
ROLE = {
    "one of the aided counties of a national cooperation": ("丹寨县是国家东西部协作的受援县之一。", "丹寨县", "东西部协作"),
    "an aided county without 之一": ("丹寨县是东西部协作受援县。", "丹寨县", "东西部协作"),
    "one of a quoted scheme's pilot counties": ("凤冈县是全省“五个一批”试点县之一，今年获得资金。", "凤冈县", "五个一批"),
}


@pytest.mark.parametrize("text,place,name", ROLE.values(), ids=ROLE.keys())
def test_a_place_by_its_role_in_a_scheme(text, place, name):
    forms, facts = build(text)
    assert (place, "implements", name) in _resolve(forms, facts), sorted(facts)


@pytest.mark.parametrize("text", ["丹寨县是东西部协作的重要力量。", "丹寨县是东西部协作受援县的一个缩影。"],
                         ids=["no role word", "the role word inside a longer phrase"])
def test_no_role_in_a_scheme_without_the_role_word_ending_the_clause(text):
    forms, facts = build(text)
    assert not any(s == "丹寨县" for s, _, _ in facts), sorted(facts)


# ---- precision: a region's short form read out of a longer word ------------------------------------------------

def _places(text):
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    return {e.name for e in r.entities if e.type == "Place"}


def test_a_regions_short_form_opening_a_schemes_name_is_no_place_of_the_text():
    places = _places("海原县召开农业会议。县长强调，各乡镇要把冬春农田建设同“宁夏枸杞品质提升行动”结合起来。")
    assert "宁夏回族自治区" not in places and "海原县" in places, sorted(places)


def test_a_regions_short_form_opening_a_schemes_name_is_a_place_where_the_text_names_it_too():
    places = _places("宁夏回族自治区今年启动“宁夏枸杞品质提升行动”，海原县等地参与。")
    assert "宁夏回族自治区" in places, sorted(places)


def test_a_full_name_opening_a_schemes_name_stays_a_place():
    places = _places("海原县召开会议，要求各乡镇落实“固原市枸杞品质提升行动”。")
    assert "固原市" in places, sorted(places)


@pytest.mark.parametrize("text,region", [
    ("保靖县葫芦镇的农户以湘西黄牛养殖为主。", "湘西土家族苗族自治州"),
    ("玉树州杂多县的牧民今年出栏玉树牦牛3000头。", None),
], ids=["a cattle breed", "a yak breed after the prefecture in full"])
def test_a_breed_named_after_a_region_is_no_mention_of_it(text, region):
    places = _places(text)
    if region:
        assert region not in places, sorted(places)
    else:  # the prefecture printed in full stays
        assert "玉树藏族自治州" in places, sorted(places)


def test_a_bare_unit_that_launches_what_bodies_after_由_carry_out():
    text = ("阿鲁科尔沁旗旗长到巴彦温都尔苏木调研。巴彦温都尔苏木党委书记说，苏木正推进“草畜平衡”示范区建设，"
            "由旗农牧局和苏木农牧业综合服务中心共同实施。")
    forms, facts = build(text)
    want = {(d, "implements", "草畜平衡") for d in ("巴彦温都尔苏木", "阿鲁科尔沁旗农牧局")}
    assert want <= _resolve(forms, facts), sorted(facts)


def test_a_pronoun_of_a_body_that_launches_what_a_town_after_由_carries_out():
    text = "宁陕县农业农村局近日在筒车湾镇调研。该局已启动“稻鱼共生”示范项目，由筒车湾镇负责实施。"
    forms, facts = build(text)
    assert ("宁陕县农业农村局", "implements", "稻鱼共生") in _resolve(forms, facts), sorted(facts)


# one site after another: an adverb of order between 已 and 在 after a name or a reference to it
@pytest.mark.parametrize("text,name", [
    ("宁陕县农业农村局实施的“核桃+”产业提升项目今年已先后在筒车湾镇、皇冠镇建成加工厂2座。", "核桃+产业提升项目"),
    ("宁陕县实施“稻鱼共生”示范工程。该工程今年陆续在筒车湾镇、皇冠镇实施。", "稻鱼共生示范工程"),
], ids=["after the name", "after a reference"])
def test_sites_reached_one_after_another(text, name):
    forms, facts = build(text)
    want = {(d, "implements", name) for d in ("筒车湾镇", "皇冠镇")}
    assert want <= _resolve(forms, facts), sorted(facts)


def test_a_meeting_held_at_sites_one_after_another_names_no_site():
    forms, facts = build("宁陕县实施“稻鱼共生”示范工程。该工程今年先后在筒车湾镇、皇冠镇召开现场会。")
    assert not any(s in ("筒车湾镇", "皇冠镇") for s, _, _ in facts), sorted(facts)


def test_towns_a_later_clause_says_the_work_involves():
    """…实施“…”工程，改造…，涉及甲镇、乙镇等: the towns a later clause of the same sentence says the works involve are its
    sites; towns a meeting about the works only discusses are not."""
    text = "临江市召开会议。今年临江市住房和城乡建设局在全市实施“暖炉”工程，改造供热管网30公里，涉及六道沟镇、花山镇等4个镇。"
    forms, facts = build(text)
    got = _resolve(forms, facts)
    assert {("六道沟镇", "implements", "暖炉工程"), ("花山镇", "implements", "暖炉工程")} <= got, sorted(facts)
    forms, facts = build("临江市召开会议。临江市住房和城乡建设局召开“暖炉”工程推进会，会议涉及六道沟镇、花山镇的问题。")
    assert not {f for f in _resolve(forms, facts) if f[1] == "implements" and f[0] in ("六道沟镇", "花山镇")}, sorted(facts)
