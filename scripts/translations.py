#!/usr/bin/env python3
"""Keeps the Qt Linguist catalogues in translations/ complete and consistent.

  translations.py update       run lupdate over src/, app/ and ui/ into every dwhealth_<lang>.ts
  translations.py check        fail when lupdate finds a string missing from a catalogue, when an
                               entry is unfinished or empty, when a translation loses a
                               placeholder (%1, %n), a mnemonic (&), an HTML tag or a line break,
                               or when it does not use the glossary's term for a domain term
  translations.py export F     write the untranslated entries of every catalogue to JSON file F
  translations.py import F     fill catalogues from JSON file F ({lang: {key: text or [forms]}})
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGS = ["de", "fr", "es", "ja"]
NUMERUS_FORMS = {"de": 2, "fr": 2, "es": 2, "ja": 1}


def lupdate_binary():
    for candidate in (os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate")):
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("translations.py: lupdate not found (install qt6-l10n-tools)")


def run_lupdate(ts_files, extra=()):
    cmd = [lupdate_binary(), "-silent", "-locations", "relative", "-no-obsolete", *extra,
           "-recursive", "src", "app", "ui", "-ts", *[str(f) for f in ts_files]]
    subprocess.run(cmd, cwd=ROOT, check=True)


def ts_path(lang):
    return TS_DIR / ("dwhealth_%s.ts" % lang)


def key_of(context, source, comment):
    return "%s\x1f%s\x1f%s" % (context, source, comment or "")


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


# The domain terms as Microsoft's localized Dynamics 365 documentation writes them (a stem that
# every inflected form contains, compared case-insensitively). translations/README.md lists them.
GLOSSARY = {
    "legal entit": {"de": "juristisch", "fr": "juridique", "es": "jurídica", "ja": "法人"},
    "dual-write": {"de": "dual-write", "fr": "double écriture", "es": "doble escritura", "ja": "二重書き込み"},
    "table map": {"de": "tabellenzuordnung", "fr": "mappage", "es": "asignaci", "ja": "テーブル マ"},
    "owning team": {"de": "besitzerteam", "fr": "propriétaire", "es": "propietario", "ja": "所有チーム"},
    "business unit": {"de": "unternehmenseinheit", "fr": "division", "es": "unidad", "ja": "部署"},
}
# Where an English term is not prose: links, quoted product messages and product names stay as
# they are in every language.
NOT_PROSE = re.compile(r"https?://\S+|\"[^\"]*\"|“[^”]*”|Unable to build dual-write lookup metadata"
                       r"|Dual-write (?:runtime user|app user|Application Orchestration|applications core"
                       r"|Application Core)", re.IGNORECASE)


def term_problems(source, translation, lang):
    prose = NOT_PROSE.sub(" ", source).lower()
    return ["uses no \"%s\" for \"%s\" (glossary)" % (terms[lang], english)
            for english, terms in GLOSSARY.items()
            if english in prose and terms[lang].lower() not in translation.lower()]


PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
TAG = re.compile(r"</?(?:a|b|i|u|p|br|hr|ul|ol|li|h[1-6]|table|tr|td|th|code|pre|span|div|small|tt|em|strong|img|nobr)\b")


def mnemonic_count(text):
    return len(re.findall(r"&(?!&|amp;|lt;|gt;|quot;|nbsp;|#)[^\s]", text))


def problems_of(source, translation, numerus):
    out = []
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(translation))):
        if not (numerus and "%n" in source and "%n" not in translation and
                set(PLACEHOLDER.findall(source)) - {"%n"} == set(PLACEHOLDER.findall(translation))):
            out.append("placeholders differ")
    if mnemonic_count(source) != mnemonic_count(translation):
        out.append("mnemonic (&) count differs")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        out.append("HTML tags differ")
    if source.count("\n") and not translation.count("\n"):
        out.append("line breaks lost")
    return out


def check():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in LANGS:
            if not ts_path(lang).exists():
                failures.append("%s: missing" % ts_path(lang).name)
                continue
            copy = pathlib.Path(tmp) / ts_path(lang).name
            shutil.copy(ts_path(lang), copy)
            copies.append((lang, copy))
        # lupdate against copies that live elsewhere: locations must stay relative to ROOT.
        for lang, copy in copies:
            cmd = [lupdate_binary(), "-silent", "-locations", "none", "-no-obsolete",
                   "-recursive", "src", "app", "ui", "-ts", str(copy)]
            subprocess.run(cmd, cwd=ROOT, check=True)
            root = ET.parse(copy).getroot()
            for context, msg in messages(root):
                source = msg.findtext("source") or ""
                tr = msg.find("translation")
                where = "%s [%s] %r" % (ts_path(lang).name, context, source[:70])
                if tr is None or tr.get("type") == "unfinished":
                    failures.append("%s: not translated" % where)
                    continue
                numerus = msg.get("numerus") == "yes"
                texts = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
                if numerus and len(texts) != NUMERUS_FORMS[lang]:
                    failures.append("%s: %d plural forms, %d expected" % (where, len(texts), NUMERUS_FORMS[lang]))
                for text in texts:
                    if not text.strip():
                        failures.append("%s: empty translation" % where)
                        continue
                    for p in problems_of(source, text, numerus) + term_problems(source, text, lang):
                        failures.append("%s: %s" % (where, p))
    for f in failures:
        print("translations: " + f, file=sys.stderr)
    count = sum(1 for _ in messages(ET.parse(ts_path(LANGS[0])).getroot())) if ts_path(LANGS[0]).exists() else 0
    print("translations: %d languages, %d strings each, %d problems" % (len(LANGS), count, len(failures)))
    return 1 if failures else 0


def export(target):
    out = {}
    for lang in LANGS:
        entries = []
        for context, msg in messages(ET.parse(ts_path(lang)).getroot()):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") != "unfinished":
                continue
            loc = msg.find("location")
            entries.append({
                "key": key_of(context, msg.findtext("source"), msg.findtext("comment")),
                "context": context,
                "source": msg.findtext("source"),
                "comment": msg.findtext("comment") or "",
                "note": msg.findtext("extracomment") or "",
                "numerus": msg.get("numerus") == "yes",
                "where": "%s:%s" % (loc.get("filename"), loc.get("line")) if loc is not None else "",
            })
        out[lang] = entries
    pathlib.Path(target).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def import_(source):
    data = json.loads(pathlib.Path(source).read_text(encoding="utf-8"))
    for lang, table in data.items():
        path = ts_path(lang)
        tree = ET.parse(path)
        filled = 0
        for context, msg in messages(tree.getroot()):
            key = key_of(context, msg.findtext("source"), msg.findtext("comment"))
            if key not in table:
                continue
            value = table[key]
            tr = msg.find("translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value if isinstance(value, str) else value[0]
            tr.attrib.pop("type", None)
            filled += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print("translations: %s: %d filled" % (path.name, filled))
    # lupdate rewrites the files in its own canonical layout.
    run_lupdate([ts_path(lang) for lang in LANGS])
    return 0


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        TS_DIR.mkdir(exist_ok=True)
        for lang in LANGS:
            if not ts_path(lang).exists():
                ts_path(lang).write_text(
                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    '<TS version="2.1" language="%s" sourcelanguage="en"></TS>\n' % lang,
                    encoding="utf-8")
        run_lupdate([ts_path(lang) for lang in LANGS])
        return 0
    if argv[0] == "check":
        return check()
    if argv[0] == "export" and len(argv) == 2:
        return export(argv[1])
    if argv[0] == "import" and len(argv) == 2:
        return import_(argv[1])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
