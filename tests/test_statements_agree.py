"""Issue 21 §1, done when: every statement about a tool is the same in the app, the report, the
notices, the active-measures document, the explanation reply and the CLI.

Three registers: the demo, an empty one (a tool with its profile and nothing else) and an altered
one (the demo with rows changed below the program, as ``tests/register`` tampers with them). For
each, in both languages, every output is built from the register as it is, and each claim is
checked across all of them:

- the same numbers wherever a number is stated (risks not resolved by level and status, groups
  below four-fifths, "and N more", checklist items met, answers to review, comparisons, the date
  the DPIA is planned for);
- one outcome per article, and no output states another one (never "a person makes the decision"
  beside "GDPR Art. 22 likely applies", never "No direct GDPR Art. 22 concern");
- the CLI's and the app's counts are the statements' counts; a ground an audit compared is never
  "(not examined)"; an applicant's reply never quotes audit figures.

The expected values come from the statements (``register/statements``), which
``tests/register/test_statements.py`` checks by hand against the demo.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from ethics_toolkit.register.storage.store import Store
from tests.conftest import PROJECT_ROOT

LANGS = ("sv", "en")
SCREENS = "ethics_toolkit/ui/screens"
PAGES = ("overview", "tool_profile", "report", "checklists")
EMPTY_TOOL = "Nytt verktyg"

# Numbers stated in words, per language: each pattern's groups must read the same everywhere.
NUMBERS = {
    "critical": {
        "en": r"(\d+) critical risks? (?:is|are) not resolved \(([^)]*)\)",
        "sv": r"(\d+) kritiska? risk(?:er)? är inte lösta? \(([^)]*)\)",
    },
    "high": {
        "en": r"(\d+) high-level risks? (?:is|are) not resolved \(([^)]*)\)",
        "sv": r"(\d+) risk(?:er)? med hög nivå är inte lösta? \(([^)]*)\)",
    },
    "more": {"en": r"and (\d+) more \(", "sv": r"och (\d+) grupp(?:er)? till \("},
    "below": {
        "en": r"(\d+) groups? (?:is|are) below four-fifths of the reference",
        "sv": r"(\d+) grupp(?:er)? ligger under fyra femtedelar av referens",
    },
    "met": {"en": r"(\d+) of (\d+) items met", "sv": r"(\d+) av (\d+) punkter uppfyllda"},
    "review": {
        "en": r"(\d+) checklist answers? needs? review",
        "sv": r"(\d+) svar i checklistorna behöver granskas",
    },
    "comparisons": {"en": r"for all (\d+) comparisons", "sv": r"alla (\d+) jämförelser"},
    "dpia_planned": {
        "en": r"(?:plans it for|DPIA\)[^.]*?planned for) (\d{4}-\d\d-\d\d)",
        "sv": r"(?:planerar den till|DPIA\)[^.]*?planerad till) (\d{4}-\d\d-\d\d)",
    },
}
# What is said about GDPR Art. 22 under each outcome; an output may state only its own.
ART22 = {
    "person_decides": {
        "en": ("a person makes the decision", "No direct GDPR Art. 22 concern",
               "GDPR Art. 22: unlikely to apply"),
        "sv": ("beslutet fattas av en människa", "Ingen direkt fråga enligt GDPR art. 22",
               "GDPR art. 22: inte sannolikt tillämplig"),
    },
    "tool_decides": {
        "en": ("GDPR Art. 22 likely applies", "GDPR Art. 22: likely to apply",
               "can decide in practice"),
        "sv": ("GDPR art. 22 är sannolikt tillämplig", "GDPR art. 22: sannolikt tillämplig",
               "kan i praktiken avgöra"),
    },
}  # fmt: skip
FORBIDDEN = {  # wordings the statements replaced (issue 21): they may appear nowhere
    "en": ("critical and not yet under control", "high-level risks are open",
           "Digital Omnibus agreement (7 May"),
    "sv": ("kritiska och ännu inte hanterade", "med hög nivå är öppna",
           "överenskommelsen om Digital Omnibus (7 maj"),
}  # fmt: skip
INTERNAL_FIGURES = {  # never in a reply to an applicant
    "en": ("four-fifths", "groups below", "impact ratio", "p < "),
    "sv": ("fyra femtedelar", "grupper under", "kvot", "p < "),
}


def _seed(path: Path, kind: str) -> str:
    url = f"sqlite:///{path}"
    store = Store.open(url)
    if kind == "empty":
        from ethics_toolkit.register.domain.tool import AITool, DecisionRole, HRProcess

        store.save_tool(
            AITool(name=EMPTY_TOOL, hr_process=HRProcess.recruitment,
                   decision_role=DecisionRole.ranks),
            actor="test",
        )  # fmt: skip
        return url
    from ethics_toolkit.register.demo.seed import seed_demo

    seed_demo(store)
    if kind == "altered":  # below the program: the history knows nothing of it
        engine = sa.create_engine(url)
        with engine.begin() as connection:
            for statement in (
                "UPDATE answers SET value = 'yes' WHERE item_id = 'human_oversight-05'",
                "UPDATE risks SET status = 'open' WHERE title LIKE 'Indirekt%'",
                "UPDATE tools SET employees = 0",
            ):
                connection.execute(sa.text(statement))
        engine.dispose()
    return url


@pytest.fixture(scope="module", params=("demo", "empty", "altered"))
def register(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp(f"agree-{request.param}") / "register.db"
    return _seed(path, request.param)


def _cli(*argv: str) -> tuple[int, str]:
    from ethics_toolkit.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def _pdf_text(pdf: bytes) -> str:
    from tests.report.conftest import page_texts

    return " ".join(page_texts(pdf))


def _plain(value: object) -> str:
    """Markdown as read: escapes and word joiners removed, whitespace collapsed."""
    text = re.sub(r"\\(.)", r"\1", str(value)).replace("\u2060", "")
    return re.sub(r"\s+", " ", text)


def _app_text(url: str, lang: str, page: str, monkeypatch: pytest.MonkeyPatch) -> str:
    from streamlit.testing.v1 import AppTest

    from ethics_toolkit.ui import state

    monkeypatch.setenv(state.DB_ENV, url)
    monkeypatch.setenv(state.USER_ENV, "Testa Testsson")  # as tests/ui do: asked once, said
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=120)
    at.session_state[state.LANG_KEY] = lang
    at.run()
    at.switch_page(f"{SCREENS}/{page}.py").run()
    assert not at.exception, at.exception
    kinds = ("markdown", "caption", "info", "success", "warning", "error")
    parts = [_plain(e.value) for kind in kinds for e in getattr(at, kind)]
    parts += [f"{m.label}: {m.value}" for m in at.metric]
    for frame in at.dataframe:
        parts += [" | ".join(map(str, row)) for row in frame.value.astype(str).values.tolist()]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def outputs(register: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every output of the register's one tool, in both languages, with its statements."""
    from ethics_toolkit.register.duties.active_measures import build_active_measures
    from ethics_toolkit.register.duties.explanations import draft_reply
    from ethics_toolkit.register.duties.notices import as_text, build_notice
    from ethics_toolkit.register.statements.build import tool_statements
    from ethics_toolkit.report import tool_report
    from ethics_toolkit.report.active_measures import build_active_measures_pdf

    store = Store.open(register)
    (tool,) = store.list_tools()
    record = store.record(tool.name)
    statements = tool_statements(record)
    as_of = statements.as_of or date.today()
    folder = tmp_path_factory.mktemp("out")
    found: dict = {"statements": statements, "record": record, "url": register, "lang": {}}
    for lang in LANGS:
        texts: dict[str, str] = {
            "report": _pdf_text(tool_report(record, lang=lang).pdf),
            "applicants": re.sub(r"\s+", " ", as_text(build_notice(record, "applicants", lang))),
            "representatives": re.sub(
                r"\s+", " ", as_text(build_notice(record, "representatives", lang))
            ),
            "active_measures": _pdf_text(
                build_active_measures_pdf(
                    build_active_measures([record], year=as_of.year, lang=lang, as_of=as_of)
                )
            ),
        }
        for request in record.requests:
            texts[f"reply {request.id}"] = draft_reply(record, request, lang)
        # The command line, in process: the report and the notice as files, the rest as JSON.
        pdf = folder / f"report-{lang}.pdf"
        assert _cli("report", "--db", register, "--tool", tool.name, "--lang", lang,
                    "-o", str(pdf))[0] == 0  # fmt: skip
        texts["cli report"] = _pdf_text(pdf.read_bytes())
        notice = folder / f"notice-{lang}.txt"
        _cli("notice", "--db", register, "--tool", tool.name, "--kind", "applicants",
             "--lang", lang, "-o", str(notice))  # fmt: skip
        texts["cli notice"] = re.sub(r"\s+", " ", notice.read_text(encoding="utf-8"))
        code, due = _cli("due", "--db", register, "--date", as_of.isoformat(), "--lang", lang,
                         "--format", "json")  # fmt: skip
        found.setdefault("due", json.loads(due))
        found["due_code"] = code
        found["lang"][lang] = texts
    found["tools"] = json.loads(_cli("tools", "--db", register, "--format", "json")[1])
    return found


@pytest.fixture(scope="module")
def app_pages(outputs: dict) -> dict[str, dict[str, str]]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        return {
            lang: {page: _app_text(outputs["url"], lang, page, monkeypatch) for page in PAGES}
            for lang in LANGS
        }


def _everything(outputs: dict, app_pages: dict, lang: str) -> dict[str, str]:
    return {**outputs["lang"][lang], **{f"app {p}": t for p, t in app_pages[lang].items()}}


def _said(texts: dict[str, str], pattern: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    for name, text in texts.items():
        for match in re.finditer(pattern, text):
            yield name, match.groups()


@pytest.mark.parametrize("lang", LANGS)
def test_every_number_is_the_same_everywhere(outputs: dict, app_pages: dict, lang: str) -> None:
    from ethics_toolkit.register.status.counts import status_detail

    said = outputs["statements"]
    texts = _everything(outputs, app_pages, lang)
    risks, audit, counts = said.risks, said.audit, said.checklists.counts
    expected = {
        "critical": (
            str(len(risks.unresolved("critical"))),
            status_detail(risks, "critical", lang),
        ),
        "high": (str(len(risks.unresolved("high"))), status_detail(risks, "high", lang)),
        "met": (str(counts.met), str(counts.items)),
        "review": (str(counts.needs_review),),
    }
    if audit is not None:
        expected["below"] = (str(audit.counts.total),)
        expected["comparisons"] = (str(audit.comparisons),)
        expected["more"] = (str(len(audit.to_act_on) - 3),)
    dpia = said.deadline("dpia")
    if dpia is not None and dpia.planned is not None:
        expected["dpia_planned"] = (dpia.planned.isoformat(),)
    for claim, patterns in NUMBERS.items():
        found = list(_said(texts, patterns[lang]))
        wrong = [(name, groups) for name, groups in found if groups != expected.get(claim)]
        assert wrong == [], (claim, expected.get(claim), wrong)
    # The claims are made, not only never contradicted: the report states each one the
    # statements hold (a count of zero is not stated).
    made = {
        "critical": bool(risks.unresolved("critical")),
        "high": bool(risks.unresolved("high")),
        "met": bool(counts.answered),
        "review": bool(counts.needs_review),
        "below": audit is not None and bool(audit.counts.total),
        "comparisons": audit is not None and audit.comparisons > 1,
        "more": audit is not None and len(audit.to_act_on) > 3,
        "dpia_planned": "dpia_planned" in expected and dpia is not None and dpia.overdue,
    }
    for claim, stated in made.items():
        if stated:
            assert any(True for _ in _said({"r": texts["report"]}, NUMBERS[claim][lang])), claim
    # The summary's counts are on the app's Report page too, which previews the first page.
    if audit is not None and audit.counts.total:
        for name in ("report", "app report", "representatives"):
            assert any(True for _ in _said({name: texts[name]}, NUMBERS["below"][lang])), name
    if counts.answered:
        for name in ("report", "app report"):
            assert any(True for _ in _said({name: texts[name]}, NUMBERS["met"][lang])), name


@pytest.mark.parametrize("lang", LANGS)
def test_one_outcome_per_article_everywhere(outputs: dict, app_pages: dict, lang: str) -> None:
    from ethics_toolkit.register.domain.labels import literal_label

    said = outputs["statements"]
    texts = _everything(outputs, app_pages, lang)
    applies = said.art22_applies
    contrary = ART22["person_decides" if applies else "tool_decides"][lang]
    stated = [
        (name, phrase) for name, text in texts.items() for phrase in contrary if phrase in text
    ]
    assert stated == []
    # The report's table, the CLI's report and the profile page give the same outcome.
    outcome = literal_label("legal_outcome", said.outcome("art22"), lang)
    row = (
        "Solely automated decisions (GDPR Art. 22)"
        if lang == "en"
        else ("Helt automatiserade beslut (GDPR art. 22)")
    )
    flag = (
        "Automated-decision concern (GDPR Art. 22)"
        if lang == "en"
        else ("Risk för automatiserat beslut (GDPR art. 22)")
    )
    for name in ("report", "cli report"):
        assert f"{row} {outcome}" in texts[name], name
    assert f"{flag}: **{outcome}**" in app_pages[lang]["tool_profile"]
    # An applicant is told of the right to contest exactly when the tool decides.
    contest = "contest the decision" if lang == "en" else "bestrida beslutet"
    for name in ("applicants", "cli notice"):
        assert (contest in texts[name]) == applies, name
    for name, text in texts.items():
        for phrase in FORBIDDEN[lang]:
            assert phrase not in text, (name, phrase)


def test_the_cli_and_the_app_count_what_the_statements_count(outputs: dict, app_pages) -> None:
    said = outputs["statements"]
    (row,) = outputs["tools"]
    assert row["risk_class"] == said.classification.risk_class
    assert row["open_risks"] == len(said.risks.unresolved())
    assert f"Unresolved risks: {len(said.risks.unresolved())}" in app_pages["en"]["overview"]
    high = len(said.risks.unresolved("high", "critical"))
    assert f"Of which high or critical: {high}" in app_pages["en"]["overview"]
    # ``due`` lists the DPIA as the statements date it, and exits 1 exactly when something is late.
    items = outputs["due"]["overdue"] + outputs["due"]["upcoming"]
    dpia = said.deadline("dpia")
    listed = [i for i in items if i["kind"] == "dpia"]
    if dpia is not None and dpia.overdue:
        assert [i["overdue"] for i in listed] == [True]
    late = [d for d in said.deadlines if d.overdue and d.kind != "log_retention"]
    assert outputs["due_code"] == (1 if late else 0)


@pytest.mark.parametrize("lang", LANGS)
def test_the_report_is_the_same_from_the_library_and_the_cli(outputs: dict, lang: str) -> None:
    texts = outputs["lang"][lang]
    assert texts["report"] == texts["cli report"]
    assert texts["applicants"] == texts["cli notice"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_ground_an_audit_compared_is_never_not_examined(outputs: dict, lang: str) -> None:
    said = outputs["statements"]
    text = outputs["lang"][lang]["active_measures"]
    marker = "– (not examined)" if lang == "en" else "– (inte undersökt)"
    unexamined = sum(not g.examined for g in said.grounds)
    assert text.count(marker) == 2 * unexamined  # both columns of each unexamined ground
    for audit in said.audits:
        for label in audit.compared:
            assert f"({label})" in text  # "TalentScreen (Kön)" in the audited column


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_to_an_applicant_quotes_no_internal_figures(outputs: dict, lang: str) -> None:
    replies = {k: v for k, v in outputs["lang"][lang].items() if k.startswith("reply")}
    notices = {k: outputs["lang"][lang][k] for k in ("applicants", "cli notice")}
    for name, text in {**replies, **notices}.items():
        for figure in INTERNAL_FIGURES[lang]:
            assert figure not in text, (name, figure)


def test_the_law_version_is_stated_where_the_law_is(outputs: dict) -> None:
    said = outputs["statements"]
    for lang in LANGS:
        assert said.law.label(lang) in outputs["lang"][lang]["report"]


def test_the_registers_differ_where_they_should(tmp_path: Path) -> None:
    """The altered register is not the demo: the checks above compare statements that changed."""
    from ethics_toolkit.register.statements.build import tool_statements

    demo = Store.open(_seed(tmp_path / "demo.db", "demo")).record("TalentScreen")
    altered = Store.open(_seed(tmp_path / "altered.db", "altered")).record("TalentScreen")
    before, after = tool_statements(demo), tool_statements(altered)
    assert (before.outcome("art22"), after.outcome("art22")) == ("likely", "unlikely")
    assert before.risks.by_status("critical")["open"] == 0
    assert after.risks.by_status("critical")["open"] == 1
    assert (before.outcome("active_measures"), after.outcome("active_measures")) == (
        "yes", "not_determined",
    )  # fmt: skip
