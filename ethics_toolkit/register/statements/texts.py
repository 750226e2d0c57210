# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The statements' own sentences: why an answer needs review, and the deadlines' names.

A pure text catalogue, read by the statements room; the outputs word everything else.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue

TEXTS = Catalogue(
    {
        # Why an answer needs review (issue 21 §2).
        "review.later_event": Bilingual(
            sv="Underlaget hänvisar till {cited}, men svaret gavs {given}: det intygar något som ännu inte hade hänt (eller en plan vars datum har passerat).",
            en="The evidence cites {cited}, but the answer was given on {given}: it certifies something that had not happened yet (or a plan whose date has passed).",
        ),
        "review.art9": Bilingual(
            sv="Registret visar känsliga personuppgifter ({data}) och inget undantag enligt GDPR art. 9.2 är angivet.",
            en="The register shows special-category data ({data}) and no GDPR Art. 9(2) exception is stated.",
        ),
        "review.dpia": Bilingual(
            sv="Profilen anger att DPIA:n blev klar {done} och driftstarten {go_live}: svaret säger emot det.",
            en="The profile says the DPIA was completed on {done} and the tool went live on {go_live}: the answer contradicts it.",
        ),
        "review.art22": Bilingual(
            sv="Andra svar i checklistan eller den senaste granskningen visar att verktyget i praktiken beslutar (se GDPR art. 22 i klassificeringen).",
            en="Other checklist answers or the latest audit show that in practice the tool decides (see GDPR Art. 22 in the classification).",
        ),
        "review.fria": Bilingual(
            sv="En FRIA krävs (offentlig arbetsgivare och högrisksystem), så punkten är tillämplig.",
            en="A FRIA is required (a public employer and a high-risk system), so the item applies.",
        ),
        "review.no_audit": Bilingual(
            sv="Registret innehåller ingen biasgranskning av verktyget.",
            en="The register holds no bias audit of the tool.",
        ),
    }
)
