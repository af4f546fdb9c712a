"""Classes the hundred-and-eighteenth own people set showed (a blind sample of appointment news: city secretaries
changed in 河北, deputies elected to 山西's congress, 福建's vote on appointees, 贵州's first pre-appointment notice in the
press, 甘肃's and 广东's standing committees appointing and removing, 新疆's new secretary announced at a meeting, a
deputy governor expected in 黑龙江), each row a text written for this test, with other places and names than the set's.

- A name of three parts joined by two dots longer than a two-part one may run (嘉木样·洛桑久美·图丹却吉尼玛, 15
  characters) in a list after a title: read whole, and the names after it stay the title's (``_transliterated_end`` in
  ``kg/ner/people.py``, ``_THREE_PART_NAME_MAX``).
- A list after a title whose next item is a former post printed with a place (市委书记甲、原石家庄市长乙): the place's
  title begins the next chain, no name (原石) is read before it (``_names_at``).
- 书记处书记 (a federation's or the Youth League's secretariat) is a title (titles.jsonl), a post in the body before it.
- A verb of a post, a title chain, 的 and the holder's name (出任某市政府党组副书记的某某，): the name holds the chain's posts
  (RelativeHolderMark in people.jsonl; ``_relative_holder_names``); not after a past verb or a past adverb right before
  the verb (此前担任…的某某，近日调任…), not where no name follows.
- The new term before an abbreviated body (当选新一届省政协主席, 新一届省政协主席某某): the body is read after it
  (BeforeAbbreviationWord 新一届 in agency_grammar.jsonl), and after a verb of a post the post is read past it
  (NewTermBeforePost in people.jsonl, skipped as a numbered term is).
- A counted list whose names each carry a title of their own, before a verb of a vote (原某市委书记甲、原某市长乙等7人当选
  副省长): every name of the list takes the post, not only the last (``_narratives``, ``_LISTED_TITLE_MAX``).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a three-part dotted name of fourteen characters first in a list after a title",
     "青海省人大常委会副主任夏日仓·洛桑丹增·图旦嘉措尼玛、王建军、李志强出席会议。",
     {("Official", "夏日仓·洛桑丹增·图旦嘉措尼玛"), ("Official", "王建军"), ("Official", "李志强")},
     {("夏日仓·洛桑丹增·图旦嘉措尼玛", "holdsPost", "青海省人民代表大会常务委员会"),
      ("王建军", "holdsPost", "青海省人民代表大会常务委员会")}, {"夏日仓"}),
    ("a former post with a place after a list's separator",
     "原邯郸市委书记赵明、原石家庄市长孙立出席会议。",
     {("Official", "赵明"), ("Official", "孙立")},
     {("赵明", "holdsPost", "中共邯郸市委员会"), ("孙立", "holdsPost", "石家庄市人民政府")}, {"原石"}),
    ("书记处书记 after a federation's deputy head",
     "四川省总工会副主席、书记处书记王建军出席会议。",
     {("Official", "王建军")}, {("王建军", "holdsPost", "四川省总工会")}, set()),
    ("a verb of a post, the chain, 的, then the holder",
     "日前出任绥化市政府党组副书记的刘建民，预计将获任副市长。",
     {("Official", "刘建民")}, {("刘建民", "holdsPost", "绥化市人民政府")}, set()),
    ("担任, the chain, 的, the holder and a verb of speech",
     "担任宁安市委书记的周晓东表示，要抓好落实。",
     {("Official", "周晓东")}, {("周晓东", "holdsPost", "中共宁安市委员会")}, set()),
    ("control: 此前 right before the verb, a post held before and a new one after the name",
     "此前担任嫩江县委副书记的孙丽，近日调任黑河市委组织部副部长。",
     {("Official", "孙丽")}, {("孙丽", "holdsPost", "中共黑河市委组织部")}, set()),
    ("当选, 新一届, then an abbreviated body's post",
     "在山东省政协全体会议上，王海涛当选新一届省政协主席。",
     {("Official", "王海涛")}, {("王海涛", "holdsPost", "中国人民政治协商会议山东省委员会")}, set()),
    ("新一届 before an abbreviated body and its title",
     "在山东省政协全体会议上，新一届省政协主席王海涛讲话。",
     {("Official", "王海涛")}, {("王海涛", "holdsPost", "中国人民政治协商会议山东省委员会")}, set()),
    ("a counted list of names each printed with a title of its own before a verb of a vote",
     "在湖南省人代会上，株洲市委书记王群、原岳阳市长李明、省委秘书长赵军等5人当选副省长。",
     {("Official", "王群"), ("Official", "李明"), ("Official", "赵军")},
     {("王群", "holdsPost", "湖南省人民政府"), ("李明", "holdsPost", "湖南省人民政府"),
      ("赵军", "holdsPost", "湖南省人民政府"), ("王群", "holdsPost", "中共株洲市委员会")}, set()),
    ("control: 的 then no name",
     "他担任村支书的第三年，村里修了路。", set(), set(), {"第三年"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_118(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
