# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The report's sentences about the document itself (issue 12): annexes, contents, warnings.

Joined into the one report catalogue by :mod:`ethics_toolkit.report.texts`; kept apart so that
each module stays small. Legal statements live in ``register/legal.py`` and the AI Act's dates in
``register/ai_act_dates.yaml``; this file only words how the report shows them.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Plural

DOCUMENT_TEXTS: dict[str, Bilingual | Plural] = {
    # --- Annexes ----------------------------------------------------------------------------------
    "annex.heading": Bilingual(sv="Bilaga {letter}. {title}", en="Annex {letter}. {title}"),
    "annex.see": Bilingual(sv="(hela texten i bilaga {ref})", en="(full text in annex {ref})"),
    "annex.long_title": Bilingual(sv="Långa texter i sin helhet", en="Long entries in full"),
    "annex.long_intro": Bilingual(
        sv="Texter som är för långa för tabellerna är avkortade med ”…” där och skrivs ut i sin helhet här.",
        en="Entries too long for the tables are cut with “…” there and printed in full here.",
    ),
    "annex.undrawable_title": Bilingual(
        sv="Text som rapporten inte kunde återge", en="Text the report could not draw"
    ),
    "annex.undrawable_intro": Bilingual(
        sv="Rapporten kan inte återge en del av texten nedan som den är skriven: typsnittet ({font}) saknar tecknet, texten skrivs från höger till vänster (vilket rapporten inte kan sätta), eller tecknet (som de flesta emojier) ligger utanför det som PDF-filens textlager kan bära. Sådana tecken visas som ”�” i rapporten. Texten finns oförändrad i registret; tecknen anges här med sina Unicode-namn så att den kan kontrolleras.",
        en="The report cannot print some of the text below as written: the font ({font}) has no glyph for the character, the text is written right to left (which the report cannot lay out), or the character (like most emoji) lies beyond what the PDF's text layer can carry. Such characters are shown as “�” in the report. The text is unchanged in the register; the characters are named here by their Unicode names so that it can be checked.",
    ),
    "annex.undrawable_entry": Bilingual(
        sv="Sida {page}: ”{shown}” – {characters}",
        en="Page {page}: “{shown}” – {characters}",
    ),
    "warn.undrawable": Plural(
        one=Bilingual(
            sv="{count} ställe i rapporten innehåller tecken som rapporten inte kan återge som de är skrivna; de visas som ”�” och listas i rapportens sista bilaga: {examples}",
            en="{count} place in the report holds characters the report cannot print as written; they show as “�” and are listed in the report's last annex: {examples}",
        ),
        other=Bilingual(
            sv="{count} ställen i rapporten innehåller tecken som rapporten inte kan återge som de är skrivna; de visas som ”�” och listas i rapportens sista bilaga: {examples}",
            en="{count} places in the report hold characters the report cannot print as written; they show as “�” and are listed in the report's last annex: {examples}",
        ),
    ),
    # --- Data source (issue 12) -------------------------------------------------------------------
    "prov.positive_detected": Bilingual(
        sv="(upptäckt automatiskt ur filens värden)", en="(detected from the file's values)"
    ),
    "prov.run_by_unknown": Bilingual(
        sv="ej angivet (ange namnet med --by eller ETHICS_TOOLKIT_USER)",
        en="not stated (give the name with --by or ETHICS_TOOLKIT_USER)",
    ),
    "prov.special": Bilingual(
        sv="Känsliga personuppgifter (GDPR art. 9)", en="Special-category data (GDPR Art. 9)"
    ),
    "prov.special_ground": Bilingual(
        sv="{columns}. Undantag enligt art. 9.2: {ground}",
        en="{columns}. Art. 9(2) exception: {ground}",
    ),
    # Issue 21 §7: {law} is the basis in force on the report's date (register/law/provisions.yaml).
    "prov.special_no_ground": Bilingual(
        sv="{columns}. Undantag enligt art. 9.2: ej angivet. {law} Ange undantaget med --art9-ground.",
        en="{columns}. Art. 9(2) exception: not stated. {law} State it with --art9-ground.",
    ),
    "prov.special_no_ground_tool": Bilingual(
        sv="{columns}. Undantag enligt art. 9.2: ej angivet. {law} Ange undantaget i verktygets profil.",
        en="{columns}. Art. 9(2) exception: not stated. {law} State it in the tool's profile.",
    ),
    # --- Legal classification (issue 12) ----------------------------------------------------------
    "cls.emotion": Bilingual(
        sv="Förbjuden känsloigenkänning (AI-förordningen art. 5.1 f)",
        en="Prohibited emotion recognition (AI Act Art. 5(1)(f))",
    ),
    "cls.dpia_timing": Bilingual(
        sv="DPIA före behandlingen (GDPR art. 35.1)",
        en="DPIA before the processing (GDPR Art. 35(1))",
    ),
    "cls.art22_evidence": Bilingual(
        sv="Helt automatiserade beslut (GDPR art. 22)",
        en="Solely automated decisions (GDPR Art. 22)",
    ),
    "cls.art9": Bilingual(
        sv="Undantag för känsliga uppgifter (GDPR art. 9.2)",
        en="Special-category exception (GDPR Art. 9(2))",
    ),
    "cls.dates": Bilingual(
        sv="När AI-förordningens högriskkrav gäller", en="When the AI Act's high-risk duties apply"
    ),
    "cls.law_sources": Bilingual(
        sv="Rättsliga uppgifter: {version}. Källor: {sources}.",
        en="Legal content: {version}. Sources: {sources}.",
    ),
    "cover.law": Bilingual(sv="Rättsliga uppgifter", en="Legal content"),
    "cls.not_determined": Bilingual(
        sv="Inte fastställt: ange {needs}.", en="Not determined: tell us {needs}."
    ),
    "cls.contradiction": Bilingual(sv="Motsägelse och källa", en="Contradiction and its source"),
    "cls.open": Bilingual(
        sv="Uppgifter som saknas för en fullständig klassificering",
        en="Facts missing for a complete classification",
    ),
    # --- Checklists (issue 12: every answer counted once) -----------------------------------------
    "chk.items": Bilingual(sv="Punkter", en="Items"),
    "chk.partly": Bilingual(sv="Delvis", en="Partly"),
    "chk.dont_know": Bilingual(sv="Vet inte", en="Don't know"),
    "chk.not_applicable": Bilingual(sv="Ej tillämpliga", en="Not applicable"),
    "chk.unanswered": Bilingual(sv="Obesvarade", en="Unanswered"),
    "chk.total": Bilingual(sv="Totalt", en="Total"),
    "chk.needs_review": Bilingual(sv="Behöver granskas", en="Needs review"),
    "chk.review_items": Bilingual(sv="Svar som behöver granskas", en="Answers that need review"),
    "chk.review_intro": Bilingual(
        sv="Ett svar vars underlag hänvisar till något som hände efter att svaret gavs, eller som säger emot registrets egna uppgifter, räknas inte som uppfyllt och inte som underlag för den rättsliga klassificeringen. Granska och besvara det på nytt.",
        en="An answer whose evidence cites something that happened after it was given, or that contradicts the register's own data, counts neither as met nor as evidence for the legal classification. Review it and answer it again.",
    ),
    "chk.review_why": Bilingual(sv="Varför", en="Why"),
    "chk.given": Bilingual(sv="besvarad {given} av {who}", en="answered on {given} by {who}"),
    "chk.revised": Bilingual(
        sv="besvarad {given}, ändrad {revised} av {who}",
        en="answered on {given}, revised on {revised} by {who}",
    ),
    "chk.intro_counts": Bilingual(
        sv="Tabellen visar per område hur punkterna är besvarade. ”Vet inte” är inte ett nej utan en kunskapslucka som ska fyllas; ej tillämpliga, obesvarade och svar som behöver granskas räknas för sig.",
        en="The table shows per area how the items are answered. “Don't know” is not a “no” but a gap in knowledge to close; items that do not apply, unanswered items and answers that need review are counted separately.",
    ),
    "chk.items_in": Bilingual(
        sv="Svaren som behöver granskas, punkterna som inte är uppfyllda (nej eller delvis) och de som är besvarade ”vet inte” finns med svar, underlag och vägledning i bilaga {letter}.",
        en="The answers that need review, the items not met (no or partly) and those answered “don't know” are listed with their answers, evidence and guidance in annex {letter}.",
    ),
    "chk.items_intro": Bilingual(
        sv="Svaren som behöver granskas, punkterna som inte är uppfyllda (nej eller delvis) och därefter de som är besvarade ”vet inte”, per område: frågan, svaret med underlag och checklistans vägledning.",
        en="The answers that need review, the items not met (no or partly), then those answered “don't know”, by area: the question, the answer with its evidence, and the checklist's guidance.",
    ),
    # --- Core and annexes (issue 21: a report read in ten minutes) --------------------------------
    "cover.annexes": Bilingual(
        sv="Bilagor: detaljer, vägledning och historik", en="Annexes: details, guidance and history"
    ),
    "sec.audit_detail": Bilingual(sv="Biasgranskningen i detalj", en="The bias audit in detail"),
    "sec.checklist_items": Bilingual(
        sv="Checklistpunkter att åtgärda",
        en="Checklist items to act on",
    ),
    "sec.history": Bilingual(sv="Ändringshistorik", en="Change history"),
    "aud.details_in": Bilingual(
        sv="Bedömning per grupp, diagram, felfrekvenser mot facit och iakttagelser i klartext finns i bilaga {letter}; datakällan i bilaga {source}.",
        en="The verdict per group, charts, error rates against the ground truth and the findings in plain words are in annex {letter}; the data source in annex {source}.",
    ),
    "aud.detail_intro": Bilingual(
        sv="Samma analyser som i rapportens avsnitt om biasgranskningen, med bedömningen per grupp, diagrammen, felfrekvenserna mot facit och iakttagelserna i klartext. Siffror för små celler döljs enligt regeln i metodavsnittet.",
        en="The same analyses as in the report's bias-audit section, with the verdict per group, the charts, the error rates against the ground truth and the findings in plain words. Figures of small cells are hidden by the rule in the method section.",
    ),
    "aud.error_rates_hidden": Bilingual(
        sv="Ett streck betyder att felfrekvenserna inte visas, så att inget antal under 5 kan räknas fram (regeln står i metodavsnittet).",
        en="A dash means the error rates are not shown, so that no count under 5 can be worked out (the rule is in the method section).",
    ),
    "sign.history_in": Bilingual(
        sv="Registrets ändringshistorik finns i bilaga {letter}.",
        en="The register's change history is in annex {letter}.",
    ),
    "chk.dont_know_items": Bilingual(
        sv="Punkter besvarade ”vet inte”", en="Items answered “don't know”"
    ),
    "n.checklist_gaps": Plural(
        one=Bilingual(
            sv="{count} checklistpunkt inte uppfylld eller bara delvis",
            en="{count} checklist item not met or only partly",
        ),
        other=Bilingual(
            sv="{count} checklistpunkter inte uppfyllda eller bara delvis",
            en="{count} checklist items not met or only partly",
        ),
    ),
    "n.needs_review": Plural(
        one=Bilingual(sv="{count} svar behöver granskas", en="{count} answer needs review"),
        other=Bilingual(sv="{count} svar behöver granskas", en="{count} answers need review"),
    ),
    "n.dont_know": Plural(
        one=Bilingual(sv="{count} besvarad ”vet inte”", en="{count} answered “don't know”"),
        other=Bilingual(sv="{count} besvarade ”vet inte”", en="{count} answered “don't know”"),
    ),
    "n.groups_below_all": Plural(
        one=Bilingual(
            sv="{count} grupp under fyra femtedelar ({detail})",
            en="{count} group below four-fifths ({detail})",
        ),
        other=Bilingual(
            sv="{count} grupper under fyra femtedelar ({detail})",
            en="{count} groups below four-fifths ({detail})",
        ),
    ),
    "n.groups_small_part": Bilingual(
        sv="varav {count} visas inte i siffror, se avsnitt {section}",
        en="{count} of them not shown in figures, see section {section}",
    ),
    "n.groups_section": Bilingual(sv="se avsnitt {section}", en="see section {section}"),
    # QA of issue 12: a tool with no audit or no answers is not "0 groups below four-fifths".
    "act.step1_no_audit": Bilingual(
        sv="Checklistorna i denna rapport är undersökningen hittills: {unmet}, {risks}. Ingen "
        "biasgranskning är gjord ännu, så rapporten kan inte säga något om skillnader mellan "
        "grupper (avsnitt {section}).",
        en="The checklists in this report are the investigation so far: {unmet}, {risks}. No "
        "bias audit has been done yet, so the report cannot say anything about differences "
        "between groups (section {section}).",
    ),
    "n.no_answers": Bilingual(
        sv="inga checklistpunkter besvarade ännu", en="no checklist items answered yet"
    ),
}
