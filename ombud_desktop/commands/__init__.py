"""CLI subcommands: each module defines register(subparsers); cli.py finds them all."""
