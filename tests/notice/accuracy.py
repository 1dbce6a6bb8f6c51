"""Field-level accuracy of the notice reader on the synthetic set (tests and benchmark).

A field counts as right when the value equals the truth exactly (absent when the notice
has none counts as right); "wrong unmarked" counts values that are wrong, or found where
the notice has none, without a low-confidence mark: the issue allows none of those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ombud_desktop.notice.model import FIELD_NAMES, NoticeReading
from tests.notice.synthetic import NoticeTruth, Sample

FIELDS = FIELD_NAMES


@dataclass
class Score:
    images: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    marked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    wrong_unmarked: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def rate(self, name: str) -> float:
        return self.right[name] / self.images if self.images else 0.0

    def add(self, name: str, truth: NoticeTruth, reading: NoticeReading) -> None:
        self.images += 1
        for key in FIELDS:
            want = getattr(truth, key)
            found = reading.values.get(key)
            got = found.value if found else None
            if got == want:
                self.right[key] += 1
            else:
                self.misses.append(f"{name} {key}: read {got!r}, printed {want!r}")
            if found is not None and found.low_confidence:
                self.marked[key] += 1
            if found is not None and got != want and not found.low_confidence:
                self.wrong_unmarked.append(f"{name} {key}: {got!r} for {want!r}")

    def table(self) -> str:
        rows = [f"{'field':16}{'right':>8}{'marked':>8}", "-" * 32]
        for key in FIELDS:
            rows.append(
                f"{key:16}{100 * self.rate(key):7.1f}%"
                f"{100 * self.marked[key] / max(1, self.images):7.1f}%"
            )
        rows.append(
            f"images: {self.images}; wrong values without a mark: {len(self.wrong_unmarked)}"
        )
        return "\n".join(rows)


def score(samples: Iterable[Sample], read: Callable[[bytes], NoticeReading]) -> Score:
    result = Score()
    for item in samples:
        result.add(item.name, item.truth, read(item.data))
    return result
