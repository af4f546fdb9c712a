"""Classes the sixty-fourth own people set showed (passages rewritten from real news of cross-region delegations and
paired-assistance meetings: 广东 with 贵州 and 广西, 福建 with 宁夏, 天津 with 甘肃, 北京 with 内蒙古, 山东 with 青海,
浙江 with 四川, each from the host's or the visitor's paper, with long lists of both sides' officials and officials
seconded from one province to another), each row a text written for this test, with other places and names than the
set's.

- A title with a bracketed note of the official's secondment (副州长（援青）, 副县长（援藏）, 副市长(援疆)): the name after
  it was lost with all its posts (TitleSuffix （援青）, （援藏）, （援疆）, （援派）, each in both bracket forms).
"""
import pytest

from conftest import check_reading


SECONDED_ROWS = [
    ("a deputy prefect seconded to 西藏",
     "昌都市委常委、副市长（援藏）王建国出席座谈会。",
     {("Official", "王建国")},
     {("王建国", "holdsPost", "中共昌都市委员会"), ("王建国", "holdsPost", "昌都市人民政府")},
     set()),
    ("a deputy county head seconded to 新疆, half-width brackets",
     "伽师县委副书记、副县长(援疆)孙立平陪同调研。",
     {("Official", "孙立平")},
     {("孙立平", "holdsPost", "中共伽师县委员会"), ("孙立平", "holdsPost", "伽师县人民政府")},
     set()),
    ("a deputy prefect seconded to 青海 in a list",
     "果洛州委副书记、州长王大勇，州委副书记、副州长（援青）陈江参加座谈。",
     {("Official", "王大勇"), ("Official", "陈江")},
     {("陈江", "holdsPost", "果洛藏族自治州人民政府")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SECONDED_ROWS, ids=[r[0] for r in SECONDED_ROWS])
def test_seconded_note_after_a_title(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
