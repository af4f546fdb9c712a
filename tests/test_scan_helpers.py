"""Helpers that find what a pattern finds without trying it at every character: the same answers."""
import random
import re

from kg.ner.people import names_before_brackets

_NAME_BRACKET = re.compile(r"([\u4e00-\u9fff]{2,4})[（(]")


def test_names_before_brackets_are_the_patterns_matches():
    rng = random.Random(7)
    alphabet = "王小明国杰县长（(）)a 1，、\n" + "\u4e00\u9fff\u9fa5\u3400"  # \u3400 lies outside the range
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        want = [(m.start(1), m.end(1)) for m in _NAME_BRACKET.finditer(text)]
        assert list(names_before_brackets(text)) == want, text


def test_names_before_brackets_on_made_up_text():
    # the last four characters of a longer run; none before a bracket after a mark or a single character
    text = "会上，副镇长李文华（挂职）介绍了情况（详见附件）。(王五)，甲(乙"
    assert [text[s:b] for s, b in names_before_brackets(text)] == ["长李文华", "绍了情况"]


# The rules below run their pattern over a text only where the text holds the pattern's cue from the lexicon
# (an age's 岁的, a credit's slash or 摄, a formula's head, a department's 部长, 由 after a programme named before):
# made-up texts that hold the cue still get what the rule reads.

def _methods(line: str) -> dict[str, str]:
    from kg.ner.api import ner_texts

    (result,) = ner_texts([line])
    return {m["text"]: m["method"] for m in result["mentions"]}


def test_rules_behind_a_cue_still_read_their_constructions():
    assert "cue-formula" in _methods("全镇推行一二三工作法，破解基层治理难题。").get("一二三工作法", "")
    assert "pattern-role-name" in _methods("活动现场，今年十二岁的王晓彤用方言演唱了山歌。").get("王晓彤", "")
    credits = _methods("（县融媒体中心 林海涛/文 吴晓东/图）")
    assert "pattern-photo-credit" in credits.get("林海涛", "") and "pattern-photo-credit" in credits.get("吴晓东", "")
    assert "pattern-photo-credit" in _methods("群众在田间劳作。 周明远 摄").get("周明远", "")


def test_relations_and_bodies_behind_a_cue_still_found():
    from kg.extraction import extract
    from kg.model import Document

    text = "开平市启动乡村道路改造工程。该工程由开平市交通运输局负责实施，今年完成改造30公里。\n"
    facts = extract(Document("a.txt", "", text, "utf-8", "")).relations
    assert ("Agency/开平市交通运输局", "implements", "carried-out-by-reference") in \
        {(f.subject, f.predicate, f.method) for f in facts}
    text = "开平市委书记陈小曼出席。开平市委宣传部召开会议，宣传部部长张红出席。\n"
    mentions = extract(Document("b.txt", "", text, "utf-8", "")).mentions
    assert ("宣传部", "grammar-department") in {(m.text, m.method) for m in mentions}
