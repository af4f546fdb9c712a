"""Classes the twenty-eighth programme set (leaders' inspection and research visits rewritten from real news) showed.

- Villages coordinated after 在 before a visitor who looks at a project there (在甲镇乙村和丙镇丁村、戊村，某某逐村察看了
  …工程建设进展): each group's last place is a site of the works, as the single place after 在 was; places after 在
  that run into a verb (在甲镇乙村和丙镇丁村召开…) are no sites.
- The joint river and lake chiefs scheme printed with both heads (河长湖长制: a form of 河湖长制 in programmes.jsonl) is that
  scheme, not its second part 湖长制.
- A designation's creation or a planned village's building looked at on a visit (调研指导某某示范村创建工作, 检查某级某某中心村
  建设情况: VisitedHead 示范村创建, 中心村建设 in programme_cues.jsonl) is a scheme; the head alone names none.
- A field coordinated before a scheme looked at on a visit that ends in a work of its own (检查某年度某某驻地环境综合整治和
  省级中心村建设情况: VisitedWorkEnd 整治, 改造, 创建 in programme_cues.jsonl) is a scheme too, if it is long enough to be
  named (河道整治 and 产业发展 stay fields); the place the visitor arrives at (来到某县，检查…) carries out each of the
  schemes coordinated after the verb, a year before them too.
- The site of a project a visit stands at, named with its place (在某镇某村某某提升项目施工现场，某某了解…: SiteLead,
  SiteFollower in programme_cues.jsonl), is a project, and the place in its name carries it out; a site with no place's
  name (在全县重点项目施工现场) and a meeting held at a site (在某镇召开…建设现场会) name none.
- A zone's committee printed after the level's character alone (区农业产业园管委会, 市某某湖管委会: JurisdictionAbbrev
  "repeated" in agency_grammar.jsonl) is that jurisdiction's, the character no part of the zone's name, and a park's own
  name (…产业园: ZoneOwnHead) takes no zone kind after it (no 新区).
- A street of the article's county printed as …街 or …办事处 (大智街, 大智办事处 for 大智街道: StreetVariantSuffix in
  places.jsonl) is that street; a street name of no county the article names stays unread.
- A visited scheme named again by the end of its name after a placed lead (调研某某示范村创建工作 … 在甲镇乙村和丙镇丁村，
  某某逐村了解示范村创建进展) is that scheme, and the sites before it carry it out; with no such name before it, the end
  names nothing.

Texts written for these tests in our own words, with places and schemes other than those of the set."""
import pytest

from conftest import names_of as _names, pairs_of as _relations


def test_villages_coordinated_after_zai_are_each_a_site_of_the_visited_works():
    text = ("4月9日，隰县县长李某带队调研乡村建设。在黄土镇上交口村和城南乡南庄村、北庄村，李某逐村察看了农村饮水安全"
            "巩固提升工程建设进展。")
    links = _relations(text, "implements")
    for village in ("上交口村", "南庄村", "北庄村"):
        assert (village, "农村饮水安全巩固提升工程") in links, sorted(links)


def test_villages_after_zai_that_run_into_a_verb_are_no_sites():
    text = ("4月9日，隰县县长李某带队调研乡村建设。在黄土镇上交口村和城南乡南庄村召开现场会，察看了农村饮水安全"
            "巩固提升工程建设进展。")
    links = _relations(text, "implements")
    assert not any(p == "农村饮水安全巩固提升工程" and v in ("上交口村", "南庄村") for v, p in links), sorted(links)


@pytest.mark.parametrize("text", [
    "3月2日，副区长王某到铁西区督导，要求各街道全面落实河长湖长制，加强巡河管护。",
    "县水利局召开会议，部署推行河长湖长制工作。",
])
def test_the_joint_chiefs_scheme_printed_with_both_heads_is_one_scheme(text):
    names = _names(text, "Programme")
    assert "湖长制" not in names and "河湖长制" in names, sorted(names)


def test_the_chiefs_schemes_printed_apart_stay_apart():
    names = _names("县水利局召开会议，部署推行河长制、湖长制工作。", "Programme")
    assert {"河长制", "湖长制"} <= names, sorted(names)


@pytest.mark.parametrize("text, name", [
    ("6月3日，副市长刘某来到青阳县，调研指导美丽宜居示范村创建工作。", "美丽宜居示范村创建"),
    ("县长吴某一行检查了市级美丽乡村中心村建设情况。", "市级美丽乡村中心村建设"),
])
def test_a_designations_creation_looked_at_on_a_visit_is_a_scheme(text, name):
    assert name in _names(text, "Programme"), sorted(_names(text, "Programme"))


@pytest.mark.parametrize("text", [
    "县长吴某一行调研了中心村建设情况。",
    "县长吴某在会上要求加快示范村创建进度。",
])
def test_the_head_alone_names_no_scheme(text):
    assert not _names(text, "Programme"), sorted(_names(text, "Programme"))


def test_a_work_field_coordinated_before_a_visited_scheme_is_a_scheme_and_the_place_arrived_at_carries_both():
    text = "5月6日，副市长孙某来到泾县，检查2025年度乡镇驻地环境综合整治和省级中心村建设情况。"
    assert {"乡镇驻地环境综合整治", "省级中心村建设"} <= _names(text, "Programme"), sorted(_names(text, "Programme"))
    links = _relations(text, "implements")
    assert {("泾县", "乡镇驻地环境综合整治"), ("泾县", "省级中心村建设")} <= links, sorted(links)


def test_the_place_arrived_at_carries_a_scheme_looked_at_for_a_year():
    text = "5月6日，副市长孙某来到泾县，检查2025年度省级中心村建设情况。"
    assert ("泾县", "省级中心村建设") in _relations(text, "implements")


@pytest.mark.parametrize("text", [
    "县长吴某来到城关镇，检查了道路改造和产业发展情况。",
    "县长吴某来到城关镇，检查了河道整治和省级中心村建设情况。",
])
def test_a_short_field_or_one_that_is_no_work_stays_a_field(text):
    names = _names(text, "Programme")
    assert not names & {"道路改造", "产业发展", "河道整治"}, sorted(names)


def test_the_site_of_a_project_a_visit_stands_at_names_the_project():
    text = "5月9日，县委书记陈某到黄土镇调研。在黄土镇上交口村人居环境整治提升项目建设现场，陈某了解工程进度。"
    name = "黄土镇上交口村人居环境整治提升项目"
    assert name in _names(text, "Programme"), sorted(_names(text, "Programme"))
    assert any(p == name for _, p in _relations(text, "implements"))


@pytest.mark.parametrize("text", [
    "在全县重点项目施工现场，陈某了解工程进度。",
    "县委在黄土镇召开重点项目建设现场会。",
    "县长在黄土镇召开农村公路提升工程建设现场推进会。",
])
def test_a_site_without_a_place_or_a_meeting_at_a_site_names_no_project(text):
    names = _names(text, "Programme")
    assert not any(n.startswith("黄土镇") or n.startswith("全县") for n in names), sorted(names)


@pytest.mark.parametrize("text, name", [
    ("北碚区委副书记李某带领区委办、区农业产业园管委会负责人到歇马街道调研。", "北碚区农业产业园管理委员会"),
    ("开平市委书记带领市委办、市翠山湖管委会负责人调研。", "开平市翠山湖新区管理委员会"),
])
def test_a_zone_committee_after_the_level_character_is_that_jurisdictions(text, name):
    agencies = _names(text, "Agency")
    assert any(a.endswith(name) for a in agencies), sorted(agencies)
    assert not any("市区" in a or "市市" in a or "产业园新区" in a for a in agencies), sorted(agencies)


@pytest.mark.parametrize("text", [
    "5月8日，江岸区委书记王某到大智街调研，察看了老旧小区改造进展。",
    "5月8日，江岸区委书记王某到大智办事处，听取工作汇报。",
])
def test_a_street_printed_without_dao_is_the_countys_street(text):
    assert "大智街道" in _names(text, "Place"), sorted(_names(text, "Place"))


def test_a_shopping_street_is_no_street():
    places = _names("5月8日，江岸区委书记王某到黎黄陂路步行街调研。", "Place")
    assert places == {"江岸区"}, sorted(places)


def test_a_visited_scheme_named_again_by_its_end_is_that_scheme_at_the_sites():
    text = ("4月2日，县长赵某到隰县调研美丽宜居示范村创建工作。在黄土镇上交口村和城南乡南庄村，赵某逐村了解示范村创建进展。")
    links = _relations(text, "implements")
    assert {("上交口村", "美丽宜居示范村创建"), ("南庄村", "美丽宜居示范村创建")} <= links, sorted(links)


def test_the_end_of_a_name_with_no_name_before_names_nothing():
    assert not _names("在黄土镇上交口村，赵某了解示范村创建进展。", "Programme")
