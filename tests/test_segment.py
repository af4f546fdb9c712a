"""Tests for kg.train.segment: CoNLL-U conversion, word F1, the committed pkuseg model, training."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kg.train import segment
from kg.errors import InputError, ModelError
from kg.train.segment import (
    MODEL_DIR,
    load_segmenter,
    read_conllu,
    segmentation_f1,
    to_pkuseg_line,
    train_pkuseg,
)

SNIPPET = """\
# newdoc id = d1
# sent_id = s1
# text = 我们去北京。
1-2\t我们去\t_\t_\t_\t_\t_\t_\t_\t_
1\t我们\t我\tPRON\tPRP\t_\t2\tnsubj\t_\tSpaceAfter=No
2\t去\t去\tVERB\tVV\t_\t0\troot\t_\tSpaceAfter=No
3\t北京\t北京\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No
3.1\t在\t在\tVERB\tVV\t_\t_\t_\t2:conj\tSpaceAfter=No
4\t。\t。\tPUNCT\t.\t_\t2\tpunct\t_\tSpaceAfter=No

# sent_id = s2
# text = Game 结束
1\tGame\tGame\tX\tFW\t_\t2\tnsubj\t_\t_
2\t结束\t结束\tVERB\tVV\t_\t0\troot\t_\tSpaceAfter=No
"""


def test_read_conllu_skips_ranges_empty_nodes_and_comments(tmp_path):
    path = tmp_path / "x.conllu"
    path.write_text(SNIPPET, encoding="utf-8")
    sentences = list(read_conllu(path))
    assert [(s.sent_id, s.doc_id, s.words) for s in sentences] == [
        ("s1", "d1", ("我们", "去", "北京", "。")),
        ("s2", "d1", ("Game", "结束")),
    ]
    assert [to_pkuseg_line(s.words) for s in sentences] == ["我们 去 北京 。", "Game 结束"]
    assert [s.text for s in sentences] == ["我们去北京。", "Game 结束"]


def test_read_conllu_reports_file_and_line(tmp_path):
    path = tmp_path / "bad.conllu"
    path.write_text("# sent_id = a\n1\t我\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.conllu:2: expected 10 tab-separated columns"):
        list(read_conllu(path))


F1_CASES = [
    # gold sentences, predicted sentences, (correct, gold, predicted), f1
    ([["开平市", "委员会"]], [["开平市", "委员会"]], (2, 2, 2), 1.0),
    ([["开平市", "委员会"]], [["开平", "市", "委员会"]], (1, 2, 3), 0.4),
    ([["北京", "大学"]], [["北", "京", "大", "学"]], (0, 2, 4), 0.0),
    ([["北京", "大学"]], [["北京大学"]], (0, 2, 1), 0.0),
    ([["New York", "市"]], [["New", "York市"]], (0, 2, 2), 0.0),  # whitespace is ignored
    ([["a", "b"], ["c"]], [["a", "b"], ["c"]], (3, 3, 3), 1.0),  # micro-averaged
    ([["陈", "小曼", "到"], ["月山镇"]], [["陈小曼", "到"], ["月山", "镇"]], (1, 4, 4), 0.25),
    ([], [], (0, 0, 0), 0.0),
]


@pytest.mark.parametrize("gold,pred,counts,f1", F1_CASES)
def test_segmentation_f1(gold, pred, counts, f1):
    score = segmentation_f1(gold, pred)
    assert (score.correct, score.gold, score.predicted) == counts
    assert score.f1 == pytest.approx(f1)
    if score.predicted:
        assert score.precision == pytest.approx(score.correct / score.predicted)


@pytest.mark.parametrize(
    "gold,pred",
    [([["北京"]], [["南京"]]), ([["北京"], ["大学"]], [["北京"]])],
)
def test_segmentation_f1_rejects_mismatched_input(gold, pred):
    with pytest.raises(ValueError):
        segmentation_f1(gold, pred)


def test_committed_model_is_small():
    size = sum(f.stat().st_size for f in MODEL_DIR.iterdir())
    assert size < 10_000_000


def test_committed_model_loads_offline(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the segmenter tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    segment._load_model.cache_clear()
    segment._segmenter_for.cache_clear()
    words = load_segmenter()("开平市创建全国文明城市工作推进会召开")
    assert "".join(words) == "开平市创建全国文明城市工作推进会召开"
    assert 4 <= len(words) <= 12
    assert "召开" in words


SEGMENT_CASES = [
    ("会议由市委副书记主持。", ["会议", "由", "市委", "副", "书记", "主持", "。"]),
    ("江门日报讯 1月6日上午", ["江门", "日报", "讯", "1", "月", "6", "日", "上午"]),  # UD GSD style
]


@pytest.mark.parametrize("text,expected", SEGMENT_CASES)
def test_committed_model_segments(text, expected):
    assert load_segmenter()(text) == expected


USER_DICT_CASES = [
    # user words, expected words of 开平市委书记陈小曼到月山镇调研
    ((), ["开平", "市", "委", "书记", "陈", "小曼", "到", "月山", "镇调", "研"]),
    # longest match from the left: 开平市 wins, so 市委书记 cannot match (开平市/委…)
    (("月山镇", "开平市", "市委书记"), ["开平市", "委", "书记", "陈", "小曼", "到", "月山镇", "调研"]),
    # without 开平市 the title comes out whole
    (("开平", "市委书记", "月山镇"), ["开平", "市委书记", "陈", "小曼", "到", "月山镇", "调研"]),
    (("开平", "市委书记", "陈小曼", "月山镇"), ["开平", "市委书记", "陈小曼", "到", "月山镇", "调研"]),
]


@pytest.mark.parametrize("user_words,expected", USER_DICT_CASES)
def test_user_words_stay_whole(user_words, expected):
    assert load_segmenter(user_words)("开平市委书记陈小曼到月山镇调研") == expected


def test_user_words_do_not_leak_between_segmenters():
    assert load_segmenter(["月山镇"])("到月山镇") == ["到", "月山镇"]
    assert load_segmenter()("到月山镇") == ["到", "月山", "镇"]


def test_spacy_zh_tokenizer_uses_the_model():
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(MODEL_DIR), pkuseg_user_dict="default")
    nlp.tokenizer.pkuseg_seg.postprocesser.do_process = False  # as load_segmenter
    nlp.tokenizer.pkuseg_seg.postprocesser.other_words = set()
    nlp.tokenizer.pkuseg_update_user_dict(["月山镇"])
    text = "开平市委书记陈小曼到月山镇调研"
    assert [t.text for t in nlp(text)] == load_segmenter(["月山镇"])(text)


# ---------------------------------------------------------------------- training

TINY = [
    ["开平", "市", "召开", "推进会", "。"],
    ["市委", "书记", "出席", "会议", "并", "讲话", "。"],
    ["我们", "去", "北京", "开会", "。"],
    ["记者", "到", "月山", "镇", "采访", "。"],
    ["会议", "推动", "城市", "文明", "程度", "提升", "。"],
    ["他", "在", "周一", "发布", "博客", "。"],
]


def _conllu(sentences: list[list[str]], prefix: str) -> str:
    out = []
    for i, words in enumerate(sentences):
        out.append(f"# sent_id = {prefix}{i:03d}")
        out.append(f"# text = {''.join(words)}")
        for j, w in enumerate(words, 1):
            out.append(f"{j}\t{w}\t{w}\tX\t_\t_\t0\tdep\t_\tSpaceAfter=No")
        out.append("")
    return "\n".join(out) + "\n"


def _tiny_data(root: Path) -> Path:
    """Write a data folder shaped like shared/data with a few dozen sentences."""
    many = [TINY[(i * 5) % len(TINY)] for i in range(36)]
    files = {
        "ud-chinese-gsdsimp/zh_gsdsimp-ud-dev.conllu": _conllu(many, "dev-"),
        "ud-chinese-gsdsimp/zh_gsdsimp-ud-test.conllu": _conllu(TINY, "test-"),
        "ud-chinese-pud/zh_pud-ud-test.conllu": _conllu(many[:20], "n") + _conllu(many[20:], "w"),
        "ud-chinese-cfl/zh_cfl-ud-test.conllu": _conllu(TINY, "cfl-"),
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_tiny_training_run_gives_a_loadable_model(tmp_path):
    report = train_pkuseg(_tiny_data(tmp_path / "ud"), tmp_path / "m", train_iter=1)
    # GSD dev 36 + PUD wiki 16 + PUD news 20 less every fifth (one-sentence) document + CFL 6
    assert report.train_sentences == 36 + 16 + 16 + 6
    assert set(report.scores) == {"gsdsimp-test", "pud-news-heldout"}
    assert (tmp_path / "m" / "training.json").is_file()
    words = load_segmenter(["月山镇"], model_dir=tmp_path / "m")("记者到月山镇采访。")
    assert "".join(words) == "记者到月山镇采访。"
    assert "月山镇" in words


def test_training_is_reproducible(tmp_path):
    data = _tiny_data(tmp_path / "ud")
    for out in ("a", "b"):
        train_pkuseg(data, tmp_path / out, seed=3, train_iter=2, parts=("gsdsimp-dev",))
    for name in ("features.msgpack", "weights.npz"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.mark.parametrize(
    "parts,message",
    [(("gsdsimp-test",), "held out"), (("nope",), "unknown training part")],
)
def test_training_refuses_bad_parts(tmp_path, parts, message):
    with pytest.raises(InputError, match=message):
        train_pkuseg(_tiny_data(tmp_path / "ud"), tmp_path / "m", parts=parts)


def test_missing_model_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="no pkuseg model"):
        load_segmenter(model_dir=tmp_path)
