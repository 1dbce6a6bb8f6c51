"""Qt-free domain: the form as data, the case model, validation, screening.

Modules (import them directly; this package imports nothing so `--version` stays fast):
- formspec:     SECTIONS / all_fields() / field(id) / section_of(id): THE list of fields.
- spec_types:   Kind, Choice, Field, Section (re-exported by formspec).
- conditions:   "required when" rules (Equals, Contains, IsTrue, Blank, Not, AnyOf, AllOf).
- model:        Case (answers nested along dotted ids, schema "ombud-case/1", JSON round trip).
- json_types:   JsonValue / JsonObject, the types of case data, and the functions narrowing them.
- ui_state:     UiState, the wizard's state kept with a case; read_ui_state(); signature strokes.
- normalise:    typed text -> stored form (receipt numbers, A-Numbers, phones ...).
- field_checks: the format check of one answer; validation: validate(), readiness(),
                check_field(), is_required(); rules: the checks across answers.
- findings:     Finding(field, severity, code, params) with .message from `messages`.
- messages:     MESSAGES, the code -> English template catalogue the i18n layer translates.
- screening:    screen(case): may the Ombudsman help, and why not.
- processing:   months pending vs posted processing time; the 60/90-day contact window.
- display:      display_value(field, value): an answer as people read it back.
- json_schema:  answers_schema(), generated from formspec.
- dates:        ISO in the file, mm/dd/yyyy on screen; month arithmetic.
- places:       COUNTRIES (ISO 3166-1 alpha-2 -> English name), US_STATES (USPS codes).
No module does I/O. The clock is read only where a caller leaves "today" out
(validation entry points); every rule takes "today" as a parameter.
"""
