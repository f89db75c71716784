"""The real `mentord serve` as the soak runs it: started, killed with SIGKILL, restarted on the same port, measured.

The process is started directly (no shell in between), so the pid the soak kills and measures is the daemon's own.
Its pid is also written to `pid_file`, so `Tests/Soak/run`'s EXIT trap can stop it whatever happens to Python.
"""
import os
import signal
import subprocess
import time
import urllib.request


class Daemon:
    def __init__(self, binary, root, environment, port, log_path, pid_file):
        self.binary = binary
        self.root = root
        self.environment = environment
        self.port = port
        self.log_path = log_path
        self.pid_file = pid_file
        self.process = None
        self.starts = 0

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=60):
        """Starts `mentord serve` and waits for `/healthz`. Returns the seconds it took."""
        began = time.monotonic()
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen([self.binary, "serve"], cwd=self.root, env=self.environment, stdout=log, stderr=log,
                                        stdin=subprocess.DEVNULL)
        log.close()
        self.starts += 1
        with open(self.pid_file, "w") as handle:
            handle.write(str(self.process.pid))
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"mentord serve exited with {self.process.returncode} at start; see {self.log_path}")
            if self.healthy():
                return time.monotonic() - began
            time.sleep(0.1)
        raise RuntimeError(f"mentord serve did not answer /healthz within {timeout} s; see {self.log_path}")

    def healthy(self):
        try:
            with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def kill(self):
        """SIGKILL, as a crash or an OOM killer would: nothing is flushed or closed."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self, timeout=30):
        """SIGTERM and wait for the graceful shutdown. Returns the exit status."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return "killed after SIGTERM timed out"

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def rss_mb(self):
        """Resident set size from /proc/PID/status (VmRSS), in MiB."""
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS line in /proc/PID/status")
