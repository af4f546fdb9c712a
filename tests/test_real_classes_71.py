"""Classes the seventy-first own programme set showed (passages rewritten from real news of 黑龙江, 吉林, 内蒙古, 河南,
山东 and 四川 on farming and grain schemes and who carries them out: a province's field-chief system and black-soil
projects, a province's grain-security duties told by its executive vice-governor, a provincial leader's survey of a
county's black-soil model, lists of one-village-one-product villages and towns, of agricultural strong towns and of
national modern agricultural industrial parks, and a city's black-soil plan), each row a text written for this test,
with other places and names than the set's.

- The grain-security duties shared by Party committees and governments (粮食安全党政同责) and the governor's grain
  responsibility system (粮食安全省长责任制): national schemes with no programme head (同责, 责任制 head nothing kg
  reads), so a province that carries them out (某省落实粮食安全党政同责) read no scheme; they are known schemes in the
  lexicon now, with the longer printed forms (国家粮食安全党政同责, 耕地保护和粮食安全党政同责) kept whole.
- A quoted model after 推广好 (要总结推广好“某某模式”): 好 stood between the spreading verb and the quote, so the label
  was read as no scheme; 推广好 is a verb that spreads a scheme (PilotVerb), as 推广 is.
"""
import pytest

from conftest import check_reading


GRAIN_DUTY_ROWS = [
    ("a province carrying out the shared grain-security duty",
     "今年以来，湖南省严格落实粮食安全党政同责，全省早稻播种面积稳中有增。",
     {("Programme", "粮食安全党政同责")},
     {("湖南省", "implements", "粮食安全党政同责")},
     set()),
    ("a province carrying out the governor's grain responsibility system",
     "会议指出，江西省要认真落实粮食安全省长责任制，确保粮食播种面积只增不减。",
     {("Programme", "粮食安全省长责任制")},
     {("江西省", "implements", "粮食安全省长责任制")},
     set()),
    ("the national form printed with 国家 stays whole",
     "平远县落实国家粮食安全党政同责要求，稳定粮食生产。",
     {("Programme", "国家粮食安全党政同责")},
     set(),
     {"粮食安全党政同责"}),
    ("the form joined with farmland protection stays whole",
     "近年来，洛川县严格落实耕地保护和粮食安全党政同责，新增耕地3000余亩。",
     {("Programme", "耕地保护和粮食安全党政同责")},
     set(),
     {"粮食安全党政同责"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GRAIN_DUTY_ROWS, ids=[r[0] for r in GRAIN_DUTY_ROWS])
def test_grain_security_duties(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SPREAD_WELL_ROWS = [
    ("a quoted model after 推广好 with no place before it",
     "座谈会上，他要求总结推广好“双辽模式”，守住耕地红线。",
     {("Programme", "双辽模式")},
     set(),
     set()),
    ("a quoted model after 推广好 with its province before it",
     "黑龙江省要推广好“龙江模式”，扩大保护性耕作面积。",
     {("Programme", "龙江模式")},
     {("黑龙江省", "implements", "龙江模式")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SPREAD_WELL_ROWS, ids=[r[0] for r in SPREAD_WELL_ROWS])
def test_spread_well_before_a_quoted_model(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
