"""`fazhi serve` shows the figures of `fazhi stats --plot` on a page of their own: started as a
subprocess on a free 127.0.0.1 port over the demo crawl, asked over HTTP."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from test_data_serve import ROOT, SERVE, free_port, get, wait_until_up

from fazhi.plots import FIGURES

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def served(demo_data) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen([*SERVE, "--data-dir", str(demo_data), "--port", str(port)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_index_links_the_figures_page(served) -> None:
    status, body = get(served, "/")
    assert status == 200 and b'href="/figures/index.html"' in body


def test_the_figures_page_shows_the_three_figures(served) -> None:
    status, body = get(served, "/figures/index.html")
    assert status == 200
    page = body.decode()
    for name in FIGURES:
        assert f'<img src="{name}.png"' in page and f'href="{name}.svg"' in page
        status, image = get(served, f"/figures/{name}.png")
        assert status == 200 and image.startswith(PNG) and len(image) > 10_000
        status, svg = get(served, f"/figures/{name}.svg")
        assert status == 200 and b"<svg" in svg
