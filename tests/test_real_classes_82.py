"""Classes the eighty-second own programme set showed (township and town government news: a town's Party secretary and
head, its campaigns and meetings, village Party secretaries and first secretaries, provincial model towns and villages),
each row a text written for this test, with other places, names and schemes than the set's.

- The members of a designation named before, listed after its bare head and 的是 (入选示范镇的是甲县A镇和乙县B乡): 是 was
  no word that opens such a list (MemberListLead), so the towns were not linked; 的有 and 分别是 were.
- 新任 before a post (学院新任驻村工作队队长、某村党支部第一书记某某; 某某新任某镇党委书记): 新 was read as the last character
  of a name before the verb 任 (an official 学院新), and a name before 新任 took no post; 新任 is a verb of a post now.
- A frame of purpose that runs over a second clause opened by its own verb (为贯彻…精神，落实“…”部署，近日，某镇召开…):
  the scheme in the second clause was not the subject's, since only a scheme before the first comma was; the frame now
  ends at the first comma whose clause does not open with a verb of purpose (PurposeDegree, PurposeVerb).
- A verb before 社区治理 after a town (某镇织牢社区治理网): read as a community the gazetteer lacks (织牢社区); a level
  word that opens a longer everyday word of its own (LevelCharWord 社区治理) makes no name of what stands before it now.
- Zhejiang's 小城镇环境综合整治 (行动), printed bare in town news (某镇扎实推进小城镇环境综合整治): no scheme was read; it is a
  known scheme of its home province in programmes.jsonl now.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("members after a designation's bare head and 的是",
     "近日，安徽省林业局公布第三批全省森林乡村示范村名单，全省共有120个村入选。入选示范村的是临泉县高塘镇王庄村和"
     "阜南县黄岗镇李集村。",
     {("Programme", "安徽省森林乡村示范村")},
     {("王庄村", "implements", "安徽省森林乡村示范村"), ("李集村", "implements", "安徽省森林乡村示范村")},
     set()),
    ("新任 before a post is no part of the name before it",
     "学院新任驻村工作队队长、东岭村党支部第一书记赵志强表示，将尽快熟悉村情。",
     {("Official", "赵志强")}, set(), {"学院新"}),
    ("a name before 新任 takes the post after it",
     "王建国新任石桥镇党委书记。",
     {("Official", "王建国")}, {("王建国", "holdsPost", "中共石桥镇委员会")}, set()),
    ("a frame of purpose over a second clause opened by its verb",
     "为认真贯彻全县农村工作会议精神，推进“五清一改”专项行动，日前，泾阳县安吴镇召开专题部署会。",
     {("Programme", "五清一改专项行动")}, {("安吴镇", "implements", "五清一改专项行动")}, set()),
    ("a verb before 社区治理 after a town names no community",
     "泰兴市黄桥镇织牢社区治理网，各村配齐网格员。",
     {("Place", "黄桥镇")}, set(), {"织牢社区"}),
    ("a verb before 社区治理 after a street names no community",
     "城南街道夯实社区治理根基，各社区配齐网格员。",
     {("Place", "城南街道")}, set(), {"夯实社区"}),
    ("Zhejiang's small-town environment scheme printed bare",
     "今年以来，新登镇扎实推进小城镇环境综合整治，集镇面貌明显改善。",
     {("Programme", "小城镇环境综合整治")}, {("新登镇", "implements", "小城镇环境综合整治")}, set()),
    ("guard: a community after its town is read as before",
     "近日，新桥镇金星社区召开居民议事会。",
     {("Place", "金星社区")}, {("金星社区", "partOf", "新桥镇")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_town_news_classes(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
