"""The reduce step: merging text-free MergeInputs one at a time gives the graph build_graph gives."""
from dataclasses import replace

import pytest

from kg.exporters import to_json
from kg.gazetteer import Division
from kg.graph import GraphMerger, MergeInput, add_cooccurrence, build_graph, merge_input


def test_merge_input_drops_the_text_and_keeps_what_the_merge_needs(seed_results):
    for r in seed_results:
        m = merge_input(r)
        assert m.document.text == "" and m.chars == len(r.document.text)
        assert (m.articles, m.mentions, m.entities, m.relations) == (r.articles, r.mentions, r.entities, r.relations)
        assert merge_input(m) is m


@pytest.mark.parametrize("prepare", [
    lambda rs: [merge_input(r) for r in rs],
    lambda rs: [merge_input(r) for r in reversed(rs)],
    lambda rs: list(reversed(rs)),
], ids=["merge inputs", "merge inputs reversed", "results reversed"])
def test_same_graph_from_results_or_merge_inputs_in_any_order(seed_results, seed_graph, prepare):
    assert to_json(build_graph(prepare(seed_results))) == to_json(seed_graph)


def test_streaming_merger_equals_build_graph(seed_results, seed_graph):
    merger = GraphMerger()
    for r in sorted(seed_results, key=lambda r: r.document.doc_id):
        merger.add(merge_input(r))
    assert to_json(merger.graph()) == to_json(seed_graph)


def test_merger_refuses_a_document_twice(seed_results):
    first = sorted(seed_results, key=lambda r: r.document.doc_id)[0]
    merger = GraphMerger()
    merger.add(first)
    with pytest.raises(ValueError, match="merged twice"):
        merger.add(first)


def test_add_cooccurrence_takes_results_or_merge_inputs(seed_results, seed_graph):
    for rs in (seed_results, [merge_input(r) for r in seed_results]):
        G = build_graph(seed_results, cooccurrence=False)
        add_cooccurrence(G, sorted(rs, key=lambda r: r.document.doc_id))
        assert to_json(G) == to_json(seed_graph)


def test_a_story_printed_twice_counts_once(seed_results):
    r = seed_results[0]
    twin = replace(merge_input(r), document=replace(r.document, doc_id="zz-" + r.document.doc_id))
    G1 = build_graph([r])
    G2 = build_graph([r, twin])
    support = {(u, v): d["support"] for u, v, k, d in G1.edges(keys=True, data=True) if k == "coOccursWith"}
    assert support == {(u, v): d["support"] for u, v, k, d in G2.edges(keys=True, data=True) if k == "coOccursWith"}
    assert isinstance(twin, MergeInput)


def test_the_merge_finds_the_villages_its_inputs_name_without_reading_the_village_store(monkeypatch):
    """A worker sends the villages its entities lie in with its result: the build process gives each
    node the chain of divisions it would give reading the village store itself, and reads none of it."""
    from kg.extraction import extract
    from kg.ingest import decode_bytes
    from kg.villages import VillageStore

    text = "北京市大兴区北臧村镇新立村村委会组织村民到西大营村参观。"
    r = merge_input(extract(decode_bytes("v.txt", "v.txt", text.encode("utf-8"))))
    assert {d.name for d in r.villages} == {"新立村", "西大营村"}
    want = build_graph([replace(r, villages=())])

    def unread(self, county):
        raise AssertionError(f"the village store was read ({county})")

    monkeypatch.setattr(VillageStore, "_county_lines", unread)
    got = build_graph([r])
    chains = {n: d["jurisdiction"] for n, d in got.nodes(data=True)}
    assert chains == {n: d["jurisdiction"] for n, d in want.nodes(data=True)}
    assert [c[:2] for c in chains["Place/110115109202"]] == [["110115109202", "新立村"], ["110115109", "北臧村镇"],
                                                             ["110115", "大兴区"], ["110000", "北京市"]]


@pytest.mark.parametrize("change", [
    lambda m: m,
    lambda m: replace(m, mentions=()),  # no records of a kind
    lambda m: replace(m, villages=(Division("110115109202", "新立村", "village", "110115109", ""),)),
], ids=["as extracted", "no mentions", "with a village"])
def test_a_merge_input_sent_between_processes_comes_back_the_same(seed_results, change):
    """Pickled as rows of its records' fields (what a worker sends the build process), a MergeInput
    loads as the same records of the same classes, its villages with them."""
    import pickle

    for r in seed_results:
        m = change(merge_input(r))
        back = pickle.loads(pickle.dumps(m))
        assert back == m and back.villages == m.villages
        assert [type(x) for x in back.mentions + back.entities] == [type(x) for x in m.mentions + m.entities]
