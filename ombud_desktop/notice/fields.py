"""From OCR words to notice fields: find each printed label, read the value in its cell.

An I-797C prints every value in a box under (or beside) its label: "Receipt Number",
"Received Date", "Notice Date", "Priority Date", "Case Type", "Notice Type" and
"Applicant"/"Beneficiary" with the A-Number. Values are checked by the same rules as typed
input (core.normalise), and characters OCR often confuses (O/0, I/1, S/5, B/8 ...) are
resolved by what the field allows at that position (letters in a receipt-number prefix,
digits after it). A character the engine was unsure of, or one the rules had to change
from a letter that is not a look-alike, is marked doubtful.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from ombud_desktop.core.dates import parse_date
from ombud_desktop.core.normalise import (
    normalise_a_number,
    normalise_form_number,
    normalise_receipt_number,
)
from ombud_desktop.core.sections.filings import COMMON_FORMS, KNOWN_RECEIPT_PREFIXES
from ombud_desktop.notice.model import FIELD_NAMES, Box, FoundValue, NoticeReading, Word

# A character the engine gave less than this (0-100) is shown as doubtful.
SURE = 80.0
# Look-alikes: what a digit position reads a letter as, and the other way round.
AS_DIGIT = {"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "|": "1", "!": "1",
            "J": "1", "T": "7", "Z": "2", "S": "5", "B": "8", "G": "6", "A": "4"}  # fmt: skip
AS_LETTER = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G", "4": "A", "7": "T"}
# The pairs the issue calls ambiguous: resolving them by the rules is not a doubt.
LOOKALIKES = {("O", "0"), ("I", "1"), ("S", "5"), ("B", "8"), ("Q", "0"), ("D", "0"),
              ("L", "1"), ("|", "1")}  # fmt: skip

NOTICE_TYPES = (
    ("request_for_evidence", ("evidence", "rfe")),
    ("biometrics", ("biometric", "appointment", "asc ")),
    ("transfer", ("transfer",)),
    ("approval", ("approval", "approved")),
    ("receipt", ("receipt",)),
)


@dataclass(frozen=True)
class _Chars:
    """Characters with their confidences and the box they came from."""

    text: str
    confidences: tuple[float, ...]
    box: Box


def _join(words: Sequence[Word], separator: str = " ") -> _Chars:
    text, confs = "", []
    box = words[0].box
    for index, word in enumerate(words):
        if index:
            text += separator
            confs.extend([100.0] * len(separator))
            box = box.union(word.box)
        text += word.text
        confs.extend(word.confidences)
    return _Chars(text, tuple(confs), box)


def _compact(chars: _Chars) -> _Chars:
    """Separators and specks (¥, “ ...) dropped, upper case, each kept character keeping
    its confidence."""
    kept = [(c.upper(), k) for c, k in zip(chars.text, chars.confidences, strict=True)
            if c.isascii() and (c.isalnum() or c in "|!")]  # fmt: skip
    return _Chars("".join(c for c, _ in kept), tuple(k for _, k in kept), chars.box)


def _coerce(
    chars: str, confs: Sequence[float], want_digit: Sequence[bool]
) -> tuple[str, list[int]]:
    """Each position made a digit or a letter as `want_digit` says; returns the text and
    the positions that are doubtful (low confidence, or changed from a non-look-alike)."""
    out, doubtful = [], []
    for index, (char, conf, digit) in enumerate(zip(chars, confs, want_digit, strict=True)):
        fixed = char
        if digit and not char.isdigit():
            fixed = AS_DIGIT.get(char, char)
        elif not digit and not char.isalpha():
            fixed = AS_LETTER.get(char, char)
        changed = fixed != char
        if conf < SURE or (
            changed and (fixed, char) not in LOOKALIKES and (char, fixed) not in LOOKALIKES
        ):
            doubtful.append(index)
        out.append(fixed)
    return "".join(out), doubtful


def _found(value: str, chars: _Chars, doubtful: Sequence[int]) -> FoundValue:
    confidence = min(chars.confidences, default=0.0) / 100
    if doubtful:
        confidence = min(confidence, SURE / 100 - 0.01)
    return FoundValue(value, chars.text, chars.box, round(confidence, 3), tuple(doubtful))


# ---------------------------------------------------------------- value readers


def read_receipt_number(chars: _Chars) -> FoundValue | None:
    """Three letters of a known service centre, then ten digits, printed as one word or
    split by spaces or dashes. A run of 14 characters holding one is read, all doubtful."""
    pieces = [p for p in re.split(r"[\s\-‐-―−]+", chars.text) if p]
    offsets, at = [], 0
    for piece in pieces:
        at = chars.text.index(piece, at)
        offsets.append(at)
        at += len(piece)
    best: FoundValue | None = None
    for first in range(len(pieces)):
        for last in range(first, min(first + 5, len(pieces))):
            start, end = offsets[first], offsets[last] + len(pieces[last])
            compact = _compact(
                _Chars(chars.text[start:end], chars.confidences[start:end], chars.box)
            )
            if len(compact.text) > 14:
                break
            if len(compact.text) < 13:
                continue
            for found in _receipt_candidates(compact):
                if best is None or len(found.doubtful) < len(best.doubtful):
                    best = found
    return best


def _receipt_candidates(compact: _Chars) -> list[FoundValue]:
    """13 characters as read, or for 14 the one-character deletions needing the fewest
    look-alike changes (all marked doubtful: which character was extra is a guess)."""
    if len(compact.text) == 13:
        found = _receipt_from(compact.text, compact.confidences, compact.box)
        return [found[0]] if found else []
    options = []
    for drop in range(len(compact.text)):
        text = compact.text[:drop] + compact.text[drop + 1 :]
        confs = compact.confidences[:drop] + compact.confidences[drop + 1 :]
        found = _receipt_from(text, confs, compact.box)
        if found:
            options.append(found)
    if not options:
        return []
    known = [option for option in options if option[0].value[:3] in KNOWN_RECEIPT_PREFIXES]
    value, _changes = min(known or options, key=lambda option: option[1])
    return [replace(value, doubtful=tuple(range(13)), confidence=min(value.confidence, 0.5))]


def _receipt_from(text: str, confs: Sequence[float], box: Box) -> tuple[FoundValue, int] | None:
    value, doubtful = _coerce(text, confs, [False] * 3 + [True] * 10)
    if normalise_receipt_number(value) is None:
        return None
    if value[:3] not in KNOWN_RECEIPT_PREFIXES:
        doubtful = sorted({*doubtful, 0, 1, 2})
    changes = sum(a != b for a, b in zip(text, value, strict=True))
    return _found(value, _Chars(text, tuple(confs), box), doubtful), changes


_DATE = re.compile(
    r"([0-9OIlSBQD|]{1,2})\s*[/.\-]\s*([0-9OIlSBQD|]{1,2})\s*[/.\-]\s*([0-9OIlSBQD|]{4})"
)


def read_date(chars: _Chars) -> FoundValue | None:
    """mm/dd/yyyy as printed -> ISO; only real calendar dates between 1950 and 2099."""
    match = _DATE.search(chars.text.upper())
    if not match:
        return None
    doubtful_all: list[int] = []
    parts = []
    for group in (1, 2, 3):
        start, end = match.span(group)
        digits, doubtful = _coerce(
            chars.text.upper()[start:end], chars.confidences[start:end], [True] * (end - start)
        )
        parts.append(digits)
        doubtful_all.extend(doubtful)
    parsed = parse_date("/".join(parts))
    if parsed is None or not 1950 <= parsed.year <= 2099:
        return None
    iso = parsed.isoformat()
    # The ISO value has other positions than the print: a doubt marks the whole date.
    doubt = tuple(range(len(iso))) if doubtful_all else ()
    span = _Chars(match.group(0), chars.confidences[match.start() : match.end()], chars.box)
    return _found(iso, span, doubt)


_FORM = re.compile(r"([IN1l|!rTJ])\s*-?\s*([0-9OSBIl]{2,3})([A-Z]?)\b")


def read_form_number(chars: _Chars) -> FoundValue | None:
    """The case type's form: I485 -> I-485, I821D -> I-821D, N400 -> N-400."""
    match = _FORM.search(chars.text)
    if not match:
        return None
    start, end = match.span()
    raw = chars.text[start:end]
    confs = chars.confidences[start:end]
    squeezed = [(c, k) for c, k in zip(raw, confs, strict=True) if c not in " -"]
    series = "N" if squeezed[0][0] == "N" else "I"
    digits, doubtful = _coerce(
        "".join(c for c, _ in squeezed[1 : 1 + len(match.group(2))]),
        [k for _, k in squeezed[1 : 1 + len(match.group(2))]],
        [True] * len(match.group(2)),
    )
    suffix = match.group(3)
    value = normalise_form_number(f"{series}{digits}{suffix}")
    if value is None:
        return None
    whole = normalise_form_number(f"I{squeezed[0][0]}{digits}{suffix}".replace("I1", "I1"))
    if value not in COMMON_FORMS and whole in COMMON_FORMS and squeezed[0][0] == "1":
        value, doubtful = whole, [d + 1 for d in doubtful]  # "131": the I was not seen
    marks = list(doubtful)
    if squeezed[0][1] < SURE or squeezed[0][0] not in "IN1l|":
        marks.append(-1)
    # Positions in "I-485": series 0, dash 1, digits from 2.
    shifted = sorted({0 if m == -1 else m + 2 for m in marks})
    if value not in COMMON_FORMS:  # a real but rare form, or a misread: ask to check
        shifted = list(range(len(value)))
    return _found(value, _Chars(raw, tuple(confs), chars.box), shifted)


_A_NUMBER = re.compile(r"\bA\s*#?\s*-?\s*([0-9OIlSB][0-9OIlSB \-]{6,11}[0-9OIlSB])")


def read_a_number(chars: _Chars) -> FoundValue | None:
    """A followed by 7-9 digits (spaces or dashes between) -> 9 digits."""
    match = _A_NUMBER.search(chars.text.upper().replace("|", "I"))
    if not match:
        return None
    start, end = match.span(1)
    kept = [(c, k) for c, k in zip(chars.text[start:end], chars.confidences[start:end], strict=True)
            if c not in " -"]  # fmt: skip
    digits, doubtful = _coerce(
        "".join(c.upper() for c, _ in kept), [k for _, k in kept], [True] * len(kept)
    )
    value = normalise_a_number(digits)
    if value is None:
        return None
    pad = len(value) - len(digits)
    span = _Chars(match.group(0), chars.confidences[match.start() : match.end()], chars.box)
    return _found(value, span, [d + pad for d in doubtful])


def read_notice_type(chars: _Chars) -> FoundValue | None:
    folded = chars.text.casefold()
    for name, keys in NOTICE_TYPES:
        if any(key in folded for key in keys):
            doubtful = [0] if min(chars.confidences, default=0) < SURE - 20 else []
            return _found(name, chars, doubtful)
    return None


# ---------------------------------------------------------------- labels and cells


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return [sorted(line, key=lambda w: w.box.left) for line in lines.values()]


def _squash(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def find_labels(words: Sequence[Word], label: str) -> list[tuple[Box, list[Word]]]:
    """Where `label` ("received date") is printed: its box and the rest of its line after
    it. OCR slips inside a label word (Recieved, Rece1pt) are tolerated: the squashed
    letters must match all but one."""
    wanted = [_squash(part) for part in label.split()]
    found = []
    joined = "".join(wanted)
    for line in _lines(words):
        for index, word in enumerate(line):  # printed or read without its spaces
            if len(wanted) > 1 and _close(_squash(word.text), joined):
                found.append((word.box, line[index + 1 :]))
        for start in range(len(line) - len(wanted) + 1):
            run = line[start : start + len(wanted)]
            if all(_close(_squash(w.text), want) for w, want in zip(run, wanted, strict=True)):
                box = run[0].box
                for word in run[1:]:
                    box = box.union(word.box)
                found.append((box, line[start + len(wanted) :]))
    return found


def _close(seen: str, wanted: str) -> bool:
    """Equal but for one letter added, dropped or changed (a rule read as "T", "rn"...)."""
    if seen == wanted:
        return True
    if abs(len(seen) - len(wanted)) > 1 or len(wanted) < 4:
        return False
    previous = list(range(len(wanted) + 1))
    for i, a in enumerate(seen, 1):
        current = [i]
        for j, b in enumerate(wanted, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1] <= 1


def _below(words: Sequence[Word], label: Box) -> list[list[Word]]:
    """Lines of words inside the label's cell, just under it, nearest first."""
    h = max(label.height, 8)
    near = [
        w
        for w in words
        if label.bottom - h * 0.3 <= w.box.top <= label.bottom + h * 2.6
        and label.left - h * 1.5 <= w.box.left <= label.left + h * 6
    ]
    chosen = {w.line for w in near}
    lines = []
    for line in _lines([w for w in words if w.line in chosen]):
        # From the first word in the cell, rightwards while the gaps are word gaps.
        start = next((i for i, w in enumerate(line) if w in near), None)
        if start is None:
            continue
        run = [line[start]]
        for word in line[start + 1 :]:
            if word.box.left - run[-1].box.right > h * 2.5:
                break
            run.append(word)
        lines.append(run)
    lines.sort(key=lambda run: min(w.box.top for w in run))
    return lines


Reader = Callable[[_Chars], FoundValue | None]


def _in_cell(
    words: Sequence[Word], labels: Sequence[str], read: Reader, seen: dict[str, Box], name: str
) -> FoundValue | None:
    for label in labels:
        for box, rest in find_labels(words, label):
            seen.setdefault(name, box)
            if rest:
                value = read(_join(rest))
                if value is not None:
                    return value
            for line in _below(words, box):
                value = read(_join(line))
                if value is not None:
                    return value
    return None


def _anywhere(words: Sequence[Word], read: Reader) -> FoundValue | None:
    for line in _lines(words):
        value = read(_join(line))
        if value is not None:
            return value
    return None


LABELS: dict[str, tuple[tuple[str, ...], Reader]] = {
    "receipt_number": (("receipt number", "receipt #"), read_receipt_number),
    "receipt_date": (("received date", "receipt date"), read_date),
    "notice_date": (("notice date",), read_date),
    "priority_date": (("priority date",), read_date),
    "form_number": (("case type", "form type"), read_form_number),
    "notice_type": (("notice type",), read_notice_type),
    "a_number": (("applicant", "beneficiary", "a number", "a#"), read_a_number),
}


def extract(words: Sequence[Word], page_size: tuple[int, int] = (0, 0)) -> NoticeReading:
    """The notice's fields from the words of its straightened page."""
    reading = NoticeReading(page_size=page_size)
    found = {
        name: _in_cell(words, labels, read, reading.labels, name)
        for name, (labels, read) in LABELS.items()
    }
    if found["receipt_number"] is None:
        found["receipt_number"] = _anywhere(words, read_receipt_number)
    for name, value in found.items():
        if value is not None:
            reading.values[name] = value
    return checked(reading)


def _doubt_all(value: FoundValue) -> FoundValue:
    return replace(
        value,
        doubtful=tuple(range(len(value.value))),
        confidence=min(value.confidence, SURE / 100 - 0.01),
    )


def merge(first: NoticeReading, second: NoticeReading) -> NoticeReading:
    """Two reads of one page: per field the one with fewer doubts; when both are sure
    but differ, the first, marked doubtful throughout."""
    out = NoticeReading(page_size=first.page_size, labels={**second.labels, **first.labels})
    for name in FIELD_NAMES:
        a, b = first.values.get(name), second.values.get(name)
        if a is None or b is None:
            chosen = a or b
        else:
            chosen = a if len(a.doubtful) <= len(b.doubtful) else b
            other = b if chosen is a else a
            if chosen.value != other.value and not other.doubtful:
                chosen = _doubt_all(chosen)
        if chosen is not None:
            out.values[name] = chosen
    return checked(out)


def checked(reading: NoticeReading, today: date | None = None) -> NoticeReading:
    """Values that cannot all be right together are marked doubtful: a date in the
    future, a notice dated before its receipt, a priority date after the receipt."""
    values = reading.values
    year = (today or date.today()).year
    for name in ("receipt_date", "notice_date", "priority_date"):
        if name in values and int(values[name].value[:4]) > year:
            values[name] = _doubt_all(values[name])
    received, notice = values.get("receipt_date"), values.get("notice_date")
    if received and notice and notice.value < received.value:
        values["receipt_date"], values["notice_date"] = _doubt_all(received), _doubt_all(notice)
    priority = values.get("priority_date")
    if priority and received and priority.value > received.value:
        values["priority_date"] = _doubt_all(priority)
    return reading


def read_cell(name: str, words: Sequence[Word]) -> FoundValue | None:
    """The field `name` from the words of a crop of its cell (label and value)."""
    _labels, read = LABELS[name]
    for line in _lines(words):
        value = read(_join(line))
        if value is not None:
            return value
    return None
