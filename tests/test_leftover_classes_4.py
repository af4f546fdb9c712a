"""Construction classes left over from the list pages, each row a sentence written for this test: a Party committee's
general office, named as its other departments are (中共某县委办公室, the committee's full name + 办公室 an alias); a town's
units listed bare after a verb of setting up (镇设党政办、经济发展办…); a bare 办公室 before its head's title right after
a government's office is named; a unit's head in a record of its bureau's page (某股股长：某某); every name of a record's
column (监委会委员：某某、某某, a bracketed note between); a village's 村“两委”委员 or 成员 (an official, no body guessed:
the guidelines' sets leave the body optional); a profile's post in no body of government (a hospital's: a person); a
government's office printed after a prefecture's full name (某州人民政府新闻办公室); a unit of a committee's department
whose name opens with a field that begins with a stop word (组织部干部监督室); a centre named by its service number
(某县12315投诉举报中心). Then classes found in more than one set: a long transliterated name ending in a character that
also follows names (某某达来带领, 某某格日乐介绍; 来到 stays the verb); a cooperation office printed short (区协作办); the
general office of a government that only a title names (副县长某、县政府办公室副主任某: the government's unit)."""
import pytest

from conftest import check_reading

HP, LI, SUB = "holdsPost", "locatedIn", "subOrganizationOf"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a committee's general office
    ("县委办公室 then 县委办", "隆回县召开会议。县委办公室主任王立新主持，县委办、县委组织部负责同志参加。",
     {("Agency", "中共隆回县委办公室"), ("Agency", "中共隆回县委组织部")}, {("王立新", HP, "中共隆回县委办公室")},
     {"中共隆回县委员会办公室"}),
    # 2. a town's units listed bare after a verb of setting up
    ("镇设 + abbreviated offices", "台山市斗山镇简介。镇设党政办、经济发展办、社会事务办，各办由镇领导分管。",
     {("Agency", "台山市斗山镇党政办公室"), ("Agency", "台山市斗山镇经济发展办公室"), ("Agency", "台山市斗山镇社会事务办公室")},
     {("台山市斗山镇社会事务办公室", LI, "斗山镇")}, set()),
    ("下设 + an office and a centre", "台山市斗山镇下设综合执法办和便民服务中心。",
     {("Agency", "台山市斗山镇综合执法办公室"), ("Agency", "台山市斗山镇便民服务中心")}, set(), set()),
    ("设施 is no verb of setting up", "台山市斗山镇设施农业发展迅速。", set(), set(), {"台山市斗山镇施农业"}),
    # 3. a bare office before its head's title
    ("办公室副主任 after the government's office", "开平市政府办公室主任李明负责全市政务公开，办公室副主任王强具体承办。",
     {("Official", "王强")}, {("王强", HP, "开平市人民政府办公室"), ("李明", HP, "开平市人民政府办公室")}, set()),
    ("an office with no body before it", "开平市召开会议。办公室设在市农业农村局，办公室主任由局长兼任。",
     {("Agency", "开平市农业农村局")}, set(), {"办公室"}),
    # 4. a unit's head on its bureau's page; every name of a record
    ("某股股长：某某 after 内设机构", "台山市农业农村局机构设置\n\n内设机构：办公室、种植业股、畜牧股。\n\n领导信息\n局长：张伟\n"
     "畜牧股股长：李强\n办公室主任：周敏\n",
     {("Official", "李强"), ("Official", "周敏")},
     {("李强", HP, "台山市农业农村局畜牧股"), ("周敏", HP, "台山市农业农村局办公室"), ("张伟", HP, "台山市农业农村局")}, set()),
    ("监委会委员：某某、某某", "榆中县金崖镇永丰村村务公开栏\n监委会主任：韩玉兰\n监委会委员：陈红、刘芳\n",
     {("Official", "陈红"), ("Official", "刘芳")},
     {("陈红", HP, "榆中县永丰村村务监督委员会"), ("刘芳", HP, "榆中县永丰村村务监督委员会")}, set()),
    # 5. a village's 两委
    ("村“两委”委员, a note between the names", "榆中县金崖镇永丰村村务公开栏\n村“两委”委员：马海燕（兼村妇联主席）、周立\n",
     {("Official", "马海燕"), ("Official", "周立")}, set(), set()),
    ("村两委成员 in prose", "榆中县金崖镇永丰村召开会议，村两委成员张伟、李强参加。",
     {("Official", "张伟"), ("Official", "李强")}, set(), set()),
    ("两委成员 with no name is no body", "漠河市北极镇负责人、北极村“两委”成员交流座谈。",
     {("Place", "北极村")}, set(), {"漠河市北极村村民委员会", "北极村村民委员会"}),
    ("a hospital's deputy head in a notice's table", "榆中县干部任前公示\n\n（表格各栏依次为：姓名｜性别｜民族｜现任职务｜拟任职务）：\n\n"
     "王强｜男｜汉族｜县中医医院副院长｜县卫生健康局副局长\n李明｜男｜汉族｜县水务局副局长｜县水务局局长\n",
     {("Person", "王强"), ("Official", "李明")}, {("李明", HP, "榆中县水务局")}, set()),
    # 6. a prefecture's government's office; a department's unit in brackets; a service number's centre
    ("州人民政府新闻办公室", "【发布人】\n黔东南苗族侗族自治州人民政府新闻办公室副主任 杨光明\n",
     {("Agency", "黔东南苗族侗族自治州人民政府新闻办公室")}, {("杨光明", HP, "黔东南苗族侗族自治州人民政府新闻办公室")}, set()),
    ("组织部干部监督室 in brackets", "榆中县召开会议。\n举报电话：0931-5212380（县委组织部干部监督室）",
     {("Agency", "中共榆中县委组织部干部监督室")}, {("中共榆中县委组织部干部监督室", SUB, "中共榆中县委组织部")}, set()),
    ("12315 centre", "榆中县市场监督管理局所属事业单位：榆中县12315投诉举报中心。",
     {("Agency", "榆中县12315投诉举报中心")}, {("榆中县12315投诉举报中心", SUB, "榆中县市场监督管理局")}, set()),
    # 7. found in more than one set: a long transliterated name ending in a character that also follows names; the
    # general office of a government that only a title names
    ("a Mongolian name ending in 来 before 带领", "阿鲁科尔沁旗农牧局局长巴雅尔达来带领技术人员下乡。",
     {("Official", "巴雅尔达来")}, set(), {"巴雅尔达"}),
    ("a Mongolian name ending in 乐 before 介绍", "在罕山嘎查，嘎查党支部书记、嘎查委员会主任萨仁格日乐介绍了合作社的收益。",
     {("Official", "萨仁格日乐")}, set(), {"萨仁格日"}),
    ("来到 after a name is the verb", "阿鲁科尔沁旗农牧局局长巴特尔来到牧场检查。", {("Official", "巴特尔")}, set(), {"巴特尔来"}),
    ("a district's 协作办 in a list", "番禺区召开会议，副区长冯建华，区协作办、区农业农村局负责同志参加。",
     {("Agency", "广州市番禺区协作办公室")}, {("广州市番禺区协作办公室", LI, "番禺区")}, set()),
    ("山海协作办好 is no office", "龙岩市加强山海协作办好民生实事。", set(), set(), {"龙岩市山海协作办公室"}),
    ("县政府办公室 after 副县长", "榆中县召开会议。副县长李明、县政府办公室副主任王红参加会议。",
     {("Agency", "榆中县人民政府办公室")}, {("榆中县人民政府办公室", SUB, "榆中县人民政府")}, set()),
]


@pytest.mark.parametrize("kind,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_classes_4(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def _aliases(nlp, text):
    from kg.extraction import extract
    from kg.model import Document

    r = extract(Document("t.txt", "t.txt", text, "utf-8", ""), nlp)
    return {e.name: set(e.aliases) for e in r.entities}


@pytest.mark.parametrize("text,name,alias", [
    ("隆回县委办公室主任王立新主持会议。", "中共隆回县委办公室", "中共隆回县委员会办公室"),
    ("北京市大兴区区委书记王强到镇里调研，区委办负责同志同行。", "中共北京市大兴区委办公室", "中共北京市大兴区委员会办公室"),
])
def test_committee_office_has_the_committees_full_name_as_alias(nlp, text, name, alias):
    assert alias in _aliases(nlp, text).get(name, set())


def test_other_departments_have_no_such_alias(nlp):
    found = _aliases(nlp, "隆回县委宣传部部长李红出席。")
    assert "中共隆回县委宣传部" in found and not any("委员会" in a for a in found["中共隆回县委宣传部"])


@pytest.mark.parametrize("line,names", [
    ("监委会委员：陈红、刘芳", ["陈红", "刘芳"]),
    ("村“两委”委员：马海燕（兼村妇联主席）、周立", ["马海燕", "周立"]),
    ("副局长：纳国庆　分管造林工作", ["纳国庆"]),
])
def test_record_names(line, names):
    from kg.ner.people import people_finder

    q = line.index("：") + 1
    assert [line[s:e] for s, e in people_finder()._record_names(line, q)] == names
