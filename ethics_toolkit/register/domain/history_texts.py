"""The sentences of history lines, in Swedish and English: a pure text catalogue.

Read by :mod:`~ethics_toolkit.register.domain.history`, which renders each entry from its data;
the people's lines (issue 23) are merged in from :mod:`.history_people`.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain.history_people import PEOPLE_HISTORY_TEXTS

TEXTS = Catalogue(
    {
        "tool.create": Bilingual(sv="Registrerade verktyget{name}", en="Registered the tool{name}"),
        "tool.update": Bilingual(sv="Ändrade verktyget{name}", en="Changed the tool{name}"),
        "tool.delete": Bilingual(
            sv="Tog bort verktyget{name} med dess svar, risker, granskningar och signeringar",
            en="Deleted the tool{name} with its answers, risks, audits and sign-offs",
        ),
        "answer.create": Bilingual(sv="Besvarade {question}", en="Answered {question}"),
        "answer.update": Bilingual(
            sv="Ändrade svaret på {question}", en="Changed the answer to {question}"
        ),
        "answer.accepted": Bilingual(
            sv="Lade till risken som {question} föreslog i riskregistret",
            en="Added the risk proposed by {question} to the risk register",
        ),
        "answer.dismissed": Bilingual(
            sv="Avfärdade risken som {question} föreslog",
            en="Dismissed the risk proposed by {question}",
        ),
        "answer.some_question": Bilingual(sv="en checklistfråga", en="a checklist question"),
        "risk.create": Bilingual(sv="Lade till risken{name}", en="Added the risk{name}"),
        "risk.update": Bilingual(sv="Ändrade risken{name}", en="Changed the risk{name}"),
        "risk.delete": Bilingual(sv="Tog bort risken{name}", en="Deleted the risk{name}"),
        "audit.create": Bilingual(
            sv="Sparade en biasgranskning{name}", en="Saved a bias audit{name}"
        ),
        "audit.of": Bilingual(sv=" av {file}", en=" of {file}"),
        "audit.rows": Plural(
            one=Bilingual(sv="{count} rad använd", en="{count} row used"),
            other=Bilingual(sv="{count} rader använda", en="{count} rows used"),
        ),
        "audit.adverse": Bilingual(
            sv="negativ särbehandlingseffekt hittad", en="adverse impact found"
        ),
        "audit.no_adverse": Bilingual(
            sv="ingen negativ särbehandlingseffekt hittad", en="no adverse impact found"
        ),
        "signoff.create": Bilingual(sv="Signering{name}", en="Sign-off{name}"),
        "signoff.by": Bilingual(sv=" av {name}", en=" by {name}"),
        "generic": Bilingual(sv="{entity}: {action}", en="{entity}: {action}"),
        "changed": Bilingual(sv="{field} {old} → {new}", en="{field} {old} → {new}"),
        "set": Bilingual(sv="{field} {new}", en="{field} {new}"),
        "edited": Bilingual(sv="{field} (ny text)", en="{field} (new text)"),
        "more": Plural(
            one=Bilingual(sv="och {count} fält till", en="and {count} more field"),
            other=Bilingual(sv="och {count} fält till", en="and {count} more fields"),
        ),
        "yes": Bilingual(sv="ja", en="yes"),
        "no": Bilingual(sv="nej", en="no"),
        "none": Bilingual(sv="–", en="–"),
        # Events (``EVENT_KEY``).
        "event.archive": Bilingual(
            sv="Arkiverade verktyget{name} (kvar, skrivskyddat)",
            en="Archived the tool{name} (kept, read-only)",
        ),
        "event.restore": Bilingual(
            sv="Återställde verktyget{name} från arkivet", en="Restored the tool{name}"
        ),
        "event.remove": Bilingual(
            sv="Tog bort verktyget{name} med dess svar, risker, granskningar och signeringar, "
            "efter en export{file} (registrets huvudhash {head})",
            en="Removed the tool{name} with its answers, risks, audits and sign-offs, after an "
            "export{file} (register head hash {head})",
        ),
        "event.to_file": Bilingual(sv=" till {file}", en=" to {file}"),
        "event.import": Bilingual(
            sv="Importerade verktyget{name} från {file}, exporterad {exported_at}; {chain}",
            en="Imported the tool{name} from {file}, exported at {exported_at}; {chain}",
        ),
        "event.an_export": Bilingual(sv="en export", en="an export"),
        "event.seal": Bilingual(
            sv="Knöt registrets {rows} rader till historiken vid uppgraderingen",
            en="Bound the register's {rows} rows to the history at the upgrade",
        ),
        "event.chain": Bilingual(sv="huvudhash {head}", en="head hash {head}"),
        "event.no_chain": Bilingual(
            sv="ingen hashkedja (äldre fil)", en="no hash chain (older file)"
        ),
        "event.action_add": Bilingual(
            sv="Lade till åtgärd {number} för risken{name}: {description}",
            en="Added action {number} to the risk{name}: {description}",
        ),
        "event.action_assign": Bilingual(
            sv="Gav åtgärd {number} för risken{name} till {owner}, klar senast {due}",
            en="Assigned action {number} of the risk{name} to {owner}, due {due}",
        ),
        "event.action_done": Bilingual(
            sv="Markerade åtgärd {number} för risken{name} som klar: {description}",
            en="Ticked off action {number} of the risk{name}: {description}",
        ),
        "event.action_reopen": Bilingual(
            sv="Öppnade åtgärd {number} för risken{name} igen: {description}",
            en="Reopened action {number} of the risk{name}: {description}",
        ),
        "event.nobody": Bilingual(sv="ingen", en="nobody"),
        # Issue 15: the deployer's duties.
        "plan.create": Bilingual(sv="Lade till en uppföljningsplan", en="Added a monitoring plan"),
        "plan.update": Bilingual(sv="Ändrade uppföljningsplanen", en="Changed the monitoring plan"),
        "task.update": Bilingual(sv="Ändrade uppgiften{name}", en="Changed the task{name}"),
        "request.update": Bilingual(
            sv="Ändrade förklaringsbegäran{name}", en="Changed the explanation request{name}"
        ),
        "event.task_opened": Bilingual(
            sv="Öppnade uppgiften att bedöma om användningen ska avbrytas och leverantören och "
            "marknadskontrollmyndigheten informeras (AI-förordningen art. 26.5): {threshold}; "
            "klart senast {due}",
            en="Opened the task to assess whether to suspend use and inform the provider and the "
            "market surveillance authority (AI Act Art. 26(5)): {threshold}; due {due}",
        ),
        "event.task_done": Bilingual(
            sv="Markerade uppgiften{name} som klar: bedömningen av om användningen ska avbrytas "
            "och leverantören och marknadskontrollmyndigheten informeras (AI-förordningen "
            "art. 26.5) är gjord",
            en="Ticked off the task{name}: the assessment of whether to suspend use and inform "
            "the provider and the market surveillance authority (AI Act Art. 26(5)) is done",
        ),
        "event.task_reopened": Bilingual(
            sv="Öppnade uppgiften{name} igen", en="Reopened the task{name}"
        ),
        "event.request_received": Bilingual(
            sv="Registrerade förklaringsbegäran{name}, inkom {received}, svar senast {due}",
            en="Registered the explanation request{name}, received {received}, answer due {due}",
        ),
        "event.request_answered": Bilingual(
            sv="Besvarade förklaringsbegäran{name} den {on} (inkom {received}, svar senast "
            "{due}); ärendet är stängt",
            en="Answered the explanation request{name} on {on} (received {received}, due "
            "{due}); the case is closed",
        ),
        "event.request_withdrawn": Bilingual(
            sv="Markerade förklaringsbegäran{name} som återkallad; ärendet är stängt",
            en="Marked the explanation request{name} as withdrawn; the case is closed",
        ),
        "event.request_open": Bilingual(
            sv="Öppnade förklaringsbegäran{name} igen", en="Reopened the explanation request{name}"
        ),
        "event.request_removed": Bilingual(
            sv="Tog bort förklaringsbegäran{name} (inkom {received})",
            en="Removed the explanation request{name} (received {received})",
        ),
        "event.number": Bilingual(sv=" nr {id}", en=" no. {id}"),
        # Issue 20: the audit recipe.
        "event.recipe_saved": Bilingual(
            sv="Sparade granskningsreceptet, version {version}{parts}",
            en="Saved the audit recipe, version {version}{parts}",
        ),
        "recipe.parts": Bilingual(sv=": {parts}", en=": {parts}"),
        "recipe.sheet": Bilingual(sv="blad", en="sheet"),
        "recipe.reading": Bilingual(sv="inläsning", en="reading"),
        "recipe.decision": Bilingual(sv="beslut", en="decision"),
        "recipe.score": Bilingual(sv="poäng", en="score"),
        "recipe.counts": Bilingual(sv="antal per grupp", en="counts per group"),
        "recipe.groups": Bilingual(sv="grupper", en="groups"),
        "recipe.truth": Bilingual(sv="facit", en="ground truth"),
        "recipe.recommendation": Bilingual(sv="rekommendation", en="recommendation"),
        "recipe.stage": Bilingual(sv="steg", en="stages"),
        "recipe.period": Bilingual(sv="period", en="period"),
        "recipe.stratify": Bilingual(sv="jämförelse inom", en="comparison within"),
        "recipe.features": Bilingual(sv="kolumner som påverkar", en="features"),
        "recipe.features_auto": Bilingual(sv="kolumner som påverkar", en="features"),
        "recipe.labels": Bilingual(sv="etiketter", en="labels"),
        "event.proposal_dismissed": Bilingual(
            sv="Avfärdade riskförslaget{name}: {reason}",
            en="Dismissed the proposed risk{name}: {reason}",
        ),
        "event.no_due": Bilingual(sv="inget datum", en="no date"),
    }
).merged(PEOPLE_HISTORY_TEXTS)  # issue 23
