#!/usr/bin/env python3
"""Lists or fills the unfinished entries of the Qt Linguist files.

  tools/ts_fill.py --list                 print each unfinished source text once (after `update_translations`)
  tools/ts_fill.py MAPPING.json           fill them: {"source text": {"de": "...", "zh_CN": "..."}, ...}
  tools/ts_fill.py --reuse                fill them from the committed files' translation of the same
                                          source text (a string that moved to another class)

Plural (numerus) entries take a list of forms per language. Entries the mapping lacks stay
unfinished, so tst_translations names them.
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"
LANGS = {"de": ROOT / "ballast_de.ts", "zh_CN": ROOT / "ballast_zh_CN.ts"}


def unfinished(tree):
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        if tr is not None and (tr.get("type") == "unfinished" or (not (tr.text or "").strip() and not list(tr))):
            yield msg, tr


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--list":
        seen = []
        for path in LANGS.values():
            for msg, _ in unfinished(ET.parse(path)):
                src = msg.find("source").text
                if src not in seen:
                    seen.append(src)
        print(json.dumps({s: {"de": "", "zh_CN": ""} for s in seen}, ensure_ascii=False, indent=1))
        return 0
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if sys.argv[1] == "--reuse":
        mapping = {}
        for lang, path in LANGS.items():
            committed = subprocess.run(["git", "show", "HEAD:translations/" + path.name], capture_output=True, text=True,
                                       cwd=ROOT.parent, check=True).stdout
            for msg in ET.fromstring(committed).iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = [f.text or "" for f in tr.findall("numerusform")]
                value = forms if forms else (tr.text or "")
                if value:
                    mapping.setdefault(msg.find("source").text, {})[lang] = value
    else:
        mapping = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for lang, path in LANGS.items():
        text = path.read_text(encoding="utf-8")
        tree = ET.ElementTree(ET.fromstring(text))
        filled = 0
        for msg, tr in unfinished(tree):
            src = msg.find("source").text
            value = mapping.get(src, {}).get(lang)
            if not value:
                continue
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            filled += 1
        header = text[: text.index("<TS")]
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(header + body + "\n", encoding="utf-8")
        print(f"{path.name}: {filled} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
