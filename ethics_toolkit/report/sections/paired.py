# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The tool report's section on paired tests of the tool itself (issue 24): design, results,
limits. The latest paired test is shown in full; earlier ones are listed with their verdicts."""

from __future__ import annotations

from ethics_toolkit.engine.paired.models import Contrast, PairedResult
from ethics_toolkit.engine.paired.texts import (
    amount,
    attribute_label,
    column_label,
    contrast_label,
    verdict_label,
)
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.report.charts import verdict_legend
from ethics_toolkit.report.charts_paired import difference_chart
from ethics_toolkit.report.flow import CONTENT_WIDTH
from ethics_toolkit.report.story import Story

TEXTS = Catalogue(
    {
        "intro": Bilingual(
            sv="Ett parat test prövar verktyget självt, utan data om en enda verklig sökande: påhittade CV:n som är likadana utom namnet (och, om det testades, födelseåret eller ett år av föräldraledighet) körs genom verktyget, och dess svar jämförs par för par. Ett par är två CV:n från samma grund-CV som bara skiljer sig i en egenskap.",
            en="A paired test examines the tool itself, without data about a single real applicant: made-up CVs that are identical except for the name (and, if tested, the birth year or a year of parental leave) are run through the tool, and its answers are compared pair by pair. A pair is two CVs of the same base CV that differ in one attribute only.",
        ),
        "none": Bilingual(
            sv="Inget parat test är sparat för verktyget. Gör ett innan verktyget köps eller tas i bruk, och efter varje modellbyte: sidan ”Testa verktyget” i appen, eller ethics-toolkit paired make och paired analyse.",
            en="No paired test has been saved for the tool. Run one before the tool is bought or put into use, and after every model change: the page “Test the tool” in the app, or ethics-toolkit paired make and paired analyse.",
        ),
        "design.h": Bilingual(sv="Testets utformning", en="Design of the test"),
        "results.h": Bilingual(sv="Resultat", en="Results"),
        "limits.h": Bilingual(sv="Vad testet inte visar", en="What the test does not show"),
        "earlier.h": Bilingual(sv="Tidigare parade tester", en="Earlier paired tests"),
        "f.job": Bilingual(sv="Jobbprofil", en="Job profile"),
        "f.signals": Bilingual(sv="Testade signaler", en="Signals tested"),
        "f.set": Bilingual(sv="Testset", en="Test set"),
        "f.set_value": Bilingual(
            sv="{cvs} CV:n: {base} grund-CV:n × {variants} varianter, slumpfrö {seed}, namnlistor version {names}",
            en="{cvs} CVs: {base} base CVs × {variants} variants, seed {seed}, name lists version {names}",
        ),
        "f.set_unknown": Bilingual(
            sv="{cvs} CV:n från {base} grund-CV:n (testsetets design.json fanns inte med)",
            en="{cvs} CVs from {base} base CVs (the set's design.json was not at hand)",
        ),
        "f.version": Bilingual(sv="Testad version av verktyget", en="Version of the tool tested"),
        "f.version_missing": Bilingual(
            sv="inte angiven: resultatet kan inte knytas till en version",
            en="not stated: the result cannot be tied to a version",
        ),
        "f.when": Bilingual(sv="Sparat", en="Saved"),
        "f.when_value": Bilingual(sv="{date} av {who}", en="{date} by {who}"),
        "f.answers": Bilingual(sv="Verktygets svar", en="The tool's answers"),
        "f.measure": Bilingual(sv="Jämfört", en="Compared"),
        "f.measure_score": Bilingual(
            sv="poängen{decision}; skillnad att kunna se: {concern}",
            en="the score{decision}; difference to be able to see: {concern}",
        ),
        "f.measure_rank": Bilingual(
            sv="rangordningen{decision}; skillnad att kunna se: {concern}",
            en="the rank{decision}; difference to be able to see: {concern}",
        ),
        "f.measure_decision": Bilingual(
            sv="besluten (andel som gick vidare); skillnad att kunna se: {concern}",
            en="the decisions (share selected); difference to be able to see: {concern}",
        ),
        "f.and_decisions": Bilingual(sv=" och besluten", en=" and the decisions"),
        "f.check": Bilingual(sv="Kontroll av varianterna", en="Check of the variants"),
        "f.check_passed": Bilingual(
            sv="filerna lästes och varianterna av varje grund-CV skilde sig bara i signalerna",
            en="the files were read and the variants of each base CV differed in the signals only",
        ),
        "f.check_skipped": Bilingual(
            sv="hoppades över: att varianterna bara skilde sig i signalerna är inte kontrollerat",
            en="skipped: that the variants differed in the signals only was not checked",
        ),
        "chart": Bilingual(
            sv="Medelskillnaden per jämförelse (nivån minus baslinjen) med 95 % konfidensintervall. Den heldragna linjen är ingen skillnad, de streckade skillnaden att kunna se åt båda hållen.",
            en="The mean difference per contrast (the level minus the baseline) with its 95% confidence interval. The solid line is no difference, the dashed lines the difference to be able to see either way.",
        ),
        "method": Bilingual(
            sv="Metod: medelskillnad och 95 % konfidensintervall från parat t-test, Wilcoxons teckenrangtest som kontroll utan normalfördelningsantagande, effektstorlek d_z (medelskillnaden delad med skillnadernas standardavvikelse), för beslut McNemars exakta test på paren där bara det ena CV:t gick vidare, och Holm-justering över alla jämförelsers test. Nivåerna är desamma som i biasgranskningen: α = 0,05 och styrka 0,8.",
            en="Method: mean difference and 95% confidence interval from the paired t-test, Wilcoxon's signed-rank test as a check without assuming normal differences, effect size d_z (the mean difference over the standard deviation of the differences), for decisions McNemar's exact test on the pairs where only one CV was selected, and Holm's adjustment over the tests of all contrasts. The levels are those of the bias audit: α = 0.05 and power 0.8.",
        ),
        "limit.names": Bilingual(
            sv="Namn signalerar mer än ursprung: också religion och kanske klass eller generation. En skillnad visar hur verktyget behandlar just dessa namn, vilket arbetsgivaren måste undvika (diskrimineringslagen skyddar mot diskriminering som har samband med etnisk tillhörighet och religion), men den mäter inte varje slags ursprung. Namnlistorna är få namn per grupp, valda av projektet.",
            en="Names signal more than origin: also religion and perhaps class or generation. A difference shows how the tool treats these particular names, which the employer must avoid (the Discrimination Act protects against discrimination connected with ethnicity and religion), but it does not measure every kind of origin. The name lists hold a few names per group, chosen by the project.",
        ),
        "limit.synthetic": Bilingual(
            sv="De påhittade CV:na är inte verkliga sökande. Testet visar om verktyget bedömer likadana CV:n olika, inte hur många verkliga sökande som påverkades eller hur verktyget väger andra uppgifter; granska därför också beslutsloggen när verktyget används.",
            en="The made-up CVs are not real applicants. The test shows whether the tool judges identical CVs differently, not how many real applicants were affected or how the tool weighs other information; so also audit the decision log once the tool is in use.",
        ),
        "limit.version": Bilingual(
            sv="Resultatet gäller den testade versionen av verktyget ({version}). Testa igen när leverantören ändrar eller tränar om modellen.",
            en="The result holds for the version of the tool that was tested ({version}). Test again when the vendor changes or retrains the model.",
        ),
        "limit.pairs": Bilingual(
            sv="Paren från samma grund-CV delar innehåll; analysen behandlar skillnaderna inom paren som oberoende. Ett test med få grund-CV:n kan missa en skillnad: se ”för få par” i bedömningen.",
            en="The pairs of one base CV share their content; the analysis treats the differences within pairs as independent. A test with few base CVs can miss a difference: see “too few pairs” in the verdicts.",
        ),
        "earlier": Bilingual(
            sv="{date}, version {version}, {base} grund-CV:n: {verdicts}",
            en="{date}, version {version}, {base} base CVs: {verdicts}",
        ),
    }
)


def _t(key: str, lang: Lang, **values: object) -> str:
    return TEXTS.text(key, lang, **values)


def paired_section(story: Story, record: ToolRecord) -> None:
    """Section "Paired test of the tool": the latest run in full, the earlier ones listed."""
    lang = story.lang
    story.section("sec.paired")
    story.para(_t("intro", lang))
    if not record.paired:
        story.para(_t("none", lang))
        return
    runs = sorted(record.paired, key=lambda r: (r.run_at, r.id or 0))
    latest = runs[-1]
    story.subheading(_t("design.h", lang), style="h3", keep=60)
    story.facts(_design_facts(latest, lang))
    story.subheading(_t("results.h", lang), style="h3", keep=90)
    _results(story, latest.result)
    story.subheading(_t("limits.h", lang), style="h3", keep=40)
    version = latest.tool_version or _t("f.version_missing", lang)
    story.bullets(
        [
            _t("limit.names", lang),
            _t("limit.synthetic", lang),
            _t("limit.version", lang, version=version),
            _t("limit.pairs", lang),
        ],
        style="bullet_small",
    )
    if len(runs) > 1:
        story.subheading(_t("earlier.h", lang), style="h3", keep=30, bookmark=False)
        story.bullets([_earlier(run, lang) for run in reversed(runs[:-1])], style="bullet_small")


def _design_facts(run: PairedRun, lang: Lang) -> list[tuple[str, str]]:
    result, design = run.result, run.design
    signals = ", ".join(attribute_label(a, lang) for a in result.attributes)
    if design is not None:
        job = design.profile_title + (f" ({design.sector})" if design.sector else "")
        test_set = _t(
            "f.set_value",
            lang,
            cvs=format_int(design.cvs, lang),
            base=format_int(design.base_cvs, lang),
            variants=2 ** len(design.attributes),
            seed=design.seed,
            names=design.names_version,
        )
    else:
        job = "–"
        test_set = _t(
            "f.set_unknown",
            lang,
            cvs=format_int(result.cvs, lang),
            base=format_int(result.base_cvs, lang),
        )
    measure = result.contrasts[0].measure if result.contrasts else "score"
    concern = amount(result.difference_of_concern, measure, lang)
    if measure in ("score", "rank"):
        decision = _t("f.and_decisions", lang) if result.decision_column else ""
        compared = _t(f"f.measure_{measure}", lang, decision=decision, concern=concern)
    else:
        compared = _t("f.measure_decision", lang, concern=concern)
    answers = run.answers_file_name or "–"
    if run.answers_sha256:
        answers += f" (SHA-256 {run.answers_sha256[:16]}…)"
    return [
        (_t("f.job", lang), job),
        (_t("f.signals", lang), signals),
        (_t("f.set", lang), test_set),
        (_t("f.version", lang), run.tool_version or _t("f.version_missing", lang)),
        (
            _t("f.when", lang),
            _t("f.when_value", lang, date=run.run_at.date().isoformat(), who=run.run_by),
        ),
        (_t("f.answers", lang), answers),
        (_t("f.measure", lang), compared),
        (_t("f.check", lang), _t(f"f.check_{result.variant_check}", lang)),
    ]


def _contrast(contrast: Contrast, lang: Lang) -> str:
    return contrast_label(contrast.level, contrast.baseline, lang)


def _row(c: Contrast, lang: Lang) -> list[str]:
    scale = 100 if c.measure == "decision" else 1

    def num(value: float | None, decimals: int = 1) -> str:
        return format_number(None if value is None else value * scale, lang, decimals)

    mean = num(c.mean_difference)
    if c.ci_low is not None and c.ci_high is not None:
        mean += f" ({num(c.ci_low)} – {num(c.ci_high)})"
    decisions = "–"
    if c.mcnemar_b is not None:
        decisions = f"{c.mcnemar_b}/{c.mcnemar_c}; {format_p_value(c.mcnemar_p, lang)}"
    return [
        f"{attribute_label(c.attribute, lang)}: {_contrast(c, lang)}",
        format_int(c.pairs, lang),
        mean,
        format_p_value(c.wilcoxon_p, lang),
        format_number(c.effect_size, lang),
        decisions,
        format_number(c.selection_ratio, lang),
        format_p_value(c.p_value_holm, lang),
        verdict_label(c.verdict, lang),
    ]


def _results(story: Story, result: PairedResult) -> None:
    lang = story.lang

    def col(key: str) -> str:
        return column_label(key, lang)

    header = [
        col("contrast"),
        col("pairs"),
        f"{col('mean')} ({col('ci')})",
        col("wilcoxon"),
        col("effect"),
        f"{col('discordant')}; {col('mcnemar')}",
        col("ratio"),
        col("holm"),
        col("verdict"),
    ]
    rows = [_row(c, lang) for c in result.contrasts]
    highlight = [i for i, c in enumerate(result.contrasts) if c.verdict == "adverse_significant"]
    story.table(
        header,
        rows,
        widths=[0.19, 0.05, 0.16, 0.08, 0.06, 0.12, 0.06, 0.09, 0.19],
        numeric=range(1, 8),
        highlight=highlight,
    )
    measure = result.contrasts[0].measure if result.contrasts else "score"
    story.add(
        difference_chart(
            result.contrasts,
            [_contrast(c, lang) for c in result.contrasts],
            concern=result.difference_of_concern,
            scale=100 if measure == "decision" else 1,
            lang=lang,
            width=CONTENT_WIDTH,
        )
    )
    present = dict.fromkeys(c.verdict for c in result.contrasts)
    story.add(verdict_legend({v: verdict_label(v, lang) for v in present}, width=CONTENT_WIDTH))
    story.para(_t("chart", lang), style="small")
    story.bullets(
        [
            f"{attribute_label(c.attribute, lang)}: {c.finding.get(lang)}"
            for c in result.contrasts
            if c.finding
        ],
    )
    story.para(_t("method", lang), style="small")


def _earlier(run: PairedRun, lang: Lang) -> str:
    verdicts = "; ".join(
        f"{attribute_label(c.attribute, lang)} {verdict_label(c.verdict, lang)}"
        for c in run.result.contrasts
    )
    return _t(
        "earlier",
        lang,
        date=run.run_at.date().isoformat(),
        version=run.tool_version or "–",
        base=run.result.base_cvs,
        verdicts=verdicts,
    )
