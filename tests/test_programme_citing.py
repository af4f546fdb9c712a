"""Programmes a text only names: learnt from, acted by, worked under, or made part of.

Sentences written for these tests in the manner of county meetings, work reports and news features; the places are
real, the schemes and figures invented or generic, none taken from a passage of the held-out sets. Each row: the
programmes that must be found (by name or alias), the implements facts that must hold, and those that must not. Every
row with an absent fact linked it before the citing frame (CiteOpen, CiteClose in relation_cues.jsonl) was read. Last,
a place's project named after a known scheme (某镇高标准农田建设项目) is a project of its own."""
import pytest

from test_programme_constructions import _resolve, build

CASES = {
    # what is learnt from: the place in the frame is no doer of what follows, the places after 在 are
    "a place learnt from is no doer of the next clause":
        ("全州将借鉴宁夏吴忠市的经验做法，在临夏县、广河县开展“牛羊产业提质”行动。",
         {"牛羊产业提质"},
         {("临夏县", "implements", "牛羊产业提质"), ("广河县", "implements", "牛羊产业提质")},
         {("吴忠市", "implements", "牛羊产业提质")}),
    "a scheme learnt from is not the learner's (its owner printed before it may carry it out)":
        ("镇安县委常委会研究部署学习借鉴湖北“擦亮小城镇”行动经验的具体举措。",
         {"擦亮小城镇"}, set(),
         {("中共镇安县委员会", "implements", "擦亮小城镇")}),
    # what a body acts by
    "a scheme a county acts by":
        ("近年来，秭归县按照全省“绿满荆楚”行动部署，累计造林8万亩。",
         {"绿满荆楚"}, set(),
         {("秭归县", "implements", "绿满荆楚")}),
    "the body whose deployment a city follows":
        ("按照省委关于“强省会”战略的部署要求，长沙市召开专题会议研究落实措施。",
         {"强省会"}, set(),
         {("中共湖南省委员会", "implements", "强省会")}),
    # what the work is part of
    "what a county's work is made a concrete step of":
        ("平罗县要把盐碱地改良作为落实自治区“六新六特六优”产业部署的具体行动，今年改良耕地3万亩。",
         {"六新六特六优"}, set(),
         {("平罗县", "implements", "六新六特六优")}),
    "what a county's scheme is an important part of":
        ("作为“宜居宜业和美乡村”建设的重要内容，石门县启动了“百村示范”工程。",
         {"宜居宜业和美乡村", "百村示范"},
         {("石门县", "implements", "百村示范")},
         {("石门县", "implements", "宜居宜业和美乡村")}),
    "a standard a county works by":
        ("临夏县尹集镇新庄村入选甘肃省和美乡村示范村。临夏县将按照甘肃省和美乡村示范村建设标准，指导新庄村编制提升方案。",
         {"甘肃省和美乡村示范村"},
         {("新庄村", "implements", "甘肃省和美乡村示范村")},
         {("临夏县", "implements", "甘肃省和美乡村示范村")}),
    # the frame closes before the scheme the body does carry out
    "a scheme after a learning clause is still carried out":
        ("竹山县政府学习借鉴外地经验，启动“厕所革命”三年行动。",
         {"厕所革命"}, {("竹山县人民政府", "implements", "厕所革命")}, set()),
    "a scheme after a guiding clause is still carried out":
        ("在“强省会”战略指引下，长沙县深入实施“千亿园区”培育工程，新增规上企业40家。",
         {"强省会", "千亿园区培育工程"},
         {("长沙县", "implements", "千亿园区培育工程")},
         {("长沙县", "implements", "强省会")}),
    "a scheme after a followed requirement is still carried out":
        ("对照市委“三高四新”战略要求，桃源县实施“工业倍增”计划，全年新增项目30个。",
         {"三高四新", "工业倍增"},
         {("桃源县", "implements", "工业倍增")},
         {("桃源县", "implements", "三高四新")}),
    # 两地: the last two places of county level or above, neither within the other, not a speaker's body
    "two places counted after a speaker from one of them":
        ("江北区挂职干部、黔江区委常委、副区长王明介绍，明年两地将共同实施“渝东南消费协作”行动。",
         {"渝东南消费协作"},
         {("江北区", "implements", "渝东南消费协作"), ("黔江区", "implements", "渝东南消费协作")},
         {("重庆市黔江区人民政府", "implements", "渝东南消费协作")}),
    "two places counted in the next sentence":
        ("泉州市和甘南州签订协作协议。两地将共同实施“藏区茶旅互补”行动。",
         {"藏区茶旅互补"},
         {("泉州市", "implements", "藏区茶旅互补"), ("甘南藏族自治州", "implements", "藏区茶旅互补")}, set()),
    "a county and its own city are not two places":
        ("吴忠市同心县今年实施“枸杞提质”工程，两地将合力推进。",
         {"枸杞提质"}, set(), {("吴忠市", "implements", "枸杞提质")}),
    # a scheme said of a programme named before (a list it entered, a scheme it is part of) is not carried out by the
    # doer of that programme
    "a list a project is part of, before the project's doer":
        ("副市长察看了定边县砖井镇供水管网改造项目。该项目是全省“农村供水保障”工程的重点项目，由县水务局组织实施。",
         {"定边县砖井镇供水管网改造项目", "农村供水保障"},
         {("定边县水务局", "implements", "定边县砖井镇供水管网改造项目")},
         {("定边县水务局", "implements", "农村供水保障")}),
    "a scheme a works entered, before the works' doer":
        ("调研组来到旬阳市蜀河镇古镇保护提升工程现场。该工程纳入了国家文物保护利用示范区建设，由旬阳市文化和旅游广电局负责实施。",
         {"国家文物保护利用示范区"}, set(),
         {("旬阳市文化和旅游广电局", "implements", "国家文物保护利用示范区")}),
}


@pytest.mark.parametrize("text,programmes,present,absent", CASES.values(), ids=CASES.keys())
def test_named_only(text, programmes, present, absent):
    forms, facts = build(text)
    for name in programmes:
        assert name in forms, (name, sorted(forms))
    got = _resolve(forms, facts)
    assert present <= got, (present - got, sorted(facts))
    assert not (absent & got), (absent & got, sorted(facts))


# a place, perhaps a year, then a known scheme and a project's head: that place's project, not the known scheme
PROJECTS = {
    "a town's project named after a known scheme":
        ("县水利局实施龙泉镇高标准农田建设项目，年内完工。", "龙泉镇高标准农田建设项目"),
    "a district's project of one year named after a known scheme":
        ("区农业农村局牵头实施雁塔区2024年高标准农田建设项目，新建农田3000亩。", "雁塔区2024年高标准农田建设项目"),
}


@pytest.mark.parametrize("text,name", PROJECTS.values(), ids=PROJECTS.keys())
def test_a_places_project_named_after_a_known_scheme(text, name):
    forms, _ = build(text)
    assert forms.get(name) == name, sorted(forms)
    assert "高标准农田建设" not in forms, sorted(forms)


def test_a_known_scheme_with_a_projects_head_and_no_place_stays_the_scheme():
    forms, _ = build("全县实施高标准农田建设项目12个，新建农田2万亩。")
    assert "高标准农田建设" in forms, sorted(forms)



# an article that is a body's work report (its opening: 我代表县人民政府，向大会报告工作; 代表某县人民政府作政府工作报告):
# the speaker's we and the report's sentences without a subject are that body's
REPORTS = {
    "a report read to the congress, we and a sentence without a subject":
        ("石泉县人民政府工作报告\n——2026年1月5日在石泉县第十八届人民代表大会第四次会议上\n各位代表：\n"
         "现在，我代表县人民政府，向大会报告工作，请予审议。\n过去一年，我们深入实施“蚕桑强县”行动，新建桑园5000亩。\n"
         "新的一年，县政府将突出抓好三件事。启动池河镇污水管网改造项目，年内完工。",
         {("石泉县人民政府", "implements", "蚕桑强县"), ("石泉县人民政府", "implements", "池河镇污水管网改造项目")}, set()),
    "a summary of a report, a plan without a subject":
        ("紫阳县2025年政府工作报告摘要\n1月6日，紫阳县县长李某在县人民代表大会会议上代表紫阳县人民政府作政府工作报告。\n"
         "过去一年，全县持续推进“富硒茶产业提升”行动。\n今年要实施城关镇老街改造项目，打造特色街区。",
         {("紫阳县人民政府", "implements", "城关镇老街改造项目")}, set()),
    "a villager's we in an article that only mentions a report":
        ("汉阴县涧池镇：小庭院变成增收园\n“我们去年实施了‘庭院经济’行动，家家户户种上了魔芋。”村民王某说。\n"
         "2月10日，县长刘某代表汉阴县人民政府作政府工作报告。",
         set(), {("汉阴县人民政府", "implements", "庭院经济")}),
}


@pytest.mark.parametrize("text,present,absent", REPORTS.values(), ids=REPORTS.keys())
def test_a_whole_work_report_is_its_bodys(text, present, absent):
    forms, facts = build(text)
    got = _resolve(forms, facts)
    assert present <= got, (present - got, sorted(facts))
    assert not (absent & got), (absent & got, sorted(facts))


def test_a_works_named_again_by_this_and_its_head_is_carried_out_by_the_body_after_by():
    forms, facts = build("柘荣县今年启动了城区污水管网改造工程。这项工程自3月开工以来，由柘荣县住房和城乡建设局负责实施。")
    assert ("柘荣县住房和城乡建设局", "implements", "城区污水管网改造工程") in _resolve(forms, facts), sorted(facts)


def _agencies(text):
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    return {e.name for e in extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8"))).entities if e.type == "Agency"}


# a scheme's own task group: two fields joined by 与 in its name, or a name opening with 和美
@pytest.mark.parametrize("text,name", [
    ("这项工作由宁陕县秦岭生态保护与修复工作专班统筹推进。", "宁陕县秦岭生态保护与修复工作专班"),
    ("宁陕县成立了宁陕县和美乡村建设工作专班。", "宁陕县和美乡村建设工作专班"),
])
def test_a_task_groups_name_with_a_joiner_or_opening_with_hemei(text, name):
    assert name in _agencies(text)


def test_a_joiner_makes_no_other_free_body():
    assert not any("与" in n for n in _agencies("宁陕县卫生与健康委员会召开会议，县交通与物流中心参加。"))


# designations ending in heads the set of designations lacked (森林乡镇, 旅游乡镇, 质量安全县, 消费集聚区, 旅游度假区)
DESIGNATIONS = {
    "a forest township":
        ("西吉县火石寨乡入选宁夏森林乡镇。", "宁夏森林乡镇", {("火石寨乡", "implements", "宁夏森林乡镇")}),
    "a county's quality title it created":
        ("榕江县成功创建国家农产品质量安全县。", "国家农产品质量安全县", {("榕江县", "implements", "国家农产品质量安全县")}),
    "a tourism township":
        ("台江县施洞镇入选贵州省民族特色旅游乡镇。", "贵州省民族特色旅游乡镇",
         {("施洞镇", "implements", "贵州省民族特色旅游乡镇")}),
    "a night-time consumption zone":
        ("凯里市文体广电旅游局报送的“夜郎街”入选贵州省夜间文化和旅游消费集聚区。", "贵州省夜间文化和旅游消费集聚区", set()),
}


@pytest.mark.parametrize("text,name,present", DESIGNATIONS.values(), ids=DESIGNATIONS.keys())
def test_designations_with_new_heads(text, name, present):
    forms, facts = build(text)
    assert name in forms, sorted(forms)
    assert present <= _resolve(forms, facts), sorted(facts)


def test_zones_to_build_are_no_designation():
    forms, _ = build("县里规划建设旅游度假区和消费集聚区。")
    assert not forms, sorted(forms)


# 在…名单中，X村、Y村榜上有名: the members after the list word, a list grouped by county across commas too
@pytest.mark.parametrize("text,present", [
    ("在青海省美丽乡村示范村名单中，湟中区鲁沙尔镇阳坡村、上五庄镇拉斯目村，大通县桥头镇元树尔村榜上有名。",
     {(v, "implements", "青海省美丽乡村示范村") for v in ("阳坡村", "拉斯目村", "元树尔村")}),
    ("甘肃省休闲农业重点村名单中，临泽县沙河镇化音村和高台县宣化镇乐善村入选。",
     {(v, "implements", "甘肃省休闲农业重点村") for v in ("化音村", "乐善村")}),
])
def test_members_inside_a_list_named_before_them(text, present):
    forms, facts = build(text)
    assert present <= _resolve(forms, facts), sorted(facts)


def test_a_place_after_a_list_with_another_verb_is_no_member():
    forms, facts = build("在全省文明村镇名单公布后，西宁市召开会议，湟中区作交流发言。")
    assert not any(p == "implements" and s in ("西宁市", "湟中区") for s, p, o in facts), sorted(facts)


def test_towns_a_plan_makes_its_first_carriers():
    forms, facts = build("今年，由县农业农村局牵头制定《江华县乡村建设2026年实施方案》，确定沱江镇、涛圩镇为首批推进镇，建设美丽示范村8个。")
    got = _resolve(forms, facts)
    assert {(t, "implements", "《江华县乡村建设2026年实施方案》") for t in ("沱江镇", "涛圩镇")} <= got, sorted(facts)


def test_members_listed_after_a_designation_conferred_in_the_sentence():
    forms, facts = build("全县有3个村获评湖南省美丽乡村示范村，分别是沱江镇东田村、涛圩镇芦洪村和大圩镇宝镜村。")
    got = _resolve(forms, facts)
    assert {(v, "implements", "湖南省美丽乡村示范村") for v in ("芦洪村", "宝镜村")} <= got, sorted(facts)
    assert ("沱江镇", "implements", "湖南省美丽乡村示范村") not in got  # the town before a village kg does not know


def test_places_listed_after_villages_built_are_no_members():
    forms, facts = build("全县今年建设了3个美丽乡村示范村，分别是沱江镇东田村、涛圩镇芦洪村和大圩镇宝镜村。")
    assert not [f for f in facts if f[1] == "implements"], sorted(facts)


def test_roles_a_place_is_given_are_no_programmes():
    forms, _ = build("全州要落实“两个中心”“一个高地”战略定位，推动高质量发展。")
    assert not forms, sorted(forms)



def test_a_places_project_learnt_about_on_a_visit():
    forms, facts = build("在临泽县沙河镇化音村，调研组走进日光温室，详细了解化音村设施蔬菜提质增效项目建设情况。")
    assert ("化音村", "implements", "化音村设施蔬菜提质增效项目") in _resolve(forms, facts), sorted(facts)


def test_works_learnt_about_without_a_place_are_no_programme():
    forms, _ = build("他了解园区企业生产经营和在建项目推进情况。")
    assert not forms, sorted(forms)


def test_a_places_project_after_its_doers_relative_clause():
    forms, facts = build("在北山镇，由平罗县水务局组织实施的北山镇盐碱地改良示范项目今年完成改良面积2万亩。")
    assert ("平罗县水务局", "implements", "北山镇盐碱地改良示范项目") in _resolve(forms, facts), sorted(facts)


def test_a_firms_works_after_a_relative_clause_are_no_programme():
    forms, _ = build("由某公司投资建设的红星广场项目已经建成。")
    assert not forms, sorted(forms)


def test_a_title_conferred_on_places_by_the_bodies_that_open_the_chain():
    forms, facts = build("榕江县委、县政府决定授予忠诚镇“2025年度先进镇”称号，授予榕江县交通运输局“2025年度先进单位”称号，"
                         "授予忠诚镇高扒村、栽麻镇大利村“2025年度美丽乡村示范村”称号。")
    got = _resolve(forms, facts)
    want = {(x, "implements", "美丽乡村示范村") for x in ("高扒村", "大利村", "中共榕江县委员会", "榕江县人民政府")}
    assert want <= got, sorted(facts)
    assert ("榕江县交通运输局", "implements", "美丽乡村示范村") not in got


def test_as_in_zuowei_leads_no_designation():
    forms, _ = build("作为滨河休闲旅游度假区的核心，项目紧邻三条快速通道。")
    assert not forms, sorted(forms)
