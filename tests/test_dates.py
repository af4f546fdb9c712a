"""kg.dates: every header, sign-off and in-text form of a date."""
import pytest

from kg.dates import Header, complete_year, dates_in_text, document_date, header, parse_date, record_date, signoff_date

DATES = [
    ("2025-08-09", "2025-08-09"),
    ("2025-8-9", "2025-08-09"),
    ("2025/08/09", "2025-08-09"),
    ("2025.08.09", "2025-08-09"),
    ("2025年8月9日", "2025-08-09"),
    ("2025年08月09日", "2025-08-09"),
    ("2025 年 8 月 9 日", "2025-08-09"),
    ("２０２５年８月９日", "2025-08-09"),
    ("二〇二五年八月九日", "2025-08-09"),
    ("二〇二五年十二月三十一日", "2025-12-31"),
    ("二○二四年十月二十日", "2024-10-20"),  # a white circle for the zero, as typed on many notices
    ("二零二三年一月十日", "2023-01-10"),
    ("2025-08-09 10:23:11", "2025-08-09"),
    ("2025年8月9日 星期六", "2025-08-09"),
    ("2025-02-30", None),  # no such day
    ("8月9日", None),  # no year: not a date on its own
    ("1800-01-01", None),
    ("第2025-08-09号", None),
    ("", None),
]


@pytest.mark.parametrize("text, iso", DATES)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


HEADERS = [
    ("发布时间：2025-08-09 10:23:11", Header("2025-08-09")),
    ("发布时间：2025-08-09 10:23 来源：江门日报", Header("2025-08-09", "江门日报")),
    ("来源：江门日报　2025年08月09日", Header("2025-08-09", "江门日报")),
    ("2025-08-09", Header("2025-08-09")),
    ("2025/08/09 来源：开平市人民政府办公室", Header("2025-08-09", "开平市人民政府办公室")),
    ("江门日报 2025年8月9日 星期六 第A02版", Header("2025-08-09", "江门日报")),
    ("羊城晚报 2025年8月9日", Header("2025-08-09", "羊城晚报")),
    ("2025年8月9日 星期六", Header("2025-08-09")),
    ("2025年8月9日 周六", Header("2025-08-09")),
    ("来源:公益时报  作者 : 张木兰  2014-11-11", Header("2014-11-11", "公益时报", "张木兰")),
    ("发布日期：2025-08-09　　来源：开平市政务服务数据管理局　　浏览次数：1024　　【字体：大 中 小】",
     Header("2025-08-09", "开平市政务服务数据管理局")),
    ("时间：2025-08-09 作者：林晓 来源：台山市融媒体中心", Header("2025-08-09", "台山市融媒体中心", "林晓")),
    ("【发布时间：2025年08月09日】【信息来源：市农业农村局】", Header("2025-08-09", "市农业农村局")),
    ("南方日报 2025年08月09日 第A05版：广州新闻", None),  # a section name after the edition: not only header fields
    ("8月9日上午，开平市召开防汛工作会议。", None),
    ("2025年8月9日，开平市召开防汛工作会议。", None),
    ("会议于2025-08-09召开", None),
    ("开平市人民政府", None),
]


@pytest.mark.parametrize("line, expected", HEADERS)
def test_header(line, expected):
    assert header(line) == expected


SIGNOFFS = [
    ("二〇二五年八月九日", "2025-08-09"),
    ("2025年8月9日", "2025-08-09"),
    ("（2025年8月9日）", "2025-08-09"),
    ("  2025年8月9日  ", "2025-08-09"),
    ("开平市人民政府办公室", None),
    ("2025年8月9日前报送材料。", None),
]


@pytest.mark.parametrize("line, iso", SIGNOFFS)
def test_signoff_date(line, iso):
    assert signoff_date(line) == iso


DOCUMENTS = [
    ("headline, then a header line", "开平召开防汛会议\n发布时间：2025-08-09 10:23\n\n正文。", "2025-08-09"),
    ("edition header first", "江门日报 2025年8月9日 星期六 第A02版\n\n开平召开防汛会议\n正文。", "2025-08-09"),
    ("sign-off under a notice", "关于做好防汛工作的通知\n各镇：\n请做好准备。\n开平市人民政府办公室\n二〇二五年八月九日\n",
     "2025-08-09"),
    ("a header wins over the sign-off", "通知\n发布日期：2025-08-11\n正文。\n2025年8月9日", "2025-08-11"),
    ("a dated sentence is no header", "8月9日上午，开平市召开会议。\n会议要求……", None),
    ("nothing", "开平市召开会议。", None),
]


@pytest.mark.parametrize("label, text, iso", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_document_date(label, text, iso):
    found = document_date(text)
    assert (found.date if found else None) == iso


@pytest.mark.parametrize("month, day, reference, iso", [
    (8, 8, "2025-08-09", "2025-08-08"),
    (12, 28, "2026-01-07", "2025-12-28"),  # late in the year before
    (9, 1, "2025-08-09", "2025-09-01"),  # soon after: an announcement
    (8, 8, 2025, "2025-08-08"),
    (2, 29, 2025, None),
    (8, 8, None, None),
])
def test_complete_year(month, day, reference, iso):
    assert complete_year(month, day, reference) == iso


def test_dates_in_text_completes_the_year_and_keeps_offsets():
    text = "今年8月8日，市委召开会议；2024年12月1日起施行；二〇二五年八月九日印发。"
    found = dates_in_text(text, "2025-08-09")
    assert [(text[s:e], iso) for s, e, iso in found] == [
        ("8月8日", "2025-08-08"), ("2024年12月1日", "2024-12-01"), ("二〇二五年八月九日", "2025-08-09")]


@pytest.mark.parametrize("value, iso", [
    ("2025-08-09", "2025-08-09"),
    ("2025-08-09T10:23:11+08:00", "2025-08-09"),
    ("2025-08-09 10:23:11", "2025-08-09"),
    ("2025年8月9日", "2025-08-09"),
    ("20250809", "2025-08-09"),
    (1754706191, "2025-08-09"),
    ("1754706191000", "2025-08-09"),
    ("yesterday", None),
    (None, None),
    (True, None),
])
def test_record_date(value, iso):
    assert record_date(value) == iso


@pytest.mark.parametrize("text, found", [
    ("２０２４／３／５召开会议", [(0, 8, "2024-03-05")]),  # full-width digits, no month mark
    ("二〇二四年三月五日召开会议", [(0, 9, "2024-03-05")]),  # a month mark, no digit
    ("会议于上午召开，各村代表参加", []),  # neither: nothing to read
])
def test_dates_in_text_with_and_without_month_marks_or_digits(text, found):
    assert dates_in_text(text, 2024) == found


def test_a_long_line_is_no_header_before_or_after_its_full_width_forms():
    """header() passes over a line longer than a header without translating it: the translation maps each
    character to one character, white space to white space, so it keeps what strip() leaves and its length."""
    from kg.dates import _FULLWIDTH, _HEADER_MAX, header

    for k, v in _FULLWIDTH.items():
        v = chr(v) if isinstance(v, int) else v
        assert len(v) == 1 and chr(k).isspace() == v.isspace()
    head = "发布时间：２０２５－０８－０９"
    assert header(head) is not None and header(head) == header("\u3000" * 200 + head + " " * 200)  # long by blanks: read
    assert header(head + "。" + "某" * _HEADER_MAX) is None
