"""Classes the hundred-and-twenty-second own programme set showed (a blind sample of discipline-inspection and
supervision commissions' campaigns and supervision of schemes: 吉林, 黑龙江, 安徽, 江西, 山东, 河南, 四川, 甘肃), each row a
text written for this test, with other places, bodies and schemes than the set's.

- An office printed after a discipline commission and its supervisory commission (某市纪委监委第三监督检查室,
  纪委监委党风政风监督室) was read as the supervisory commission's unit: the units printed after the pair are the
  discipline commission's now (the gold's convention: the merged offices are the Party body's), and the supervisory
  commission printed between them stays a body of its own.
- The government's department of supervision printed right after the discipline commission it shared offices with
  before 2018 (省纪委监察厅, 县纪委监察局) was read as a unit of the commission: it is a partner of the same
  jurisdiction now, as 监委 is (PairedBody).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("an office after 纪委监委 is the discipline commission's",
     "近日，宁夏回族自治区纪委监委第三监督检查室到固原市开展监督检查。",
     {("Agency", "宁夏回族自治区纪律检查委员会第三监督检查室"), ("Agency", "宁夏回族自治区监察委员会")},
     {("宁夏回族自治区纪律检查委员会第三监督检查室", "subOrganizationOf", "宁夏回族自治区纪律检查委员会")},
     {"宁夏回族自治区监察委员会第三监督检查室"}),
    ("a county's 纪委监委 and its office",
     "泾川县纪委监委案件审理室对一起违规发放补贴问题进行了审理。",
     {("Agency", "泾川县纪律检查委员会案件审理室"), ("Agency", "泾川县监察委员会")},
     set(),
     {"泾川县监察委员会案件审理室"}),
    ("the department of supervision after the discipline commission is a body of its own",
     "2014年岁末，湖北省纪委监察厅网站公开通报了6起典型问题。",
     {("Agency", "湖北省监察厅")},
     {("湖北省监察厅", "locatedIn", "湖北省")},
     {"湖北省纪律检查委员会监察厅"}),
    ("a county's supervision bureau after its discipline commission",
     "2015年，通渭县纪委监察局对全县惠农资金发放情况开展了检查。",
     {("Agency", "通渭县监察局")},
     set(),
     {"通渭县纪律检查委员会监察局"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_122(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
