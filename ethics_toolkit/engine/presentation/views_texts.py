"""The words of the audit tables, in Swedish and English: pure text.

Column headings, the notes on a row, the verdict words, the headings and notes of an analysis,
the verdict of the whole audit and the chart legend: one
:class:`~ethics_toolkit.i18n.text.Catalogue` (:data:`TEXTS`), read through
:mod:`~ethics_toolkit.engine.presentation.views` by the CLI, the app and the PDF.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

TEXTS = Catalogue(
    {
        # Column headings (``_scoring``: a scoring tool, where the rate is the share above the
        # median score, as in NYC Local Law 144).
        "col.group": Bilingual(sv="Grupp", en="Group"),
        "col.n": Bilingual(sv="Antal", en="Number"),
        "col.selected": Bilingual(sv="Valda", en="Selected"),
        "col.selected_scoring": Bilingual(sv="Över medianen", en="Above the median"),
        "col.rate": Bilingual(sv="Urvalsandel", en="Selection rate"),
        "col.rate_scoring": Bilingual(sv="Andel över medianen", en="Scoring rate"),
        "col.rate_ci": Bilingual(sv="95 % KI", en="95% CI"),
        "col.ratio": Bilingual(sv="Kvot", en="Impact ratio"),
        "col.ratio_ci": Bilingual(sv="Kvotens 95 % KI", en="Ratio 95% CI"),
        "col.p_value": Bilingual(sv="p-värde", en="p-value"),
        "col.p_holm": Bilingual(sv="Justerat p (Holm)", en="Adjusted p (Holm)"),
        "col.min_detectable": Bilingual(
            sv="Minsta kvot som hade märkts", en="Smallest detectable ratio"
        ),
        "col.verdict": Bilingual(sv="Bedömning", en="Verdict"),
        "col.shortfall": Bilingual(sv="Underskott", en="Shortfall"),
        "col.tpr": Bilingual(sv="Kvalificerade som valdes (TPR)", en="Qualified selected (TPR)"),
        "col.fpr": Bilingual(
            sv="Ej kvalificerade som valdes (FPR)", en="Not qualified selected (FPR)"
        ),
        "col.notes": Bilingual(sv="Noter", en="Notes"),
        # Notes on a row.
        "note.small": Bilingual(sv="liten grupp", en="small group"),
        "note.suppressed": Bilingual(sv="dold", en="suppressed"),
        # Verdicts of one group (``GroupResult.verdict``, or derived from its figures).
        "verdict.reference": Bilingual(sv="referensgrupp", en="reference group"),
        "verdict.adverse_significant": Bilingual(
            sv="under 4/5, knappast slumpen", en="below 4/5, unlikely to be chance"
        ),
        "verdict.adverse_not_significant": Bilingual(
            sv="under 4/5, kan bero på slumpen (varning)", en="below 4/5, may be chance (warning)"
        ),
        "verdict.insufficient_evidence": Bilingual(
            sv="för lite data för att avgöra", en="too little data to tell"
        ),
        "verdict.undetermined": Bilingual(sv="kan inte bedömas", en="cannot be assessed"),
        "verdict.no_adverse_impact": Bilingual(
            sv="ingen negativ särbehandlingseffekt", en="no adverse impact"
        ),
        # Headings and notes of an analysis.
        "title.single": Bilingual(sv="Efter {attributes}", en="By {attributes}"),
        "title.intersection": Bilingual(
            sv="Korsanalys efter {attributes}", en="Intersection of {attributes}"
        ),
        "analysed": Plural(
            one=Bilingual(
                sv="{count} sökande med känt värde ingår",
                en="{count} applicant with a known value included",
            ),
            other=Bilingual(
                sv="{count} sökande med känt värde ingår",
                en="{count} applicants with a known value included",
            ),
        ),
        "unknown": Bilingual(
            sv="{count} utan uppgift (saknas eller ”vill ej uppge”) ingår inte i kvoterna",
            en="{count} without a value (missing or “not stated”) left out of the ratios",
        ),
        "reference": Bilingual(sv="referensgrupp: {group}", en="reference group: {group}"),
        "small_groups": Bilingual(
            sv="små grupper (under 2 % av de analyserade, aldrig referensgrupp): {groups}",
            en="small groups (under 2% of those analysed, never the reference group): {groups}",
        ),
        "dp": Bilingual(
            sv="skillnad i urvalsandel mellan högsta och lägsta grupp {diff}, kvot {ratio}",
            en="difference between the highest and lowest selection rate {diff}, ratio {ratio}",
        ),
        "eod": Bilingual(
            sv="största skillnaden mellan grupperna i felfrekvens mot facit (TPR eller FPR) "
            "{value}",
            en="largest difference between the groups in error rates against the ground truth "
            "(TPR or FPR, equalized odds) {value}",
        ),
        "withheld_groups": Bilingual(
            sv="inga siffror sparades för {groups}, för att skydda små celler",
            en="no figures were stored for {groups}, to protect small cells",
        ),
        "suppressed_note": Bilingual(
            sv="”{marker}” betyder att färre än {threshold} personer finns i cellen (antal, valda "
            "eller ej valda). Andel, kvot, p-värde och underskott visas då inte, eftersom de "
            "skulle avslöja antalet och kunna peka ut enskilda personer.",
            en="“{marker}” means fewer than {threshold} people in the cell (applicants, selected "
            "or not selected). The rate, ratio, p-value and shortfall are then not shown, because "
            "they would reveal the count and could single out individuals.",
        ),
        "suppressed_finding": Bilingual(
            sv="{group}: för få personer för att redovisa siffror utan att riskera att peka ut "
            "enskilda.",
            en="{group}: too few people to report figures without risking singling out "
            "individuals.",
        ),
        # The verdict of the whole audit.
        "overall.adverse": Bilingual(
            sv="Minst en grupp väljs ut i klart lägre grad än referensgruppen (under fyra "
            "femtedelar av dess urvalsandel): negativ särbehandlingseffekt. Det är inget bevis på "
            "diskriminering, men det ska utredas.",
            en="At least one group is selected at a clearly lower rate than the reference group "
            "(below four-fifths of its selection rate): adverse impact. This is not proof of "
            "discrimination, but it must be investigated.",
        ),
        "overall.fine": Bilingual(
            sv="Ingen grupp ligger under fyra femtedelar av referensgruppens urvalsandel. Läs ändå "
            "resultaten: små skillnader kan vara viktiga och små grupper är osäkra.",
            en="No group is below four-fifths of the reference group's selection rate. Do read "
            "the results: small differences can matter and small groups are uncertain.",
        ),
        # Charts.
        "chart.reference": Bilingual(sv="Referensgrupp", en="Reference group"),
        "chart.above": Bilingual(sv="Över fyrafemtedelsgränsen", en="Above the four-fifths line"),
        "chart.below": Bilingual(sv="Under fyrafemtedelsgränsen", en="Below the four-fifths line"),
        "chart.line": Bilingual(
            sv="Fyrafemtedelsgränsen (0,8 × referensgruppens andel)",
            en="Four-fifths line (0.8 × the reference group's rate)",
        ),
        "chart.axis": Bilingual(sv="Urvalsandel", en="Selection rate"),
        "chart.axis_scoring": Bilingual(sv="Andel över medianpoängen", en="Share above the median"),
    }
)
