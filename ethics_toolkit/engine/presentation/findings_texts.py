"""The sentences of an audit's findings and summaries, in Swedish and English: pure text.

One :class:`~ethics_toolkit.i18n.text.Catalogue` of templates (:data:`TEXTS`), filled in by
:mod:`~ethics_toolkit.engine.presentation.findings` (one group),
:mod:`~ethics_toolkit.engine.presentation.summaries` (one analysis) and
:mod:`~ethics_toolkit.engine.presentation.judgement` (the whole audit).
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

_TEXTS: dict[str, Bilingual] = {
    "who": Bilingual(sv="sökande med {parts}", en="applicants with {parts}"),
    "part": Bilingual(sv="{attribute} {value}", en="{attribute} {value}"),
    "and": Bilingual(sv=" och ", en=" and "),
    "verb_selection": Bilingual(sv="valdes ut", en="were selected"),
    "verb_scoring": Bilingual(sv="fick poäng över medianen", en="scored above the median"),
    "rate_selection": Bilingual(sv="urvalsandel", en="selection rate"),
    "rate_scoring": Bilingual(sv="andel över medianen", en="share scoring above the median"),
    "compare": Bilingual(
        sv="{who} {verb} {ratio} gånger så ofta som {ref} ({rate} mot {ref_rate}).",
        en="{who} {verb} at {ratio} times the rate of {ref} ({rate} vs {ref_rate}).",
    ),
    "adverse_significant": Bilingual(
        sv="Det är under fyrafemtedelsgränsen och beror sannolikt inte på slumpen (p {p}).",
        en="This is below the four-fifths threshold and unlikely to be chance (p {p}).",
    ),
    "adverse_chance": Bilingual(
        sv="Det är under fyrafemtedelsgränsen, men skillnaden kan bero på slumpen (p {p}): se "
        "det som en varningssignal snarare än ett bevis.",
        en="This is below the four-fifths threshold, but the difference could be chance "
        "(p {p}): treat it as a warning sign rather than proof.",
    ),
    # Issue 10: the verdict, with the Holm adjustment over the audit's comparisons.
    "adverse_significant_family": Bilingual(
        sv="Det är under fyrafemtedelsgränsen och beror sannolikt inte på slumpen, även med "
        "hänsyn till de {m} jämförelserna i granskningen (p {p}; justerat p {p_holm}).",
        en="This is below the four-fifths threshold and unlikely to be chance even after "
        "allowing for the {m} comparisons in this audit (p {p}; adjusted p {p_holm}).",
    ),
    "adverse_chance_family": Bilingual(
        sv="Det är under fyrafemtedelsgränsen, men skillnaden kan bero på slumpen när hänsyn "
        "tas till de {m} jämförelserna i granskningen (p {p}; justerat p {p_holm}): se det som "
        "en varningssignal snarare än ett bevis.",
        en="This is below the four-fifths threshold, but the difference could be chance once "
        "the {m} comparisons in this audit are allowed for (p {p}; adjusted p {p_holm}): treat "
        "it as a warning sign rather than proof.",
    ),
    "insufficient": Bilingual(
        sv="Men det är för få sökande för att avgöra: en skillnad så stor som fyra femtedelar "
        "skulle troligen inte upptäckas (den minsta upptäckbara kvoten här är {mdr}).",
        en="But there are too few applicants to tell: a difference as large as four-fifths "
        "would likely go unseen (the smallest detectable ratio here is {mdr}).",
    ),
    "insufficient_none": Bilingual(
        sv="Men det är för få sökande för att avgöra: inte ens om ingen i gruppen hade valts "
        "ut skulle skillnaden troligen upptäckas.",
        en="But there are too few applicants to tell: even if nobody in the group had been "
        "selected, the difference would likely go unseen.",
    ),
    "p_adjusted": Bilingual(sv="{p}; justerat p {p_holm}", en="{p}; adjusted p {p_holm}"),
    "fine_significant": Bilingual(
        sv="Det är över fyrafemtedelsgränsen, men skillnaden beror sannolikt inte på slumpen "
        "(p {p}); håll ett öga på den.",
        en="This is above the four-fifths threshold, but the difference is unlikely to be "
        "chance (p {p}); keep an eye on it.",
    ),
    "fine_chance": Bilingual(
        sv="Det är över fyrafemtedelsgränsen och skillnaden kan bero på slumpen (p {p}).",
        en="This is above the four-fifths threshold and the difference could be chance (p {p}).",
    ),
    "higher": Bilingual(
        sv="Det är inte lägre än referensgruppen (p {p}).",
        en="That is not lower than the reference group (p {p}).",
    ),
    "shortfall": Bilingual(
        sv="För att nå fyra femtedelar hade gruppen behövt {k} fler {unit}.",
        en="Reaching four-fifths would have taken {k} more {unit} in this group.",
    ),
    "unit_selection": Bilingual(sv="valda sökande", en="selected applicants"),
    "unit_selection_one": Bilingual(sv="vald sökande", en="selected applicant"),
    "unit_scoring": Bilingual(sv="sökande över medianen", en="applicants above the median"),
    "unit_scoring_one": Bilingual(sv="sökande över medianen", en="applicant above the median"),
    "reference": Bilingual(
        sv="{who} hade högst {rate_name} ({rate}, {s} av {n}) och är referensgruppen som de "
        "andra jämförs med.",
        en="{who} had the highest {rate_name} ({rate}, {s} of {n}) and are the reference group "
        "the others are compared with.",
    ),
    "reference_given": Bilingual(
        sv="{who} hade {rate_name} {rate} ({s} av {n}) och är referensgruppen som de andra "
        "jämförs med (vald, inte den högsta andelen).",
        en="{who} had a {rate_name} of {rate} ({s} of {n}) and are the reference group the "
        "others are compared with (chosen, not the highest rate).",
    ),
    "reference_whole_log": Bilingual(
        sv="{who} hade {rate_name} {rate} ({s} av {n}) och är referensgruppen här, som i hela "
        "loggen, så att perioderna jämförs på samma sätt.",
        en="{who} had a {rate_name} of {rate} ({s} of {n}) and are the reference group here, as "
        "in the whole log, so that the periods are compared alike.",
    ),
    "no_reference": Bilingual(
        sv="{who} hade {rate} ({s} av {n}); hela loggens referensgrupp har ingen sökande i "
        "perioden, så ingen kvot.",
        en="{who} had {rate} ({s} of {n}); the whole log's reference group has no applicants in "
        "the period, so no impact ratio.",
    ),
    "undefined": Bilingual(
        sv="Ingen i referensgruppen {ref} {verb}, så kvoterna kan inte beräknas; {who} hade "
        "{rate} ({s} av {n}).",
        en="Nobody in the reference group {ref} {verb}, so impact ratios cannot be computed; "
        "{who} had {rate} ({s} of {n}).",
    ),
    "small": Bilingual(
        sv="Gruppen är liten ({n}, {share} av de analyserade), så siffrorna är osäkra: "
        "med {level} säkerhet ligger andelen mellan {low} och {high}.",
        en="The group is small ({n}, {share} of those analysed), so its figures are "
        "uncertain: with {level} confidence its rate lies between {low} and {high}.",
    ),
    "applicants": Plural(
        one=Bilingual(sv="{count} sökande", en="{count} applicant"),
        other=Bilingual(sv="{count} sökande", en="{count} applicants"),
    ),
    "summary_adverse": Plural(
        one=Bilingual(
            sv="Efter {attributes}: {count} av {m} grupper ligger under fyrafemtedelsgränsen "
            "(negativ särbehandlingseffekt): {groups}.",
            en="By {attributes}: {count} of {m} groups is below the four-fifths threshold "
            "(adverse impact): {groups}.",
        ),
        other=Bilingual(
            sv="Efter {attributes}: {count} av {m} grupper ligger under fyrafemtedelsgränsen "
            "(negativ särbehandlingseffekt): {groups}.",
            en="By {attributes}: {count} of {m} groups are below the four-fifths threshold "
            "(adverse impact): {groups}.",
        ),
    ),
    "summary_fine": Bilingual(
        sv="Efter {attributes}: ingen grupp ligger under fyrafemtedelsgränsen; den lägsta "
        "kvoten är {ratio}.",
        en="By {attributes}: no group is below the four-fifths threshold; the lowest impact "
        "ratio is {ratio}.",
    ),
    "summary_undefined": Bilingual(
        sv="Efter {attributes}: ingen i referensgruppen valdes ut, så inga kvoter.",
        en="By {attributes}: nobody in the reference group was selected, so no impact ratios.",
    ),
    "summary_no_reference": Bilingual(
        sv="Efter {attributes}: hela loggens referensgrupp har ingen sökande i perioden, så inga "
        "kvoter.",
        en="By {attributes}: the whole log's reference group has no applicants in the period, "
        "so no impact ratios.",
    ),
    "summary_none_known": Bilingual(
        sv="Efter {attributes}: ingen av de {k} sökande i perioden har känd {attributes}.",
        en="By {attributes}: none of the {k} applicants in the period has a known {attributes}.",
    ),
    "summary_significant": Bilingual(
        sv=" Med hänsyn till de {m} jämförelserna i granskningen beror detta sannolikt inte på "
        "slumpen för: {groups}.",
        en=" Allowing for the {m} comparisons in this audit, this is unlikely to be chance for: "
        "{groups}.",
    ),
    "summary_significant_none": Plural(
        one=Bilingual(
            sv=" Med hänsyn till de {m} jämförelserna i granskningen kan det bero på slumpen för "
            "den gruppen.",
            en=" Allowing for the {m} comparisons in this audit, it could be chance for that "
            "group.",
        ),
        other=Bilingual(
            sv=" Med hänsyn till de {m} jämförelserna i granskningen kan det bero på slumpen för "
            "alla dessa grupper.",
            en=" Allowing for the {m} comparisons in this audit, it could be chance for each of "
            "these groups.",
        ),
    ),
    "summary_insufficient": Bilingual(
        sv=" För få sökande för att avgöra (minsta upptäckbara kvot): {groups}.",
        en=" Too few applicants to tell (smallest detectable impact ratio): {groups}.",
    ),
    "too_little_log": Bilingual(
        sv="Det finns för lite data för att bedöma detta: bara {n} personer med känt värde "
        "ingår (minst {minimum} behövs). Se siffrorna som en beskrivning, inte som ett resultat, "
        "och samla in fler beslut innan ni drar slutsatser.",
        en="There is too little data to judge this: only {n} people with a known value are "
        "included (at least {minimum} are needed). Read the figures as a description, not a "
        "finding, and collect more decisions before drawing conclusions.",
    ),
    "too_little_group": Bilingual(
        sv="Det är för få personer för att bedöma jämförelsen: {who} är bara {n} (minst "
        "{minimum} behövs). Se siffrorna som en beskrivning, inte som ett resultat.",
        en="There are too few people to judge this comparison: {who} are only {n} (at least "
        "{minimum} are needed). Read the figures as a description, not a finding.",
    ),
    "summary_too_little": Bilingual(
        sv="Efter {attributes}: för lite data för att bedöma ({n} personer med känt värde, "
        "minst {minimum} behövs).",
        en="By {attributes}: too little data to judge ({n} people with a known value, at "
        "least {minimum} are needed).",
    ),
    "summary_caution": Plural(
        one=Bilingual(
            sv="Efter {attributes}: ingen grupp med tillräckligt många personer ligger under "
            "fyrafemtedelsgränsen; {groups} ligger under den men har för få personer för att "
            "bedömas.",
            en="By {attributes}: no group with enough people is below the four-fifths threshold; "
            "{groups} is below it but has too few people to judge.",
        ),
        other=Bilingual(
            sv="Efter {attributes}: ingen grupp med tillräckligt många personer ligger under "
            "fyrafemtedelsgränsen; {groups} ligger under den men har för få personer för att "
            "bedömas.",
            en="By {attributes}: no group with enough people is below the four-fifths threshold; "
            "{groups} are below it but have too few people to judge.",
        ),
    ),
    "summary_too_few": Bilingual(
        sv=" Under gränsen men för få för att bedöma: {groups}.",
        en=" Below the threshold but too few to judge: {groups}.",
    ),
    "caution_log": Bilingual(
        sv="För lite data för att bedöma: bara {n} beslut med känt utfall och känd grupp (minst "
        "{minimum} behövs). Siffrorna visas, men de kan inte visa om verktyget behandlar grupper "
        "olika.",
        en="Too little data to judge: only {n} decisions with a known outcome and group (at least "
        "{minimum} are needed). The figures are shown, but they cannot show whether the tool "
        "treats groups differently.",
    ),
    "caution_groups": Bilingual(
        sv="Grupperna under fyrafemtedelsgränsen ({groups}) har för få personer för att "
        "bedömas (minst {minimum} per grupp behövs). Se det som en anledning att följa upp, "
        "inte som ett resultat.",
        en="The groups below the four-fifths threshold ({groups}) have too few people to judge "
        "(at least {minimum} per group are needed). Treat this as a reason to follow up, not as "
        "a finding.",
    ),
    "summary_reference": Bilingual(
        sv=" Referensgrupp: {ref} ({rate}).", en=" Reference group: {ref} ({rate})."
    ),
    "summary_unknown": Plural(
        one=Bilingual(
            sv=" {count} sökande utan uppgift om {attributes} lämnades utanför.",
            en=" {count} applicant without a value for {attributes} was left out.",
        ),
        other=Bilingual(
            sv=" {count} sökande utan uppgift om {attributes} lämnades utanför.",
            en=" {count} applicants without a value for {attributes} were left out.",
        ),
    ),
    "attributes_or": Bilingual(sv=" eller ", en=" or "),
    "summary_small": Bilingual(
        sv=" Små grupper med osäkra siffror: {groups}.",
        en=" Small groups with uncertain figures: {groups}.",
    ),
}


TEXTS = Catalogue(_TEXTS)
