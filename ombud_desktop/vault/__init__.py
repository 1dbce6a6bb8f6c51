"""Encrypted storage of cases and attachments."""
