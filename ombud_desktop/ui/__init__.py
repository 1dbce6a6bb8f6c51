"""The Qt user interface. Only Qt code lives here."""
