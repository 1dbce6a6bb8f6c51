"""The catalogue contexts of texts that live in data rather than in tr() calls: the same
names where the extractor files them (tools/i18n/data_strings.py) and where the app
translates them."""

SPEC_CONTEXT = "formspec"  # the form spec's labels, help and choices
FINDINGS_CONTEXT = "findings"  # finding message templates (core.messages)
# Two contexts, because one English name can be two places ("Georgia": 格鲁吉亚 / 佐治亚州).
COUNTRIES_CONTEXT = "countries"
US_STATES_CONTEXT = "us_states"
