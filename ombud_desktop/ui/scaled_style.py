"""Fusion with check boxes, radio buttons and other small controls that grow with the
text-size setting: at 200% text, Fusion's fixed 13-pixel boxes were hard to see and to
hit."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

PM = QStyle.PixelMetric
# Sizes drawn beside text: they should follow it. Frames and margins stay as they are.
SCALED_METRICS = frozenset(
    {
        PM.PM_IndicatorWidth,
        PM.PM_IndicatorHeight,
        PM.PM_ExclusiveIndicatorWidth,
        PM.PM_ExclusiveIndicatorHeight,
        PM.PM_CheckBoxLabelSpacing,
        PM.PM_RadioButtonLabelSpacing,
        PM.PM_SmallIconSize,
        PM.PM_ScrollBarExtent,
    }
)


class ScaledFusionStyle(QProxyStyle):
    """The Fusion style; `scale` (1.0 = 100% text) multiplies SCALED_METRICS."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.scale = 1.0

    def pixelMetric(
        self, metric: PM, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if self.scale != 1.0 and metric in SCALED_METRICS:
            return round(value * self.scale)
        return value
