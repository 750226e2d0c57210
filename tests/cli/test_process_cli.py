"""``ethics-toolkit audit`` with the decision process (issue 11): flags, JSON, text, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ethics_toolkit.cli import main
from ethics_toolkit.cli.audit_texts import NEED_OUTCOME, STAGES_WITHOUT_STAGE
from ethics_toolkit.engine.errors import (
    AMBIGUOUS_RECOMMENDATION,
    FEATURE_IS_IDENTIFIER,
    STAGE_NAMED_TWICE,
    STAGE_NOT_LISTED,
    UNCLASSIFIED_VALUES,
)

STAGES = "applied,screened,interview,offer"


@pytest.fixture
def log(tmp_path: Path) -> Path:
    """120 applicants: recommendation, final decision, furthest stage, area and an id."""
    lines = ["case_id,ref,g,ai,final,stage,area"]
    stages = STAGES.split(",")
    for i in range(120):
        g = "A" if i % 2 else "B"
        ai = "yes" if (i % 5 < (3 if g == "A" else 1)) else "no"
        final = ai if i % 7 else ("no" if ai == "yes" else "yes")
        stage = stages[i % 4] if g == "A" else stages[(i // 2) % 3]
        area = ("x" if i % 3 else "z") if g == "A" else ("z" if i % 3 else "x")
        lines.append(f"{i},R-{1000 + i},{g},{ai},{final},{stage},{area}")
    path = tmp_path / "process.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main(["audit", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_three_sections(capsys: pytest.CaptureFixture[str], log: Path) -> None:
    code, out, err = run(
        capsys, log, "--outcome", "final", "--positive", "yes", "--sensitive", "g",
        "--recommendation", "ai", "--recommendation-positive", "yes", "--stage", "stage",
        "--stages", STAGES, "--features", "area", "--format", "json",
    )  # fmt: skip
    assert code in (0, 1) and err == ""
    payload = json.loads(out)
    analysis = payload["analyses"][0]
    oversight = analysis["oversight"]
    assert set(oversight) >= {"agreement", "overridden_to_yes", "overridden_to_no", "groups"}
    assert sum(g["n"] for g in oversight["groups"]) == 120
    changed = oversight["overridden_to_yes"] + oversight["overridden_to_no"]
    assert changed == len([i for i in range(120) if i % 7 == 0])
    assert oversight["agreement"] == pytest.approx(1 - changed / 120)
    assert [s["stage"] for s in analysis["funnel"]] == ["screened", "interview", "offer"]
    assert [f["column"] for f in payload["features"]] == ["area"]
    assert analysis["features"] == payload["features"]
    assert set(payload["features"][0]["proxy_for"]) == {"g"}


def test_stage_alone_is_enough(capsys: pytest.CaptureFixture[str], log: Path) -> None:
    code, out, _ = run(
        capsys, log, "--stage", "stage", "--stages", STAGES, "--sensitive", "g", "--format",
        "json",
    )  # fmt: skip
    payload = json.loads(out)
    groups = {g["values"]["g"]: (g["n"], g["selected"]) for g in payload["analyses"][0]["groups"]}
    assert groups == {"A": (60, 30), "B": (60, 0)}  # reached "offer"; B never does
    assert code == 1  # B: 0 of 60 is adverse impact


def test_text_output_shows_the_three_analyses(
    capsys: pytest.CaptureFixture[str], log: Path
) -> None:
    _, out, _ = run(
        capsys, log, "--outcome", "final", "--sensitive", "g", "--recommendation", "ai",
        "--stage", "stage", "--stages", STAGES, "--features", "auto", "--lang", "en",
    )  # fmt: skip
    assert "Human oversight: the tool's recommendation against the final decision" in out
    assert "The selection funnel step by step" in out
    assert "The gap arises at the" in out
    assert "What drives the decisions" in out and "area" in out
    assert "ref" not in [line.split(" ")[0] for line in out.splitlines()]  # an identifier
    _, out_sv, _ = run(
        capsys, log, "--outcome", "final", "--sensitive", "g", "--recommendation", "ai",
        "--stage", "stage", "--stages", STAGES, "--lang", "sv",
    )  # fmt: skip
    assert "Mänsklig tillsyn" in out_sv and "Urvalsprocessen steg för steg" in out_sv


def test_without_outcome_or_stage_exit_2(capsys: pytest.CaptureFixture[str], log: Path) -> None:
    code, out, err = run(capsys, log, "--sensitive", "g", "--lang", "en")
    assert code == 2 and out == ""
    assert err.strip() == f"ethics-toolkit: {NEED_OUTCOME.en}"


def test_outcome_options_stay_mutually_exclusive(log: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["audit", str(log), "--outcome", "final", "--score", "final", "--sensitive", "g"])
    assert exit_info.value.code == 2


def test_recommendation_with_three_values_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, log: Path
) -> None:
    text = log.read_text().replace(",yes,yes,", ",maybe,yes,", 5)
    three = tmp_path / "three.csv"
    three.write_text(text)
    code, out, err = run(
        capsys, three, "--outcome", "final", "--sensitive", "g", "--recommendation", "ai",
        "--lang", "en",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert err.startswith("ethics-toolkit: " + AMBIGUOUS_RECOMMENDATION.en[:40])
    assert "'maybe' (5)" in err and "--recommendation-positive" in err
    code, _, err = run(
        capsys, three, "--outcome", "final", "--sensitive", "g", "--recommendation", "ai",
        "--recommendation-positive", "yes", "--lang", "en",
    )  # fmt: skip
    assert code == 2 and UNCLASSIFIED_VALUES.en.split("{")[0] in err and "'maybe' (5)" in err
    assert "--recommendation-negative" in err
    code, out, _ = run(
        capsys, three, "--outcome", "final", "--sensitive", "g", "--recommendation", "ai",
        "--recommendation-positive", "yes", "--recommendation-positive", "maybe",
        "--recommendation-negative", "no", "--format", "json",
    )  # fmt: skip
    assert code in (0, 1)
    oversight = json.loads(out)["analyses"][0]["oversight"]
    assert sum(g["ai_selected"] for g in oversight["groups"]) == sum(
        1 for i in range(120) if i % 5 < (3 if i % 2 else 1)
    )


def test_stage_not_listed_exit_2(capsys: pytest.CaptureFixture[str], log: Path) -> None:
    code, out, err = run(
        capsys, log, "--sensitive", "g", "--stage", "stage", "--stages", "applied,screened",
        "--lang", "sv",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert STAGE_NOT_LISTED.sv.split("{")[0] in err
    assert "'interview'" in err and "'offer'" in err


def test_stage_listed_twice_exit_2(capsys: pytest.CaptureFixture[str], log: Path) -> None:
    code, out, err = run(
        capsys, log, "--sensitive", "g", "--stage", "stage", "--stages",
        "applied,screened,applied,interview,offer", "--format", "json",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert STAGE_NAMED_TWICE.en.split("{")[0] in err and "'applied'" in err


def test_identifier_feature_exit_2(capsys: pytest.CaptureFixture[str], log: Path) -> None:
    for column in ("ref", "case_id"):
        code, out, err = run(
            capsys, log, "--outcome", "final", "--sensitive", "g", "--features", column,
            "--lang", "en",
        )  # fmt: skip
        assert code == 2 and out == ""
        assert FEATURE_IS_IDENTIFIER.en.format(column=column) in err


def test_features_auto_skips_roles_and_identifiers(
    capsys: pytest.CaptureFixture[str], log: Path
) -> None:
    _, out, _ = run(
        capsys, log, "--outcome", "final", "--sensitive", "g", "--recommendation", "ai",
        "--features", "auto", "--format", "json",
    )  # fmt: skip
    payload = json.loads(out)
    assert [f["column"] for f in payload["features"]] == ["stage", "area"]
    assert payload["spec"]["features_auto"] is True


def test_stages_without_a_stage_column_exit_2(
    capsys: pytest.CaptureFixture[str], log: Path
) -> None:
    """--stages alone was silently ignored: the audit ran without the funnel the user asked for."""
    code, out, err = run(
        capsys, log, "--outcome", "final", "--sensitive", "g", "--stages", STAGES, "--lang", "en"
    )
    assert code == 2 and out == ""
    assert err.strip() == f"ethics-toolkit: {STAGES_WITHOUT_STAGE.en}"
