"""Classes the seventeenth own people set showed (the administrative forms of ethnic and western regions), each row a
sentence written for this test: a state forest, farm or pasture farm (国有林场, 国营农场, 国有牧场) printed after its
county or banner is a body of that place, and its head's title (场长, 副场长) makes the name after it an official
holding a post in it, where before the farm was no body and its head a plain person; a work team a region's department
sends to a village (自治区某厅驻某村工作队) whose name holds a character no body's name does (大, 下, 家) is read, and stands
in that village where the village lies within the department's region, where before it was dropped or stood in the
region."""
import pytest

from conftest import check_reading

HP = "holdsPost"
LI = "locatedIn"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    ("旗国有林场场长某某", "近日，多伦县国有林场场长包志明带领护林员上山巡查防火隔离带。",
     {("Agency", "多伦县国有林场"), ("Official", "包志明")},
     {("包志明", HP, "多伦县国有林场"), ("多伦县国有林场", LI, "多伦县")}, set()),
    ("县国营农场副场长某某", "会上，沙雅县国营农场副场长金立华汇报了秋收进度。",
     {("Agency", "沙雅县国营农场"), ("Official", "金立华")},
     {("金立华", HP, "沙雅县国营农场")}, set()),
    ("旗国有牧场场长某某", "东乌珠穆沁旗国有牧场场长敖登介绍，牧场今年新建棚圈二十座。",
     {("Agency", "东乌珠穆沁旗国有牧场")}, {("东乌珠穆沁旗国有牧场", LI, "东乌珠穆沁旗")}, set()),
]

STATIONED_ROWS = [
    ("自治区某厅驻某家湾村工作队 after the village", "同心县河西镇马家河湾村新打了两眼机井。宁夏回族自治区农业农村厅驻马家河湾村工作队队长邹明亮说，"
     "机井能浇地四百亩。",
     {("Agency", "宁夏回族自治区农业农村厅驻马家河湾村工作队"), ("Official", "邹明亮")},
     {("邹明亮", HP, "宁夏回族自治区农业农村厅驻马家河湾村工作队"),
      ("宁夏回族自治区农业农村厅驻马家河湾村工作队", LI, "马家河湾村")}, set()),
    ("自治区某厅驻下某村工作队", "富川瑶族自治县柳家乡下湾村的油茶林今年挂果了。广西壮族自治区林业局驻下湾村工作队队员覃立新介绍，"
     "全村油茶有一千二百亩。",
     {("Agency", "广西壮族自治区林业局驻下湾村工作队")}, {("广西壮族自治区林业局驻下湾村工作队", LI, "下湾村")}, set()),
]

SO = "subOrganizationOf"
CORPS_ROWS = [
    ("兵团第十师某团 …, 第十师某局局长某某", "兵团第十师一八四团的温室大棚里，黄瓜长势正旺。第十师水利局局长彭国栋说，今年全师新建节水工程三十处。",
     {("Agency", "新疆生产建设兵团第十师"), ("Agency", "新疆生产建设兵团第十师水利局"), ("Official", "彭国栋")},
     {("彭国栋", HP, "新疆生产建设兵团第十师水利局"), ("新疆生产建设兵团第十师一八四团", SO, "新疆生产建设兵团第十师"),
      ("新疆生产建设兵团第十师水利局", SO, "新疆生产建设兵团第十师")}, set()),
    ("an army's 第七师 in a history stays no Corps division", "抗战时期，八路军第七师在山区坚持斗争。", set(), set(),
     {"新疆生产建设兵团第七师"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CORPS_ROWS, ids=[r[0] for r in CORPS_ROWS])
def test_corps_division_after_the_corps_short_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_blind_class_17(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("cls,text,entities,facts,absent", STATIONED_ROWS, ids=[r[0] for r in STATIONED_ROWS])
def test_stationed_team_in_a_village(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
