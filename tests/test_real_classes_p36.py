"""Classes the thirty-sixth programme set (county reports, party congresses, east-west co-operation and road and water
works of 四川, 重庆, 陕西, 甘肃, 广西 and 云南, rewritten from real news) showed.

- A quoted numbered formula before 总体发展思路 (不断完善“2356”总体发展思路: AfterQuoteHead, NamingHead and FormulaHead in
  programme_cues.jsonl) is a scheme, as one before 发展思路 already was.
- A works name opened by a dash after what it is described as (…交通基准任务——某某公路改建工程全线贯通) is read as one opened
  by a comma, and 贯通 (全线贯通) is a stage a works reaches (ProjectStart).
- A scheme taken up as what joins two places (以某某经济带开放开发为纽带: TakenAs 为纽带 in relation_cues.jsonl, up to four
  characters of the work done on it before 为) starts after 以.
- The Party's committee printed in full in one of its terms (中国共产党某县第十四届委员会: CpcFullPrefix in
  agency_grammar.jsonl) is the county's committee, one node with 某县委, not a body of its own.
- A body printed short after 和 (落实市委、市政府决策部署和区委工作安排: CoordinatedBody) is a body of its own: the words
  before 和 are no unit of the government before them.
- A place's name and a word of mood or pace in quotes (提振“某地状态”、鼓足“某地干劲”: NotProgrammePattern) is a slogan of
  effort, no scheme, and nobody carries it out.
- The place a delegation goes to (县政府主要领导带队赴某区互访对接，…并制定《…》: 赴 a PrepositionBefore) is no subject of
  the plan the delegation's body makes.
- 加快 governs a works named after it and closed by 建设 (加快某某水库工程建设: a ProgrammeVerb "proper", ProperFollower),
  which the place before it carries out; not a kind of works opening with a common word (加快农村公路工程建设), a class
  (加快…等重点工程建设, ProperNameStop) or a verb (加快建设…示范区).
- A works name that opens a sentence before 依托 (…乡镇供水工程依托某江干流水电站的水资源: a NameSubjectNext) is read.
- A county's short form before 江 (澜沧江, 金沙江: NotPlaceAfter in places.jsonl) names a river, not the county.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import names_of, programmes_and_links, typed_names


def test_a_quoted_formula_before_a_general_development_plan():
    progs, links = programmes_and_links("报告回顾，宝兴县委团结带领全县干部群众，坚持实施“2356”总体发展思路，县域经济稳步增长。")
    assert "2356" in progs, sorted(progs)
    assert {d for d, p in links if p == "2356"} & {"中共宝兴县委员会", "宝兴县"}, sorted(links)


def test_a_works_opened_by_a_dash_that_runs_through():
    progs, _ = programmes_and_links("至此，列入年度重点民生实事的县城交通基准任务——316国道汉阴至石泉公路改建工程全线贯通。")
    assert "316国道汉阴至石泉公路改建工程" in progs, sorted(progs)
    progs, _ = programmes_and_links("这是今年的头号民生任务——石门水库除险加固工程已全面完工。")
    assert "石门水库除险加固工程" in progs, sorted(progs)
    # a dash before a run of words with no works head names nothing
    progs, _ = programmes_and_links("这是一条致富路——村民的收入全线贯通后翻了一番。")
    assert not progs, sorted(progs)


def test_a_belt_taken_up_as_the_tie_between_two_places_starts_after_yi():
    progs, _ = programmes_and_links("湖南与广东山水相连，以湘粤边界经济带开放开发为纽带，两省往来日益密切。")
    assert "湘粤边界经济带" in progs, sorted(progs)
    assert not any(p.startswith("以") for p in progs), sorted(progs)


def test_the_party_committee_printed_in_full_in_one_of_its_terms_is_the_county_committee():
    text = "5月20日，宝兴县召开党代会。县委书记王建军代表中国共产党宝兴县第十五届委员会向大会作报告。报告回顾，宝兴县委坚持生态立县。"
    agencies = names_of(text, "Agency")
    assert "中共宝兴县委员会" in agencies, sorted(agencies)
    assert not any("第十五届" in a for a in agencies), sorted(agencies)


def test_a_body_printed_short_after_he_is_no_unit_of_the_government_before_it():
    text = "黔江区召开人大会议。会议要求，区人民政府要全面落实市委、市政府决策部署和区委工作安排，全力抓项目、抓招商。"
    agencies = names_of(text, "Agency")
    assert not any("决策部署" in a for a in agencies), sorted(agencies)
    assert "重庆市人民政府" in agencies, sorted(agencies)
    # a unit whose name holds 和 is still read (商务厅国内投资和经济合作处)
    agencies = names_of("四川省商务厅国内投资和经济合作处处长刘强介绍了有关情况。", "Agency")
    assert any(a.endswith("国内投资和经济合作处") for a in agencies), sorted(agencies)


def test_a_place_and_a_word_of_mood_in_quotes_is_a_slogan():
    # a headline with 建设 right after the quote, as after a scheme's quoted name (“某某”建设)
    progs, links = programmes_and_links("宝兴县召开党代会 鼓足“宝兴干劲”建设生态强县\n"
                                        "5月20日，宝兴县召开党代会。会议动员全县上下提振“宝兴状态”、跑出“宝兴速度”。")
    assert not progs, sorted(progs)
    assert not links, sorted(links)
    # a quoted scheme in the same place is still read
    progs, _ = programmes_and_links("宝兴县全面实施“熊猫家园”建设行动，提振“宝兴状态”。")
    assert any("熊猫家园" in p for p in progs), sorted(progs)


def test_the_place_a_delegation_goes_to_is_no_subject_of_its_plan():
    progs, links = programmes_and_links(
        "今年4月，渭源县政府主要领导带队赴城阳区互访对接，召开联席会议，并制定《渭源县2025年东西部协作工作要点》。")
    assert "《渭源县2025年东西部协作工作要点》" in progs, sorted(progs)
    assert ("城阳区", "《渭源县2025年东西部协作工作要点》") not in links, sorted(links)
    assert ("渭源县人民政府", "《渭源县2025年东西部协作工作要点》") in links, sorted(links)


def test_jiakuai_governs_a_works_and_the_place_before_it_carries_it_out():
    progs, links = programmes_and_links("入秋以来，永德县抓住施工黄金期，加快李家湾水库工程建设，力争年内完成主体工程。")
    assert "李家湾水库工程" in progs, sorted(progs)
    assert ("永德县", "李家湾水库工程") in links, sorted(links)
    # 加快 before words of development with no works head names nothing; nor before a kind or a class of works, or a verb
    for text in ("全县要加快发展现代农业，加快补齐基础设施短板，加快构建现代产业体系。",
                 "要加快农村供水工程建设，提升保障能力。",
                 "要加快堤防险段等重点工程建设，确保安全度汛。",
                 "协调解决难点问题，加快项目施工和扫尾工程。",
                 "某县要加快建设秦岭生态产品价值实现示范区。"):
        progs, _ = programmes_and_links(text)
        assert not progs, (text, sorted(progs))


def test_a_works_opening_a_sentence_before_yituo():
    progs, links = programmes_and_links("近日，双江县第三批重点水网项目工程在勐勐镇开工建设。\n"
                                        "普洱市澜沧江水资源综合利用项目双江片区城乡供水工程依托澜沧江干流水电站的水资源，构建供水保障体系。")
    assert "普洱市澜沧江水资源综合利用项目双江片区城乡供水工程" in progs, sorted(progs)


def test_a_short_form_before_jiang_names_a_river():
    # after the city the county lies in, where the short form would be read as the county
    places = names_of("普洱市澜沧江沿岸的村寨受益，毕节市金沙江畔的码头也已建成。", "Place")
    assert not places & {"金沙县", "澜沧拉祜族自治县"}, sorted(places)
    # the places themselves, and those whose own names end in 江, are still read
    places = names_of("澜沧县、通江县、合江县和丽江市的干部参加了会议。", "Place")
    assert {"澜沧拉祜族自治县", "通江县", "合江县", "丽江市"} <= places, sorted(places)
