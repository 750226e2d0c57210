"""Issue 12 §2: every statement of the report true, checked in the PDF in both languages.

The demo register (the Swedish sample export through the engine) is the subject: its counts are
recounted here from the audit's groups and the demo's answers, not taken from the report code.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.demo.answers import ANSWERS, REVISIONS, default_answer
from ethics_toolkit.register.demo.seed import seed_demo
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.report import ReportOptions, build_audit_report, build_tool_report
from ethics_toolkit.report.texts import text
from tests.report.conftest import page_texts

LANGS = ("sv", "en")


@pytest.fixture(scope="module")
def demo_record():
    store = Store.open("sqlite://")
    return store.record(seed_demo(store).name)


@pytest.fixture(scope="module")
def demo_pages(demo_record) -> dict[str, list[str]]:
    return {lang: page_texts(build_tool_report(demo_record, lang=lang)) for lang in LANGS}


def _section(pages: list[str], key: str, lang: str) -> str:
    """The text of one section of the tool report, core or annex: its heading to the next."""
    import re

    from ethics_toolkit.report.texts import TOOL_ANNEX_KEYS, TOOL_SECTION_KEYS

    body = " ".join(pages[1:])
    prefix = r"(?:\d+|(?:Bilaga|Annex) [A-Z])\. "
    titles = "|".join(re.escape(text(k, lang)) for k in (*TOOL_SECTION_KEYS, *TOOL_ANNEX_KEYS))
    found = re.search(prefix + re.escape(text(key, lang)), body)
    assert found is not None, key
    following = re.compile(prefix + f"(?:{titles})").search(body, found.end())
    return body[found.start() : following.start() if following else None]


def _number(key: str) -> int:
    from ethics_toolkit.report.texts import TOOL_SECTION_KEYS

    return TOOL_SECTION_KEYS.index(key) + 1


# --- The executive summary names every adverse group or says how many more ------------------------


def test_the_demo_has_eight_groups_below_four_fifths(demo_record) -> None:
    """Hand count from the engine's groups: 1 by gender, 1 by background, 6 intersections, of
    which the stored run withholds 2 whole (issue 21: Icke-binär × Europa and × Utanför Europa,
    3 selected each), keeping their names and that they were below four-fifths."""
    run = demo_record.audits[-1]
    adverse = [g for a in run.result.analyses for g in a.groups if g.adverse_impact]
    withheld = [w for a in run.result.analyses for w in a.withheld or []]
    assert len(adverse) == 6 and len(withheld) == 2 and all(w.adverse_impact for w in withheld)
    assert not any(g.n < 5 or g.selected < 5 or g.n - g.selected < 5 for g in adverse)
    assert run.withheld_groups == 2


@pytest.mark.parametrize(
    ("lang", "count", "more", "plan"),
    [
        (
            "en",
            "8 groups are below four-fifths of the reference group's rate (section 3): 4 unlikely "
            "to be chance, 2 may be chance, 2 not shown in figures.",
            "Man × Utanför Europa and 1 more (section 3)",
            "8 groups below four-fifths (2 of them not shown in figures, see section 3)",
        ),
        (
            "sv",
            "8 grupper ligger under fyra femtedelar av referensgruppens urvalsandel (avsnitt 3): 4 "
            "sannolikt inte slumpen, 2 kan bero på slumpen, 2 som inte visas i siffror.",
            "Man × Utanför Europa och 1 grupp till (avsnitt 3)",
            "8 grupper under fyra femtedelar (varav 2 visas inte i siffror, se avsnitt 3)",
        ),
    ],
)
def test_summary_tables_and_plan_count_the_same_groups(
    demo_record, demo_pages, lang: str, count: str, more: str, plan: str
) -> None:
    pages = demo_pages[lang]
    summary = _section(pages, "sec.summary", lang)
    assert count in summary
    assert more in summary  # 4 unlikely to be chance: three named, "and 1 more"
    assert "Icke-binär, Icke-binär × Sverige" in summary  # the two that may be chance, named
    assert plan in _section(pages, "sec.actions", lang)
    # The tables mark every one of them below four-fifths.
    from ethics_toolkit.engine.presentation.views import analysis_view

    result = demo_record.audits[-1].result
    rows = [
        row
        for a in result.analyses
        for row in analysis_view(result, a, lang, suppress_below=5).rows
        if row.adverse
    ]
    audit = _section(pages, "sec.audit", lang)
    assert len(rows) == 6 and all(row.label in audit for row in rows)
    # The two the run withholds are named in the table's notes, without figures.
    assert "Icke-binär × Europa, Icke-binär × Utanför Europa" in audit


# --- Checklist counts agree with the checklist page -----------------------------------------------


def _demo_answer_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for area in load_checklists():
        for position, item in enumerate(area.items):
            # Issue 21 §2: an answer revised later counts as revised.
            value, _ = REVISIONS.get(item.id) or ANSWERS.get(item.id) or default_answer(position)
            counts[str(value)] += 1
    return counts


@pytest.mark.parametrize("lang", LANGS)
def test_checklist_counts_agree_everywhere(demo_pages, lang: str) -> None:
    c = _demo_answer_counts()
    items = sum(len(a.items) for a in load_checklists())
    assert (items, c["yes"], c["partly"], c["no"], c["dont_know"], c["not_applicable"]) == (
        72, 26, 23, 12, 8, 3,
    )  # fmt: skip
    pages = demo_pages[lang]
    summary = _section(pages, "sec.summary", lang)
    if lang == "en":
        assert (
            "Checklists (section 5): 26 of 72 items met, 23 partly, 12 not met, 8 answered "
            "“don't know”, 3 not applicable, 0 unanswered." in summary
        )
        assert "35 checklist items are not met, or only partly" in summary
        total = "Total 72 26 23 12 8 3 0 0"  # ... not applicable, needs review, unanswered
        plan = "35 checklist items not met or only partly, 8 answered “don't know”"
    else:
        assert (
            "Checklistorna (avsnitt 5): 26 av 72 punkter uppfyllda, 23 delvis, 12 inte uppfyllda, "
            "8 besvarade ”vet inte”, 3 ej tillämpliga, 0 obesvarade." in summary
        )
        total = "Totalt 72 26 23 12 8 3 0 0"
        plan = "35 checklistpunkter inte uppfyllda eller bara delvis, 8 besvarade ”vet inte”"
    checklists = _section(pages, "sec.checklists", lang)
    assert total in checklists
    items_annex = _section(pages, "sec.checklist_items", lang)  # issue 21: the items, an annex
    assert text("chk.dont_know_items", lang) in items_annex  # "don't know" listed apart
    assert plan in _section(pages, "sec.actions", lang)


# --- Legal classification from evidence -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "row", "source"),
    [
        (
            "en",
            "Solely automated decisions (GDPR Art. 22) Likely",
            "contradicted by the checklist: “Does a person also look at applicants the tool ranks "
            "low or screens out, not only those it recommends?” answered No",
        ),
        (
            "sv",
            "Helt automatiserade beslut (GDPR art. 22) Sannolikt",
            "motsägs av checklistan: ”Tittar en människa också på sökande som verktyget rankar "
            "lågt eller sorterar bort",
        ),
    ],
)
def test_art22_shows_the_contradiction_and_its_source(
    demo_pages, lang: str, row: str, source: str
) -> None:
    classification = _section(demo_pages[lang], "sec.tool", lang)
    assert row in classification
    assert source in classification
    assert "SCHUFA, C-634/21" in classification


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Duty to document active measures", "Not determined: tell us the number of "
                "employees.", "Tell us the tool's role in decisions"]),
        ("sv", ["Inte fastställt: ange antalet anställda.", "Ange verktygets roll i besluten"]),
    ],
)  # fmt: skip
def test_unknown_inputs_are_not_determined(demo_record, lang: str, expected) -> None:
    from ethics_toolkit.register.domain.tool import DecisionRole
    from ethics_toolkit.register.legal.classification import classify

    tool = demo_record.tool.model_copy(
        update={"employees": 0, "decision_role": DecisionRole.not_stated}
    )
    record = demo_record.model_copy(
        update={"tool": tool, "classification": classify(tool, answers=demo_record.answers)}
    )
    pages = page_texts(build_tool_report(record, lang=lang))
    body = " ".join(pages)
    for phrase in expected:
        assert phrase in body, phrase
    classification = _section(pages, "sec.tool", lang)
    assert "(fewer than 25)" not in classification and "(färre än 25)" not in classification


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "AI Act Art. 5(1)(f): needs a decision. The purpose mentions “känslo”, “video”."),
        ("sv", "AI-förordningen art. 5(1)(f): kräver ett beslut. Syftet nämner ”känslo”, ”video”."),
    ],
)
def test_possible_emotion_recognition_needs_a_decision(demo_record, lang, expected) -> None:
    from ethics_toolkit.register.legal.classification import classify

    tool = demo_record.tool.model_copy(
        update={
            "purpose": "Analyserar känslouttryck i videointervjuer.",
            "emotion_recognition": False,
        }
    )
    record = demo_record.model_copy(update={"tool": tool, "classification": classify(tool)})
    body = " ".join(page_texts(build_tool_report(record, lang=lang)))
    assert expected in body
    assert ("Possible emotion recognition" if lang == "en" else "Möjlig känsloigenkänning") in body


# --- GDPR timing and basis ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "row", "breach"),
    [
        (
            "en",
            "DPIA before the processing (GDPR Art. 35(1)) Breach",
            "Breach of GDPR Art. 35(1): the tool is in use without a DPIA carried out before the "
            "processing.",
        ),
        (
            "sv",
            "DPIA före behandlingen (GDPR art. 35.1) Överträdelse",
            "Överträdelse av GDPR art. 35.1: verktyget används utan en konsekvensbedömning (DPIA) "
            "gjord före behandlingen.",
        ),
    ],
)
def test_in_use_before_its_dpia_is_reported_as_a_breach(demo_pages, lang, row, breach) -> None:
    pages = demo_pages[lang]
    assert row in _section(pages, "sec.tool", lang)
    summary = _section(pages, "sec.summary", lang)
    assert breach in summary
    assert text("sum.decisions", lang) in summary


@pytest.mark.parametrize(
    ("lang", "missing", "stated"),
    [
        ("en", "Special-category exception (GDPR Art. 9(2)) Missing", "Art. 9(2) exception: "),
        (
            "sv",
            "Undantag för känsliga uppgifter (GDPR art. 9.2) Saknas",
            "Undantag enligt art. 9.2: ",
        ),
    ],
)
def test_an_audit_of_ethnic_origin_asks_for_and_shows_the_art9_ground(
    demo_record, demo_pages, lang, missing, stated
) -> None:
    from ethics_toolkit.register.legal.classification import classify

    pages = demo_pages[lang]
    assert missing in _section(pages, "sec.tool", lang)
    provenance = _section(pages, "sec.provenance", lang)
    assert "Bakgrund (" in provenance and "9" in provenance
    ground = "Art. 9(2)(b), diskrimineringslagen 3 kap."
    tool = demo_record.tool.model_copy(update={"art9_ground": ground})
    record = demo_record.model_copy(
        update={
            "tool": tool,
            "classification": classify(
                tool, answers=demo_record.answers, audits=demo_record.audits
            ),
        }
    )
    body = " ".join(page_texts(build_tool_report(record, lang=lang)))
    assert f"{stated}{ground}" in body


# --- AI Act dates in one place --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["apply from 2 August 2026 under Art. 113", "they move to 2 December 2027 once",
                "This report (15 October 2026) does not record that publication"]),
        ("sv", ["gäller från den 2 augusti 2026 enligt art. 113",
                "flyttas de till den 2 december 2027", "Rapporten (15 oktober 2026)"]),
    ],
)  # fmt: skip
def test_the_report_states_both_dates_and_its_own(demo_pages, lang: str, phrases) -> None:
    body = " ".join(demo_pages[lang])
    for phrase in phrases:
        assert phrase in body, phrase
    assert "2026-10-15" in demo_pages[lang][0]  # the report date on the cover


# --- The method section ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        (
            "en",
            [
                "The reference group is chosen from the data.",
                "“Small group” is relative: a group under 2% of the rows analysed",
                "Local Law 144 requires a bias audit to report impact ratios",
                "but sets no threshold: the four-fifths rule is not part of that law",
                "Rates are shown with one decimal in tables, charts and sentences (19.7%)",
                "Wilson score interval",
                "Katz log interval",
                "Fisher's exact test",
                "Holm's method",
            ],
        ),
        (
            "sv",
            [
                "Referensgruppen väljs ur data.",
                "”Liten grupp” är relativt: en grupp som utgör under 2 % av de rader",
                "Local Law 144 kräver att en biasgranskning redovisar kvoterna",
                "men sätter ingen gräns: fyrafemtedelsregeln ingår inte i den lagen",
                "Andelar visas med en decimal i tabeller, diagram och löptext (19,7 %)",
                "Wilson",
                "Katz",
                "Fisher",
                "Holm",
            ],
        ),
    ],
)
def test_the_method_section(demo_pages, lang: str, phrases: list[str]) -> None:
    method = _section(demo_pages[lang], "sec.method", lang)
    for phrase in phrases:
        assert phrase in method, phrase


@pytest.mark.parametrize(
    ("lang", "summary", "table"),
    [
        ("en", "(19.7% vs 30.8%)", "Utanför Europa 1,100 217 19.7% (17.5–22.2) 0.64"),
        ("sv", "(19,7 % mot 30,8 %)", "Utanför Europa 1 100 217 19,7 % (17,5–22,2) 0,64"),
    ],
)
def test_sentences_round_like_the_tables(demo_pages, lang: str, summary: str, table: str) -> None:
    body = " ".join(demo_pages[lang])
    assert summary in _section(demo_pages[lang], "sec.summary", lang)
    assert table in body


# --- The data source: positive value, who ran the audit, who prepared the report ------------------


@pytest.mark.parametrize(
    ("lang", "outcome", "by", "prepared"),
    [
        ("en", "column selected, selected = 1", "Audited by Łukasz Ślęzak",
         "Prepared by Maria Lind"),
        ("sv", "kolumn selected, valt = 1", "Granskad av Łukasz Ślęzak",
         "Upprättad av Maria Lind"),
    ],
)  # fmt: skip
def test_the_data_source_names_the_detected_value_and_the_people(
    lang: str, outcome: str, by: str, prepared: str
) -> None:
    from ethics_toolkit.engine.audit import audit_source
    from ethics_toolkit.engine.spec import AuditSpec
    from tests.conftest import SAMPLE_DATA

    result = audit_source(
        SAMPLE_DATA / "recruitment_decisions.csv",
        AuditSpec(outcome="selected", sensitive=["gender"]),  # no --positive: detected
    )
    assert result.spec.outcome_classes == {"1": "selected", "0": "not_selected"}
    options = ReportOptions(prepared_by="Maria Lind", run_by="Łukasz Ślęzak")
    pdf = build_audit_report(result, lang=lang, options=options)
    body = " ".join(page_texts(pdf))
    assert outcome in body and by in body
    assert prepared in page_texts(pdf)[0]
    import io

    from pypdf import PdfReader

    assert PdfReader(io.BytesIO(pdf)).metadata.author == "Maria Lind"
    nobody = " ".join(page_texts(build_audit_report(result, lang=lang)))
    assert ("Audited by not stated" if lang == "en" else "Granskad av ej angivet") in nobody
    # A result that kept only the engine's record of the values (the value was never named):
    recorded = result.model_copy(
        update={"spec": result.spec.model_copy(update={"positive": None, "positives": []})}
    )
    body = " ".join(page_texts(build_audit_report(recorded, lang=lang)))
    detected = "(detected from the file's values)" if lang == "en" else "(upptäckt automatiskt"
    assert f"{outcome} {detected}" in body


def test_a_saved_run_names_who_ran_it(demo_pages) -> None:
    assert "Audited by Johan Berg (HR-specialist)" in " ".join(demo_pages["en"])
    assert date(2026, 10, 1).isoformat() in " ".join(demo_pages["en"])


@pytest.mark.parametrize(
    ("lang", "row", "said_once"),
    [
        ("en", "Solely automated decisions (GDPR Art. 22)", "Not determined: tell us the tool's "
         "role in decisions."),
        ("en", "Duty to document active measures (Discrimination Act ch. 3 § 13)",
         "Not determined: tell us the number of "
         "employees."),
        ("sv", "Helt automatiserade beslut (GDPR art. 22)", "Inte fastställt: ange verktygets "
         "roll i besluten."),
        ("sv", "Skyldighet att dokumentera aktiva åtgärder (DL 3 kap. 13 §)", "Inte fastställt: "
         "ange antalet anställda."),
    ],
)  # fmt: skip
def test_an_undetermined_outcome_is_named_once(demo_record, lang, row, said_once) -> None:
    """QA of issue 12: the cell read "Not determined: Not determined: tell us ..."."""
    from ethics_toolkit.register.domain.tool import DecisionRole
    from ethics_toolkit.register.legal.classification import classify
    from ethics_toolkit.report.sections.tool import classification_facts

    tool = demo_record.tool.model_copy(
        update={"employees": 0, "decision_role": DecisionRole.not_stated}
    )
    from ethics_toolkit.register.statements.build import tool_statements

    record = demo_record.model_copy(
        update={"tool": tool, "classification": classify(tool, answers=demo_record.answers)}
    )
    statements = tool_statements(record, as_of=date(2026, 10, 15))
    facts = dict(classification_facts(statements, lang))
    assert facts[row] == said_once
    body = " ".join(page_texts(build_tool_report(record, lang=lang)))
    assert "Not determined: Not determined" not in body
    assert "Inte fastställt: Inte fastställt" not in body


@pytest.mark.parametrize(
    ("lang", "expected", "false"),
    [
        ("en", "The checklists in this report are the investigation so far: no checklist items "
         "answered yet, 0 risks recorded. No bias audit has been done yet, so the report cannot "
         "say anything about differences between groups (section 3).",
         ["0 groups below four-fifths", "the bias audit in this report"]),
        ("sv", "Checklistorna i denna rapport är undersökningen hittills: inga checklistpunkter "
         "besvarade ännu, 0 risker registrerade. Ingen biasgranskning är gjord ännu, så "
         "rapporten kan inte säga något om skillnader mellan grupper (avsnitt 3).",
         ["0 grupper under fyra femtedelar", "biasgranskningen i denna rapport"]),
    ],
)  # fmt: skip
def test_the_action_plan_of_a_new_tool_claims_no_audit(lang, expected, false) -> None:
    """QA of issue 12: a tool without an audit or answers read "The checklists and the bias audit
    in this report are the investigation: 0 checklist items not met …, 0 groups below
    four-fifths"."""
    from ethics_toolkit.register.domain.tool import AITool, DecisionRole, HRProcess

    store = Store.open("sqlite://")
    store.save_tool(
        AITool(name="Ny", hr_process=HRProcess.recruitment, decision_role=DecisionRole.ranks),
        actor="QA",
    )
    pages = page_texts(build_tool_report(store.record("Ny"), lang=lang))
    plan = " ".join(_section(pages, "sec.actions", lang).split())
    assert expected in plan
    for claim in false:
        assert claim not in plan


@pytest.mark.parametrize(
    ("lang", "said_once"),
    [
        ("en", "Assessed 2026-10-08: Användningen fortsätter med skärpt prövning"),
        ("sv", "Bedömt 2026-10-08: Användningen fortsätter med skärpt prövning"),
    ],
)
def test_the_demo_task_says_when_it_was_assessed_once(demo_pages, lang, said_once) -> None:
    """QA of issue 12: the monitoring section read "Bedömt 2026-10-08: Bedömt 2026-10-08: …"."""
    body = " ".join(" ".join(demo_pages[lang]).split())
    assert body.count(said_once) == 1
    assert "2026-10-08: Bedömt 2026-10-08" not in body


@pytest.mark.parametrize(
    ("lang", "n", "count", "expected"),
    [
        ("sv", 1, 1, "Ännu inte bedömd efter åtgärder: den enda risken (visas inte i kartan)."),
        ("en", 1, 1, "Not yet assessed after treatment: the only risk (not shown in the map)."),
        ("sv", 2, 7, "Ännu inte bedömda efter åtgärder: 2 av 7 risker (visas inte i kartan)."),
        ("en", 1, 3, "Not yet assessed after treatment: 1 of 3 risks (not shown in the map)."),
    ],
)
def test_risks_not_assessed_never_read_one_of_one_risks(
    lang: Lang, n: int, count: int, expected: str
) -> None:
    assert text("risk.not_assessed", lang, n=n, count=count) == expected


@pytest.mark.parametrize(
    ("lang", "page"),
    [("sv", "på sidan ”Biasgranskning”"), ("en", "on the page “Bias audit”")],
)
def test_a_report_without_an_audit_points_to_the_app_not_to_command_lines(
    lang: Lang, page: str
) -> None:
    """A manager reads the report: it names the app's page, never `ethics-toolkit … --tool`."""
    from ethics_toolkit.register.domain.tool import AITool, DecisionRole, HRProcess

    store = Store.open("sqlite://")
    store.save_tool(
        AITool(name="Ny", hr_process=HRProcess.recruitment, decision_role=DecisionRole.ranks),
        actor="QA",
    )
    body = " ".join(" ".join(page_texts(build_tool_report(store.record("Ny"), lang=lang))).split())
    assert page in body
    for code in ("ethics-toolkit audit", "--tool", "--period", "NAMN", "NAME)"):
        assert code not in body


@pytest.mark.parametrize(
    ("lang", "withheld", "expected"),
    [
        ("sv", (1, 1), "cellerna för 1 person och 1 gruppsiffra sparades inte"),
        ("en", (1, 1), "the cells of 1 person and 1 group figure were not stored"),
        ("sv", (3, 8), "cellerna för 3 personer och 8 gruppsiffror sparades inte"),
        ("en", (3, 8), "the cells of 3 people and 8 group figures were not stored"),
    ],
)
def test_withheld_small_cells_are_counted_in_good_grammar(
    demo_record, lang: Lang, withheld: tuple[int, int], expected: str
) -> None:
    run = demo_record.audits[-1].model_copy(
        update={"withheld_rows": withheld[0], "withheld_groups": withheld[1]}
    )
    record = demo_record.model_copy(update={"audits": [*demo_record.audits[:-1], run]})
    body = " ".join(" ".join(page_texts(build_tool_report(record, lang=lang))).split())
    assert expected in body


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("sv", "ingen biasgranskning är sparad ännu", "den senaste biasgranskningen"),
        ("en", "no bias audit has been saved yet", "the latest bias audit"),
    ],
)
def test_the_cover_of_a_tool_without_an_audit_does_not_summarise_one(
    lang: Lang, said: str, not_said: str
) -> None:
    from ethics_toolkit.register.domain.tool import AITool, DecisionRole, HRProcess

    store = Store.open("sqlite://")
    store.save_tool(
        AITool(name="Ny", hr_process=HRProcess.recruitment, decision_role=DecisionRole.ranks),
        actor="QA",
    )
    cover = " ".join(page_texts(build_tool_report(store.record("Ny"), lang=lang))[0].split())
    assert said in cover and not_said not in cover
