"""Doers far from their schemes in the genres of real news (the nineteenth programme set's classes).

- Places after 在 closed by their count before the scheme's verb (在甲村、乙村、丙村3个村推行“…”) are its sites, as
  without the count.
- A sentence that names no programme, in the paragraph of one that names one, opened (after a time, or a frame of purpose
  or accordance up to its comma: 为推进这项行动，按照创建要求，) by bodies with a verb of leading or joint work (牵头, 负责,
  会同, 要分别牵头) or by two places or more, perhaps closed by their count, with a verb of work (整建制推进, 新建): those
  bodies, the bodies they act with, the bodies that open its later clauses, and those places carry out the programme of
  the nearest sentence before it that names one, or the one the frame refers to (这项行动).
- Not: bodies named only by their officials (县某局负责同志参加会议), a clause after a semicolon (…；县某局要会同…开展检查),
  bodies serving a project after a designation (…示范县。县某局统筹资金，保障项目建设), a new paragraph.

Texts written for these tests in our own words, with places and schemes other than those of the set that revealed the
classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import implementers_of  # noqa: E402

DOERS = {
    "villages after 在 closed by their count before the verb":
        ("2024年，融安县长安镇又在大坡村、龙山村、江头村3个村推行“村民说事”制度，村民有事当面议。", "村民说事",
         {"大坡村", "龙山村", "江头村"}),
    "a body that leads in the sentence after the scheme's":
        ("南宁市把“绿荫小巷”建设作为城市更新的抓手。市林业局牵头制定了建设标准，各城区负责选址。", "绿荫小巷建设",
         {"南宁市林业局"}),
    "bodies after a frame of purpose that refers to the scheme, with those they act with":
        ("今年是广西实施城市焕新行动的关键一年。全区计划改造小区300个。为推进这项行动，自治区住房和城乡建设厅会同"
         "自治区发展改革委、自治区财政厅建立了项目库。", "城市焕新行动",
         {"广西壮族自治区住房和城乡建设厅", "广西壮族自治区发展和改革委员会", "广西壮族自治区财政厅"}),
    "bodies after a frame of accordance, one opening a later clause":
        ("今年，三江侗族自治县入选广西壮族自治区宜居乡村示范县名单。按照创建要求，县农业农村局帮助各村编制了规划，"
         "县交通运输局把村道拓宽到5米。", "广西壮族自治区宜居乡村示范县",
         {"三江侗族自治县农业农村局", "三江侗族自治县交通运输局"}),
    "bodies with a duty and an adverb before the verb":
        ("融安县继续办好十件民生实事，财政民生支出占比保持在80%以上。县教育局、县卫生健康局要分别牵头抓好其中的学校扩容。",
         "十件民生实事", {"融安县教育局", "融安县卫生健康局"}),
    "towns closed by their count that open the next sentence with a verb of work":
        ("柳江区被确定为全国秸秆综合利用示范县以来，大力推进秸秆还田。百朋镇、成团镇、三都镇3个镇整建制推进秸秆还田，"
         "还田率超过九成。", "全国秸秆综合利用示范县", {"百朋镇", "成团镇", "三都镇"}),
}


@pytest.mark.parametrize("text,prog,doers", DOERS.values(), ids=DOERS.keys())
def test_doers_far_from_their_scheme(text, prog, doers):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert doers <= got, sorted(got)


NOT_DOERS = {
    "bodies named only by their officials":
        ("融水县深入实施“苗乡茶韵”振兴行动。县应急管理局、县市场监督管理局负责同志参加会议。", "苗乡茶韵振兴行动",
         {"融水苗族自治县应急管理局", "融水苗族自治县市场监督管理局"}),
    "a clause after a semicolon, with its own work":
        ("鹿寨县要对照“乡村医生提能行动”逐项整改；县卫生健康局要会同县医疗保障局开展医保基金专项检查。", "乡村医生提能行动",
         {"鹿寨县医疗保障局"}),
    "bodies serving a project after a designation":
        ("去年，鹿寨县实施农田水利提升工程，新建渠道40公里。鹿寨县被列为全省整县推进节水灌溉示范县。县农业农村局、县财政局"
         "统筹整合涉农资金1.2亿元，保障项目建设。", "全省整县推进节水灌溉示范县",
         {"鹿寨县农业农村局", "鹿寨县财政局"}),
    "a body that opens a new paragraph":
        ("柳城县深入实施“蔗海绿波”提升行动。\n县林业局牵头完成了植树任务。", "蔗海绿波提升行动", {"柳城县林业局"}),
}


@pytest.mark.parametrize("text,prog,others", NOT_DOERS.values(), ids=NOT_DOERS.keys())
def test_not_doers(text, prog, others):
    forms, got = implementers_of(text, prog)
    assert not (others & got), sorted(got)


# Names of schemes with a modifier before the quote or words before the head after it:
# - a product and its sector word before a quote kept with its head (柑橘产业“…”工程) belong to the name, as the phrase
#   after the governing verb does (实施柑橘病虫害统防统治“…”行动);
# - 建设 right before the head of a quote's tail belongs to the name (“…”乡镇建设试点, “…”高标准农田建设工程), and a
#   tail that holds a known scheme's name is a scheme of its own, not the known one;
# - 发展战略 after a quote is its head (“…”发展战略).
NAMES = {
    "a product and its sector word before the quote":
        ("柑橘产业“提档升级”工程深入实施，全县改造果园2万亩。", "柑橘产业提档升级工程"),
    "the phrase after the governing verb before the quote":
        ("今年，全县实施柑橘病虫害统防统治“两年攻坚”行动，覆盖果园5万亩。", "柑橘病虫害统防统治两年攻坚行动"),
    "建设 before the head of the tail":
        ("白云镇被列入全省“宜居宜业”乡镇建设试点，先行整治集镇环境。", "宜居宜业乡镇建设试点"),
    "a tail that holds a known scheme's name":
        ("去年，平坝区实施“沃野千里”高标准农田建设工程，新建农田3万亩。", "沃野千里高标准农田建设工程"),
    "发展战略 after the quote":
        ("今年是安顺实施“农旅融合”发展战略的第五年，游客人数逐年增加。", "农旅融合发展战略"),
}


@pytest.mark.parametrize("text,name", NAMES.values(), ids=NAMES.keys())
def test_scheme_names(text, name):
    forms, _ = implementers_of(text, name)
    assert name in forms, sorted(forms)


def test_a_quote_kept_with_its_head_and_no_modifier_stays_as_it_was():
    forms, _ = implementers_of("全县深入推进“五清”行动，整治村庄环境。", "五清行动")
    assert "五清行动" in forms, sorted(forms)


# Designations: 争创 leads one as 创建 does (正在争创…示范县), 样板县 ends one as 示范县 does, and an ordinal before a
# bare head (作为首个试点县) calls a place the first of a scheme named before, naming none of its own.
DESIGNATIONS = {
    "a designation after 争创":
        ("正安县正在争创全国电子商务进农村综合示范县，年内新建村级服务站40个。", "全国电子商务进农村综合示范县"),
    "a designation that ends in 样板县":
        ("凤冈县是全国农村寄递物流体系样板县创建县，快递进村覆盖率达到九成。", "全国农村寄递物流体系样板县"),
}


@pytest.mark.parametrize("text,name", DESIGNATIONS.values(), ids=DESIGNATIONS.keys())
def test_designations(text, name):
    forms, _ = implementers_of(text, name)
    assert name in forms, sorted(forms)


def test_an_ordinal_before_a_bare_head_names_no_designation():
    forms, _ = implementers_of("余庆县开展“林地收储”试点。余庆县作为首个试点县，已收储林地3万亩。", "首个试点县")
    assert not any(f.startswith("首个") for f in forms), sorted(forms)


SITES = {
    "places after 在 right after the bodies of a later sentence":
        ("余庆县今年继续实施“果园滴灌”工程。县农业农村局会同县林业局在龙溪镇、敖溪镇新建滴灌设施5000亩。",
         "果园滴灌工程", {"龙溪镇", "敖溪镇"}),
    "places after 在 in a later clause of a sentence opened by a leading body":
        ("务川县是全国农村寄递物流体系样板县创建县。去年以来，县交通运输局牵头整合快递资源，在丰乐镇、黄都镇建成服务站2个。",
         "全国农村寄递物流体系样板县", {"丰乐镇", "黄都镇"}),
    "places that open a later sentence naming the scheme again by a short form":
        ("南宁市把“口袋花园”建设作为城市更新的抓手。今年，青秀区、兴宁区、江南区3个城区新建口袋花园40个。",
         "口袋花园建设", {"青秀区", "兴宁区", "江南区"}),
}


@pytest.mark.parametrize("text,prog,sites", SITES.values(), ids=SITES.keys())
def test_sites_in_a_later_sentence(text, prog, sites):
    forms, got = implementers_of(text, prog)
    assert sites <= got, sorted(got)


# The places after 在 (or along a route, with a verb of building work) in a later clause of a scheme's sentence, taken up
# by a verb right before it, are its sites whoever carries it out, also where the sentence names no doer; not where the
# scheme is only the model (以…为样板), nor where no verb takes it up (“…”工程进展顺利，在甲镇建设…: a decision of
# tests/test_programme_later_clauses.py).
LATER_CLAUSE_SITES = {
    "after 在 in a work report's item with no doer":
        ("三是持续实施“百村提质”行动，今年在龙溪镇、敖溪镇等5个乡镇创建示范村15个。", "百村提质行动", {"龙溪镇", "敖溪镇"}),
}


@pytest.mark.parametrize("text,prog,sites", LATER_CLAUSE_SITES.values(), ids=LATER_CLAUSE_SITES.keys())
def test_sites_in_a_later_clause(text, prog, sites):
    forms, got = implementers_of(text, prog)
    assert sites <= got, sorted(got)


def test_places_after_a_scheme_taken_as_a_model_are_not_its_sites():
    forms, got = implementers_of("余庆县将以龙溪镇“一村一品”示范乡镇为样板，在敖溪镇、松烟镇推广稻渔综合种养。", "一村一品")
    assert not ({"敖溪镇", "松烟镇"} & got), sorted(got)
