"""People and bodies left over after the day's sets, each row a sentence written for this test (other towns, counties
and names than the sets'):
- a title chain that names the town's (street's) own post first and its Party post after it, bare (某镇镇长、党委书记,
  乡长、党委副书记 after the township named once, 街道办事处主任、党工委书记): each post in its own body, the township's
  government (street office) and its Party committee (working committee);
- a career's items led by a year alone, no name or verb of a career before them (1990年任某县人大常委会主任；1995年起任…),
  in a profile about one person: posts held before by the one the paragraph is about, as after 历任 or 曾任;
- an official named with 同志 and a bracket of his titles after it (某某同志（县委常委、副县长）), also after a group's title
  (县领导某某同志（…）) and in a list of such names;
- a note between a name and its title (某某（女）副县长, 某某（女，土家族）副县长), a dot between a town and its title
  (花石镇·党委书记某某), the town in brackets between the title and the name (党委书记（花石镇）某某): the title is the
  name's, in the body it would have without them (with the town printed before it)."""
import pytest

from conftest import check_reading, read_names

HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a township's own post, then its Party post printed bare
    ("某镇镇长、党委书记某某", "近日，平江县三市镇镇长、党委书记李文华带队走访企业。",
     {("Official", "李文华"), ("Agency", "中共平江县三市镇委员会")},
     {("李文华", HP, "平江县三市镇人民政府"), ("李文华", HP, "中共平江县三市镇委员会")}, set()),
    ("某乡乡长、党委副书记某某", "日前，华容县新河乡乡长、党委副书记罗建军一行来到田间。",
     {("Official", "罗建军")}, {("罗建军", HP, "华容县新河乡人民政府"), ("罗建军", HP, "中共华容县新河乡委员会")}, set()),
    ("乡长、党委副书记 after the township named once", "岳阳县中洲乡召开防汛会议。乡长、党委副书记邓国平部署工作。",
     {("Official", "邓国平")}, {("邓国平", HP, "岳阳县中洲乡人民政府"), ("邓国平", HP, "中共岳阳县中洲乡委员会")}, set()),
    ("某街道办事处主任、党工委书记某某", "浏阳市淮川街道办事处主任、党工委书记刘振宇出席活动。",
     {("Official", "刘振宇")},
     {("刘振宇", HP, "浏阳市淮川街道办事处"), ("刘振宇", HP, "中共浏阳市淮川街道工作委员会")}, set()),
    # 3. a career's items led by a year alone
    ("某某，…。1990年任…；1995年起任…", "王德明，男，1950年生，湖南平江人。1990年任平江县人大常委会主任；1995年起任岳阳市财政局局长，"
     "2010年退休。", {("Official", "王德明"), ("Agency", "岳阳市财政局")},
     {("王德明", HP, "平江县人民代表大会常务委员会"), ("王德明", HP, "岳阳市财政局")}, set()),
    ("某某同志…。1985年任…，1992年任…", "李国华同志1942年出生，湖南湘阴人。1985年任湘阴县教育局局长，1992年任湘阴县人民政府县长。"
     "2002年退休。", {("Official", "李国华")}, {("李国华", HP, "湘阴县教育局"), ("李国华", HP, "湘阴县人民政府")}, set()),
    ("2003年起任…；2011年任… in the sentence after the name's", "陈志远，1961年生。2003年起任临湘市财政局局长；2011年任临湘市"
     "人民政府副市长。", {("Official", "陈志远"), ("Agency", "临湘市财政局")},
     {("陈志远", HP, "临湘市财政局"), ("陈志远", HP, "临湘市人民政府")}, set()),
    ("a year's 任务 is no post", "张华说，2024年任务重、要求高，全县上下要齐心协力。", set(), set(), set()),
    # 5. a name, 同志, then its titles in brackets
    ("县领导某某同志（县委常委、副县长）", "平江县召开乡村振兴工作会议。县领导李明同志（县委常委、副县长）出席活动并讲话。",
     {("Official", "李明")}, {("李明", HP, "中共平江县委员会"), ("李明", HP, "平江县人民政府")}, set()),
    ("由某某同志（…）主持，某某同志（…）通报", "湘阴县召开防汛工作调度会。会议由王海涛同志（湘阴县委常委、常务副县长）主持，"
     "赵丽同志（副县长）通报情况。", {("Official", "王海涛"), ("Official", "赵丽")},
     {("王海涛", HP, "中共湘阴县委员会"), ("王海涛", HP, "湘阴县人民政府"), ("赵丽", HP, "湘阴县人民政府")}, set()),
    ("出席的有：某某同志（…）、某某同志（…）", "出席会议的有：周建国同志（临湘市人民政府副市长）、吴红梅同志（临湘市教育局局长）。",
     {("Official", "周建国"), ("Official", "吴红梅")},
     {("周建国", HP, "临湘市人民政府"), ("吴红梅", HP, "临湘市教育局")}, set()),
    ("a bracket that holds no title gives no post", "我们要向张伟同志（男，1975年生）学习。", set(), set(), set()),
    # 4. notes between a name and a title
    ("某某（女）副县长", "平江县召开教育工作会议，刘芳（女）副县长出席并讲话。", {("Official", "刘芳")},
     {("刘芳", HP, "平江县人民政府")}, set()),
    ("某某（女，土家族）副县长", "湘阴县举行招商签约仪式，吴红梅（女，土家族）副县长主持。", {("Official", "吴红梅")},
     {("吴红梅", HP, "湘阴县人民政府")}, set()),
    ("某镇·党委书记某某", "平江县三市镇·党委书记周立新在会上作动员讲话。", {("Official", "周立新")},
     {("周立新", HP, "中共平江县三市镇委员会")}, set()),
    ("某镇·镇长某某 keeps the town's government", "湘阴县东塘镇·镇长刘建华介绍情况。", {("Official", "刘建华")},
     {("刘建华", HP, "湘阴县东塘镇人民政府")}, set()),
    ("党委书记（某镇）某某", "党委书记（三市镇）李文华主持会议。", {("Official", "李文华")},
     {("李文华", HP, "中共平江县三市镇委员会")}, set()),
    ("镇长（某镇）某某", "平江县召开会议。镇长（三市镇）何建国汇报了工作。", {("Official", "何建国")},
     {("何建国", HP, "平江县三市镇人民政府")}, set()),
    ("a company's 党委书记 gets no township's committee", "公司总经理、党委书记黄志强介绍企业发展情况。", set(), set(),
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_class(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
    if cls == "a company's 党委书记 gets no township's committee":
        _, got = read_names(nlp, text)
        assert not {f for f in got if f[1] == HP}, sorted(got)


# Classes the rules already read, kept here so that they stay read (class, text, facts that must be found, facts that
# must be absent):
# - a work team named with an abbreviated jurisdiction (自治区林业局驻某村工作队, 省某厅驻村工作队队长): the team is a unit of
#   the department, the post its leader's;
# - a person in a list of appointees before office (任前公示: 现任…，拟任…): the current post held, the proposed one not.
HELD = [
    ("自治区某局驻某村工作队队长", "广西壮族自治区百色市田阳区那坡镇。自治区林业局驻村工作队队长黄志勇带领队员巡山。",
     {("黄志勇", HP, "广西壮族自治区林业局驻村工作队"),
      ("广西壮族自治区林业局驻村工作队", "subOrganizationOf", "广西壮族自治区林业局")}, set()),
    ("省某厅驻某村工作队队长", "湘阴县东塘镇。省水利厅驻东塘村工作队队长刘建华走访农户。",
     {("刘建华", HP, "湖南省水利厅驻东塘村工作队"), ("湖南省水利厅驻东塘村工作队", "subOrganizationOf", "湖南省水利厅")}, set()),
    ("任前公示: 现任…，拟任…", "李国强，男，1980年5月生，汉族，湖南平江人，大学学历，中共党员，现任平江县农业农村局局长，"
     "拟任平江县三市镇党委书记。", {("李国强", HP, "平江县农业农村局")}, {("李国强", HP, "中共平江县三市镇委员会")}),
    ("任前公示: 现任副局长，拟任局长", "赵丽，女，1985年3月生，研究生学历，现任湘阴县财政局副局长，拟任湘阴县审计局局长。",
     {("赵丽", HP, "湘阴县财政局")}, {("赵丽", HP, "湘阴县审计局")}),
]


@pytest.mark.parametrize("cls,text,facts,absent_facts", HELD, ids=[r[0] for r in HELD])
def test_class_kept(nlp, cls, text, facts, absent_facts):
    _, got = read_names(nlp, text)
    assert facts <= got, sorted(got)
    assert not absent_facts & got, sorted(got)
