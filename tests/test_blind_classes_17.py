"""Classes the seventeenth own people set showed (the administrative forms of ethnic and western regions), each row a
sentence written for this test: a state forest, farm or pasture farm (国有林场, 国营农场, 国有牧场) printed after its
county or banner is a body of that place, and its head's title (场长, 副场长) makes the name after it an official
holding a post in it, where before the farm was no body and its head a plain person."""
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


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_blind_class_17(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
