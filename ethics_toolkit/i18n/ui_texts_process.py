"""The app's texts of the decision-process analyses (issue 11), merged into the UI catalogue."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual

PROCESS_TEXTS: dict[str, Bilingual] = {
    "proc_oversight_title": Bilingual(
        sv="Mänsklig tillsyn: verktygets rekommendation och beslutet",
        en="Human oversight: the tool's recommendation and the decision",
    ),
    "proc_oversight_intro": Bilingual(
        sv="Verktyget rekommenderar, en människa beslutar. Här ser du hur ofta besluten följde "
        "verktyget och om människorna minskade eller förstärkte skillnaden mellan grupperna.",
        en="The tool recommends, a person decides. Here you see how often the decisions "
        "followed the tool, and whether people reduced or amplified the gap between groups.",
    ),
    "proc_tool_decides": Bilingual(
        sv="Besluten följde verktyget i {agreement} av fallen: i praktiken beslutar verktyget. "
        "Det kan göra GDPR art. 22 tillämplig (automatiserade beslut).",
        en="The decisions followed the tool in {agreement} of cases: in practice the tool "
        "decides. That can make GDPR Art. 22 (automated decisions) apply.",
    ),
    "proc_col_tool_rate": Bilingual(sv="Andel verktyg", en="Tool rate"),
    "proc_col_final_rate": Bilingual(sv="Andel beslut", en="Decision rate"),
    "proc_col_agreement": Bilingual(sv="Samstämmighet", en="Agreement"),
    "proc_col_to_yes": Bilingual(sv="Ändrat till ja", en="Changed to yes"),
    "proc_col_to_no": Bilingual(sv="Ändrat till nej", en="Changed to no"),
    "proc_col_tool_ratio": Bilingual(sv="Kvot verktyg", en="Ratio, tool"),
    "proc_col_final_ratio": Bilingual(sv="Kvot beslut", en="Ratio, decision"),
    "proc_col_change_p": Bilingual(sv="p-värde ändring", en="p-value of change"),
    "proc_legend_tool": Bilingual(sv="Verktygets rekommendation", en="Tool's recommendation"),
    "proc_legend_final": Bilingual(sv="Slutligt beslut", en="Final decision"),
    "proc_axis_rate": Bilingual(sv="Andel ja", en="Share yes"),
    "proc_axis_which": Bilingual(sv="Vem", en="Who"),
    "proc_chart_alt_oversight": Bilingual(
        sv="Andel som verktyget rekommenderade och andel som valdes, per grupp efter {attributes}",
        en="Share recommended by the tool and share selected, per group by {attributes}",
    ),
    "proc_funnel_title": Bilingual(
        sv="Urvalsprocessen steg för steg", en="The selection funnel step by step"
    ),
    "proc_funnel_intro": Bilingual(
        sv="Andelen i varje grupp som gick vidare i varje steg. Där staplarna skiljer sig "
        "uppstår skillnaden.",
        en="The share of each group that passed each step. Where the bars differ, the gap arises.",
    ),
    "proc_col_step": Bilingual(sv="Steg till", en="Step to"),
    "proc_col_entered": Bilingual(sv="In", en="Entered"),
    "proc_col_passed": Bilingual(sv="Vidare", en="Passed"),
    "proc_col_pass_rate": Bilingual(sv="Andel vidare", en="Pass rate"),
    "proc_axis_pass_rate": Bilingual(sv="Andel som gick vidare", en="Share who passed"),
    "proc_chart_alt_funnel": Bilingual(
        sv="Andel som gick vidare per steg och grupp efter {attributes}",
        en="Share who passed per step and group by {attributes}",
    ),
    "proc_features_title": Bilingual(sv="Vad som styr besluten", en="What drives the decisions"),
    "proc_features_intro": Bilingual(
        sv="Hur starkt andra kolumner hänger ihop med beslutet och med de skyddade egenskaperna "
        "(Cramérs V, 0–1). Möjlig ersättning: V minst 0,3 med en egenskap och minst 0,1 med "
        "beslutet.",
        en="How strongly other columns go with the decision and with the sensitive attributes "
        "(Cramér's V, 0–1). Possible stand-in: V at least 0.3 with an attribute and at least 0.1 "
        "with the decision.",
    ),
    "proc_col_column": Bilingual(sv="Kolumn", en="Column"),
    "proc_col_v_decision": Bilingual(sv="V med beslutet", en="V with the decision"),
    "proc_col_v_attribute": Bilingual(sv="V med {attribute}", en="V with {attribute}"),
    "proc_col_proxy": Bilingual(sv="Möjlig ersättning", en="Possible stand-in"),
    "proc_no_features": Bilingual(
        sv="Inga kolumner kunde analyseras.", en="No columns could be analysed."
    ),
    "proc_proposal": Bilingual(
        sv="Föreslagen risk: verktyget beslutar i praktiken", en="Proposed risk: the tool decides"
    ),
    "proc_art22_contradicted": Bilingual(
        sv="Verktygsprofilens bedömning av GDPR art. 22 motsägs av granskningen.",
        en="The tool profile's GDPR Art. 22 assessment is contradicted by the audit.",
    ),
    # The mapping step: widgets for the three analyses.
    "proc_pick_heading": Bilingual(
        sv="Beslutsprocessen (valfritt)", en="The decision process (optional)"
    ),
    "proc_pick_none": Bilingual(sv="– ingen –", en="– none –"),
    "proc_pick_recommendation": Bilingual(
        sv="Verktygets rekommendation", en="The tool's recommendation"
    ),
    "proc_pick_recommendation_help": Bilingual(
        sv="Kolumnen med vad verktyget föreslog, bredvid det slutliga beslutet. Då jämförs de.",
        en="The column with what the tool suggested, next to the final decision. They are then "
        "compared.",
    ),
    "proc_pick_positive": Bilingual(
        sv="Värdet som betyder att verktyget rekommenderade",
        en="The value meaning the tool recommended",
    ),
    "proc_pick_stage": Bilingual(sv="Senast nådda steg", en="Furthest stage reached"),
    "proc_pick_stage_help": Bilingual(
        sv="Kolumnen med hur långt varje sökande kom i processen.",
        en="The column with how far each applicant got in the process.",
    ),
    "proc_pick_stages": Bilingual(sv="Stegen i ordning", en="The stages in order"),
    "proc_pick_stages_help": Bilingual(
        sv="Alla värden i kolumnen, från första till sista steget.",
        en="Every value of the column, from the first to the last stage.",
    ),
    "proc_pick_features": Bilingual(
        sv="Kolumner att pröva som möjliga ersättningar",
        en="Columns to check as possible stand-ins",
    ),
    "proc_pick_features_help": Bilingual(
        sv="Till exempel postnummer, utbildning, år i yrket. Id-kolumner analyseras aldrig.",
        en="For example postcode, education, years of experience. Identifiers are never analysed.",
    ),
    "proc_pick_reason": Bilingual(
        sv="Förslag: {column} – {reason}", en="Suggested: {column} – {reason}"
    ),
}
