"""Programmes and who carries them out: classes the earlier programme sets still missed (bulletins' headlines and
sign-offs, a document passed by a government's meeting and issued by its office, towns made a campaign's responsible
subjects, a scheme printed with its common name after 即, campaigns of demonstration, platforms before a deployment,
laws cited as the ground of a document, an addressee line).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the held-out sets
that revealed the constructions."""
import pytest

from test_programme_constructions import _resolve, build

# a bulletin with a line of figures per town: the county of its headline and the bodies of its sign-off carry it out
BULLETIN = ("宁陕县2025年“美丽庭院”创建工作进度通报\n各镇人民政府，县直有关部门：\n现将截至9月底各镇进度通报如下：\n"
            "筒车湾镇：创建任务300户，已完成251户；\n皇冠镇：创建任务260户，已完成198户；\n"
            "太山庙镇：创建任务210户，已完成120户。\n进度靠后的镇要加快推进。\n{sign}\n2025年10月8日\n")


def test_a_bulletins_headline_place_and_sign_off_carry_it_out():
    forms, facts = build(BULLETIN.format(sign="宁陕县妇女联合会　宁陕县农业农村局"))
    got = _resolve(forms, facts)
    assert {(d, "implements", "美丽庭院") for d in ("宁陕县", "宁陕县妇女联合会", "宁陕县农业农村局", "皇冠镇")} <= got, sorted(facts)


@pytest.mark.parametrize("sign", ["联系人：王晓东", "宁陕县农业农村局联系人王晓东"], ids=["a contact line", "a body and a person"])
def test_a_sign_off_line_with_more_than_bodies_names_no_doer(sign):
    forms, facts = build(BULLETIN.format(sign=sign))
    assert not any(s == "宁陕县农业农村局" for s, _, _ in facts), sorted(facts)


def test_a_headline_place_without_lines_of_figures_carries_nothing_out_by_it():
    forms, facts = build("宁陕县2025年“美丽庭院”创建工作情况\n今年以来，筒车湾镇完成创建251户。\n宁陕县农业农村局\n2025年10月8日\n")
    assert not {("宁陕县", "implements", "美丽庭院"), ("宁陕县农业农村局", "implements", "美丽庭院")} & _resolve(forms, facts), sorted(facts)


# a document printed before in its sentence, passed by a body's meeting and issued by a body after 由
PASSED = {
    "passed by the government's standing meeting, issued by its office":
        ("县农业农村局牵头起草了《石泉县蚕桑产业振兴奖补办法》，经县政府第15次常务会议审议通过，于2025年6月由县人民政府办公室印发实施。",
         "《石泉县蚕桑产业振兴奖补办法》", {"石泉县人民政府", "石泉县人民政府办公室", "石泉县农业农村局"}),
    "agreed after study by the committee's standing meeting":
        ("《汉阴县乡村工匠培育行动方案》经县委常委会会议研究同意，由县委办公室、县政府办公室联合印发。",
         "《汉阴县乡村工匠培育行动方案》", {"中共汉阴县委员会", "中共汉阴县委员会办公室", "汉阴县人民政府办公室"}),
}


@pytest.mark.parametrize("text,doc,doers", PASSED.values(), ids=PASSED.keys())
def test_the_body_that_passes_a_document_and_the_body_that_issues_it(text, doc, doers):
    forms, facts = build(text)
    assert doc in forms, sorted(forms)
    assert {(d, "implements", doc) for d in doers} <= _resolve(forms, facts), sorted(facts)


@pytest.mark.parametrize("text,body", [
    # the document comes after: who passes and issues it is another rule's
    ("经县政府常务会议审议通过，县人民政府办公室近日印发《石泉县蚕桑产业振兴奖补办法》。", None),
    # 经 with no meeting: a check, not a passing
    ("《石泉县蚕桑产业振兴奖补办法》实施以来，经县财政局核实，已兑付奖补资金120万元。", "石泉县财政局"),
    # 由 a body that does something else than issue it
    ("《石泉县蚕桑产业振兴奖补办法》规定，奖补资金由县财政局统一拨付。", "石泉县财政局"),
], ids=["document after", "a check after 经", "由 without issuing"])
def test_no_passing_or_issuing_without_the_construction(text, body):
    forms, facts = build(text)
    if body is None:
        assert not any(m == "passes-or-issues-document" for m in _methods(text)), sorted(facts)
    else:
        assert not any(s == body for s, _, _ in facts), sorted(facts)


def _methods(text):
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    return {x.method for x in extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8"))).relations}


# places made a campaign's responsible subjects by the head of its name alone
def test_places_made_the_responsible_subjects_of_a_campaign_named_before():
    text = ("紫阳县召开城乡环境卫生“净化美化”行动推进会。会议要求，各镇是行动的责任主体，蒿坪镇、洄水镇要在月底前完成集镇"
            "垃圾清运。双桥镇、高桥镇作了交流发言。会后，县住房和城乡建设局将组织督查。")
    forms, facts = build(text)
    got = _resolve(forms, facts)
    assert {(t, "implements", "净化美化行动") for t in ("蒿坪镇", "洄水镇", "双桥镇", "高桥镇")} <= got, sorted(facts)


def test_a_responsible_subject_names_no_campaign_of_another_head():
    # the head 行动 names no 工程 printed before it
    assert "responsible-subject" not in _methods("紫阳县启动“富硒茶园提质”工程。各镇是行动的责任主体，蒿坪镇要在月底前完成茶园改造。")


# a notice's addressee line is no subject; a patriotic health committee printed by its short form
NOTICE = ("陕西省爱国卫生运动委员会关于安康市省级卫生县城复核结果的通报\n{addressee}\n"
          "根据《陕西省卫生县城评审管理办法》，省爱卫会办公室于10月对安康市有关县城进行了复核。现将复核结果通报如下：\n")


@pytest.mark.parametrize("addressee", ["安康市爱卫会：", "安康市人民政府，省爱卫会各成员单位："])
def test_a_notices_addressee_is_no_subject_and_a_short_form_office_applies_the_method(addressee):
    forms, facts = build(NOTICE.format(addressee=addressee))
    got = _resolve(forms, facts)
    doc = "《陕西省卫生县城评审管理办法》"
    assert ("陕西省爱国卫生运动委员会办公室", "implements", doc) in got, sorted(facts)
    assert not {(s, o) for s, _, o in got if o == doc and s != "陕西省爱国卫生运动委员会办公室"}, sorted(facts)


def test_a_body_that_opens_a_later_line_with_a_colon_stays_a_subject():
    forms, facts = build("石泉县本周工作\n会议纪要如下。\n县交通运输局：启动“畅通乡村”工程，年内完成道路改造30公里。\n")
    assert ("石泉县交通运输局", "implements", "畅通乡村工程") in _resolve(forms, facts), sorted(facts)


# how a programme is printed: with its common name after 即, before 示范创建(活动), before 建设部署, a law cited as a ground
NAMES = {
    "a scheme with its common name after 即":
        ("近年来，岚皋县城镇老旧小区综合提升工作（即老旧小区改造）由县住房和城乡建设局牵头实施。",
         "岚皋县城镇老旧小区综合提升工作", {"老旧小区改造"}, {("岚皋县住房和城乡建设局", "implements", "岚皋县城镇老旧小区综合提升工作")}),
    "our district's scheme with its common name":
        ("旬阳市住房和城乡建设局答复：我市农村住房安全保障工作（即农村危房改造）由我局会同市民政局组织实施。",
         "农村住房安全保障工作", {"农村危房改造"},
         {("旬阳市住房和城乡建设局", "implements", "农村住房安全保障工作"), ("旬阳市民政局", "implements", "农村住房安全保障工作")}),
    "a campaign of demonstration":
        ("居民可关注我县正在开展的“美丽庭院”示范创建活动，相关事宜可咨询镇妇联。", "美丽庭院", {"美丽庭院示范创建"}, set()),
    "a quoted platform before its deployment, after a document":
        ("为贯彻落实《陕西省关于加快茶产业发展的意见》和安康市“秦巴硒谷·茶旅融合”建设部署，县茶业局起草了《若干措施》。",
         "秦巴硒谷·茶旅融合", set(), set()),
    "a law cited as the ground of an act":
        ("依据《中华人民共和国农业技术推广法》，石泉县农业农村局制定了年度推广计划。", "《中华人民共和国农业技术推广法》", set(), set()),
}


@pytest.mark.parametrize("text,name,aliases,facts_in", NAMES.values(), ids=NAMES.keys())
def test_how_a_programme_is_printed(text, name, aliases, facts_in):
    forms, facts = build(text)
    assert forms.get(name) == name, sorted(forms)
    assert all(forms.get(a) == name for a in aliases), sorted(forms)
    assert facts_in <= _resolve(forms, facts), sorted(facts)


@pytest.mark.parametrize("text,not_name", [
    # a law read, not cited as the ground of an act
    ("他认真学习了《中华人民共和国农业技术推广法》，深受启发。", "《中华人民共和国农业技术推广法》"),
    # a law whose provisions a dispute is settled by: no lead opening a clause, no comma after it
    ("律师说，这类租赁纠纷应当依照《民法典》的有关规定处理。", "《民法典》"),
    ("律师说，这类租赁纠纷应当依照《中华人民共和国民法典》的有关规定处理。", "《中华人民共和国民法典》"),
    # a bracket after 即 whose words end in no scheme's head
    ("近年来，岚皋县城镇老旧小区综合提升工作（即三年内完成）进展顺利。", "岚皋县城镇老旧小区综合提升工作"),
    # the ministry after a quote stays a body
    ("“美丽乡村”建设部近日召开会议。", "美丽乡村"),
], ids=["a law read", "a law's provisions", "a law's provisions, in full", "no scheme's head after 即",
        "a ministry after a quote"])
def test_no_programme_without_the_construction(text, not_name):
    forms, _ = build(text)
    assert not_name not in forms, sorted(forms)


def test_nobody_carries_a_law_out_by_citing_it():
    forms, facts = build("依据《中华人民共和国农业技术推广法》，石泉县农业农村局制定了年度推广计划。")
    assert not any(o == "《中华人民共和国农业技术推广法》" for _, _, o in facts), sorted(facts)


# “某某”专项行动 and “某某”行动 in one text: one campaign, named by the longer head; a different head stays another scheme
@pytest.mark.parametrize("text", [
    "石泉县启动“护河清源”专项行动，县水利局牵头实施。截至目前，“护河清源”行动已清理河道垃圾120吨。",
    "石泉县启动“护河清源”行动。今年以来，“护河清源”专项行动已清理河道垃圾120吨。",
], ids=["the longer head first", "the shorter head first"])
def test_a_special_campaign_and_the_campaign_are_one(text):
    forms, _ = build(text)
    assert forms.get("护河清源行动") == "护河清源专项行动" == forms.get("护河清源专项行动"), sorted(forms)


def test_a_campaign_and_a_works_of_one_quote_stay_two():
    forms, _ = build("石泉县启动“护河清源”工程。今年以来，“护河清源”行动已清理河道垃圾120吨。")
    assert forms.get("护河清源行动") == "护河清源行动" and forms.get("护河清源工程") == "护河清源工程", sorted(forms)


# a visitor arrives at a place, then looks at a named project in the next clause: the place is its site
ARRIVED = {
    "a works looked at after arriving":
        ("随后，调研组来到蒿坪镇，察看了紫阳县富硒茶加工园区二期工程。", "紫阳县富硒茶加工园区二期工程", "蒿坪镇"),
    "a village after its town, a project after a relative clause":
        ("检查组首先来到洄水镇庙坪村，察看了由县水利局负责实施的庙坪村人饮巩固提升工程。", "庙坪村人饮巩固提升工程", "庙坪村"),
}


@pytest.mark.parametrize("text,project,site", ARRIVED.values(), ids=ARRIVED.keys())
def test_the_place_a_visitor_arrives_at_is_the_site_of_what_he_looks_at_next(text, project, site):
    forms, facts = build(text)
    assert (site, "implements", project) in _resolve(forms, facts), sorted(facts)


@pytest.mark.parametrize("text,place", [
    # the project looked at is another place's
    ("随后，调研组来到蒿坪镇，察看了洄水镇的富硒茶加工园区二期工程。", "蒿坪镇"),
    # arriving, then doing something else than looking at it
    ("随后，调研组来到蒿坪镇，听取了紫阳县富硒茶加工园区二期工程情况汇报。", "蒿坪镇"),
], ids=["another place's project", "no looking at it"])
def test_no_site_without_looking_at_the_project_next(text, place):
    forms, facts = build(text)
    assert not any(s == place for s, _, _ in facts), sorted(facts)


# a town or village that opens a project's name (named in the text) carries it out; not a scheme's or a document's
@pytest.mark.parametrize("text,owner,project", [
    ("在洄水镇，由县林业局组织实施的洄水镇油茶低产林改造项目今年完成改造3000亩。", "洄水镇", "洄水镇油茶低产林改造项目"),
    ("项目名称：紫阳县蒿坪镇2025年农村道路提升项目\n采购人：紫阳县蒿坪镇人民政府\n资金来源：县级财政资金\n", "蒿坪镇",
     "紫阳县蒿坪镇2025年农村道路提升项目"),
], ids=["a town's project", "a project named after its county and town"])
def test_a_town_that_opens_a_projects_name_carries_it_out(text, owner, project):
    forms, facts = build(text)
    assert (owner, "implements", project) in _resolve(forms, facts), sorted(facts)


def test_a_town_that_opens_a_documents_name_is_governed_by_it():
    forms, facts = build("洄水镇召开会议，学习《洄水镇环境卫生管理办法》。")
    assert ("洄水镇", "implements", "《洄水镇环境卫生管理办法》") not in _resolve(forms, facts), sorted(facts)


def test_a_town_at_the_end_of_a_route_owns_no_road():
    forms, facts = build("在洄水镇，由县交通运输局负责实施的洄水镇至高桥镇公路改建工程今年完成路基15公里。")
    assert not {("洄水镇", "implements", "洄水镇至高桥镇公路改建工程"), ("高桥镇", "implements", "洄水镇至高桥镇公路改建工程")} \
        & _resolve(forms, facts), sorted(facts)


# a government that launches a project another body carries out: both carry it out
LAUNCHED = {
    "the government launches, a town carries out":
        ("今年以来，岚皋县政府已启动佐龙村魔芋产业提升项目，由佐龙镇负责实施，新建魔芋种植基地600亩。",
         "佐龙村魔芋产业提升项目", {"岚皋县人民政府", "佐龙镇"}),
    "an item of a work report's plans, a bureau leads":
        ("1月8日，岚皋县第十八届人民代表大会第五次会议开幕，县长王林代表县人民政府作政府工作报告。报告提出，今年县政府将重点抓好"
         "三方面工作：一是稳定粮食生产；二是启动南宫山景区提升项目，由县文化和旅游广电局牵头实施；三是改善农村人居环境。",
         "南宫山景区提升项目", {"岚皋县人民政府", "岚皋县文化和旅游广电局"}),
}


@pytest.mark.parametrize("text,project,doers", LAUNCHED.values(), ids=LAUNCHED.keys())
def test_the_body_that_launches_what_another_carries_out(text, project, doers):
    forms, facts = build(text)
    assert {(d, "implements", project) for d in doers} <= _resolve(forms, facts), sorted(facts)


def test_a_speaker_body_launches_nothing():
    forms, facts = build("岚皋县农业农村局介绍，佐龙村魔芋产业提升项目由佐龙镇负责实施。")
    assert not any(s == "岚皋县农业农村局" for s, _, _ in facts), sorted(facts)
