"""Classes the hundred-and-fourteenth own people set showed (a blind sample of news naming officials of departments and
bureaus at work: the region's Party secretary meeting a forum's guests in 林芝 (西藏), a national CPPCC inspection with the
province's departments reporting (海南), a Shanghai CPPCC delegation at Shanghai's office in 昆明 (云南), the region's
chairwoman consulting parties and counsellors (宁夏), a democratic party's committees meeting in 长春 (吉林), a digest of
provincial leaders' activities (山西)), each row a text written for this test, with other places and names than the set's.

- Members of a place's CPPCC printed with the title before their names (某市政协委员某某、某某): CppccBody's "not_before"
  leaves 政协 before 委员 unread (members, no body), so the names were lost or read as persons; where a name follows the
  title the committee is read (CppccMemberBody, CppccMemberTitle, agency_grammar.jsonl; ``_cppcc_before_member`` in
  ``kg/ner/agencies.py``), and the names hold seats in it; 县政协委员和其他列席人员 stays no body.
- A committee printed bare after a post in a national body with committees of its own (全国政协常委、经济委员会副主任):
  the national body's committee (NationalCommitteeOwner, agency_grammar.jsonl; ``_national_committee_in``), as after a
  post in a local CPPCC; a ministry printed whole after such a post stays the ministry.
- A place's committee of a democratic party printed short in a chain after a post in the party's central committee
  (九三学社中央常委、上海市委主委): the party's committee of the place where a title only the parties' committees have
  follows (PartyChainCommittee, PartyOnlyTitle, PartyChainJoint, agency_grammar.jsonl; ``_party_chain_committee``), not the
  Communist Party's 市委; a Party secretary after such a post stays the Communist Party's.
"""
import pytest

from conftest import check_reading

_JX = "中国人民政治协商会议嘉兴市委员会"
_QG = "中国人民政治协商会议全国委员会"

ROWS = [
    # members of a place's CPPCC named after the title
    ("three members of a city's CPPCC after the title",
     "嘉兴市政协委员张明华、李建国、王晓红参加座谈。",
     {("Official", "张明华"), ("Official", "李建国"), ("Official", "王晓红"), ("Agency", _JX)},
     {("张明华", "holdsPost", _JX), ("王晓红", "holdsPost", _JX)}, set()),
    ("one member of a county's CPPCC before a verb of speech",
     "桐庐县政协委员陈玉兰说，村里的路修好了。",
     {("Official", "陈玉兰")}, set(), set()),
    # a committee of a national body printed bare after a post in it
    ("a committee of the national CPPCC after a post in it",
     "全国政协常委、提案委员会副主任孙国强参加调研。",
     {("Official", "孙国强"), ("Agency", _QG + "提案委员会")},
     {("孙国强", "holdsPost", _QG + "提案委员会"), (_QG + "提案委员会", "subOrganizationOf", _QG)}, set()),
    ("another committee of the national CPPCC after a member's title",
     "全国政协委员、文化文史和学习委员会副主任李明远出席。",
     {("Official", "李明远"), ("Agency", _QG + "文化文史和学习委员会")},
     {("李明远", "holdsPost", _QG + "文化文史和学习委员会")}, set()),
    # a place's committee of a democratic party after a post in its central committee
    ("a province's committee of a party after a post in its central committee",
     "民盟中央常委、浙江省委主委陈建华出席。",
     {("Official", "陈建华"), ("Agency", "中国民主同盟浙江省委员会")},
     {("陈建华", "holdsPost", "中国民主同盟浙江省委员会")}, {"中共浙江省委员会"}),
    ("a city's committee of a party, its deputy head, after a member of its central committee",
     "民建中央委员、杭州市委副主委周立平出席。",
     {("Agency", "中国民主建国会杭州市委员会")}, {("周立平", "holdsPost", "中国民主建国会杭州市委员会")},
     {"中共杭州市委员会"}),
    # controls
    ("a Party secretary after a party's central member in a list stays the Communist Party's",
     "九三学社中央常委王伟、杭州市委书记李强出席。",
     {("Agency", "中共杭州市委员会")}, {("李强", "holdsPost", "中共杭州市委员会")}, {"九三学社杭州市委员会"}),
    ("members with no name after the title make no body",
     "请县政协委员和其他列席人员提出意见。",
     set(), set(), {"中国人民政治协商会议县委员会"}),
    ("a ministry printed whole after a national CPPCC post stays the ministry",
     "全国政协委员、国家发展和改革委员会副主任孙国强参加调研。",
     {("Agency", "国家发展和改革委员会")}, {("孙国强", "holdsPost", "国家发展和改革委员会")},
     {_QG + "国家发展和改革委员会"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_114(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
