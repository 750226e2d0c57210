"""What a sign-off approved and whether it still holds (issue 13); no SQL.

A sign-off records the SHA-256 of the tool's register content (:func:`content_of`: profile,
classification, answers, risks, audit runs) and the history head at that moment. Content leaves
out what does not express the assessment (ids, which change on import; row versions; the archive
flag), so the same register imported elsewhere still matches its sign-off.

:func:`~ethics_toolkit.register.storage.verify.verify` checks the hash chain (:mod:`.chain`) and
every sign-off: that its row still says what its (chained) history entry recorded, and that the
head it recorded is part of the chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.history_entries import HistoryCheck, HistoryEntry
from ethics_toolkit.register.domain.legal_classification import LegalClassification
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.integrity import chain

_TOOL_VOLATILE = {"id", "row_version", "archived_at"}
_TOOL_ADDED_LATER = ("contact", "retention", "main_factors", "human_role")
"""Profile facts added after sign-offs existed (issue 15): left out while empty, so a sign-off
made before them still matches the content it approved."""
_RISK_VOLATILE = {"id", "tool_id", "row_version", "audit_run_id", *Risk.model_computed_fields}
_SIGNOFF_FIELDS = ("name", "role", "decision", "comment", "signed_at", "content_hash", "head_hash")

CHAIN_INTACT = Bilingual(
    sv="Historiken är verifierad ({n} händelser, kedjan obruten).",
    en="History verified ({n} entries, chain intact).",
)
CHAIN_BROKEN = Bilingual(
    sv="Historiken är inte intakt: händelse {id} har ändrats, lagts till eller tagits bort i "
    "efterhand ({detail}). Jämför med en tidigare export och kontakta den som ansvarar för "
    "databasen.",
    en="History is not intact: entry {id} was changed, inserted or removed after the fact "
    "({detail}). Compare with an earlier export and contact whoever runs the database.",
)
BROKEN_MISMATCH = Bilingual(
    sv="dess hash stämmer inte med innehållet och föregående händelse",
    en="its hash does not match its content and the entry before it",
)
BROKEN_MISSING = Bilingual(sv="den saknar hash", en="it has no hash")
SIGNOFF_NO_ENTRY = Bilingual(
    sv="Signeringen {id} av {name} saknar sin händelse i historiken.",
    en="Sign-off {id} by {name} has no entry in the history.",
)
SIGNOFF_ALTERED = Bilingual(
    sv="Signeringen {id} har ändrats i efterhand: {field} är {now!r} men historiken säger "
    "{then!r}.",
    en="Sign-off {id} was altered after the fact: {field} is {now!r} but the history says "
    "{then!r}.",
)
SIGNOFF_HEAD_GONE = Bilingual(
    sv="Signeringen {id} godkände historiken fram till {head}, men den händelsen finns inte längre "
    "i kedjan: historiken har skrivits om.",
    en="Sign-off {id} approved the history up to {head}, but that entry is no longer in the "
    "chain: the history was rewritten.",
)
SIGNOFF_ROW_GONE = Bilingual(
    sv="Signeringen {id} av {name} finns i historiken (händelse {entry}) men saknas i registret: "
    "den har tagits bort i efterhand.",
    en="Sign-off {id} by {name} is recorded in the history (entry {entry}) but is missing from "
    "the register: it was removed after the fact.",
)
ENTRY_UNREADABLE = Bilingual(
    sv="Händelse {id} i historiken går inte att läsa: den har ändrats utanför programmet.",
    en="History entry {id} cannot be read: it was changed outside the program.",
)
ROWS_UNREADABLE = Bilingual(
    sv="Registrets uppgifter om {tool} går inte att läsa ({detail}): de har ändrats utanför "
    "programmet. Jämför med en tidigare export.",
    en="The register's rows of {tool} cannot be read ({detail}): they were changed outside the "
    "program. Compare with an earlier export.",
)
TOOL_PROBLEM = Bilingual(sv="{tool}: {problem}", en="{tool}: {problem}")
CHANGED_SINCE_SIGNOFF = Bilingual(
    sv="Ändrat sedan signeringen {date} av {name}: en ny signering behövs.",
    en="Changed since the sign-off on {date} by {name}: a new sign-off is needed.",
)
CHANGED_WITHOUT_HISTORY = Bilingual(
    sv="Innehållet skiljer sig från det som signerades, men historiken visar ingen ändring efter "
    "signeringen: någon har ändrat registret utanför programmet eller i en importerad fil.",
    en="The content differs from what was signed, but the history shows no change after the "
    "sign-off: someone changed the register outside the program or in an imported file.",
)


def content_of(
    tool: AITool,
    classification: LegalClassification,
    answers: Sequence[Answer],
    risks: Sequence[Risk],
    audits: Sequence[AuditRun],
    *,
    legacy: bool = False,
) -> dict[str, Any]:
    """The register content a sign-off approves, free of ids and row versions.

    Two rules keep a later version of the program from making every sign-off look altered:

    - the classification is derived by the program from the tool's profile, so only its
      conclusions are bound, not the wording of its reasons;
    - every value equal to its field's default is left out (``exclude_defaults``), so a field a
      later version adds, with a default, leaves the content of older records unchanged.

    ``legacy`` gives the content as sign-offs bound it before these rules (the reasons, every
    field written out), less the fields added since then while they hold their defaults
    (:data:`_ADDED_SINCE_LEGACY`); see :func:`covers`.
    """
    audits = sorted(audits, key=lambda a: a.id or 0)
    position = {a.id: i for i, a in enumerate(audits, start=1)}
    # Issue 12's evidence-based points are derived from content already bound here.
    derived = {"points"} if legacy else {"points", "reasons"}
    dump: dict[str, Any] = {"mode": "json", "exclude_defaults": not legacy}
    content = {
        "tool": _tool_content(tool) if legacy else tool.model_dump(**dump, exclude=_TOOL_VOLATILE),
        "classification": classification.model_dump(**dump, exclude=derived),
        "answers": [
            a.model_dump(**dump, exclude={"tool_id", *_answer_added_later(a, legacy)})
            for a in sorted(answers, key=lambda a: a.item_id)
        ],
        "risks": [
            {
                **r.model_dump(**dump, exclude=_RISK_VOLATILE),
                "audit": position.get(r.audit_run_id),
            }
            for r in sorted(risks, key=lambda r: r.id or 0)
        ],
        "audits": [a.model_dump(**dump, exclude={"id", "tool_id"}) for a in audits],
    }
    if legacy:
        content["classification"] = _legacy_wording(content["classification"])
        for audit in content["audits"]:
            _drop_added_since_legacy(audit["result"])
        for risk in content["risks"]:
            _drop_defaults(risk, "risk")  # issue 22
    return content


def _answer_added_later(answer: Answer, legacy: bool) -> set[str]:
    """Issue 21 §2: when an answer was first given is left out of the legacy content until an
    answer is revised (a sign-off made before the field existed still matches)."""
    return {"first_answered_at"} if legacy and answer.first_answered_at is None else set()


_ADDED_SINCE_LEGACY: dict[str, dict[str, Any]] = {
    "result": {"warnings": [], "comparisons": None},  # issue 27; issue 21: the Holm family's size
    "reading": {"skipped_lines": 0, "other_sheets": []},  # issue 9 QA; issue 20
    "spec": {"references": {}, "regroup": {}, "unknown_values": {}},  # issue 20
    "analysis": {
        "reference_chosen": None,  # issue 20
        "reference_warnings": [],  # issue 20
        "withheld": None,  # issue 21: groups a stored run withholds whole
    },
    "risk": {"acceptance": None},  # issue 22
}
"""Fields added after the legacy content rule, left out of it while they hold their default, at
each level of a saved audit's result (a period holds analyses like the whole)."""


def _drop_defaults(values: dict[str, Any] | None, level: str) -> None:
    for name, default in _ADDED_SINCE_LEGACY[level].items():
        if values is not None and values.get(name, default) == default:
            values.pop(name, None)


def _drop_added_since_legacy(result: dict[str, Any]) -> None:
    _drop_defaults(result, "result")
    _drop_defaults(result.get("reading"), "reading")
    _drop_defaults(result.get("spec"), "spec")
    for analysis in result.get("analyses") or []:
        _drop_defaults(analysis, "analysis")
    for period in result.get("periods") or []:
        for analysis in period.get("analyses") or []:
            _drop_defaults(analysis, "analysis")


_WORDING_SINCE_LEGACY = {"ch. 3 § 13": "ch. 3 s. 13"}
"""Reasons reworded since the legacy rule bound their wording (issue 21: one citation style),
put back as they were so that a sign-off bound then still matches."""


def _legacy_wording(value: Any) -> Any:
    if isinstance(value, str):
        for now, then in _WORDING_SINCE_LEGACY.items():
            value = value.replace(now, then)
        return value
    if isinstance(value, dict):
        return {k: _legacy_wording(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_legacy_wording(v) for v in value]
    return value


_ADDED_LATER = (
    *_TOOL_ADDED_LATER, "dpia_completed_on", "art9_ground",
    # Issue 21 §6: the controller, the DPO and the texts in other languages.
    "controller", "dpo_contact", "texts_lang", "translations",
)  # fmt: skip
"""Tool fields added after content binding (issue 12): left out while empty (or at their default),
so that a sign-off made before they existed still matches its content."""


def _tool_content(tool: AITool) -> dict[str, Any]:
    content = tool.model_dump(mode="json", exclude=_TOOL_VOLATILE)
    for name in _ADDED_LATER:
        default = AITool.model_fields[name].get_default(call_default_factory=True)
        if not content.get(name) or content.get(name) == default:
            content.pop(name, None)
    return content


def record_content_hash(record: ToolRecord, *, legacy: bool = False) -> str:
    """The record's content hash as sign-offs bind it now (or, ``legacy``, as they bound it
    before; see :func:`content_of`)."""
    parts = (record.tool, record.classification, record.answers, record.risks, record.audits)
    return chain.content_hash(content_of(*parts, legacy=legacy))


def covers(record: ToolRecord, content_hash: str) -> bool:
    """Whether a sign-off's ``content_hash`` still covers the record, bound either way."""
    return (
        record_content_hash(record) == content_hash
        or record_content_hash(record, legacy=True) == content_hash  # only when the first differs
    )


class SignOffStatus(BaseModel):
    """Whether the latest sign-off of a tool still covers its content, and what changed since."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    signoff: SignOff
    bound: bool
    changed: bool
    changes: list[HistoryEntry]

    def message(self, lang: Lang) -> str:
        return CHANGED_SINCE_SIGNOFF.format(
            lang, date=self.signoff.signed_at.date().isoformat(), name=self.signoff.name
        )


def _signoff_entry(signoff: SignOff, history: Sequence[HistoryEntry]) -> HistoryEntry | None:
    return next(
        (
            h
            for h in history
            if h.entity == "signoff" and h.action == "create" and h.entity_id == str(signoff.id)
        ),
        None,
    )


def signoff_status(record: ToolRecord) -> SignOffStatus | None:
    """The latest sign-off's standing; ``None`` when the tool was never signed off.

    ``changes`` are the history entries after the sign-off (other sign-offs aside). A sign-off
    made before content binding (no ``content_hash``) is reported as not ``bound``.
    """
    if not record.signoffs:
        return None
    latest = max(record.signoffs, key=lambda s: (s.signed_at, s.id or 0))
    if latest.content_hash is None:
        return SignOffStatus(signoff=latest, bound=False, changed=False, changes=[])
    changed = not covers(record, latest.content_hash)
    entry = _signoff_entry(latest, record.history)
    after = [
        h
        for h in record.history
        if h.entity != "signoff" and (entry is None or (h.id or 0) > (entry.id or 0))
    ]
    if entry is None:
        after = [h for h in after if h.at > latest.signed_at]
    return SignOffStatus(
        signoff=latest, bound=True, changed=changed, changes=after if changed else []
    )


def history_line(check: HistoryCheck, lang: Lang) -> str:
    """ "History verified (N entries, chain intact)" or what is broken."""
    if check.intact:
        return CHAIN_INTACT.format(lang, n=check.entries)
    detail = (BROKEN_MISSING if check.problem == "missing" else BROKEN_MISMATCH).get(lang)
    return CHAIN_BROKEN.format(lang, id=check.broken_id, detail=detail)


def as_check(walked: chain.ChainCheck) -> HistoryCheck:
    return HistoryCheck(
        entries=walked.entries,
        intact=walked.intact,
        head=walked.head,
        broken_id=walked.broken_id,
        problem=walked.problem,
    )


def _recorded(entry: HistoryEntry, field: str) -> tuple[bool, object]:
    """The value a history entry recorded for ``field`` (``[old, new]`` changes), if any."""
    change = entry.changes.get(field)
    if isinstance(change, list) and len(change) == 2:
        return True, change[1]
    return False, None


def check_signoffs(
    signoffs: Sequence[SignOff], history: Sequence[HistoryEntry], hashes: frozenset[str]
) -> list[Bilingual]:
    """Problems of sign-offs whose row or recorded head contradict the chained history."""
    problems: list[Bilingual] = []
    for signoff in signoffs:
        entry = _signoff_entry(signoff, [h for h in history if h.tool_id == signoff.tool_id])
        facts = {"id": signoff.id, "name": signoff.name}
        if entry is None:
            problems.append(_filled(SIGNOFF_NO_ENTRY, **facts))
            continue
        now = signoff.model_dump(mode="json")
        for field in _SIGNOFF_FIELDS:
            found, then = _recorded(entry, field)
            if found and _same(then, now.get(field)) is False:
                problems.append(
                    _filled(
                        SIGNOFF_ALTERED, id=signoff.id, field=field, now=now.get(field), then=then
                    )
                )
                break
        if signoff.head_hash and signoff.head_hash not in hashes | {chain.GENESIS}:
            problems.append(_filled(SIGNOFF_HEAD_GONE, id=signoff.id, head=signoff.head_hash[:12]))
    return problems


def missing_signoffs(
    tool_ids: set[int], signoffs: Sequence[SignOff], history: Sequence[HistoryEntry]
) -> list[Bilingual]:
    """Sign-offs the history recorded for a tool that still exists, whose row is gone.

    A sign-off is removed only with its tool (``delete_tool``), so a missing one was deleted
    below the program (or cut out of an export file).
    """
    present = {(s.tool_id, str(s.id)) for s in signoffs}
    problems: list[Bilingual] = []
    for entry in history:
        if entry.entity != "signoff" or entry.action != "create" or entry.tool_id not in tool_ids:
            continue
        if (entry.tool_id, entry.entity_id) not in present:
            _, name = _recorded(entry, "name")
            problems.append(
                _filled(SIGNOFF_ROW_GONE, id=entry.entity_id, name=name or "?", entry=entry.id)
            )
    return problems


def unexplained_change(tool: str, status: SignOffStatus | None) -> Bilingual | None:
    """The signed content differs and no history entry after the sign-off explains it."""
    if status is None or not status.changed or status.changes:
        return None
    return Bilingual(
        sv=TOOL_PROBLEM.format("sv", tool=tool, problem=CHANGED_WITHOUT_HISTORY.sv),
        en=TOOL_PROBLEM.format("en", tool=tool, problem=CHANGED_WITHOUT_HISTORY.en),
    )


def _same(then: object, now: object) -> bool:
    if isinstance(then, str) and isinstance(now, str) and then[:2].isdigit():
        try:  # timestamps: compare instants, not spellings
            return datetime.fromisoformat(then) == datetime.fromisoformat(now)
        except ValueError:
            pass
    return then == now


def _filled(template: Bilingual, **values: object) -> Bilingual:
    return Bilingual(sv=template.format("sv", **values), en=template.format("en", **values))
