"""Classes the twenty-sixth programme set (广东's own schemes in real news of 汕尾, 湛江, 梅州 and 茂名, rewritten)
showed.

- A team named after a scheme, with the town it serves printed inside the scheme's name (驻某镇帮镇扶村工作队 for the
  scheme 驻镇帮镇扶村: SlotScheme in programme_cues.jsonl) or right before it (某镇驻镇帮镇扶村工作队), names the scheme,
  and that town carries it out; the units that make the team up (由甲局、乙会和某公司组成的…工作队: ComposedLead,
  ComposedMark, SchemeTeamHead) carry it out too. A team named after no scheme (…组成的调研组) adds nothing.
- A city given the civilised-city title (某市获授“全国文明城市”称号, 被评为“全国文明城市”: 文明城市 a DesignationHead, 获授
  a DesignationLead and a ProgrammeVerb as 荣获) carries the designation; the campaign to win it (创建全国文明城市) stays
  the campaign.
- A policy document in 《》 may be a year's work points (《…2025年工作要点》: DocumentHead 工作要点), its name holding
  half-width brackets as printed; a book's or an article's title ending in another word names none.
- Named parks listed as the members of a list named before (甲市乙县…产业园、丙市丁区…产业园等3家产业园名列其中:
  ListedWorksClose, ListedWorksCount, VisitedHead) are projects of their own, each carried out by the innermost place its
  name opens with, or by the place in brackets after it (…跨县集群产业园(某市)), not by a province its name opens with.
- A customs district named by its seat (拱北海关, 湛江海关: agencies.jsonl, the 42 districts under 海关总署) is a body,
  and so one of the units a team is made of.

Texts written for these tests in our own words, with places and units other than those of the set."""
import pytest

from conftest import programmes_and_links
from kg.extraction import extract
from kg.ingest import decode_bytes


@pytest.mark.parametrize("text,town,units", [
    ("北湾镇迎来帮扶队伍\n今年7月，由佛山市妇联、佛山市财政局和某农商银行组成的佛山驻北湾镇帮镇扶村工作队正式进驻。\n",
     "北湾镇", {"佛山市妇女联合会", "佛山市财政局"}),
    ("帮扶队伍进村入户\n这支队伍正是由广东省档案馆和某电信公司组成的驻清远英德市石牯塘镇帮镇扶村工作队。\n",
     "石牯塘镇", {"广东省档案馆"}),
    ("三年帮扶见成效\n2022年春，由东莞市教育局、东莞市卫生健康局共同组成的罗定市船步镇驻镇帮镇扶村工作队来到船步镇。\n",
     "船步镇", {"东莞市教育局", "东莞市卫生健康局"}),
])
def test_a_team_named_for_its_town_carries_the_scheme_there(text, town, units):
    progs, links = programmes_and_links(text)
    assert "驻镇帮镇扶村" in progs, sorted(progs)
    assert (town, "驻镇帮镇扶村") in links, sorted(links)
    for unit in units:
        assert (unit, "驻镇帮镇扶村") in links, sorted(links)


def test_a_team_named_after_no_scheme_adds_nothing():
    text = "调研组下基层\n由佛山市财政局、佛山市教育局组成的调研组来到北湾镇，了解学校建设情况。\n"
    progs, links = programmes_and_links(text)
    assert not {l for l in links if l[0] in ("佛山市财政局", "佛山市教育局", "北湾镇")}, sorted(links)


@pytest.mark.parametrize("text", [
    "云浮市喜获殊荣\n今年6月，云浮市获授“全国文明城市”称号，全市干部群众备受鼓舞。\n",
    "喜讯传来\n经过三年努力，云浮市被评为“全国文明城市”。\n",
])
def test_a_city_given_the_civilised_city_title_carries_it(text):
    # 文明城市 ends a designation as 文明村 and 卫生城市 do (DesignationHead in designations.jsonl); a quoted one is named
    # without its national scope, the printed form an alias, as “全国文明村镇” is
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    names = {e.key: {e.name, *e.aliases} for e in r.entities}
    progs = [e.key for e in r.entities if e.type == "Programme" and "全国文明城市" in names[e.key]]
    assert progs, [names[e.key] for e in r.entities]
    links = {(x.subject, x.object) for x in r.relations if x.predicate == "implements"}
    assert any(o == progs[0] and "云浮市" in names[s] for s, o in links), sorted(links)


@pytest.mark.parametrize("text,name", [
    ("云浮市全力创建全国文明城市，各区县同步推进。\n", "创建全国文明城市"),
    ("云浮市扎实推进全国文明城市创建工作。\n", "全国文明城市创建"),
])
def test_the_campaign_to_win_the_title_stays_the_campaign(text, name):
    progs, _ = programmes_and_links(text)
    assert name in progs or "创建全国文明城市" in progs, sorted(progs)
    assert "全国文明城市" not in progs, sorted(progs)


@pytest.mark.parametrize("text,name", [
    ("会议传达了《佛山对口帮扶协作(对口合作)云浮2026年工作要点》等文件。\n", "《佛山对口帮扶协作(对口合作)云浮2026年工作要点》"),
    ("市农业农村局印发《罗定市2026年农业农村工作要点》，部署全年任务。\n", "《罗定市2026年农业农村工作要点》"),
])
def test_work_points_are_documents(text, name):
    progs, _ = programmes_and_links(text)
    assert name in progs, sorted(progs)


def test_a_title_ending_in_another_word_names_no_document():
    progs, _ = programmes_and_links("他在杂志上读到《乡村工作要闻》一文。\n")
    assert not progs, sorted(progs)


_PARK_LIST = (
    "省级产业园名单公布\n省农业农村厅日前公布2026年省级现代农业产业园建设名单。清远市英德市红茶产业园、"
    "云浮市新兴县肉鸡产业园、广东荔枝跨县集群产业园(茂名市)等3家产业园名列其中。\n"
)


def test_parks_listed_as_members_are_their_places_projects():
    progs, links = programmes_and_links(_PARK_LIST)
    for park in ("清远市英德市红茶产业园", "云浮市新兴县肉鸡产业园", "广东荔枝跨县集群产业园"):
        assert park in progs, sorted(progs)
    assert ("英德市", "清远市英德市红茶产业园") in links, sorted(links)
    assert ("新兴县", "云浮市新兴县肉鸡产业园") in links, sorted(links)
    assert ("茂名市", "广东荔枝跨县集群产业园") in links, sorted(links)
    assert ("广东省", "广东荔枝跨县集群产业园") not in links, sorted(links)



def test_a_customs_district_is_a_body_and_a_unit_of_a_team():
    text = ("帮扶工作队进驻西岭镇\n由湛江海关、化州市财政局共同组成的湛江驻西岭镇帮镇扶村工作队于去年进驻。"
            "拱北海关也派出一名干部参与帮扶。\n")
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    agencies = {e.name for e in r.entities if e.type == "Agency"}
    assert {"湛江海关", "拱北海关"} <= agencies, sorted(agencies)
    _, links = programmes_and_links(text)
    assert ("湛江海关", "驻镇帮镇扶村") in links, sorted(links)
