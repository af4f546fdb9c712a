"""Classes the ninety-first own programme set showed (provinces', cities' and counties' policy documents, the briefings
that explain them and the campaigns they launch, beside look-alikes), each row a text written for this test, with other
places, bodies and documents than the set's.

- A briefing named after a document with what it is about between (某新闻办举行推进《…条例》实施新闻发布会, 《…规划》政策
  解读新闻发布会: BriefingTopicTail): the office that holds the briefing carries nothing of the document out, as it did
  not where the briefing's name followed the document at once (BriefingAfter).
- A body glued to a title, then a second title after 和 (国务院办公厅《关于…的意见》和《某省…条例》): the second title, when it
  opens with a place the body is not named for, is that place's own, not the first title's issuer's.
- A bare street office as a later item of a run a word of each opens (请各乡镇人民政府、街道办事处认真组织实施, a notice's
  address line): every street's office, no one body (not the office of the street the article names later).
- A verb of explaining a document after a bare role (有关负责人解读时表示, 负责人解答时说): no person's name.
- A quoted count of principles or musts after a verb of following (落实“五个坚持”, 践行“三个务必”, 牢记“五个必须”): a
  formula of the line, as 两个维护 is (NotProgrammePattern), no programme; a count with a scheme's words (“五个振兴”) stays.
- A scheme framed by 围绕 right before an oversight of it (某市政协围绕“…”开展专题视察, 人大常委会…开展执法检查:
  OversightFrameVerb, OversightWork): the overseeing body carries nothing out; a body's own 督查 is no such oversight.
  Nor does a verb whose object is such an oversight (开展专题视察，实地察看了…项目) govern the project looked at after it.
- A consumption season run under a quoted name (启动“某某”消费季: AfterQuoteHead 消费季, an event head) is a campaign.
- A place or body right after a verb of hosting or bidding for an event (全力申办2023年某省…启动仪式，精心组织…;
  EventHostVerb: 申办, 承办, 举办, 召开 …), a year perhaps between, names the event: it is no subject of a later verb.
- 安办 and 安委会 are the short forms of a work-safety committee's office and of the committee (市安办, 县安委会).
- A leader named inside a document's title (《关于认真贯彻落实习近平总书记重要讲话精神…的实施意见》): the title is still
  read as a programme, and its issuers carry it out.
"""
import pytest

from conftest import check_reading, read_names


ROWS = [
    ("a briefing on putting a regulation into effect: the office that holds it carries nothing out",
     "上午，江西省人民政府新闻办公室举行推进《江西省湿地保护条例》实施新闻发布会，省林业局副局长介绍有关情况。",
     {("Programme", "《江西省湿地保护条例》"), ("Agency", "江西省人民政府新闻办公室")},
     set(),
     set()),
    ("a policy-explaining briefing named after a plan: the office that holds it carries nothing out",
     "9日，南昌市人民政府新闻办公室举办《南昌市“十四五”城市更新规划》政策解读新闻发布会。",
     {("Programme", "《南昌市“十四五”城市更新规划》"), ("Agency", "南昌市人民政府新闻办公室")},
     set(),
     set()),
    ("a national office's opinion and a province's own regulation after 和: the office issued only the first",
     "方案依据国务院办公厅《关于加强耕地保护的意见》和《湖北省耕地保护条例》制定。",
     {("Programme", "《关于加强耕地保护的意见》"), ("Programme", "《湖北省耕地保护条例》")},
     {("国务院办公厅", "implements", "《关于加强耕地保护的意见》")},
     set()),
    ("a notice's address line with 各 before a run of kinds of body: no one street's office",
     "临海市人民政府印发方案，请各镇人民政府、街道办事处认真组织实施。大洋街道将率先开展整治。",
     {("Agency", "临海市人民政府"), ("Place", "大洋街道")},
     set(),
     {"临海市大洋街道办事处"}),
    ("a verb of explaining with 时 after a bare role: no name",
     "市农业农村局有关负责人解读时表示，办法的出台为产业发展提供了保障。",
     set(),
     set(),
     {"解读时"}),
    ("quoted counts of principles and musts after verbs of following: no programme",
     "会议要求，各级各部门要落实“五个坚持”，践行“三个务必”，牢记“五个必须”，深入实施“五个振兴”。",
     {("Programme", "五个振兴")},
     set(),
     {"五个坚持", "三个务必", "五个必须"}),
    ("a city's political consultative conference inspecting a campaign framed by 围绕: no doer",
     "近日，郴州市政协组织部分委员围绕“城市更新行动”开展专题视察，实地察看了老旧小区改造项目。",
     {("Programme", "城市更新行动")},
     set(),
     set()),
    ("a county's people's congress checking a campaign framed by 围绕: no doer",
     "今年以来，醴陵市人大常委会围绕“优化营商环境攻坚行动”开展执法检查。",
     set(),
     set(),
     set()),
    ("a city's consumption season under a quoted name, organised among other events",
     "方案提出，精心组织“乐享株洲”消费季、“湘味株洲”美食节等促消费活动。",
     {("Programme", "乐享株洲")},
     set(),
     set()),
    ("the short form of a city's work-safety committee's office",
     "巴中市召开安全生产工作会议，市安办主任出席并讲话。",
     {("Agency", "巴中市安全生产委员会办公室")},
     set(),
     set()),
    ("the short form of a county's work-safety committee",
     "通江县召开会议，县安委会各成员单位负责人参加。",
     {("Agency", "通江县安全生产委员会")},
     set(),
     set()),
    ("a leader named inside a document's title: the title is a programme its issuers carry out",
     "省委、省政府印发《关于认真贯彻落实习近平总书记重要讲话精神加快建设农业强省的实施意见》，要求各地认真执行。",
     {("Programme", "《关于认真贯彻落实习近平总书记重要讲话精神加快建设农业强省的实施意见》")},
     set(),
     set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_91(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_briefing_host_carries_out_no_document(nlp):
    for text in (ROWS[0][1], ROWS[1][1]):
        _, facts = read_names(nlp, text)
        assert not {f for f in facts if f[1] == "implements" and "新闻办公室" in f[0]}, sorted(facts)


def test_issuer_of_first_title_issues_no_other_provinces_title(nlp):
    _, facts = read_names(nlp, ROWS[2][1])
    assert ("国务院办公厅", "implements", "《湖北省耕地保护条例》") not in facts, sorted(facts)


def test_issuer_named_for_the_place_of_both_titles_issues_both(nlp):
    _, facts = read_names(nlp, "湖北省人民政府《湖北省耕地保护规划》和《湖北省湿地保护规划》同时施行。")
    assert {("湖北省人民政府", "implements", "《湖北省耕地保护规划》"),
            ("湖北省人民政府", "implements", "《湖北省湿地保护规划》")} <= facts, sorted(facts)


def test_overseer_of_a_framed_campaign_carries_it_out_not(nlp):
    for text in ("近日，郴州市政协组织部分委员围绕“城市更新行动”开展专题视察，实地察看了老旧小区改造项目。",
                 "今年以来，醴陵市人大常委会围绕“优化营商环境攻坚行动”开展执法检查。"):
        _, facts = read_names(nlp, text)
        assert not {f for f in facts if f[1] == "implements"}, sorted(facts)


def test_bureau_inspecting_its_own_framed_campaign_still_carries_it_out(nlp):
    _, facts = read_names(nlp, "郴州市住房和城乡建设局围绕“城市更新行动”开展专项督查。")
    assert ("郴州市住房和城乡建设局", "implements", "城市更新行动") in facts, sorted(facts)


def test_verb_of_an_inspection_governs_no_project_looked_at(nlp):
    _, facts = read_names(nlp, "益阳市人大常委会开展专题视察，实地察看了城区污水管网改造项目。")
    assert not {f for f in facts if f[1] == "implements"}, sorted(facts)


def test_place_an_event_bid_for_is_named_for_is_no_doer(nlp):
    _, facts = read_names(nlp, "全力申办2025年湖北省旅游发展大会，深入实施“荆楚优品”推广行动。")
    assert not {f for f in facts if f[1] == "implements" and f[0] == "湖北省"}, sorted(facts)
    _, facts = read_names(nlp, "近年来，湖北省深入实施“荆楚优品”推广行动。")
    assert ("湖北省", "implements", "“荆楚优品”推广行动") in facts or any(
        f[0] == "湖北省" and f[1] == "implements" for f in facts), sorted(facts)
