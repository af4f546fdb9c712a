"""Classes the nineteenth own people set showed (texts in the manner of real news), each row a text written for this
test: a name after a role (村民, 渔民, 个体户) ends before a deed done on the spot (跳入, 冲进, 救起) or the span of years a deed
has been done for (十年如一日), where before the name was lost; 个体工商户 and 个体户 are roles; a bureau's 总工程师 is a
post in the bureau (a firm's stays a person's role)."""
import pytest

from conftest import check_reading

HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROLE_NAME_ROWS = [
    ("渔民某某冲进…", "浓烟中，渔民郑海东冲进船舱救出了两名船员。",
     {("Person", "郑海东")}, set(), {"郑海东冲"}),
    ("某镇的个体工商户某某十年如一日…", "城关镇的个体工商户任秀英十年如一日照料邻居家的残疾老人。",
     {("Person", "任秀英")}, set(), set()),
    ("个体户某某几十年如一日…", "菜市场里的个体户彭长江几十年如一日坚持公平秤。",
     {("Person", "彭长江")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROLE_NAME_ROWS, ids=[r[0] for r in ROLE_NAME_ROWS])
def test_a_name_after_a_role_ends_before_a_deed(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


POST_ROWS = [
    ("某市水利局总工程师某某", "滁州市水利局总工程师蓝国庆在会上通报了水库除险加固进展。",
     {("Official", "蓝国庆")}, {("蓝国庆", HP, "滁州市水利局")}, set()),
    ("a firm's 总工程师 stays a person", "安徽建工集团有限公司总工程师蓝国庆介绍了施工方案。",
     {("Person", "蓝国庆")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", POST_ROWS, ids=[r[0] for r in POST_ROWS])
def test_a_bureaus_chief_engineer(nlp, cls, text, entities, facts, absent):
    got, _ = check_reading(nlp, text, entities, facts, absent)
    persons = {n for t, n in entities if t == "Person"}
    assert not {("Official", n) for n in persons} & got, sorted(got)
