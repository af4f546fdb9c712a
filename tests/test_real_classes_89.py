"""Classes the eighty-ninth own people set showed (person precision in culture, heritage and tourism news of counties:
a clan's hall and the clans of a village's history in 蓝山县, a county's heritage exhibition hall in 甘泉县, a memorial
hall and a poem of 毛泽东 in 桐梓县, heritage bearers and dishes in 庆城县, a tea contest with a tea variety in 淳安县, a
tea festival in 舒城县, peonies named 姚黄 and 魏紫 in a clan's hall of 肥东县, a family's compound in 洪雅县, a memorial
hall's keeper in 临沭县朱村), each row a text written for this test, with other places and names than the set's.

- A surname and 氏 (秦氏、田氏先后在此落户) names a clan or a married woman by her family, no one by name
  (AnonymousForm 氏).
- A place's name and the word for its people (朱村人的新年, 王庄人的年味): a demonym (DemonymEnd after a PlaceNameEnd).
- The head word of an institution printed alone (陈列馆从当天起开放): InstitutionHead, no name though 陈 is a surname.
- A family's hall after a surname and 家 (陈家祠, 李家庙: FamilyHallEnd, as a hamlet's end); a surname and 家 alone (杨家)
  is a family; the generals of a family in legend (杨家将: FictionName).
- A white tea on a surname's character (白牡丹: NotAName).
- The second of a pair of names closed by an adverb of turns (甲和乙轮流值守: AfterName 轮流) and a name closed by a verb
  of retiring after a kin role (后人某某退休后: AfterName 退休).
- Heritage and culture roles before a name (第四代传人, 匠人, 制茶师, 茶艺师, 书法家, 茶商, 戏迷, 爱好者, 学者: Role), and
  the owner of a compound or a guesthouse (大院主人某某, 民宿主人某某: Role 主人; 主人翁 listed so that 主人 inside it is
  none).
- A role, then 兼 and a title the same person holds (某协会副会长兼秘书长某某): the title may start there (a role's end
  before 兼 is a title's start, `_title_start_ok` in `kg/ner/people.py`).
- A former post's mark after a boundary before a body's abbreviation (原市政协副主席某某, 原县人大常委会主任某某): the body is
  read, and its official (FormerQualifier opens the abbreviation; 平原县委 stays 平原县's committee).
"""
import pytest

from conftest import check_reading


ROWS = [
    # clans and families
    ("clans listed in a village's history",
     "据族谱记载，明代周氏、吴氏先后迁入这里。",
     set(), set(), {"周氏", "吴氏"}),
    ("a family's hall after a surname and 家",
     "陈家祠是岭南建筑的代表，每年都有不少游客。",
     set(), set(), {"陈家祠", "陈家"}),
    ("a legend of a family's generals",
     "杨家将的故事在当地流传甚广。",
     set(), set(), {"杨家将", "杨家"}),
    ("a name with 家 in it stays a name",
     "导演王家卫来到古镇取景。",
     {("Person", "王家卫")}, set(), set()),
    # demonyms and institutions
    ("a village's people named by its name",
     "王庄人的年味是从腊八开始的。",
     set(), set(), {"王庄人"}),
    ("an exhibition hall printed alone after a comma",
     "仪式在广场举行，陈列馆从当天起免费开放。",
     set(), set(), {"陈列馆"}),
    ("an exhibition hall opening a clause after a time",
     "改造完成后，陈列馆每天接待游客上千人次。",
     set(), set(), {"陈列馆"}),
    # varieties
    ("a white tea on a surname's character",
     "白牡丹、寿眉都是福鼎白茶的品类。",
     set(), set(), {"白牡丹"}),
    # names closed by 轮流 and 退休
    ("the second of a pair closed by an adverb of turns",
     "两位老人张桂兰和刘玉芬轮流值守。",
     {("Person", "张桂兰"), ("Person", "刘玉芬")}, set(), set()),
    ("a volunteer pair closed by an adverb of turns",
     "志愿者陈建国和赵明华轮流在馆内讲解。",
     {("Person", "陈建国"), ("Person", "赵明华")}, set(), set()),
    ("a descendant closed by a verb of retiring",
     "王家第八代后人王军退休后回到老宅居住。",
     {("Person", "王军")}, set(), {"王家"}),
    # heritage and culture roles
    ("a bearer named by the generation he carries on",
     "泥塑第四代传人张志强正在捏制泥人。",
     {("Person", "张志强")}, set(), set()),
    ("a craftsman of wood carving",
     "木雕匠人林志远花了三个月完成这件作品。",
     {("Person", "林志远")}, set(), set()),
    ("a tea maker and a tea master",
     "制茶师陈国平正在炒茶，茶艺师林小燕为游客泡茶。",
     {("Person", "陈国平"), ("Person", "林小燕")}, set(), set()),
    ("a calligrapher",
     "书法家吴建华挥毫泼墨，写下了村规民约。",
     {("Person", "吴建华")}, set(), set()),
    ("a tea merchant and an opera fan",
     "茶商许文龙收购了今年的新茶，戏迷张桂芝每场都来。",
     {("Person", "许文龙"), ("Person", "张桂芝")}, set(), set()),
    ("an amateur photographer",
     "摄影爱好者罗春生拍下了这一幕。",
     {("Person", "罗春生")}, set(), set()),
    ("a scholar quoted",
     "学者王晓明认为，古村保护要先留住人。",
     {("Person", "王晓明")}, set(), set()),
    ("the roles as words, no name after them",
     "要弘扬匠人精神，摄影爱好者们早早架好了相机，学者专家齐聚一堂。",
     set(), set(), {"匠人精神", "精神"}),
    ("the owner of a compound named by his generation",
     "周家大院的第五代主人周建国向游客介绍了老宅的历史。",
     {("Person", "周建国")}, set(), {"周家"}),
    ("the owner of a guesthouse quoted",
     "民宿主人张丽说，今年生意很好。",
     {("Person", "张丽")}, set(), set()),
    ("the masters of their own affairs: no role, no name after it",
     "要发挥群众的主人翁作用，增强村民的主人翁意识。",
     set(), set(), {"翁作用", "翁意识"}),
    # a role, 兼 and a title of the same person
    ("an association's vice-president and secretary-general",
     "市茶文化研究会副会长兼秘书长吴国栋致辞。",
     {("Person", "吴国栋")}, set(), set()),
    ("an association's president and secretary-general at a contest",
     "颁奖仪式上，省茶业协会会长兼秘书长孙丽华宣读了获奖名单。",
     {("Person", "孙丽华")}, set(), set()),
    # former posts before a body's abbreviation
    ("a former city CPPCC vice-chairman after a comma",
     "会上，原市政协副主席王德明出席。",
     {("Official", "王德明")}, set(), set()),
    ("a former county congress standing committee's head opening a sentence",
     "原县人大常委会主任李国庆出席揭牌仪式。",
     {("Official", "李国庆")}, set(), set()),
    ("a former county CPPCC chairman after an association's head",
     "县诗词学会会长、原县政协主席杜文进参加采风活动。",
     {("Official", "杜文进")}, set(), set()),
    ("a county whose name ends in 原 keeps its own committee",
     "平原县委书记张明出席会议。",
     {("Official", "张明"), ("Agency", "中共平原县委员会")},
     {("张明", "holdsPost", "中共平原县委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_rows(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
