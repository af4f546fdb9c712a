"""Classes the twenty-seventh programme set (real news of 陕西, 甘肃, 宁夏, 黑龙江, 河北, 青海) showed.

- A county honoured for a campaign it carried out well (全省…先进县, 全国…先进县: DesignationHead 先进县 in
  designations.jsonl) is a designation like a 示范县: a list printed city by city after colons under it
  (…先进县名单当中，甲市:A县、B县；乙市:C县) makes each county its member.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import programmes_and_links


def test_a_list_by_city_under_an_honoured_county_designation():
    text = ("山西省表扬一批水土保持先进县\n"
            "山西省水利厅近日发出通报，表扬2022年全省水土保持先进县。\n"
            "2022年全省水土保持先进县名单当中，运城市:夏县、闻喜县；晋城市:阳城县、沁水县。\n")
    progs, links = programmes_and_links(text)
    desig = "山西省水土保持先进县"  # 全省 read as the province the passage names
    assert desig in progs
    for county in ("夏县", "闻喜县", "阳城县", "沁水县"):
        assert (county, desig) in links
    assert not any(v in ("运城市", "晋城市") and p == desig for v, p in links)

