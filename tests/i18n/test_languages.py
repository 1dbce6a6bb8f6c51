"""The language list: eleven languages, each named in itself, Arabic the only RTL one."""

from ombud_desktop.i18n.languages import LANGUAGES, language, normalize_code


def test_eleven_languages_each_named_in_itself():
    names = {item.code: item.native_name for item in LANGUAGES}
    assert names == {
        "en": "English",
        "es": "Español",
        "zh_CN": "中文（简体）",
        "vi": "Tiếng Việt",
        "ko": "한국어",
        "tl": "Tagalog",
        "ht": "Kreyòl ayisyen",
        "ar": "العربية",
        "ru": "Русский",
        "pt": "Português",
        "fr": "Français",
    }


def test_only_arabic_is_right_to_left():
    assert [item.code for item in LANGUAGES if item.rtl] == ["ar"]


def test_system_and_unknown_codes_map_to_a_shipped_language():
    assert normalize_code("es-MX") == "es"
    assert normalize_code("zh_Hans_CN") == "zh_CN"
    assert normalize_code("zh_TW") == "zh_CN"
    assert normalize_code("pt_PT") == "pt"
    assert normalize_code("fil_PH") == "tl"
    assert normalize_code("de_DE") == "en"
    assert normalize_code("") == "en"
    assert language("xx").code == "en"
