"""PDF rendering of the form, addendum and attachments."""
