# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The app's texts of issue 22: serving modes, sign-in, roles, four-eyes decisions. Merged into
``ui_texts.TEXTS``."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Plural

ACCESS_TEXTS: dict[str, Bilingual | Plural] = {
    # --- serving and sign-in -------------------------------------------------------------------------
    "serve_refused_title": Bilingual(
        sv="Appen är inte konfigurerad för att visas här",
        en="The app is not configured to be served here",
    ),
    "auth_identity": Bilingual(
        sv="Inloggad som {name} ({email})", en="Signed in as {name} ({email})"
    ),
    "access_none_title": Bilingual(
        sv="Du har ingen roll i registret", en="You have no role in the register"
    ),
    "access_none": Bilingual(
        sv="{name} ({email}) är inloggad men har ingen roll för något verktyg. Be en administratör ge dig en roll: `ethics-toolkit access grant --user {email} --role reader` (läsare, redaktör, dataskyddsombud, godkännare eller administratör).",
        en="{name} ({email}) is signed in but holds no role for any tool. Ask an administrator to give you one: `ethics-toolkit access grant --user {email} --role reader` (reader, editor, DPO, approver or administrator).",
    ),
    "access_here": Bilingual(
        sv="Din roll för {tool}: {roles}.", en="Your role for {tool}: {roles}."
    ),
    "access_read_only": Bilingual(
        sv="Du kan läsa men inte ändra. Det som kräver en annan roll visas inte eller är avstängt.",
        en="You can read but not change anything. What needs another role is hidden or switched off.",
    ),
    "access_cannot": Bilingual(sv="Kräver rollen {role}.", en="Needs the role {role}."),
    "access_approver_word": Bilingual(sv="godkännare", en="approver"),
    # --- decisions: accepting a risk (four eyes) -------------------------------------------------------
    "acceptance_title": Bilingual(sv="Beslut: acceptera en risk", en="Decision: accepting a risk"),
    "acceptance_intro": Bilingual(
        sv="En risk som accepteras i stället för att åtgärdas är ett beslut. En person föreslår det, med motivering om risken gäller diskriminering eller är hög eller kritisk; en annan person med rollen godkännare godkänner (fyra ögon). Tills dess står det ”inte godkänt” överallt.",
        en="A risk accepted instead of treated is a decision. One person proposes it, with a justification when the risk concerns discrimination or is high or critical; another person with the approver role approves it (four eyes). Until then it reads “not approved” everywhere.",
    ),
    "acceptance_pick": Bilingual(
        sv="Risk att föreslå för accept", en="Risk to propose for acceptance"
    ),
    "acceptance_pick_approve": Bilingual(sv="Risk att godkänna", en="Risk to approve"),
    "acceptance_aim": Bilingual(sv="Berättigat syfte", en="Legitimate aim"),
    "acceptance_aim_help": Bilingual(
        sv="Vilket berättigat syfte tjänar arbetssättet?",
        en="What legitimate aim does the practice serve?",
    ),
    "acceptance_necessity": Bilingual(sv="Lämpligt och nödvändigt", en="Appropriate and necessary"),
    "acceptance_necessity_help": Bilingual(
        sv="Varför är medlen lämpliga och nödvändiga för att nå syftet (diskrimineringslagen 1 kap. 4 §)?",
        en="Why are the means appropriate and necessary to reach the aim (Discrimination Act ch. 1 § 4)?",
    ),
    "acceptance_alternatives": Bilingual(
        sv="Alternativ som övervägts", en="Alternatives considered"
    ),
    "acceptance_alternatives_help": Bilingual(
        sv="Vilka mindre ingripande alternativ prövades, och varför valdes de inte?",
        en="Which less intrusive alternatives were considered, and why were they not chosen?",
    ),
    "acceptance_propose": Bilingual(
        sv="Föreslå att risken accepteras", en="Propose accepting the risk"
    ),
    "acceptance_proposed_toast": Bilingual(
        sv="Förslaget är sparat; en godkännare behöver godkänna det.",
        en="The proposal is saved; an approver needs to approve it.",
    ),
    "acceptance_approve": Bilingual(
        sv="Godkänn att risken accepteras", en="Approve accepting the risk"
    ),
    "acceptance_approved_toast": Bilingual(sv="Godkänt.", en="Approved."),
    "acceptance_own": Bilingual(
        sv="Du föreslog själv detta beslut och kan inte också godkänna det (fyra ögon).",
        en="You proposed this decision yourself and cannot also approve it (four eyes).",
    ),
    "acceptance_none": Bilingual(
        sv="Ingen risk är föreslagen att accepteras.", en="No risk is proposed for acceptance."
    ),
    "acceptance_line": Bilingual(sv="**{title}**: {state}", en="**{title}**: {state}"),
    "acceptance_proposed_by": Bilingual(
        sv="Föreslaget {date} av {who}.", en="Proposed {date} by {who}."
    ),
    "acceptance_approved_by": Bilingual(
        sv="Godkänt {date} av {who}.", en="Approved {date} by {who}."
    ),
    "acceptance_why": Bilingual(
        sv="Syfte: {aim} · Nödvändighet: {necessity} · Alternativ: {alternatives}",
        en="Aim: {aim} · Necessity: {necessity} · Alternatives: {alternatives}",
    ),
    # --- sign-off in team mode -------------------------------------------------------------------------
    "signoff_as": Bilingual(
        sv="Du signerar som {name} ({email}).", en="You sign off as {name} ({email})."
    ),
    "signoff_needs_approver": Bilingual(
        sv="Att signera kräver rollen godkännare, och att du inte själv har ändrat innehållet sedan förra signeringen (fyra ögon).",
        en="Signing off needs the approver role, and that you did not change the content yourself since the last sign-off (four eyes).",
    ),
}
