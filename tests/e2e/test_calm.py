"""The browser tests are calm: no assertion reads the page between an action and ``settle``.

Read statically (no browser), so it runs with ``make test-fast``. Within every function of
``tests/e2e/test_*.py``, in source order: an action (a click, typing, an upload, a navigation)
leaves the app busy until ``harness.settle`` (or a helper that ends settled, such as
``go_to_page``) has run; an assertion (``assert``, ``expect(...)``, reading a count, a value or a
text) while it is busy is named here. That is how ``test_workbook`` once failed under load: it
asserted the old result was gone right after the "stale" message, before the run had ended.
Waiting for an element to appear (``wait_for``) is an action's consequence, not a settle.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.e2e import harness

HERE = Path(__file__).parent
ACTIONS = frozenset(
    {"click", "dblclick", "fill", "press", "type", "check", "uncheck", "set_checked"}
    | {"select_option", "set_input_files", "goto", "tap", "dispatch_event", "press_sequentially"}
)
READS = frozenset(
    {"count", "input_value", "inner_text", "text_content", "is_visible", "is_hidden"}
    | {"is_checked", "is_enabled", "evaluate", "get_attribute", "all_inner_texts"}
)
SETTLES = frozenset({"settle", "go_to_page", "screenshot"})


def _called(node: ast.AST) -> list[str]:
    names = []
    for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
        func = call.func
        names.append(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
    return names


class Calm:
    """Walks one module's functions; ``busy`` is True from an action to the next settle."""

    def __init__(self, module: ast.Module) -> None:
        self.problems: list[str] = []
        self.settling = set(SETTLES)
        functions = [n for n in module.body if isinstance(n, ast.FunctionDef)]
        for function in functions:  # helpers first: which of them end settled
            if function.name.startswith("_") and not self.walk(function.body, busy=True):
                self.settling.add(function.name)
        self.problems.clear()
        for function in functions:
            self.walk(function.body, busy=True)

    def walk(self, body: list[ast.stmt], *, busy: bool) -> bool:
        for statement in body:
            busy = self.step(statement, busy)
        return busy

    def step(self, statement: ast.stmt, busy: bool) -> bool:
        if isinstance(statement, ast.For | ast.While):
            busy = self.walk(statement.body, busy=busy)
            return self.walk(statement.body, busy=busy)  # the next round starts where this ends
        if isinstance(statement, ast.If):
            return self.walk(statement.body, busy=busy) | self.walk(statement.orelse, busy=busy)
        if isinstance(statement, ast.With | ast.Try):
            for item in getattr(statement, "items", []):
                busy = self.expression(item.context_expr, busy, statement.lineno)
            return self.walk(statement.body, busy=busy)
        asserts = isinstance(statement, ast.Assert)
        return self.expression(statement, busy, statement.lineno, asserts=asserts)

    def expression(self, node: ast.AST, busy: bool, line: int, *, asserts: bool = False) -> bool:
        called = _called(node)
        if asserts or "expect" in called or any(name in READS for name in called):
            self.check(busy, line)
        if any(name in self.settling for name in called):
            busy = False
        if any(name in ACTIONS for name in called):
            busy = True
        return busy

    def check(self, busy: bool, line: int) -> None:
        if busy:
            self.problems.append(f"line {line}: reads the page before settle()")


def test_every_browser_assertion_reads_a_settled_app() -> None:
    problems = []
    for path in sorted(HERE.glob("test_*.py")):
        if path.name == Path(__file__).name:
            continue
        found = Calm(ast.parse(path.read_text(encoding="utf-8"))).problems
        problems += [f"{path.name} {problem}" for problem in found]
    assert problems == []


def test_the_checker_catches_the_old_flake() -> None:
    """The stale-message race, as it was written, is refused; with a settle it passes."""
    old = (
        "def test_x(page):\n"
        "    page.get_by_text('Nej').nth(1).click()\n"
        "    page.get_by_text('stale').wait_for()\n"
        "    assert not page.get_by_text('0,67').count()\n"
    )
    assert Calm(ast.parse(old)).problems == ["line 4: reads the page before settle()"]
    fixed = old.replace("    assert", "    settle(page)\n    assert")
    assert Calm(ast.parse(fixed)).problems == []


def test_no_browser_test_sleeps_or_waits_the_old_way() -> None:
    assert "wait_idle" not in dir(harness)
    for path in HERE.glob("test_*.py"):
        if path.name == Path(__file__).name:
            continue
        text = path.read_text(encoding="utf-8")
        assert "time.sleep(" not in text, path.name
        assert "wait_idle" not in text, path.name
