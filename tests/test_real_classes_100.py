"""Classes the hundredth own people set showed (a blind sample of ordinary county and city government news: a
campaign of river clean-up in 迁西县, a provincial list of nominees for outstanding county secretaries in 山西, a regional
CPPCC chairman's tour of 呼伦贝尔市, a democratic party's survey of leading counties in 辽宁 and another's in 佳木斯市, a
provincial secretary at 吴江区, county delegations' visits in 浙江, a city standing committee's office day in 歙县), each
row a text written for this test, with other places and names than the set's.

- A chair's title after a Party group's post in a body a chair heads (某自治区政协党组书记、主席某某; 总工会): the body's
  chair, not the region's government chairman (ChairedBody, read by ``_heads_body`` in ``kg/ner/people.py``), while
  某自治区党委常委、副主席某某 stays a post in the region's government.
- A name whose last character is 和 before an adverb of going together (主席某贵和一同参加): 一同 and 一起 stand before a
  verb (AfterName "verb"), so the 和 is the name's, not a conjunction.
- A name, its sex (and nationality) set off by commas, then its titles (某某，女，某县县委书记): the titles are the name's
  (``comma_note`` in ``_titles_between_commas``), and a nationality so printed (汉族) is no name.
- Two places' bodies joined by a conjunction (某市产业园和某市人民法院): a conjunction before a place's full name ends a
  free body's name (``_full_place_at`` in ``kg/ner/agencies.py``), so the second body is read alone.
- A banner's customary abbreviation (莫旗 for 莫力达瓦达斡尔族自治旗): CustomaryForm.
- A scheme named inside a quoted theme of a survey (围绕“…推进兴边富民”两个主题开展调研): a verb inside the quote governs
  nothing outside it, so the place visited is no doer (ThemeNoun; ``_in_quoted_theme`` in ``kg/relations.py``).
- A province's named scheme printed unquoted (大黄山建设, 大黄山世界级休闲度假康养旅游目的地建设 of 安徽省): Programme
  (programmes.jsonl).
- A delegation's leader named after it (甲县党政代表团来到乙县，带队的是县长某某): the head of 甲县's government, not of
  乙县's printed nearer, and a bare 县委 after the cue is 甲县's too (LedBackCue; ``delegation_led_back`` in
  ``kg/ner/jurisdiction.py``, used by the title chains and the abbreviations of ``kg/ner/agencies.py``).
"""
import pytest

from conftest import check_reading


ROWS = [
    # a chair after a Party group's post
    ("a regional CPPCC's Party group secretary and chairman",
     "宁夏回族自治区政协党组书记、主席马文华出席会议。",
     {("Official", "马文华"), ("Agency", "中国人民政治协商会议宁夏回族自治区委员会")},
     {("马文华", "holdsPost", "中国人民政治协商会议宁夏回族自治区委员会")},
     {"宁夏回族自治区人民政府"}, set()),
    ("a regional trade union's Party group secretary and vice chairman",
     "广西壮族自治区总工会党组书记、副主席黄立新出席活动。",
     {("Official", "黄立新"), ("Agency", "广西壮族自治区总工会")},
     {("黄立新", "holdsPost", "广西壮族自治区总工会")},
     {"广西壮族自治区人民政府"}, set()),
    ("a regional Party standing committee member and vice chairman (the government's, as before)",
     "广西壮族自治区党委常委、副主席王强出席会议。",
     {("Official", "王强")},
     {("王强", "holdsPost", "广西壮族自治区人民政府"), ("王强", "holdsPost", "中共广西壮族自治区委员会")},
     set(), set()),
    # a name ending in 和 before an adverb
    ("a name ending in 和 before 一同",
     "兴安盟政协主席张德和一同参加调研。",
     {("Official", "张德和")}, set(), {"张德"}, set()),
    ("a name ending in 和 before 一起",
     "科右前旗副旗长刘永和一起察看了灌区工程。",
     {("Official", "刘永和")}, set(), {"刘永"}, set()),
    # a sex note between commas
    ("a name, her sex, then her titles in a list",
     "拟推荐对象为：陈立新，正宁县委书记；李红梅，女，宁县县委书记、二级巡视员。",
     {("Official", "李红梅"), ("Official", "陈立新")},
     {("李红梅", "holdsPost", "中共宁县委员会"), ("陈立新", "holdsPost", "中共正宁县委员会")}, set(), set()),
    ("a name, her sex and nationality, then her titles",
     "出席会议的有：赵秀英，女，汉族，合水县委常委、宣传部部长；孙刚，副县长。",
     {("Official", "赵秀英")}, {("赵秀英", "holdsPost", "中共合水县委员会")}, {"汉族"}, set()),
    # two bodies joined by a conjunction before a place's full name
    ("a park and a court of the same city joined by 和",
     "考察组走进牙克石市物流园和牙克石市人民法院。",
     {("Agency", "牙克石市人民法院")}, set(), {"牙克石市物流园和牙克石市人民法院"}, set()),
    ("a school and a procuratorate of one county joined by 与",
     "调研组先后来到宁县第二中学与宁县人民检察院。",
     {("Agency", "宁县人民检察院")}, set(), {"宁县第二中学与宁县人民检察院"}, set()),
    ("a bureau whose name holds 和 (read as before)",
     "宁县住房和城乡建设局召开安全生产会议。",
     {("Agency", "宁县住房和城乡建设局")}, set(), set(), set()),
    # a banner's customary abbreviation
    ("a banner printed by its customary abbreviation",
     "莫旗人民检察院开展普法宣传。",
     {("Agency", "莫力达瓦达斡尔族自治旗人民检察院"), ("Place", "莫力达瓦达斡尔族自治旗")}, set(), set(), set()),
    # a delegation's leader named after it
    ("a county delegation's leader named after the visit",
     "安吉县党政代表团来到庆元县考察，带队的是县长王刚。",
     {("Official", "王刚")}, {("王刚", "holdsPost", "安吉县人民政府")}, set(),
     {("王刚", "holdsPost", "庆元县人民政府")}),
    ("a county delegation's leader, a Party secretary, named after the visit",
     "长兴县党政代表团来到庆元县学习考察，带队的是县委书记李军。",
     {("Official", "李军")}, {("李军", "holdsPost", "中共长兴县委员会")}, {"中共庆元县委员会"}, set()),
    ("a county delegation's leader with a chain of a Party and a government post",
     "桐乡市党政代表团到景宁畲族自治县考察，带队的是市委副书记、市长周敏。",
     {("Official", "周敏")}, {("周敏", "holdsPost", "中共桐乡市委员会"), ("周敏", "holdsPost", "桐乡市人民政府")}, set(),
     {("周敏", "holdsPost", "景宁畲族自治县人民政府")}),
    ("a district delegation's leader, the district printed after its city",
     "宁波市北仑区党政代表团到松阳县学习考察，率队的是区长陈伟。",
     {("Official", "陈伟")}, {("陈伟", "holdsPost", "宁波市北仑区人民政府")}, set(),
     {("陈伟", "holdsPost", "松阳县人民政府")}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent,absent_facts", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_100(nlp, label, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)


# a quoted theme of a survey: a verb inside it governs nothing outside (ThemeNoun; ``_in_quoted_theme`` in kg/relations.py)
THEME_ROWS = [
    ("a scheme in a quoted theme after a visited city",
     "农工党调研组来到黑河市，围绕“加强口岸建设 推进兴边富民”主题开展专项调研。", ("黑河市", "兴边富民行动"), False),
    ("a scheme in the second of two quoted themes",
     "调研组到绥芬河市，就“扩大开放”和“推进兴边富民”两个课题开展调研。", ("绥芬河市", "兴边富民行动"), False),
    ("a city carrying out the scheme (read as before)",
     "黑河市深入推进兴边富民行动，边境村人口稳步回升。", ("黑河市", "兴边富民行动"), True),
]


@pytest.mark.parametrize("label,text,link,read", THEME_ROWS, ids=[r[0] for r in THEME_ROWS])
def test_quoted_theme_names_no_doer(label, text, link, read):
    from conftest import programmes_and_links

    _, links = programmes_and_links(text)
    assert (link in links) is read, sorted(links)


# a province's named scheme printed without quotes (programmes.jsonl)
SCHEME_ROWS = [
    ("the scheme's short name after a verb of pushing", "黄山区加快推进大黄山建设，打造世界级旅游目的地。", "大黄山建设"),
    ("the scheme's full name", "岳西县推进大黄山世界级休闲度假康养旅游目的地建设。", "大黄山建设"),
]


@pytest.mark.parametrize("label,text,name", SCHEME_ROWS, ids=[r[0] for r in SCHEME_ROWS])
def test_named_scheme_unquoted(label, text, name):
    from conftest import programmes_and_links

    progs, _ = programmes_and_links(text)
    assert name in progs, sorted(progs)
