"""Classes the twenty-third own people set showed (village and town news rewritten from real articles, three passages
printed in traditional characters), each row a text written for this test, with other places and names than the set's."""
import pytest

from conftest import check_reading

# (class, text, entities that must be found, facts that must be found, names no entity may have)
PASSIVE_ROWS = [
    ("an appointment in the passive, the post after a place chain",
     "2021年5月，高志远被任命为北京市顺义区木林镇东沟村党支部第一书记。",
     {("Official", "高志远")}, {("高志远", "holdsPost", "中共北京市顺义区木林镇东沟村支部委员会")}),
    ("the same printed in traditional characters",
     "去年秋天，鄭海濤被任命為河北省易縣高村鎮東山村黨支部書記。",
     {("Official", "郑海涛")}, {("郑海涛", "holdsPost", "中共易县高村镇东山村支部委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", PASSIVE_ROWS, ids=[r[0] for r in PASSIVE_ROWS])
def test_an_appointment_in_the_passive(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())
