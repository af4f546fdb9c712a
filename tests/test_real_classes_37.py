"""Classes the thirty-seventh own people set showed (passages rewritten from real county and town news of 湖北, 湖南, 安徽
and 江西 that name many ordinary people: a returning graduate's cooperatives, a village secretary counting off the
village's able people, a village doctor and a rescue, a sick village cadre, heritage craftsmen in a culture centre's
lane, a village secretary honoured as a model, a retired cadre's village, a bamboo-weaving master, a teacher with one
pupil, a businessman's cooperative), each row a text written for this test, with other places and names than the set's.

- People listed each after the clause that describes them (开农家乐的某甲，回乡养鸭的某乙，带着妇女编竹篮的某丙、某丁
  夫妇……): a full name right after 的 and closed by a list's mark (DescribedNameLink, DescribedListClose in
  people.jsonl), where one sentence holds two such names or more; a name 、 closes takes the names listed after it.
  One such name alone is no name (有名的黄金周，), and neither is a word (高质量).
- A name after 的 that the count of its company closes (找来同村的某某等几个年轻人, …的某某等3户): NameCountLead, a
  numeral or a vague count (FewCount: 几) and a counter or measure (CountMeasure: 个, 户); or a verb of speech
  (DescribedSpeechVerb: 同村的某某告诉记者, 某县的某某说), not one whose character starts a longer word (说明会) nor after a
  demonym (外地的温州人说: DemonymEnd).
- A nickname in quotes with the place or circle it holds in before the quote (被誉为某县“竹编大王”的某某): the name after
  it, as after a nickname right after the verb of naming.
- A name of four characters after a surname of two that the model cuts at three after a role (村民欧阳某某就…, 村民
  欧阳某某在…): its fourth character goes on when a word that follows names comes next, and a surname of two
  characters is no ordinary word that makes the name read as words.
- Crops, herbs, trees and livestock of county news that begin with a surname's character (黄芪, 杜仲, 黄牛, 毛竹):
  NotAName, no people.
- A byline whose paper and outlet print nine or ten characters before 记者 after a box mark (□某某日报融媒体记者 某某
  通讯员 某某 某某): a byline line, its blanks part the names.
"""
import pytest

from conftest import check_reading


DESCRIBED_ROWS = [
    ("a list of people each after a clause with 的, the last a couple",
     "说起村里的能人，老支书如数家珍：开农家乐的张秋生，回乡养鸭的李春明，带着妇女编竹篮的赵桂兰、钱小英夫妇……",
     {("Person", "张秋生"), ("Person", "李春明"), ("Person", "赵桂兰"), ("Person", "钱小英")}, set()),
    ("a list of described people closed by 、 and 。",
     "合作社里有种茶叶的刘德旺、养蜜蜂的孙玉梅，还有做电商的郑海涛。",
     {("Person", "刘德旺"), ("Person", "孙玉梅")}, set()),
    ("a name after 的 closed by the count of its company",
     "2016年，他找来同村的周国栋等几个年轻人，一起办起了养鸡场。",
     {("Person", "周国栋")}, set()),
    ("a name after 的 closed by a count in households",
     "村里的吴德明等3户人家率先种上了蓝莓。",
     {("Person", "吴德明")}, set()),
    ("a name after 的 closed by a verb of speech",
     "在外打工多年的孙立新表示，回乡创业有奔头。同村的李明华告诉记者，他家种了十亩茶。",
     {("Person", "孙立新"), ("Person", "李明华")}, set()),
    ("a name after a place and 的 closed by 说",
     "英山县的汪少华说，今年茶叶好卖。", {("Person", "汪少华")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,absent", DESCRIBED_ROWS, ids=[r[0] for r in DESCRIBED_ROWS])
def test_people_described_before_them(nlp, cls, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)
    # words after 的 in a list of the same shape, and a word before a count, are no names
    check_reading(nlp, "这里有全国有名的黄金周，有新修的高铁站，还有热闹的马拉松。", set(), set(),
                  {"黄金周", "高铁站", "马拉松"})
    check_reading(nlp, "这是全县今年的高质量等几个目标。", set(), set(), {"高质量"})
    # a demonym and a verb's character that starts a longer word after 的 are no name
    check_reading(nlp, "来自外地的温州人说，这里的茶好喝。今天的马拉松说明会很热闹。", set(), set(), {"温州人", "马拉松"})


NICKNAME_ROWS = [
    ("a county's short name before the quoted nickname",
     "被誉为宁远“竹编大王”的陈富民说，今年订单比去年多了一倍。", {("Person", "陈富民")}),
    ("a place word before the quoted nickname",
     "人称村里“茶博士”的林志平正在炒茶。", {("Person", "林志平")}),
]


@pytest.mark.parametrize("cls,text,entities", NICKNAME_ROWS, ids=[r[0] for r in NICKNAME_ROWS])
def test_a_name_after_a_placed_nickname(nlp, cls, text, entities):
    check_reading(nlp, text, entities, set(), set())


COMPOUND_ROWS = [
    ("a four-character name with 欧阳 after a role, 就 after it",
     "早年外出的村民欧阳辉强就开过一家工厂。", {("Person", "欧阳辉强")}, {"欧阳辉"}),
    ("a four-character name with 欧阳 after a role, 在 after it",
     "村民欧阳辉明在村里种了三十亩茶。", {("Person", "欧阳辉明")}, {"欧阳辉"}),
]


@pytest.mark.parametrize("cls,text,entities,absent", COMPOUND_ROWS, ids=[r[0] for r in COMPOUND_ROWS])
def test_a_two_character_surname_and_two_given_characters(nlp, cls, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)


@pytest.mark.parametrize("crop", ["黄芪", "杜仲", "黄连", "陈皮", "毛竹", "黄牛", "黄桃"])
def test_crops_that_begin_with_a_surname_are_no_people(nlp, crop):
    check_reading(nlp, f"村民马建新说，他决定试种猕猴桃和{crop}。", {("Person", "马建新")}, set(), {crop})


def test_a_byline_with_a_long_outlet_after_a_box_mark(nlp):
    text = ("茶园里的新农人\n□长江日报融媒体记者 孙明亮 通讯员 何小军 周芳\n"
            "5月8日，记者来到某县一处茶园，看到工人正在采茶。\n")
    check_reading(nlp, text, {("Person", "孙明亮"), ("Person", "何小军"), ("Person", "周芳")}, set(), set())
