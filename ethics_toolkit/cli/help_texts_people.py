"""Help of ``people``, ``learning`` and ``paired`` in Swedish and English (issue 25).

A pure text catalogue (keys as in :mod:`ethics_toolkit.cli.help_texts`), merged into ``HELP``.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue

B = Bilingual
_TOOL = B(sv="'CV-sållning'", en="'CV screening'")  # the example tool, in each language

PEOPLE_HELP = Catalogue(
    {
        "people:help": B(
            sv="personerna som använder, övervakar, äger och godkänner ett verktyg",
            en="the people who operate, oversee, own and approve a tool",
        ),
        "people:description": B(
            sv="Personerna kring ett verktyg och deras roller: operator, overseer, owner, "
            "approver.",
            en="The people around a tool and their roles: operator, overseer, owner, approver.",
        ),
        "people:example": B(
            sv=f"ethics-toolkit people add --tool {_TOOL.sv} --name 'Anna Berg' --role overseer\n"
            f"ethics-toolkit people list --tool {_TOOL.sv}",
            en=f"ethics-toolkit people add --tool {_TOOL.en} --name 'Anna Berg' --role overseer\n"
            f"ethics-toolkit people list --tool {_TOOL.en}",
        ),
        "people add:help": B(
            sv="lägg till en person med en roll (eller en roll till en person)",
            en="add a person with a role (or a role to a person)",
        ),
        "people add:description": B(
            sv="Lägg till en person med en roll kring verktyget, eller en roll till en person som "
            "redan finns.",
            en="Add a person with a role around the tool, or a role to a person already there.",
        ),
        "people add:example": B(
            sv=f"ethics-toolkit people add --tool {_TOOL.sv} --name 'Anna Berg' --role overseer "
            "--identity anna@example.se",
            en=f"ethics-toolkit people add --tool {_TOOL.en} --name 'Anna Berg' --role overseer "
            "--identity anna@example.com",
        ),
        "people add --name": B(
            sv="personens namn (eller inloggningsidentitet)",
            en="the person's name (or sign-in identity)",
        ),
        "--role": B(
            sv="personens roll: operator, overseer, owner eller approver",
            en="the person's role: operator, overseer, owner or approver",
        ),
        "people add --identity": B(
            sv="personens inloggningsidentitet, om den finns",
            en="the person's sign-in identity, if any",
        ),
        "people list:help": B(
            sv="lista personerna kring ett verktyg", en="list the people around a tool"
        ),
        "people list:description": B(
            sv="Lista personerna kring ett verktyg med deras roller.",
            en="List the people around a tool with their roles.",
        ),
        "people list:example": B(
            sv=f"ethics-toolkit people list --tool {_TOOL.sv} --format json",
            en=f"ethics-toolkit people list --tool {_TOOL.en} --format json",
        ),
        "people remove:help": B(
            sv="ta bort en person (med hens uppgifter) eller en roll",
            en="remove a person (with their records) or a role",
        ),
        "people remove:description": B(
            sv="Ta bort en person med hens uppgifter, eller med --role bara en av hens roller.",
            en="Remove a person with their records, or with --role only one of their roles.",
        ),
        "people remove:example": B(
            sv=f"ethics-toolkit people remove --tool {_TOOL.sv} --name 'Anna Berg' --role overseer",
            en=f"ethics-toolkit people remove --tool {_TOOL.en} --name 'Anna Berg' --role overseer",
        ),
        "people remove --name": B(sv="personens namn", en="the person's name"),
        "people remove --role": B(
            sv="ta bara bort denna roll: operator, overseer, owner eller approver",
            en="remove only this role: operator, overseer, owner or approver",
        ),
        "learning:help": B(
            sv="kompetensuppgifter, mötesmaterialet, chefens genomgång, status",
            en="competence records, the meeting kit, the manager's briefing, status",
        ),
        "learning:description": B(
            sv="Vad personerna kring ett verktyg har lärt sig om det (AI-förordningen art. 4 och "
            "26.2): uppgifter, material för arbetsplatsträffen, chefens genomgång och status.",
            en="What the people around a tool learnt about it (AI Act Art. 4 and 26(2)): records, "
            "the workplace-meeting kit, the manager's briefing and the status.",
        ),
        "learning:example": B(
            sv=f"ethics-toolkit learning status --tool {_TOOL.sv}\n"
            f"ethics-toolkit learning kit --tool {_TOOL.sv} --lang sv -o material.pdf",
            en=f"ethics-toolkit learning status --tool {_TOOL.en}\n"
            f"ethics-toolkit learning kit --tool {_TOOL.en} --lang en -o kit.pdf",
        ),
        "learning record:help": B(
            sv="registrera vad en person gjorde för att lära sig om verktyget",
            en="record what a person did to learn about the tool",
        ),
        "learning record:description": B(
            sv="Registrera en lärandeinsats för en person kring verktyget, med datum och när den "
            "ska förnyas.",
            en="Record a learning activity of a person around the tool, with its date and when "
            "it is to be refreshed.",
        ),
        "learning record:example": B(
            sv=f"ethics-toolkit learning record --tool {_TOOL.sv} --person 'Anna Berg' "
            "--activity 'Arbetsplatsträff om verktyget' --date 2026-03-15 --kind session",
            en=f"ethics-toolkit learning record --tool {_TOOL.en} --person 'Anna Berg' "
            "--activity 'Workplace meeting on the tool' --date 2026-03-15 --kind session",
        ),
        "learning record --person": B(
            sv="en person kring verktyget", en="a person around the tool"
        ),
        "learning record --activity": B(
            sv="vad hen gjorde, t.ex. mötet", en="what they did, e.g. the meeting"
        ),
        "learning record --date": B(sv="när (ÅÅÅÅ-MM-DD)", en="when (YYYY-MM-DD)"),
        "learning record --refresh-months": B(
            sv="förnya efter N månader (%(default)s; 0: aldrig)",
            en="refresh after N months (%(default)s; 0: never)",
        ),
        "learning record --kind": B(
            sv="slag: lesson, session, course eller other (%(default)s)",
            en="kind: lesson, session, course or other (%(default)s)",
        ),
        "learning kit:help": B(
            sv="skriv materialet för arbetsplatsträffen som PDF",
            en="write the workplace-meeting kit as PDF",
        ),
        "learning kit:description": B(
            sv="Skriv materialet för en arbetsplatsträff om verktyget som PDF, på språket i "
            "--lang.",
            en="Write the kit for a workplace meeting about the tool as a PDF, in the language of "
            "--lang.",
        ),
        "learning kit:example": B(
            sv=f"ethics-toolkit learning kit --tool {_TOOL.sv} --lang sv -o material.pdf",
            en=f"ethics-toolkit learning kit --tool {_TOOL.en} --lang en -o kit.pdf",
        ),
        "learning briefing:help": B(
            sv="skriv chefens genomgång som PDF", en="write the manager's briefing as PDF"
        ),
        "learning briefing:description": B(
            sv="Skriv chefens genomgång av verktyget som PDF, på språket i --lang.",
            en="Write the manager's briefing on the tool as a PDF, in the language of --lang.",
        ),
        "learning briefing:example": B(
            sv=f"ethics-toolkit learning briefing --tool {_TOOL.sv} --lang sv -o genomgång.pdf",
            en=f"ethics-toolkit learning briefing --tool {_TOOL.en} --lang en -o briefing.pdf",
        ),
        "learning status:help": B(
            sv="personer, roller, uppgifter, förnyelser som ska göras och slutsatsen om art. 26.2",
            en="people, roles, records, refreshers due and the Art. 26(2) finding",
        ),
        "learning status:description": B(
            sv="Personer, roller, uppgifter och förnyelser som ska göras. Slutkod 1 med "
            "slutsatsen om art. 26.2 eller en försenad förnyelse, som due.",
            en="People, roles, records and refreshers due. Exit code 1 with the Art. 26(2) "
            "finding or an overdue refresher, like due.",
        ),
        "learning status:example": B(
            sv=f"ethics-toolkit learning status --tool {_TOOL.sv} --format json",
            en=f"ethics-toolkit learning status --tool {_TOOL.en} --format json",
        ),
        "--output": B(sv="PDF-filen att skriva", en="the PDF file to write"),
        # -- paired --
        "paired:help": B(
            sv="testa själva verktyget med parade CV:n som bara skiljer sig i ett namn",
            en="test the tool itself with paired CVs that differ only in a name",
        ),
        "paired:description": B(
            sv="Parade (kontrafaktiska) CV-test: skapa påhittade CV:n som bara skiljer sig i "
            "signaler om kön och ursprung (namn), valfritt ålder och ett uppehåll för "
            "föräldraledighet; kör dem genom leverantörens verktyg; analysera svaren par för par.",
            en="Paired (counterfactual) CV testing: make synthetic CVs that differ only in the "
            "signals of gender and origin (names), optionally age and a parental-leave gap; run "
            "them through the vendor's tool; analyse its answers pair by pair.",
        ),
        "paired:example": B(
            sv="ethics-toolkit paired plan --difference 5 --sd 10\n"
            "ethics-toolkit paired make --profile tjänst.yaml --cvs 40 -o test\n"
            "ethics-toolkit paired analyse test/manifest.csv svar.xlsx --score poäng",
            en="ethics-toolkit paired plan --difference 5 --sd 10\n"
            "ethics-toolkit paired make --profile job.yaml --cvs 40 -o test\n"
            "ethics-toolkit paired analyse test/manifest.csv answers.xlsx --score score",
        ),
        "paired make:help": B(
            sv="skapa en testomgång: CV:n, manifest.csv, instruktioner",
            en="make a test set: CVs, manifest.csv, instructions",
        ),
        "paired make:description": B(
            sv="Skriv CV:n, manifest.csv, design.json och en kort instruktion till en tom mapp.",
            en="Write the CVs, manifest.csv, design.json and a short instruction to an empty "
            "folder.",
        ),
        "paired make:example": B(
            sv="ethics-toolkit paired make --profile tjänst.yaml --cvs 40 "
            "--attributes gender,origin,age --seed 7 -o test",
            en="ethics-toolkit paired make --profile job.yaml --cvs 40 "
            "--attributes gender,origin,age --seed 7 -o test",
        ),
        "paired make --profile": B(
            sv="tjänstens profil (YAML): titel, krav, meriter",
            en="the job's profile (YAML): title, requirements, merits",
        ),
        "--cvs": B(sv="antal grund-CV:n", en="number of base CVs"),
        "--attributes": B(
            sv="signaler att variera, av gender,origin,age,gap (standard: %(default)s)",
            en="signals to vary, from gender,origin,age,gap (default: %(default)s)",
        ),
        "paired make --seed": B(
            sv="slumpfrö (standard: ett nytt)", en="random seed (default: a new one)"
        ),
        "paired make --format": B(
            sv="CV-filernas format, kommaseparerade: pdf,docx (standard: båda)",
            en="the CV files' formats, comma-separated: pdf,docx (default: both)",
        ),
        "paired make --output": B(
            sv="en tom mapp att skriva till", en="an empty folder to write to"
        ),
        "paired analyse:help": B(
            sv="analysera verktygets svar; slutkod 1 när en skillnad knappast beror på slumpen",
            en="analyse the tool's answers; exit 1 when a difference is unlikely chance",
        ),
        "paired analyse:description": B(
            sv="Kontrollera att varianterna bara skiljer sig i signalerna, para ihop svaren och "
            "visa kontrasterna. Slutkod 0 när ingen skillnad är osannolik som slump, 1 när någon "
            "är det, 2 vid fel.",
            en="Check that the variants differ only in the signals, match the answers and show "
            "the contrasts. Exit code 0 when no difference is unlikely to be chance, 1 when one "
            "is, 2 on an error.",
        ),
        "paired analyse:example": B(
            sv="ethics-toolkit paired analyse test/manifest.csv svar.xlsx --score poäng\n"
            "ethics-toolkit paired analyse test/manifest.csv svar.csv --decision beslut "
            f"--positive Ja --tool {_TOOL.sv}",
            en="ethics-toolkit paired analyse test/manifest.csv answers.xlsx --score score\n"
            "ethics-toolkit paired analyse test/manifest.csv answers.csv --decision decision "
            f"--positive yes --tool {_TOOL.en}",
        ),
        "paired analyse manifest": B(
            sv="manifest.csv från paired make", en="manifest.csv from paired make"
        ),
        "paired analyse answers": B(
            sv="verktygets svar: .csv .txt .tsv, .xlsx .xlsm .xlsb .xls .ods",
            en="the tool's answers: .csv .txt .tsv, .xlsx .xlsm .xlsb .xls .ods",
        ),
        "paired analyse --id-column": B(
            sv="kolumn med CV:ts id eller filnamn (standard: hittas)",
            en="column with the CV's id or file name (default: found)",
        ),
        "paired analyse --score": B(sv="verktygets poängkolumn", en="the tool's score column"),
        "paired analyse --rank": B(
            sv="verktygets rangkolumn (1 = bäst)", en="the tool's rank column (1 = best)"
        ),
        "paired analyse --decision": B(
            sv="verktygets beslutskolumn", en="the tool's decision column"
        ),
        "paired analyse --positive": B(
            sv="beslutsvärdet som betyder utvald", en="the decision value meaning selected"
        ),
        "--difference": B(
            sv="skillnaden testet ska kunna se, i poäng (analyse: standard 5 %% av skalan)",
            en="the difference the test should see, in score points (analyse: default 5%% of the "
            "range)",
        ),
        "paired analyse --no-variant-check": B(
            sv="läs inte CV-filerna för att kontrollera att varianterna bara skiljer sig i "
            "signalerna",
            en="do not read the CV files to check that variants differ only in the signals",
        ),
        "paired analyse --tool": B(
            sv="spara det parade testet hos detta verktyg", en="save the paired test to this tool"
        ),
        "paired analyse --tool-version": B(
            sv="versionen som testades (standard: verktygets version)",
            en="the version tested (default: the tool's version)",
        ),
        "paired analyse --by": B(
            sv="vem som gjorde testet (historiken registrerar det)",
            en="who ran the test (the history records it)",
        ),
        "paired plan:help": B(
            sv="hur många grund-CV:n ett test behöver för att se en skillnad",
            en="how many base CVs a test needs to see a difference",
        ),
        "paired plan:description": B(
            sv="Räkna ut före testet hur många grund-CV:n som behövs för att se en skillnad av "
            "en viss storlek (styrka 80 %%, Holm-justerat över signalerna).",
            en="Work out before the test how many base CVs are needed to see a difference of a "
            "given size (80%% power, Holm-adjusted over the signals).",
        ),
        "paired plan:example": B(
            sv="ethics-toolkit paired plan --difference 5 --sd 10\n"
            "ethics-toolkit paired plan --difference 5 --sd 10 --cvs 30 --format json",
            en="ethics-toolkit paired plan --difference 5 --sd 10\n"
            "ethics-toolkit paired plan --difference 5 --sd 10 --cvs 30 --format json",
        ),
        "paired plan --sd": B(
            sv="förväntad standardavvikelse för skillnaderna",
            en="expected SD of the differences",
        ),
        "paired plan --cvs": B(
            sv="dessutom: styrkan med N grund-CV:n", en="also: the power of N base CVs"
        ),
    }
)

# argparse's own error messages (always English) with their Swedish: the English is a pattern.
ARGPARSE_ERRORS = Catalogue(
    {
        "required": B(
            sv="följande argument krävs: {names}",
            en="the following arguments are required: {names}",
        ),
        "one_of": B(
            sv="ett av argumenten {names} krävs", en="one of the arguments {names} is required"
        ),
        "invalid_choice": B(
            sv="argument {name}: ogiltigt val: {value} (välj bland {choices})",
            en="argument {name}: invalid choice: {value} (choose from {choices})",
        ),
        "invalid_value": B(
            sv="argument {name}: ogiltigt värde ({kind}): {value}",
            en="argument {name}: invalid {kind} value: {value}",
        ),
        "not_a_date": B(
            sv="argument {name}: {value} är inte ett datum (ÅÅÅÅ-MM-DD)",
            en="argument {name}: {value} is not a date (YYYY-MM-DD)",
        ),
        "expected_one": B(
            sv="argument {name}: ett värde behövs", en="argument {name}: expected one argument"
        ),
        "not_allowed": B(
            sv="argument {name}: kan inte ges tillsammans med {other}",
            en="argument {name}: not allowed with argument {other}",
        ),
        "unrecognized": B(sv="okända argument: {words}", en="unrecognized arguments: {words}"),
    }
)
