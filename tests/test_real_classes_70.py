"""Classes the seventieth own people set showed (passages rewritten from real news of the military's local organs,
veterans' affairs and the political-legal system: a province's campaign for the troops launched with a garrison's
commander on a city's standing committee, a county's shops-for-the-troops campaign led by its 双拥 office, two cities
named national model cities of 双拥, a banner's veterans' bureau answering a CPPCC member, a county Party standing
committee's meetings on military affairs with its armed forces department's heads, a city's political-legal secretary,
a provincial survey of a county's political-legal bodies, a county armed forces department's border militia; from
河北, 山东, 内蒙古, 福建, 海南 and 黑龙江), each row a text written for this test, with other places and names than the set's.

- The office of a leading group for 双拥 work printed short (县双拥办主任某某): no body and no post; AgencyAbbrev 双拥办.
- A county's centre of local chronicles (县地方志编纂中心副主任某某): no body and no post; AgencyAbbrev 地方志编纂中心.
- A county's body printed short right after 保障 (旗里保障旗人武部营房维修): no body; BeforeAbbreviationWord 保障.
- A city named a national model city of 双拥 (被命名为“全国双拥模范城”): no programme; DesignationHead 模范城, 模范县.
- A national designation printed unquoted after a one-character word of the clause (这是自全国双拥模范城开展命名以来,
  力争创建全国…模范县): the word was read into the name; a national designation opens with its scope.
- A garrison's or military sub-district's commander on a city's standing committee (市委常委、警备区司令员某某): 司令员
  closed no chain, so the official was lost; the title is now read in a chain (a commander named with no body stays no
  official).
- A place that gains a title after adverbs and a count of times (甲市连续第五次获得“…”称号): no implements; GainAdverb 再次,
  再度, 连续 and GainCount 次 (a count 第N次) may stand between the place and the verb, one after another.
- A body acting under a regulation cited by 依照 (某县人武部依照《…办法》组建…): no implements; ProgrammeVerb 依照.
- A department's title after a committee's bare title in a chain (市委常委、副书记、政法委书记某某): the political-legal
  committee and its secretary's post were lost; CommitteeBareTitle (副书记) passes the committee on to the department.
"""
import pytest

from conftest import check_reading


BODY_ROWS = [
    ("the 双拥 office printed short before its head's title",
     "乐亭县召开双拥工作会议，县双拥办主任、县退役军人事务局局长赵立群主持。",
     {("Agency", "乐亭县双拥工作领导小组办公室"), ("Official", "赵立群")},
     {("赵立群", "holdsPost", "乐亭县双拥工作领导小组办公室"), ("赵立群", "holdsPost", "乐亭县退役军人事务局")},
     set()),
    ("a county's centre of local chronicles",
     "乐亭县召开会议。县地方志编纂中心主任周文斌讲话。",
     {("Agency", "乐亭县地方志编纂中心"), ("Official", "周文斌")},
     {("周文斌", "holdsPost", "乐亭县地方志编纂中心"), ("乐亭县地方志编纂中心", "locatedIn", "乐亭县")},
     set()),
    ("a county's armed forces department printed short after 保障",
     "乐亭县召开会议。县财政保障县人武部营房建设。",
     {("Agency", "乐亭县人民武装部")},
     {("乐亭县人民武装部", "locatedIn", "乐亭县")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BODY_ROWS, ids=[r[0] for r in BODY_ROWS])
def test_military_and_veterans_bodies(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


DESIGNATION_ROWS = [
    ("a city named a national model city of 双拥",
     "会上，通化市第三次被命名为“全国双拥模范城”。",
     {("Place", "通化市")},
     {("通化市", "implements", "双拥模范城")},
     set()),
    ("a national designation after a one-character word of the clause",
     "这是自全国双拥模范城开展命名以来的第三次。",
     {("Programme", "全国双拥模范城")},
     set(),
     {"自全国双拥模范城"}),
    ("a county striving for a national model county",
     "兴隆县力争创建全国双拥模范县。",
     {("Programme", "全国双拥模范县")},
     {("兴隆县", "implements", "全国双拥模范县")},
     {"建全国双拥模范县"}),
    ("a title gained a fifth time in a row",
     "通化市连续第三次获得“全国双拥模范城”称号。",
     {("Place", "通化市")},
     {("通化市", "implements", "双拥模范城")},
     set()),
    ("a body acting under a regulation cited by 依照",
     "乐亭县人武部依照《河北省民兵工作条例》开展民兵整组。",
     {("Programme", "《河北省民兵工作条例》")},
     {("乐亭县人民武装部", "implements", "《河北省民兵工作条例》")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", DESIGNATION_ROWS, ids=[r[0] for r in DESIGNATION_ROWS])
def test_double_support_designations(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CHAIN_ROWS = [
    ("a military sub-district's commander on a city's standing committee",
     "承德市委常委、军分区司令员马志刚出席会议。",
     {("Official", "马志刚")},
     {("马志刚", "holdsPost", "中共承德市委员会")},
     set()),
    ("guard: a commander named with no body of a place is no official",
     "东部战区司令员林向阳视察部队。",
     set(), set(), {"林向阳"}),
    ("the political-legal committee after a bare 副书记",
     "琼海市委常委、副书记、政法委书记刘明远主持会议。",
     {("Agency", "中共琼海市委政法委员会"), ("Official", "刘明远")},
     {("刘明远", "holdsPost", "中共琼海市委政法委员会"), ("刘明远", "holdsPost", "中共琼海市委员会")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CHAIN_ROWS, ids=[r[0] for r in CHAIN_ROWS])
def test_title_chains_of_military_and_legal_posts(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
