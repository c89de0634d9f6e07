"""The main window: its actions and menus, and the controllers it is composed of."""
