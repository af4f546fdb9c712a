"""Schemes and their doers in the habits of real news (the twentieth programme set's classes).

- A lead of compliance (按照, 根据, 依据) opens an unquoted plan's name when the name ends in the head of a plan of
  several years or of a programme of works and a clause mark follows (按照某市某某三年行动计划，…); 按照…要求 names none.
- A programme in a fronted frame of compliance is carried out by the bodies or places that open the next clause and by the
  bodies that share the work out in the later clauses; the bodies or places right before the frame's lead, opening their
  clause (after a speaker's clause too: 某某介绍，甲县根据《…》，…), carry it out as its subject.
- A county leading in a product (…制种大县, …产粮大县) is a designation before a list word, its members listed after it
  (公布…制种大县名单，甲县、乙县入选); 是农业大县 describes a county.
- A sentence that names no programme and opens with bodies or places and an adverb of prompt follow-up (随即, 随后) acts on
  the one programme of the sentence right before it: the names, the places after 在 (past 城区和) and the bodies that open
  its later clauses with a doer's verb carry it out.
- A frame that refers back to a programme named before by part of its name and its head (围绕三年行动计划，县甲局负责…，
  县乙局牵头…) is that programme's: the bodies that open its clauses carry it out, as in a frame that names it.
- A body after 由 in a later clause whose verb takes the project before the verb of carrying out (，由县某局负责项目实施，)
  carries out the programme of the sentence, as one whose verb ends its clause does.
- A programme's name repeated without its ending before a figure (新建高标准农田5万亩 after 高标准农田建设) counts the land, no
  mention of the programme.
- Places followed by 分别 and a verb that sets up a task group (甲街道、乙街道分别成立改造指挥部) each set up a group of their
  own: no body is named from the places and the verb, and none is the county home's.
- A street's office printed bare (街道办事处主任某某) is the office of the street named last before it, as 街道党工委 is.
- A province-level city's and its districts' commission of housing printed short (区住房城乡建委) is 住房和城乡建设委员会.
- An unquoted name coordinated after a document in 《》 under one strong verb (落实《某方案》和某市某某提升工程) is a programme
  as the document is, and the subject carries both out.
- A known scheme's name followed by a head of a scheme of its own (高标准农田建设提升工程) is that scheme's name.
- An autonomous county's plain form (景宁县 for 景宁畲族自治县) is a full name of the county: it outranks the shorter full
  name of another county inside it (宁县), which stays a place where it is printed alone (甘肃省宁县).

Texts written for these tests in our own words, with places other than those of the set that revealed the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

COMPLIED = {
    "a city's three-year plan after 按照":
        ("按照咸阳市果业振兴三年行动计划，乾县今年新建矮化密植果园2万亩。", "咸阳市果业振兴三年行动计划"),
    "a city's campaign plan after 根据":
        ("根据汉中市学前教育扩容提质三年攻坚计划，城固县今年新建公办幼儿园6所。", "汉中市学前教育扩容提质三年攻坚计划"),
    "a programme of works after 依据":
        ("依据安康市富硒茶园提升工程，紫阳县今年改造低产茶园3万亩。", "安康市富硒茶园提升工程"),
}


@pytest.mark.parametrize("text,prog", COMPLIED.values(), ids=COMPLIED.keys())
def test_an_unquoted_plan_after_a_lead_of_compliance(text, prog):
    forms, _ = build(text)
    assert prog in forms, sorted(forms)


NOT_COMPLIED = {
    "按照 before a requirement":
        "按照上级部署要求，乾县今年新建矮化密植果园2万亩。",
    "按照 before a plan named only by its kind":
        "根据市里的三年行动计划，乾县今年新建矮化密植果园2万亩。",
}


@pytest.mark.parametrize("text", NOT_COMPLIED.values(), ids=NOT_COMPLIED.keys())
def test_no_plan_after_a_lead_of_compliance(text):
    forms, _ = build(text)
    assert not any(f.endswith(("计划", "要求")) for f in forms), sorted(forms)


# A programme in a fronted frame of compliance (按照《…》，; 根据某市某某三年行动计划，) is carried out by the bodies or
# places that open the clause right after the frame, and by the bodies that open the sentence's later clauses with a
# doer's verb (牵头, 负责, 统筹), as after 按照分工; a place that only owns what follows (甲县的做法是…), a frame that cites a
# requirement (按照《…》的要求，) and a later clause that names a programme of its own add nothing.
FRAMED = {
    "a county opening the clause after a quoted document":
        ("按照《榆林市羊产业高质量发展实施方案》，横山区今年新建标准化羊舍120栋。", "《榆林市羊产业高质量发展实施方案》",
         {"横山区"}, set()),
    "bodies that share out the work after an unquoted plan":
        ("按照宝鸡市猕猴桃产业提升三年行动计划，眉县农业农村局牵头制定标准，眉县市场监督管理局负责品牌监管，眉县财政局统筹奖补资金。",
         "宝鸡市猕猴桃产业提升三年行动计划", {"眉县农业农村局", "眉县市场监督管理局", "眉县财政局"}, set()),
}


@pytest.mark.parametrize("text,prog,doers,not_doers", FRAMED.values(), ids=FRAMED.keys())
def test_doers_after_a_frame_of_compliance(text, prog, doers, not_doers):
    forms, facts = build(text)
    name = forms.get(prog)
    assert name is not None, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert doers <= got, sorted(got)
    assert not (not_doers & got), sorted(got)


NOT_FRAMED = {
    "a frame that cites a requirement":
        ("按照《榆林市羊产业高质量发展实施方案》的要求，横山区今年新建标准化羊舍120栋。", "《榆林市羊产业高质量发展实施方案》",
         {"横山区"}),
    "a county that only owns what follows":
        ("按照《榆林市羊产业高质量发展实施方案》，横山区的做法是先建后补。", "《榆林市羊产业高质量发展实施方案》", {"横山区"}),
    "a method cited in the frame":
        ("依据《榆林市羊产业项目资金管理办法》，横山区农业农村局召开了专题会议。", "《榆林市羊产业项目资金管理办法》",
         {"横山区农业农村局"}),
    "a rule cited before the subject":
        ("记者了解到，横山区农业农村局依据《榆林市羊产业项目资金管理办法》，召开了专题会议。", "《榆林市羊产业项目资金管理办法》",
         {"横山区农业农村局"}),
    "a later clause with a programme of its own":
        ("按照《榆林市羊产业高质量发展实施方案》，横山区今年新建羊舍120栋，横山区农业农村局负责实施“秸秆变肉”工程。",
         "《榆林市羊产业高质量发展实施方案》", {"横山区农业农村局"}),
}


@pytest.mark.parametrize("text,prog,not_doers", NOT_FRAMED.values(), ids=NOT_FRAMED.keys())
def test_no_doers_after_a_frame_that_is_none(text, prog, not_doers):
    forms, facts = build(text)
    name = forms.get(prog)
    assert name is not None, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert not (not_doers & got), sorted(got)


LEADING_COUNTY = {
    "a list of seed-producing counties, its members after it":
        ("农业农村部近日公布新一批国家级制种大县名单，武功县、扶风县入选。", "国家级制种大县", {"武功县", "扶风县"}),
    "a list of grain counties, its members after it":
        ("财政部公布2026年度产粮大县名单，陇县、千阳县入选。", "产粮大县", {"陇县", "千阳县"}),
}


@pytest.mark.parametrize("text,prog,members", LEADING_COUNTY.values(), ids=LEADING_COUNTY.keys())
def test_a_leading_county_before_a_list_word_is_a_designation(text, prog, members):
    forms, facts = build(text)
    name = next((n for f, n in forms.items() if f.endswith(prog)), None)
    assert name is not None, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert members <= got, sorted(got)


def test_a_leading_county_described_is_no_designation():
    forms, _ = build("武功县是全省的农业大县，今年粮食总产稳定在30万吨。")
    assert not any(f.endswith("大县") for f in forms), sorted(forms)


FOLLOW_UP = ("去年，省人力资源和社会保障厅印发《关于做好返乡创业服务的通知》，要求各县年内建成创业孵化基地。礼泉县人力资源和社会保障局"
             "随即在县城和烟霞镇、史德镇布局建设3个创业孵化点，礼泉县财政局负责奖补资金。")


def test_bodies_and_sites_following_up_the_programme_before():
    forms, facts = build(FOLLOW_UP)
    name = forms.get("《关于做好返乡创业服务的通知》")
    assert name is not None, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert {"礼泉县人力资源和社会保障局", "烟霞镇", "史德镇", "礼泉县财政局"} <= got, sorted(got)


NOT_FOLLOW_UP = {
    "two programmes in the sentence before":
        ("省里印发《关于做好返乡创业服务的通知》和《关于推进零工驿站建设的意见》。礼泉县随即在烟霞镇、史德镇建设创业孵化点。",
         {"礼泉县", "烟霞镇", "史德镇"}),
    "no adverb of follow-up":
        ("省里印发《关于做好返乡创业服务的通知》。礼泉县今年在烟霞镇、史德镇举办了一场招聘会。", {"烟霞镇", "史德镇"}),
}


@pytest.mark.parametrize("text,not_doers", NOT_FOLLOW_UP.values(), ids=NOT_FOLLOW_UP.keys())
def test_no_doers_following_up_where_the_programme_is_not_one(text, not_doers):
    _, facts = build(text)
    got = {s for s, p, o in facts if p == "implements"}
    assert not (not_doers & got), sorted(facts)


EXTENDED = {
    "a programme of works extending a known scheme":
        ("今年，扶风县还实施高标准农田建设提升工程，新建高标准农田3万亩。", "高标准农田建设提升工程", {"扶风县"}),
    "a three-year campaign extending a known scheme":
        ("眉县今年启动高标准农田建设三年行动，计划新建农田6万亩。", "高标准农田建设三年行动", {"眉县"}),
}


@pytest.mark.parametrize("text,prog,doers", EXTENDED.values(), ids=EXTENDED.keys())
def test_a_known_scheme_extended_by_a_head_of_its_own(text, prog, doers):
    forms, facts = build(text)
    assert prog in forms, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == forms[prog]}
    assert doers <= got, sorted(got)


def test_a_known_scheme_before_a_zone_stays_itself():
    forms, _ = build("扶风县今年深入推进高标准农田建设，新建高标准农田建设示范区1个。")
    assert "高标准农田建设" in forms and not any(f.endswith(("工程", "行动")) for f in forms), sorted(forms)


# An autonomous county's plain form, the place that carries out the schemes of its articles
PLAIN_FORMS = {
    "a plain form holding another county's name (宁县)": ("景宁县今年新建高标准农田2万亩。", "景宁畲族自治县"),
    "a plain form holding another county's name (宾县)": ("新宾县还实施乡村教师素质提升工程。", "新宾满族自治县"),
    "a plain form at a sentence's end": ("记者近日来到丰宁县。", "丰宁满族自治县"),
}


@pytest.fixture(scope="module")
def finder():
    from kg.gazetteer import Gazetteer
    from kg.ner.places import PlaceFinder
    return PlaceFinder(Gazetteer.load())


@pytest.mark.parametrize("text,name", PLAIN_FORMS.values(), ids=PLAIN_FORMS.keys())
def test_an_autonomous_county_by_its_plain_form(finder, text, name):
    got = [c.name for c in finder.find(text, [(0, len(text))])]
    assert got == [name], got


@pytest.mark.parametrize("text,name", [("甘肃省宁县今年新建农田。", "宁县"), ("黑龙江省宾县今年新建农田。", "宾县"),
                                       ("马鞍山市和县今年新建农田。", "和县")])
def test_the_shorter_county_printed_alone_stays(finder, text, name):
    got = [c.name for c in finder.find(text, [(0, len(text))])]
    assert name in got, got


SUBJECT_OF_FRAME = {
    "a county after a speaker's clause":
        ("礼泉县教育局副局长王芳介绍，礼泉县根据《咸阳市课后服务提质三年行动方案》，制定了本县落实方案，由县教育局牵头，"
         "会同县财政局开展课后服务经费保障。",
         "《咸阳市课后服务提质三年行动方案》", {"礼泉县"}),
    "a bureau after a speaker's clause":
        ("记者从礼泉县了解到，礼泉县教育局依据《咸阳市课后服务提质三年行动方案》，在全县推行弹性离校。",
         "《咸阳市课后服务提质三年行动方案》", {"礼泉县教育局"}),
}


@pytest.mark.parametrize("text,prog,doers", SUBJECT_OF_FRAME.values(), ids=SUBJECT_OF_FRAME.keys())
def test_the_subject_before_a_frame_of_compliance(text, prog, doers):
    forms, facts = build(text)
    assert prog in forms, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == forms[prog]}
    assert doers <= got, sorted(got)


def test_an_unquoted_name_coordinated_after_a_document():
    forms, facts = build("今年，乾县认真落实《陕西省苹果产业发展实施方案》和咸阳市现代果业提升工程，新建矮化密植果园2万亩。")
    assert "咸阳市现代果业提升工程" in forms, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == forms["咸阳市现代果业提升工程"]}
    assert "乾县" in got, sorted(got)


def test_no_name_coordinated_after_a_document_where_a_plain_noun_follows():
    forms, _ = build("今年，乾县认真落实《陕西省苹果产业发展实施方案》和各项扶持政策，新建果园2万亩。")
    assert sorted(forms) == ["《陕西省苹果产业发展实施方案》"], sorted(forms)


REFERENCE_FRAME = ("近年来，千阳县制定了县级奶山羊产业振兴三年行动计划，每年安排专项资金2000万元。围绕三年行动计划，县农业农村局负责"
                   "种羊场认定，县市场监督管理局牵头开展乳品质量抽检。")


def test_bodies_in_a_frame_that_refers_back_to_a_programme():
    forms, facts = build(REFERENCE_FRAME)
    name = next((n for f, n in forms.items() if f.endswith("奶山羊产业振兴三年行动计划")), None)
    assert name is not None, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert {"千阳县农业农村局", "千阳县市场监督管理局"} <= got, sorted(got)


def test_no_doers_in_a_frame_whose_words_are_no_programme_of_the_article():
    _, facts = build("近年来，千阳县制定了县级奶山羊产业振兴三年行动计划。围绕乳品加工项目，县农业农村局负责种羊场认定。")
    got = {s for s, p, o in facts if p == "implements"}
    assert "千阳县农业农村局" not in got, sorted(facts)


def test_a_districts_housing_commission_printed_short():
    forms, facts = build("南岸区推进城市更新\n今年，重庆市南岸区推进城市更新。按照《南岸区城市更新实施方案》，区住房城乡建委牵头编制片区规划。")
    name = forms.get("《南岸区城市更新实施方案》")
    assert name is not None, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert any(s.endswith("南岸区住房和城乡建设委员会") for s in got), sorted(got)


def test_a_districts_housing_commission_printed_short_is_read_in_full():
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    text = "南岸区推进城市更新\n今年，重庆市南岸区推进城市更新，区住房城乡建委牵头编制片区规划。"
    doc = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    keys = {m.key for m in doc.mentions if m.type == "Agency"}
    assert any(k.endswith("南岸区住房和城乡建设委员会") for k in keys), sorted(keys)


def test_a_later_body_whose_verb_takes_the_project():
    forms, facts = build("今年，陇县还实施高标准农田建设提升工程，新建高标准农田4万亩，由县农业农村局负责项目实施，年底前全部完工。")
    got = {s for s, p, o in facts if p == "implements" and o == forms.get("高标准农田建设提升工程")}
    assert {"陇县", "陇县农业农村局"} <= got, sorted(got)


def test_a_stem_before_a_figure_is_no_mention_of_the_programme():
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    text = "陇县深入推进高标准农田建设。今年全县新建高标准农田5万亩，亩均增产80公斤。"
    doc = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    spans = [(m.start, m.end) for m in doc.mentions if m.type == "Programme"]
    at = text.index("高标准农田5")
    assert not any(s <= at < e for s, e in spans), spans
    assert any(text[s:e] == "高标准农田建设" for s, e in spans), spans


def test_places_that_each_set_up_a_task_group_name_no_body():
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    text = "灞桥区推进城中村改造\n今年，西安市灞桥区推进城中村改造，纺织城街道、席王街道分别成立改造指挥部，实行挂图作战。"
    doc = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    keys = sorted(m.key for m in doc.mentions if m.type == "Agency")
    assert not any("指挥部" in k for k in keys), keys


def test_a_bare_street_office_is_the_office_of_the_street_named_before():
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    text = ("灞桥区推进城中村改造\n在纺织城街道，城中村改造项目已完成房屋测绘。街道办事处主任李建军介绍，街道对困难群众优先安置。")
    doc = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    keys = {m.key for m in doc.mentions if m.type == "Agency"}
    assert any(k.endswith("纺织城街道办事处") for k in keys), sorted(keys)
    assert any(m.type == "Official" and m.text == "李建军" for m in doc.mentions), sorted((m.text, m.type) for m in doc.mentions)


def test_a_bare_street_office_with_no_street_in_the_text_is_none():
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    text = "灞桥区推进城中村改造\n今年，灞桥区推进城中村改造，街道办事处要做好政策宣传。"
    doc = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    keys = {m.key for m in doc.mentions if m.type == "Agency"}
    assert not any(k.endswith("街道办事处") and len(k) > len("Agency/街道办事处") for k in keys), sorted(keys)
