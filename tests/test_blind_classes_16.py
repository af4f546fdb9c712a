"""Classes the sixteenth own people set showed, each row a sentence written for this test: a bureau printed with an
abbreviated county right after a verb of holding a post (现任县某局副局长, 曾任县某局局长: 任 may stand before the
abbreviation); a provincial or city Party committee's education work committee printed short (省委教育工委, 市委教育工委);
a Youth League committee and a democratic party's committee printed with their term (共青团某县第十九届委员会,
中国民主同盟某市第九届委员会: the body's own name, without the term); a village post filled by a name after 由 with no word
closing the post between (村委会主任由某某连任, 党支部书记由某某担任), every post of its chain (党总支书记、村委会主任由某某担任); people's assessors named after their title, one or
two in a row (人民陪审员某某、某某参与审理: posts in the court); a town's Youth League committee and a street's printed after
the place (某镇团委书记, 某街道团工委书记: 共青团某县某镇委员会, 共青团某县某街道工作委员会); a leader's day or duty of receiving
petitioners printed after the title where a name would stand (县委书记接访日, 局长接待日): no name."""
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
    # 4. a post filled by a name after 由
    ("村委会主任由某某连任", "东阿县刘集镇完成村“两委”换届。杨庄新村村委会主任由孙立明连任；官庄新村党支部书记由赵春雷担任。",
     {("Official", "孙立明"), ("Official", "赵春雷")},
     {("孙立明", HP, "东阿县杨庄新村村民委员会"), ("赵春雷", HP, "中共东阿县刘集镇官庄新村支部委员会")},
     {"由孙立明", "由赵春雷"}),
    ("党总支书记、村委会主任由某某担任", "东阿县刘集镇完成换届，经选举，杨庄新村党总支书记、村委会主任由孙立明担任。",
     {("Official", "孙立明")},
     {("孙立明", HP, "东阿县杨庄新村村民委员会"), ("孙立明", HP, "中共东阿县刘集镇杨庄新村总支部委员会")}, set()),
    ("会议由某某主持 stays a chair", "东阿县召开会议，会议由县委副书记王海涛主持。",
     {("Official", "王海涛")}, {("王海涛", HP, "中共东阿县委员会")}, {"由县委"}),
    # 5. people's assessors
    ("人民陪审员某某、某某", "东阿县人民法院开庭审理一起合同纠纷案，人民陪审员张秀英、李国华参与审理。",
     {("Official", "张秀英"), ("Official", "李国华")},
     {("张秀英", HP, "东阿县人民法院"), ("李国华", HP, "东阿县人民法院")}, set()),
    # 6. a town's and a street's Youth League committee
    ("某镇团委书记、某街道团工委书记", "东阿县召开青年工作会。刘集镇团委书记王小雨、铜城街道团工委书记李思琪作交流发言。",
     {("Official", "王小雨"), ("Official", "李思琪"), ("Agency", "共青团东阿县刘集镇委员会"),
      ("Agency", "共青团东阿县铜城街道工作委员会")},
     {("王小雨", HP, "共青团东阿县刘集镇委员会"), ("李思琪", HP, "共青团东阿县铜城街道工作委员会"),
      ("共青团东阿县刘集镇委员会", "locatedIn", "刘集镇")}, set()),
    ("某镇党委 stays the Party's", "东阿县刘集镇党委书记王小雨主持会议。",
     {("Official", "王小雨"), ("Agency", "中共东阿县刘集镇委员会")}, set(), {"共青团东阿县刘集镇委员会"}),
    # 7. a day of receiving petitioners after a title
    ("县委书记接访日", "县委书记接访日：东阿县倾听群众诉求", set(), set(), {"接访日"}),
    ("局长接待日", "东阿县开展局长接待日活动，县长下访到刘集镇。", set(), set(), {"接待日", "下访到"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_blind_class_16(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
