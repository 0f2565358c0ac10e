#!/usr/bin/env python3
"""Minimal ClickHouse HTTP interface in front of chdb (ClickHouse's engine, in-process).

For integration tests only: it lets the ClickHouse storage backend be exercised on a
machine without a ClickHouse server.  It is NOT a ClickHouse server; see README.md.

    python chdb_http.py --port PORT --path DATA_DIR [--user U --password P] [--port-file F]
                        [--compatibility 24.8]

Supported subset of https://clickhouse.com/docs/interfaces/http :
  * GET /ping, GET / (no query)                -> 200 "Ok.\\n"
  * GET|POST /?query=...  (+ POST body appended after "\\n"; or the body alone is the query)
  * request body Content-Encoding gzip / zstd / deflate; chunked request bodies
  * database / X-ClickHouse-Database, default_format / X-ClickHouse-Format, query_id
  * any other URL parameter is a ClickHouse setting for that one request
  * param_<name>=value query parameters ({name:Type} in the SQL)
  * auth: basic auth, X-ClickHouse-User/X-ClickHouse-Key, user/password URL params
  * response compression with enable_http_compression=1 + Accept-Encoding gzip/zstd
  * GET implies readonly, like the real server
Settings chdb defaults differently from a server (mutations_sync, implicit_select, ...) are
set back to server values; --compatibility 24.8 also applies that release's defaults
(async_insert=0, date_time_input_format=basic, ...) to mimic the oldest supported server.
Not supported: native compression (compress=1 / decompress=1), sessions (session_id is
ignored; all requests share one chdb session, with per-request state reset afterwards).
"""
import argparse, base64, gzip, os, re, signal, sys, threading, uuid, zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import zstandard  # pip install chdb zstandard
from chdb import session as chdb_session

# URL parameters that are part of the HTTP protocol, not ClickHouse settings.
NON_SETTINGS = {"query", "database", "default_format", "user", "password", "query_id",
                "session_id", "session_timeout", "session_check", "close_session", "compress",
                "decompress", "enable_http_compression", "quota_key", "role", "stacktrace",
                "buffer_size", "wait_end_of_query", "client_protocol_version"}
# Statements a GET request may run (ClickHouse sets readonly for GET).
READONLY_OK = {"SELECT", "WITH", "SHOW", "DESC", "DESCRIBE", "EXISTS", "EXPLAIN", "SET", "USE"}
LEADING_NOISE = re.compile(r"(\s+|--[^\n]*\n?|/\*.*?\*/|\()*", re.S)
FIRST_WORD = re.compile(r"[A-Za-z]+")
TRAILING_FORMAT = re.compile(r"\bFORMAT\s+([A-Za-z0-9_]+)(\s+SETTINGS\b[^;]*)?\s*;?\s*$", re.I)
SET_STATEMENT = re.compile(rb"(^|;)\s*SET\s", re.I)
CODE_RE = re.compile(r"Code: (\d+)\.")
# Settings whose clickhouse-local/chdb default differs from a ClickHouse server's.
SERVER_DEFAULTS = {"mutations_sync": 0,             # chdb: 1 (ALTER ... DELETE waits)
                   "implicit_select": 0,            # chdb: 1 (bare `1+1` is a query)
                   "allow_introspection_functions": 0}


class ChError(Exception):
    """An error answered in ClickHouse's `Code: N. DB::Exception: ...` form."""

    def __init__(self, code, text, status=500):
        super().__init__(text)
        self.code, self.text, self.status = code, text, status


def sql_string(value):
    """Quote a Python str as a ClickHouse string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def sql_ident(name):
    return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`"


def content_type(fmt):
    """Content-Type the real server sends for an output format (simplified)."""
    f = fmt.lower()
    if f.startswith(("json", "prettyjson")):
        return "application/json; charset=UTF-8"
    if f.startswith(("tabseparated", "tsv")):
        return "text/tab-separated-values; charset=UTF-8"
    if f.startswith(("rowbinary", "native", "parquet", "arrow", "orc", "avro", "protobuf",
                     "capnproto", "msgpack", "bson", "npy")):
        return "application/octet-stream"
    return "text/plain; charset=UTF-8"


class Engine:
    """One chdb session; every call is serialized through `lock` (the session also holds
    per-connection state -- current database, SET values -- that we reset per request)."""

    def __init__(self, path, compatibility=None):
        self.lock = threading.Lock()
        self.session = chdb_session.Session(path)
        self.version = self._run("SELECT version()").strip().decode()
        # clickhouse-local/chdb change some defaults; put back what a server would use.
        if compatibility:  # e.g. 24.8: the oldest server version production supports
            self._run(f"SET compatibility = {sql_string(compatibility)}")
        for name, value in SERVER_DEFAULTS.items():
            self._run(f"SET {name} = {value}")
        # The resulting changed settings are the state every request starts from.
        self.baseline = self._changed_settings()

    def _changed_settings(self):
        rows = self._run("SELECT name, value FROM system.settings WHERE changed")
        changed = dict(line.split("\t", 1) for line in rows.decode().splitlines())
        changed.pop("database", None)  # handled by USE on every request
        return changed

    def _run(self, sql, fmt="TabSeparated", params=None):
        try:
            return self.session.query(sql, fmt, params=params or None).bytes()
        except Exception as e:  # chdb raises ChdbError/RuntimeError with ClickHouse's text
            text = str(e).strip()
            m = CODE_RE.match(text)
            raise ChError(int(m.group(1)) if m else 1000, text) from None

    def _reset(self, name):
        """Put one setting back to its start-up value (errors ignored: best effort)."""
        value = self.baseline.get(name)
        try:
            self._run(f"SET {sql_ident(name)} = " + ("DEFAULT" if value is None else sql_string(value)))
        except ChError:
            pass

    def execute(self, sql, fmt, database, settings, params):
        with self.lock:
            if self.session is None:
                raise ChError(1000, "Code: 1000. DB::Exception: Server is shutting down.", 503)
            try:
                # No per-query default database in chdb: emulate with USE (always, so a
                # previous request's database never leaks).
                self._run("USE " + sql_ident(database or "default"))
                for name, value in settings.items():  # request-scoped settings
                    self._run(f"SET {sql_ident(name)} = {sql_string(value)}")
                return self._run(sql, fmt, params)
            finally:
                for name in settings:
                    self._reset(name)
                if SET_STATEMENT.search(sql) or "compatibility" in settings:
                    # A SET statement sent as the query applies to that request only in a
                    # real server (no session); `compatibility` changes many settings at
                    # once. Undo everything that differs from the baseline (~4 ms).
                    now = self._changed_settings()
                    for name in set(now) | set(self.baseline):
                        if now.get(name) != self.baseline.get(name):
                            self._reset(name)

    def close(self):
        with self.lock:
            if self.session is not None:
                self.session.close()
                self.session = None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as HTTP client pools expect
    disable_nagle_algorithm = True  # else headers+body writes cost a 40 ms delayed ACK
    server_version = "chdb_http"
    engine = None  # type: Engine
    auth = None    # (user, password) or None when auth is off

    def log_message(self, *args):  # quiet: tests start many requests
        pass

    def read_body(self):
        """Raw request body (Content-Length or chunked), decoded per Content-Encoding."""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    break
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            body = b"".join(parts)
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        enc = self.headers.get("Content-Encoding", "").lower().strip()
        if enc == "gzip":
            body = gzip.decompress(body)
        elif enc == "deflate":
            body = zlib.decompress(body)
        elif enc == "zstd":
            body = zstandard.ZstdDecompressor().decompressobj().decompress(body)
        elif enc not in ("", "identity"):
            raise ChError(48, f"Code: 48. DB::Exception: Unknown Content-Encoding: {enc}. (NOT_IMPLEMENTED)")
        return body

    def check_auth(self, args):
        if self.auth is None:
            return
        user = self.headers.get("X-ClickHouse-User") or args.get("user")
        password = self.headers.get("X-ClickHouse-Key") or args.get("password")
        basic = self.headers.get("Authorization", "")
        if basic.lower().startswith("basic "):
            user, _, password = base64.b64decode(basic[6:].strip()).decode().partition(":")
        user, password = user or "default", password or ""
        if (user, password) != self.auth:
            raise ChError(516, f"Code: 516. DB::Exception: {user}: Authentication failed: password "
                          "is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)", 401)

    def handle_request(self):
        query_id = str(uuid.uuid4())
        try:
            url = urlsplit(self.path)
            args = dict(parse_qsl(url.query, keep_blank_values=True))
            query_id = args.get("query_id") or query_id
            # Always consume the body first so keep-alive connections stay in sync.
            body = self.read_body() if self.command == "POST" else b""
            if url.path == "/ping" or (url.path == "/" and "query" not in args and self.command == "GET"):
                return self.reply(200, b"Ok.\n", "text/plain; charset=UTF-8", query_id)
            if url.path != "/":
                return self.reply(404, f"There is no handle {url.path}\n".encode(),
                                  "text/plain; charset=UTF-8", query_id)
            self.check_auth(args)
            if args.get("compress") == "1" or args.get("decompress") == "1":
                raise ChError(48, "Code: 48. DB::Exception: chdb_http does not implement ClickHouse "
                              "native compression (compress/decompress=1); disable client "
                              "compression. (NOT_IMPLEMENTED)")
            # The query: URL `query` + "\n" + body, or the body alone.
            sql = args["query"].encode() if "query" in args else b""
            if body:
                sql = sql + b"\n" + body if sql else body
            head = sql[:4096].decode("utf-8", "replace")
            if not head.strip():
                raise ChError(62, "Code: 62. DB::Exception: Empty query. (SYNTAX_ERROR)")
            kw = FIRST_WORD.match(head, LEADING_NOISE.match(head).end())
            kw = kw.group(0).upper() if kw else ""
            if self.command == "GET" and kw not in READONLY_OK:
                raise ChError(164, "Code: 164. DB::Exception: Cannot execute query in readonly "
                              "mode. For queries over HTTP, method GET implies readonly. You should "
                              "use method POST for modifying queries. (READONLY)")
            fmt = (args.get("default_format") or self.headers.get("X-ClickHouse-Format")
                   or "TabSeparated")
            # A FORMAT clause in the SQL wins over `fmt` inside chdb (as in ClickHouse);
            # find it only to send the matching Content-Type. INSERT's FORMAT is input.
            m = None
            if kw != "INSERT":
                m = TRAILING_FORMAT.search(args["query"] if "query" in args else sql.decode("utf-8", "replace"))
            out_fmt = m.group(1) if m else fmt
            database = args.get("database") or self.headers.get("X-ClickHouse-Database")
            settings = {k: v for k, v in args.items()
                        if k not in NON_SETTINGS and not k.startswith("param_")}
            params = {k[6:]: v for k, v in args.items() if k.startswith("param_")}
            out = self.engine.execute(sql, fmt, database, settings, params)
            self.reply(200, out, content_type(out_fmt), query_id, out_fmt,
                       args.get("enable_http_compression") == "1")
        except ChError as e:
            text = e.text if "(version " in e.text else f"{e.text} (version {self.engine.version})"
            self.reply(e.status, (text + "\n").encode(), "text/plain; charset=UTF-8", query_id,
                       extra={"X-ClickHouse-Exception-Code": str(e.code)})
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as e:  # malformed request (bad gzip, bad chunking, ...)
            msg = f"Code: 1000. DB::Exception: {type(e).__name__}: {e}. (POCO_EXCEPTION)\n"
            self.reply(500, msg.encode(), "text/plain; charset=UTF-8", query_id,
                       extra={"X-ClickHouse-Exception-Code": "1000"})

    def reply(self, status, data, ctype, query_id, fmt=None, compress=False, extra=None):
        headers = {"Content-Type": ctype, "X-ClickHouse-Server-Display-Name": "chdb",
                   "X-ClickHouse-Query-Id": query_id, **(extra or {})}
        if fmt:
            headers["X-ClickHouse-Format"] = fmt
        if compress:  # enable_http_compression=1: honour Accept-Encoding like the server
            accept = self.headers.get("Accept-Encoding", "").lower()
            if "zstd" in accept:
                data, headers["Content-Encoding"] = zstandard.ZstdCompressor().compress(data), "zstd"
            elif "gzip" in accept:
                data, headers["Content-Encoding"] = gzip.compress(data, 3), "gzip"
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_GET = do_POST = handle_request


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, required=True, help="0 picks a free port")
    ap.add_argument("--path", required=True, help="chdb data directory (persistent)")
    ap.add_argument("--user")
    ap.add_argument("--password")
    ap.add_argument("--port-file", help="write the listening port here (atomically)")
    ap.add_argument("--compatibility", help="ClickHouse `compatibility` setting, e.g. 24.8: "
                    "use that version's setting defaults (async_insert, date_time_input_format...)")
    ap.add_argument("--exit-with", type=int, metavar="PID",
                    help="stop when process PID is gone (a test run that started this server)")
    opts = ap.parse_args()

    os.makedirs(opts.path, exist_ok=True)
    Handler.engine = Engine(opts.path, opts.compatibility)
    if opts.user is not None or opts.password is not None:
        Handler.auth = (opts.user or "default", opts.password or "")
    server = ThreadingHTTPServer(("127.0.0.1", opts.port), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    if opts.port_file:  # the socket is listening now; publish the port atomically
        tmp = f"{opts.port_file}.{os.getpid()}.tmp"
        with open(tmp, "w") as f:
            f.write(f"{port}\n")
        os.replace(tmp, opts.port_file)

    def stop(signum, frame):  # shutdown() blocks until serve_forever returns: use a thread
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if opts.exit_with:
        def watch(pid=opts.exit_with):
            import time
            while True:
                time.sleep(0.5)
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    stop(None, None)
                    return
                except PermissionError:
                    pass
        threading.Thread(target=watch, daemon=True).start()
    print(f"chdb_http: ClickHouse {Handler.engine.version} (chdb) on http://127.0.0.1:{port}",
          file=sys.stderr, flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        Handler.engine.close()


if __name__ == "__main__":
    main()
