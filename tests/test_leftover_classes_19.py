"""Classes left by the people sets: a two-character Tibetan name repeated at a clause's start.

- A two-character name of transliteration characters (次仁, 达娃, 扎西) read once as a person's, after a role or by the
  model, is printed again at a clause's start without a surname or a role (次仁带着…, 达娃把…): that mention is the
  same person, though the model reads no name there. Inside a longer name (次仁多吉) or a word the next character makes
  it is none, and a two-character word opening a clause (同志们带着…, 大家把…) makes no person.

Texts written for these tests in our own words, with places and names other than those of the sets."""
import pytest


def _mentions(nlp, text):
    doc = nlp(text)
    return [(s.start_char, s.end_char, s.label_) for s in doc.spans["kg"] if s.label_ in ("Person", "Official")]


@pytest.mark.parametrize("text,name,at", [
    ("牧民次仁说，今年要加快进度。次仁带着工作队员挨家挨户走访。", "次仁", 14),
    ("牧民达娃带领孩子们去放牧。达娃把羊群赶回了家。", "达娃", 13),
    ("扎西介绍，合作社去年分红十万元。扎西把账本拿了出来，请大家查看。", "扎西", 16),
    ("牧民次仁说，今年要加快进度。“次仁啊，你要注意身体。”", "次仁", 15),
])
def test_a_short_tibetan_name_repeated_at_a_clauses_start(nlp, text, name, at):
    assert text[at : at + len(name)] == name
    assert (at, at + len(name), "Person") in _mentions(nlp, text), _mentions(nlp, text)


@pytest.mark.parametrize("text,inside", [
    # a longer name that begins with the short one is no repetition of it
    ("牧民次仁说，今年要加快进度。次仁多吉带着工作队员走访。", (14, 16)),
])
def test_a_short_name_inside_a_longer_one_is_no_repetition(nlp, text, inside):
    assert (inside[0], inside[1], "Person") not in _mentions(nlp, text), _mentions(nlp, text)


@pytest.mark.parametrize("text", ["同志们带着问题来到现场。大家把意见记下来。", "村民们带着锄头来到地里，大家把水渠清理干净。"])
def test_two_character_words_opening_a_clause_make_no_person(nlp, text):
    assert _mentions(nlp, text) == []
