"""The Qt-free start-up: the command line is parsed once, by cli.py, and the app gets
the parsed arguments (with the words meant for Qt) rather than parsing them again."""

from __future__ import annotations

import argparse

import pytest

from ombud_desktop import app, cli, startup
from ombud_desktop.errors import UserFacingError


def test_cli_parses_once_and_hands_the_parsed_arguments_to_the_app(monkeypatch, tmp_path):
    parsed: list[list[str]] = []
    real_parse = argparse.ArgumentParser.parse_known_args

    def counting_parse(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        parsed.append(list(args or []))
        return real_parse(self, args, namespace)

    received: list[tuple[argparse.Namespace, list[str]]] = []
    monkeypatch.setattr(argparse.ArgumentParser, "parse_known_args", counting_parse)
    monkeypatch.setattr(app, "main", lambda args, qt: received.append((args, list(qt))) or 0)
    argv = ["--data-dir", str(tmp_path), "--open", "c1", "-reverse"]
    assert cli.main(argv) == 0
    assert len(parsed) == 1
    [(args, qt_args)] = received
    assert (args.data_dir, args.open, args.command) == (str(tmp_path), "c1", None)
    assert qt_args == ["-reverse"]


def test_a_subcommand_with_words_for_qt_is_a_usage_error():
    with pytest.raises(SystemExit) as ended:
        cli.main(["schema", "-reverse"])
    assert ended.value.code == 2


def test_app_arguments_outside_the_command_keep_qt_words_apart(tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    context, qt_args = startup.parse_app_args(
        ["-style", "fusion", "--passphrase-file", str(secret), "--open", "c2"]
    )
    assert qt_args == ["-style", "fusion"]
    assert context.open_case_id == "c2" and context.data_dir is None
    assert context.passphrase() == "correct horse battery staple"
    assert startup.AppContext().passphrase() is None


@pytest.mark.parametrize(
    ("content", "said"), [(b"", "is empty"), (b"\xff\xfe\x00", "not UTF-8"), (None, "Could not")]
)
def test_a_bad_passphrase_file_is_a_sentence(tmp_path, content, said):
    path = tmp_path / "pass.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserFacingError, match=said):
        startup.read_passphrase_file(path)
