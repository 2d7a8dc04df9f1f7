#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""debian-changelog.py CHANGELOG.md PACKAGE VERSION MAINTAINER OUT

Writes the Debian changelog of PACKAGE (the .deb's /usr/share/doc/PACKAGE/changelog.gz, before
compression) from the release notes kept by hand in CHANGELOG.md. Each "## VERSION - YYYY-MM-DD"
section (a dash or an en dash) becomes one entry, newest first as in the file; each "- " item
(continuation lines indented) one "*" line, wrapped to 78 columns. A "## Unreleased" section
(the notes of the changes made since the last release) is left out until it gets its version.
Fails, naming the line, when
the newest section is not VERSION (the release notes were not written) or the file has no section.
"""
import datetime
import re
import sys
import textwrap

HEADING = re.compile(r"^## +(\S+) +[-\u2013] +(\d{4}-\d{2}-\d{2}) *$")


def fail(path, line, what):
    sys.exit(f"debian-changelog: {path}:{line}: {what}")


def plain(text):
    """Markdown emphasis and code marks dropped: the Debian changelog is plain text."""
    return re.sub(r"\*\*|`", "", text)


def rfc2822(date):
    """Noon UTC of DATE in the changelog's date format, in English whatever the locale."""
    day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday()]
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec"][date.month - 1]
    return f"{day}, {date.day:02d} {month} {date.year} 12:00:00 +0000"


def read_sections(path):
    sections = []  # (version, date, [items])
    unreleased = False  # in the "## Unreleased" section: not a release yet, left out
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            heading = HEADING.match(line)
            if line.strip() == "## Unreleased":
                unreleased = True
            elif heading:
                unreleased = False
                try:
                    date = datetime.date.fromisoformat(heading.group(2))
                except ValueError:
                    fail(path, number, f"{heading.group(2)} is not a date (YYYY-MM-DD)")
                sections.append((heading.group(1), date, []))
            elif unreleased:
                continue
            elif line.startswith("## "):
                fail(path, number, "a release heading reads \"## VERSION - YYYY-MM-DD\"")
            elif not sections:
                continue  # the file's title and introduction
            elif line.startswith("- "):
                sections[-1][2].append(line[2:].strip())
            elif line.startswith("  ") and line.strip() and sections[-1][2]:
                sections[-1][2][-1] += " " + line.strip()
            elif line.strip():
                fail(path, number, "expected a \"- \" item or an indented continuation line")
    return sections


def main(argv):
    if len(argv) != 6:
        sys.exit(__doc__.strip().splitlines()[0])
    source, package, version, maintainer, out = argv[1:]
    sections = read_sections(source)
    if not sections:
        fail(source, 1, "no \"## VERSION - YYYY-MM-DD\" section")
    if sections[0][0] != version:
        fail(source, 1, f"the newest section is {sections[0][0]}, but the project's version is "
                        f"{version}: add its release notes first")
    entries = []
    for number, date, items in sections:
        if not items:
            sys.exit(f"debian-changelog: {source}: section {number} has no \"- \" item")
        lines = [f"{package} ({number}) unstable; urgency=medium", ""]
        for item in items:
            lines += textwrap.wrap(plain(item), width=78, initial_indent="  * ",
                                   subsequent_indent="    ", break_on_hyphens=False)
        lines += ["", f" -- {maintainer}  {rfc2822(date)}"]
        entries.append("\n".join(lines) + "\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(entries))


if __name__ == "__main__":
    main(sys.argv)
