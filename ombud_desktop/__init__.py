"""Ombud Desktop: an offline helper for Form DHS-7001 (CIS Ombudsman Case Assistance Form)."""

__version__ = "0.1.0"
APP_NAME = "Ombud Desktop"
