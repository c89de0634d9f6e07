"""The window's dialogs that belong to no single feature: settings, shortcuts, messages, backups."""
