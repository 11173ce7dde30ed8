"""One warm LibreOffice driven through UNO: run as a script by a Python that has ``uno``.

    python unoworker.py SOFFICE FOLDER PIPE_NAME [MEMORY_BYTES]

It starts ``soffice`` listening on a named pipe with its own profile in FOLDER, connects to
it, prints ``{"ready": true}`` and then converts one document per line read on standard input
(``{"in": path, "out": path, "filter": name, "data": {option: value}}``), answering each with
``{"ok": true}`` or ``{"error": text}``. When standard input closes it stops LibreOffice and
removes FOLDER, so that the process that started it need not wait. MEMORY_BYTES, when given,
bounds LibreOffice's address space (``RLIMIT_AS``, inherited by what it starts).

This file imports nothing from ntm_docgen: the Python that runs it (often the system's, where
LibreOffice's ``uno`` module lives) need not have the project installed.
"""

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

START_TIMEOUT = 60.0


def reply(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class NotStarted(Exception):
    """Raised when LibreOffice exits or stays silent before it can be reached; its argument is
    the reply's data (``exited``: the status, ``timeout``: the seconds waited), which the
    parent says in the user's language."""


def connect(pipe, office):
    """The remote desktop of the LibreOffice listening on ``pipe`` (waiting for it to start)."""
    import uno
    from com.sun.star.connection import NoConnectException

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            remote = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            if office.poll() is not None:
                raise NotStarted({"exited": office.returncode}) from None
            if time.monotonic() > deadline:
                raise NotStarted({"timeout": START_TIMEOUT}) from None
            time.sleep(0.05)
    return remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", remote)


def properties(values):
    from com.sun.star.beans import PropertyValue

    return tuple(PropertyValue(Name=name, Value=value) for name, value in values.items())


def convert(desktop, request):
    """Open one document hidden and read-only, export it with the filter asked for, close it."""
    import uno

    source = uno.systemPathToFileUrl(os.path.abspath(request["in"]))
    target = uno.systemPathToFileUrl(os.path.abspath(request["out"]))
    document = desktop.loadComponentFromURL(
        source, "_blank", 0, properties({"Hidden": True, "ReadOnly": True}))
    if document is None:
        raise RuntimeError("LibreOffice could not open the document")
    try:
        store = {"FilterName": request["filter"], "Overwrite": True}
        data = request.get("data") or {}
        if data:
            store["FilterData"] = uno.Any("[]com.sun.star.beans.PropertyValue",
                                          properties(data))
        document.storeToURL(target, properties(store))
    finally:
        document.close(True)


def bound_memory(limit):
    """Lower this process's address space limit to ``limit`` bytes (run in the child before
    LibreOffice starts; a limit already lower is kept)."""
    import resource

    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    limit = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def main():
    soffice, folder, pipe = sys.argv[1:4]
    memory = int(sys.argv[4]) if len(sys.argv) > 4 else None
    profile = "file://" + os.path.join(os.path.abspath(folder), "profile")
    # LibreOffice's own temporary files (lu*.tmp) in the folder removed with the profile, not
    # in the temporary folder, where one killed with its office leaves them
    scratch = os.path.join(os.path.abspath(folder), "tmp")
    os.makedirs(scratch, exist_ok=True)
    env = dict(os.environ, TMPDIR=scratch, TMP=scratch, TEMP=scratch)
    office = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--nocrashreport", "--nodefault", "--nologo",
         "--nofirststartwizard", "--norestore", f"-env:UserInstallation={profile}",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=env, preexec_fn=None if memory is None else lambda: bound_memory(memory))
    try:
        try:
            desktop = connect(pipe, office)
        except NotStarted as e:  # told to the parent, which says it in the user's words
            reply({"error": "not started", **e.args[0]})
            return
        except Exception as e:  # told to the parent, which reports it
            reply({"error": str(e)})
            return
        # A parent gone (a desk stopped while this office started or converted) closes the
        # answers' pipe: LibreOffice is stopped then as when standard input closes.
        converting, peaks = threading.Event(), [0]
        threading.Thread(target=watch_parent, args=(os.getppid(), converting, office, peaks),
                         daemon=True).start()
        with contextlib.suppress(BrokenPipeError):
            reply({"ready": True, "pid": office.pid})
            for line in sys.stdin:
                try:
                    converting.set()
                    convert(desktop, json.loads(line))
                except Exception as e:  # one document's failure, told to the parent; a
                    # LibreOffice that came near its bound failed for want of memory
                    peak = max(max(peaks), peak_of(office.pid))
                    near = memory is not None and peak >= memory * 0.8
                    reply({"error": f"{type(e).__name__}: {e}", **({"memory": True} if near
                                                                       else {})})
                    if office.poll() is not None:
                        break  # LibreOffice is gone: this worker too, to be replaced
                else:
                    reply({"ok": True})
                finally:
                    converting.clear()
        with contextlib.suppress(Exception):  # it is going away either way
            desktop.terminate()
    finally:
        stuck = False
        try:
            office.wait(timeout=10)
        except subprocess.TimeoutExpired:
            stuck = True
            office.kill()
            office.wait()
        shutil.rmtree(folder, ignore_errors=True)
        if stuck:
            end_own_group()


def peak_of(pid):
    """The largest address space a process of the LibreOffice whose first process is ``pid``
    reached (VmPeak, in bytes), read from /proc where the system has it, else 0."""
    if not os.path.isdir("/proc"):
        return 0
    family, peak = {pid}, 0
    for entry in sorted(os.listdir("/proc"), key=lambda name: (len(name), name)):
        try:
            with open(f"/proc/{entry}/status", encoding="utf-8") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
            if int(entry) in family or int(fields.get("PPid", "0")) in family:
                family.add(int(entry))
                peak = max(peak, int(fields.get("VmPeak", "0 kB").split()[0]) * 1024)
        except (OSError, ValueError):
            continue
    return peak


def watch_parent(parent, converting, office, peaks):
    """Kill LibreOffice and this worker when the process that started them is gone while a
    document converts: a document LibreOffice takes minutes over (or without end) would hold
    it, its memory and a core long after the desk or command that asked was stopped. A
    parent gone while no document converts closes standard input, and the worker stops
    LibreOffice then as always. While a document converts, LibreOffice's address space is noted
    in ``peaks``."""
    while True:
        time.sleep(0.2)
        if converting.is_set():
            if os.getppid() != parent:
                end_own_group()
            peaks.append(peak_of(office.pid))  # what a LibreOffice that dies no longer shows


def end_own_group():
    """Kill what is left of LibreOffice: ``soffice`` starts ``soffice.bin`` as a child of its
    own, which outlives the ``soffice`` killed above. Only when this worker leads its process
    group (the parent starts it in a session of its own), the group being this worker and the
    LibreOffice it started; the worker ends with them."""
    if os.getpgrp() != os.getpid():
        return
    with contextlib.suppress(OSError):
        sys.stdout.close()  # nothing more to say; a closed pipe must not fail the exit
    os.killpg(os.getpgrp(), signal.SIGKILL)


if __name__ == "__main__":
    main()
