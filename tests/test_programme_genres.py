"""Programmes and who carries them out in the genres a government website prints besides news: procurement and
tender notices and project notice boards (field lines), bulletins and rankings with a line of figures per place,
replies written by a bureau (我局), and the outcome of a scheme named after it.

Texts written for these tests in our own words, with places, bodies and schemes other than those of the held-out
set that revealed the constructions."""
import pytest

from test_programme_constructions import _resolve, build

# a notice's field lines: the project of its name line, the body that procures or builds it, the places it is built in
FIELDS = {
    "a tender notice with numbered fields":
        ("凤县双石铺镇2025年污水管网改造项目招标公告\n一、项目名称：凤县双石铺镇2025年污水管网改造项目\n"
         "二、招标人：凤县住房和城乡建设局\n三、建设地点：宝鸡市凤县双石铺镇、留凤关镇\n四、资金来源：县级财政资金\n",
         "凤县双石铺镇2025年污水管网改造项目",
         {"凤县住房和城乡建设局", "双石铺镇", "留凤关镇"}, {"宝鸡市"}),
    "a notice board with a builder and firms":
        ("项目公示\n工程名称：永登县红城镇农村供水管网提升工程\n建设单位：永登县水务局\n施工单位：甘肃某某水利建设有限公司\n"
         "监理单位：兰州某某工程咨询有限公司\n建设地点：红城镇、中堡镇\n",
         "永登县红城镇农村供水管网提升工程",
         {"永登县水务局", "红城镇", "中堡镇"}, set()),
    "a procurement notice whose buyer is a town government":
        ("采购公告\n项目名称：宜君县彭镇人居环境整治提升项目\n采购方式：公开招标\n预算金额：150万元\n采购人：宜君县彭镇人民政府\n"
         "项目地点：宜君县彭镇\n",
         "宜君县彭镇人居环境整治提升项目",
         {"宜君县彭镇人民政府", "彭镇"}, set()),
}


@pytest.mark.parametrize("text,project,doers,not_doers", FIELDS.values(), ids=FIELDS.keys())
def test_a_notices_field_lines(text, project, doers, not_doers):
    forms, facts = build(text)
    assert project in forms, sorted(forms)
    got = _resolve(forms, facts)
    assert {(d, "implements", project) for d in doers} <= got, sorted(facts)
    assert not {(d, "implements", project) for d in not_doers} & got, sorted(facts)
    assert not any("公司" in s for s, _, _ in facts), sorted(facts)  # a firm is no body and carries nothing out


def test_a_project_names_tag_in_brackets_stays_in_its_name_and_out_of_an_alias():
    forms, _ = build("项目名称：临夏县北塬灌区续建配套工程（EPC）\n建设单位：临夏县水务局\n")
    assert forms.get("临夏县北塬灌区续建配套工程(EPC)") == "临夏县北塬灌区续建配套工程(EPC)", sorted(forms)
    assert forms.get("临夏县北塬灌区续建配套工程") == "临夏县北塬灌区续建配套工程(EPC)", sorted(forms)


def test_a_name_field_without_a_projects_head_names_no_programme():
    forms, facts = build("项目名称：城区道路照明设施维护服务采购\n采购人：凤县城市管理局\n")
    assert not forms and not facts, (sorted(forms), sorted(facts))


# a line of figures for each place under a headline that names the programme
TALLIES = {
    "a progress bulletin by town":
        ("永登县“厕所革命”推进情况通报（第2期）\n截至9月底，各乡镇进度如下：\n城关镇：完成改厕310户，完成率88%；\n"
         "河桥镇：完成改厕260户，完成率79%；\n苦水镇：完成改厕198户，完成率61%。\n",
         "厕所革命", {"城关镇", "河桥镇", "苦水镇"}),
    "a ranking of counties":
        ("2025年度“四好农村路”建设工作考核结果\n现将结果通报如下：\n第一名：宜君县，95分；\n第二名：印台区，91分；\n"
         "第三名：王益区，87分。\n",
         "四好农村路", {"宜君县", "印台区", "王益区"}),
}


@pytest.mark.parametrize("text,programme,places", TALLIES.values(), ids=TALLIES.keys())
def test_lines_of_figures_under_a_programmes_headline(text, programme, places):
    forms, facts = build(text)
    assert {(p, "implements", programme) for p in places} <= _resolve(forms, facts), sorted(facts)


@pytest.mark.parametrize("text,places", [
    # a headline that names no programme
    ("全市上半年经济运行情况\n永登县：增长6.1%；\n皋兰县：增长5.3%。\n", ("永登县", "皋兰县")),
    # one line of figures is no list
    ("永登县“厕所革命”推进情况\n城关镇：完成改厕310户。\n全县将继续推进。\n", ("城关镇",)),
], ids=["no programme in the headline", "one line only"])
def test_lines_of_figures_without_a_headline_programme_or_a_list_link_nothing(text, places):
    forms, facts = build(text)
    assert not any(p == "implements" and s in places for s, p, _ in facts), sorted(facts)


def test_the_outcome_of_a_scheme_is_no_mention_of_it():
    forms, _ = build("今年，凤县持续巩固拓展脱贫攻坚成果，新建产业基地12个。")
    assert "脱贫攻坚" not in forms, sorted(forms)
    forms, _ = build("凤县在厕所革命中探索出了一条山区改厕的路子。")
    assert "厕所革命" in forms, sorted(forms)


def test_we_the_bureau_is_the_bureau_that_writes_the_reply():
    text = ("永登县林业和草原局关于县政协第12号提案的答复\n提案人：\n您提出的提案收悉，现答复如下：\n"
            "一、关于造林工作。近年来，县委、县政府高度重视生态建设。今年我局深入实施“国土绿化”提升行动，在连城镇、河桥镇新造林1.2万亩。\n")
    forms, facts = build(text)
    got = _resolve(forms, facts)
    assert ("永登县林业和草原局", "implements", "国土绿化提升行动") in got, sorted(facts)
    assert ("中共永登县委员会", "implements", "国土绿化提升行动") not in got, sorted(facts)  # the sentence before's topic


def test_we_the_bureau_with_no_bureau_named_before_is_nobody():
    forms, facts = build("今年我局深入实施“国土绿化”提升行动。永登县林业和草原局将做好总结。")
    assert not any(s == "永登县林业和草原局" for s, _, _ in facts), sorted(facts)


def test_the_body_that_drafts_a_document_carries_it_out():
    forms, facts = build("为推动茶产业提档升级，紫阳县农业农村局起草了《紫阳县富硒茶产业提升三年行动方案》，现向社会公开征求意见。")
    assert ("紫阳县农业农村局", "implements", "《紫阳县富硒茶产业提升三年行动方案》") in _resolve(forms, facts), sorted(facts)


# a task list after the lead body: 由甲局牵头，乙局负责…，丙局负责…
TASKS = {
    "a campaign's tasks clause by clause":
        ("会议明确，“清河净岸”专项行动由白河县水利局牵头，白河县生态环境局负责入河排污口排查，白河县农业农村局负责农业面源污染治理。",
         "清河净岸专项行动", {"白河县水利局", "白河县生态环境局", "白河县农业农村局"}, set()),
    "a task list that stops at a clause without a body":
        ("“清河净岸”专项行动由白河县水利局牵头，县长办公会定期听取汇报，白河县财政局负责资金保障。",
         "清河净岸专项行动", {"白河县水利局"}, {"白河县财政局"}),
}


@pytest.mark.parametrize("text,programme,doers,not_doers", TASKS.values(), ids=TASKS.keys())
def test_a_task_list_after_the_lead_body(text, programme, doers, not_doers):
    forms, facts = build(text)
    got = _resolve(forms, facts)
    assert {(d, "implements", programme) for d in doers} <= got, sorted(facts)
    assert not {(d, "implements", programme) for d in not_doers} & got, sorted(facts)


# a doer's clause, then the places after 在 in a later clause: where the programme is carried out
SITES = {
    "sites in the next clause":
        ("紫阳县民政局深入实施“幸福食堂”提升工程，年内在蒿坪镇、汉王镇新建食堂12个。",
         "幸福食堂提升工程", {"蒿坪镇", "汉王镇"}, set()),
    "a meeting's site is no site of the work":
        ("紫阳县民政局深入实施“幸福食堂”提升工程，在蒿坪镇召开现场推进会。",
         "幸福食堂提升工程", set(), {"蒿坪镇"}),
    "a second programme in the sentence owns what follows it":
        ("紫阳县民政局深入实施“幸福食堂”提升工程，并启动“银龄互助”行动，在蒿坪镇试点。",
         "幸福食堂提升工程", set(), {"蒿坪镇"}),
}


@pytest.mark.parametrize("text,programme,sites,not_sites", SITES.values(), ids=SITES.keys())
def test_sites_after_a_doers_clause(text, programme, sites, not_sites):
    forms, facts = build(text)
    got = _resolve(forms, facts)
    assert {(s, "implements", programme) for s in sites} <= got, sorted(facts)
    assert not {(s, "implements", programme) for s in not_sites} & got, sorted(facts)


REVIEW = ("关于2025年省级卫生乡镇（村）复核结果的通报\n"
          "一、复核合格，继续保留称号\n宁县早胜镇、宁县春荣镇；\n"
          "二、复核不合格，撤销称号\n宁县米桥镇。\n"
          "三、限期整改\n宁县良平镇存在环境卫生问题，整改期间暂予保留称号。\n")


def test_a_reviews_sections_keep_or_withdraw_a_designation():
    forms, facts = build(REVIEW)
    got = _resolve(forms, facts)
    assert {(t, "implements", "省级卫生乡镇") for t in ("早胜镇", "春荣镇", "良平镇")} <= got, sorted(facts)
    assert ("米桥镇", "implements", "省级卫生乡镇") not in got, sorted(facts)  # withdrawn: no longer selected
    assert not any(s == "宁县" for s, _, _ in facts), sorted(facts)  # the county only says where the town is


def test_a_unit_in_brackets_names_a_second_designation_before_any_word():
    forms, _ = build("省爱卫会公布了2025年省级卫生乡镇（村）复审结果。")
    assert {"省级卫生乡镇", "省级卫生村"} <= set(forms), sorted(forms)


def test_the_body_before_about_in_a_headline_issues_what_it_names():
    forms, facts = build("庆阳市爱国卫生运动委员会关于2025年市级卫生村复核结果的通报\n各县（区）爱卫会：现将结果通报如下。\n")
    assert any(s == "庆阳市爱国卫生运动委员会" and p == "implements" for s, p, _ in facts), sorted(facts)
    forms, facts = build("庆阳市爱国卫生运动委员会召开会议\n会议听取了关于市级卫生村复核工作的汇报。\n")
    assert not any(s == "庆阳市爱国卫生运动委员会" and p == "implements" for s, p, _ in facts), sorted(facts)


# a research visit that names projects by site
VISITS = {
    "a park's phase looked at for its progress":
        ("在南白街道，调研组察看了南白智能制造产业园三期项目建设进度。", "南白智能制造产业园三期项目", "南白街道"),
    "a quoted works entered where it is built":
        ("在团溪镇白果村，调研组走进“白果花海”提升工程现场，了解游客接待情况。", "白果花海提升工程", "白果村"),
}


@pytest.mark.parametrize("text,programme,site", VISITS.values(), ids=VISITS.keys())
def test_a_visit_names_projects_by_site(text, programme, site):
    forms, facts = build(text)
    assert programme in forms, sorted(forms)
    assert (site, "implements", programme) in _resolve(forms, facts), sorted(facts)


def test_a_progress_looked_at_without_a_projects_name_is_no_programme():
    forms, _ = build("在南白街道，调研组察看了企业生产进度。")
    assert not forms, sorted(forms)


def test_a_deployment_meeting_held_for_a_campaign():
    forms, facts = build("3月2日，宁县召开“清洁家园”百日行动动员部署大会，县长主持会议。")
    assert ("宁县", "implements", "清洁家园百日行动") in _resolve(forms, facts), sorted(facts)


# 根据《…办法》，甲局会同乙局…进行了考核: the bodies that assess or review by a method carry it out
APPLY = {
    "bodies that assess by a method":
        ("根据《宁县农村公路养护考核办法》，宁县交通运输局会同宁县财政局于11月对各乡镇进行了考核。",
         {"宁县交通运输局", "宁县财政局"}, set()),
    "a method only cited as a requirement":
        ("按照《宁县农村公路养护考核办法》要求，宁县交通运输局会同宁县财政局对各乡镇进行了考核。",
         set(), {"宁县交通运输局", "宁县财政局"}),
    "a method before a clause that assesses nothing":
        ("根据《宁县农村公路养护考核办法》，宁县交通运输局召开了专题会议。",
         set(), {"宁县交通运输局"}),
}


@pytest.mark.parametrize("text,doers,not_doers", APPLY.values(), ids=APPLY.keys())
def test_bodies_that_apply_a_method(text, doers, not_doers):
    forms, facts = build(text)
    got = _resolve(forms, facts)
    method = "《宁县农村公路养护考核办法》"
    assert {(d, "implements", method) for d in doers} <= got, sorted(facts)
    assert not {(d, "implements", method) for d in not_doers} & got, sorted(facts)
