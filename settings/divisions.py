"""Registry fields that follow from a GB/T 2260 division code and a portal's name.

`fazhi new-portal` fills `province` and `level` from these when they are not given; a person
can always override them (a development zone's code is its city's, a 司法局 is a department).
"""

from __future__ import annotations

# GB/T 2260: the first two digits name the province-level division.
PROVINCES = {
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区",
    "21": "辽宁省", "22": "吉林省", "23": "黑龙江省", "31": "上海市", "32": "江苏省",
    "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省", "37": "山东省",
    "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区",
    "46": "海南省", "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省",
    "54": "西藏自治区", "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区", "71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区",
}
# A name ending like this is a government department's site, whatever its division.
DEPARTMENT_SUFFIXES = ("局", "厅", "委员会", "委", "办公室", "办")
# Below prefecture level: a 区 (district) unless the name says otherwise (县, 县级市, 旗).
DISTRICT_MARK = "区"


def province_for(division_code: str) -> str | None:
    return PROVINCES.get(division_code[:2])


def level_for(division_code: str, name: str) -> str:
    """province | prefecture | county | district | department, from the code's shape."""
    if name.endswith(DEPARTMENT_SUFFIXES):
        return "department"
    if division_code.endswith("0000"):
        return "province"
    if division_code.endswith("00"):
        return "prefecture"
    return "district" if DISTRICT_MARK in name.removesuffix("人民政府") else "county"
