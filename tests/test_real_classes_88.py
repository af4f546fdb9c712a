"""Classes the eighty-eighth own people set showed (appointments and personnel notices of provinces other than 广东:
pre-appointment notices with 现任 and 拟任 posts in 娄底, a district government's notice of appointments and removals in
恩阳区, a city congress standing committee's list in 信阳, a county Party committee's nominations in 永丰县, a town congress
electing a town head in 松阳县古市镇, a provincial government's appointments in 甘肃, a county congress standing committee
session in 平遥县, a town congress's new term electing its heads in 利川市汪营镇; made-up officials in real bodies), each row
a text written for this test, with other places and names than the set's.

- A new term's leaders of a township's bodies (新一届镇人大主席, 新一届乡政府): 新一届 was read as the stem of a township the
  gazetteer lacks (新一届镇, with its congress and government); 届 is no character of such a stem (NotTownStemChar).
- A body's team of leaders (镇政府领导班子要…, 县政府领导班子认为): 县政府领导 read as a group's title and 班子要 as a name
  after it (班 a surname); a word that begins inside a title's last characters and runs on past its end is no title
  (TitleRunOnWord 领导班子, `_title_after` in `kg/ner/people.py`).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a new term's town congress head after the town named in full",
     "3月2日，宁都县固厚乡第二十届人民代表大会第一次会议召开。会议选举产生了新一届乡人大主席和乡人民政府乡长。",
     {("Place", "固厚乡")},
     set(),
     {"新一届乡", "新一届乡人民代表大会", "新一届乡人民政府"}),
    ("a new term's town government in a later sentence",
     "会议在沅陵县筲箕湾镇召开。会议选举产生了新一届镇人民政府镇长。",
     {("Place", "筲箕湾镇")},
     set(),
     {"新一届镇", "新一届镇人民政府"}),
    ("a district government's team of leaders, then a verb: no official",
     "常务会议上，区政府领导班子认真听取了汇报。",
     set(),
     set(),
     {"班子认", "班子认真"}),
    ("a group's title still before a name",
     "调研期间，县政府领导孙建华察看了项目进度。",
     {("Official", "孙建华")},
     set(),
     set()),
    ("a team of leaders after a town's government, then a verb",
     "会议强调，新一届镇政府领导班子认为发展仍是第一要务。",
     set(),
     set(),
     {"班子认", "班子认为"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_rows(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
