"""``claimtrail serve``: a busy port is refused before the banner, and SIGTERM on `--demo`
leaves no temporary database behind (claimtrail/cli/serve_cmd.py)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from claimtrail.cli import build_app

START_TIMEOUT_S = 120  # spaCy loads and the demo corpus is analysed first


def test_a_busy_port_is_refused_before_anything_starts(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        db = tmp_path / "never.db"
        result = CliRunner().invoke(build_app(), ["serve", "--port", str(port), "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "dashboard on" not in result.output and not db.exists()


def test_help_gives_the_address() -> None:
    out = CliRunner().invoke(build_app(), ["serve", "--help"], env={"COLUMNS": "120"}).stdout
    assert "http://127.0.0.1:8000/" in out and "/docs" in out


@pytest.mark.slow
def test_sigterm_on_demo_removes_its_temporary_database(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    cmd = [
        sys.executable,
        "-c",
        "from claimtrail.cli import main; main()",
        "serve",
        "--demo",
        "--no-stance-model",
        "--port",
        str(port),
    ]
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=tmp_path
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail(f"serve --demo did not come up: {proc.stderr.read().decode()[-500:]}")
        assert list(tmp_path.glob("claimtrail-demo-*")), "the demo store is not where expected"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp_path.glob("claimtrail-demo-*")) == []
    assert not (tmp_path / "claimtrail.db").exists()
