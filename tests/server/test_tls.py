"""TLS to the team server: a certificate that does not verify is refused with a Swedish
sentence saying what IT must give (the CA certificate), never a quiet step down; with the
municipality's CA the connection is encrypted.

A cluster of its own with ssl on and certificates made by openssl for 127.0.0.1: a CA
that signed the server's certificate, and another CA that did not.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sipdesk.store import server_errors as errors
from tests.server.conftest import _bin_dir, _free_port, _run, _run_as

psycopg = pytest.importorskip("psycopg")
PASSWORD = "Ett-långt-lösenord-42"


@dataclass(frozen=True)
class TlsCluster:
    port: int
    right_ca: Path
    wrong_ca: Path

    def url(self, ca: Path) -> str:
        return (f"postgresql://anna:{PASSWORD}@127.0.0.1:{self.port}/sipdesk"
                f"?sslmode=verify-full&sslrootcert={ca}")


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def _certificates(folder: Path) -> None:
    for ca in ("right", "wrong"):
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                 "-subj", f"/CN=Testkommunens {ca} CA", "-keyout", str(folder / f"{ca}.key"),
                 "-out", str(folder / f"{ca}.crt"))
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
             "-keyout", str(folder / "server.key"), "-out", str(folder / "server.csr"))
    (folder / "san.cnf").write_text("subjectAltName = IP:127.0.0.1, DNS:localhost\n")
    _openssl("x509", "-req", "-in", str(folder / "server.csr"), "-CA", str(folder / "right.crt"),
             "-CAkey", str(folder / "right.key"), "-CAcreateserial", "-days", "2",
             "-extfile", str(folder / "san.cnf"), "-out", str(folder / "server.crt"))


@pytest.fixture(scope="module")
def tls_cluster() -> Iterator[TlsCluster]:
    bin_dir = _bin_dir()
    if bin_dir is None or shutil.which("openssl") is None:
        pytest.skip("PostgreSQL (initdb, pg_ctl) och openssl behövs för TLS-testerna")
    run_as = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="sipdesk-tls-", dir="/tmp" if run_as else None))
    certs, data, sock = folder / "certs", folder / "data", folder / "sock"
    certs.mkdir()
    sock.mkdir()
    _certificates(certs)
    (certs / "server.key").chmod(0o600)
    if run_as:
        for path in (folder, sock, certs, certs / "server.key", certs / "server.crt"):
            shutil.chown(path, run_as[2])
    _run([*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
          "--locale=C.UTF-8"])
    port = _free_port()
    options = (f"-k {sock} -p {port} -c listen_addresses=127.0.0.1 -F -c ssl=on "
               f"-c ssl_cert_file={certs / 'server.crt'} -c ssl_key_file={certs / 'server.key'}")
    _run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
          "-l", str(folder / "server.log"), "-w", "start"])
    try:
        with psycopg.connect(f"host={sock} port={port} user=postgres dbname=postgres",
                             autocommit=True) as su:
            su.execute(f"CREATE ROLE anna LOGIN PASSWORD '{PASSWORD}'")
            su.execute("CREATE DATABASE sipdesk OWNER anna")
        yield TlsCluster(port, certs / "right.crt", certs / "wrong.crt")
    finally:
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_certificate_that_does_not_verify_is_refused_with_what_it_must_give(
        tls_cluster: TlsCluster, tmp_path: Path) -> None:
    from sipdesk.services.failures import SERVER_CERTIFICATE, describe
    from sipdesk.services.workspace import Workspace

    with pytest.raises(errors.ServerCertificateNotVerified) as refused:
        Workspace.open_server(tls_cluster.url(tls_cluster.wrong_ca), tmp_path)
    message = describe(refused.value).message
    assert message == SERVER_CERTIFICATE
    assert "certifikat kunde inte kontrolleras" in message
    assert "CA-certifikat" in message and "sslrootcert" in message
    assert PASSWORD not in message


def test_a_missing_ca_certificate_is_the_same_refusal(
        tls_cluster: TlsCluster, tmp_path: Path) -> None:
    from sipdesk.services.workspace import Workspace

    with pytest.raises(errors.ServerCertificateNotVerified):
        Workspace.open_server(tls_cluster.url(tmp_path / "finns-inte.crt"), tmp_path)


def test_with_the_right_ca_the_connection_is_encrypted_and_verified(
        tls_cluster: TlsCluster) -> None:
    from sqlalchemy import text

    from sipdesk.store.server import server_engine

    engine = server_engine(tls_cluster.url(tls_cluster.right_ca))
    try:
        with engine.connect() as conn:
            encrypted = conn.execute(text(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
    finally:
        engine.dispose()
    assert encrypted is True
