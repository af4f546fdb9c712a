"""Classes the hundred-and-thirteenth own programme set showed (a blind sample of county news on rural works by county
bureaus: 浮山县, 奈曼旗, 辽阳县, 靖边县, 会宁县, 叶城县), each row a text written for this test, with other places,
bodies and projects than the set's.

- A county's office of comprehensive agricultural development printed short after its county (某县农发办) was no body;
  it is that county's 农业综合开发办公室 now (AgencyAbbrev).
- A project named with a bracket of its fund's task before its head (某县2026年某乡种植业基地配套建设（少数民族发展任务）
  项目) opening a numbered item was dropped: the verb before the bracket (建设) was read as a verb of the clause. A bracket
  of a few words right before the head stays in the name now, the verb before it the name's end (note_before_head).
- 项目责任领导为… read 项目责 as a name (surname 项) before the verb 任: the character of a verb of a post inside a word
  (责任) is no verb now (PostVerbInWord).
- A year's works of a kind with the one works by its own name in a bracket (2020年中小河流治理工程（某某防洪工程）已开工
  建设) was no project at all: the bracket closed no name. The bracketed name is a started works of its own now, and the
  kind's works before it too.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a started works named in a bracket after the year's works of its kind",
     "2021年病险水库除险加固工程（红旗水库除险加固工程）已开工建设，预计年底完工。",
     {("Programme", "红旗水库除险加固工程")},
     set(),
     set()),
    ("a county's office of agricultural development printed short",
     "去年以来，左权县农发办多方争取资金，完成中低产田改造3000亩。",
     {("Agency", "左权县农业综合开发办公室")},
     {("左权县农业综合开发办公室", "locatedIn", "左权县")},
     set()),
    ("a numbered item's project named with a bracket of its fund's task before its head",
     "二是和田县2025年罕艾日克镇饲草基地配套建设（巩固衔接任务）项目。项目由罕艾日克镇组织实施，县水利局负责监督指导。",
     {("Programme", "和田县2025年罕艾日克镇饲草基地配套建设（巩固衔接任务）项目")},
     {("罕艾日克镇", "implements", "和田县2025年罕艾日克镇饲草基地配套建设（巩固衔接任务）项目")},
     set()),
    ("项 as a surname before 责任 opens no name",
     "项目责任人为县委常委、副县长刘志国。",
     set(), set(),
     {"项目责"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_113(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
