"""The NER rules on sentences written for these tests (not the seeds): table-driven."""
import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extraction import extract_text


def spans(nlp, text):
    doc = extract_text(text, nlp)
    return {(text[c.start:c.end], c.type, c.name) for c in doc._.kg.graph_final}


OFFICIALS = [
    ("浏阳市委书记周建国主持召开会议。", ("周建国", "中共浏阳市委员会", "市委书记")),
    ("市委副书记、市长黄志强出席。浏阳市召开大会。", ("黄志强", "中共浏阳市委员会", "市委副书记")),
    ("大瑶镇党委书记李卫东介绍，该镇将推进改革。浏阳市大瑶镇", ("李卫东", "中共浏阳市大瑶镇委员会", "党委书记")),
    ("浙江省经济和信息化厅副厅长吴海峰出席活动。", ("吴海峰", "浙江省经济和信息化厅", "经济和信息化厅副厅长")),
    ("余杭区区委组织部部长王芳介绍。杭州市余杭区", ("王芳", "中共杭州市余杭区委组织部", "区委组织部部长")),
]


@pytest.mark.parametrize("text, expected", OFFICIALS)
def test_officials_with_their_posts(nlp, text, expected):
    doc = extract_text(text, nlp)
    name, org, title = expected
    found = [c for c in doc._.kg.graph_final if c.type == "Official" and c.name == name]
    assert found, [(c.name, c.type) for c in doc._.kg.graph_final]
    assert (title, org) in [(post.title, post.org) for post in found[0].titles.posts]


def test_a_list_of_leaders(nlp):
    doc = extract_text("市领导彭勇、谢芳、石岩等参加会议。", nlp)
    assert {c.name for c in doc._.kg.graph_final if c.type == "Official"} == {"彭勇", "谢芳", "石岩"}


def test_a_company_after_a_leader_is_not_a_name(nlp):
    doc = extract_text("副厅长吴海峰、阿里巴巴集团副总裁李明等出席活动。", nlp)
    names = {c.name: c.type for c in doc._.kg.graph_final if c.type in ("Official", "Person")}
    assert names == {"吴海峰": "Official", "李明": "Person"}


@pytest.mark.parametrize("text", ["市民刘女士说，现在一次就好。", "郭先生来到大厅。", "居民关注的问题得到解决。"])
def test_no_person_in_anonymised_or_common_words(nlp, text):
    assert not [c for c in extract_text(text, nlp)._.kg.graph_final if c.type in ("Person", "Official")]


AGENCIES = [
    ("浏阳市农业农村局", "浏阳市农业农村局"),
    ("浏阳市医保局", "浏阳市医疗保障局"),
    ("长沙市生态环境局浏阳分局", "长沙市生态环境局浏阳分局"),
    ("浏阳市人民政府办公室", "浏阳市人民政府办公室"),
    ("国家知识产权局", "国家知识产权局"),
    ("交通运输部", "交通运输部"),
    ("团浏阳市委", "共青团浏阳市委员会"),
    ("余杭区人大常委会", "杭州市余杭区人民代表大会常务委员会"),
    ("余杭区政协", "中国人民政治协商会议杭州市余杭区委员会"),
    ("浙江省湖州市生态环境局", "湖州市生态环境局"),
    ("湖南省人民政府办公厅", "湖南省人民政府办公厅"),
    ("湖南省政府办", "湖南省人民政府办公室"),
    ("浏阳市总工会", "浏阳市总工会"),
    ("浏阳市海洋与渔业局", "浏阳市海洋与渔业局"),
    ("浏阳市住房公积金管理中心", "浏阳市住房公积金管理中心"),
    ("大瑶镇派出所", "浏阳市大瑶镇派出所"),
    ("浏阳市大瑶镇综治中心", "浏阳市大瑶镇社会治安综合治理中心"),
    ("澳门财政局", "澳门特别行政区财政局"),  # a place printed short is expanded once (not 澳门特别行澳门…)
]


@pytest.mark.parametrize("surface, canonical", AGENCIES)
def test_agency_grammar_and_canonical_names(nlp, surface, canonical):
    got = spans(nlp, f"近日，{surface}召开会议。")
    assert (surface, "Agency", canonical) in got


@pytest.mark.parametrize("text", ["我们与科技部门沟通。", "新的发展格局正在形成。", "江门市中心城区交通顺畅。",
                                  "加强国有资产监督管理委员会的职能。"])
def test_not_agencies(nlp, text):
    assert not [c for c in extract_text(text, nlp)._.kg.graph_final if c.type == "Agency"]


def test_abbreviations_resolve_to_the_home_jurisdiction(nlp):
    doc = extract_text("浏阳市召开大会。市委书记周建国讲话，市政府、市人大常委会负责人出席。", nlp)
    names = {c.name for c in doc._.kg.graph_final if c.type == "Agency"}
    assert {"中共浏阳市委员会", "浏阳市人民政府", "浏阳市人民代表大会常务委员会"} <= names


PLACES = [
    ("杭州市余杭区良渚街道", [("杭州市", "330100"), ("余杭区", "330110"), ("良渚街道", "330110013")]),
    ("在浙江衢州举行", [("浙江省", "330000"), ("衢州市", "330800")]),
    ("浏阳市大瑶镇", [("浏阳市", "430181"), ("大瑶镇", "430181110")]),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_places_resolve_to_division_codes(nlp, text, expected):
    doc = extract_text(text + "。", nlp)
    got = [(c.name, c.division.code) for c in doc._.kg.graph_final if c.type == "Place"]
    assert got == expected


@pytest.mark.parametrize("text", ["要顺应城市发展规律。", "聚焦产业兴镇。", "建设和改造周边城镇的管网。", "从北京奥运会颁奖用花说起。"])
def test_words_that_contain_place_names_are_not_places(nlp, text):
    assert not [c for c in extract_text(text, nlp)._.kg.graph_final if c.type == "Place"]


PROGRAMMES = [
    ("浏阳市深入实施“强省会”战略。", "强省会"),
    ("要持续深化“放管服”改革。", "放管服改革"),
    ("余杭区深入实施“千万工程”。", "千村示范、万村整治工程"),
    ("浏阳市人民政府办公室印发《浏阳市优化营商环境三年行动计划（2024-2026年）》。", "《浏阳市优化营商环境三年行动计划（2024-2026年）》"),
    ("仓前街道被列为首批“数字治理”试点街道。", "数字治理"),
    ("该局将全面推行“河长制”。", "河长制"),
    ("要坚持以“千村示范、万村整治”工程为牵引。", "千村示范、万村整治工程"),  # a known scheme, its head after the quote
    ("会议提出，要深入实施“温泉+”文旅融合行动。", "温泉+文旅融合行动"),  # a quoted brand, then the rest of the name
    ("街道携手社区推动“南粤家政·巾帼先锋”进社区。", "南粤家政·巾帼先锋"),  # a known scheme's quoted offshoot
]


@pytest.mark.parametrize("text, name", PROGRAMMES)
def test_programmes_from_cues(nlp, text, name):
    assert name in {c.name for c in extract_text(text, nlp)._.kg.graph_final if c.type == "Programme"}


@pytest.mark.parametrize("text", [
    "以“小切口、深改革”为实践路径。",  # a slogan
    "成功入选“数智创新突破”类全国优秀案例。",  # a category
    "牢固树立“一盘棋”的思想。",  # no cue
    "认真落实“五个进一步到位”重要要求。",  # a requirement
    "要以“头号工程”力度推进城乡区域协调发展。",  # a measure of effort
    "镇里正依托“新会陈皮”品牌，推动产业融合发展。",  # a product's brand
    "要持续擦亮“台山大米”金字招牌。",
])
def test_slogans_are_not_programmes(nlp, text):
    assert not [c for c in extract_text(text, nlp)._.kg.graph_final if c.type == "Programme"]


def test_a_modifier_before_a_title_is_not_a_name(nlp):
    doc = extract_text("佛山市南海区召开会议。南海区委常委、常务副区长黄海涛表示，要推进改革。", nlp)
    assert {c.name for c in doc._.kg.graph_final if c.type in ("Official", "Person")} == {"黄海涛"}


@pytest.mark.parametrize("text, name", [
    ("湖南省农业科学院院长黄飞出席签约仪式。", "黄飞"),  # a title after an institution that is no agency
    ("中山大学校长高松出席。", "高松"),  # a role, the model's name after it
])
def test_heads_of_institutions_are_people(nlp, text, name):
    got = {c.name: c.type for c in extract_text(text, nlp)._.kg.graph_final if c.type in ("Official", "Person")}
    assert got == {name: "Person"}


@pytest.mark.parametrize("text, names", [
    ("浏阳市召开会议。彭勇、谢芳、石岩等市领导出席会议。", {"彭勇", "谢芳", "石岩"}),
    ("浏阳市召开会议。出席会议的市领导有：彭勇、谢芳。", {"彭勇", "谢芳"}),
    ("浏阳市召开会议。吴国杰（市委常委、宣传部部长）主持会议。", {"吴国杰"}),
])
def test_officials_in_lists_and_brackets(nlp, text, names):
    got = {c.name for c in extract_text(text, nlp)._.kg.graph_final if c.type == "Official"}
    assert got == names


@pytest.mark.parametrize("span, ok", [
    ("开平（水暖卫浴）知识产权快速维权中心", True), ("“粤智助”税务智慧柜台", True), ("《开平市食品产业发展规划（2024-2035年）》", True),
    ("维权中心——开平（水暖卫浴", False), ("水暖卫浴）知识产权中心", False), ("台山市)五金", False),
])
def test_a_model_span_keeps_its_brackets_balanced(span, ok):
    """kg ner reports no model span that leaves a bracket open or closes one it did not open."""
    from kg.ner.api import _well_formed

    assert _well_formed(span) is ok


def test_every_candidate_takes_its_priority_from_the_one_table(nlp):
    from kg.ingest import read_inputs
    from kg.ner.resolve import PROPAGATED_DROP, Priority
    from tests.conftest import SEEDS

    allowed = {int(p) for p in Priority} | {int(p) - PROPAGATED_DROP for p in Priority}
    docs, _ = read_inputs([str(SEEDS)])
    st = extract_text(docs[0].text, nlp)._.kg
    assert len(st.candidates) > 100
    assert {c.priority for c in st.candidates + st.final} <= allowed


def _c(start, end, typ, method, confidence, priority=0):
    from kg.ner.base import Candidate

    return Candidate(start, end, typ, "x", method, confidence, priority=priority)


# (candidates, which of them kg build keeps, which kg ner keeps): one policy function, two orders
POLICY = [
    # the model reads an address whole, the rules a place inside it: a build nests them, kg ner keeps the model's
    ([_c(0, 6, "Place", "model-address", 0.9, 10), _c(0, 3, "Place", "gazetteer", 0.95, 30)], [0, 1], [0]),
    # the model and a rule on one name: the rule in a build, the model's span in kg ner
    ([_c(0, 3, "Person", "model-name", 0.9, 10), _c(0, 3, "Official", "pattern-title-name", 0.9, 60)], [1], [0]),
    # a rule's agency and the place nested in it both stand in a build; kg ner keeps both rules
    ([_c(0, 8, "Agency", "grammar", 0.9, 40), _c(0, 3, "Place", "gazetteer", 0.95, 30)], [0, 1], [0, 1]),
    # two model spans that overlap: the more confident one, whatever the order
    ([_c(2, 6, "Person", "model-name", 0.6, 10), _c(0, 4, "Agency", "model-government", 0.8, 10)], [1], [1]),
]


@pytest.mark.parametrize("cands, built, reported", POLICY)
def test_build_and_ner_share_one_overlap_policy(cands, built, reported):
    from kg.ner.resolve import model_first, resolve_candidates, settle

    assert sorted(map(id, resolve_candidates("", cands))) == sorted(id(cands[i]) for i in built)
    model = {id(c) for c in cands if c.method.startswith("model")}
    kept = settle(cands, model_first(lambda c: id(c) in model),
                  may_overlap=lambda a, b: id(a) not in model and id(b) not in model)
    assert sorted(map(id, kept)) == sorted(id(cands[i]) for i in reported)


BATCH_LINES = ["开平市委书记陈小曼出席会议。", "", "台山市副市长李某某到赤溪镇调研。", "  ", "市长梁光挺主持会议"]


@pytest.mark.parametrize("batch", [1, 2, 256])
def test_lines_in_batches_get_what_each_line_alone_gets(nlp, monkeypatch, batch):
    from kg.ner import api

    monkeypatch.setattr(api, "BATCH_TEXTS", batch)
    alone = [api.ner_text(line, nlp) for line in BATCH_LINES]
    assert list(api.ner_texts(BATCH_LINES, nlp)) == alone
    assert [m["text"] for m in alone[0]["mentions"]] and not alone[1]["mentions"]


@pytest.mark.parametrize("line,body", [("岳阳市水利局近日印发通知，要求各县加强防汛。", "岳阳市水利局"),
                                       ("会后，甘肃省水利厅召开专题会议。", "甘肃省水利厅")])
def test_kg_ner_keeps_a_body_the_grammar_reads_where_the_model_reads_the_same_span_as_an_address(nlp, line, body):
    from kg.ner import api

    found = {(m["text"], m["type"]) for m in api.ner_text(line, nlp)["mentions"]}
    assert (body, "Agency") in found and (body, "Place") not in found, sorted(found)


STATE_LINES = ["鹤山市副市长罗文静到址山镇检查防汛工作。", "", "恩平市委组织部  部长冯志坚", "新会区“百千万工程”推进会召开"]


def _state_view(st):
    def cands(cs):
        return [(c.start, c.end, c.type, c.name, c.method, round(c.confidence, 6)) for c in cs]

    return st.text, cands(st.candidates), cands(st.final), st.homes


@pytest.mark.parametrize("statistical", [True, False])
def test_states_without_docs_match_the_docs_states(statistical):
    """kg ner runs the components on the states alone; they end as the Docs' states do."""
    from kg.nlp import extract_states, extract_texts, load_nlp
    from kg.ner.state import doc_state

    nlp = load_nlp(statistical=statistical)
    via_docs = [_state_view(doc_state(doc)) for doc in extract_texts(STATE_LINES, nlp, 3)]
    assert [_state_view(st) for st in extract_states(STATE_LINES, nlp, 3)] == via_docs
    assert via_docs[0][2] and not via_docs[1][2]


def test_states_fall_back_to_docs_for_a_component_without_pipe_states():
    import spacy

    from kg.nlp import extract_states
    from kg.ner.state import doc_state

    nlp = spacy.blank("zh")
    nlp.add_pipe("kg_places")
    nlp.add_pipe("kg_resolve")

    @spacy.Language.component("kg_test_mark_docs")
    def mark(doc):
        doc_state(doc).text += "·"  # only a Doc's pass leaves this mark
        return doc

    nlp.add_pipe("kg_test_mark_docs")
    assert [st.text for st in extract_states(["开平市", "台山市"], nlp)] == ["开平市·", "台山市·"]


def test_a_batch_of_documents_goes_through_docs_for_a_component_without_pipe_states():
    """A build's batches skip spaCy's Docs only when every component can go without one."""
    import spacy

    from kg.extraction import extract_many
    from kg.model import Document

    nlp = spacy.blank("zh")
    nlp.add_pipe("kg_places")
    seen = []

    @spacy.Language.component("kg_test_count_docs")
    def count(doc):
        seen.append(len(doc))  # a Doc of the document's characters
        return doc

    nlp.add_pipe("kg_test_count_docs")
    nlp.add_pipe("kg_resolve")
    docs = [Document(f"{i}.txt", "", t, "utf-8", "") for i, t in enumerate(["恩平市召开会议。", "鹤山市"])]
    results = list(extract_many(docs, nlp))
    assert seen == [8, 3]
    assert [[e.name for e in r.entities] for r in results] == [["恩平市"], ["鹤山市"]]


# --- the pipeline's configuration ------------------------------------------------------


def rule_pipeline(**resolve):
    import spacy

    from kg.nlp import COMPONENTS

    nlp = spacy.blank("zh")
    for name in COMPONENTS:
        nlp.add_pipe(name, config=resolve if name == "kg_resolve" else {})
    return nlp


@pytest.mark.parametrize("propagate, officials", [(True, 2), (False, 1)])
def test_kg_resolve_propagates_names_as_configured(propagate, officials):
    text = "开平市水口镇党委书记罗志明出席会议。会上，罗志明表示，要抓好落实。"
    doc = extract_text(text, rule_pipeline(propagate=propagate))
    assert [s.text for s in doc.spans["kg"] if s.label_ == "Official"] == ["罗志明"] * officials


def test_factories_have_default_configs(nlp):
    assert nlp.config["components"]["kg_statistical"]["min_person_confidence"] == 0.5
    assert nlp.config["components"]["kg_people"]["min_person_confidence"] == 0.5
    assert nlp.config["components"]["kg_resolve"]["propagate"] is True


def test_a_missing_model_directory_is_one_clear_error(tmp_path):
    import spacy

    from kg.errors import ModelError

    with pytest.raises(ModelError, match="no statistical NER model"):
        spacy.blank("zh").add_pipe("kg_statistical", config={"model": str(tmp_path)})


PHRASES = {"开": 1, "开平": 2, "开平市": 3, "平市": 4, "水口镇": 5, "水": 6, "口镇": 7}


@pytest.mark.parametrize("text, start, end, overlapping, expected", [
    ("开平市水口镇", 0, None, False, [(0, 3, "开平市"), (3, 6, "水口镇")]),
    ("开平市水口镇", 0, None, True, [(0, 3, "开平市"), (1, 3, "平市"), (3, 6, "水口镇"), (4, 6, "口镇")]),
    ("开平市水口镇", 0, 2, False, [(0, 2, "开平")]),  # a match never runs past the end
    ("开平市水口镇", 3, 4, False, [(3, 4, "水")]),
    ("在开会，水", 0, None, False, [(1, 2, "开"), (4, 5, "水")]),
    ("", 0, None, False, []),
    ("开平\ud800水口镇", 0, None, True, [(0, 2, "开平"), (3, 6, "水口镇"), (4, 6, "口镇")]),  # a lone surrogate
    ("𬊤开平市", 1, None, False, [(1, 4, "开平市")]),  # a character beyond the BMP is one position
])
@pytest.mark.parametrize("automaton", [False, True])
def test_phrase_index_finds_the_longest_phrase_at_each_position(text, start, end, overlapping, expected, automaton,
                                                               monkeypatch):
    from kg.ner import base

    monkeypatch.setattr(base, "AUTOMATON_AFTER", 0 if automaton else 10**9)
    index = base.PhraseIndex(PHRASES)
    found = list(index.finditer(text, start, end, overlapping=overlapping))
    assert [(s, e, p) for s, e, p, _ in found] == expected
    assert all(PHRASES[p] == v for _, _, p, v in found)
    assert (index._automata[overlapping] is not None) == automaton


@settings(max_examples=300, deadline=None)
@given(phrases=st.lists(st.text("开平市水口镇𬊤 ", min_size=1, max_size=4), max_size=12),
       text=st.text("开平市水口镇𬊤 ", max_size=30), start=st.integers(0, 32), length=st.none() | st.integers(0, 32),
       overlapping=st.booleans())
def test_phrase_index_automaton_finds_what_the_scan_finds(phrases, text, start, length, overlapping):
    from kg.ner.base import PhraseIndex

    index = PhraseIndex({p: i for i, p in enumerate(phrases)})
    end = None if length is None else min(start + length, len(text))
    start = min(start, len(text))
    scanned = list(index._scan(text, start, len(text) if end is None else end, overlapping))
    index._scanned = 10**9  # past the point where an automaton is built
    assert list(index.finditer(text, start, end, overlapping=overlapping)) == scanned
    assert index._automata[overlapping] is not None or not phrases


@pytest.mark.parametrize("per_first", [0, 10**9], ids=["first characters found", "every pair looked up"])
@settings(max_examples=300, deadline=None)
@given(phrases=st.lists(st.text("开平市水口镇𬊤 ", min_size=2, max_size=5), max_size=12),
       text=st.text("开平市水口镇𬊤 ", max_size=30), start=st.integers(0, 32), length=st.none() | st.integers(0, 32),
       overlapping=st.booleans())
def test_phrase_index_scan_by_pairs_finds_what_a_scan_of_every_position_finds(per_first, phrases, text, start, length,
                                                                              overlapping):
    """Without one-character phrases the scan visits only the positions that begin a phrase's first two
    characters, found by looking up every pair of the text or from where the phrases' first characters
    occur; either way it finds what the scan of every position finds, within [start, end) only."""
    from unittest import mock

    from kg.ner import base

    index = base.PhraseIndex({p: i for i, p in enumerate(phrases)})
    start = min(start, len(text))
    end = len(text) if length is None else min(start + length, len(text))
    with mock.patch.object(base, "_FIND_PER_FIRST", per_first), \
            mock.patch.object(base.PhraseIndex, "_pairs_by_first", side_effect=base.PhraseIndex._pairs_by_first,
                              autospec=True) as by_first:
        assert list(index._scan(text, start, end, overlapping)) == list(index._scan_each(text, start, end, overlapping))
    assert by_first.called == (per_first == 0 or not index._firsts)


@pytest.mark.parametrize("overlapping, expected", [
    (False, [(0, 2, "开平"), (4, 6, "口镇"), (6, 8, "开平")]),
    (True, [(0, 2, "开平"), (1, 3, "平市"), (4, 6, "口镇"), (6, 8, "开平")]),
])
def test_phrase_index_found_by_first_characters_goes_in_text_order(overlapping, expected, monkeypatch):
    """Found character by character (口, then 平, then 开), the matches still come in the text's order, and a
    match ends where the next may begin only after it."""
    from kg.ner import base

    monkeypatch.setattr(base, "_FIND_PER_FIRST", 0)
    index = base.PhraseIndex({"口镇": 1, "开平": 2, "平市": 3})
    assert [(s, e, p) for s, e, p, _ in index._scan("开平市水口镇开平", 0, 8, overlapping)] == expected


def test_phrase_index_builds_an_automaton_only_after_scans_that_pay_for_it():
    """An index made for one text scans it without building an automaton, however long the text; once
    it has scanned AUTOMATON_AFTER characters a phrase, the next scan builds one (same matches)."""
    from kg.ner.base import AUTOMATON_AFTER, PhraseIndex

    text = "开平市水口镇" * (AUTOMATON_AFTER * len(PHRASES))
    index = PhraseIndex(PHRASES)
    first = list(index.finditer(text))
    assert index._automata[False] is None
    assert list(index.finditer(text)) == first
    assert index._automata[False] is not None


def test_phrase_index_pickles_without_its_automata():
    import pickle

    from kg.ner.base import PhraseIndex

    index = PhraseIndex(PHRASES)
    index._scanned = 10**9
    before = list(index.finditer("开平市水口镇"))
    again = pickle.loads(pickle.dumps(index))
    assert again._automata == {False: None, True: None}
    assert list(again.finditer("开平市水口镇")) == before


@pytest.mark.parametrize("pairs, text, expected, at_start", [
    # the first value of a phrase wins; matches_at gives every phrase at a position, longest first
    ([("开平", 1), ("开平", 2), ("开平市", 3)], "开平市", [(0, 3, "开平市", 3)], [(3, "开平市", 3), (2, "开平", 1)]),
    ([("开平", 1), ("开平", 2)], "开平", [(0, 2, "开平", 1)], [(2, "开平", 1)]),
    ([("", 9), ("水", 6)], "水口", [(0, 1, "水", 6)], [(1, "水", 6)]),  # an empty phrase is never found
])
def test_phrase_index_from_pairs_keeps_the_first_value(pairs, text, expected, at_start):
    from kg.ner.base import PhraseIndex

    index = PhraseIndex(pairs)
    assert list(index.finditer(text)) == expected
    assert list(index.matches_at(text, 0)) == at_start
    assert "" not in index


def test_phrase_index_finds_pairs_by_numbers_as_by_strings(monkeypatch):
    """A long text's pairs looked up as numbers (numpy) give the matches the pairs' strings give: names with
    characters beyond the basic plane (𬌗) and a lone surrogate, in slices of the text and overlapping."""
    import random

    from kg.ner import base
    from kg.ner.base import PhraseIndex

    rng = random.Random(3)
    alphabet = "开平市水口镇台山区𬌗𠀀河东西南北中\ud800，。 a1"
    names = {"".join(rng.choice(alphabet) for _ in range(rng.randrange(2, 6))): k for k in range(300)}
    names.update({"开平市": "a", "水口镇": "b", "𬌗河镇": "c", "河\ud800": "d", "𠀀𬌗": "e"})
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 400))) for _ in range(60)]
    texts.append("开平市水口镇、𬌗河镇和河\ud800东" * 10)
    # a fresh index a scan: one that has scanned enough goes on with an automaton (the same matches);
    # and no scan by the first characters' positions (a long text with few of them)
    monkeypatch.setattr(base, "_FIND_PER_FIRST", 10**9)
    got = [(list(PhraseIndex(names).finditer(t, a, b, overlapping=o)))
           for t in texts for a, b in ((0, len(t)), (3, len(t) - 2)) for o in (False, True)]
    monkeypatch.setattr(base, "_CODED_TEXT", 10**9)  # every scan by the pairs' strings
    want = [(list(PhraseIndex(names).finditer(t, a, b, overlapping=o)))
            for t in texts for a, b in ((0, len(t)), (3, len(t) - 2)) for o in (False, True)]
    assert got == want
    found = {m[2] for r in got for m in r}
    assert {"𬌗河镇", "河\ud800", "𠀀𬌗", "开平市"} <= found


def test_phrase_index_matches_at_is_an_iterator_at_every_position():
    """The rules call next() on matches_at's answer: at a phrase, at a character that begins none, at the
    text's end and past it; an answer used up leaves the next one whole."""
    from kg.ner.base import PhraseIndex

    index = PhraseIndex({"副县长": 1, "县长": 2, "长": 3})
    text = "某副县长"
    assert [list(index.matches_at(text, i)) for i in range(6)] == [
        [], [(4, "副县长", 1)], [(4, "县长", 2)], [(4, "长", 3)], [], []]
    first = index.matches_at(text, 0)
    assert next(first, None) is None and next(first, None) is None
    assert next(index.matches_at(text, 1)) == (4, "副县长", 1)
    assert next(index.matches_at(text, 9), "none") == "none"
    assert list(index.matches_at("副县", 1)) == []  # 县长 does not fit before the end


@pytest.mark.parametrize("text", [
    "开平市水口镇党委书记罗志明出席会议。",
    "开平市 水口镇党委书记 罗志明出席会议。",  # spaces between names
    "  开平市\n\n台山市委书记罗志明  \u3000 出席。",  # runs of white space, a full-width space
])
def test_kg_resolve_spans_are_those_char_span_expands_to(nlp, text):
    """kg_resolve makes its spans from the tokens' offsets: the same spans as doc.char_span's
    expand mode would give for each final mention."""
    from kg.ner.state import doc_state

    doc = extract_text(text, nlp)
    expected = [(sp.start, sp.end, sp.label_) for c in doc_state(doc).final
                if (sp := doc.char_span(c.start, c.end, label=c.type, alignment_mode="expand")) is not None]
    assert expected
    assert [(s.start, s.end, s.label_) for s in doc.spans["kg"]] == expected
    assert [s.id_ for s in doc.spans["kg"]] == [c.name for c in doc_state(doc).final]


@pytest.mark.parametrize("text", [
    "",
    "开平市委书记陈小曼出席会议。",
    " 开平市",  # white space before the first character
    "开平市 ",  # one trailing space: the last character's
    "开平市  \n",  # a trailing run: one space for the character, the rest a token
    "开平 市\n\n台山\u3000市\t 委",  # runs that begin with a space and runs that do not
    "   ",
    "\n",
])
def test_the_character_tokenizer_makes_spacys_tokens(text):
    """kg's character tokenizer gives the tokens and spaces spaCy's character segmenter gives."""
    stock, ours = _tokenizers()
    ours = ours(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in stock.make_doc(text)]
    assert ours.text == text


@given(st.text(alphabet="开平市委 \n\t\u3000\xa0a,，", max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_character_tokenizer_on_any_run_of_white_space(text):
    stock, ours = _tokenizers()
    assert ours(text).to_bytes() == stock.make_doc(text).to_bytes()


@functools.cache
def _tokenizers():
    """A blank spaCy Chinese pipeline (the character segmenter) and kg's tokenizer on its vocabulary."""
    import spacy

    from kg.nlp import CharTokenizer

    stock = spacy.blank("zh")
    return stock, CharTokenizer(stock.vocab)


def test_doc_state_is_the_docs_extension(nlp):
    """The components read ``doc._.kg`` where spaCy keeps it; a Doc without one gets one."""
    from kg.ner.state import DocState, doc_state

    doc = nlp.make_doc("开平市")
    st = doc_state(doc)
    assert st is doc._.kg and st.text == "开平市" and [(a.start, a.end) for a in st.articles] == [(0, 3)]
    doc._.kg = DocState(text="开平市")
    assert doc_state(doc) is doc._.kg


def test_a_timer_sees_every_stage_and_changes_nothing(nlp):
    """kg bench times the stages through extract's timer: cleaning, the tokenizer and every component."""
    from contextlib import contextmanager

    from kg.extraction import extract
    from kg.ingest import decode_bytes

    seen = []

    @contextmanager
    def timer(stage):
        seen.append(stage)
        yield

    doc = decode_bytes("t.txt", "t.txt", "云浮市新兴县委书记罗志明到六祖镇调研。".encode("utf-8"))
    assert extract(doc, nlp, timer=timer) == extract(doc, nlp)
    assert set(seen) == {"clean", "ner: tokenizer"} | {f"ner: {name}" for name in nlp.pipe_names}


def test_cluener_scores_take_the_lines_in_batches_as_each_alone(nlp, tmp_path):
    import json

    from kg.evaluate import score_cluener
    from kg.ner.api import ner_text

    rows = [{"text": "鹤山市副市长罗文静到址山镇检查防汛工作。", "label": {"name": {"罗文静": [[6, 8]]}}},
            {"text": "恩平市委组织部部长冯志坚主持", "label": {"government": {"恩平市委组织部": [[0, 6]]}}},
            {"text": "", "label": {}}]
    path = tmp_path / "dev.json"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    alone = score_cluener(path, predictions=[ner_text(r["text"], nlp) for r in rows])
    assert score_cluener(path, nlp) == alone
    assert sum(v["tp"] + v["fp"] for v in alone.values() if isinstance(v, dict) and "tp" in v)  # it found some


def test_pair_codes_number_pairs_as_pair_code_does():
    """The numbers of an index's pairs made in one numpy pass are those :func:`_pair_code` gives each pair: basic
    plane, beyond it (𬌗) and a lone surrogate, in the pairs' order; none for no pairs."""
    from kg.ner.base import _pair_code, _pair_codes

    pairs = ["开平", "水口", "𬌗河", "河\ud800", "\udfff𠀀", "a1"]
    assert _pair_codes(pairs).tolist() == [_pair_code(p) for p in pairs]
    assert _pair_codes([]).tolist() == []
