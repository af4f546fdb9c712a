"""Character features, the lexicon matcher, the CRF routines and the lexicons of kg.ner."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from kg.ner import features as F
from kg.ner.crf import NEG, TagSet, forward_backward, span_log_marginals, viterbi
from kg.data_build.ner_lexicons import load_lexicons, short_form
from kg.ner.features import extract_many

LEXICON = F.Lexicon.build({"place": ["江门市", "开平", "开平市"], "title": ["书记", "市委书记"], "surname": ["陈"]})


def _flags(text: str, lexicon: str) -> str:
    """B/M/E/S letters of one lexicon's match bits for each character, '-' for none."""
    d = LEXICON.names.index(lexicon)
    bits = LEXICON.flags(F.normalise(F.codepoints(text)))
    out = []
    for b in bits.tolist():
        letters = "".join(ch for j, ch in enumerate("BMES") if b >> (4 * d + j) & 1)
        out.append(letters or "-")
    return " ".join(out)


@pytest.mark.parametrize(
    ("text", "lexicon", "expected"),
    [
        ("开平市委书记陈", "place", "B ME E - - - -"),  # 开平 and 开平市 both match
        ("开平市委书记陈", "title", "- - B M BM E -"),  # 市委书记 and 书记 overlap
        ("开平市委书记陈", "surname", "- - - - - - S"),
        ("江门市", "place", "B M E"),
        ("ＡＢ", "place", "- -"),
        ("", "place", ""),
    ],
)
def test_lexicon_flags(text, lexicon, expected):
    assert _flags(text, lexicon) == expected


def test_normalise_folds_width_case_and_digits():
    folded = F.normalise(F.codepoints("ＡｂC１9　x"))
    assert "".join(map(chr, folded.tolist())) == "abc00 x"


def test_features_of_joined_texts_equal_features_of_each_text():
    lexicon = F.Lexicon.build(load_lexicons())
    texts = ["开平市委书记陈小曼", "", "a", "记者 Grubby 说：DOTA2", "😀江门"]
    joined = extract_many(texts, lexicon)
    alone = np.concatenate([F.extract(t, lexicon) for t in texts], axis=1)
    assert joined.shape == (F.n_features(lexicon), sum(map(len, texts)))
    assert np.array_equal(joined, alone)


def test_latin_word_feature_is_the_whole_run():
    lexicon = F.Lexicon.build({})
    col = F.TEMPLATES.index("latin_word")
    a = F.extract("玩dota的", lexicon)[col]
    b = F.extract("dota", lexicon)[col]
    assert a[0] == 0 and a[-1] == 0
    assert np.array_equal(a[1:5], b)
    assert len(set(b.tolist())) == 3  # B, I, I, E: the position in the run is part of the feature
    assert F.extract("dotb", lexicon)[col][0] != b[0]


def test_short_forms_of_divisions():
    assert [short_form(n) for n in ("江门市", "湘西土家族苗族自治州", "新疆维吾尔自治区", "东区")] == ["江门", "湘西", "新疆", ""]


def test_packaged_lexicons_load():
    lexicons = load_lexicons()
    assert "江门市" in lexicons["admin"] and "开平" in lexicons["county_short"]
    assert "书记" in lexicons["title"] and "王" in lexicons["surname1"]


# -- CRF against brute force -------------------------------------------------------------------


def _brute(scores, trans, start, end):
    T, Y = scores.shape
    best, z, marg = None, 0.0, np.zeros((T, Y))
    for seq in itertools.product(range(Y), repeat=T):
        s = start[seq[0]] + end[seq[-1]] + sum(scores[t, seq[t]] for t in range(T))
        s += sum(trans[seq[t - 1], seq[t]] for t in range(1, T))
        if s < -1e20:
            continue
        p = np.exp(s)
        z += p
        for t in range(T):
            marg[t, seq[t]] += p
        if best is None or s > best[0]:
            best = (s, seq)
    return best[1], np.log(z), marg / z


def test_crf_matches_brute_force():
    tags = TagSet(["a", "b"])
    rng = np.random.default_rng(0)
    Y = tags.n
    trans = np.where(tags.allowed, rng.normal(size=(Y, Y)), NEG)
    start = np.where(tags.allowed_start, rng.normal(size=Y), NEG)
    end = np.where(tags.allowed_end, rng.normal(size=Y), NEG)
    lengths = np.array([4, 3, 1])
    scores = rng.normal(size=(3, 4, Y)) * 2
    marg, _, logz = forward_backward(scores, lengths, trans, start, end)
    tm = np.ascontiguousarray(scores.transpose(1, 0, 2))
    best = viterbi(tm, lengths, trans, start, end, tags)
    dense = viterbi(tm, lengths, trans, start, end)
    alpha, log_ca, beta, log_cb, logz2 = span_log_marginals(tm, lengths, trans, start, end)
    for b, n in enumerate(lengths):
        seq, z, m = _brute(scores[b, :n], trans, start, end)
        assert tuple(best[:n, b]) == seq == tuple(dense[:n, b])
        assert np.isclose(logz[b], z) and np.isclose(logz2[b], z)
        assert np.allclose(marg[b, :n], m)
        token = alpha[:n, b] * beta[:n, b] * np.exp(log_ca[:n, b, None] + log_cb[:n, b, None] - z)
        assert np.allclose(token, m)


def test_tagset_round_trip():
    tags = TagSet(["x", "y"])
    spans = [(0, 1, "x"), (2, 5, "y"), (5, 7, "x")]
    assert tags.decode(tags.encode(8, spans)) == spans


def test_span_marginals_survive_extreme_scores():
    tags = TagSet(["a"])
    Y = tags.n
    trans = np.where(tags.allowed, 0.0, NEG)
    start = np.where(tags.allowed_start, 0.0, NEG)
    end = np.where(tags.allowed_end, 0.0, NEG)
    scores = np.zeros((3, 1, Y), dtype=np.float32)
    scores[:, 0, 2] = 1e4  # I-a everywhere: unreachable from O, so every allowed path underflows
    alpha, log_ca, beta, log_cb, logz = span_log_marginals(scores, np.array([3]), trans, start, end)
    assert np.all(np.isfinite(logz)) and np.all(np.isfinite(log_ca))


def test_bioes_viterbi_matches_the_dense_search_ties_included():
    """The BIOES forward pass (tag-major, tags reordered) gives the dense search's tags, on a batch of
    ragged rows whose scores are coarse enough for ties: ties go to the same tag in both."""
    tags = TagSet(["a", "b", "c"])
    rng = np.random.default_rng(7)
    Y = tags.n
    trans = np.where(tags.allowed, np.round(rng.normal(size=(Y, Y))), NEG)
    start = np.where(tags.allowed_start, np.round(rng.normal(size=Y)), NEG)
    end = np.where(tags.allowed_end, np.round(rng.normal(size=Y)), NEG)
    lengths = np.sort(rng.integers(1, 40, size=25))[::-1]
    scores = np.round(rng.normal(size=(40, 25, Y)) * 2).astype(np.float32)
    best = viterbi(scores, lengths, trans, start, end, tags)
    dense = viterbi(scores, lengths, trans, start, end)
    assert np.array_equal(best, dense)
    for b, n in enumerate(lengths):
        assert not best[n:, b].any()  # padding stays 0
        assert tags.decode(best[:n, b]) is not None


def test_bioes_order_puts_each_block_in_one_slice():
    from kg.ner.crf import _bioes_order

    tags = TagSet(["a", "b"])
    order = _bioes_order(2).tolist()
    assert sorted(order) == list(range(tags.n))
    closing, opening, bi, ie = tags.blocks()
    assert set(order[2:7]) == set(closing.tolist())  # E.., O, S..
    assert set(order[4:9]) == set(opening.tolist())  # O, S.., B..
    assert order[:2] == bi[:, 1].tolist() and order[2:4] == ie[:, 1].tolist() and order[7:] == bi[:, 0].tolist()
