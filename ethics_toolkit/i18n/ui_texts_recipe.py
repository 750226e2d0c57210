# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The app's texts of the audit recipe (issue 20), merged into the UI catalogue: where the mapping
starts, what is new in an export, the groups of a compared column and the questions about its
values, the reference group, the recipe as a file; dismissing proposed risks with a reason; and
checklist answers kept as drafts. What the recipe's diff and the guess say is the engine's
(``engine/recipe/diff.py``, ``engine/recipe/reasons.py``), as in the CLI."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Plural

RECIPE_TEXTS: dict[str, Bilingual | Plural] = {
    # -- the sheet -------------------------------------------------------------------------------
    "audit_sheet_auto": Bilingual(
        sv="Automatiskt: bladet med flest rader", en="Automatic: the sheet with the most rows"
    ),
    "audit_sheet_by_content": Bilingual(
        sv="Bladet valdes efter innehållet: {note}.",
        en="The sheet was chosen by its content: {note}.",
    ),
    # -- where the mapping starts ----------------------------------------------------------------
    "rcp_from_guess": Bilingual(
        sv="Förslaget nedan bygger på innehållet i filen. Kontrollera det och svara på frågorna; när du sparar granskningen sparas valen som verktygets recept och används nästa gång.",
        en="The proposal below is based on the file's content. Check it and answer the questions; when you save the audit, the choices are saved as the tool's recipe and used next time.",
    ),
    "rcp_from_tool": Bilingual(
        sv="Receptet för {tool} används (version {version}, sparat {at} av {by}): samma val som förra gången.",
        en="The recipe of {tool} is used (version {version}, saved {at} by {by}): the same choices as last time.",
    ),
    "rcp_from_file": Bilingual(
        sv="Receptet i filen {name} används.", en="The recipe in the file {name} is used."
    ),
    "rcp_box_title": Bilingual(sv="Receptet", en="The recipe"),
    "rcp_box_help": Bilingual(
        sv="Ett recept är alla val som gör en export till den granskade tabellen: blad, kolumner, vad värdena betyder, grupper, okända värden och jämförelsegrupper. Det innehåller inga rader och inga antal.",
        en="A recipe is every choice that turns an export into the audited table: sheet, columns, what the values mean, groups, unknown values and reference groups. It holds no rows and no counts.",
    ),
    "rcp_upload": Bilingual(
        sv="Använd ett sparat recept (YAML-fil)", en="Use a saved recipe (YAML file)"
    ),
    "rcp_upload_help": Bilingual(
        sv="Filen som du laddade ned efter en granskning, eller som ethics-toolkit audit --save-recipe skrev.",
        en="The file you downloaded after an audit, or that ethics-toolkit audit --save-recipe wrote.",
    ),
    "rcp_forget_file": Bilingual(sv="Sluta använda receptfilen", en="Stop using the recipe file"),
    "rcp_set_aside": Bilingual(
        sv="Börja om från filens innehåll", en="Start again from the file's content"
    ),
    "rcp_use_tool": Bilingual(sv="Använd receptet för {tool}", en="Use the recipe of {tool}"),
    "rcp_nothing_new": Bilingual(
        sv="Inget nytt i den här exporten: alla värden finns i receptet.",
        en="Nothing new in this export: every value is in the recipe.",
    ),
    "rcp_new_title": Bilingual(
        sv="Nytt i den här exporten jämfört med receptet",
        en="New in this export compared with the recipe",
    ),
    "rcp_new_questions": Plural(
        one=Bilingual(
            sv="{count} fråga att besvara: se Frågor till dig nedan.",
            en="{count} question to answer: see Questions for you below.",
        ),
        other=Bilingual(
            sv="{count} frågor att besvara: se Frågor till dig nedan.",
            en="{count} questions to answer: see Questions for you below.",
        ),
    ),
    "rcp_download": Bilingual(sv="Ladda ned receptet (YAML)", en="Download the recipe (YAML)"),
    "rcp_download_help": Bilingual(
        sv="Alla val i den här granskningen som en läsbar fil. Ladda upp den med nästa export, eller använd den på kommandoraden: ethics-toolkit audit FIL --recipe RECEPT.yaml.",
        en="Every choice of this audit as a readable file. Upload it with the next export, or use it on the command line: ethics-toolkit audit FILE --recipe RECIPE.yaml.",
    ),
    "rcp_saved_with_audit": Bilingual(
        sv="Receptet (valen ovan) sparas med granskningen och används för nästa export till {tool}.",
        en="The recipe (the choices above) is saved with the audit and used for the next export to {tool}.",
    ),
    "rcp_saved": Bilingual(
        sv="Receptet sparades som version {version}.",
        en="The recipe was saved as version {version}.",
    ),
    "rcp_same": Bilingual(
        sv="Receptet är oförändrat (version {version}).",
        en="The recipe is unchanged (version {version}).",
    ),
    "periods_one": Bilingual(
        sv="Alla rader ligger i perioden {period}. Jämförelsen över tid visas när granskningar av fler perioder är sparade (sidan Skyldigheter) eller när filen spänner över flera perioder.",
        en="Every row is in the period {period}. The comparison over time shows once audits of more periods are saved (the Duties page) or when the file spans several periods.",
    ),
    # -- the mapping -----------------------------------------------------------------------------
    "map_sheet_reason": Bilingual(sv="Blad: {note}.", en="Sheet: {note}."),
    "map_more_values": Plural(
        one=Bilingual(sv="{count} värde till", en="{count} more value"),
        other=Bilingual(sv="{count} värden till", en="{count} more values"),
    ),
    "map_need_recommendation": Bilingual(
        sv="Ange vilket värde i {column} som betyder att verktyget rekommenderade personen.",
        en="Say which value of {column} means that the tool recommended the person.",
    ),
    "map_need_truth": Bilingual(
        sv="Ange vilket värde i {column} som betyder kvalificerad.",
        en="Say which value of {column} means qualified.",
    ),
    "map_need_answers": Bilingual(
        sv="Svara på frågorna under Frågor till dig först (värdena {values}): granskningen gissar aldrig.",
        en="Answer the questions under Questions for you first (the values {values}): the audit never guesses.",
    ),
    "proc_pick_positive_help": Bilingual(
        sv="Förvalt bara när orden gör det säkert (t.ex. Rekommenderad / Ej rekommenderad), aldrig efter ordningen.",
        en="Preset only when the words make it certain (e.g. Recommended / Not recommended), never by the order.",
    ),
    "proc_pick_positive_ask": Bilingual(
        sv="Orden i {column} avgör inte vilket värde som betyder ja: välj det.",
        en="The words in {column} do not say which value means yes: choose it.",
    ),
    # -- questions ---------------------------------------------------------------------------------
    "grp_questions_title": Bilingual(sv="Frågor till dig", en="Questions for you"),
    "grp_questions_help": Bilingual(
        sv="Här avgör orden inte saken, så granskningen frågar i stället för att gissa. Svaren sparas i receptet.",
        en="Here the words do not settle it, so the audit asks instead of guessing. The answers are saved in the recipe.",
    ),
    "grp_answer": Bilingual(sv="Räkna {value} som", en="Count {value} as"),
    "grp_answer_help": Bilingual(
        sv="En grupp, en egen grupp (jämförs för sig), eller okänt (redovisas för sig och lämnas utanför kvoterna).",
        en="A group, a group of its own (compared on its own), or unknown (reported on its own and left out of the ratios).",
    ),
    "grp_own_group": Bilingual(sv="En egen grupp: {value}", en="A group of its own: {value}"),
    "grp_as_unknown": Bilingual(sv="Okänt", en="Unknown"),
    # -- groups ------------------------------------------------------------------------------------
    "grp_title": Bilingual(sv="Grupper som jämförs", en="Groups compared"),
    "grp_help": Bilingual(
        sv="Se vad varje värde räknas som. Slå ihop värden till grupper (till exempel länder till regioner), markera värden som okända och välj vilken grupp de andra jämförs med.",
        en="See what each value is counted as. Merge values into groups (for example countries into regions), mark values as unknown and choose the group the others are compared with.",
    ),
    "grp_section": Bilingual(
        sv="{column}: grupper, okända värden och jämförelsegrupp",
        en="{column}: groups, unknown values and reference group",
    ),
    "grp_summary": Bilingual(
        sv="{values} värden i filen → {groups} grupper som jämförs.",
        en="{values} values in the file → {groups} groups compared.",
    ),
    "grp_too_many": Bilingual(
        sv="Kolumnen har {n} olika värden: för många för att jämföra som grupper. Välj en annan kolumn, eller dela in värdena i grupper i filen först (till exempel åldrar i åldersgrupper).",
        en="The column has {n} different values: too many to compare as groups. Choose another column, or put the values into groups in the file first (for example ages into age bands).",
    ),
    "grp_col_value": Bilingual(sv="Värde i filen", en="Value in the file"),
    "grp_col_rows": Bilingual(sv="Rader", en="Rows"),
    "grp_col_counted": Bilingual(sv="Räknas som", en="Counted as"),
    "grp_blank": Bilingual(sv="(tomt)", en="(blank)"),
    "grp_counted_unknown": Bilingual(sv="okänt", en="unknown"),
    "grp_waiting": Bilingual(sv="? svara på frågan ovan", en="? answer the question above"),
    "grp_builtin": Bilingual(
        sv="Gruppera länderna i regioner: Sverige, Europa utom Sverige, Utanför Europa",
        en="Group the countries into regions: Sverige, Europa utom Sverige, Utanför Europa",
    ),
    "grp_builtin_help": Bilingual(
        sv="Den inbyggda indelningen som svensk forskning och SCB använder, med alla länder på svenska och engelska. Dina egna grupper går före.",
        en="The built-in split that Swedish research and SCB use, with every country in Swedish and English. Your own groups come first.",
    ),
    "grp_yours": Bilingual(sv="**Dina grupper**{source}", en="**Your groups**{source}"),
    "grp_from_file": Bilingual(sv=" (från {name})", en=" (from {name})"),
    "grp_remove": Bilingual(sv="Ta bort", en="Remove"),
    "grp_new": Bilingual(
        sv="**Slå ihop värden till en grupp**", en="**Merge values into a group**"
    ),
    "grp_new_values": Bilingual(sv="Värden", en="Values"),
    "grp_new_name": Bilingual(sv="Gruppens namn", en="Name of the group"),
    "grp_new_name_placeholder": Bilingual(
        sv="t.ex. Europa utom Sverige", en="e.g. Europa utom Sverige"
    ),
    "grp_new_add": Bilingual(sv="Skapa gruppen", en="Create the group"),
    "grp_new_missing": Bilingual(
        sv="Välj minst ett värde och skriv gruppens namn.",
        en="Choose at least one value and write the group's name.",
    ),
    "grp_file": Bilingual(
        sv="Eller ladda upp en gruppering (CSV: värde,grupp)",
        en="Or upload a grouping (CSV: value,group)",
    ),
    "grp_file_help": Bilingual(
        sv="En rad per värde: värdet och dess grupp, till exempel Polen,Europa utom Sverige. Filen ersätter dina grupper i kolumnen.",
        en="One line per value: the value and its group, for example Polen,Europa utom Sverige. The file replaces your groups in the column.",
    ),
    "grp_unknown": Bilingual(sv="Räkna som okänt", en="Count as unknown"),
    "grp_unknown_help": Bilingual(
        sv="Okända värden redovisas för sig och lämnas utanför kvoterna. Tomma celler och svar som vill ej uppge eller okänt räknas alltid som okända.",
        en="Unknown values are reported on their own and left out of the ratios. Blank cells and answers such as prefer not to say or unknown always count as unknown.",
    ),
    "grp_reference": Bilingual(sv="Jämförelsegrupp", en="Reference group"),
    "grp_reference_auto": Bilingual(
        sv="Automatiskt: gruppen med högst andel", en="Automatic: the group with the highest rate"
    ),
    "grp_reference_option": Bilingual(sv="{group} ({rows} rader)", en="{group} ({rows} rows)"),
    "grp_reference_help": Bilingual(
        sv="De andra grupperna jämförs med den här. Standard är gruppen med högst andel; välj själv om den är liten eller betyder annat eller okänt, så att jämförelsen blir meningsfull.",
        en="The other groups are compared with this one. The default is the group with the highest rate; choose it yourself when that group is small or means other or unknown, so that the comparison means something.",
    ),
    "grp_reference_check": Bilingual(
        sv="Kontrollera jämförelsegruppen", en="Check the reference group"
    ),
    "grp_use_reference": Bilingual(
        sv="Jämför med {group} i stället", en="Compare with {group} instead"
    ),
    # -- proposals ---------------------------------------------------------------------------------
    "proposal_dismiss_all": Plural(
        one=Bilingual(sv="Avfärda förslaget", en="Dismiss the proposal"),
        other=Bilingual(sv="Avfärda alla {count} förslag", en="Dismiss all {count} proposals"),
    ),
    "proposal_dismiss_help": Bilingual(
        sv="Skälet sparas i ändringshistoriken, och förslaget kommer inte tillbaka för den här granskningen.",
        en="The reason is kept in the change history, and the proposal does not come back for this audit.",
    ),
    "proposal_reason": Bilingual(sv="Skäl", en="Reason"),
    "proposal_reason_placeholder": Bilingual(
        sv="t.ex. Redan hanterad i risken om urvalskriterier",
        en="e.g. Already handled in the risk on selection criteria",
    ),
    "proposal_dismissed_n": Plural(
        one=Bilingual(
            sv="Förslaget är avfärdat; skälet står i historiken.",
            en="The proposal was dismissed; the reason is in the history.",
        ),
        other=Bilingual(
            sv="{count} förslag är avfärdade; skälet står i historiken.",
            en="{count} proposals were dismissed; the reason is in the history.",
        ),
    ),
    "proposal_dismissed_count": Plural(
        one=Bilingual(
            sv="{count} förslag från granskningen är avfärdat med ett skäl.",
            en="{count} proposal from the audit was dismissed with a reason.",
        ),
        other=Bilingual(
            sv="{count} förslag från granskningen är avfärdade med ett skäl.",
            en="{count} proposals from the audit were dismissed with a reason.",
        ),
    ),
    # -- checklist drafts --------------------------------------------------------------------------
    "checklist_unsaved_here": Plural(
        one=Bilingual(
            sv="{count} svar i området är inte sparat än.",
            en="{count} answer in this area is not saved yet.",
        ),
        other=Bilingual(
            sv="{count} svar i området är inte sparade än.",
            en="{count} answers in this area are not saved yet.",
        ),
    ),
    "checklist_unsaved": Plural(
        one=Bilingual(
            sv="{count} svar är inte sparat än, i {areas}. Det finns kvar tills du sparar eller stänger fliken.",
            en="{count} answer is not saved yet, in {areas}. It stays until you save it or close the tab.",
        ),
        other=Bilingual(
            sv="{count} svar är inte sparade än, i {areas}. De finns kvar tills du sparar eller stänger fliken.",
            en="{count} answers are not saved yet, in {areas}. They stay until you save them or close the tab.",
        ),
    ),
    "checklist_save_all": Bilingual(sv="Spara de osparade svaren", en="Save the unsaved answers"),
}
