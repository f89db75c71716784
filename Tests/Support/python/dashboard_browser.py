#!/usr/bin/env python3
"""Drives the mentord dashboard in headless Chromium (Debian's chromium and chromium-driver, through selenium).

Given the dashboard's base URL and a one-time sign-in link, it opens the link, presses Continue, follows every link in
every page's <nav>, saves a screenshot of each page, and checks:

- no page it reaches through the menu is an error page (the sign-in layer's pages carry <main data-status>);
- every <figure class="chart"> has both an <svg> and a <table>;
- the security headers (CSP first) are on every page (selenium cannot read headers, so each page is fetched again
  with the session's cookie through urllib);
- the session cookie is HttpOnly, SameSite=Strict and limited to /dashboard;
- each --forbidden path answers 403 (in the browser and over urllib);
- a second use of the same sign-in link fails;
- a form on another loopback port that posts to /dashboard/logout is refused with 403, and the session still works.

It prints one JSON report on stdout and exits 1 when any check failed (the report says which).

    dashboard_browser.py --base http://127.0.0.1:PORT --link LINK --role sponsor --screenshots DIR \
        [--forbidden /dashboard/audit ...] [--chromedriver /usr/bin/chromedriver]
"""

import argparse
import http.server
import json
import os
import re
import sys
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def fetch(url, cookie=None, method="GET", headers=None, body=None):
    """(status, headers) of one request, redirects not followed."""
    request = urllib.request.Request(url, method=method, data=body, headers=dict(headers or {}))
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with OPENER.open(request, timeout=20) as response:
            return response.status, dict(response.headers.items())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items())


def notice_status(driver):
    """The status the sign-in layer's own page shows, or None on a page of the dashboard itself."""
    found = driver.find_elements(By.CSS_SELECTOR, "main.notice[data-status]")
    return int(found[0].get_attribute("data-status")) if found else None


def slug(path):
    name = path.split("?")[0].removeprefix("/dashboard").strip("/").replace("/", "-") or "overview"
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


class CrossSitePage(http.server.BaseHTTPRequestHandler):
    """A page of another origin whose form posts to the dashboard's sign-out."""

    target = ""

    def do_GET(self):
        page = (
            "<!DOCTYPE html><html><body><form method=\"post\" action=\"%s\">"
            "<input type=\"hidden\" name=\"token\" value=\"guessed\"><button id=\"go\" type=\"submit\">Go</button>"
            "</form></body></html>" % self.target
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--link", required=True)
    parser.add_argument("--role", required=True)
    parser.add_argument("--screenshots", required=True)
    parser.add_argument("--forbidden", action="append", default=[])
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    os.makedirs(args.screenshots, exist_ok=True)
    problems = []
    report = {"role": args.role, "pages": [], "forbidden": [], "screenshots": [], "problems": problems}

    def check(condition, problem):
        if not condition:
            problems.append(problem)
        return condition

    def shoot(driver, name):
        path = os.path.join(args.screenshots, "%s-%s.png" % (args.role, name))
        driver.save_screenshot(path)
        report["screenshots"].append(path)
        return path

    options = webdriver.ChromeOptions()
    options.binary_location = args.chromium
    profile = tempfile.mkdtemp(prefix="mentord-chromium-")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400",
                 "--user-data-dir=" + profile, "--no-first-run", "--disable-extensions", "--lang=en-US"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=args.chromedriver), options=options)
    driver.set_page_load_timeout(30)
    server = None
    try:
        # Signing in: the link shows Continue, and only pressing it signs in.
        driver.get(args.link)
        check(notice_status(driver) == 200, "the sign-in link did not show the Continue page")
        shoot(driver, "signin")
        driver.find_element(By.CSS_SELECTOR, "main.notice form button").click()
        WebDriverWait(driver, 20).until(lambda d: urllib.parse.urlparse(d.current_url).path == "/dashboard/")
        cookies = {cookie["name"]: cookie for cookie in driver.get_cookies()}
        session = cookies.get("mentord_session")
        if check(session is not None, "no session cookie after Continue"):
            check(session.get("httpOnly") is True, "the session cookie is not HttpOnly")
            check(session.get("sameSite") == "Strict", "the session cookie is not SameSite=Strict: %s" % session.get("sameSite"))
            check(session.get("path") == "/dashboard", "the session cookie's path is %s" % session.get("path"))
        cookie = "mentord_session=%s" % (session or {}).get("value", "")

        # Every page the menus lead to.
        queue, seen = ["/dashboard/"], set()
        while queue:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.add(path)
            driver.get(base + path)
            status = notice_status(driver)
            charts = driver.find_elements(By.CSS_SELECTOR, "figure.chart")
            complete = [c for c in charts if c.find_elements(By.TAG_NAME, "svg") and c.find_elements(By.TAG_NAME, "table")]
            http_status, headers = fetch(base + path, cookie)
            page = {"path": path, "title": driver.title, "notice": status, "http": http_status, "charts": len(charts),
                    "screenshot": shoot(driver, slug(path))}
            report["pages"].append(page)
            check(status is None and http_status == 200, "%s is an error page (notice %s, HTTP %s)" % (path, status, http_status))
            check(driver.title.strip() != "", "%s has no title" % path)
            check("Something went wrong" not in driver.page_source, "%s says something went wrong" % path)
            check(len(complete) == len(charts), "%s: %d of %d charts lack an svg or a table" % (path, len(charts) - len(complete), len(charts)))
            for name, value in HEADERS.items():
                check(headers.get(name) == value, "%s: %s is %r" % (path, name, headers.get(name)))
            for link in driver.find_elements(By.CSS_SELECTOR, "nav a[href]"):
                target = urllib.parse.urlparse(urllib.parse.urljoin(driver.current_url, link.get_attribute("href")))
                if target.netloc == urllib.parse.urlparse(base).netloc and target.path.startswith("/dashboard/") \
                        and not target.path.endswith(".csv") and target.path not in seen:
                    queue.append(target.path + ("?" + target.query if target.query else ""))

        # What this role must not open.
        for path in args.forbidden:
            driver.get(base + path)
            http_status, headers = fetch(base + path, cookie)
            report["forbidden"].append({"path": path, "notice": notice_status(driver), "http": http_status, "screenshot": shoot(driver, "forbidden-" + slug(path))})
            check(notice_status(driver) == 403 and http_status == 403, "%s answered %s (page %s), not 403" % (path, http_status, notice_status(driver)))
            check(headers.get("Content-Security-Policy") == CSP, "%s: no CSP on the 403 page" % path)

        # The link again: it was spent.
        driver.get(args.link)
        report["second_use"] = notice_status(driver)
        check(notice_status(driver) == 410 and not driver.find_elements(By.CSS_SELECTOR, "main.notice form"),
              "the sign-in link worked a second time (page %s)" % notice_status(driver))
        shoot(driver, "second-use")
        spent, _ = fetch(args.link, method="POST", headers={"Origin": base, "Sec-Fetch-Site": "same-origin"}, body=b"")
        check(spent == 410, "posting the spent link answered %s" % spent)

        # Another origin's form, pressed by the person: refused, and the session lives on.
        CrossSitePage.target = base + "/dashboard/logout"
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CrossSitePage)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        other = "http://127.0.0.1:%d/" % server.server_address[1]
        driver.get(other)
        driver.find_element(By.ID, "go").click()
        WebDriverWait(driver, 20).until(lambda d: urllib.parse.urlparse(d.current_url).path == "/dashboard/logout")
        report["cross_site_post"] = notice_status(driver)
        check(notice_status(driver) == 403, "the cross-site POST was not refused (page %s)" % notice_status(driver))
        shoot(driver, "cross-site-post")
        forged, _ = fetch(base + "/dashboard/logout", cookie, method="POST", headers={"Origin": other.rstrip("/")}, body=b"token=guessed")
        check(forged == 403, "a forged POST over urllib answered %s" % forged)
        driver.get(base + "/dashboard/")
        report["session_after_cross_site_post"] = notice_status(driver)
        check(notice_status(driver) is None, "the session ended after the cross-site POST (page %s)" % notice_status(driver))

        # The page's own sign-out, when it has one.
        buttons = driver.find_elements(By.CSS_SELECTOR, "form[action='/dashboard/logout'] button, form[action='/dashboard/logout'] input[type=submit]")
        report["signed_out_through_page"] = bool(buttons)
        if buttons:
            buttons[0].click()
            WebDriverWait(driver, 20).until(lambda d: urllib.parse.urlparse(d.current_url).path == "/dashboard/logout")
            check(notice_status(driver) == 200, "signing out through the page's form failed (page %s)" % notice_status(driver))
            after, _ = fetch(base + "/dashboard/", cookie)
            check(after == 401, "the session still works after signing out (%s)" % after)
    except Exception as error:  # noqa: BLE001 - every failure is part of the report
        problems.append("%s: %s" % (type(error).__name__, error))
    finally:
        if server:
            server.shutdown()
        driver.quit()
    print(json.dumps(report, indent=2))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
