"""kg.query: named queries on a small known graph, safe parameters, errors; kg query and kg validate."""
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.exporters import write_turtle
from kg.identity.tenures import add_tenures
from kg.query import format_result, load_store, named_queries, resolve, run

from synthetic import edge, node


def small_graph() -> nx.MultiDiGraph:
    """Two officials, two agencies, a city with a county and two towns, a programme; dated evidence."""
    G = nx.MultiDiGraph(documents={"a.txt": {"path": "a.txt", "sha256": "1" * 64, "encoding": "utf-8", "chars": 9},
                                   "b.txt": {"path": "b.txt", "sha256": "2" * 64, "encoding": "utf-8", "chars": 9},
                                   "d.txt": {"path": "d.txt", "sha256": "3" * 64, "encoding": "utf-8", "chars": 9}},
                        articles={})
    node(G, "Place/440700", "Place", "江门市", attrs={"code": "440700", "level": "city"})
    node(G, "Place/440783", "Place", "开平市", attrs={"code": "440783", "level": "county"})
    node(G, "Place/440783102", "Place", "水口镇", attrs={"code": "440783102", "level": "town"})
    node(G, "Place/440783103", "Place", "沙塘镇", attrs={"code": "440783103", "level": "town"})
    node(G, "Agency/中共开平市委员会", "Agency", "中共开平市委员会", attrs={"place": "开平市", "place_code": "440783"})
    node(G, "Agency/开平市医疗保障局", "Agency", "开平市医疗保障局", aliases={"开平市医保局"},
         attrs={"place": "开平市", "place_code": "440783"})
    node(G, "Official/陈小曼@440783", "Official", "陈小曼", attrs={"titles": {"书记"}})
    node(G, "Official/李四@440783", "Official", "李四", attrs={"titles": {"局长"}})
    node(G, "Programme/百千万工程", "Programme", "百千万工程")
    edge(G, "Place/440783", "Place/440700", "partOf", "江门市开平市", date="2024-01-05")
    edge(G, "Place/440783102", "Place/440783", "partOf", "开平市水口镇", date="2024-01-05")
    edge(G, "Place/440783103", "Place/440783", "partOf", "开平市沙塘镇", date="2024-03-02")
    edge(G, "Official/陈小曼@440783", "Agency/中共开平市委员会", "holdsPost", "开平市委书记陈小曼出席会议。",
         title="书记", date="2024-03-21", doc="a.txt")
    edge(G, "Official/李四@440783", "Agency/开平市医疗保障局", "holdsPost", "开平市医疗保障局局长李四介绍情况。",
         title="局长", date="2024-04-02", doc="b.txt")
    edge(G, "Agency/开平市医疗保障局", "Place/440783", "locatedIn", "开平市医疗保障局", date="2024-04-02", doc="b.txt")
    edge(G, "Agency/开平市医疗保障局", "Programme/百千万工程", "implements", "市医保局推进百千万工程。",
         date="2024-04-02", doc="b.txt")
    edge(G, "Place/440783102", "Programme/百千万工程", "implements", "水口镇落实百千万工程。", date="2024-03-21",
         doc="a.txt")
    add_tenures(G)  # as a build does
    return G


@pytest.fixture(scope="module")
def ttl(tmp_path_factory):
    return write_turtle(small_graph(), tmp_path_factory.mktemp("q") / "graph.ttl")


@pytest.fixture(scope="module")
def store(ttl):
    return load_store(ttl)


def rows(store, name, **params):
    r = run(store, named_queries()[name], params)
    return [[t.value if t is not None else None for t in row] for row in r.rows]


def test_every_named_query_has_a_description_and_runs(store):
    assert set(named_queries()) >= {"who-holds-posts", "holders", "places-in", "who-implements", "evidence", "changes", "counts"}
    for name, q in named_queries().items():
        assert q.description, name
        assert run(store, q).kind == "select"


@pytest.mark.parametrize("name, params, expected", [
    ("who-holds-posts", {}, [
        ["中共开平市委员会", "陈小曼", "书记", "2024-03-21", "first report", "2024-03-21", "last report"],
        ["开平市医疗保障局", "李四", "局长", "2024-04-02", "first report", "2024-04-02", "last report"]]),
    ("who-holds-posts", {"agency": "医疗保障局"}, [
        ["开平市医疗保障局", "李四", "局长", "2024-04-02", "first report", "2024-04-02", "last report"]]),
    ("holders", {"agency": "开平市", "date": "2024-04-01"}, [
        ["中共开平市委员会", "书记", "陈小曼", "2024-03-21", "not_after", "first report", "2024-03-21", "not_before",
         "last report", None]]),
    ("holders", {"agency": "开平市", "date": "2024-03-20"}, []),
    ("holders", {"title": "局长"}, [
        ["开平市医疗保障局", "局长", "李四", "2024-04-02", "not_after", "first report", "2024-04-02", "not_before",
         "last report", None]]),
    ("who-holds-posts", {"agency": "公安局"}, []),
    ("places-in", {"place": "开平市"}, [["开平市", "水口镇", "town", "440783102", "开平市"],
                                        ["开平市", "沙塘镇", "town", "440783103", "开平市"]]),
    ("places-in", {"place": "江门市"}, [["江门市", "水口镇", "town", "440783102", "开平市"],
                                        ["江门市", "沙塘镇", "town", "440783103", "开平市"]]),
    ("who-implements", {"programme": "百千万"}, [["百千万工程", "开平市医疗保障局", "Agency", "1"],
                                                 ["百千万工程", "水口镇", "Place", "1"]]),
    ("evidence", {"entity": "陈小曼"}, [["陈小曼", "holdsPost", "中共开平市委员会", "2024-03-21", "a.txt",
                                         "开平市委书记陈小曼出席会议。"]]),
    ("evidence", {"entity": "开平市", "relation": "locatedIn"},
     [["开平市医疗保障局", "locatedIn", "开平市", "2024-04-02", "b.txt", "开平市医疗保障局"]]),
    ("changes", {"from": "2024-03-01", "to": "2024-03-31"}, [
        ["2024-03-02", "reported", "沙塘镇", "partOf", "开平市", "1"],
        ["2024-03-21", "reported", "陈小曼", "holdsPost", "中共开平市委员会", "1"],
        ["2024-03-21", "reported", "水口镇", "implements", "百千万工程", "1"]]),
    ("changes", {"from": "2024-04-01"}, [
        ["2024-04-02", "reported", "李四", "holdsPost", "开平市医疗保障局", "1"],
        ["2024-04-02", "reported", "开平市医疗保障局", "implements", "百千万工程", "1"],
        ["2024-04-02", "reported", "开平市医疗保障局", "locatedIn", "开平市", "1"]]),
])
def test_named_queries(store, name, params, expected):
    assert rows(store, name, **params) == expected


@pytest.mark.parametrize("value", ['开平" } UNION { ?s ?p ?o', "x') || true || ('", "\\\\", "\n}", "<script>"])
def test_parameters_are_bound_not_pasted(store, value):
    assert rows(store, "who-holds-posts", agency=value) == []


@pytest.mark.parametrize("params, error", [
    ({"agenc": "x"}, "who-holds-posts takes no parameter 'agenc'; it takes: agency"),
])
def test_unknown_parameter(store, params, error):
    with pytest.raises(QueryError) as e:
        run(store, named_queries()["who-holds-posts"], params)
    assert str(e.value) == error


def test_date_parameters_are_checked(store):
    with pytest.raises(QueryError, match="not a date like 2024-03-21"):
        run(store, named_queries()["changes"], {"from": "2024-13-01"})


def test_ad_hoc_queries_and_their_parameters(store):
    q = resolve("SELECT ?n WHERE { ?o a kg:Official ; rdfs:label ?n . FILTER(STR(?n) = param:who()) }")
    assert [p.name for p in q.params] == ["who"]
    assert [[t.value for t in r] for r in run(store, q, {"who": "李四"}).rows] == [["李四"]]
    assert run(store, "ASK { ?x kg:holdsPost ?y }").boolean is True
    graph = run(store, "CONSTRUCT { ?x a kg:Official } WHERE { ?x a kg:Official }")
    assert len(graph.triples) == 2 and "kg:Official" in format_result(graph)


@pytest.mark.parametrize("text, error", [
    ("SELECT ?x WHERE { ?x ", "bad SPARQL in command line: error at 1:22: expected one of"),
    ("SELECT ?x WHERE { ?x nope:p ?y }", "an undeclared prefix"),
])
def test_bad_sparql(store, text, error):
    with pytest.raises(QueryError) as e:
        run(store, resolve(text))
    assert error in str(e.value) and "\n" not in str(e.value)


def test_formats(store):
    r = run(store, named_queries()["who-holds-posts"], {"agency": "医疗"})
    table = format_result(r, "table").splitlines()
    assert table[0].split() == ["agency", "official", "title", "start", "start_by", "end", "end_by"]
    assert table[-1] == "(1 row)"
    assert format_result(r, "csv").splitlines() == ["agency,official,title,start,start_by,end,end_by",
                                                    "开平市医疗保障局,李四,局长,2024-04-02,first report,2024-04-02,last report"]
    assert json.loads(format_result(r, "json")) == [{"agency": "开平市医疗保障局", "official": "李四", "title": "局长",
                                                     "start": "2024-04-02", "start_by": "first report",
                                                     "end": "2024-04-02", "end_by": "last report"}]


def test_table_columns_line_up_with_chinese_text(store):
    lines = format_result(run(store, named_queries()["places-in"], {"place": "开平市"})).splitlines()
    import unicodedata

    def width(s):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    starts = {width(line[: line.index("town")]) for line in lines if "town" in line}
    assert len(starts) == 1


# --- the command line ---------------------------------------------------------------------------

@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_cli_query_list(runner):
    r = runner.invoke(cli, ["query", "--list"])
    assert r.exit_code == 0
    assert "who-holds-posts: officials and the posts they hold or held in agencies, one row per tenure" in r.output
    assert "--param from=… (date)" in r.output


def test_cli_query_named_file_and_text(runner, ttl):
    r = runner.invoke(cli, ["query", "who-holds-posts", "--graph", str(ttl), "-p", "agency=开平市医疗", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1] == "开平市医疗保障局,李四,局长,2024-04-02,first report,2024-04-02,last report"
    Path("q.rq").write_text("# mine: officials\nSELECT ?n WHERE { ?o a kg:Official ; rdfs:label ?n } ORDER BY ?n\n",
                            encoding="utf-8")
    r = runner.invoke(cli, ["query", "q.rq", "--graph", str(ttl), "--format", "json"])
    assert json.loads(r.output) == [{"n": "李四"}, {"n": "陈小曼"}]
    r = runner.invoke(cli, ["query", "ASK { ?x kg:partOf ?y }", "--graph", str(ttl)])
    assert r.output.strip() == "true"


@pytest.mark.parametrize("args, error", [
    (["query", "counts"], "Error: exports/graph.ttl: no such file; run `kg build` first or pass --graph path/to/graph.ttl"),
    (["query", "no-such-query"], "Error: 'no-such-query' is no named query, no file and no SPARQL; "
                                 "`kg query --list` shows the named queries"),
    (["query"], "Error: name a query, a .rq file or SPARQL text; `kg query --list` shows the named queries"),
    (["query", "who-holds-posts", "-p", "agency"], "Error: --param 'agency': write it as NAME=VALUE, e.g. --param agency=开平市"),
    (["validate"], "Error: exports/graph.ttl: no such file; run `kg build` first or name the graph to check"),
    (["validate", "bad.ttl"], "Error: bad.ttl: not valid Turtle"),
    (["query", "counts", "--graph", "bad.ttl"], "Error: bad.ttl: not valid Turtle"),
])
def test_cli_errors_are_one_line(runner, args, error):
    Path("bad.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    r = runner.invoke(cli, args)
    assert r.exit_code == 1
    assert r.stderr.startswith(error), r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.output


def test_cli_bad_sparql(runner, ttl):
    r = runner.invoke(cli, ["query", "SELECT ?x WHERE { ?x", "--graph", str(ttl)])
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: bad SPARQL in command line: error at 1:21:")
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_validate(runner, ttl):
    r = runner.invoke(cli, ["validate", str(ttl)])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert r.stderr.strip().endswith("conforms to the kg shapes: 0 violations, 0 warnings")
    text = Path(ttl).read_text(encoding="utf-8").replace("kg:divisionCode \"440783\"", "kg:divisionCode \"44078\"")
    Path("broken.ttl").write_text(text, encoding="utf-8")
    r = runner.invoke(cli, ["validate", "broken.ttl"])
    assert r.exit_code == 1
    assert r.stdout.splitlines() == [
        "violation: 开平市 <id:place/440783> kg:divisionCode: kg:divisionCode must be one code of 6, 9 or 12 digits"
        " (value: 44078)"]
    assert "1 violation, 0 warnings" in r.stderr


def test_csv_output_cannot_start_a_spreadsheet_formula(store):
    r = run(store, resolve('SELECT ?x ?n WHERE { VALUES (?x ?n) { ("=HYPERLINK(1)" -3) ("@x" 1) } }'))
    assert format_result(r, "csv").splitlines()[1:] == ["'=HYPERLINK(1),-3", "'@x,1"]
    assert json.loads(format_result(r, "json"))[0] == {"x": "=HYPERLINK(1)", "n": -3}  # JSON keeps the value
