"""Reading through GDAL's virtual file systems gives what the plain file gives."""
import contextlib
import gzip
import http.server
import os
import re
import shutil
import threading
import zipfile

import pytest
from osgeo import gdal

from pcrs_testlib import config_option, dump_dataset, open_pcrs

FILES = [
    "real/cnigfr-PCRS/20200716.RIL_L262_C336_P0.gml",
    "synthetic/prefixes_bom.gml",
    "synthetic/nested.gml",
]


def _reference(path):
    return dump_dataset(open_pcrs(path))


@pytest.mark.parametrize("name", FILES)
def test_vsigzip(data_dir, tmp_path, name):
    src = data_dir / name
    gz = tmp_path / (src.name + ".gz")
    gz.write_bytes(gzip.compress(src.read_bytes()))
    ds = gdal.OpenEx("/vsigzip/" + str(gz), gdal.OF_VECTOR)
    assert ds.GetDriver().ShortName == "PCRS"
    assert dump_dataset(ds) == _reference(src)


@pytest.mark.parametrize("name", FILES)
def test_vsizip(data_dir, tmp_path, name):
    src = data_dir / name
    archive = tmp_path / "pcrs.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(src, "dir/" + src.name)
    ds = gdal.OpenEx(f"/vsizip/{archive}/dir/{src.name}", gdal.OF_VECTOR)
    assert ds.GetDriver().ShortName == "PCRS"
    assert dump_dataset(ds) == _reference(src)


@pytest.mark.parametrize("name", FILES)
def test_vsimem(data_dir, tmp_vsimem, name):
    src = data_dir / name
    mem = f"{tmp_vsimem}/{src.name}"
    gdal.FileFromMemBuffer(mem, src.read_bytes())
    ds = gdal.OpenEx(mem, gdal.OF_VECTOR)
    assert ds.GetDriver().ShortName == "PCRS"
    assert dump_dataset(ds) == _reference(src)
    ds = None
    assert sorted(gdal.ReadDir(str(tmp_vsimem))) == [src.name], "no side file in /vsimem/"


def test_vsimem_prefix_and_options(data_dir, tmp_vsimem):
    src = data_dir / "synthetic/prefixes_pcrs.gml"
    mem = f"{tmp_vsimem}/doc.xml"
    gdal.FileFromMemBuffer(mem, src.read_bytes())
    ds = gdal.OpenEx("PCRS:" + mem, gdal.OF_VECTOR, open_options=["EXPOSE_EMPTY_CLASSES=YES"])
    assert ds.GetLayerCount() == 36


# ---- /vsicurl/ against a local HTTP server with Range support ----

class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """http.server does not honour Range: this handler does (206 / 416), so that GDAL's
    /vsicurl/ can read the file by chunks as it does with real servers."""

    requests_seen = []

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404)
            return None
        size = os.path.getsize(path)
        range_header = self.headers.get("Range")
        RangeHandler.requests_seen.append((self.command, self.path, range_header))
        m = re.match(r"bytes=(\d+)-(\d*)$", range_header or "")
        f = open(path, "rb")
        if not m:
            self.send_response(200)
            self.send_header("Content-Length", str(size))
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            return f
        start = int(m.group(1))
        end = min(int(m.group(2)) if m.group(2) else size - 1, size - 1)
        if start >= size:
            f.close()
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return None
        f.seek(start)
        self.send_response(206)
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        self._remaining = end - start + 1
        return f

    def copyfile(self, source, outputfile):
        remaining = getattr(self, "_remaining", None)
        if remaining is None:
            shutil.copyfileobj(source, outputfile)
            return
        while remaining > 0:
            chunk = source.read(min(65536, remaining))
            if not chunk:
                break
            outputfile.write(chunk)
            remaining -= len(chunk)


@contextlib.contextmanager
def http_server(directory):
    handler = lambda *a, **k: RangeHandler(*a, directory=str(directory), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.mark.parametrize("name", FILES)
def test_vsicurl(data_dir, name):
    src = data_dir / name
    with http_server(data_dir) as port, \
            config_option("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR"), \
            config_option("GDAL_HTTP_TIMEOUT", "10"), \
            config_option("CPL_VSIL_CURL_CHUNK_SIZE", "16384"):
        url = f"/vsicurl/http://127.0.0.1:{port}/{name}"
        RangeHandler.requests_seen = []
        ds = gdal.OpenEx(url, gdal.OF_VECTOR)
        assert ds.GetDriver().ShortName == "PCRS"
        got = dump_dataset(ds)
        ds = None
        gdal.VSICurlClearCache()
    assert got == _reference(src)
    assert any(r[2] for r in RangeHandler.requests_seen), "read by ranges"
