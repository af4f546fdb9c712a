"""Classes the twenty-ninth own people set showed (passages rewritten from real news of 湖北, 江西, 重庆, 四川 and
山西: village stories told through their secretaries and villagers, a county's village leaders, a city's convention,
a hospital's own news, a democratic party's committee touring a district), each row a text written for this test,
with other places and names than the set's.

- A media word before 记者 in a by-line (某某日报全媒记者 某某, 融媒体记者): the word was read as a name, the paper's
  reporter beside it; 全媒记者, 融媒记者, 全媒体记者 and 融媒体记者 are reporters' roles.
- Towns listed by their bare names before 等 and a count (甲、乙、丙等3个乡镇): the pattern of a shared suffix took 等 or
  a count but not both, so the towns were not read.
- A township's name ending in 乡 before 镇 (城郊乡镇, a kind of township in general): the gazetteer's 城郊乡 of some
  county was read; 乡 and 镇 there make the word 乡镇 (NotAfterPlaceWord with "last"), while a county before 镇村
  (某县镇村两级) keeps its name.
- A villager with a rare surname after 村民, then an illness (村民某某患有心脏病): a rare surname after a role wants
  punctuation, a speech verb or a deed to close the name; 患有, 身患 and 罹患 now close it as a deed does.
- A company's board chairman printed 董事局主席 or 董事会主席 (as 董事长 is): no role, so the businessman after it,
  though the model read him, stayed out of the graph.
- Photo captions that place a person in the picture (某某(左一)为村民讲解; 甲、乙、丙(从左至右)): a name with a surname
  that is also a preposition (向, 于) or the last two-character name of the list was not read; the bracket of position
  (CaptionSide, CaptionOrder) now marks the names before it, a place's name (某村(左)) excepted."""
import pytest

from conftest import check_reading

MEDIA_REPORTER_ROWS = [
    ("a provincial paper's all-media reporter and two correspondents",
     "古镇老街换新颜\n荆楚晚报全媒记者 林嘉树 通讯员 马晓岚 周若溪\n入夏以来，老街改造工程进入收尾阶段，沿街商户陆续开门迎客。\n",
     {("Person", "林嘉树"), ("Person", "马晓岚"), ("Person", "周若溪")}, set(), {"全媒"}),
    ("a converged-media reporter alone",
     "秋粮收储有序推进\n江淮日报融媒体记者 唐思远\n连日来，各收储点延长服务时间，方便农户售粮。\n",
     {("Person", "唐思远")}, set(), {"融媒体", "融媒"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", MEDIA_REPORTER_ROWS,
                         ids=[r[0] for r in MEDIA_REPORTER_ROWS])
def test_a_media_word_before_reporter_is_no_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


COUNTED_TOWN_LIST_ROWS = [
    ("three towns of a district before 等 and a count",
     "近日，省农科院专家组到吉安市吉州区兴桥、长塘、樟山等3个乡镇，查看早稻长势和病虫害防治情况。",
     {("Place", "兴桥镇"), ("Place", "长塘镇"), ("Place", "樟山镇")},
     {("兴桥镇", "partOf", "吉州区"), ("樟山镇", "partOf", "吉州区")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", COUNTED_TOWN_LIST_ROWS,
                         ids=[r[0] for r in COUNTED_TOWN_LIST_ROWS])
def test_towns_listed_before_a_count_are_read(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


TOWNSHIP_WORD_ROWS = [
    ("suburban townships of a province in general",
     "为摸清湖南省城郊乡镇发展特色产业的情况，省政协调研组近日赴长沙开展调研。",
     {("Place", "湖南省")}, set(), {"城郊乡"}),
    ("the township itself, with its Party committee",
     "河南省杞县城郊乡党委书记王春林介绍，今年全乡新建大蒜冷库12座。",
     {("Place", "城郊乡"), ("Official", "王春林")}, {("城郊乡", "partOf", "杞县")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TOWNSHIP_WORD_ROWS,
                         ids=[r[0] for r in TOWNSHIP_WORD_ROWS])
def test_a_township_before_zhen_is_the_word_xiangzhen(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


ILLNESS_AFTER_NAME_ROWS = [
    ("a villager with a rare surname suffers from an illness",
     "村民卫建国患有尿毒症，每周要去县城透析，驻村工作队帮他申请了大病救助。",
     {("Person", "卫建国")}, set(), set()),
    ("a villager seriously ill",
     "在西坡村，村民阙光明身患重病多年，家里的田地由合作社代种。",
     {("Person", "阙光明")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ILLNESS_AFTER_NAME_ROWS,
                         ids=[r[0] for r in ILLNESS_AFTER_NAME_ROWS])
def test_an_illness_closes_a_name_after_a_role(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BOARD_CHAIR_ROWS = [
    ("a group's board chairman speaks at a signing",
     "签约仪式上，澳门华信集团董事局主席梁振邦致辞，表示将追加投资建设冷链物流中心。",
     {("Person", "梁振邦")}, set(), set()),
    ("a company's board chairman after an association's title",
     "省侨商联合会副会长、南方远洋渔业有限公司董事会主席钟立群介绍了企业的发展情况。",
     {("Person", "钟立群")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BOARD_CHAIR_ROWS,
                         ids=[r[0] for r in BOARD_CHAIR_ROWS])
def test_a_board_chairman_is_a_person(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CAPTION_ROWS = [
    ("a caption's name with a prepositional surname before its position",
     "村里新修的灌溉渠通水了。\n向秋平(左一)和村民一起铺设管道。\n",
     {("Person", "向秋平")}, set(), set()),
    ("three names of a caption before the order they stand in",
     "老党员接力守护护林站。\n图为杨帆、吴继明、彭辛(从左至右)。\n",
     {("Person", "杨帆"), ("Person", "吴继明"), ("Person", "彭辛")}, set(), set()),
    ("a village in a caption's bracket is no person",
     "新修的村道通到了家门口。\n柏林村(左)与邻村隔河相望。\n",
     set(), set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CAPTION_ROWS,
                         ids=[r[0] for r in CAPTION_ROWS])
def test_a_captions_names_before_their_position(nlp, cls, text, entities, facts, absent):
    got, _ = check_reading(nlp, text, entities, facts, absent)
    assert ("Person", "柏林村") not in got
