"""Classes the seventy-seventh own programme set showed (digests of county and district media centres in 湖南, 河南,
广西, 福建, 黑龙江, 湖北, 贵州 and 云南: three or four short news items one after another, each with its own headline or
mark and its own doers), each row a text written for this test, with other places, names and schemes than the set's.

- The items of a page of short news, each opened by a bracketed headline and its own dateline (【…】某县讯, 【…】某县融媒
  3月11日讯) or by an item mark and its date (● 5月6日，…): the page was one article, so a bare 县委 in one item took the
  county another item named more often; each such item is an article of its own now (BriefItemMark,
  BriefDatelineEnd), two or more items needed for the split.
- The county of an item's dateline (隆回融媒讯 … 我县召开…，县委书记某某出席) votes for the item's home as a paper's city
  does, also where the gazetteer knows no short form (DatelineLevel completes the name; BriefOutlet is skipped); where
  no place was read there, the dateline's county is a mention of that county (方正融媒讯: 方正县).
- A village's Party organisation printed as 党组织 (某村党组织第一书记某某): no body was read, nor the official; it is the
  village's branch now (GrassrootsParty "village"), and after a township (某镇党组织) no body.
- 文明委 (a committee of spiritual civilisation) after a county's or a city's titles: no body was read; it is one now
  (AgencyAbbrev).
- A campaign named by an honour with a year between the scope and the name (全省2022年…行动先进单位): no scheme was read;
  the year may stand there, and 先进单位 is an honour for the units that carried it out (HonourPlaceAfter).
- 督察专员 (a department's inspector) after the department: no post was read; it is one now (Post).
- A quoted campaign before 创评活动 and a deployment meeting (召开“…”创评活动部署会): no scheme was read; 创评活动 is an
  event's head after a quote now (AfterQuoteHead).
- A run of works before 建设情况 opened by a referring word (到该县集中采访示范工程建设情况): read as a works project's
  name; a works name opens with no NameNotStart word now.
- A round's period between the verb and the quote (举行2023年第二季度“…”活动): the verb did not govern the quote; it
  does now (QuotePeriod), and 举行 organises an event as 举办 does (EventVerb).
"""
import pytest

from conftest import check_reading


ITEM_ROWS = [
    ("bracketed items with their own datelines: the first item's county head is its own county's",
     "县域快讯\n【舞阳召开防汛会议】舞阳讯 6月3日，舞阳县召开防汛工作会议。县委常委、常务副县长赵东升出席并讲话。\n"
     "【郏县调研春耕】郏县讯 6月4日，郏县县委副书记孙明远到郏县安良镇调研春耕，要求郏县各乡镇抓好农时。",
     {("Official", "赵东升"), ("Agency", "中共舞阳县委员会"), ("Agency", "舞阳县人民政府")},
     {("赵东升", "holdsPost", "中共舞阳县委员会"), ("赵东升", "holdsPost", "舞阳县人民政府"),
      ("孙明远", "holdsPost", "中共郏县委员会")},
     set(), {("赵东升", "holdsPost", "中共郏县委员会")}),
    ("dated bullet items: the first item's official is of the county that item names",
     "县区新闻速览\n● 5月6日，宝丰县召开乡村振兴推进会。会上，县委常委、宣传部部长李红梅作了部署。\n"
     "● 5月7日，鲁山县召开人居环境整治现场会，鲁山县县委副书记周建国在鲁山县辛集乡主持会议。",
     {("Agency", "中共宝丰县委员会"), ("Agency", "中共宝丰县委宣传部")},
     {("李红梅", "holdsPost", "中共宝丰县委员会"), ("李红梅", "holdsPost", "中共宝丰县委宣传部"),
      ("周建国", "holdsPost", "中共鲁山县委员会")},
     set(), {("李红梅", "holdsPost", "中共鲁山县委员会")}),
    ("an item that names its county only in its dateline (我县)",
     "融媒快报\n【我县召开安全生产会议】隆回融媒讯 5月6日，我县召开安全生产工作会议，县委书记刘建明出席并讲话。\n"
     "【陈志强到坪上镇调研】新邵讯 5月7日，新邵县委常委、宣传部部长陈志强到新邵县坪上镇调研。",
     {("Agency", "中共隆回县委员会")},
     {("刘建明", "holdsPost", "中共隆回县委员会"), ("陈志强", "holdsPost", "中共新邵县委宣传部")},
     set(), {("刘建明", "holdsPost", "中共新邵县委员会")}),
    ("an item's dateline county that has no short form in the gazetteer",
     "黑土快讯\n【我县部署秋收工作】方正融媒讯 9月20日，我县召开秋收工作部署会，县委书记高立军出席。\n"
     "【通河县调研秋收】通河讯 9月21日，通河县委副书记、县长赵宏伟到通河县浓河镇调研。",
     {("Place", "方正县"), ("Agency", "中共方正县委员会")},
     {("高立军", "holdsPost", "中共方正县委员会"), ("中共方正县委员会", "locatedIn", "方正县")},
     set(), {("高立军", "holdsPost", "中共通河县委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_facts", ITEM_ROWS, ids=[r[0] for r in ITEM_ROWS])
def test_items_of_a_digest_keep_their_own_doers(nlp, cls, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)


BODY_ROWS = [
    ("a village's Party organisation and its first secretary",
     "栏目组重点拍摄了平南县大安镇六陈村党组织第一书记黄海涛开展驻村帮扶的故事。",
     {("Agency", "中共平南县大安镇六陈村支部委员会"), ("Official", "黄海涛")},
     {("黄海涛", "holdsPost", "中共平南县大安镇六陈村支部委员会")},
     set()),
    ("a township's Party organisations are no one body",
     "大安镇党组织书记和各村党组织书记参加了培训。",
     set(), set(), {"中共大安镇支部委员会", "中共大安镇委员会"}),
    ("a department's inspector",
     "8月9日，省生态环境厅督察专员张明带队到文山州检查整改工作。",
     {("Official", "张明")},
     {("张明", "holdsPost", "云南省生态环境厅")},
     set()),
    ("a city's committee of spiritual civilisation among an official's titles",
     "宁乡市委常委、宣传部部长、市文明委副主任刘海燕出席会议并讲话。",
     {("Agency", "宁乡市精神文明建设委员会")},
     {("刘海燕", "holdsPost", "宁乡市精神文明建设委员会")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BODY_ROWS, ids=[r[0] for r in BODY_ROWS])
def test_grassroots_and_committee_bodies(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SCHEME_ROWS = [
    ("a campaign named by a year's honour for its units",
     "近日，省农业农村厅通报表彰全省2022年城乡环境综合整治行动先进单位，桃源县漳江街道名列其中。",
     {("Programme", "城乡环境综合整治行动")}, set(), set()),
    ("a quoted campaign of creating and rating before a deployment meeting",
     "3月12日，房县白鹤镇召开“美丽庭院”创评活动部署会。",
     {("Programme", "美丽庭院")}, set(), {"美丽庭院创评活动"}),
    ("a works run opened by a referring word is no name",
     "9月5日，省里组成督查组，到该市集中督查示范工程建设情况。",
     set(), set(), {"该市集中督查示范工程"}),
    ("a round's period between 举行 and the quoted event",
     "4月20日，某区举行2023年第二季度“百姓点题”活动，区委书记王志出席。",
     {("Programme", "百姓点题")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SCHEME_ROWS, ids=[r[0] for r in SCHEME_ROWS])
def test_schemes_under_an_honour_or_a_period(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
