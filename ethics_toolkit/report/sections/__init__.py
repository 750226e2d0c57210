"""The report's sections, one module per section (or group of related sections).

``build`` assembles them: every report has the cover, summary, bias audit, provenance, method and
glossary (:mod:`.audit`, with the statistical-validity parts in :mod:`.validity` and the decision
process in :mod:`.process`); the management report adds the sections that read the register
(:mod:`.tool`, :mod:`.risks`, :mod:`.checklists`, :mod:`.monitoring`, :mod:`.actions`,
:mod:`.signoff`).
"""
