"""Qt-free domain: the form as data, the case model, validation, screening."""
