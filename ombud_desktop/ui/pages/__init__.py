"""Wizard pages, one module each, in the order the person meets them (see `PAGE_CLASSES`)."""
