"""Reading inputs: encodings, bad files, folders, stdin."""
import io

import pytest

from kg.errors import InputError
from kg.ingest import decode_bytes, read_inputs

TEXT = "开平市委书记陈小曼出席会议。"

ENCODINGS = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    ("gb18030", TEXT.encode("gb18030"), "gb18030"),
    ("gbk", TEXT.encode("gbk"), "gb18030"),
    ("utf-16 le with BOM", TEXT.encode("utf-16"), "utf-16"),
    ("utf-16 be with BOM", b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
]


@pytest.mark.parametrize("label, data, encoding", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_decodes_common_encodings(label, data, encoding):
    doc = decode_bytes("a.txt", "a.txt", data)
    assert doc.text == TEXT
    assert doc.encoding == encoding


TRADITIONAL = "湛江市赤坎區委書記黃志堅到南橋街道調研，強調要抓好鄉村振興工作。"


@pytest.mark.parametrize("codec, encoding", [("big5", "big5"), ("gbk", "gb18030"), ("gb18030", "gb18030"),
                                             ("utf-8", "utf-8")])
def test_decodes_traditional_characters_in_their_encodings(codec, encoding):
    doc = decode_bytes("a.txt", "a.txt", TRADITIONAL.encode(codec))
    assert (doc.text, doc.encoding) == (TRADITIONAL, encoding)


BAD = [
    ("empty", b"", "empty file"),
    ("whitespace", b" \n\t\n", "empty file"),
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary file (a PNG image)"),
    ("nul bytes", b"abc\x00def" * 10, "binary file"),
    ("pdf", b"%PDF-1.4 ...", "binary file (a PDF document)"),
]


@pytest.mark.parametrize("label, data, message", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gives_one_clear_error(label, data, message):
    with pytest.raises(InputError) as exc:
        decode_bytes("x.bin", "x.bin", data)
    assert str(exc.value).startswith("x.bin: ")
    assert message in str(exc.value)
    assert "\n" not in str(exc.value)


def test_a_few_invalid_bytes_keep_the_rest_of_the_file(caplog):
    data = TEXT.encode("utf-8") + b"\xff" + "后文照常读取。".encode("utf-8") * 50
    doc = decode_bytes("bad.txt", "bad.txt", data)
    assert doc.text.startswith(TEXT)
    assert "后文照常读取" in doc.text
    assert "\ufffd" in doc.text
    assert any("offset 42" in r.getMessage() for r in caplog.records)


def test_folder_with_good_and_bad_files(tmp_path):
    (tmp_path / "gb.txt").write_bytes(TEXT.encode("gb18030"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    (sub / "nested.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    docs, problems = read_inputs([str(tmp_path)])
    assert [d.doc_id for d in docs] == ["bom.txt", "gb.txt", "sub/deeper/nested.txt"]
    assert sorted(p.path.rsplit("/", 1)[-1] for p in problems) == ["empty.txt", "pic.png"]
    assert all("\n" not in str(p) for p in problems)


def test_the_same_file_twice_is_read_once(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    docs, problems = read_inputs([str(f), str(f), str(tmp_path)])
    assert len(docs) == 1 and not problems


def test_missing_path_is_a_problem(tmp_path):
    docs, problems = read_inputs([str(tmp_path / "nope.txt")])
    assert docs == []
    assert "no such file or directory" in str(problems[0])


def test_empty_folder_is_a_problem(tmp_path):
    docs, problems = read_inputs([str(tmp_path)])
    assert docs == [] and "holds no files" in str(problems[0])


def test_stdin(tmp_path):
    docs, problems = read_inputs(["-"], stdin=io.BytesIO(TEXT.encode("gb18030")))
    assert docs[0].doc_id == "stdin" and docs[0].text == TEXT


def test_same_name_in_two_folders_gets_distinct_ids(tmp_path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "page.txt").write_text(TEXT + d, encoding="utf-8")
    docs, _ = read_inputs([str(tmp_path / "x" / "page.txt"), str(tmp_path / "y" / "page.txt")])
    assert len({d.doc_id for d in docs}) == 2


@pytest.mark.parametrize("text", ["开平", "江门市开平市", "陈小曼"])
def test_short_gb18030_is_not_read_as_broken_utf8(text):
    doc = decode_bytes("a.txt", "a.txt", text.encode("gb18030"))
    assert (doc.text, doc.encoding) == (text, "gb18030")
