"""Classes the thirty-ninth programme set (county, city and region work reports of 海南, 广西, 西藏, 新疆 and 云南, with many
schemes named among slogans and few of them carried out by a named place or body, rewritten from real news) showed.

- A headline opened by a bracket of one word (（海南）某县政府工作报告（节选）: the region a reprint files the report under) is
  no byline: neither the region's short name nor the note in the closing bracket is a reporter (`kg/clean.py`,
  _TAGGED_HEADLINE); a bracket with a reporter's role before a headline (（记者某某）…) stays one.
- A short body printed after a government and a verb (区人民政府紧扣市委“…”工作思路) is a body of its own, not the end of a
  unit's name (紧扣市委): CoordinatedBody in agency_grammar.jsonl ends a free unit's name.
- A prefecture's administrative office printed in full (某地区行政公署) is read as the body its short form (行署) names
  (GovernmentBody 行政公署 in agency_grammar.jsonl: the prefecture's government named so).
- A run of quotes counted as brands (打响“某都”“某乡”三大品牌: NotProgrammeAfter after a numeral and a measure, and after the
  whole run) names no programme; “…”“…”两大工程 still names two.
- 某某等21个项目开工建设: a batch of projects counted after 等 names none of them (`kg/ner/programmes.py`, counted_batch).
- The designation head 示范乡 (designations.jsonl), and a title after 、 in a run of titles one member lead opens
  (甲村获评国家级某某基地、某省某某示范点: DesignationListMark), its members the places before the lead.
- A report's heading opening with a place's named scheme and how its building goes (某某开发开放试验区建设步伐加快: NameSubjectNext
  "placed" in programme_cues.jsonl) names the scheme; a kind of zone (乡村振兴示范区建设稳步推进) does not.
- A clause whose subject is a count of places (甲乡获评…示范乡，另有3个村获评…示范村: CountedSubjectLead in relation_cues.jsonl)
  takes the verb from the place of the clause before: the township carries out only its own title.
- The bodies named inside what a doer follows (县人民政府围绕省委“…”目标和市委、市政府及县委工作要求，一体推进“…”: FollowVerb
  围绕, a quote allowed inside) are no doers of the scheme after it.
- A scheme named as one of a count of works praised (甲县拿下…荣誉，某某制等12项工作受到省政府通报表扬: PraisedWorkUnit,
  PraiseVerb, PraiseWord in relation_cues.jsonl) was carried out by the place or body before it in the sentence; with none
  before it, none.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import extracted, names_of, pairs_of, programmes_and_links


def test_a_headline_tagged_with_its_region_is_no_byline():
    people = names_of("（云南）2024年某某县政府工作报告（节选）\n县长马某某代表县人民政府报告工作，全县扎实推进各项工作。", "Person")
    assert not people, people
    people = names_of("（广西）某某县2023年工作综述\n这一年，全县各项事业稳步发展，群众生活持续改善。", "Person")
    assert not people, people
    # a reporter in a bracket before the headline's words stays a reporter
    people = names_of("（记者李红梅）某某镇召开会议\n会议要求各村抓好春耕生产。", "Person")
    assert "李红梅" in people, people


def test_a_short_body_after_a_government_and_a_verb():
    r = extracted("（新疆）哈密市伊州区2024年政府工作报告\n一年来，区人民政府紧扣市委“1234”工作思路，奋力推进各项工作。")
    bodies = {e.name for e in r.entities if e.type == "Agency"}
    assert not any("紧扣" in b for b in bodies), bodies
    assert "中共哈密市委员会" in bodies, bodies


def test_a_prefecture_office_printed_in_full():
    assert "和田地区行政公署" in names_of("2024年，和田地区行政公署在地委领导下全力抓发展、惠民生。", "Agency")


def test_quotes_counted_as_brands_name_no_programme():
    progs, links = programmes_and_links("今年，恭城瑶族自治县全力打响“月柿之乡”“油茶之都”“康养恭城”三大品牌。")
    assert not progs, sorted(progs)
    assert not links, sorted(links)
    progs, _ = programmes_and_links("今年，某某县深入实施“强基行动”“富民工程”两大工程。")
    assert {"强基行动", "富民工程"} <= progs, sorted(progs)


def test_a_batch_of_projects_counted_after_deng():
    progs, _ = programmes_and_links("今年，全县风电场等15个项目开工建设，光伏组件加工等4个项目竣工投产。")
    assert not progs, sorted(progs)
    progs, _ = programmes_and_links("3月5日，百色市右江区城北污水处理厂扩建工程正式开工。")
    assert progs, sorted(progs)


def test_designations_of_townships_and_a_run_of_titles():
    _, links = programmes_and_links("这一年，龙胜各族自治县泗水乡获评广西生态文化旅游示范乡。")
    assert ("泗水乡", "广西生态文化旅游示范乡") in links, sorted(links)
    progs, links = programmes_and_links("去年，昭平县黄姚镇获评全国特色景观旅游名镇、广西休闲农业与乡村旅游示范点。")
    assert "广西休闲农业与乡村旅游示范点" in progs, sorted(progs)
    assert ("黄姚镇", "广西休闲农业与乡村旅游示范点") in links, sorted(links)


def test_a_heading_with_a_places_scheme_and_how_its_building_goes():
    progs, _ = programmes_and_links("一年来，全市经济稳中向好。\n南宁临空经济示范区建设步伐加快。全年新落地项目42个。")
    assert "南宁临空经济示范区" in progs, sorted(progs)
    progs, _ = programmes_and_links("一年来，全县经济稳中向好。\n乡村振兴示范区建设稳步推进。全年新建村道12公里。")
    assert not progs, sorted(progs)


def test_a_clause_whose_subject_is_a_count_of_places():
    _, links = programmes_and_links("这一年，乐业县雅长乡获评广西民族团结进步示范乡，另有4个村获评广西生态文化旅游示范村。")
    assert ("雅长乡", "广西民族团结进步示范乡") in links, sorted(links)
    assert ("雅长乡", "广西生态文化旅游示范村") not in links, sorted(links)


def test_bodies_inside_what_a_doer_follows_are_no_doers():
    _, links = programmes_and_links(
        "（云南）墨江哈尼族自治县2025年政府工作报告\n县人民政府围绕省委“2468”发展目标和市委、市政府及县委工作要求，一体推进“两大产业”，经济稳中向好。")
    doers = {d for d, p in links if p == "两大产业"}
    assert not any(d.startswith("中共") or d.startswith("普洱市") for d in doers), sorted(links)


def test_a_scheme_among_the_works_praised():
    _, links = programmes_and_links(
        "乐东黎族自治县召开总结大会。这一年，乐东拿下全国文明城市提名城市等3项荣誉，河长制等12项工作受到省政府通报表扬。")
    assert ("乐东黎族自治县", "河长制") in links, sorted(links)
    _, links = programmes_and_links("据悉，河长制等12项工作受到省政府表彰。")
    assert not links, sorted(links)
