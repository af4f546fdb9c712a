"""kg.identity: entity keys and their string form, keys of mentions, the merge's union-find, jurisdictions."""
import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.gazetteer import Gazetteer
from kg.identity.entities import entity_key
from kg.identity.jurisdiction import add_jurisdictions
from kg.identity.keys import EntityKey, place_key
from kg.identity.merge import Merges
from kg.iri import mint
from kg.ner.jurisdiction import Home
from kg.ner.base import BodyRef, Candidate, DivisionRef, Post, Titles


@pytest.mark.parametrize("key, parts", [
    (EntityKey("Official", "陈小曼", "440783"), "Official/陈小曼@440783"),
    (EntityKey("Official", "习近平"), "Official/习近平"),
    (EntityKey("Place", "440783102"), "Place/440783102"),
    (EntityKey("Place", "明月村", "440783102"), "Place/440783102-明月村"),
    (EntityKey("Agency", "开平市医疗保障局"), "Agency/开平市医疗保障局"),
    (EntityKey("Agency", "A@B局"), "Agency/A@B局"),  # only officials carry a jurisdiction after @
    (EntityKey("Programme", "八镇联动"), "Programme/八镇联动"),
])
def test_key_string_form_round_trips(key, parts):
    assert str(key) == parts
    assert EntityKey.parse(parts) == key
    assert (EntityKey.parse(parts).type, EntityKey.parse(parts).name) == (key.type, key.name)


@given(st.sampled_from(["Official", "Person", "Agency", "Place", "Programme"]), st.text())
def test_parse_then_str_is_the_identity(typ, local):
    s = f"{typ}/{local}"
    assert str(EntityKey.parse(s)) == s


@pytest.mark.parametrize("key, iri", [
    ("Official/陈小曼@440783", "https://w3id.org/kg/id/official/440783/陈小曼"),
    ("Official/习近平", "https://w3id.org/kg/id/official/习近平"),
    ("Place/440783102-明月村", "https://w3id.org/kg/id/place/440783102-明月村"),
])
def test_iris_are_minted_from_typed_keys(key, iri):
    assert mint(key) == mint(EntityKey.parse(key)) == iri


def test_keys_compare_as_their_strings():
    assert place_key("440783") == EntityKey("Place", "440783")
    assert len({EntityKey("Person", "严建广"), EntityKey.parse("Person/严建广")}) == 1
    assert sorted([EntityKey("Place", "440783"), EntityKey("Agency", "x")]) == [EntityKey("Agency", "x"),
                                                                                  place_key("440783")]


def test_entity_key_of_candidates():
    gaz = Gazetteer.load()
    home = Home(city=gaz.get("440783"))
    bureau = Candidate(0, 8, "Agency", "开平市医疗保障局", "grammar", 0.9,
                       body=BodyRef(place="开平市", place_code="440783"))
    assert str(entity_key(bureau)) == "Agency/开平市医疗保障局"
    official = Candidate(12, 15, "Official", "陈小曼", "title", 0.9, titles=Titles(orgs=(bureau,)))
    assert str(entity_key(official)) == "Official/陈小曼@440783"
    leader = Candidate(0, 3, "Official", "梁毅渝", "title", 0.9, titles=Titles((Post("市领导"),)))
    assert str(entity_key(leader, home)) == "Official/梁毅渝@440783"  # no body printed: the article's city
    assert str(entity_key(leader)) == "Official/梁毅渝"
    village = Candidate(0, 3, "Place", "明月村", "chain", 0.9, division=DivisionRef("village", parent="440783102"))
    assert str(entity_key(village)) == "Place/440783102-明月村"
    assert entity_key(Candidate(0, 2, "Post", "书记", "title", 0.9)) is None


def test_merges_refused_by_the_alias_file_are_recorded():
    m = Merges(["a", "b", "c", "d"], blocked=[("a", "d")])
    m.union("a", "b", "alias x")
    m.union("c", "d", "alias y")
    m.union("b", "c", "alias z")  # would put a and d together
    assert m.groups() == [["a", "b"], ["c", "d"]]
    assert m.records[-1] == {"kept_apart": ["b", "c"], "reason": "alias z (refused by the alias file)"}


@pytest.mark.parametrize("key, attrs, chain", [
    ("Place/440783102", {"code": "440783102"}, ["440783102", "440783", "440700", "440000"]),
    ("Agency/开平市医疗保障局", {"place_code": "440783"}, ["440783", "440700", "440000"]),
    ("Official/陈小曼@440783", {}, ["440783", "440700", "440000"]),
    ("Official/陈小曼@开平", {}, []),  # a jurisdiction the gazetteer does not list
    ("Programme/八镇联动", {}, []),
])
def test_nodes_carry_their_jurisdiction_chain(key, attrs, chain):
    G = nx.MultiDiGraph()
    G.add_node(key, type=key.partition("/")[0], attrs=attrs)
    add_jurisdictions(G)
    assert [c for c, _, _ in G.nodes[key]["jurisdiction"]] == chain


# Two made-up reports of one official: each gives two titles, the second a body printed in a short form
# (a context alias). Titles and context forms are tuples of whole strings from extraction to the graph.
REPORTS = ("开平市委副书记、市长李明远出席会议。李明远强调，要抓好落实。",
           "开平市委书记、市人大常委会主任李明远在水口镇调研。")
OFFICIAL = "Official/李明远@440783"


def test_an_officials_titles_stay_whole_through_extraction_cache_and_merge(tmp_path):
    from kg.cache import BuildCache
    from kg.exporters import to_json
    from kg.extraction import extract
    from kg.graph import build_graph, merge_input
    from kg.identity.entities import merge_entities
    from kg.ingest import decode_bytes

    docs = [decode_bytes(f"{i}.txt", f"{i}.txt", text.encode("utf-8")) for i, text in enumerate(REPORTS)]
    results = [extract(d) for d in docs]
    officials = [next(e for e in r.entities if e.key == OFFICIAL) for r in results]
    assert [e.titles for e in officials] == [("市委副书记", "市长"), ("市人大常委会主任", "市委书记")]
    assert not any(k == "titles" for e in officials for k, _ in e.attrs)
    congress = next(e for e in results[1].entities if e.name == "开平市人民代表大会常务委员会")
    assert congress.context_aliases == ("市人大常委会",)
    government = next(e for e in results[0].entities if e.name == "开平市人民政府")  # 市长 implies it
    assert government.implied is True and not congress.implied

    cache = BuildCache(tmp_path, version="v" * 64)
    for r in results:
        cache.put(merge_input(r))
    back = [cache.get(d) for d in docs]
    assert [b.entities for b in back] == [r.entities for r in results]  # tuples again, not joined strings

    merged = merge_entities(*officials)  # one official in two windows of a long document
    assert merged.titles == ("市人大常委会主任", "市委书记", "市委副书记", "市长")
    G = build_graph(back)
    assert G.nodes[OFFICIAL]["attrs"]["titles"] == set(merged.titles)
    assert "市人大常委会" in G.nodes[congress.key]["context_aliases"]
    assert G.nodes[government.key]["attrs"]["implied"] is True
    nodes = {n["key"]: n for n in to_json(G)["nodes"]}  # the file writes whole titles, and a flag as "1"
    assert nodes[OFFICIAL]["attrs"]["titles"] == sorted(merged.titles)
    assert nodes[government.key]["attrs"]["implied"] == "1" and "implied" not in nodes[congress.key]["attrs"]


MERGES = [  # (a's titles and context forms, b's, the merged record's)
    ((("书记",), ("市委",)), (("市长",), ("市委", "该市")), (("书记", "市长"), ("市委", "该市"))),
    (((), ()), (("主任",), ("该局",)), (("主任",), ("该局",))),
    ((("局长",), ("新名",)), ((), ()), (("局长",), ())),  # a context form that b prints as a name is an alias
]


@pytest.mark.parametrize("a, b, merged", MERGES)
def test_merging_two_records_of_an_entity_unites_its_titles_and_context_forms(a, b, merged):
    from kg.identity.entities import merge_entities
    from kg.model import Entity

    left = Entity("Agency/x", "Agency", "x", (), (), *a)
    right = Entity("Agency/x", "Agency", "新名", (), (), *b)
    got = merge_entities(left, right)
    assert (got.titles, got.context_aliases) == merged
