#!/usr/bin/env python3
"""Robustness tests: the real `kg` binary on bad input, bad stores, kills, concurrency and limits.

    robustness_test.py --kg build/cli/kg [--quick] [-k Pattern]

Each test works in a fresh temporary directory with its own store and checks three things: the
message names the file and says what to do, the exit code (0 clean, 1 something skipped or
interrupted, 2 usage or fatal), and the store afterwards (PRAGMA integrity_check, counts, and for
kills every article wholly in or absent). Python's standard library only. --quick (or
KG_TEST_QUICK=1, used under the sanitizers) runs fewer kill trials and smaller inputs.
"""
import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import unittest

ARGS = None
SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---- generated articles: small Arabic reports from a few templates with varied names ----

GROUPS = ["تنظيم داعش", "حركة طالبان", "حركة الشباب", "هيئة تحرير الشام", "قوات سوريا الديمقراطية",
          "تنظيم القاعدة", "جماعة بوكو حرام", "حزب الله", "الحشد الشعبي", "جبهة النصرة"]
PLACES = ["سوريا", "العراق", "أفغانستان", "الصومال", "مالي", "نيجيريا", "اليمن", "ليبيا", "باكستان",
          "لبنان", "الموصل", "إدلب", "الرقة", "كابول", "مقديشو"]
FIRST = ["محمد", "أحمد", "عمر", "خالد", "يوسف", "إبراهيم", "علي", "حسن", "سعيد", "مصطفى"]
LAST = ["الحسيني", "العراقي", "الشامي", "المصري", "الأنصاري", "الزبيدي", "الكردي", "التميمي"]
TEMPLATES = [
    "أعلن {g1} مسؤوليته عن هجوم في {p1} أسفر عن مقتل {n} أشخاص.\n"
    "وقال القيادي في {g1} أبو {f} {l} إن الهجوم جاء ردا على عمليات {g2}.\n",
    "اشتبك مسلحو {g1} مع عناصر {g2} في {p1} يوم الأحد، وقتل {n} مسلحين بحسب مصادر محلية.\n",
    "قالت مصادر أمنية إن {g1} يتحالف مع {g2} في {p1} و{p2}.\nوأضافت أن القائد {f} {l} يقود العمليات.\n",
    "هاجم {g1} مواقع {g2} قرب {p1}، ما أدى إلى إصابة {n} مدنيين.\n",
]


def make_articles(folder, count, seed=7, prefix="a"):
    """Writes `count` articles a0000.txt... into `folder`; returns the folder."""
    rnd = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        g1, g2 = rnd.sample(GROUPS, 2)
        p1, p2 = rnd.sample(PLACES, 2)
        text = rnd.choice(TEMPLATES).format(g1=g1, g2=g2, p1=p1, p2=p2, n=rnd.randint(2, 40),
                                            f=rnd.choice(FIRST), l=rnd.choice(LAST))
        with open(os.path.join(folder, f"{prefix}{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"تقرير رقم {i}\n{text}")
    return folder


# ---- the store, read directly ----

PER_ARTICLE = {
    "articles": "SELECT id, path, title, date, content_hash FROM articles WHERE id = ?",
    "aliases": "SELECT entity_id, alias, mentions, mention_count FROM aliases WHERE article_id = ? "
               "ORDER BY 1, 2",
    "mentions": 'SELECT entity_id, text, "start", "end", sentence FROM mentions WHERE article_id = ? '
                "ORDER BY 3, 1",
    "evidence": 'SELECT source, relation, target, sentence, "start", "end", text, confidence, hedged '
                "FROM evidence WHERE article_id = ? ORDER BY 1, 2, 3, 5",
    "attacks": "SELECT id, place, perpetrator, target, date, killed, injured, sentence FROM attacks "
               "WHERE article_id = ? ORDER BY 1",
    "co_mentions": 'SELECT sentence, "start", "end", text, confidence, hedged, pairs, '
                   "(SELECT count(*) FROM co_keys WHERE co_id = c.id) FROM co_mentions c "
                   "WHERE article_id = ? ORDER BY 1, 2, 7",
}


def connect(path):
    # Not mode=ro: after a kill, the first reader may have to rebuild the WAL index (PATH-shm), as
    # any SQLite client does; the store's content is not changed by that.
    return sqlite3.connect(path, timeout=30)


def integrity(path):
    """PRAGMA integrity_check's first line ("ok" when whole), or SQLite's refusal."""
    try:
        with connect(path) as db:
            return db.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as e:
        return str(e)


def per_article(path):
    """{article id: {table: rows}} for every article in the store, plus the ids of rows whose
    article is not in the store (must be none)."""
    out = {}
    with connect(path) as db:
        ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
        for aid in ids:
            out[aid] = {t: db.execute(sql, (aid,)).fetchall() for t, sql in PER_ARTICLE.items()}
        orphans = set()
        for table in ("aliases", "mentions", "evidence", "attacks", "co_mentions"):
            orphans.update(r[0] for r in db.execute(
                f"SELECT DISTINCT article_id FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"))
    return out, orphans


def counts(path):
    with connect(path) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "entities", "aliases", "mentions", "evidence", "attacks",
                          "co_mentions", "co_keys")}


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# ---- running kg ----

def env_for(store):
    env = dict(os.environ)
    env["KG_STORE"] = store
    return env


def run(*cmd, store, stdin=None, timeout=600, preexec_fn=None):
    """Runs kg; returns (exit code, stdout, stderr)."""
    p = subprocess.run([ARGS.kg, *cmd], input=stdin, capture_output=True, env=env_for(store), timeout=timeout,
                       preexec_fn=preexec_fn)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


class KgCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="kg-robust-")
        self.store = os.path.join(self.dir, "kg.db")

    def tearDown(self):
        for root, dirs, files in os.walk(self.dir):
            for d in dirs:
                try:
                    os.chmod(os.path.join(root, d), 0o700)
                except OSError:
                    pass
        shutil.rmtree(self.dir, ignore_errors=True)

    def kg(self, *cmd, check=None, store=None, **kw):
        code, out, err = run(*cmd, store=store or self.store, **kw)
        if check is not None:
            self.assertEqual(code, check, f"kg {' '.join(cmd)}\n{out[-2000:]}\n{err[-4000:]}")
        self.assertGreaterEqual(code, 0, f"kg {' '.join(cmd)} died of signal {-code}\n{err[-4000:]}")
        self.assertNotIn("AddressSanitizer", err)
        self.assertNotIn("runtime error:", err)
        return code, out, err

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def assert_whole(self, store, reference):
        """Every article in `store` has exactly the rows it has in `reference`; no stray rows."""
        self.assertEqual(integrity(store), "ok")
        got, orphans = per_article(store)
        self.assertEqual(orphans, set(), "rows of an article that is not in the store")
        for aid, rows in got.items():
            self.assertIn(aid, reference)
            for table in PER_ARTICLE:
                if table == "articles":
                    continue
                self.assertEqual(rows[table], reference[aid][table], f"{aid}: {table} differ")
        return len(got)


GOOD = "تنظيم داعش في سوريا.\n"


class BadInput(KgCase):
    """Each bad file is named with what to do; the run carries on; exit 1; grouped summary."""

    def test_matrix_of_bad_files(self):
        d = os.path.join(self.dir, "in")
        self.write("in/good.txt", GOOD)
        self.write("in/cp1256.txt", "تنظيم داعش".encode("cp1256"))
        self.write("in/nul.txt", "تنظيم داعش\x00 في سوريا".encode())
        self.write("in/empty.txt", b"")
        self.write("in/blank.txt", " \r\n\t\n")
        self.write("in/image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        self.write("in/utf16.txt", "تنظيم داعش في سوريا".encode("utf-16"))
        self.write("in/utf16le.txt", "أعلن تنظيم داعش مسؤوليته عن هجوم في سوريا.\n".encode("utf-16-le"))
        self.write("in/bom_crlf.txt", b"\xef\xbb\xbf" + "حركة طالبان في أفغانستان.\r\nوتقاتل تنظيم داعش.\r\n".encode())
        self.write("in/bidi.txt", "\u202bحركة\u200f الشباب\u202c في \u2067الصومال\u2069.\n")
        self.write("in/x/dup.txt", "حركة الشباب في الصومال.\n")
        self.write("in/y/dup.txt", "حركة طالبان في أفغانستان.\n")
        os.symlink("nowhere.txt", os.path.join(d, "broken.txt"))
        os.symlink("loop.txt", os.path.join(d, "loop.txt"))
        os.symlink("..", os.path.join(d, "x", "back"))
        os.mkfifo(os.path.join(d, "fifo.txt"))
        code, _, err = self.kg("ingest", d, os.path.join(self.dir, "missing.txt"))
        self.assertEqual(code, 1, err)
        for name, why in [
            ("cp1256.txt", r"invalid UTF-8 at byte 0 \(line 1\); convert the file to UTF-8 \(e\.g\. iconv"),
            ("nul.txt", "NUL byte at byte 19: a binary file"),
            ("empty.txt", "empty file"),
            ("blank.txt", r"empty \(only white space\)"),
            ("image.png", "invalid UTF-8 at byte 0|NUL byte"),
            ("utf16.txt", "UTF-16 text; convert it to UTF-8"),
            ("utf16le.txt", "UTF-16 text without a byte order mark; convert it to UTF-8"),
            ("broken.txt", "broken symbolic link"),
            ("loop.txt", "symbolic link loop"),
            ("back", "symbolic link loop back to"),
            ("fifo.txt", "not a regular file"),
            ("missing.txt", "no such file or directory"),
            ("y/dup.txt", "article id 'dup' is already taken by .*x/dup.txt"),
        ]:
            self.assertRegex(err, f"kg: [^\n]*{re.escape(name)}: [^\n]*({why})[^\n]*; skipped", name)
        summary = [line for line in err.splitlines() if line.startswith("kg: ingested")][0]
        self.assertIn("ingested 4 articles (4 added", summary)
        self.assertIn("13 skipped (", summary)
        for group in ["2 binary", "1 invalid UTF-8", "2 empty",
                      "2 UTF-16", "1 broken link", "2 symlink loop", "1 not a regular file", "1 missing",
                      "1 duplicate id"]:
            self.assertIn(group, summary)
        self.assertEqual(counts(self.store)["articles"], 4)
        self.assertEqual(integrity(self.store), "ok")
        code, out, _ = self.kg("ingest", d, "--json")
        self.assertEqual(code, 1)
        summary = json.loads(out)
        self.assertEqual((summary["unchanged"], summary["skipped"]), (4, 12))
        self.assertEqual(summary["skipped_by_reason"], {
            "binary": 2, "broken link": 1, "duplicate id": 1, "empty": 2, "invalid UTF-8": 1,
            "not a regular file": 1, "symlink loop": 2, "UTF-16": 2})

    def test_bom_crlf_and_bidi_read_as_plain_text_with_exact_offsets(self):
        raw = {
            "bom_crlf": b"\xef\xbb\xbf" + "حركة طالبان في أفغانستان.\r\nوتقاتل تنظيم داعش في سوريا.\r\n".encode(),
            "bidi": "\u202bحركة\u202c طالبان في \u2067أفغانستان\u2069 وتقاتل \u200fتنظيم داعش.\n".encode(),
        }
        for name, data in raw.items():
            path = self.write(f"{name}.txt", data)
            _, out, _ = self.kg("extract", path, check=0)
            x = json.loads(out)
            ids = {e["id"] for e in x["entities"]}
            self.assertIn("group:islamic-state", ids, name)
            self.assertIn("group:taliban", ids, name)
            text = data.decode("utf-8-sig")
            for e in x["entities"]:
                for m in e["mentions"]:
                    self.assertEqual(text[m["start"]:m["end"]], m["text"], name)
            self.assertNotIn("\r", json.dumps([e["name"] for e in x["entities"]]))

    def test_html_page_is_read_as_its_text(self):
        page = ("<!DOCTYPE html><html><head><title>خبر</title><style>.x{color:red}</style>"
                "<script>var a = 'حركة طالبان في أفغانستان';</script></head><body>"
                "<div class=\"nav\"><a href=\"/x\">الرئيسية</a></div>"
                "<p>أعلن <b>تنظيم داعش</b> مسؤوليته عن هجوم في سوريا &amp; العراق.</p>"
                "<!-- قوات سوريا الديمقراطية --><p>وقال مصدر&nbsp;أمني إن الهجوم &#1602;تل 5 أشخاص.</p>"
                "</body></html>\n")
        path = self.write("page.html", page)
        _, out, _ = self.kg("extract", path, check=0)
        x = json.loads(out)
        ids = {e["id"] for e in x["entities"]}
        self.assertIn("group:islamic-state", ids)
        self.assertNotIn("group:taliban", ids, "text inside <script> was read")
        self.assertNotIn("group:sdf", ids, "text inside a comment was read")
        names = json.dumps(x, ensure_ascii=False)
        for junk in ["<", ">", "href", "script", "color:red", "&amp;"]:
            self.assertNotIn(junk, " ".join(e["name"] for e in x["entities"]), junk)
        del names
        for e in x["entities"]:
            for m in e["mentions"]:
                self.assertEqual(page[m["start"]:m["end"]], m["text"])
        self.kg("ingest", path, check=0)

    def test_unreadable_file(self):
        if os.geteuid() == 0:
            # Root reads any file whatever its mode: the directory case below still runs.
            self.skipTest("running as root: chmod 000 does not stop root from reading")
        path = self.write("in/secret.txt", GOOD)
        self.write("in/good.txt", GOOD)
        os.chmod(path, 0)
        code, _, err = self.kg("ingest", os.path.join(self.dir, "in"))
        self.assertEqual(code, 1)
        self.assertRegex(err, "secret.txt: .*permission denied; make it readable")
        self.assertIn("1 unreadable", err)

    def test_directory_named_like_a_file_is_walked(self):
        self.write("in/article.txt/inner.txt", GOOD)
        code, _, err = self.kg("ingest", os.path.join(self.dir, "in", "article.txt"), check=0)
        self.assertIn("1 added", err)

    def test_50_mb_single_line_is_refused_by_the_size_limit(self):
        unit = "تنظيم داعش في سوريا ".encode()
        line = unit * (50 * 1024 * 1024 // len(unit) + 1)
        path = self.write("huge.txt", line)
        self.assertGreater(os.path.getsize(path), 50 * 1024 * 1024)
        self.write("small.txt", GOOD)
        start = time.monotonic()
        code, _, err = self.kg("ingest", path, os.path.join(self.dir, "small.txt"))
        self.assertLess(time.monotonic() - start, 30)
        self.assertEqual(code, 1)
        self.assertRegex(err, r"huge.txt: too large \(\d+ bytes; the limit is 33554432 bytes: split the file or "
                              r"raise the limit with --max-bytes\); skipped")
        self.assertIn("1 skipped (1 too large)", err)
        self.assertEqual(counts(self.store)["articles"], 1)
        # From standard input the limit holds too, without reading it all first.
        code, _, err = self.kg("ingest", "-", "--max-bytes", "1000000", stdin=line)
        self.assertEqual(code, 1)
        self.assertIn("too large", err)

    def test_long_single_line_is_extracted_in_linear_time(self):
        # Before pieces, 2 MB on one line took 27 s (quadratic); now about a second per MB.
        size = 1_000_000 if ARGS.quick else 4_000_000
        unit = "وتقاتل حركة طالبان تنظيم داعش في أفغانستان و"
        text = (unit * (size // len(unit.encode()) + 1))
        path = self.write("line.txt", text)
        start = time.monotonic()
        _, out, _ = self.kg("extract", path, "--max-bytes", str(2 * size + 1000), check=0)
        elapsed = time.monotonic() - start
        self.assertLess(elapsed, 120)
        x = json.loads(out)
        ids = {e["id"] for e in x["entities"]}
        self.assertTrue({"group:islamic-state", "group:taliban"} <= ids)
        mentions = [m for e in x["entities"] for m in e["mentions"]]
        self.assertGreater(len(mentions), size // len(unit.encode()))
        for m in mentions[:: max(1, len(mentions) // 500)]:
            self.assertEqual(text[m["start"]:m["end"]], m["text"])
        self.kg("ingest", path, "--max-bytes", str(2 * size + 1000), check=0)
        self.assertEqual(integrity(self.store), "ok")

    def test_ten_thousand_files(self):
        n = 2000 if ARGS.quick else 10_000
        d = os.path.join(self.dir, "many")
        for i in range(n):
            sub = os.path.join(d, f"{i // 1000:02d}")
            if i % 1000 == 0:
                os.makedirs(sub)
            with open(os.path.join(sub, f"n{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"{GROUPS[i % len(GROUPS)]} في {PLACES[i % len(PLACES)]} {i}.\n")
        start = time.monotonic()
        _, _, err = self.kg("ingest", d, check=0)
        self.assertIn(f"ingested {n} articles ({n} added", err)
        self.assertLess(time.monotonic() - start, 300)
        self.assertEqual(counts(self.store)["articles"], n)
        _, _, err = self.kg("ingest", d, check=0)
        self.assertIn(f"(0 added, {n} unchanged", err)


class BadStore(KgCase):
    """kg refuses or recovers with a message; the store is never made worse."""

    def ingest_some(self, n=60):
        make_articles(os.path.join(self.dir, "in"), n)
        self.kg("ingest", os.path.join(self.dir, "in"), check=0)

    def test_not_sqlite_other_sqlite_and_newer_schema_are_refused_untouched(self):
        more = make_articles(os.path.join(self.dir, "more"), 3, seed=3, prefix="m")
        junk = self.write("junk.db", b"SQLite format 2\x00 but not really" * 100)
        other = os.path.join(self.dir, "other.db")
        db = sqlite3.connect(other)
        db.execute("CREATE TABLE notes(x)")
        db.commit()
        db.close()
        self.ingest_some(5)
        db = sqlite3.connect(self.store)
        db.execute("PRAGMA user_version = 99")
        db.commit()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        for path, why in [(junk, "not a SQLite database"), (other, "not a kg store"),
                          (self.store, r"written by a newer kg \(schema 99")]:
            before = sha(path)
            code, _, err = self.kg("ingest", more, store=path)
            self.assertEqual(code, 2, err)
            self.assertRegex(err, f"kg: {re.escape(path)}:? [^\n]*{why}")
            code, _, err = self.kg("stats", store=path)
            self.assertEqual(code, 2, err)
            self.assertEqual(sha(path), before, path)

    def test_store_path_is_a_directory(self):
        os.makedirs(self.store)
        code, _, err = self.kg("ingest", self.write("a.txt", GOOD))
        self.assertEqual(code, 2)
        self.assertIn("is a directory", err)

    def test_corrupt_page_is_refused_before_any_write(self):
        self.ingest_some(200)
        self.kg("stats", check=0)  # checkpointed and closed: the whole store is in kg.db
        size = os.path.getsize(self.store)
        with open(self.store, "r+b") as f:
            page = int.from_bytes(f.read(18)[16:18], "big")  # the header's page size
            page = 65536 if page == 1 else page
            # A b-tree page header in the middle of the file: its page type and cell count.
            f.seek((size // page // 2) * page)
            f.write(bytes(random.Random(1).randrange(256) for _ in range(64)))
        self.assertNotEqual(integrity(self.store), "ok")
        before = sha(self.store)
        more = make_articles(os.path.join(self.dir, "more"), 5, seed=3, prefix="m")
        code, _, err = self.kg("ingest", more)
        self.assertEqual(code, 2, err)
        self.assertRegex(err, "the store is damaged .*it was not written. Restore it from a backup")
        self.assertEqual(sha(self.store), before)
        code, _, err = self.kg("stats")  # reading may work or fail, but says why and changes nothing
        self.assertIn(code, (0, 2))
        self.assertEqual(sha(self.store), before)

    def test_read_only_store(self):
        self.ingest_some(5)
        self.kg("stats", check=0)
        more = make_articles(os.path.join(self.dir, "more"), 3, seed=3, prefix="m")
        how = None
        if os.geteuid() != 0:
            os.chmod(self.store, 0o444)
            how = "chmod 444"
        elif subprocess.run(["chattr", "+i", self.store], capture_output=True).returncode == 0:
            how = "chattr +i"
        if how is None:
            self.skipTest("root without chattr: cannot make a file read-only here")
        try:
            before = counts(self.store)
            code, _, err = self.kg("ingest", more)
            self.assertEqual(code, 2, err)
            self.assertIn("the store cannot be written", err)
            self.assertEqual(counts(self.store), before)
            self.assertEqual(integrity(self.store), "ok")
            self.kg("stats", check=0)
        finally:
            if how == "chattr +i":
                subprocess.run(["chattr", "-i", self.store])

    def test_store_on_a_read_only_mount(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to mount")
        ro = os.path.join(self.dir, "ro")
        os.makedirs(ro)
        self.ingest_some(5)
        self.kg("stats", check=0)
        shutil.copy(self.store, os.path.join(ro, "kg.db"))
        if subprocess.run(["mount", "--bind", ro, ro], capture_output=True).returncode != 0:
            self.skipTest("mount --bind not allowed here")
        try:
            if subprocess.run(["mount", "-o", "remount,ro,bind", ro], capture_output=True).returncode != 0:
                self.skipTest("read-only remount not allowed here")
            store = os.path.join(ro, "kg.db")
            more = make_articles(os.path.join(self.dir, "more"), 3, seed=3, prefix="m")
            code, _, err = self.kg("ingest", more, store=store)
            self.assertEqual(code, 2, err)
            self.assertIn("the store cannot be written", err)
            _, out, _ = self.kg("stats", "--json", store=store, check=0)
            self.assertEqual(json.loads(out)["articles"], 5)
        finally:
            subprocess.run(["umount", ro], capture_output=True)

    def full_disk_case(self, store, preexec_fn=None):
        arts = make_articles(os.path.join(self.dir, "in"), 300)
        ref_store = os.path.join(self.dir, "ref.db")
        self.kg("ingest", arts, store=ref_store, check=0)
        reference, _ = per_article(ref_store)
        code, _, err = self.kg("ingest", arts, store=store, preexec_fn=preexec_fn)
        self.assertEqual(code, 2, err)
        self.assertIn("could not write to the disk", err)
        self.assertRegex(err, r"\d+ after it not read")
        n = self.assert_whole(store, reference)
        self.assertLess(n, 300)
        return arts, ref_store, reference

    def test_full_disk_by_file_size_limit(self):
        def limit():
            resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, 1024 * 1024))
        arts, ref_store, _ = self.full_disk_case(self.store, limit)
        _, _, err = self.kg("ingest", arts, check=0)  # space again: the rest goes in
        self.assertEqual(counts(self.store), counts(ref_store))

    def test_full_disk_on_a_small_tmpfs(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to mount a tmpfs")
        mnt = os.path.join(self.dir, "mnt")
        os.makedirs(mnt)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt], capture_output=True).returncode:
            self.skipTest("mount -t tmpfs not allowed here")
        try:
            self.full_disk_case(os.path.join(mnt, "kg.db"))
        finally:
            subprocess.run(["umount", mnt], capture_output=True)


class CrashSafety(KgCase):
    """SIGKILL at random moments: the store stays whole; Ctrl-C stops after the current article."""

    def test_sigkill_at_random_moments(self):
        # Enough articles for several commits (one holds at most 256 articles or a second's worth),
        # so that kills land between them.
        n = 1100 if ARGS.quick else 1300
        trials = 8 if ARGS.quick else 20
        arts = make_articles(os.path.join(self.dir, "in"), n)
        ref_store = os.path.join(self.dir, "ref.db")
        start = time.monotonic()
        self.kg("ingest", arts, store=ref_store, check=0)
        full = time.monotonic() - start
        reference, _ = per_article(ref_store)
        ref_counts = counts(ref_store)
        rnd = random.Random(int(os.environ.get("KG_TEST_SEED", "8")))
        seen_partial = 0
        for trial in range(trials):
            store = os.path.join(self.dir, f"t{trial}.db")
            p = subprocess.Popen([ARGS.kg, "ingest", arts], env=env_for(store), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
            time.sleep(rnd.uniform(0.0, full * 1.1))
            p.send_signal(signal.SIGKILL)
            p.wait()
            if not os.path.exists(store):
                continue
            try:
                whole = self.assert_whole(store, reference)
            except sqlite3.DatabaseError as e:
                # Killed before the schema was written: an empty file, or an empty database (the
                # WAL header is written before the schema's transaction), never a damaged one.
                if os.path.getsize(store):
                    db = sqlite3.connect(store)
                    try:
                        self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
                        self.assertEqual(db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0], 0,
                                         f"trial {trial}: {e}")
                    finally:
                        db.close()
                whole = 0
            seen_partial += 0 < whole < n
            if whole:  # queries read a store left by a killed ingest
                code, out, err = run("stats", "--json", store=store)
                self.assertEqual((code, json.loads(out)["articles"] if code == 0 else err), (0, whole))
            code, _, err = run("ingest", arts, store=store)
            self.assertEqual(code, 0, f"trial {trial}: {err}")
            self.assertIn(f"({n - whole} added, {whole} unchanged, 0 replaced)", err)
            self.assertEqual(counts(store), ref_counts, f"trial {trial}")
            self.assertEqual(per_article(store)[0], reference, f"trial {trial}")
            os.remove(store)
        self.assertGreater(seen_partial, 0, "no kill landed in the middle of the ingest")

    def test_ctrl_c_stops_after_the_current_article(self):
        n = 400 if ARGS.quick else 1500
        arts = make_articles(os.path.join(self.dir, "in"), n)
        ref_store = os.path.join(self.dir, "ref.db")
        self.kg("ingest", arts, store=ref_store, check=0)
        reference, _ = per_article(ref_store)
        for delay in (0.5, 0.2, 0.05):
            if os.path.exists(self.store):
                os.remove(self.store)
            p = subprocess.Popen([ARGS.kg, "ingest", arts, "-j", "1"], env=env_for(self.store),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            time.sleep(delay)
            p.send_signal(signal.SIGINT)
            start = time.monotonic()
            _, err = p.communicate(timeout=60)
            err = err.decode()
            if p.returncode == 0 or (p.returncode == -signal.SIGINT and f"ingested {n} articles" in err):
                continue  # finished before the signal (or as the process exited): try sooner
            self.assertLess(time.monotonic() - start, 10)
            self.assertEqual(p.returncode, 1, err)
            self.assertRegex(err, r"interrupted: stopped after the last whole article; \d+ not read. Run the same "
                                  r"command again")
            self.assertIn(", interrupted;", err)
            whole = self.assert_whole(self.store, reference)
            self.assertLess(whole, n)
            _, _, err = self.kg("ingest", arts, check=0)
            self.assertIn(f"({n - whole} added, {whole} unchanged", err)
            self.assertEqual(counts(self.store), counts(ref_store))
            return
        self.skipTest("the ingest always finished before SIGINT arrived")


class Concurrency(KgCase):
    def test_two_ingests_and_queries_at_once(self):
        n = 150 if ARGS.quick else 500
        a = make_articles(os.path.join(self.dir, "a"), n, seed=1, prefix="a")
        b = make_articles(os.path.join(self.dir, "b"), n, seed=2, prefix="b")
        for _ in range(2):  # the second round writes into an existing store
            procs = [subprocess.Popen([ARGS.kg, "ingest", d], env=env_for(self.store), stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE) for d in (a, b)]
            queries = []
            while any(p.poll() is None for p in procs):
                queries.append(run("stats", "--json", store=self.store, timeout=60))
                time.sleep(0.05)
            for p in procs:
                _, err = p.communicate()
                err = err.decode()
                self.assertIn(p.returncode, (0, 2), err)
                if p.returncode == 2:
                    self.assertIn("the store is busy", err)
            for code, out, err in queries:
                self.assertGreaterEqual(code, 0)
                if code != 0:
                    self.assertRegex(err, "no store|empty store|busy|locked", err)
                else:
                    json.loads(out)
            self.assertEqual(integrity(self.store), "ok")
            got, orphans = per_article(self.store)
            self.assertEqual(orphans, set())
            self.assertEqual(len(got), 2 * n)
        # Mentions do not depend on the order of articles: compare with one ingest after the other.
        ref = os.path.join(self.dir, "ref.db")
        self.kg("ingest", a, b, store=ref, check=0)
        reference, _ = per_article(ref)
        for aid, rows in got.items():
            self.assertEqual(rows["mentions"], reference[aid]["mentions"], aid)


class Security(KgCase):
    def test_new_store_and_its_journal_are_private(self):
        self.kg("ingest", self.write("a.txt", GOOD), check=0)
        self.assertEqual(os.stat(self.store).st_mode & 0o777, 0o600)
        for suffix in ("-wal", "-shm"):
            if os.path.exists(self.store + suffix):
                self.assertEqual(os.stat(self.store + suffix).st_mode & 0o077, 0, suffix)

    def test_query_depth_is_capped(self):
        make_articles(os.path.join(self.dir, "in"), 20)
        self.kg("ingest", os.path.join(self.dir, "in"), check=0)
        code, _, err = self.kg("neighbors", "داعش", "--depth", "11")
        self.assertEqual(code, 2)
        self.assertRegex(err, r"--depth: Value 11 not in range 1 to 10")
        code, _, err = self.kg("path", "داعش", "طالبان", "--max-hops", "51")
        self.assertEqual(code, 2)
        self.assertRegex(err, r"--max-hops: Value 51 not in range 0 to 50")
        self.kg("neighbors", "داعش", "--depth", "10", check=0)
        self.kg("path", "داعش", "طالبان", "--max-hops", "50", check=0)

    def test_csv_cells_cannot_run_as_formulas(self):
        # Entity names come from the text; a name cannot start with "=", but an alias can carry
        # one through the lexicon path: the writer's own test covers every trigger character
        # (export/export_test.cc); here the real binary's CSV is checked for none at the start.
        make_articles(os.path.join(self.dir, "in"), 20)
        self.kg("ingest", os.path.join(self.dir, "in"), check=0)
        out = os.path.join(self.dir, "out.csv")
        self.kg("export", "--format", "csv", "-o", out, check=0)
        for name in os.listdir(self.dir):
            if name.startswith("out") and name.endswith(".csv"):
                with open(os.path.join(self.dir, name), encoding="utf-8") as f:
                    for line in f:
                        for cell in line.rstrip("\n").split(","):
                            self.assertFalse(cell[:1] in ("=", "+", "@") and len(cell) > 1, line)

    def test_no_shell_outs_in_the_sources(self):
        pattern = re.compile(r"\b(system|popen|execl|execlp|execle|execv|execvp|execvpe|fork|posix_spawn)\s*\(")
        hits = []
        for folder in ("cli", "graph", "extract", "export", "query"):
            for root, _, files in os.walk(os.path.join(SOURCE, folder)):
                for name in files:
                    if name.endswith((".cc", ".h")):
                        with open(os.path.join(root, name), encoding="utf-8") as f:
                            for i, line in enumerate(f, 1):
                                if pattern.search(line) and not line.lstrip().startswith("//"):
                                    hits.append(f"{name}:{i}: {line.strip()}")
        self.assertEqual(hits, [])

    def test_sql_is_never_spliced(self):
        # Every statement in the store is a literal: no Prepare/Exec built with + from a value.
        with open(os.path.join(SOURCE, "graph", "store.cc"), encoding="utf-8") as f:
            text = f.read()
        for m in re.finditer(r"(?:Prepare|Exec|QueryInt)\(([^;]*?)\);", text, re.S):
            args = m.group(1)
            self.assertNotRegex(args, r"\+\s*(?!\")[a-z_]+\.(id|name|text|alias)", args)
        self.assertNotIn("sqlite3_mprintf", text)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--kg", required=True)
    parser.add_argument("--quick", action="store_true", help="fewer trials and smaller inputs")
    ARGS, rest = parser.parse_known_args()
    ARGS.kg = os.path.abspath(ARGS.kg)
    ARGS.quick = ARGS.quick or os.environ.get("KG_TEST_QUICK") == "1"
    result = unittest.main(argv=[sys.argv[0], *rest], exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print(f"robustness: {result.testsRun - failed - len(result.skipped)} passed, {failed} failed, "
          f"{len(result.skipped)} skipped")
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
