import fc from 'fast-check';

/** Deterministic pseudo-random words so the big inputs are the same on every run. */
function* words(seed: number, pool: string[]): Generator<string> {
  let x = seed >>> 0 || 1;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield pool[(x >>> 0) % pool.length];
  }
}

function fill(size: number, gen: Generator<string>, sep = ' '): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const w = gen.next().value as string;
    parts.push(w);
    n += w.length + sep.length;
  }
  return parts.join(sep).slice(0, size);
}

const PROSE = ['the', 'President', 'Vladimir', 'Putin', 'said', 'on', 'Tuesday', 'that', '40', 'people', 'died', 'in', 'Kherson', 'last', 'month.', 'Mr', 'Smith,', 'was', 'not', 'there', '"quoted"', 'March', '12,', '2023', 'at', 'least', '1,200', 'troops', 'U.S.', 'the', 'third', 'visit.'];
const CAPITALS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa'];

/** Named, sized inputs built to stress one part of the engine each (sizes in UTF-16 units). */
export function adversarialTexts(scale = 1): { name: string; text: string }[] {
  const mb = Math.round(1_000_000 * scale);
  return [
    { name: 'prose without line breaks', text: fill(mb, words(1, PROSE)) },
    { name: '100,000 capitalised words', text: fill(Math.round(100_000 * scale) * 7, words(2, CAPITALS)) },
    { name: 'one very long name', text: `${Array.from({ length: Math.round(20_000 * scale) }, (_, i) => CAPITALS[i % CAPITALS.length]).join(' ')} visited Paris.` },
    { name: 'one hyphenated 100 KB word', text: `Mr ${'Ab-'.repeat(Math.round(33_000 * scale))}Cd said so.` },
    { name: 'a sentence only of numbers', text: fill(Math.round(200_000 * scale), words(3, ['1', '22', '333', '4,444', '5.5', '66%', '7th', '1999', '2023', '-8', '10,000,000'])) },
    { name: 'deeply nested quotes', text: `${'"‘“'.repeat(Math.round(20_000 * scale))}Mr Putin said${'”’"'.repeat(Math.round(20_000 * scale))}.` },
    { name: 'periods only', text: '. '.repeat(Math.round(200_000 * scale)) },
    { name: 'letters then bracket then period', text: `${'a'.repeat(Math.round(200_000 * scale))}). Then Paris.` },
    { name: 'abbreviations without end', text: 'Mr. Dr. St. U.S. '.repeat(Math.round(20_000 * scale)) },
    { name: 'dates everywhere', text: fill(Math.round(200_000 * scale), words(4, ['on', 'Tuesday', 'March', '3', '2023', 'last', 'week', 'next', 'year', 'in', 'May', 'spring', 'yesterday'])) },
    { name: 'empty lines', text: '\n'.repeat(Math.round(100_000 * scale)) + 'Paris.' },
    { name: 'CR only line endings', text: 'Angela Merkel met Emmanuel Macron.\r'.repeat(Math.round(5_000 * scale)) },
    { name: 'astral and combining characters', text: '𝐀𝐁𝐂 José\u0301 Ramos 😀👩‍👩‍👧 met \u202eAhmed\u202c in مرحبا. '.repeat(Math.round(5_000 * scale)) },
    { name: 'lone surrogates', text: 'Angela \ud800Merkel met \udc00Macron in Paris.\n'.repeat(Math.round(2_000 * scale)) },
  ];
}

/** Small random documents: mixtures of prose-like tokens and arbitrary Unicode. */
export function randomDocument(): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PROSE, ...CAPITALS) },
    { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\n', '\r\n', '\n\n', '\t', '. ', ', ', '"', '“', '”', '’s', '(', ')', '-', '—') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 100_000_000 }).map(String) },
  );
  return fc.array(token, { maxLength: 120 }).map((t) => t.join(' '));
}

/**
 * Short units that, repeated into one file, once made the time grow faster than the size (issue 16):
 * each stresses one scanner that read on past its window (a date per clause in a run-on sentence,
 * a word that never ends, punctuation with no word in it).
 */
export const SCALING_PATTERNS: readonly { name: string; unit: string }[] = [
  { name: 'a date in every clause', unit: 'on Monday, March 3, 2020, ' },
  { name: 'decimals without spaces', unit: '1.2' },
  { name: 'combining accents', unit: 'e\u0301' },
  { name: 'curly quotes only', unit: '“' },
  { name: 'curly-quoted speech', unit: '“Yes,” he said. ‘No’ ' },
  { name: 'initials without spaces', unit: 'U.' },
  { name: 'emoji before a name', unit: '😀Angela Merkel ' },
  { name: 'emoji glued to names', unit: '😀Merkel' },
  { name: 'a denial in every clause', unit: 'Berg did not say that 40 people died on Monday, ' },
];

/** `unit` repeated to exactly `size` UTF-16 units (one astral character fewer rather than half of one). */
export function repeatTo(unit: string, size: number): string {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/** Each scaling pattern at `size` units, then normal news of the same size (cut from `news`, repeated if shorter). */
export function scalingTexts(size: number, news: string): { name: string; text: string; normal: boolean }[] {
  return [
    ...SCALING_PATTERNS.map((p) => ({ name: p.name, text: repeatTo(p.unit, size), normal: false })),
    { name: 'normal news', text: repeatTo(news, size), normal: true },
  ];
}
