"""Ready-to-send bundles for email, fax and mail."""
