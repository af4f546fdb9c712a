"""Construction classes found by perturbing shapes kg already reads the way other news prints them: an adverb made
with 地 after a title (镇长高兴地说), an ordinary person after 群众, a township the gazetteer lacks after its county
before a word of honour or effort (某县甲镇入选, 某县甲乡成功创建), and the county head's assistant (县长助理, also with
a bracketed note). Each row's sentences were written for this test (the towns, villages and names are made up), with
what must be read and what must not."""
import pytest

from conftest import check_reading

PO = "partOf"
HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
PEOPLE = [
    # an adjective made an adverb by 地 after a title is no name, though it begins with a surname (高兴地说, 满意地);
    # a name that is a word stays one
    ("职务+形容词地+说", "湘潭县召开推进会。县委书记田野出席会议。镇长高兴地说，今年丰收。", {("Official", "田野")},
     {("田野", HP, "中共湘潭县委员会")}, {"高兴地", "高兴"}),
    ("职务+田间地头", "湘潭县召开推进会。县财政局局长金山出席。村党支部书记田间地头走访群众。", {("Official", "金山")},
     {("金山", HP, "湘潭县财政局")}, {"田间地", "田间"}),
    # an ordinary person after 群众, with a surname that is a function word too (群众和某某表示); 群众和干部 is no name
    ("群众+姓名+表示", "湘潭县花石镇召开推进会。群众邓建国表示，服务很到位。群众普遍反映，办事方便了。",
     {("Person", "邓建国")}, set(), {"普遍"}),
    # ... but a modal before a verb after it is none, though punctuation closes what follows (群众可触摸、可感知)
    ("群众+可+动词", "湘潭县花石镇召开推进会。群众邓建国表示，让改革成果变成群众可触摸、可感知的实惠。",
     {("Person", "邓建国")}, set(), {"可触摸"}),
    # ... nor an everyday figure of speech after it that begins with a surname's character (金点子, 米袋子)
    ("群众+词语", "湘潭县花石镇召开推进会。群众邓建国表示，群众金点子被采纳，群众米袋子、菜篮子有保障。",
     {("Person", "邓建国")}, set(), {"金点子", "米袋子"}),
    ("群众和+姓名", "湘潭县花石镇召开推进会。群众和春燕告诉记者，服务很到位。群众和干部一起劳动。",
     {("Person", "和春燕")}, set(), {"和干部"}),
    # the county or district head's assistant, a post in its people's government, with a bracketed note or not
    ("县长助理（挂职）", "湘潭县召开推进会。县委常委、副县长（挂职）李明华，县长助理（挂职）王新出席。",
     {("Official", "王新"), ("Official", "李明华")}, {("王新", HP, "湘潭县人民政府"), ("李明华", HP, "湘潭县人民政府")}, set()),
    # a name, then a bracketed note of the title (TitleSuffix), then the title after it: the note is the title's
    ("姓名+（挂职）+职务", "湘潭县召开推进会。李明华（挂职）副县长出席会议，邓建国(代)县长主持会议。",
     {("Official", "李明华"), ("Official", "邓建国")},
     {("李明华", HP, "湘潭县人民政府"), ("邓建国", HP, "湘潭县人民政府")}, {"挂职"}),
    ("区长助理", "汕头市金平区召开推进会。区长助理陈远出席会议并讲话。", {("Official", "陈远")},
     {("陈远", HP, "汕头市金平区人民政府")}, set()),
]

PLACES = [
    # a township the gazetteer lacks, right after its county, before a word of being selected or honoured
    ("县+未收录镇+入选", "湘潭县葵荡镇入选全国重点镇名单。", {("Place", "葵荡镇")}, {("葵荡镇", PO, "湘潭县")}, set()),
    ("县+未收录镇+获评", "湘潭县葵荡镇获评省级文明村镇。", {("Place", "葵荡镇")}, {("葵荡镇", PO, "湘潭县")}, set()),
    ("县+未收录镇+被评为", "湘潭县榉湾镇被评为全国文明村镇。", {("Place", "榉湾镇")}, {("榉湾镇", PO, "湘潭县")}, set()),
    ("县+未收录街道+荣获", "澧县梨汀街道荣获省级示范街道称号。", {("Place", "梨汀街道")}, {("梨汀街道", PO, "澧县")}, set()),
    # ... or before an adverb of effort that opens a headline's verb
    ("县+未收录乡+成功", "湘潭县葵荡乡成功创建省级卫生乡镇。", {("Place", "葵荡乡")}, {("葵荡乡", PO, "湘潭县")}, set()),
    ("县+未收录镇+扎实", "湘潭县苇汀镇扎实推进人居环境整治。", {("Place", "苇汀镇")}, {("苇汀镇", PO, "湘潭县")}, set()),
    ("县+未收录镇+多措并举", "澧县栎岩镇多措并举抓好防汛。", {("Place", "栎岩镇")}, {("栎岩镇", PO, "澧县")}, set()),
    # ... or before a word of a township's profile (位于, 地处, 下辖, 辖, 总面积)
    ("县+未收录镇+位于", "湘潭县葵荡镇位于县境南部，湘潭县榉湾乡下辖12个行政村，澧县栎岩镇总面积120平方公里。",
     {("Place", "葵荡镇"), ("Place", "榉湾乡"), ("Place", "栎岩镇")},
     {("葵荡镇", PO, "湘潭县"), ("榉湾乡", PO, "湘潭县"), ("栎岩镇", PO, "澧县")}, set()),
    ("县+词语镇+位于", "湘潭县城乡位于湘江之滨，湘潭县重点镇位于南部，湘潭县特色小镇坐落在湘江边。湘潭县苇汀镇地处湘江之滨。",
     {("Place", "苇汀镇")}, {("苇汀镇", PO, "湘潭县")}, {"城乡", "重点镇", "特色小镇", "县城乡"}),
    ("县+之乡、大镇", "湘潭县鱼米之乡积极发展农业，湘潭县长寿之乡入选全国名单，湘潭县农业大镇位于南部。湘潭县苇汀镇地处湘江之滨。",
     {("Place", "苇汀镇")}, {("苇汀镇", PO, "湘潭县")}, {"鱼米之乡", "长寿之乡", "农业大镇"}),
    # never an everyday word ending in 镇 or 乡 after the county, closed by punctuation or such a word, though a
    # one-character stem before such a word is a name (栎重镇)
    ("县+词语镇", "湘潭县千年古镇，湘潭县特色小镇入选省级名单，湘潭县重点镇成功创建示范镇。湘潭县葵荡镇获评省级文明村镇，"
     "湘潭县栎重镇入选全国重点镇。", {("Place", "葵荡镇"), ("Place", "栎重镇")}, {("栎重镇", PO, "湘潭县")},
     {"千年古镇", "特色小镇", "重点镇"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PEOPLE, ids=[c[0] for c in PEOPLE])
def test_people_class(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("cls,text,entities,facts,absent", PLACES, ids=[c[0] for c in PLACES])
def test_place_class(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
