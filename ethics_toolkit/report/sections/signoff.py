"""The management report's sign-off section: the sign-offs and whether the content they approved
has changed since (issue 13); its annex, a summary of the tamper-evident history; and what the
report says of the register's integrity (issues 21 §4, 27): ``verify``'s verdict on the cover,
first, when the register was altered; the chain's head printed as the anchor ``verify --anchor``
checks.
"""

from __future__ import annotations

from collections import Counter

from ethics_toolkit.i18n import format_int
from ethics_toolkit.register.domain.actors import actor_label, entry_actor_label
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.labels import field_label, label, literal_label
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.integrity.anchor import anchor_keyword
from ethics_toolkit.register.integrity.messages import VERDICT
from ethics_toolkit.report.flow import clip_text
from ethics_toolkit.report.sections.table_text import NAME_IN_TABLE
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.texts import text

HISTORY_ROWS = 15
CHANGES_LISTED = 8
ALTERATIONS_ON_COVER = 3


def altered_box(story: Story, record: ToolRecord) -> None:
    """Issue 21 §4: a register changed outside the program says so first, naming what changed
    (in verify's words) and that the change was detected, not prevented."""
    verdict = record.verdict
    if verdict is None or verdict.intact:
        return
    lang = story.lang
    found = verdict.about(record.tool.name) or verdict.findings
    reasons = [f.message.get(lang) for f in found[:ALTERATIONS_ON_COVER]]
    if len(verdict.findings) > len(reasons):
        reasons.append(text("sign.changed_more", lang, n=len(verdict.findings) - len(reasons)))
    reasons.append(VERDICT.text("detected", lang))
    story.status_box("red", VERDICT.text("altered", lang, count=len(verdict.findings)), reasons)


def anchor_of(record: ToolRecord) -> tuple[str, int] | None:
    """The chain's head when the record was read (``None``: not checked)."""
    verdict = record.verdict
    if verdict is not None and verdict.head_entry and verdict.history.head:
        return verdict.history.head, verdict.head_entry
    return None


def keywords(record: ToolRecord) -> str:
    """The PDF's keywords: the anchor ``verify --anchor`` reads back (``register/integrity``)."""
    anchor = anchor_of(record)
    return anchor_keyword(*anchor) if anchor else ""


def signoff_section(story: Story, record: ToolRecord, *, history_in: str | None = None) -> None:
    """The sign-offs, a line to sign, and whether the signed content has changed since;
    ``history_in``: the annex with the change history."""
    lang = story.lang
    story.section("sec.signoff")
    intro = text("sign.intro", lang)
    if history_in is not None:
        intro += " " + text("sign.history_in", lang, letter=history_in)
    story.para(intro)
    header = [field_label(SignOff, f, lang) for f in ("name", "role", "signed_at", "decision")]
    rows = [
        [
            clip_text(actor_label(s.signed_by, lang), NAME_IN_TABLE) if s.signed_by else s.name,
            s.role,
            s.signed_at.date().isoformat(),
            label(s.decision, lang)
            + (
                f": {story.clip(s.comment, 300, field_label(SignOff, 'comment', lang))}"
                if s.comment
                else ""
            ),
        ]
        for s in sorted(record.signoffs, key=lambda s: (s.signed_at, s.id or 0))
    ]
    if not rows:
        story.para(text("sign.none", lang))
    rows.append(["", "", "", text("sign.blank", lang) + ": " + "_" * 28])
    story.table(header, rows, widths=(0.25, 0.22, 0.13, 0.4))
    four_eyes(story, record)
    signoff_standing(story, record)


def history_section(story: Story, record: ToolRecord) -> None:
    """The annex: whether the history is intact, and its latest entries."""
    story.section("sec.history")
    history_summary(story, record, heading=False)


def four_eyes(story: Story, record: ToolRecord) -> None:
    """Issue 22: who signed the latest sign-off and who proposed the content it approves."""
    lang = story.lang
    signed = [s for s in record.signoffs if s.signed_by is not None]
    if not signed:
        return
    latest = max(signed, key=lambda s: (s.signed_at, s.id or 0))
    assert latest.signed_by is not None
    proposers = ", ".join(actor_label(p, lang) for p in latest.proposed_by)
    story.para(
        text(
            "sign.four_eyes",
            lang,
            date=latest.signed_at.date().isoformat(),
            signer=actor_label(latest.signed_by, lang),
            proposers=proposers or text("sign.nobody", lang),
        ),
        style="small",
    )


def signoff_standing(story: Story, record: ToolRecord) -> None:
    """Issue 13: a sign-off whose approved content has changed since says so, and what changed."""
    from ethics_toolkit.register.integrity.content import signoff_status

    lang = story.lang
    status = signoff_status(record)
    if status is None:
        return
    if not status.bound:
        story.para(text("sign.unbound", lang), style="small")
        return
    if not status.changed:
        return
    signoff = status.signoff
    reasons = [
        text(
            "sign.changed_entry",
            lang,
            when=h.at.strftime("%Y-%m-%d"),
            who=entry_actor_label(h.actor, h.changes, lang),
            what=describe(h, lang),
        )
        for h in status.changes[:CHANGES_LISTED]
    ]
    if len(status.changes) > CHANGES_LISTED:
        reasons.append(text("sign.changed_more", lang, n=len(status.changes) - CHANGES_LISTED))
    if not status.changes:
        reasons = [text("sign.changed_unexplained", lang)]
    label_ = text(
        "sign.changed", lang, date=signoff.signed_at.date().isoformat(), name=signoff.name
    )
    story.status_box("amber", label_, reasons)


def history_summary(story: Story, record: ToolRecord, *, heading: bool = True) -> None:
    lang = story.lang
    if heading:
        story.subheading(text("hist.title", lang))
    verdict, check = record.verdict, record.history_check
    if verdict is not None:  # issue 27: verify's verdict, the same as the app's and the CLI's
        if verdict.intact:
            story.para(VERDICT.text("intact", lang, n=format_int(verdict.total_entries, lang)),
                       style="small")  # fmt: skip
        else:
            story.status_box(
                "red",
                VERDICT.text("altered", lang, count=len(verdict.findings)),
                [f.message.get(lang) for f in verdict.findings] + [VERDICT.text("detected", lang)],
            )
        for note in verdict.notes:
            story.para(note.get(lang), style="small")
    elif check is None:
        story.para(text("hist.unverified", lang), style="small")
    elif check.intact:
        story.para(text("hist.verified", lang, n=format_int(check.entries, lang)), style="small")
    else:
        story.status_box("red", text("hist.broken", lang, id=check.broken_id), [])
    anchor = anchor_of(record)
    if anchor is not None and verdict is not None and verdict.head_at is not None:
        story.para(
            VERDICT.text(
                "anchor_line",
                lang,
                head=anchor[0],
                entry=anchor[1],
                date=verdict.head_at.strftime("%Y-%m-%d %H:%M UTC"),
            )
            + f" ({keywords(record)})",
            style="small",
        )
    history = sorted(record.history, key=lambda h: (h.at, h.id or 0))
    if not history:
        story.para(text("hist.none", lang))
        return
    story.para(
        text(
            "hist.intro",
            lang,
            count=len(history),
            first=history[0].at.date().isoformat(),
            last=history[-1].at.date().isoformat(),
        )
    )
    counts = Counter(h.entity for h in history)
    by_entity = ", ".join(
        f"{literal_label('history_entity', e, lang).lower()} {format_int(n, lang)}"
        for e, n in sorted(counts.items())
    )
    story.para(text("hist.by_entity", lang, counts=by_entity), style="small")
    names = record.history_names()
    latest = history[::-1][:HISTORY_ROWS]
    story.table(
        [text(k, lang) for k in ("hist.when", "hist.who", "hist.what")],
        [
            [
                h.at.strftime("%Y-%m-%d %H:%M"),
                clip_text(entry_actor_label(h.actor, h.changes, lang), NAME_IN_TABLE),
                clip_text(describe(h, lang, names=names), 400),
            ]
            for h in latest
        ],
        widths=(0.18, 0.2, 0.62),
    )
