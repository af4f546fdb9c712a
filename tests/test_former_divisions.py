"""Counties and cities abolished or renamed since a text was printed (seeds/lexicons/former_divisions.jsonl): each row a
sentence written for this test, with other former names than the sets' (屯留县, now 屯留区; 郫县, now 郫都区; 富阳市, now
富阳区; 开县, now 开州区):
- a former name printed in the text is a place of its own, under its name as printed, part of its prefecture;
- the townships and villages printed after it are its successor's, part of the former name as printed;
- a former name glued inside a longer word (召开县委会议: no 开县) is no place, and today's divisions keep their names;
- the successor's bare short form, in an article that prints the former name and not the successor's, is the former one,
  printed before it or after;
- a municipality's former county names its bodies with the municipality (重庆市开县人民政府), a prefecture's does not;
- a former name another province's division holds today (江北区: 重庆市's until 2025, 宁波市's today) is either, as the
  page's other places decide."""
import pytest

from conftest import check_reading

PO = "partOf"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    ("某市某县某镇某村, the county abolished since", "长治市屯留县渔泽镇北渔泽村新建了一座文化广场。",
     {("Place", "屯留县"), ("Place", "渔泽镇"), ("Place", "北渔泽村")},
     {("屯留县", PO, "长治市"), ("渔泽镇", PO, "屯留县"), ("北渔泽村", PO, "渔泽镇")}, {"屯留区"}),
    ("a list of such chains after the city", "成都市的示范点有：郫县西园街道尚锦社区、郫县合作街道。",
     {("Place", "郫县"), ("Place", "西园街道"), ("Place", "尚锦社区")},
     {("郫县", PO, "成都市"), ("西园街道", PO, "郫县")}, {"郫都区"}),
    ("a county-level city abolished since, alone after its city", "杭州市富阳市东洲街道举办了农产品展销会。",
     {("Place", "富阳市"), ("Place", "东洲街道")}, {("富阳市", PO, "杭州市"), ("东洲街道", PO, "富阳市")}, {"富阳区"}),
    ("a former name opening a sentence", "开县镇东街道组织志愿者清理河道。",
     {("Place", "开县"), ("Place", "镇东街道")}, {("镇东街道", PO, "开县")}, {"开州区"}),
    ("a former name inside a longer word is no place", "镇里召开县委巡察反馈会议，部署整改工作。", set(), set(), {"开县", "开州区"}),
    # a bare short form of the successor in an article that prints the former name is that former name
    ("某县…; then its short form alone", "静海县举办农民丰收节。来自静海的二十多家合作社展出了新米。",
     {("Place", "静海县")}, set(), {"静海区"}),
    # the former name printed in full anywhere in the article supports the short form printed before it (a headline)
    ("某县：headline, then the former full name", "温江：派出所民警兼任村党支部副书记\n本报讯 近日，温江县公安局从两个派出所挑选了10名民警。",
     {("Place", "温江县"), ("Agency", "温江县公安局")}, set(), {"温江", "温江区"}),
    ("the short form after today's full name stays today's", "静海区举办农民丰收节。来自静海的二十多家合作社展出了新米。",
     {("Place", "静海区")}, set(), {"静海县"}),
    # a municipality's former county names its bodies with the municipality, as it did; a prefecture's does not
    ("a municipality's former county and its bodies", "重庆市开县人民政府近日印发通知，部署秋季森林防火工作。",
     {("Place", "开县"), ("Agency", "重庆市开县人民政府")}, {("开县", PO, "重庆市")}, {"开县人民政府"}),
    ("a municipality's district merged into a new district since (渝北区, 2025: 两江新区)",
     "重庆市渝北区双凤桥街道开展了垃圾分类宣传。渝北区委书记王小平到街道调研。",
     {("Place", "渝北区"), ("Place", "双凤桥街道"), ("Agency", "中共重庆市渝北区委员会")},
     {("渝北区", PO, "重庆市"), ("双凤桥街道", PO, "渝北区")}, {"两江新区"}),
    # a former name another province's district holds today (江北区 of 重庆市, 2025, and of 宁波市): the page's places decide
    ("a former district named like a district of today, in its municipality's news",
     "重庆市召开全市会议。会后，江北区委书记王小平到观音桥街道调研。",
     {("Place", "江北区"), ("Agency", "中共重庆市江北区委员会")}, set(), {"中共宁波市江北区委员会", "两江新区"}),
    ("the district of today of that name, in its city's news", "宁波市召开全市会议。会后，江北区委书记王小平到庄桥街道调研。",
     {("Place", "江北区"), ("Agency", "中共宁波市江北区委员会")}, set(), {"中共重庆市江北区委员会"}),
    ("a prefecture's former county and its bodies", "长治市部署秋季森林防火工作。屯留县人民政府近日印发通知。",
     {("Place", "屯留县"), ("Agency", "屯留县人民政府")}, {("屯留县", PO, "长治市")}, {"长治市屯留县人民政府"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_former_divisions(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_former_names_are_their_own_divisions():
    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    [d] = gaz.lookup("屯留县")
    assert (d.name, d.level, d.parent, d.short) == ("屯留县", "county", "140400", "")
    assert gaz.successor(d.code) == "140405" and gaz.get("140405").name == "屯留区"
    assert [x.code for x in gaz.ancestors(d.code)] == ["140400", "140000"]
    # today's divisions keep their names and short forms: 长治 is still the city, 屯留 still the district
    assert [x.code for x in gaz.lookup("长治市")] == ["140400"] and [x.code for x in gaz.lookup("屯留")] == ["140405"]


def test_a_former_name_never_shadows_a_division_of_today():
    from kg.gazetteer import Division, Gazetteer
    from kg.lexicon import use_lexicons

    rows = ('{"label": "FormerDivision", "pattern": "甲县", "id": "甲区", "level": "county", "within": "990100", '
            '"successor": "990102", "year": 2016}\n'
            '{"label": "FormerDivision", "pattern": "乙县", "id": "乙区", "level": "county", "within": "990100", '
            '"successor": "990103", "year": 2016}\n')
    divisions = [Division("990000", "某省", "province", "", ""), Division("990100", "某市", "city", "990000", ""),
                 Division("990102", "甲区", "county", "990100", ""), Division("990103", "乙区", "county", "990100", ""),
                 Division("990201", "甲县", "county", "990000", "")]
    use_lexicons([("extra.jsonl", rows)])
    try:
        gaz = Gazetteer(divisions)
        assert [d.code for d in gaz.lookup("甲县")] == ["990201"]  # today's 甲县 of another city wins
        [former] = gaz.lookup("乙县")
        assert former.parent == "990100" and gaz.successor(former.code) == "990103"
    finally:
        use_lexicons()


def test_a_former_place_is_keyed_by_its_prefecture_and_name_and_carries_no_division_code(nlp):
    from kg.extraction import extract
    from kg.model import Document

    text = "长治市部署秋季森林防火工作。屯留县人民政府近日印发通知。"
    r = extract(Document("t.txt", "t.txt", text, "utf-8", ""), nlp)
    [place] = [e for e in r.entities if e.type == "Place" and e.name == "屯留县"]
    attrs = dict(place.attrs)
    assert place.key == "Place/140400-屯留县" and "code" not in attrs  # kg:divisionCode is a code of today's gazetteer
    assert (attrs["level"], attrs["parent"]) == ("county", "140400")
