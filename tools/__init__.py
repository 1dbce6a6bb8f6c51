"""Developer tools kept outside the app package (they are not shipped)."""
