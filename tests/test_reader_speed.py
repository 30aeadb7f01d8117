"""tools/reader_speed.py's server (the measurement itself is `make bench`, never a test)."""

from __future__ import annotations

import gzip
import sys
import urllib.request

from conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import reader_speed  # noqa: E402


def fetch(url: str) -> tuple[str | None, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("Content-Encoding"), response.read()


def test_two_sites_served_at_once_each_serve_their_own_files_compressed(tmp_path):
    """An A/B serves the old and the new build side by side: each must answer with its own
    pages, compressed as a real host would (the compressed files were once shared by all
    servers, so the first site's pages went out uncompressed)."""
    servers = []
    for name in ("old", "new"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text(f"<p>{name} build</p>" * 50)
        servers.append(reader_speed.serve(tmp_path / name))
    try:
        for name, (_, base) in zip(("old", "new"), servers):
            encoding, body = fetch(base + "/")
            assert encoding == "gzip", f"{name}: sent uncompressed"
            assert gzip.decompress(body).decode() == f"<p>{name} build</p>" * 50
    finally:
        for httpd, _ in servers:
            httpd.shutdown()
            httpd.server_close()
