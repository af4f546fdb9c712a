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


def test_a_title_with_its_own_body_stays_one_after_a_committees_post(nlp):
    # 政法委员 and 审判委员会委员 are titles of their own, not a body and a title (only 纪委书记 is read so)
    got, _ = check_reading(nlp, "宁远县柏家坪镇召开综治工作会，由镇党委副书记、政法委员周海军牵头。", {("Official", "周海军")},
                           set(), set())
    assert not any("政法委员会" in n for _, n in got), sorted(got)


@pytest.mark.parametrize("text,entities,absent", [
    # a Yi name of four after a title: a family name, then everyday characters
    ("昭觉县副县长阿说拉英说，今年要加快进度。", {("Official", "阿说拉英")}, {"阿说拉"}),
    ("布拖县妇联副主席阿说拉英主持会议。", {("Official", "阿说拉英")}, {"阿说拉"}),
    # a row of names before 当选, the last a Yi name of four
    ("县妇联第三次代表大会选举产生了新一届委员会，王秀英、阿苦日哈当选副主席。",
     {("Official", "王秀英"), ("Official", "阿苦日哈")}, {"苦日哈"}),
    ("会议选举王红梅为主席，李娟、阿说拉英当选副主席。", {("Official", "李娟"), ("Official", "阿说拉英")}, {"说拉英"}),
    # look-alikes: a Han name of three stays three; a two-character Yi name before a verb of speech stays two
    ("县长马海波说，今年要加快进度。", {("Official", "马海波")}, {"马海波说"}),
    ("喜德县副县长阿木说，今年要加快进度。", {("Official", "阿木")}, {"阿木说"}),
])
def test_yi_names_of_four(nlp, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)
