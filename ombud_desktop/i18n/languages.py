"""The interface languages Ombud Desktop ships, each named in itself (no Qt here)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str  # our code: names the .ts/.qm files and the stored setting
    native_name: str  # how speakers of the language name it (shown in the picker)
    english_name: str
    qt_locale: str  # what QLocale understands
    qtbase: str | None  # suffix of Qt's own qtbase_*.qm, None when Qt ships none
    rtl: bool = False
    # The language written into the .ts file. Qt's lupdate/lrelease have no plural rules
    # for Haitian Creole and refuse to update such a file, so it borrows French rules
    # ("fr_HT": one form for 0 and 1, one for more), which fit Kreyòl's "%n" sentences.
    ts_language: str = ""
    # Numbers: the decimal mark the language writes ("10,00 MB" in Spanish), and the
    # QLocale that formats numbers in widgets with it. Every language writes Western digits
    # (0-9), as its dates, receipt numbers and phone numbers are: Arabic uses ar_AE, whose
    # numbers have them (Egyptian Arabic, Qt's "ar", has Arabic-Indic digits).
    decimal_mark: str = "."
    number_locale: str = ""

    @property
    def qt_number_locale(self) -> str:
        return self.number_locale or self.qt_locale

    @property
    def catalogue_language(self) -> str:
        return self.ts_language or self.qt_locale


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "en_US", None),
    # es_US writes 10.00; Spanish readers expect 10,00 (es_ES formats numbers so).
    Language("es", "Español", "Spanish", "es_US", "es", decimal_mark=",", number_locale="es_ES"),
    Language("zh_CN", "中文（简体）", "Chinese (Simplified)", "zh_CN", "zh_CN"),
    Language("vi", "Tiếng Việt", "Vietnamese", "vi_VN", None, decimal_mark=","),
    Language("ko", "한국어", "Korean", "ko_KR", "ko"),
    Language("tl", "Tagalog", "Tagalog", "fil_PH", None),
    Language(
        "ht", "Kreyòl ayisyen", "Haitian Creole", "ht_HT", None, ts_language="fr_HT",
        decimal_mark=",",
    ),
    Language("ar", "العربية", "Arabic", "ar", "ar", rtl=True, number_locale="ar_AE"),
    Language("ru", "Русский", "Russian", "ru_RU", "ru", decimal_mark=","),
    Language("pt", "Português", "Portuguese", "pt_BR", "pt_BR", decimal_mark=","),
    Language("fr", "Français", "French", "fr", "fr", decimal_mark=","),
)  # fmt: skip


_BY_CODE = {language.code: language for language in LANGUAGES}


def language(code: str) -> Language:
    """The language for `code`; unknown codes fall back to English rather than failing."""
    return _BY_CODE.get(normalize_code(code), _BY_CODE[SOURCE_LANGUAGE])


def normalize_code(code: str | None) -> str:
    """Map codes such as 'es-MX', 'zh_Hans_CN', 'pt_PT' or 'fil' onto a shipped language."""
    if not code:
        return SOURCE_LANGUAGE
    text = code.replace("-", "_").strip()
    if text in _BY_CODE:
        return text
    lowered = text.lower()
    base = lowered.split("_", 1)[0]
    if base == "zh":
        return "zh_CN"  # only Simplified ships; Traditional readers get the closest
    if base == "fil":
        return "tl"
    return base if base in _BY_CODE else SOURCE_LANGUAGE


def translated_languages() -> tuple[Language, ...]:
    """Every shipped language except the English source."""
    return tuple(item for item in LANGUAGES if item.code != SOURCE_LANGUAGE)


# Names people write for a language that match none of the names above.
_ALIASES = {
    "mandarin": "zh_CN",
    "cantonese": "zh_CN",
    "chinese": "zh_CN",
    "filipino": "tl",
    "creole": "ht",
    "kreyol": "ht",
    "portugues": "pt",
}


def language_named(text: str) -> Language | None:
    """The shipped language a person's free-text answer names ("Spanish", "Tiếng Việt
    (Vietnamese)", "Mandarin", "es"): the first one it mentions other than English, else
    English when only English is named, else None."""
    said = _plain(text)
    found: list[tuple[int, str]] = []
    for item in LANGUAGES:
        names = {item.english_name, item.native_name, item.english_name.split(" (")[0]}
        names.add(item.native_name.split("（")[0])
        names |= {alias for alias, code in _ALIASES.items() if code == item.code}
        for name in names:
            match = re.search(rf"(?<!\w){re.escape(_plain(name))}(?!\w)", said)
            if match:
                found.append((match.start(), item.code))
    if not found and said.strip() in _BY_CODE:
        return _BY_CODE[said.strip()]
    others = sorted(position for position in found if position[1] != SOURCE_LANGUAGE)
    if others:
        return _BY_CODE[others[0][1]]
    return _BY_CODE[SOURCE_LANGUAGE] if found else None


def _plain(value: str) -> str:
    """Case and accents folded: "Kreyòl" and "kreyol" are the same name."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
