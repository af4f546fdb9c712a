"""Classes the ninety-eighth own programme set showed (a blind sample of ordinary county and city news on schemes,
campaigns and works: Hefei's “清风行动”, Fujian's key counties of small farm-water works, 商河县's six water works,
Henan's New-Year clean-up, 衡阳县 大安乡's ten works for the people, Guangdong's plan for the 百千万工程, Guangxi's plan
for county economies, Chongqing's plan for urbanisation at its district and county seats), each row a text written for
this test, with other places, projects and schemes than the set's.

- Works counted and then named one by one after a comma (实施甲、乙等5项水利工程，分别是丙工程、丁工程和戊建设): no
  item was read (the colon-led rule wants a colon and every item ending in a project's head), and the verb before the
  count stood too far from the items to govern them. The items ending in a project's head are works of their own now
  (CountedWorksLead), governed from the count: the county the clause is about carries them out.
- A counted umbrella whose works start together at a ceremony held (某县举行2023年五大民生工程集中开工仪式): no scheme,
  no doer. The umbrella is a scheme now (CountedWorksEvent), carried out by the place or body that holds the ceremony.
- Works listed in a clause and closed by their count and the kind of project they are (甲广场、乙堤防加固工程和丙水库
  除险加固工程等3个为水利设施项目): no item was read. The items ending in a project's head are works now
  (CountedRollVerb).
- A Party committee's theme campaign under a quoted slogan with commas (落实某县县委“甲、乙、丙”主题活动): no scheme
  (主题活动 was no head after a quote). It is one now, carried out by the committee before it.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("works counted, then named one by one after 分别是",
     "临沂市沂南县确定了今年的水利重点项目。全县计划投资1.2亿元，实施供水保障、河道整治等5项水利工程，分别是"
     "红星灌区续建配套与节水改造工程、清河堤防加固工程和农村饮水提升建设。",
     {("Programme", "红星灌区续建配套与节水改造工程"), ("Programme", "清河堤防加固工程")},
     {("沂南县", "implements", "红星灌区续建配套与节水改造工程"), ("沂南县", "implements", "清河堤防加固工程")},
     {"农村饮水提升建设"}),
    ("a counted umbrella's works started together at a ceremony held by a county",
     "上周，邵阳市隆回县举行2023年五大民生工程集中开工仪式。",
     {("Programme", "五大民生工程")},
     {("隆回县", "implements", "五大民生工程")},
     set()),
    ("works listed and closed by their count and kind",
     "这些项目中，桃源村文化广场、青石河堤防加固工程和柳湾水库除险加固工程等3个为水利设施项目。",
     {("Programme", "青石河堤防加固工程"), ("Programme", "柳湾水库除险加固工程")},
     set(),
     {"桃源村文化广场"}),
    ("a county committee's theme campaign under a quoted slogan",
     "该镇认真落实攸县县委“转作风、优服务、促发展”主题活动要求。",
     {("Programme", "转作风、优服务、促发展")},
     {("中共攸县委员会", "implements", "转作风、优服务、促发展")},
     set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_98(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
