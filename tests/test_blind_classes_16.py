"""Classes the sixteenth own people set showed, each row a sentence written for this test: a bureau printed with an
abbreviated county right after a verb of holding a post (现任县某局副局长, 曾任县某局局长: 任 may stand before the
abbreviation); a provincial or city Party committee's education work committee printed short (省委教育工委, 市委教育工委);
a Youth League committee and a democratic party's committee printed with their term (共青团某县第十九届委员会,
中国民主同盟某市第九届委员会: the body's own name, without the term)."""
import pytest

from conftest import check_reading

HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a verb of holding a post before an abbreviated county's bureau
    ("现任县某局副局长", "东阿县拟提拔干部名单公示。\n刘志伟，男，1983年5月生，现任县统计局副局长，拟任县审计局局长。",
     {("Official", "刘志伟"), ("Agency", "东阿县统计局")}, {("刘志伟", HP, "东阿县统计局")}, set()),
    ("曾任县某局局长", "东阿县召开退休干部座谈会。高建国曾任县水利局局长，他回顾了全县水利建设的历程。",
     {("Agency", "东阿县水利局")}, set(), set()),
    # 2. an education work committee printed short
    ("省委教育工委副书记", "山东省教育系统召开会议，省委教育工委副书记孙立群出席并讲话。",
     {("Official", "孙立群"), ("Agency", "中共山东省委教育工作委员会")},
     {("孙立群", HP, "中共山东省委教育工作委员会")}, set()),
    # 3. a committee printed with its term
    ("共青团某县第十九届委员会", "共青团东阿县第十九届委员会第二次全体会议召开，团县委书记陈思雨作报告。",
     {("Agency", "共青团东阿县委员会"), ("Official", "陈思雨")}, {("陈思雨", HP, "共青团东阿县委员会")},
     {"东阿县第十九届委员会"}),
    ("中国民主同盟某市第九届委员会", "中国民主同盟聊城市第九届委员会第三次全体会议召开，民盟聊城市委会主委赵明远出席。",
     {("Agency", "中国民主同盟聊城市委员会")}, set(), {"聊城市第九届委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_blind_class_16(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
