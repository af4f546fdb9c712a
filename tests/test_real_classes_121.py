"""Classes the hundred-and-twenty-first own programme set showed (a blind sample of news on the yearly livelihood
matters, 民生实事, and who carries them out: 河北, 吉林, 辽宁, 江苏, 浙江, 湖南, 广西, 重庆), each row a text written for
this test, with other places, bodies and counts than the set's.

- A yearly package of livelihood matters named by its count (20项民生工程, 15件重点民生实事, 十大重点民生实事), perhaps
  after the count of its groups (十个方面35项民生实事, 12类45件民生实事) or by that count alone (十方面民生实事), was no
  programme: only a few such names were known word for word (十件民生实事). Such a count before 民生实事, 民生工程 or
  民心工程 names a programme now (PackageHead, PackageMeasure, PackageGroup, PackageModifier), and printed again without
  its groups' count (45件民生实事) it is the same package; an approximate count (200余项重大民生实事) names none.
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
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_121(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
