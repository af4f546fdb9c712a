"""Programmes on news written for these tests: designations, selection lists and who carries them out.

Each construction class gets made-up sentences; the names are invented or common, never copied
from a passage of the dev sets."""
import unicodedata

import pytest

from kg.extraction import extract
from kg.ingest import decode_bytes


def build(text):
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    nfkc = lambda s: unicodedata.normalize("NFKC", s)  # （乡） is (乡), as the scorer compares names
    names = {e.key: nfkc(e.name) for e in r.entities}
    facts = {(names[x.subject], x.predicate, names[x.object]) for x in r.relations}
    programmes = {nfkc(e.name): {nfkc(a) for a in e.aliases} for e in r.entities if e.type == "Programme"}
    return programmes, facts


COORDINATED = "农业农村部日前认定第三批全国美丽休闲示范乡镇、村，浏阳市大瑶镇入选全国美丽休闲示范乡镇；" \
              "浏阳市沙市镇石柱村、长沙县果园镇浔龙河村入选全国美丽休闲示范村。"
NOTICE = """湖南省文化和旅游厅公布2024年度湖南特色旅游名镇名单
（共计3个）
一、湖南特色生态名镇，共2个
1.长沙市浏阳市大瑶镇
2.株洲市醴陵市浦口镇
二、湖南特色文化名镇，共1个
1.湘潭市韶山市清溪镇
"""
COUNTED = "民政部确定三类示范单位：湖南省长沙市等9个城市为全国平安社区建设示范城市；长沙市天心区等30个城区为全国平安社区建设示范城区。"
INTRO = """近日，省农业农村厅发布第二批共富乡村创建名单，宁波市有3个村入选，具体名单如下：余姚市梁弄镇横坎头村、宁海县前童镇鹿山村；
象山县石浦镇东门村。
"""
BULLETS = """本批入选全国森林康养重点村的3个村为：
  • 长沙市浏阳市大瑶镇
  • 湘潭市韶山市清溪镇
  • 株洲市醴陵市浦口镇
背景：各地要加大扶持力度。
"""

DESIGNATIONS = [
    # text, programmes that must be found
    (COORDINATED, {"全国美丽休闲示范乡镇", "全国美丽休闲示范村"}),
    (NOTICE, {"湖南特色旅游名镇", "湖南特色生态名镇", "湖南特色文化名镇"}),
    (COUNTED, {"全国平安社区建设示范城市", "全国平安社区建设示范城区"}),
    (INTRO, {"共富乡村"}),
    (BULLETS, {"全国森林康养重点村"}),
    ("文旅部公布了第三批80个全国森林康养重点村和第一批20个全国森林康养重点镇(乡)名单。",
     {"全国森林康养重点村", "全国森林康养重点镇(乡)"}),
]


@pytest.mark.parametrize("text, expected", DESIGNATIONS)
def test_designations_are_programmes(text, expected):
    programmes, _ = build(text)
    assert expected <= set(programmes), sorted(programmes)


NOT_DESIGNATIONS = [
    "浏阳市今年打造乡村振兴示范村10个，建成美丽屋场。",  # no lead: a count of villages, not a title
    "某物业公司携手大瑶镇南阳社区，共建党群服务站。",  # 社区 names a designation only before a list word
    "全国美丽休闲示范村堪称乡村旅游的样板。",  # no lead, not alone on its line
    "民政部共确定四类示范单位。",  # a count of kinds is no modifier
]


def test_a_quoted_scheme_keeps_its_designation_inside():
    programmes, _ = build("浏阳市入选第五批“四好农村路”全国示范县名单。")
    assert set(programmes) == {"四好农村路"}


def test_unit_variants_of_one_designation_merge():
    programmes, _ = build("农业农村部认定第三批全国美丽休闲示范镇、村。大瑶镇入选全国美丽休闲示范乡镇。")
    assert "全国美丽休闲示范乡镇" in programmes, sorted(programmes)
    assert "全国美丽休闲示范镇" in programmes["全国美丽休闲示范乡镇"]
    assert "全国美丽休闲示范镇" not in programmes


MEMBERS = [
    # text, facts that must hold, facts that must not
    (COORDINATED,
     {("农业农村部", "implements", "全国美丽休闲示范乡镇"), ("农业农村部", "implements", "全国美丽休闲示范村"),
      ("大瑶镇", "implements", "全国美丽休闲示范乡镇"), ("石柱村", "implements", "全国美丽休闲示范村"),
      ("浔龙河村", "implements", "全国美丽休闲示范村")},
     {("浏阳市", "implements", "全国美丽休闲示范乡镇"), ("沙市镇", "implements", "全国美丽休闲示范村"),
      ("大瑶镇", "implements", "全国美丽休闲示范村")}),
    (NOTICE,
     {("大瑶镇", "implements", "湖南特色旅游名镇"), ("大瑶镇", "implements", "湖南特色生态名镇"),
      ("清溪镇", "implements", "湖南特色文化名镇"), ("湖南省文化和旅游厅", "implements", "湖南特色旅游名镇")},
     {("清溪镇", "implements", "湖南特色生态名镇"), ("浏阳市", "implements", "湖南特色旅游名镇")}),
    (COUNTED,
     {("长沙市", "implements", "全国平安社区建设示范城市"), ("天心区", "implements", "全国平安社区建设示范城区")},
     {("湖南省", "implements", "全国平安社区建设示范城市"), ("长沙市", "implements", "全国平安社区建设示范城区")}),
    (INTRO,
     {("横坎头村", "implements", "共富乡村"), ("鹿山村", "implements", "共富乡村"), ("东门村", "implements", "共富乡村")},
     {("余姚市", "implements", "共富乡村"), ("梁弄镇", "implements", "共富乡村")}),
    (BULLETS,
     {("大瑶镇", "implements", "全国森林康养重点村"), ("浦口镇", "implements", "全国森林康养重点村")},
     {("浏阳市", "implements", "全国森林康养重点村")}),
]


@pytest.mark.parametrize("text, present, absent", MEMBERS)
def test_members_and_issuers_implement_a_designation(text, present, absent):
    _, facts = build(text)
    assert present <= facts, sorted(present - facts)
    assert not absent & facts, sorted(absent & facts)


def test_coordinated_programmes_share_the_governing_verb():
    _, facts = build("文旅部公布了第三批80个全国森林康养重点村和第一批20个全国森林康养重点镇(乡)名单。")
    bodies = {s for s, p, o in facts if p == "implements" and o == "全国森林康养重点镇(乡)"}
    assert bodies and all(b.endswith("文化和旅游部") for b in bodies), sorted(facts)


def test_a_list_ends_at_prose():
    _, facts = build(BULLETS + "长沙市浏阳市大瑶镇召开会议，部署春耕。\n")
    assert ("长沙市", "implements", "全国森林康养重点村") not in facts


SCHEMES = [
    # text, programme (name or alias, as the scorer compares them), facts that must hold
    ("近年来，平阳县持续深化“南麂经验”，基层治理水平不断提升。", "南麂经验", {("平阳县", "implements", "南麂经验")}),
    ("平阳县委书记陈明调研乡村工作。陈明要求，要紧扣县委“2356”工作思路，推动高质量发展。", "2356工作思路",
     {("中共平阳县委员会", "implements", "2356")}),
    ("平阳县召开大会。会议号召，带领全县各族群众全面实施“生态立县、工业强县、旅游兴县”三大战略。",
     "生态立县、工业强县、旅游兴县三大战略", {("平阳县", "implements", "生态立县、工业强县、旅游兴县")}),
    ("在浏阳市开展的“科技助农”、“青年返乡”计划带动下，村民收入增长。", "青年返乡计划",
     {("浏阳市", "implements", "科技助农"), ("浏阳市", "implements", "青年返乡计划")}),
    ("浏阳市持续推进“美丽院落、美丽屋场、美丽田野”建设。", "美丽院落、美丽屋场、美丽田野",
     {("浏阳市", "implements", "美丽院落、美丽屋场、美丽田野")}),
    ("浏阳市一手抓重大项目建设，一手抓城乡环境整治工程，群众满意度提升。", "城乡环境整治工程",
     {("浏阳市", "implements", "城乡环境整治工程")}),
]


@pytest.mark.parametrize("text, programme, present", SCHEMES)
def test_named_schemes_with_unusual_heads(text, programme, present):
    programmes, facts = build(text)
    assert any(programme == n or programme in a for n, a in programmes.items()), sorted(programmes)
    assert present <= facts, sorted(facts)


def test_the_national_line_is_no_programme():
    programmes, _ = build("浏阳市委要求，坚持和发展新时代“枫桥经验”，协调推进“四个全面”战略布局，全面推进乡村振兴战略。")
    assert not programmes, sorted(programmes)


def test_a_formula_keeps_no_ocr_space_and_belongs_to_its_announcer():
    programmes, facts = build("浏阳市人社局认真落实省委“2410”具体部署、长沙市委“1+5+ 2”工作安排。")
    assert "1+5+2" in programmes, sorted(programmes)
    assert ("中共长沙市委员会", "implements", "1+5+2") in facts, sorted(facts)
    assert ("中共湖南省委员会", "implements", "1+5+2") not in facts, sorted(facts)


DOCUMENTS = [
    # text, programmes found, programmes not found
    ("会议审议了《浏阳市城市绿化条例（草案修改稿）》，对《浏阳市城市绿化条例（草案修改二稿）》进行表决。",
     {"《浏阳市城市绿化条例》"}, {"《浏阳市城市绿化条例(草案修改稿)》", "《浏阳市城市绿化条例(草案修改二稿)》"}),
    ("会议听取了《市人大常委会关于检查〈浏阳市烟花爆竹安全管理条例〉实施情况报告的审议意见》的办理情况。",
     {"《浏阳市烟花爆竹安全管理条例》"}, {"《市人大常委会关于检查〈浏阳市烟花爆竹安全管理条例〉实施情况报告的审议意见》"}),
]


@pytest.mark.parametrize("text, present, absent", DOCUMENTS)
def test_documents_drafts_and_reports(text, present, absent):
    programmes, _ = build(text)
    assert present <= set(programmes), sorted(programmes)
    assert not absent & set(programmes), sorted(programmes)


def test_a_draft_keeps_its_printed_title_as_an_alias():
    programmes, _ = build("会议审议了《浏阳市城市绿化条例（征求意见稿）》。")
    assert "浏阳市城市绿化条例(征求意见稿)" in programmes["《浏阳市城市绿化条例》"]


WORKS = "检查组先后深入浏阳市、经开区·大瑶镇106国道改建工程，捞刀河公路大桥工程，高新区金阳大道东延工程以及" \
        "醴陵319国道扩建工程等项目现场，现场协调解决问题。"


def test_works_projects_in_a_run_before_a_site_word():
    programmes, _ = build(WORKS)
    assert {"106国道改建工程", "捞刀河公路大桥工程", "金阳大道东延工程", "319国道扩建工程"} <= set(programmes), sorted(programmes)
    assert "大瑶镇106国道改建工程" in programmes["106国道改建工程"]
    assert "高新区金阳大道东延工程" in programmes["金阳大道东延工程"]


def test_the_place_a_works_site_is_visited_in_implements_it():
    _, facts = build("在平江县，调研组来到省道S308平江至浏阳段改建工程施工现场，了解工程进度。")
    assert ("平江县", "implements", "省道S308平江至浏阳段改建工程") in facts, sorted(facts)


BRANDS = [
    ("近年来，平阳县统筹推进平安平阳建设，平安平阳连续十年创建成功。", "平安平阳", {("平阳县", "implements", "平安平阳")}),
    ("湖南省召开会议，要求推进法治湖南建设。", "法治湖南", {("湖南省", "implements", "法治湖南")}),
    ("平阳县地处浙南。今年，平安平阳连续十年创建成功。", "平安平阳", {("平阳县", "implements", "平安平阳")}),
    ("东丽区抢抓机遇，助力海南自由贸易港建设。", "海南自由贸易港", {("东丽区", "implements", "海南自由贸易港")}),
]


@pytest.mark.parametrize("text, programme, present", BRANDS)
def test_place_brands_and_national_schemes(text, programme, present):
    programmes, facts = build(text)
    assert programme in programmes, sorted(programmes)
    assert present <= facts, sorted(facts)


@pytest.mark.parametrize("text", NOT_DESIGNATIONS + [
    "要加快农村公路工程建设，提升通行能力。",  # no run before a site word: a kind of works, not a project
    "检查组来到浏阳市防汛工程现场。",  # no works word in the name
    "展现开平风光的舞蹈《平安开平游》精彩上演。",  # a title, not a scheme
    "平安县城区道路畅通，健康长寿老人增多。",  # no place after the brand word
    "清远市以“头号工程”力度抓落实。",  # a measure of effort
    "落实书记对长沙提出的“五个方面”工作要求。",  # a count of aspects
])
def test_not_programmes(text):
    """Counts and unled designation heads, kinds of works, places without a works word, titles,
    measures of effort, counts of aspects."""
    programmes, _ = build(text)
    assert not programmes, sorted(programmes)


def test_a_body_before_its_own_programme_is_not_the_subject():
    _, facts = build("过去一年，大瑶镇对标省委“2410”具体部署，把实施“百千万工程”作为重点，全力推进。湖南省")
    assert ("中共湖南省委员会", "implements", "2410") in facts, sorted(facts)
    assert ("大瑶镇", "implements", "百千万工程") in facts, sorted(facts)
    assert ("中共湖南省委员会", "implements", "百千万工程") not in facts, sorted(facts)


def test_no_place_brand_inside_a_documents_title():
    programmes, _ = build("浏阳市出台《浏阳市推进健康浏阳行动实施意见》。")
    assert set(programmes) == {"《浏阳市推进健康浏阳行动实施意见》"}, sorted(programmes)


def test_a_scope_before_the_batch_belongs_to_the_designation():
    text = "浏阳市大瑶镇申报创建全国第三批美丽休闲示范镇，拟推荐浏阳市沙市镇石柱村申报创建全国第三批美丽休闲示范村。"
    programmes, facts = build(text)
    assert {"全国美丽休闲示范镇", "全国美丽休闲示范村"} <= set(programmes), sorted(programmes)
    assert {("大瑶镇", "implements", "全国美丽休闲示范镇"), ("石柱村", "implements", "全国美丽休闲示范村")} <= facts
    assert ("大瑶镇", "implements", "全国美丽休闲示范村") not in facts


HEADED = [
    ("近年来，六盘水市积极融入毕水兴经济带建设，推动高质量发展。", "毕水兴经济带", ("六盘水市", "implements", "毕水兴经济带")),
    ("浏阳市着力打造大围山乡村振兴示范带，带动沿线村发展。", "大围山乡村振兴示范带", ("浏阳市", "implements", "大围山乡村振兴示范带")),
    ("长沙市深入推进全面创新改革试验。", "全面创新改革试验", ("长沙市", "implements", "全面创新改革试验")),
    ("兴义市全面实施五四战略，推动高质量发展。", "五四战略", ("兴义市", "implements", "五四战略")),
    ("尤其是以大瑶镇为代表的美丽集镇建设成效明显。浏阳市", "美丽集镇建设", ("大瑶镇", "implements", "美丽集镇建设")),
]


@pytest.mark.parametrize("text, programme, fact", HEADED)
def test_unquoted_scheme_heads_and_formulas(text, programme, fact):
    programmes, facts = build(text)
    assert programme in programmes, sorted(programmes)
    assert fact in facts, sorted(facts)


def test_a_count_before_a_head_is_no_formula():
    programmes, _ = build("全市实施五大战略和两个战略。")
    assert not programmes, sorted(programmes)


@pytest.mark.parametrize("text", [
    "韶关市“百千万工程”指挥部召开会议，部署“百千万工程”重点任务。",
    "韶关市“百千万工程”指挥部召开全体会议。",  # the programme named only in the body's name
])
def test_a_body_named_after_a_programme_implements_it(text):
    programmes, facts = build(text)
    assert "百千万工程" in programmes, sorted(programmes)
    assert ("韶关市“百千万工程”指挥部", "implements", "百千万工程") in facts, sorted(facts)


# Spans that real news outside government work put in the programme grammar's way: rankings, journals, a
# company's engineer after a quoted brand, generic policies, durations and counts before a scheme head, titles
# of films and operations of war, and notices whose title holds no 关于.
NOT_SCHEMES = [
    "某杂志社今年发布“中国十佳宜居县城”榜单，浏阳市名列其中。",  # a ranking
    "研究刊发在《临床医学通报》上，引起同行关注。",  # a journal, not a bulletin about something
    "书单：《山海寻踪》《夜航船上岗培训通知》《雪落长街》。",  # a novel's title ending in 通知
    "“金禾”农机公司首席工程师刘某介绍了新机型。",  # a quoted brand, then a company's engineer
    "这款游戏特别强调“潜入行动”元素的运用。",  # an element of a game
    "专家认为，近期出台的一系列稳楼市政策效果明显。",  # a generic count of policies
    "从新区出发，30分钟经济圈覆盖周边五个县市。",  # a duration before a scheme head
    "该片在台湾译为“夜鹰行动”，讲述一段往事。",  # a film's translated title
    "纪录片回顾了二战中的战役“海狮行动”。",  # an operation of war
    "希腊政府决定实行私有化计划。",  # a weak head after a short modifier
    "社区推行“一对一”帮扶，干部结对到户。",  # a phrase of numbers, not a numbered formula
    "这是该镇首个由合作社参与的光伏发电示范项目。",  # a description after 参与的, not a project's name
    "“星光之约”活动结束后，这位歌手将赶赴新片片场。",  # a star's event: no cue of a public scheme before 活动
    "《山野画报》举办的“寻找最美山谷”活动中，十处湿地入选。",  # a magazine's event
    "某游戏的“百宝寻踪”系列活动现在上线啦！",  # a game's event
    "星光俱乐部“周末畅游”活动吸引了不少会员。",  # a club's event, though 部 ends a body's name too
    "阳光超市“周末特惠”活动吸引了不少顾客。",  # a shop's event, though 市 ends a place's name too
    "星河艺术村“海外画家驻留计划”圆满成功。",  # an art village's own scheme
    "某科技公司今年推出的“青苗扶持计划”面向高校学生。",  # a firm's scheme, named before its verb
    "这部游戏承袭前作的“暗夜行动”特色。",  # an element of a game's earlier work
    "与农民关系最密切的“老朋友”建设局终于表态了。",  # a nickname of the body after it, not a scheme's 建设
    "新赛季，电视台接着推出“乡间寻味之旅”第三季。",  # a show counted by its seasons
]


@pytest.mark.parametrize("text", NOT_SCHEMES)
def test_spans_of_other_news_are_no_programmes(text):
    programmes, _ = build(text)
    assert not programmes, sorted(programmes)


PUBLIC_EVENTS = [
    # text, the programme, a fact: a quoted event under a cue of a public scheme stays
    ("浏阳市妇联开展“巾帼护河”活动，志愿者清理河道。", "巾帼护河", ("浏阳市妇女联合会", "implements", "巾帼护河")),
    ("团县委组织的“青春助农”活动吸引了两百名青年参加。", "青春助农", None),  # a verb that organises it
    ("石门县文明办“邻里守望”活动覆盖全县各村。", "邻里守望", None),  # a body's head right before the quote
    ("按照《醴陵市乡村振兴实施方案》开展“美丽庭院”活动。", "美丽庭院", None),  # a document's title is no organiser
    ("某公司积极参与“百千万工程”建设。", "百千万工程", None),  # a known scheme a firm takes part in
    ("全县推进“美丽乡村”建设，改善人居环境。", "美丽乡村", None),  # 建设 after a quote, no body's name
    ("“我为群众办实事”活动扎实推进，群众满意度提升。", "我为群众办实事", None),  # a cue after the event head
    ("“文明餐桌”活动启动仪式在县城举行。", "文明餐桌", None),
    ("醴陵市“绿色出行”活动吸引市民参与。", "绿色出行", ("醴陵市", "implements", "绿色出行")),  # a place right before
]


@pytest.mark.parametrize("text, programme, fact", PUBLIC_EVENTS)
def test_a_quoted_event_under_a_public_cue_stays(text, programme, fact):
    programmes, facts = build(text)
    assert programme in programmes, sorted(programmes)
    assert fact is None or fact in facts, sorted(facts)


def test_a_count_of_schemes_after_their_names_is_none():
    programmes, _ = build("该县主动融入湘江经济带、长株潭都市圈和环洞庭湖经济圈两大经济圈建设。")
    assert "环洞庭湖经济圈" in programmes, sorted(programmes)
    assert not any("和" in p or "两大" in p for p in programmes), sorted(programmes)


@pytest.mark.parametrize("text", [
    "该县地处湘江经济带、长株潭都市圈和环洞庭湖经济圈两大经济圈之间。",  # where the county lies, a list after 地处
    "专家认为，这片区域处在沿海经济带和环湖经济圈的交汇处，潜力很大。",
])
def test_belts_and_circles_named_after_a_lead_of_location_are_regions(text):
    programmes, _ = build(text)
    assert not programmes, sorted(programmes)


@pytest.mark.parametrize("text, programme", [
    ("家具企业必须遵守《湖南省地方标准》的规定。", None),  # a kind of document after a place
    ("企业须执行《国家标准》。", None),
    ("长沙市出台《长沙市养老服务地方标准》。", "《长沙市养老服务地方标准》"),  # one standard, named by its subject
])
def test_a_title_that_is_a_kind_of_document_names_none(text, programme):
    programmes, _ = build(text)
    assert set(programmes) == ({programme} if programme else set()), sorted(programmes)


def test_a_verb_after_a_lead_of_location_governs_a_scheme_again():
    programmes, facts = build("石门县位于澧水经济带核心区，近年来积极融入澧水经济带建设。")
    assert set(programmes) == {"澧水经济带"}, sorted(programmes)
    assert ("石门县", "implements", "澧水经济带") in facts, sorted(facts)


GENERIC_BELTS = [
    # a kind of belt named by general words and a field alone, and names whose left edge was missed
    ("这座小城被列为全省现代物流产业带的节点之一。", "产业带"),
    ("该片区作为国家重点制造产业带规划的一环，吸引了不少企业。", "产业带"),
    ("有人说，还是从全国能源经济带看这座港口的作用更清楚。", "经济带"),
    ("城区正在南扩，包括整个临河产业带的厂房都在加紧建设。", "产业带"),
]


@pytest.mark.parametrize("text, head", GENERIC_BELTS)
def test_a_belt_named_by_general_words_and_a_field_is_no_scheme(text, head):
    programmes, _ = build(text)
    assert not any(p.endswith(head) for p in programmes), sorted(programmes)


def test_a_belt_with_a_proper_word_among_general_ones_stays():
    programmes, facts = build("近年来，石门县着力打造澧水特色柑橘产业带，带动果农增收。")
    assert "澧水特色柑橘产业带" in programmes, sorted(programmes)
    assert ("石门县", "implements", "澧水特色柑橘产业带") in facts, sorted(facts)


GENERAL = [
    # text, programmes that must be found, facts that must hold
    ("县公路局加快推进207国道改线工程和青溪大桥工程建设，力争年内完工。",  # coordinated projects under one verb
     {"207国道改线工程", "青溪大桥工程"}, set()),
    ("醴陵市人民政府办公室印发了关于开展农村危房整治提升行动的通知。",  # a notice printed without 《》
     {"《关于开展农村危房整治提升行动的通知》"}, {("醴陵市人民政府办公室", "implements", "《关于开展农村危房整治提升行动的通知》")}),
    ("会上，攸县县委提出的“1246”工作思路得到代表们的赞同。",  # the body that set a scheme out
     {"1246"}, {("中共攸县委员会", "implements", "1246")}),
    ("株洲市委提出的“3+2+ 1”工作部署正在落地。",  # a formula with an OCR space, and its announcer
     {"3+2+1"}, {("中共株洲市委员会", "implements", "3+2+1")}),
    ("韶关市持续推进百千萬工程，城乡面貌明显改善。",  # a stray traditional character in a known name
     {"百千万工程"}, {("韶关市", "implements", "百千万工程")}),
    ("茶陵县开展“三走访”活动，干部下沉一线。",  # a short numbered formula after a strong verb
     {"三走访"}, {("茶陵县", "implements", "三走访")}),
    ("炎陵县实施大学生返乡就业计划，留住本地人才。",  # a weak head after a long modifier
     {"大学生返乡就业计划"}, {("炎陵县", "implements", "大学生返乡就业计划")}),
    ("醴陵市积极推广“枧头经验”，深化村级议事协商。",  # an experience a place spreads
     {"枧头经验"}, {("醴陵市", "implements", "枧头经验")}),
    ("株洲市交通运输局负责实施的S211线攸县段改建工程已完成投资8亿元。",  # a project after 负责实施的, and its doer
     {"S211线攸县段改建工程"}, {("株洲市交通运输局", "implements", "S211线攸县段改建工程")}),
    ("韶关市主动对接粤港澳大湾区建设，承接产业转移。",  # a national scheme the city joins
     {"粤港澳大湾区建设"}, {("韶关市", "implements", "粤港澳大湾区建设")}),
    ("湖南省住房和城乡建设厅正在制订“老旧小区改造三年规划”。",  # 制订 as 制定
     {"老旧小区改造三年规划"}, {("湖南省住房和城乡建设厅", "implements", "老旧小区改造三年规划")}),
    ("湖南省人民政府办公厅下发《关于进一步规范涉企收费的通知》。",  # 下发 as 印发
     {"《关于进一步规范涉企收费的通知》"}, {("湖南省人民政府办公厅", "implements", "《关于进一步规范涉企收费的通知》")}),
    ("茶陵县严塘镇获评省级卫生乡镇。",  # a health designation of towns, the province's (茶陵县 lies in 湖南省)
     {"湖南省卫生乡镇"}, {("严塘镇", "implements", "湖南省卫生乡镇")}),
    ("攸县网岭镇、茶陵县腰潞镇入围第三批全国农业产业强镇建设名单。",  # …强镇 before 建设名单
     {"全国农业产业强镇"}, {("网岭镇", "implements", "全国农业产业强镇"), ("腰潞镇", "implements", "全国农业产业强镇")}),
    ("渌口区、芦淞区共建湘江生态走廊，打造滨水空间。",  # 共建 governs, and stays out of the name
     {"湘江生态走廊"}, {("渌口区", "implements", "湘江生态走廊"), ("芦淞区", "implements", "湘江生态走廊")}),
]


@pytest.mark.parametrize("text, present, facts", GENERAL)
def test_programmes_and_implementers_in_the_styles_of_other_provinces(text, present, facts):
    programmes, found = build(text)
    assert present <= set(programmes), sorted(programmes)
    assert facts <= found, sorted(found)


def test_an_office_of_a_body_named_after_a_programme_implements_it():
    programmes, facts = build("梅县区“百千万工程”指挥部办公室印发年度工作要点。")
    assert "百千万工程" in programmes, sorted(programmes)
    offices = {s for s, p, o in facts if p == "implements" and o == "百千万工程" and s.endswith("“百千万工程”指挥部办公室")}
    assert offices, sorted(facts)


PARTS = """一、全省森林康养示范乡镇
1.婺源县江湾镇
二、全省森林康养示范村
1.浮梁县瑶里镇瑶里村
2.婺源县秋口镇李坑村
"""


@pytest.mark.parametrize("title, umbrella", [
    ("", None),  # parts without a whole: each part's places under it alone
    ("2024年全省森林康养示范村镇名单\n", "江西省森林康养示范村镇"),  # an umbrella whose kinds the parts are
])
def test_the_parts_of_a_list_are_not_each_others(title, umbrella):
    # 全省…: the province of the listed places (婺源县, 浮梁县: 江西省)
    programmes, facts = build(title + PARTS)
    implements = {(s, o) for s, p, o in facts if p == "implements"}
    assert {("江湾镇", "江西省森林康养示范乡镇"), ("瑶里村", "江西省森林康养示范村"), ("李坑村", "江西省森林康养示范村")} <= implements
    assert ("瑶里村", "江西省森林康养示范乡镇") not in implements, sorted(implements)  # a sibling part, not its whole
    if umbrella:
        assert {("江湾镇", umbrella), ("瑶里村", umbrella)} <= implements, sorted(implements)
