"""Where the request goes: each address with its source and the date it was last
checked, the older values a person may see on a brochure, and the request to confirm
them when online (the Ombudsman's operations changed in 2025)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ombud_desktop.export.channels import CHANNELS, CODES
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.ui.accessibility import labelled
from ombud_desktop.ui.texts import embedded
from ombud_desktop.ui.widgets.blocks import notice_panel, paragraph

SHOWN = (*CODES, "phone", "phone_toll_free")


class DestinationsView(QWidget):
    def __init__(self, destinations: Destinations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.destinations = destinations
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel, panel_layout = notice_panel("destinations_notice", "#fff8e1", "#c9a227")
        self.notice = paragraph()
        self.notice.setObjectName("destinations.notice")
        panel_layout.addWidget(self.notice)
        layout.addWidget(self.panel)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in SHOWN:
            label, value = QLabel(), paragraph()
            value.setObjectName(f"destinations.{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            self.form.addRow(label, value)
            self.labels[key], self.values[key] = label, value
        self.problems = paragraph()
        self.problems.setObjectName("destinations.problems")
        layout.addWidget(self.problems)
        self.retranslate()

    def retranslate(self) -> None:
        self.notice.setText(
            self.tr(
                "Check before sending: the Ombudsman's office changed how it operates in "
                "2025, so these contact details may be out of date. Confirm them at "
                "www.dhs.gov/cisombudsman when you next have an internet connection."
            )
        )
        names = {
            **{
                code: QCoreApplication.translate("bundle_readme", channel.label)
                for code, channel in CHANNELS.items()
            },
            "phone": self.tr("Phone"),
            "phone_toll_free": self.tr("Phone (toll free)"),
        }
        for key in SHOWN:
            contact = self.destinations.contacts[key]
            self.labels[key].setText(names[key] + ":")
            lines = [
                embedded(contact.value),  # an address keeps its order in an Arabic line
                self.tr("(last checked {date})").format(
                    date=contact.checked_on.strftime("%m/%d/%Y")
                ),
            ]
            lines[0] = f"{lines[0]}  {lines.pop()}"
            lines += [
                self.tr("Older brochures say: {value}").format(value=embedded(old))
                for old, _source in contact.earlier[:1]
            ]
            self.values[key].setText("\n".join(lines))
            sources = [self.tr("Source: {source}").format(source=contact.source)]
            sources += [f"{old}: {src}" for old, src in contact.earlier]
            self.values[key].setToolTip("\n".join(sources))
            self.values[key].setAccessibleName(labelled(names[key], self.values[key].text()))
            self.values[key].setAccessibleDescription("\n".join(sources))
        self.problems.setText("\n".join(self.destinations.problems))
        self.problems.setVisible(bool(self.destinations.problems))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # switched at run time: new words
            self.retranslate()
        super().changeEvent(event)
