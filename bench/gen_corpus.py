#!/usr/bin/env python3
"""Writes N synthetic Arabic news articles for the ingest and extraction benchmarks.

Each article is a title line and a dozen paragraphs built from sentence templates that mix lexicon
entities (data/lexicon.json) with the constructions of real conflict reporting: attacks with
casualties and dates, claims of responsibility, officials quoted with their titles, leaders named,
"X التابعة لـ Y" branches, groups active in places, fighting and alliances, and plain filler
sentences with no entity at all. The same seed gives the same bytes.

    bench/gen_corpus.py --lexicon data/lexicon.json --out /tmp/corpus --articles 1000 --seed 7

Files are named like the samples, NNNNNN_<16 hex>.txt; the summary line on stdout gives the count
and the total size. Standard library only.
"""
import argparse
import hashlib
import json
import os
import random
import sys

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
TITLES = ["الرئيس", "الوزير", "اللواء", "العميد", "الباحث", "الخبير", "المستشار", "السفير",
          "المبعوث", "الجنرال"]
ROLES_OFFICIAL = ["وزير", "مستشار", "سفير", "مبعوث", "نائب رئيس"]
ATTACK_NOUNS = ["هجوما", "تفجيرا انتحاريا", "هجوما مسلحا", "هجوما بسيارة مفخخة"]
TARGET_NOUNS = ["نقطة تفتيش", "ثكنة عسكرية", "سوقا شعبيا", "قافلة عسكرية", "مسجدا", "حاجزا أمنيا"]
FILLER = [
    "وتشهد المنطقة توترا أمنيا متصاعدا منذ أشهر، وسط مخاوف من عودة العنف إلى مستوياته السابقة.",
    "ويرى محللون أن الوضع الاقتصادي المتردي يوفر بيئة خصبة للتجنيد في صفوف الجماعات المتطرفة.",
    "وأشار التقرير إلى أن أعداد النازحين ارتفعت بشكل ملحوظ خلال الفترة الماضية.",
    "ولم تصدر السلطات المحلية أي تعليق رسمي حتى ساعة إعداد هذا التقرير.",
    "وتتزايد الدعوات الدولية إلى تعزيز التعاون الأمني وتبادل المعلومات بين دول المنطقة.",
    "وقد شهدت الأسابيع الأخيرة سلسلة من الحوادث الأمنية المتفرقة في عدد من المدن.",
    "ويؤكد مراقبون أن المعركة ضد الإرهاب لا تقتصر على الجانب العسكري وحده.",
    "وتتحدث تقارير عن نقص حاد في الخدمات الأساسية في المناطق المتضررة من القتال.",
]


def arabic_names(entity):
    names = [entity["ar"]]
    for a in entity.get("aliases", []):
        if a and any("\u0600" <= c <= "\u06ff" for c in a):
            names.append(a)
    return names


class Corpus:
    def __init__(self, lexicon, seed):
        self.rng = random.Random(seed)
        by_type = {}
        for e in lexicon["entities"]:
            by_type.setdefault(e["type"], []).append(e)
        self.groups = by_type.get("group", [])
        self.places = [p for p in by_type.get("place", []) if not p.get("ambiguous")]
        self.people = [p for p in by_type.get("person", []) if not p.get("ambiguous")]
        self.orgs = by_type.get("organization", [])
        # A few groups and places dominate the news, as they do in real reporting.
        self.group_weights = [1.0 / (i + 1) ** 0.8 for i in range(len(self.groups))]
        self.place_weights = [1.0 / (i + 1) ** 0.6 for i in range(len(self.places))]

    def pick(self, items, weights=None):
        if weights:
            return self.rng.choices(items, weights=weights, k=1)[0]
        return self.rng.choice(items)

    def name(self, entity, first=True):
        names = arabic_names(entity)
        return names[0] if first or len(names) == 1 else self.rng.choice(names)

    def group(self):
        return self.name(self.pick(self.groups, self.group_weights), self.rng.random() < 0.6)

    def place(self):
        return self.name(self.pick(self.places, self.place_weights), self.rng.random() < 0.8)

    def person(self):
        return self.name(self.pick(self.people), True)

    def org(self):
        return self.name(self.pick(self.orgs), self.rng.random() < 0.7)

    def date(self, year):
        r = self.rng.random()
        if r < 0.5:
            return f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS)} {year}"
        if r < 0.8:
            return f"{self.rng.choice(DAYS)} الماضي"
        return f"{self.rng.choice(MONTHS)} {year}"

    def sentence(self, year):
        rng = self.rng
        k = rng.randint(0, 11)
        killed = rng.choice([3, 5, 7, 12, 17, 23, 40, 145, 2, 9])
        injured = rng.choice([4, 10, 15, 30, 60])
        approx = rng.choice(["", "نحو ", "أكثر من ", "ما لا يقل عن "])
        if k == 0:
            return (f"وفي {self.date(year)}، شن {self.group()} {rng.choice(ATTACK_NOUNS)} على "
                    f"{rng.choice(TARGET_NOUNS)} في {self.place()} أسفر عن مقتل {approx}{killed} "
                    f"أشخاص وإصابة {injured} آخرين.")
        if k == 1:
            return (f"وأعلن {self.group()} مسؤوليته عن الهجوم الذي استهدف {self.org()} في "
                    f"{self.place()} يوم {rng.choice(DAYS)}.")
        if k == 2:
            return (f"وقال {rng.choice(TITLES)} {self.person()}، {rng.choice(ROLES_OFFICIAL)} في "
                    f"{self.org()}، إن {self.group()} يشكل تهديدا متزايدا في {self.place()}.")
        if k == 3:
            return f"ويتزعم {self.person()} {self.group()} منذ عام {year - rng.randint(1, 9)}."
        if k == 4:
            return (f"وتنشط {self.group()} التابعة لـ{self.group()} في {self.place()} و"
                    f"{self.place()}.")
        if k == 5:
            return f"وينشط {self.group()} في مناطق واسعة من {self.place()}."
        if k == 6:
            return (f"وقال المتحدث باسم {self.org()} {self.person()} إن القوات تواصل ملاحقة "
                    f"{self.group()}.")
        if k == 7:
            return (f"واندلعت اشتباكات عنيفة بين {self.org()} ومسلحي {self.group()} قرب "
                    f"{self.place()}، ما أدى إلى مقتل {killed} من المسلحين.")
        if k == 8:
            return f"ويعد {self.group()} حليفا لـ{self.group()} منذ سنوات، بحسب مصادر محلية."
        if k == 9:
            return (f"وأكد {self.person()}، زعيم {self.group()}، في تسجيل صوتي نشر "
                    f"{self.date(year)}، أن التنظيم سيواصل عملياته.")
        if k == 10:
            return (f"وسيطرت {self.org()} على {self.place()} بعد معارك استمرت أياما مع "
                    f"{self.group()}.")
        return rng.choice(FILLER)

    def article(self, index):
        rng = self.rng
        year = rng.randint(2014, 2025)
        title = f"{self.group()} و{self.place()}: {rng.choice(['تصعيد جديد', 'هجمات متكررة', 'مخاوف أمنية', 'عودة التنظيم'])}"
        paragraphs = [title, ""]
        for _ in range(rng.randint(8, 16)):
            paragraphs.append(" ".join(self.sentence(year) for _ in range(rng.randint(1, 3))))
            paragraphs.append("")
        return "\n".join(paragraphs)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--lexicon", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args(argv)
    with open(a.lexicon, encoding="utf-8") as f:
        lexicon = json.load(f)
    corpus = Corpus(lexicon, a.seed)
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for i in range(a.articles):
        text = corpus.article(i).encode("utf-8")
        digest = hashlib.blake2b(text, digest_size=8).hexdigest()
        with open(os.path.join(a.out, f"{i:06d}_{digest}.txt"), "wb") as f:
            f.write(text)
        total += len(text)
    print(f"gen_corpus: {a.articles} articles, {total} bytes in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
