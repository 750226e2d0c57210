"""Issue 22, serving a team: the repository's nginx file, run as it is in front of the app.

The test takes ``deploy/nginx.conf`` unchanged but for ports, the certificate (a throwaway one
made here) and the log path, starts nginx and ``streamlit run app.py`` on loopback, and checks what
the README promises: HTTP only redirects to HTTPS, the app answers through TLS (the page renders
in Chromium, so its WebSocket passes), cookies come back Secure, HSTS is sent, and the access log
holds no query strings. CI installs nginx (``.ci/run``); elsewhere the live part skips without it.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT
from tests.e2e.harness import CHROMIUM, free_port, launch_chromium, streamlit_server

DEPLOY = PROJECT_ROOT / "deploy"
NGINX_CONF = DEPLOY / "nginx.conf"
E2E_ENV = "ETHICS_TOOLKIT_E2E"


def test_the_nginx_file_keeps_the_promises_of_the_readme() -> None:
    conf = NGINX_CONF.read_text(encoding="utf-8")
    assert "return 301 https://$host$request_uri;" in conf
    assert "proxy_cookie_flags ~ secure" in conf
    assert "Strict-Transport-Security" in conf
    assert "proxy_pass http://127.0.0.1:8501;" in conf  # the app listens on loopback only
    assert "proxy_set_header Upgrade $http_upgrade;" in conf
    log_format = re.search(r"log_format ethics_no_query(.*?);", conf, re.S)
    assert log_format is not None
    assert not {"$request ", "$request_uri", "$args", "$query_string"} & set(
        re.findall(r"\$[a-z_]+ ?", log_format.group(1))
    ) and "$request " not in log_format.group(1)
    secrets = (DEPLOY / "secrets.example.toml").read_text(encoding="utf-8")
    assert "[auth]" in secrets and "REPLACE" in secrets and "server_metadata_url" in secrets
    assert "ETHICS_TOOLKIT_MODE=team" in (DEPLOY / "ethics-toolkit.env.example").read_text()
    service = (DEPLOY / "ethics-toolkit.service").read_text()
    assert "--server.address 127.0.0.1" in service


def _nginx() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else "")
    if not found:
        if os.environ.get(E2E_ENV) == "1":
            pytest.fail(f"nginx is missing but {E2E_ENV}=1 requires the deployment test")
        pytest.skip("nginx is not installed (apt-get install nginx-light)")
    return found


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def _config(folder: Path, *, app_port: int, http_port: int, https_port: int) -> Path:
    """The repository's file with this test's ports, certificate and log; nothing else changed."""
    cert, key = _certificate(folder)
    server = NGINX_CONF.read_text(encoding="utf-8")
    for old, new in (
        ("    listen [::]:80;\n", ""),
        ("    listen [::]:443 ssl http2;\n", ""),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("/etc/ssl/certs/hr-ethics.example.org.pem", str(cert)),
        ("/etc/ssl/private/hr-ethics.example.org.key", str(key)),
        ("/var/log/nginx/ethics-toolkit.access.log", str(folder / "access.log")),
        ("http://127.0.0.1:8501;", f"http://127.0.0.1:{app_port};"),
    ):
        assert old in server, old
        server = server.replace(old, new)
    temp = "\n".join(
        f"  {kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi",
                                                            "uwsgi", "scgi")
    )  # fmt: skip
    user = "user root;\n" if os.geteuid() == 0 else ""
    path = folder / "nginx.conf"
    path.write_text(
        f"{user}pid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'};\n"
        f"events {{}}\nhttp {{\n{temp}\n{server}\n}}\n",
        encoding="utf-8",
    )
    return path


@contextmanager
def _running_nginx(nginx: str, config: Path, https_port: int) -> Iterator[None]:
    checked = subprocess.run([nginx, "-t", "-c", str(config), "-p", str(config.parent)],
                             capture_output=True, text=True)  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(
        [nginx, "-c", str(config), "-p", str(config.parent), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                _get(https_port, "/_stcore/health")
                break
            except OSError:
                time.sleep(0.3)
        yield
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def _get(port: int, path: str, *, tls: bool = True) -> http.client.HTTPResponse:
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=20)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_the_app_is_served_through_nginx_with_tls_secure_cookies_and_no_query_in_logs(
    tmp_path: Path,
) -> None:
    nginx = _nginx()
    app_port, http_port, https_port = free_port(), free_port(), free_port()
    config = _config(tmp_path, app_port=app_port, http_port=http_port, https_port=https_port)
    db = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    with (
        streamlit_server(db, tmp_path / "streamlit.log", port=app_port),
        _running_nginx(nginx, config, https_port),
    ):
        plain = _get(http_port, "/?code=secret-code&state=x", tls=False)
        assert plain.status == 301 and plain.getheader("Location", "").startswith("https://")
        health = _get(https_port, "/_stcore/health")
        assert health.status == 200
        assert "max-age=63072000" in (health.getheader("Strict-Transport-Security") or "")
        cookies = health.headers.get_all("Set-Cookie") or []
        assert cookies, "Streamlit sets its XSRF cookie with the health check"
        page = _get(https_port, "/?code=secret-code&state=secret-state")
        assert page.status == 200
        assert all("secure" in cookie.lower() for cookie in cookies), cookies
        if CHROMIUM.exists():  # the app renders: its WebSocket passes the proxy
            from playwright.sync_api import sync_playwright

            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                try:
                    context = browser.new_context(ignore_https_errors=True)
                    tab = context.new_page()
                    tab.goto(f"https://127.0.0.1:{https_port}/")
                    tab.get_by_test_id("stSidebarNav").wait_for(timeout=60_000)
                finally:
                    browser.close()
    log = (tmp_path / "access.log").read_text(encoding="utf-8")
    assert "GET /_stcore/health" in log
    assert "secret-code" not in log and "secret-state" not in log
