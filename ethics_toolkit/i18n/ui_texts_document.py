"""The app's texts of issue 12 (true statements, a printable report), merged into the catalogue."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual

DOCUMENT_TEXTS: dict[str, Bilingual] = {
    "report_author": Bilingual(sv="Upprättad av", en="Prepared by"),
    "report_author_help": Bilingual(
        sv="Namnet som står som rapportens upprättare på försättsbladet och i PDF-filens "
        "egenskaper. Lämnas det tomt står det ”ej angivet”.",
        en="The name printed as the report's author on the cover and stored in the PDF's "
        "properties. Left empty, the cover says “not stated”.",
    ),
    "report_undrawable": Bilingual(
        sv="Rapporten skapades, men: {warning}",
        en="The report was built, but: {warning}",
    ),
    "field_dpia_completed_help": Bilingual(
        sv="Datum då konsekvensbedömningen (DPIA) blev klar. GDPR art. 35.1 kräver den före "
        "behandlingen: klar efter driftstart är en överträdelse.",
        en="The date the data protection impact assessment (DPIA) was completed. GDPR Art. 35(1) "
        "requires it before the processing: completed after go-live is a breach.",
    ),
    "field_art9_ground_help": Bilingual(
        sv="Behandlas känsliga uppgifter (t.ex. etniskt ursprung eller hälsa), även bara för att "
        "granska verktyget, krävs ett undantag enligt GDPR art. 9.2. Skriv vilket och var det är "
        "dokumenterat.",
        en="Processing special-category data (such as ethnic origin or health), even only to "
        "audit the tool, needs a GDPR Art. 9(2) exception. Write which one and where it is "
        "documented.",
    ),
    "profile_open_facts": Bilingual(
        sv="Inte fastställt ännu – ange: {needs}.",
        en="Not determined yet – tell us: {needs}.",
    ),
    "flag_outcome": Bilingual(sv="{flag}: **{outcome}**", en="{flag}: **{outcome}**"),
    "flag_emotion": Bilingual(
        sv="Förbjuden känsloigenkänning (art. 5.1 f)",
        en="Prohibited emotion recognition (Art. 5(1)(f))",
    ),
    "flag_dpia_timing": Bilingual(
        sv="DPIA före behandlingen (GDPR art. 35.1)",
        en="DPIA before the processing (GDPR Art. 35(1))",
    ),
    "flag_art9": Bilingual(
        sv="Undantag för känsliga uppgifter (GDPR art. 9.2)",
        en="Special-category exception (GDPR Art. 9(2))",
    ),
    "audit_special_data": Bilingual(
        sv="Granskningen använder känsliga personuppgifter ({columns}). {law} Ange undantaget "
        "eller grunden i verktygets profil, så visas det i rapporten.",
        en="The audit uses special-category data ({columns}). {law} State the exception or the "
        "basis in the tool's profile and the report shows it.",
    ),
    "audit_special_ground": Bilingual(
        sv="Granskningen använder känsliga personuppgifter ({columns}). Undantag enligt GDPR "
        "art. 9.2 i verktygets profil: {ground}",
        en="The audit uses special-category data ({columns}). GDPR Art. 9(2) exception in the "
        "tool's profile: {ground}",
    ),
}
