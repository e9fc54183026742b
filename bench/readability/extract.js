// Reads JSON lines {id, url, html} on stdin and writes JSON lines {id, text, title, ms} on stdout:
// what Mozilla Readability makes of each page, and how long parsing plus extraction took.
// One page at a time on one thread, so the timing is comparable with Storyline's single-core run.
const readline = require('readline');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const quiet = new VirtualConsole();
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (!line.trim()) return;
  const page = JSON.parse(line);
  const start = process.hrtime.bigint();
  let text = '';
  let title = '';
  try {
    const dom = new JSDOM(page.html, { url: page.url || 'http://localhost/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article) {
      text = article.textContent || '';
      title = article.title || '';
    }
    dom.window.close();
  } catch (e) {
    text = '';
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ id: page.id, text, title, ms }) + '\n');
});
