"""Classes the thirty-first own people set showed (passages rewritten from real news of 河北, 黑龙江, 山东, 吉林, 内蒙古
and 辽宁: standing-committee appointments, a province's county secretaries, a town's Party meeting and three villages'
committee elections), each row a text written for this test, with other places and names than the set's.

- A short form read inside ordinary words or inside a listed person's name gave the page another province's context,
  and a township printed alone (with no county) then resolved to nothing, so its villages and their committees were
  not read: the conjunction 和 glued between two words (法律法规和政策: no 和政县), and a short form that is the given
  name of a person listed after a label's colon or a list mark (委员：孙卫东、陈静: no 卫东区).
- A village committee's roster printed as labelled lines (某村村委会主任：甲, then 委员：乙、丙 on the next line): the
  members were persons with no post; a member title that opens the next line with a colon, printed without its body,
  is a post in the body of the labelled line before.
- A list of officials closed by a conjunction before its last title (副主任甲、乙和秘书长丙, printed in traditional
  characters as 和祕書長): the last official was a person; a conjunction there reads as a comma between officials, so a
  member title after it, printed without its body, is a post in the list's body.
- A quorum count right after a member title (主任、副主任和委员应到29人，实到27人): 应到 was read as the name after the
  title; 应到 and 实到 are no names (NotAName).
- A secretary who gives up a post he held together with another (某某同志不再兼任中共某县委书记职务): 不再兼任 was no
  verb of a post, so he was a person; it is one now, a leaving one (its tenure event is "end")."""
import pytest

from conftest import check_reading

SHORT_FORM_IN_WORDS_ROWS = [
    ("the conjunction and 政策 after a word",
     "广鹿岛镇召开换届选举大会，向选民宣传法律法规和政策。\n格仙村村委会主任：李红梅\n",
     {("Place", "广鹿岛镇"), ("Place", "格仙村"), ("Official", "李红梅")},
     {("格仙村", "partOf", "广鹿岛镇")}, set()),
    ("a member's given name in a roster line",
     "广鹿岛镇召开换届选举大会。\n格仙村村委会主任：李红梅\n委员：孙卫东、陈静\n",
     {("Place", "广鹿岛镇"), ("Place", "格仙村"), ("Official", "李红梅")},
     {("格仙村", "partOf", "广鹿岛镇")}, set()),
    ("a village secretary after a clause with 法规和政策",
     "小长山岛镇的回龙村召开村民大会，会上讲解了有关法规和政策。回龙村党支部书记王建军主持。",
     {("Place", "小长山岛镇"), ("Place", "回龙村"), ("Official", "王建军")},
     {("回龙村", "partOf", "小长山岛镇")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SHORT_FORM_IN_WORDS_ROWS,
                         ids=[r[0] for r in SHORT_FORM_IN_WORDS_ROWS])
def test_a_short_form_inside_words_or_names_leaves_the_town_resolved(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


ROSTER_LINE_ROWS = [
    ("two villages' rosters, head then members",
     "小长山岛镇召开换届选举大会。\n回龙村村委会主任：周建国\n委员：吴小燕、郑海波\n英杰村村委会主任：钱明\n委员：冯丽\n",
     {("Official", "吴小燕"), ("Official", "郑海波"), ("Official", "冯丽")},
     {("吴小燕", "holdsPost", "长海县回龙村村民委员会"), ("郑海波", "holdsPost", "长海县回龙村村民委员会"),
      ("冯丽", "holdsPost", "长海县英杰村村民委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROSTER_LINE_ROWS, ids=[r[0] for r in ROSTER_LINE_ROWS])
def test_a_roster_line_of_members_holds_posts_in_the_body_of_the_line_before(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CONJUNCTION_BEFORE_LAST_TITLE_ROWS = [
    ("a CPPCC's vice-chairs and its secretary-general after 和",
     "宁阳县政协副主席王明远、李华和秘书长赵强出席了座谈会。",
     {("Official", "赵强")}, {("赵强", "holdsPost", "中国人民政治协商会议宁阳县委员会")}, set()),
    ("a standing committee's deputies and its secretary-general after 以及",
     "会上，桦南县人大常委会副主任孙立、周红以及秘书长郑国栋分别发言。",
     {("Official", "郑国栋")}, {("郑国栋", "holdsPost", "桦南县人民代表大会常务委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CONJUNCTION_BEFORE_LAST_TITLE_ROWS,
                         ids=[r[0] for r in CONJUNCTION_BEFORE_LAST_TITLE_ROWS])
def test_a_member_title_after_a_list_conjunction_holds_a_post_in_the_lists_body(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


QUORUM_ROWS = [
    ("a standing committee's quorum after its members' titles",
     "县人大常委会主任陈立群主持会议，全体主任、副主任和委员应到29人，实到27人。",
     {("Official", "陈立群")}, set(), {"应到", "实到"}),
    ("the same in traditional characters",
     "全體主任、副主任和委員應到25人，實到24人。", set(), set(), {"应到", "實到", "應到", "实到"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", QUORUM_ROWS, ids=[r[0] for r in QUORUM_ROWS])
def test_a_quorum_count_after_member_titles_is_no_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


NO_LONGER_CONCURRENT_ROWS = [
    ("a new county secretary and the mayor who no longer holds the post too",
     "市委决定：周晓东同志任中共莒南县委书记，刘建华同志不再兼任中共莒南县委书记职务。",
     {("Official", "周晓东"), ("Official", "刘建华")}, {("刘建华", "holdsPost", "中共莒南县委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NO_LONGER_CONCURRENT_ROWS,
                         ids=[r[0] for r in NO_LONGER_CONCURRENT_ROWS])
def test_a_post_no_longer_held_concurrently_makes_an_official(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
