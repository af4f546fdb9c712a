"""Classes found by the twelfth programme set, on made-up text (places and designations other than the set's).

- A list printed one group a line, each group a province (or city) before a colon and its members after it
  (山东省：某市某县某镇⏎河南省：…): the group lines are the list's body, not headlines of new articles, so every group's
  places enter the designation the notice names, not the first group's alone.

- A campaign that creates what its quote names keeps its head (“某某”创建行动), as “某某”行动 does: the places after 在
  right after it (…创建行动在甲镇、乙镇全面铺开) are its sites; a creating activity (“某某”创建活动) keeps the quote.
- A body that speaks of itself as 我局 in a reply or letter it signs at the end, with no bureau named before: 我局 is the
  signing body (…现答复如下：一、我局牵头实施“…”工程，在甲镇…⏎某县某局⏎日期); a bureau named later inside a sentence
  signs nothing.
- 建设 governs the name right after it (…会同…，正在甲乡、乙乡建设“…”示范工程): the bodies before and the places after 在 carry
  it out; 建设 before a quote that names no works (…规范化建设“…”评选工作) governs nothing.
- Minutes that decide on one programme (一、会议同意“…”行动年度实施计划。) and open the next sentence with 由 (由某局牵头，某局
  配合，在甲镇、乙镇…): the bodies after 由, the one that 配合, and the places after 在 carry that programme out; not where
  the decision names two programmes.
- A tender notice that names its project only in its title, before the notice's word (某县…治理工程施工招标公告): the
  name is the notice's project, so its 招标人 field carries it out and the places of its numbered site field (2.1建设
  地点：…) are its sites; a title with no works head names no project.
- A zone quoted and completed by 乡村振兴示范片区 is a programme (“某某”乡村振兴示范片区, the quote perhaps a town's name);
  its head alone opening a sentence after what a reporter was told (据了解，示范片区覆盖甲镇、乙镇的12个村，由某局牵头建设)
  is carried out by the bodies after 由, and the places right after the covering verb are its sites.
- A version word before a programme's head (升级版行动由…牵头, VersionWord) names the upgraded programme by its head: the
  bodies after 由 carry it out; a head of another kind (升级版工程 after a 行动) names nothing.
- A county written after its city (宜昌市秭归县实施“…”行动，由…牵头) opens the clause as the county alone does: the county
  carries the programme out beside the body after 由, the city does not.
- A title conferred in the passive as a plaque (甲镇、乙镇被授予“市级卫生乡镇”牌匾): the quote is a designation and the
  places right before 被 are its members; a place in another clause is none.

Texts written for these tests in our own words."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402


def _implements(text: str) -> set[tuple[str, str]]:
    forms, facts = build(text)
    got = {(s, forms.get(o, o)) for s, p, o in facts if p == "implements"}
    return got | {(s, f) for s, o in set(got) for f, n in forms.items() if n == o}


GROUPED = {
    "towns grouped by province":
        ("农业农村部办公厅关于公布2026年全国农业产业强镇名单的通知\n"
         "各省、自治区农业农村厅：\n"
         "经各地推荐、专家审核，确定以下镇为2026年全国农业产业强镇，现予公布。\n"
         "山东省：临沂市沂南县岸堤镇\n"
         "河南省：信阳市光山县砖桥镇\n"
         "湖北省：宜昌市秭归县归州镇\n"
         "请各地农业农村部门加强对入选镇的指导，支持其完善产业基础设施，打造特色产业集群，发挥示范带动作用。"
         "各省级农业农村部门要于每年年底前，将入选镇年度建设情况报送农业农村部乡村产业发展司。\n",
         {"岸堤镇", "砖桥镇", "归州镇"}),
    "towns grouped by city, two a line":
        ("某省农业农村厅关于公布第三批全国农业产业强镇推荐名单的通知\n"
         "各市农业农村局：\n"
         "经研究，确定以下镇为第三批全国农业产业强镇推荐对象，现予公布。\n"
         "临沂市：沂南县岸堤镇、蒙阴县岱崮镇\n"
         "潍坊市：青州市王坟镇\n"
         "请各地农业农村部门做好推荐对象的培育工作，支持其完善产业基础设施，打造特色产业集群，发挥示范带动作用。\n",
         {"岸堤镇", "岱崮镇", "王坟镇"}),
}


@pytest.mark.parametrize("text,towns", GROUPED.values(), ids=GROUPED.keys())
def test_every_group_of_a_list_enters_the_designation(text, towns):
    got = _implements(text)
    members = {s for s, o in got if "农业产业强镇" in o}
    assert towns <= members, sorted(got)


OTHERS = {
    "a creating campaign spreads to towns":
        ("“洁净农家”创建行动在履坦镇、桐琴镇全面铺开，两镇共评出示范户300户。",
         {("履坦镇", "洁净农家创建行动"), ("桐琴镇", "洁净农家创建行动")}, set()),
    "a reply's 我局 is the bureau that signs it":
        ("关于县政协十届四次会议第12号提案的答复\n"
         "王委员：\n"
         "您提出的《关于改善农贸市场环境的提案》收悉。经研究，现答复如下：\n"
         "一、关于市场改造。近年来，我局牵头实施“放心菜篮”提升工程，在白洋街道、新宅镇建成标准化菜市场6个。\n"
         "二、关于日常管理。下一步将加强巡查，确保市场整洁有序。\n"
         "感谢您对商务工作的关心和支持。\n"
         "武义县商务局\n"
         "2026年5月8日\n",
         {("武义县商务局", "放心菜篮提升工程"), ("白洋街道", "放心菜篮提升工程"), ("新宅镇", "放心菜篮提升工程")}, set()),
    "a bureau named later in a sentence signs nothing":
        ("我局牵头实施“放心菜篮”提升工程，建成标准化菜市场6个。会上，武义县商务局作了交流发言。\n",
         set(), {("武义县商务局", "放心菜篮提升工程")}),
    "建设 governs the works right after it":
        ("南丰县住房和城乡建设局会同县水利局，正在琴城镇、白舍镇建设“清水入户”示范工程，预计年底完工。",
         {("南丰县住房和城乡建设局", "清水入户示范工程"), ("南丰县水利局", "清水入户示范工程"),
          ("琴城镇", "清水入户示范工程"), ("白舍镇", "清水入户示范工程")}, set()),
    "minutes decide, the next sentence opens with 由":
        ("霍城县人民政府常务会议纪要\n"
         "会议听取了县农业农村局的工作汇报。纪要如下：\n"
         "一、会议同意“薰衣草产业”提升行动2026年度实施计划。由县农业农村局牵头，县林业和草原局配合，在芦草沟镇、惠远镇新建种植基地3000亩。\n"
         "二、会议要求，县财政局要保障资金。\n",
         {("霍城县农业农村局", "薰衣草产业提升行动"), ("霍城县林业和草原局", "薰衣草产业提升行动"),
          ("芦草沟镇", "薰衣草产业提升行动"), ("惠远镇", "薰衣草产业提升行动")}, set()),
    "a decision on two programmes gives the 由 sentence to neither":
        ("霍城县人民政府常务会议纪要\n"
         "一、会议同意“薰衣草产业”提升行动和“苹果提质”工程年度计划。由县农业农村局牵头，在芦草沟镇新建基地。\n",
         set(), {("芦草沟镇", "薰衣草产业提升行动"), ("芦草沟镇", "苹果提质工程")}),
}


@pytest.mark.parametrize("text,must,must_not", OTHERS.values(), ids=OTHERS.keys())
def test_doers_and_sites_of_the_set_classes(text, must, must_not):
    got = _implements(text)
    assert must <= got, sorted(got)
    assert not must_not & got, sorted(got)


TENDER = ("南丰县2026年中小河流治理工程施工招标公告\n"
          "1.招标条件\n"
          "本招标项目南丰县2026年中小河流治理工程已由南丰县发展和改革委员会批准建设，项目资金已落实，现进行公开招标。\n"
          "2.项目概况\n"
          "2.1建设地点：南丰县白舍镇、洽湾镇。\n"
          "2.2建设内容：新建护岸4.2公里，清淤疏浚6公里。\n"
          "招标人：南丰县水利局\n")


def test_a_tender_title_names_the_project_of_its_fields():
    got = _implements(TENDER)
    name = "南丰县2026年中小河流治理工程"
    assert {("南丰县水利局", name), ("白舍镇", name), ("洽湾镇", name)} <= got, sorted(got)


def test_a_tender_title_without_works_names_no_project():
    forms, _ = build("南丰县水利局2026年度招标公告\n招标人：南丰县水利局\n")
    assert not forms, forms


ZONE = {
    "a zone's doers after 由 and the towns it covers":
        ("宁化县举行“客家祖地”乡村振兴示范片区授牌仪式。据了解，示范片区覆盖石壁镇、淮土镇的12个村，由县农业农村局牵头建设，"
         "计划投入资金1.5亿元。",
         {("宁化县农业农村局", "客家祖地乡村振兴示范片区"), ("石壁镇", "客家祖地乡村振兴示范片区"),
          ("淮土镇", "客家祖地乡村振兴示范片区")}, set()),
    "a zone that covers people names no site":
        ("宁化县举行“客家祖地”乡村振兴示范片区授牌仪式。据了解，示范片区覆盖人口3万人，由县农业农村局牵头建设。石壁镇作了发言。",
         {("宁化县农业农村局", "客家祖地乡村振兴示范片区")}, {("石壁镇", "客家祖地乡村振兴示范片区")}),
}


@pytest.mark.parametrize("text,must,must_not", ZONE.values(), ids=ZONE.keys())
def test_a_zone_named_by_its_head_alone(text, must, must_not):
    got = _implements(text)
    assert must <= got, sorted(got)
    assert not must_not & got, sorted(got)


MORE = {
    "an upgraded action named by its version and head":
        ("南岸区实施“邻里守望2.0”行动。据了解，升级版行动由区民政局牵头，区卫生健康委员会具体负责。",
         {("重庆市南岸区民政局", "邻里守望2.0行动"), ("重庆市南岸区卫生健康委员会", "邻里守望2.0行动")}, set()),
    "a version word before a head of another kind":
        ("南岸区实施“邻里守望”行动。据了解，升级版工程由区民政局牵头。",
         set(), {("重庆市南岸区民政局", "邻里守望行动")}),
    "a county after its city opens the clause":
        ("宜昌市秭归县实施“橙香乡村”提升行动，由县农业农村局牵头，在归州镇、屈原镇新建果园2000亩。",
         {("秭归县", "橙香乡村提升行动"), ("秭归县农业农村局", "橙香乡村提升行动")}, {("宜昌市", "橙香乡村提升行动")}),
}


@pytest.mark.parametrize("text,must,must_not", MORE.values(), ids=MORE.keys())
def test_references_by_version_and_counties_after_their_city(text, must, must_not):
    got = _implements(text)
    assert must <= got, sorted(got)
    assert not must_not & got, sorted(got)


PLAQUE = {
    "towns given a plaque in the passive":
        ("表彰会上，归州镇、屈原镇被授予“市级卫生乡镇”牌匾。",
         {("归州镇", "市级卫生乡镇"), ("屈原镇", "市级卫生乡镇")}, set()),
    "a town in the next clause is no member":
        ("表彰会上，归州镇被授予“市级卫生乡镇”牌匾，屈原镇作了发言。",
         {("归州镇", "市级卫生乡镇")}, {("屈原镇", "市级卫生乡镇")}),
}


@pytest.mark.parametrize("text,must,must_not", PLAQUE.values(), ids=PLAQUE.keys())
def test_a_plaque_conferred_in_the_passive(text, must, must_not):
    got = _implements(text)
    assert must <= got, sorted(got)
    assert not must_not & got, sorted(got)


def test_building_before_a_quote_that_names_no_works_makes_no_doer():
    got = _implements("南丰县卫生健康委员会组织开展基层卫生院规范化建设“满意卫生院”评选工作，共评出12家。")
    assert not any("卫生健康委员会" in s for s, _ in got), sorted(got)
