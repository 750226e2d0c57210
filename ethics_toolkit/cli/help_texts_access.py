"""Help of ``access grant|revoke|list`` in Swedish and English (issue 22): merged into ``HELP``.

A pure text catalogue (keys as in :mod:`ethics_toolkit.cli.help_texts`).
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue

B = Bilingual
_TOOL = B(sv="'CV-sållning'", en="'CV screening'")  # the example tool, in each language
_ROLES = "reader, editor, dpo, approver, administrator"
_ROLE_HELP = B(
    sv=f"rollen i appen: {_ROLES} (läsare, redigerare, dataskyddsombud, godkännare, administratör)",
    en=f"the role in the app: {_ROLES}",
)
_TOOL_HELP = B(
    sv="verktygets namn i registret (utan det: standardrollerna, för alla verktyg)",
    en="the tool's name in the register (without it: the default roles, for every tool)",
)
_USER_HELP = B(
    sv="e-postadressen personen loggar in med", en="the e-mail address the person signs in with"
)

ACCESS_HELP = Catalogue(
    {
        "access:help": B(
            sv="ge, ta och lista appens roller (läsare, redigerare, dataskyddsombud, godkännare, "
            "administratör)",
            en="give, take and list the app's roles (reader, editor, DPO, approver, administrator)",
        ),
        "access:description": B(
            sv="Vem som får göra vad i appen när man loggar in (lagläge): roller per verktyg "
            "eller som standard för alla verktyg. Varje ändring står i historiken, med --by som "
            "angivet på kommandoraden. Körs av den som äger registrets databas.",
            en="Who may do what in the app when signed in (team mode): roles per tool or by "
            "default for every tool. Every change is in the history, with --by as stated by the "
            "command line. Run by whoever owns the register's database.",
        ),
        "access:example": B(
            sv=f"ethics-toolkit access grant --tool {_TOOL.sv} --user eva@example.se --role "
            "approver\nethics-toolkit access list --format json",
            en=f"ethics-toolkit access grant --tool {_TOOL.en} --user eva@example.com --role "
            "approver\nethics-toolkit access list --format json",
        ),
        "access grant:help": B(
            sv="ge en person en roll för ett verktyg, eller som standard",
            en="give a person a role for a tool, or by default",
        ),
        "access grant:description": B(
            sv="Ge en person (e-postadressen hen loggar in med) en roll för ett verktyg, eller "
            "utan --tool som standard för alla verktyg.",
            en="Give a person (the e-mail address they sign in with) a role for a tool, or "
            "without --tool by default for every tool.",
        ),
        "access grant:example": B(
            sv=f"ethics-toolkit access grant --tool {_TOOL.sv} --user maria@example.se --role "
            "editor --by 'Eva Holm'",
            en=f"ethics-toolkit access grant --tool {_TOOL.en} --user maria@example.com --role "
            "editor --by 'Eva Holm'",
        ),
        "access grant --tool": _TOOL_HELP,
        "access grant --user": _USER_HELP,
        "access grant --role": _ROLE_HELP,
        "access revoke:help": B(
            sv="ta bort en roll (utan --role: alla personens roller)",
            en="take a role away (without --role: every role of the person)",
        ),
        "access revoke:description": B(
            sv="Ta bort en persons roll för ett verktyg (eller standardrollen utan --tool); "
            "utan --role tas alla hens roller där bort.",
            en="Take a person's role for a tool away (or the default role without --tool); "
            "without --role every role of theirs there goes.",
        ),
        "access revoke:example": B(
            sv=f"ethics-toolkit access revoke --tool {_TOOL.sv} --user maria@example.se --role "
            "editor",
            en=f"ethics-toolkit access revoke --tool {_TOOL.en} --user maria@example.com --role "
            "editor",
        ),
        "access revoke --tool": _TOOL_HELP,
        "access revoke --user": _USER_HELP,
        "access revoke --role": B(
            sv=f"rollen att ta bort: {_ROLES} (standard: alla)",
            en=f"the role to take away: {_ROLES} (default: every role)",
        ),
        "access list:help": B(
            sv="lista rollerna (för ett verktyg: dess egna och standardrollerna)",
            en="list the roles (of one tool: its own and the defaults)",
        ),
        "access list:description": B(
            sv="Lista vem som har vilken roll, för alla verktyg eller för ett (dess egna roller "
            "och standardrollerna).",
            en="List who holds which role, for every tool or for one (its own roles and the "
            "defaults).",
        ),
        "access list:example": B(
            sv=f"ethics-toolkit access list --tool {_TOOL.sv}\n"
            "ethics-toolkit access list --user maria@example.se --format json",
            en=f"ethics-toolkit access list --tool {_TOOL.en}\n"
            "ethics-toolkit access list --user maria@example.com --format json",
        ),
        "access list --tool": B(
            sv="verktygets namn i registret (utan det: alla roller)",
            en="the tool's name in the register (without it: every role)",
        ),
        "access list --user": B(
            sv="bara den här personens roller (e-postadressen)",
            en="only this person's roles (the e-mail address)",
        ),
    }
)
