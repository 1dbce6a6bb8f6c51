"""Qt-free domain: the form as data, the case model, validation, screening.

Modules (import them directly; this package imports nothing so `--version` stays fast):
- formspec:    SECTIONS / all_fields() / field(id) / section_of(id): THE list of fields.
- spec_types:  Kind, Choice, Field, Section (re-exported by formspec).
- conditions:  "required when" rules (Equals, Contains, IsTrue, Blank, Not, AnyOf, AllOf).
- model:       Case (answers nested along dotted ids, schema "ombud-case/1", JSON round trip).
- findings:    Finding(field, severity, code, params) with .message from `messages`.
- messages:    MESSAGES, the code -> English template catalogue the i18n layer translates.
- dates:       ISO in the file, mm/dd/yyyy on screen; month arithmetic.
- places:      COUNTRIES (ISO 3166-1 alpha-2 -> English name), US_STATES (USPS codes).
No module here does I/O or reads the clock: "today" is always passed in.
"""
