"""Classes the forty-first own people set showed (passages rewritten from real news of 黑龙江, 吉林, 辽宁, 内蒙古 and
山西: a city government's enlarged Party group meeting with its attendance list, a city's delegation received by
another city's four leaders, a land-reclamation branch's visit to three farms, a forest bureau's page of leaders in a
county annal, a city congress's opening with its executive chairs, a provincial commission's visit to a forest bureau,
a city meteorological bureau's meeting with its sections, a provincial CPPCC electing its officers, a banner's day at a
sumu, one forest bureau's cadres visiting another), each row a text written for this test, with other places and
names than the set's.

- A forest industry bureau of the key state-owned forest regions named by its seat (某某林业局, its seat no county's
  name): no body at all, so its head's post was lost or read as a person's. The bureaus are listed by name in
  ``agencies.jsonl``, as the customs districts are; one whose seat is also a county-level division's name is left to
  the gazetteer.
- The province's forest industry head office printed short (省森工总局): AgencyAbbrev 森工总局 (森林工业总局).
- Districts of 伊春 abolished in 2019 (乌马河区, 五营区, 汤旺河区, …) printed in older news: FormerDivision lines, each
  to the division that took its seat.
- A bureau's own Party committee printed bare between the bureau and a title (某局党委副书记某某, 某公安局党委副书记、政委
  某某): the 党委 was taken for a unit no rule reads, and the post had no body; it is the bureau's post (OwnPartyForm),
  as a 党组's posts are.
- A bureau's units printed bare in the list of its cadres (某林业局党委副书记甲，党委委员、组织科科长乙，群团办公室主任
  丙，纪检监察室主任丁，后勤服务中心副主任戊): 室, 办公室 and 中心 printed bare before their heads' titles are units
  of the one bureau named before them (UnitHead ``bare_of``, as 科 is), and 组织 may stand in a unit's name there
  (组织科).
- A project urged to start in the middle of a clause (某局到某乡督促某某项目落地): the name ran from the clause's start over
  the visit and the verb; it opens after a verb of urging (UrgingVerb 督促, 确保).
- Examples before 等 and the kind of project they are on a visit (考察某漂流和某森林公园等旅游项目): no project's name
  (ExampleMark 等, a kind of six characters at most).
"""
import pytest

from conftest import check_reading, programmes_and_links, read_names


FOREST_BUREAU_ROWS = [
    ("a bureau's head after a provincial visitor",
     "近日，省林草局调研组到松江河林业局调研，松江河林业局党委书记、局长赵德胜陪同。",
     {("Agency", "松江河林业局"), ("Official", "赵德胜")},
     {("赵德胜", "holdsPost", "松江河林业局")},
     set()),
    ("two bureaus of one forest region, the host's deputy after the visit",
     "3月5日，满归林业局副局长孙国庆一行到阿龙山林业局交流防火工作，阿龙山林业局副局长钱丽娟陪同。",
     {("Agency", "满归林业局"), ("Agency", "阿龙山林业局"), ("Official", "孙国庆"), ("Official", "钱丽娟")},
     {("孙国庆", "holdsPost", "满归林业局"), ("钱丽娟", "holdsPost", "阿龙山林业局")},
     set()),
    ("a bureau of the Yichun forests in a headline and its text",
     "朗乡林业局召开防火会议\n4月2日，朗乡林业局局长周明远主持召开春季防火会议。",
     {("Agency", "朗乡林业局"), ("Official", "周明远")},
     {("周明远", "holdsPost", "朗乡林业局")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", FOREST_BUREAU_ROWS, ids=[r[0] for r in FOREST_BUREAU_ROWS])
def test_a_forest_bureau_named_by_its_seat(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
    # 铁力 is a county-level city's name: 铁力市林业局 is that city's bureau, not a forest bureau of a list
    entities, facts = read_names(nlp, "铁力市林业局局长吴海峰到双丰镇检查造林。")
    assert ("Agency", "铁力市林业局") in entities
    assert ("吴海峰", "holdsPost", "铁力市林业局") in facts


def test_the_forest_industry_head_office_printed_short(nlp):
    text = "黑龙江省森林资源保护会议召开。省森工总局副局长王志刚出席会议并讲话。"
    entities, facts = read_names(nlp, text)
    assert ("Agency", "黑龙江省森林工业总局") in entities, sorted(entities)
    assert ("王志刚", "holdsPost", "黑龙江省森林工业总局") in facts


FORMER_DISTRICT_ROWS = [
    ("a district merged into a county", "伊春市汤旺河区副区长李文斌到林场检查防火。", "汤旺河区"),
    ("a district merged into another district", "考察团先后到伊春市美溪区、翠峦区参观。", "美溪区"),
]


@pytest.mark.parametrize("cls,text,district", FORMER_DISTRICT_ROWS, ids=[r[0] for r in FORMER_DISTRICT_ROWS])
def test_a_district_of_yichun_abolished_in_2019(nlp, cls, text, district):
    entities, facts = read_names(nlp, text)
    assert any(t == "Place" and n == district for t, n in entities), sorted(entities)
    assert (district, "partOf", "伊春市") in facts, sorted(facts)


OWN_PARTY_ROWS = [
    ("a bureau's Party deputy secretary alone",
     "永州市林业局党委副书记邓小军到东安县调研。",
     {("Official", "邓小军")},
     {("邓小军", "holdsPost", "永州市林业局")}),
    ("a police bureau's Party deputy secretary and political commissar",
     "会上，常德市公安局党委副书记、政委刘长青作了部署。",
     {("Official", "刘长青")},
     {("刘长青", "holdsPost", "常德市公安局")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", OWN_PARTY_ROWS, ids=[r[0] for r in OWN_PARTY_ROWS])
def test_a_bureau_s_own_party_committee_printed_bare(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())
    # 机关党委 is a unit of its own: its deputy secretary holds no post of the bureau itself
    _, facts = read_names(nlp, "永州市林业局机关党委副书记林海出席会议。")
    assert ("林海", "holdsPost", "永州市林业局") not in facts


BARE_UNIT_ROWS = [
    ("a bureau's cadres, each unit printed bare",
     "6月3日，大海林林业局党委副书记赵文，党委委员、组织科科长钱伟，工会办公室主任孙丽，审计室主任李刚，"
     "信息中心副主任周涛一行到柴河林业局学习。",
     {("Agency", "大海林林业局组织科"), ("Agency", "大海林林业局工会办公室"), ("Agency", "大海林林业局审计室"),
      ("Agency", "大海林林业局信息中心"), ("Official", "钱伟"), ("Official", "孙丽"), ("Official", "李刚"),
      ("Official", "周涛")},
     {("赵文", "holdsPost", "大海林林业局"), ("钱伟", "holdsPost", "大海林林业局组织科"),
      ("孙丽", "holdsPost", "大海林林业局工会办公室"), ("李刚", "holdsPost", "大海林林业局审计室"),
      ("周涛", "holdsPost", "大海林林业局信息中心"),
      ("大海林林业局审计室", "subOrganizationOf", "大海林林业局")}),
    ("a county bureau's office and centre printed bare after its head",
     "凤凰县农业农村局局长吴刚，办公室主任陈晓，农技推广中心主任杨帆到廖家桥镇查看秋收。",
     {("Official", "陈晓"), ("Official", "杨帆")},
     {("陈晓", "holdsPost", "凤凰县农业农村局办公室"), ("杨帆", "holdsPost", "凤凰县农业农村局农技推广中心")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", BARE_UNIT_ROWS, ids=[r[0] for r in BARE_UNIT_ROWS])
def test_a_bureau_s_units_printed_bare_in_its_cadres_list(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())
    # another body's office printed with its own name is no unit of the bureau
    entities, _ = read_names(nlp, "泸溪县林业局局长向军，县委办公室主任田芳陪同调研。")
    assert not any(n.startswith("泸溪县林业局") and n != "泸溪县林业局" for _, n in entities), sorted(entities)


def test_a_verb_of_urging_before_a_project_s_start(nlp):
    # 督促某某项目落地: the verb of urging opens the clause, no part of the project's name
    progs, _ = programmes_and_links("9月3日，县农牧局到新城乡督促肉牛良种繁育扩群项目落地。")
    assert "肉牛良种繁育扩群项目" in progs, progs
    assert not any(p.startswith("督促") for p in progs), progs


def test_examples_before_their_kind_on_a_visit(nlp):
    # 考察了甲和乙等文旅项目: examples, 等 and the kind of project they are name no project
    progs, _ = programmes_and_links("代表团先后考察了西岭雪山滑雪场和花水湾温泉等文旅项目。")
    assert not any("等" in p for p in progs), progs
