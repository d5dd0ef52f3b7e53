#!/usr/bin/python3
"""Build a large PCRS v2.0 file for benchmarks from the real Lyon samples.

One root (the first file's header and root start tag), then every featureMember of
the sample files in document order (classes interleaved, as producers write them),
repeated K times. In repetition k every gml:id (features and geometries), every business
identifier (idObjet…) and every xlink:href gets the suffix "_r<k>", so ids stay unique and every link resolves
inside the same repetition. Coordinates are not shifted.

The output is streamed; only the (small) samples are held in memory.

  make_big.py --size-mb 200 -o work/pcrs_200mb.gml     # stop once >= 200 MB (10^6 bytes)
  make_big.py --repeat 2 -o work/pcrs_r2.gml --check    # + id uniqueness / link check
"""

import argparse
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_SOURCES = sorted(glob.glob(os.path.join(
    REPO, "autotest", "data", "real", "cnigfr-PCRS", "20200716.*.gml")))

ROOT_START = re.compile(rb"<(?:[\w.-]+:)?PlanCorpsRueSimplifie\b[^>]*>")
FEATURE_MEMBER = re.compile(
    rb"<((?:[\w.-]+:)?featureMember)\b.*?</\1\s*>", re.S)
# Where the suffix goes: just before the closing quote of an id or href value.
# Business identifiers (idObjet…) get it too: they must be unique in a document.
ID_OR_HREF = re.compile(rb"\b(?:gml:id|xlink:href)\s*=\s*(\"[^\"]*|'[^']*)"
                        rb"|<(?:[\w.-]+:)?(?:idObjet|idHabillage|idEmprise|idNomVoirie|idNumeroVoirie|idPCRS)>[^<]*")
ROOT_END = re.compile(rb"</(?:[\w.-]+:)?PlanCorpsRueSimplifie\s*>")


def read_sample(path):
    with open(path, "rb") as f:
        return f.read()


def header_of(data, path):
    """Everything up to and including the root start tag (BOM and XML declaration kept)."""
    m = ROOT_START.search(data)
    if not m:
        sys.exit(f"{path}: no PlanCorpsRueSimplifie root start tag")
    return data[:m.end()]


def member_pieces(data, path):
    """The featureMembers of one file, cut at every place a suffix is inserted."""
    blocks = [m.group(0) for m in FEATURE_MEMBER.finditer(data)]
    if not blocks:
        sys.exit(f"{path}: no featureMember")
    text = b"".join(b"\n\t" + b for b in blocks)
    pieces, start = [], 0
    for m in ID_OR_HREF.finditer(text):
        pieces.append(text[start:m.end()])
        start = m.end()
    pieces.append(text[start:])
    return pieces, len(blocks)


def write_big(sources, out_path, repeat, size_bytes):
    header = header_of(read_sample(sources[0]), sources[0])
    all_pieces, members_per_rep = [], 0
    for path in sources:
        pieces, count = member_pieces(read_sample(path), path)
        all_pieces.append(pieces)
        members_per_rep += count

    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    tmp_path = out_path + ".part"
    written, k = 0, 0
    with open(tmp_path, "wb", buffering=1 << 20) as out:
        written += out.write(header)
        while (repeat is not None and k < repeat) or (repeat is None and written < size_bytes):
            k += 1
            suffix = b"_r%d" % k
            for pieces in all_pieces:
                written += out.write(suffix.join(pieces))
        written += out.write(b"\n</PlanCorpsRueSimplifie>\n")
    os.replace(tmp_path, out_path)
    return k, k * members_per_rep, written


def check_ids(path):
    """Stream the file: every gml:id unique, every href names an id of the file."""
    ids, hrefs, duplicates = set(), set(), []
    value = re.compile(rb"\b(gml:id|xlink:href)\s*=\s*[\"']([^\"']*)")
    with open(path, "rb") as f:
        for line in f:
            for m in value.finditer(line):
                name, v = m.group(1), m.group(2)
                if name == b"gml:id":
                    if v in ids:
                        duplicates.append(v)
                    ids.add(v)
                else:
                    hrefs.add(v.rpartition(b"#")[2])
    dangling = hrefs - ids
    print(f"{path}: {len(ids)} gml:id, {len(duplicates)} duplicated, "
          f"{len(hrefs)} distinct hrefs, {len(dangling)} dangling")
    for v in (duplicates + sorted(dangling))[:10]:
        print("  problem:", v.decode(errors="replace"))
    return not duplicates and not dangling


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--size-mb", type=float, default=None,
                       help="target size in MB of 10^6 bytes (default 200); whole repetitions")
    group.add_argument("--repeat", type=int, default=None, help="number of repetitions K")
    ap.add_argument("-o", "--output", default=None,
                    help="output file (default autotest/bench/work/pcrs_big_<size>.gml)")
    ap.add_argument("--check", action="store_true",
                    help="after writing, check id uniqueness and that every href resolves")
    ap.add_argument("sources", nargs="*", help="sample files (default: the 5 Lyon files)")
    args = ap.parse_args()

    sources = args.sources or DEFAULT_SOURCES
    if not sources:
        sys.exit("no sample files found")
    if args.repeat is not None and args.repeat < 1:
        sys.exit("--repeat must be >= 1")
    size_mb = args.size_mb if args.size_mb is not None else 200.0
    out = args.output or os.path.join(
        HERE, "work",
        f"pcrs_big_r{args.repeat}.gml" if args.repeat else f"pcrs_big_{size_mb:g}mb.gml")

    reps, members, written = write_big(sources, out, args.repeat, int(size_mb * 1e6))
    print(f"{out}: {written / 1e6:.1f} MB, {reps} repetitions of {len(sources)} files, "
          f"{members} features")
    if args.check and not check_ids(out):
        sys.exit(1)


if __name__ == "__main__":
    main()
