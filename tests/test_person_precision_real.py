"""People that kg read in real news and social text it had not seen (CLUENER2020's training lines) where there is
none, fixed by class: a function word that a surname's character spells (和, 向) after a role and before another
noun, a role or a kind of paper (父亲和朋友，, 设计师和业主、, 专家向晨报表示); an adverb and the verb that takes a
post read as a name before the title or the post (曾担任乡长, 将出任镇长, 曾担|任副院长). Each row pairs what must no
longer be read with real people beside it that must stay. Made-up sentences, written for this test and
unlike the passages."""
import pytest

from conftest import check_reading

# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # a role, then 和 and another noun or role before punctuation: the conjunction, no surname
    ("角色+和+普通名词", "老人的儿子和朋友，连夜赶回了村里。", set(), set(), {"和朋友"}),
    ("角色+和+角色", "装修前，工程师和业主、监理一起看了现场。", set(), set(), {"和业主"}),
    ("角色+和+名字", "小区物业与业主代表刘晓川说明了情况。", {("Person", "刘晓川")}, set(), set()),
    # a role, then 向 and a kind of paper before a speech verb: the paper spoken to, as 本报 is
    ("专家+向+晨报+表示", "一位专家向晨报表示，物价总体平稳。", set(), set(), {"向晨报"}),
    ("角色+向姓名字+说", "老党员向海明说，路修好了。", {("Person", "向海明")}, set(), set()),
    # an adverb and the verb that takes a post, before the title or the post: no name
    ("曾担任+职务", "他是本地人，曾担任乡长、镇长。", set(), set(), {"曾担任"}),
    ("将出任+职务", "今年起，将出任镇长。", set(), set(), {"将出任"}),
    ("曾担+任+单位职务", "李明华简历：\n曾担任县中医院副院长。\n", set(), set(), {"曾担"}),
    ("名字+任+单位职务", "张小川任县第一中学校长。", {("Person", "张小川")}, set(), set()),
]


@pytest.mark.parametrize("kind,text,entities,facts,absent", CASES, ids=[c[0] for c in CASES])
def test_person_precision_real(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)

