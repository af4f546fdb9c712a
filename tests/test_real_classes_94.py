"""Classes found by own-programmes-94 (schemes carried out with firms, federations and social organisations:
万企兴万村, 百企帮百村, 春蕾计划, 希望工程, 母亲水窖, Red Cross drives, volunteer services).

- A place's Red Cross society (某市红十字会, 县红十字会) is a people's organisation as the federations are: an agency of
  that place, and its president (会长, read only right after a body) and a deputy printed bare after another post in
  it (党组书记、专职副会长) hold posts in it.

Texts written for these tests in our own words, with places, names and schemes other than those of the set."""
import pytest

from conftest import check_reading


RED_CROSS_ROWS = [
    ("a vice-mayor who is president of the city's Red Cross society",
     "5月8日，常德市红十字会举行纪念活动。副市长、市红十字会会长周建平出席并讲话。",
     {("Official", "周建平"), ("Agency", "常德市红十字会")},
     {("周建平", "holdsPost", "常德市红十字会"), ("周建平", "holdsPost", "常德市人民政府"),
      ("常德市红十字会", "locatedIn", "常德市")},
     set()),
    ("a deputy printed bare after the society's Party post",
     "会议由岳阳市红十字会党组书记、专职副会长刘晓梅主持。",
     {("Official", "刘晓梅")},
     {("刘晓梅", "holdsPost", "岳阳市红十字会")},
     set()),
    ("counties' societies listed as co-organisers",
     "活动由邵阳市红十字会主办，隆回县红十字会、新邵县红十字会协办。",
     {("Agency", "隆回县红十字会"), ("Agency", "新邵县红十字会")},
     {("隆回县红十字会", "locatedIn", "隆回县")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", RED_CROSS_ROWS, ids=[r[0] for r in RED_CROSS_ROWS])
def test_red_cross_societies_and_their_officers(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
