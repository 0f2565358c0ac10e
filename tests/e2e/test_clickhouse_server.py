"""Against a real `clickhouse-server` (Debian's package, 18.16: far too old for glassbox's
schema), the protocol-level behaviour: glassbox connects over HTTP, authenticates with the
password from `password_env`, reports a wrong password as the server's error, and refuses
the old server by its version — before creating anything on it."""

import os
import shutil
import signal
import subprocess
import time
import urllib.request

import pytest

from conftest import BINARY, free_port

SERVER = shutil.which("clickhouse-server") or "/usr/bin/clickhouse-server"


@pytest.fixture
def clickhouse_18(tmp_path):
    """clickhouse-server on loopback with user `glassbox` / `secret`; yields its HTTP port."""
    if not os.path.exists(SERVER):
        pytest.fail("clickhouse-server is missing: apt-get install clickhouse-server (scripts/test.sh does)")
    http_port, tcp_port = free_port(), free_port()
    root = tmp_path / "ch"
    (root / "data").mkdir(parents=True)
    (root / "users.xml").write_text(
        "<yandex><profiles><default></default></profiles><users><glassbox><password>secret</password>"
        "<networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota>"
        "</glassbox></users><quotas><default></default></quotas></yandex>")
    (root / "config.xml").write_text(
        f"<yandex><logger><level>warning</level><console>1</console></logger>"
        f"<http_port>{http_port}</http_port><tcp_port>{tcp_port}</tcp_port>"
        f"<listen_host>127.0.0.1</listen_host><path>{root}/data/</path><tmp_path>{root}/tmp/</tmp_path>"
        f"<users_config>{root}/users.xml</users_config><default_profile>default</default_profile>"
        f"<default_database>default</default_database><mark_cache_size>5368709</mark_cache_size></yandex>")
    log = open(tmp_path / "clickhouse.log", "wb")
    proc = subprocess.Popen([SERVER, f"--config-file={root}/config.xml"], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            assert proc.poll() is None, (tmp_path / "clickhouse.log").read_text()[-3000:]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/ping", timeout=1) as r:
                    if r.read() == b"Ok.\n":
                        break
            except OSError:
                pass
            assert time.time() < deadline, "clickhouse-server did not start"
            time.sleep(0.2)
        yield http_port
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def serve(tmp_path, port, password):
    config = tmp_path / "glassbox.toml"
    config.write_text(
        f'[storage]\nbackend = "clickhouse"\n[storage.clickhouse]\nurl = "http://127.0.0.1:{port}"\n'
        'user = "glassbox"\npassword_env = "GLASSBOX_TEST_CH_PASSWORD"\n')
    env = dict(os.environ, GLASSBOX_TEST_CH_PASSWORD=password, GLASSBOX_REDACT_KEY="e2e:" + "7f" * 32)
    return subprocess.run(
        [str(BINARY), "serve", "--listen", f"127.0.0.1:{free_port()}", "--grpc-listen", f"127.0.0.1:{free_port()}",
         "--data-dir", str(tmp_path / "data"), "--config", str(config)],
        env=env, capture_output=True, text=True, timeout=60)


def databases(port):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/", data=b"SHOW DATABASES",
                                 headers={"X-ClickHouse-User": "glassbox", "X-ClickHouse-Key": "secret"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.read().decode().split()


def test_a_wrong_password_is_the_servers_error(tmp_path, clickhouse_18):
    run = serve(tmp_path, clickhouse_18, "not-the-password")
    out = run.stdout + run.stderr
    assert run.returncode != 0, out
    assert "opening the ClickHouse store at http://127.0.0.1" in out, out
    assert "401" in out and "Wrong password for user glassbox" in out, out


def test_a_server_older_than_24_8_is_refused_before_anything_is_created(tmp_path, clickhouse_18):
    run = serve(tmp_path, clickhouse_18, "secret")
    out = run.stdout + run.stderr
    assert run.returncode != 0, out
    assert "ClickHouse 18.16.1 is too old: glassbox needs 24.8 or later" in out, out
    assert "glassbox" not in databases(clickhouse_18)
