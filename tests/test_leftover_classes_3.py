"""Small construction classes left over, each row a sentence written for this test: a body whose head begins an
ordinary word with what follows it (民政局 + 部署, 财政局 + 面对, 发改委 + 托管), which still ends at its head when a
listed field or short form stands between the jurisdiction and the head, while the longer word reads on where
no such body is meant (民政部门 names departments, no ministry); a county's name that opens with a conjunction
glued into a list (乡镇和县直部门: 和 joins 乡镇 and 县直, no 和县), which stays a place where it stands on its own;
two ethnic groups' one-character short forms (蒙汉, 蒙回), which make no person's name; a sentence that names two duties
of review (…负责…的审核，…负责…的审核。), which is no line of editors' credits (编辑：某某 审核：某某), so its bodies are read."""
import pytest

from conftest import check_reading

LI = "locatedIn"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a body's head that begins a word with what follows
    ("a bureau, then 部署", "蓬江区民政局部署冬季困难群众救助工作。",
     {("Agency", "江门市蓬江区民政局")}, {("江门市蓬江区民政局", LI, "蓬江区")}, {"蓬江区民政局部署"}),
    ("a bureau, then 面对", "台山市财政局面对收支压力，压减一般性支出。",
     {("Agency", "台山市财政局")}, set(), set()),
    ("a commission's short form, then 托管", "蓬江区发改委托管三个重点项目的前期工作。",
     {("Agency", "江门市蓬江区发展和改革委员会")}, set(), set()),
    ("a field's departments are no ministry", "台山市民政部门开展养老机构安全排查。",
     set(), set(), {"台山市民政部", "民政部"}),
    # 2. a conjunction's county in a list of levels
    ("和 before 县直", "台山市各乡镇和县直部门负责人参加培训。",
     {("Place", "台山市")}, set(), {"和县"}),
    ("the county on its own stays", "和县县直机关开展志愿服务。",
     {("Place", "和县")}, set(), set()),
    # 3. two ethnic groups' short forms
    ("蒙汉 before 等", "该嘎查以养殖为主、蒙汉等民族和睦相处。", set(), set(), {"蒙汉"}),
    ("蒙回 before 等", "本镇以茶叶为主、蒙回等民族聚居。", set(), set(), {"蒙回"}),
    # 4. a sentence of duties with two credit words
    ("two reviews' duties are no credits line", "蓬江区印发通知。区农业农村局负责项目的审核，区工业和信息化局负责企业名单的审核。",
     {("Agency", "江门市蓬江区农业农村局"), ("Agency", "江门市蓬江区工业和信息化局")},
     {("江门市蓬江区工业和信息化局", LI, "蓬江区")}, set()),
    ("a surname of the set still names an official", "会上，副县长蒙强出席并讲话。",
     {("Official", "蒙强")}, set(), set()),
]


@pytest.mark.parametrize("kind,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_classes_3(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("line,furniture", [
    # credits with a colon after each word are the article's own footer, read (tests/test_people_news_forms.py)
    ("编辑：陈晓 审核：梁敏", False), ("责编 周立 / 校对 何方", True), ("编辑：陈晓，审核：梁敏。", False),
    ("区农业农村局负责项目的审核，区工业和信息化局负责名单的审核。", False),
])
def test_credits_line_and_a_sentence_of_duties(line, furniture):
    from kg.clean import is_furniture

    assert is_furniture(line) is furniture
