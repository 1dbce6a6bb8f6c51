"""The organization's strip at the top of the window (organization.toml): logo, name and
where to get help; and, when the settings file has mistakes, a short note with Details
(what is wrong, what to do) and Hide (the app keeps working with the standard settings)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.core.org_config import OrgConfig
from ombud_desktop.i18n.bidi import isolated
from ombud_desktop.ui.qt_keys import set_keys
from ombud_desktop.ui.widgets.blocks import (
    describe,
    heading,
    notice_panel,
    paragraph,
    top_aligned,
)

LOGO_HEIGHT = 48  # pixels on screen; wide logos are limited to five times that
LOGO_MAX_WIDTH = 5 * LOGO_HEIGHT


def logo_pixmap(org: OrgConfig) -> QPixmap | None:
    """The logo scaled for the header, or None (no logo, or Qt cannot decode it)."""
    if org.logo is None:
        return None
    from PySide6.QtCore import Qt  # made for a logo only (ui/qt_keys.py)

    pixmap = QPixmap(str(org.logo))
    if pixmap.isNull():
        return None
    return pixmap.scaled(
        LOGO_MAX_WIDTH,
        LOGO_HEIGHT,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class OrgHeader(QWidget):
    """Hidden when there is no organization and nothing to report."""

    def __init__(self, org: OrgConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("org_header")
        self.org = org
        self.logo = QLabel()
        self.logo.setObjectName("org_header.logo")
        pixmap = logo_pixmap(org)
        if pixmap is not None:
            self.logo.setPixmap(pixmap)
        self.logo.setVisible(pixmap is not None)
        self.name = heading(2)
        self.name.setObjectName("org_header.name")
        self.name.setText(isolated(org.name))
        self.name.setVisible(bool(org.name))
        self.help = paragraph(isolated(org.help_contact))
        self.help.setObjectName("org_header.help")
        self.help.setVisible(bool(org.help_contact))
        # Short, so it never crowds the page (200% text on a small screen): the list of
        # problems opens with Details, and the note can be hidden for this session. No
        # Alt+letter on these two: every page below already uses most letters.
        self.problem_box, box = notice_panel("org_header.problems", "#fff4ce", "#8a6d00")
        self.problems = paragraph()
        self.problems.setObjectName("org_header.problems_text")
        self.details_button = QPushButton()
        self.details_button.setObjectName("org_header.details")
        self.details_button.clicked.connect(self.show_details)
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("org_header.hide")
        self.hide_button.clicked.connect(self.hide_note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.problems, 1)
        note_row.addLayout(top_aligned(self.details_button))
        note_row.addLayout(top_aligned(self.hide_button))
        box.addLayout(note_row)
        self.problem_box.setVisible(bool(org.problems))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.name)
        words.addWidget(self.help)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(top_aligned(self.logo))
        row.addLayout(words, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.addLayout(row)
        column.addWidget(self.problem_box)
        self.setVisible(bool(org.name or org.help_contact or pixmap or org.problems))
        self._align_to_layout()
        self.retranslate()

    def _align_to_layout(self) -> None:
        """The organization's own words (often Latin letters in an Arabic interface, or
        the other way round) start on the interface's leading side, next to the logo."""
        side = "AlignRight" if self.isRightToLeft() else "AlignLeft"
        for label in (self.name, self.help):
            set_keys(label, "alignment", f"{side}|AlignAbsolute|AlignTop")

    def retranslate(self) -> None:
        self.logo.setAccessibleName(
            self.tr("Logo of %1").replace("%1", self.org.name)
            if self.org.name
            else self.tr("Organization logo")
        )
        self.help.setAccessibleName(self.tr("Where to get help"))
        self.problems.setText(
            self.tr(
                "Some organization settings could not be used: the app works with its "
                "standard settings for them."
            )
        )
        describe(
            self.details_button,
            self.tr("Details…"),
            self.tr("Shows what is wrong in the organization settings and how to fix it."),
        )
        describe(
            self.hide_button,
            self.tr("Hide this note"),
            self.tr("Hides this note until the app is started again."),
        )

    def problem_details(self) -> str:
        """Every problem (the checker's English sentences, naming the key) and the fix."""
        details = "\n".join(f"• {problem}" for problem in self.org.problems)
        return (
            self.tr(
                "Some organization settings could not be used, so the app uses its "
                "standard settings for them:"
            )
            + "\n"
            + details
            + "\n\n"
            + self.tr(
                "You can keep working. Tell whoever set up this app: they can fix the "
                "file %1 and check it with “ombud-desktop org-config”."
            ).replace("%1", str(self.org.source or "organization.toml"))
        )

    def show_details(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums: made when first needed

        QMessageBox.information(self, self.tr("Organization settings"), self.problem_details())

    def hide_note(self) -> None:
        self.problem_box.hide()
        shown = (self.logo, self.name, self.help)
        if not any(widget.isVisibleTo(self) for widget in shown):
            self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_to_layout()
        super().changeEvent(event)
