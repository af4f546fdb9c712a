"""Classes the thirty-sixth own people set showed (passages rewritten from real news of 陕西, 福建, 宁夏, 湖南 and 内蒙古:
a city's delegation to the provincial capital, a province receiving another's delegation with thirteen officials of both
sides, a reception printed in traditional characters, a first secretary's own story, a provincial press conference, a
city standing committee naming an acting mayor and an acting supervisory director, a provincial publicity chief receiving
a press delegation, a banner CPPCC's tour of two gacha), each row a text written for this test, with other places and
names than the set's.

- A bare 省委 or 省政协 after the body of a city that the province printed before in the same sentence holds
  (乙省委常委、丙市委书记某甲，省委常委、常务副省长某乙，省政协副主席某丙, after the visiting province's 甲省副省长): the
  body printed last was the city's, of no province's kind, so the bare 省 fell back to the article's home province, the
  visitors'. The province printed before that holds the city is the bare 省's (a province that does not hold it, 湖北省委
  书记会见深圳市委书记…，省委常委…, is no answer).
- The leaders of a delegation printed by their bare titles before the verb that leads it (省委常委、市委书记某甲，市长某乙
  带领甲市党政代表团到乙市学习考察): 市委 and 市长 went to the city the article prints more, the one visited. The place printed
  in full right after the verb of leading and before the party led (AbbreviationLeadVerb, AbbreviationLedParty in
  agency_grammar.jsonl) is the bare 市's; not where a verb of receiving comes first (AbbreviationLeadBreak: 会见率甲市代表团
  来访的…).
"""
import pytest

from conftest import check_reading


PROVINCE_ROWS = [
    ("a bare 省委 and 省政协 after the host province's city body",
     "北京市政协主席孙建带领北京市代表团赴河北考察。北京市副市长吴明,河北省委常委、石家庄市委书记李春,"
     "省委常委、常务副省长赵峰,省政协副主席钱亮参加活动。",
     {("Official", "赵峰"), ("Official", "钱亮")},
     {("赵峰", "holdsPost", "中共河北省委员会"), ("赵峰", "holdsPost", "河北省人民政府"),
      ("钱亮", "holdsPost", "中国人民政治协商会议河北省委员会")},
     {("赵峰", "holdsPost", "中共北京市委员会"), ("钱亮", "holdsPost", "中国人民政治协商会议北京市委员会")}),
    ("a bare 省委 after a city of the host, the visitors' municipality first",
     "天津市副市长周立,安徽省委常委、合肥市委书记王成,省委常委、秘书长刘义参加座谈。",
     {("Official", "刘义")},
     {("刘义", "holdsPost", "中共安徽省委员会")},
     {("刘义", "holdsPost", "中共天津市委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent_facts", PROVINCE_ROWS, ids=[r[0] for r in PROVINCE_ROWS])
def test_a_bare_province_body_after_a_city_body_of_the_province_printed_before(nlp, cls, text, entities, facts,
                                                                               absent_facts):
    check_reading(nlp, text, entities, facts, set(), absent_facts=absent_facts)
    # 湖北省委书记 receives 深圳市委书记: the bare 省委 after 深圳's body is not 广东's, which the sentence never printed
    check_reading(nlp, "湖北省召开座谈会。湖北省委书记王江会见深圳市委书记陈平一行,省委常委林涛参加。",
                  {("Official", "林涛")}, {("林涛", "holdsPost", "中共湖北省委员会")}, set(),
                  absent_facts={("林涛", "holdsPost", "中共广东省委员会")})


LEAD_ROWS = [
    ("the leaders of a city's delegation to another city",
     "3月8日,省委常委、市委书记周平,市长郑华带领宝鸡市党政代表团到汉中市学习考察。汉中市委书记钱伟出席,"
     "汉中市市长孙立主持,汉中市政协主席吴刚参加。汉中市委、市政府欢迎代表团来访。",
     {("Official", "周平"), ("Official", "郑华")},
     {("周平", "holdsPost", "中共宝鸡市委员会"), ("郑华", "holdsPost", "宝鸡市人民政府"),
      ("孙立", "holdsPost", "汉中市人民政府")},
     {("周平", "holdsPost", "中共汉中市委员会"), ("郑华", "holdsPost", "汉中市人民政府")}),
    ("a delegation led by 率领 to a city the article prints more",
     "市委书记马林,市长高原率领铜川市党政代表团赴西安市考察。西安市委书记冯建、西安市市长曹明、西安市政协主席朱华分别"
     "参加有关活动。西安市委、市政府表示欢迎。",
     {("Official", "马林"), ("Official", "高原")},
     {("马林", "holdsPost", "中共铜川市委员会"), ("高原", "holdsPost", "铜川市人民政府")},
     {("马林", "holdsPost", "中共西安市委员会"), ("高原", "holdsPost", "西安市人民政府")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent_facts", LEAD_ROWS, ids=[r[0] for r in LEAD_ROWS])
def test_the_bare_titles_of_a_delegations_leaders_are_the_delegations_place(nlp, cls, text, entities, facts,
                                                                            absent_facts):
    check_reading(nlp, text, entities, facts, set(), absent_facts=absent_facts)
