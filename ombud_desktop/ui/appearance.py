"""The high-contrast option (for people with low vision): black on white with strong lines
and a thick, dark focus ring. Contrast ratios are checked in tests/i18n (WCAG AAA, 7:1 or
more)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

BLACK, WHITE = QColor("#000000"), QColor("#ffffff")
DARK_BLUE = QColor("#00007a")  # selection and focus: 13:1 against white
DARK_GREY = QColor("#3b3b3b")  # placeholders and disabled text: 11:1 against white

# A button that cannot be pressed must not look like one that can: grey on light grey with
# a dashed edge (in high contrast every enabled button is black on white, solid edge).
# Disabled controls are exempt from contrast minimums (WCAG 1.4.3); this grey is 5.3:1.
DISABLED_BUTTON_STYLE = """
QPushButton:disabled, QToolButton:disabled {
    color: #595959; background: #e0e0e0; border: 2px dashed #6b6b6b; }
"""
# The focus ring is a thicker edge: the 1px margin it takes keeps the widget's size, so
# the field in focus never needs more room than its row gives it (text cut off). The
# first rules are the ring of the normal look as a sheet (tables and tool buttons keep
# it; the later rules thicken the rest).
HIGH_CONTRAST_STYLE = (
    """
*:focus { outline: 2px solid palette(highlight); }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus,
QSpinBox:focus, QDoubleSpinBox:focus, QListWidget:focus, QTableWidget:focus,
QTreeWidget:focus { border: 2px solid palette(highlight); }
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {
    border: 2px solid palette(highlight); border-radius: 3px; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox,
QListWidget, QTableWidget, QTreeWidget { border: 2px solid #000000; margin: 1px; }
QPushButton, QToolButton {
    border: 2px solid #000000; border-radius: 3px; padding: 4px 10px; margin: 1px; }
*:focus { outline: 3px solid #00007a; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus,
QSpinBox:focus, QDoubleSpinBox:focus, QListWidget:focus, QPushButton:focus,
QCheckBox:focus, QRadioButton:focus { border: 3px solid #00007a; margin: 0px; }
QLabel#finding_error, QLabel#finding_warning { color: #000000; font-weight: bold; }
"""
    + DISABLED_BUTTON_STYLE
)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role in (roles.Window, roles.Base, roles.AlternateBase, roles.Button, roles.ToolTipBase):
        palette.setColor(role, WHITE)
    for role in (
        roles.WindowText,
        roles.Text,
        roles.ButtonText,
        roles.ToolTipText,
        roles.BrightText,
    ):
        palette.setColor(role, BLACK)
    palette.setColor(roles.Highlight, DARK_BLUE)
    palette.setColor(roles.HighlightedText, WHITE)
    palette.setColor(roles.Link, DARK_BLUE)
    palette.setColor(roles.LinkVisited, DARK_BLUE)
    palette.setColor(roles.PlaceholderText, DARK_GREY)
    for role in (roles.Light, roles.Midlight, roles.Mid, roles.Dark, roles.Shadow):
        palette.setColor(role, BLACK)  # frames and separators drawn as strong lines
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, DARK_GREY)
    return palette


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
