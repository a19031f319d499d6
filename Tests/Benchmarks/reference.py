"""Reference conversions with Python's standard library, for the benchmark's ratios.

It does the same parse-and-serialise work as `crosswalk convert` for JSON, JSON Lines and CSV
(flattening agents per role and multi-valued cells with " | "), without validation."""
import csv, json, sys

ROLES = ["creator", "recipient", "translator", "editor", "contributor"]
COLS = ["id", "type", "genre", "title", "date", *ROLES, "description", "subjects", "places", "languages",
        "archive.name", "archive.location", "local"]

def name(a):
    if "literal" in a:
        return a["literal"]
    return a["family"] + ", " + a.get("given", "")

def flatten(r):
    row = {k: r.get(k, "") for k in ["id", "type", "genre", "title", "date", "description"]}
    for role in ROLES:
        row[role] = " | ".join(name(a) for a in r.get("agents", []) if a["role"] == role)
    for k in ["subjects", "places", "languages"]:
        row[k] = " | ".join(r.get(k, []))
    arch = r.get("archive", {})
    row["archive.name"] = arch.get("name", "")
    row["archive.location"] = arch.get("location", "")
    row["local"] = " | ".join(i["value"] for i in r.get("identifiers", []) if i["scheme"] == "local")
    return row

def unflatten(row):
    r = {k: row[k] for k in ["id", "type", "genre", "title", "date", "description"] if row.get(k)}
    r["agents"] = [{"role": role, "literal": n} for role in ROLES for n in row.get(role, "").split(" | ") if n]
    for k in ["subjects", "places", "languages"]:
        if row.get(k):
            r[k] = row[k].split(" | ")
    return r

def main(src, dst, path):
    out = sys.stdout
    if src == "json":
        records = json.load(open(path, encoding="utf-8"))
    elif src == "jsonl":
        records = (json.loads(line) for line in open(path, encoding="utf-8"))
    else:
        records = (unflatten(row) for row in csv.DictReader(open(path, encoding="utf-8", newline="")))
    if dst == "csv":
        w = csv.DictWriter(out, fieldnames=COLS)
        w.writeheader()
        for r in records:
            w.writerow(flatten(r))
    elif dst == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        json.dump(list(records), out, ensure_ascii=False, indent=2)

main(*sys.argv[1:4])
