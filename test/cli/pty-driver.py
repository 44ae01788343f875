"""Runs a command in a pseudo-terminal and drives it like a person at a keyboard.

usage: python3 pty-driver.py SCRIPT_JSON -- COMMAND [ARGS...]

SCRIPT_JSON is a list of [wait_for, keys] pairs: wait until `wait_for` appears in the output (after the
previous match), then type `keys`. Everything the command printed is written to stdout at the end; the exit
status is the command's. Exits with 124 if a wait times out (the output so far goes to stdout).
"""
import codecs
import fcntl
import json
import os
import pty
import select
import struct
import sys
import termios
import time

TIMEOUT = 30.0


def main() -> int:
    split = sys.argv.index("--")
    script = json.loads(sys.argv[1])
    command = sys.argv[split + 1 :]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    # A real terminal size: prompts wrap and page by it.
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    output = ""
    cursor = 0

    def read(timeout: float) -> bool:
        nonlocal output
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        output += decoder.decode(data)
        return True

    for wait_for, keys in script:
        deadline = time.monotonic() + TIMEOUT
        while output.find(wait_for, cursor) == -1:
            if time.monotonic() > deadline or not read(0.2):
                if output.find(wait_for, cursor) != -1:
                    break
                sys.stdout.write(output)
                sys.stderr.write(f"pty-driver: timed out waiting for {wait_for!r}\n")
                os.kill(pid, 9)
                return 124
        cursor = output.find(wait_for, cursor) + len(wait_for)
        # Let the prompt finish drawing before typing.
        time.sleep(0.15)
        while read(0.05) and select.select([fd], [], [], 0)[0]:
            pass
        os.write(fd, keys.encode("utf-8"))
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline and read(0.2):
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(output)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
