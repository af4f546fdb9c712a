"""Hostile inputs at the ingest end: damaged and mixed encodings, odd files and folders, odd names.

tests/test_ingest.py holds the ordinary cases (encodings, empty and binary files, a folder of
good and bad files, the same file twice); this file adds what a hostile or unlucky input
folder holds. Every bad input must give one line naming it, and the good ones still build.
"""
import errno
import logging
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.ingest
from kg.cli import cli
from kg.errors import InputError
from kg.ingest import decode_bytes, display_path, read_document, read_inputs

TEXT = "开平市委书记陈小曼出席会议。"
PAGE = "江门日报讯（记者/严建广）1月6日上午，开平市委书记陈小曼出席会议并讲话。开平市医疗保障局推进“医保视频办”服务。"


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


# --- damaged and mixed encodings --------------------------------------------------------------

def test_bad_bytes_keep_every_character_around_them(caplog):
    data = "开平市医疗保障局".encode() + b"\xc3" + "推进工作，水口镇".encode() + b"\xff\xfe" + "举办活动。".encode()
    doc = decode_bytes("a.txt", "a.txt", data)
    assert doc.text == "开平市医疗保障局\ufffd推进工作，水口镇\ufffd\ufffd举办活动。"
    assert _warnings(caplog) == ["a.txt: invalid UTF-8 byte(s) at offset 24, 49, 50 replaced by U+FFFD"]


def test_entities_next_to_bad_bytes_are_still_extracted():
    from kg.extraction import extract

    data = ("江门日报讯（记者/严建广）".encode() + b"\xe5\xbc" + "开平市委书记陈小曼".encode() + b"\xff"
            + "出席会议。开平市医疗保障局".encode() + b"\x80" + "推进“医保视频办”服务。".encode())
    doc = decode_bytes("a.txt", "a.txt", data)
    r = extract(doc)
    found = {(m.type, doc.text[m.start : m.end]) for m in r.mentions}
    assert {("Official", "陈小曼"), ("Agency", "开平市医疗保障局"), ("Agency", "开平市委"), ("Person", "严建广"),
            ("Programme", "医保视频办")} <= found


def test_many_bad_bytes_spread_over_a_big_file_are_replaced_not_fatal(caplog):
    chunk = ("开平市水口镇举办交流活动。" * 20).encode()
    data = b"\xff".join([chunk] * 100)  # 99 bad bytes, well under 1 in 10 of the non-ASCII bytes
    doc = decode_bytes("big.txt", "big.txt", data)
    assert doc.text.count("\ufffd") == 99 and doc.encoding == "utf-8"
    (msg,) = _warnings(caplog)
    assert msg.startswith(f"big.txt: invalid UTF-8 byte(s) at offset {len(chunk)}, ") and msg.endswith(
        "and 94 more replaced by U+FFFD")


def test_bad_bytes_after_a_bom_are_reported_at_their_file_offset(caplog):
    data = b"\xef\xbb\xbf" + TEXT.encode() + b"\xff" + TEXT.encode()
    doc = decode_bytes("bom.txt", "bom.txt", data)
    assert doc.text == TEXT + "\ufffd" + TEXT
    assert _warnings(caplog) == [f"bom.txt: invalid UTF-8 byte(s) at offset {3 + len(TEXT.encode())} replaced by U+FFFD"]


def test_utf16_with_a_cut_last_character_is_read(caplog):
    data = (TEXT * 5).encode("utf-16")[:-1]
    doc = decode_bytes("u16.txt", "u16.txt", data)
    assert doc.text.startswith(TEXT * 4) and doc.text.endswith("\ufffd")
    assert "invalid UTF-16 byte(s) at offset" in _warnings(caplog)[0]


def test_lines_in_different_encodings_are_each_read_in_their_own(caplog):
    gb = "开平市水口镇举办交流活动。\n".encode("gb18030")
    data = (PAGE + "\n").encode() + gb * 3 + "市政协主席关耀东出席。\n".encode()
    doc = decode_bytes("mixed.txt", "mixed.txt", data)
    assert doc.text == PAGE + "\n" + "开平市水口镇举办交流活动。\n" * 3 + "市政协主席关耀东出席。\n"
    assert doc.encoding == "utf-8+gb18030"
    offset = len((PAGE + "\n").encode())
    assert _warnings(caplog) == [f"mixed.txt: mixed encodings: 3 line(s) read as GB18030 (the first at byte {offset}), "
                                 "the rest as UTF-8"]


def test_a_damaged_gb18030_file_is_read_as_gb18030(caplog):
    data = bytearray(("开平市水口镇举办交流活动。\n" * 30).encode("gb18030"))
    data[100] = 0xFF  # one damaged byte
    doc = decode_bytes("gb.txt", "gb.txt", bytes(data))
    assert doc.encoding == "gb18030"
    assert doc.text.count("开平市水口镇") >= 29
    assert _warnings(caplog) == ["gb.txt: invalid GB18030 byte(s) at offset 99, 100 replaced by U+FFFD"]


def test_a_few_gbk_characters_in_ascii_text_are_not_mistaken_for_bad_utf8():
    data = ("Report 2024: " + "开平" + " (page 3)\n" + "x" * 2000).encode("gbk")
    assert decode_bytes("g.txt", "g.txt", data).text.startswith("Report 2024: 开平 (page 3)")


def test_random_bytes_are_not_text():
    import random

    rng = random.Random(3)
    data = bytes(rng.randrange(128, 256) for _ in range(4000))
    with pytest.raises(InputError, match=r"^r\.bin: (cannot decode|binary file)"):
        decode_bytes("r.bin", "r.bin", data)


def test_a_stray_nul_in_a_text_file_is_dropped_not_fatal():
    from kg.clean import clean

    doc = decode_bytes("n.txt", "n.txt", TEXT.encode() + b"\x00" + TEXT.encode() * 10)
    assert clean(doc.text).text.startswith(TEXT + TEXT)


def test_nul_bytes_message_reads_once():
    with pytest.raises(InputError) as exc:
        decode_bytes("x.bin", "x.bin", b"abc\x00def" * 10)
    assert str(exc.value) == "x.bin: binary file (it contains NUL bytes), not text; skipped"


def test_only_invisible_characters_is_not_a_crash():
    from kg.extraction import extract

    doc = decode_bytes("z.txt", "z.txt", "\u200b\ufeff\u200b\u00ad".encode())
    assert extract(doc).mentions == ()


# --- odd files and folders ------------------------------------------------------------------------

def test_deeply_nested_folders(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    cur = d
    for _ in range(1200):  # deeper than Python's recursion limit: os.walk in 3.11 would fail
        cur = cur / "d"
        cur.mkdir()
    (cur / "deep.txt").write_text(TEXT, encoding="utf-8")
    (d / "top.txt").write_text(TEXT, encoding="utf-8")
    try:
        docs, problems = read_inputs([str(d)])
        assert not problems
        assert [doc.doc_id for doc in docs] == ["d/" * 1200 + "deep.txt", "top.txt"]
    finally:  # shutil.rmtree (and so pytest's clean-up) recurses too: take the tree down by hand
        (cur / "deep.txt").unlink()
        while cur != d:
            cur.rmdir()
            cur = cur.parent


def test_a_symlink_loop_is_read_once_with_a_warning(tmp_path, caplog):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    os.symlink("..", d / "sub" / "up")  # in/sub/up -> in
    os.symlink("sub", d / "also")  # another name for in/sub
    docs, problems = read_inputs([str(d)])
    assert [doc.doc_id for doc in docs] == ["sub/a.txt"]
    assert not problems
    assert _warnings(caplog) == [f"{d}/sub/up: symbolic link loop (it leads back to {os.path.realpath(d)}); not followed"]


def test_a_symlinked_folder_outside_the_input_is_followed(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "link")
    docs, problems = read_inputs([str(tmp_path / "in")])
    assert [d.doc_id for d in docs] == ["link/b.txt"] and not problems


def test_broken_and_looping_file_links_are_problems(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text(TEXT, encoding="utf-8")
    os.symlink("missing.txt", d / "broken.txt")
    os.symlink("self.txt", d / "self.txt")
    docs, problems = read_inputs([str(d)])
    assert [doc.doc_id for doc in docs] == ["ok.txt"]
    assert sorted(str(p) for p in problems) == [
        f"{d}/broken.txt: broken symbolic link",
        f"{d}/self.txt: cannot read (Too many levels of symbolic links); skipped",
    ]


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(_running_as_root(), reason="root reads files whatever their mode; see the monkeypatched test below")
def test_unreadable_file_for_real(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(TEXT, encoding="utf-8")
    f.chmod(0)
    try:
        docs, problems = read_inputs([str(f)])
    finally:
        f.chmod(0o644)
    assert docs == [] and str(problems[0]) == f"{f}: permission denied; skipped"


def test_unreadable_file_and_folder(tmp_path, monkeypatch):
    """chmod 000 does not stop root (CI runs as root): simulate the refusal where kg opens."""
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "x.txt").write_text(TEXT, encoding="utf-8")
    (d / "secret.txt").write_text(TEXT, encoding="utf-8")
    (d / "ok.txt").write_text(TEXT, encoding="utf-8")
    real_open, real_scandir = kg.ingest._open_nonblocking, os.scandir

    def refuse_open(path, flags):
        if os.path.basename(path) == "secret.txt":
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(path, flags)

    def refuse_scandir(path):
        if os.path.basename(path) == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(kg.ingest, "_open_nonblocking", refuse_open)
    monkeypatch.setattr(kg.ingest.os, "scandir", refuse_scandir)
    docs, problems = read_inputs([str(d)])
    assert [doc.doc_id for doc in docs] == ["ok.txt"]
    assert sorted(str(p) for p in problems) == [f"{d}/locked: cannot list folder (Permission denied); skipped",
                                                f"{d}/secret.txt: permission denied; skipped"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_skipped_not_waited_on(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    os.mkfifo(d / "pipe.txt")
    (d / "ok.txt").write_text(TEXT, encoding="utf-8")
    docs, problems = read_inputs([str(d)])
    assert [doc.doc_id for doc in docs] == ["ok.txt"]
    assert [str(p) for p in problems] == [f"{d}/pipe.txt: not a regular file (a named pipe); skipped"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_not_read_for_ever():
    docs, problems = read_inputs(["/dev/zero"])
    assert docs == [] and str(problems[0]) == "/dev/zero: not a regular file (a character device); skipped"


def test_a_file_over_the_size_limit(tmp_path, monkeypatch):
    import io

    monkeypatch.setattr(kg.ingest, "MAX_BYTES", 100)
    f = tmp_path / "big.txt"
    f.write_text(TEXT * 20, encoding="utf-8")
    with pytest.raises(InputError, match=r"big\.txt: file too large \(840 bytes; the limit is 100\); split it$"):
        read_document(f, "big.txt")
    docs, problems = read_inputs(["-"], stdin=io.BytesIO(b"x" * 101))
    assert docs == [] and str(problems[0]) == "-: input too large (more than 100 bytes); split it"


def test_a_folder_with_no_text(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    docs, problems = read_inputs([str(d)])
    assert docs == [] and [str(p) for p in problems] == [f"{d}: folder holds no files"]
    (d / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (d / "blank.txt").write_text("\n \n", encoding="utf-8")
    docs, problems = read_inputs([str(d)])
    assert docs == [] and sorted(str(p) for p in problems) == [
        f"{d}/blank.txt: empty file (no text); skipped", f"{d}/pic.png: binary file (a PNG image), not text; skipped"]


# --- names ---------------------------------------------------------------------------------------

def test_names_with_spaces_and_chinese_characters(tmp_path):
    d = tmp_path / "新闻 稿"
    d.mkdir()
    (d / "开平 日报 2024.txt").write_text(TEXT, encoding="utf-8")
    docs, problems = read_inputs([str(d)])
    assert not problems and docs[0].doc_id == "开平 日报 2024.txt" and docs[0].path == str(d / "开平 日报 2024.txt")


@pytest.mark.skipif(sys.platform != "linux", reason="file names of arbitrary bytes are a Linux thing")
def test_names_with_undecodable_bytes_and_newlines_are_shown_on_one_line(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / os.fsdecode(b"bad\xff.txt")).write_text(TEXT, encoding="utf-8")
    (d / "two\nlines.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    docs, problems = read_inputs([str(d)])
    assert [doc.doc_id for doc in docs] == ["bad\\xff.txt"]
    assert docs[0].path.encode("utf-8")  # no lone surrogates left to break an export
    assert [str(p) for p in problems] == [f"{d}/two\\nlines.png: binary file (a PNG image), not text; skipped"]


def test_display_path_is_idempotent():
    for p in ("a\nb", os.fsdecode(b"x\xfey"), "tab\there", "正常 名字.txt", "\u2028"):
        once = display_path(p)
        assert display_path(once) == once and "\n" not in once and once.encode("utf-8")


# --- the same file more than once, in any order -------------------------------------------------

def test_the_same_file_through_a_link_a_hard_link_and_its_folder_is_read_once(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    f = d / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    os.symlink(f, tmp_path / "soft.txt")
    os.link(f, tmp_path / "hard.txt")
    docs, problems = read_inputs([str(tmp_path / "soft.txt"), str(d), str(tmp_path / "hard.txt"), str(f)])
    assert len(docs) == 1 and not problems


def test_ids_do_not_depend_on_the_order_of_the_inputs(tmp_path):
    for sub in ("x", "y", "z/y"):
        (tmp_path / sub).mkdir(parents=True)
        (tmp_path / sub / "page.txt").write_text(TEXT + sub, encoding="utf-8")
    inputs = [str(tmp_path / "y" / "page.txt"), str(tmp_path / "x" / "page.txt"), str(tmp_path / "z"),
              str(tmp_path / "z" / "y" / "page.txt")]
    seen = set()
    for order in (inputs, inputs[::-1], inputs[1:] + inputs[:1]):
        docs, problems = read_inputs(order)
        seen.add(tuple((d.doc_id, d.path, d.text) for d in docs))
    assert len(seen) == 1
    assert [doc_id for doc_id, _, _ in seen.pop()] == ["page.txt", "page.txt~2", "y/page.txt"]


# --- the command line: one line per bad input, exit 1, the good files built ------------------------

def test_cli_reports_every_bad_input_once_and_builds_the_rest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("in/新 闻").mkdir(parents=True)
    Path("in/新 闻/好 文件.txt").write_text(PAGE, encoding="utf-8")
    Path("in/gb.txt").write_bytes(PAGE.encode("gb18030"))
    Path("in/bad bytes.txt").write_bytes(PAGE.encode() + b"\xff" + PAGE.encode())
    Path("in/empty.txt").write_bytes(b"")
    Path("in/坏 图.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 10)
    os.symlink("..", "in/新 闻/loop")
    r = CliRunner().invoke(cli, ["build", "in", "in/gb.txt", "missing.txt", "--out", "out", "--format", "ttl,json"])
    assert r.exit_code == 1, r.output
    lines = r.stderr.splitlines()
    assert [l for l in lines if l.startswith("Error:")] == [  # sorted by path: the same for any input order
        "Error: in/empty.txt: empty file (no text); skipped",
        "Error: in/坏 图.png: binary file (a PNG image), not text; skipped",
        "Error: missing.txt: no such file or directory",
    ]
    warnings = [l for l in lines if l.startswith("warning:")]
    assert warnings == [
        f"warning: in/新 闻/loop: symbolic link loop (it leads back to {os.path.realpath('in')}); not followed",
        f"warning: in/bad bytes.txt: invalid UTF-8 byte(s) at offset {len(PAGE.encode())} replaced by U+FFFD",
    ]
    assert "Traceback" not in r.output
    assert any(l.startswith("3 documents,") for l in lines)
    assert os.path.exists("out/graph.ttl") and os.path.exists("out/graph.json")


def test_cli_exit_code_is_zero_when_only_warnings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_bytes(PAGE.encode() + b"\xff")
    r = CliRunner().invoke(cli, ["build", "a.txt", "--out", "out", "--format", "ttl"])
    assert r.exit_code == 0, r.output
    assert "warning: a.txt: invalid UTF-8 byte(s) at offset" in r.stderr
