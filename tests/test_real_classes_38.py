"""Classes the thirty-eighth own people set showed (passages rewritten from real news of 甘肃, 青海, 贵州, 新疆 and 河北 on
appointments and elections: a provincial congress's plenary with its appointments, a provincial CPPCC's and a prefecture
CPPCC's elections, a city CPPCC's first roster, a new city secretary announced at a cadres' meeting, a secretary's résumé,
a provincial congress electing its leaders with notes of nationality, a department's cadres' meeting, provincial leaders
meeting a prefecture's deputies), each row a text written for this test, with other places and names than the set's.

- Names of an election's or an appointment's list with a note of the person after them (选举甲(回族)、乙、丙(女、藏族)为
  某省人大常委会副主任): the note closed the list at its first name, the rest read as people with no post. A note
  (NameNote) after a name of the list is skipped, and the list goes on.
- A Yi name of four in such a list (选举…、吉克阿木(彝族)、…为副省长): a Yi family name (YiClanName) opens it.
- A rare surname in a list after a title (副主席甲、贠某某、乙): 贠 was not a surname, and the list broke there
  (RareSurname).
- A name that ends in the appointment's link (任命刘某为为某委员会主任委员): the name was cut before its last character.
- The bodies of an autonomous prefecture or county printed after their level alone (自治州政协, 自治县人民政府,
  JurisdictionAbbrev 自治州 and 自治县), and an abbreviated CPPCC followed by its committee in one of its terms
  (自治州政协第十四届委员会主席): the same committee, not a unit of it.
- Names before a count and a verb of a vote with nothing between (某某等30人当选为…常务委员): each is elected.
- A roster under its body's heading (…名单如下：政协某县第一届委员会⏎主席：甲⏎副主席：乙 丙 丁): the bare titles that
  open its labelled lines are posts in the body that closes the line above them, and the names of a labelled line
  that single blanks separate are each the post's holder.
- 在执行主席席就座: the seat (席) and the verb of sitting (就座, NotGivenName) are no name after a title.
- A post taken after a post held and the one taken over from (某省委秘书长甲接替乙，出任某省委常委、某市委书记): the
  succession (SuccessionVerb 接替, 接任, and the name after it) stands between the name and its verb of a post, and the
  post printed before the name is kept beside the one taken, as an appointment keeps it.
- 某某日前已改任…: 改任 and 转任 are verbs of a post taken (PostVerb).
"""
import pytest

from conftest import check_reading


LIST_NOTE_ROWS = [
    ("names with notes of nationality in an election's list",
     "宁夏回族自治区召开大会。大会选举马文清(回族)、周海、卓玛(女、藏族)、刘成为宁夏回族自治区人大常委会副主任。",
     {("Official", "马文清"), ("Official", "周海"), ("Official", "卓玛"), ("Official", "刘成")},
     {("马文清", "holdsPost", "宁夏回族自治区人民代表大会常务委员会"), ("周海", "holdsPost", "宁夏回族自治区人民代表大会常务委员会"),
      ("卓玛", "holdsPost", "宁夏回族自治区人民代表大会常务委员会"), ("刘成", "holdsPost", "宁夏回族自治区人民代表大会常务委员会")}),
    ("a Yi name of four in an appointment's list",
     "四川省召开会议。会议任命王立新、吉克阿木(彝族)、张平为四川省人民政府副省长。",
     {("Official", "王立新"), ("Official", "吉克阿木"), ("Official", "张平")},
     {("吉克阿木", "holdsPost", "四川省人民政府"), ("张平", "holdsPost", "四川省人民政府")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", LIST_NOTE_ROWS, ids=[r[0] for r in LIST_NOTE_ROWS])
def test_a_note_after_a_name_of_an_appointed_list(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


def test_a_rare_surname_in_a_list_after_a_title(nlp):
    check_reading(nlp, "陕西省政协召开会议。省政协副主席李强、贠文华、赵明出席。",
                  {("Official", "贠文华"), ("Official", "赵明")},
                  {("贠文华", "holdsPost", "中国人民政治协商会议陕西省委员会"),
                   ("赵明", "holdsPost", "中国人民政治协商会议陕西省委员会")}, set())


def test_a_name_that_ends_in_the_link_of_its_appointment(nlp):
    check_reading(nlp, "山西省召开会议。会议决定任命郑子为为山西省人民代表大会教育科学文化卫生委员会主任委员。",
                  {("Official", "郑子为")},
                  {("郑子为", "holdsPost", "山西省人民代表大会教育科学文化卫生委员会")}, {"郑子"})


AUTONOMOUS_ROWS = [
    ("a prefecture's CPPCC by its level alone, in one of its terms",
     "博尔塔拉蒙古自治州召开会议。王建华当选为自治州政协第十二届委员会主席;李明、赵刚当选为自治州政协第十二届委员会副主席。",
     {("Official", "王建华"), ("Official", "李明"), ("Official", "赵刚")},
     {("王建华", "holdsPost", "中国人民政治协商会议博尔塔拉蒙古自治州委员会"),
      ("赵刚", "holdsPost", "中国人民政治协商会议博尔塔拉蒙古自治州委员会")}),
    ("an autonomous county's bodies by its level alone",
     "互助土族自治县召开会议。自治县人民政府县长李明、自治县政协主席赵华出席。",
     {("Official", "李明"), ("Official", "赵华")},
     {("李明", "holdsPost", "互助土族自治县人民政府"), ("赵华", "holdsPost", "中国人民政治协商会议互助土族自治县委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", AUTONOMOUS_ROWS, ids=[r[0] for r in AUTONOMOUS_ROWS])
def test_an_autonomous_place_by_its_level_alone(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, {"中国人民政治协商会议博尔塔拉蒙古自治州委员会第十二届委员会"})


def test_names_before_a_count_and_a_verb_of_a_vote(nlp):
    check_reading(nlp, "昌吉回族自治州召开会议。周平、何军等40人当选为州政协常务委员。",
                  {("Official", "周平"), ("Official", "何军")},
                  {("周平", "holdsPost", "中国人民政治协商会议昌吉回族自治州委员会"),
                   ("何军", "holdsPost", "中国人民政治协商会议昌吉回族自治州委员会")}, set())


def test_a_roster_under_its_body_heading(nlp):
    text = ("政协召开第一次会议，选举产生了领导机构，名单如下：政协武威市凉州区第一届委员会\n"
            "主席：陈光明\n副主席：张立 何青山 罗建国\n秘书长：孙平")
    body = "中国人民政治协商会议武威市凉州区委员会"
    check_reading(nlp, text,
                  {("Official", "陈光明"), ("Official", "张立"), ("Official", "何青山"), ("Official", "罗建国"),
                   ("Official", "孙平")},
                  {("陈光明", "holdsPost", body), ("何青山", "holdsPost", body), ("罗建国", "holdsPost", body),
                   ("孙平", "holdsPost", body)}, set())


def test_a_seat_after_a_title_is_no_name(nlp):
    check_reading(nlp, "省人大会议举行全体会议。大会执行主席王海、刘江在执行主席席就座。",
                  {("Official", "王海"), ("Official", "刘江")}, set(), {"席就座"})


def test_a_post_taken_after_the_one_taken_over_from(nlp):
    # 甲接替乙，出任…: the posts are 甲's, printed after a post he held; 乙 takes none of them
    text = "西宁市召开领导干部大会。经中共中央批准,四川省委秘书长周建平接替孙立,出任青海省委常委、西宁市委书记。"
    check_reading(nlp, text, {("Official", "周建平")},
                  {("周建平", "holdsPost", "中共青海省委员会"), ("周建平", "holdsPost", "中共西宁市委员会"),
                   ("周建平", "holdsPost", "中共四川省委员会")}, set(),
                  absent_facts={("孙立", "holdsPost", "中共西宁市委员会")})


def test_a_post_changed_to(nlp):
    check_reading(nlp, "西宁市召开大会。孙立日前已改任新疆维吾尔自治区党委常委、政法委书记。",
                  {("Official", "孙立")},
                  {("孙立", "holdsPost", "中共新疆维吾尔自治区委员会")}, set())
