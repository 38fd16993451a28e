// Search benchmark's client: queries nobody tuned the search for. It reads a sample of the loaded bulletins
// through the API, draws queries from them at random with a fixed seed — single words, neighbouring pairs and
// triples, authors' names, numbers, the glossary's abbreviations, and words that match nothing — half with their
// tone marks and half without, then sends one search after another (one connection) with a random sort, page
// 1–5 and size 20 or 100, and prints the latency percentiles per sort.
// Usage: node bench/search-random.mjs BASE_URL [seconds, default 30] [seed, default 20240710]
const [base, secondsArg = '30', seedArg = '20240710'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/search-random.mjs BASE_URL [seconds] [seed]');
  process.exit(2);
}
const seconds = Number(secondsArg);

// mulberry32: small, fast and the same on every machine for one seed.
let state = Number(seedArg) >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

async function get(path) {
  const response = await fetch(base + path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

// --- the corpus sample -------------------------------------------------------------------------------------
const first = await get('/api/v1/articles?size=100&sort=newest');
const pages = Math.max(1, Math.ceil(first.totalItems / 100));
const texts = [];
for (let i = 0; i < 20; i++) {
  const page = await get(`/api/v1/articles?size=100&sort=newest&page=${1 + Math.floor(random() * pages)}`);
  for (const article of page.items) texts.push(article.title, article.summary ?? '');
}
const slugs = (await get(`/api/v1/articles?size=100&sort=oldest&page=${1 + Math.floor(random() * pages)}`))
  .items.map((a) => a.slug);
for (let i = 0; i < 10 && slugs.length; i++) {
  const article = await get(`/api/v1/articles/${pick(slugs)}`);
  texts.push(article.bodyHtml.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' '));
}
const authors = (await get('/api/v1/authors')).map((a) => a.name);
const abbreviations = (await get('/api/v1/glossary')).map((g) => g.term);

const words = texts.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
const runsOf = (n) => {
  const text = pick(texts).split(/\s+/).filter(Boolean);
  const start = Math.floor(random() * Math.max(1, text.length - n));
  return text.slice(start, start + n).join(' ');
};
const numbers = words.filter((w) => /\d/.test(w));
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const nonsense = () => Array.from({ length: 2 + Math.floor(random() * 4) },
  () => 'bcdghklmnpqrstvx'[Math.floor(random() * 16)] + 'aeiouy'[Math.floor(random() * 6)]).join('') + 'zq';

const kinds = {
  word: () => pick(words),
  pair: () => runsOf(2),
  triple: () => runsOf(3),
  name: () => pick(authors),
  number: () => (numbers.length ? pick(numbers) : String(2020 + Math.floor(random() * 6))),
  abbreviation: () => pick(abbreviations),
  'no match': () => nonsense(),
};
const queries = [];
for (let i = 0; i < 500; i++) {
  const kind = pick(Object.keys(kinds));
  const text = kinds[kind]().trim();
  if (text) queries.push(random() < 0.5 ? text : fold(text));
}

// --- the run -----------------------------------------------------------------------------------------------
const sorts = ['relevance', 'newest', 'oldest', 'most-viewed'];
const latencies = Object.fromEntries(sorts.map((s) => [s, []]));
let errors = 0;
const slowest = []; // SLOWEST=n prints the n slowest requests
async function search() {
  const sort = pick(sorts);
  const params = new URLSearchParams({ q: pick(queries), sort, page: String(1 + Math.floor(random() * 5)),
    size: pick(['20', '100']) }); // search.sh runs the app with its read cache off
  const started = process.hrtime.bigint();
  const response = await fetch(`${base}/api/v1/articles?${params}`);
  await response.arrayBuffer();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.status !== 200) errors++;
  if (process.env.SLOWEST) slowest.push([ms, params.toString()]);
  return [sort, ms];
}
for (const end = Date.now() + 5000; Date.now() < end;) await search(); // warm-up
for (const end = Date.now() + seconds * 1000; Date.now() < end;) {
  const [sort, ms] = await search();
  latencies[sort].push(ms);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const all = sorts.flatMap((s) => latencies[s]);
for (const [name, list] of [...sorts.map((s) => [s, latencies[s]]), ['all', all]]) {
  const sorted = [...list].sort((a, b) => a - b);
  const f = (p) => (sorted.length ? percentile(sorted, p).toFixed(1) : '-');
  console.log(`SORT ${name} SEARCHES ${sorted.length} P50 ${f(50)} P95 ${f(95)} P99 ${f(99)} MAX ${f(100)}`);
}
if (process.env.SLOWEST) {
  slowest.sort((a, b) => b[0] - a[0]).slice(0, Number(process.env.SLOWEST))
    .forEach(([ms, query]) => console.log(`SLOW ${ms.toFixed(1)} ms ${decodeURIComponent(query)}`));
}
console.log(`ERRORS ${errors}; ${queries.length} queries drawn, e.g. ${queries.slice(0, 8).map((q) => `«${q}»`).join(', ')}`);
