#!/usr/bin/python3
"""html-weave.py -- weave the book's noweb sources into the HTML edition.

Usage: scripts/html-weave.py --out build/html --data build/data BOOK.nw...

The same files, in the same order, as the PDF (the Makefile's NW list).  The
pipeline (the book's appendix on the build explains why):

  1. noweb's own front end and cross-referencer, exactly as noweave -index
     runs them (markup | finduses | noidx), give the chunks, their uses and
     definitions and both indexes.  This script renders the code chunks to
     HTML itself, and puts a placeholder token where each chunk, each quoted
     [[code]], each \\programoutput and each verbatim environment was.
  2. The prose that remains is LaTeX.  pandoc reads all of it in one run
     (-f latex+raw_tex -t json).  Walking pandoc's syntax tree, the script
     cuts it into one page per part, chapter and appendix, numbers chapters,
     sections, figures, tables and chunks like the PDF, resolves \\ref and
     \\cite across pages, and puts the placeholders' HTML back.
  3. pandoc writes the pages' HTML in one more run (-f json -t html5 --katex);
     the browser typesets the math with KaTeX (copied from libjs-katex).
  4. The bibliography is bibtex's own output (the PDF's \\bibliographystyle
     and \\bibliography, citations in the order of the text), read by pandoc.

What book/book.tex adds to the woven chapters (title, author, bibliography,
the indexes, \\programoutput, \\figurefile, pythoncell) is handled in the
section "The wrapper's macros" below; anything LaTeX that pandoc cannot read
and that is not known to be harmless is kept visibly (class raw-latex) and
reported, so that the browser test (scripts/check-html.py) fails on it.
"""

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------- settings

# The wrapper's verbatim environments: name -> caption (#1 = first argument).
VERBATIM_ENVS = {"pythoncell": "原笔记本 In [#1]（Python）"}

# LaTeX that changes only the printed layout; dropped without a word.
LAYOUT_ONLY = re.compile(
    r"\\(centering|raggedright|raggedleft|noindent|indent|sloppy|fussy|"
    r"allowbreak|linebreak|nolinebreak|pagebreak|nopagebreak|newpage|"
    r"clearpage|cleardoublepage|smallskip|medskip|bigskip|par|hfill|vfill|"
    r"tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|"
    r"protect|phantomsection|relax|frontmatter|mainmatter|backmatter|"
    r"bgroup|egroup|begingroup|endgroup|"
    r"(v|h)space\*?\{[^}]*\}|enlargethispage\*?\{[^}]*\}|"
    r"setlength\{[^}]*\}\{[^}]*\}|addtolength\{[^}]*\}\{[^}]*\}|"
    r"addcontentsline\{[^}]*\}\{[^}]*\}\{[^}]*\}|"
    r"emergencystretch\s*=?\s*[0-9.]+\s*[a-z]*)\s*(\{\})?\s*$")

CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n):
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 21 -> 二十一 (n < 100)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else CN_DIGITS[tens]) + "十"
    return s + (CN_DIGITS[ones] if ones else "")


def fail(msg):
    sys.exit("html-weave: " + msg)


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- 1. noweb

def noweb_lib():
    """noweb's library directory, as the noweave script names it."""
    nw = shutil.which("noweave")
    if nw:
        with open(nw, encoding="utf-8", errors="replace") as f:
            m = re.search(r"^LIB=(\S+)", f.read(), re.M)
        if m and os.path.isdir(m.group(1)):
            return m.group(1)
    return "/usr/lib/noweb"


def noweb_stream(files):
    """markup | finduses | noidx, as noweave -index runs them."""
    lib = noweb_lib()
    stages = [[lib + "/markup"] + list(files), [lib + "/finduses"], [lib + "/noidx"]]
    procs, prev = [], None
    for i, argv in enumerate(stages):
        p = subprocess.Popen(argv, stdin=prev, stdout=subprocess.PIPE)
        if prev is not None:
            prev.close()
        prev = p.stdout
        procs.append(p)
    out = prev.read()
    for argv, p in zip(stages, procs):
        if p.wait() != 0:
            fail("%s failed" % " ".join(argv[:1]))
    return out.decode("utf-8").split("\n")


class Chunk:
    def __init__(self, k, where):
        self.k, self.where = k, where
        self.label = self.ref = self.name = None
        self.uses_by, self.prev, self.next = [], None, None
        self.notused = False
        self.skip_nl = False
        self.defs = []
        self.segs = []           # ('text', s) | ('nl',) | ('use', name, label, ref) | ('id', s, ref)


def parse_noweb(lines):
    """The markup stream -> (LaTeX prose with placeholders, chunks, quotes,
    chunk index, identifier index)."""
    prose, chunks, quotes = [], [], []
    chunk_index, ident_index = [], []
    cur = None            # the code chunk being read
    quote = None          # the segments of the quoted code being read
    label = ref = ident = None
    fname, line = "?", 0
    in_chunks = in_index = False
    for raw in lines:
        if not raw.startswith("@"):
            continue
        kw, _, arg = raw.partition(" ")
        if kw == "@file":
            fname, line = arg, 0
        elif kw == "@nl":
            line += 1
            if quote is not None:
                quote.append(("text", " "))
            elif cur is not None:
                if cur.skip_nl:
                    cur.skip_nl = False
                else:
                    cur.segs.append(("nl",))
            else:
                prose.append("\n")
        elif kw == "@text":
            if ident is not None and arg == ident[0]:
                seg = ("id", arg, ident[1])
                ident = None
            else:
                seg = ("text", arg)
            if quote is not None:
                quote.append(seg)
            elif cur is not None:
                cur.segs.append(seg)
            else:
                prose.append(arg)
        elif kw == "@quote":
            quote = []
        elif kw == "@endquote":
            if prose and re.search(r"\\[A-Za-z]+$", prose[-1]):
                prose.append("{}")      # \allowbreak[[x]] must not become \allowbreakNWPHQ
            prose.append("NWPHQ%dE" % len(quotes))
            quotes.append(quote)
            quote = None
        elif kw == "@begin" and arg.startswith("code"):
            cur = Chunk(len(chunks), "%s:%d" % (fname, line + 1))
            label = ref = None
        elif kw == "@end" and arg.startswith("code"):
            while cur.segs and cur.segs[-1] == ("nl",):
                cur.segs.pop()
            prose.append("\n\nNWPHC%dE\n\n" % cur.k)
            chunks.append(cur)
            cur = None
        elif kw == "@defn":
            cur.name, cur.label, cur.ref = arg, label, ref
            cur.skip_nl = True  # the end of the <<name>>= line
        elif kw == "@use":
            (quote if quote is not None else cur.segs).append(("use", arg, label, ref))
        elif kw == "@xref":
            sub, _, rest = arg.partition(" ")
            if sub == "label":
                label = rest
            elif sub == "ref":
                ref = rest
            elif sub == "notused" and cur is not None:
                cur.notused = True
            elif sub == "useitem" and cur is not None:
                cur.uses_by.append(rest)
            elif sub == "prevdef" and cur is not None:
                cur.prev = rest
            elif sub == "nextdef" and cur is not None:
                cur.next = rest
            elif sub == "beginchunks":
                in_chunks = True
            elif sub == "endchunks":
                in_chunks = False
            elif in_chunks and sub == "chunkbegin":
                lab, _, name = rest.partition(" ")
                chunk_index.append([name, lab, [], []])
            elif in_chunks and sub in ("chunkdefn", "chunkuse"):
                chunk_index[-1][2 if sub == "chunkdefn" else 3].append(rest)
        elif kw == "@index":
            sub, _, rest = arg.partition(" ")
            if sub == "use":
                ident = (rest, ref)
            elif sub == "defn" and cur is not None:
                cur.defs.append(rest)
            elif sub == "beginindex":
                in_index = True
            elif sub == "endindex":
                in_index = False
            elif in_index and sub == "entrybegin":
                lab, _, name = rest.partition(" ")
                ident_index.append([name, lab, [], []])
            elif in_index and sub in ("entrydefn", "entryuse"):
                ident_index[-1][2 if sub == "entrydefn" else 3].append(rest)
    return "".join(prose), chunks, quotes, chunk_index, ident_index


# ---------------------------------------------------------------- the wrapper's macros

def braced(s, i):
    """s[i] == '{': return (contents, index after the closing brace)."""
    depth, j = 0, i
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
        j += 1
    fail("unbalanced braces after: " + s[i:i + 60])


def strip_comments(s):
    return re.sub(r"(?<!\\)%.*", "", s)


class Blocks:
    """Placeholders for whole blocks that pandoc must not read."""

    def __init__(self):
        self.items = []

    def add(self, kind, *args):
        self.items.append((kind,) + args)
        return "\n\nNWPHB%dE\n\n" % (len(self.items) - 1)


def wrapper_macros(tex, blocks):
    """\\programoutput, verbatim environments, \\figurefile and floats."""
    out, i = [], 0
    names = "|".join(map(re.escape, VERBATIM_ENVS))
    pat = re.compile(r"(?<!\\)%%[^\n]*|\\programoutput\s*\{|\\figurefile\s*\{|"
                     r"\\begin\{(%s)\}|\\begin\{(figure|table)\*?\}(\[[^\]]*\])?|"
                     r"\\end\{(figure|table)\*?\}|\\caption\s*(\[[^\]]*\])?\{" % names)
    floats = []
    while True:
        m = pat.search(tex, i)
        if not m:
            out.append(tex[i:])
            break
        out.append(tex[i:m.start()])
        t = m.group(0)
        if t.startswith("%"):
            out.append(t)
            i = m.end()
        elif t.startswith("\\programoutput"):
            arg, i = braced(tex, m.end() - 1)
            out.append(blocks.add("output", arg.strip()))
        elif t.startswith("\\figurefile"):
            arg, i = braced(tex, m.end() - 1)
            out.append("\\includegraphics{figures/%s.svg}" % arg.strip())
        elif m.group(1):
            env = m.group(1)
            j = m.end()
            arg = ""
            if tex[j:j + 1] == "{":
                arg, j = braced(tex, j)
            end = tex.find("\\end{%s}" % env, j)
            if end < 0:
                fail("\\begin{%s} without \\end" % env)
            body = tex[j:end].lstrip(" ").removeprefix("\n")
            out.append(blocks.add("verbatim", env, VERBATIM_ENVS[env].replace("#1", arg), body))
            i = end + len("\\end{%s}" % env)
        elif m.group(2):
            floats.append(len(blocks.items))
            out.append(blocks.add("float", m.group(2)))
            i = m.end()
        elif m.group(4):
            if not floats:
                fail("\\end{%s} without \\begin" % m.group(4))
            out.append(blocks.add("floatend", floats.pop()))
            i = m.end()
        else:   # \caption{...}
            arg, i = braced(tex, m.end() - 1)
            out.append("\n\nNWPHCAPE " + arg + "\n\n")
    return "".join(out)


VERBATIM = re.compile(r"\\begin\{(verbatim\*?|Verbatim|lstlisting)\}.*?\\end\{\1\}|"
                      r"\\verb\*?([^A-Za-z\s*])[^\n]*?\2", re.S)


def mask_verbatim(tex):
    """Verbatim text (verbatim environments, \\verb) out of the way of the
    rewriting below: (text with tokens, the verbatim pieces)."""
    store = []

    def keep(m):
        store.append(m.group(0))
        return "NWPHV%dE" % (len(store) - 1)
    return VERBATIM.sub(keep, tex), store


def unmask_verbatim(tex, store):
    return re.sub(r"NWPHV(\d+)E", lambda m: store[int(m.group(1))], tex)


def refs_and_cites(tex, refs, cites):
    """\\ref and \\cite become placeholders: pandoc drops \\ref's argument in
    some table cells, and the numbers are the book's, not pandoc's."""
    def ref(m):
        refs.append(m.group(1).strip())
        return "NWPHR%dE" % (len(refs) - 1)

    def cite(m):
        keys = [k.strip() for k in m.group(3).split(",") if k.strip()]
        cites.append(("AuthorInText" if m.group(1) == "t" else "NormalCitation", keys))
        return "NWPHK%dE" % (len(cites) - 1)
    tex = re.sub(r"\\(?:ref|pageref|autoref|cref|Cref)\s*\{([^}]*)\}", ref, tex)
    return re.sub(r"\\cite(t|p|)\s*(\[[^\]]*\])?\s*\{([^}]*)\}", cite, tex)


# Macros of book.tex that the script itself gives their HTML meaning.
HANDLED_MACROS = {"programoutput", "figurefile"} | set(VERBATIM_ENVS)


def wrapper_info(book_tex):
    """From book/book.tex: title, author, bibliography style and database,
    and the macro definitions of its preamble (\\newcommand, \\newenvironment,
    \\DeclareMathOperator ...), which pandoc then expands in the chapters."""
    with open(book_tex, encoding="utf-8") as f:
        src = strip_comments(f.read())
    info = {}
    for key in ("title", "author", "bibliographystyle", "bibliography"):
        m = re.search(r"\\%s\s*\{" % key, src)
        info[key] = braced(src, m.end() - 1)[0] if m else ""
    preamble = src.split("\\begin{document}")[0]
    defs = []
    pat = re.compile(r"\\(newcommand|renewcommand|providecommand|DeclareMathOperator|"
                     r"newenvironment|renewenvironment)\*?\s*\{?\\?([A-Za-z@]+)\}?")
    for m in pat.finditer(preamble):
        j = m.end()
        while preamble[j:].lstrip()[:1] == "[":            # [n] [default]
            j = preamble.index("]", j) + 1
        for _ in range(2 if m.group(1).endswith("environment") else 1):
            j += len(preamble[j:]) - len(preamble[j:].lstrip())
            if preamble[j:j + 1] == "{":                  # {body}, {begin}{end}
                j = braced(preamble, j)[1]
        name = m.group(2)
        if "@" not in name and name not in HANDLED_MACROS and "@" not in preamble[m.start():j]:
            defs.append(preamble[m.start():j])
    info["macros"] = "\n".join(defs)
    return info


# ---------------------------------------------------------------- pandoc

def pandoc(args, text):
    r = subprocess.run(["pandoc"] + args, input=text.encode("utf-8"),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for ln in r.stderr.decode("utf-8", "replace").splitlines():
        print("html-weave: pandoc: " + ln, file=sys.stderr)
    if r.returncode != 0:
        fail("pandoc %s failed" % " ".join(args))
    return r.stdout.decode("utf-8")


def read_latex(tex):
    doc = json.loads(pandoc(["-f", "latex+raw_tex", "-t", "json"], tex))
    return doc


def S(s):
    return {"t": "Str", "c": s}


def raw_inline(s):
    return {"t": "RawInline", "c": ["html", s]}


def raw_block(s):
    return {"t": "RawBlock", "c": ["html", s]}


def plain_text(inlines):
    """The text of inlines, for titles and checks."""
    out = []

    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, dict):
            t = x.get("t")
            if t == "Str":
                out.append(x["c"])
            elif t in ("Space", "SoftBreak", "LineBreak"):
                out.append(" ")
            elif t in ("Code", "Math"):
                out.append(x["c"][1])
            elif "c" in x:
                walk(x["c"])
    walk(inlines)
    return "".join(out)


# ---------------------------------------------------------------- 2. pages

class Page:
    def __init__(self, name, kind, number, title):
        self.name, self.kind, self.number, self.title = name, kind, number, title
        self.blocks = []
        self.toc = []          # (level, number, inlines, id)
        self.floats = {}       # figure/table -> how many so far
        self.notes = []        # footnotes: a list of blocks each
        self.html = ""


class Book:
    def __init__(self, chunks, quotes, blocks):
        self.chunks, self.quotes, self.blocks = chunks, quotes, blocks
        self.pages = []
        self.labels = {}       # label -> (page name, number text)
        self.anchor_page = {}  # chunk/use label -> page name
        self.chunk_number = {}  # chunk label -> "3.12"
        self.cites = []        # bibtex keys in order of first citation
        self.unknown = []      # raw LaTeX that pandoc could not read
        self.chapter = 0
        self.appendix = False
        self.part = 0
        self.counters = {}

    # -- numbering
    def new_page(self, level, attrs, inlines):
        ident, classes, _ = attrs
        numbered = "unnumbered" not in classes
        title = plain_text(inlines)
        if level == 1:
            self.part += numbered
            num = str(self.part) if numbered else ""
            heading = ("第%s部分" % chinese_number(self.part)) if numbered else ""
            name = "part-%d" % self.part if numbered else None
            kind = "part"
        else:
            if numbered:
                self.chapter += 1
            if self.appendix:
                num = chr(ord("A") + self.chapter - 1) if numbered else ""
                heading = "附录 %s" % num if numbered else ""
                kind = "appendix"
            else:
                num = str(self.chapter) if numbered else ""
                heading = "第%d章" % self.chapter if numbered else ""
                kind = "chapter"
            name = None
        if ident and re.match(r"^[A-Za-z][A-Za-z0-9:._-]*$", ident):
            name = ident.replace(":", "-").replace(".", "-")
        if not name:
            name = "%s-%s" % (kind, num or len(self.pages))
        if name in ("index", "bibliography", "chunks", "identifiers") or \
                any(p.name == name for p in self.pages):
            name += "-%d" % len(self.pages)
        page = Page(name, kind, num, title)
        page.heading = heading
        self.pages.append(page)
        self.counters = {"sec": 0, "subsec": 0}
        self.current_number = num
        if ident:
            self.labels[ident] = (name, num)
        hid = ident or name
        attrs[0] = hid
        prefix = [S(heading), {"t": "Space"}] if heading else []
        h = {"t": "Header", "c": [1, attrs, prefix + inlines]}
        page.blocks.append(h)
        page.toc.append((0, heading, inlines, hid))
        return page

    def section(self, block, page):
        level, attrs, inlines = block["c"]
        ident, classes, _ = attrs
        depth = level - 2        # 1 section, 2 subsection, 3 subsubsection, 4 paragraph
        numbered = "unnumbered" not in classes and depth <= 2 and page.number
        num = ""
        if numbered:
            if depth == 1:
                self.counters["sec"] += 1
                self.counters["subsec"] = 0
                num = "%s.%d" % (page.number, self.counters["sec"])
            else:
                self.counters["subsec"] += 1
                num = "%s.%d.%d" % (page.number, self.counters["sec"], self.counters["subsec"])
            self.current_number = num
        if ident:
            self.labels[ident] = (page.name, num or page.number)
        block["c"][0] = min(depth + 1, 6)
        if num:
            block["c"][2] = [S(num), {"t": "Space"}] + inlines
        if depth <= 2:
            page.toc.append((depth, num, inlines, ident))

    def float_number(self, kind, page):
        page.floats[kind] = n = page.floats.get(kind, 0) + 1
        return "%s.%d" % (page.number, n) if page.number else str(n)


def walk_inlines(book, page, inlines):
    """Rewrite a list of inlines in place: placeholders, \\ref, \\cite, raw LaTeX."""
    out = []
    for x in inlines:
        t = x.get("t")
        if t == "Str" and "NWPH" in x["c"]:
            for piece in re.split(r"(NWPH[QBCRK]\d+E)", x["c"]):
                m = re.match(r"NWPH([QBCRK])(\d+)E$", piece)
                if m and m.group(1) == "K":
                    mode, keys = book.cite_list[int(m.group(2))]
                    for k in keys:
                        if k not in book.cites:
                            book.cites.append(k)
                    out.append(raw_inline("<!--NWPHK %s-->" % m.group(2)))
                elif m:
                    out.append(raw_inline("<!--NWPH%s %s-->" % (m.group(1), m.group(2))))
                elif piece:
                    out.append(S(piece))
            continue
        if t == "Code" and re.search(r"NWPH[QRK]\d+E", x["c"][1]):
            # \texttt{... [[x]] ...}: the code around the placeholders stays code
            for piece in re.split(r"(NWPH[QRK]\d+E)", x["c"][1]):
                if re.match(r"NWPH[QRK]\d+E$", piece):
                    out.extend(walk_inlines(book, page, [S(piece)]))
                elif piece:
                    out.append({"t": "Code", "c": [x["c"][0], piece]})
            continue
        if t == "RawInline" and x["c"][0] == "latex":
            out.extend(raw_latex_inline(book, page, x["c"][1]))
            continue
        if t in ("Emph", "Strong", "Strikeout", "Superscript", "Subscript",
                 "SmallCaps", "Underline"):
            x["c"] = walk_inlines(book, page, x["c"])
        elif t in ("Span", "Link"):
            if t == "Span" and x["c"][0][0]:
                book.labels[x["c"][0][0]] = (page.name, book.current_number)
            x["c"][1] = walk_inlines(book, page, x["c"][1])
        elif t == "Quoted":
            x["c"][1] = walk_inlines(book, page, x["c"][1])
        elif t == "Image":
            x["c"][1] = walk_inlines(book, page, x["c"][1])
        elif t == "Note":
            # footnotes stay on their page (pandoc would put them at the end
            # of the whole book): a numbered link here, the text at the end
            page.notes.append(walk_blocks(book, page, x["c"]))
            n = len(page.notes)
            out.append(raw_inline('<sup class="fn"><a id="fnref-%s-%d" href="#fn-%s-%d">%d</a></sup>'
                                  % (page.name, n, page.name, n, n)))
            continue
        out.append(x)
    return cjk_breaks(out)


WIDE = re.compile("[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf"
                  "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’—…]")
WIDE_PUNCT = re.compile("[\u3000-\u303f\ufe30-\ufe4f\uff00-\uff0f\uff1a-\uff20"
                        "\uff3b-\uff40\uff5b-\uff65“”‘’—…]")


def edge_char(x, last):
    """The first (last) character that an inline shows, '' if unknown."""
    t = x.get("t")
    if t == "Str":
        return x["c"][-1 if last else 0] if x["c"] else ""
    if t in ("Code", "Math"):
        return "a"
    if t in ("Emph", "Strong", "Span", "Link", "Quoted"):
        inl = x["c"] if t in ("Emph", "Strong") else x["c"][1]
        return edge_char(inl[-1 if last else 0], last) if inl else ""
    if t == "RawInline":
        return "a"
    return ""


def cjk_breaks(inl):
    """A line break in the source between Chinese characters is no space (as
    with xeCJK); between Chinese and Latin it stays one."""
    out = []
    for i, x in enumerate(inl):
        if x.get("t") == "SoftBreak":
            a = edge_char(out[-1], True) if out else ""
            b = edge_char(inl[i + 1], False) if i + 1 < len(inl) else ""
            if (WIDE.match(a) and WIDE.match(b)) or WIDE_PUNCT.match(a) or WIDE_PUNCT.match(b):
                continue
            x = {"t": "Space"}
        out.append(x)
    return out


def raw_latex_inline(book, page, tex):
    m = re.match(r"\\label\s*\{([^}]*)\}\s*$", tex)
    if m:
        book.labels[m.group(1)] = (page.name, book.current_number)
        return [{"t": "Span", "c": [[m.group(1), [], []], []]}]
    if LAYOUT_ONLY.match(tex.strip()):
        return []
    book.unknown.append((page.name, tex))
    return [{"t": "Code", "c": [["", ["raw-latex"], []], tex]}]


def walk_blocks(book, page, blocks):
    out = []
    for b in blocks:
        t = b.get("t")
        if t in ("Para", "Plain"):
            inl = b["c"]
            m = re.match(r"NWPH([BC])(\d+)E$", inl[0]["c"]) \
                if len(inl) == 1 and inl[0]["t"] == "Str" else None
            if m:
                out.append(raw_block("<!--NWPH%s %s-->" % m.groups()))
                continue
            b["c"] = walk_inlines(book, page, inl)
            if not b["c"]:
                continue
        elif t == "Header":
            book.section(b, page)
            b["c"][2] = walk_inlines(book, page, b["c"][2])
        elif t == "RawBlock":
            if b["c"][0] == "latex":
                tex = b["c"][1].strip()
                if tex == "\\appendix":
                    book.appendix = True
                    book.chapter = 0
                    continue
                if LAYOUT_ONLY.match(tex):
                    continue
                r = raw_latex_inline(book, page, tex)
                if r:
                    out.append({"t": "Para", "c": r})
                continue
        elif t == "Div":
            b["c"][1] = walk_blocks(book, page, b["c"][1])
        elif t in ("BlockQuote",):
            b["c"] = walk_blocks(book, page, b["c"])
        elif t in ("BulletList",):
            b["c"] = [walk_blocks(book, page, item) for item in b["c"]]
        elif t == "OrderedList":
            b["c"][1] = [walk_blocks(book, page, item) for item in b["c"][1]]
        elif t == "DefinitionList":
            b["c"] = [[walk_inlines(book, page, term), [walk_blocks(book, page, d) for d in defs]]
                      for term, defs in b["c"]]
        elif t == "Table":
            walk_table(book, page, b)
        elif t == "LineBlock":
            b["c"] = [walk_inlines(book, page, ln) for ln in b["c"]]
        out.append(b)
    return out


def walk_table(book, page, b):
    attr, caption, colspecs, head, bodies, foot = b["c"]

    def rows(rs):
        for r in rs:
            for cell in r[1]:
                cell[4] = walk_blocks(book, page, cell[4])
    rows(head[1])
    for body in bodies:
        rows(body[2])
        rows(body[3])
    rows(foot[1])
    if caption[1]:
        caption[1] = walk_blocks(book, page, caption[1])


def make_floats(book, page, blocks, inside=False):
    """Gather the blocks between a float's begin and end placeholders into a
    <figure> with a numbered caption; a table with a caption of its own (a
    longtable, say) becomes one too."""
    out, stack = [], []
    for b in blocks:
        if b["t"] == "Div":
            b["c"][1] = make_floats(book, page, b["c"][1], inside or bool(stack))
        mb = re.match(r"<!--NWPHB (\d+)-->$", b["c"][1]) if b["t"] == "RawBlock" else None
        item = book.blocks.items[int(mb.group(1))] if mb else None
        if item and item[0] == "float":
            stack.append((item[1], out))
            out = []
            continue
        if item and item[0] == "floatend":
            kind, outer = stack.pop()
            outer.append(float_block(book, page, kind, out))
            out = outer
            continue
        if b["t"] == "Table" and not stack and not inside:
            # a caption of its own (a longtable, say) makes a numbered table;
            # any table scrolls inside its own box on a narrow screen
            b = float_block(book, page, "table", [b]) if b["c"][1][1] else \
                {"t": "Div", "c": [["", ["table-wrap"], []], [b]]}
        out.append(b)
    while stack:
        kind, outer = stack.pop()
        outer.append(float_block(book, page, kind, out))
        out = outer
    return out


def ids_in(x, found):
    """Every id (labels: spans, divs, images) inside x; the ids are removed."""
    if isinstance(x, list):
        for y in x:
            ids_in(y, found)
    elif isinstance(x, dict):
        t, c = x.get("t"), x.get("c")
        if t in ("Span", "Div", "Image") and c[0][0]:
            found.append(c[0][0])
            c[0][0] = ""
        if c is not None and not isinstance(c, str):
            ids_in(c, found)
    return found


def float_block(book, page, kind, body):
    num = book.float_number(kind, page)
    name = {"figure": "图", "table": "表"}[kind]
    caption, rest = [], []
    for b in body:
        if b["t"] == "Para" and b["c"] and b["c"][0]["t"] == "Str" and b["c"][0]["c"].startswith("NWPHCAPE"):
            inl = b["c"]
            inl[0] = S(inl[0]["c"][len("NWPHCAPE"):])
            caption.extend(inl)
            continue
        if b["t"] == "Table" and b["c"][1][1]:
            for cb in b["c"][1][1]:
                caption.extend(cb["c"])
            b["c"][1] = [None, []]
        rest.append(b)
    ids = ids_in(caption, []) + ids_in(rest, [])
    rest = [b for b in rest if not (b["t"] in ("Para", "Plain") and all(
        x["t"] in ("Space", "SoftBreak") or x["t"] == "Span" and not x["c"][1] for x in b["c"]))]
    for b in rest:
        for x in (b["c"] if b["t"] in ("Para", "Plain") else []):
            if x["t"] == "Image":
                if x["c"][2][1].startswith("fig:"):
                    if not caption:
                        caption = x["c"][1]
                    x["c"][2][1] = ""
                x["c"][1] = [S("%s %s" % (name, num))]
    while caption and caption[0]["t"] in ("Space", "SoftBreak") or \
            caption and caption[0]["t"] == "Str" and not caption[0]["c"]:
        caption.pop(0)
    ident = ids[0] if ids else "%s-%s" % (kind, num)
    for i in ids:
        book.labels[i] = (page.name, num)
    cap = {"t": "Plain", "c": [{"t": "Strong", "c": [S("%s %s" % (name, num))]}, S("：")] + caption}
    rendered = [raw_block('<figure class="%s" id="%s">' % (kind, esc(ident)))]
    for i in ids[1:]:
        rendered.append(raw_block('<span id="%s"></span>' % esc(i)))
    if kind == "table":
        rendered += [raw_block("<figcaption>"), cap, raw_block("</figcaption>")]
        rendered += [raw_block('<div class="table-wrap">')] + rest + [raw_block("</div>")]
    else:
        rendered += rest + [raw_block("<figcaption>"), cap, raw_block("</figcaption>")]
    rendered.append(raw_block("</figure>"))
    return {"t": "Div", "c": [["", ["float"], []], rendered]}


def split_pages(book, doc):
    """Cut the top-level blocks at parts (level 1) and chapters (level 2)."""
    page = None
    pending = []        # blocks before the first chapter or part (none usually)
    for b in doc["blocks"]:
        if b["t"] == "Header" and b["c"][0] <= 2:
            level, attrs, inlines = b["c"]
            if plain_text(inlines) == "NWPHSENTINEL":
                continue
            page = book.new_page(level, attrs, inlines)
            page.blocks[0]["c"][2] = walk_inlines(book, page, page.blocks[0]["c"][2])
            continue
        if page is None:
            if b["t"] == "RawBlock" and b["c"][1].strip() == "\\appendix":
                book.appendix = True
                continue
            pending.append(b)
            continue
        page.blocks.extend(walk_blocks(book, page, [b]))
    for p in book.pages:
        p.blocks = make_floats(book, p, p.blocks)
    return pending


# ---------------------------------------------------------------- code chunks

def is_file_name(name):
    return re.match(r"^[\w./+-]+\.[\w]+$", name) is not None and " " not in name


def number_chunks(book):
    """Number the chunks in the order in which they appear on each page."""
    for page in book.pages:
        for n, k in enumerate(re.findall(r"<!--NWPHC (\d+)-->", page.html), 1):
            c = book.chunks[int(k)]
            book.chunk_number[c.label] = "%s.%d" % (page.number, n) if page.number else str(n)
            book.anchor_page[c.label] = page.name
    lost = [c for c in book.chunks if c.label not in book.chunk_number]
    if lost:
        fail("chunk <<%s>> (%s) is on no page: inside LaTeX that pandoc keeps raw?"
             % (lost[0].name, lost[0].where))


def chunk_link(book, label, text=None):
    if label not in book.chunk_number:
        return esc(text or "?")
    return '<a href="%s.html#%s">%s</a>' % (book.anchor_page[label], esc(label),
                                           esc(text or book.chunk_number[label]))


def code_segs_html(book, segs):
    out = []
    for s in segs:
        if s[0] == "text":
            out.append(esc(s[1]))
        elif s[0] == "nl":
            out.append("\n")
        elif s[0] == "id":
            if s[2] in book.chunk_number:
                out.append('<a class="nw-id" href="%s.html#%s">%s</a>' % (
                    book.anchor_page[s[2]], esc(s[2]), esc(s[1])))
            else:
                out.append(esc(s[1]))
        elif s[0] == "use":
            _, name, label, ref = s
            num = book.chunk_number.get(ref)
            inner = quoted_name(book, name)
            if num:
                inner = '<a href="%s.html#%s">%s <span class="nw-n">%s</span></a>' % (
                    book.anchor_page[ref], esc(ref), inner, esc(num))
            else:
                inner += ' <span class="nw-n nw-undefined">未定义</span>'
            ida = ' id="%s"' % esc(label) if label else ""
            out.append('<span class="nw-use"%s>〈%s〉</span>' % (ida, inner))
    return "".join(out)


def quoted_name(book, name):
    """A chunk name; [[code]] inside it is set as code, LaTeX's \\% is %."""
    parts = re.split(r"\[\[(.*?)\]\]", name)
    parts = [p if i % 2 else re.sub(r"\\([%_&#${}])", r"\1", p).replace("~", "\u00a0")
             for i, p in enumerate(parts)]
    return "".join(("<code>%s</code>" % esc(p)) if i % 2 else esc(p)
                   for i, p in enumerate(parts))


def chunk_html(book, c):
    num = book.chunk_number[c.label]
    cont = c.prev is not None
    head = ['<div class="nw-head"><a class="nw-num" href="#%s">%s</a>' % (esc(c.label), num),
            '<span class="nw-def">〈%s' % quoted_name(book, c.name)]
    first = book.chunk_number.get(c.ref)
    if cont and first:
        head.append(' %s' % chunk_link(book, c.ref, first))
    else:
        head.append(' %s' % num)
    head.append('〉%s</span>' % ("+≡" if cont else "≡"))
    head.append("</div>")
    notes = []
    if c.notused:
        if is_file_name(c.name):
            notes.append("本代码写入文件 <code>%s</code>。" % esc(c.name))
        else:
            notes.append("根代码块（本书中未被引用）。")
    if c.uses_by:
        notes.append("本代码用于 %s。" % "、".join(chunk_link(book, u) for u in c.uses_by))
    if c.prev:
        notes.append("接续 %s。" % chunk_link(book, c.prev))
    if c.next:
        notes.append("本定义续见 %s。" % chunk_link(book, c.next))
    if c.defs:
        notes.append("定义 %s。" % "、".join("<code>%s</code>" % esc(d) for d in c.defs))
    return ('<div class="nw-chunk" id="%s">%s<pre class="nw-code"><code>%s</code></pre>'
            '<div class="nw-xref">%s</div></div>' % (
                esc(c.label), "".join(head), code_segs_html(book, c.segs), " ".join(notes)))


def quote_html(book, segs):
    return '<code class="nw-quote">%s</code>' % code_segs_html(book, segs).replace("\n", " ")


def block_html(book, item, data_dir):
    kind = item[0]
    if kind == "output":
        path = os.path.join(data_dir, item[1])
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError as e:
            fail("\\programoutput{%s}: %s" % (item[1], e))
        return ('<div class="program-output"><div class="po-file">构建时的输出 %s</div>'
                '<pre><code>%s</code></pre></div>' % (esc(path), esc(text.rstrip("\n"))))
    if kind == "verbatim":
        _, env, caption, body = item
        return ('<div class="verbatim %s"><div class="po-file">%s</div>'
                '<pre><code>%s</code></pre></div>' % (esc(env), esc(caption), esc(body.rstrip("\n"))))
    return ""


# ---------------------------------------------------------------- bibliography

def bibliography(book, info, bookdir):
    """bibtex's entries for the cited keys, in citation order -> {key: (n, html-blocks)}."""
    if not book.cites or not info["bibliography"]:
        return [], {}
    tmp = tempfile.mkdtemp(prefix="html-bib.")
    try:
        with open(os.path.join(tmp, "html.aux"), "w", encoding="utf-8") as f:
            for k in book.cites:
                f.write("\\citation{%s}\n" % k)
            f.write("\\bibstyle{%s}\n\\bibdata{%s}\n" % (info["bibliographystyle"] or "plain",
                                                       info["bibliography"]))
        env = dict(os.environ, BIBINPUTS=os.path.abspath(bookdir) + ":",
                   BSTINPUTS=os.path.abspath(bookdir) + ":")
        r = subprocess.run(["bibtex", "-terse", "html"], cwd=tmp, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode > 1 or not os.path.exists(os.path.join(tmp, "html.bbl")):
            fail("bibtex failed:\n" + r.stdout.decode("utf-8", "replace"))
        with open(os.path.join(tmp, "html.bbl"), encoding="utf-8") as f:
            bbl = f.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    items = []
    for m in re.finditer(r"\\bibitem\s*(\[)?", bbl):
        j = m.end()
        opt = ""
        if m.group(1):
            depth, k = 1, j
            while depth:
                depth += {"[": 1, "]": -1}.get(bbl[k], 0)
                k += 1
            opt, j = bbl[j:k - 1], k
        key, j = braced(bbl, bbl.index("{", j))
        items.append((opt.strip("{}"), key.strip(), j))
    texts = []
    for n, (opt, key, j) in enumerate(items):
        end = items[n + 1][2] if n + 1 < len(items) else bbl.find("\\end{thebibliography}")
        body = bbl[j:end]
        if n + 1 < len(items):
            body = body[:body.rfind("\\bibitem")]
        texts.append(body)
    macros = ("\\newcommand{\\newblock}{}\n\\newcommand{\\natexlab}[1]{#1}\n"
              "\\newcommand{\\doi}[1]{\\href{https://doi.org/#1}{doi:#1}}\n"
              "\\newcommand{\\urlprefix}{URL }\n\\newcommand{\\eprint}[1]{#1}\n")
    tex = macros + "".join("NWPHBIB%dE %s\n\n" % (n, re.sub(r"\\penalty0\s*", "", t))
                           for n, t in enumerate(texts))
    doc = read_latex(tex)
    entries = {}
    cur = None
    for b in doc["blocks"]:
        if b["t"] == "Para" and b["c"] and b["c"][0]["t"] == "Str":
            m = re.match(r"NWPHBIB(\d+)E", b["c"][0]["c"])
            if m:
                cur = int(m.group(1))
                rest = b["c"][0]["c"][m.end():]
                b["c"] = ([S(rest)] if rest else []) + b["c"][1:]
                while b["c"] and b["c"][0]["t"] == "Space":
                    b["c"].pop(0)
        if cur is not None:
            entries.setdefault(cur, []).append(b)
    order, bib = [], {}
    for n, (opt, key, _) in enumerate(items):
        authors = re.sub(r"\(.*", "", opt).strip()
        bib[key] = (n + 1, authors)
        order.append((n + 1, key, entries.get(n, [])))
    return order, bib


def cite_html(book, bib, mode, keys):
    nums = []
    for k in keys:
        if k not in bib:
            book.unknown.append(("cite", "\\cite{%s}" % k))
            return '<code class="raw-latex">\\cite{%s}</code>' % esc(k)
        nums.append((bib[k][0], k))
    nums.sort()
    groups = []
    for n, k in nums:          # sort & compress, as natbib does
        if groups and n == groups[-1][-1][0] + 1:
            groups[-1].append((n, k))
        else:
            groups.append([(n, k)])
    parts = []
    for g in groups:
        a = '<a href="bibliography.html#cite-%s">%d</a>' % (esc(g[0][1]), g[0][0])
        if len(g) > 2:
            a += '–<a href="bibliography.html#cite-%s">%d</a>' % (esc(g[-1][1]), g[-1][0])
        elif len(g) == 2:
            a += ', <a href="bibliography.html#cite-%s">%d</a>' % (esc(g[1][1]), g[1][0])
        parts.append(a)
    text = '<span class="cite">[%s]</span>' % ", ".join(parts)
    if mode == "AuthorInText":
        text = esc(bib[nums[0][1]][1]) + "\u00a0" + text
    return text


# ---------------------------------------------------------------- 3. output

def toc_inlines(inl):
    """Inlines of a heading for a table of contents: no links, no anchors,
    no citations; quoted code and references as plain text."""
    out = []
    for x in inl:
        t = x.get("t")
        if t in ("Link", "Span"):
            out.extend(toc_inlines(x["c"][1]))
        elif t == "RawInline" and x["c"][1].startswith("<!--NWPHK"):
            continue
        elif t == "RawInline" and re.match(r"<!--NWPH[QR] ", x["c"][1]):
            out.append(raw_inline(x["c"][1].replace(" ", "T ", 1)))
        else:
            out.append(x)
    return out


def link(href, inlines):
    return {"t": "Link", "c": [["", [], []], inlines, [href, ""]]}


def toc_blocks(book, pages):
    items = []
    for p in pages:
        title = toc_inlines(p.toc[0][2])
        head = ([S(p.heading), {"t": "Space"}] if p.heading else []) + title
        subs = []
        for depth, num, inl, ident in p.toc[1:]:
            if depth == 1:
                subs.append([{"t": "Plain", "c": [link("%s.html#%s" % (p.name, ident),
                              ([S(num), {"t": "Space"}] if num else []) + toc_inlines(inl))]}])
        entry = [{"t": "Plain", "c": [link(p.name + ".html", head)]}]
        if subs:
            entry.append({"t": "BulletList", "c": subs})
        items.append((p, entry))
    return items


def index_page_blocks(book, info_blocks, extra):
    blocks = list(info_blocks)
    blocks.append(raw_block('<nav class="toc"><h2>目录</h2>'))
    groups, cur = [], None
    for p, entry in toc_blocks(book, book.pages):
        if p.kind == "part":
            cur = (p, [])
            groups.append(cur)
        elif cur is None:
            groups.append((None, [entry]))
        else:
            cur[1].append(entry)
    lst = []
    for part, entries in groups:
        if part is None:
            lst.extend(entries)
            continue
        head = [{"t": "Plain", "c": [link(part.name + ".html",
                 ([S(part.heading), {"t": "Space"}] if part.heading else []) + toc_inlines(part.toc[0][2]))]}]
        lst.append(head + ([{"t": "BulletList", "c": entries}] if entries else []))
    for name, title in extra:
        lst.append([{"t": "Plain", "c": [link(name + ".html", [S(title)])]}])
    blocks.append({"t": "BulletList", "c": lst})
    blocks.append(raw_block("</nav>"))
    return blocks


def page_toc_block(page):
    subs = [(num, inl, ident) for depth, num, inl, ident in page.toc[1:] if depth == 1]
    if len(subs) < 2:
        return []
    items = [[{"t": "Plain", "c": [link("#" + ident, ([S(num), {"t": "Space"}] if num else [])
                                         + toc_inlines(inl))]}] for num, inl, ident in subs]
    return [raw_block('<nav class="page-toc">'), {"t": "BulletList", "c": items},
            raw_block("</nav>")]


def index_list(book, entries, kind):
    """The chunk index or the identifier index as a definition list."""
    out = ['<dl class="nw-index %s">' % kind]
    for name, lab, defs, uses in entries:
        if kind == "chunks":
            term = "〈%s〉" % quoted_name(book, name)
        else:
            term = "<code>%s</code>" % esc(name)
        d = "、".join('<strong>%s</strong>' % chunk_link(book, x) for x in defs)
        u = "、".join(chunk_link(book, x) for x in uses)
        parts = []
        if d:
            parts.append("定义 " + d)
        if u:
            parts.append("使用 " + u)
        elif kind == "chunks":
            parts.append("根代码块")
        else:
            parts.append("未被使用")
        out.append("<dt>%s</dt><dd>%s</dd>" % (term, "；".join(parts)))
    out.append("</dl>")
    return "\n".join(out)


TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="katex/katex.min.css">
<link rel="stylesheet" href="book.css">
<script defer src="katex/katex.min.js"></script>
<script defer src="book.js"></script>
</head>
<body class="{kind}">
<header class="site"><a class="home" href="index.html">{booktitle}</a>{nav}</header>
<main>
{body}
</main>
<footer class="site">{nav}</footer>
</body>
</html>
"""


def nav_html(prev, nxt):
    out = ['<nav class="pager">']
    out.append('<a class="prev" href="%s.html" rel="prev">← %s</a>' % (prev[0], esc(prev[1]))
               if prev else '<span class="prev"></span>')
    out.append('<a class="up" href="index.html">目录</a>')
    out.append('<a class="next" href="%s.html" rel="next">%s →</a>' % (nxt[0], esc(nxt[1]))
               if nxt else '<span class="next"></span>')
    out.append("</nav>")
    return "".join(out)


def copy_assets(out, assets):
    for f in ("book.css", "book.js"):
        shutil.copyfile(os.path.join(assets, f), os.path.join(out, f))
    katex_src = "/usr/share/javascript/katex"
    kdst = os.path.join(out, "katex")
    if os.path.isdir(kdst):
        shutil.rmtree(kdst)
    os.makedirs(os.path.join(kdst, "fonts"))
    for f in ("katex.min.js", "katex.min.css"):
        shutil.copyfile(os.path.join(katex_src, f), os.path.join(kdst, f))
    fonts = os.path.realpath(os.path.join(katex_src, "fonts"))
    for f in os.listdir(fonts):
        shutil.copyfile(os.path.join(fonts, f), os.path.join(kdst, "fonts", f))


def title_blocks(book, info, preamble):
    """The book's title (first line: <h1>, the rest: subtitle) and author,
    from book.tex; and the title as plain text."""
    title_tex = re.sub(r"\\\\(\[[^\]]*\])?", r" \\\\ ", info["title"])
    tdoc = read_latex(preamble + "\\renewcommand{\\Large}{}\n" + title_tex)
    title = walk_inlines(book, book.pages[0], [x for b in tdoc["blocks"] for x in b["c"]])
    first = []
    for x in title:
        if x["t"] == "LineBreak":
            break
        first.append(x)
    blocks = [{"t": "Header", "c": [1, ["", ["title"], []], first]}]
    subtitle = title[len(first) + 1:]
    while subtitle and subtitle[0]["t"] in ("Space", "SoftBreak"):
        subtitle.pop(0)
    if subtitle:
        blocks.append({"t": "Div", "c": [["", ["subtitle"], []], [{"t": "Para", "c": subtitle}]]})
    if info["author"]:
        for b in read_latex(preamble + info["author"])["blocks"]:
            blocks.append({"t": "Div", "c": [["", ["author"], []], [b]]})
    return blocks, plain_text(first).strip() or "book"


def header(ident, text):
    return {"t": "Header", "c": [1, [ident, [], []], [S(text)]]}


def backmatter(book, order):
    """(name, title, blocks) of the bibliography and the two indexes."""
    pages = []
    if order:
        bl = [header("bibliography", "参考文献"), raw_block('<ol class="bibliography">')]
        for n, key, bbs in order:
            bl.append(raw_block('<li id="cite-%s" value="%d">' % (esc(key), n)))
            bl.extend(bbs)
            bl.append(raw_block("</li>"))
        bl.append(raw_block("</ol>"))
        pages.append(("bibliography", "参考文献", bl))
    pages.append(("chunks", "代码块索引",
                  [header("chunks", "代码块索引"), raw_block("<!--NWPHINDEX chunks-->")]))
    pages.append(("identifiers", "标识符索引",
                  [header("identifiers", "标识符索引"), raw_block("<!--NWPHINDEX identifiers-->")]))
    return pages


def page_blocks(book):
    """All pages' blocks, each page after a marker; a part's page lists its
    chapters, a chapter's starts with its sections, footnotes at its end."""
    out = []
    for i, p in enumerate(book.pages):
        if p.kind == "part":
            items = []
            for q, entry in toc_blocks(book, book.pages[i + 1:]):
                if q.kind == "part":
                    break
                items.append(entry[:1])
            if items:
                p.blocks.append({"t": "BulletList", "c": items})
        out.append(raw_block("<!--NWPHPAGE %s-->" % p.name))
        out.append(p.blocks[0])
        out.extend(page_toc_block(p))
        out.extend(p.blocks[1:])
        if p.notes:
            out.append(raw_block('<section class="footnotes"><ol>'))
            for n, note in enumerate(p.notes, 1):
                out.append(raw_block('<li id="fn-%s-%d">' % (p.name, n)))
                out.extend(note)
                out.append(raw_block('<a href="#fnref-%s-%d" class="fn-back">↩</a></li>'
                                     % (p.name, n)))
            out.append(raw_block("</ol></section>"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--book", default="book", help="folder of book.tex, refs.bib, html/")
    ap.add_argument("nw", nargs="+")
    a = ap.parse_args()
    assets = os.path.join(a.book, "html")
    info = wrapper_info(os.path.join(a.book, "book.tex"))
    with open(os.path.join(assets, "macros.tex"), encoding="utf-8") as f:
        preamble = info["macros"] + "\n" + f.read()

    # 1. noweb; the wrapper's macros, \\ref and \\cite; 2. pandoc reads the prose
    prose, chunks, quotes, chunk_index, ident_index = parse_noweb(noweb_stream(a.nw))
    blocks = Blocks()
    prose, verbatim = mask_verbatim(prose)
    prose = wrapper_macros(prose, blocks)
    refs, cite_list = [], []
    prose = unmask_verbatim(refs_and_cites(prose, refs, cite_list), verbatim)
    doc = read_latex(preamble + "\n\\part{NWPHSENTINEL}\n" + prose)
    book = Book(chunks, quotes, blocks)
    book.cite_list = cite_list
    pending = split_pages(book, doc)
    if pending:
        fail("text before the first \\chapter: %s" % plain_text(pending)[:200])
    if not book.pages:
        fail("no \\chapter in the sources")
    info_blocks, booktitle = title_blocks(book, info, preamble)
    order, bib = bibliography(book, info, a.book)
    specials = backmatter(book, order)

    # 3. every page's HTML in one pandoc run, cut at the markers
    contents = index_page_blocks(book, info_blocks, [(n, t) for n, t, _ in specials])
    doc["blocks"] = page_blocks(book) + [raw_block("<!--NWPHPAGE index-->")] + contents
    for name, _, bl in specials:
        doc["blocks"] += [raw_block("<!--NWPHPAGE %s-->" % name)] + bl
    out_html = pandoc(["-f", "json", "-t", "html5", "--katex", "--wrap=none",
                       "--no-highlight"], json.dumps(doc))
    pieces = re.split(r"<!--NWPHPAGE (\S+)-->", out_html)
    by_name = dict(zip(pieces[1::2], pieces[2::2]))
    for p in book.pages:
        p.html = by_name[p.name]
    number_chunks(book)

    # the placeholders' HTML
    def ref_href(m):
        lab = refs[int(m.group(1))]
        if lab not in book.labels:
            book.unknown.append(("ref", "\\ref{%s}" % lab))
            return '<code class="raw-latex">\\ref{%s}</code>' % esc(lab)
        pg, num = book.labels[lab]
        return '<a href="%s.html#%s" class="ref">%s</a>' % (pg, esc(lab), esc(num or "?"))

    def fill(text):
        text = re.sub(r"<!--NWPHR (\d+)-->", ref_href, text)
        text = re.sub(r"<!--NWPHRT (\d+)-->", lambda m: esc(book.labels.get(refs[int(m.group(1))],
                                                                             ("", "?"))[1]), text)
        text = re.sub(r"<!--NWPHQT (\d+)-->", lambda m: "<code>%s</code>" % esc("".join(
            s[1] for s in quotes[int(m.group(1))] if s[0] in ("text", "id"))), text)
        text = re.sub(r"<!--NWPHC (\d+)-->", lambda m: chunk_html(book, chunks[int(m.group(1))]), text)
        text = re.sub(r"<!--NWPHQ (\d+)-->", lambda m: quote_html(book, quotes[int(m.group(1))]), text)
        text = re.sub(r"<!--NWPHB (\d+)-->",
                      lambda m: block_html(book, blocks.items[int(m.group(1))], a.data), text)
        text = re.sub(r"<!--NWPHK (\d+)-->", lambda m: cite_html(book, bib, *cite_list[int(m.group(1))]), text)
        text = text.replace("<!--NWPHINDEX chunks-->", index_list(book, chunk_index, "chunks"))
        text = text.replace("<!--NWPHINDEX identifiers-->", index_list(book, ident_index, "identifiers"))
        return text

    os.makedirs(a.out, exist_ok=True)
    for f in os.listdir(a.out):
        if f.endswith(".html"):
            os.remove(os.path.join(a.out, f))
    copy_assets(a.out, assets)
    seq = [(p.name, (p.heading + " " + p.title).strip(), p.kind) for p in book.pages]
    seq += [(n, t, "backmatter") for n, t, _ in specials]
    for i, (name, title, kind) in enumerate(seq):
        body = fill(by_name[name])
        prev = seq[i - 1][:2] if i > 0 else None
        nxt = seq[i + 1][:2] if i + 1 < len(seq) else None
        nav = nav_html(prev, nxt)
        with open(os.path.join(a.out, name + ".html"), "w", encoding="utf-8") as f:
            f.write(TEMPLATE.format(title=esc("%s · %s" % (title, booktitle)), kind=kind,
                                    booktitle=esc(booktitle), nav=nav, body=body))
    with open(os.path.join(a.out, "index.html"), "w", encoding="utf-8") as f:
        f.write(TEMPLATE.format(title=esc(booktitle), kind="index", booktitle=esc(booktitle),
                                nav=nav_html(None, seq[0][:2]), body=fill(by_name["index"])))
    for where, tex in book.unknown:
        print("html-weave: warning: LaTeX that the HTML edition cannot show (%s): %s"
              % (where, tex.strip()[:120]), file=sys.stderr)
    print("html-weave: %d pages, %d chunks, %d citations -> %s" % (
        len(seq) + 1, len(chunks), len(book.cites), a.out))


if __name__ == "__main__":
    main()
