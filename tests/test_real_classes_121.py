"""Classes the hundred-and-twenty-first own programme set showed (a blind sample of news on the yearly livelihood
matters, 民生实事, and who carries them out: 河北, 吉林, 辽宁, 江苏, 浙江, 湖南, 广西, 重庆), each row a text written for
this test, with other places, bodies and counts than the set's.

- A yearly package of livelihood matters named by its count (20项民生工程, 15件重点民生实事, 十大重点民生实事), perhaps
  after the count of its groups (十个方面35项民生实事, 12类45件民生实事) or by that count alone (十方面民生实事), was no
  programme: only a few such names were known word for word (十件民生实事). Such a count before 民生实事, 民生工程 or
  民心工程 names a programme now (PackageHead, PackageMeasure, PackageGroup, PackageModifier), and printed again without
  its groups' count (45件民生实事) it is the same package; an approximate count (200余项重大民生实事) names none.
- A province's department of economy and information printed short (省经信厅) was read as printed (浙江省经信厅): 经信厅
  is 经济和信息化厅 now (AgencyAbbrev), as 工信厅 is 工业和信息化厅.
- The office of a Party committee's commission for deepening reform printed short (省委改革办) was read as the committee
  itself: 改革办 is that office now, as 深改办 was (PartyDepartment 全面深化改革委员会办公室), so 由省委改革办、…牵头
  makes the office a leader of the reform.
- The issuer of a document named in a relative clause before its title, an adverb of time between it and the verb
  (按照省政府办公厅日前印发的《…实施方案》), did not carry it out: only an issuer right before its verb was read. The
  bodies and places that open such a clause before its verb of issuing (IssueAfterBy, perhaps after DocumentByAdverb
  and JointAfter, then RelativeClauseMark) issue the document and carry it out now.
- Two national schemes were unknown: the fitness works for farmers printed short (扩大…农民健身工程建设) and the vote of
  deputies on the yearly livelihood projects (推行民生实事项目人大代表票决制). Both are known programmes now, with their
  full and short forms under one id (programmes.jsonl).
- Three phrases were read as programmes though they name none: a verb's run closed by 等 and the projects' kind
  (启动某某基地等项目: several projects, none by its name; closed_run, from ListedCampaignLead and WorksAfterCounted), a
  count of projects after a time and 有 (今年有18件项目由多个部门联合推进: NameSubjectTime, CountedLead 有 and
  CountedMeasure 件, a measure kept apart from CountMeasure, which the reading of people shares), and a year's projects
  printed with general words alone (通报2025年度民生实事项目实施情况: 实事 is a ProjectGenericWord, and a year before
  such words is general too).
- A quoted scheme with a weak head after a count of the units built (建设24个“渝好空间”项目) was no programme: the
  count stood between the verb and the quote. A count (a numeral and a CountMeasure) may stand there now, as a VerbGap
  does.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a package of livelihood works counted in Arabic numerals",
     "2025年，安徽省将继续实施30项民生工程，各项工程力争年底前全面完成。",
     {("Programme", "30项民生工程")}, set(), set()),
    ("key livelihood matters counted with 件",
     "今年，成都市将集中力量办好12件重点民生实事，切实解决群众急难愁盼问题。",
     {("Programme", "12件重点民生实事")}, set(), set()),
    ("a count of groups before the count of matters",
     "省政府工作报告提出，今年全省将实施8个方面28项民生实事。",
     {("Programme", "8个方面28项民生实事")}, set(), {"28项民生实事"}),
    ("a package printed by its groups' count alone",
     "福建省政府办公厅近日印发通知，明确今年十方面民生实事的牵头单位。",
     {("Programme", "十方面民生实事")}, set(), set()),
    ("the package printed again without its groups' count is the same one",
     "今年全省将继续实施10类32件民生实事。为保障32件民生实事落地，省财政已安排资金50亿元。",
     {("Programme", "10类32件民生实事")}, set(), {"32件民生实事"}),
    ("an approximate count tallies matters done and names none (guard)",
     "过去五年，全市累计完成300余项重大民生实事，投入资金800亿元。",
     set(), set(), {"300余项重大民生实事", "项重大民生实事", "重大民生实事"}),
    ("a province's department of economy and information printed short",
     "近日，江西省经信厅召开全省工业运行调度会，部署下一阶段工作。",
     {("Agency", "江西省经济和信息化厅")}, set(), {"江西省经信厅"}),
    ("a city Party committee's reform office printed short",
     "近日，湖州市委改革办召开全市改革工作推进会。",
     {("Agency", "中共湖州市委全面深化改革委员会办公室")}, set(), {"中共湖州市委员会"}),
    ("the reform office as a leader after 由",
     "近日，江西省政府办公厅印发通知。深化“放管服”改革，由省委改革办、省司法厅牵头。",
     {("Agency", "中共江西省委全面深化改革委员会办公室")},
     {("中共江西省委全面深化改革委员会办公室", "implements", "放管服改革")}, set()),
    ("two issuers in a relative clause, an adverb of time before the verb",
     "宜春市召开全市基层治理工作会议。根据市委办公室、市政府办公室日前联合印发的《关于进一步加强基层治理的实施意见》，"
     "各县区要在6月底前完成任务。",
     {("Programme", "《关于进一步加强基层治理的实施意见》")},
     {("中共宜春市委办公室", "implements", "《关于进一步加强基层治理的实施意见》"),
      ("宜春市人民政府办公室", "implements", "《关于进一步加强基层治理的实施意见》")}, set()),
    ("a province's office as issuer with an adverb of time before the verb",
     "山西省召开全省民生工作推进会。按照省政府办公厅近日印发的《山西省2025年民生实事实施方案》，各市要加快推进。",
     {("Programme", "《山西省2025年民生实事实施方案》")},
     {("山西省人民政府办公厅", "implements", "《山西省2025年民生实事实施方案》")}, set()),
    ("the fitness works for farmers printed short",
     "今年，全县将继续实施农民健身工程，新建健身广场12个。",
     {("Programme", "农民体育健身工程")}, set(), set()),
    ("the deputies' vote on the livelihood projects carried out by a county",
     "2023年，桐庐县推行民生实事项目人大代表票决制，由人大代表投票确定10件民生实事。",
     {("Programme", "民生实事项目人大代表票决制")},
     {("桐庐县", "implements", "民生实事项目人大代表票决制")}, set()),
    ("a verb's run closed by 等 and the projects' kind names none",
     "发展农村电商，实施“快递进村”示范，启动京东华中物流总部（鄂州）基地等项目，力争全省快递业务量增长20%以上。",
     set(), set(), {"京东华中物流总部（鄂州）基地等项目", "京东华中物流总部(鄂州)基地等项目"}),
    ("a count of projects after a time and 有 names none",
     "今年的民生实事突出小切口。今年有12件项目由多个部门联合推进，确保按期完成。",
     set(), set(), {"今年有12件项目"}),
    ("a year's livelihood projects reported on name none",
     "四川省政府9日召开新闻发布会，通报2024年度民生实事项目实施情况，并介绍2025年度民生实事项目的编排。",
     set(), set(), {"2024年度民生实事项目"}),
    ("a count of the units built between the verb and a quoted scheme",
     "今年，全区将建设30个“邻里中心”项目，并新增公交线路10条。",
     {("Programme", "邻里中心")}, set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_121(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
