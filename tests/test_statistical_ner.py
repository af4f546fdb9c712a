"""The statistical NER (kg.ner.statistical): the committed model, robustness, training, scoring."""
from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ModelError
from kg.ner.statistical import LABELS, StatisticalNER
from kg.train.cluener import Example, evaluate, read_cluener, score_spans
from kg.train.ner import main, train

# -- the committed model ---------------------------------------------------------------------

OBVIOUS = [
    ("江门日报讯（记者 严建广）1月6日上午，开平市召开推进会。", "严建广", "name"),  # no leading space
    ("记者王小明报道，江门市生态环境局今天召开新闻发布会。", "王小明", "name"),
    ("记者王小明报道，江门市生态环境局今天召开新闻发布会。", "记者", "position"),
    ("本报记者张伟报道。", "张伟", "name"),
    ("江门市生态环境局局长李明出席会议。", "江门市生态环境局", "government"),
    ("江门市生态环境局局长李明出席会议。", "局长", "position"),
    ("广东省江门市生态环境局局长李明出席会议。", "广东省江门市生态环境局", "government"),
    ("开平市公安局破获一起案件。", "开平市公安局", "government"),
    ("恩平市人民政府召开常务会议。", "恩平市人民政府", "government"),
    ("国务院办公厅印发了通知。", "国务院办公厅", "government"),
    ("财政部和商务部联合发布公告。", "商务部", "government"),
    ("开平市委书记陈小曼出席会议并讲话。", "陈小曼", "name"),
    ("市长梁光挺主持会议。", "市长", "position"),
    ("他在广东省广州市天河区工作。", "广东省广州市天河区", "address"),
    ("招商银行董事长表示，将继续支持小微企业。", "招商银行", "company"),
    ("招商银行董事长表示，将继续支持小微企业。", "董事长", "position"),
    ("他毕业于清华大学。", "清华大学", "organization"),
]


@pytest.mark.parametrize(("text", "surface", "label"), OBVIOUS)
def test_committed_model_finds_obvious_entities(statistical_ner, text, surface, label):
    spans = statistical_ner.predict([text])[0]
    found = {(text[s:e], lab) for s, e, lab, _ in spans}
    assert (surface, label) in found, spans


@pytest.mark.xfail(reason="CLUENER (2005-2011 news) has no 生态环境局, a name from 2018; without a post after "
                          "it the model reads 江门市生态环境局 as an address (training with --set synthetic=300 "
                          "fixes this at a cost of about 0.4 micro F1 on CLUENER)", strict=True)
def test_agency_with_a_new_name_and_no_post(statistical_ner):
    text = "江门市生态环境局召开会议。"
    spans = statistical_ner.predict([text])[0]
    assert ("江门市生态环境局", "government") in {(text[s:e], lab) for s, e, lab, _ in spans}


def test_labels_are_the_cluener_labels(statistical_ner):
    assert statistical_ner.labels == LABELS


def test_offsets_confidences_and_order(statistical_ner):
    texts = [t for t, _, _ in OBVIOUS]
    for text, spans in zip(texts, statistical_ner.predict(texts)):
        assert spans == sorted(spans)
        for s, e, label, conf in spans:
            assert 0 <= s < e <= len(text)
            assert label in LABELS
            assert 0.0 <= conf <= 1.0
        # spans never overlap (one BIOES path)
        for (_, e1, _, _), (s2, _, _, _) in zip(spans, spans[1:]):
            assert e1 <= s2


def test_offsets_index_the_original_long_text(statistical_ner):
    unit = "江门市生态环境局局长李明出席会议。"
    text = "前言\n" + unit * 500  # one document of ~8,500 characters, split internally
    spans = statistical_ner.predict([text])[0]
    found = [(text[s:e], label) for s, e, label, _ in spans]
    assert found.count(("江门市生态环境局", "government")) == 500
    assert found.count(("李明", "name")) == 500


ODD = [
    "",
    " ",
    "\n\n\n",
    "。",
    "😀👍🏽 emoji 测试 😀",
    "\x00\x01\x02控制字符\x7f\u200b\u200d",
    "\ud800孤立代理\udfff",
    "ﾃｽﾄ　全角ＡＢＣ１２３",
    "مرحبا שלום Привет",
    "e\u0301\u0301\u0301",
    "𠀀𠀁𪚥 supplementary Han",
    "a" * 500,
    "，" * 300,
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_never_raises(statistical_ner, text):
    (spans,) = statistical_ner.predict([text])
    for s, e, _, _ in spans:
        assert 0 <= s < e <= len(text)


def test_empty_input_and_long_text(statistical_ner):
    assert statistical_ner.predict([]) == []
    text = ("开平市委书记陈小曼出席会议并讲话。" * 3000)[:50_000]
    (spans,) = statistical_ner.predict([text])
    assert spans and all(0 <= s < e <= len(text) for s, e, _, _ in spans)
    no_punct = "陈小曼出席会议并讲话" * 5000  # 50,000 characters without a sentence end
    (spans,) = statistical_ner.predict([no_punct])
    assert all(0 <= s < e <= len(no_punct) for s, e, _, _ in spans)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=4))
def test_any_text_gives_spans_within_bounds(statistical_ner, texts):
    results = statistical_ner.predict(texts)
    assert len(results) == len(texts)
    for text, spans in zip(texts, results):
        for s, e, label, conf in spans:
            assert 0 <= s < e <= len(text) and label in LABELS and 0.0 <= conf <= 1.0


def test_predict_is_deterministic(statistical_ner):
    texts = [t for t, _, _ in OBVIOUS] * 3
    assert statistical_ner.predict(texts) == statistical_ner.predict(texts)


def test_batching_does_not_change_results(statistical_ner):
    texts = [t for t, _, _ in OBVIOUS]
    together = statistical_ner.predict(texts)
    alone = [statistical_ner.predict([t])[0] for t in texts]
    assert together == alone


def test_emissions_add_each_template_in_order(statistical_ner):
    """The emission scores are, bit for bit, the weight rows of every template added one template
    after another, as training adds them (the lexicon templates where they fire included)."""
    from kg.ner import features as F

    m = statistical_ner
    texts = ["江门市生态环境局局长李明出席会议。", "王小明在dota2比赛中获胜", "司马相如与欧阳修"] * 700  # past one 4096 chunk
    hashes = F.extract_many(texts, m.lexicon)
    rows = m.fmap.lookup(hashes)
    assert (rows[F.N_DENSE:] != 0).any() and (rows[F.N_DENSE:] == 0).any()
    expected = m.weights[rows[0]].copy()
    for k in range(1, len(rows)):
        expected += m.weights[rows[k]]
    assert np.array_equal(m.emissions(hashes), expected)


def test_feature_rows_are_those_of_indexing_the_table_by_each_slot(statistical_ner):
    """The feature map's rows of a text's hashes (known, unknown and absent features, dense and sparse
    templates, an empty batch) are those of indexing its table by each hash's slot and checking its low bits."""
    from kg.ner import features as F

    fmap = statistical_ner.fmap
    hashes = F.extract_many(["开平市委书记到水口镇调研", "zz～～ 某某某", ""], statistical_ner.lexicon)
    rng = np.random.default_rng(5)
    for h in (hashes, hashes[: F.N_DENSE, 3:9], hashes[F.N_DENSE:][np.nonzero(hashes[F.N_DENSE:])], hashes[:, :0],
              rng.integers(0, 2**63, size=(4, 50), dtype=np.uint64)):
        rows = fmap.table[h >> fmap.shift]
        want = rows * (fmap.check[rows] == (h & np.uint64(0xFFFF)).astype(np.uint16))
        got = fmap.lookup(h)
        assert got.dtype == want.dtype and got.shape == want.shape and np.array_equal(got, want)
    assert fmap.lookup(hashes).any()


def test_span_marginals_of_some_rows_are_those_of_the_whole_batch():
    """Confidences are computed for the first rows of a batch, up to the last with a span: each row's
    numbers must not depend on the other rows of the batch (nor a line's on the lines batched with it)."""
    from kg.ner.crf import NEG, TagSet, span_log_marginals

    tags = TagSet(list(LABELS))
    rng = np.random.default_rng(3)
    Y = tags.n
    trans = np.where(tags.allowed, rng.normal(size=(Y, Y)), NEG)
    start = np.where(tags.allowed_start, rng.normal(size=Y), NEG)
    end = np.where(tags.allowed_end, rng.normal(size=Y), NEG)
    lengths = np.array(sorted(rng.integers(1, 60, size=40).tolist(), reverse=True))
    scores = (rng.normal(size=(int(lengths[0]), 40, Y)) * 3).astype(np.float32)
    whole = span_log_marginals(scores, lengths, trans, start, end)
    some = np.array([1, 2, 7, 20, 39])
    part = span_log_marginals(scores[: lengths[some[0]], some], lengths[some], trans, start, end)
    for j, r in enumerate(some.tolist()):
        n = int(lengths[r])
        assert np.array_equal(whole[0][:n, r], part[0][:n, j]) and np.array_equal(whole[2][:n, r], part[2][:n, j])
        assert np.array_equal(whole[1][:n, r], part[1][:n, j]) and np.array_equal(whole[3][:n, r], part[3][:n, j])
        assert whole[4][r] == part[4][j]


def test_predict_refuses_a_bare_string(statistical_ner):
    with pytest.raises(TypeError):
        statistical_ner.predict("记者王小明")


# -- loading ---------------------------------------------------------------------------------


def test_missing_model_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="no statistical NER model"):
        StatisticalNER.load(tmp_path)


def test_corrupt_model_is_a_model_error(tmp_path):
    (tmp_path / "model.npz").write_bytes(b"not a zip file at all")
    with pytest.raises(ModelError, match="corrupt"):
        StatisticalNER.load(tmp_path)


# -- training --------------------------------------------------------------------------------


def test_tiny_training_run(tmp_path, data_dir):
    out = tmp_path / "model"
    metrics = train(data_dir / "ner_tiny", out, seed=0, epochs=5, min_count=1)
    assert (out / "model.npz").exists()
    assert json.loads((out / "metrics.json").read_text(encoding="utf-8"))["dev"] == metrics["dev"]
    model = StatisticalNER.load(out)
    # it learns its own training sentences
    train_scores = evaluate(model, data_dir / "ner_tiny" / "train.json")
    assert train_scores["micro"]["f1"] > 0.8
    (spans,) = model.predict(["记者王小明报道，江门市教育局召开会议。"])
    assert all(0 <= s < e for s, e, _, _ in spans)


def test_training_is_deterministic(tmp_path, data_dir):
    train(data_dir / "ner_tiny", tmp_path / "a", seed=3, epochs=2, min_count=1)
    train(data_dir / "ner_tiny", tmp_path / "b", seed=3, epochs=2, min_count=1)
    assert (tmp_path / "a" / "model.npz").read_bytes() == (tmp_path / "b" / "model.npz").read_bytes()


def test_unknown_hyper_parameter_is_refused(tmp_path, data_dir):
    with pytest.raises(TypeError, match="unknown hyper-parameters"):
        train(data_dir / "ner_tiny", tmp_path, learning_rate=0.1)


def test_command_line_eval_and_bench(data_dir, capsys):
    assert main(["eval", "--data", str(data_dir / "ner_eval_gold.json")]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert set(scores) == set(LABELS) | {"micro"}
    assert main(["bench", "--min-chars", "2000", str(data_dir / "ner_tiny" / "train.json")]) == 0
    assert json.loads(capsys.readouterr().out)["chars_per_second"] > 0


# -- data and scoring ------------------------------------------------------------------------


def test_read_cluener_makes_end_exclusive_spans(data_dir):
    examples = read_cluener(data_dir / "ner_eval_gold.json")
    assert examples[0] == Example("记者王强在北京报道", ((0, 2, "position"), (2, 4, "name"), (5, 7, "address")))
    for ex in examples:
        for s, e, _ in ex.spans:
            assert ex.text[s:e]
    assert examples[2].spans == ()


def test_read_cluener_reports_the_bad_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"text": "abc", "label": {}}\n{"label": {}}\n', encoding="utf-8")
    with pytest.raises(ModelError, match=r"bad.json:2:"):
        read_cluener(path)


class _FixedModel:
    """A stand-in model that returns fixed spans."""

    labels = LABELS

    def __init__(self, spans):
        self.spans = spans

    def predict(self, texts):
        assert len(texts) == len(self.spans)
        return self.spans


# predictions for tests/data/ner_eval_gold.json; hand-computed counts below
_PRED = [
    [(0, 2, "position", 0.9), (2, 4, "name", 0.9), (5, 7, "government", 0.5)],  # 2 right, 北京 wrong label
    [(0, 4, "government", 0.9), (4, 6, "position", 0.9), (6, 7, "name", 0.4)],  # 2 right, 李 wrong boundary
    [(0, 2, "address", 0.3)],  # spurious
]
_EXPECTED = [
    # label, precision, recall, f1, gold, pred, tp
    ("position", 1.0, 1.0, 1.0, 2, 2, 2),
    ("name", 0.5, 0.5, 0.5, 2, 2, 1),
    ("address", 0.0, 0.0, 0.0, 1, 1, 0),
    ("government", 0.5, 1.0, 0.6667, 1, 2, 1),
    ("book", 0.0, 0.0, 0.0, 0, 0, 0),
    ("micro", 0.5714, 0.6667, 0.6154, 6, 7, 4),
]


@pytest.mark.parametrize(("label", "p", "r", "f", "gold", "pred", "tp"), _EXPECTED)
def test_evaluate_on_a_hand_made_gold_file(data_dir, label, p, r, f, gold, pred, tp):
    scores = evaluate(_FixedModel(_PRED), data_dir / "ner_eval_gold.json")
    assert scores[label] == {"precision": p, "recall": r, "f1": f, "gold": gold, "pred": pred, "tp": tp}


def test_score_spans_ignores_duplicates_and_confidence():
    gold = [[(0, 2, "name")]]
    pred = [[(0, 2, "name", 0.1), (0, 2, "name", 0.9)]]
    assert score_spans(gold, pred)["micro"]["f1"] == 1.0
    assert np.isclose(score_spans(gold, [[]])["micro"]["recall"], 0.0)
