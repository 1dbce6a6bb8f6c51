"""Reusable Qt widgets of the wizard (signature pad, receipt list, attachment list...)."""
