import html, os
# Writes each page and its gold (the paragraphs a reader should get, one a line) into bench/shapes/.
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
os.makedirs(OUT, exist_ok=True)
import zlib
def hid(s): return zlib.crc32(s.encode()) % 9999
def esc(s): return html.escape(s, quote=False)
def head(title, extra=""):
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | The Site</title>
<meta property="og:title" content="{html.escape(title)}"><meta name="viewport" content="width=device-width">
<script>window.dataLayer=[];</script>{extra}</head>"""
NAV = """<header class="site-header"><div class="logo"><a href="/">The Site</a></div><nav class="main-nav"><ul>
<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>"""
FOOT = """<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/privacy">Privacy policy</a></li></ul><p>&copy; 2019 The Site Media Group. All rights reserved.</p></footer>"""
def write(name, title, body_html, gold, extra_head=""):
    page = head(title, extra_head) + "<body>" + body_html + "</body></html>"
    open(f"{OUT}/{name}.html", "w").write(page)
    open(f"{OUT}/{name}.gold", "w").write("\n".join(gold))
def ps(paras, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{esc(p)}</p>" for p in paras)
