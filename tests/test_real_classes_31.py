"""Classes the thirty-first own people set showed (passages rewritten from real news of 河北, 黑龙江, 山东, 吉林, 内蒙古
and 辽宁: standing-committee appointments, a province's county secretaries, a town's Party meeting and three villages'
committee elections), each row a text written for this test, with other places and names than the set's.

- A short form read inside ordinary words or inside a listed person's name gave the page another province's context,
  and a township printed alone (with no county) then resolved to nothing, so its villages and their committees were
  not read: the conjunction 和 glued between two words (法律法规和政策: no 和政县), and a short form that is the given
  name of a person listed after a label's colon or a list mark (委员：孙卫东、陈静: no 卫东区)."""
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
