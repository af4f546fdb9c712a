"""Classes found by own-programmes-94 (schemes carried out with firms, federations and social organisations:
万企兴万村, 百企帮百村, 春蕾计划, 希望工程, 母亲水窖, Red Cross drives, volunteer services).

- A place's Red Cross society (某市红十字会, 县红十字会) is a people's organisation as the federations are: an agency of
  that place, and its president (会长, read only right after a body) and a deputy printed bare after another post in
  it (党组书记、专职副会长) hold posts in it.
- A congress's education, science, culture and health committee by its short name (市人大教科文卫委).
- 帮扶村庄 after a town's name is no village (帮扶, 结对 GenericLocalName).
- Bodies that launch a drive (某市工商联、市扶贫办等联合发起“…”行动; 发起) carry it out.
- A known scheme's project or works followed by 在 a place and a verb of starting or carrying out (“母亲水窖”项目在某街道
  实施; …工程于2023年4月在某镇开工): the place carries it out, the day of the start between the name and 在 allowed;
  a known scheme before a meeting held in a place names no site.
- The Youth League's 希望工程圆梦行动 (printed also 希望工程“圆梦行动”) a known scheme of its own, not cut to 希望工程; a body
  that holds its grant ceremony (举行…圆梦行动助学金发放仪式, …暨“…”奖学金发放仪式) carries it out (Meeting 发放仪式,
  MeetingFund 助学金, 奖学金; quotes and a dash allowed in the topic after 暨).
- The subject after the time since a scheme's launch (“…”行动开展以来，某县工商联…): a known scheme's head after its quotes
  (SinceLaunchHead), the year it began (自2021年启动以来), and the place whose scheme it is printed before it after a lead
  (据统计，某县“…”行动…以来，县工商联…) allowed.
- 本次活动由某会主办 and 此次… after the ceremony that launched a scheme: 本次 and 此次 lead a reference (ReferenceLead), as
  该 does.

Texts written for these tests in our own words, with places, names and schemes other than those of the set."""
import sys

import pytest

from conftest import check_reading

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402


RED_CROSS_ROWS = [
    ("a vice-mayor who is president of the city's Red Cross society",
     "5月8日，常德市红十字会举行纪念活动。副市长、市红十字会会长周建平出席并讲话。",
     {("Official", "周建平"), ("Agency", "常德市红十字会")},
     {("周建平", "holdsPost", "常德市红十字会"), ("周建平", "holdsPost", "常德市人民政府"),
      ("常德市红十字会", "locatedIn", "常德市")},
     set()),
    ("a deputy printed bare after the society's Party post",
     "会议由岳阳市红十字会党组书记、专职副会长刘晓梅主持。",
     {("Official", "刘晓梅")},
     {("刘晓梅", "holdsPost", "岳阳市红十字会")},
     set()),
    ("counties' societies listed as co-organisers",
     "活动由邵阳市红十字会主办，隆回县红十字会、新邵县红十字会协办。",
     {("Agency", "隆回县红十字会"), ("Agency", "新邵县红十字会")},
     {("隆回县红十字会", "locatedIn", "隆回县")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", RED_CROSS_ROWS, ids=[r[0] for r in RED_CROSS_ROWS])
def test_red_cross_societies_and_their_officers(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CONGRESS_ROWS = [
    ("a city congress's education, science, culture and health committee by its short name",
     "座谈会上，郴州市人大教科文卫委主任委员王立群作了发言。",
     {("Official", "王立群"), ("Agency", "郴州市人民代表大会教育科学文化卫生委员会")},
     {("王立群", "holdsPost", "郴州市人民代表大会教育科学文化卫生委员会")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CONGRESS_ROWS, ids=[r[0] for r in CONGRESS_ROWS])
def test_a_congress_committee_by_its_short_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_helped_village_is_no_village_name(nlp):
    got, _ = check_reading(nlp, "福鼎市委常委王志刚到磻溪镇调研，详细了解企业生产经营、帮扶村庄和带动农户增收等情况。",
                           {("Place", "磻溪镇")}, set(), {"帮扶村"})
    assert ("Place", "帮扶村") not in got


LAUNCHED_ROWS = {
    "bodies listed before 联合发起 a drive":
        ("2017年，池州市工商联、市扶贫办、市光彩会等联合发起全市民营企业“千企帮千村”精准扶贫行动。",
         "千企帮千村精准扶贫行动", {"池州市工商业联合会"}),
    "one body before 发起":
        ("近日，芜湖市妇联发起“巾帼暖心”关爱行动，惠及留守儿童。", "巾帼暖心关爱行动", {"芜湖市妇女联合会"}),
}


@pytest.mark.parametrize("text,scheme,doers", LAUNCHED_ROWS.values(), ids=LAUNCHED_ROWS.keys())
def test_the_bodies_that_launch_a_drive_carry_it_out(text, scheme, doers):
    forms, facts = build(text)
    assert scheme in forms, sorted(forms)
    assert {(d, "implements", forms[scheme]) for d in doers} <= facts, sorted(facts)


SITE_ROWS = {
    "a known scheme's project carried out in a street":
        ("“母亲水窖”项目在马宫街道实施，惠及300户。", "母亲水窖", "马宫街道"),
    "a known scheme's works started in a town on a day":
        ("“母亲水窖”集中供水工程于2023年4月在城东镇开工建设。", "母亲水窖集中供水工程", "城东镇"),
}


@pytest.mark.parametrize("text,scheme,site", SITE_ROWS.values(), ids=SITE_ROWS.keys())
def test_a_known_schemes_site_after_its_name(text, scheme, site):
    forms, facts = build(text)
    assert scheme in forms, sorted(forms)
    assert (site, "implements", forms[scheme]) in facts, sorted(facts)


def test_a_known_scheme_before_a_meeting_held_in_a_place_names_no_site():
    forms, facts = build("“母亲水窖”项目在马宫街道召开推进会。")
    assert not any(s == "马宫街道" and p == "implements" for s, p, _ in facts), sorted(facts)


CEREMONY_ROWS = {
    "the League's drive of 希望工程 at a ceremony handing out grants":
        ("9月2日，共青团滨州市委举行2023年希望工程圆梦行动助学金发放仪式。", "希望工程圆梦行动", "共青团滨州市委员会"),
    "the drive joined by 暨 to a firm's quoted scholarship":
        ("共青团潍坊市委举行希望工程圆梦行动暨“某某——筑梦未来”奖学金发放仪式。", "希望工程圆梦行动", "共青团潍坊市委员会"),
}


@pytest.mark.parametrize("text,scheme,doer", CEREMONY_ROWS.values(), ids=CEREMONY_ROWS.keys())
def test_a_body_holding_a_schemes_grant_ceremony_carries_it_out(text, scheme, doer):
    forms, facts = build(text)
    assert scheme in forms, sorted(forms)
    assert (doer, "implements", forms[scheme]) in facts, sorted(facts)


def test_the_quoted_form_of_the_drive_is_the_drive():
    forms, _ = build("自2008年滨州市希望工程“圆梦行动”开展以来，累计资助大学新生3000名。")
    assert forms.get("希望工程“圆梦行动”", forms.get("圆梦行动")) == "希望工程圆梦行动", sorted(forms)


SINCE_ROWS = {
    "a known scheme's head after its quotes before the time since its launch":
        ("“万企兴万村”行动开展以来，明溪县工商联引导民营企业结对帮扶40个村。", "万企兴万村", "明溪县工商业联合会"),
    "the scheme printed after its place and a lead, with the year it began":
        ("据统计，清流县“万企兴万村”行动自2021年启动以来，县工商联组织企业投入资金3000万元。", "万企兴万村",
         "清流县工商业联合会"),
}


@pytest.mark.parametrize("text,scheme,doer", SINCE_ROWS.values(), ids=SINCE_ROWS.keys())
def test_the_subject_after_the_time_since_a_schemes_launch(text, scheme, doer):
    forms, facts = build(text)
    assert scheme in forms, sorted(forms)
    assert (doer, "implements", forms[scheme]) in facts, sorted(facts)


def test_the_hosts_of_this_time_s_event_after_a_launch_carry_the_scheme_out():
    forms, facts = build("5月8日，2025年岳阳市“红十字博爱周”活动启动仪式在市体育馆举行。本次活动由岳阳市红十字会主办，"
                         "平江县红十字会协办。")
    assert "红十字博爱周" in forms, sorted(forms)
    assert ("岳阳市红十字会", "implements", forms["红十字博爱周"]) in facts, sorted(facts)
