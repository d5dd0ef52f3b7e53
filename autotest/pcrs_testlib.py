"""Helpers of the PCRS driver tests: error collection, the PCRS model read from the official XSDs,
an independent reading of the GML geometries, geometry comparison and ogrsf-like layer checks.

Nothing here uses the driver's own model tables: expectations come from the XSDs and the XML.
"""
import contextlib
import dataclasses
import functools
import json
import os
import pathlib
import re
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET

from osgeo import gdal, ogr, osr

AUTOTEST_DIR = pathlib.Path(__file__).resolve().parent
DATA_DIR = AUTOTEST_DIR / "data"
SCHEMA_DIR = AUTOTEST_DIR.parent / "data" / "schemas" / "pcrs"

sys.path.insert(0, str(AUTOTEST_DIR / "tools"))
import count_features  # noqa: E402

NS_PCRS = count_features.NS_PCRS
NS_PCRS_INFO = count_features.NS_PCRS_INFO
NS_GML = count_features.NS_GML
NS_XLINK = "http://www.w3.org/1999/xlink"
NS_XSD = count_features.NS_XSD
XLINK_HREF = "{%s}href" % NS_XLINK
GML_ID = count_features.GML_ID

# ---------------------------------------------------------------------------------------------
# Errors and configuration (GDAL 3.6 bindings have no gdal.quiet_errors / gdal.config_option)


class ErrorCollector:
    """GDAL error handler recording (class, number, message)."""

    def __init__(self):
        self.records = []

    def __call__(self, err_class, err_no, message):
        self.records.append((err_class, err_no, message))

    def messages(self, err_class=None):
        return [m for c, _, m in self.records if err_class is None or c == err_class]

    @property
    def warnings(self):
        return self.messages(gdal.CE_Warning)

    @property
    def failures(self):
        return [m for c, _, m in self.records if c in (gdal.CE_Failure, gdal.CE_Fatal)]

    def text(self):
        return "\n".join(f"[{c}/{n}] {m}" for c, n, m in self.records)


@contextlib.contextmanager
def collect_errors():
    """Routes GDAL messages to an ErrorCollector for the duration of the block."""
    collector = ErrorCollector()
    gdal.PushErrorHandler(collector)
    try:
        yield collector
    finally:
        gdal.PopErrorHandler()


@contextlib.contextmanager
def config_option(key, value):
    old = gdal.GetConfigOption(key)
    gdal.SetConfigOption(key, value)
    try:
        yield
    finally:
        gdal.SetConfigOption(key, old)


def line_of(path, marker, occurrence=1):
    """1-based number of the line holding the occurrence-th `marker` of a text file."""
    seen = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, text in enumerate(f, 1):
            if marker in text:
                seen += 1
                if seen == occurrence:
                    return number
    raise ValueError(f"{marker!r} not in {path}")


def assert_names_location(message, path, line=None, element=None, slack=2):
    """The message names the file, a line number (within `slack` of `line`) and the element."""
    name = pathlib.Path(str(path)).name
    assert name in message, f"file {name} not named: {message!r}"
    numbers = [int(n) for n in re.findall(r"(?::|line )\s*(\d+)", message, re.IGNORECASE)]
    assert numbers, f"no line number: {message!r}"
    if line is not None:
        assert any(abs(n - line) <= slack for n in numbers), f"line {line} expected: {message!r}"
    if element is not None:
        assert element in message, f"element {element} not named: {message!r}"


# ---------------------------------------------------------------------------------------------
# Running GDAL in a child process (a crash or a hang then fails one test, not the whole run)

_CHILD_PRELUDE = """
import json, sys
from osgeo import gdal, ogr
gdal.UseExceptions()
records = []
gdal.PushErrorHandler(lambda c, n, m: records.append((c, n, m)))
"""


def run_isolated(code, args=(), timeout=5.0):
    """Runs `code` (Python, with gdal/ogr imported, exceptions on, messages collected in
    `records`) in a child interpreter with the same GDAL_DRIVER_PATH. The code must leave a
    JSON-serialisable `result`. Returns (seconds, result, records)."""
    program = _CHILD_PRELUDE + textwrap.dedent(code) + \
        "\nprint(json.dumps({'result': result, 'records': records}))\n"
    start = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-c", program, *[str(a) for a in args]],
                              capture_output=True, text=True, timeout=timeout,
                              env=os.environ.copy())
    except subprocess.TimeoutExpired:
        raise AssertionError(f"no answer after {timeout} s (hang?) for {list(args)}") from None
    elapsed = time.monotonic() - start
    assert proc.returncode == 0, f"child died ({proc.returncode}): {proc.stderr[-2000:]}"
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return elapsed, out["result"], out["records"]


# ---------------------------------------------------------------------------------------------
# Opening


def open_pcrs(path, options=None, prefix=False):
    """Opens `path` with the PCRS driver only (and the PCRS: prefix if asked)."""
    name = ("PCRS:" if prefix else "") + str(path)
    return gdal.OpenEx(name, gdal.OF_VECTOR, allowed_drivers=["PCRS"], open_options=options or [])


def layers(ds):
    return [ds.GetLayer(i) for i in range(ds.GetLayerCount())]


def read_all(layer):
    layer.ResetReading()
    features = []
    f = layer.GetNextFeature()
    while f is not None:
        features.append(f)
        f = layer.GetNextFeature()
    layer.ResetReading()
    return features


def field_value(feature, name):
    """Python value of a field: None if unset or null, lists for list types."""
    i = feature.GetFieldIndex(name)
    if i < 0:
        raise KeyError(name)
    if not feature.IsFieldSetAndNotNull(i):
        return None
    return feature.GetField(i)


def feature_by_gml_id(ds, layer_name, gml_id):
    layer = ds.GetLayerByName(layer_name)
    assert layer is not None, f"no layer {layer_name}"
    matches = [f for f in read_all(layer) if f.GetField("gml_id") == gml_id]
    assert len(matches) == 1, f"{len(matches)} features with gml_id {gml_id} in {layer_name}"
    return matches[0]


def feature_content(f):
    """(FID, field values, geometry ISO WKT): comparable across datasets, unlike
    OGRFeature::Equal which also requires the same layer definition object."""
    geom = f.GetGeometryRef()
    return (f.GetFID(), [field_value(f, f.GetFieldDefnRef(i).GetName())
                         for i in range(f.GetFieldCount())],
            geom.ExportToIsoWkt() if geom is not None else None)


def dump_dataset(ds):
    """Canonical content of a dataset, for comparisons between encodings of one document:
    {layer: [(fid, {field: value}, geometry ISO WKT or None)]}."""
    result = {}
    for layer in layers(ds):
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        rows = []
        for f in read_all(layer):
            geom = f.GetGeometryRef()
            rows.append((f.GetFID(), {n: field_value(f, n) for n in names},
                         geom.ExportToIsoWkt() if geom is not None else None))
        result[layer.GetName()] = rows
    return result


# ---------------------------------------------------------------------------------------------
# The model, read from the official XSDs


@dataclasses.dataclass(frozen=True)
class XsdProperty:
    name: str
    kind: str            # string date real integer code link geometry
    min_occurs: int
    max_occurs: int      # -1 unbounded
    detail: str = None   # code list type, geometry kind or link target class

    @property
    def is_list(self):
        return self.max_occurs != 1


@dataclasses.dataclass(frozen=True)
class XsdClass:
    name: str
    ns: str
    abstract: bool
    parent: str          # class name, None for gml:AbstractFeature
    properties: tuple

    @property
    def geometry(self):
        return next((p for p in self.properties if p.kind == "geometry"), None)

    @property
    def fields(self):
        return [p for p in self.properties if p.kind != "geometry"]


@dataclasses.dataclass(frozen=True)
class XsdModel:
    classes: dict        # name -> XsdClass (abstract ones included)
    codelists: dict      # simple type name -> (codes tuple, extensible)

    @property
    def concrete(self):
        return [c for c in self.classes.values() if not c.abstract]

    def is_a(self, name, ancestor):
        while name is not None:
            if name == ancestor:
                return True
            name = self.classes[name].parent
        return False


_SIMPLE_KINDS = {"string": "string", "date": "date", "double": "real", "integer": "integer"}
_GML_GEOMETRY_KINDS = {
    "PointPropertyType": "point", "CurvePropertyType": "curve", "SurfacePropertyType": "surface",
    "MultiPointPropertyType": "multipoint", "MultiCurvePropertyType": "multicurve",
    "MultiSurfacePropertyType": "multisurface", "GeometryPropertyType": "any",
}


def _xsd_name(qname, prefixes):
    prefix, _, local = qname.rpartition(":")
    return prefixes.get(prefix, ""), local


@functools.lru_cache(maxsize=None)
def xsd_model():
    """The PCRS v2.0 model from CNIG_PCRS_v2.0.xsd and CNIG_PCRS-INFO_v2.0.xsd."""
    elements, types, simple = {}, {}, {}
    for ns, path in count_features.SCHEMAS.items():
        prefixes = count_features._prefixes(path)
        root = ET.parse(path).getroot()
        for el in root.findall("{%s}element" % NS_XSD):
            elements[el.get("name")] = (ns, el, prefixes)
        for ct in root.findall("{%s}complexType" % NS_XSD):
            types[ct.get("name")] = (ct, prefixes)
        for st in root.findall("{%s}simpleType" % NS_XSD):
            simple[st.get("name")] = st

    def codelist(name):
        st = simple[name]
        union = st.find("{%s}union" % NS_XSD)
        if union is not None:
            member = union.get("memberTypes").split()[0].split(":")[1]
            return codelist(member)[0], True
        codes = tuple(e.get("value") for e in st.iter("{%s}enumeration" % NS_XSD))
        return codes, False

    def target_of(complex_type):
        # The referenced element, directly in the sequence or in an extension of
        # gml:AbstractFeatureMemberType.
        return next(e for e in complex_type.iter("{%s}element" % NS_XSD)).get("ref")

    def classify(el, prefixes):
        min_occurs = int(el.get("minOccurs", "1"))
        max_occurs = -1 if el.get("maxOccurs") == "unbounded" else int(el.get("maxOccurs", "1"))
        typ = el.get("type")
        if typ is None:
            ref_ns, ref = _xsd_name(target_of(el.find("{%s}complexType" % NS_XSD)), prefixes)
            if ref_ns == NS_GML:
                return XsdProperty(el.get("name"), "geometry", min_occurs, max_occurs, "polygon")
            return XsdProperty(el.get("name"), "link", min_occurs, max_occurs, ref)
        typ_ns, local = _xsd_name(typ, prefixes)
        if typ_ns == NS_XSD:
            return XsdProperty(el.get("name"), _SIMPLE_KINDS[local], min_occurs, max_occurs)
        if typ_ns == NS_GML:
            return XsdProperty(el.get("name"), "geometry", min_occurs, max_occurs,
                               _GML_GEOMETRY_KINDS[local])
        if local in simple:
            return XsdProperty(el.get("name"), "code", min_occurs, max_occurs, local)
        ct, ct_prefixes = types[local]
        return XsdProperty(el.get("name"), "link", min_occurs, max_occurs,
                           _xsd_name(target_of(ct), ct_prefixes)[1])

    def properties(type_name):
        """Properties of a complex type, those of its base types first (XSD order)."""
        ct, prefixes = types[type_name]
        ext = ct.find("{%s}complexContent/{%s}extension" % (NS_XSD, NS_XSD))
        base_ns, base = _xsd_name(ext.get("base"), prefixes)
        inherited = properties(base) if base_ns != NS_GML else ()
        seq = ext.find("{%s}sequence" % NS_XSD)
        own = tuple(classify(e, prefixes) for e in (seq if seq is not None else ())
                    if e.tag == "{%s}element" % NS_XSD)
        return inherited + own

    concrete = count_features.concrete_classes()
    classes = {}
    for name, (ns, el, prefixes) in elements.items():
        group = el.get("substitutionGroup")
        if not group or name in ("PlanCorpsRueSimplifie", "PCRSFeatureMemberType"):
            continue
        head_ns, head = _xsd_name(group, prefixes)
        classes[name] = XsdClass(name, ns, name not in concrete[ns],
                                 head if head_ns != NS_GML else None,
                                 properties(_xsd_name(el.get("type"), prefixes)[1]))
    codelists = {name: codelist(name) for name in simple
                 if not name.endswith(("EnumerationType", "OtherType"))}
    return XsdModel(classes, codelists)


def domain_name(codelist_type):
    """Field domain name of a code list: the standard's name, i.e. the XSD simple type name
    without its doubled 'Type' suffix (CategoriePrecisionPCRSTypeType -> CategoriePrecisionPCRSType)."""
    assert codelist_type.endswith("Type")
    return codelist_type[:-len("Type")]


OGR_GEOMETRY_TYPES = {
    "point": ogr.wkbPoint25D, "curve": ogr.wkbCompoundCurveZ, "polygon": ogr.wkbCurvePolygonZ,
    "surface": ogr.wkbCurvePolygonZ, "multipoint": ogr.wkbMultiPoint25D,
    "multicurve": ogr.wkbMultiCurveZ, "multisurface": ogr.wkbMultiSurfaceZ, "any": ogr.wkbUnknown,
}


def expected_geometry_type(cls):
    return OGR_GEOMETRY_TYPES[cls.geometry.detail] if cls.geometry else ogr.wkbNone


def expected_field_type(prop):
    """(OGR field type) the contract gives to a property."""
    if prop.kind in ("string", "code", "link"):
        return ogr.OFTStringList if prop.is_list else ogr.OFTString
    return {"date": ogr.OFTDate, "real": ogr.OFTReal, "integer": ogr.OFTInteger}[prop.kind]


# ---------------------------------------------------------------------------------------------
# Independent reading of the XML: features, links, geometries


def _split(tag):
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


@dataclasses.dataclass
class XmlFeature:
    cls: str
    gml_id: str
    element: ET.Element


def xml_features(path):
    """[XmlFeature] of a PCRS file in document order, nested ones included."""
    classes = count_features.concrete_classes()
    tree = ET.parse(str(path))
    result = []
    for el in tree.iter():
        ns, local = _split(el.tag) if isinstance(el.tag, str) else ("", "")
        if local in classes.get(ns, ()):
            result.append(XmlFeature(local, el.get(GML_ID), el))
    return result


def href_target(href):
    """gml:id designated by an xlink:href in any of the forms id, #id, file.gml#id."""
    return href.rpartition("#")[2]


def xml_links(path):
    """[(owner class, owner gml:id, property, target gml:id)] of every link of the file: hrefs
    and inline nested features, in document order."""
    model = xsd_model()
    links = []
    for feat in xml_features(path):
        cls = model.classes[feat.cls]
        link_names = {p.name for p in cls.properties if p.kind == "link"}
        for child in feat.element:
            ns, local = _split(child.tag)
            if local not in link_names:
                continue
            href = child.get(XLINK_HREF)
            if href is not None:
                links.append((feat.cls, feat.gml_id, local, href_target(href)))
            else:
                nested = list(child)
                if nested:
                    links.append((feat.cls, feat.gml_id, local, nested[0].get(GML_ID)))
    return links


_LINE = {"LineString", "LineStringSegment", "LinearRing"}
_ARC = {"Arc", "ArcString"}
_POINT = {"Point"}


def _crs_swaps_axes(srs_name):
    """GDAL's convention: URN/URL srsNames of lat/long CRSs are in authority (lat, long) order."""
    if not srs_name or not srs_name.lower().startswith(("urn:", "http")):
        return False
    code = int(re.search(r"(\d+)\s*$", srs_name).group(1))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(code)
    return bool(srs.EPSGTreatsAsLatLong())


def _parse_coordinates(el):
    cs, ts, dec = el.get("cs", ","), el.get("ts", " "), el.get("decimal", ".")
    text = el.text.strip()
    tuples = text.split() if ts.strip() == "" else [t.strip() for t in text.split(ts) if t.strip()]
    return [tuple(float(v.strip().replace(dec, ".")) for v in t.split(cs)) for t in tuples]


def _xml_parts(el, dim, parts, current):
    ns, local = _split(el.tag)
    if ns != NS_GML:
        return
    dim = int(el.get("srsDimension")) if el.get("srsDimension") else dim
    if local in _LINE or local in _ARC or local in _POINT:
        kind = "line" if local in _LINE else "arc" if local in _ARC else "point"
        current = [kind, []]
        parts.append(current)
    if local in ("pos", "posList"):
        values = [float(v) for v in el.text.split()]
        d = dim or (len(values) if local == "pos" else 2)
        current[1].extend(tuple(values[i:i + d]) for i in range(0, len(values), d))
        return
    if local == "coordinates":
        current[1].extend(_parse_coordinates(el))
        return
    for child in el:
        _xml_parts(child, dim, parts, current)


def xml_geometry_parts(geometry_element):
    """Vertex sequence of a GML geometry as normalised parts [(kind, [points])]."""
    parts = []
    _xml_parts(geometry_element, None, parts, None)
    if _crs_swaps_axes(geometry_element.get("srsName")):
        parts = [(k, [(p[1], p[0]) + tuple(p[2:]) for p in pts]) for k, pts in parts]
    return normalise_parts(parts)


def xml_geometries(path):
    """{gml:id: (class, parts or None)} for every feature of a class with geometry."""
    model = xsd_model()
    result = {}
    for feat in xml_features(path):
        geom_prop = model.classes[feat.cls].geometry
        if geom_prop is None:
            continue
        parts = None
        for child in feat.element:
            if _split(child.tag)[1] == geom_prop.name and len(child):
                parts = xml_geometry_parts(child[0])
        result[feat.gml_id] = (feat.cls, parts)
    return result


# ---------------------------------------------------------------------------------------------
# Geometry comparison


def ogr_geometry_parts(geom):
    """Vertex sequence of an OGR geometry as normalised parts [(kind, [points])]."""
    parts = []

    def visit(g):
        t = ogr.GT_Flatten(g.GetGeometryType())
        if t == ogr.wkbPoint:
            if not g.IsEmpty():
                parts.append(("point", [g.GetPoint() if g.Is3D() else g.GetPoint_2D()]))
        elif t in (ogr.wkbLineString, ogr.wkbLinearRing):
            parts.append(("line", g.GetPoints() or []))
        elif t == ogr.wkbCircularString:
            parts.append(("arc", g.GetPoints() or []))
        else:
            for i in range(g.GetGeometryCount()):
                visit(g.GetGeometryRef(i))

    visit(geom)
    return normalise_parts(parts)


def normalise_parts(parts):
    """Joins consecutive line (or arc) parts that share an end point, so that a curve split into
    several segments of one kind compares equal to the same curve stored in one piece."""
    result = []
    for kind, pts in parts:
        pts = [tuple(p) for p in pts]
        if result and kind != "point" and result[-1][0] == kind and result[-1][1] and pts \
                and result[-1][1][-1] == pts[0]:
            result[-1][1].extend(pts[1:])
        else:
            result.append((kind, list(pts)))
    return result


def assert_parts_equal(actual, expected, tol=1e-9, what=""):
    assert [(k, len(p)) for k, p in actual] == [(k, len(p)) for k, p in expected], \
        f"{what}: part kinds/sizes differ: {[(k, len(p)) for k, p in actual]} != " \
        f"{[(k, len(p)) for k, p in expected]}"
    for (kind, apts), (_, epts) in zip(actual, expected):
        for a, e in zip(apts, epts):
            assert len(a) == len(e), f"{what}: dimension {len(a)} != {len(e)} at {a} vs {e}"
            assert all(abs(x - y) <= tol for x, y in zip(a, e)), f"{what}: {a} != {e}"


def _geom_points(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPoint:
        return [g.GetPoint() if g.Is3D() else g.GetPoint_2D()]
    return g.GetPoints() or []


def assert_geometry_equal(actual, expected, tol=1e-9, path="geometry"):
    """Same type names at every level (COMPOUNDCURVE, CIRCULARSTRING…), same dimension, same
    vertices within `tol`. `expected` is an OGR geometry or a WKT string."""
    if isinstance(expected, str):
        expected = ogr.CreateGeometryFromWkt(expected)
    assert actual is not None, f"{path}: null geometry, expected {expected.ExportToIsoWkt()}"
    assert actual.GetGeometryName() == expected.GetGeometryName(), \
        f"{path}: {actual.ExportToIsoWkt()} is not a {expected.GetGeometryName()}"
    assert actual.Is3D() == expected.Is3D(), \
        f"{path}: Is3D {actual.Is3D()} != {expected.Is3D()} ({actual.ExportToIsoWkt()})"
    t = ogr.GT_Flatten(expected.GetGeometryType())
    if t in (ogr.wkbPoint, ogr.wkbLineString, ogr.wkbLinearRing, ogr.wkbCircularString):
        a, e = _geom_points(actual), _geom_points(expected)
        assert len(a) == len(e), f"{path}: {len(a)} vertices != {len(e)}: {actual.ExportToIsoWkt()}"
        for i, (p, q) in enumerate(zip(a, e)):
            assert all(abs(x - y) <= tol for x, y in zip(p, q)), \
                f"{path}: vertex {i} {p} != {q}: {actual.ExportToIsoWkt()}"
        return
    assert actual.GetGeometryCount() == expected.GetGeometryCount(), \
        f"{path}: {actual.GetGeometryCount()} parts != {expected.GetGeometryCount()}: " \
        f"{actual.ExportToIsoWkt()}"
    for i in range(expected.GetGeometryCount()):
        assert_geometry_equal(actual.GetGeometryRef(i), expected.GetGeometryRef(i), tol,
                              f"{path}[{i}]")


# ---------------------------------------------------------------------------------------------
# ogrsf-like checks (what GDAL's test_ogrsf checks, rewritten for python3-gdal)


def _envelope_intersects(a, b):
    # OGR envelopes are (minx, maxx, miny, maxy)
    return a[0] <= b[1] and b[0] <= a[1] and a[2] <= b[3] and b[2] <= a[3]


def _sql_count(ds, layer_name, where=""):
    sql = f'SELECT COUNT(*) FROM "{layer_name}"' + (f" WHERE {where}" if where else "")
    lyr = ds.ExecuteSQL(sql)
    try:
        return lyr.GetNextFeature().GetField(0)
    finally:
        ds.ReleaseResultSet(lyr)


def check_feature_count(ds):
    for layer in layers(ds):
        n = len(read_all(layer))
        assert layer.GetFeatureCount() == n, layer.GetName()
        assert _sql_count(ds, layer.GetName()) == n, layer.GetName()
        assert _sql_count(ds, layer.GetName(), "0 = 1") == 0, layer.GetName()


def check_fids(ds):
    """FIDs are 1-based, in document order (sequential reading order)."""
    for layer in layers(ds):
        fids = [f.GetFID() for f in read_all(layer)]
        assert fids == list(range(1, len(fids) + 1)), layer.GetName()


def check_random_read(ds):
    for layer in layers(ds):
        features = read_all(layer)
        for f in features:
            g = layer.GetFeature(f.GetFID())
            assert g is not None and g.Equal(f), f"{layer.GetName()} FID {f.GetFID()}"
        for bad_fid in (0, -1, len(features) + 1):
            try:
                assert layer.GetFeature(bad_fid) is None, f"{layer.GetName()} FID {bad_fid}"
            except RuntimeError:
                pass  # GDAL's bindings may raise on a NULL feature with an error set


def check_set_next_by_index(ds):
    for layer in layers(ds):
        features = read_all(layer)
        n = len(features)
        for i in sorted({0, n // 2, n - 1}) if n else ():
            layer.SetNextByIndex(i)
            f = layer.GetNextFeature()
            assert f is not None and f.Equal(features[i]), f"{layer.GetName()} index {i}"
            if i + 1 < n:
                assert layer.GetNextFeature().Equal(features[i + 1]), f"{layer.GetName()} {i + 1}"
        try:
            layer.SetNextByIndex(n)
        except RuntimeError:
            pass
        else:
            assert layer.GetNextFeature() is None, layer.GetName()
        layer.ResetReading()


def check_reset_reading(ds):
    for layer in layers(ds):
        features = read_all(layer)
        if not features:
            assert layer.GetNextFeature() is None
            continue
        layer.GetNextFeature()
        layer.GetNextFeature()
        layer.ResetReading()
        assert layer.GetNextFeature().Equal(features[0]), layer.GetName()
        layer.ResetReading()


def check_spatial_filter(ds):
    """A rectangle over the left half of the extent selects at least the features whose geometry
    intersects it and at most those whose envelope does."""
    for layer in layers(ds):
        if layer.GetGeomType() == ogr.wkbNone:
            continue
        features = [f for f in read_all(layer) if f.GetGeometryRef() is not None]
        if not features:
            continue
        minx, maxx, miny, maxy = layer.GetExtent()
        half = (minx, (minx + maxx) / 2, miny, maxy)
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ((half[0], half[2]), (half[1], half[2]), (half[1], half[3]),
                     (half[0], half[3]), (half[0], half[2])):
            ring.AddPoint_2D(x, y)
        rect = ogr.Geometry(ogr.wkbPolygon)
        rect.AddGeometry(ring)
        strict = {f.GetFID() for f in features if f.GetGeometryRef().Intersects(rect)}
        loose = {f.GetFID() for f in features
                 if _envelope_intersects(f.GetGeometryRef().GetEnvelope(), half)}
        layer.SetSpatialFilterRect(*[half[0], half[2], half[1], half[3]])
        try:
            got = {f.GetFID() for f in read_all(layer)}
            assert strict <= got <= loose, \
                f"{layer.GetName()}: got {sorted(got)}, strict {sorted(strict)}, loose {sorted(loose)}"
            assert layer.GetFeatureCount() == len(got), layer.GetName()
            # A rectangle outside the extent selects nothing.
            layer.SetSpatialFilterRect(maxx + 1000, maxy + 1000, maxx + 2000, maxy + 2000)
            assert read_all(layer) == [], layer.GetName()
        finally:
            layer.SetSpatialFilter(None)
        assert len(read_all(layer)) == layer.GetFeatureCount(), layer.GetName()


def _sql_literal(value):
    return "'" + str(value).replace("'", "''") + "'"


def check_attribute_filter(ds):
    for layer in layers(ds):
        features = read_all(layer)
        if not features:
            continue
        defn = layer.GetLayerDefn()
        string_fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())
                         if defn.GetFieldDefn(i).GetType() == ogr.OFTString]
        probes = [("gml_id", features[len(features) // 2].GetField("gml_id"))]
        for name in ("thematique", *string_fields):
            if name in string_fields and name != "gml_id":
                values = [field_value(f, name) for f in features if field_value(f, name)]
                if values:
                    probes.append((name, values[0]))
                    break
        for name, value in probes:
            expected = {f.GetFID() for f in features if field_value(f, name) == value}
            layer.SetAttributeFilter(f'"{name}" = {_sql_literal(value)}')
            try:
                got = {f.GetFID() for f in read_all(layer)}
                assert got == expected, f"{layer.GetName()}: {name} = {value!r}"
                assert layer.GetFeatureCount() == len(expected)
            finally:
                layer.SetAttributeFilter(None)
        assert len(read_all(layer)) == len(features), layer.GetName()


def check_extent(ds, tol=1e-6):
    """GetExtent = union of the feature envelopes; no extent (an error, or GDAL's zeroed
    envelope) for a layer without geometries. Geometry-less layers: see
    test_pcrs_ogrsf.test_get_extent_without_geometry_field (guarded against hangs)."""
    for layer in layers(ds):
        if layer.GetGeomType() == ogr.wkbNone:
            continue
        envs = [f.GetGeometryRef().GetEnvelope() for f in read_all(layer)
                if f.GetGeometryRef() is not None and not f.GetGeometryRef().IsEmpty()]
        if not envs:
            try:
                assert layer.GetExtent() == (0, 0, 0, 0), layer.GetName()
            except RuntimeError:
                pass
            continue
        union = (min(e[0] for e in envs), max(e[1] for e in envs),
                 min(e[2] for e in envs), max(e[3] for e in envs))
        got = layer.GetExtent()
        assert all(abs(a - b) <= tol for a, b in zip(got, union)), \
            f"{layer.GetName()}: extent {got} != union of envelopes {union}"


def check_interleaved_reading(ds):
    """Alternating GetNextFeature() between two layers gives the same features as reading each."""
    lyrs = [layer for layer in layers(ds) if layer.GetFeatureCount() > 0]
    for a, b in zip(lyrs, lyrs[1:]):
        fa, fb = read_all(a), read_all(b)
        got_a, got_b = [], []
        for _ in range(max(len(fa), len(fb))):
            f = a.GetNextFeature()
            if f is not None:
                got_a.append(f)
            f = b.GetNextFeature()
            if f is not None:
                got_b.append(f)
        assert len(got_a) == len(fa) and all(x.Equal(y) for x, y in zip(got_a, fa)), a.GetName()
        assert len(got_b) == len(fb) and all(x.Equal(y) for x, y in zip(got_b, fb)), b.GetName()
        a.ResetReading()
        b.ResetReading()


def check_ignored_fields(ds):
    for layer in layers(ds):
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        if len(names) < 2:
            continue
        features = read_all(layer)
        ignored = names[1::2]
        kept = [n for n in names if n not in ignored]
        layer.SetIgnoredFields(ignored)
        try:
            got = read_all(layer)
            assert len(got) == len(features), layer.GetName()
            for f, g in zip(features, got):
                assert f.GetFID() == g.GetFID()
                for n in kept:
                    assert field_value(g, n) == field_value(f, n), f"{layer.GetName()}.{n}"
                if layer.TestCapability(ogr.OLCIgnoreFields):
                    for n in ignored:
                        assert field_value(g, n) is None, f"{layer.GetName()}.{n} not ignored"
                fg, gg = f.GetGeometryRef(), g.GetGeometryRef()
                assert (fg is None) == (gg is None) and (fg is None or fg.Equals(gg))
        finally:
            layer.SetIgnoredFields([])
    # Ignoring the geometry gives features without geometry.
    for layer in layers(ds):
        if layer.GetGeomType() == ogr.wkbNone:
            continue
        layer.SetIgnoredFields(["OGR_GEOMETRY"])
        try:
            if layer.TestCapability(ogr.OLCIgnoreFields):
                assert all(f.GetGeometryRef() is None for f in read_all(layer)), layer.GetName()
        finally:
            layer.SetIgnoredFields([])


def check_feature_srs(ds):
    for layer in layers(ds):
        srs = layer.GetSpatialRef()
        for f in read_all(layer):
            g = f.GetGeometryRef()
            if g is None:
                continue
            gsrs = g.GetSpatialReference()
            if srs is None:
                assert gsrs is None, f"{layer.GetName()} FID {f.GetFID()}"
            else:
                assert gsrs is not None and gsrs.IsSame(srs), f"{layer.GetName()} FID {f.GetFID()}"


def check_layer_errors(ds):
    n = ds.GetLayerCount()
    for index in (-1, n):
        assert ds.GetLayer(index) is None, index
    assert ds.GetLayerByName("NoSuchLayer") is None
    for layer in layers(ds):
        assert ds.GetLayerByName(layer.GetName()).GetName() == layer.GetName()
        assert not layer.TestCapability(ogr.OLCSequentialWrite)
        assert not layer.TestCapability("NoSuchCapability")


OGRSF_CHECKS = [
    check_feature_count, check_fids, check_random_read, check_set_next_by_index,
    check_reset_reading, check_spatial_filter, check_attribute_filter, check_extent,
    check_interleaved_reading, check_ignored_fields, check_feature_srs, check_layer_errors,
]


def translate_counts(src_path, dst_path, fmt="GPKG"):
    """Converts with gdal.VectorTranslate (ogr2ogr) and returns {layer: count} of the copy."""
    src = open_pcrs(src_path)
    out = gdal.VectorTranslate(str(dst_path), src, format=fmt)
    assert out is not None
    counts = {layer.GetName(): layer.GetFeatureCount() for layer in layers(out)}
    out = None
    return counts
