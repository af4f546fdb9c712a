"""Classes the ninety-seventh own programme set showed (a blind sample of ordinary county and city news on schemes,
campaigns and works: a Hebei county's year of projects, a Shanxi county's tasks, projects aided by a city of Inner
Mongolia, a Liaoning city's counties in national pilots, Heilongjiang's model counties of a farming campaign, a Shanghai
district's digital economy, a Jiangsu district's towns of a hundred billion, a Zhejiang city's plan), each row a text
written for this test, with other places, schemes and firms than the set's.

- A quoted scheme of two word names joined by one plus (推广“供电+能效服务”) was a slogan of symbols: no programme.
  A mode of three parts (“公益+低偿+市场”), a mode named with its head (“文旅+康养”模式) and a theme built on a known
  scheme (“四好农村路+…”) stay none.
- A quoted service mode named by its way of handling matters (101项实现“全域通办”) was no scheme under a verb that
  governs one only weakly (实现).
- A quote made only of counted targets (聚力打造“千亿园区百亿镇”) was no scheme after 打造.
- A quoted theme with 、 inside, before 系列文旅活动 (举办“山水某县、康养一夏”系列文旅活动): no programme.
- A quoted scheme of help to firms (“7+N”企业帮扶) was none: 企业帮扶 is a head after the quote now.
- A place named one of a list after it (…入围…名单，某县是其中之一) did not carry the designation out.
- A short clause of the goal fronted before the topic (推动三产扩体增量，某县将…；开展…行动) hid the topic from the
  clauses split off by semicolons.
- A count after the verb that sets a group up (成立一个工作专班) was read as a body named 某区一个工作专班.
- A headline of a place's works of a year (某县2024年项目建设加快推进) was read as a project named 某县2024年项目.
- A firm's project in a clause opened by 有 (援建项目中，有某集团年产…项目) kept the verb in its name.
"""
import pytest

from conftest import check_reading, read_names


ROWS = [
    ("two word names joined by one plus, under a strong verb",
     "今年，武义县将全面推行“物业+养老服务”，覆盖全部社区。",
     {("Programme", "物业+养老服务")},
     {("武义县", "implements", "物业+养老服务")},
     set()),
    ("a mode of three parts joined by plus stays no scheme",
     "某街道采用“公益+低偿+市场”模式，引入社会企业。",
     set(), set(), {"公益+低偿+市场"}),
    ("a mode's head after two names joined by plus leaves them a mode's label",
     "某县探索“文旅+康养”模式，建成3个基地。",
     set(), set(), {"文旅+康养"}),
    ("a quoted service mode ending in 通办 after 实现",
     "2023年，龙游县83项涉企事项实现“跨区通办”。",
     {("Programme", "跨区通办")},
     {("龙游县", "implements", "跨区通办")},
     set()),
    ("a quote of counted targets after 打造",
     "新年伊始，高邮市提出聚力打造“百亿企业千亿园区”。",
     {("Programme", "百亿企业千亿园区")},
     {("高邮市", "implements", "百亿企业千亿园区")},
     set()),
    ("a quoted theme with 、 before 系列文旅活动",
     "武义县举办“温泉武义、清凉一夏”系列文旅活动。",
     {("Programme", "温泉武义、清凉一夏")},
     {("武义县", "implements", "温泉武义、清凉一夏")},
     set()),
    ("a quoted scheme of help to firms before 企业帮扶",
     "平乡县推行行风评议、“3+X”企业帮扶等措施。",
     {("Programme", "3+X企业帮扶")},
     {("平乡县", "implements", "3+X企业帮扶")},
     set()),
    ("a place that is one of a list named before it",
     "全省有3个县入选全国休闲农业重点县名单，武义县是其中之一。",
     {("Programme", "全国休闲农业重点县")},
     {("武义县", "implements", "全国休闲农业重点县")},
     set()),
    ("a goal fronted before the topic, the clause after a semicolon",
     "为加快乡村振兴，龙游县将发展全域旅游；开展农业龙头企业培育行动。",
     {("Programme", "农业龙头企业培育行动")},
     {("龙游县", "implements", "农业龙头企业培育行动")},
     set()),
    ("a firm's project after 有 opening its clause",
     "此次签约的项目中，有正大集团年产10万吨饲料加工项目。",
     {("Programme", "正大集团年产10万吨饲料加工项目")},
     set(), {"有正大集团年产10万吨饲料加工项目"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_97(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_count_names_no_task_group_97(nlp):
    entities, _ = read_names(nlp, "龙游县每个重点项目成立一个工作专班，统筹推进。")
    assert not [n for t, n in entities if t == "Agency" and "一个" in n], sorted(entities)


def test_a_place_s_works_of_a_year_name_no_project_97(nlp):
    entities, _ = read_names(nlp, "龙游县2025年项目建设加快推进\n今年，龙游县推进项目建设。")
    assert not [n for t, n in entities if t == "Programme" and n.endswith("年项目")], sorted(entities)
