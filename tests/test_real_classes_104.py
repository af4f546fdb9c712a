"""Classes the hundred-and-fourth own programme set showed (a blind sample of county year-end summaries and reviews of a
year's work: 封丘县, 攸县, 进贤县, 苍梧县, 通渭县, 辽阳县), each row a text written for this test, with other places,
projects and schemes than the set's.

- Works praised in a run before their count (甲县“某某”改革、“乙”工作、丙建设等4项工作获得…表扬): only the first item
  (next to the doer) and the last (next to the count) were carried out by the county; every item of the run is now
  (praised-work).
- A started works' name that joins two kinds of works (某某市政道路及地下管网建设项目全部竣工) was dropped for its joiner
  (the joined tail, 地下管网建设, ran past four characters). Two kinds joined (JoinedWorksKind) make one works now.
- A place's review of its year's work as the headline (某县2023年工作总结, 某县2024年工作回顾（节选）) makes the place the
  doer of the works projects the summary names (WorksHeadlineField).
- An adverb of resolve opening the clause's verb (全县坚定不移突出项目建设) was read as the start of a name; it starts
  none now (NameNotStartWord).
- 新 before a county seat (新县城, the new county seat) was read as the county 新县; it is not now, unless the county's
  parent is printed before it (SeatAgeMark, SeatTail).
- A project brought in, named after a firm and its sum in a clause opened at a comma (就完成了某集团投资12亿元的某某项目的
  洽谈引进), was no project: the name now opens after the sum, and bringing it in is a start of a project (ProjectStart).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("every work in a run praised with its count was done by the doer before the run",
     "去年，醴陵市“河长制”工作、“放管服”改革、农村公路建设、“厕所革命”等4项工作受到省政府通报表扬。",
     {("Programme", "放管服改革")},
     {("醴陵市", "implements", "放管服改革"), ("醴陵市", "implements", "河长制")},
     set()),
    ("a started works' name joining two kinds of works",
     "今年，滨江新区东区供水及排水管网改造工程已经完工。",
     {("Programme", "滨江新区东区供水及排水管网改造工程")},
     set(),
     set()),
    ("a place's summary of its year as the headline makes it the doer of the works named",
     "临澧县2023年工作总结\n全年经济运行平稳。城东片区雨污管网改造工程全部竣工，新增停车位800个。",
     {("Programme", "城东片区雨污管网改造工程")},
     {("临澧县", "implements", "城东片区雨污管网改造工程")},
     set()),
    ("an adverb of resolve opens no name",
     "一年来，全市坚定不移突出项目建设，每月召开一次项目推进会。",
     set(), set(),
     {"坚定不移突出项目"}),
    ("the new county seat is no county 新县",
     "2022年是该县新县城“三年大变样”任务的收官之年。",
     set(), set(),
     {"新县"}),
    ("a project brought in, named after a firm and its sum",
     "去年，铁岭县只用20天就完成了某控股集团投资12亿元的北方冷链物流园项目的洽谈引进。",
     {("Programme", "北方冷链物流园项目")},
     {("铁岭县", "implements", "北方冷链物流园项目")},
     set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_104(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
