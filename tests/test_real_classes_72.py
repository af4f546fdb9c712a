"""Classes the seventy-second own people set showed (passages rewritten from real news of the four municipalities:
a municipal Party secretary visiting villages of 天津's districts, a municipal CPPCC vice-chairman's visit to a
重庆 district with its leaders listed, district secretaries moved in 重庆, two 上海 district congresses' appointments,
a 上海 committee of municipal bureaus' heads, a 上海 street's Party working committee and office, 重庆's district CPPCC
chairs), each row a text written for this test, with other places and names than the set's.

- 任 before 重庆 (某某任重庆市副市长): 任 is no verb of a post before 重 (任重道远), so every post taken in 重庆 was lost
  and the name read as a person; the block is lifted where 庆 follows (PostVerb 任 "unless").
- A post left with no 职务 after it (某某不再兼任某区委书记), then a post taken after the comma (，改任…秘书长): nothing was
  read and the name became a person; 不再担任, 不再兼任 ("bare") need no 职务, and a verb of a move right after the comma
  that closes such a clause (LeftPostComma) gives its post to the same name, one reading with both posts.
- A municipal bureau by its short name (市经济信息化委副主任, 区经委副主任): no body and no official; AgencyAbbrev
  经济信息化委, 经委 (and 住房城乡建设委).
- 管委会 printed alone after a title, a name and 任 (副市长某某任管委会主任): the words before 管委会 were read as a zone's
  name (某市副市长某某任新区管理委员会) and the vice-mayor was lost; a zone's name holds no title (ZoneNameBar).
- 管委会 alone after a committee printed in full before it (…开发建设管理委员会。今后管委会组成人员…): read as a zone of the
  article's place (某市新区管理委员会); now no body of its own (`_zone_committees`).
"""
import pytest

from conftest import check_reading


MOVE_ROWS = [
    ("a post taken in 重庆 after 任",
     "日前，张国强任重庆市人民政府秘书长。",
     {("Official", "张国强"), ("Agency", "重庆市人民政府")},
     {("张国强", "holdsPost", "重庆市人民政府")},
     set()),
    ("a vice-mayor of 重庆 after 任",
     "经市人大常委会会议表决，李文斌任重庆市副市长。",
     {("Official", "李文斌")},
     {("李文斌", "holdsPost", "重庆市人民政府")},
     set()),
    ("guard: 任重道远 is no post",
     "全区干部深感任重道远。",
     set(), set(), {"道远"}),
    ("a district secretary's post left with no 职务, then a post taken after the comma",
     "陈志高不再兼任黔江区委书记，改任重庆市人民政府秘书长。",
     {("Official", "陈志高")},
     {("陈志高", "holdsPost", "重庆市人民政府")},
     set()),
    ("a post left with 职务, then a post taken after the comma",
     "同日，赵立新辞去城口县委书记职务，调任重庆市人民政府副秘书长。",
     {("Official", "赵立新")},
     {("赵立新", "holdsPost", "重庆市人民政府")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", MOVE_ROWS, ids=[r[0] for r in MOVE_ROWS])
def test_posts_taken_and_left(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BUREAU_ROWS = [
    ("municipal and district economic committees by their short names",
     "闵行区召开会议，区经委副主任周明亮作报告，市经济信息化委主任赵大明出席。",
     {("Official", "周明亮"), ("Official", "赵大明"), ("Agency", "上海市经济和信息化委员会"),
      ("Agency", "上海市闵行区经济委员会")},
     {("周明亮", "holdsPost", "上海市闵行区经济委员会"), ("赵大明", "holdsPost", "上海市经济和信息化委员会")},
     set()),
    ("a vice-mayor made head of a committee printed as 管委会",
     "北京市人民政府办公厅发文，副市长王建军任管委会主任。",
     {("Official", "王建军")},
     {("王建军", "holdsPost", "北京市人民政府")},
     {"北京市副市长王建军任新区管理委员会"}),
    ("管委会 alone after a committee printed in full",
     "北京市人民政府办公厅发文，决定成立北京现代种业产业园（通州）开发建设管理委员会。今后管委会组成人员如有变动，由所在单位接任领导替补。",
     {("Agency", "北京市人民政府办公厅")},
     set(), {"北京市新区管理委员会"}),
    ("guard: a zone's committee by its own name is still read",
     "开平市翠山湖管委会主任张三出席。",
     {("Agency", "开平市翠山湖新区管理委员会")},
     set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BUREAU_ROWS, ids=[r[0] for r in BUREAU_ROWS])
def test_municipal_bureaus(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
