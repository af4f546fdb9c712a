"""Classes the forty-first programme set (bureaus and their campaigns in 辽宁, 吉林, 山西, 河南 and 湖北: a market
regulator's campaigns and its divisions, a labour department's job-fair campaigns run with other bodies, a province's
sixteen health campaigns, a traffic police campaign, a water department's river campaign, a publication office's
campaign printed in traditional characters, rewritten from real news) showed.

- A run of unquoted names joined by 、 after a strong verb and closed by 等, an umbrella name, a count and the same head
  (全省开展甲行动、乙行动、丙行动等某某行动16个专项行动; 实施甲工程、乙工程等十大工程: ListedUnquotedHead, ListedCountUnit,
  ListedCloseModifier in programme_cues.jsonl, `_listed_unquoted` in `kg/ner/programmes.py`): each item is a programme, and
  so is the umbrella, carried out by the doer before the verb; a run with no count after 等 (开展宣传行动、巡查行动等工作),
  or an item with anything but Chinese characters, names none.
- A quoted name that a verb governs governs the quotes coordinated after it, past the rest of its name and a year
  (开展“甲”招聘活动、2022年“乙”线上招聘活动和“丙”活动: `_quoted`, with Coordination), and its doer carries them all out
  (`kg/relations.py`, the anchors of coordination).
- 招聘活动 and 带岗活动 complete a quoted name, a slogan's quote with 、 too, under a governing verb (集中开展“甲、乙”直播
  带岗活动: TailHead "governed"); 某公司举办“…”招聘活动 names none.
- 行为 in a quoted campaign's tail holds the stop character 为 but stops nothing (“甲、乙、丙”货车违法行为专项行动: TailKeep).
- A unit's name after a bureau stops at 和 or 与 before a county, city or province (省公安厅交管局和吕梁交警支队: two bodies,
  `_division_at` in `kg/ner/agencies.py`); 国内投资和经济合作处 stays one unit.
- The office of the standing “扫黄打非” campaign, its quotes in its name, is a body of every level (全国“扫黄打非”办公室,
  某省“扫黄打非”工作小组办公室: AgencyField in agency_fields.jsonl), and it carries out the campaign it deploys.
- After a unit printed with its body (省市场监督管理局网监处), a unit of the same head printed alone at the start of a
  later clause of that paragraph, four characters or more (质量监督处围绕…), is another unit of that body
  (`_sibling_units_alone` in `kg/ner/agencies.py`); a shorter one (计量处) is not read so.
- 样板市 is a designation's head as 样板县 is (某市被评为国家…建设样板市: DesignationHead in designations.jsonl), and the
  city conferred it carries it out.
- 社长 and 副社长 are a person's roles (长江少年儿童出版社副社长某某 in a list of officials: Role in roles.jsonl): the name
  after them is a person, as the earlier gold has a newspaper's and a co-operative's 社长.
- A quoted campaign named by its stem and head alone (江西启动“护苗行动”) is the one campaign of the text named by that
  stem, a year and the head (“扫黄打非·护苗2023”专项行动: SeriesRoundModifier in programme_cues.jsonl,
  `_series_short_forms`): that round of the yearly series, one node; another stem before the year (清河护岸2024) is
  another campaign.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import names_of, programmes_and_links


def test_a_listed_run_of_unquoted_campaigns_closed_by_a_count():
    progs, links = programmes_and_links(
        "近年来，全区开展控烟限酒行动、全民健走行动、口腔健康促进行动等健康长治行动12个专项行动，成效明显。")
    for name in ("控烟限酒行动", "全民健走行动", "口腔健康促进行动", "健康长治行动"):
        assert name in progs, sorted(progs)
    progs, links = programmes_and_links(
        "今年，黔江区实施城市更新提质工程、农村公路畅通工程、山区水网建设工程等十大工程，全年投资80亿元。")
    for name in ("城市更新提质工程", "农村公路畅通工程", "山区水网建设工程"):
        assert name in progs, sorted(progs)
        assert ("黔江区", name) in links, sorted(links)
    # no count after 等, or an item with other marks than Chinese characters: no run
    progs, _ = programmes_and_links("各乡镇开展清理行动、巡查行动等工作，群众满意度提升。")
    assert not progs & {"清理行动", "巡查行动"}, sorted(progs)
    progs, _ = programmes_and_links("全县开展“清河”行动、2号巡查行动等3个专项行动。")
    assert "2号巡查行动" not in progs, sorted(progs)


def test_quoted_campaigns_coordinated_after_a_governed_one():
    progs, links = programmes_and_links(
        "今年以来，黑龙江省先后开展“春暖龙江”专场招聘活动、2023年“百企千岗”线上招聘活动和“就业服务进乡村”活动。")
    for name in ("春暖龙江", "百企千岗", "就业服务进乡村"):
        assert any(p.startswith(name) for p in progs), sorted(progs)
        assert any(d == "黑龙江省" and p.startswith(name) for d, p in links), sorted(links)


def test_job_fair_campaigns_named_by_a_slogan_and_their_tail():
    progs, links = programmes_and_links(
        "3月份，辽宁省人社厅、省教育厅集中开展“乐业辽宁、职等你来”直播带岗活动，200家企业参加。")
    name = "乐业辽宁、职等你来直播带岗活动"
    assert name in progs, sorted(progs)
    assert ("辽宁省人力资源和社会保障厅", name) in links and ("辽宁省教育厅", name) in links, sorted(links)
    progs, _ = programmes_and_links("某公司举办“春暖花开”招聘活动，吸引求职者200余人。")
    assert not progs, sorted(progs)


def test_a_campaign_tail_with_xingwei():
    progs, links = programmes_and_links("孝义交警从5月起，开展为期3个月的“严查、严管、严处”摩托车违法行为专项行动。")
    assert "严查、严管、严处摩托车违法行为专项行动" in progs, sorted(progs)


def test_a_unit_stops_before_a_coordinated_body_of_a_place():
    agencies = names_of("按照河南省公安厅交管局和南阳交警支队的统一部署，各大队开展夜查行动。", "Agency")
    assert "河南省公安厅交管局和南阳交警支队" not in agencies, sorted(agencies)
    assert "河南省公安厅交管局" in agencies, sorted(agencies)
    agencies = names_of("山西省商务厅国内投资和经济合作处处长出席。", "Agency")
    assert "山西省商务厅国内投资和经济合作处" in agencies, sorted(agencies)


def test_the_offices_of_the_saohuang_dafei_campaign():
    text = ("全国“扫黄打非”办公室日前部署开展“护苗2023”专项行动。4月20日，江西省“扫黄打非”工作小组办公室在"
            "萍乡市举行启动仪式，九江市“扫黄打非”工作领导小组办公室同步开展校园周边检查。")
    agencies = names_of(text, "Agency")
    assert {"全国“扫黄打非”办公室", "江西省“扫黄打非”工作小组办公室", "九江市“扫黄打非”工作领导小组办公室"} <= agencies, sorted(agencies)
    _, links = programmes_and_links(text)
    assert any(d == "全国“扫黄打非”办公室" and "护苗2023" in p for d, p in links), sorted(links)


def test_sibling_units_printed_alone_after_a_unit_of_their_body():
    from conftest import extracted

    r = extracted("吉林省市场监督管理局价格监督检查处印发工作方案。广告监督管理处开展夜市专项检查；"
                  "计量处抽检加油机120台。")
    names = {e.name for e in r.entities if e.type == "Agency"}
    for unit in ("价格监督检查处", "广告监督管理处", "计量处"):
        if unit == "计量处":  # three characters: too short to be read alone
            assert "吉林省市场监督管理局计量处" not in names, sorted(names)
            continue
        assert "吉林省市场监督管理局" + unit in names, sorted(names)
    subs = {(x.subject, x.object) for x in r.relations if x.predicate == "subOrganizationOf"}
    assert ("Agency/吉林省市场监督管理局广告监督管理处", "Agency/吉林省市场监督管理局") in subs, sorted(subs)


def test_a_city_named_a_model_city():
    progs, links = programmes_and_links("去年，运城市被评为国家节水型社会建设样板市，临汾市列入国家海绵城市建设试点。")
    assert "国家节水型社会建设样板市" in progs, sorted(progs)
    assert ("运城市", "国家节水型社会建设样板市") in links, sorted(links)


def test_a_publishing_house_officer_in_a_list_of_officials_is_a_person():
    from conftest import typed_names

    got = typed_names("湖南省新闻出版局副局长谢光明、湖南少年儿童出版社副社长周建华、岳麓书社社长易言者出席并致辞。")
    assert {("Official", "谢光明"), ("Person", "周建华"), ("Person", "易言者")} <= got, sorted(got)
    assert ("Official", "周建华") not in got, sorted(got)


def test_a_yearly_campaign_named_by_its_stem_alone_is_that_round():
    from conftest import extracted

    r = extracted("江西启动“护苗行动”\n4月20日，江西省“扫黄打非”工作小组办公室在萍乡市举行全省“扫黄打非·护苗2023”专项行动"
                  "启动仪式。")
    progs = [e for e in r.entities if e.type == "Programme"]
    assert [e.name for e in progs] == ["扫黄打非·护苗2023专项行动"], [e.name for e in progs]
    # another stem before the year: two campaigns
    progs, _ = programmes_and_links("广州开展“清河行动”，“清河护岸2024”专项行动同步推进。")
    assert {"清河行动", "清河护岸2024专项行动"} <= progs, sorted(progs)
