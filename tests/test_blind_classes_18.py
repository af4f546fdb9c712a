"""Classes the eighteenth own people set showed (institutions and formal notices), each row a text written for this
test: a standing committee's decision printed as a list, its verb a heading (任命：, 免去：) and one appointment or removal
an item (某某为某局局长；, 某某的某局局长职务；), makes each name an official holding the post in that body, where before the
names were plain persons."""
import pytest

from conftest import check_reading

HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
DECISION_ROWS = [
    ("任命： then one item a line", "宁乡市人民代表大会常务委员会决定：\n任命：\n欧阳晓峰为宁乡市水利局局长；\n"
     "杜红梅为宁乡市人民检察院检察员。\n",
     {("Official", "欧阳晓峰"), ("Official", "杜红梅")},
     {("欧阳晓峰", HP, "宁乡市水利局"), ("杜红梅", HP, "宁乡市人民检察院")}, set()),
    ("免去： then one removal a line", "会议决定。\n免去：\n彭建军的宁乡市水利局局长职务；\n任志刚的宁乡市人民法院审判员职务。\n",
     {("Official", "彭建军"), ("Official", "任志刚")},
     {("彭建军", HP, "宁乡市水利局"), ("任志刚", HP, "宁乡市人民法院")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", DECISION_ROWS, ids=[r[0] for r in DECISION_ROWS])
def test_decision_list_under_a_heading(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
