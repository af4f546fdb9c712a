"""Classes the hundred-and-third own programme set showed (a blind sample of district and street news on schemes and
works in six big cities: a district's first urban-renewal project of the half-year, a district's plan of the north-city
renewal, a city's districts' plans of old-estate renewal, a district's second-quarter projects started together, a
district's plans told at its sessions, a street's square rebuilt), each row a text written for this test, with other
places and projects than the set's.

- Works listed by their full names after a works noun and 包括 with no colon (此次开工的项目包括甲综合治理项目、乙配套
  工程和丙改造项目，年计划投资10亿元): none was read. The run up to the clause's end, split at 、 and at 和 right after
  a project's head, is read as works projects when every item ends in a project's head (ClauseWorksLead, ClauseWorksEnd).
- A started project's name set off by a dash after a description (某区下半年第一个城市更新项目——某村项目正式动工): a
  village's name and its head were too short for a name; after a dash they are one (ProjectAppositionDash).
- The place that opens such a description (某区…项目——某村项目) carries the project out: no link was made
  (`owner-of-description` in `kg/relations.py`); not where the words before the dash end in no project's head.
- The description itself, with an ordinal (某区下半年首个城市更新项目动工), was read as a project's name: an ordinal
  makes it none (ProjectOrdinal).
- A sentence with no subject opened by 同时 after a sentence whose place follows a fronted sector frame with no 在
  (社会事业方面，某区将…。同时推进“健康某区”建设): the sentence before had no topic, so no link was made; the frame
  (SectorFrameEnd: 方面) is now passed over as 在…方面 is.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("works listed after 项目包括 with no colon, the last after 和",
     "今年续建的项目包括北湖湿地公园生态修复项目、城东污水处理厂提标改造工程和南门片区雨污分流改造项目，总投资8亿元。",
     {("Programme", "北湖湿地公园生态修复项目"), ("Programme", "城东污水处理厂提标改造工程"),
      ("Programme", "南门片区雨污分流改造项目")},
     set(), set()),
    ("a run after 项目包括 with an item that ends in no project's head is left alone",
     "该片区的项目包括道路、管网和城东污水处理厂提标改造工程，年内完工。",
     set(), set(), {"道路", "管网"}),
    ("a started project's short name set off by a dash, the place of the description before it its doer",
     "近日，雁塔区今年第一个棚户区改造项目——鱼化村项目正式开工。",
     {("Programme", "鱼化村项目")},
     {("雁塔区", "implements", "鱼化村项目")}, {"雁塔区今年第一个棚户区改造项目"}),
    ("a dash after words that are no description of works gives the name no doer",
     "江北区的民生任务——城西供水管网改造工程全线贯通。",
     {("Programme", "城西供水管网改造工程")},
     set(), set()),
    ("a description with an ordinal names no started project",
     "江北区下半年首个城市更新项目开工",
     set(), set(), {"江北区下半年首个城市更新项目"}),
    ("a sentence opened by 同时 goes on with the place after a fronted sector frame in the sentence before",
     "江苏省泰州市姜堰区召开会议。民生保障方面，姜堰区将加快学校建设。同时推进“平安姜堰”建设，深化基层治理。",
     {("Programme", "平安姜堰")},
     {("姜堰区", "implements", "平安姜堰")}, set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_103(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
