"""Classes the forty-eighth own people set showed (discipline-inspection news rewritten from real news of 湖南, 河南,
云南, 广西 and 山东: county leaders suspended for a banquet, a county inspection group's deployment at a town, a
provincial inspection group's deployment in a district, a central research group on a city's resident discipline
groups, an accountability notice of 党纪政务处分, an official under 审查调查 with others listed by present and former
posts, a regional inspection group at a district, a regional supervision group in a city (traditional characters),
provincial supervision groups for the supervisory reform pilot, resident discipline groups set up in seven provincial
bodies), each row a text written for this test, with other places and names than the set's.

- A province's inspection groups numbered past five (省委第七巡视组组长某某): UnitOrdinal held 第一 to 第五 only, so the
  group was no body and its head's post was lost; it runs to 第十五.
- A Party department printed bare after another department's title in a chain (某县委常委、组织部长、统战部长某某): the
  second was read as the county's own body (某县统一战线工作部), not the committee's department; after a department it
  is another department of the same committee (an office apart: a department's 办公室 is its own).
- A national body's unit named by its number alone (中央编办一司副司长某某): the unit ran over the title's 副司 (…一司副司);
  a number and 司 or 局 right after a national body is its unit.
- Names closed by 等 and the bare word for leaders (甲、乙、丙等领导出席会议): each was a person; they are officials of no
  one body, as after 市领导 (LeadersAfterCount, never a title elsewhere).
- A task group named 工作小组 (省某某改革试点工作小组副组长某某): no body, so the whole chain and its holder were lost;
  工作小组 is a body's head and a task group's, as 领导小组.
- An inspection group or office after a title and 和 (区委巡察办主任和巡察组组长列席): 和巡察 was read as an official (和
  is a surname); these bodies are the conjunction's object (BareBodyBeforeTitle).
- 包括 before a body printed short (包括州委常委、常务副州长某某): the committee was not read after 括; 括 may stand before a
  short body as a punctuation mark does.
- A pilot's head after the kind of its places (选取甲、乙四个县市区试点) or after a verb of supervising (这次来是督导某某
  改革试点): no designation's name (PlaceKindStem, SupervisingVerb).
- 推行 before a body (我市推行市监察局派驻机构统一管理): the verb ran into the body's name; it is an AgencyStopWord.
"""
import pytest

from conftest import check_reading, programmes_and_links, read_names


def test_an_inspection_group_numbered_past_five(nlp):
    check_reading(nlp, "按照湖北省委统一部署，湖北省委第九巡视组组长钱立新在动员会上讲话，副组长赵小燕主持。",
                  {("Agency", "中共湖北省委第九巡视组"), ("Official", "钱立新")},
                  {("钱立新", "holdsPost", "中共湖北省委第九巡视组")}, set())
    check_reading(nlp, "近日，岳阳县委第十二巡察组组长周建平进驻新墙镇。",
                  {("Agency", "中共岳阳县委第十二巡察组"), ("Official", "周建平")},
                  {("周建平", "holdsPost", "中共岳阳县委第十二巡察组")}, set())


SIBLING_DEPARTMENT_ROWS = [
    ("组织部长 then 统战部长",
     "临澧县委常委、组织部长、统战部长覃红梅出席会议。",
     {("Agency", "中共临澧县委统一战线工作部"), ("Official", "覃红梅")},
     {("覃红梅", "holdsPost", "中共临澧县委统一战线工作部"), ("覃红梅", "holdsPost", "中共临澧县委组织部")},
     {"临澧县统一战线工作部"}),
    ("宣传部部长 then 统战部部长",
     "汝阳县委常委、宣传部部长、统战部部长闫丽君陪同调研。",
     {("Agency", "中共汝阳县委统一战线工作部"), ("Official", "闫丽君")},
     {("闫丽君", "holdsPost", "中共汝阳县委统一战线工作部")},
     {"汝阳县统一战线工作部"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SIBLING_DEPARTMENT_ROWS, ids=[r[0] for r in SIBLING_DEPARTMENT_ROWS])
def test_a_party_department_after_another_in_a_chain(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_national_body_s_numbered_unit(nlp):
    check_reading(nlp, "农业农村部三司副司长郝立群一行到通榆县调研。",
                  {("Agency", "农业农村部三司"), ("Official", "郝立群")},
                  {("郝立群", "holdsPost", "农业农村部三司"), ("农业农村部三司", "subOrganizationOf", "农业农村部")},
                  {"农业农村部三司副司"})


def test_names_closed_by_the_bare_word_for_leaders(nlp):
    entities, _ = check_reading(nlp, "会议由区委副书记主持。覃志刚、韦丽萍、蒙世杰等领导出席会议。",
                                {("Official", "覃志刚"), ("Official", "韦丽萍"), ("Official", "蒙世杰")}, set(), set())
    # 领导 is no title elsewhere: the leadership of a committee gives no one a post
    entities, _ = read_names(nlp, "在县委领导下，杨海涛、龙小军等同志完成了任务。")
    assert ("Official", "杨海涛") not in entities


def test_a_task_group_named_work_group(nlp):
    check_reading(nlp, "浙江省纪委督导组到安吉县。省委常委、省纪委书记、省综合执法改革试点工作小组副组长卢建华听取汇报。",
                  {("Agency", "浙江省综合执法改革试点工作小组"), ("Official", "卢建华")},
                  {("卢建华", "holdsPost", "浙江省综合执法改革试点工作小组")}, set())


def test_an_inspection_body_after_a_title_and_he(nlp):
    entities, _ = read_names(nlp, "西城区纪委监委领导班子成员，区委巡察办主任和巡察组组长列席会议。")
    assert not {n for t, n in entities if t in ("Official", "Person") and n.startswith("和")}, sorted(entities)
    entities, _ = read_names(nlp, "市委巡视办副主任和巡视组有关同志参加见面会。")
    assert not {n for t, n in entities if t in ("Official", "Person") and n.startswith("和")}, sorted(entities)
    # a Naxi surname 和 after a title stays a name
    check_reading(nlp, "丽江市委书记和良辉主持会议。", {("Official", "和良辉")}, {("和良辉", "holdsPost", "中共丽江市委员会")}, set())


def test_baokuo_before_a_body_printed_short(nlp):
    check_reading(nlp, "文山州今年多名干部被查，包括州委常委、常务副州长李红兵。",
                  {("Agency", "中共文山壮族苗族自治州委员会"), ("Official", "李红兵")},
                  {("李红兵", "holdsPost", "中共文山壮族苗族自治州委员会")}, set())


def test_a_pilot_s_head_after_a_kind_of_places(nlp):
    progs, links = programmes_and_links("2012年，平顶山市又选取汝州、郏县、宝丰、叶县四个县市区试点，到2013年底全部推开。")
    assert not any(p.endswith("县市区试点") for p in progs), progs
    assert not links, links


def test_a_pilot_s_head_after_a_verb_of_supervising(nlp):
    progs, _ = programmes_and_links("省纪委常务副书记王海说，这次来是督导纪检监察体制改革试点，不听汇报。")
    assert not any(p.startswith("督导") for p in progs), progs


def test_tuixing_before_a_body(nlp):
    entities, _ = read_names(nlp, "安阳调研。2008年起，我市推行市监察局派驻机构统一管理。")
    assert not {n for _, n in entities if "推行" in n}, sorted(entities)
