"""Real servers for the tests, each on a loopback port, each stopped by its own PID."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_pid(pid: int, timeout: float = 15.0) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            # our own child must be reaped, or it lingers as a zombie that kill(0) still sees
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return
        except ChildProcessError:
            pass
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if not path:
        raise RuntimeError(f"PostgreSQL's {name} not found: run `make test` (it installs postgresql)")
    return path


@dataclass
class PostgresServer:
    url: str
    pid: int
    datadir: Path

    def stop(self) -> None:
        stop_pid(self.pid)
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def start_postgres() -> PostgresServer:
    """A throwaway cluster: initdb as the unprivileged `postgres` user, postgres on a free port."""
    base = Path(tempfile.mkdtemp(prefix="dunning-pg-"))
    datadir = base / "data"
    as_root = os.geteuid() == 0
    user = "postgres" if as_root else pwd.getpwuid(os.geteuid()).pw_name
    if as_root:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    subprocess.run(
        [*prefix, _pg_bin("initdb"), "-D", str(datadir), "-U", user, "--auth=trust",
         "-E", "UTF8", "--locale=C.UTF-8"],
        check=True, capture_output=True,
    )
    port = free_port()
    log = base / "postgres.log"
    proc = subprocess.Popen(
        [*prefix, _pg_bin("postgres"), "-D", str(datadir), "-p", str(port),
         "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={base}",
         "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
         "-c", "max_connections=100"],
        stdout=open(log, "wb"), stderr=subprocess.STDOUT,
    )
    # runuser forks; the postmaster's own PID is in postmaster.pid
    deadline = time.monotonic() + 30
    pid_file = datadir / "postmaster.pid"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"postgres exited: {log.read_text(errors='replace')}")
        if pid_file.exists():
            lines = pid_file.read_text().splitlines()
            if len(lines) >= 8 and "ready" in lines[7]:
                break
        time.sleep(0.1)
    else:
        raise RuntimeError(f"postgres did not start: {log.read_text(errors='replace')}")
    pid = int(pid_file.read_text().splitlines()[0])
    subprocess.run(
        [*prefix, _pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", user, "dunning"],
        check=True, capture_output=True,
    )
    return PostgresServer(
        url=f"postgresql+psycopg://{user}@127.0.0.1:{port}/dunning", pid=pid, datadir=datadir
    )


def create_database(server: PostgresServer, name: str) -> str:
    """A fresh database on the running cluster (one per test keeps tests independent)."""
    import psycopg

    admin = server.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url.rsplit("/", 1)[0] + f"/{name}"


@dataclass
class SmtpSink:
    host: str
    port: int
    folder: Path
    pid: int

    def messages(self) -> list[bytes]:
        return [p.read_bytes() for p in sorted(self.folder.glob("*.eml"))]

    def stop(self) -> None:
        stop_pid(self.pid)


def start_smtp_sink(folder: Path, reject: dict[str, str] | None = None,
                    port: int | None = None) -> SmtpSink:
    """aiosmtpd in its own process (tests/support/smtp_sink.py), ready when this returns."""
    import sys

    port = port or free_port()
    args = [sys.executable, "-m", "tests.support.smtp_sink", "--port", str(port),
            "--dir", str(folder)]
    for address, code in (reject or {}).items():
        args += ["--reject", f"{address}={code}"]
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(args, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    line = proc.stdout.readline().decode().strip()
    if line != "ready":
        proc.kill()
        raise RuntimeError(f"SMTP sink did not start: {line} {proc.stdout.read().decode()}")
    return SmtpSink("127.0.0.1", port, folder, proc.pid)
