"""Classes the ninety-sixth own programme set showed (a blind sample of ordinary county and city news on schemes and
campaigns: water works in Tibet and Qinghai, a county's work report in Ningxia, Hainan's village scheme, Jilin's river
campaign, a Jiangxi county's farm-water project, Hubei's river chiefs' order, a Tianjin district's list of works for
the people), each row a text written for this test, with other places, projects and schemes than the set's.

- A county of Jiangxi printed by its name before it became a district or a city (九江县 → 柴桑区, 余江县 → 余江区,
  广丰县, 上饶县, 星子县): no place was read, nor its towns' parent, nor the schemes it carried out. The lexicon of former
  divisions held no county of Jiangxi's but 新建县 and 南康市.
- A batch counted after 等 at a clause's opening (…，某某电站等12个项目建成投产) was read as one project with the count
  in its name: it names many projects, none by its name (as it already did before a project's start word).
- The known scheme of rural roads printed with its number quoted and 公路 for 路 (“四好”农村公路) was no scheme.
- A works project done with an adverb before the day (…工程已于2023年底通过竣工验收) or 也 before 已 (…建设项目也已
  建成), the end of a year as its day (年底) and its acceptance as done (通过竣工验收, 通过合同工程完工验收): no project.
- A sentence that opens with a project's spread over places (…建设总投资1500万元。项目分布在甲乡、乙镇等乡镇) named no
  sites: the places after it carry out the programme the sentence right before names last (NextSentenceSite), not
  where another sentence stands between.
- A scheme named by counted units (“美丽某省百镇千村”建设) and printed again with the counts contracted to their
  numerals and a head (美丽某省百千工程) was read as two programmes: they are one now, the contracted name taking the
  full one as an alias (ContractedCountNumeral, ContractedCountHead).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a former county of Jiangxi and its town",
     "余江县锦江镇今年启动“美丽庭院”创建活动。",
     {("Place", "余江县"), ("Place", "锦江镇")},
     {("锦江镇", "partOf", "余江县")},
     set()),
    ("a former county of Jiangxi, named a city since",
     "星子县2016年度“小型农田水利重点县”建设项目在温泉镇开工。",
     {("Place", "星子县")},
     set(),
     set()),
    ("a batch counted after 等 at a clause's opening names no project",
     "全县加快推进重点项目建设，华能光伏电站等12个项目建成投产。",
     set(), set(), {"华能光伏电站等12个项目"}),
    ("the rural-roads scheme with its number quoted and 公路",
     "今年，武清区将建设“四好”农村公路，大修乡村公路60公里。",
     {("Programme", "四好农村路")},
     {("武清区", "implements", "四好农村路")},
     set()),
    ("a works project accepted as done, an adverb before the day at the end of a year",
     "在防汛方面，总投资8亿元的红旗河水库及配套灌区工程已于2023年底通过竣工验收。",
     {("Programme", "红旗河水库及配套灌区工程")},
     set(), set()),
    ("a village's project done too, after 也",
     "全镇实施人居环境整治。金沙镇柳树村美丽乡村示范点建设项目也已建成。",
     {("Programme", "金沙镇柳树村美丽乡村示范点建设项目")},
     set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_96(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


MORE_ROWS = [
    ("a scheme of counted units and its contracted name are one",
     "全省推进“绿美某省百村千户”建设。去年，省政府提出实施“绿美某省百千工程”。",
     {("Programme", "绿美某省百千工程")},
     set(), {"绿美某省百村千户"}),
    ("the sentence after a project's, opening with its spread over towns, names its sites",
     "湖口县“小型农田水利重点县”建设进展顺利。项目分布于武山镇、流泗镇，受益面积1万亩。",
     {("Programme", "小型农田水利重点县")},
     {("武山镇", "implements", "小型农田水利重点县"), ("流泗镇", "implements", "小型农田水利重点县")},
     set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", MORE_ROWS, ids=[r[0] for r in MORE_ROWS])
def test_real_class_96_more(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_sentence_between_breaks_the_reference_96(nlp):
    from conftest import read_names

    _, facts = read_names(nlp, "湖口县实施“小型农田水利重点县”建设。今年全县共投入资金8000万元。项目分布在武山镇。")
    assert ("武山镇", "implements", "小型农田水利重点县") not in facts, sorted(facts)
