"""Construction classes of bodies and posts left open after the first probes of real news, one table: for each class
a few sentences written for this test, with the entities and facts that must be found and the names no entity may
have (a body printed once after several places, a post whose body is not printed, ...)."""
import pytest

from conftest import read_names as _read

HP, LOC, SUB = "holdsPost", "locatedIn", "subOrganizationOf"


# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # one body printed after several places of one level: each place's own
    ("地名列举+单位", "攸县、茶陵县农业农村局负责人参加了培训。",
     {("Agency", "攸县农业农村局"), ("Agency", "茶陵县农业农村局")},
     {("攸县农业农村局", LOC, "攸县"), ("茶陵县农业农村局", LOC, "茶陵县")}, set()),
    ("地名列举+单位", "邵阳市、娄底市和湘潭市财政局联合印发了通知。",
     {("Agency", "邵阳市财政局"), ("Agency", "娄底市财政局"), ("Agency", "湘潭市财政局")},
     {("邵阳市财政局", LOC, "邵阳市")}, set()),
    ("地名列举+单位", "隆回县和洞口县人民政府签订了协议。",
     {("Agency", "隆回县人民政府"), ("Agency", "洞口县人民政府")}, set(), set()),
    # places of different levels do not share the body; one place and its body stay as they are
    ("地名列举+单位", "邵阳市、隆回县财政局负责人出席。", {("Agency", "隆回县财政局")}, set(), {"邵阳市财政局"}),
    # a member's post of a town's Party committee, the committee not printed
    ("镇+党委委员", "攸县网岭镇组织委员李明华介绍了党员培训的情况。",
     {("Official", "李明华"), ("Agency", "中共攸县网岭镇委员会")}, {("李明华", HP, "中共攸县网岭镇委员会")}, set()),
    ("镇+党委委员", "炎陵县鹿原镇宣传委员陈晓燕主持了活动。", set(), {("陈晓燕", HP, "中共炎陵县鹿原镇委员会")}, set()),
    ("镇+党委委员", "攸县网岭镇召开会议，镇宣传委员李明华、镇组织委员赵红梅参加。", set(),
     {("李明华", HP, "中共攸县网岭镇委员会"), ("赵红梅", HP, "中共攸县网岭镇委员会")}, set()),
    ("镇+党委委员", "他在乡镇组织委员培训班上发言。", set(), set(), {"乡镇组织委员"}),
    # the town's head: its government
    ("镇+政府", "攸县网岭镇召开会议，镇长刘国平、副镇长张建国参加。", set(),
     {("刘国平", HP, "攸县网岭镇人民政府"), ("张建国", HP, "攸县网岭镇人民政府")}, set()),
    # a village's post after a verb of election, the village named earlier in the sentence
    ("村+当选", "攸县网岭镇罗家村召开党员大会，李春生当选村党支部书记。",
     {("Official", "李春生")}, {("李春生", HP, "中共攸县网岭镇罗家村支部委员会")}, set()),
    ("村+当选", "攸县网岭镇罗家村召开党员大会。经过投票，李春生当选村党支部书记，王芳担任村委会主任。", set(),
     {("李春生", HP, "中共攸县网岭镇罗家村支部委员会"), ("王芳", HP, "攸县罗家村村民委员会")}, set()),
    # a two-character given name before a verb or particle; three characters where punctuation follows
    ("名+动词", "村民刘志表示，今年的收成不错。", {("Person", "刘志")}, set(), {"刘志表"}),
    ("名+动词", "县长周清为大家讲解政策。", {("Official", "周清")}, set(), {"周清为"}),
    ("名+标点", "群众代表周清来，在会上发言。", {("Person", "周清来")}, set(), set()),
    # a group a commission stations in a body: one body, a unit of the commission, not of the host
    ("驻…纪检监察组", "攸县纪委监委驻县财政局纪检监察组开展专项检查。",
     {("Agency", "攸县纪律检查委员会驻攸县财政局纪检监察组")},
     {("攸县纪律检查委员会驻攸县财政局纪检监察组", SUB, "攸县纪律检查委员会")}, {"攸县财政局"}),
    ("驻…纪检监察组", "湖南省召开会议。省纪委监委驻省交通运输厅纪检组开展督查。",
     {("Agency", "湖南省纪律检查委员会驻湖南省交通运输厅纪检组")},
     {("湖南省纪律检查委员会驻湖南省交通运输厅纪检组", SUB, "湖南省纪律检查委员会")}, {"湖南省交通运输厅"}),
    ("驻…纪检监察组", "攸县召开会议。驻县农业农村局纪检监察组到镇里督导。",
     {("Agency", "攸县纪律检查委员会驻攸县农业农村局纪检监察组")}, set(), {"攸县农业农村局"}),
    ("驻…纪检监察组+组长", "攸县纪委监委驻县财政局纪检监察组组长王海出席。", {("Official", "王海")},
     {("王海", HP, "攸县纪律检查委员会驻攸县财政局纪检监察组")}, set()),
    ("驻…纪检监察组+组长", "攸县召开会议。驻县农业农村局纪检监察组副组长陈立到镇里督导。", set(),
     {("陈立", HP, "攸县纪律检查委员会驻攸县农业农村局纪检监察组")}, set()),
    # 组长 heads a body that ends in 组, not a word that merely ends so
    ("组长", "项目组组长李强介绍了进度。", set(), set(), {"组组长"}),
    ("单一地名+单位", "隆回县财政局局长某某出席。", {("Agency", "隆回县财政局")}, set(), {"隆回县、"}),
]


@pytest.mark.parametrize("cls, text, entities, facts, absent", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_construction_class(nlp, cls, text, entities, facts, absent):
    found, found_facts = _read(nlp, text)
    assert entities <= found, f"{cls}: missing {entities - found}"
    assert facts <= found_facts, f"{cls}: missing {facts - found_facts}"
    assert not {n for _, n in found} & absent, f"{cls}: wrongly found {absent & {n for _, n in found}}"

