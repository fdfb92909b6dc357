#!/usr/bin/python3
"""A stand-in native host for the installer and doctor tests.

Speaks the frame format (a native-order uint32 length, then UTF-8 JSON) and answers hello
the way pagesift-host does. FAKE_HOST_MODE, read from a file beside this program (the
doctor starts hosts with the browser's arguments only, so no environment can be relied
on), selects a misbehaviour for the doctor to catch:

  ok         answer hello, exit at end of input
  stray      print a log line on stdout before the answer
  silent     read the request, never answer
  crash      exit with status 3 after a message on stderr, without answering
  wrong      answer as some other program
  linger     answer, then keep running after end of input
  badtypes   answer with every field of the wrong type
  huge       announce a 3 GB frame
  garbage    send a frame that is not JSON
"""
import json
import os
import struct
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
try:
    with open(os.path.join(here, "fake_host.mode")) as f:
        mode = f.read().strip()
except OSError:
    mode = "ok"

stdin = sys.stdin.buffer
stdout = sys.stdout.buffer


def read_frame():
    header = stdin.read(4)
    if len(header) < 4:
        return None
    (length,) = struct.unpack("=I", header)
    return json.loads(stdin.read(length))


def send(message):
    payload = json.dumps(message).encode()
    stdout.write(struct.pack("=I", len(payload)) + payload)
    stdout.flush()


HELLO = {"name": "pagesift", "version": "0.1.0", "protocol": 1,
         "capabilities": ["extract", "summarize", "save", "library", "cancel", "ping"],
         "maxRequestBytes": 67108864, "maxFrameBytes": 1048576}

while True:
    request = read_frame()
    if request is None:
        break
    if mode == "silent":
        time.sleep(60)
    if mode == "crash":
        sys.stderr.write("fake host: cannot open its database\n")
        sys.exit(3)
    if mode == "stray":
        stdout.write(b"Created the reader cache\n")
    if mode == "huge":
        stdout.write(struct.pack("=I", 3_000_000_000) + b"\xff" * 64)
        stdout.flush()
        continue
    if mode == "garbage":
        stdout.write(struct.pack("=I", 5) + b"\xff{{{\x00")
        stdout.flush()
        continue
    if mode == "badtypes":
        send({"id": request.get("id"), "ok": "yes", "result": ["pagesift"]})
        continue
    result = HELLO if mode != "wrong" else {"name": "someone-else", "protocol": 7}
    send({"id": request.get("id"), "ok": True, "result": result})

if mode == "linger":
    time.sleep(60)
