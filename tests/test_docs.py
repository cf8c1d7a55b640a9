"""Docs kept honest: every command documented, and CI runs exactly the README's test command."""
import re

from extractor.cli import cli
from helpers import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    for name in cli.commands:
        assert f"`{name}" in README, f"README does not mention the {name} command"


def test_ci_runs_the_readme_test_command():
    ci_lines = (REPO / ".ci" / "run").read_text().splitlines()
    command = ci_lines[-1]
    assert "pytest" in command
    assert f"```bash\n{command}\n```" in README


def test_readme_has_the_main_job_command():
    blocks = re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)
    assert any(block.endswith("build --db evidence.db") for block in blocks)


def test_tables_doc_names_every_table_and_view():
    from extractor.store import open_db
    tables_md = (REPO / "schemas" / "tables.md").read_text(encoding="utf-8")
    db = open_db(":memory:")
    for table in db.table_names() + db.view_names():
        if table.startswith(("documents_fts", "_sqlite")):
            continue
        assert f"`{table}`" in tables_md, table
