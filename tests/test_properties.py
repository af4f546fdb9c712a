"""Property-based tests (Hypothesis): cleaning offsets, IRI minting, Turtle round trips.

Settings: ``deadline=None`` where one example may build an rdflib graph or hit a cold cache
(the first call of a test is slower than the deadline on a loaded 2-core machine, which
would make the test flaky rather than find anything).
"""
import re
import unicodedata
import urllib.parse

import networkx as nx
import pyoxigraph
import rdflib
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.clean import clean, is_cjk, normalize_chars, windows
from kg.exporters.rdf import _clean_literal, serialize_turtle, to_rdf
from kg.iri import encode_segment, mint
from kg.model import ENTITY_TYPES
from kg.vocab import ID

# --- cleaning: the offset map ------------------------------------------------------------------

# what OCR'd pages are made of: Chinese, both widths of punctuation and digits, odd spaces,
# line breaks of every kind, invisible and control characters, markdown markers
PAGE_CHARS = st.sampled_from(
    list("开平市委书记陈小曼月山镇水口镇推动会议年月日") + list("縣書記劉劍鎮調鄉興後乾") + list("，。、；：！？“”‘’《》（）【】…—·") +
    list(",;:!?\"'()[]<>#/|-+.%& \t\r\n\n\n") + list("０１２ＡＢａｂ＋－（）　\u00a0\u2002\u3000") +
    ["\u200b", "\ufeff", "\u00ad", "\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
     "\ufffd", "\u0301", "\U0001f600", "\ue000"] + list("0123456789abcXYZ"))
PAGES = st.one_of(st.text(PAGE_CHARS, max_size=300), st.text(max_size=120))

#: ASCII marks that cleaning turns into their Chinese form inside Chinese text (kg/clean.py)
CHINESE_FORMS = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）", '"': "“”", "'": "‘’"}


def _comes_from(original_char: str, cleaned_char: str) -> bool:
    n = normalize_chars(original_char)
    return cleaned_char == n or cleaned_char in CHINESE_FORMS.get(n, "")


@settings(max_examples=300, deadline=None)
@given(PAGES)
@example("江门日报讯(记者/敖转 优)３月２２日, 开平市工商联\r\n\r\n(总商会)率队")
@example('他说"好"。\'x\'\u2028"开平"')
@example("燀")  # OpenCC gives 𬊤, an ideograph of the supplementary planes
@example("遂溪縣委副書記劉劍（jiàn）到界炮鎮\n开平市委书记陈小曼")
def test_every_cleaned_character_points_back_to_its_original(raw):
    c = clean(raw)
    assert len(c.offsets) == len(c.text) + 1 and int(c.offsets[-1]) == len(raw)
    printed = c.as_printed(0, len(c.text))
    assert len(printed) == len(c.text)
    prev = -1
    for i, ch in enumerate(c.text):
        o = int(c.offsets[i])
        assert prev < o < len(raw), (i, ch, o)  # strictly increasing
        prev = o
        if ch == "\n":
            continue  # a paragraph separator inserted by cleaning
        # the character as printed comes from the original; a converted one is an ideograph
        assert _comes_from(raw[o], printed[i]), (i, printed[i], raw[o])
        assert printed[i] == ch or (is_cjk(ch) and is_cjk(printed[i])), (i, ch, printed[i])


@settings(max_examples=200, deadline=None)
@given(PAGES, st.data())
def test_spans_cover_their_original_characters(raw, data):
    c = clean(raw)
    assume(c.text)
    s = data.draw(st.integers(0, len(c.text) - 1))
    e = data.draw(st.integers(s + 1, len(c.text)))
    start, end = c.span(s, e)
    assert 0 <= start < end <= len(raw)
    # every non-separator character of the cleaned span comes from inside the original span
    assert all(start <= int(c.offsets[i]) < end for i in range(s, e) if c.text[i] != "\n")


@settings(max_examples=200, deadline=None)
@given(PAGES)
def test_cleaning_never_leaves_controls_or_blank_paragraphs(raw):
    c = clean(raw)
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\ufeff\u2028\u2029]", c.text)
    for p in c.paragraphs:
        body = c.text[p.start : p.end]
        assert body and "\n" not in body and body == body.strip(" ")


@given(st.text(st.sampled_from("字。\n"), max_size=400), st.integers(2, 50), st.lists(st.integers(0, 400)))
def test_windows_cover_the_text_in_bounded_pieces(text, size, cuts):
    spans = windows(text, size, cuts)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s, e), (s2, _) in zip(spans, spans[1:]):
        assert e == s2 and size // 2 < e - s <= size
    assert spans[-1][1] - spans[-1][0] <= size


# --- IRIs ------------------------------------------------------------------------------------

_UCS = ("\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef" +
        "".join(f"{chr(p << 16)}-{chr((p << 16) | 0xFFFD)}" for p in range(1, 14)) + "\U000e1000-\U000efffd")
_IPCHAR = f"(?:[A-Za-z0-9\\-._~{_UCS}!$&'()*+,;=:@]|%[0-9A-F]{{2}})"
#: RFC 3987 IRI of kg's shape: our scheme and authority, then ipath-abempty
IRI_RE = re.compile(f"{re.escape(str(ID))}(?:{_IPCHAR}*)(?:/{_IPCHAR}*)*")

LOCALS = st.text(max_size=40)
KEYS = st.one_of(
    st.builds(lambda t, s: f"{t}/{s}", st.sampled_from(ENTITY_TYPES), LOCALS),
    st.builds(lambda s, j: f"Official/{s}@{j}", LOCALS, LOCALS),
)


def _parses(iri: str) -> None:
    line = f"<{iri}> <https://w3id.org/kg/ontology#p> <https://w3id.org/kg/id/o> .\n"
    assert len(rdflib.Graph().parse(data=line, format="nt")) == 1
    pyoxigraph.Store().load(line, pyoxigraph.RdfFormat.N_TRIPLES)  # strict RFC 3987 parser
    pyoxigraph.NamedNode(iri)


@settings(max_examples=300, deadline=None)
@given(KEYS)
@example("Person/葛\U000e0100")  # an ideographic variation selector: it must be %-encoded
@example("Programme/\U000e0001tag")
@example("Official/a@b@c")
@example("Person/ <>\"{}|\\^`%25#?")
def test_minted_iris_are_valid(key):
    iri = mint(key)
    assert IRI_RE.fullmatch(iri), iri
    _parses(iri)


@settings(max_examples=200)
@given(st.lists(KEYS, min_size=2, max_size=8, unique=True))
def test_minting_is_injective_on_canonical_keys(keys):
    assert len({mint(k) for k in keys}) == len(keys)


@given(st.text())
def test_encode_segment_is_undone_by_percent_decoding(s):
    enc = encode_segment(s)
    assert "/" not in enc and urllib.parse.unquote(enc, errors="strict") == s


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xA000)))
@example("开平市医疗保障局")
@example("开平_-.~9")
@example("\u4dff开")  # the character before the CJK block: encoded one character at a time
def test_encode_segment_shortcut_is_the_character_rule(s):
    """A segment the shortcut passes as it is holds only characters that the per-character rule keeps."""
    from kg.iri import _kept

    expected = "".join(ch if _kept(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
                       for ch in s)
    assert encode_segment(s) == expected


# --- Turtle round trip ------------------------------------------------------------------------

NAMES = st.text(min_size=1, max_size=30) | st.sampled_from(
    ['</script><script>alert("x")</script>', '"""', 'x"', "\\", "\\u0022", "line\nbreak", "\r\n", "\x00\x1b[31m",
     "开平\u2028市", "'''", "\U0001f600", "e\u0301", "\ufffe\uffff", "%41", "@", "陈小曼@440783"])


@st.composite
def graphs(draw):
    G = nx.MultiDiGraph(documents={}, articles={})
    n = draw(st.integers(1, 5))
    keys = draw(st.lists(KEYS, min_size=n, max_size=n, unique_by=mint))
    for key in keys:
        doc = draw(NAMES)
        G.graph["documents"][doc] = {"sha256": "0" * 64}
        G.add_node(key, type=key.split("/", 1)[0], name=draw(NAMES), aliases=set(draw(st.lists(NAMES, max_size=3))),
                   context_aliases=set(draw(st.lists(NAMES, max_size=2))), attrs={"role": draw(NAMES)},
                   mentions=[], docs={doc})
    if len(keys) > 1:
        ev = {"doc": draw(NAMES), "start": 0, "end": 1, "text": draw(NAMES), "method": draw(NAMES),
              "confidence": 0.5, "article": 0, "title": draw(NAMES), "date": "2024-01-02"}
        G.add_edge(keys[0], keys[1], key="holdsPost", predicate="holdsPost", evidence=[ev], cooccurrence=False)
    return G


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(graphs())
def test_turtle_round_trips_for_any_names(G):
    g = to_rdf(G)
    data = serialize_turtle(g)
    back = rdflib.Graph().parse(data=data, format="turtle")
    assert isomorphic(g, back)
    store = pyoxigraph.Store()
    store.load(data, pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)
    labels = {str(o) for o in back.objects(None, rdflib.RDFS.label)}
    assert {_clean_literal(d["name"]) for _, d in G.nodes(data=True)} <= labels


@given(NAMES)
def test_literals_keep_everything_but_controls(s):
    kept = _clean_literal(s)
    assert kept == "".join(c for c in s if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs")
                           and c not in "\ufffe\uffff")
