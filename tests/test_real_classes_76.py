"""Classes the seventy-sixth own people set showed (passages rewritten from real news of inspection, supervision,
research and guidance teams and the local leaders who receive them: a provincial inspection group's mobilisation
meetings in a county, at a provincial bureau and at a congress's organs, a city's and a county's inspection groups,
the State Council's inspection groups in four provinces, a provincial inspection group in a county of 黔东南, the
central environmental inspection groups, a provincial congress's research and guidance groups in 河北's cities), each
row a text written for this test, with other places and names than the set's.

- An inspection group named in full once, then by its kind alone before its officers' titles (巡视组组长某某,
  巡察组副组长某某, 督查组组长、某部党组成员某某): the officers were lost; BodyShortForm 巡视组, 巡察组, 督查组, 督察组,
  督导组, 指导组 name the group printed last before them; with none before, the group the officer leads after
  率, 率领, 带领 in the clause (ShortFormLedVerb).
- A committee's group printed without its number after its numbered group (省委第四巡视组…配合省委巡视组工作): a second
  group of its own (中共某省委巡视组); now that group again (`_groups_named_again`).
- A numbered group the centre or the State Council sends (国务院第三督查组, 中央第五环境保护督察组, 主题教育中央第三指导组):
  no body, its leaders persons; NationalGroup, NationalGroupField, NationalGroupCampaign.
- A group's name then the verb of its work and the body inspected (省委第一巡视组巡视省人大常委会机关党组…): read as a unit
  of the group (…巡视组巡视省人大常委员会); a group has no units.
- 县政法委 (the level's character, then 政法委): read as a county body 某县政法委员会; it is the county committee's
  department (PartyDepartment 政法委 "after_level").
- A government, congress or CPPCC printed before 党组 in a list (县人大常委会、县政府、县政协党组领导班子成员): the CPPCC
  committee was lost behind its party group; the body stays with its group (InnerBody 党组 "with_body").
- A term between a verb of a post and a national body (现任十四届全国人大常委会委员): the post was lost; TermBeforeBody.
- A post held before, a comma, then 现任 (某某曾任某省委常委，现任全国人大常委会委员): the post held now had no name;
  the comma after a chain of posts read for a name carries that name to 现任 (`_narratives` in `kg/ner/people.py`).
- 机关党组书记 (a standing committee's organs' party secretary) before another title: both posts lost; a Post of its own.
- 维稳办 (维护稳定工作领导小组办公室): unknown short name, its deputy head lost; AgencyAbbrev.
"""
import pytest

from conftest import check_reading


GROUP_ROWS = [
    ("a provincial inspection group by its kind alone before its leaders' titles",
     "4月8日，湖南省委第六巡视组巡视醴陵市工作动员会召开。会上，巡视组组长周建平作动员讲话，巡视组副组长谭红梅宣读工作方案。",
     {("Official", "周建平"), ("Official", "谭红梅"), ("Agency", "中共湖南省委第六巡视组")},
     {("周建平", "holdsPost", "中共湖南省委第六巡视组"), ("谭红梅", "holdsPost", "中共湖南省委第六巡视组")},
     set()),
    ("a county inspection group by its kind alone, after a meeting's opening words",
     "7月2日，攸县县委第三巡察组进驻县财政局。动员会上，巡察组组长黄志勇介绍了巡察任务。",
     {("Official", "黄志勇"), ("Agency", "中共攸县委第三巡察组")},
     {("黄志勇", "holdsPost", "中共攸县委第三巡察组")},
     set()),
    ("a committee's group without its number after its numbered group is that group",
     "9月1日，河南省委第五巡视组进驻新乡市。新乡市委表示将全力支持配合省委巡视组工作。",
     {("Agency", "中共河南省委第五巡视组")},
     set(),
     {"中共河南省委巡视组"}),
    ("a group's name, the verb of its work and the body inspected: no unit of the group",
     "3月12日，山东省委第二巡视组巡视省人大常委会机关党组工作动员会召开。",
     {("Agency", "中共山东省委第二巡视组")},
     set(),
     {"中共山东省委第二巡视组巡视省人大常委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GROUP_ROWS, ids=[r[0] for r in GROUP_ROWS])
def test_committee_groups(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


NATIONAL_ROWS = [
    ("a State Council inspection group and its leader's post at home",
     "6月3日，国务院第六督查组组长、水利部副部长陈明出席工作衔接会。",
     {("Official", "陈明"), ("Agency", "国务院第六督查组")},
     {("陈明", "holdsPost", "国务院第六督查组"), ("陈明", "holdsPost", "水利部")},
     set()),
    ("a central environmental inspection group, its leader and deputy after a comma",
     "9月10日，中央第三生态环境保护督察组进驻山西省，组长马建国，副组长李卫东。",
     {("Official", "马建国"), ("Official", "李卫东"), ("Agency", "中央第三生态环境保护督察组")},
     {("马建国", "holdsPost", "中央第三生态环境保护督察组"), ("李卫东", "holdsPost", "中央第三生态环境保护督察组")},
     set()),
    ("the group's kind before its leader's title, the group named after the verb of leading",
     "督查组组长、自然资源部副部长王成率国务院第八督查组到广西督查。",
     {("Official", "王成"), ("Agency", "国务院第八督查组")},
     {("王成", "holdsPost", "国务院第八督查组"), ("王成", "holdsPost", "自然资源部")},
     set()),
    ("a campaign's central guidance group, the campaign printed before it",
     "主题教育中央第五指导组组长刘志强出席座谈会。",
     {("Official", "刘志强"), ("Agency", "主题教育中央第五指导组")},
     {("刘志强", "holdsPost", "主题教育中央第五指导组")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NATIONAL_ROWS, ids=[r[0] for r in NATIONAL_ROWS])
def test_national_groups(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BODY_ROWS = [
    ("a county's political-legal commission after the level's character",
     "台江县委书记杨明出席。县委常委、县政法委书记吴建华陪同。",
     {("Official", "吴建华"), ("Agency", "中共台江县委政法委员会")},
     {("吴建华", "holdsPost", "中共台江县委政法委员会")},
     {"台江县政法委员会"}),
    ("a CPPCC committee printed before its party group in a list of bodies",
     "泗洪县委和县人大常委会、县政府、县政协党组领导班子成员出席会议。",
     {("Agency", "中国人民政治协商会议泗洪县委员会"), ("Agency", "泗洪县人民政府")},
     set(),
     set()),
    ("a term between a verb of a post and the national congress",
     "据介绍，张立新现任十四届全国人大常委会委员。",
     {("Official", "张立新")},
     {("张立新", "holdsPost", "全国人民代表大会常务委员会")},
     set()),
    ("a post held before, then 现任 after the comma: the same name's post held now",
     "据介绍，周立平曾任湖北省委常委，现任全国人大常委会委员。",
     {("Official", "周立平")},
     {("周立平", "holdsPost", "全国人民代表大会常务委员会"), ("周立平", "holdsPost", "中共湖北省委员会")},
     set()),
    ("the standing committee's organs' party secretary, then another title",
     "十月五日，长春市人大常委会机关党组书记、秘书长王伟主持会议。",
     {("Official", "王伟")},
     {("王伟", "holdsPost", "长春市人民代表大会常务委员会")},
     set()),
    ("a stability office by its short name",
     "铜仁市委常委赵强，市维稳办副主任刘军陪同调研。",
     {("Official", "刘军"), ("Agency", "铜仁市维护稳定工作领导小组办公室")},
     {("刘军", "holdsPost", "铜仁市维护稳定工作领导小组办公室")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BODY_ROWS, ids=[r[0] for r in BODY_ROWS])
def test_bodies_of_hosts(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
