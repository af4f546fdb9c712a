"""Tenures: one node per person, who held which post when (kg.identity.tenures), and the queries over them.

tests/data/tenures holds short dated reports, written for these tests, about made-up officials of real counties of
Jiangmen (开平市, 台山市, 恩平市, 鹤山市) over five years: title chains printed in both orders, appointments,
elections, removals and resignations, a promotion, successions, 原/时任 mentions of a former post, and two pairs of
people who share a name (冯立安 of 开平 and of 台山's 海宴镇; 梁建新 of 开平 and of 鹤山). The people and events are
invented: read nothing in them as fact.
"""
import pytest

from kg.exporters import write_turtle
from kg.identity.tenures import changes, holders, post_title, single_holder
from kg.query import load_store, named_queries, run
from kg.validate import validate


@pytest.mark.parametrize("printed, post", [
    ("市委书记", "书记"), ("市委员会书记", "书记"), ("党委书记", "书记"), ("代理市长", "市长"), ("代市长", "市长"),
    ("人民政府市长", "市长"), ("副市长", "副市长"), ("市人大常委会主任候选人", "主任"), ("市政协主席", "主席"), ("市委副书记", "副书记"), ("党组书记", "党组书记"), ("代表", "代表"),
])
def test_post_title(printed, post):
    assert post_title(printed) == post


@pytest.mark.parametrize("post, single", [
    ("书记", True), ("市长", True), ("局长", True), ("主任委员", True), ("副市长", False), ("副书记", False),
    ("常务副市长", False), ("常委", False), ("委员", False),
])
def test_single_holder(post, single):
    assert single_holder(post) is single


@pytest.mark.parametrize("text, event, cue, qualifier", [
    ("会议决定任命周文静为开平市人民政府代理市长。", "start", "决定任", "代理"),
    ("大会选举周文静为开平市人民政府市长。", "start", "选举", ""),
    ("经研究决定，罗振宇同志任中共开平市委员会书记。", "start", "同志任", ""),
    ("免去关少华的开平市人民政府副市长职务。", "end", "免去", ""),
    ("会议决定：任命何嘉怡为开平市副市长。", "start", "任命", ""),  # the place printed before the title
    ("冯立安同志不再担任中共开平市委员会书记职务。", "end", "不再担任", ""),
    ("会议同意谭明辉辞去开平市人民政府市长职务。", "end", "辞去", ""),
    ("原开平市委书记冯立安回顾了这项工作。", "past", "原", ""),
    ("该项目由时任开平市委书记冯立安推动立项。", "past", "时任", ""),
    ("开平市委书记冯立安主持会议。", "", "", ""),
    ("原则上由开平市委书记冯立安牵头。", "", "", ""),  # 原 of 原则 is not right before the post
])
def test_the_event_a_clause_states(tmp_path, text, event, cue, qualifier):
    from kg.extraction import extract
    from kg.ingest import read_inputs

    (tmp_path / "a.txt").write_text("2024年3月1日\n" + text + "\n", encoding="utf-8")
    docs, _ = read_inputs([str(tmp_path / "a.txt")])
    posts = [dict(r.attrs) for r in extract(docs[0]).relations if r.predicate == "holdsPost"]
    assert len(posts) == 1
    got = posts[0]
    assert (got.get("event", ""), got.get("cue", ""), got.get("tenure_qualifier", "")) == (event, cue, qualifier)


def _people(G, name):
    return sorted(n for n, d in G.nodes(data=True) if d["type"] in ("Official", "Person") and d["name"] == name)


@pytest.mark.parametrize("name, nodes", [
    ("冯立安", ["Official/冯立安@440781113", "Official/冯立安@440783"]),  # 开平's, and 台山 海宴镇's of the same name
    ("梁建新", ["Official/梁建新@440783", "Official/梁建新@440784"]),  # 开平's and 鹤山's
    ("林晓峰", ["Official/林晓峰@440785"]),  # 江门市委常委、恩平市委书记 and 恩平市委书记、江门市委常委
    ("周文静", ["Official/周文静@440783"]),
    ("罗振宇", ["Official/罗振宇@440783"]),
])
def test_one_node_per_person_homonyms_apart(tenure_graph, name, nodes):
    assert _people(tenure_graph, name) == nodes


def test_merges_and_refusals_keep_their_reasons(tenure_graph):
    merges = tenure_graph.graph["merges"]
    assert {"merged": ["Official/林晓峰@440700", "Official/林晓峰@440785"],
            "reason": "the same name and post: 中共恩平市委员会 书记"} in merges
    apart = [m for m in merges if "kept_apart" in m]
    assert {tuple(m["kept_apart"][0].split("@")[0:1]) for m in apart} >= {("Official/冯立安",), ("Official/梁建新",)}
    assert all(m["reason"] == "the same name, no post or article in common" for m in apart)


#: who held the post on the day: (agency, post, day) -> [(name, start, how, end, how)]
HOLDERS = [
    ("中共开平市委员会", "书记", "2021-06-01", [("冯立安", "2021-03-10", "not_after", "2024-01-18", "exact")]),
    ("中共开平市委员会", "书记", "2023-12-31", [("冯立安", "2021-03-10", "not_after", "2024-01-18", "exact")]),
    ("中共开平市委员会", "书记", "2024-05-01", []),  # removed in January, successor appointed in August
    ("中共开平市委员会", "书记", "2025-06-01", [("罗振宇", "2024-08-30", "exact", "2025-03-03", "not_before")]),
    ("开平市人民政府", "市长", "2022-12-31", [("谭明辉", "2021-03-10", "not_after", "2023-01-06", "exact")]),
    ("开平市人民政府", "市长", "2023-02-01", [("周文静", "2023-01-06", "exact", "2025-05-20", "not_before")]),
    ("开平市人民政府", "副市长", "2023-04-19", [("关少华", "2021-03-10", "not_after", "2023-04-20", "exact")]),
    ("开平市人民政府", "副市长", "2023-04-20", [("梁建新", "2023-04-20", "exact", "2024-09-10", "not_before")]),
    ("中共台山市委员会", "书记", "2024-01-01", [("钟海燕", "2022-09-01", "not_after", "2024-11-05", "not_after")]),
    ("中共台山市委员会", "书记", "2024-12-01", [("何俊豪", "2024-11-05", "not_after", "2024-11-05", "not_before")]),
    ("鹤山市人民政府", "副市长", "2024-06-01", [("梁建新", "2023-06-08", "not_after", "2025-01-10", "not_after")]),
    ("鹤山市人民政府", "副市长", "2025-02-01", []),  # 原鹤山市人民政府副市长 in January
    ("恩平市人民政府", "市长", "2024-12-31", [("甘志诚", "2022-04-08", "not_after", "2025-02-14", "exact")]),
    ("恩平市人民政府", "市长", "2025-03-01", [("谢婉仪", "2025-02-14", "exact", "2025-06-18", "not_before")]),
    ("中共恩平市委员会", "书记", "2025-01-01", [("林晓峰", "2022-04-08", "not_after", "2025-06-18", "not_before")]),
    ("江门市人民政府", "副市长", "2024-06-01", [("冯立安", "2024-01-18", "exact", "2024-08-30", "not_before")]),
    ("中共台山市海宴镇委员会", "书记", "2022-09-01", [("冯立安", "2022-09-01", "not_after", "2022-09-01", "not_before")]),
]


@pytest.mark.parametrize("agency, post, day, expected", HOLDERS)
def test_holders_on_a_day(tenure_graph, agency, post, day, expected):
    G = tenure_graph
    got = [(G.nodes[t.official]["name"], t.start.date, t.start.kind, t.end.date, t.end.kind)
           for t in holders(G, agency, post, day) if G.nodes[t.agency]["name"] == agency]
    assert got == expected


def test_qualifiers_and_succession(tenure_graph):
    G = tenure_graph
    (mayor,) = [t for t in holders(G, "开平市人民政府", "市长", "2023-02-01")]
    assert mayor.qualifiers == ("代理",) and G.nodes[mayor.predecessor]["name"] == "谭明辉"
    (party,) = holders(G, "中共台山市委员会", "书记", "2024-01-01")
    assert party.end.by == "succession" and G.nodes[party.successor]["name"] == "何俊豪"


def test_changes_between_two_dates(tenure_graph):
    G = tenure_graph
    got = [(day, change, G.nodes[t.official]["name"], t.title, G.nodes[t.agency]["name"])
           for day, change, t in changes(G, "2024-01-01", "2024-12-31")]
    assert got == [("2024-01-18", "appointed", "冯立安", "副市长", "江门市人民政府"),
                   ("2024-01-18", "removed", "冯立安", "书记", "中共开平市委员会"),
                   ("2024-08-30", "appointed", "罗振宇", "书记", "中共开平市委员会"),
                   ("2024-11-05", "succeeded", "钟海燕", "书记", "中共台山市委员会")]


@pytest.fixture(scope="module")
def tenure_store(tenure_graph, tmp_path_factory):
    ttl = write_turtle(tenure_graph, tmp_path_factory.mktemp("tenures") / "graph.ttl")
    return ttl, load_store(ttl)


def _rows(store, name, **params):
    return [[t.value if t is not None else None for t in row] for row in run(store, named_queries()[name], params).rows]


@pytest.mark.parametrize("agency, post, day, expected", HOLDERS)
def test_the_holders_query_agrees(tenure_store, agency, post, day, expected):
    rows = _rows(tenure_store[1], "holders", agency=agency, title=post, date=day)
    assert [(r[2], r[3], r[4], r[6], r[7]) for r in rows if r[0] == agency] == expected


def test_holders_query_rows_say_how_each_end_is_known(tenure_store):
    assert _rows(tenure_store[1], "holders", agency="开平市人民政府", title="市长", date="2023-06-01") == [
        ["开平市人民政府", "市长", "周文静", "2023-01-06", "exact", "appointment", "2025-05-20", "not_before",
         "last report", "代理"]]


def test_who_holds_posts_one_row_per_tenure(tenure_store):
    rows = _rows(tenure_store[1], "who-holds-posts", agency="中共开平市委员会")
    assert [r[1:] for r in rows] == [
        ["冯立安", "书记", "2021-03-10", "first report", "2024-01-18", "removal"],
        ["罗振宇", "书记", "2024-08-30", "appointment", "2025-03-03", "last report"]]


def test_changes_query_lists_tenure_changes(tenure_store):
    rows = _rows(tenure_store[1], "changes", **{"from": "2024-11-01", "to": "2025-02-28"})
    assert [r[:5] for r in rows if r[1] != "reported"] == [
        ["2024-11-05", "succeeded", "钟海燕", "书记", "中共台山市委员会"],
        ["2025-01-10", "left", "梁建新", "副市长", "鹤山市人民政府"],
        ["2025-02-14", "appointed", "谢婉仪", "市长", "恩平市人民政府"],
        ["2025-02-14", "removed", "甘志诚", "市长", "恩平市人民政府"]]


def test_tenures_conform_to_the_shapes(tenure_store):
    report = validate(tenure_store[0])
    assert report.conforms, [p.message for p in report.problems][:5]


def test_tenure_record_is_every_field_as_plain_data():
    """A tenure's record holds every field (the bounds as dicts, tuples as lists) and reads back the same."""
    from dataclasses import asdict

    from kg.identity.tenures import Bound, Tenure

    t = Tenure("Official/林国栋@440783", "Agency/开平市人民政府", "市长", Bound("2021-03-02", "exact", "appointment"),
               Bound("2023-07-01", "not_after", "succession"), ("代理",),
               [("2021-03-02", "start", "a.txt"), ("2022-05-09", "report", "b.txt")], "Official/苏志远@440783", "",
               "2022-05-09")
    expected = asdict(t)
    expected["qualifiers"], expected["reports"] = ["代理"], [list(r) for r in t.reports]
    assert t.record() == expected and list(t.record()) == list(expected)
    assert Tenure.from_record(t.record()) == t


def test_split_title_remembered_answers_match_fresh_ones(monkeypatch):
    """A title asked for again gets the answer worked out the first time; a full memo starts again."""
    from kg.identity import tenures

    titles = ["代理县长", "镇党委书记", "区人大常委会主任候选人", "副乡长", "代理县长"]
    fresh = [tenures._split_title_uncached(t) for t in titles]
    tenures._splits().clear()
    assert [tenures._split_title(t) for t in titles] == fresh
    assert set(tenures._splits()) == set(titles)
    monkeypatch.setattr(tenures, "_SPLITS_KEPT", 2)
    tenures._splits().clear()
    assert [tenures._split_title(t) for t in titles] == fresh
    assert len(tenures._splits()) <= 2
