"""Classes the twenty-eighth own people set showed (passages rewritten from real news of 西藏, 新疆, 海南, 广西 and
云南: visits of paired provinces' cadres, a regional department head living in a village, a first secretary, city
congress elections, a press conference, democratic-party visitors), each row a text written for this test, with other
places and names than the set's.

- A title chain that ends in the head of a paired province's team (某市委常委、某省援藏工作队总领队某某): 总领队 was
  no title of chains, so the name after it was a person with no post.
- A list of villages' names closed by its count and a kind of village (甲、乙、丙4个自然村; 两个行政村): the count's
  check read only a level right after the count, so a two-character village's name stayed a person's.
- A quoted list of parallel slogans (“班子强、产业兴、乡风好、生态美”): a part that begins with a surname was a name.
- A person after the role of one who leads a cooperative or a project (合作社领办人某某): no role, so a name in
  transliteration characters after it was not read.
- A role and a name as the object of 把, then the verb of asking in (把工艺美术大师某某请进村里): without the model's
  support, nothing closed the name.
- A verb of handing over between a democratic party's central committee and another committee (农工党中央交给某省委):
  the model read the whole as one body and the grammar made it a unit of the CPC's central committee.
- A first secretary printed after the body that sent him (某厅派驻某县某镇某村第一书记某某): the post was left without
  a body; it is in the branch of the village printed right before the title.
- A two-character Tibetan name after a title, closed by a verb that follows names (县委书记次仁陪同): no surname, no
  punctuation, so no name was read; the run of transliteration characters that roles read now ends it."""
import pytest

from conftest import check_reading

TEAM_LEADER_ROWS = [
    ("a city committee member who leads a province's team",
     "拉萨市委常委、江苏省援藏工作队总领队王海涛到墨竹工卡县调研。",
     {("Official", "王海涛")}, {("王海涛", "holdsPost", "中共拉萨市委员会")}, set()),
    ("a vice-mayor who leads a province's team",
     "林芝市副市长、广东省援藏工作队总领队刘志坚一行到米林县看望援藏干部。",
     {("Official", "刘志坚")}, {("刘志坚", "holdsPost", "林芝市人民政府")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TEAM_LEADER_ROWS, ids=[r[0] for r in TEAM_LEADER_ROWS])
def test_a_team_leader_ends_a_title_chain(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


VILLAGE_LIST_ROWS = [
    ("natural villages under a village",
     "该村下辖王英、刘明、张华、李平4个自然村，共有农户312户。", set(), set(), {"王英", "刘明", "张华", "李平"}),
    ("people listed before a count of persons stay people",
     "村民刘明、张华两人报名参加了培训。", {("Person", "刘明")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", VILLAGE_LIST_ROWS, ids=[r[0] for r in VILLAGE_LIST_ROWS])
def test_names_counted_as_natural_villages_are_no_people(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SLOGAN_LIST_ROWS = [
    ("four parallel slogans", "村里按照“班子强、产业兴、乡风好、生态美”的目标推进。", set(), set(), {"班子强"}),
    ("three parallel slogans", "社区坚持“党建强、服务优、环境美”的工作思路。", set(), set(), {"党建强"}),
    ("a quoted list of names stays names",
     "大会表彰了“王丽华、李强国、陈刚毅”三位同志。", {("Person", "王丽华"), ("Person", "陈刚毅")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SLOGAN_LIST_ROWS, ids=[r[0] for r in SLOGAN_LIST_ROWS])
def test_parts_of_a_quoted_slogan_list_are_no_names(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


LEADER_ROLE_ROWS = [
    ("a cooperative's leader with a transliterated name",
     "合作社领办人阿依努尔到县城学习电商技术。", {("Person", "阿依努尔")}, set(), set()),
    ("a project's leader who speaks", "项目领办人王秀兰介绍，今年种植面积扩大了一倍。", {("Person", "王秀兰")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LEADER_ROLE_ROWS, ids=[r[0] for r in LEADER_ROLE_ROWS])
def test_a_person_after_the_role_of_a_cooperative_s_leader(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


ASKED_IN_ROWS = [
    ("a craftsman asked into a school", "县里把非遗传承人单玉兰请进了校园。", {("Person", "单玉兰")}, set(), set()),
    ("a craftswoman asked into a workshop", "她把工艺美术大师单秀梅请进村里的刺绣工坊。", {("Person", "单秀梅")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ASKED_IN_ROWS, ids=[r[0] for r in ASKED_IN_ROWS])
def test_a_name_asked_in_after_a_role(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


HANDED_OVER_ROWS = [
    ("a task handed from a party's centre to a provincial committee",
     "该联系点是农工党中央交给浙江省委的重点工作。", {("Agency", "中国农工民主党中央委员会")}, set(),
     {"中国共产党中央委员会交给浙江省委员会", "中国共产党中央委员会"}),
    ("the same with an experimental zone",
     "毕节试验区是农工党中央交给贵州省委的联系点。", {("Agency", "中国农工民主党中央委员会")}, set(),
     {"中国共产党中央委员会交给贵州省委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", HANDED_OVER_ROWS, ids=[r[0] for r in HANDED_OVER_ROWS])
def test_a_verb_of_handing_over_ends_a_body(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SENT_SECRETARY_ROWS = [
    ("a department's first secretary in a village of 琼中",
     "省民政厅派驻琼中县湾岭镇大边村第一书记王海走访农户。",
     {("Official", "王海")}, {("王海", "holdsPost", "中共琼中黎族苗族自治县湾岭镇大边村支部委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SENT_SECRETARY_ROWS, ids=[r[0] for r in SENT_SECRETARY_ROWS])
def test_a_sent_first_secretary_holds_the_village_branch_post(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SHORT_TRANSLITERATED_ROWS = [
    ("a county secretary with a two-character name",
     "墨竹工卡县委书记次仁陪同调研。", {("Official", "次仁")}, {("次仁", "holdsPost", "中共墨竹工卡县委员会")}, set()),
    ("a county head with a two-character name",
     "工布江达县县长扎西陪同考察。", {("Official", "扎西")}, {("扎西", "holdsPost", "工布江达县人民政府")}, set()),
    ("a town head whose name a verb closes, as before", "镇长巴特介绍了情况。", {("Official", "巴特")}, set(), set()),
    ("an adverb of order after a title is no name", "会上，各村党支部书记依次汇报了工作。", set(), set(), {"依次"}),
    ("an adverb of frequency after a title is no name", "县委书记多次到村里调研。", set(), set(), {"多次"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SHORT_TRANSLITERATED_ROWS,
                         ids=[r[0] for r in SHORT_TRANSLITERATED_ROWS])
def test_a_two_character_transliterated_name_after_a_title(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
