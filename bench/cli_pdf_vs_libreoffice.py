#!/usr/bin/env python3
"""Times Accord's command-line PDF export against LibreOffice's CSV-to-PDF conversion, side by side (issue 6).

Interleaved pairs, each a whole process from a cold start: LibreOffice through the peer's lo_convert.sh (a warmed
profile), then `accord ... export WORKSHOP --format pdf`. Prints each pair and the medians, with the ratio
Accord/LibreOffice (target: 0.5 or less).

usage: cli_pdf_vs_libreoffice.py [--pairs 9] [--pause 1.0] CSV DATA_FOLDER [WORKSHOP]

  CSV          the matrix LibreOffice converts (the peer's make_matrix.py --activities 300 --roles 12 --seed 1)
  DATA_FOLDER  an Accord data folder holding the same matrix (see README, Performance: BenchData DIR CSV)
  --pause      seconds of idle before every timed run (default 1.0). On this 2-core machine a process started
               the moment LibreOffice exits runs some 10 % slower than on an idle machine, so without a pause
               the order of the pair decides part of the ratio; both programs get the same pause.
Needs: libreoffice-calc, the installed `accord` command, ../shared/tools/peer/lo_convert.sh (or PEER=folder).
"""
import argparse, os, statistics, subprocess, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser()
parser.add_argument("--pairs", type=int, default=9)
parser.add_argument("--pause", type=float, default=1.0)
parser.add_argument("csv")
parser.add_argument("data")
parser.add_argument("workshop", nargs="?", default="1")
args = parser.parse_args()
peer = os.environ.get("PEER", os.path.join(here, "..", "..", "shared", "tools", "peer"))
out = tempfile.mkdtemp(prefix="accord-peer-")
libreoffice = [os.path.join(peer, "lo_convert.sh"), args.csv, "pdf", out, os.path.join(out, "profile")]
accord = ["accord", "--data", args.data, "export", args.workshop, "--format", "pdf",
          "--output", os.path.join(out, "accord.pdf"), "--force"]


def seconds(command):
    time.sleep(args.pause)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


seconds(libreoffice)  # makes and warms LibreOffice's profile
seconds(accord)
lo, acc, ratios = [], [], []
for pair in range(args.pairs):
    lo.append(seconds(libreoffice))
    acc.append(seconds(accord))
    ratios.append(acc[-1] / lo[-1])
    print(f"pair {pair + 1}: LibreOffice {lo[-1]:.3f} s, Accord {acc[-1]:.3f} s, ratio {ratios[-1]:.2f}", flush=True)
m = statistics.median
print(f"LibreOffice {m(lo):.3f} s ({min(lo):.3f}-{max(lo):.3f}), Accord {m(acc):.3f} s ({min(acc):.3f}-{max(acc):.3f}), "
      f"Accord/LibreOffice {m(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f}), {args.pairs} pairs, pause {args.pause} s")
