#!/usr/bin/env python3
"""Hostile-client measurements for `herald serve` (issue 12), figures for
docs/api.md, never asserted in tests:

  bench/http_hostile.py PORT SERVER_PID      (memory: the server's RssAnon, heap not file cache)

1. 40 clients sending one header line every 2 s: a well-behaved client's latency.
2. 200 idle sockets: a new request's latency.
3. A 1,000 MB chunked POST to /api/code: time to the 413, server memory.
4. Four 1 MB POSTs to /api/code at once: server memory after.
"""
import socket, sys, threading, time

port, pid = int(sys.argv[1]), int(sys.argv[2])

def rss_mb():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024
    return 0.0

def timed_get(path="/api/health"):
    t = time.monotonic()
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    data = b""
    while True:
        b = s.recv(65536)
        if not b:
            break
        data += b
    s.close()
    return time.monotonic() - t, data.split(b"\r\n", 1)[0].decode()

print(f"server memory at start: {rss_mb():.0f} MB")

# 1. slow clients
stop = threading.Event()
def slow():
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /api/health HTTP/1.1\r\n")
    i = 0
    while not stop.is_set():
        time.sleep(2)
        try:
            s.sendall(f"X-Slow-{i}: x\r\n".encode())
        except OSError:
            return
        i += 1
threads = [threading.Thread(target=slow, daemon=True) for _ in range(40)]
for t in threads: t.start()
time.sleep(1)
lat = [timed_get()[0] for _ in range(20)]
print(f"40 slow clients: well-behaved GET /api/health max {max(lat)*1000:.1f} ms, median {sorted(lat)[10]*1000:.1f} ms")
stop.set()

# 2. idle sockets
idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(200)]
time.sleep(0.5)
lat = [timed_get("/api/events?limit=50")[0] for _ in range(10)]
print(f"200 idle sockets: GET /api/events?limit=50 max {max(lat)*1000:.1f} ms")
for s in idle: s.close()

# 3. a 1,000 MB chunked POST
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")
chunk = b"100000\r\n" + b"a" * 0x100000 + b"\r\n"
t = time.monotonic(); sent = 0; peak = 0.0
try:
    for _ in range(1000):
        s.sendall(chunk); sent += 1
        peak = max(peak, rss_mb())
except OSError as e:
    pass
s.settimeout(10)
try:
    answer = s.recv(4096).split(b"\r\n", 1)[0].decode()
except OSError as e:
    answer = f"({e})"
print(f"1,000 MB chunked POST: {sent} MB sent before the server closed, answer '{answer}', "
      f"{time.monotonic()-t:.2f} s, server peak memory {peak:.0f} MB")
s.close()

# 4. four 1 MB POSTs at once
body = ("Israeli troops attacked Hamas fighters in Gaza on Tuesday, the military said. " * 13000)[:1000000].encode()
results = []
def post():
    c = socket.create_connection(("127.0.0.1", port), timeout=600)
    c.sendall(b"POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nConnection: close\r\n"
              + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    data = b""
    while True:
        b = c.recv(65536)
        if not b: break
        data += b
    results.append(data.split(b"\r\n", 1)[0].decode())
t = time.monotonic(); peak = 0.0
ps = [threading.Thread(target=post) for _ in range(4)]
for p in ps: p.start()
while any(p.is_alive() for p in ps):
    peak = max(peak, rss_mb()); time.sleep(0.2)
time.sleep(1)
print(f"four 1 MB POST /api/code: {results}, {time.monotonic()-t:.1f} s, peak {peak:.0f} MB, after {rss_mb():.0f} MB")
