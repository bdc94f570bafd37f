#!/usr/bin/env python3
"""End-to-end tests: drive the real `kg` binary on samples/ and on bad input.

    e2e_test.py --kg build/cli/kg --samples samples [--shared ../shared]

Each test works in a fresh temporary directory with its own store. Python's standard library only,
except the GraphML check, which uses NetworkX when it is importable (Debian's python3-networkx).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ARGS = None


def run(*cmd, store=None, stdin=None, check=None):
    """Runs kg with the given arguments; returns (exit code, stdout, stderr)."""
    env = dict(os.environ)
    if store:
        env["KG_STORE"] = store
    p = subprocess.run([ARGS.kg, *cmd], input=stdin, capture_output=True, env=env, timeout=300)
    out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    if check is not None and p.returncode != check:
        raise AssertionError(f"kg {' '.join(cmd)} exited {p.returncode}, wanted {check}\n{out}\n{err}")
    return p.returncode, out, err


class KgCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="kg-e2e-")
        self.store = os.path.join(self.dir, "kg.db")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def kg(self, *cmd, check=0, stdin=None):
        return run(*cmd, store=self.store, check=check, stdin=stdin)

    def ingest_samples(self):
        return self.kg("ingest", ARGS.samples)

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path


class Ingest(KgCase):
    def test_samples_then_reingest_is_a_noop(self):
        _, _, err = self.ingest_samples()
        self.assertIn("ingested 5 articles (5 added, 0 unchanged, 0 replaced), 0 skipped", err)
        _, stats1, _ = self.kg("stats", "--json")
        _, _, err = self.ingest_samples()
        self.assertIn("(0 added, 5 unchanged, 0 replaced)", err)
        _, stats2, _ = self.kg("stats", "--json")
        self.assertEqual(json.loads(stats1), json.loads(stats2))

    def test_changed_article_replaces_its_facts(self):
        a = self.write("in/a.txt", "وتقاتل حركة طالبان تنظيم داعش في أفغانستان.\n")
        self.kg("ingest", a)
        self.write("in/a.txt", "وتقاتل حركة طالبان تنظيم داعش في باكستان.\n")
        _, _, err = self.kg("ingest", a)
        self.assertIn("1 replaced", err)
        _, out, _ = self.kg("entities", "--json")
        names = json.dumps(json.loads(out), ensure_ascii=False)
        self.assertIn("باكستان", names)
        self.assertNotIn("أفغانستان", names)

    def test_stdin(self):
        _, _, err = self.kg("ingest", "-", stdin="تنظيم داعش في سوريا.\n".encode())
        self.assertIn("1 added", err)

    def test_summary_json(self):
        _, out, _ = self.kg("ingest", ARGS.samples, "--json")
        summary = json.loads(out)
        self.assertEqual(summary["added"], 5)
        self.assertGreater(summary["entities"], 50)


class BadInput(KgCase):
    def test_bad_files_are_skipped_and_named_and_the_rest_ingested(self):
        good = self.write("in/good.txt", "تنظيم داعش في سوريا.\n")
        self.write("in/bad_utf8.txt", b"\xd8\xaf\xd8\xa7\xff\xfe text")
        self.write("in/empty.txt", "")
        self.write("in/blank.txt", "  \n\t\n")
        self.write("in/binary.bin", b"\x7fELF\x00\x01\x02\x00")
        code, _, err = self.kg("ingest", os.path.join(self.dir, "in"), os.path.join(self.dir, "missing"), check=1)
        self.assertEqual(code, 1)
        for name, why in [("bad_utf8.txt", "invalid UTF-8 at byte 4"), ("empty.txt", "empty"),
                          ("blank.txt", "empty"), ("binary.bin", "NUL byte"), ("missing", "no such file")]:
            self.assertRegex(err, f"{name}.*{why}")
        self.assertIn("1 added", err)
        self.assertIn("5 skipped", err)
        _, out, _ = self.kg("stats", "--json")
        self.assertEqual(json.loads(out)["articles"], 1)
        del good

    def test_not_a_store_is_refused_and_left_alone(self):
        junk = b"this is not a database\n" * 10
        with open(self.store, "wb") as f:
            f.write(junk)
        code, _, err = self.kg("ingest", ARGS.samples, check=2)
        self.assertIn("kg:", err)
        with open(self.store, "rb") as f:
            self.assertEqual(f.read(), junk)
        code, _, err = self.kg("stats", check=2)

    def test_query_without_a_store_says_to_ingest(self):
        _, _, err = self.kg("stats", check=2)
        self.assertIn("kg ingest", err)
        self.assertFalse(os.path.exists(self.store))

    def test_new_store_is_private(self):
        self.ingest_samples()
        self.assertEqual(os.stat(self.store).st_mode & 0o777, 0o600)

    def test_usage_errors_exit_2(self):
        self.kg("nonsense", check=2)
        self.kg("path", "داعش", check=2)


class Extract(KgCase):
    def test_json_lines_one_per_article_and_store_untouched(self):
        _, out, _ = self.kg("extract", ARGS.samples, "--format", "json")
        lines = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(lines), 5)
        self.assertFalse(os.path.exists(self.store))
        first = lines[0]
        self.assertTrue(first["article"].startswith("000_"))
        ids = {e["id"] for e in first["entities"]}
        self.assertIn("group:islamic-state", ids)
        text = open(os.path.join(ARGS.samples, first["article"] + ".txt"), encoding="utf-8").read()
        for r in first["relations"]:
            ev = r["evidence"]
            self.assertEqual(text[ev["start"]:ev["end"]], ev["text"])
        for e in first["entities"]:
            for m in e["mentions"]:
                self.assertEqual(text[m["start"]:m["end"]], m["text"])

    def test_text_format_marks_mentions(self):
        _, out, _ = self.kg("extract", os.path.join(ARGS.samples, "001_a672ac0111bc7385.txt"), "--format", "text")
        self.assertIn("⟦تنظيم داعش⟧{group:islamic-state}", out)
        self.assertIn("-- relations", out)

    def test_scores_do_not_regress(self):
        shared = ARGS.shared
        if not shared or not os.path.exists(os.path.join(shared, "eval", "score.py")):
            self.skipTest("shared/eval is not beside the repository")
        _, out, _ = self.kg("extract", ARGS.samples, "--format", "json")
        pred = self.write("pred.jsonl", out)
        p = subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), "--gold",
                            os.path.join(shared, "gold"), pred], capture_output=True, text=True, timeout=120)
        scores = {}
        for line in p.stdout.splitlines():
            parts = line.split()
            if len(parts) >= 4 and parts[3].startswith("F1="):
                scores[parts[0]] = float(parts[3][3:])
        # Floors a little under today's figures: a drop means a rule broke.
        self.assertGreaterEqual(scores.get("entities", 0), 0.90, p.stdout)
        self.assertGreaterEqual(scores.get("relations", 0), 0.60, p.stdout)
        self.assertGreaterEqual(scores.get("attacks", 0), 0.80, p.stdout)


class Export(KgCase):
    def test_graphml_loads_in_networkx_with_the_counts_of_stats(self):
        try:
            import networkx  # noqa: F401
        except ImportError:
            self.skipTest("networkx not importable by this python")
        self.ingest_samples()
        out_path = os.path.join(self.dir, "kg.graphml")
        self.kg("export", "--format", "graphml", "-o", out_path)
        _, stats, _ = self.kg("stats", "--json")
        stats = json.loads(stats)
        import networkx as nx
        g = nx.read_graphml(out_path)
        self.assertEqual(g.number_of_nodes(), stats["entities"])
        self.assertEqual(g.number_of_edges(), stats["relations"])
        labels = {d.get("label") for _, d in g.nodes(data=True)}
        self.assertIn("داعش", labels)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--kg", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--shared", default="", help="the shared/ folder with eval/ and gold/")
    ARGS, rest = parser.parse_known_args()
    ARGS.kg = os.path.abspath(ARGS.kg)
    ARGS.samples = os.path.abspath(ARGS.samples)
    result = unittest.main(argv=[sys.argv[0], *rest], exit=False, verbosity=2).result
    print(f"e2e: {result.testsRun - len(result.failures) - len(result.errors)} passed, "
          f"{len(result.failures) + len(result.errors)} failed")
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
