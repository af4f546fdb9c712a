"""Classes the hundred-and-fifth own people set showed (a blind sample of personnel news of provinces, counties and cities:
a provincial standing committee's appointments in 山东, resignations accepted in 四川, an acting governor in 湖北 as a county's
site printed it, a deputy county head appointed in 盐山县, a county's notice before appointments in 云南, county secretaries
moved in 浙江), each row a text written for this test, with other places and names than the set's.

- Names, an adverb of time, then 分别 and a verb of a post (甲、乙此前分别任某县委书记、某县委书记): each name takes the post
  in its place (``_respective_posts`` in ``kg/ner/people.py`` reads NameVerbAdverb before 分别; a past one makes the posts
  former).
- Three names and three posts of which the first two read as one chain (甲、乙、丙此前分别任某区委书记、某区委书记和某县委书记):
  one title each where the titles of the chains add up to the names.
- Two names before 辞去 (接受甲、乙辞去省政府副省长职务的请求): both leave the post (PostVerb 辞去 "listed").
- A title alone between a list's separator and a comma (先后担任某镇人大主席、镇长，某镇党委书记): no name
  (``_titles_between_commas`` skips what reads whole as a title).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("two names, 此前, then 分别任 and two posts",
     "本次调整中，周建国、孙海涛此前分别任安吉县委书记、德清县委书记，拟任设区市副市长。",
     {("Official", "周建国"), ("Official", "孙海涛")},
     {("周建国", "holdsPost", "中共安吉县委员会"), ("孙海涛", "holdsPost", "中共德清县委员会")}, set()),
    ("three names, 此前分别任, the first two posts read as one chain",
     "钱志明、赵国平、郑晓东此前分别任柯桥区委书记、越城区委书记和新昌县委书记，拟任市直部门主要负责人。",
     {("Official", "钱志明"), ("Official", "赵国平"), ("Official", "郑晓东")},
     {("钱志明", "holdsPost", "中共绍兴市柯桥区委员会"), ("赵国平", "holdsPost", "中共绍兴市越城区委员会"),
      ("郑晓东", "holdsPost", "中共新昌县委员会")}, set()),
    ("two names before 辞去 a post",
     "会议决定，接受杨建华、罗志刚辞去甘肃省人民政府副省长职务的请求。",
     {("Official", "杨建华"), ("Official", "罗志刚")}, set(), set()),
    ("a title alone between a separator and a comma in a list of posts",
     "他先后担任临邑县临盘镇人大主席、镇长，德平镇党委书记，临邑县农业农村局局长等职务。",
     set(), set(), {"镇长"}),
    ("three names and three posts with no adverb, the first two posts read as one chain",
     "钱志明、赵国平、郑晓东分别任柯桥区委书记、越城区委书记和新昌县委书记。",
     {("Official", "钱志明"), ("Official", "赵国平"), ("Official", "郑晓东")},
     {("钱志明", "holdsPost", "中共绍兴市柯桥区委员会"), ("赵国平", "holdsPost", "中共绍兴市越城区委员会"),
      ("郑晓东", "holdsPost", "中共新昌县委员会")}, set()),
    # controls
    ("names, 分别 and a verb of a post with no adverb (read so before)",
     "周建国、孙海涛分别任安吉县委书记、德清县委书记。",
     {("Official", "周建国"), ("Official", "孙海涛")},
     {("周建国", "holdsPost", "中共安吉县委员会"), ("孙海涛", "holdsPost", "中共德清县委员会")}, set()),
    ("a name between commas before its titles (read so before)",
     "座谈会上，李建平，村党支部书记，介绍了村里的产业发展情况。",
     {("Official", "李建平")}, set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_105(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
