"""Classes the fifty-fourth programme set (villages' and towns' own schemes in news of 贵州, 云南, 广西, 湖南 and 四川: a
village's points scheme and its title of civilised village, a county's quoted development formula told at a station's
opening with a town's and a village's officials, a village Party branch's paired-building scheme beside a brand and a
product list, a natural village's provincial title beside a prize and a firm's business model, a county's cooperation
model and its demonstration points in two named villages beside a festival, a village winning in a provincial incentive
scheme beside a national platform, a fund and a town's model, a region's points-card system with its guiding opinion and
pilots, a village's model summed up by researchers with the province's two documents; rewritten from real news) showed.

- Titles printed side by side with no mark between them, the first ending in its years in brackets
  (出台《某某三年行动方案(2021-2023)》《关于…的若干措施》等文件), are one list: the verb before the first governs each.
- A quoted formula before a county's whole development approach (“3345”整体发展思路: AfterQuoteHead, NamingHead,
  FormulaHead 整体发展思路 in programme_cues.jsonl) is a scheme, as one before 总体发展思路 was.
- A model summed up or worked out (总结出, 探索出: ProgrammeVerb) and named after a village, town or county of the article by
  its stem (“村民议事”岩门模式 beside 岩门村: PlaceModelHead, PlaceModelLevel in relation_cues.jsonl) is carried out by that
  place; a stem that names no place of the article gives the model no doer.
- A plan in a fronted frame after 依托 (依托“某某计划”，某部与某公司…: ArrangementLead) is carried out by the bodies that
  open the clause after it, not by the topic of the sentence before.
- 支部书记 after a village (某县某镇某村支部书记某某) is a post in that village's Party branch, as 党支部书记 is.
- A quote signed or carried out as a Party-building pairing (签订“某某”党建结对共建协议: TailHead 结对共建, under a verb only)
  is a scheme, named with the tail, carried out by the branch that signs it.

Left: a village that wins prizes in a round of a provincial scheme (在…激励计划第一批评选中，某村获得…), a county that funds a
quoted pilot after 为 (某县安排20万元，为首批“…”试点提供启动资金), a scheme named in an unquoted headline after 推行
(…积分卡制度), demonstration points built in two villages named before the scheme (实施某镇甲村和乙村乡村振兴示范点建设; a
village the gazetteer does not list under its town is not read), a quote glued to an unquoted cooperation before it (沪滇协作“4+”模式),
a natural village (某某自然村) whose provincial title goes to its county, a village meant by 这个村 that became a 全国文明村, a prefecture read inside a festival's name.

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import pairs_of, programmes_and_links


def test_titles_side_by_side_after_a_bracketed_year_share_the_verb():
    text = "江西省委省政府出台《全省农业发展三年行动方案(2021-2023)》《关于加强农村人居环境整治的若干措施》等文件。\n"
    _, links = programmes_and_links(text)
    for doer in ("中共江西省委员会", "江西省人民政府"):
        assert (doer, "《全省农业发展三年行动方案(2021-2023)》") in links
        assert (doer, "《关于加强农村人居环境整治的若干措施》") in links


def test_a_quoted_formula_before_a_whole_development_approach_is_a_scheme():
    text = "会上，县委副书记介绍了榕江县“3345”整体发展思路，并听取各乡镇意见。\n"
    progs, links = programmes_and_links(text)
    assert "3345" in progs
    assert ("榕江县", "3345") in links


def test_a_model_named_after_a_village_of_the_article_is_the_village_s():
    text = "咸宁市通城县石南镇岩门村地处山区。省社科院课题组两次到岩门村调研，总结出“村民议事”岩门模式。\n"
    progs, links = programmes_and_links(text)
    assert "村民议事岩门模式" in progs
    assert ("岩门村", "村民议事岩门模式") in links


def test_a_model_named_after_no_place_of_the_article_has_no_doer():
    text = "省社科院课题组两次到山区调研，总结出“村民议事”石桥模式。\n"
    progs, links = programmes_and_links(text)
    assert "村民议事石桥模式" in progs
    assert not links


def test_a_plan_framed_by_yituo_is_carried_out_by_the_bodies_after_it():
    text = "石南镇的经验正在全县推广。依托“乡村工匠培育计划”，教育部与一家企业持续投入。\n"
    _, links = programmes_and_links(text)
    assert ("教育部", "乡村工匠培育计划") in links
    assert not any(doer == "石南镇" for doer, _ in links)


def test_a_branch_secretary_after_a_chained_village_holds_a_post_in_its_branch():
    text = "黔东南州黎平县肇兴镇堂安村支部书记陆光明介绍了村里的情况。\n"
    assert ("陆光明", "中共黎平县肇兴镇堂安村支部委员会") in pairs_of(text, "holdsPost")


def test_a_quoted_party_building_pairing_signed_is_a_scheme_of_the_branch():
    text = "榕江县栽麻镇大利村党支部与县农商银行党支部签订“红色纽带”党建结对共建协议，共同发展村集体经济。\n"
    progs, links = programmes_and_links(text)
    assert "红色纽带党建结对共建" in progs
    assert ("中共榕江县栽麻镇大利村支部委员会", "红色纽带党建结对共建") in links
