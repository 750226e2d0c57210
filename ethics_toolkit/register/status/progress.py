# ruff: noqa: E501  (holds a text catalogue: long sentences read better unbroken)
"""Where a tool stands in the whole job: profile, checklists, bias audit, risks, report, sign-off.

A judgement of the register (like the traffic light in ``status.py``), computed from a
``ToolRecord`` without Streamlit, so the app's guided path on every page and any other front end
say the same thing: what is done, what is missing, and the one next step (the first step not done).

What "done" means, step by step (the README's "The guided path" repeats it for users):

- profile: the tool is registered with its purpose, system owner, data categories and legal basis;
- checklists: every checklist item has an answer;
- audit: at least one bias audit is saved for the tool;
- risks: the checklists and the audit (which propose risks) are done, no risk proposed by a
  checklist answer waits for a decision, every open risk has an owner, every open risk that is not
  being accepted has at least one measure (action), and when the latest audit found adverse
  impact, a risk from a bias audit is in the register;
- report: the PDF was built for the register's current content (the register keeps no copy of the
  PDF, so a front end says so with ``report_built``), or a sign-off still covers the content;
- signoff: the latest sign-off covers the current content (nothing changed since).

Nothing stored depends on a language: notes keep a key and values, rendered in the reader's
language by :meth:`Note.text`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain.dismissals import adverse_key, dismissed_keys
from ethics_toolkit.register.domain.risks import RiskStatus, Treatment
from ethics_toolkit.register.domain.signoffs import SignOffDecision
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.domain.tool_record import ProgressStep

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord

STEPS: tuple[ProgressStep, ...] = get_args(ProgressStep)
PROFILE_FIELDS = ("purpose", "system_owner", "data_categories", "legal_basis")
"""Profile fields the path asks for (the legal classification needs the rest, which has defaults)."""
OPEN = (RiskStatus.open, RiskStatus.in_treatment)

TEXTS = Catalogue(
    {
        "profile.no_tool": Bilingual(
            sv="Inget AI-verktyg är registrerat ännu.", en="No AI tool is registered yet."
        ),
        "profile.missing": Bilingual(
            sv="Uppgifter saknas i profilen: {fields}.", en="The profile lacks: {fields}."
        ),
        "profile.done": Bilingual(
            sv="Profilen är ifylld; klassificering: {risk_class}.",
            en="The profile is complete; classification: {risk_class}.",
        ),
        "checklists.missing": Plural(
            one=Bilingual(
                sv="{count} av {total} checklistpunkter är obesvarad.",
                en="{count} of {total} checklist items is unanswered.",
            ),
            other=Bilingual(
                sv="{count} av {total} checklistpunkter är obesvarade.",
                en="{count} of {total} checklist items are unanswered.",
            ),
        ),
        "checklists.done": Bilingual(
            sv="Alla {total} punkter är besvarade.", en="All {total} items are answered."
        ),
        "audit.missing": Bilingual(
            sv="Ingen biasgranskning är sparad för verktyget.",
            en="No bias audit is saved for the tool.",
        ),
        "audit.done": Plural(
            one=Bilingual(
                sv="{count} granskning sparad, senast {date}.",
                en="{count} audit saved, latest on {date}.",
            ),
            other=Bilingual(
                sv="{count} granskningar sparade, senast {date}.",
                en="{count} audits saved, latest on {date}.",
            ),
        ),
        "risks.pending": Plural(
            one=Bilingual(
                sv="{count} risk som checklistorna föreslår väntar på beslut.",
                en="{count} risk proposed by the checklists awaits a decision.",
            ),
            other=Bilingual(
                sv="{count} risker som checklistorna föreslår väntar på beslut.",
                en="{count} risks proposed by the checklists await a decision.",
            ),
        ),
        "risks.no_owner": Plural(
            one=Bilingual(
                sv="{count} öppen risk saknar ansvarig.", en="{count} open risk has no owner."
            ),
            other=Bilingual(
                sv="{count} öppna risker saknar ansvarig.", en="{count} open risks have no owner."
            ),
        ),
        "risks.no_action": Plural(
            one=Bilingual(
                sv="{count} öppen risk saknar åtgärd.", en="{count} open risk has no measure."
            ),
            other=Bilingual(
                sv="{count} öppna risker saknar åtgärd.", en="{count} open risks have no measure."
            ),
        ),
        "risks.audit_unregistered": Bilingual(
            sv="Den senaste biasgranskningen visade negativ särbehandlingseffekt, men ingen risk från en granskning finns i registret.",
            en="The latest bias audit found adverse impact, but no risk from an audit is in the register.",
        ),
        "risks.after_earlier": Bilingual(
            sv="Riskerna bedöms när checklistorna är besvarade och en biasgranskning är sparad: de föreslår riskerna.",
            en="The risks are assessed once the checklists are answered and a bias audit is saved: they propose the risks.",
        ),
        "risks.done": Plural(
            one=Bilingual(
                sv="{count} risk, med ansvarig och åtgärd.",
                en="{count} risk, with owner and measures.",
            ),
            other=Bilingual(
                sv="{count} risker, alla med ansvarig och åtgärd.",
                en="{count} risks, all with owners and measures.",
            ),
        ),
        "risks.none": Bilingual(
            sv="Inga risker är registrerade och inga väntar på beslut.",
            en="No risks are registered and none await a decision.",
        ),
        "report.missing": Bilingual(
            sv="Rapporten är inte skapad för registrets nuvarande innehåll.",
            en="The report has not been built for the register's current content.",
        ),
        "report.built": Bilingual(
            sv="Rapporten är skapad för det nuvarande innehållet.",
            en="The report is built for the current content.",
        ),
        "report.signed": Bilingual(
            sv="Det signerade innehållet är oförändrat.", en="The signed content is unchanged."
        ),
        "signoff.missing": Bilingual(
            sv="Bedömningen är inte signerad av ledningen.",
            en="The assessment has not been signed off by management.",
        ),
        "signoff.changed": Bilingual(
            sv="Ändrat sedan signeringen {date} av {name}: en ny signering behövs.",
            en="Changed since the sign-off on {date} by {name}: a new sign-off is needed.",
        ),
        "signoff.done": Bilingual(
            sv="Signerad {date} av {name}: {decision}.",
            en="Signed off on {date} by {name}: {decision}.",
        ),
    }
)


class Note(BaseModel):
    """One line about a step, kept as data and rendered in the reader's language."""

    model_config = ConfigDict(frozen=True)

    key: str
    values: dict[str, object] = Field(default_factory=dict)

    def text(self, lang: Lang) -> str:
        from ethics_toolkit.register.domain import labels

        values = dict(self.values)
        if "fields" in values:  # field names -> their labels, as the profile form shows them
            names = [labels.field_label(AITool, str(f), lang) for f in values["fields"]]  # type: ignore[union-attr]
            values["fields"] = ", ".join(name.lower() for name in names)
        if "risk_class" in values:
            values["risk_class"] = labels.risk_class_label(str(values["risk_class"]), lang)
        if "decision" in values:
            values["decision"] = labels.label(SignOffDecision(str(values["decision"])), lang)
        return TEXTS.text(self.key, lang, **values)


class StepProgress(BaseModel):
    """A step: done or not, a line on what is done and the lines on what is missing."""

    model_config = ConfigDict(frozen=True)

    step: ProgressStep
    done: bool
    summary: Note | None = None
    missing: list[Note] = Field(default_factory=list)

    def label(self, lang: Lang) -> str:
        from ethics_toolkit.register.domain.labels import literal_label

        return literal_label("progress_step", self.step, lang)


class ToolProgress(BaseModel):
    """The six steps of one tool (or of the tool not yet registered), in order."""

    model_config = ConfigDict(frozen=True)

    tool: str | None
    steps: list[StepProgress]

    @property
    def next_step(self) -> StepProgress | None:
        """The one next step: the first that is not done; ``None`` when all are."""
        return next((s for s in self.steps if not s.done), None)

    @property
    def done_count(self) -> int:
        return sum(s.done for s in self.steps)

    def step(self, step: ProgressStep) -> StepProgress:
        return next(s for s in self.steps if s.step == step)


def tool_progress(record: ToolRecord | None, *, report_built: bool = False) -> ToolProgress:
    """The progress of ``record``'s tool; ``None`` (nothing registered) starts at the profile.

    ``report_built``: the front end built the PDF for this record's current content.
    """
    if record is None:
        steps = [StepProgress(step="profile", done=False, missing=[Note(key="profile.no_tool")])]
        steps += [StepProgress(step=step, done=False) for step in STEPS[1:]]
        return ToolProgress(tool=None, steps=steps)
    signoff = _signoff(record)
    checklists, audit = _checklists(record), _audit(record)
    steps = [
        _profile(record),
        checklists,
        audit,
        _risks(record, proposals_complete=checklists.done and audit.done),
        _report(record, built=report_built, signed=signoff.done),
        signoff,
    ]
    return ToolProgress(tool=record.tool.name, steps=steps)


def missing_profile_fields(tool: AITool) -> list[str]:
    return [name for name in PROFILE_FIELDS if not _filled(getattr(tool, name))]


def _filled(value: object) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value)


def _profile(record: ToolRecord) -> StepProgress:
    missing = missing_profile_fields(record.tool)
    if missing:
        note = Note(key="profile.missing", values={"fields": missing})
        return StepProgress(step="profile", done=False, missing=[note])
    summary = Note(key="profile.done", values={"risk_class": record.classification.risk_class})
    return StepProgress(step="profile", done=True, summary=summary)


def _checklists(record: ToolRecord) -> StepProgress:
    from ethics_toolkit.register.checklists.catalogue import load_checklists

    items = [item.id for area in load_checklists() for item in area.items]
    answered = {a.item_id for a in record.answers}
    open_items = [item for item in items if item not in answered]
    if open_items:
        note = Note(
            key="checklists.missing", values={"count": len(open_items), "total": len(items)}
        )
        return StepProgress(step="checklists", done=False, missing=[note])
    summary = Note(key="checklists.done", values={"total": len(items)})
    return StepProgress(step="checklists", done=True, summary=summary)


def _audit(record: ToolRecord) -> StepProgress:
    if not record.audits:
        return StepProgress(step="audit", done=False, missing=[Note(key="audit.missing")])
    latest = max(run.run_at for run in record.audits)
    values = {"count": len(record.audits), "date": latest.date().isoformat()}
    return StepProgress(step="audit", done=True, summary=Note(key="audit.done", values=values))


def _risks(record: ToolRecord, *, proposals_complete: bool) -> StepProgress:
    missing = []
    pending = sum(a.risk_decision == "pending" for a in record.answers)
    if pending:
        missing.append(Note(key="risks.pending", values={"count": pending}))
    open_risks = [r for r in record.risks if r.status in OPEN]
    no_owner = sum(not r.owner.strip() for r in open_risks)
    if no_owner:
        missing.append(Note(key="risks.no_owner", values={"count": no_owner}))
    no_action = sum(not r.actions and r.treatment != Treatment.accept for r in open_risks)
    if no_action:
        missing.append(Note(key="risks.no_action", values={"count": no_action}))
    if audit_risk_missing(record):
        missing.append(Note(key="risks.audit_unregistered"))
    if not proposals_complete:  # the checklists and the audit propose the risks to assess
        missing.append(Note(key="risks.after_earlier"))
    if missing:
        return StepProgress(step="risks", done=False, missing=missing)
    summary = (
        Note(key="risks.done", values={"count": len(record.risks)})
        if record.risks
        else Note(key="risks.none")
    )
    return StepProgress(step="risks", done=True, summary=summary)


def audit_risk_missing(record: ToolRecord) -> bool:
    """The latest audit found adverse impact, no risk in the register came from an audit, and
    not every risk it proposes was dismissed with a reason (issue 20)."""
    if not record.audits:
        return False
    latest = max(record.audits, key=lambda run: (run.run_at, run.id or 0))
    runs = {run.id for run in record.audits}
    linked = any(r.audit_run_id in runs for r in record.risks if r.audit_run_id is not None)
    if linked or not latest.result.adverse_impact_found:
        return False
    dismissed = dismissed_keys(record.dismissals, latest.id)
    # Issue 21: a stored run keeps a small group's verdict without its figures (``withheld``).
    adverse = [
        g.values
        for a in latest.result.analyses
        for g in [*a.groups, *(a.withheld or [])]
        if g.adverse_impact
    ]
    return not all(adverse_key(values) in dismissed for values in adverse)


def _report(record: ToolRecord, *, built: bool, signed: bool) -> StepProgress:
    if signed:
        return StepProgress(step="report", done=True, summary=Note(key="report.signed"))
    if built:
        return StepProgress(step="report", done=True, summary=Note(key="report.built"))
    return StepProgress(step="report", done=False, missing=[Note(key="report.missing")])


def _signoff(record: ToolRecord) -> StepProgress:
    from ethics_toolkit.register.integrity.content import signoff_status

    status = signoff_status(record)
    if status is None:
        return StepProgress(step="signoff", done=False, missing=[Note(key="signoff.missing")])
    who = {"date": status.signoff.signed_at.date().isoformat(), "name": status.signoff.name}
    if status.changed:
        return StepProgress(
            step="signoff", done=False, missing=[Note(key="signoff.changed", values=who)]
        )
    values = {**who, "decision": str(status.signoff.decision)}
    return StepProgress(step="signoff", done=True, summary=Note(key="signoff.done", values=values))
