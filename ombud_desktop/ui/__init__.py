"""The Qt front end (wizard, dialogs, widgets). Only Qt code lives here."""

from ombud_desktop.ui.refcount_guard import make_singletons_immortal

make_singletons_immortal()
