"""Classes left by the eighteenth people set (a firm's discipline secretary, a name the model cuts before 作, Yi names).

- A firm's discipline secretary in a title chain (集团纪委书记某某, 公司党委委员、纪委书记某某): 纪委书记 is a chain title,
  so the person is read with that role, as the firm's Party secretary is. After a body of a place in the chain
  (镇党委委员、纪委书记某某) the title is that place's discipline commission (纪委) and its 书记: a post in the town's
  纪律检查委员会, as before.
- A name after a title or a role right before a speech at a meeting (董事长某某作工作报告, 总经理某某作交流发言,
  作2026年工作报告): 作 and its noun (ReportVerb, ReportNoun) close the name as a verb of speech does, so a name whose
  first two characters are a word (方向明, 温和平) is read though the model, in a long sentence, cuts it short; a role
  before no name (董事长和总经理分别作工作报告) still reads none.

Texts written for these tests in our own words, with places and firms other than those of the set."""
import pytest

from conftest import check_reading


@pytest.mark.parametrize("text,entities,facts,absent", [
    ("会上，集团党委副书记、纪委书记钱晓燕通报了廉洁风险排查情况，集团总经理吴志远主持会议。",
     {("Person", "钱晓燕")}, set(), set()),
    ("恒发集团召开党风廉政建设工作会议。集团党委副书记、纪委书记周永强作专题辅导。", {("Person", "周永强")}, set(), set()),
    ("某公司纪委书记吕建国传达了上级精神。", {("Person", "吕建国")}, set(), set()),
    # a town's discipline secretary in a chain after the town's Party committee: the town's commission
    ("临澧县合口镇召开会议。镇党委副书记、镇长胡晓东主持，镇党委委员、纪委书记廖春燕参加。", {("Official", "廖春燕")},
     {("廖春燕", "holdsPost", "临澧县合口镇纪律检查委员会"), ("廖春燕", "holdsPost", "中共临澧县合口镇委员会")}, set()),
    ("石门县委常委、县纪委书记、县监委主任覃丽华出席。", {("Official", "覃丽华")},
     {("覃丽华", "holdsPost", "石门县纪律检查委员会")}, set()),
])
def test_a_firms_discipline_secretary_in_a_chain(nlp, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("text,entities,absent", [
    ("公司党委书记、董事长方向明作工作报告，党委副书记、总经理杭建国通报了经营情况，公司纪委书记夏丽主持会议。",
     {("Person", "方向明"), ("Person", "夏丽")}, {"方向"}),
    ("集团党委书记、董事长温和平作2026年工作报告，党委副书记、总经理龙卫东通报了重点项目进展，集团纪委书记夏丽主持会议。",
     {("Person", "温和平")}, {"温和"}),
    ("公司党委书记、董事长方向明作交流发言，党委副书记、总经理杭建国通报了经营情况，公司纪委书记夏丽主持会议。",
     {("Person", "方向明")}, {"方向"}),
    # no name after the role: the speech reads none
    ("董事长和总经理分别作工作报告，党委副书记、总经理杭建国通报了重点项目进展。", {("Person", "杭建国")},
     {"和总经", "和总"}),
])
def test_a_name_before_a_speech_at_a_meeting(nlp, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)
