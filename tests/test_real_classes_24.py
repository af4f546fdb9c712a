"""Classes the twenty-fourth own people set showed (passages rewritten from real news of the west, the south-west and
northern Guangdong: tours of 苏木 and 嘎查, a banner's chronicle, delegations, first secretaries, sessions), each row a
text written for this test, with other places and names than the set's.

- A footer's credit line that names its review tiers (一审：某某 二审：某某 三审：某某): the tiers were no credit roles, so a
  reviewer whose name begins with a place's short form (黄石军, 吉安平) was read as that place."""
import pytest

from conftest import check_reading

REVIEW_TIER_ROWS = [
    ("three review tiers after the writer",
     "金秋时节，清溪镇的万亩稻田迎来丰收，镇里的合作社组织农机手连日抢收，村民们在田埂上忙着装袋、过秤。"
     "镇党委书记说，今年全镇推广了新的水稻品种，亩产比去年提高了一成多。\n"
     "合作社还与粮食企业签订了收购协议，"
     "村民不用再担心卖粮难。下一步，镇里将建设烘干中心和仓储设施，延长产业链条，让种粮农民得到更多实惠。\n"
     "不少外出务工的年轻人也回到村里，跟着合作社学习农机驾驶和无人机植保技术。\n"
     "作者：韩立冬 一审：吉安平 二审：孙丽 三审：黄石军 监制：许文华\n",
     {("Person", "吉安平"), ("Person", "黄石军"), ("Person", "许文华")}, set(), {"黄石市", "吉安市"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", REVIEW_TIER_ROWS, ids=[r[0] for r in REVIEW_TIER_ROWS])
def test_review_tiers_are_credit_roles(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
