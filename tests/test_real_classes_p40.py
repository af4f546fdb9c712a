"""Classes the fortieth programme set (towns and villages carrying out schemes in 河北, 天津, 重庆, 上海 and 北京's outer
districts, rewritten from real news) showed.

- A count closed by 以上 or 以下 before a designation's head (创建20个以上示范镇、200个以上示范村: DesignationBatch in
  designations.jsonl) is a count, as 左右 was: no programme named 以上示范村.
- 上榜 leads a designation as 入选 does (3个村上榜全市美丽宜居乡村名单: DesignationLead): the name opens after it, not at
  the count's unit (no 村上榜…).
- A township's stem before 乡村振兴 (李庄乡村振兴示范区) where the county's township has another suffix (李庄镇) is no
  township printed under another suffix (`kg/ner/places.py`, the township variants): 乡 belongs to 乡村.
- A quoted designation after 成为 (甲村、乙村成为“某市美丽乡村示范村”: DesignationConferVerb) is conferred; the places before a
  verb that confers a quoted designation are its members (`kg/ner/programmes.py`, member_lead of a quoted designation), and
  so are the bodies after 被 (被省委农办、省民政厅认定为“…示范村”).
- 美丽休闲乡村 is a designation wherever a lead names it (被…公布为2021年中国美丽休闲乡村: DesignationHead 休闲乡村), not only
  before a list word as the bare 乡村.
- A designation with the head 乡村 named with its level (省级美丽乡村) after a lead and a count (建成16个省级美丽乡村) is conferred;
  建成 and 争创 govern a programme (ProgrammeVerb in programme_cues.jsonl), so the place that builds them carries them out.
- 人居办 is a county's office of the leading group for rural living conditions (AgencyAbbrev in agency_abbreviations.jsonl:
  县人居办, 某县人居办), a body that leads a selection it organises.
- A relative clause of a designation before a place (刚被评为三星级示范村的某区某镇某村, 同为…示范村的…村): the place after 的,
  the last of its chain, is the member (`kg/relations.py`, designation-relative-member) where no member stands before the lead.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import programmes_and_links, typed_names


def test_a_least_count_before_a_designation_head_is_no_name():
    progs, _ = programmes_and_links("今年全省将创建30个以上示范镇、300个以上示范村，带动乡村全面振兴。")
    assert not any(p.startswith("以上") for p in progs), sorted(progs)
    progs, _ = programmes_and_links("全区计划培育10个以下精品示范村。")
    assert not any(p.startswith("以下") for p in progs), sorted(progs)


def test_shangbang_leads_a_designation():
    progs, _ = programmes_and_links("5个村上榜全省美丽宜居乡村名单。")
    assert "全省美丽宜居乡村" in progs, sorted(progs)
    assert not any(p.startswith("村上榜") for p in progs), sorted(progs)


def test_a_stem_before_xiangcun_zhenxing_is_no_township_under_another_suffix():
    text = "肥西县以三河乡村振兴示范区内的村庄为重点，启动美丽乡村建设。"
    assert ("Place", "三河镇") not in typed_names(text), sorted(typed_names(text))
    # the township printed with its own suffix, or before another word, stays
    assert ("Place", "三河镇") in typed_names("肥西县三河乡举办农民丰收节。")


def test_a_quoted_designation_after_chengwei_is_conferred_on_the_places_before():
    progs, links = programmes_and_links("江宁区汤山街道孟墓村、龙尚村、湖山村成为“南京市美丽乡村示范村”。")
    assert "南京市美丽乡村示范村" in progs, sorted(progs)
    for v in ("孟墓村", "龙尚村", "湖山村"):
        assert (v, "南京市美丽乡村示范村") in links, sorted(links)
    # a place that becomes a byword is given no designation
    progs, _ = programmes_and_links("江宁区汤山街道孟墓村成为“网红打卡地”。")
    assert not progs, sorted(progs)


def test_the_bodies_after_bei_confer_a_quoted_designation():
    progs, links = programmes_and_links(
        "江宁区汤山街道龙尚村被省委农办、省民政厅、省司法厅认定为“2022年江苏省乡村治理示范村”。")
    assert ("龙尚村", "江苏省乡村治理示范村") in links, sorted(links)
    assert ("江苏省民政厅", "江苏省乡村治理示范村") in links, sorted(links)
    assert ("江苏省司法厅", "江苏省乡村治理示范村") in links, sorted(links)


def test_a_village_of_leisure_is_a_designation_after_any_lead():
    progs, links = programmes_and_links("肥西县三河镇被农业农村部办公厅公布为2021年中国美丽休闲乡村。")
    assert "中国美丽休闲乡村" in progs, sorted(progs)
    assert ("三河镇", "中国美丽休闲乡村") in links, sorted(links)
    assert ("农业农村部办公厅", "中国美丽休闲乡村") in links, sorted(links)
    # leisure tourism in villages is no designation
    progs, _ = programmes_and_links("肥西县大力发展休闲乡村旅游。")
    assert not progs, sorted(progs)


def test_a_counted_level_designation_built_by_a_place():
    progs, links = programmes_and_links("到2021年底，河北省肥乡区建成16个省级美丽乡村。")
    assert "河北省美丽乡村" in progs, sorted(progs)
    assert ("肥乡区", "河北省美丽乡村") in links, sorted(links)
    # a kind of village to build, with no level, is none
    progs, _ = programmes_and_links("河北省肥乡区建成16个美丽乡村。")
    assert not progs, sorted(progs)
    _, links = programmes_and_links("三河镇争创国家卫生镇。")
    assert ("三河镇", "国家卫生镇") in links, sorted(links)


def test_the_place_a_relative_clause_of_a_designation_describes_is_its_member():
    _, links = programmes_and_links("刚被评为三星级示范村的江宁区汤山街道孟墓村，种了两百亩柠檬。")
    assert ("孟墓村", "三星级示范村") in links, sorted(links)
    _, links = programmes_and_links("入选全国乡村旅游重点村的江宁区汤山街道孟墓村，游客很多。")
    assert ("孟墓村", "全国乡村旅游重点村") in links, sorted(links)
    # the town before the village, printed in its chain, is not the member
    assert ("汤山街道", "全国乡村旅游重点村") not in links, sorted(links)


def test_renjuban_is_the_office_for_rural_living_conditions():
    text = "肥西县在全县开展“美丽庭院”评选活动，由县人居办牵头，县直有关部门参加。"
    assert ("Agency", "肥西县农村人居环境整治工作领导小组办公室") in typed_names(text), sorted(typed_names(text))
    progs, links = programmes_and_links(text)
    assert ("肥西县农村人居环境整治工作领导小组办公室", "美丽庭院") in links, sorted(links)
