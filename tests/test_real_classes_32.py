"""Classes the thirty-second own people set showed (passages rewritten from real news of 甘肃, 青海, 宁夏, 陕西 and
内蒙古: delegations and receptions listing both sides, inspection visits down to towns, sumu and villages), each row
a text written for this test, with other places and names than the set's.

- A head of government printed after a bare 政府 in a list of a place's leaders (某镇党委书记甲，政府镇长乙，镇党委副书记丙;
  某县委书记甲，政府县长乙): no title chain started at 政府, since only the bodies and places a rule reads, the titles
  and their modifiers opened one, and the statistical model's bare 政府 is no body; so the head was a person or an
  official with no post. The government word before a title (GovernmentLead) now opens a chain as well, and the
  title implies the government of the place just named."""
import pytest

from conftest import check_reading

GOVERNMENT_LEAD_ROWS = [
    ("a town's head after its Party secretary",
     "隆兴昌镇党委书记刘军，政府镇长马丽，镇党委副书记高翔等陪同调研。",
     {("Official", "马丽"), ("Official", "刘军"), ("Official", "高翔")},
     {("马丽", "holdsPost", "五原县隆兴昌镇人民政府")}, {("Person", "马丽")}),
    ("a township's head after its Party secretary",
     "草庙乡党委书记张华，政府乡长李强陪同检查。",
     {("Official", "李强"), ("Official", "张华")},
     {("李强", "holdsPost", "彭阳县草庙乡人民政府")}, {("Person", "李强")}),
    ("a county's head after the county secretary",
     "固阳县委书记赵刚，政府县长孙伟出席会议。",
     {("Official", "孙伟"), ("Official", "赵刚")},
     {("孙伟", "holdsPost", "固阳县人民政府")}, {("Person", "孙伟")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GOVERNMENT_LEAD_ROWS, ids=[r[0] for r in GOVERNMENT_LEAD_ROWS])
def test_a_head_of_government_after_a_bare_government_word_holds_its_post(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
