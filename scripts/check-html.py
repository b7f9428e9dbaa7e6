#!/usr/bin/python3
"""check-html.py -- test the HTML edition in a real browser (make check).

Usage: scripts/check-html.py HTMLDIR SHOTDIR

Headless Chromium (Debian's chromium, no network) loads every page of
HTMLDIR from file://, driven through the DevTools protocol on a pipe
(--remote-debugging-pipe: no port, no WebSocket library).  A page fails on

  * a JavaScript exception or a console error (book.js reports a formula that
    KaTeX cannot typeset as one), or a Chromium error in the log;
  * a resource that did not load: script, stylesheet, image, font;
  * an <img> that is not a decoded picture;
  * a link to a file that is not there, or to an anchor that is not on its page;
  * math not typeset: fewer KaTeX elements than formulas, or any math-error;
  * raw LaTeX in the rendered text outside code (\\frac, \\texttt, $, \\[ ...),
    an element marked raw-latex (LaTeX the weave could not translate), or a
    placeholder of the weave left behind;
  * a page wider than a phone screen (390 px) -- long code must scroll inside
    its block.

One screenshot per page (the top, 1100 px wide) and one at phone width go to
SHOTDIR.  Prints one line per page and ends with "N passed, M failed".
CHROMIUM names another browser binary; CHECK_HTML_TIMEOUT is how many seconds
to wait for one answer from it (60).
"""

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

DESKTOP = (1100, 1400)
PHONE = (390, 844)
TIMEOUT = float(os.environ.get("CHECK_HTML_TIMEOUT", 60))

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--disable-default-apps", "--no-default-browser-check", "--mute-audio",
    "--hide-scrollbars", "--force-device-scale-factor=1",
    "--remote-debugging-pipe",
]

# Run in the page once it has loaded and KaTeX has run: what the checks need.
PROBE = r"""
(async () => {
  const t0 = Date.now();
  while (document.documentElement.getAttribute('data-math') !== 'done'
         && Date.now() - t0 < 20000)
    await new Promise(r => setTimeout(r, 50));
  await document.fonts.ready;
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id)
      .concat([...document.querySelectorAll('a[name]')].map(e => e.name));
  const links = [...document.querySelectorAll('a[href]')].map(a => a.href);
  const res = [...document.querySelectorAll('link[href]')].map(e => e.href)
      .concat([...document.querySelectorAll('script[src], img[src]')].map(e => e.src));
  const badImgs = [...document.images].filter(i => !(i.complete && i.naturalWidth > 0))
      .map(i => i.src);
  // Text outside code, scripts and typeset math.
  const skip = 'code, pre, script, style, .katex, .math-error';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const raw = [];
  const pat = /\\[A-Za-z]+|\\[\[\]\(\)]|\$|\\\\|NWPH[A-Z]*\d*E?/;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement.closest(skip)) continue;
    const m = n.data.match(pat);
    if (m) raw.push(n.data.slice(Math.max(0, m.index - 20), m.index + 30).trim());
  }
  const leftover = (document.body.innerHTML.match(/<!--NWPH[^>]*-->/g) || [])
      .concat(document.body.textContent.match(/NWPH[A-Z]*\d*E/g) || []);
  return {
    ids, links, res, badImgs, raw: raw.concat(leftover),
    rawLatex: [...document.querySelectorAll('.raw-latex')].map(e => e.textContent),
    formulas: document.querySelectorAll('span.math').length,
    katex: document.querySelectorAll('span.math > .katex, span.math > .katex-display').length,
    mathErrors: [...document.querySelectorAll('.math-error')].map(e => e.textContent.slice(0, 80)),
    chunks: document.querySelectorAll('.nw-chunk').length,
    title: document.title,
  };
})()
"""

# At phone width: elements that stick out of the screen (not inside a
# scrolling block).
OVERFLOW = r"""
(() => {
  const w = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= w + 1) return [];
  const out = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.right <= w + 1 || r.width === 0) continue;
    let p = e.parentElement, clipped = false;
    for (; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX !== 'visible' && p.getBoundingClientRect().right <= w + 1) { clipped = true; break; }
    }
    if (!clipped) out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                           + ': ' + (e.textContent || '').trim().slice(0, 50));
    if (out.length >= 5) break;
  }
  return out.length ? out : ['page ' + document.documentElement.scrollWidth + 'px wide'];
})()
"""


class Chromium:
    """A headless Chromium and its DevTools protocol over a pipe."""

    def __init__(self, exe):
        self.profile = tempfile.mkdtemp(prefix="check-html.")
        cmd_r, self.cmd_w = os.pipe()     # we write commands, Chromium reads fd 3
        self.res_r, res_w = os.pipe()     # Chromium writes fd 4, we read

        def child():
            a = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(res_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)
        self.log = open(os.path.join(self.profile, "chromium.log"), "wb")
        self.proc = subprocess.Popen(
            [exe] + CHROMIUM_FLAGS + ["--user-data-dir=" + self.profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            preexec_fn=child, close_fds=False)
        os.close(cmd_r)
        os.close(res_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from Chromium")
            r, _, _ = select.select([self.res_r], [], [], left)
            if r:
                data = os.read(self.res_r, 1 << 20)
                if not data:
                    raise RuntimeError("Chromium closed the pipe (exit %s)" % self.proc.poll())
                self.buf += data
        msg, _, self.buf = self.buf.partition(b"\0")
        return json.loads(msg)

    def send(self, method, params=None, session=None, timeout=TIMEOUT):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._read(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"].get("message")))
                return m.get("result", {})
            if "method" in m:
                self.events.append(m)

    def wait_event(self, method, session, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        for i, m in enumerate(self.events):
            if m["method"] == method and m.get("sessionId") == session:
                return m
        while True:
            m = self._read(deadline)
            if "method" in m:
                self.events.append(m)
                if m["method"] == method and m.get("sessionId") == session:
                    return m


def evaluate(cr, session, expr):
    r = cr.send("Runtime.evaluate", {"expression": expr, "awaitPromise": True,
                                     "returnByValue": True}, session)
    if "exceptionDetails" in r:
        raise RuntimeError("probe failed: %s" % r["exceptionDetails"].get("text"))
    return r["result"].get("value")


def metrics(cr, session, size, mobile):
    cr.send("Emulation.setDeviceMetricsOverride",
            {"width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": mobile},
            session)


def problems_from_events(events):
    out = []
    for m in events:
        p, meth = m.get("params", {}), m["method"]
        if meth == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            out.append("JavaScript error: %s" % (d.get("exception", {}).get("description")
                                                 or d.get("text")).splitlines()[0])
        elif meth == "Runtime.consoleAPICalled" and p["type"] in ("error", "assert"):
            out.append("console error: %s" % " ".join(
                str(a.get("value", a.get("description", ""))) for a in p["args"])[:200])
        elif meth == "Log.entryAdded" and p["entry"]["level"] == "error":
            e = p["entry"]
            out.append("browser error: %s %s" % (e.get("text", ""), e.get("url", "")))
        elif meth == "Network.loadingFailed" and not p.get("canceled"):
            out.append("resource failed (%s): request %s" % (p.get("errorText"), p.get("requestId")))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root, shots = os.path.abspath(sys.argv[1]), sys.argv[2]
    pages = sorted(f for f in os.listdir(root) if f.endswith(".html"))
    if "index.html" not in pages:
        sys.exit("check-html: %s/index.html is missing (make html)" % root)
    exe = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        sys.exit("check-html: chromium is not installed")
    if os.path.isdir(shots):
        shutil.rmtree(shots)
    os.makedirs(shots)

    t0 = time.monotonic()
    cr = Chromium(exe)
    results = {}
    urls = {}
    try:
        target = cr.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = cr.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for dom in ("Page", "Runtime", "Log", "Network"):
            cr.send(dom + ".enable", {}, session)
        for name in pages:
            url = "file://" + urllib.parse.quote(os.path.join(root, name))
            metrics(cr, session, DESKTOP, False)
            cr.events = []
            requests = {}
            cr.send("Page.navigate", {"url": url}, session)
            cr.wait_event("Page.loadEventFired", session)
            probe = evaluate(cr, session, PROBE)
            for m in cr.events:
                if m["method"] == "Network.requestWillBeSent":
                    requests[m["params"]["requestId"]] = m["params"]["request"]["url"]
            problems = [p if "request " not in p else
                        p.split("request ")[0] + requests.get(p.split("request ")[1], "?")
                        for p in problems_from_events(cr.events)]
            png = cr.send("Page.captureScreenshot", {"format": "png"}, session)["data"]
            with open(os.path.join(shots, name[:-5] + ".png"), "wb") as f:
                f.write(base64.b64decode(png))
            metrics(cr, session, PHONE, True)
            evaluate(cr, session, "new Promise(r => requestAnimationFrame(() => r(1)))")
            for o in evaluate(cr, session, OVERFLOW):
                problems.append("wider than a phone screen: " + o)
            png = cr.send("Page.captureScreenshot", {"format": "png"}, session)["data"]
            with open(os.path.join(shots, name[:-5] + "-phone.png"), "wb") as f:
                f.write(base64.b64decode(png))
            problems += ["image not loaded: " + s for s in probe["badImgs"]]
            problems += ["raw LaTeX in the text: " + s for s in probe["raw"][:10]]
            problems += ["LaTeX the weave could not translate: " + s for s in probe["rawLatex"][:10]]
            problems += ["math error: " + s for s in probe["mathErrors"][:10]]
            if probe["katex"] < probe["formulas"]:
                problems.append("math not typeset: %d of %d formulas" % (probe["katex"], probe["formulas"]))
            results[name] = (probe, problems)
            urls[name] = url
    except (RuntimeError, TimeoutError) as e:
        cr.log.flush()
        with open(cr.log.name, "rb") as f:
            tail = f.read()[-2000:].decode("utf-8", "replace")
        sys.stdout.write("check-html: %s\n--- the end of Chromium's log:\n%s\n" % (e, tail))
        print("0 passed, %d failed" % len(pages))
        sys.exit(1)
    finally:
        cr.close()
    browser_time = time.monotonic() - t0

    # Links and resources: every file:// target must be one of our files, and
    # every #anchor must be an id on its page.
    ids = {name: set(p["ids"]) for name, (p, _) in results.items()}
    external = 0
    for name, (probe, problems) in results.items():
        for href in probe["links"] + probe["res"]:
            u = urllib.parse.urlsplit(href)
            if u.scheme in ("http", "https", "mailto"):
                external += 1
                continue
            if u.scheme != "file":
                problems.append("link with scheme %s: %s" % (u.scheme, href))
                continue
            path = urllib.parse.unquote(u.path)
            rel = os.path.relpath(path, root)
            if rel.startswith("..") or not os.path.isfile(path):
                problems.append("missing file: %s" % rel)
                continue
            if u.fragment:
                frag = urllib.parse.unquote(u.fragment)
                if rel not in ids:
                    problems.append("anchor into a page that was not checked: %s" % href)
                elif frag not in ids[rel]:
                    problems.append("broken anchor: %s#%s" % (rel, frag))

    failed = 0
    formulas = sum(p["katex"] for p, _ in results.values())
    for name in pages:
        probe, problems = results[name]
        status = "FAIL" if problems else "ok"
        print("%-4s %-28s %5d links %5d formulas %4d chunks" % (
            status, name, len(probe["links"]), probe["formulas"], probe["chunks"]))
        for p in sorted(set(problems))[:25]:
            print("       " + p)
        failed += bool(problems)
    if formulas == 0:
        print("FAIL no formula typeset anywhere: is KaTeX running?")
        failed += 1
    print("check-html: %d pages, %d formulas typeset, %d external links not followed, "
          "%.1f s in Chromium; screenshots in %s" % (len(pages), formulas, external,
                                                      browser_time, shots))
    print("%d passed, %d failed" % (len(pages) - failed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
