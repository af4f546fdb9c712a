"""Classes the forty-sixth programme set (road, water and farmland works and the documents about them in news of 河南, 山西,
甘肃, 宁夏, 吉林 and 黑龙江: a national road's section with its route through towns and a firm that invests in it, a national
road's rebuilding seen at its site, a region's water works listed by the region, a drought belt's water-source works beside
its reservoirs, a county's farmland demonstration zone visited by a provincial official, a province's plan for a national
road scheme printed in traditional characters, a city's water works named in a headline, a city congress's decision that
amends its law-making regulation, a county's round of a provincial campaign with firms' projects beside it, a district's
village roads; rewritten from real news) showed.

- A works project named with a bracket of a few words inside it (某线甲至乙段（含丙过境）一级公路项目开工: the started name
  may hold one), or after it before the next of a run (某某示范工程（右岸），以及某某工程、某某工程等重点项目: the run goes on
  after the bracket and a comma before 以及) is read (`kg/ner/programmes.py`, `started`, `works_separator`).
- A works project's site after 的 (在国道某线公路改建工程的施工现场: WorksAfter 的施工现场, 的建设现场) ends a run of works as
  the site word alone does.
- A works project due by a day (为保证某某一期工程在2026年6月前如期完工, 确保某某工程按期完工: ProjectStartDateLead 在,
  ProjectStartDateEnd 前, ProjectStartAdverb 如期/按期, ClauseLeadSkip 为保证/为确保/确保) is read as one that starts.
- A known scheme's name inside a works project's name, with the works' own words between it and the head (某地干旱带脱贫攻坚
  水源工程开工), is part of that name: the works are read, the scheme is not (`_WORKS_METHODS`).
- A decision that amends a cited law (《某市人大常委会关于修改〈某市…条例〉的决定》: CitingPlanHead 的决定) is a document of
  its own, which its issuer carries out; the city whose name opens the issuer's is no owner of it.
- The places a works project's route runs through (…改建工程开工。…，途经甲镇、乙镇、某产业园、丙镇，…: RouteThrough,
  relation_cues.jsonl; `kg/relations.py`, `_route_places`) carry it out as its sites: every item of the list that is a
  place, the works the last programme named before in the article (a works word and a project head in its name).
- A place that opens a headline before a field of public works (某县水利项目建设…: WorksHeadlineField) carries out every
  works project its article names.
- A place before a year and a round before a quoted campaign (某县2024年度第二期“…”活动: OwnerRound) carries it out.
- A body that carries out a plan whose title quotes a scheme the article names (某市政府印发《关于推进“某某”建设的实施意见》)
  carries out the scheme too.

Left: water works named by a shared stem (某都市圈城乡西线、东线、中线供水…5项工程) and a run of names that share one head
after 等 (…改造、…保障等工程); a county printed only by its short form with no city or province on the page (到某某调研), so
that a town the gazetteer puts in another county draws that county's bodies; bodies printed by short forms of two counties
before one bureau's kind (甲、乙农业农村局); a bureau that leads work on a district's village roads in a sentence that names
no programme (由交通局牵头); a document cited in 〈〉 inside the decision that amends it (nested programmes are not kept).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import programmes_and_links


def test_a_bracket_inside_a_started_works_name_is_part_of_it():
    name = "G215线敦煌至当金山口段（含阿克塞过境）一级公路项目"
    progs, _ = programmes_and_links(f"6月3日，{name}开工建设。\n")
    assert "G215线敦煌至当金山口段(含阿克塞过境)一级公路项目" in progs, sorted(progs)  # names in NFKC form


def test_a_bracket_after_a_works_name_does_not_end_the_run():
    text = ("总投资2.1亿元的延吉市布尔哈通河水生态修复示范工程（左岸），以及延吉市烟集河堤防加固工程、"
            "中小河流海兰河龙井市至东盛涌镇段治理工程等重点项目也先后开工。\n")
    progs, _ = programmes_and_links(text)
    assert "布尔哈通河水生态修复示范工程" in progs, sorted(progs)
    assert "烟集河堤防加固工程" in progs, sorted(progs)


def test_a_works_site_after_de_ends_the_works_name():
    progs, _ = programmes_and_links("连日来，在国道212线公路改建工程的施工现场，工人们正在铺设路面。\n")
    assert "国道212线公路改建工程" in progs, sorted(progs)


def test_works_due_by_a_day_are_read():
    progs, _ = programmes_and_links("为保证图们江防洪薄弱环节治理二期工程在2026年6月前如期完工，施工队伍节前就已进场。\n")
    assert "图们江防洪薄弱环节治理二期工程" in progs, sorted(progs)
    progs, _ = programmes_and_links("确保布尔哈通河灌区节水改造工程按期完工。\n")
    assert "布尔哈通河灌区节水改造工程" in progs, sorted(progs)
    # a pledge before a subject that does more than start or end names no project
    progs, _ = programmes_and_links("要防止大拆大建，确保今年老旧小区改造项目完成投资8亿元以上。\n")
    assert not any(p.endswith("改造项目") for p in progs), sorted(progs)


def test_a_known_scheme_inside_a_works_name_is_part_of_it():
    progs, _ = programmes_and_links("4月2日，甘肃东部干旱带脱贫攻坚供水工程开工。\n")
    assert "甘肃东部干旱带脱贫攻坚供水工程" in progs, sorted(progs)
    assert "脱贫攻坚" not in progs, sorted(progs)
    # the scheme alone, or extended by a head only, stays the scheme
    progs, _ = programmes_and_links("近年来，全县厕所革命取得明显成效。\n")
    assert "厕所革命" in progs, sorted(progs)


DECISION = "《鹤岗市人民代表大会常务委员会关于修改〈鹤岗市城市供水管理条例〉的决定》"


def test_a_decision_amending_a_cited_law_is_a_document_of_its_issuer():
    text = f"鹤岗市人民代表大会常务委员会公告：{DECISION}已经通过，现予公布。\n"
    progs, links = programmes_and_links(text)
    assert DECISION in progs, sorted(progs)
    assert ("鹤岗市人民代表大会常务委员会", DECISION) in links, sorted(links)
    assert ("鹤岗市", DECISION) not in links, sorted(links)


ROAD = "G227线张掖至扁都口段改建工程"


def test_the_places_a_route_runs_through_carry_the_works_out():
    text = (f"{ROAD}开工\n5月6日，{ROAD}正式开工。\n路线全长48公里，起点位于张掖市甘州区，途经碱滩镇、三闸镇、"
            "滨河新区、安阳乡，终点在民乐县扁都口。\n")
    _, links = programmes_and_links(text)
    assert {("碱滩镇", ROAD), ("三闸镇", ROAD), ("安阳乡", ROAD)} <= links, sorted(links)
    # a tour after a programme of no works makes no sites of the towns it passes
    _, links = programmes_and_links("全县深入开展“厕所革命”。巡回宣讲途经碱滩镇、三闸镇。\n")
    assert ("碱滩镇", "厕所革命") not in links and ("三闸镇", "厕所革命") not in links, sorted(links)


def test_a_place_opening_a_works_headline_carries_out_its_works():
    text = ("延吉市水利项目建设跑出“加速度”\n今年以来，延吉市抢抓施工黄金期。3月5日，烟集河灌区续建配套与节水改造工程开工，"
            "力争6月完工。\n")
    _, links = programmes_and_links(text)
    assert ("延吉市", "烟集河灌区续建配套与节水改造工程") in links, sorted(links)
    # a headline of another kind gives no doer
    text = ("延吉市召开安全生产会议\n会上通报了烟集河灌区续建配套与节水改造工程开工情况。\n")
    _, links = programmes_and_links(text)
    assert ("延吉市", "烟集河灌区续建配套与节水改造工程") not in links, sorted(links)


def test_a_place_before_a_year_and_a_round_carries_out_the_campaign():
    _, links = programmes_and_links("当天，左权县2024年度第二期“三个一批”活动启动。\n")
    assert ("左权县", "三个一批") in links, sorted(links)


def test_the_issuer_of_a_plan_for_a_scheme_carries_out_the_scheme():
    text = ("陕西出台意见加快“四好农村路”建设\n陕西省政府办公厅日前印发《关于深化“四好农村路”建设的实施意见》，"
            "提出到2027年的目标。\n")
    _, links = programmes_and_links(text)
    assert ("陕西省人民政府办公厅", "四好农村路") in links, sorted(links)
