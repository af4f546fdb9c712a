"""Classes the nineteenth own people set left, in the habits of real news.

- A headquarters' or leading group's standing office printed before its head's title (县防汛抗旱指挥部办公室主任某某,
  市森林防火指挥部办公室副主任某某): the office is a unit of the headquarters and the head's post is in the office, where
  before the title 办公室主任 was read as the headquarters' own and the office was lost. A bureau's office before its
  head's title (县教育局办公室主任某某) stays a post of the bureau, no unit.

Texts written for these tests in our own words, with places and names other than those of the set that revealed the
classes."""
import pytest

from conftest import check_reading

HP = "holdsPost"
SUB = "subOrganizationOf"

OFFICE_ROWS = [
    ("a bureau's head and the county headquarters' office, the county printed as 县",
     "舒城县水利局局长、县防汛抗旱指挥部办公室主任潘云峰一同督导。",
     {("Official", "潘云峰"), ("Agency", "舒城县防汛抗旱指挥部办公室")},
     {("潘云峰", HP, "舒城县防汛抗旱指挥部办公室"), ("潘云峰", HP, "舒城县水利局"),
      ("舒城县防汛抗旱指挥部办公室", SUB, "舒城县防汛抗旱指挥部")}),
    ("the office's deputy head in the sentence after the county",
     "宿松县召开防汛会议。县防汛抗旱指挥部办公室副主任何晓东汇报了工作。",
     {("Official", "何晓东"), ("Agency", "宿松县防汛抗旱指挥部办公室")},
     {("何晓东", HP, "宿松县防汛抗旱指挥部办公室")}),
    ("a forest-fire headquarters printed in full",
     "岳西县森林防火指挥部办公室主任储建平主持会议。",
     {("Official", "储建平"), ("Agency", "岳西县森林防火指挥部办公室")},
     {("储建平", HP, "岳西县森林防火指挥部办公室"), ("岳西县森林防火指挥部办公室", SUB, "岳西县森林防火指挥部")}),
    ("a city's headquarters after 市",
     "桐城市应急管理局局长、市防汛抗旱指挥部办公室主任方立新到现场察看。",
     {("Official", "方立新"), ("Agency", "桐城市防汛抗旱指挥部办公室")},
     {("方立新", HP, "桐城市防汛抗旱指挥部办公室")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", OFFICE_ROWS, ids=[r[0] for r in OFFICE_ROWS])
def test_a_headquarters_office_before_its_heads_title_is_a_unit(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


def test_a_bureaus_office_before_its_heads_title_stays_a_post_of_the_bureau(nlp):
    check_reading(nlp, "潜山市教育局办公室主任汪丽华介绍了招生安排。",
                  {("Official", "汪丽华"), ("Agency", "潜山市教育局")}, set(),
                  {"潜山市教育局办公室"})
