"""Help of the register's commands in Swedish and English (issue 25): merged into ``HELP``.

A pure text catalogue (keys as in :mod:`ethics_toolkit.cli.help_texts`).
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue

B = Bilingual

REGISTER_HELP = Catalogue(
    {
        # -- demo, tools, export, import --
        "demo:help": B(
            sv="lägg in det påhittade demoverktyget med checklistor, risker och en granskning",
            en="seed the fictional demo tool with checklists, risks and an audit",
        ),
        "demo:description": B(
            sv="Lägg in ett påhittat verktyg i registret, med besvarade checklistor, risker och "
            "en biasgranskning, för att prova appen och rapporterna. --reset lägger tillbaka det "
            "som det först lades in.",
            en="Seed a fictional tool into the register, with answered checklists, risks and a "
            "bias audit, to try the app and the reports. --reset puts it back as first seeded.",
        ),
        "demo:example": B(
            sv="ethics-toolkit demo\nethics-toolkit demo --reset --yes",
            en="ethics-toolkit demo\nethics-toolkit demo --reset --yes",
        ),
        "demo --reset": B(
            sv="lägg tillbaka demon som den först lades in: exportera registret, ta bort demon, "
            "lägg in den på nytt (vägras när registret har något annat verktyg)",
            en="put the demo back as first seeded: export the register, remove the demo, seed it "
            "again (refused when the register holds any other tool)",
        ),
        "demo --yes": B(sv="återställ utan att fråga", en="reset without asking"),
        "demo --export-first": B(
            sv="var --reset skriver exporten (standard: bredvid ett SQLite-register, annars i din "
            "datamapp, med namnet demo-reset-TID.json)",
            en="where --reset writes the export (default: next to a SQLite register, else in your "
            "data folder, named demo-reset-TIME.json)",
        ),
        "tools:help": B(sv="lista de registrerade AI-verktygen", en="list the registered AI tools"),
        "tools:description": B(
            sv="Lista registrets verktyg med leverantör, HR-process, status, klass enligt "
            "AI-förordningen och antal öppna risker.",
            en="List the register's tools with vendor, HR process, status, AI Act class and "
            "number of open risks.",
        ),
        "tools:example": B(
            sv="ethics-toolkit tools\nethics-toolkit tools --format json",
            en="ethics-toolkit tools\nethics-toolkit tools --format json",
        ),
        "export:help": B(
            sv="exportera hela registret som JSON", en="export the whole register as JSON"
        ),
        "export:description": B(
            sv="Skriv hela registret (verktyg, svar, risker, granskningar, signeringar, historik) "
            "som en JSON-fil som bara du kan läsa; import läser in den igen.",
            en="Write the whole register (tools, answers, risks, audits, sign-offs, history) as a "
            "JSON file readable by you only; import reads it back.",
        ),
        "export:example": B(
            sv="ethics-toolkit export -o register.json",
            en="ethics-toolkit export -o register.json",
        ),
        "export --output": B(sv="JSON-filen att skriva", en="the JSON file to write"),
        "import:help": B(
            sv="importera en JSON-export av registret", en="import a register JSON export"
        ),
        "import:description": B(
            sv="Läs in en export från ethics-toolkit export i registret.",
            en="Read an export made by ethics-toolkit export into the register.",
        ),
        "import:example": B(
            sv="ethics-toolkit import register.json --db sqlite:///nytt.db",
            en="ethics-toolkit import register.json --db sqlite:///new.db",
        ),
        "import file": B(sv="JSON-exporten att läsa in", en="the JSON export to read"),
        # -- verify, action, tool, db --
        "verify:help": B(
            sv="kontrollera att registrets historik och signeringar inte har ändrats (slutkod 0 "
            "intakt, 1 bruten, 2 fel)",
            en="check that the register's history and sign-offs were not altered (exit 0 intact, "
            "1 broken, 2 error)",
        ),
        "verify:description": B(
            sv="Kontrollera historikkedjan, varje rad och varje signering. Slutkod 0: intakt; 1: "
            "något har ändrats (det namnges); 2: fel.",
            en="Check the history chain, every row and every sign-off. Exit code 0: intact; 1: "
            "something was altered (it is named); 2: error.",
        ),
        "verify:example": B(
            sv="ethics-toolkit verify\nethics-toolkit verify --anchor rapport.pdf",
            en="ethics-toolkit verify\nethics-toolkit verify --anchor report.pdf",
        ),
        "verify --anchor": B(
            sv="visa även att registret fortfarande bygger vidare på historikens huvud som "
            "förankrats i en verktygsrapport (PDF) eller en export (JSON) som förvaras utanför "
            "databasen",
            en="also prove that the register still extends the history head anchored in a tool "
            "report (PDF) or an export (JSON) kept outside the database",
        ),
        "action:help": B(
            sv="lägg till, tilldela och bocka av åtgärderna för en risk",
            en="add, assign and tick off the actions of a risk",
        ),
        "action:description": B(
            sv="Åtgärderna som behandlar ett verktygs risker: lista, lägg till, tilldela och bocka "
            "av dem.",
            en="The actions that treat a tool's risks: list, add, assign and tick them off.",
        ),
        "action:example": B(
            sv="ethics-toolkit action list --tool 'CV-sållning'\n"
            "ethics-toolkit action done --tool 'CV-sållning' --risk 3 --action 1",
            en="ethics-toolkit action list --tool 'CV screening'\n"
            "ethics-toolkit action done --tool 'CV screening' --risk 3 --action 1",
        ),
        "action list:help": B(
            sv="lista åtgärderna för ett verktygs risker", en="list the actions of a tool's risks"
        ),
        "action list:description": B(
            sv="Lista åtgärderna för ett verktygs risker, med ansvarig, slutdatum och status.",
            en="List the actions of a tool's risks, with owner, due date and status.",
        ),
        "action list:example": B(
            sv="ethics-toolkit action list --tool 'CV-sållning' --risk 3",
            en="ethics-toolkit action list --tool 'CV screening' --risk 3",
        ),
        "action list --risk": B(sv="bara denna risk (dess id)", en="only this risk (its id)"),
        "action add:help": B(sv="lägg till en åtgärd för en risk", en="add an action to a risk"),
        "action add:description": B(
            sv="Lägg till en åtgärd för en risk; historiken registrerar den.",
            en="Add an action to a risk; the history records it.",
        ),
        "action add:example": B(
            sv="ethics-toolkit action add --tool 'CV-sållning' --risk 3 "
            "--description 'Granska urvalet varje kvartal' --owner 'Anna' --due 2026-06-30",
            en="ethics-toolkit action add --tool 'CV screening' --risk 3 "
            "--description 'Audit the selection every quarter' --owner 'Anna' --due 2026-06-30",
        ),
        "action add --description": B(sv="vad som ska göras", en="what is to be done"),
        "action assign:help": B(
            sv="ge en åtgärd en ansvarig och ett slutdatum",
            en="give an action an owner and a due date",
        ),
        "action assign:description": B(
            sv="Ge en åtgärd en ansvarig och (valfritt) ett slutdatum.",
            en="Give an action an owner and (optionally) a due date.",
        ),
        "action assign:example": B(
            sv="ethics-toolkit action assign --tool 'CV-sållning' --risk 3 --action 1 "
            "--owner 'Anna' --due 2026-06-30",
            en="ethics-toolkit action assign --tool 'CV screening' --risk 3 --action 1 "
            "--owner 'Anna' --due 2026-06-30",
        ),
        "action done:help": B(
            sv="bocka av en åtgärd (--undo öppnar den igen)",
            en="tick an action off (--undo reopens it)",
        ),
        "action done:description": B(
            sv="Markera en åtgärd som klar, eller med --undo som inte klar.",
            en="Mark an action as done, or with --undo as not done.",
        ),
        "action done:example": B(
            sv="ethics-toolkit action done --tool 'CV-sållning' --risk 3 --action 1\n"
            "ethics-toolkit action done --tool 'CV-sållning' --risk 3 --action 1 --undo",
            en="ethics-toolkit action done --tool 'CV screening' --risk 3 --action 1\n"
            "ethics-toolkit action done --tool 'CV screening' --risk 3 --action 1 --undo",
        ),
        "action done --undo": B(
            sv="markera åtgärden som inte klar", en="mark the action as not done"
        ),
        "tool:help": B(
            sv="arkivera, återställ eller ta bort ett registrerat verktyg",
            en="archive, restore or remove a registered tool",
        ),
        "tool:description": B(
            sv="Arkivera ett verktyg (skrivskyddat, utanför översikten), återställ det, eller ta "
            "bort det efter en export av hela registret.",
            en="Archive a tool (read-only, out of the overview), restore it, or remove it after "
            "an export of the whole register.",
        ),
        "tool:example": B(
            sv="ethics-toolkit tool archive 'CV-sållning'\n"
            "ethics-toolkit tool remove 'CV-sållning' --export-first före.json",
            en="ethics-toolkit tool archive 'CV screening'\n"
            "ethics-toolkit tool remove 'CV screening' --export-first before.json",
        ),
        "tool archive:help": B(
            sv="håll verktyget skrivskyddat, utanför översikten",
            en="keep the tool read-only, out of the overview",
        ),
        "tool archive:description": B(
            sv="Arkivera verktyget: det blir skrivskyddat och visas inte i översikten; allt om "
            "det behålls.",
            en="Archive the tool: it becomes read-only and leaves the overview; everything about "
            "it is kept.",
        ),
        "tool archive:example": B(
            sv="ethics-toolkit tool archive 'CV-sållning'",
            en="ethics-toolkit tool archive 'CV screening'",
        ),
        "tool restore:help": B(
            sv="gör ett arkiverat verktyg redigerbart igen",
            en="make an archived tool editable again",
        ),
        "tool restore:description": B(
            sv="Återställ ett arkiverat verktyg så att det kan redigeras och syns i översikten.",
            en="Restore an archived tool so that it can be edited and shows in the overview.",
        ),
        "tool restore:example": B(
            sv="ethics-toolkit tool restore 'CV-sållning'",
            en="ethics-toolkit tool restore 'CV screening'",
        ),
        "tool remove:help": B(
            sv="ta bort verktyget efter att hela registret exporterats till FILE",
            en="remove the tool after exporting the whole register to FILE",
        ),
        "tool remove:description": B(
            sv="Ta bort verktyget med allt som registrerats om det; hela registret exporteras "
            "först till filen i --export-first.",
            en="Remove the tool with everything recorded about it; the whole register is first "
            "exported to the file in --export-first.",
        ),
        "tool remove:example": B(
            sv="ethics-toolkit tool remove 'CV-sållning' --export-first före.json",
            en="ethics-toolkit tool remove 'CV screening' --export-first before.json",
        ),
        "tool remove --export-first": B(
            sv="exporten som skrivs först (bara läsbar för dig)",
            en="the export written first (readable by you only)",
        ),
        "db:help": B(
            sv="databasadministration (PostgreSQL-roller)",
            en="database administration (PostgreSQL roles)",
        ),
        "db:description": B(
            sv="Administration av ett PostgreSQL-register: vilka roller som får använda det.",
            en="Administration of a PostgreSQL register: which roles may use it.",
        ),
        "db:example": B(
            sv="ethics-toolkit db grant hr_team --print",
            en="ethics-toolkit db grant hr_team --print",
        ),
        "db grant:help": B(
            sv="låt ROLE använda registret men bara INSERT/SELECT i dess historik (körs av ägaren)",
            en="let ROLE use the register but only INSERT/SELECT its history (run as the owner)",
        ),
        "db grant:description": B(
            sv="Ge en PostgreSQL-roll rätt att använda registret; historiken får den bara lägga "
            "till i och läsa, aldrig ändra. Körs som databasens ägare.",
            en="Let a PostgreSQL role use the register; its history it may only add to and read, "
            "never change. Run as the database's owner.",
        ),
        "db grant:example": B(
            sv="ethics-toolkit db grant hr_team --db postgresql+psycopg://ägare@värd/hr --print",
            en="ethics-toolkit db grant hr_team --db postgresql+psycopg://owner@host/hr --print",
        ),
        "db grant role": B(sv="PostgreSQL-rollen", en="the PostgreSQL role"),
        "db grant --print": B(sv="skriv bara ut SQL-satserna", en="only print the SQL"),
        # -- due, notice, report, sample-data --
        "due:help": B(
            sv="lista försenade och kommande uppgifter; slutkod 1 när något är försenat",
            en="list overdue and upcoming duties; exit 1 when something is overdue",
        ),
        "due:description": B(
            sv="Lista det som är försenat och det som snart ska göras för alla aktiva verktyg. "
            "Slutkod 1 när något är försenat, så att ett schemalagt jobb kan skicka det vidare.",
            en="List what is overdue and what is due soon for every active tool. Exit code 1 "
            "when something is overdue, so that a scheduled job can mail it.",
        ),
        "due:example": B(
            sv="ethics-toolkit due\nethics-toolkit due --days 60 --format json",
            en="ethics-toolkit due\nethics-toolkit due --days 60 --format json",
        ),
        "due --days": B(
            sv="kommande: det som ska göras inom N dagar (%(default)s)",
            en="upcoming: due within N days (%(default)s)",
        ),
        "due --date": B(
            sv="dagen att jämföra med (standard: i dag)",
            en="the day to check against (default: today)",
        ),
        "notice:help": B(
            sv="skriv ett meddelande till sökande eller arbetstagarrepresentanter (.pdf/.txt)",
            en="write a notice to applicants or workers' representatives (.pdf/.txt)",
        ),
        "notice:description": B(
            sv="Skriv meddelandet om verktyget till sökande eller till arbetstagarnas "
            "representanter, som PDF eller text. Slutkod 1 när uppgifter saknas (de listas).",
            en="Write the notice about the tool to applicants or to workers' representatives, as "
            "PDF or text. Exit code 1 when facts are missing (they are listed).",
        ),
        "notice:example": B(
            sv="ethics-toolkit notice --tool 'CV-sållning' --kind applicants --lang sv "
            "-o meddelande.pdf",
            en="ethics-toolkit notice --tool 'CV screening' --kind applicants --lang en "
            "-o notice.pdf",
        ),
        "notice --kind": B(
            sv="applicants (sökande) eller representatives (arbetstagarrepresentanter)",
            en="applicants or representatives (workers' representatives)",
        ),
        "notice --output": B(
            sv="filen att skriva: .pdf eller .txt", en="the file to write: .pdf or .txt"
        ),
        "report:help": B(
            sv="skriv ett verktygs PDF-rapport, eller årets aktiva åtgärder",
            en="write the PDF audit report of a tool, or the year's active measures",
        ),
        "report:description": B(
            sv="Skriv granskningsrapporten för ett verktyg som PDF till ledningen, eller (--kind "
            "active-measures) årets dokumentation av aktiva åtgärder.",
            en="Write the audit report of a tool as a PDF for management, or (--kind "
            "active-measures) the year's documentation of active measures.",
        ),
        "report:example": B(
            sv="ethics-toolkit report --tool 'CV-sållning' -o rapport.pdf --author 'Anna Berg'\n"
            "ethics-toolkit report --kind active-measures --year 2026 -o aktiva-åtgärder.pdf",
            en="ethics-toolkit report --tool 'CV screening' -o report.pdf --author 'Anna Berg'\n"
            "ethics-toolkit report --kind active-measures --year 2026 -o active-measures.pdf",
        ),
        "report --kind": B(
            sv="tool: granskningsrapporten för --tool (standard); active-measures: årets "
            "dokumentation för --year (alla verktyg, eller bara --tool)",
            en="tool: the audit report of --tool (default); active-measures: the yearly "
            "documentation of --year (all tools, or only --tool)",
        ),
        "report --year": B(
            sv="året, med --kind active-measures", en="the year, with --kind active-measures"
        ),
        "report --output": B(sv="PDF-filen att skriva", en="the PDF file to write"),
        "report --author": B(
            sv="vem som tog fram rapporten: står på försättsbladet och som PDF:ens författare",
            en="who prepared the report: printed on the cover and stored as the PDF's author",
        ),
        "sample-data:help": B(
            sv="skapa om exempelfilerna (beslutsloggar och parade test) i sample_data/",
            en="regenerate the sample decision logs and paired-test files in sample_data/",
        ),
        "sample-data:description": B(
            sv="Skriv de påhittade exempelloggarna, filerna för parade test och deras README, "
            "byte för byte.",
            en="Write the fictional sample decision logs, the paired-test files and their README, "
            "byte for byte.",
        ),
        "sample-data:example": B(
            sv="ethics-toolkit sample-data --out exempel",
            en="ethics-toolkit sample-data --out samples",
        ),
        "sample-data --out": B(
            sv="mappen (standard: %(default)s)", en="folder (default: %(default)s)"
        ),
    }
)
