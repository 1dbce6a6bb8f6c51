"""The translation catalogue tools: extract, fill, check, build, place names and the
supplement of Qt's own texts. See docs/translations.md. The running app needs none of
them (it reads the catalogues through ombud_desktop.i18n)."""
