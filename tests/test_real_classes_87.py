"""Classes the eighty-seventh own programme set showed (investment projects, industrial parks and zones in county news
of Henan, Anhui, Shaanxi, Sichuan, Guangxi and Jiangsu: projects signed, started and finished in batches, named by the
firm or the county that builds them and what they will make, the town each is built in printed in brackets after it, a
park's committee and the county's leaders), each row a text written for this test, with other places, firms and
projects than the set's.

- An investment project named by the firm or place that builds it and its yearly capacity (甲县年产50万吨饲料项目,
  乙公司年产20万套轴承项目, 总投资3亿元的丙食品年产8000吨调味品项目) or by a firm's full name (某某科技有限公司…
  建设项目) was no programme: its name holds no works word and no lead opened it. A phrase that holds a mark of a firm's
  project (FirmProjectMark: 年产, 年处理, 有限公司) and ends in the first 项目 after it is one now, opened after the last
  clause mark or lead before the mark (FirmProjectLead: 的, 在, 分别是 …) or after a joiner right after another
  project's name (FirmProjectJoiner). A count of projects after the first one's mark (年产…等12个项目) names none; 等 and a firm's verb of signing (签下) end a name's stem and never stand inside one.
- The town printed in brackets right after such a project (…项目（甲镇）) is where it is built, and carries it out.
- A place that opens a firm's name (某市某某科技有限公司…项目) names the firm; it does not carry the project out.
- A county known by its name before it became a county-level city (横县, 横州市 since 2021) was no place.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a county's project named by its yearly capacity, the town in brackets after it",
     "会上，泌阳县年产50万吨饲料加工项目（羊册镇）、泌阳县年处理10万吨废旧轮胎综合利用项目（马谷田镇）等项目集中签约。",
     {("Programme", "泌阳县年产50万吨饲料加工项目"), ("Programme", "泌阳县年处理10万吨废旧轮胎综合利用项目")},
     {("羊册镇", "implements", "泌阳县年产50万吨饲料加工项目"),
      ("马谷田镇", "implements", "泌阳县年处理10万吨废旧轮胎综合利用项目")},
     set()),
    ("firms' projects joined by 和, each named by the firm's short name and its capacity",
     "其中，宏达机械年产20万套精密轴承项目和鑫源包装年产3亿只纸箱项目均为强链补链项目。",
     {("Programme", "宏达机械年产20万套精密轴承项目"), ("Programme", "鑫源包装年产3亿只纸箱项目")},
     set(),
     set()),
    ("firms' projects after their investment and 的, listed after 分别是",
     "开工的项目分别是：总投资2亿元的安徽丰源食品年产8000吨调味品项目，总投资1.5亿元的安徽和盛电子年产100万套线束项目。",
     {("Programme", "安徽丰源食品年产8000吨调味品项目"), ("Programme", "安徽和盛电子年产100万套线束项目")},
     set(),
     set()),
    ("a project named by a firm's full name, visited; the city that opens the firm's name is no doer",
     "随后，与会人员来到工业园区，在信阳市华宇新材料科技有限公司锂电池隔膜生产建设项目现场观摩。",
     {("Programme", "信阳市华宇新材料科技有限公司锂电池隔膜生产建设项目")},
     set(),
     set()),
    ("a verb of building before a project's capacity is no part of its name",
     "今年，该镇新建年产500吨饲料项目，带动就业80人。",
     {("Programme", "年产500吨饲料项目")}, set(), {"新建年产500吨饲料项目"}),
    ("guard: a firm that signs a project is no part of its name",
     "当天，华美建材股份有限公司签下集成墙面智能化生产基地项目。",
     set(), set(), {"华美建材股份有限公司签下集成墙面智能化生产基地项目"}),
    ("guard: parks listed as examples before 等 and their kind are no firm's project",
     "调研组察看了东城新材料有限公司、西湖电子产业园等重点帮扶项目。",
     set(), set(), {"西湖电子产业园等重点帮扶项目"}),
    ("guard: a count of projects after the first one's capacity names no project",
     "3月5日，某县举行集中签约活动，年产500台数控机床等12个项目签约落户。",
     set(), set(), {"年产500台数控机床等12个项目"}),
    ("a county printed by its name before it became a county-level city",
     "5月20日，横县举行重大项目集中开工仪式，12个项目开工建设。",
     {("Place", "横县")}, set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_87(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_place_opening_a_firms_name_carries_no_project(nlp):
    from conftest import read_names

    _, facts = read_names(nlp, "随后，与会人员来到工业园区，在信阳市华宇新材料科技有限公司锂电池隔膜生产建设项目现场观摩。")
    assert ("信阳市", "implements", "信阳市华宇新材料科技有限公司锂电池隔膜生产建设项目") not in facts, sorted(facts)
