"""What the register states about a tool, computed once (issue 21 §1).

Every claim a page, a report, a notice, the active-measures document, an explanation reply or the
command line makes about a tool (its classification under each article, counts, deadlines,
statuses, who did what when) is computed here, from the tool's record as of one date, with its
evidence; the outputs only word and lay it out. Two outputs built from the same
:class:`~ethics_toolkit.register.statements.model.ToolStatements` cannot contradict each other.

No SQL, no Streamlit, no reportlab: the room reads the law, the legal classification and the
domain, and ``status`` and ``duties`` above it read this room.
"""
