"""One attachment through the whole app, as the command line runs it, in this process:
case new -> case attach -> case render -> case export (email, fax, mail).

    python tests/documents/pipeline_driver.py FILE WORKDIR [--category other]

Prints one JSON line {"attach": rc, "render": rc, ...} on stdout; the app's own messages
go to stderr as the CLI writes them. Run under tests/documents/measured.py so the caller
learns the peak memory; OMBUD_DEBUG=1 lets an unexpected exception end in a traceback
(the caller fails on it) instead of the CLI's last-resort sentence.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ombud_desktop import cli

ANSWERS = Path(__file__).resolve().parents[1] / "data" / "complete_ready.json"


def main() -> int:
    source, work = Path(sys.argv[1]), Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("OMBUD_DATA_DIR", str(work / "data"))
    phrase = work / "pass.txt"
    phrase.write_text("correct horse battery staple pipeline")
    answers = json.loads(ANSWERS.read_text("utf-8"))
    del answers["documents"]
    (work / "answers.json").write_text(json.dumps(answers), "utf-8")
    pf = ["--passphrase-file", str(phrase)]
    made = io.StringIO()
    with contextlib.redirect_stdout(made):
        assert cli.main([*pf, "case", "new", "--answers", str(work / "answers.json")]) == 0
    case_id = made.getvalue().strip()
    out = work / "out"
    out.mkdir(exist_ok=True)
    steps = {
        "attach": ["case", "attach", case_id, str(source), "--category", "other"],
        "render": ["case", "render", case_id, "--out", str(out / "render.pdf"), "--stamp"],
        "preview": ["case", "render", case_id, "--out", str(out / "preview.pdf"), "--preview"],
        "email": ["case", "export", case_id, "--channel", "email", "--out", str(out)],
        "fax": ["case", "export", case_id, "--channel", "fax", "--tiff", "--out", str(out)],
        "mail": ["case", "export", case_id, "--channel", "mail", "--out", str(out)],
    }
    codes: dict[str, int] = {}
    for name, args in steps.items():
        with contextlib.redirect_stdout(io.StringIO()):
            codes[name] = cli.main([*pf, *args])
        if name == "attach" and codes[name] != 0:
            break  # refused at the door: nothing further to try
    print(json.dumps(codes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
