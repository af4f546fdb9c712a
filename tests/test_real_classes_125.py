"""Classes the hundred-and-twenty-fifth own people set showed (a blind sample of news of the heads of hospitals and
universities at work: a university's Party secretary and president at its fourth hospital (河北), a university
announcing its hospital's Party secretary and head (辽宁), a university hospital's head and Party secretary changed
(浙江), a county's leaders at a university hospital that runs the county's hospital (安徽), a city health commission's
deputy head at a hospital (福建), a provincial hospital's Party secretary and head changing places (河南), a new area's
leader holding an office day at a hospital (四川), a prefecture's health delegation at a hospital (新疆)), each row a
text written for this test, with other places and names than the set's.

- A hospital's Party secretary named by name and a bare 书记 (以某某书记为班长的医院党委, 某某书记等院领导): read as an
  official with no body; where the same name is read elsewhere as a person with a post or role (某某任某医院党委书记), or
  the sentence named a hospital or a school before it (InstitutionHead "party_person") and no body after that, it is a
  person with that role (``_institution_secretaries``, ``kg/ner/people.py``).
- A post taken in an institution printed by its short form right after the verb (某某任院党委书记、副院长, the hospital
  named before): the appointee was read as an official; the short form after 任 names the institution as one standing
  alone does (``_institution_title_at`` with ``_short_institution_at``).
- A hospital's branch and its Party secretary (某某分院党委书记某某): 分院 is the head word of an institution
  (InstitutionHead, people.jsonl), so its head and Party secretary are persons with that role.
- An item signed by a hospital's or school's office printed short in the closing bracket (（院办）): read as a person;
  such offices (CreditOffice, page.jsonl) sign no name (``parse_reporters``, ``kg/articles.py``).
- A word of service after 、 in a list (更高效、优质、温馨的服务): 温馨 read as a name; it is NotAName (people.jsonl).
- A new area's body printed with its province in the text and without it in the headline (四川天府新区党工委,
  天府新区党工委): two bodies; agencies of one article whose names differ only by a province's name printed before the
  rest are merged (``_province_printed_bodies``, ``kg/identity/merge.py``).
- Two topics of a report coordinated, the last a head word alone (听取项目规划和工程进度的汇报): read as a programme
  (``kg/ner/programmes.py``, the visited projects).
- A title chain that goes on after a comma with a body printed without its jurisdiction (某市委副书记，政法委书记某某;
  某区党工委委员、管委会副主任，社区治理和社事局党组书记、局长某某): the chain stopped at the comma and the name was
  lost; the body is read in the jurisdiction of the chain's last body, as after 、 (``_sibling_chain_at``).
"""
import pytest

from conftest import check_reading

ROWS = [
    # a hospital's Party secretary named by name and a bare 书记
    ("a hospital's secretary appointed, then named by name and 书记",
     "医科大学党委决定，赵明远任附属第二医院党委书记。全院干部要紧密团结在以赵明远书记为班长的医院党委周围。",
     {("Person", "赵明远")}, set(), set()),
    ("a hospital's secretary with his title before the name, then by name and 书记",
     "市中心医院党委书记孙建国主持会议。孙建国书记要求全院职工坚守岗位。",
     {("Person", "孙建国")}, set(), set()),
    ("a secretary by name and 书记 after a hospital the sentence named",
     "市卫健委领导到县人民医院调研，钱文斌书记等院领导陪同。",
     {("Person", "钱文斌")}, set(), set()),
    ("a secretary by name and 书记 after a school the sentence named",
     "县委书记到县第二中学调研，吴海涛书记介绍了学校情况。",
     {("Person", "吴海涛")}, set(), set()),
    # controls
    ("a county's secretary by name and 书记 stays an official",
     "县委书记郑国华主持会议。郑国华书记强调，要抓好秋粮收购。",
     {("Official", "郑国华")}, set(), set()),
    ("a body named after the hospital: the secretary by name and 书记 stays an official",
     "县长到县人民医院调研后，来到县卫健局，冯志刚书记介绍了情况。",
     {("Official", "冯志刚")}, set(), set()),
    # a post taken in an institution printed by its short form after 任
    ("a hospital's Party secretary taken after 任 and the short form 院",
     "市第三人民医院召开干部大会。会上宣布，韩立军任院党委书记，周文杰任副院长。",
     {("Person", "韩立军"), ("Person", "周文杰")}, set(), set()),
    ("a court's Party group after 任 and 院 stays an official's",
     "县人民法院召开干部大会。会上宣布，韩立军任院党组书记。",
     {("Official", "韩立军")}, set(), set()),
    # a hospital's branch
    ("a branch hospital's Party secretary and head",
     "城东分院党委书记马晓燕、院长邓志明陪同参观。",
     {("Person", "马晓燕"), ("Person", "邓志明")}, set(), set()),
    # an office signing the item
    ("a hospital's office printed short signs the item",
     "医院召开安全生产专题会议，部署节前检查工作。（院办）",
     set(), set(), {"院办"}),
    ("a school's office printed short signs the item",
     "学校召开期末工作会议，部署假期安全工作。（校办）",
     set(), set(), {"校办"}),
    ("control: a reporter's name in the closing bracket is read",
     "学校召开期末工作会议，部署假期安全工作。（严文华）",
     {("Person", "严文华")}, set(), set()),
    # a word of service in a list
    ("a word of service after 、",
     "卫生院要为群众提供便捷、优质、温馨的服务。",
     set(), set(), {"温馨"}),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_125(nlp, row):
    _label, text, entities, facts, absent, *rest = row
    check_reading(nlp, text, entities, facts, absent, absent_facts=frozenset(rest[0]) if rest else frozenset())


# an institution's Party secretary read as a person must not be read as an official too
NOT_OFFICIALS = [
    ("a hospital's secretary appointed, then named by name and 书记",
     "医科大学党委决定，赵明远任附属第二医院党委书记。全院干部要紧密团结在以赵明远书记为班长的医院党委周围。", "赵明远"),
    ("a hospital's secretary with his title before the name, then by name and 书记",
     "市中心医院党委书记孙建国主持会议。孙建国书记要求全院职工坚守岗位。", "孙建国"),
    ("a hospital's Party secretary taken after 任 and the short form 院",
     "市第三人民医院召开干部大会。会上宣布，韩立军任院党委书记，周文杰任副院长。", "韩立军"),
]


@pytest.mark.parametrize("row", NOT_OFFICIALS, ids=[r[0] for r in NOT_OFFICIALS])
def test_institution_secretary_no_official_125(nlp, row):
    _label, text, name = row
    got, _ = check_reading(nlp, text, {("Person", name)}, set(), set())
    assert ("Official", name) not in got, sorted(got)


PROGRAMME_ROWS = [
    # two topics of a report coordinated, the last a head word alone
    ("the last of two topics heard is a head word alone",
     "市长听取了园区规划和工程进度的汇报。", set(), set(), {"园区规划和工程"}),
    ("control: a field coordinated before a named project",
     "调研种业发展和南山共建项目。", {("Programme", "南山共建项目")}, set(), set()),
]


@pytest.mark.parametrize("row", PROGRAMME_ROWS, ids=[r[0] for r in PROGRAMME_ROWS])
def test_real_class_125_programmes(nlp, row):
    _label, text, entities, facts, absent = row
    check_reading(nlp, text, entities, facts, absent)


# a new area's body printed with its province in the text and without it in the headline: one body
MERGED_BODIES = [
    ("a new area's Party committee with and without its province",
     "西咸新区党工委书记到医院调研\n3月25日，陕西西咸新区党工委书记王海平来到市中心医院调研。",
     "西咸新区工作委员会"),
    ("a new area's administrative committee with and without its province's full name",
     "贵安新区管委会副主任到医院调研\n6月2日，贵州省贵安新区管委会副主任韦思源来到市第一人民医院调研。",
     "贵安新区管理委员会"),
]


@pytest.mark.parametrize("row", MERGED_BODIES, ids=[r[0] for r in MERGED_BODIES])
def test_province_printed_body_is_one_125(row):
    from kg.extraction import extract
    from kg.graph import build_graph
    from kg.ingest import decode_bytes
    _label, text, stem = row
    G = build_graph([extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))])
    bodies = sorted(d["name"] for _, d in G.nodes(data=True) if d.get("type") == "Agency" and stem in d["name"])
    assert len(bodies) == 1, bodies


def test_bodies_of_two_provinces_stay_apart_125():
    from kg.extraction import extract
    from kg.graph import build_graph
    from kg.ingest import decode_bytes
    text = "会议由四川省人民政府主持，湖南省人民政府派员参加。"
    G = build_graph([extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))])
    bodies = sorted(d["name"] for _, d in G.nodes(data=True) if d.get("type") == "Agency")
    assert bodies == ["四川省人民政府", "湖南省人民政府"], bodies


# a title chain that goes on after a comma with a body printed without its jurisdiction
CHAIN_ROWS = [
    ("a county's deputy secretary, then the political-legal committee",
     "巫溪县委副书记，政法委书记谭志刚出席会议。",
     {("Official", "谭志刚")}, {("谭志刚", "holdsPost", "中共巫溪县委员会")}),
    ("a deputy mayor, then a bureau printed bare",
     "宜都市政府副市长，公安局局长万家宏主持会议。",
     {("Official", "万家宏"), ("Agency", "宜都市公安局")}, {("万家宏", "holdsPost", "宜都市公安局")}),
    ("a CPPCC's vice chairman, then a federation printed bare",
     "汝州市政协副主席，工商联主席蔡清源讲话。",
     {("Official", "蔡清源")}, {("蔡清源", "holdsPost", "汝州市工商业联合会")}),
]


@pytest.mark.parametrize("row", CHAIN_ROWS, ids=[r[0] for r in CHAIN_ROWS])
def test_chain_after_comma_125(nlp, row):
    _label, text, entities, facts = row
    check_reading(nlp, text, entities, facts, set())
