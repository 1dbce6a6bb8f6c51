from tests.cli_runner import run_cli


def test_global_options_parse_without_a_command():
    from ombud_desktop.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["--data-dir", "/x"])
    assert args.command is None and args.data_dir == "/x"


def test_unknown_subcommand_is_a_usage_error():
    result = run_cli("no-such-command")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
