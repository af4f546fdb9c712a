"""Programmes whose doers are named in another clause of the sentence than the programme's: a government that opens
the clause before a clause opened by 由 (县政府以此为契机，由某局组织实施…), a county that launches what a body after 由
then carries out (某县将实施…，由某中心具体负责), and a body after 由 that opens a later clause, with the places of the
clause after it (…制定《…计划》，明确…，由某局牵头，甲镇、乙镇分别负责).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the held-out sets
that revealed the constructions; as many sentences that must link nobody as sentences that must."""
import pytest

from test_programme_constructions import _resolve, build
from test_programme_leftovers import _methods

LINKED = {
    "a government opens the clause before 由, a time before it":
        ("宁陕县召开产业发展大会。今年县政府将把板栗、中药材两大产业作为主攻方向，由县农业农村局牵头实施“宁陕板栗”品牌提升"
         "工程，力争产值突破10亿元。",
         "宁陕板栗品牌提升工程", {"宁陕县人民政府", "宁陕县农业农村局"}),
    "a government takes an occasion, then 由":
        ("旬阳市政府以此为契机，由市交通运输局组织实施“蜀河古镇”保护提升工程。",
         "蜀河古镇保护提升工程", {"旬阳市人民政府", "旬阳市交通运输局"}),
    "a county launches, a body after 由 carries out":
        ("岚皋县将实施“岚皋魔芋”品牌提升行动，由县农业农村局具体负责，力争三年内产值翻番。",
         "岚皋魔芋品牌提升行动", {"岚皋县", "岚皋县农业农村局"}),
    "a plan, a clause of its goal, then 由 and the towns after":
        ("县委、县政府已制定《平利县茶产业高质量发展三年行动计划》，明确到2027年茶园面积达到20万亩，由县农业农村局牵头，"
         "老县镇、长安镇分别负责。",
         "《平利县茶产业高质量发展三年行动计划》", {"平利县农业农村局", "老县镇", "长安镇"}),
    "a plan, a clause of its measures, then 由 with two verbs":
        ("区政府将结合实际制定《汉滨区营商环境提升实施方案》，在审批、监管、服务三个方面细化20条措施，由区发展和改革局牵头推进，"
         "月调度、季通报。",
         "《汉滨区营商环境提升实施方案》", {"安康市汉滨区人民政府", "安康市汉滨区发展和改革局"}),
    "a works, a clause of its sites, then the head of a name before 由":
        ("祁门县还将启动“徽州茶园”保护利用工程二期，对闪里镇、箬坑乡的茶园进行改造，项目由县农业农村局实施。",
         "徽州茶园保护利用工程", {"祁门县", "祁门县农业农村局"}),
}


@pytest.mark.parametrize("text,programme,doers", LINKED.values(), ids=LINKED.keys())
def test_doers_named_in_another_clause_carry_it_out(text, programme, doers):
    forms, facts = build(text)
    assert programme in forms, sorted(forms)
    assert {(d, "implements", programme) for d in doers} <= _resolve(forms, facts), sorted(facts)


NOT_LINKED = {
    # 由…实施的 describes the name: the town of the clause before is not made its doer by this rule (the sentence's
    # subject, by another rule, is a matter of that rule)
    "由 in a name's description":
        ("截至目前，蒿坪镇已完成改造300户，由县住房和城乡建设局牵头实施的“危房清零”工程今年完工。", None, "subject-before-by"),
    # the clause before opens with 在: a site, not a subject
    "the clause before is a site":
        ("在蜀河镇，由市交通运输局组织实施“蜀河古镇”保护提升工程。", "蜀河镇", "subject-before-by"),
    # the body before 的 owns a report, it does not open the clause as its subject
    "a body before 的":
        ("旬阳市政府的报告显示，由市交通运输局组织实施“蜀河古镇”保护提升工程。", "旬阳市人民政府", "subject-before-by"),
    # a clause in between opens with another subject: the body after 由 leads the town's work
    "another subject in between":
        ("县政府已出台《平利县茶产业高质量发展三年行动计划》，老县镇完成茶园改造3000亩，由县农业农村局牵头。",
         "平利县农业农村局", "carried-out-by-later-clause"),
    # the plan is only introduced, no verb that sets it going governs it
    "a plan only introduced":
        ("县农业农村局介绍《平利县茶产业高质量发展三年行动计划》有关情况，全县茶园面积达到20万亩，由县财政局负责。",
         "平利县财政局", "carried-out-by-later-clause"),
    # the verb after the body goes on to its own object: a task of its own
    "a task of its own after 由":
        ("县政府已出台《平利县茶产业高质量发展三年行动计划》，全县茶园面积达到20万亩，由县财政局负责拨付补助资金。",
         "平利县财政局", "carried-out-by-later-clause"),
    # too many clauses between the plan and 由
    "too far":
        ("县政府已出台《平利县茶产业高质量发展三年行动计划》，全县茶园面积达到20万亩，新建加工厂3座，培育龙头企业5家，"
         "由县农业农村局牵头。", "平利县农业农村局", "carried-out-by-later-clause"),
    # the verb's object is what the document describes, not the document
    "the document describes the object":
        ("县政府把《平利县茶产业高质量发展三年行动计划》规定的补贴政策纳入年度考核，每季度通报一次，由县财政局负责统筹。",
         "平利县财政局", "carried-out-by-later-clause"),
    # 资金由…: who pays for it, not who carries it out
    "the funds after a works":
        ("祁门县还将启动“徽州茶园”保护利用工程二期，对闪里镇、箬坑乡的茶园进行改造，资金由县财政局负责。", "祁门县财政局",
         "carried-out-by-later-clause"),
    # another programme named in between owns the clause after 由
    "another programme in between":
        ("县政府已出台《平利县茶产业高质量发展三年行动计划》，同步启动“茶旅融合”示范工程，由县文化和旅游局牵头。",
         "平利县文化和旅游局", "carried-out-by-later-clause"),
}


@pytest.mark.parametrize("text,body,method", NOT_LINKED.values(), ids=NOT_LINKED.keys())
def test_a_body_only_near_the_programme_carries_nothing_out(text, body, method):
    forms, facts = build(text)
    assert forms, "the programme is found"
    assert method not in _methods(text)
    if body is None:
        return
    if body != "平利县文化和旅游局":
        assert not any(s == body for s, p, _ in facts if p == "implements"), sorted(facts)
    else:
        assert (body, "implements", "《平利县茶产业高质量发展三年行动计划》") not in facts, sorted(facts)


@pytest.mark.parametrize("text", [
    "在岚皋县实施“岚皋魔芋”品牌提升行动，由县农业农村局具体负责。",  # the county is a site after 在
    "岚皋县的专家建议实施“岚皋魔芋”品牌提升行动，由县农业农村局具体负责。",  # the county only says whose experts
], ids=["a site", "a place before 的"])
def test_a_place_that_does_not_open_the_clause_as_its_subject_launches_nothing(text):
    forms, facts = build(text)
    assert "岚皋魔芋品牌提升行动" in forms, sorted(forms)
    assert ("岚皋县", "implements", "岚皋魔芋品牌提升行动") not in facts, sorted(facts)


# a work report's numbered items, each opening with a programme: the places of the item's later clauses are its sites
REPORT = ("始兴县县长代表县人民政府作政府工作报告。报告提出，今年县政府将重点实施“三大工程”：一是“丹霞茶旅”融合工程，由县文化广电"
          "旅游体育局牵头；{two}；三是城乡供水一体化工程，{three}。")
ITEM_SITES = {
    "在 and a place":
        (REPORT.format(two="二是“始兴枇杷”产业振兴工程，在马市镇建设万亩枇杷产业园", three="年内完成顿岗镇、司前镇管网改造"),
         {("马市镇", "始兴枇杷产业振兴工程"), ("顿岗镇", "城乡供水一体化工程"), ("司前镇", "城乡供水一体化工程")}),
    "a verb between the lead and the name":
        (REPORT.format(two="二是启动“始兴枇杷”产业振兴工程，年内将在马市镇新建枇杷产业园", three="加快管网建设"),
         {("马市镇", "始兴枇杷产业振兴工程")}),
}


@pytest.mark.parametrize("text,pairs", ITEM_SITES.values(), ids=ITEM_SITES.keys())
def test_the_places_of_an_items_later_clauses_are_its_sites(text, pairs):
    forms, facts = build(text)
    assert {(s, "implements", o) for s, o in pairs} <= _resolve(forms, facts), sorted(facts)


def test_the_places_where_a_doer_completes_the_work_are_sites():
    forms, facts = build("“清水入户”工程由始兴县水务局组织实施，年内完成顿岗镇、司前镇管网改造。")
    assert {("顿岗镇", "implements", "清水入户工程"), ("司前镇", "implements", "清水入户工程")} <= _resolve(forms, facts), sorted(facts)


ITEM_NOT_SITES = {
    # a meeting held in the town, not work done there
    "a meeting's place": (REPORT.format(two="二是“始兴枇杷”产业振兴工程，在马市镇召开现场推进会", three="加快管网建设"), "马市镇"),
    # a route between towns
    "a route": (REPORT.format(two="二是“始兴枇杷”产业振兴工程，加快产业园建设", three="年内完成顿岗镇至司前镇公路改造"), "顿岗镇"),
    # a place neither after 在 nor after 完成: it only speaks
    "a place that speaks": (REPORT.format(two="二是“始兴枇杷”产业振兴工程，马市镇代表作了发言", three="加快管网建设"), "马市镇"),
    # another programme in the item owns the clause after it
    "another programme in the item":
        (REPORT.format(two="二是“始兴枇杷”产业振兴工程，同步实施“枇杷进城”行动，在马市镇建设销售中心", three="加快管网建设"), "马市镇"),
    # no numbered item: a name opening a sentence with no doer
    "no item":
        ("始兴县今年有多项重点工作。“始兴枇杷”产业振兴工程进展顺利，在马市镇建设万亩枇杷产业园。", "马市镇"),
}


@pytest.mark.parametrize("text,place", ITEM_NOT_SITES.values(), ids=ITEM_NOT_SITES.keys())
def test_a_place_only_near_an_item_is_no_site(text, place):
    forms, facts = build(text)
    assert "始兴枇杷产业振兴工程" in forms, sorted(forms)
    assert (place, "implements", "始兴枇杷产业振兴工程") not in facts and (place, "implements", "城乡供水一体化工程") not in facts, \
        sorted(facts)


# a programme framed by 在…中 as the work the subject of its clause acts in
IN_FRAME = {
    "towns in a requirement":
        ("镇安县召开动员会。会议要求，各镇要结合实际抓好落实，木王镇、云盖寺镇要在“秦岭护绿”专项行动中走在前列，对违建问题开展排查。",
         {"木王镇", "云盖寺镇"}),
    "a bureau's part":
        ("镇安县住房和城乡建设局在“危房清零”工程中发挥了牵头作用，全年改造危房300户。", {"镇安县住房和城乡建设局"}),
}


@pytest.mark.parametrize("text,doers", IN_FRAME.values(), ids=IN_FRAME.keys())
def test_the_subject_that_acts_in_a_framed_programme_carries_it_out(text, doers):
    forms, facts = build(text)
    got = {s for s, p, _ in facts if p == "implements"}
    assert doers <= got, sorted(facts)


@pytest.mark.parametrize("text", [
    "镇安县今年有多项重点工作。木王镇的干部在“秦岭护绿”专项行动中表现突出。",  # the town only says whose cadres
    "镇安县今年有多项重点工作。木王镇要在“秦岭护绿”专项行动的考核中争先。",  # the frame holds the assessment, not the campaign
    "镇安县今年有多项重点工作。木王镇党委书记王林要在“秦岭护绿”专项行动中当好表率。",  # an official, the town in his title
    "镇安县今年有多项重点工作。木王镇组织人员赴云盖寺镇学习在“秦岭护绿”专项行动中的做法。",  # 在 does not follow the town
], ids=["a town before 的", "the frame holds another noun", "an official", "not right after the town"])
def test_a_place_only_near_a_framed_programme_is_no_doer(text):
    forms, facts = build(text)
    assert "秦岭护绿专项行动" in forms, sorted(forms)
    assert ("木王镇", "implements", "秦岭护绿专项行动") not in facts, sorted(facts)


# the places that open the next sentence of the paragraph and report as done the work the programme's name holds
NEXT = "旬阳市“危房清零”改造工程由市住房和城乡建设局组织实施。{}"


@pytest.mark.parametrize("after", ["今年蜀河镇、仙河镇已完成改造120户，其余镇年底前完成。", "目前，蜀河镇、仙河镇完成了危房改造120户。"],
                         ids=["a time and 已完成", "a time with its comma and 完成了"])
def test_the_places_that_report_the_work_done_in_the_next_sentence_carry_it_out(after):
    forms, facts = build(NEXT.format(after))
    assert {("蜀河镇", "implements", "危房清零改造工程"), ("仙河镇", "implements", "危房清零改造工程")} <= facts, sorted(facts)


@pytest.mark.parametrize("after", [
    "今年蜀河镇、仙河镇已完成绿化造林3000亩。",  # other work than the name holds
    "\n今年蜀河镇、仙河镇已完成改造120户。",  # a new paragraph
    "今年蜀河镇的企业已完成改造120户。",  # the town only says whose firms
    "今年蜀河镇、仙河镇已完成“美丽庭院”改造120户。",  # the sentence names a programme of its own
    "据了解，县文化馆在蜀河镇完成古建筑修缮3处。",  # the town does not open the sentence
], ids=["other work", "a new paragraph", "a town before 的", "its own programme", "not opening the sentence"])
def test_places_that_report_other_work_or_elsewhere_carry_nothing_out(after):
    forms, facts = build(NEXT.format(after))
    assert "危房清零改造工程" in forms, sorted(forms)
    assert not {("蜀河镇", "implements", "危房清零改造工程"), ("仙河镇", "implements", "危房清零改造工程")} & facts, sorted(facts)


# a programme carried into a later sentence by 该 and the head of its name
REFERRED = "旬阳市启动“汉江清流”综合整治工程。{}"


@pytest.mark.parametrize("after,doers", [
    ("该工程今年在蜀河镇、仙河镇率先实施，整治河道30公里。", {"蜀河镇", "仙河镇"}),
    ("目前，蜀河镇、仙河镇已全面推进该工程。", {"蜀河镇", "仙河镇"}),
    ("旬阳市水利局、旬阳市林业局联合启动该工程的二期建设。", {"旬阳市水利局", "旬阳市林业局"}),
], ids=["sites after 在 when the reference opens its clause", "places that govern the reference",
        "coordinated bodies that govern it"])
def test_doers_of_a_programme_carried_by_a_reference(after, doers):
    forms, facts = build(REFERRED.format(after))
    assert {(d, "implements", "汉江清流综合整治工程") for d in doers} <= facts, sorted(facts)


@pytest.mark.parametrize("after", [
    "该工程今年在蜀河镇召开现场推进会。",  # a meeting's place
    "蜀河镇的干部群众积极参与该工程。",  # the town only says whose people
    "该工程完工后，蜀河镇将受益。",  # a town that benefits
    "蜀河镇学习了该工程的经验。",  # no verb of doing governs the reference
    "该行动今年在蜀河镇率先实施。",  # another head: no programme named before ends in it (nor in a kin of it)
], ids=["a meeting", "a town before 的", "a beneficiary", "no verb of doing", "another head"])
def test_a_place_near_a_reference_is_no_doer(after):
    forms, facts = build(REFERRED.format(after))
    assert "汉江清流综合整治工程" in forms, sorted(forms)
    assert ("蜀河镇", "implements", "汉江清流综合整治工程") not in facts, sorted(facts)


# the clause after a subject that carries a programme out names co-doers (配合, 具体负责, 协同推进)
@pytest.mark.parametrize("text,doers", [
    ("旬阳市水利局牵头实施“汉江清流”综合整治工程，市林业局、市生态环境局配合。", {"旬阳市林业局", "旬阳市生态环境局"}),
    ("旬阳市水利局牵头实施“汉江清流”综合整治工程，蜀河镇、仙河镇具体实施。", {"蜀河镇", "仙河镇"}),
    ("“汉江清流”综合整治工程由旬阳市水利局牵头，市林业局协同推进。", {"旬阳市林业局"}),
], ids=["bodies that assist", "towns that do their part", "协同推进 after 由"])
def test_the_co_doers_of_the_next_clause_carry_it_out(text, doers):
    forms, facts = build(text)
    assert {(d, "implements", "汉江清流综合整治工程") for d in doers} <= facts, sorted(facts)


@pytest.mark.parametrize("text,body", [
    ("旬阳市水利局实施“汉江清流”综合整治工程，蜀河镇负责人表示将全力配合。", "蜀河镇"),  # 负责人: a person of the town
    ("“汉江清流”综合整治工程由旬阳市水利局牵头，蜀河镇负责同志参加。", "蜀河镇"),  # 负责同志: officials who attend
    ("旬阳市水利局实施“汉江清流”综合整治工程，蜀河镇、仙河镇群众积极配合。", "蜀河镇"),  # the towns' people, not the towns
    ("旬阳市水利局实施“汉江清流”综合整治工程，市林业局局长王明介绍了有关情况。", "旬阳市林业局"),  # a speaker's body
    ("市委书记李华强调要实施“汉江清流”综合整治工程，旬阳市林业局配合。", "旬阳市林业局"),  # no body as the subject
    # a list of tasks: each body after the drafter has a task of its own
    ("按照分工，旬阳市水利局牵头制定《旬阳市汉江清流综合整治工程实施方案》，旬阳市林业局负责沿岸造林，旬阳市财政局负责保障经费。",
     "旬阳市林业局"),
], ids=["负责人", "负责同志", "the towns' people", "a speaker's body", "an official's words", "a list of tasks"])
def test_no_co_doer_without_a_doers_verb_after_it(text, body):
    forms, facts = build(text)
    assert forms, sorted(forms)
    assert not any(s == body and p == "implements" for s, p, _ in facts), sorted(facts)


def test_the_doers_an_items_next_clause_names_carry_it_out():
    text = REPORT.format(two="二是“始兴枇杷”产业振兴工程，马市镇、顿岗镇具体实施", three="加快管网建设")
    forms, facts = build(text)
    assert {("马市镇", "implements", "始兴枇杷产业振兴工程"), ("顿岗镇", "implements", "始兴枇杷产业振兴工程")} <= facts, sorted(facts)


@pytest.mark.parametrize("two", ["二是“始兴枇杷”产业振兴工程，马市镇负责人作了表态发言", "二是“始兴枇杷”产业振兴工程，带动马市镇农户增收"],
                         ids=["负责人", "a town as an object"])
def test_a_town_in_an_items_clause_without_a_doers_verb_is_no_doer(two):
    forms, facts = build(REPORT.format(two=two, three="加快管网建设"))
    assert "始兴枇杷产业振兴工程" in forms, sorted(forms)
    assert ("马市镇", "implements", "始兴枇杷产业振兴工程") not in facts, sorted(facts)


# the bodies whose help frames the clause of the subject that carries a programme out (在…的配合下，)
HELPED = "{}，旬阳市水利局实施了“汉江清流”综合整治工程。"


@pytest.mark.parametrize("frame,helpers", [
    ("在旬阳市林业局、旬阳市生态环境局的配合下", {"旬阳市林业局", "旬阳市生态环境局"}),
    ("今年，在蜀河镇的大力配合下", {"蜀河镇"}),
], ids=["two bodies", "a town after a time"])
def test_the_bodies_that_help_the_subject_carry_it_out(frame, helpers):
    forms, facts = build(HELPED.format(frame))
    assert {(h, "implements", "汉江清流综合整治工程") for h in helpers} <= facts, sorted(facts)


@pytest.mark.parametrize("frame,body", [
    ("在旬阳市林业局的指导下", "旬阳市林业局"),  # guidance, not help in the work
    ("在旬阳市林业局局长王明的配合下", "旬阳市林业局"),  # an official's help, his body only in his title
    ("在蜀河镇召开现场会后，在各方的配合下", "蜀河镇"),  # the town is where a meeting was held
], ids=["guidance", "an official", "a meeting's place"])
def test_no_helper_without_the_frame_of_bodies(frame, body):
    forms, facts = build(HELPED.format(frame))
    assert "汉江清流综合整治工程" in forms, sorted(forms)
    assert (body, "implements", "汉江清流综合整治工程") not in facts, sorted(facts)


# the head of a name alone opening a later sentence, with the doer after 由 in a later clause of it
HEAD = "岷县启动当归标准化种植示范园项目，同步印发《岷县中药材产业发展规划》。{}"


def test_a_head_alone_carries_the_programme_to_a_later_doer():
    forms, facts = build(HEAD.format("项目去年列入省级重点项目，由岷县农业农村局组织建设，年产当归3000吨。"))
    assert ("岷县农业农村局", "implements", "当归标准化种植示范园项目") in facts, sorted(facts)
    assert ("岷县农业农村局", "implements", "省级重点项目") not in facts, sorted(facts)  # the list it entered is said of it


@pytest.mark.parametrize("after,body", [
    ("项目今年完成投资2亿元，由县财政局拨付补助资金。", "岷县财政局"),  # no verb of carrying out after the body
    ("行动今年完成投资2亿元，由县水利局组织实施。", "岷县水利局"),  # no programme named before ends in 行动
    # the head does not open the sentence (a lead of what a reporter was told, 据了解, opens no content: not this case)
    ("其中，项目去年完成投资2亿元，由县水利局组织实施。", "岷县水利局"),
    # the head of a document alone, then what it says another programme's doers do
    ("规划明确，由县林业和草原局牵头，西寨镇、茶埠镇共同实施“岷山绿屏”造林工程。", "岷县林业和草原局"),
], ids=["a funder's task", "another head", "not opening the sentence", "a document says of another programme"])
def test_a_head_alone_without_the_construction_names_no_doer(after, body):
    forms, facts = build(HEAD.format(after))
    assert "当归标准化种植示范园项目" in forms, sorted(forms)
    assert not {(body, "implements", "当归标准化种植示范园项目"), (body, "implements", "《岷县中药材产业发展规划》")} & facts, \
        sorted(facts)


# the places a governing verb names before 的 and the programme: its owners
OWNED = "息烽县召开全会。{}"


@pytest.mark.parametrize("after,owners,programme", [
    ("全会明确，今年全县重点推进永靖镇、温泉镇、九庄镇三个旅游重点镇的“绿美小镇”建设。", {"永靖镇", "温泉镇", "九庄镇"}, "绿美小镇"),
    ("今年全县将深入推进永靖镇的“绿美小镇”建设。", {"永靖镇"}, "绿美小镇"),
], ids=["three towns and their count", "one town"])
def test_the_places_a_verb_names_before_the_programme_own_it(after, owners, programme):
    forms, facts = build(OWNED.format(after))
    assert {(o, "implements", programme) for o in owners} <= _resolve(forms, facts), sorted(facts)


@pytest.mark.parametrize("after,programme", [
    ("今年全县学习永靖镇的“绿美小镇”建设经验。", "绿美小镇"),  # no verb that governs a programme
    ("永靖镇的“绿美小镇”建设进展顺利。", "绿美小镇"),  # no verb before the town (the town as subject is another rule's)
    ("今年全县推进永靖镇至温泉镇的“绿美通道”工程。", "绿美通道工程"),  # a route between the towns
    ("今年全县把永靖镇的“绿美小镇”建设经验推广到各镇。", "绿美小镇"),  # 把 governs only the name right after it
], ids=["no governing verb", "no verb", "a route", "把 before the town"])
def test_a_place_before_的_without_a_governing_verb_owns_nothing(after, programme):
    forms, facts = build(OWNED.format(after))
    assert programme in forms, sorted(forms)
    assert ("永靖镇", "implements", programme) not in facts, sorted(facts)


# places that open the next sentence in the role the programme gives them (作为首批推进乡镇，)
PLAN = "县政府已制定《平利县茶产业高质量发展三年行动计划》，由县农业农村局牵头，各镇分头落实。{}"


def test_places_in_the_role_the_programme_gives_them_carry_it_out():
    forms, facts = build(PLAN.format("老县镇、长安镇作为首批推进乡镇，今年已完成茶园改造3000亩。"))
    doc = "《平利县茶产业高质量发展三年行动计划》"
    assert {("老县镇", "implements", doc), ("长安镇", "implements", doc)} <= facts, sorted(facts)


@pytest.mark.parametrize("after", [
    "老县镇作为全县交通枢纽，今年新建茶厂2座。",  # a role the programme does not give
    "\n老县镇作为首批推进乡镇，今年已完成茶园改造3000亩。",  # a new paragraph
    "老县镇的企业作为首批推进单位，今年新建茶厂2座。",  # the town only says whose firms
    "老县镇作为首批试点镇，同步开展“茶旅融合”示范创建。",  # the sentence names a programme of its own
], ids=["another role", "a new paragraph", "a town before 的", "its own programme"])
def test_places_in_another_role_or_elsewhere_carry_nothing_out(after):
    forms, facts = build(PLAN.format(after))
    assert ("老县镇", "implements", "《平利县茶产业高质量发展三年行动计划》") not in facts, sorted(facts)
