"""Classes the ninety-second own programme set showed (assessment, acceptance and supervision news: provincial and city
teams and bureaus that inspect, rate, accept or rank counties', towns' and villages' schemes in Shandong, Henan, Hubei,
Jiangsu, Hunan, Sichuan and Shaanxi), each row a text written for this test, with other places and schemes than the
set's.

- A body printed right before a scheme that a noun of checking or rating follows (某厅某某建设督查激励考评, 某局某某
  改造考核细则) rates the scheme's doers; it was read as carrying the scheme out (AssessmentAfter). A place before such
  a scheme still carries it out.
- The place or body right after 对 in a clause that ends in checking, rating or accepting (督查组对某市甲改革、乙工程等
  5项工作的推进情况开展督查, 考核组对某县2023年某某建设情况进行考核) is the one checked and carries out the schemes
  named between (AssessmentLead, AssessmentNoun); it was not linked where a list, a year or no quote stood between.
- Towns, villages and counties listed before the possessive mark and the works after a verb of checking or going to a
  site (察看了甲镇、乙镇的某某项目, 来到甲乡、乙乡等乡镇的…项目现场) own them (PossessiveMark, SiteCheckVerb); with no
  such verb (学习甲镇的…经验) this rule links nothing.
- A designation named after a known scheme (入选全省“千万工程”示范村) was read as the known scheme of its home
  province; it is named in full now, its members carry it out, where the designation's head ends the name (a clause
  mark, 名单 or 称号 after it: KnownDesignationEnd); a list villages are only cultivated for stays the known scheme.
- 高标准粮田建设 and 十件重点民生实事 were no programmes (programmes.jsonl).
- A bureau's chief agronomist (总农艺师) was read as a private person; it is a post of the bureau (titles.jsonl).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a province's department before a scheme and its rating: the department rates, it does not carry the scheme out",
     "各县市区要对照江西省农业农村厅高标准农田建设考核细则，认真开展自查自评。",
     {("Programme", "高标准农田建设")}, set(), set(),
     {("江西省农业农村厅", "implements", "高标准农田建设")}),
    ("the city checked after 对, with its schemes listed before the count of items and the check",
     "督查组将对醴陵市“四好农村路”建设、“厕所革命”等5项重点工作的推进情况开展督查。",
     set(), {("醴陵市", "implements", "四好农村路"), ("醴陵市", "implements", "厕所革命")}, set(), set()),
    ("the county checked after 对, a year and an unquoted scheme between, the check after 情况",
     "6月3日，市考核组对攸县2023年高标准农田建设情况进行全面考核。",
     set(), {("攸县", "implements", "高标准农田建设")}, set(), set()),
    ("towns listed before the possessive mark and the works they own",
     "检查组来到宁乡市，先后察看了道林镇、花明楼镇的高标准农田建设项目。",
     set(), {("道林镇", "implements", "高标准农田建设"), ("花明楼镇", "implements", "高标准农田建设")}, set(), set()),
    ("a designation named after a known scheme, conferred on villages: named in full, its members carry it out",
     "近日，韶山市清溪镇清溪村、银田镇银田村入选全省第三批“千万工程”示范村。",
     {("Programme", "千万工程示范村")},
     {("银田村", "implements", "千万工程示范村")}, set(),
     {("银田村", "implements", "千村示范、万村整治工程")}),
    ("guard: a list villages are only cultivated for stays the known scheme (KnownDesignationEnd)",
     "截至目前，全县已有12个村纳入“千万工程”示范村培育名单。",
     set(), set(), {"千万工程示范村"}, set()),
    ("Henan's high-standard grain fields, a scheme of their own",
     "近年来，永城市把高标准粮田建设作为稳定粮食生产的基础工程。",
     {("Programme", "高标准粮田建设")}, set(), set(), set()),
    ("a district's ten key livelihood projects",
     "今年以来，区政府全力办好十件重点民生实事。",
     {("Programme", "十件重点民生实事")}, set(), set(), set()),
    ("towns a team goes to, listed before 等乡镇 and the possessive mark, own the project at whose site it stands",
     "考核组先后来到花明楼镇、道林镇等乡镇的高标准农田建设项目现场，实地查看工程质量。",
     set(), {("花明楼镇", "implements", "高标准农田建设"), ("道林镇", "implements", "高标准农田建设")}, set(), set()),
    ("guard: a place before the possessive mark with no verb of checking before it",
     "宁乡市召开全会。今年全市学习花明楼镇的“美丽屋场”建设经验。",
     set(), set(), set(), {("花明楼镇", "implements", "美丽屋场")}),
    ("a city bureau's chief agronomist leading a team: an official of the bureau",
     "9月5日，株洲市农业农村局总农艺师刘建平一行来到攸县，对该县秋粮生产进行督导。",
     {("Official", "刘建平")}, {("刘建平", "holdsPost", "株洲市农业农村局")}, set(), set()),
    ("guard: a place before a scheme and its rating still carries the scheme out",
     "宁乡市“四好农村路”建设考核连续三年位居全省前列。",
     set(), {("宁乡市", "implements", "四好农村路")}, set(), set()),
    ("guard: a bureau that only sets demands after 对 is no doer, and no check closes the clause",
     "市农业农村局对“美丽庭院”创建提出三点要求。",
     set(), set(), set(), {("市农业农村局", "implements", "美丽庭院")}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent,absent_facts", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_92(nlp, label, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)
