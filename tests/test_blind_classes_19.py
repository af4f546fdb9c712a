"""Classes the nineteenth own people set showed (texts in the manner of real news), each row a text written for this
test: a name after a role (村民, 渔民, 个体户) ends before a deed done on the spot (跳入, 冲进, 救起) or the span of years a deed
has been done for (十年如一日), where before the name was lost; 个体工商户 and 个体户 are roles; a bureau's 总工程师 is a
post in the bureau (a firm's stays a person's role); an association's chairman (书法家协会主席, 摄影家协会副主席) is a person,
where before a strong title made him an official (a federation the agency rules read, 科学技术协会, keeps its officials)."""
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
    ("某县书法家协会主席某某", "临泉县书法家协会主席鄂文涛为村民写春联。",
     {("Person", "鄂文涛")}, set(), set()),
    ("市摄影家协会副主席某某", "市摄影家协会副主席和振宇带领会员到村里采风。",
     {("Person", "和振宇")}, set(), set()),
    ("a federation's chairman stays an official (科学技术协会)", "临泉县科学技术协会主席鄂文涛出席开幕式。",
     {("Official", "鄂文涛")}, {("鄂文涛", HP, "临泉县科学技术协会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", POST_ROWS, ids=[r[0] for r in POST_ROWS])
def test_chief_engineers_and_association_chairmen(nlp, cls, text, entities, facts, absent):
    got, _ = check_reading(nlp, text, entities, facts, absent)
    persons = {n for t, n in entities if t == "Person"}
    assert not {("Official", n) for n in persons} & got, sorted(got)
