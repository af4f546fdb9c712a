"""Doers named in another clause or sentence than the scheme they carry out.

- Towns (streets, villages) that open a clause after the one that carries out a campaign, in its sentence or in the
  next sentence (naming no scheme of its own), and report a result with a figure: a number or a count after a verb of
  building or bringing in (累计引进项目40个, 各建设30个), a rate (改厕完成率均超过90%), full coverage (实现行政村通客车
  全覆盖). They carry the campaign out, as towns whose standing a briefing reports do. A short modifier may stand
  before them (沿线的甲镇、乙镇完成征地…). Two towns or more, as for the sites a scheme's sentence names without 在
  (tests/test_blind_classes_14.py). Left unlinked: one town alone, a town after a clause in which another town holds the
  campaign, towns after a clause in which the scheme only names what a body counted (某局完成“…”项目38个，…),
  towns two sentences away, towns that report no figure, and towns after a sentence naming two schemes. (Towns
  that build works of their own right after the campaign, 推进“某某”行动，甲镇、乙镇新建某某园项目…, are its sites by
  the rules for places that open a later clause or sentence with a verb of building, tests/test_blind_classes_p19.py.)
- A sentence opened by 其中 and a comma, naming no scheme, right after one that names one scheme or refers to it
  (该行动由…牵头，甲县、乙县被列为重点推进县), singles out parts of what that sentence set going: the places after 在 in
  its clauses are the scheme's sites, and the bodies that open a part after a semicolon with a task they take on
  (承担, 负责) carry it out. Left unlinked: after a sentence naming two schemes, after a sentence that only gives
  figures, and places that host a meeting.

Texts written for these tests in our own words, with places and schemes other than those of the sets that revealed
the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build, implementers_of  # noqa: E402

RESULTS = {
    "a count of projects after the body that leads":
        ("县科技局牵头实施“青创归雁”计划，长胜镇、青塘镇累计引进返乡创业项目86个。", "青创归雁", {"长胜镇", "青塘镇"}),
    "a figure after the body that leads":
        ("今年以来，宁都县农业农村局牵头实施“赣南脐橙提质”行动，黄陂镇、长胜镇累计新建标准果园3200亩。",
         "赣南脐橙提质", {"黄陂镇", "长胜镇"}),
    "a rate after the county's campaign":
        ("长汀县全面推进“美丽庭院”创建行动，河田镇、濯田镇改厕完成率均超过90%。", "美丽庭院", {"河田镇", "濯田镇"}),
    "full coverage after a clause with no subject":
        ("推进“客运班线进村”工程，全年新开通公交线路5条，大瑶镇、永安镇实现行政村通客车全覆盖。", "客运班线进村",
         {"大瑶镇", "永安镇"}),
    "the next sentence shares out the target":
        ("去年，浏阳市启动“百片茶园”示范工程，计划三年建成示范茶园100片。官渡镇、永安镇各建设8片，其余由各乡镇自行申报。",
         "百片茶园示范工程", {"官渡镇", "永安镇"}),
    "a short modifier before the towns":
        ("截至5月底，蒲江县“碧水绕村”工程完成投资2.1亿元，沿河的寿安街道、甘溪镇累计新建生态护岸12公里。",
         "碧水绕村", {"寿安街道", "甘溪镇"}),
}


@pytest.mark.parametrize("text,scheme,doers", RESULTS.values(), ids=RESULTS.keys())
def test_towns_reporting_a_result_carry_out_the_campaign(text, scheme, doers):
    forms, found = implementers_of(text, scheme)
    assert doers <= found, (sorted(forms), sorted(found))


NOT_RESULTS = {
    "the scheme only names what a body counted":
        ("县交通运输局完成“畅通乡道”项目38个，长胜镇、青塘镇实现城市公交全覆盖。", "畅通乡道", {"长胜镇", "青塘镇"}),
    "one town alone":
        ("长汀县全面推进“美丽庭院”创建行动，河田镇改厕完成率超过90%。", "美丽庭院", {"河田镇"}),
    "another town holds the campaign":
        ("黄陂镇入选“赣南脐橙提质”行动首批示范镇，长胜镇新建厂房3座。", "赣南脐橙提质", {"长胜镇"}),
    "two sentences away":
        ("浏阳市启动“百片茶园”示范工程。全市今年降雨偏多，气温偏低。官渡镇、永安镇各建设8片。", "百片茶园示范工程", {"官渡镇", "永安镇"}),
    "no figure reported":
        ("长汀县全面推进“美丽庭院”创建行动，河田镇、濯田镇高度重视、迅速行动。", "美丽庭院", {"河田镇", "濯田镇"}),
    "two schemes before":
        ("宁都县实施“赣南脐橙提质”行动和“美丽庭院”创建行动，黄陂镇、长胜镇累计新建标准果园3200亩。", "赣南脐橙提质",
         {"黄陂镇", "长胜镇"}),
}


@pytest.mark.parametrize("text,scheme,towns", NOT_RESULTS.values(), ids=NOT_RESULTS.keys())
def test_look_alikes_of_a_result_add_no_doers(text, scheme, towns):
    forms, found = implementers_of(text, scheme)
    assert not (towns & found), (sorted(forms), sorted(found))


AMONG = {
    "after a sentence that refers to the scheme":
        ("今年以来，赣州市实施“赣南脐橙”品牌提升行动。该行动由市农业农村局牵头，宁都县、信丰县被列为重点推进县。其中，宁都县"
         "依托脐橙产业，在黄陂镇、长胜镇建设标准化果园；信丰县农业技术推广中心承担品牌培育任务。", "赣南脐橙品牌提升行动",
         {"黄陂镇", "长胜镇", "信丰县农业技术推广中心"}),
    "right after the sentence that names it":
        ("去年，吉安市启动“井冈蜜柚”提质工程，遂川县、泰和县为首批实施县。其中，遂川县在雩田镇、枚江镇新建示范基地；"
         "泰和县农业农村局负责品种改良。", "井冈蜜柚提质工程",
         {"雩田镇", "枚江镇", "泰和县农业农村局"}),
    "a semicolon that closes the paragraph":
        ("今年以来，赣州市实施“赣南脐橙”品牌提升行动，宁都县、信丰县为重点推进县。其中，宁都县在黄陂镇、长胜镇新建示范果园；\n"
         "信丰县召开现场推进会。", "赣南脐橙品牌提升行动", {"黄陂镇", "长胜镇"}),
}


@pytest.mark.parametrize("text,scheme,doers", AMONG.values(), ids=AMONG.keys())
def test_parts_singled_out_by_among_carry_out_the_scheme(text, scheme, doers):
    forms, found = implementers_of(text, scheme)
    assert doers <= found, (sorted(forms), sorted(found))


NOT_AMONG = {
    "after a sentence naming two schemes":
        ("今年以来，赣州市实施“赣南脐橙”品牌提升行动和“赣南茶油”提质行动。其中，宁都县在黄陂镇、长胜镇建设标准化果园；"
         "信丰县农业技术推广中心承担品牌培育任务。", {"黄陂镇", "长胜镇", "信丰县农业技术推广中心"}),
    "after a sentence that only gives figures":
        ("今年以来，赣州市实施“赣南脐橙”品牌提升行动。全市新增果园12万亩，销售额增长两成。其中，宁都县在黄陂镇、长胜镇"
         "新建果园3万亩；信丰县农业技术推广中心承担品牌培育任务。", {"黄陂镇", "长胜镇", "信丰县农业技术推广中心"}),
    "places that host a meeting":
        ("今年以来，赣州市实施“赣南脐橙”品牌提升行动，宁都县、信丰县为重点推进县。其中，宁都县在黄陂镇召开现场推进会。",
         {"黄陂镇"}),
}


@pytest.mark.parametrize("text,places", NOT_AMONG.values(), ids=NOT_AMONG.keys())
def test_look_alikes_of_among_add_no_doers(text, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements"}
    assert not (places & found), sorted(facts)
