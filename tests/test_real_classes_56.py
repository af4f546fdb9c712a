"""Classes the fifty-sixth own people set showed (passages rewritten from real news of 湖北, 湖南, 广东, 福建 and 海南
on careers over time: obituaries of retired officials with their careers, a mayor's résumé printed as dated lines, a
new city secretary's profile, a provincial secretary visiting two dead county secretaries' families, a city's notice
before appointment with a cadre moved between two county-level cities, a new city's secretary and mayor in a notice,
a county secretary in traditional characters named for promotion), each row a text written for this test, with other
places and names than the set's.

- A career opened by 先后任 (1949年12月起先后任某市副市长，某市副市长等): 先后任 was no verb of a career, so the
  governments its titles imply were not read, nor the official; it is one now (PastPostVerb "career"), and a place
  may follow it.
- A career told in several sentences, each opened by its year (1945年起先后任…等。1949年12月起先后任…。1971年起先后任
  某市革委会…组长等。1980年起任…): the items after the first lost their official where the item before closed with
  等 (CareerItemClose), where the year of the next one stood before its verb (1949年12月起, CareerYearOpen), or where an
  item between them had no title any rule reads: the career goes on through each.
- A career's item printed as a year, 后 and a comma before 任 (1983年后，任某县人大常委会副主任；1988年后，任…),
  items closed by a half-width semicolon (SentenceEnd ;), in a paragraph of its own after the profile's first one,
  which opens with the name (某某，男，1946年生…。⏎1976年后，任…): none of it was read.
- A post won by a vote in a profile (曾任某集团董事长，2012年当选某市市长): 当选 was no verb of a career's item and
  no place was read after it; CareerYearVerb and BeforePlaceWord 当选 now.
- A name before a verb of a post to be taken (县委书记某某拟任副市长, 拟提名, 拟推荐): the name took 拟 as its last
  character (AfterName 拟任).
- A name before 因病 or 因公 (县委书记某某因病去世): the name took 因.
- A standing committee deciding an acting head (决定某某为某市代理市长): 决定 is a verb of appointment there, as 任命 is.
- A year before a pronoun before 被任命为 (2012年他被任命为某市委书记): 年他 was an official; a pronoun is no given name.
- 已 after a two-character name before a verb of a post (某某已调任…): the name took 已; 已 never ends a name of three,
  and 升任 is a verb of a post taken (某某已升任某区党委常委、政法委书记).
"""
import pytest

from conftest import check_reading


CAREER_ROWS = [
    ("先后任 opening a career of governments",
     "刘振华,1925年生,1946年入党。1950年起先后任汝城县县长,郴州市副市长等。",
     {("Official", "刘振华"), ("Agency", "汝城县人民政府"), ("Agency", "郴州市人民政府")},
     {("刘振华", "holdsPost", "汝城县人民政府"), ("刘振华", "holdsPost", "郴州市人民政府"),
      ("汝城县人民政府", "locatedIn", "汝城县")},
     set()),
    ("a career in three sentences, the first closed by 等, the second one no rule reads",
     "陈志远,1930年生,1949年入党。1952年3月起先后任宁德县县长,漳州市副市长等。"
     "1970年5月起先后任漳州市革委会生产组、政工组组长等。1981年2月起任泉州市委副书记、市长。",
     {("Official", "陈志远"), ("Agency", "泉州市人民政府"), ("Agency", "中共泉州市委员会")},
     {("陈志远", "holdsPost", "漳州市人民政府"), ("陈志远", "holdsPost", "泉州市人民政府"),
      ("陈志远", "holdsPost", "中共泉州市委员会")},
     set()),
    ("dated items after 后 and a comma, half-width semicolons, a paragraph after the profile's first",
     "何国强,男,1950年3月生,广东梅州人。现任某公司顾问。\n"
     "1980年后,任连平县人大常委会副主任;1986年后,任梅州市政府副秘书长;1993年后,任广东省政府副秘书长。",
     {("Official", "何国强"), ("Agency", "连平县人民代表大会常务委员会"), ("Agency", "广东省人民政府")},
     {("何国强", "holdsPost", "连平县人民代表大会常务委员会"), ("何国强", "holdsPost", "广东省人民政府")},
     set()),
    ("a mayor's post won by a vote in a profile",
     "黄伟明,男,1962年5月出生,广东揭西人。曾任广东某集团总经理,2011年11月当选江门市市长。",
     {("Official", "黄伟明"), ("Agency", "江门市人民政府"), ("Place", "江门市")},
     {("黄伟明", "holdsPost", "江门市人民政府")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CAREER_ROWS, ids=[r[0] for r in CAREER_ROWS])
def test_careers_over_time(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


NAME_ROWS = [
    ("a two-character name before 拟任",
     "祁东县委书记唐军拟任衡阳市副市长。",
     {("Official", "唐军"), ("Agency", "中共祁东县委员会")},
     {("唐军", "holdsPost", "中共祁东县委员会")},
     {"唐军拟"}),
    ("a two-character name before 拟提名",
     "现任宜都市委副书记王东拟提名为宜都市市长人选。",
     {("Official", "王东")},
     {("王东", "holdsPost", "中共宜都市委员会")},
     {"王东拟"}),
    ("a two-character name before 因病",
     "时任常德市政协副主席、桃源县委书记罗斌因病去世。",
     {("Official", "罗斌")},
     {("罗斌", "holdsPost", "中共桃源县委员会")},
     {"罗斌因"}),
    ("决定 before the name of an acting mayor",
     "市人大常委会接受其辞职,随后决定李卫东为韶关市代理市长。",
     {("Official", "李卫东"), ("Agency", "韶关市人民政府")},
     {("李卫东", "holdsPost", "韶关市人民政府")},
     set()),
    ("a pronoun after a year before 被任命为",
     "首任书记郭文杰已调任省里,2012年他被任命为北海市委书记、市长。",
     set(),
     set(),
     {"年他"}),
    ("已 after a two-character name before 升任",
     "据悉,邓峰已升任广西壮族自治区党委常委、政法委书记。",
     {("Official", "邓峰")},
     {("邓峰", "holdsPost", "中共广西壮族自治区委员会"), ("邓峰", "holdsPost", "中共广西壮族自治区委政法委员会")},
     {"邓峰已"}),
    ("已 after a two-character name before 调任",
     "据悉,邓峰已调任柳州市委常委。",
     {("Official", "邓峰")},
     {("邓峰", "holdsPost", "中共柳州市委员会")},
     {"邓峰已"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NAME_ROWS, ids=[r[0] for r in NAME_ROWS])
def test_names_before_verbs_of_posts(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
