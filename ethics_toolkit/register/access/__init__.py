"""Who may do what in the register (issue 22): roles per tool, the decision, four eyes; no SQL.

``roles`` names the roles and what each permits; ``decide`` answers "may this person do this to
this tool?" from the grants alone, and raises the refusal the store, the app and the CLI show.
The store asks it with one line at the top of every write (``StoreBase._allow``); the app asks the
same functions to show and enable only what a role may do.
"""
