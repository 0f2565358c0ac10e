"""Writes N PostgreSQL jsonlog entries to stdout, as `log_min_duration_statement = 0` logs
them: each a statement of one of a few shapes (selects, inserts with an e-mail literal,
updates, extended-protocol executes) with a sqlcommenter comment naming its own trace,
plus a connection line every 50 entries (not a statement). The last trace id goes to stderr."""
import json
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
rng = random.Random(7)
shapes = [
    "SELECT o.id, o.total, o.status FROM orders o WHERE o.customer_id = {i} ORDER BY o.created_at DESC LIMIT 20",
    "INSERT INTO customers (email, name, city) VALUES ('user{i}@example.com', 'Customer {i}', 'Lyon') RETURNING id",
    "UPDATE stock SET reserved = reserved + 1 WHERE sku = 'SKU-{i}' AND reserved < available",
    "SELECT p.id, p.title, p.price FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = $1 AND p.active",
]
out = sys.stdout
last = ""
for i in range(n):
    trace = f"{rng.getrandbits(128) | 1:032x}"
    span = f"{rng.getrandbits(64) | 1:016x}"
    last = trace
    sql = shapes[i % len(shapes)].format(i=i)
    comment = f"/*correlation_id='req-{i}',traceparent='00-{trace}-{span}-01'*/"
    verb = "execute <unnamed>" if i % 4 == 3 else "statement"
    entry = {
        "timestamp": f"2026-12-05 10:{(i // 60000) % 60:02d}:{(i // 1000) % 60:02d}.{i % 1000:03d} UTC",
        "user": "app", "dbname": "shop", "pid": 4000 + i % 16, "remote_host": "127.0.0.1", "remote_port": 51544,
        "session_id": f"65e6ee2d.{4000 + i % 16:x}", "line_num": i, "ps": sql.split()[0],
        "session_start": "2026-12-05 09:59:00 UTC", "vxid": "3/14", "txid": 0, "error_severity": "LOG",
        "message": f"duration: {rng.random() * 5:.3f} ms  {verb}: {sql} {comment}",
        "application_name": "backend", "backend_type": "client backend", "query_id": 0,
    }
    out.write(json.dumps(entry, separators=(",", ":")) + "\n")
    if i % 50 == 0:
        out.write(json.dumps({"timestamp": entry["timestamp"], "pid": 4000, "error_severity": "LOG",
                              "message": "connection authorized: user=app database=shop"}) + "\n")
sys.stderr.write(last + "\n")
