"""What the notice reader works with and returns: words with boxes, fields with marks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels of the straightened page image (right/bottom exclusive)."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def height(self) -> int:
        return self.bottom - self.top

    def union(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )


@dataclass(frozen=True)
class Word:
    """One word the OCR engine saw, with one confidence (0-100) per character."""

    text: str
    box: Box
    confidences: tuple[float, ...]
    line: int  # words of one printed line share this number

    def __post_init__(self) -> None:
        if len(self.confidences) != len(self.text):
            raise ValueError("one confidence per character")


@dataclass(frozen=True)
class FoundValue:
    """One value read from the notice.

    `value` is in the form the answers file stores (receipt number compact, dates ISO,
    form number "I-485", A-Number 9 digits); `shown` is what the page printed, as read;
    `doubtful` indexes characters of `value` the reader is not sure of; `confidence` is
    0..1 (the least sure character).
    """

    value: str
    shown: str
    box: Box
    confidence: float
    doubtful: tuple[int, ...] = ()

    @property
    def low_confidence(self) -> bool:
        return bool(self.doubtful)


FIELD_NAMES = (
    "receipt_number",
    "receipt_date",
    "notice_date",
    "form_number",
    "notice_type",
    "priority_date",
    "a_number",
)


@dataclass
class NoticeReading:
    """Everything read from one notice; fields absent from `values` were not found."""

    values: dict[str, FoundValue] = field(default_factory=dict)
    page_size: tuple[int, int] = (0, 0)
    labels: dict[str, Box] = field(default_factory=dict)  # where each field's label is

    def as_json(self) -> dict[str, object]:
        """The `read-notice --json` object: found values, then their confidences."""
        out: dict[str, object] = {
            name: self.values[name].value for name in FIELD_NAMES if name in self.values
        }
        out["confidence"] = {
            name: round(self.values[name].confidence, 2)
            for name in FIELD_NAMES
            if name in self.values
        }
        out["low_confidence"] = {
            name: list(self.values[name].doubtful)
            for name in FIELD_NAMES
            if name in self.values and self.values[name].doubtful
        }
        out["boxes"] = {
            name: [
                self.values[name].box.left,
                self.values[name].box.top,
                self.values[name].box.right,
                self.values[name].box.bottom,
            ]
            for name in FIELD_NAMES
            if name in self.values
        }
        return out
