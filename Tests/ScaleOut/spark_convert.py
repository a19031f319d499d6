#!/usr/bin/env python3
"""Convert a JSON Lines catalogue with crosswalk inside Apache Spark's RDD.pipe, and merge the parts.

    spark_convert.py CROSSWALK INPUT.jsonl OUTPUT FORMAT [PARTITIONS] [-- CROSSWALK-OPTIONS...]

Each partition of INPUT is piped through `crosswalk convert - --from jsonl --to FORMAT --part records`,
which writes the records without the document's head and tail (no XML declaration or root element,
no CSV header). The parts are saved in partition order; the head and the tail are written once, by
`crosswalk convert` on an empty input with `--part head` and `--part tail`, and OUTPUT is
head + parts + tail: the same bytes as one `crosswalk convert INPUT --to FORMAT` run.

CSV needs a fixed header for that, so give the columns: `-- --columns id,title,date`.
"""
import glob
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

from pyspark import SparkConf, SparkContext


def frame(crosswalk, fmt, part, options):
    return subprocess.run([crosswalk, "convert", "-", "--from", "jsonl", "--to", fmt, "--part", part, "-q"] + options,
                          input=b"", stdout=subprocess.PIPE, check=True).stdout


def main(argv):
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    if len(argv) < 5:
        sys.exit(__doc__)
    crosswalk, source, target, fmt = os.path.abspath(argv[1]), argv[2], argv[3], argv[4]
    partitions = int(argv[5]) if len(argv) > 5 else 8
    conf = (SparkConf().setMaster("local[2]").setAppName("crosswalk")
            .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    parts = tempfile.mkdtemp(prefix="crosswalk-spark-")
    shutil.rmtree(parts)
    try:
        command = [crosswalk, "convert", "-", "--from", "jsonl", "--to", fmt, "--part", "records", "-q"] + extra
        # RDD.pipe feeds each partition's lines to one crosswalk process and gives back its output lines,
        # in order; saveAsTextFile writes one part-NNNNN file per partition, in partition order.
        sc.textFile(source, minPartitions=partitions).pipe(shlex.join(command)).saveAsTextFile(parts)
        with open(target, "wb") as out:
            out.write(frame(crosswalk, fmt, "head", extra))
            for part in sorted(glob.glob(os.path.join(parts, "part-*"))):
                with open(part, "rb") as f:
                    shutil.copyfileobj(f, out)
            out.write(frame(crosswalk, fmt, "tail", extra))
    finally:
        sc.stop()
        shutil.rmtree(parts, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
