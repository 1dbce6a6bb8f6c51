"""The app as the AT-SPI walk reads it: a throwaway vault with one complete case but for
a missing first name and a wrong email address (so Next stops twice with a message: a
field's label inside the first), opened at the first page in the language asked for.
Run by test_atspi_walk.py inside a private D-Bus session:

    python -m tests.i18n.atspi_app DATA_DIR LANGUAGE PAGES_JSON

Before the window shows, PAGES_JSON receives the titles of the pages Next walks through,
in order (what the walk expects to hear announced), and each message Next stops with,
with what fixes it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

BAD_EMAIL = "ana-at-example"
GOOD_EMAIL = "ana@example.org"
FIRST_NAME = "Ana"
PASSPHRASE = "atspi walk passphrase"


def main(data_dir: Path, language: str, pages_file: Path) -> int:
    os.environ.setdefault("OMBUD_KDF_PROFILE", "test")
    from ombud_desktop.app import create_main_window
    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.ui.settings import Preferences
    from ombud_desktop.vault import Vault
    from tests.i18n.wizard_walk import complete_answers

    answers = complete_answers()
    del answers["subject"]["first_name"]
    answers["subject"]["email"] = BAD_EMAIL
    vault = Vault(data_dir)
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    case_id = vault.create_case(answers).id
    vault.close()
    secret = data_dir.parent / "passphrase.txt"
    secret.write_text(PASSPHRASE, "utf-8")

    app = OmbudApplication([sys.argv[0]])
    app.update_preferences(Preferences(language=language, idle_lock_minutes=0))
    app.set_language(language)
    window = create_main_window(
        ["--data-dir", str(data_dir), "--passphrase-file", str(secret), "--open", case_id]
    )
    wizard = window.wizard  # type: ignore[attr-defined]
    from ombud_desktop.core.formspec import field
    from ombud_desktop.ui.texts import message_text

    pages_file.write_text(
        json.dumps(
            {
                "titles": [page.title() for page in wizard.relevant_pages()],
                "blocks": [
                    {
                        "message": message_text(
                            "required", {"label": field("subject.first_name").label}
                        ),
                        "fix": FIRST_NAME,
                    },
                    {"message": message_text("email.format"), "fix": GOOD_EMAIL},
                ],
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    window.resize(1100, 800)
    window.show()
    window.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])))
