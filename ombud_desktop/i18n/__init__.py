"""Language list and translation loading."""
