"""Classes the seventeenth programme set left, in the habits of real news (second part).

- A place's list of measures in a sentence of its own that names no scheme (某县的做法是：县某中心负责…；县某局统筹…；
  甲镇、乙镇…), right after a sentence that names one scheme, or else under a headline that names one: the bodies and
  places that open each measure, and the places after 在 in it, carry that scheme out. Where the sentence before names
  two schemes and the headline none, or the list names a scheme of its own, nothing is added.
- A place that opens a clause after one naming a scheme a province runs and enters it with what it brings (某省开展
  “某某”示范创建，某县以蔬菜产业成功入选): the place carries the scheme out. A clause that only says what the place
  builds on (某县以茶油产业为主导), or whose subject is no place, adds nothing.
- The places that open a clause in the body of an article whose headline is a meeting held on a scheme, with a duty
  laid on them (…召开“某某行动”暨…推进会 … 沿河的甲镇、乙镇要把…任务分解到村), carry out the headline's first scheme.
  Places that only speak at the meeting (作了表态发言), or under a headline that is no meeting, add nothing.

Texts written for these tests in our own words, with places other than those of the set that revealed the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

PRACTICES = {
    "bodies after the sentence that names the scheme":
        ("今年以来，宁都县全面推行“田长制”，建立县乡村三级田长体系。宁都县的做法是：县农业农村局负责耕地保护巡查；"
         "县财政局统筹奖补资金1200万元；县自然资源局推动违法占地整治。", "田长制",
         {"宁都县农业农村局", "宁都县财政局", "宁都县自然资源局"}),
    "places opening a measure, a site after 在":
        ("去年，石城县启动“红色旅游提升”行动。石城县的主要做法是：由县文化广电新闻出版旅游局牵头，在琴江镇、小松镇修缮"
         "革命旧址；屏山镇、横江镇负责配套民宿改造。", "红色旅游提升",
         {"琴江镇", "小松镇", "屏山镇", "横江镇"}),
    "under a headline that names the scheme":
        ("会昌县：“林长制”护绿见实效\n会昌县是林业大县。近日，赣州市和瑞金市的同行到会昌县考察交流。会昌县的具体做法是："
         "县林业局负责护林员队伍管理；县公安局联合开展涉林案件打击；筠门岭镇、周田镇推行网格化巡护。", "林长制",
         {"会昌县林业局", "会昌县公安局", "筠门岭镇", "周田镇"}),
}


@pytest.mark.parametrize("text,scheme,doers", PRACTICES.values(), ids=PRACTICES.keys())
def test_measures_of_a_places_practice_carry_out_its_scheme(text, scheme, doers):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements" and scheme in o}
    assert doers <= found, sorted(facts)


NOT_PRACTICES = {
    "two schemes before, none in the headline":
        ("近年来，于都县推行“田长制”，又开展“清洁田园”行动。于都县的做法是：县农业农村局负责巡查；县财政局统筹资金800万元。",
         {"于都县农业农村局", "于都县财政局"}),
    "a list of problems, not of measures":
        ("今年以来，兴国县全面推行“田长制”。兴国县存在的问题是：县农业农村局人手不足；县财政局资金紧张。",
         {"兴国县农业农村局", "兴国县财政局"}),
}


@pytest.mark.parametrize("text,bodies", NOT_PRACTICES.values(), ids=NOT_PRACTICES.keys())
def test_look_alikes_of_a_practice_add_no_doers(text, bodies):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements"}
    assert not (bodies & found), sorted(facts)


SELECTED = {
    "a county enters a province's creation with its industry":
        ("2021年起，贵州省连续开展“一县一特”示范创建，望谟县以芒果产业成功入选，此后又被列为全省重点县。", "一县一特", {"望谟县"}),
    "two counties, after 凭借":
        ("去年，湖南省启动“一县一品”创建工作，攸县、茶陵县凭借油茶产业顺利入选。", "一县一品", {"攸县", "茶陵县"}),
}


@pytest.mark.parametrize("text,scheme,places", SELECTED.values(), ids=SELECTED.keys())
def test_a_place_that_enters_the_scheme_named_before_carries_it_out(text, scheme, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements" and scheme in o}
    assert places <= found, sorted(facts)


NOT_SELECTED = {
    "the county only builds on its industry":
        ("2024年，湖南省开展“一县一品”创建，攸县以油茶产业为主导，带动农户增收。", {"攸县"}),
    "the subject is a product, not a place":
        ("2024年，湖南省开展“一县一品”创建，茶陵县的油茶以品质入选。", {"茶陵县"}),
}


@pytest.mark.parametrize("text,places", NOT_SELECTED.values(), ids=NOT_SELECTED.keys())
def test_look_alikes_of_entering_add_no_doers(text, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements"}
    assert not (places & found), sorted(facts)


MEETING_DUTIES = {
    "towns after a modifier, a joint meeting":
        ("崇仁县召开“净水行动”暨林长制工作推进会\n6月2日，崇仁县召开“净水行动”暨林长制工作推进会议。会议要求，县水利局要加强"
         "统筹；沿河的孙坊镇、相山镇、六家桥乡要把清淤任务分解到村，月底前全部完成。", "净水行动", {"孙坊镇", "相山镇", "六家桥乡"}),
    "towns after 必须 in a later clause":
        ("宜黄县召开“护林行动”工作部署会\n近日，宜黄县召开“护林行动”工作部署会。会议强调，各乡镇要压实责任，圳口乡、东陂镇"
         "必须在月底前完成巡查。", "护林行动", {"圳口乡", "东陂镇"}),
}


@pytest.mark.parametrize("text,scheme,places", MEETING_DUTIES.values(), ids=MEETING_DUTIES.keys())
def test_places_given_duties_under_a_meeting_headline_carry_out_its_scheme(text, scheme, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements" and scheme in o}
    assert places <= found, sorted(facts)


NOT_MEETING_DUTIES = {
    "towns that only speak at the meeting":
        ("宜黄县召开“护林行动”工作部署会\n近日，宜黄县召开“护林行动”工作部署会。会上，凤冈镇、二都镇作了表态发言。",
         {"凤冈镇", "二都镇"}),
    "a headline that is no meeting":
        ("宜黄县“护林行动”见实效\n近日，记者走访了宜黄县。据介绍，圳口乡、东陂镇要在月底前完成巡查。", {"圳口乡", "东陂镇"}),
}


@pytest.mark.parametrize("text,places", NOT_MEETING_DUTIES.values(), ids=NOT_MEETING_DUTIES.keys())
def test_look_alikes_of_a_meeting_duty_add_no_doers(text, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements"}
    assert not (places & found), sorted(facts)
