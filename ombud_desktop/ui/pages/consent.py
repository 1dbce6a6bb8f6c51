"""Section 9: consent with the Privacy Act notice beside it, and the signature: drawn
(mouse, pen, touch), typed "/s/ Name", or print and sign. For T, U, VAWA, asylee and refugee
cases only print-and-sign is offered, and the page says why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.core.facts import SIGNATURE_METHODS, WET_INK, is_protected_category
from ombud_desktop.ui.accessibility import labelled
from ombud_desktop.ui.field_widgets import ChoiceEditor
from ombud_desktop.ui.pages.base import SectionPage, describe, heading, notice_panel, paragraph
from ombud_desktop.ui.widgets.signed_page_panel import SignedPagePanel


class ConsentPage(SectionPage):
    section_id = "consent"

    def build_top(self) -> None:
        self.notice_box, box = notice_panel("privacy_notice", "#f5f5f5", "#9e9e9e")
        self.notice_heading = heading(2)
        self.notice_text = paragraph()
        self.notice_text.setObjectName("privacy_notice_text")
        box.addWidget(self.notice_heading)
        box.addWidget(self.notice_text)
        self.layout_.addWidget(self.notice_box)

    def build_bottom(self) -> None:
        method = self.editors["consent.signature_method"]
        assert isinstance(method, ChoiceEditor)
        self.method_editor = method
        self.protected_box, box = notice_panel("protected_explanation", "#fff4e5", "#c77700")
        self.protected_text = paragraph()
        self.protected_text.setObjectName("protected_explanation_text")
        box.addWidget(self.protected_text)

        self.pad_box = QWidget()
        pad_layout = QVBoxLayout(self.pad_box)
        pad_layout.setContentsMargins(0, 0, 0, 0)
        from ombud_desktop.ui.widgets.signature_pad import SignaturePad  # when first built

        self.pad = SignaturePad()
        self.pad.setObjectName("consent.signature_pad")
        self.pad.changed.connect(self._pad_changed)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("consent.signature_clear")
        self.clear_button.clicked.connect(self.pad.clear)
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear_button)
        clear_row.addStretch(1)
        pad_layout.addWidget(self.pad)
        pad_layout.addLayout(clear_row)

        self.typed_preview = paragraph()
        self.typed_preview.setObjectName("typed_signature_preview")
        font = self.typed_preview.font()
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.typed_preview.setFont(font)
        self.wet_ink_text = paragraph()
        self.wet_ink_text.setObjectName("wet_ink_explanation")
        self.signed_page = SignedPagePanel(self.session, "consent.signed_page")

        index = self.layout_.indexOf(method)
        self.layout_.insertWidget(index, self.protected_box)
        shown = (self.pad_box, self.typed_preview, self.wet_ink_text, self.signed_page)
        for offset, widget in enumerate(shown, 2):
            self.layout_.insertWidget(index + offset, widget)
        self.pad.set_strokes(self.session.ui_state.get("signature_drawing"))

    # --- rules ------------------------------------------------------------------------
    def protected(self) -> bool:
        return is_protected_category(self.session.case)

    def _radio(self, code: str) -> QWidget:
        radio = self.findChild(QWidget, f"consent.signature_method:{code}")
        assert radio is not None, code
        return radio

    def after_change(self, path: str) -> None:
        if path == "consent.agreed" and self.session.get(path) is True:
            self._prefill()
        self._apply_rules()

    def _prefill(self) -> None:
        """Ticking "I agree" fills today's date and the subject's name when still empty."""
        if not self.session.get("consent.signed_on"):
            self.session.set("consent.signed_on", dt.date.today().isoformat())
        if not self.session.get("consent.signer_name"):
            parts = [self.session.get(f"subject.{k}") for k in ("first_name", "last_name")]
            name = " ".join(str(p) for p in parts if p) or self.session.get(
                "subject.organization_name"
            )
            if name:
                self.session.set("consent.signer_name", name)
        for path in ("consent.signed_on", "consent.signer_name"):
            self.editors[path].set_value(self.session.get(path))
        self.refresh_visibility()

    def _apply_rules(self) -> None:
        protected = self.protected()
        if protected and self.session.get("consent.signature_method") not in (None, WET_INK):
            self.session.set("consent.signature_method", WET_INK)
            self.method_editor.set_value(WET_INK)
        for code in SIGNATURE_METHODS:
            if code == WET_INK:
                continue
            self._radio(code).setVisible(not protected)
        self.protected_box.setVisible(protected)
        method = self.session.get("consent.signature_method")
        shown = self.method_editor.isVisible() or not self.method_editor.isHidden()
        self.pad_box.setVisible(shown and method == "drawn" and not protected)
        self.typed_preview.setVisible(shown and method == "typed" and not protected)
        self.wet_ink_text.setVisible(shown and method == WET_INK)
        self.signed_page.refresh()
        name = self.session.get("consent.signer_name") or ""
        self.typed_preview.setText(f"/s/ {name}" if name else self.tr("/s/ (type your name above)"))
        self.typed_preview.setAccessibleName(
            labelled(self.tr("Typed signature"), self.typed_preview.text())
        )

    def _pad_changed(self) -> None:
        strokes = self.pad.strokes()
        self.session.set_ui({"signature_drawing": strokes or None})

    def refresh_visibility(self) -> None:
        super().refresh_visibility()
        if hasattr(self, "pad_box"):
            self._apply_rules()

    def on_enter(self) -> None:
        super().on_enter()
        self.pad.set_strokes(self.session.ui_state.get("signature_drawing"))

    def retranslate(self) -> None:
        super().retranslate()
        self.notice_heading.setText(self.tr("Privacy Act notice"))
        self.notice_text.setText(
            self.tr(
                "Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look "
                "into your problem with USCIS. What happens with it: the Ombudsman shares it "
                "with USCIS, and with others only as the law and the published system-of-"
                "records notice allow. Giving it is voluntary, but without it and your consent "
                "the Ombudsman may not be able to help you."
            )
        )
        self.protected_text.setText(
            self.tr(
                "Because this case involves T, U, VAWA, asylee or refugee status, the law "
                "protects your information specially. The Ombudsman needs a signature in ink: "
                "print the form, sign it by hand, and scan or photograph it. A drawn or typed "
                "signature cannot be used."
            )
        )
        self.wet_ink_text.setText(
            self.tr(
                "Print and sign: the finished form is printed with an empty signature line. "
                "Sign it in ink, then scan or photograph the signed page and add it as a "
                "document, or send the paper."
            )
        )
        describe(
            self.clear_button,
            self.tr("C&lear signature"),
            self.tr("Erases the drawn signature so you can sign again."),
        )
        self._apply_rules()
