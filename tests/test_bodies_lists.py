"""Elliptical lists of bodies: several bodies that share one head or one jurisdiction, printed once. Towns listed
before one field office (甲、乙、丙市场监督管理所: each town's office, a unit of its county bureau named in full
after it); fields listed after one jurisdiction and words for "these bodies" (县教育、民政等部门; 市发改、财政部门负责
同志: each field is that jurisdiction's body); Party departments listed after their committee without their head
(市委宣传、组织等部门); bodies listed bare after one printed with its jurisdiction. Lists that name no body (各乡镇
党委、政府; 教育、卫生等事业) give none, and lists of places sharing a suffix still give each place. Sentences
written for this test."""
import pytest

from conftest import check_reading

SUB, LOC, PART = "subOrganizationOf", "locatedIn", "partOf"

CASES = [
    # towns of one county listed before a field office printed once: each its own town's office
    # (named in full after their bureau, located in its county, as the gold sets name them)
    ("镇名+所", "开平市召开食品安全会议。水口、月山、沙塘、苍城市场监督管理所负责人参加。",
     {("Agency", "开平市市场监督管理局水口市场监督管理所"), ("Agency", "开平市市场监督管理局月山市场监督管理所"), ("Agency", "开平市市场监督管理局沙塘市场监督管理所"),
      ("Agency", "开平市市场监督管理局苍城市场监督管理所")}, set(), set()),
    ("镇名+所,有局", "开平市市场监督管理局召开会议。水口、月山和苍城市场监督管理所所长汇报了工作。",
     {("Agency", "开平市市场监督管理局水口市场监督管理所"), ("Agency", "开平市市场监督管理局月山市场监督管理所"), ("Agency", "开平市市场监督管理局苍城市场监督管理所")},
     {("开平市市场监督管理局水口市场监督管理所", SUB, "开平市市场监督管理局"), ("开平市市场监督管理局月山市场监督管理所", SUB, "开平市市场监督管理局")}, set()),
    ("镇名+司法所", "开平市召开普法会议。沙塘、苍城司法所所长发言。",
     {("Agency", "开平市司法局沙塘司法所"), ("Agency", "开平市司法局苍城司法所")},
     {("开平市司法局沙塘司法所", LOC, "开平市")}, {"沙塘司法所"}),
    # a word before the list that is no town of the county: no office of its own
    ("非镇名", "开平市召开会议。各地、苍城市场监督管理所负责人参加。",
     {("Agency", "苍城市场监督管理所")}, set(), {"各地市场监督管理所", "开平市市场监督管理局苍城市场监督管理所"}),
    # fields printed once after their jurisdiction, then words for "these bodies"
    ("县+领域等部门", "开平市召开会议。市教育、卫健、民政等部门负责人参加。",
     {("Agency", "开平市教育局"), ("Agency", "开平市卫生健康局"), ("Agency", "开平市民政局")},
     {("开平市民政局", LOC, "开平市")}, set()),
    ("市+领域部门负责同志", "开平市召开会议。市发改、财政、自然资源部门负责同志参加。",
     {("Agency", "开平市发展和改革局"), ("Agency", "开平市财政局"), ("Agency", "开平市自然资源局")},
     {("开平市财政局", LOC, "开平市")}, set()),
    ("领域和领域等部门", "开平市召开会议。市教育、民政和卫健等部门负责人参加。",
     {("Agency", "开平市教育局"), ("Agency", "开平市民政局"), ("Agency", "开平市卫生健康局")}, set(), set()),
    ("全市: 各地的部门", "开平市召开会议。全市教育、民政等部门负责人参加。", set(), set(), {"开平市教育局", "开平市民政局"}),
    ("地名+领域等单位", "开平市召开会议，开平市教育、民政等单位负责人参加。",
     {("Agency", "开平市教育局"), ("Agency", "开平市民政局")}, set(), set()),
    ("省+领域等部门", "广东省召开会议。省财政、民政等部门负责人参加。",
     {("Agency", "广东省财政厅"), ("Agency", "广东省民政厅")}, set(), set()),
    # the head the article prints the body with elsewhere
    ("文中有全称", "开平市卫生健康委员会牵头。市教育、卫健等部门配合。",
     {("Agency", "开平市卫生健康委员会"), ("Agency", "开平市教育局")}, set(), {"开平市卫生健康局"}),
    # a jurisdiction printed once before bodies with their heads
    ("省+厅、厅、局", "广东省民政厅、水利厅、林业局联合开展检查。",
     {("Agency", "广东省民政厅"), ("Agency", "广东省水利厅"), ("Agency", "广东省林业局")},
     {("广东省水利厅", LOC, "广东省")}, set()),
    # no body named
    ("各乡镇党委、政府", "开平市召开会议。各乡镇党委、政府主要负责人参加。", set(), set(), {"乡镇党委", "政府"}),
    ("领域等事业", "开平市大力发展教育、卫生、文化等事业。", set(), set(), {"开平市教育局", "开平市卫生局"}),
    ("一个领域", "开平市召开会议。市教育部门负责人参加。", set(), set(), {"开平市教育局"}),
    # Party departments printed once after their committee, without their head: each the committee's department
    ("市委+部门等部门", "开平市召开会议。市委宣传、组织、统战等部门负责人参加。",
     {("Agency", "中共开平市委宣传部"), ("Agency", "中共开平市委组织部"), ("Agency", "中共开平市委统一战线工作部")},
     {("中共开平市委组织部", SUB, "中共开平市委员会")}, {"开平市宣传局", "开平市组织局"}),
    ("市委+一项工作", "开平市召开会议。市委宣传工作会议部署了任务。", set(), set(), {"中共开平市委宣传部"}),
    # lists of places sharing a suffix still give each place, and a field office after them names no town's office
    ("三镇", "开平市水口、月山、沙塘三镇开展巡查。",
     {("Place", "水口镇"), ("Place", "月山镇"), ("Place", "沙塘镇")}, {("沙塘镇", PART, "开平市")}, set()),
    ("三镇+所长", "开平市水口、月山、沙塘三镇市场监督管理所所长参加会议。",
     {("Place", "水口镇"), ("Place", "沙塘镇")}, set(), {"开平市市场监督管理局沙塘市场监督管理所", "开平市市场监督管理局水口市场监督管理所"}),
    ("村委会", "在湘乡市月山镇，白龙、马龙、田心村委会负责人发言。",
     {("Place", "白龙村"), ("Place", "马龙村"), ("Place", "田心村")}, set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", CASES, ids=[c[0] for c in CASES])
def test_elliptical_lists_of_bodies(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
