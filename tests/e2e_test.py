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


SAMPLE_IDS = ("000_1b7da20f28736936", "001_a672ac0111bc7385", "002_8039a6aacaf2da2a",
              "003_6cfd97e1108cc33a", "004_e022b04559823ec1")


def sample_text(article):
    with open(os.path.join(ARGS.samples, article + ".txt"), encoding="utf-8") as f:
        return f.read()


class QueryAnswers(KgCase):
    """Real answers on samples/: who is linked to whom, on what evidence."""

    def setUp(self):
        super().setUp()
        self.ingest_samples()

    def json(self, *cmd, check=0):
        _, out, _ = self.kg(*cmd, "--json", check=check)
        return json.loads(out)

    def test_path_isis_to_taliban_cites_a_sentence_of_an_article_on_every_hop(self):
        r = self.json("path", "داعش", "طالبان")
        self.assertTrue(r["found"])
        self.assertEqual((r["from"]["id"], r["to"]["id"]), ("group:islamic-state", "group:taliban"))
        path = r["paths"][0]
        self.assertEqual(path["entities"][0], "group:islamic-state")
        self.assertEqual(path["entities"][-1], "group:taliban")
        self.assertEqual(len(path["hops"]), path["length"])
        self.assertGreaterEqual(path["length"], 1)
        for hop in path["hops"]:
            self.assertIn(hop["relation"], ("operates_in", "fights", "allied_with", "member_of",
                                            "branch_of", "located_in", "leader_of"))
            ev = hop["evidence"]
            self.assertIsNotNone(ev, hop)
            self.assertIn(ev["article"], SAMPLE_IDS)
            self.assertIn(ev["text"], sample_text(ev["article"]))
        # By exact id as well as by name; the text output names the article of each hop.
        self.assertEqual(self.json("path", "group:islamic-state", "group:taliban")["paths"][0]["entities"],
                         path["entities"])
        _, out, _ = self.kg("path", "داعش", "طالبان")
        self.assertEqual(out.count("evidence: \""), path["length"])
        self.assertIn("(article 000_1b7da20f28736936", out)

    def test_path_date_window(self):
        # Every hop of the Taliban link is told by the article of 2025-01-02.
        r = self.json("path", "داعش", "طالبان", "--since", "2025")
        self.assertTrue(r["found"])
        for hop in r["paths"][0]["hops"]:
            self.assertEqual(hop["evidence"]["article"], "000_1b7da20f28736936")
        # Nothing of it was known by the article of 2017: no path, and the answer says why.
        r = self.json("path", "داعش", "طالبان", "--until", "2020", check=1)
        self.assertFalse(r["found"])
        self.assertTrue(r["same_component"])
        # In 2017 the Islamic State and Mosul were linked through evidence of that article only.
        r = self.json("path", "داعش", "الموصل", "--until", "2017-12")
        for hop in r["paths"][0]["hops"]:
            self.assertEqual(hop["evidence"]["article"], "004_e022b04559823ec1")
        for bad in (["--since", "2024-13"], ["--until", "last year"], ["--since", "2025", "--until", "2024"]):
            _, _, err = self.kg("path", "داعش", "طالبان", *bad, check=2)
            self.assertIn("kg:", err)

    def test_neighbors_of_the_sdf(self):
        r = self.json("neighbors", "قوات سوريا الديمقراطية", "--depth", "1")
        self.assertEqual(r["center"]["id"], "group:syrian-democratic-forces")
        names = {e["name"] for level in r["levels"] for e in level["entities"]}
        self.assertIn("داعش", names)
        self.assertIn("الرقة", names)
        self.assertEqual([lv["distance"] for lv in r["levels"]], [1])
        by_id = self.json("neighbors", "group:syrian-democratic-forces", "--depth", "1")
        self.assertEqual(by_id["levels"], r["levels"])

    def test_show_isis_aliases_and_evidence(self):
        r = self.json("show", "داعش")
        self.assertEqual(r["id"], "group:islamic-state")
        aliases = {a["alias"]: a["article"] for a in r["aliases"]}
        for alias in ("ISIS", "Islamic State", "تنظيم الدولة الإسلامية"):
            self.assertIn(alias, aliases)
            self.assertIn(aliases[alias], SAMPLE_IDS)
        self.assertEqual(r["merged"], [])
        self.assertGreater(len(r["relations_out"]), 5)
        for rel in r["relations_out"] + r["relations_in"]:
            self.assertEqual(len(rel["evidence"]), rel["evidence_count"], rel)
            for ev in rel["evidence"]:
                self.assertIn(ev["text"], sample_text(ev["article"]))
        # Any spelling the store knows finds it, and so does the exact id.
        for name in ("ISIS", "تنظيم الدولة الإسلامية", "group:islamic-state"):
            self.assertEqual(self.json("show", name)["id"], "group:islamic-state", name)

    def test_search_daesh_finds_isis(self):
        r = self.json("search", "daesh")
        self.assertEqual(r["results"][0]["id"], "group:islamic-state")
        self.assertEqual(r["results"][0]["name"], "داعش")

    def test_pagerank_puts_isis_first(self):
        r = self.json("rank", "--by", "pagerank")
        self.assertEqual(r["by"], "pagerank")
        self.assertEqual(r["ranking"][0]["id"], "group:islamic-state")
        self.assertGreater(r["ranking"][0]["score"], r["ranking"][1]["score"])

    def test_rank_from_the_index_is_the_rank_from_the_store(self):
        topo = self.store + ".topo"
        for by in ("degree", "betweenness", "pagerank"):
            for args in ((), ("--type", "person", "--limit", "0"), ("--include-co-mentioned",)):
                if os.path.exists(topo):
                    os.remove(topo)
                loaded = self.json("rank", "--by", by, *args)  # loads the store, saves the index
                self.assertTrue(os.path.exists(topo))
                indexed = self.json("rank", "--by", by, *args)
                self.assertEqual(indexed, loaded, (by, args))
                self.assertTrue(indexed["ranking"])

    def test_neighbors_from_the_index_are_the_neighbors_from_the_store(self):
        topo = self.store + ".topo"
        for args in (("داعش",), ("داعش", "--depth", "2"), ("داعش", "--depth", "2", "--type", "person"),
                     ("داعش", "--depth", "3", "--limit", "5"), ("قسد", "--relation", "fights", "--depth", "2"),
                     ("داعش", "--include-co-mentioned", "--depth", "2"), ("ISIS", "--min-weight", "1.5")):
            answers = []
            for fmt in ((), ("--json",)):
                if os.path.exists(topo):
                    os.remove(topo)
                _, loaded, _ = self.kg("neighbors", *fmt, *args)  # loads the store, saves the index
                self.assertTrue(os.path.exists(topo))
                mtime = os.stat(topo).st_mtime_ns
                _, indexed, _ = self.kg("neighbors", *fmt, *args)
                self.assertEqual(os.stat(topo).st_mtime_ns, mtime)  # the index answered
                self.assertEqual(indexed, loaded, (fmt, args))
                answers.append(indexed)
            self.assertTrue(json.loads(answers[1])["edges"], args)
        # A name the index does not resolve to one entity gets the store's answer: suggestions.
        _, _, err = self.kg("neighbors", "داعشش", check=1)
        self.assertIn("did you mean", err)

    def test_stats_from_the_index_are_the_stats_from_the_store(self):
        topo = self.store + ".topo"
        for fmt in ((), ("--json",)):
            if os.path.exists(topo):
                os.remove(topo)
            _, loaded, _ = self.kg("stats", *fmt)  # loads the store, saves the index
            self.assertTrue(os.path.exists(topo))
            mtime = os.stat(topo).st_mtime_ns
            _, indexed, _ = self.kg("stats", *fmt)
            self.assertEqual(os.stat(topo).st_mtime_ns, mtime)  # the index answered
            self.assertEqual(indexed, loaded, fmt)
        stats = json.loads(indexed)
        self.assertEqual(stats["articles"], 5)
        self.assertEqual(stats["entities"], sum(stats["by_type"].values()))
        self.assertEqual(stats["relations"], sum(stats["by_relation"].values()))

    def test_timeline_has_the_moscow_attack_once_with_both_figures(self):
        r = self.json("timeline")
        moscow = [a for a in r["attacks"] if a["place"] and a["place"]["id"] == "place:moscow"]
        self.assertEqual(len(moscow), 1, moscow)
        attack = moscow[0]
        self.assertTrue(attack["competing"])
        self.assertEqual(attack["perpetrator"]["id"], "group:islamic-state")
        figures = {c["article"]: c["killed"] for c in attack["claims"]}
        self.assertEqual(figures, {"000_1b7da20f28736936": 145, "002_8039a6aacaf2da2a": 140})

    def test_unknown_name_suggests_the_nearest(self):
        for cmd in (["show", "داعشش"], ["path", "داعشش", "طالبان"], ["neighbors", "داعشش"]):
            code, out, err = self.kg(*cmd, check=1)
            self.assertIn("did you mean", err)
            self.assertIn("group:islamic-state", err)
            self.assertEqual(out, "")


class Corrections(KgCase):
    """kg merge / unmerge / alias / retype / corrections / undo: logged, reversible, lasting."""

    KHORASAN = "group:islamic-state-khorasan-province"

    def setUp(self):
        super().setUp()
        # A copy of the samples, so that an article can change.
        self.articles = os.path.join(self.dir, "articles")
        shutil.copytree(ARGS.samples, self.articles)
        self.kg("ingest", self.articles)

    def json(self, *cmd, check=0):
        _, out, _ = self.kg(*cmd, "--json", check=check)
        return json.loads(out)

    def entity_ids(self):
        return {e["id"] for e in self.json("entities")["entities"]}

    def test_merge_holds_when_articles_are_reingested(self):
        r = self.json("merge", "داعش", "ولاية خراسان")
        [c] = r["corrections"]
        self.assertEqual((c["kind"], c["args"], c["undone"]), ("merge", ["group:islamic-state", self.KHORASAN], False))
        self.assertNotIn(self.KHORASAN, self.entity_ids())
        for name in ("ولاية خراسان", self.KHORASAN):
            self.assertEqual(self.json("show", name)["id"], "group:islamic-state", name)
        # An article that names the province changes, and one that did not starts to: re-ingest.
        for article in ("000_1b7da20f28736936", "003_6cfd97e1108cc33a"):
            path = os.path.join(self.articles, article + ".txt")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace("\n\n", "\n\nوتنشط ولاية خراسان في طاجيكستان.\n\n", 1))
        _, _, err = self.kg("ingest", self.articles)
        self.assertIn("2 replaced", err)
        self.assertNotIn(self.KHORASAN, self.entity_ids())
        show = self.json("show", "ولاية خراسان")
        self.assertEqual(show["id"], "group:islamic-state")
        self.assertEqual(show["merged"], [self.KHORASAN])
        tajikistan = [x for x in show["relations_out"]
                      if x["relation"] == "operates_in" and x["other"]["id"] == "place:tajikistan"]
        self.assertEqual(len(tajikistan), 1)
        self.assertEqual({e["article"] for e in tajikistan[0]["evidence"]},
                         {"000_1b7da20f28736936", "003_6cfd97e1108cc33a"})
        hood = self.json("neighbors", "داعش", "--depth", "1")
        self.assertIn("place:tajikistan", {e["id"] for lv in hood["levels"] for e in lv["entities"]})
        # kg stats and the ingest summary count the merged graph.
        self.assertEqual(self.json("stats")["entities"], len(self.entity_ids()))
        # Unmerge: the province stands apart again, with what the new articles said of it.
        r = self.json("unmerge", "ولاية خراسان")
        self.assertEqual(r["corrections"][0]["undone"], True)
        show = self.json("show", "ولاية خراسان")
        self.assertEqual(show["id"], self.KHORASAN)
        self.assertIn("place:tajikistan", {x["other"]["id"] for x in show["relations_out"]})
        self.assertEqual(self.json("show", "داعش")["merged"], [])
        _, _, err = self.kg("unmerge", "ولاية خراسان", check=1)
        self.assertIn("not merged", err)

    def test_stats_count_merged_attacks_once_from_the_index_and_the_store(self):
        before = self.json("stats")
        attacks = sorted(e["id"] for e in self.json("entities", "--type", "attack")["entities"])
        self.assertGreaterEqual(len(attacks), 2)
        self.json("merge", attacks[0], attacks[1])
        topo = self.store + ".topo"
        if os.path.exists(topo):
            os.remove(topo)
        loaded = self.json("stats")  # from the store, saving the index
        self.assertTrue(os.path.exists(topo))
        indexed = self.json("stats")
        self.assertEqual(indexed, loaded)
        self.assertEqual(indexed["attacks"], before["attacks"] - 1)
        self.assertEqual(indexed["entities"], before["entities"] - 1)

    def test_merge_refuses_unknown_and_identical_names(self):
        _, _, err = self.kg("merge", "داعش", "نكرة", check=1)
        self.assertIn("no entity named 'نكرة'", err)
        _, _, err = self.kg("merge", "داعش", "ISIS", check=1)
        self.assertIn("nothing to merge", err)
        self.assertEqual(self.json("corrections", check=1)["corrections"], [])

    def test_alias_add_then_show_by_it_then_remove(self):
        self.kg("show", "ISIL", check=1)
        [c] = self.json("alias", "add", "داعش", "ISIL")["corrections"]
        self.assertEqual(c["args"], ["group:islamic-state", "ISIL"])
        show = self.json("show", "ISIL")
        self.assertEqual(show["id"], "group:islamic-state")
        self.assertIn({"alias": "ISIL", "article": f"correction {c['id']}"}, show["aliases"])
        self.assertEqual(self.json("search", "isil")["results"][0]["id"], "group:islamic-state")
        # Still there after the samples are ingested again.
        self.kg("ingest", ARGS.samples)
        self.assertEqual(self.json("show", "ISIL")["id"], "group:islamic-state")
        self.kg("alias", "add", "داعش", "isil", check=1)
        self.kg("alias", "remove", "داعش", "ISIL")
        self.kg("show", "ISIL", check=1)
        # An alias the articles gave is hidden, and comes back when added again.
        self.kg("alias", "remove", "داعش", "ISIS")
        self.assertNotIn("ISIS", {a["alias"] for a in self.json("show", "داعش")["aliases"]})
        self.kg("alias", "add", "داعش", "ISIS")
        self.assertEqual(self.json("show", "ISIS")["id"], "group:islamic-state")
        _, _, err = self.kg("alias", "remove", "داعش", "لا شيء", check=1)
        self.assertIn("has no alias", err)
        _, _, err = self.kg("alias", "remove", "داعش", "داعش", check=1)
        self.assertIn("display name", err)

    def test_a_name_given_to_two_entities_lists_both(self):
        self.kg("alias", "add", "طالبان", "الحركة")
        _, _, err = self.kg("alias", "add", "حماس", "الحركة")
        self.assertIn("also names", err)
        for cmd in (["show", "الحركة"], ["path", "الحركة", "داعش"], ["neighbors", "الحركة"]):
            _, out, err = self.kg(*cmd, check=1)
            self.assertIn("names 2 entities", err)
            self.assertIn("group:taliban", err)
            self.assertIn("group:hamas", err)
            self.assertEqual(out, "")
        # The ids settle it.
        self.assertEqual(self.json("show", "group:hamas")["id"], "group:hamas")

    def test_retype_and_undo(self):
        self.assertEqual(self.json("show", "نظام الأسد")["type"], "organization")
        [c] = self.json("retype", "نظام الأسد", "group")["corrections"]
        self.assertEqual((c["kind"], c["args"]), ("retype", ["organization:nzam-alasd", "group"]))
        self.assertEqual(self.json("show", "نظام الأسد")["type"], "group")
        groups = {e["id"] for e in self.json("entities", "--type", "group")["entities"]}
        self.assertIn("organization:nzam-alasd", groups)
        self.kg("ingest", self.articles)
        self.assertEqual(self.json("show", "نظام الأسد")["type"], "group")
        self.kg("retype", "نظام الأسد", "group", check=1)
        self.kg("retype", "نظام الأسد", "tribe", check=2)
        self.kg("retype", "هجوم موسكو", "group", check=2)
        [u] = self.json("undo", str(c["id"]))["corrections"]
        self.assertTrue(u["undone"])
        self.assertEqual(self.json("show", "نظام الأسد")["type"], "organization")

    def test_corrections_list_and_undo(self):
        self.kg("merge", "داعش", "ولاية خراسان")
        self.kg("alias", "add", "طالبان", "الإمارة الإسلامية")
        log = self.json("corrections")["corrections"]
        self.assertEqual([(c["id"], c["kind"], c["undone"]) for c in log], [(1, "merge", False), (2, "alias", False)])
        self.assertRegex(log[0]["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        _, out, _ = self.kg("corrections")
        self.assertIn("ولاية خراسان", out)
        self.assertIn("active", out)
        self.kg("undo", "1")
        self.assertIn(self.KHORASAN, self.entity_ids())
        _, _, err = self.kg("undo", "1", check=1)
        self.assertIn("already undone", err)
        _, _, err = self.kg("undo", "99", check=1)
        self.assertIn("does not exist", err)
        self.assertEqual([c["id"] for c in self.json("corrections", "--active")["corrections"]], [2])
        self.kg("undo", "0", check=2)

    def test_version_one_store_is_migrated(self):
        import sqlite3
        before = self.json("show", "داعش")
        db = sqlite3.connect(self.store)
        packed = db.execute("SELECT count(*) FROM aliases").fetchone()[0]
        # Version 1 had no corrections, aliases one spelling a row (until version 5) in one rowid
        # table (until version 3), evidence indexed by its three strings (until version 4), and
        # each co_mentioned pair an evidence row, each mention a mentions row and no attack_groups
        # (until version 6).
        db.executescript("""
            DROP INDEX evidence_key; ALTER TABLE evidence DROP COLUMN triple_key;
            CREATE INDEX evidence_triple ON evidence(source, relation, target);""")
        co = db.execute('SELECT article_id, sentence, "start", "end", text, confidence, hedged, pairs '
                        "FROM co_mentions ORDER BY id").fetchall()
        self.assertGreater(len(co), 0)
        evidence = []
        for art, sen, b, e, text, conf, hedged, pairs in co:
            ends = pairs.split("\x1f")
            evidence += [(art, s, t, sen, b, e, text, conf, hedged) for s, t in zip(ends[::2], ends[1::2])]
        db.executemany('INSERT INTO evidence(article_id, source, relation, target, sentence, "start", '
                       '"end", text, confidence, hedged) '
                       "VALUES(?, ?, 'co_mentioned', ?, ?, ?, ?, ?, ?, ?)", evidence)
        mentions = []
        for art, entity, fields in db.execute("SELECT article_id, entity_id, mentions FROM aliases "
                                              "WHERE mention_count > 0"):
            f = fields.split("\x1f")
            mentions += [(art, entity, int(f[i]), int(f[i + 1]), int(f[i + 2]), f[i + 3])
                         for i in range(0, len(f), 4)]
        self.assertGreater(len(mentions), 0)
        db.executemany('INSERT INTO mentions(article_id, entity_id, "start", "end", sentence, text) '
                       "VALUES(?, ?, ?, ?, ?, ?)", mentions)
        db.executescript("""
            DROP TABLE co_mentions; DROP TABLE co_keys; DROP TABLE attack_groups;
            CREATE TABLE aliases_old(entity_id TEXT NOT NULL, alias TEXT NOT NULL,
                                     article_id TEXT NOT NULL, UNIQUE(entity_id, alias, article_id));""")
        rows = db.execute("SELECT a.entity_id, a.alias, a.article_id FROM articles r "
                          "CROSS JOIN aliases a ON a.article_id = r.id ORDER BY r.rowid, a.seq").fetchall()
        db.executemany("INSERT INTO aliases_old VALUES(?, ?, ?)",
                       [(e, alias, art) for e, spellings, art in rows for alias in spellings.split("\x1f")])
        self.assertGreater(db.execute("SELECT count(*) FROM aliases_old").fetchone()[0], packed)
        db.executescript("""
            DROP TABLE aliases; DROP TABLE entity_articles; DROP TABLE corrections;
            ALTER TABLE aliases_old RENAME TO aliases;
            CREATE INDEX aliases_article ON aliases(article_id);
            PRAGMA user_version = 1;""")
        db.commit()
        db.close()
        show = self.json("show", "داعش")
        # Read-only commands read it as it is.
        self.assertEqual(show["id"], "group:islamic-state")
        self.assertIn({"alias": "ISIS", "article": "000_1b7da20f28736936"}, show["aliases"])
        self.assertEqual(show["aliases"], before["aliases"])
        self.assertEqual(show["mentions"], before["mentions"])
        self.json("corrections", check=1)
        db = sqlite3.connect(self.store)
        self.assertEqual(db.execute("PRAGMA user_version").fetchone()[0], 1)
        db.close()
        # The first correction migrates it.
        self.kg("merge", "داعش", "ولاية خراسان")
        db = sqlite3.connect(self.store)
        self.assertEqual(db.execute("PRAGMA user_version").fetchone()[0], 6)
        self.assertEqual(db.execute("SELECT kind, undone FROM corrections").fetchall(), [("merge", 0)])
        self.assertEqual(db.execute("SELECT count(*) FROM evidence WHERE triple_key = 0").fetchone()[0], 0)
        self.assertEqual(db.execute("SELECT count(*) FROM aliases").fetchone()[0], packed)
        db.execute("PRAGMA user_version = 7")
        db.commit()
        db.close()
        _, _, err = self.kg("show", "داعش", check=2)
        self.assertIn("newer kg", err)


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
