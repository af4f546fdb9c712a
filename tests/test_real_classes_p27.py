"""Classes the twenty-seventh programme set (real news of 陕西, 甘肃, 宁夏, 黑龙江, 青海) showed.

- A list of places closed by 等 right before a count and a designation (A县、B县等10个全国…示范县: DesignationLead 等)
  makes the places its members, as a verb that confers it does.
- A run of works names ends before 等一批重点项目 as before 等重点项目 (WorksAfter in programme_cues.jsonl): each is a
  programme.
- A bureau merged from two fields (农业农村和乡村振兴局: AgencyField in agency_fields.jsonl) is one body, not a place
  and a bureau of 乡村振兴.
- A known scheme that opens a longer project's name after a governing verb, four characters or more of the
  project's own before its head (实施高标准农田建设…示范项目), yields to that project's name.
- A body or place between 将 and 的 owns the object 将 moves (甲省将乙市的项目纳入《…》: DisposalMark, PossessiveMark in
  relation_cues.jsonl): it is no subject, the one before 将 carries the plan out.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import programmes_and_links, read_names


def test_places_closed_by_deng_before_a_count_are_members():
    text = "今年，宁武县、静乐县、岢岚县等5个国家林下经济示范县又接受了复查。"
    progs, links = programmes_and_links(text)
    assert "国家林下经济示范县" in progs
    assert {("宁武县", "国家林下经济示范县"), ("静乐县", "国家林下经济示范县"), ("岢岚县", "国家林下经济示范县")} <= links


def test_works_run_before_a_batch_of_key_projects():
    text = "去年，该县先后建成城北客运站和东关路改扩建工程、汾河大桥加固工程等一批重点项目，群众出行更方便。"
    progs, _ = programmes_and_links(text)
    assert {"东关路改扩建工程", "汾河大桥加固工程"} <= progs


def test_a_bureau_merged_from_two_fields_is_one_body(nlp):
    ents, _ = read_names(nlp, "门源回族自治县农业农村和乡村振兴局近日召开春耕生产部署会。")
    assert ("Agency", "门源回族自治县农业农村和乡村振兴局") in ents


def test_a_known_scheme_opening_a_longer_project_name_yields_to_it():
    progs, links = programmes_and_links("2022年，灵武市实施高标准农田建设盐碱地改良示范项目，完成投资1200万元。")
    assert "高标准农田建设盐碱地改良示范项目" in progs
    assert ("灵武市", "高标准农田建设盐碱地改良示范项目") in links


def test_the_place_after_jiang_is_the_object_not_the_doer():
    text = "去年，山西省将吕梁市的12个村全部纳入《山西省传统村落保护发展规划》，当年实施传统村落消防改造项目。"
    progs, links = programmes_and_links(text)
    plan = "《山西省传统村落保护发展规划》"
    assert plan in progs
    assert ("山西省", plan) in links and ("山西省", "传统村落消防改造项目") in links
    assert ("吕梁市", plan) not in links

