"""Lexicons: the bundled files load; a bad line names its file and line."""
import pytest

from kg.errors import LexiconError
from kg.lexicon import default_lexicon, load_lexicon, read_jsonl


def test_bundled_lexicons_load_with_canonical_ids():
    lex = default_lexicon()
    assert {"Agency", "AgencyAbbrev", "AgencyField", "Post", "Programme", "Role"} <= set(lex.labels())
    assert lex.canonical("Agency", "党中央") == "中国共产党中央委员会"
    assert lex.canonical("AgencyAbbrev", "医保局") == "医疗保障局"
    assert lex.canonical("Programme", "百县千镇万村高质量发展工程") == "百千万工程"


@pytest.mark.parametrize("line, message", [
    ("{oops", "invalid JSON"),
    ("[1, 2]", "not an object"),
    ('{"pattern": "开平"}', 'missing "label"'),
    ('{"label": "Place"}', 'missing "pattern"'),
    ('{"label": "Place", "pattern": [{"LOWER": "x"}]}', "token patterns are not supported"),
    ('{"label": "", "pattern": "开平"}', '"label" must be a non-empty string'),
])
def test_bad_lines_name_file_and_line(tmp_path, line, message):
    f = tmp_path / "mine.jsonl"
    f.write_text('{"label": "Place", "pattern": "开平", "id": "开平市"}\n// a comment\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        read_jsonl(f)
    assert str(exc.value).startswith(f"{f}:4: ") and message in str(exc.value)


def test_extra_lexicon_folder_adds_entries(tmp_path):
    (tmp_path / "local.jsonl").write_text('{"label": "Programme", "pattern": "三个一工程"}\n', encoding="utf-8")
    lex = load_lexicon([tmp_path])
    assert lex.canonical("Programme", "三个一工程") == "三个一工程"
    with pytest.raises(LexiconError, match="no such lexicon file or folder"):
        load_lexicon([tmp_path / "missing"])


def test_not_utf8(tmp_path):
    f = tmp_path / "gbk.jsonl"
    f.write_bytes('{"label": "Place", "pattern": "开平"}'.encode("gbk"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        read_jsonl(f)
