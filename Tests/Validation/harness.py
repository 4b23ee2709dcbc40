"""What both validation scripts share: the binary under test, running it, and counting checks."""
import os, subprocess, sys


class Harness:
    """Runs the built `fellowship` (colour off) and tallies checks; `finish` prints the tally and exits."""

    def __init__(self, name, columns=None):
        self.name = name
        self.binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/fellowship")
        self.env = {**os.environ, "NO_COLOR": "1", **({"COLUMNS": str(columns)} if columns else {})}
        self.failures = []
        self.checks = 0

    def check(self, condition, message):
        self.checks += 1
        if not condition:
            self.failures.append(message)
            print("FAIL", message)

    def run(self, *args):
        return subprocess.run([self.binary, *args], capture_output=True, text=True, env=self.env)

    def finish(self):
        print(f"{self.name}: {self.checks - len(self.failures)} passed, {len(self.failures)} failed")
        sys.exit(1 if self.failures else 0)
