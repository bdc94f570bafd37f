#!/usr/bin/env python3
"""Generates data/lexicon.json (the kg lexicon) from the tables below.

    python3 data/build_lexicon.py            # writes data/lexicon.json next to this script
    python3 data/check_lexicon.py            # validates it

Each entry: add(type, slug, ar, en, aliases, cs=..., country=..., parent=..., amb=...).
`aliases` and `cs` are "|"-separated strings. `amb` lists aliases that deliberately name more
than one entity (every entity sharing the alias must list it); the extractor falls back to the
entity that comes first in the file (groups, organizations, people, places, each in the order
written here), so the likelier reading of a shared alias is written first. Countries are referred to by the
ids the loader gives CLDR names ("place:" + slug of the English CLDR name, e.g. place:iraq,
place:congo-kinshasa, place:palestinian-territories), so a hand-written place with such an id
merges into the CLDR entry and adds aliases to it.
"""
import json
import os
import sys
import unicodedata

ENTITIES = []
TYPES = ("group", "organization", "person", "place")


def _split(s):
    if not s:
        return []
    if isinstance(s, (list, tuple)):
        return [x.strip() for x in s if x.strip()]
    return [x.strip() for x in s.split("|") if x.strip()]


def add(type_, slug, ar, en, aliases="", cs="", country=None, parent=None, amb=""):
    nfc = lambda x: unicodedata.normalize("NFC", x)
    e = {"id": f"{type_}:{slug}", "type": type_, "ar": nfc(ar), "en": nfc(en)}
    c = [nfc(x) for x in _split(cs)]
    al = []
    for a in _split(aliases) + _split(amb):
        a = nfc(a)
        if a != e["ar"] and a not in al and a not in c:
            al.append(a)
    e["aliases"] = al
    if c:
        e["case_sensitive"] = c
    if country:
        e["country"] = country if ":" in country else "place:" + country
    if parent:
        e["parent"] = parent
    a = [nfc(x) for x in _split(amb)]
    if a:
        e["ambiguous"] = a
    ENTITIES.append(e)


def G(*a, **k): add("group", *a, **k)
def O(*a, **k): add("organization", *a, **k)
def P(*a, **k): add("person", *a, **k)
def L(*a, **k): add("place", *a, **k)


IS = "group:islamic-state"
AQ = "group:al-qaeda"

# ---------------------------------------------------------------------------------------------
# Groups: the Islamic State, its predecessors, provinces and offices
# ---------------------------------------------------------------------------------------------
G("islamic-state", "داعش", "Islamic State",
  "تنظيم الدولة الإسلامية|الدولة الإسلامية|تنظيم الدولة|تنظيم داعش|الدولة الإسلامية في العراق والشام|"
  "تنظيم الدولة الإسلامية في العراق والشام|الدولة الإسلامية في العراق وسوريا|"
  "تنظيم الدولة الإسلامية في العراق وسوريا|الدولة الإسلامية في العراق وسورية|دولة الخلافة|الدواعش|"
  "ISIS|ISIL|Daesh|Daech|Daish|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|"
  "Islamic State of Iraq and al-Sham|Islamic State group", cs="IS")
G("islamic-state-of-iraq", "دولة العراق الإسلامية", "Islamic State of Iraq",
  "تنظيم دولة العراق الإسلامية", country="iraq")
G("al-qaeda-in-iraq", "تنظيم القاعدة في بلاد الرافدين", "Al-Qaeda in Iraq",
  "القاعدة في بلاد الرافدين|تنظيم قاعدة الجهاد في بلاد الرافدين|القاعدة في العراق|تنظيم القاعدة في العراق|"
  "Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn", cs="AQI", country="iraq", parent=AQ)
G("tawhid-wal-jihad", "جماعة التوحيد والجهاد", "Jama'at al-Tawhid wal-Jihad",
  "جماعة التوحيد والجهاد في العراق|Tawhid wal-Jihad", country="iraq")
G("mujahideen-shura-council-iraq", "مجلس شورى المجاهدين في العراق", "Mujahideen Shura Council (Iraq)",
  "Mujahideen Shura Council in Iraq", country="iraq")

G("islamic-state-khorasan-province", "ولاية خراسان", "Islamic State Khorasan Province",
  "داعش خراسان|داعش ولاية خراسان|تنظيم داعش خراسان|تنظيم داعش ولاية خراسان|داعش في ولاية خراسان|"
  "تنظيم الدولة الإسلامية في ولاية خراسان|تنظيم الدولة الإسلامية ولاية خراسان|الدولة الإسلامية ولاية خراسان|"
  "الدولة الإسلامية في خراسان|تنظيم الدولة الإسلامية في خراسان|داعش فرع خراسان|"
  "ولاية خراسان التابعة لتنظيم الدولة الإسلامية|ISIS-K|ISIS-Khorasan|ISIS Khorasan|ISKP|"
  "Islamic State Khorasan|Islamic State in Khorasan Province|Islamic State-Khorasan Province",
  cs="IS-K|IS-KP|ISK", country="afghanistan", parent=IS)
G("islamic-state-west-africa-province", "ولاية غرب أفريقيا", "Islamic State West Africa Province",
  "ولاية غرب إفريقيا|داعش غرب أفريقيا|داعش غرب إفريقيا|داعش في غرب أفريقيا|"
  "تنظيم الدولة الإسلامية في غرب أفريقيا|تنظيم الدولة الإسلامية في غرب إفريقيا|"
  "تنظيم الدولة الإسلامية ولاية غرب أفريقيا|الدولة الإسلامية في غرب أفريقيا|تنظيم الدولة في غرب أفريقيا|"
  "ولاية غرب أفريقيا التابعة لتنظيم الدولة الإسلامية|ولاية غرب إفريقيا التابعة لتنظيم الدولة الإسلامية|"
  "ISWAP|Islamic State West Africa|Islamic State in West Africa Province",
  cs="ISWA", country="nigeria", parent=IS)
G("islamic-state-sahel-province", "ولاية الساحل", "Islamic State Sahel Province",
  "داعش الساحل|داعش في الساحل|تنظيم الدولة الإسلامية في الساحل|الدولة الإسلامية في الصحراء الكبرى|"
  "تنظيم الدولة الإسلامية في الصحراء الكبرى|داعش في الصحراء الكبرى|تنظيم الدولة في الصحراء الكبرى|"
  "Islamic State in the Greater Sahara|Islamic State Sahel|ISGS|ISSP",
  cs="IS-Sahel|IS Sahel", country="mali", parent=IS)
G("islamic-state-central-africa-province", "ولاية وسط أفريقيا", "Islamic State Central Africa Province",
  "ولاية وسط إفريقيا|داعش وسط أفريقيا|داعش وسط إفريقيا|تنظيم الدولة الإسلامية في وسط أفريقيا|"
  "الدولة الإسلامية في وسط أفريقيا|ISCAP|Islamic State Central Africa",
  country="congo-kinshasa", parent=IS)
G("islamic-state-mozambique-province", "ولاية موزمبيق", "Islamic State Mozambique Province",
  "داعش موزمبيق|داعش في موزمبيق|تنظيم الدولة الإسلامية في موزمبيق|الدولة الإسلامية في موزمبيق|"
  "فرع تنظيم الدولة الإسلامية في موزمبيق|Islamic State Mozambique|Ahlu Sunnah Wa-Jama'a|Ahl al-Sunna wal-Jama'a (Mozambique)",
  cs="IS-Mozambique|ISM", country="mozambique", parent=IS)
G("islamic-state-sinai-province", "ولاية سيناء", "Islamic State Sinai Province",
  "داعش سيناء|تنظيم ولاية سيناء|تنظيم داعش في سيناء|الدولة الإسلامية في سيناء|تنظيم الدولة الإسلامية في سيناء|"
  "Sinai Province|Wilayat Sinai|Islamic State Sinai", country="egypt", parent=IS)
G("islamic-state-somalia-province", "ولاية الصومال", "Islamic State Somalia Province",
  "داعش الصومال|داعش في الصومال|تنظيم الدولة الإسلامية في الصومال|الدولة الإسلامية في الصومال|"
  "تنظيم داعش في الصومال|Islamic State Somalia|Islamic State in Somalia", cs="IS-Somalia",
  country="somalia", parent=IS)
G("islamic-state-pakistan-province", "ولاية باكستان", "Islamic State Pakistan Province",
  "داعش باكستان|تنظيم الدولة الإسلامية في باكستان|Islamic State Pakistan", cs="ISPP",
  country="pakistan", parent=IS)
G("islamic-state-hind-province", "ولاية الهند", "Islamic State Hind Province",
  "داعش الهند|تنظيم الدولة الإسلامية في الهند|Islamic State Hind|Islamic State India", cs="ISHP",
  country="india", parent=IS)
G("islamic-state-libya-province", "ولاية ليبيا", "Islamic State Libya Province",
  "داعش ليبيا|داعش في ليبيا|تنظيم الدولة الإسلامية في ليبيا|الدولة الإسلامية في ليبيا|ولاية طرابلس|ولاية برقة|"
  "ولاية فزان|Islamic State Libya|Islamic State in Libya", country="libya", parent=IS)
G("islamic-state-yemen-province", "ولاية اليمن", "Islamic State Yemen Province",
  "داعش اليمن|داعش في اليمن|تنظيم الدولة الإسلامية في اليمن|الدولة الإسلامية في اليمن|Islamic State Yemen",
  country="yemen", parent=IS)
G("islamic-state-east-asia-province", "ولاية شرق آسيا", "Islamic State East Asia Province",
  "داعش شرق آسيا|تنظيم الدولة الإسلامية في شرق آسيا|داعش الفلبين|تنظيم الدولة الإسلامية في الفلبين|"
  "Islamic State East Asia|Islamic State Philippines", cs="ISEAP", country="philippines", parent=IS)
G("islamic-state-iraq-province", "ولاية العراق", "Islamic State Iraq Province",
  "Wilayat al-Iraq", country="iraq", parent=IS)
G("islamic-state-sham-province", "ولاية الشام", "Islamic State Sham Province",
  "Wilayat al-Sham|Islamic State Syria Province", country="syria", parent=IS)
G("islamic-state-turkey-province", "ولاية تركيا", "Islamic State Turkey Province",
  "Wilayat Turkiya", country="turkey", parent=IS)
G("islamic-state-caucasus-province", "ولاية القوقاز", "Islamic State Caucasus Province",
  "داعش القوقاز|Islamic State Caucasus|Wilayat Qawqaz", country="russia", parent=IS)
G("islamic-state-algeria-province", "ولاية الجزائر", "Islamic State Algeria Province",
  "داعش الجزائر|Islamic State Algeria", country="algeria", parent=IS)
G("islamic-state-general-directorate-of-provinces", "الإدارة العامة للولايات", "General Directorate of Provinces",
  "المديرية العامة للولايات|مديرية الولايات|General Directorate of Provinces of the Islamic State",
  parent=IS)
G("al-karrar-office", "مكتب الكرار", "al-Karrar Office",
  "مكتب الكرار الإقليمي|al-Karrar regional office", country="somalia", parent=IS)
G("al-furqan-office", "مكتب الفرقان", "al-Furqan Office",
  "مكتب الفرقان الإقليمي|al-Furqan regional office", country="nigeria", parent=IS)
G("al-siddiq-office", "مكتب الصديق", "al-Siddiq Office",
  "مكتب الصديق الإقليمي|al-Siddiq regional office", country="afghanistan", parent=IS)
G("dhu-al-nurayn-office", "مكتب ذو النورين", "Dhu al-Nurayn Office",
  "مكتب ذي النورين|Dhu al-Nurayn regional office", country="egypt", parent=IS)
G("umm-al-qura-office", "مكتب أم القرى", "Umm al-Qura Office", "Umm al-Qura regional office",
  country="yemen", parent=IS)
G("al-faruq-office", "مكتب الفاروق", "al-Faruq Office", "al-Faruq regional office",
  country="turkey", parent=IS)
G("ard-al-mubaraka-office", "مكتب الأرض المباركة", "Ard al-Mubaraka Office",
  "al-Ard al-Mubaraka regional office", country="syria", parent=IS)
G("jaysh-khalid-ibn-al-walid", "جيش خالد بن الوليد", "Jaysh Khalid ibn al-Walid",
  "Khalid ibn al-Walid Army", country="syria", parent=IS)
G("liwa-shuhada-al-yarmouk", "لواء شهداء اليرموك", "Liwa Shuhada al-Yarmouk",
  "Yarmouk Martyrs Brigade", country="syria")
G("ansar-bait-al-maqdis", "أنصار بيت المقدس", "Ansar Bait al-Maqdis",
  "جماعة أنصار بيت المقدس|Ansar Beit al-Maqdis", country="egypt")
G("jund-al-khilafa", "جند الخلافة", "Jund al-Khilafa", "جند الخلافة في أرض الجزائر|Soldiers of the Caliphate",
  country="algeria")
G("lakurawa", "لاكوراوا", "Lakurawa", "جماعة لاكوراوا", country="nigeria")
G("maute-group", "جماعة ماوتي", "Maute group", "ماوتي|Dawlah Islamiyah", country="philippines")
G("abu-sayyaf-group", "جماعة أبو سياف", "Abu Sayyaf Group", "أبو سياف|Abu Sayyaf", cs="ASG",
  country="philippines")
G("jamaah-ansharut-daulah", "جماعة أنصار الدولة", "Jamaah Ansharut Daulah",
  "Jemaah Anshorut Daulah", cs="JAD", country="indonesia")
G("khorasan-group", "مجموعة خراسان", "Khorasan Group", "جماعة خراسان", country="syria", parent=AQ)

# ---------------------------------------------------------------------------------------------
# Groups: al-Qaeda, its affiliates and other Sunni jihadist groups
# ---------------------------------------------------------------------------------------------
G("al-qaeda", "القاعدة", "Al-Qaeda",
  "تنظيم القاعدة|قاعدة الجهاد|تنظيم قاعدة الجهاد|القاعدة المركزية|القيادة العامة لتنظيم القاعدة|"
  "Al Qaeda|al-Qaida|Al Qaida|al-Qa'ida|Al-Qaeda core", country="afghanistan")
G("al-qaeda-in-the-arabian-peninsula", "تنظيم القاعدة في جزيرة العرب", "Al-Qaeda in the Arabian Peninsula",
  "القاعدة في جزيرة العرب|تنظيم القاعدة في شبه الجزيرة العربية|القاعدة في شبه الجزيرة العربية|"
  "القاعدة في اليمن|تنظيم القاعدة في اليمن|أنصار الشريعة في اليمن|AQAP",
  country="yemen", parent=AQ, amb="أنصار الشريعة")
G("al-qaeda-in-the-islamic-maghreb", "تنظيم القاعدة في بلاد المغرب الإسلامي", "Al-Qaeda in the Islamic Maghreb",
  "القاعدة في بلاد المغرب الإسلامي|تنظيم القاعدة في المغرب الإسلامي|القاعدة في المغرب الإسلامي|"
  "قاعدة المغرب الإسلامي|AQIM", country="algeria", parent=AQ)
G("al-qaeda-in-the-indian-subcontinent", "تنظيم القاعدة في شبه القارة الهندية", "Al-Qaeda in the Indian Subcontinent",
  "القاعدة في شبه القارة الهندية|قاعدة الجهاد في شبه القارة الهندية|AQIS", country="pakistan", parent=AQ)
G("al-shabaab", "حركة الشباب", "Al-Shabaab",
  "حركة الشباب المجاهدين|الشباب المجاهدين|حركة الشباب الصومالية|حركة الشباب المجاهدين الصومالية|"
  "حركة الشباب الإرهابية|al-Shabab|Al Shabaab|Harakat al-Shabaab al-Mujahideen|Shabaab",
  country="somalia", parent=AQ)
G("jnim", "جماعة نصرة الإسلام والمسلمين", "Jama'at Nusrat al-Islam wal-Muslimin",
  "نصرة الإسلام والمسلمين|جماعة نصرة الإسلام|JNIM|Group for the Support of Islam and Muslims|"
  "Jamaat Nusrat al-Islam wal-Muslimin", cs="GSIM", country="mali", parent=AQ)
G("ansar-dine", "أنصار الدين", "Ansar Dine", "جماعة أنصار الدين|حركة أنصار الدين|Ansar al-Din",
  country="mali", parent="group:jnim")
G("katiba-macina", "كتيبة ماسينا", "Katiba Macina",
  "جبهة تحرير ماسينا|كتيبة ماسينا التابعة لجماعة نصرة الإسلام والمسلمين|Macina Liberation Front|Katibat Macina",
  cs="FLM", country="mali", parent="group:jnim")
G("al-mourabitoun", "جماعة المرابطون", "Al-Mourabitoun",
  "كتيبة المرابطون|تنظيم المرابطون|al-Murabitun|Al Mourabitoun", country="mali", parent="group:jnim")
G("mujao", "حركة التوحيد والجهاد في غرب أفريقيا", "Movement for Oneness and Jihad in West Africa",
  "حركة التوحيد والجهاد في غرب إفريقيا|جماعة التوحيد والجهاد في غرب أفريقيا|MUJAO|MUJWA", country="mali")
G("ansar-al-islam", "جماعة أنصار الإسلام", "Ansar al-Islam",
  "أنصار الإسلام في العراق|جماعة أنصار الإسلام في كردستان|Ansar al-Islam (Iraq)", country="iraq",
  amb="أنصار الإسلام")
G("ansarul-islam", "جماعة أنصار الإسلام في بوركينا فاسو", "Ansarul Islam",
  "أنصار الإسلام البوركينية|Ansaroul Islam|Ansarul Islam (Burkina Faso)", country="burkina-faso",
  amb="أنصار الإسلام")
G("hurras-al-din", "حراس الدين", "Hurras al-Din",
  "تنظيم حراس الدين|Guardians of Religion Organization|Tanzim Hurras al-Din|Hurras ad-Din",
  country="syria", parent=AQ)
G("jabhat-al-nusra", "جبهة النصرة", "Jabhat al-Nusra",
  "جبهة النصرة لأهل الشام|تنظيم جبهة النصرة|al-Nusra Front|Nusra Front|Jabhat al-Nusra li-Ahl al-Sham",
  country="syria", parent=AQ)
G("jabhat-fatah-al-sham", "جبهة فتح الشام", "Jabhat Fatah al-Sham",
  "Jabhat Fateh al-Sham|Front for the Conquest of the Levant", cs="JFS", country="syria")
G("hayat-tahrir-al-sham", "هيئة تحرير الشام", "Hayat Tahrir al-Sham",
  "تحرير الشام|هيئة تحرير الشام الإسلامية|Hay'at Tahrir al-Sham|Hayat Tahrir al-Sham (HTS)|"
  "Organization for the Liberation of the Levant", cs="HTS", country="syria")
G("jund-al-aqsa", "جند الأقصى", "Jund al-Aqsa", "تنظيم جند الأقصى|Soldiers of al-Aqsa", country="syria")
G("jamaat-ansar-al-sunna", "جماعة أنصار السنة", "Jamaat Ansar al-Sunna",
  "جيش أنصار السنة|Ansar al-Sunna Army", country="iraq")
G("islamic-army-in-iraq", "الجيش الإسلامي في العراق", "Islamic Army in Iraq", "Islamic Army of Iraq", country="iraq")
G("naqshbandi-army", "جيش رجال الطريقة النقشبندية", "Army of the Men of the Naqshbandi Order",
  "جيش الطريقة النقشبندية|الطريقة النقشبندية المسلحة|Naqshbandi Army|JRTN", country="iraq")
G("ansar-al-sharia-libya", "أنصار الشريعة في ليبيا", "Ansar al-Sharia in Libya",
  "تنظيم أنصار الشريعة في ليبيا|أنصار الشريعة في بنغازي|أنصار الشريعة الليبي|Ansar al-Sharia Libya",
  country="libya", amb="أنصار الشريعة")
G("ansar-al-sharia-tunisia", "أنصار الشريعة في تونس", "Ansar al-Sharia in Tunisia",
  "تنظيم أنصار الشريعة في تونس|أنصار الشريعة التونسي|Ansar al-Sharia Tunisia", country="tunisia",
  amb="أنصار الشريعة")
G("okba-ibn-nafaa-brigade", "كتيبة عقبة بن نافع", "Okba Ibn Nafaa Brigade",
  "Uqba bin Nafi Battalion|Katibat Uqba Ibn Nafi", country="tunisia", parent="group:al-qaeda-in-the-islamic-maghreb")
G("derna-mujahideen-shura-council", "مجلس شورى مجاهدي درنة", "Mujahideen Shura Council in Derna",
  "Derna Mujahideen Shura Council", country="libya")
G("benghazi-revolutionaries-shura-council", "مجلس شورى ثوار بنغازي", "Benghazi Revolutionaries Shura Council",
  country="libya")
G("libyan-islamic-fighting-group", "الجماعة الإسلامية المقاتلة في ليبيا", "Libyan Islamic Fighting Group",
  "الجماعة الليبية المقاتلة|الجماعة الإسلامية الليبية المقاتلة", cs="LIFG", country="libya")
G("gspc", "الجماعة السلفية للدعوة والقتال", "Salafist Group for Preaching and Combat",
  "Groupe Salafiste pour la Prédication et le Combat", cs="GSPC", country="algeria")
G("armed-islamic-group", "الجماعة الإسلامية المسلحة", "Armed Islamic Group",
  "الجماعة الإسلامية المسلحة الجزائرية|Groupe Islamique Armé", cs="GIA", country="algeria")
G("boko-haram", "بوكو حرام", "Boko Haram",
  "جماعة بوكو حرام|حركة بوكو حرام|جماعة أهل السنة للدعوة والجهاد|"
  "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad|Jamaat Ahl al-Sunna lil-Dawa wal-Jihad",
  cs="JAS", country="nigeria")
G("ansaru", "جماعة أنصار المسلمين في بلاد السودان", "Ansaru",
  "أنصارو|جماعة أنصارو|Jama'atu Ansarul Muslimina fi Biladis Sudan", country="nigeria", parent=AQ)
G("allied-democratic-forces", "القوات الديمقراطية المتحالفة", "Allied Democratic Forces",
  "تحالف القوى الديمقراطية|قوات التحالف الديمقراطية|القوات الديموقراطية المتحالفة", cs="ADF",
  country="congo-kinshasa")
G("taliban", "طالبان", "Taliban",
  "حركة طالبان|طالبان الأفغانية|حركة طالبان الأفغانية|الإمارة الإسلامية في أفغانستان|"
  "إمارة أفغانستان الإسلامية|الإمارة الإسلامية الأفغانية|Afghan Taliban|Islamic Emirate of Afghanistan|Taleban",
  country="afghanistan")
G("tehrik-i-taliban-pakistan", "حركة طالبان باكستان", "Tehrik-i-Taliban Pakistan",
  "تحريك طالبان باكستان|طالبان باكستان|طالبان الباكستانية|حركة طالبان الباكستانية|Pakistani Taliban|"
  "Tehreek-e-Taliban Pakistan", cs="TTP", country="pakistan")
G("haqqani-network", "شبكة حقاني", "Haqqani Network", "جماعة حقاني|Haqqani network", country="afghanistan",
  parent="group:taliban")
G("jamaat-ul-ahrar", "جماعة الأحرار", "Jamaat-ul-Ahrar", "Jamaat ul-Ahrar", country="pakistan")
G("lashkar-e-taiba", "لشكر طيبة", "Lashkar-e-Taiba", "عسكر طيبة|جماعة لشكر طيبة|Lashkar-e-Tayyiba",
  cs="LeT", country="pakistan")
G("jaish-e-mohammed", "جيش محمد", "Jaish-e-Mohammed", "جماعة جيش محمد|Jaish-e-Muhammad", cs="JeM",
  country="pakistan")
G("lashkar-e-jhangvi", "لشكر جنجوي", "Lashkar-e-Jhangvi", "عسكر جنجوي|Lashkar-e-Jhangvi", cs="LeJ",
  country="pakistan")
G("hizbul-mujahideen", "حزب المجاهدين", "Hizbul Mujahideen", "Hizb-ul-Mujahideen", country="india")
G("islamic-movement-of-uzbekistan", "الحركة الإسلامية في أوزبكستان", "Islamic Movement of Uzbekistan",
  "الحركة الإسلامية لأوزبكستان", cs="IMU", country="uzbekistan")
G("islamic-jihad-union", "اتحاد الجهاد الإسلامي", "Islamic Jihad Union", "جماعة الجهاد الإسلامي الأوزبكية",
  cs="IJU", country="uzbekistan")
G("turkistan-islamic-party", "الحزب الإسلامي التركستاني", "Turkistan Islamic Party",
  "الحزب الإسلامي التركستاني لنصرة أهل الشام|الحركة الإسلامية لتركستان الشرقية|حركة تركستان الشرقية الإسلامية|"
  "East Turkestan Islamic Movement|ETIM", cs="TIP", country="china")
G("jamaat-ul-mujahideen-bangladesh", "جماعة المجاهدين في بنغلاديش", "Jamaat-ul-Mujahideen Bangladesh",
  "جماعة المجاهدين البنغلاديشية", cs="JMB", country="bangladesh")
G("al-gamaa-al-islamiyya", "الجماعة الإسلامية المصرية", "al-Gama'a al-Islamiyya",
  "الجماعة الإسلامية في مصر|Gamaa Islamiya|Egyptian Islamic Group", country="egypt",
  amb="الجماعة الإسلامية")
G("jemaah-islamiyah", "الجماعة الإسلامية في إندونيسيا", "Jemaah Islamiyah",
  "الجماعة الإسلامية الإندونيسية|Jemaah Islamiah", cs="JI", country="indonesia",
  amb="الجماعة الإسلامية")
G("al-jamaa-al-islamiyya-lebanon", "الجماعة الإسلامية في لبنان", "al-Jama'a al-Islamiyya (Lebanon)",
  "الجماعة الإسلامية اللبنانية|قوات الفجر|Fajr Forces", country="lebanon", amb="الجماعة الإسلامية")
G("egyptian-islamic-jihad", "جماعة الجهاد الإسلامي المصرية", "Egyptian Islamic Jihad",
  "تنظيم الجهاد المصري|تنظيم الجهاد|جماعة الجهاد المصرية|الجهاد الإسلامي المصري", cs="EIJ", country="egypt")
G("hasm", "حركة حسم", "Hasm Movement", "سواعد مصر حسم|Harakat Sawa'd Misr|HASM", country="egypt")
G("ajnad-misr", "أجناد مصر", "Ajnad Misr", "جماعة أجناد مصر|Soldiers of Egypt", country="egypt")
G("muslim-brotherhood", "جماعة الإخوان المسلمين", "Muslim Brotherhood",
  "الإخوان المسلمين|الإخوان المسلمون|جماعة الإخوان|تنظيم الإخوان|تنظيم الإخوان المسلمين|Muslim Brothers",
  country="egypt")
G("hizb-ut-tahrir", "حزب التحرير", "Hizb ut-Tahrir", "حزب التحرير الإسلامي|Hizb al-Tahrir", country="jordan")
G("fatah-al-islam", "فتح الإسلام", "Fatah al-Islam", "تنظيم فتح الإسلام|جماعة فتح الإسلام", country="lebanon")
G("usbat-al-ansar", "عصبة الأنصار", "Usbat al-Ansar", "عصبة الأنصار الإسلامية|League of the Partisans",
  country="lebanon")
G("abdullah-azzam-brigades", "كتائب عبد الله عزام", "Abdullah Azzam Brigades", "كتائب عبدالله عزام",
  country="lebanon", parent=AQ)
G("jund-al-sham", "جند الشام", "Jund al-Sham", country="syria")
G("caucasus-emirate", "إمارة القوقاز", "Caucasus Emirate", "إمارة القوقاز الإسلامية|Imarat Kavkaz",
  country="russia")
G("moro-islamic-liberation-front", "جبهة مورو الإسلامية للتحرير", "Moro Islamic Liberation Front",
  "جبهة تحرير مورو الإسلامية", cs="MILF", country="philippines")
G("bangsamoro-islamic-freedom-fighters", "مقاتلو بانغسامورو الإسلاميون من أجل الحرية",
  "Bangsamoro Islamic Freedom Fighters", "مقاتلي بانغسامورو الإسلاميين من أجل الحرية", cs="BIFF",
  country="philippines")

# ---------------------------------------------------------------------------------------------
# Groups: Syria (opposition, pro-government militias, Kurdish forces)
# ---------------------------------------------------------------------------------------------
G("syrian-democratic-forces", "قوات سوريا الديمقراطية", "Syrian Democratic Forces",
  "قسد|قوات قسد|قوات سورية الديمقراطية|قوات سوريا الديموقراطية|Syrian Democratic Forces (SDF)",
  cs="SDF", country="syria")
G("ypg", "وحدات حماية الشعب", "People's Protection Units",
  "وحدات حماية الشعب الكردية|وحدات الحماية الكردية|Kurdish People's Protection Units|Yekîneyên Parastina Gel",
  cs="YPG", country="syria")
G("ypj", "وحدات حماية المرأة", "Women's Protection Units", "وحدات حماية المرأة الكردية", cs="YPJ",
  country="syria")
G("asayish", "الأسايش", "Asayish",
  "قوى الأمن الداخلي في شمال وشرق سوريا|قوات الأسايش|Internal Security Forces of North and East Syria",
  country="syria")
G("pkk", "حزب العمال الكردستاني", "Kurdistan Workers' Party",
  "العمال الكردستاني|حزب العمال الكوردستاني|Kurdistan Workers Party|Partiya Karkerên Kurdistanê",
  cs="PKK", country="turkey")
G("hpg", "قوات الدفاع الشعبي", "People's Defence Forces", "قوات الدفاع الشعبي الكردستاني", cs="HPG",
  country="turkey", parent="group:pkk")
G("pyd", "حزب الاتحاد الديمقراطي", "Democratic Union Party", "حزب الاتحاد الديمقراطي الكردي", cs="PYD",
  country="syria")
G("pjak", "حزب الحياة الحرة الكردستاني", "Kurdistan Free Life Party", "بيجاك", cs="PJAK", country="iran")
G("kurdistan-freedom-hawks", "صقور حرية كردستان", "Kurdistan Freedom Hawks", cs="TAK", country="turkey")
G("dhkp-c", "جبهة حزب التحرير الشعبي الثوري", "Revolutionary People's Liberation Party-Front",
  "حزب جبهة التحرير الشعبي الثوري", cs="DHKP-C", country="turkey")
G("syrian-national-army", "الجيش الوطني السوري", "Syrian National Army",
  "الجيش الوطني السوري المدعوم من تركيا|Turkish-backed Syrian National Army", cs="SNA",
  country="syria", amb="SNA")
G("free-syrian-army", "الجيش السوري الحر", "Free Syrian Army", "الجيش الحر", cs="FSA", country="syria")
G("syrian-free-army", "جيش سوريا الحرة", "Syrian Free Army",
  "مغاوير الثورة|جيش مغاوير الثورة|Maghawir al-Thawra|Revolutionary Commando Army", country="syria")
G("jaysh-al-islam", "جيش الإسلام", "Jaysh al-Islam", "Jaish al-Islam|Army of Islam", country="syria")
G("ahrar-al-sham", "حركة أحرار الشام الإسلامية", "Ahrar al-Sham",
  "أحرار الشام|حركة أحرار الشام|Harakat Ahrar al-Sham al-Islamiyya", country="syria")
G("faylaq-al-sham", "فيلق الشام", "Faylaq al-Sham", "Sham Legion", country="syria")
G("jaysh-al-izza", "جيش العزة", "Jaysh al-Izza", country="syria")
G("national-front-for-liberation", "الجبهة الوطنية للتحرير", "National Front for Liberation", cs="NFL",
  country="syria")
G("nour-al-din-al-zenki", "حركة نور الدين الزنكي", "Nour al-Din al-Zenki Movement", "نور الدين الزنكي",
  country="syria")
G("jaysh-al-fatah", "جيش الفتح", "Jaysh al-Fatah", "Army of Conquest", country="syria")
G("sultan-murad-division", "فرقة السلطان مراد", "Sultan Murad Division", country="syria",
  parent="group:syrian-national-army")
G("hamza-division", "فرقة الحمزة", "Hamza Division", "فرقة الحمزات|الحمزات", country="syria",
  parent="group:syrian-national-army")
G("sultan-suleiman-shah-division", "فرقة السلطان سليمان شاه", "Sultan Suleiman Shah Division",
  "العمشات|فرقة العمشات", country="syria", parent="group:syrian-national-army")
G("military-operations-command", "إدارة العمليات العسكرية", "Military Operations Command",
  "غرفة عمليات ردع العدوان|Military Operations Administration", country="syria")
G("deir-ez-zor-military-council", "مجلس دير الزور العسكري", "Deir ez-Zor Military Council", country="syria",
  parent="group:syrian-democratic-forces")
G("national-defence-forces", "قوات الدفاع الوطني", "National Defence Forces",
  "ميليشيا الدفاع الوطني|National Defense Forces", cs="NDF", country="syria")
G("tiger-forces", "قوات النمر", "Tiger Forces", "الفرقة 25 مهام خاصة|25th Special Mission Forces Division",
  country="syria")
G("liwa-al-quds", "لواء القدس", "Liwa al-Quds", "Quds Brigade", country="syria")
G("fatemiyoun", "لواء فاطميون", "Liwa Fatemiyoun", "فاطميون|لواء الفاطميون|Fatemiyoun Division",
  country="iran")
G("zainabiyoun", "لواء زينبيون", "Liwa Zainabiyoun", "زينبيون|Zainabiyoun Brigade", country="iran")

# ---------------------------------------------------------------------------------------------
# Groups: Iraq (Popular Mobilization and "resistance" factions), Iran-aligned axis, Lebanon
# ---------------------------------------------------------------------------------------------
G("popular-mobilization-forces", "الحشد الشعبي", "Popular Mobilization Forces",
  "هيئة الحشد الشعبي|قوات الحشد الشعبي|ميليشيات الحشد الشعبي|فصائل الحشد الشعبي|Popular Mobilisation Forces|"
  "Popular Mobilization Units|Hashd al-Shaabi|al-Hashd al-Shaabi", cs="PMF|PMU", country="iraq")
G("kataib-hezbollah", "كتائب حزب الله", "Kata'ib Hezbollah",
  "كتائب حزب الله العراقية|كتائب حزب الله العراقي|حزب الله العراقي|Kataib Hezbollah|Kataib Hizballah|"
  "Kata'ib Hizballah", country="iraq", parent="group:popular-mobilization-forces")
G("asaib-ahl-al-haq", "عصائب أهل الحق", "Asa'ib Ahl al-Haq", "العصائب|حركة عصائب أهل الحق|Asaib Ahl al-Haq",
  cs="AAH", country="iraq", parent="group:popular-mobilization-forces")
G("harakat-al-nujaba", "حركة النجباء", "Harakat al-Nujaba",
  "حركة حزب الله النجباء|النجباء|Harakat Hezbollah al-Nujaba|al-Nujaba", country="iraq",
  parent="group:popular-mobilization-forces")
G("kataib-sayyid-al-shuhada", "كتائب سيد الشهداء", "Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada",
  cs="KSS", country="iraq", parent="group:popular-mobilization-forces")
G("badr-organization", "منظمة بدر", "Badr Organization", "فيلق بدر|Badr Corps|Badr Brigade", country="iraq",
  parent="group:popular-mobilization-forces")
G("saraya-al-salam", "سرايا السلام", "Saraya al-Salam", "Peace Brigades", country="iraq",
  parent="group:popular-mobilization-forces")
G("mahdi-army", "جيش المهدي", "Mahdi Army", "Jaish al-Mahdi", country="iraq")
G("kataib-imam-ali", "كتائب الإمام علي", "Kata'ib al-Imam Ali", "Kataib Imam Ali", country="iraq",
  parent="group:popular-mobilization-forces")
G("islamic-resistance-in-iraq", "المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq",
  "فصائل المقاومة العراقية|المقاومة الإسلامية العراقية", cs="IRI", country="iraq")
G("axis-of-resistance", "محور المقاومة", "Axis of Resistance", "محور الممانعة", country="iran")
G("hezbollah", "حزب الله", "Hezbollah",
  "حزب الله اللبناني|المقاومة الإسلامية في لبنان|Hizbullah|Hizballah|Hizbollah|Lebanese Hezbollah",
  country="lebanon")
G("radwan-force", "قوة الرضوان", "Radwan Force", "وحدة الرضوان|قوات الرضوان|Radwan unit", country="lebanon",
  parent="group:hezbollah")
G("amal-movement", "حركة أمل", "Amal Movement", "Harakat Amal", country="lebanon")

# ---------------------------------------------------------------------------------------------
# Groups: Palestinian factions
# ---------------------------------------------------------------------------------------------
G("hamas", "حماس", "Hamas", "حركة حماس|حركة المقاومة الإسلامية|حركة المقاومة الإسلامية حماس|Islamic Resistance Movement",
  country="palestinian-territories")
G("al-qassam-brigades", "كتائب عز الدين القسام", "Izz ad-Din al-Qassam Brigades",
  "كتائب القسام|القسام|Qassam Brigades|al-Qassam Brigades", country="palestinian-territories",
  parent="group:hamas")
G("palestinian-islamic-jihad", "حركة الجهاد الإسلامي", "Palestinian Islamic Jihad",
  "الجهاد الإسلامي|حركة الجهاد الإسلامي في فلسطين|الجهاد الإسلامي الفلسطيني|Islamic Jihad Movement in Palestine",
  cs="PIJ", country="palestinian-territories")
G("al-quds-brigades", "سرايا القدس", "al-Quds Brigades", "Saraya al-Quds", country="palestinian-territories",
  parent="group:palestinian-islamic-jihad")
G("fatah", "حركة فتح", "Fatah", "حركة التحرير الوطني الفلسطيني", country="palestinian-territories")
G("al-aqsa-martyrs-brigades", "كتائب شهداء الأقصى", "al-Aqsa Martyrs' Brigades", "Al-Aqsa Martyrs Brigades",
  country="palestinian-territories", parent="group:fatah")
G("pflp", "الجبهة الشعبية لتحرير فلسطين", "Popular Front for the Liberation of Palestine",
  "الجبهة الشعبية", cs="PFLP", country="palestinian-territories")
G("lions-den", "عرين الأسود", "Lions' Den", "مجموعة عرين الأسود|Areen al-Usud", country="palestinian-territories")
G("jenin-brigade", "كتيبة جنين", "Jenin Brigade", "Jenin Battalion", country="palestinian-territories",
  parent="group:al-quds-brigades")

# ---------------------------------------------------------------------------------------------
# Groups: Yemen, Sudan, Libya, Sahel, East/Central Africa, others
# ---------------------------------------------------------------------------------------------
G("houthis", "الحوثيون", "Houthis",
  "جماعة الحوثي|الحوثيين|جماعة الحوثيين|أنصار الله|جماعة أنصار الله|حركة أنصار الله|ميليشيا الحوثي|"
  "مليشيا الحوثي|ميليشيات الحوثي|Houthi movement|Houthi rebels|Ansar Allah|Ansarallah",
  country="yemen", amb="الحوثي")
G("southern-transitional-council", "المجلس الانتقالي الجنوبي", "Southern Transitional Council",
  "الانتقالي الجنوبي", cs="STC", country="yemen")
G("security-belt-forces", "قوات الحزام الأمني", "Security Belt Forces", "الحزام الأمني", country="yemen",
  parent="group:southern-transitional-council")
G("giants-brigades", "ألوية العمالقة", "Giants Brigades", "قوات العمالقة|ألوية العمالقة الجنوبية",
  country="yemen")
G("rapid-support-forces", "قوات الدعم السريع", "Rapid Support Forces", "الدعم السريع|ميليشيا الدعم السريع",
  cs="RSF", country="sudan", amb="RSF")
G("janjaweed", "الجنجويد", "Janjaweed", "ميليشيات الجنجويد|Janjawid", country="sudan")
G("libyan-national-army", "الجيش الوطني الليبي", "Libyan National Army",
  "قوات حفتر|قوات القيادة العامة|القيادة العامة للقوات المسلحة الليبية|Libyan Arab Armed Forces", cs="LNA|LAAF",
  country="libya")
G("wagner-group", "مجموعة فاغنر", "Wagner Group",
  "فاغنر|فاجنر|مجموعة فاجنر|قوات فاغنر|مرتزقة فاغنر|شركة فاغنر|Wagner|PMC Wagner", country="russia")
G("coordination-of-azawad-movements", "تنسيقية حركات أزواد", "Coordination of Azawad Movements",
  "تنسيقية الحركات الأزوادية|Coordination des Mouvements de l'Azawad", cs="CMA", country="mali")
G("azawad-liberation-front", "جبهة تحرير أزواد", "Azawad Liberation Front", "Front de Libération de l'Azawad",
  cs="FLA", country="mali")
G("mnla", "الحركة الوطنية لتحرير أزواد", "National Movement for the Liberation of Azawad", cs="MNLA",
  country="mali")
G("volunteers-for-the-defence-of-the-homeland", "متطوعو الدفاع عن الوطن", "Volunteers for the Defence of the Homeland",
  "متطوعي الدفاع عن الوطن|Volontaires pour la défense de la patrie", cs="VDP", country="burkina-faso")
G("civilian-joint-task-force", "قوة المهام المشتركة المدنية", "Civilian Joint Task Force",
  "Civilian JTF", cs="CJTF", country="nigeria")
G("m23", "حركة 23 مارس", "March 23 Movement", "حركة إم 23|متمردو إم 23|M23 rebels", cs="M23",
  country="congo-kinshasa")
G("baloch-liberation-army", "جيش تحرير بلوشستان", "Baloch Liberation Army", "جيش تحرير البلوش", cs="BLA",
  country="pakistan")
G("jaish-al-adl", "جيش العدل", "Jaish al-Adl", "جماعة جيش العدل|Army of Justice", country="iran")
G("mujahedin-e-khalq", "منظمة مجاهدي خلق", "People's Mojahedin Organization of Iran",
  "مجاهدي خلق|مجاهدو خلق|Mujahedin-e Khalq", cs="MEK|PMOI", country="iran")
G("hezb-e-islami", "الحزب الإسلامي الأفغاني", "Hezb-e-Islami",
  "الحزب الإسلامي بزعامة حكمتيار|Hezb-e-Islami Gulbuddin", cs="HIG", country="afghanistan")
G("national-resistance-front", "جبهة المقاومة الوطنية الأفغانية", "National Resistance Front of Afghanistan",
  "جبهة المقاومة الوطنية في أفغانستان", cs="NRF", country="afghanistan")

# ---------------------------------------------------------------------------------------------
# Organizations: United States government, military and intelligence
# ---------------------------------------------------------------------------------------------
US = "united-states"
DOD = "organization:us-department-of-defense"
O("us-department-of-defense", "وزارة الدفاع الأمريكية", "US Department of Defense",
  "وزارة الدفاع الأميركية|البنتاغون|البنتاجون|وزارة الحرب الأمريكية|وزارة الحرب الأميركية|Pentagon|"
  "Department of Defense|U.S. Department of Defense|Department of War", cs="DoD|DOD", country=US)
O("us-military", "الجيش الأمريكي", "US military",
  "الجيش الأميركي|القوات الأمريكية|القوات الأميركية|القوات المسلحة الأمريكية|القوات المسلحة الأميركية|"
  "U.S. military|US forces|U.S. forces|US Armed Forces|United States Armed Forces|US Army|U.S. Army",
  country=US, parent=DOD)
O("us-central-command", "القيادة المركزية الأمريكية", "US Central Command",
  "القيادة المركزية الأميركية|القيادة الوسطى الأمريكية|القيادة الوسطى الأميركية|القيادة العسكرية المركزية الأمريكية|"
  "القيادة المركزية للجيش الأمريكي|سنتكوم|سينتكوم|CENTCOM|U.S. Central Command|United States Central Command",
  country=US, parent=DOD)
O("us-africa-command", "القيادة الأمريكية في أفريقيا", "US Africa Command",
  "القيادة الأميركية في أفريقيا|القيادة الأمريكية في إفريقيا|القيادة العسكرية الأمريكية في أفريقيا|"
  "القيادة الأمريكية لأفريقيا|أفريكوم|أفريكوم الأمريكية|AFRICOM|U.S. Africa Command|United States Africa Command",
  country=US, parent=DOD)
O("us-european-command", "القيادة الأمريكية في أوروبا", "US European Command",
  "القيادة الأميركية في أوروبا|يوكوم|EUCOM|United States European Command", country=US, parent=DOD)
O("us-indo-pacific-command", "القيادة الأمريكية في المحيطين الهندي والهادئ", "US Indo-Pacific Command",
  "INDOPACOM|United States Indo-Pacific Command", country=US, parent=DOD)
O("us-special-operations-command", "قيادة العمليات الخاصة الأمريكية", "US Special Operations Command",
  "قيادة العمليات الخاصة الأميركية|القوات الخاصة الأمريكية|القوات الخاصة الأميركية|SOCOM|USSOCOM",
  country=US, parent=DOD)
O("joint-special-operations-command", "قيادة العمليات الخاصة المشتركة", "Joint Special Operations Command",
  "قيادة العمليات الخاصة المشتركة الأمريكية", cs="JSOC", country=US, parent="organization:us-special-operations-command")
O("delta-force", "قوة دلتا", "Delta Force", "قوات دلتا|1st Special Forces Operational Detachment-Delta",
  country=US, parent="organization:joint-special-operations-command")
O("navy-seals", "قوات البحرية الخاصة الأمريكية", "Navy SEALs", "نيفي سيلز|قوات سيلز|SEAL Team Six",
  country=US, parent="organization:us-special-operations-command")
O("us-marine-corps", "مشاة البحرية الأمريكية", "US Marine Corps",
  "مشاة البحرية الأميركية|قوات المارينز|المارينز|United States Marine Corps", cs="USMC", country=US, parent=DOD)
O("cjtf-oir", "قوة المهام المشتركة - عملية العزم الصلب", "Combined Joint Task Force – Operation Inherent Resolve",
  "قوة المهام المشتركة لعملية العزم الصلب|عملية العزم الصلب|العزم الصلب|عملية العزم المتأصل|Operation Inherent Resolve",
  cs="CJTF-OIR|OIR", country=US, parent="organization:us-central-command")
O("global-coalition-against-isis", "التحالف الدولي ضد داعش", "Global Coalition to Defeat ISIS",
  "التحالف الدولي|التحالف الدولي لهزيمة داعش|التحالف الدولي لمحاربة داعش|التحالف الدولي لمكافحة داعش|"
  "التحالف الدولي ضد تنظيم الدولة الإسلامية|التحالف الدولي ضد الإرهاب|التحالف الدولي بقيادة الولايات المتحدة|"
  "التحالف بقيادة الولايات المتحدة|التحالف الدولي بقيادة واشنطن|Global Coalition Against Daesh|Global Coalition|"
  "US-led coalition|anti-ISIS coalition|D-ISIS Coalition")
O("us-department-of-state", "وزارة الخارجية الأمريكية", "US Department of State",
  "وزارة الخارجية الأميركية|الخارجية الأمريكية|الخارجية الأميركية|State Department|U.S. State Department|"
  "Department of State", country=US)
O("rewards-for-justice", "برنامج مكافآت من أجل العدالة", "Rewards for Justice",
  "مكافآت من أجل العدالة|برنامج المكافآت من أجل العدالة", cs="RFJ", country=US,
  parent="organization:us-department-of-state")
O("us-national-security-council", "مجلس الأمن القومي الأمريكي", "US National Security Council",
  "مجلس الأمن القومي الأميركي|مجلس الأمن القومي|مجلس الأمن القومي في البيت الأبيض|National Security Council",
  cs="NSC", country=US, parent="organization:white-house")
O("white-house", "البيت الأبيض", "White House", "The White House", country=US)
O("us-congress", "الكونغرس الأمريكي", "United States Congress",
  "الكونغرس|الكونجرس|الكونغرس الأميركي|الكونجرس الأمريكي|US Congress|U.S. Congress", country=US)
O("us-house-of-representatives", "مجلس النواب الأمريكي", "US House of Representatives",
  "مجلس النواب الأميركي|House of Representatives|U.S. House of Representatives", country=US,
  parent="organization:us-congress")
O("us-senate", "مجلس الشيوخ الأمريكي", "US Senate", "مجلس الشيوخ الأميركي|U.S. Senate|United States Senate",
  country=US, parent="organization:us-congress")
O("house-armed-services-committee", "لجنة القوات المسلحة في مجلس النواب", "House Armed Services Committee",
  "لجنة القوات المسلحة بمجلس النواب|لجنة القوات المسلحة في مجلس النواب الأمريكي|لجنة الخدمات المسلحة في مجلس النواب|"
  "لجنة القوات المسلحة التابعة لمجلس النواب", cs="HASC", country=US,
  parent="organization:us-house-of-representatives")
O("senate-armed-services-committee", "لجنة القوات المسلحة في مجلس الشيوخ", "Senate Armed Services Committee",
  "لجنة القوات المسلحة بمجلس الشيوخ|لجنة الخدمات المسلحة في مجلس الشيوخ", cs="SASC", country=US,
  parent="organization:us-senate")
O("cia", "وكالة المخابرات المركزية الأمريكية", "Central Intelligence Agency",
  "وكالة المخابرات المركزية|وكالة المخابرات المركزية الأميركية|وكالة الاستخبارات المركزية|"
  "وكالة الاستخبارات المركزية الأمريكية|وكالة الاستخبارات المركزية الأميركية|المخابرات المركزية الأمريكية|"
  "المخابرات المركزية الأميركية|الاستخبارات المركزية الأمريكية|الاستخبارات المركزية الأميركية|"
  "المخابرات المركزية|سي آي إيه|سي آي أيه|سي.آي.إيه", cs="CIA", country=US)
O("fbi", "مكتب التحقيقات الفيدرالي", "Federal Bureau of Investigation",
  "مكتب التحقيقات الفيدرالي الأمريكي|مكتب التحقيقات الفيدرالي الأميركي|مكتب التحقيقات الفدرالي|"
  "مكتب التحقيقات الاتحادي|الشرطة الفيدرالية الأمريكية|إف بي آي|إف.بي.آي", cs="FBI", country=US,
  parent="organization:us-department-of-justice")
O("nsa", "وكالة الأمن القومي الأمريكية", "National Security Agency",
  "وكالة الأمن القومي|وكالة الأمن القومي الأميركية", cs="NSA", country=US, parent=DOD)
O("odni", "مكتب مدير الاستخبارات الوطنية", "Office of the Director of National Intelligence",
  "مكتب مدير الاستخبارات الوطنية الأمريكية|مكتب مدير المخابرات الوطنية|مديرية الاستخبارات الوطنية|"
  "الاستخبارات الوطنية الأمريكية|الاستخبارات الوطنية الأميركية|مكتب مدير الاستخبارات الوطنية الأمريكي",
  cs="ODNI|DNI", country=US)
O("nctc", "المركز الوطني لمكافحة الإرهاب", "National Counterterrorism Center",
  "المركز الوطني الأمريكي لمكافحة الإرهاب|المركز القومي لمكافحة الإرهاب|National Counterterrorism Center (NCTC)",
  cs="NCTC", country=US, parent="organization:odni")
O("us-intelligence-community", "مجتمع الاستخبارات الأمريكي", "US Intelligence Community",
  "أجهزة الاستخبارات الأمريكية|أجهزة الاستخبارات الأميركية|أجهزة المخابرات الأمريكية|الاستخبارات الأمريكية|"
  "الاستخبارات الأميركية|المخابرات الأمريكية|المخابرات الأميركية|U.S. intelligence|US intelligence community",
  country=US, parent="organization:odni")
O("dhs", "وزارة الأمن الداخلي الأمريكية", "US Department of Homeland Security",
  "وزارة الأمن الداخلي الأميركية|وزارة الأمن الداخلي|Department of Homeland Security", cs="DHS", country=US)
O("us-department-of-justice", "وزارة العدل الأمريكية", "US Department of Justice",
  "وزارة العدل الأميركية|Department of Justice|Justice Department", cs="DOJ|DoJ", country=US)
O("us-treasury", "وزارة الخزانة الأمريكية", "US Department of the Treasury",
  "وزارة الخزانة الأميركية|الخزانة الأمريكية|الخزانة الأميركية|US Treasury|Treasury Department", country=US)
O("ofac", "مكتب مراقبة الأصول الأجنبية", "Office of Foreign Assets Control",
  "مكتب مراقبة الأصول الأجنبية التابع لوزارة الخزانة الأمريكية", cs="OFAC", country=US,
  parent="organization:us-treasury")
O("united-states-military-academy", "الأكاديمية العسكرية الأمريكية", "United States Military Academy",
  "الأكاديمية العسكرية الأميركية|الأكاديمية العسكرية الأمريكية في ويست بوينت|أكاديمية ويست بوينت|ويست بوينت|"
  "West Point|U.S. Military Academy", cs="USMA", country=US)
O("combating-terrorism-center", "مركز مكافحة الإرهاب في ويست بوينت", "Combating Terrorism Center at West Point",
  "مركز مكافحة الإرهاب بالأكاديمية العسكرية الأمريكية|مركز مكافحة الإرهاب التابع للأكاديمية العسكرية الأمريكية|"
  "مركز مكافحة الإرهاب في الأكاديمية العسكرية الأمريكية|مركز مكافحة الإرهاب بويست بوينت|"
  "Combating Terrorism Center|CTC Sentinel", cs="CTC", country=US,
  parent="organization:united-states-military-academy")

# ---------------------------------------------------------------------------------------------
# Organizations: international and regional bodies, UN agencies and missions, NGOs
# ---------------------------------------------------------------------------------------------
UN = "organization:united-nations"
O("united-nations", "الأمم المتحدة", "United Nations", "منظمة الأمم المتحدة|هيئة الأمم المتحدة|الأمم المتّحدة",
  cs="UN|U.N.")
O("un-security-council", "مجلس الأمن الدولي", "United Nations Security Council",
  "مجلس الأمن|مجلس الأمن التابع للأمم المتحدة|مجلس الأمن الدولي التابع للأمم المتحدة|مجلس أمن الأمم المتحدة|"
  "UN Security Council|U.N. Security Council", cs="UNSC", parent=UN)
O("un-general-assembly", "الجمعية العامة للأمم المتحدة", "United Nations General Assembly",
  "UN General Assembly", cs="UNGA", parent=UN)
O("un-monitoring-team", "فريق الدعم التحليلي ورصد الجزاءات", "Analytical Support and Sanctions Monitoring Team",
  "فريق رصد الجزاءات|فريق الرصد التابع للأمم المتحدة|فريق المراقبة التابع للأمم المتحدة|فريق رصد العقوبات الأممي|"
  "UN Monitoring Team|UN sanctions monitoring team", parent="organization:un-security-council")
O("un-1267-committee", "لجنة الجزاءات المفروضة على داعش والقاعدة", "ISIL (Da'esh) and Al-Qaida Sanctions Committee",
  "لجنة العقوبات المفروضة على داعش والقاعدة|لجنة 1267|1267 Committee|1267 Sanctions Committee",
  parent="organization:un-security-council")
O("unoct", "مكتب الأمم المتحدة لمكافحة الإرهاب", "UN Office of Counter-Terrorism",
  "United Nations Office of Counter-Terrorism", cs="UNOCT", parent=UN)
O("cted", "المديرية التنفيذية للجنة مكافحة الإرهاب", "Counter-Terrorism Committee Executive Directorate",
  "المديرية التنفيذية للجنة مكافحة الإرهاب التابعة لمجلس الأمن", cs="CTED", parent="organization:un-security-council")
O("unhcr", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UN Refugee Agency",
  "مفوضية الأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين|المفوضية السامية لشؤون اللاجئين|UN High Commissioner for Refugees",
  cs="UNHCR", parent=UN)
O("unicef", "منظمة الأمم المتحدة للطفولة", "UNICEF", "اليونيسف|يونيسف|اليونيسيف|United Nations Children's Fund",
  parent=UN)
O("ocha", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "UN Office for the Coordination of Humanitarian Affairs",
  "أوتشا|مكتب تنسيق الشؤون الإنسانية", cs="OCHA", parent=UN)
O("wfp", "برنامج الأغذية العالمي", "World Food Programme", "برنامج الأغذية العالمي التابع للأمم المتحدة", cs="WFP",
  parent=UN)
O("ohchr", "المفوضية السامية للأمم المتحدة لحقوق الإنسان", "UN Human Rights Office",
  "مفوضية الأمم المتحدة السامية لحقوق الإنسان|المفوضية السامية لحقوق الإنسان|مكتب حقوق الإنسان التابع للأمم المتحدة",
  cs="OHCHR", parent=UN)
O("un-human-rights-council", "مجلس حقوق الإنسان التابع للأمم المتحدة", "UN Human Rights Council",
  "مجلس حقوق الإنسان|مجلس حقوق الإنسان الأممي", cs="UNHRC", parent=UN)
O("unama", "بعثة الأمم المتحدة لتقديم المساعدة إلى أفغانستان", "UN Assistance Mission in Afghanistan",
  "بعثة الأمم المتحدة في أفغانستان|يوناما", cs="UNAMA", country="afghanistan", parent=UN)
O("unami", "بعثة الأمم المتحدة لمساعدة العراق", "UN Assistance Mission for Iraq",
  "بعثة الأمم المتحدة في العراق|يونامي", cs="UNAMI", country="iraq", parent=UN)
O("unitad", "فريق التحقيق التابع للأمم المتحدة لتعزيز المساءلة عن الجرائم المرتكبة من جانب داعش", "UNITAD",
  "فريق يونيتاد|يونيتاد|فريق التحقيق الأممي بجرائم داعش|"
  "UN Investigative Team to Promote Accountability for Crimes Committed by Da'esh", country="iraq", parent=UN)
O("minusma", "بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي", "MINUSMA",
  "بعثة الأمم المتحدة في مالي|بعثة مينوسما|مينوسما|UN mission in Mali", country="mali", parent=UN)
O("monusco", "بعثة منظمة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية", "MONUSCO",
  "بعثة الأمم المتحدة في الكونغو الديمقراطية|بعثة مونوسكو|مونوسكو|UN mission in the DRC", country="congo-kinshasa",
  parent=UN)
O("unifil", "قوة الأمم المتحدة المؤقتة في لبنان", "UNIFIL",
  "اليونيفيل|قوات اليونيفيل|قوات الطوارئ الدولية في جنوب لبنان|United Nations Interim Force in Lebanon",
  country="lebanon", parent=UN)
O("unsmil", "بعثة الأمم المتحدة للدعم في ليبيا", "UN Support Mission in Libya", "البعثة الأممية في ليبيا",
  cs="UNSMIL", country="libya", parent=UN)
O("icc", "المحكمة الجنائية الدولية", "International Criminal Court", "الجنائية الدولية", cs="ICC")
O("icj", "محكمة العدل الدولية", "International Court of Justice", cs="ICJ")
O("icrc", "اللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross",
  "الصليب الأحمر الدولي|الصليب الأحمر|Red Cross", cs="ICRC")
O("amnesty-international", "منظمة العفو الدولية", "Amnesty International", "العفو الدولية|أمنستي")
O("human-rights-watch", "هيومن رايتس ووتش", "Human Rights Watch", "منظمة هيومن رايتس ووتش|هيومان رايتس ووتش",
  cs="HRW")
O("doctors-without-borders", "منظمة أطباء بلا حدود", "Doctors Without Borders",
  "أطباء بلا حدود|Médecins Sans Frontières", cs="MSF")
O("reporters-without-borders", "مراسلون بلا حدود", "Reporters Without Borders",
  "منظمة مراسلون بلا حدود|Reporters sans frontières", cs="RSF", amb="RSF")
O("committee-to-protect-journalists", "لجنة حماية الصحفيين", "Committee to Protect Journalists",
  "لجنة حماية الصحافيين", cs="CPJ")
O("european-union", "الاتحاد الأوروبي", "European Union", "الإتحاد الأوروبي|الاتحاد الاوروبي", cs="EU")
O("european-commission", "المفوضية الأوروبية", "European Commission", parent="organization:european-union")
O("european-parliament", "البرلمان الأوروبي", "European Parliament", parent="organization:european-union")
O("europol", "يوروبول", "Europol", "وكالة الشرطة الأوروبية|الشرطة الأوروبية|وكالة يوروبول|الشرطة الأوروبية يوروبول",
  parent="organization:european-union")
O("interpol", "الإنتربول", "Interpol",
  "الانتربول|منظمة الإنتربول|الشرطة الدولية|المنظمة الدولية للشرطة الجنائية|International Criminal Police Organization")
O("nato", "حلف شمال الأطلسي", "NATO",
  "حلف الناتو|الناتو|حلف شمال الأطلنطي|حلف الأطلسي|منظمة حلف شمال الأطلسي|North Atlantic Treaty Organization")
O("african-union", "الاتحاد الأفريقي", "African Union", "الاتحاد الإفريقي|الإتحاد الأفريقي", cs="AU")
O("au-mission-in-somalia", "بعثة الاتحاد الأفريقي في الصومال", "African Union mission in Somalia",
  "بعثة الاتحاد الإفريقي في الصومال|بعثة الاتحاد الأفريقي الانتقالية في الصومال|بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال|"
  "أميصوم|قوات أميصوم|أتميس", cs="AMISOM|ATMIS|AUSSOM", country="somalia", parent="organization:african-union")
O("organisation-of-islamic-cooperation", "منظمة التعاون الإسلامي", "Organisation of Islamic Cooperation",
  "منظمة المؤتمر الإسلامي|Organization of Islamic Cooperation", cs="OIC")
O("arab-league", "جامعة الدول العربية", "Arab League", "الجامعة العربية|League of Arab States")
O("gulf-cooperation-council", "مجلس التعاون الخليجي", "Gulf Cooperation Council",
  "مجلس التعاون لدول الخليج العربية|مجلس التعاون الخليجي|Cooperation Council for the Arab States of the Gulf", cs="GCC")
O("ecowas", "المجموعة الاقتصادية لدول غرب أفريقيا", "Economic Community of West African States",
  "المجموعة الاقتصادية لدول غرب إفريقيا|إيكواس|الإيكواس|مجموعة إيكواس|ECOWAS")
O("alliance-of-sahel-states", "تحالف دول الساحل", "Alliance of Sahel States",
  "كونفدرالية دول الساحل|اتحاد دول الساحل|Confederation of Sahel States", cs="AES")
O("g5-sahel", "مجموعة دول الساحل الخمس", "G5 Sahel", "مجموعة الساحل الخمس|القوة المشتركة لمجموعة الساحل الخمس")
O("multinational-joint-task-force", "القوة المشتركة متعددة الجنسيات", "Multinational Joint Task Force",
  "القوة المتعددة الجنسيات المشتركة|القوة متعددة الجنسيات المشتركة|القوة المشتركة المتعددة الجنسيات", cs="MNJTF")
O("sadc", "مجموعة تنمية الجنوب الأفريقي", "Southern African Development Community",
  "مجموعة التنمية لأفريقيا الجنوبية|مجموعة تنمية الجنوب الإفريقي", cs="SADC")
O("samim", "بعثة مجموعة تنمية الجنوب الأفريقي في موزمبيق", "SADC Mission in Mozambique",
  "بعثة سادك في موزمبيق", cs="SAMIM", country="mozambique", parent="organization:sadc")
O("shanghai-cooperation-organisation", "منظمة شنغهاي للتعاون", "Shanghai Cooperation Organisation", cs="SCO")
O("fatf", "مجموعة العمل المالي", "Financial Action Task Force", "مجموعة العمل المالي الدولية|فاتف", cs="FATF")
O("gifct", "المنتدى العالمي للإنترنت لمكافحة الإرهاب", "Global Internet Forum to Counter Terrorism", cs="GIFCT")
O("global-counterterrorism-forum", "المنتدى العالمي لمكافحة الإرهاب", "Global Counterterrorism Forum", cs="GCTF")
O("islamic-military-counter-terrorism-coalition", "التحالف الإسلامي العسكري لمحاربة الإرهاب",
  "Islamic Military Counter Terrorism Coalition", "التحالف الإسلامي العسكري|التحالف الإسلامي لمحاربة الإرهاب",
  cs="IMCTC", country="saudi-arabia")
O("saudi-led-coalition", "تحالف دعم الشرعية في اليمن", "Saudi-led coalition in Yemen",
  "التحالف العربي|التحالف العربي في اليمن|التحالف بقيادة السعودية|تحالف دعم الشرعية|Saudi-led coalition",
  country="saudi-arabia")
O("ipcc", "الهيئة الحكومية الدولية المعنية بتغير المناخ", "Intergovernmental Panel on Climate Change",
  "جييك|GIEC", cs="IPCC", parent=UN)
O("copernicus-climate-change-service", "خدمة كوبرنيكوس لتغير المناخ", "Copernicus Climate Change Service",
  "مرصد كوبرنيكوس|كوبرنيكوس|مرصد كوبرنيكوس الأوروبي|Copernicus", cs="C3S", parent="organization:european-union")

# ---------------------------------------------------------------------------------------------
# Organizations: state armed forces and security/intelligence services (Middle East)
# ---------------------------------------------------------------------------------------------
O("iraqi-army", "الجيش العراقي", "Iraqi Army", "القوات المسلحة العراقية|Iraqi Armed Forces", country="iraq",
  parent="organization:iraqi-ministry-of-defence")
O("iraqi-ministry-of-defence", "وزارة الدفاع العراقية", "Iraqi Ministry of Defence", "Iraqi Ministry of Defense",
  country="iraq")
O("iraqi-ministry-of-interior", "وزارة الداخلية العراقية", "Iraqi Ministry of Interior", country="iraq")
O("iraqi-security-forces", "قوات الأمن العراقية", "Iraqi Security Forces",
  "القوات الأمنية العراقية|القوات العراقية|Iraqi forces", cs="ISF", country="iraq")
O("iraqi-counter-terrorism-service", "جهاز مكافحة الإرهاب العراقي", "Iraqi Counter-Terrorism Service",
  "جهاز مكافحة الإرهاب|جهاز مكافحة الارهاب في العراق|الفرقة الذهبية|Counter Terrorism Service|Golden Division",
  cs="CTS|ICTS", country="iraq")
O("iraqi-national-intelligence-service", "جهاز المخابرات العراقي", "Iraqi National Intelligence Service",
  "المخابرات العراقية|جهاز المخابرات الوطني العراقي", cs="INIS", country="iraq")
O("iraqi-national-security-service", "جهاز الأمن الوطني العراقي", "Iraqi National Security Service",
  "الأمن الوطني العراقي", country="iraq")
O("iraqi-joint-operations-command", "قيادة العمليات المشتركة", "Joint Operations Command (Iraq)",
  "قيادة العمليات المشتركة العراقية|Iraqi Joint Operations Command", country="iraq")
O("iraqi-security-media-cell", "خلية الإعلام الأمني", "Security Media Cell", "خلية الإعلام الأمني العراقية",
  country="iraq", parent="organization:iraqi-joint-operations-command")
O("iraqi-federal-police", "الشرطة الاتحادية العراقية", "Federal Police (Iraq)", "الشرطة الاتحادية في العراق|Iraqi Federal Police",
  country="iraq", parent="organization:iraqi-ministry-of-interior")
O("falcons-intelligence-cell", "خلية الصقور الاستخبارية", "Falcons Intelligence Cell",
  "خلية الصقور|خلية الصقور الاستخباراتية|Falcons Cell", country="iraq")
O("iraqi-parliament", "مجلس النواب العراقي", "Council of Representatives of Iraq",
  "البرلمان العراقي|Iraqi parliament", country="iraq")
O("kurdistan-regional-government", "حكومة إقليم كردستان", "Kurdistan Regional Government",
  "حكومة إقليم كردستان العراق|حكومة الإقليم الكردي", cs="KRG", country="iraq")
O("peshmerga", "قوات البيشمركة", "Peshmerga", "البيشمركة|بيشمركة|البشمركة|قوات البشمركة|Kurdish Peshmerga",
  country="iraq", parent="organization:kurdistan-regional-government")
O("kurdistan-democratic-party", "الحزب الديمقراطي الكردستاني", "Kurdistan Democratic Party",
  "الديمقراطي الكردستاني", cs="KDP", country="iraq")
O("patriotic-union-of-kurdistan", "الاتحاد الوطني الكردستاني", "Patriotic Union of Kurdistan",
  "حزب الاتحاد الوطني الكردستاني", cs="PUK", country="iraq")
O("syrian-army", "الجيش السوري", "Syrian Army",
  "الجيش العربي السوري|جيش النظام السوري|قوات النظام السوري|قوات النظام|قوات الأسد|قوات الحكومة السورية|"
  "القوات الحكومية السورية|Syrian Arab Army|Syrian army", cs="SAA", country="syria")
O("fourth-division", "الفرقة الرابعة", "Fourth Armoured Division", "الفرقة الرابعة مدرعات|4th Division",
  country="syria", parent="organization:syrian-army")
O("syrian-ministry-of-defence", "وزارة الدفاع السورية", "Syrian Ministry of Defence", "Syrian Ministry of Defense",
  country="syria")
O("syrian-ministry-of-interior", "وزارة الداخلية السورية", "Syrian Ministry of Interior", country="syria")
O("syrian-general-security", "الأمن العام السوري", "General Security Service (Syria)",
  "إدارة الأمن العام|جهاز الأمن العام السوري|إدارة الأمن العام السورية|General Security Directorate (Syria)",
  country="syria", parent="organization:syrian-ministry-of-interior", amb="الأمن العام|جهاز الأمن العام")
O("syrian-air-force-intelligence", "المخابرات الجوية", "Air Force Intelligence Directorate",
  "إدارة المخابرات الجوية|المخابرات الجوية السورية|Syrian Air Force Intelligence", country="syria")
O("syrian-salvation-government", "حكومة الإنقاذ السورية", "Syrian Salvation Government", "حكومة الإنقاذ في إدلب",
  cs="SSG", country="syria")
O("syrian-interim-government", "الحكومة السورية المؤقتة", "Syrian Interim Government", "",
  cs="SIG", country="syria")
O("aanes", "الإدارة الذاتية لشمال وشرق سوريا", "Autonomous Administration of North and East Syria",
  "الإدارة الذاتية|الإدارة الذاتية الديمقراطية لشمال وشرق سوريا|الإدارة الذاتية الكردية|الإدارة الذاتية لشمال شرق سوريا|"
  "الإدارة الذاتية في شمال وشرق سوريا", cs="AANES", country="syria")
O("syrian-civil-defence", "الدفاع المدني السوري", "Syrian Civil Defence", "الخوذ البيضاء|White Helmets",
  country="syria")
O("irgc", "الحرس الثوري الإيراني", "Islamic Revolutionary Guard Corps",
  "الحرس الثوري|حرس الثورة الإسلامية|قوات الحرس الثوري|الحرس الثوري الإسلامي|حرس الثورة|Revolutionary Guards|"
  "Iranian Revolutionary Guard Corps", cs="IRGC", country="iran")
O("quds-force", "فيلق القدس", "Quds Force", "فيلق القدس الإيراني|فيلق القدس التابع للحرس الثوري|IRGC-QF|IRGC Quds Force",
  country="iran", parent="organization:irgc")
O("basij", "الباسيج", "Basij", "قوات الباسيج|قوات التعبئة الشعبية الإيرانية|Basij militia", country="iran",
  parent="organization:irgc")
O("iranian-ministry-of-intelligence", "وزارة الاستخبارات الإيرانية", "Ministry of Intelligence (Iran)",
  "الاستخبارات الإيرانية|المخابرات الإيرانية|وزارة الأمن والاستخبارات الإيرانية", cs="MOIS|VAJA", country="iran")
O("iranian-army", "الجيش الإيراني", "Islamic Republic of Iran Army", "القوات المسلحة الإيرانية|Artesh",
  country="iran")
O("iran-supreme-national-security-council", "المجلس الأعلى للأمن القومي الإيراني", "Supreme National Security Council (Iran)",
  "المجلس الأعلى للأمن القومي", cs="SNSC", country="iran")
O("turkish-intelligence", "جهاز الاستخبارات التركي", "National Intelligence Organization (Turkey)",
  "الاستخبارات التركية|المخابرات التركية|جهاز المخابرات التركي|جهاز الاستخبارات الوطنية التركي|Turkish intelligence",
  cs="MİT", country="turkey")
O("turkish-armed-forces", "القوات المسلحة التركية", "Turkish Armed Forces", "الجيش التركي|القوات التركية",
  cs="TSK", country="turkey")
O("turkish-ministry-of-defence", "وزارة الدفاع التركية", "Turkish Ministry of National Defence", country="turkey")
O("israel-defense-forces", "الجيش الإسرائيلي", "Israel Defense Forces",
  "جيش الدفاع الإسرائيلي|جيش الاحتلال الإسرائيلي|جيش الاحتلال|قوات الاحتلال الإسرائيلي|القوات الإسرائيلية|"
  "Israeli army|Israeli military", cs="IDF", country="israel")
O("mossad", "الموساد", "Mossad", "جهاز الموساد|الموساد الإسرائيلي|جهاز الاستخبارات الإسرائيلي الموساد", country="israel")
O("shin-bet", "الشاباك", "Shin Bet",
  "جهاز الشاباك|جهاز الأمن العام الإسرائيلي|الأمن العام الإسرائيلي|Shabak|Israel Security Agency", cs="ISA",
  country="israel", amb="جهاز الأمن العام")
O("aman", "شعبة الاستخبارات العسكرية الإسرائيلية", "Israeli Military Intelligence Directorate",
  "الاستخبارات العسكرية الإسرائيلية|شعبة الاستخبارات العسكرية أمان|Aman", country="israel",
  parent="organization:israel-defense-forces")
O("unit-8200", "الوحدة 8200", "Unit 8200", "وحدة 8200", country="israel", parent="organization:aman")
O("egyptian-armed-forces", "القوات المسلحة المصرية", "Egyptian Armed Forces", "الجيش المصري|Egyptian army",
  country="egypt")
O("egyptian-general-intelligence", "المخابرات العامة المصرية", "General Intelligence Directorate (Egypt)",
  "جهاز المخابرات العامة المصرية|المخابرات المصرية|Egyptian General Intelligence Service", country="egypt")
O("egyptian-national-security-agency", "جهاز الأمن الوطني المصري", "National Security Agency (Egypt)",
  "قطاع الأمن الوطني|أمن الدولة المصري", country="egypt")
O("jordanian-armed-forces", "القوات المسلحة الأردنية", "Jordan Armed Forces", "الجيش الأردني|الجيش العربي الأردني",
  country="jordan")
O("jordan-general-intelligence", "دائرة المخابرات العامة الأردنية", "General Intelligence Directorate (Jordan)",
  "المخابرات الأردنية|دائرة المخابرات العامة|المخابرات العامة الأردنية", cs="GID", country="jordan")
O("jordan-public-security-directorate", "مديرية الأمن العام الأردنية", "Public Security Directorate (Jordan)",
  "مديرية الأمن العام|الأمن العام الأردني", country="jordan", amb="الأمن العام")
O("saudi-state-security-presidency", "رئاسة أمن الدولة", "Presidency of State Security (Saudi Arabia)",
  "رئاسة أمن الدولة السعودية|أمن الدولة السعودي", country="saudi-arabia")
O("saudi-general-intelligence-presidency", "رئاسة الاستخبارات العامة", "General Intelligence Presidency (Saudi Arabia)",
  "رئاسة الاستخبارات العامة السعودية|الاستخبارات السعودية|المخابرات السعودية", cs="GIP", country="saudi-arabia")
O("lebanese-army", "الجيش اللبناني", "Lebanese Armed Forces", "القوات المسلحة اللبنانية", cs="LAF",
  country="lebanon")
O("lebanese-general-security", "الأمن العام اللبناني", "General Directorate of General Security (Lebanon)",
  "المديرية العامة للأمن العام|مديرية الأمن العام اللبناني", country="lebanon", amb="الأمن العام")
O("lebanese-internal-security-forces", "قوى الأمن الداخلي اللبناني", "Internal Security Forces (Lebanon)",
  "المديرية العامة لقوى الأمن الداخلي|قوى الأمن الداخلي في لبنان", country="lebanon")
O("yemeni-armed-forces", "الجيش اليمني", "Yemeni Armed Forces",
  "قوات الجيش اليمني|الجيش الوطني اليمني|القوات الحكومية اليمنية|قوات الشرعية", country="yemen")

# ---------------------------------------------------------------------------------------------
# Organizations: state forces and services in Africa and Asia
# ---------------------------------------------------------------------------------------------
O("nigerian-army", "الجيش النيجيري", "Nigerian Army", "القوات المسلحة النيجيرية|Nigerian military|Nigerian Armed Forces",
  country="nigeria")
O("nigerian-dss", "جهاز أمن الدولة النيجيري", "Department of State Services (Nigeria)",
  "جهاز الأمن الداخلي النيجيري|Department of State Services", cs="DSS", country="nigeria")
O("mozambique-defence-and-security-forces", "قوات الدفاع والأمن الموزمبيقية", "Defence and Security Forces of Mozambique",
  "الجيش الموزمبيقي|القوات المسلحة الموزمبيقية|القوات الموزمبيقية|Mozambican army|Forças de Defesa e Segurança",
  country="mozambique", amb="قوات الدفاع والأمن")
O("nigerien-armed-forces", "القوات المسلحة النيجرية", "Niger Armed Forces",
  "الجيش النيجري|جيش النيجر|Nigerien army|Forces Armées Nigériennes", country="niger",
  amb="قوات الدفاع والأمن")
O("malian-armed-forces", "القوات المسلحة المالية", "Malian Armed Forces", "الجيش المالي|Malian army", cs="FAMa",
  country="mali")
O("burkina-faso-armed-forces", "القوات المسلحة البوركينية", "Armed Forces of Burkina Faso",
  "الجيش البوركيني|جيش بوركينا فاسو|القوات المسلحة في بوركينا فاسو|Burkinabe army", country="burkina-faso",
  amb="قوات الدفاع والأمن")
O("rwanda-defence-force", "قوات الدفاع الرواندية", "Rwanda Defence Force", "الجيش الرواندي|القوات الرواندية",
  cs="RDF", country="rwanda")
O("chadian-army", "الجيش التشادي", "Chadian National Army", "القوات المسلحة التشادية", country="chad")
O("cameroonian-army", "الجيش الكاميروني", "Cameroon Armed Forces", "القوات المسلحة الكاميرونية", country="cameroon")
O("somali-national-army", "الجيش الوطني الصومالي", "Somali National Army", "الجيش الصومالي|القوات الصومالية",
  cs="SNA", country="somalia", amb="SNA")
O("danab-brigade", "قوات دنب", "Danab Brigade", "لواء دنب|Danab", country="somalia",
  parent="organization:somali-national-army")
O("somali-nisa", "وكالة الاستخبارات والأمن الوطني الصومالية", "National Intelligence and Security Agency (Somalia)",
  "جهاز المخابرات الصومالي|المخابرات الصومالية", cs="NISA", country="somalia")
O("puntland-security-forces", "قوات أمن بونتلاند", "Puntland Security Force", "قوات بونتلاند|قوات ولاية بونتلاند",
  country="somalia")
O("kenya-defence-forces", "قوات الدفاع الكينية", "Kenya Defence Forces", "الجيش الكيني", cs="KDF", country="kenya")
O("ethiopian-national-defense-force", "قوات الدفاع الوطني الإثيوبية", "Ethiopian National Defense Force",
  "الجيش الإثيوبي", cs="ENDF", country="ethiopia")
O("uganda-peoples-defence-force", "قوات الدفاع الشعبية الأوغندية", "Uganda People's Defence Force",
  "الجيش الأوغندي", cs="UPDF", country="uganda")
O("fardc", "القوات المسلحة لجمهورية الكونغو الديمقراطية", "Armed Forces of the Democratic Republic of the Congo",
  "الجيش الكونغولي|جيش الكونغو الديمقراطية", cs="FARDC", country="congo-kinshasa")
O("sudanese-armed-forces", "القوات المسلحة السودانية", "Sudanese Armed Forces", "الجيش السوداني", cs="SAF",
  country="sudan")
O("algerian-army", "الجيش الوطني الشعبي", "Algerian People's National Army",
  "الجيش الجزائري|القوات المسلحة الجزائرية", cs="ANP", country="algeria")
O("moroccan-bcij", "المكتب المركزي للأبحاث القضائية", "Central Bureau of Judicial Investigations (Morocco)",
  "المكتب المركزي للأبحاث القضائية المغربي", cs="BCIJ", country="morocco")
O("moroccan-dgst", "المديرية العامة لمراقبة التراب الوطني", "General Directorate for Territorial Surveillance (Morocco)",
  "مديرية مراقبة التراب الوطني", cs="DGST", country="morocco")
O("tunisian-national-guard", "الحرس الوطني التونسي", "Tunisian National Guard", "الحرس الوطني في تونس",
  country="tunisia")
O("pakistan-army", "الجيش الباكستاني", "Pakistan Army",
  "القوات المسلحة الباكستانية|القوات الباكستانية|Pakistani military", country="pakistan")
O("inter-services-intelligence", "الاستخبارات الباكستانية", "Inter-Services Intelligence",
  "وكالة الاستخبارات الباكستانية|المخابرات الباكستانية|الاستخبارات العسكرية الباكستانية|المخابرات العسكرية الباكستانية",
  cs="ISI", country="pakistan")
O("taliban-general-directorate-of-intelligence", "استخبارات طالبان", "General Directorate of Intelligence (Taliban)",
  "المديرية العامة للاستخبارات الأفغانية|الاستخبارات الأفغانية التابعة لطالبان", cs="GDI", country="afghanistan",
  parent="group:taliban")
O("afghan-national-security-forces", "قوات الأمن والدفاع الوطني الأفغانية", "Afghan National Defense and Security Forces",
  "قوات الأمن الأفغانية|الجيش الأفغاني|الجيش الوطني الأفغاني|Afghan army", cs="ANDSF", country="afghanistan")
O("afghan-nds", "المديرية الوطنية للأمن", "National Directorate of Security (Afghanistan)",
  "المديرية الوطنية للأمن الأفغانية|الاستخبارات الأفغانية السابقة", cs="NDS", country="afghanistan")
O("indian-nia", "وكالة التحقيقات الوطنية الهندية", "National Investigation Agency (India)",
  "وكالة التحقيقات الوطنية في الهند", cs="NIA", country="india")
O("indian-raw", "جناح البحث والتحليل", "Research and Analysis Wing", "المخابرات الهندية|الاستخبارات الهندية",
  cs="RAW", country="india")
O("indian-army", "الجيش الهندي", "Indian Army", "القوات المسلحة الهندية", country="india")
O("densus-88", "الوحدة الخاصة 88", "Densus 88", "وحدة مكافحة الإرهاب الإندونيسية|Detachment 88", country="indonesia")
O("philippine-armed-forces", "القوات المسلحة الفلبينية", "Armed Forces of the Philippines", "الجيش الفلبيني",
  country="philippines")
O("chinese-ministry-of-state-security", "وزارة أمن الدولة الصينية", "Ministry of State Security (China)", cs="MSS",
  country="china")

# ---------------------------------------------------------------------------------------------
# Organizations: Russia and Europe
# ---------------------------------------------------------------------------------------------
O("fsb", "جهاز الأمن الفيدرالي الروسي", "Federal Security Service (Russia)",
  "جهاز الأمن الفيدرالي|الأمن الفيدرالي الروسي|هيئة الأمن الفيدرالي الروسية|الاستخبارات الروسية|المخابرات الروسية|"
  "Federal Security Service", cs="FSB", country="russia")
O("gru", "الاستخبارات العسكرية الروسية", "GRU (Russian military intelligence)",
  "المخابرات العسكرية الروسية|مديرية الاستخبارات الرئيسية الروسية", cs="GRU", country="russia")
O("svr", "جهاز الاستخبارات الخارجية الروسي", "Foreign Intelligence Service (Russia)",
  "الاستخبارات الخارجية الروسية|المخابرات الخارجية الروسية", cs="SVR", country="russia")
O("russian-ministry-of-defence", "وزارة الدفاع الروسية", "Russian Ministry of Defence", "Russian Ministry of Defense",
  country="russia")
O("russian-armed-forces", "الجيش الروسي", "Russian Armed Forces", "القوات الروسية|القوات المسلحة الروسية|Russian military",
  country="russia", parent="organization:russian-ministry-of-defence")
O("africa-corps", "الفيلق الأفريقي", "Africa Corps",
  "الفيلق الإفريقي|فيلق أفريقيا|الفيلق الأفريقي الروسي|فيلق أفريقيا الروسي|Russian Africa Corps",
  country="russia", parent="organization:russian-ministry-of-defence")
O("kremlin", "الكرملين", "Kremlin", "قصر الكرملين|الرئاسة الروسية|The Kremlin", country="russia")
O("russian-investigative-committee", "لجنة التحقيق الروسية", "Investigative Committee of Russia",
  "لجنة التحقيقات الروسية|لجنة التحقيق الفيدرالية الروسية", country="russia")
O("bfv", "المكتب الاتحادي لحماية الدستور", "Federal Office for the Protection of the Constitution",
  "مكتب حماية الدستور|هيئة حماية الدستور|المكتب الاتحادي لحماية الدستور الألماني|مكتب حماية الدستور الألماني|"
  "الهيئة الاتحادية لحماية الدستور|المخابرات الداخلية الألمانية|وكالة المخابرات الداخلية الألمانية|"
  "الاستخبارات الداخلية الألمانية|جهاز الاستخبارات الداخلية الألماني|جهاز المخابرات الداخلية الألماني|"
  "Verfassungsschutz|Bundesamt für Verfassungsschutz", cs="BfV", country="germany")
O("bnd", "جهاز الاستخبارات الخارجية الألماني", "Federal Intelligence Service (Germany)",
  "الاستخبارات الخارجية الألمانية|المخابرات الخارجية الألمانية|Bundesnachrichtendienst", cs="BND", country="germany")
O("bka", "المكتب الاتحادي للشرطة الجنائية", "Federal Criminal Police Office (Germany)",
  "الشرطة الجنائية الاتحادية الألمانية|مكتب الشرطة الجنائية الاتحادية|Bundeskriminalamt", cs="BKA", country="germany")
O("german-federal-prosecutor", "الادعاء العام الاتحادي الألماني", "Federal Public Prosecutor General (Germany)",
  "الادعاء العام الاتحادي في ألمانيا|النيابة العامة الاتحادية الألمانية|مكتب المدعي العام الاتحادي الألماني|"
  "Generalbundesanwalt", country="germany")
O("german-interior-ministry", "وزارة الداخلية الألمانية", "Federal Ministry of the Interior (Germany)",
  "German Interior Ministry", country="germany")
O("bundeswehr", "الجيش الألماني", "Bundeswehr", "القوات المسلحة الألمانية|البوندسفير", country="germany")
O("mi5", "جهاز الأمن البريطاني", "MI5 (Security Service)",
  "الاستخبارات الداخلية البريطانية|المخابرات الداخلية البريطانية|جهاز المخابرات الداخلية البريطاني|إم آي 5|Security Service (UK)",
  cs="MI5", country="united-kingdom")
O("mi6", "جهاز الاستخبارات السرية البريطاني", "MI6 (Secret Intelligence Service)",
  "الاستخبارات الخارجية البريطانية|المخابرات الخارجية البريطانية|المخابرات البريطانية|إم آي 6|Secret Intelligence Service",
  cs="MI6", country="united-kingdom")
O("gchq", "مقر الاتصالات الحكومية البريطاني", "GCHQ", "وكالة الاتصالات الحكومية البريطانية|Government Communications Headquarters",
  country="united-kingdom")
O("uk-counter-terrorism-policing", "شرطة مكافحة الإرهاب البريطانية", "Counter Terrorism Policing (UK)",
  "وحدة مكافحة الإرهاب في الشرطة البريطانية|Counter Terrorism Policing", country="united-kingdom")
O("metropolitan-police", "شرطة العاصمة البريطانية", "Metropolitan Police Service",
  "شرطة لندن|سكوتلاند يارد|شرطة سكوتلاند يارد|Scotland Yard|Metropolitan Police|Met Police", country="united-kingdom")
O("uk-home-office", "وزارة الداخلية البريطانية", "Home Office (UK)", "Home Office", country="united-kingdom")
O("british-armed-forces", "الجيش البريطاني", "British Armed Forces", "القوات البريطانية|القوات المسلحة البريطانية|British army",
  country="united-kingdom")
O("dgsi", "المديرية العامة للأمن الداخلي", "General Directorate for Internal Security (France)",
  "المديرية العامة للأمن الداخلي الفرنسية|الاستخبارات الداخلية الفرنسية|المخابرات الداخلية الفرنسية|"
  "Direction générale de la sécurité intérieure", cs="DGSI", country="france")
O("dgse", "المديرية العامة للأمن الخارجي", "General Directorate for External Security (France)",
  "المديرية العامة للأمن الخارجي الفرنسية|الاستخبارات الخارجية الفرنسية|المخابرات الخارجية الفرنسية|المخابرات الفرنسية|"
  "Direction générale de la sécurité extérieure", cs="DGSE", country="france")
O("pnat", "النيابة العامة الوطنية لمكافحة الإرهاب", "National Anti-Terrorism Prosecutor's Office (France)",
  "النيابة العامة الفرنسية لمكافحة الإرهاب|نيابة مكافحة الإرهاب الفرنسية|Parquet national antiterroriste", cs="PNAT",
  country="france")
O("french-armed-forces", "الجيش الفرنسي", "French Armed Forces", "القوات الفرنسية|القوات المسلحة الفرنسية|French army",
  country="france")
O("operation-barkhane", "عملية برخان", "Operation Barkhane", "قوة برخان|عملية برخان الفرنسية|Barkhane", country="france",
  parent="organization:french-armed-forces")
O("task-force-takuba", "قوة تاكوبا", "Task Force Takuba", "قوة تاكوبا الأوروبية|Takuba", country="france")
O("nctv", "المنسق الوطني لمكافحة الإرهاب والأمن", "National Coordinator for Security and Counterterrorism (Netherlands)",
  "المنسق الوطني الهولندي لمكافحة الإرهاب", cs="NCTV", country="netherlands")
O("aivd", "جهاز الاستخبارات والأمن العام الهولندي", "General Intelligence and Security Service (Netherlands)",
  "الاستخبارات الهولندية|المخابرات الهولندية", cs="AIVD", country="netherlands")
O("belgian-ocam", "هيئة تنسيق تحليل التهديدات", "Coordination Unit for Threat Analysis (Belgium)",
  "هيئة تحليل التهديدات البلجيكية", cs="OCAM|CUTA", country="belgium")
O("swedish-security-service", "جهاز الأمن السويدي", "Swedish Security Service", "الاستخبارات السويدية|Säpo|Sapo",
  country="sweden")
O("austrian-dsn", "مديرية أمن الدولة والاستخبارات", "Directorate State Protection and Intelligence Service (Austria)",
  "الاستخبارات النمساوية|المخابرات النمساوية", cs="DSN", country="austria")
O("rcmp", "الشرطة الملكية الكندية الخيالة", "Royal Canadian Mounted Police", "الشرطة الفيدرالية الكندية", cs="RCMP",
  country="canada")
O("asio", "منظمة الاستخبارات الأمنية الأسترالية", "Australian Security Intelligence Organisation",
  "الاستخبارات الأسترالية|المخابرات الأسترالية", cs="ASIO", country="australia")

# ---------------------------------------------------------------------------------------------
# Organizations: think tanks, research centres, universities, monitors
# ---------------------------------------------------------------------------------------------
O("soufan-group", "مجموعة صوفان", "Soufan Group", "مجموعة صوفان الاستشارية|The Soufan Group", country=US)
O("soufan-center", "مركز صوفان", "Soufan Center", "The Soufan Center", country=US)
O("middle-east-institute", "معهد الشرق الأوسط", "Middle East Institute",
  "معهد الشرق الأوسط في واشنطن|Middle East Institute (MEI)", cs="MEI", country=US)
O("washington-institute", "معهد واشنطن لسياسة الشرق الأدنى", "Washington Institute for Near East Policy",
  "معهد واشنطن|The Washington Institute|Washington Institute", cs="WINEP", country=US)
O("long-war-journal", "لونغ وور جورنال", "Long War Journal",
  "مجلة لونغ وور جورنال|مجلة لونج وور جورنال|لونج وور جورنال|موقع لونغ وور جورنال|FDD's Long War Journal",
  cs="LWJ", country=US, parent="organization:fdd")
O("fdd", "مؤسسة الدفاع عن الديمقراطيات", "Foundation for Defense of Democracies",
  "مؤسسة الدفاع عن الديمقراطية", cs="FDD", country=US)
O("rand-corporation", "مؤسسة راند", "RAND Corporation", "راند|مؤسسة راند الأمريكية|RAND", country=US)
O("international-crisis-group", "مجموعة الأزمات الدولية", "International Crisis Group", "Crisis Group", cs="ICG")
O("institute-for-the-study-of-war", "معهد دراسة الحرب", "Institute for the Study of War",
  "معهد دراسات الحرب|معهد دراسة الحرب الأمريكي", cs="ISW", country=US)
O("critical-threats-project", "مشروع التهديدات الحرجة", "Critical Threats Project", "Critical Threats",
  country=US, parent="organization:american-enterprise-institute")
O("american-enterprise-institute", "معهد أمريكان إنتربرايز", "American Enterprise Institute",
  "معهد المشروع الأمريكي|معهد أميركان إنتربرايز", cs="AEI", country=US)
O("site-intelligence-group", "مجموعة سايت", "SITE Intelligence Group",
  "مجموعة سايت الاستخباراتية|مجموعة سايت الاستخبارية|موقع سايت|سايت إنتلجنس|SITE Intelligence", cs="SITE", country=US)
O("clemson-university", "جامعة كليمسون", "Clemson University", "جامعة كلمسون", country=US)
O("cnrs", "المركز الوطني للبحث العلمي", "French National Centre for Scientific Research",
  "المركز الوطني الفرنسي للبحث العلمي|المركز الوطني للبحوث العلمية في فرنسا|Centre national de la recherche scientifique",
  cs="CNRS", country="france")
O("csis", "مركز الدراسات الاستراتيجية والدولية", "Center for Strategic and International Studies",
  "مركز الدراسات الإستراتيجية والدولية", cs="CSIS", country=US, amb="CSIS")
O("canadian-security-intelligence-service", "جهاز الاستخبارات الأمنية الكندي", "Canadian Security Intelligence Service",
  "الاستخبارات الكندية|المخابرات الكندية", cs="CSIS", country="canada", amb="CSIS")
O("brookings-institution", "معهد بروكينغز", "Brookings Institution",
  "مؤسسة بروكينغز|معهد بروكنغز|مؤسسة بروكنجز|Brookings", country=US)
O("carnegie-endowment", "مؤسسة كارنيغي للسلام الدولي", "Carnegie Endowment for International Peace",
  "مؤسسة كارنيغي|مركز كارنيغي|مركز مالكوم كير كارنيغي للشرق الأوسط|مركز كارنيغي للشرق الأوسط|Carnegie Middle East Center",
  country=US)
O("chatham-house", "تشاتام هاوس", "Chatham House",
  "المعهد الملكي للشؤون الدولية|معهد تشاتام هاوس|Royal Institute of International Affairs", country="united-kingdom")
O("rusi", "المعهد الملكي للخدمات المتحدة", "Royal United Services Institute",
  "المعهد الملكي للدراسات الدفاعية|معهد روسي", cs="RUSI", country="united-kingdom")
O("icsr", "المركز الدولي لدراسة التطرف", "International Centre for the Study of Radicalisation",
  "المركز الدولي لدراسة التطرف في كينغز كوليدج|المركز الدولي لدراسة التطرف والعنف السياسي", cs="ICSR",
  country="united-kingdom", parent="organization:kings-college-london")
O("kings-college-london", "كينغز كوليدج لندن", "King's College London", "جامعة كينغز كوليدج|كلية كينغز في لندن",
  cs="KCL", country="united-kingdom")
O("imperial-college-london", "إمبريال كوليدج لندن", "Imperial College London", "جامعة إمبريال كوليدج|إمبريال كولدج لندن",
  country="united-kingdom")
O("institute-for-strategic-dialogue", "معهد الحوار الاستراتيجي", "Institute for Strategic Dialogue",
  "معهد الحوار الإستراتيجي", cs="ISD", country="united-kingdom")
O("counter-extremism-project", "مشروع مكافحة التطرف", "Counter Extremism Project", "منظمة مشروع مكافحة التطرف",
  cs="CEP", country=US)
O("gwu-program-on-extremism", "برنامج التطرف في جامعة جورج واشنطن", "Program on Extremism at George Washington University",
  "برنامج دراسات التطرف بجامعة جورج واشنطن|GW Program on Extremism", country=US)
O("george-washington-university", "جامعة جورج واشنطن", "George Washington University", cs="GWU", country=US)
O("georgetown-university", "جامعة جورجتاون", "Georgetown University", "جامعة جورج تاون", country=US)
O("icct", "المركز الدولي لمكافحة الإرهاب", "International Centre for Counter-Terrorism",
  "المركز الدولي لمكافحة الإرهاب في لاهاي|ICCT The Hague", cs="ICCT", country="netherlands")
O("acled", "مشروع بيانات مواقع وأحداث النزاعات المسلحة", "Armed Conflict Location & Event Data Project",
  "أكليد|مشروع أكليد|مشروع بيانات أحداث ومواقع النزاعات المسلحة|ACLED")
O("institute-for-economics-and-peace", "معهد الاقتصاد والسلام", "Institute for Economics and Peace",
  "مؤشر الإرهاب العالمي|Global Terrorism Index", cs="IEP", country="australia")
O("start-consortium", "الاتحاد الوطني لدراسة الإرهاب والاستجابة له", "START (National Consortium for the Study of Terrorism and Responses to Terrorism)",
  "قاعدة بيانات الإرهاب العالمي|Global Terrorism Database", cs="GTD", country=US)
O("council-on-foreign-relations", "مجلس العلاقات الخارجية", "Council on Foreign Relations",
  "مجلس العلاقات الخارجية الأمريكي|مجلس العلاقات الخارجية الأميركي", cs="CFR", country=US)
O("atlantic-council", "المجلس الأطلسي", "Atlantic Council", "مركز المجلس الأطلسي", country=US)
O("wilson-center", "مركز ويلسون", "Wilson Center", "مركز وودرو ويلسون|Woodrow Wilson International Center for Scholars",
  country=US)
O("iiss", "المعهد الدولي للدراسات الاستراتيجية", "International Institute for Strategic Studies",
  "المعهد الدولي للدراسات الإستراتيجية", cs="IISS", country="united-kingdom")
O("jamestown-foundation", "مؤسسة جيمستاون", "Jamestown Foundation", "Terrorism Monitor", country=US)
O("memri", "معهد الشرق الأوسط لبحوث الإعلام", "Middle East Media Research Institute", "ميمري|MEMRI", country=US)
O("tech-against-terrorism", "التكنولوجيا ضد الإرهاب", "Tech Against Terrorism", "مبادرة التكنولوجيا ضد الإرهاب",
  country="united-kingdom")
O("bellingcat", "بيلينغكات", "Bellingcat", "موقع بيلينغكات|بلينغكات", country="netherlands")
O("airwars", "إيروورز", "Airwars", "منظمة إيروورز|موقع إيروورز", country="united-kingdom")
O("syrian-observatory-for-human-rights", "المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights",
  "المرصد السوري|Syrian Observatory", cs="SOHR", country="united-kingdom")
O("syrian-network-for-human-rights", "الشبكة السورية لحقوق الإنسان", "Syrian Network for Human Rights",
  "", cs="SNHR", country="syria")
O("rojava-information-center", "مركز معلومات روج آفا", "Rojava Information Center",
  "مركز معلومات روجآفا|مركز روج آفا للمعلومات", cs="RIC", country="syria")
O("al-azhar-observatory", "مرصد الأزهر لمكافحة التطرف", "Al-Azhar Observatory for Combating Extremism",
  "مرصد الأزهر|مرصد الأزهر باللغات الأجنبية", country="egypt", parent="organization:al-azhar")
O("al-azhar", "الأزهر", "Al-Azhar", "الأزهر الشريف|مشيخة الأزهر|جامعة الأزهر|Al-Azhar University", country="egypt")
O("egyptian-dar-al-ifta", "دار الإفتاء المصرية", "Dar al-Ifta al-Misriyyah", "دار الإفتاء في مصر|Egyptian Dar al-Ifta",
  country="egypt")
O("al-ahram-center", "مركز الأهرام للدراسات السياسية والاستراتيجية", "Al-Ahram Center for Political and Strategic Studies",
  "مركز الأهرام للدراسات|مركز الأهرام للدراسات السياسية والإستراتيجية", country="egypt")
O("al-mesbar-center", "مركز المسبار للدراسات والبحوث", "Al-Mesbar Studies and Research Center", "مركز المسبار",
  country="united-arab-emirates")
O("sawab-center", "مركز صواب", "Sawab Center", country="united-arab-emirates")
O("hedayah", "مركز هداية", "Hedayah", "المركز الدولي للتميز لمكافحة التطرف العنيف|Hedayah Center",
  country="united-arab-emirates")
O("etidal", "المركز العالمي لمكافحة الفكر المتطرف", "Global Center for Combating Extremist Ideology (Etidal)",
  "مركز اعتدال|Etidal", country="saudi-arabia")
O("al-jazeera-centre-for-studies", "مركز الجزيرة للدراسات", "Al Jazeera Centre for Studies", country="qatar")
O("emirates-policy-center", "مركز الإمارات للسياسات", "Emirates Policy Center", country="united-arab-emirates")

# ---------------------------------------------------------------------------------------------
# Organizations: jihadist media outlets
# ---------------------------------------------------------------------------------------------
O("amaq-news-agency", "وكالة أعماق", "Amaq News Agency",
  "وكالة أعماق الإخبارية|وكالة أعماق التابعة لداعش|وكالة أعماق التابعة لتنظيم الدولة|Amaq|A'maq", parent=IS)
O("al-naba", "صحيفة النبأ", "al-Naba",
  "صحيفة النبأ الأسبوعية|النبأ الأسبوعية|صحيفة النبأ التابعة لداعش|افتتاحية النبأ|al-Naba newsletter|Al-Naba weekly",
  parent=IS)
O("al-furqan-foundation", "مؤسسة الفرقان", "al-Furqan Media Foundation",
  "مؤسسة الفرقان للإنتاج الإعلامي|الفرقان للإنتاج الإعلامي|al-Furqan Media", parent=IS)
O("al-hayat-media-center", "مركز الحياة للإعلام", "al-Hayat Media Center", "مؤسسة الحياة للإعلام|al-Hayat Media",
  parent=IS)
O("dabiq-magazine", "مجلة دابق", "Dabiq (magazine)", "Dabiq magazine", parent=IS)
O("rumiyah-magazine", "مجلة رومية", "Rumiyah (magazine)", "Rumiyah magazine", parent=IS)
O("al-bayan-radio", "إذاعة البيان", "al-Bayan Radio", "إذاعة البيان التابعة لداعش", parent=IS)
O("al-azaim-foundation", "مؤسسة العزائم", "al-Azaim Foundation", "مؤسسة العزائم للإنتاج الإعلامي|Al-Azaim Media",
  parent="group:islamic-state-khorasan-province")
O("as-sahab", "مؤسسة السحاب", "as-Sahab Media", "مؤسسة السحاب للإنتاج الإعلامي|السحاب للإنتاج الإعلامي|al-Sahab",
  parent=AQ)
O("inspire-magazine", "مجلة إنسباير", "Inspire (magazine)", "مجلة انسباير|Inspire magazine",
  parent="group:al-qaeda-in-the-arabian-peninsula")
O("al-malahem-media", "مؤسسة الملاحم", "al-Malahem Media", "مؤسسة الملاحم للإنتاج الإعلامي",
  parent="group:al-qaeda-in-the-arabian-peninsula")
O("al-kataib-media", "مؤسسة الكتائب", "al-Kataib Media", "مؤسسة الكتائب للإنتاج الإعلامي",
  parent="group:al-shabaab")
O("az-zallaqa", "مؤسسة الزلاقة", "az-Zallaqa Media", "مؤسسة الزلاقة للإنتاج الإعلامي", parent="group:jnim")
O("al-andalus-media", "مؤسسة الأندلس", "al-Andalus Media", "مؤسسة الأندلس للإنتاج الإعلامي",
  parent="group:al-qaeda-in-the-islamic-maghreb")
O("ebaa-news-agency", "وكالة إباء", "Ebaa News Agency", "وكالة إباء الإخبارية", parent="group:hayat-tahrir-al-sham")
O("al-manar", "قناة المنار", "Al-Manar TV", "تلفزيون المنار|المنار|Al-Manar", country="lebanon", parent="group:hezbollah")
O("al-masirah", "قناة المسيرة", "Al-Masirah TV", "قناة المسيرة الفضائية|Al Masirah", country="yemen",
  parent="group:houthis")
O("al-aqsa-tv", "قناة الأقصى", "Al-Aqsa TV", "فضائية الأقصى|تلفزيون الأقصى", country="palestinian-territories",
  parent="group:hamas")

# ---------------------------------------------------------------------------------------------
# Organizations: news outlets and agencies
# ---------------------------------------------------------------------------------------------
UK = "united-kingdom"
O("the-times", "صحيفة التايمز", "The Times", "التايمز|التايمز البريطانية|صحيفة التايمز البريطانية|The Times of London",
  country=UK)
O("daily-mail", "ديلي ميل", "Daily Mail", "صحيفة ديلي ميل|ديلي ميل البريطانية|صحيفة ديلي ميل البريطانية|الديلي ميل|MailOnline",
  country=UK)
O("the-guardian", "الغارديان", "The Guardian", "صحيفة الغارديان|الجارديان|صحيفة الجارديان|الغارديان البريطانية",
  country=UK)
O("the-telegraph", "ديلي تلغراف", "The Daily Telegraph", "التلغراف|صحيفة التلغراف|ديلي تلجراف|The Telegraph|Daily Telegraph",
  country=UK)
O("the-independent", "الإندبندنت", "The Independent", "صحيفة الإندبندنت|الاندبندنت", country=UK)
O("independent-arabia", "إندبندنت عربية", "Independent Arabia", "اندبندنت عربية", country=UK)
O("financial-times", "فايننشال تايمز", "Financial Times", "صحيفة فايننشال تايمز|فاينانشيال تايمز|فايننشيال تايمز",
  cs="FT", country=UK)
O("the-economist", "الإيكونوميست", "The Economist",
  "مجلة الإيكونوميست|ذي إيكونوميست|إيكونوميست|الايكونومست|مجلة ذي إيكونوميست", country=UK)
O("bbc", "بي بي سي", "BBC", "هيئة الإذاعة البريطانية|بي بي سي عربي|بي بي سي العربية|BBC Arabic|BBC News", country=UK)
O("reuters", "رويترز", "Reuters", "وكالة رويترز|وكالة رويترز للأنباء|Thomson Reuters", country=UK)
O("sky-news", "سكاي نيوز", "Sky News", "شبكة سكاي نيوز|سكاي نيوز البريطانية", country=UK)
O("sky-news-arabia", "سكاي نيوز عربية", "Sky News Arabia", "قناة سكاي نيوز عربية|سكاي نيوز عربي",
  country="united-arab-emirates")
O("new-york-times", "نيويورك تايمز", "The New York Times",
  "صحيفة نيويورك تايمز|النيويورك تايمز|New York Times", cs="NYT", country=US)
O("washington-post", "واشنطن بوست", "The Washington Post", "صحيفة واشنطن بوست|الواشنطن بوست|Washington Post",
  cs="WaPo", country=US)
O("wall-street-journal", "وول ستريت جورنال", "The Wall Street Journal", "صحيفة وول ستريت جورنال|Wall Street Journal",
  cs="WSJ", country=US)
O("associated-press", "أسوشيتد برس", "Associated Press",
  "وكالة أسوشيتد برس|أسوشيتدبرس|وكالة أسوشييتد برس|أسوشييتد برس|وكالة الأسوشيتد برس", cs="AP", country=US)
O("cnn", "سي إن إن", "CNN", "شبكة سي إن إن|سي إن إن الأمريكية|سي إن إن بالعربية|CNN Arabic", country=US)
O("fox-news", "فوكس نيوز", "Fox News", "شبكة فوكس نيوز", country=US)
O("cbs-news", "سي بي إس نيوز", "CBS News", "شبكة سي بي إس|سي بي إس", country=US)
O("nbc-news", "إن بي سي نيوز", "NBC News", "شبكة إن بي سي|إن بي سي", country=US)
O("abc-news", "إيه بي سي نيوز", "ABC News", "شبكة إيه بي سي", country=US)
O("bloomberg", "بلومبرغ", "Bloomberg", "وكالة بلومبرغ|بلومبيرغ|بلومبرج|Bloomberg News", country=US)
O("foreign-policy", "فورين بوليسي", "Foreign Policy", "مجلة فورين بوليسي", country=US)
O("foreign-affairs", "فورين أفيرز", "Foreign Affairs", "مجلة فورين أفيرز|فورين افيرز", country=US)
O("politico", "بوليتيكو", "Politico", "موقع بوليتيكو|مجلة بوليتيكو", country=US)
O("axios", "أكسيوس", "Axios", "موقع أكسيوس|موقع أكسيوس الأمريكي", country=US)
O("newsweek", "نيوزويك", "Newsweek", "مجلة نيوزويك", country=US)
O("time-magazine", "مجلة تايم", "Time magazine", "مجلة تايم الأمريكية|TIME magazine", country=US)
O("voice-of-america", "صوت أمريكا", "Voice of America", "إذاعة صوت أمريكا|صوت أميركا", cs="VOA", country=US)
O("alhurra", "قناة الحرة", "Alhurra", "الحرة الأمريكية|موقع الحرة|قناة الحرة الأمريكية", country=US)
O("afp", "وكالة فرانس برس", "Agence France-Presse",
  "فرانس برس|فرانس بريس|وكالة الصحافة الفرنسية|وكالة فرانس بريس|أ ف ب", cs="AFP", country="france")
O("france-24", "فرانس 24", "France 24", "قناة فرانس 24|فرانس24", country="france")
O("le-monde", "لوموند", "Le Monde", "صحيفة لوموند|لو موند", country="france")
O("le-figaro", "لوفيغارو", "Le Figaro", "صحيفة لوفيغارو|لوفيجارو|لو فيغارو", country="france")
O("monte-carlo-doualiya", "مونت كارلو الدولية", "Monte Carlo Doualiya", "إذاعة مونت كارلو الدولية", country="france")
O("jeune-afrique", "جون أفريك", "Jeune Afrique", "مجلة جون أفريك|جون أفريك الفرنسية", country="france")
O("agi", "وكالة آجي الإيطالية", "Agenzia Giornalistica Italia",
  "وكالة آجي|آجي|وكالة أجي الإيطالية|وكالة الأنباء الإيطالية آجي|Agenzia Italia", cs="AGI", country="italy")
O("ansa", "وكالة أنسا", "ANSA", "وكالة أنسا الإيطالية|وكالة الأنباء الإيطالية أنسا", country="italy")
O("deutsche-welle", "دويتشه فيله", "Deutsche Welle", "دويتشه فيلله|دويتش فيله|DW Arabic", cs="DW", country="germany")
O("der-spiegel", "دير شبيغل", "Der Spiegel", "شبيغل|مجلة دير شبيغل|مجلة شبيغل|دير شبيجل|Spiegel", country="germany")
O("bild", "صحيفة بيلد", "Bild", "بيلد|بيلد الألمانية|صحيفة بيلد الألمانية", country="germany")
O("euronews", "يورونيوز", "Euronews", "يورو نيوز|قناة يورونيوز", country="france")
O("rt", "روسيا اليوم", "RT (Russia Today)", "قناة روسيا اليوم|آر تي|RT Arabic|Russia Today", cs="RT", country="russia")
O("tass", "وكالة تاس", "TASS", "تاس|وكالة تاس الروسية|وكالة الأنباء الروسية تاس", country="russia")
O("sputnik", "سبوتنيك", "Sputnik", "وكالة سبوتنيك|سبوتنيك عربي|Sputnik Arabic", country="russia")
O("ria-novosti", "ريا نوفوستي", "RIA Novosti", "وكالة ريا نوفوستي|وكالة نوفوستي", country="russia")
O("anadolu-agency", "وكالة الأناضول", "Anadolu Agency", "الأناضول|وكالة أنباء الأناضول|Anadolu", country="turkey")
O("al-jazeera", "قناة الجزيرة", "Al Jazeera", "الجزيرة نت|شبكة الجزيرة|قناة الجزيرة الفضائية|الجزيرة مباشر|Al Jazeera English|Aljazeera",
  country="qatar", amb="الجزيرة")
O("al-arabiya", "قناة العربية", "Al Arabiya", "العربية نت|قناة العربية الفضائية|موقع العربية|Al Arabiya English|Alarabiya",
  country="saudi-arabia")
O("al-hadath", "قناة الحدث", "Al Hadath", "الحدث نت", country="saudi-arabia")
O("al-mayadeen", "قناة الميادين", "Al Mayadeen", "الميادين نت|شبكة الميادين|قناة الميادين الفضائية", country="lebanon",
  amb="الميادين")
O("asharq-al-awsat", "صحيفة الشرق الأوسط", "Asharq Al-Awsat", "جريدة الشرق الأوسط|الشرق الأوسط اللندنية|Asharq Alawsat",
  country="saudi-arabia")
O("al-araby-al-jadeed", "العربي الجديد", "Al-Araby Al-Jadeed", "صحيفة العربي الجديد|The New Arab", country="qatar")
O("al-quds-al-arabi", "القدس العربي", "Al-Quds Al-Arabi", "صحيفة القدس العربي", country=UK)
O("al-ahram", "الأهرام", "Al-Ahram", "صحيفة الأهرام|جريدة الأهرام|بوابة الأهرام|الأهرام المصرية", country="egypt")
O("youm7", "اليوم السابع", "Youm7", "صحيفة اليوم السابع|موقع اليوم السابع", country="egypt")
O("al-masry-al-youm", "المصري اليوم", "Al-Masry Al-Youm", "صحيفة المصري اليوم", country="egypt")
O("an-nahar", "صحيفة النهار", "An-Nahar", "النهار اللبنانية|جريدة النهار|النهار العربي", country="lebanon")
O("al-ain-news", "العين الإخبارية", "Al Ain News", "بوابة العين الإخبارية|موقع العين الإخبارية", country="united-arab-emirates")
O("site-24", "موقع 24", "24.ae", "موقع 24 الإماراتي|24 الإماراتي", country="united-arab-emirates")
O("enab-baladi", "عنب بلدي", "Enab Baladi", "صحيفة عنب بلدي|موقع عنب بلدي", country="syria")
O("syria-tv", "تلفزيون سوريا", "Syria TV", "قناة تلفزيون سوريا", country="syria")
O("sana", "الوكالة العربية السورية للأنباء", "Syrian Arab News Agency", "وكالة سانا|سانا|وكالة الأنباء السورية",
  cs="SANA", country="syria")
O("iraqi-news-agency", "وكالة الأنباء العراقية", "Iraqi News Agency", "وكالة الأنباء العراقية واع", cs="INA", country="iraq")
O("shafaq-news", "شفق نيوز", "Shafaq News", "وكالة شفق نيوز", country="iraq")
O("alsumaria", "السومرية نيوز", "Alsumaria", "قناة السومرية", country="iraq")
O("rudaw", "رووداو", "Rudaw", "شبكة رووداو|شبكة رووداو الإعلامية|روداو", country="iraq")
O("kurdistan-24", "كردستان 24", "Kurdistan 24", "قناة كردستان 24", country="iraq")
O("wam", "وكالة أنباء الإمارات", "Emirates News Agency", "وكالة وام", cs="WAM", country="united-arab-emirates")
O("saudi-press-agency", "وكالة الأنباء السعودية", "Saudi Press Agency", "واس|وكالة واس", cs="SPA", country="saudi-arabia")
O("irna", "وكالة الجمهورية الإسلامية للأنباء", "Islamic Republic News Agency", "إرنا|وكالة إرنا|وكالة الأنباء الإيرانية إرنا",
  cs="IRNA", country="iran")
O("tasnim", "وكالة تسنيم", "Tasnim News Agency", "وكالة تسنيم للأنباء|وكالة تسنيم الدولية للأنباء", country="iran")
O("fars-news", "وكالة فارس", "Fars News Agency", "وكالة أنباء فارس|وكالة فارس للأنباء", country="iran")
O("iran-international", "إيران إنترناشيونال", "Iran International", "قناة إيران إنترناشيونال|إيران انترناشيونال",
  country=UK)
O("times-of-israel", "تايمز أوف إسرائيل", "The Times of Israel", "صحيفة تايمز أوف إسرائيل|Times of Israel", country="israel")
O("haaretz", "هآرتس", "Haaretz", "صحيفة هآرتس|هارتس", country="israel")
O("garowe-online", "غاروي أونلاين", "Garowe Online", country="somalia")

# ---------------------------------------------------------------------------------------------
# Organizations: platforms and technology companies
# ---------------------------------------------------------------------------------------------
O("telegram", "تلغرام", "Telegram", "تيليغرام|تليغرام|تليجرام|تيليجرام|تطبيق تلغرام|تطبيق تيليغرام|منصة تلغرام")
O("rocket-chat", "روكيت تشات", "Rocket.Chat", "روكت تشات|تطبيق روكيت تشات|منصة روكيت تشات|RocketChat")
O("x-twitter", "منصة إكس", "X (Twitter)", "تويتر|موقع تويتر|منصة إكس تويتر سابقا|إكس تويتر سابقا|Twitter", country=US)
O("facebook", "فيسبوك", "Facebook", "فيس بوك|موقع فيسبوك|منصة فيسبوك|فيسبوك ميتا", country=US)
O("instagram", "إنستغرام", "Instagram", "انستغرام|إنستجرام|انستجرام|إنستقرام", country=US)
O("whatsapp", "واتساب", "WhatsApp", "واتس آب|واتس اب|تطبيق واتساب", country=US)
O("youtube", "يوتيوب", "YouTube", "موقع يوتيوب|منصة يوتيوب", country=US)
O("tiktok", "تيك توك", "TikTok", "تيكتوك|منصة تيك توك|تطبيق تيك توك", country="china")
O("meta-platforms", "شركة ميتا", "Meta Platforms", "ميتا بلاتفورمز|Meta Platforms Inc", country=US)
O("google", "غوغل", "Google", "جوجل|شركة غوغل|شركة جوجل", country=US)
O("signal-messenger", "تطبيق سيغنال", "Signal Messenger", "سيغنال|سيجنال|تطبيق سيجنال", country=US)
O("tamtam", "تام تام", "TamTam", "تطبيق تام تام", country="russia")
O("discord", "ديسكورد", "Discord", "منصة ديسكورد|تطبيق ديسكورد", country=US)
O("element-messenger", "تطبيق إليمنت", "Element (messenger)", "Element messenger", country=UK)
O("hoop-messenger", "هوب ماسنجر", "Hoop Messenger", "تطبيق هوب", country="canada")
O("threema", "تطبيق ثريما", "Threema", "ثريما", country="switzerland")

# ---------------------------------------------------------------------------------------------
# People: Islamic State and predecessors
# ---------------------------------------------------------------------------------------------
P("abu-bakr-al-baghdadi", "أبو بكر البغدادي", "Abu Bakr al-Baghdadi",
  "البغدادي|أبوبكر البغدادي|أبو بكر البغدادي الحسيني القرشي|الخليفة أبو بكر البغدادي|إبراهيم عواد البدري|"
  "إبراهيم عواد إبراهيم البدري|إبراهيم عواد إبراهيم علي البدري السامرائي|Ibrahim Awad al-Badri|al-Baghdadi",
  country="iraq")
P("abu-ibrahim-al-hashimi-al-qurashi", "أبو إبراهيم الهاشمي القرشي", "Abu Ibrahim al-Hashimi al-Qurashi",
  "أمير محمد سعيد عبد الرحمن المولى|أمير محمد سعيد عبدالرحمن المولى|حجي عبد الله|"
  "Amir Mohammed Said Abdal-Rahman al-Mawla|Hajji Abdullah", country="iraq")
P("abu-al-hasan-al-hashimi-al-qurashi", "أبو الحسن الهاشمي القرشي", "Abu al-Hasan al-Hashimi al-Qurashi",
  "Abu al-Hassan al-Hashimi al-Qurashi")
P("abu-al-husayn-al-husayni-al-qurashi", "أبو الحسين الحسيني القرشي", "Abu al-Husayn al-Husayni al-Qurashi",
  "أبو الحسين القرشي|Abu al-Hussein al-Husseini al-Qurashi")
P("abu-hafs-al-hashimi-al-qurashi", "أبو حفص الهاشمي القرشي", "Abu Hafs al-Hashimi al-Qurashi",
  "أبي حفص الهاشمي القرشي")
P("abu-muhammad-al-adnani", "أبو محمد العدناني", "Abu Muhammad al-Adnani",
  "العدناني|أبو محمد العدناني الشامي|طه صبحي فلاحة|Abu Mohammed al-Adnani|Taha Subhi Falaha", country="syria")
P("abu-hamza-al-qurashi", "أبو حمزة القرشي", "Abu Hamza al-Qurashi", "أبو حمزة القرشي المهاجر")
P("abu-omar-al-muhajir", "أبو عمر المهاجر", "Abu Omar al-Muhajir", "Abu Umar al-Muhajir")
P("abu-hudhayfah-al-ansari", "أبو حذيفة الأنصاري", "Abu Hudhayfah al-Ansari", "Abu Hudhayfa al-Ansari")
P("abu-musab-al-zarqawi", "أبو مصعب الزرقاوي", "Abu Musab al-Zarqawi",
  "الزرقاوي|أحمد فاضل نزال الخلايلة|Ahmad Fadil al-Khalayleh|al-Zarqawi", country="jordan")
P("abu-omar-al-baghdadi", "أبو عمر البغدادي", "Abu Omar al-Baghdadi",
  "حامد داود محمد خليل الزاوي|Hamid Dawud al-Zawi|Abu Umar al-Baghdadi", country="iraq")
P("abu-ayyub-al-masri", "أبو أيوب المصري", "Abu Ayyub al-Masri",
  "أبو حمزة المهاجر|عبد المنعم عز الدين البدوي|Abu Hamza al-Muhajir", country="egypt")
P("abu-ali-al-anbari", "أبو علي الأنباري", "Abu Ali al-Anbari",
  "عبد الرحمن مصطفى القادولي|عبد الرحمن القادولي|Abd al-Rahman al-Qaduli", country="iraq")
P("abu-muslim-al-turkmani", "أبو مسلم التركماني", "Abu Muslim al-Turkmani", "فاضل أحمد عبد الله الحيالي|فاضل الحيالي",
  country="iraq")
P("abu-omar-al-shishani", "أبو عمر الشيشاني", "Abu Omar al-Shishani",
  "طرخان باتيراشفيلي|Tarkhan Batirashvili", country="georgia")
P("haji-bakr", "حجي بكر", "Haji Bakr", "سمير عبد محمد الخليفاوي|سمير الخليفاوي|Samir al-Khlifawi", country="iraq")
P("turki-al-binali", "تركي البنعلي", "Turki al-Binali", "أبو سفيان السلمي", country="bahrain")
P("abu-khadija", "أبو خديجة", "Abu Khadija", "عبد الله مكي مصلح الرفاعي|عبد الله مكي الرفاعي|Abdallah Makki Muslih al-Rifai",
  country="iraq")
P("maher-al-agal", "ماهر العقال", "Maher al-Agal", country="syria")
P("abu-yasir-al-issawi", "أبو ياسر العيساوي", "Abu Yasir al-Issawi", "", country="iraq")
P("mohammed-emwazi", "محمد إموازي", "Mohammed Emwazi", "الجهادي جون|محمد اموازي|Jihadi John", country=UK)
P("shamima-begum", "شميمة بيغوم", "Shamima Begum", "شاميما بيغوم", country=UK)
P("shahab-al-muhajir", "شهاب المهاجر", "Shahab al-Muhajir", "ثناء الله غفاري|Sanaullah Ghafari",
  country="afghanistan")
P("hafiz-saeed-khan", "حافظ سعيد خان", "Hafiz Saeed Khan", country="pakistan")
P("abu-musab-al-barnawi", "أبو مصعب البرناوي", "Abu Musab al-Barnawi", "حبيب يوسف|Habib Yusuf", country="nigeria")
P("abubakar-shekau", "أبو بكر شيكاو", "Abubakar Shekau", "شيكاو|أبوبكر شيكاو|أبو بكر شكاو|Shekau", country="nigeria")
P("mohammed-yusuf", "محمد يوسف", "Mohammed Yusuf", "مؤسس بوكو حرام محمد يوسف|Muhammad Yusuf", country="nigeria")
P("bakura-doro", "باكورا دورو", "Bakura Doro", "باكورا|Bakura", country="nigeria")
P("adnan-abu-walid-al-sahrawi", "عدنان أبو وليد الصحراوي", "Adnan Abu Walid al-Sahrawi",
  "أبو وليد الصحراوي|عدنان أبو الوليد الصحراوي|Abu Walid al-Sahrawi", country="western-sahara")
P("musa-baluku", "موسى بالوكو", "Musa Baluku", "موسى سيكا بالوكو|Seka Musa Baluku", country="uganda")
P("jamil-mukulu", "جميل موكولو", "Jamil Mukulu", country="uganda")
P("bonomade-machude-omar", "بونومادي ماشودي عمر", "Bonomade Machude Omar", "", country="mozambique")
P("abdulqadir-mumin", "عبد القادر مؤمن", "Abdulqadir Mumin", "عبدالقادر مؤمن|Abdul Qadir Mumin", country="somalia")
P("bilal-al-sudani", "بلال السوداني", "Bilal al-Sudani", country="sudan")
P("shamsud-din-jabbar", "شمس الدين جبار", "Shamsud-Din Jabbar", "Shamsud Din Jabbar", country=US)
P("abdelhamid-abaaoud", "عبد الحميد أباعود", "Abdelhamid Abaaoud", "أباعود", country="belgium")
P("salah-abdeslam", "صلاح عبد السلام", "Salah Abdeslam", country="france")
P("anis-amri", "أنيس العامري", "Anis Amri", country="tunisia")

# ---------------------------------------------------------------------------------------------
# People: al-Qaeda, its affiliates and ideologues
# ---------------------------------------------------------------------------------------------
P("osama-bin-laden", "أسامة بن لادن", "Osama bin Laden",
  "بن لادن|أسامة بن محمد بن لادن|أسامة بن محمد بن عوض بن لادن|Usama bin Laden|bin Laden", country="saudi-arabia")
P("ayman-al-zawahiri", "أيمن الظواهري", "Ayman al-Zawahiri", "الظواهري|al-Zawahiri|Ayman al-Zawahri",
  country="egypt")
P("saif-al-adel", "سيف العدل", "Saif al-Adel",
  "محمد صلاح الدين زيدان|محمد صلاح الدين عبد الحليم زيدان|Sayf al-Adl|Mohammed Salah al-Din Zaidan", country="egypt")
P("hamza-bin-laden", "حمزة بن لادن", "Hamza bin Laden", country="saudi-arabia")
P("abdullah-azzam", "عبد الله عزام", "Abdullah Azzam", "عبدالله عزام|الشيخ عبد الله عزام", country="palestinian-territories")
P("abu-muhammad-al-masri", "أبو محمد المصري", "Abu Muhammad al-Masri", "عبد الله أحمد عبد الله|Abdullah Ahmed Abdullah",
  country="egypt")
P("abu-yahya-al-libi", "أبو يحيى الليبي", "Abu Yahya al-Libi", "حسن محمد قائد", country="libya")
P("khalid-sheikh-mohammed", "خالد شيخ محمد", "Khalid Sheikh Mohammed", cs="KSM", country="pakistan")
P("abu-musab-al-suri", "أبو مصعب السوري", "Abu Musab al-Suri", "مصطفى ست مريم نصار|Mustafa Setmariam Nasar",
  country="syria")
P("abu-muhammad-al-maqdisi", "أبو محمد المقدسي", "Abu Muhammad al-Maqdisi",
  "عصام البرقاوي|عصام محمد طاهر البرقاوي|Abu Mohammed al-Maqdisi", country="jordan")
P("abu-qatada-al-filistini", "أبو قتادة الفلسطيني", "Abu Qatada al-Filistini", "عمر محمود عثمان|Abu Qatada",
  country="jordan")
P("anwar-al-awlaki", "أنور العولقي", "Anwar al-Awlaki", "Anwar al-Aulaqi", country="yemen")
P("nasir-al-wuhayshi", "ناصر الوحيشي", "Nasir al-Wuhayshi", "أبو بصير الوحيشي|Nasser al-Wuhayshi", country="yemen")
P("qasim-al-raymi", "قاسم الريمي", "Qasim al-Raymi", country="yemen")
P("khalid-batarfi", "خالد باطرفي", "Khalid Batarfi", "خالد بن عمر باطرفي|Khalid al-Batarfi", country="yemen")
P("saad-bin-atef-al-awlaki", "سعد بن عاطف العولقي", "Saad bin Atef al-Awlaki", "سعد العولقي", country="yemen")
P("abdelmalek-droukdel", "عبد المالك دروكدال", "Abdelmalek Droukdel",
  "دروكدال|عبد المالك درودكال|أبو مصعب عبد الودود|Abu Musab Abdel Wadoud", country="algeria")
P("abu-ubaydah-yusuf-al-annabi", "أبو عبيدة يوسف العنابي", "Abu Ubaydah Yusuf al-Annabi",
  "يزيد مبارك|يوسف العنابي|Yazid Mebrak", country="algeria")
P("mokhtar-belmokhtar", "مختار بلمختار", "Mokhtar Belmokhtar", "بلمختار|خالد أبو العباس", country="algeria")
P("iyad-ag-ghaly", "إياد أغ غالي", "Iyad Ag Ghaly", "إياد آغ غالي|إياد غالي|Iyad Ag Ghali", country="mali")
P("amadou-koufa", "أمادو كوفا", "Amadou Koufa", "أمادو كوفة|أحمدو كوفا|Amadou Kouffa|Hamadoun Koufa", country="mali")
P("ahmed-diriye", "أحمد ديريه", "Ahmed Diriye",
  "أحمد عمر ديريه|أبو عبيدة أحمد عمر|أحمد عمر أبو عبيدة|Ahmad Umar Abu Ubaidah|Ahmed Umar Diriye", country="somalia")
P("ahmed-abdi-godane", "أحمد عبدي غودني", "Ahmed Abdi Godane",
  "أحمد عبدي جودني|مختار أبو الزبير|غودني|Mukhtar Abu Zubayr", country="somalia")
P("abu-hammam-al-shami", "أبو همام الشامي", "Abu Hammam al-Shami", "سمير حجازي|فاروق السوري|Samir Hijazi",
  country="syria")
P("sami-al-uraydi", "سامي العريدي", "Sami al-Uraydi", country="jordan")
P("hafiz-muhammad-saeed", "حافظ محمد سعيد", "Hafiz Muhammad Saeed", "حافظ سعيد|Hafiz Saeed", country="pakistan")
P("masood-azhar", "مسعود أظهر", "Masood Azhar", "مولانا مسعود أظهر|Maulana Masood Azhar", country="pakistan")

# ---------------------------------------------------------------------------------------------
# People: Taliban, TTP, Afghanistan and Pakistan
# ---------------------------------------------------------------------------------------------
P("hibatullah-akhundzada", "هبة الله أخوند زاده", "Hibatullah Akhundzada",
  "هبة الله آخوند زاده|هبة الله أخوندزاده|هبة الله آخوندزاده|هبة الله أخندزاده|الملا هبة الله أخوند زاده|"
  "الملا هبة الله|المولوي هبة الله|أخوند زاده|أخوندزاده|Haibatullah Akhundzada|Akhundzada", country="afghanistan")
P("sirajuddin-haqqani", "سراج الدين حقاني", "Sirajuddin Haqqani", "سراج حقاني|Siraj Haqqani", country="afghanistan")
P("jalaluddin-haqqani", "جلال الدين حقاني", "Jalaluddin Haqqani", country="afghanistan")
P("mullah-omar", "الملا محمد عمر", "Mullah Mohammed Omar", "الملا عمر|الملا محمد عمر مجاهد|Mullah Omar", country="afghanistan")
P("akhtar-mansour", "أختر محمد منصور", "Akhtar Mansour", "الملا أختر منصور|أختر منصور|Mullah Akhtar Mansour",
  country="afghanistan")
P("abdul-ghani-baradar", "عبد الغني برادر", "Abdul Ghani Baradar", "الملا عبد الغني برادر|الملا برادر|عبدالغني برادر|Mullah Baradar",
  country="afghanistan")
P("mohammad-yaqoob", "محمد يعقوب مجاهد", "Mohammad Yaqoob", "الملا يعقوب|الملا محمد يعقوب|Mullah Yaqoob",
  country="afghanistan")
P("zabihullah-mujahid", "ذبيح الله مجاهد", "Zabihullah Mujahid", country="afghanistan")
P("amir-khan-muttaqi", "أمير خان متقي", "Amir Khan Muttaqi", country="afghanistan")
P("noor-wali-mehsud", "نور والي محسود", "Noor Wali Mehsud", "نور ولي محسود|مفتي نور والي محسود", country="pakistan")
P("baitullah-mehsud", "بيت الله محسود", "Baitullah Mehsud", country="pakistan")
P("hakimullah-mehsud", "حكيم الله محسود", "Hakimullah Mehsud", country="pakistan")
P("gulbuddin-hekmatyar", "قلب الدين حكمتيار", "Gulbuddin Hekmatyar", "حكمتيار|قلب الدين حكمت يار", country="afghanistan")
P("ahmad-massoud", "أحمد مسعود", "Ahmad Massoud", "أحمد شاه مسعود الابن", country="afghanistan")
P("ahmad-shah-massoud", "أحمد شاه مسعود", "Ahmad Shah Massoud", country="afghanistan")
P("ashraf-ghani", "أشرف غني", "Ashraf Ghani", "محمد أشرف غني", country="afghanistan")
P("hamid-karzai", "حامد كرزاي", "Hamid Karzai", "كرزاي", country="afghanistan")
P("shehbaz-sharif", "شهباز شريف", "Shehbaz Sharif", country="pakistan")
P("asim-munir", "عاصم منير", "Asim Munir", "الجنرال عاصم منير", country="pakistan")
P("imran-khan", "عمران خان", "Imran Khan", country="pakistan")
P("narendra-modi", "ناريندرا مودي", "Narendra Modi", "مودي|نارندرا مودي", country="india")

# ---------------------------------------------------------------------------------------------
# People: Syria, Iraq, Kurds
# ---------------------------------------------------------------------------------------------
P("ahmed-al-sharaa", "أحمد الشرع", "Ahmed al-Sharaa",
  "أبو محمد الجولاني|الجولاني|الشرع|أحمد حسين الشرع|الرئيس السوري أحمد الشرع|Ahmad al-Sharaa|"
  "Abu Mohammad al-Jolani|Abu Muhammad al-Julani|Abu Mohammed al-Golani|al-Jolani|al-Julani", country="syria")
P("bashar-al-assad", "بشار الأسد", "Bashar al-Assad", "الأسد|الرئيس السوري بشار الأسد|بشار حافظ الأسد|Assad|Bashar Assad",
  country="syria")
P("hafez-al-assad", "حافظ الأسد", "Hafez al-Assad", country="syria")
P("maher-al-assad", "ماهر الأسد", "Maher al-Assad", country="syria")
P("asaad-al-shaibani", "أسعد حسن الشيباني", "Asaad al-Shaibani", "أسعد الشيباني|Asaad Hassan al-Shaibani", country="syria")
P("murhaf-abu-qasra", "مرهف أبو قصرة", "Murhaf Abu Qasra", "أبو الحسن الحموي", country="syria")
P("anas-khattab", "أنس خطاب", "Anas Khattab", "أبو أحمد حدود", country="syria")
P("abu-maria-al-qahtani", "أبو ماريا القحطاني", "Abu Maria al-Qahtani", "ميسر علي موسى عبد الله الجبوري", country="iraq")
P("zahran-alloush", "زهران علوش", "Zahran Alloush", country="syria")
P("bashar-al-jaafari", "بشار الجعفري", "Bashar al-Jaafari", country="syria")
P("mazloum-abdi", "مظلوم عبدي", "Mazloum Abdi",
  "مظلوم كوباني|فرهاد عبدي شاهين|القائد العام لقوات سوريا الديمقراطية مظلوم عبدي|Mazloum Kobani|Ferhat Abdi Şahin",
  country="syria")
P("ilham-ahmed", "إلهام أحمد", "Ilham Ahmed", country="syria")
P("abdullah-ocalan", "عبد الله أوجلان", "Abdullah Öcalan", "أوجلان|عبدالله أوجلان|Abdullah Ocalan|Ocalan|Öcalan",
  country="turkey")
P("murat-karayilan", "مراد قره يلان", "Murat Karayılan", "مراد كارايلان|Murat Karayilan", country="turkey")
P("cemil-bayik", "جميل بايك", "Cemil Bayık", "Cemil Bayik", country="turkey")
P("mohammed-shia-al-sudani", "محمد شياع السوداني", "Mohammed Shia al-Sudani",
  "رئيس الوزراء العراقي محمد شياع السوداني|Mohammed Shia' al-Sudani", country="iraq")
P("mustafa-al-kadhimi", "مصطفى الكاظمي", "Mustafa al-Kadhimi", "الكاظمي", country="iraq")
P("nouri-al-maliki", "نوري المالكي", "Nouri al-Maliki", "المالكي|Nuri al-Maliki", country="iraq")
P("haider-al-abadi", "حيدر العبادي", "Haider al-Abadi", "العبادي", country="iraq")
P("muqtada-al-sadr", "مقتدى الصدر", "Muqtada al-Sadr", "السيد مقتدى الصدر", country="iraq")
P("qais-al-khazali", "قيس الخزعلي", "Qais al-Khazali", "الخزعلي", country="iraq")
P("abu-mahdi-al-muhandis", "أبو مهدي المهندس", "Abu Mahdi al-Muhandis", "جمال جعفر آل إبراهيم|جمال جعفر محمد علي آل إبراهيم",
  country="iraq")
P("akram-al-kaabi", "أكرم الكعبي", "Akram al-Kaabi", country="iraq")
P("hadi-al-amiri", "هادي العامري", "Hadi al-Amiri", "", country="iraq")
P("faleh-al-fayyadh", "فالح الفياض", "Falih al-Fayyadh", "الفياض|Faleh al-Fayyadh", country="iraq")
P("abu-fadak-al-mohammedawi", "أبو فدك المحمداوي", "Abu Fadak al-Mohammedawi", "عبد العزيز المحمداوي", country="iraq")
P("ali-al-sistani", "علي السيستاني", "Ali al-Sistani", "السيستاني|آية الله علي السيستاني|المرجع السيستاني", country="iraq")
P("masoud-barzani", "مسعود بارزاني", "Masoud Barzani", "مسعود البارزاني", country="iraq")
P("nechirvan-barzani", "نيجيرفان بارزاني", "Nechirvan Barzani", "نيجيرفان البارزاني", country="iraq")
P("masrour-barzani", "مسرور بارزاني", "Masrour Barzani", "مسرور البارزاني", country="iraq")
P("bafel-talabani", "بافل طالباني", "Bafel Talabani", "بافل الطالباني", country="iraq")
P("abdul-wahab-al-saadi", "عبد الوهاب الساعدي", "Abdul Wahab al-Saadi", "عبدالوهاب الساعدي", country="iraq")
P("hisham-al-hashimi", "هشام الهاشمي", "Hisham al-Hashimi", country="iraq")

# ---------------------------------------------------------------------------------------------
# People: Iran, Turkey, Israel, Palestinians, Lebanon, Yemen, Gulf
# ---------------------------------------------------------------------------------------------
P("ali-khamenei", "علي خامنئي", "Ali Khamenei",
  "خامنئي|آية الله علي خامنئي|علي الخامنئي|المرشد الإيراني علي خامنئي|Ayatollah Ali Khamenei|Khamenei", country="iran")
P("qassem-soleimani", "قاسم سليماني", "Qassem Soleimani", "سليماني|الجنرال قاسم سليماني|Qasem Soleimani", country="iran")
P("esmail-qaani", "إسماعيل قاآني", "Esmail Qaani", "قاآني|إسماعيل قآني|إسماعيل قاءاني|إسماعيل قاني|Ismail Qaani",
  country="iran")
P("ebrahim-raisi", "إبراهيم رئيسي", "Ebrahim Raisi", "Ibrahim Raisi", country="iran")
P("masoud-pezeshkian", "مسعود بزشكيان", "Masoud Pezeshkian", "بزشكيان|مسعود بيزشكيان|بيزشكيان", country="iran")
P("hassan-rouhani", "حسن روحاني", "Hassan Rouhani", "", country="iran")
P("abbas-araghchi", "عباس عراقجي", "Abbas Araghchi", "عراقجي", country="iran")
P("hossein-salami", "حسين سلامي", "Hossein Salami", country="iran")
P("mohammad-javad-zarif", "محمد جواد ظريف", "Mohammad Javad Zarif", "جواد ظريف", country="iran")
P("ali-larijani", "علي لاريجاني", "Ali Larijani", "لاريجاني", country="iran")
P("recep-tayyip-erdogan", "رجب طيب أردوغان", "Recep Tayyip Erdoğan",
  "أردوغان|إردوغان|رجب طيب إردوغان|Recep Tayyip Erdogan|Erdogan|Erdoğan", country="turkey")
P("hakan-fidan", "هاكان فيدان", "Hakan Fidan", "فيدان", country="turkey")
P("ibrahim-kalin", "إبراهيم قالن", "İbrahim Kalın", "إبراهيم كالين|قالن|Ibrahim Kalin", country="turkey")
P("benjamin-netanyahu", "بنيامين نتنياهو", "Benjamin Netanyahu", "نتنياهو|نتانياهو|بنيامين نتانياهو|Netanyahu",
  country="israel")
P("yoav-gallant", "يوآف غالانت", "Yoav Gallant", "غالانت|يوآف جالانت|جالانت|يواف غالانت", country="israel")
P("israel-katz", "يسرائيل كاتس", "Israel Katz", "يسرائيل كاتز|إسرائيل كاتس", country="israel")
P("herzi-halevi", "هرتسي هاليفي", "Herzi Halevi", "هيرتسي هاليفي", country="israel")
P("eyal-zamir", "إيال زامير", "Eyal Zamir", country="israel")
P("ronen-bar", "رونين بار", "Ronen Bar", country="israel")
P("david-barnea", "ديفيد برنياع", "David Barnea", "ديفيد بارنيا", country="israel")
P("mahmoud-abbas", "محمود عباس", "Mahmoud Abbas", "أبو مازن|الرئيس الفلسطيني محمود عباس", country="palestinian-territories")
P("yahya-sinwar", "يحيى السنوار", "Yahya Sinwar", "السنوار|Yahya al-Sinwar", country="palestinian-territories")
P("mohammed-sinwar", "محمد السنوار", "Mohammed Sinwar", country="palestinian-territories")
P("ismail-haniyeh", "إسماعيل هنية", "Ismail Haniyeh", "هنية|Ismail Haniyah", country="palestinian-territories")
P("khaled-meshaal", "خالد مشعل", "Khaled Meshaal", "Khaled Mashal", country="palestinian-territories")
P("mohammed-deif", "محمد الضيف", "Mohammed Deif", "محمد دياب المصري", country="palestinian-territories")
P("saleh-al-arouri", "صالح العاروري", "Saleh al-Arouri", "العاروري", country="palestinian-territories")
P("khalil-al-hayya", "خليل الحية", "Khalil al-Hayya", country="palestinian-territories")
P("ahmed-yassin", "أحمد ياسين", "Ahmed Yassin", "الشيخ أحمد ياسين", country="palestinian-territories")
P("ziyad-al-nakhalah", "زياد النخالة", "Ziyad al-Nakhalah", "النخالة", country="palestinian-territories")
P("hassan-nasrallah", "حسن نصر الله", "Hassan Nasrallah", "نصر الله|حسن نصرالله|نصرالله|السيد حسن نصر الله|Nasrallah",
  country="lebanon")
P("naim-qassem", "نعيم قاسم", "Naim Qassem", "الشيخ نعيم قاسم|Naim Qasem", country="lebanon")
P("hashem-safieddine", "هاشم صفي الدين", "Hashem Safieddine", country="lebanon")
P("imad-mughniyeh", "عماد مغنية", "Imad Mughniyeh", country="lebanon")
P("fuad-shukr", "فؤاد شكر", "Fuad Shukr", country="lebanon")
P("ibrahim-aqil", "إبراهيم عقيل", "Ibrahim Aqil", country="lebanon")
P("joseph-aoun", "جوزيف عون", "Joseph Aoun", "الرئيس اللبناني جوزيف عون", country="lebanon")
P("nawaf-salam", "نواف سلام", "Nawaf Salam", country="lebanon")
P("nabih-berri", "نبيه بري", "Nabih Berri", country="lebanon")
P("abdul-malik-al-houthi", "عبد الملك الحوثي", "Abdul-Malik al-Houthi",
  "عبدالملك الحوثي|عبد الملك بدر الدين الحوثي|زعيم الحوثيين عبد الملك الحوثي|Abdulmalik al-Houthi",
  country="yemen", amb="الحوثي")
P("hussein-badreddin-al-houthi", "حسين بدر الدين الحوثي", "Hussein Badreddin al-Houthi", country="yemen")
P("yahya-saree", "يحيى سريع", "Yahya Saree", "العميد يحيى سريع|Yahya Sarea", country="yemen")
P("mahdi-al-mashat", "مهدي المشاط", "Mahdi al-Mashat", "", country="yemen")
P("rashad-al-alimi", "رشاد العليمي", "Rashad al-Alimi", "العليمي", country="yemen")
P("aidarous-al-zubaidi", "عيدروس الزبيدي", "Aidarous al-Zubaidi", "عيدروس قاسم الزبيدي", country="yemen")
P("ali-abdullah-saleh", "علي عبد الله صالح", "Ali Abdullah Saleh", "علي عبدالله صالح", country="yemen")
P("mohammed-bin-salman", "محمد بن سلمان", "Mohammed bin Salman", "الأمير محمد بن سلمان|ولي العهد السعودي الأمير محمد بن سلمان",
  cs="MBS", country="saudi-arabia")
P("king-salman", "الملك سلمان بن عبد العزيز", "King Salman", "سلمان بن عبد العزيز|الملك سلمان|سلمان بن عبدالعزيز",
  country="saudi-arabia")
P("mohamed-bin-zayed", "محمد بن زايد", "Mohamed bin Zayed", "الشيخ محمد بن زايد آل نهيان|محمد بن زايد آل نهيان", cs="MBZ",
  country="united-arab-emirates")
P("tamim-bin-hamad-al-thani", "تميم بن حمد آل ثاني", "Tamim bin Hamad Al Thani", "الشيخ تميم بن حمد|أمير قطر تميم بن حمد",
  country="qatar")
P("king-abdullah-ii", "الملك عبد الله الثاني", "King Abdullah II", "عبد الله الثاني|العاهل الأردني الملك عبد الله الثاني|الملك عبدالله الثاني",
  country="jordan")
P("abdel-fattah-el-sisi", "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", "السيسي|عبدالفتاح السيسي|Sisi", country="egypt")

# ---------------------------------------------------------------------------------------------
# People: United States
# ---------------------------------------------------------------------------------------------
P("joe-biden", "جو بايدن", "Joe Biden", "بايدن|جوزيف بايدن|الرئيس الأمريكي جو بايدن|الرئيس بايدن|Joseph Biden|Biden",
  country=US)
P("donald-trump", "دونالد ترامب", "Donald Trump",
  "ترامب|ترمب|دونالد ترمب|الرئيس الأمريكي دونالد ترامب|الرئيس ترامب|Trump|Donald J. Trump", country=US)
P("barack-obama", "باراك أوباما", "Barack Obama", "أوباما|Obama", country=US)
P("george-w-bush", "جورج دبليو بوش", "George W. Bush", "جورج بوش الابن|جورج و. بوش|بوش الابن", country=US)
P("kamala-harris", "كامالا هاريس", "Kamala Harris", "هاريس", country=US)
P("jd-vance", "جي دي فانس", "JD Vance", "جيه دي فانس|فانس|J.D. Vance", country=US)
P("lloyd-austin", "لويد أوستن", "Lloyd Austin", "أوستن|لويد أوستين|Lloyd J. Austin", country=US)
P("pete-hegseth", "بيت هيغسيث", "Pete Hegseth", "هيغسيث|هيجسيث|بيت هيجسيث|هيغسث|Hegseth", country=US)
P("antony-blinken", "أنتوني بلينكن", "Antony Blinken", "بلينكن|أنتوني بلينكين|Blinken", country=US)
P("jake-sullivan", "جيك سوليفان", "Jake Sullivan", "سوليفان", country=US)
P("avril-haines", "أفريل هاينز", "Avril Haines", "هاينز|آفريل هاينز|أفريل هينز", country=US)
P("tulsi-gabbard", "تولسي غابارد", "Tulsi Gabbard", "غابارد|جابارد|تولسي جابارد|تولسي غابرد|Gabbard", country=US)
P("william-burns", "ويليام بيرنز", "William Burns", "بيل بيرنز|وليام بيرنز|بيرنز|Bill Burns", country=US)
P("john-ratcliffe", "جون راتكليف", "John Ratcliffe", "راتكليف", country=US)
P("christopher-wray", "كريستوفر راي", "Christopher Wray", "كريستوفر وراي|Chris Wray", country=US)
P("kash-patel", "كاش باتيل", "Kash Patel", "كاش باتل|باتيل", country=US)
P("marco-rubio", "ماركو روبيو", "Marco Rubio", "روبيو|Rubio", country=US)
P("mike-waltz", "مايك والتز", "Mike Waltz", "والتز|مايكل والتز", country=US)
P("mike-pompeo", "مايك بومبيو", "Mike Pompeo", "بومبيو", country=US)
P("michael-kurilla", "مايكل كوريلا", "Michael Erik Kurilla",
  "مايكل إريك كوريلا|إريك كوريلا|إيريك كوريلا|الجنرال مايكل كوريلا|الجنرال إريك كوريلا|كوريلا|Erik Kurilla|Michael Kurilla|Kurilla",
  country=US)
P("brad-cooper", "براد كوبر", "Brad Cooper", "الأدميرال براد كوبر|Charles Bradford Cooper", country=US)
P("kenneth-mckenzie", "كينيث ماكنزي", "Kenneth McKenzie", "فرانك ماكنزي|كينيث فرانك ماكنزي|Frank McKenzie", country=US)
P("michael-langley", "مايكل لانغلي", "Michael Langley", "مايكل لانجلي", country=US)
P("dagvin-anderson", "داغفين أندرسون", "Dagvin Anderson", "داجفين أندرسون", country=US)
P("mark-milley", "مارك ميلي", "Mark Milley", country=US)
P("dan-caine", "دان كين", "Dan Caine", "الجنرال دان كين", country=US)
P("david-petraeus", "ديفيد بترايوس", "David Petraeus", "بترايوس|ديفيد بيترايوس", country=US)
P("brett-mcgurk", "بريت ماكغورك", "Brett McGurk", "ماكغورك|بريت ماكجورك", country=US)
P("steve-witkoff", "ستيف ويتكوف", "Steve Witkoff", "ويتكوف", country=US)
P("tom-barrack", "توم باراك", "Tom Barrack", "توماس باراك", country=US)
P("christine-abizaid", "كريستين أبي زيد", "Christine Abizaid", "كريستين أبيزيد", country=US)
P("joe-kent", "جو كينت", "Joe Kent", country=US)
P("kristi-noem", "كريستي نويم", "Kristi Noem", "نويم", country=US)
P("merrick-garland", "ميريك غارلاند", "Merrick Garland", "ميريك جارلاند", country=US)

# ---------------------------------------------------------------------------------------------
# People: Europe, Russia, UN
# ---------------------------------------------------------------------------------------------
P("hans-georg-maassen", "هانز جورج ماسن", "Hans-Georg Maaßen",
  "هانس جورج ماسن|هانس غيورغ ماسن|هانز غيورغ ماسن|هانس-غيورغ ماسن|ماسن|Hans-Georg Maassen|Maassen", country="germany")
P("thomas-haldenwang", "توماس هالدنفانغ", "Thomas Haldenwang", "هالدنفانغ|توماس هالدينفانغ", country="germany")
P("nancy-faeser", "نانسي فيزر", "Nancy Faeser", "نانسي فايزر", country="germany")
P("olaf-scholz", "أولاف شولتس", "Olaf Scholz", "شولتس|أولاف شولز|شولز", country="germany")
P("friedrich-merz", "فريدريش ميرتس", "Friedrich Merz", "ميرتس|فريدريش ميرز", country="germany")
P("emmanuel-macron", "إيمانويل ماكرون", "Emmanuel Macron", "ماكرون|إيمانويل ماكرون|Macron", country="france")
P("gerald-darmanin", "جيرالد دارمانان", "Gérald Darmanin", "دارمانان|Gerald Darmanin", country="france")
P("keir-starmer", "كير ستارمر", "Keir Starmer", "ستارمر", country=UK)
P("ken-mccallum", "كين ماكالوم", "Ken McCallum", "كين مكالوم", country=UK)
P("giorgia-meloni", "جورجيا ميلوني", "Giorgia Meloni", "ميلوني", country="italy")
P("ursula-von-der-leyen", "أورسولا فون دير لاين", "Ursula von der Leyen", "فون دير لاين", country="germany")
P("mark-rutte", "مارك روته", "Mark Rutte", "روته", country="netherlands")
P("jens-stoltenberg", "ينس ستولتنبرغ", "Jens Stoltenberg", "ستولتنبرغ|يانس ستولتنبرغ|ينس ستولتنبرج", country="norway")
P("antonio-guterres", "أنطونيو غوتيريش", "António Guterres",
  "غوتيريش|غوتيريس|أنطونيو غوتيريس|جوتيريش|أنطونيو جوتيريش|Antonio Guterres|Guterres", country="portugal")
P("vladimir-putin", "فلاديمير بوتين", "Vladimir Putin", "بوتين|الرئيس الروسي فلاديمير بوتين|Putin", country="russia")
P("sergei-lavrov", "سيرغي لافروف", "Sergei Lavrov", "لافروف|سيرجي لافروف", country="russia")
P("sergei-shoigu", "سيرغي شويغو", "Sergei Shoigu", "شويغو|سيرجي شويجو", country="russia")
P("alexander-bortnikov", "ألكسندر بورتنيكوف", "Alexander Bortnikov", "بورتنيكوف|ألكسندر بورتنيكوف", country="russia")
P("dmitry-peskov", "ديمتري بيسكوف", "Dmitry Peskov", "بيسكوف", country="russia")
P("yevgeny-prigozhin", "يفغيني بريغوجين", "Yevgeny Prigozhin", "بريغوجين|يفغيني بريغوزين|يفجيني بريجوجين", country="russia")
P("ramzan-kadyrov", "رمضان قديروف", "Ramzan Kadyrov", "قديروف", country="russia")
P("emomali-rahmon", "إمام علي رحمن", "Emomali Rahmon", "إمام علي رحمانوف", country="tajikistan")
P("xi-jinping", "شي جين بينغ", "Xi Jinping", "شي جينبينغ", country="china")
P("volodymyr-zelensky", "فولوديمير زيلينسكي", "Volodymyr Zelensky", "زيلينسكي|Zelensky", country="ukraine")

# ---------------------------------------------------------------------------------------------
# People: Africa
# ---------------------------------------------------------------------------------------------
P("bola-tinubu", "بولا تينوبو", "Bola Tinubu", "تينوبو|بولا أحمد تينوبو", country="nigeria")
P("muhammadu-buhari", "محمد بخاري", "Muhammadu Buhari", "محمدو بخاري", country="nigeria")
P("assimi-goita", "أسيمي غويتا", "Assimi Goïta", "غويتا|آسيمي غويتا|عاصمي غويتا|Assimi Goita", country="mali")
P("ibrahim-traore", "إبراهيم تراوري", "Ibrahim Traoré", "النقيب إبراهيم تراوري|Ibrahim Traore", country="burkina-faso")
P("abdourahamane-tiani", "عبد الرحمن تياني", "Abdourahamane Tchiani", "تياني|عبد الرحمن تشياني|Abdourahamane Tiani",
  country="niger")
P("mahamat-idriss-deby", "محمد إدريس ديبي", "Mahamat Idriss Déby", "محمد إدريس ديبي إتنو|Mahamat Idriss Deby", country="chad")
P("filipe-nyusi", "فيليب نيوسي", "Filipe Nyusi", "فيليبي نيوسي", country="mozambique")
P("daniel-chapo", "دانيال تشابو", "Daniel Chapo", country="mozambique")
P("paul-kagame", "بول كاغامي", "Paul Kagame", "كاغامي|بول كاجامي", country="rwanda")
P("felix-tshisekedi", "فيليكس تشيسيكيدي", "Félix Tshisekedi", "تشيسيكيدي|Felix Tshisekedi", country="congo-kinshasa")
P("yoweri-museveni", "يويري موسيفيني", "Yoweri Museveni", "موسيفيني|يوري موسيفيني", country="uganda")
P("william-ruto", "ويليام روتو", "William Ruto", "روتو|وليام روتو", country="kenya")
P("hassan-sheikh-mohamud", "حسن شيخ محمود", "Hassan Sheikh Mohamud", "الرئيس الصومالي حسن شيخ محمود", country="somalia")
P("said-abdullahi-deni", "سعيد عبد الله دني", "Said Abdullahi Deni", "سعيد عبدالله دني", country="somalia")
P("abdel-fattah-al-burhan", "عبد الفتاح البرهان", "Abdel Fattah al-Burhan", "البرهان|عبدالفتاح البرهان", country="sudan")
P("mohamed-hamdan-dagalo", "محمد حمدان دقلو", "Mohamed Hamdan Dagalo", "حميدتي|حمدان دقلو|Hemedti", country="sudan")
P("omar-al-bashir", "عمر البشير", "Omar al-Bashir", country="sudan")
P("khalifa-haftar", "خليفة حفتر", "Khalifa Haftar", "حفتر|المشير خليفة حفتر|Haftar", country="libya")
P("muammar-gaddafi", "معمر القذافي", "Muammar Gaddafi", "القذافي|Gaddafi", country="libya")
P("abdelmadjid-tebboune", "عبد المجيد تبون", "Abdelmadjid Tebboune", "تبون", country="algeria")
P("kais-saied", "قيس سعيد", "Kais Saied", "الرئيس التونسي قيس سعيد", country="tunisia")

# ---------------------------------------------------------------------------------------------
# People: analysts, researchers and journalists who cover jihadism
# ---------------------------------------------------------------------------------------------
P("colin-clarke", "كولين كلارك", "Colin Clarke", "Colin P. Clarke", country=US)
P("charles-lister", "تشارلز ليستر", "Charles Lister", country=UK)
P("amira-jadoon", "أميرة جادون", "Amira Jadoon", country=US)
P("caleb-weiss", "كاليب فايس", "Caleb Weiss", "كاليب وايس|كالب فايس|كالب وايس", country=US)
P("vincent-foucher", "فنسنت فوشيه", "Vincent Foucher", "فانسان فوشيه|فينسنت فوشيه", country="france")
P("aaron-zelin", "آرون زيلين", "Aaron Zelin", "هارون زيلين|آرون زيلن|Aaron Y. Zelin", country=US)
P("hassan-hassan", "حسن حسن", "Hassan Hassan", country="syria")
P("aymenn-al-tamimi", "أيمن جواد التميمي", "Aymenn Jawad al-Tamimi", "Aymenn al-Tamimi", country=UK)
P("bill-roggio", "بيل روجيو", "Bill Roggio", "بيل روغيو", country=US)
P("thomas-joscelyn", "توماس جوسلين", "Thomas Joscelyn", country=US)
P("rita-katz", "ريتا كاتز", "Rita Katz", country=US)
P("bruce-hoffman", "بروس هوفمان", "Bruce Hoffman", country=US)
P("cole-bunzel", "كول بونزل", "Cole Bunzel", country=US)
P("tore-hamming", "توري هامينغ", "Tore Hamming", "تور هامينغ", country="denmark")
P("elisabeth-kendall", "إليزابيث كيندال", "Elisabeth Kendall", "إليزابيث كندال", country=UK)
P("lucas-webber", "لوكاس ويبر", "Lucas Webber", country=US)
P("raffaello-pantucci", "رافايلو بانتوتشي", "Raffaello Pantucci", "رافاييلو بانتوتشي", country=UK)
P("peter-neumann", "بيتر نيومان", "Peter Neumann", "بيتر نويمان", country="germany")
P("daniel-byman", "دانيال بايمان", "Daniel Byman", country=US)
P("seth-jones", "سيث جونز", "Seth Jones", "Seth G. Jones", country=US)
P("hans-jakob-schindler", "هانز ياكوب شيندلر", "Hans-Jakob Schindler", "هانس ياكوب شيندلر", country="germany")
P("ali-soufan", "علي صوفان", "Ali Soufan", country=US)
P("jason-burke", "جيسون بيرك", "Jason Burke", country=UK)
P("fawaz-gerges", "فواز جرجس", "Fawaz Gerges", country=UK)
P("mina-al-lami", "مينا اللامي", "Mina al-Lami", country=UK)
P("heni-nsaibia", "هيني نصيبية", "Héni Nsaibia", "Heni Nsaibia", country="tunisia")
P("wassim-nasr", "وسيم نصر", "Wassim Nasr", country="france")
P("jacob-zenn", "جاكوب زين", "Jacob Zenn", country=US)
P("michael-knights", "مايكل نايتس", "Michael Knights", country=UK)
P("matthew-levitt", "ماثيو ليفيت", "Matthew Levitt", country=US)
P("hassan-abu-haniyeh", "حسن أبو هنية", "Hassan Abu Haniyeh", country="jordan")
P("munir-adib", "منير أديب", "Munir Adib", country="egypt")
P("maher-farghali", "ماهر فرغلي", "Maher Farghali", country="egypt")

# ---------------------------------------------------------------------------------------------
# Places: regions (ids of UN M.49 regions match the CLDR entries they extend)
# ---------------------------------------------------------------------------------------------
L("middle-east", "الشرق الأوسط", "Middle East", "منطقة الشرق الأوسط|الشرق الاوسط|Middle East region")
L("northern-africa", "شمال أفريقيا", "North Africa", "شمال إفريقيا|شمال افريقيا|منطقة شمال أفريقيا|Northern Africa")
L("western-africa", "غرب أفريقيا", "West Africa", "غرب إفريقيا|منطقة غرب أفريقيا|أفريقيا الغربية|Western Africa")
L("eastern-africa", "شرق أفريقيا", "East Africa", "شرق إفريقيا|منطقة شرق أفريقيا|Eastern Africa")
L("middle-africa", "وسط أفريقيا", "Central Africa", "وسط إفريقيا|منطقة وسط أفريقيا|Middle Africa")
L("sub-saharan-africa", "أفريقيا جنوب الصحراء", "Sub-Saharan Africa",
  "أفريقيا جنوب الصحراء الكبرى|إفريقيا جنوب الصحراء|إفريقيا جنوب الصحراء الكبرى|دول أفريقيا جنوب الصحراء")
L("sahara", "الصحراء الكبرى", "Sahara", "الصحراء الأفريقية الكبرى|Sahara Desert")
L("sahel", "منطقة الساحل", "Sahel",
  "الساحل الأفريقي|الساحل الإفريقي|منطقة الساحل الأفريقي|منطقة الساحل الإفريقي|دول الساحل|الساحل والصحراء|"
  "منطقة الساحل والصحراء|Sahel region", amb="الساحل")
L("horn-of-africa", "القرن الأفريقي", "Horn of Africa", "القرن الإفريقي|منطقة القرن الأفريقي|منطقة القرن الإفريقي")
L("lake-chad-basin", "حوض بحيرة تشاد", "Lake Chad Basin", "بحيرة تشاد|منطقة بحيرة تشاد|Lake Chad")
L("liptako-gourma", "ليبتاكو غورما", "Liptako-Gourma",
  "منطقة ليبتاكو غورما|ليبتاكو-غورما|منطقة المثلث الحدودي بين مالي والنيجر وبوركينا فاسو|منطقة الحدود الثلاثية بين مالي والنيجر وبوركينا فاسو")
L("southern-asia", "جنوب آسيا", "South Asia", "منطقة جنوب آسيا|Southern Asia")
L("central-asia", "آسيا الوسطى", "Central Asia", "وسط آسيا|منطقة آسيا الوسطى|دول آسيا الوسطى")
L("southeast-asia", "جنوب شرق آسيا", "Southeast Asia", "جنوب شرقي آسيا|South-East Asia")
L("eastern-asia", "شرق آسيا", "East Asia", "شرقي آسيا|Eastern Asia")
L("indian-subcontinent", "شبه القارة الهندية", "Indian subcontinent")
L("balkans", "البلقان", "Balkans", "منطقة البلقان|دول البلقان|غرب البلقان|Western Balkans")
L("caucasus", "القوقاز", "Caucasus", "منطقة القوقاز|Caucasus region")
L("north-caucasus", "شمال القوقاز", "North Caucasus", "منطقة شمال القوقاز")
L("levant", "بلاد الشام", "Levant", "الشام|المشرق العربي|منطقة المشرق|بلاد الشام الكبرى|the Levant|Greater Syria")
L("gulf", "الخليج", "Gulf region",
  "منطقة الخليج|الخليج العربي|الخليج الفارسي|دول الخليج|دول الخليج العربي|Persian Gulf|Arabian Gulf|Gulf states")
L("maghreb", "المغرب العربي", "Maghreb", "بلاد المغرب|المغرب الكبير|منطقة المغرب العربي|دول المغرب العربي")
L("arabian-peninsula", "شبه الجزيرة العربية", "Arabian Peninsula", "جزيرة العرب|الجزيرة العربية")
L("mesopotamia", "بلاد الرافدين", "Mesopotamia", "بلاد ما بين النهرين|وادي الرافدين")
L("khorasan", "خراسان", "Khorasan", "إقليم خراسان|منطقة خراسان|خراسان الكبرى|Khurasan")
L("kurdistan", "كردستان", "Kurdistan", "كوردستان|Greater Kurdistan")
L("red-sea", "البحر الأحمر", "Red Sea")
L("mediterranean-sea", "البحر الأبيض المتوسط", "Mediterranean Sea", "البحر المتوسط|Mediterranean")
L("gulf-of-aden", "خليج عدن", "Gulf of Aden")
L("bab-el-mandeb", "مضيق باب المندب", "Bab el-Mandeb", "باب المندب|Bab al-Mandab")
L("strait-of-hormuz", "مضيق هرمز", "Strait of Hormuz", "هرمز")
L("euphrates", "نهر الفرات", "Euphrates", "الفرات|Euphrates River")
L("tigris", "نهر دجلة", "Tigris", "دجلة|Tigris River")

# ---------------------------------------------------------------------------------------------
# Places: countries and CLDR cities, only to add spellings CLDR lacks (ids match CLDR's)
# ---------------------------------------------------------------------------------------------
L("united-states", "الولايات المتحدة", "United States",
  "الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا|United States of America|USA",
  cs="US|U.S.|U.S.A.")
L("united-kingdom", "المملكة المتحدة", "United Kingdom", "بريطانيا|بريطانيا العظمى|Britain|Great Britain", cs="UK|U.K.")
L("syria", "سوريا", "Syria", "سورية|الجمهورية العربية السورية")
L("iraq", "العراق", "Iraq", "جمهورية العراق")
L("russia", "روسيا", "Russia", "روسيا الاتحادية|الاتحاد الروسي|Russian Federation")
L("iran", "إيران", "Iran", "الجمهورية الإسلامية الإيرانية|جمهورية إيران الإسلامية|Islamic Republic of Iran")
L("turkey", "تركيا", "Turkey", "الجمهورية التركية|تركية|Türkiye|Turkiye")
L("saudi-arabia", "السعودية", "Saudi Arabia", "المملكة العربية السعودية|المملكة السعودية|Kingdom of Saudi Arabia")
L("united-arab-emirates", "الإمارات", "United Arab Emirates", "الإمارات العربية المتحدة|دولة الإمارات|UAE")
L("egypt", "مصر", "Egypt", "جمهورية مصر العربية")
L("jordan", "الأردن", "Jordan", "المملكة الأردنية الهاشمية")
L("palestinian-territories", "فلسطين", "Palestine", "الأراضي الفلسطينية|الأراضي الفلسطينية المحتلة|دولة فلسطين|Palestinian Territories")
L("congo-kinshasa", "جمهورية الكونغو الديمقراطية", "Democratic Republic of the Congo",
  "الكونغو الديمقراطية|الكونغو الديموقراطية|الكونغو - كينشاسا|DR Congo|Congo-Kinshasa", cs="DRC")
L("central-african-republic", "جمهورية أفريقيا الوسطى", "Central African Republic", "أفريقيا الوسطى|إفريقيا الوسطى|جمهورية إفريقيا الوسطى")
L("mozambique", "موزمبيق", "Mozambique", "موزامبيق")
L("burkina-faso", "بوركينا فاسو", "Burkina Faso", "بوركينافاسو")
L("tajikistan", "طاجيكستان", "Tajikistan", "طاجكستان")
L("kyrgyzstan", "قيرغيزستان", "Kyrgyzstan", "قرغيزستان|قيرغيزيا")
L("cote-d-ivoire", "ساحل العاج", "Côte d'Ivoire", "كوت ديفوار|Ivory Coast")
L("netherlands", "هولندا", "Netherlands", "Holland")
L("gaza", "غزة", "Gaza", "قطاع غزة|مدينة غزة|Gaza Strip", country="palestinian-territories")
L("mogadishu", "مقديشو", "Mogadishu", "مقديشيو", country="somalia")
L("tripoli", "طرابلس", "Tripoli", "طرابلس الغرب|طرابلس الليبية", country="libya")
L("los-angeles", "لوس أنجلوس", "Los Angeles", "لوس انجلوس|لوس أنجليس", country="united-states")
L("ndjamena", "نجامينا", "N'Djamena", "إنجامينا|انجامينا", country="chad")

# ---------------------------------------------------------------------------------------------
# Places: Iraq
# ---------------------------------------------------------------------------------------------
def IQ(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="iraq", **k)
IQ("anbar", "الأنبار", "Anbar", "محافظة الأنبار|الانبار|Al Anbar|Anbar Governorate")
IQ("ramadi", "الرمادي", "Ramadi", "مدينة الرمادي|Ar-Ramadi")
IQ("fallujah", "الفلوجة", "Fallujah", "مدينة الفلوجة|الفالوجة|Falluja")
IQ("hit-iraq", "قضاء هيت", "Hit (Iraq)", "مدينة هيت|Heet")
IQ("al-qaim", "قضاء القائم", "Al-Qaim", "مدينة القائم|Al Qaim")
IQ("haditha", "قضاء حديثة", "Haditha", "سد حديثة|بلدة حديثة")
IQ("rutba", "الرطبة", "Rutba", "قضاء الرطبة|Ar-Rutbah")
IQ("anbar-desert", "صحراء الأنبار", "Anbar desert", "بادية الأنبار|الصحراء الغربية في العراق")
IQ("wadi-hauran", "وادي حوران", "Wadi Hauran", "Wadi Horan")
IQ("nineveh", "نينوى", "Nineveh", "محافظة نينوى|Nineveh Governorate|Ninawa")
IQ("mosul", "الموصل", "Mosul", "مدينة الموصل|الموصل القديمة|Mosul city")
IQ("nineveh-plains", "سهل نينوى", "Nineveh Plains", "سهل نينوى")
IQ("tal-afar", "تلعفر", "Tal Afar", "تل عفر|قضاء تلعفر|Tall Afar")
IQ("sinjar", "سنجار", "Sinjar", "قضاء سنجار|جبل سنجار|شنكال|Shingal|Mount Sinjar")
IQ("baaj", "البعاج", "Baaj", "قضاء البعاج|Al-Baaj")
IQ("makhmur", "قضاء مخمور", "Makhmur", "مخيم مخمور|بلدة مخمور")
IQ("qayyarah", "القيارة", "Qayyarah", "ناحية القيارة|قاعدة القيارة|Qayara")
IQ("salahuddin", "صلاح الدين", "Salahuddin", "محافظة صلاح الدين|Salah al-Din|Saladin Governorate")
IQ("tikrit", "تكريت", "Tikrit", "مدينة تكريت")
IQ("samarra", "سامراء", "Samarra", "مدينة سامراء|سامرا")
IQ("baiji", "بيجي", "Baiji", "قضاء بيجي|مصفاة بيجي|Bayji")
IQ("shirqat", "الشرقاط", "Shirqat", "قضاء الشرقاط|Al-Shirqat")
IQ("tuz-khurmatu", "طوز خورماتو", "Tuz Khurmatu", "طوزخورماتو|قضاء طوز خورماتو|الطوز")
IQ("camp-speicher", "قاعدة سبايكر", "Camp Speicher", "معسكر سبايكر")
IQ("mutaibija", "مطيبيجة", "Mutaibija", "منطقة مطيبيجة|Mtebija")
IQ("kirkuk", "كركوك", "Kirkuk", "محافظة كركوك|مدينة كركوك")
IQ("hawija", "الحويجة", "Hawija", "قضاء الحويجة|مدينة الحويجة|Al-Hawija")
IQ("diyala", "ديالى", "Diyala", "محافظة ديالى|ديالا")
IQ("baqubah", "بعقوبة", "Baqubah", "مدينة بعقوبة|Baquba")
IQ("muqdadiyah", "المقدادية", "Muqdadiyah", "قضاء المقدادية|Al-Muqdadiya")
IQ("khanaqin", "خانقين", "Khanaqin", "قضاء خانقين")
IQ("jalawla", "جلولاء", "Jalawla", "ناحية جلولاء|جلولا")
IQ("hamrin-mountains", "جبال حمرين", "Hamrin Mountains", "سلسلة جبال حمرين|حمرين|تلال حمرين|Hemrin Mountains")
IQ("erbil", "أربيل", "Erbil", "اربيل|هولير|مدينة أربيل|Irbil|Hawler")
IQ("sulaymaniyah", "السليمانية", "Sulaymaniyah", "محافظة السليمانية|Sulaimani|Slemani")
IQ("duhok", "دهوك", "Duhok", "محافظة دهوك|Dohuk")
IQ("halabja", "حلبجة", "Halabja")
IQ("basra", "البصرة", "Basra", "محافظة البصرة|Basrah")
IQ("najaf", "النجف", "Najaf", "النجف الأشرف|محافظة النجف")
IQ("karbala", "كربلاء", "Karbala", "كربلاء المقدسة|محافظة كربلاء")
IQ("babil", "بابل", "Babil", "محافظة بابل|Babylon Governorate")
IQ("jurf-al-sakhar", "جرف الصخر", "Jurf al-Sakhar", "جرف النصر|Jurf al-Nasr")
IQ("tarmiyah", "الطارمية", "Tarmiyah", "قضاء الطارمية|Al-Tarmiyah")
IQ("abu-ghraib", "أبو غريب", "Abu Ghraib", "سجن أبو غريب|قضاء أبو غريب")
IQ("qandil-mountains", "جبال قنديل", "Qandil Mountains", "قنديل|جبل قنديل|Kandil Mountains")
IQ("ain-al-asad", "قاعدة عين الأسد", "Ain al-Asad Air Base", "عين الأسد|قاعدة عين الأسد الجوية|Al Asad Airbase")
IQ("harir-base", "قاعدة حرير", "Harir Air Base", "قاعدة حرير الجوية")
IQ("green-zone", "المنطقة الخضراء", "Green Zone", "المنطقة الخضراء في بغداد|International Zone")
IQ("kurdistan-region", "إقليم كردستان", "Kurdistan Region",
  "إقليم كردستان العراق|كردستان العراق|إقليم كوردستان|Iraqi Kurdistan|Kurdistan Region of Iraq", cs="KRI")
IQ("al-jeddah-camp", "مخيم الجدعة", "al-Jeddah camp", "مخيم الجدعة في نينوى|Jeddah 5 camp")

# ---------------------------------------------------------------------------------------------
# Places: Syria
# ---------------------------------------------------------------------------------------------
def SY(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="syria", **k)
SY("raqqa", "الرقة", "Raqqa", "محافظة الرقة|مدينة الرقة|Ar-Raqqah|Rakka")
SY("deir-ez-zor", "دير الزور", "Deir ez-Zor", "محافظة دير الزور|ديرالزور|مدينة دير الزور|Deir al-Zour|Deir Ezzor|Deir el-Zor")
SY("hasakah", "الحسكة", "Hasakah", "محافظة الحسكة|مدينة الحسكة|Al-Hasakah|Hasaka")
SY("qamishli", "القامشلي", "Qamishli", "مدينة القامشلي|قامشلو|Qamishlo")
SY("manbij", "منبج", "Manbij", "مدينة منبج")
SY("kobani", "عين العرب", "Kobani", "كوباني|مدينة عين العرب|Kobane|Ayn al-Arab")
SY("tal-abyad", "تل أبيض", "Tal Abyad", "مدينة تل أبيض|Tell Abyad")
SY("ras-al-ayn", "رأس العين", "Ras al-Ayn", "سري كانيه|مدينة رأس العين|Serekaniye")
SY("afrin", "عفرين", "Afrin", "منطقة عفرين|مدينة عفرين")
SY("jarabulus", "جرابلس", "Jarabulus", "مدينة جرابلس")
SY("al-bab", "مدينة الباب", "Al-Bab", "al-Bab city")
SY("azaz", "أعزاز", "Azaz", "إعزاز|اعزاز|مدينة أعزاز|A'zaz")
SY("tal-rifaat", "تل رفعت", "Tal Rifaat", "Tell Rifaat")
SY("idlib", "إدلب", "Idlib", "ادلب|محافظة إدلب|مدينة إدلب|Idleb")
SY("jisr-al-shughur", "جسر الشغور", "Jisr al-Shughur")
SY("saraqib", "سراقب", "Saraqib")
SY("maarat-al-numan", "معرة النعمان", "Maarat al-Numan", "معرة النعمان")
SY("khan-shaykhun", "خان شيخون", "Khan Shaykhun", "Khan Sheikhoun")
SY("jabal-al-zawiya", "جبل الزاوية", "Jabal al-Zawiya")
SY("aleppo", "حلب", "Aleppo", "محافظة حلب|مدينة حلب|Halab")
SY("sheikh-maqsoud", "حي الشيخ مقصود", "Sheikh Maqsoud", "الشيخ مقصود")
SY("homs", "حمص", "Homs", "محافظة حمص|مدينة حمص")
SY("hama", "حماة", "Hama", "محافظة حماة|مدينة حماة")
SY("latakia", "اللاذقية", "Latakia", "محافظة اللاذقية|Lattakia")
SY("tartus", "طرطوس", "Tartus", "محافظة طرطوس|Tartous")
SY("syrian-coast", "الساحل السوري", "Syrian coast", "منطقة الساحل السوري|Syrian coastal region", amb="الساحل")
SY("daraa", "درعا", "Daraa", "محافظة درعا|Deraa|Dara'a")
SY("suwayda", "السويداء", "Suwayda", "محافظة السويداء|Sweida|As-Suwayda")
SY("quneitra", "القنيطرة", "Quneitra", "محافظة القنيطرة")
SY("rural-damascus", "ريف دمشق", "Rif Dimashq", "محافظة ريف دمشق|Rural Damascus")
SY("eastern-ghouta", "الغوطة الشرقية", "Eastern Ghouta", "غوطة دمشق الشرقية")
SY("qalamoun", "القلمون", "Qalamoun", "جبال القلمون|منطقة القلمون")
SY("yarmouk-camp", "مخيم اليرموك", "Yarmouk camp", "Yarmouk refugee camp")
SY("yarmouk-basin", "حوض اليرموك", "Yarmouk Basin", "منطقة حوض اليرموك")
SY("golan-heights", "مرتفعات الجولان", "Golan Heights", "الجولان|هضبة الجولان|الجولان السوري المحتل|Golan")
SY("palmyra", "تدمر", "Palmyra", "مدينة تدمر|Tadmur")
SY("sukhnah", "بلدة السخنة", "Sukhnah", "Al-Sukhnah")
SY("syrian-desert", "البادية السورية", "Syrian Desert",
  "الصحراء السورية|بادية الشام|بادية حمص|البادية الشامية|Syrian Badia")
SY("abu-kamal", "البوكمال", "Abu Kamal", "أبو كمال|مدينة البوكمال|البو كمال|Albu Kamal|Al-Bukamal")
SY("mayadin", "مدينة الميادين", "Mayadin", "Al-Mayadin", amb="الميادين")
SY("baghuz", "الباغوز", "Baghuz", "باغوز|باغوز فوقاني|بلدة الباغوز|Baghouz")
SY("hajin", "بلدة هجين", "Hajin", "Hajin town")
SY("shaddadi", "الشدادي", "Shaddadi", "الشدادة|Al-Shaddadi")
SY("east-euphrates", "شرق الفرات", "East of the Euphrates", "منطقة شرق الفرات|شرقي الفرات")
SY("northeast-syria", "شمال شرق سوريا", "Northeast Syria",
  "شمال وشرق سوريا|شمال شرقي سوريا|شمال شرق سورية|شمال وشرق سورية|North and East Syria")
SY("northwest-syria", "شمال غرب سوريا", "Northwest Syria", "شمال غربي سوريا|شمال غرب سورية")
SY("jazira-syria", "الجزيرة السورية", "Jazira (Syria)", "منطقة الجزيرة السورية|منطقة الجزيرة|Jazira region",
  amb="الجزيرة")
SY("rojava", "روج آفا", "Rojava", "روجآفا|روج آفا كردستان|غرب كردستان|Western Kurdistan")
SY("al-hol-camp", "مخيم الهول", "al-Hol camp", "الهول|مخيم الهول في الحسكة|al-Hol|Al-Hawl camp")
SY("roj-camp", "مخيم روج", "Roj camp", "مخيم روج في الحسكة")
SY("ghuwayran-prison", "سجن غويران", "Ghuwayran prison", "سجن الصناعة|سجن غويران في الحسكة|سجن الصناعة في الحسكة|Ghweran prison|Sina'a prison")
SY("al-rukban-camp", "مخيم الركبان", "Rukban camp", "الركبان")
SY("al-tanf", "التنف", "Al-Tanf", "قاعدة التنف|منطقة الـ55|منطقة 55 كيلومترا|Tanf garrison")
SY("tabqa", "مدينة الطبقة", "Tabqa", "Al-Tabqa|Tabqa city")
SY("tabqa-dam", "سد الفرات", "Tabqa Dam", "سد الطبقة|Euphrates Dam")
SY("tishrin-dam", "سد تشرين", "Tishrin Dam")
SY("ain-issa", "عين عيسى", "Ain Issa", "بلدة عين عيسى")
SY("dabiq", "دابق", "Dabiq", "بلدة دابق")
SY("qusayr", "مدينة القصير", "Qusayr", "Al-Qusayr")

# ---------------------------------------------------------------------------------------------
# Places: Lebanon, Palestinian territories, Israel, Egypt
# ---------------------------------------------------------------------------------------------
def LB(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="lebanon", **k)
LB("dahiyeh", "الضاحية الجنوبية", "Dahiyeh", "الضاحية الجنوبية لبيروت|ضاحية بيروت الجنوبية|Dahieh|Beirut's southern suburbs")
LB("south-lebanon", "جنوب لبنان", "South Lebanon", "الجنوب اللبناني|southern Lebanon")
LB("bekaa", "البقاع", "Bekaa", "سهل البقاع|وادي البقاع|Bekaa Valley")
LB("hermel", "الهرمل", "Hermel")
LB("arsal", "عرسال", "Arsal", "بلدة عرسال|جرود عرسال")
LB("tripoli-lebanon", "طرابلس اللبنانية", "Tripoli (Lebanon)", "طرابلس الشام|طرابلس شمال لبنان")
LB("ain-al-hilweh", "مخيم عين الحلوة", "Ain al-Hilweh", "عين الحلوة|Ain al-Hilweh camp")
LB("sidon", "صيدا", "Sidon", "مدينة صيدا|Saida")
LB("tyre", "مدينة صور", "Tyre", "صور اللبنانية")
LB("nabatieh", "النبطية", "Nabatieh", "مدينة النبطية")
LB("bint-jbeil", "بنت جبيل", "Bint Jbeil")
LB("naqoura", "الناقورة", "Naqoura")
LB("litani-river", "نهر الليطاني", "Litani River", "الليطاني|Litani")
def PS(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="palestinian-territories", **k)
PS("west-bank", "الضفة الغربية", "West Bank", "الضفة الغربية المحتلة|الضفة")
PS("jenin", "جنين", "Jenin", "مخيم جنين|مدينة جنين")
PS("nablus", "نابلس", "Nablus", "مدينة نابلس")
PS("tulkarm", "طولكرم", "Tulkarm", "مخيم طولكرم|Tulkarem")
PS("khan-younis", "خان يونس", "Khan Younis", "خانيونس|Khan Yunis")
PS("jabalia", "جباليا", "Jabalia", "مخيم جباليا|Jabaliya")
PS("rafah-gaza", "رفح الفلسطينية", "Rafah (Gaza)", "مدينة رفح الفلسطينية|رفح جنوب قطاع غزة", amb="رفح")
PS("al-aqsa-mosque", "المسجد الأقصى", "Al-Aqsa Mosque", "الحرم القدسي|الحرم القدسي الشريف|Al-Aqsa compound")
L("gaza-envelope", "غلاف غزة", "Gaza envelope", "مستوطنات غلاف غزة|Gaza periphery", country="israel")
L("tel-aviv", "تل أبيب", "Tel Aviv", "تل ابيب|Tel Aviv-Yafo", country="israel")
def EG(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="egypt", **k)
EG("sinai", "سيناء", "Sinai", "شبه جزيرة سيناء|Sinai Peninsula")
EG("north-sinai", "شمال سيناء", "North Sinai", "محافظة شمال سيناء")
EG("arish", "العريش", "Arish", "مدينة العريش|El-Arish|Al-Arish")
EG("sheikh-zuweid", "الشيخ زويد", "Sheikh Zuweid", "مدينة الشيخ زويد")
EG("bir-al-abd", "بئر العبد", "Bir al-Abd", "مدينة بئر العبد")
EG("rafah-egypt", "رفح المصرية", "Rafah (Egypt)", "مدينة رفح المصرية", amb="رفح")
EG("jabal-al-halal", "جبل الحلال", "Jabal al-Halal")

# ---------------------------------------------------------------------------------------------
# Places: Libya, Tunisia, Algeria, Yemen, Iran, Turkey
# ---------------------------------------------------------------------------------------------
def LY(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="libya", **k)
LY("sirte", "سرت", "Sirte", "مدينة سرت|Sirt")
LY("derna", "درنة", "Derna", "مدينة درنة|Darnah")
LY("benghazi", "بنغازي", "Benghazi", "مدينة بنغازي")
LY("misrata", "مصراتة", "Misrata", "مدينة مصراتة|Misurata")
LY("sabha", "سبها", "Sabha", "مدينة سبها|Sebha")
LY("fezzan", "فزان", "Fezzan", "إقليم فزان")
LY("cyrenaica", "برقة", "Cyrenaica", "إقليم برقة")
LY("sabratha", "صبراتة", "Sabratha", "مدينة صبراتة")
L("mount-chaambi", "جبل الشعانبي", "Mount Chaambi", "الشعانبي|Jebel Chaambi", country="tunisia")
L("kasserine", "القصرين", "Kasserine", "ولاية القصرين", country="tunisia")
L("ben-guerdane", "بن قردان", "Ben Guerdane", "مدينة بن قردان", country="tunisia")
L("in-amenas", "عين أمناس", "In Amenas", "إن أمناس|إن أميناس|منشأة تيقنتورين|Tiguentourine", country="algeria")
def YE(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="yemen", **k)
YE("sanaa", "صنعاء", "Sanaa", "العاصمة صنعاء|Sana'a")
YE("marib", "مأرب", "Marib", "محافظة مأرب|Ma'rib")
YE("abyan", "أبين", "Abyan", "محافظة أبين")
YE("shabwa", "شبوة", "Shabwa", "محافظة شبوة|Shabwah")
YE("hadramawt", "حضرموت", "Hadramawt", "محافظة حضرموت|Hadramout|Hadhramaut")
YE("al-bayda-yemen", "محافظة البيضاء", "Al-Bayda (Yemen)", "البيضاء اليمنية")
YE("hodeidah", "الحديدة", "Hodeidah", "محافظة الحديدة|ميناء الحديدة|Al Hudaydah")
YE("saada", "صعدة", "Saada", "محافظة صعدة|Sa'dah")
YE("taiz", "تعز", "Taiz", "محافظة تعز|Ta'izz")
YE("lahij", "لحج", "Lahij", "محافظة لحج|Lahj")
YE("mukalla", "المكلا", "Mukalla", "مدينة المكلا|Al Mukalla")
YE("al-jawf-yemen", "محافظة الجوف", "Al-Jawf (Yemen)", "الجوف اليمنية")
def IR(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="iran", **k)
IR("kerman", "كرمان", "Kerman", "مدينة كرمان|محافظة كرمان")
IR("sistan-baluchestan", "سيستان وبلوشستان", "Sistan and Baluchestan", "محافظة سيستان وبلوشستان|سيستان بلوشستان")
IR("zahedan", "زاهدان", "Zahedan", "مدينة زاهدان")
IR("ahvaz", "الأهواز", "Ahvaz", "الأحواز|Ahwaz")
IR("khuzestan", "خوزستان", "Khuzestan", "محافظة خوزستان|عربستان")
IR("shiraz", "شيراز", "Shiraz", "مدينة شيراز")
IR("shah-cheragh", "ضريح شاه جراغ", "Shah Cheragh shrine", "شاه جراغ|Shah Cheragh")
def TR(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="turkey", **k)
TR("ankara", "أنقرة", "Ankara", "العاصمة التركية أنقرة")
TR("gaziantep", "غازي عنتاب", "Gaziantep", "غازي عينتاب|عنتاب")
TR("sanliurfa", "شانلي أورفا", "Şanlıurfa", "أورفا|شانلي اورفا|Sanliurfa|Urfa")
TR("hatay", "هاتاي", "Hatay", "ولاية هاتاي|لواء إسكندرون")
TR("kilis", "كلس", "Kilis", "كيليس|ولاية كلس")

# ---------------------------------------------------------------------------------------------
# Places: Afghanistan, Pakistan, India, Central Asia, China, Russia
# ---------------------------------------------------------------------------------------------
def AF(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="afghanistan", **k)
AF("nangarhar", "ننغرهار", "Nangarhar", "ننجرهار|ننكرهار|ولاية ننغرهار|ولاية ننجرهار|إقليم ننغرهار")
AF("jalalabad", "جلال آباد", "Jalalabad", "جلال أباد|جلال اباد")
AF("achin", "أتشين", "Achin", "مديرية أتشين|Achin district")
AF("tora-bora", "تورا بورا", "Tora Bora", "جبال تورا بورا")
AF("kunar", "كونار", "Kunar", "ولاية كونار|كنر|ولاية كنر")
AF("nuristan", "نورستان", "Nuristan", "ولاية نورستان")
AF("badakhshan", "بدخشان", "Badakhshan", "ولاية بدخشان")
AF("kunduz", "قندوز", "Kunduz", "ولاية قندوز|كندوز")
AF("balkh", "بلخ", "Balkh", "ولاية بلخ")
AF("mazar-i-sharif", "مزار شريف", "Mazar-i-Sharif", "مزار الشريف")
AF("helmand", "هلمند", "Helmand", "ولاية هلمند")
AF("kandahar", "قندهار", "Kandahar", "ولاية قندهار|مدينة قندهار")
AF("herat", "هرات", "Herat", "ولاية هرات|مدينة هرات")
AF("ghazni", "غزني", "Ghazni", "ولاية غزني")
AF("logar", "لوغار", "Logar", "ولاية لوغار|لوجر")
AF("paktia", "بكتيا", "Paktia", "ولاية بكتيا|باكتيا")
AF("khost", "خوست", "Khost", "ولاية خوست")
AF("panjshir", "بنجشير", "Panjshir", "وادي بنجشير|ولاية بنجشير|بانشير")
AF("kabul-airport", "مطار حامد كرزاي الدولي", "Hamid Karzai International Airport", "مطار كابول|مطار كابل|Kabul airport")
def PK(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="pakistan", **k)
PK("islamabad", "إسلام آباد", "Islamabad", "إسلام أباد|اسلام اباد")
PK("peshawar", "بيشاور", "Peshawar", "مدينة بيشاور|بيشاور الباكستانية")
PK("khyber-pakhtunkhwa", "خيبر بختونخوا", "Khyber Pakhtunkhwa", "إقليم خيبر بختونخوا|خيبر بختون خوا|ولاية خيبر بختونخوا|KPK")
PK("waziristan", "وزيرستان", "Waziristan", "منطقة وزيرستان")
PK("north-waziristan", "شمال وزيرستان", "North Waziristan", "منطقة شمال وزيرستان|وزيرستان الشمالية")
PK("south-waziristan", "جنوب وزيرستان", "South Waziristan", "منطقة جنوب وزيرستان|وزيرستان الجنوبية")
PK("fata", "المناطق القبلية", "Federally Administered Tribal Areas",
  "المناطق القبلية الباكستانية|المناطق القبلية الخاضعة للإدارة الاتحادية|FATA")
PK("balochistan", "بلوشستان", "Balochistan", "إقليم بلوشستان|ولاية بلوشستان|Baluchistan")
PK("quetta", "كويتا", "Quetta", "مدينة كويتا")
PK("bajaur", "باجور", "Bajaur", "منطقة باجور")
PK("swat", "وادي سوات", "Swat Valley", "سوات|منطقة سوات")
PK("abbottabad", "أبوت آباد", "Abbottabad", "أبوت أباد|ابت آباد")
PK("lahore", "لاهور", "Lahore", "مدينة لاهور")
L("kashmir", "كشمير", "Kashmir", "إقليم كشمير|جامو وكشمير|Jammu and Kashmir", country="india")
L("pahalgam", "باهالغام", "Pahalgam", "بهلغام|باهلغام", country="india")
L("new-delhi", "نيودلهي", "New Delhi", "نيو دلهي|دلهي|Delhi", country="india")
L("fergana-valley", "وادي فرغانة", "Fergana Valley", "فرغانة|Ferghana Valley", country="uzbekistan")
L("xinjiang", "شينجيانغ", "Xinjiang", "إقليم شينجيانغ|شينجيانج|سنجان|تركستان الشرقية|East Turkestan", country="china")
def RU(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="russia", **k)
RU("chechnya", "الشيشان", "Chechnya", "جمهورية الشيشان|Chechen Republic")
RU("dagestan", "داغستان", "Dagestan", "جمهورية داغستان|Daghestan")
RU("ingushetia", "إنغوشيا", "Ingushetia", "جمهورية إنغوشيا|أنغوشيا")
RU("crocus-city-hall", "قاعة كروكوس سيتي هول", "Crocus City Hall",
  "كروكوس سيتي هول|كروكوس سيتي|قاعة كروكوس|مجمع كروكوس|مسرح كروكوس|كروكوس|Crocus")
RU("krasnogorsk", "كراسنوغورسك", "Krasnogorsk", "كراسنوجورسك")
RU("moscow-oblast", "مقاطعة موسكو", "Moscow Oblast", "منطقة موسكو|ضواحي موسكو|Moscow region")

# ---------------------------------------------------------------------------------------------
# Places: Europe and North America (attack sites and other places CLDR lacks)
# ---------------------------------------------------------------------------------------------
L("new-orleans", "نيو أورليانز", "New Orleans",
  "نيو أورلينز|نيوأورليانز|نيو أورليانس|نيو اورليانز|نيو أوزليانز|مدينة نيو أورليانز", country=US)
L("washington-dc", "واشنطن", "Washington, D.C.", "واشنطن العاصمة|العاصمة الأمريكية واشنطن|Washington DC", country=US)
L("us-capitol", "مبنى الكابيتول", "US Capitol", "الكابيتول|مبنى الكابيتول الأمريكي|مقر الكونغرس|Capitol Hill|Capitol",
  country=US)
L("world-trade-center", "مركز التجارة العالمي", "World Trade Center", "برجا مركز التجارة العالمي|برجي التجارة العالمية|البرجين التوأمين|Twin Towers",
  country=US)
L("guantanamo", "غوانتانامو", "Guantanamo Bay", "معتقل غوانتانامو|غوانتنامو|خليج غوانتانامو|جوانتانامو|Guantanamo",
  country="cuba")
L("san-bernardino", "سان برناردينو", "San Bernardino", country=US)
L("ludwigshafen", "لودفيغسهافن", "Ludwigshafen", "لودفيجشافن|لودفيغشافن|لودفيجسهافن|Ludwigshafen am Rhein", country="germany")
L("solingen", "زولينغن", "Solingen", "سولينغن|زولينجن", country="germany")
L("mannheim", "مانهايم", "Mannheim", country="germany")
L("magdeburg", "ماغدبورغ", "Magdeburg", "ماغديبورغ|ماجدبورج", country="germany")
L("munich", "ميونيخ", "Munich", "ميونخ|München", country="germany")
L("hamburg", "هامبورغ", "Hamburg", "هامبورج", country="germany")
L("villach", "فيلاخ", "Villach", country="austria")
L("bataclan", "مسرح باتاكلان", "Bataclan", "باتاكلان|قاعة باتاكلان", country="france")
L("nice", "نيس", "Nice (France)", "مدينة نيس|نيس الفرنسية", country="france")
L("strasbourg", "ستراسبورغ", "Strasbourg", "ستراسبورج", country="france")
L("manchester", "مانشستر", "Manchester", "مانشستر أرينا|Manchester Arena", country=UK)
L("molenbeek", "مولنبيك", "Molenbeek", "حي مولنبيك|مولينبيك|Molenbeek-Saint-Jean", country="belgium")

# ---------------------------------------------------------------------------------------------
# Places: West Africa, Sahel, Lake Chad
# ---------------------------------------------------------------------------------------------
def NG(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="nigeria", **k)
NG("borno", "بورنو", "Borno", "ولاية بورنو|Borno State")
NG("maiduguri", "مايدوغوري", "Maiduguri", "ميدوغوري|مايدوجوري|ميدوجوري")
NG("yobe", "يوبي", "Yobe", "ولاية يوبي|Yobe State")
NG("adamawa", "أداماوا", "Adamawa", "ولاية أداماوا")
NG("sambisa-forest", "غابة سامبيسا", "Sambisa Forest", "سامبيسا")
NG("zamfara", "زامفارا", "Zamfara", "ولاية زامفارا")
NG("sokoto", "سوكوتو", "Sokoto", "ولاية سوكوتو")
NG("kaduna", "كادونا", "Kaduna", "ولاية كادونا")
L("diffa", "ديفا", "Diffa", "منطقة ديفا", country="niger")
L("tillaberi", "تيلابيري", "Tillabéri", "منطقة تيلابيري|تيلابري|Tillaberi", country="niger")
L("tahoua", "تاهوا", "Tahoua", "منطقة تاهوا", country="niger")
def ML(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="mali", **k)
ML("gao", "غاو", "Gao", "منطقة غاو|مدينة غاو")
ML("menaka", "ميناكا", "Ménaka", "منطقة ميناكا|Menaka")
ML("timbuktu", "تمبكتو", "Timbuktu", "تومبوكتو|تنبكتو|Tombouctou")
ML("kidal", "كيدال", "Kidal", "منطقة كيدال")
ML("mopti", "موبتي", "Mopti", "منطقة موبتي")
ML("segou", "سيغو", "Ségou", "Segou")
ML("azawad", "أزواد", "Azawad", "إقليم أزواد")
L("djibo", "جيبو", "Djibo", country="burkina-faso")
L("far-north-cameroon", "أقصى شمال الكاميرون", "Far North Region (Cameroon)", "منطقة أقصى الشمال الكاميرونية|إقليم أقصى الشمال",
  country="cameroon")

# ---------------------------------------------------------------------------------------------
# Places: Mozambique, Great Lakes, Horn of Africa, Sudan
# ---------------------------------------------------------------------------------------------
def MZ(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="mozambique", **k)
MZ("cabo-delgado", "كابو ديلغادو", "Cabo Delgado", "كابو ديلجادو|كابو دلغادو|مقاطعة كابو ديلغادو|إقليم كابو ديلغادو|Cape Delgado")
MZ("mocimboa-da-praia", "موسيمبوا دا برايا", "Mocímboa da Praia", "موكيمبوا دا برايا|موسيمبوا دابرايا|Mocimboa da Praia")
MZ("palma", "بالما", "Palma (Mozambique)", "مدينة بالما الموزمبيقية")
MZ("macomia", "ماكوميا", "Macomia")
MZ("niassa", "نياسا", "Niassa", "مقاطعة نياسا")
MZ("nampula", "نامبولا", "Nampula", "مقاطعة نامبولا")
L("north-kivu", "شمال كيفو", "North Kivu", "كيفو الشمالية|إقليم شمال كيفو", country="congo-kinshasa")
L("ituri", "إيتوري", "Ituri", "إقليم إيتوري|مقاطعة إيتوري", country="congo-kinshasa")
L("beni", "مدينة بيني", "Beni (DRC)", "إقليم بيني|منطقة بيني", country="congo-kinshasa")
L("goma", "غوما", "Goma", "جوما|مدينة غوما", country="congo-kinshasa")
def SO(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="somalia", **k)
SO("puntland", "بونتلاند", "Puntland", "ولاية بونتلاند|إقليم بونتلاند|بونت لاند")
SO("cal-miskaad", "جبال كال مسكاد", "Cal Miskaad mountains", "كال مسكاد")
SO("bari-region", "إقليم باري", "Bari region", "منطقة باري الصومالية")
SO("bosaso", "بوصاصو", "Bosaso", "بوساسو|ميناء بوصاصو")
SO("jubaland", "جوبالاند", "Jubaland", "ولاية جوبالاند|جوبا لاند")
SO("kismayo", "كيسمايو", "Kismayo", "كسمايو")
SO("beledweyne", "بلدوين", "Beledweyne", "بلدوين الصومالية")
SO("lower-shabelle", "شبيلي السفلى", "Lower Shabelle", "إقليم شبيلي السفلى|محافظة شبيلي السفلى")
SO("middle-shabelle", "شبيلي الوسطى", "Middle Shabelle", "إقليم شبيلي الوسطى|محافظة شبيلي الوسطى")
SO("hiraan", "هيران", "Hiraan", "إقليم هيران|محافظة هيران|Hiran")
SO("galmudug", "غلمدغ", "Galmudug", "جلمدغ|ولاية غلمدغ")
SO("somaliland", "أرض الصومال", "Somaliland", "صوماليلاند|جمهورية أرض الصومال")
L("lamu", "لامو", "Lamu", "مقاطعة لامو", country="kenya")
L("garissa", "غاريسا", "Garissa", "جاريسا|مقاطعة غاريسا", country="kenya")
L("mandera", "مانديرا", "Mandera", "مقاطعة مانديرا", country="kenya")
def SD(slug, ar, en, aliases="", **k): L(slug, ar, en, aliases, country="sudan", **k)
SD("darfur", "دارفور", "Darfur", "إقليم دارفور")
SD("el-fasher", "الفاشر", "El Fasher", "مدينة الفاشر|Al-Fashir")
SD("kordofan", "كردفان", "Kordofan", "إقليم كردفان")
SD("geneina", "الجنينة", "El Geneina", "مدينة الجنينة|Geneina")
SD("omdurman", "أم درمان", "Omdurman")
SD("wad-madani", "ود مدني", "Wad Madani", "مدينة ود مدني")
SD("gezira-state", "ولاية الجزيرة", "Gezira State", "ولاية الجزيرة السودانية|Al Jazirah State", amb="الجزيرة")

# ---------------------------------------------------------------------------------------------
# Places: Southeast Asia
# ---------------------------------------------------------------------------------------------
L("marawi", "مراوي", "Marawi", "ماراوي|مدينة مراوي", country="philippines")
L("mindanao", "مينداناو", "Mindanao", "جزيرة مينداناو|ميندناو", country="philippines")
L("jolo", "جولو", "Jolo", "جزيرة جولو", country="philippines")
L("basilan", "باسيلان", "Basilan", "جزيرة باسيلان", country="philippines")
L("sulu", "سولو", "Sulu", "أرخبيل سولو|إقليم سولو", country="philippines")


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
# An alias is a name, not a sentence about the entity: phrases that state a relation ("X التابعة
# لـY", "بقيادة", "ضد Y") would swallow the very cue the extractor needs to see, and misspellings
# belong to the extractor's folding, not to the lexicon.
RELATION_PHRASES = ("التابعة", "التابع ل", "بقيادة", " ضد ", "فرع ")
MISSPELLINGS = {"نيو أوزليانز"}


def keep_alias(a):
    return a not in MISSPELLINGS and not any(p in " " + a + " " for p in RELATION_PHRASES)


def main(argv):
    for e in ENTITIES:
        if "aliases" in e:
            e["aliases"] = [a for a in e["aliases"] if keep_alias(a)]
    out = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon.json")
    order = {t: i for i, t in enumerate(TYPES)}
    ents = sorted(ENTITIES, key=lambda e: order[e["type"]])  # stable: keeps the order written above
    keys = ("id", "type", "ar", "en", "aliases", "case_sensitive", "country", "parent", "ambiguous")
    lines = []
    for e in ents:
        lines.append("  " + json.dumps({k: e[k] for k in keys if k in e}, ensure_ascii=False))
    text = '{\n "version": 1,\n "entities": [\n' + ",\n".join(lines) + "\n ]\n}\n"
    json.loads(text)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    counts = {t: sum(1 for e in ents if e["type"] == t) for t in TYPES}
    print(f"wrote {out}: {len(ents)} entities " + ", ".join(f"{t}={n}" for t, n in counts.items()))


if __name__ == "__main__":
    main(sys.argv)
