/**
 * Each story's disagreements, the verdicts given on them and its draft's Source Check → one Markdown
 * report, and why: editors hand a review on (or file it) as a document that reads on its own. Shared by
 * the editor's "Show Contradictions Report" and `source-xref check --format markdown`, so both say the
 * same. Each disagreement appears once, with both sentences quoted (the disputed words in bold), each
 * source named by its label and linked to the line; the caller decides what a link points at.
 */
import { countOf } from './plural';
import { draftSummary, type DraftCheck, type DraftSentence } from '../conflicts/draftCheck';
import type { Disagreement, DisagreementSide } from '../conflicts/disagreements';
import type { Verdict } from '../conflicts/verdicts';
import { shorten } from '../mentions/sourceLabel';
import { fileNameOf } from '../text/fileName';

export interface ReportStory {
  /** The story folder as a reader knows it (`seeds`). */
  name: string;
  disagreements: readonly Disagreement[];
  verdictOn(d: Disagreement): Verdict | undefined;
  /** The source's label (`sourceLabelOf`). */
  labelOf(file: string): string;
  /** 1-based line of an offset in `file`, when known. */
  lineOf(file: string, offset: number): number | undefined;
  draft?: DraftCheck;
}

export interface ReportOptions {
  /** The confidence threshold the disagreements were filtered with (said in the report). */
  minConfidence: number;
  /** Link target for a line of a file (a URI or relative path); undefined for no link. */
  linkOf(file: string, line: number | undefined): string | undefined;
  generatedAt?: Date;
  /** Most sentences listed per Source Check group; the rest are counted. */
  maxListed?: number;
}

const VERDICT_WORDS: Record<Verdict['verdict'], string> = { accepted: 'Accepted', sideRight: 'Resolved', note: 'Note' };

export function markdownReport(stories: readonly ReportStory[], options: ReportOptions): string {
  const all = stories.flatMap((s) => s.disagreements.map((d) => ({ d, v: s.verdictOn(d) })));
  const closed = all.filter(({ v }) => v && v.verdict !== 'note').length;
  const when = (options.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const out: string[] = [
    '# Source Xref: contradictions report',
    '',
    `${countOf(all.length, 'disagreement')} (${all.length - closed} open, ${closed} with a verdict) · confidence ≥ ${options.minConfidence.toFixed(2)} · generated ${when} UTC`,
    '',
  ];
  for (const story of stories) {
    if (!story.disagreements.length && !story.draft) continue;
    out.push(`## ${escapeMd(story.name || '(workspace folder)')}`, '');
    if (story.draft) out.push(...draftSection(story, story.draft, options));
    if (story.disagreements.length) {
      out.push('### Disagreements', '');
      story.disagreements.forEach((d, i) => out.push(...disagreementSection(story, d, i + 1, options)));
    }
  }
  if (all.length === 0) out.push('No disagreements between the indexed sources at this confidence.', '');
  return out.join('\n');
}

function draftSection(story: ReportStory, draft: DraftCheck, options: ReportOptions): string[] {
  const out = [`### Source Check of the draft: ${sourceLink(story, draft.file, undefined, options)}`, '', draftSummary(draft.counts), ''];
  const max = options.maxListed ?? 50;
  const group = (title: string, list: DraftSentence[], detail: (s: DraftSentence) => string[]) => {
    if (!list.length) return;
    out.push(`#### ${title} (${list.length})`, '');
    for (const s of list.slice(0, max)) {
      out.push(`- ${lineLink(story, s.file, s.start, options)}: ${escapeMd(shorten(flat(s.text), MAX_QUOTE))}`, ...detail(s));
    }
    if (list.length > max) out.push(`- … and ${list.length - max} more`);
    out.push('');
  };
  const disputed = draft.sentences.filter((s) => s.verdict === 'disputed' || s.verdict === 'resolved');
  group('Disputed', disputed, (s) =>
    s.disagreements.flatMap((d) => {
      const other = d.sides.find((x) => x.file !== s.file) ?? d.sides[1];
      const v = story.verdictOn(d);
      return [`  - ${story.labelOf(other.file) === fileNameOf(other.file) ? '' : `${escapeMd(story.labelOf(other.file))} `}says: ${quoteSide(other)} (${lineLink(story, other.file, other.start, options)})${v ? ` · ${VERDICT_WORDS[v.verdict].toLowerCase()}: ${escapeMd(v.reason)}` : ''}`];
    }),
  );
  group('Not in any source', draft.sentences.filter((s) => s.verdict === 'notFound'), () => []);
  group('Supported', draft.sentences.filter((s) => s.verdict === 'supported'), (s) => (s.supportedBy.length ? [`  - by ${s.supportedBy.map((r) => sourceLink(story, r.file, r.start, options)).join(', ')}`] : []));
  return out;
}

function disagreementSection(story: ReportStory, d: Disagreement, n: number, options: ReportOptions): string[] {
  const v = story.verdictOn(d);
  const state = !v ? 'open' : v.verdict === 'note' ? 'open, with a note' : VERDICT_WORDS[v.verdict].toLowerCase();
  const out = [`#### ${n}. ${d.kind} · \`${d.code}\` · confidence ${d.confidence.toFixed(2)} · ${state}`, '', escapeMd(d.message), ''];
  for (const side of d.sides) out.push(`- ${sourceLink(story, side.file, side.start, options)}`, `  > ${quoteSide(side)}`);
  out.push('');
  if (v) {
    const right = v.verdict === 'sideRight' && v.right ? ` ${escapeMd(labelByName(story, d, v.right))} is right.` : '';
    const by = [v.author && `by ${escapeMd(v.author)}`, v.at && `on ${v.at.slice(0, 10)}`].filter(Boolean).join(' ');
    out.push(`**${VERDICT_WORDS[v.verdict]}**${by ? ` ${by}` : ''}:${right} ${escapeMd(v.reason) || '(no reason given)'}`, '');
  }
  return out;
}

/** `[Label](link) (file.txt, line 12)`. */
function sourceLink(story: ReportStory, file: string, offset: number | undefined, options: ReportOptions): string {
  const line = offset === undefined ? undefined : story.lineOf(file, offset);
  const label = story.labelOf(file);
  const name = fileNameOf(file);
  const target = options.linkOf(file, line);
  const where = `${label === name ? '' : `${escapeMd(name)}, `}${line ? `line ${line}` : ''}`.replace(/, $/, '');
  const text = target ? `[${escapeMd(label)}](<${target}>)` : `**${escapeMd(label)}**`;
  return where ? `${text} (${where})` : text;
}

function lineLink(story: ReportStory, file: string, offset: number, options: ReportOptions): string {
  const line = story.lineOf(file, offset);
  const target = options.linkOf(file, line);
  const text = line ? `line ${line}` : escapeMd(fileNameOf(file));
  return target ? `[${text}](<${target}>)` : text;
}

function labelByName(story: ReportStory, d: Disagreement, name: string): string {
  const side = d.sides.find((s) => fileNameOf(s.file) === name);
  return side ? story.labelOf(side.file) : name;
}

/** Quotes longer than this are cut to a window around the disputed words. */
const MAX_QUOTE = 600;

/** The sentence around the side, the disputed words in bold (a window of it when the sentence is very long). */
function quoteSide(side: DisagreementSide): string {
  let s = side.sentence;
  if (s.text.length > MAX_QUOTE) {
    let from = Math.max(s.start, Math.min(side.start, side.end - MAX_QUOTE / 2) - MAX_QUOTE / 4);
    let to = Math.min(s.end, from + MAX_QUOTE);
    // Cut at spaces, never inside a word (nor inside the disputed words).
    const before = s.text.lastIndexOf(' ', to - s.start);
    if (to < s.end && s.start + before >= side.end) to = s.start + before;
    const after = s.text.indexOf(' ', from - s.start);
    if (from > s.start && after >= 0 && s.start + after < side.start) from = s.start + after + 1;
    s = { ...s, start: from, end: to, text: s.text.slice(from - s.start, to - s.start) };
    const inner = quoteSide({ ...side, start: Math.max(side.start, from), end: Math.min(side.end, to), sentence: s });
    return `${from > side.sentence.start ? '… ' : ''}${inner}${to < side.sentence.end ? ' …' : ''}`;
  }
  const from = Math.max(side.start, s.start) - s.start;
  const to = Math.min(side.end, s.end) - s.start;
  const whole = from <= 0 && to >= s.text.length;
  if (whole || to <= from) return escapeMd(flat(s.text));
  const middle = flat(s.text.slice(from, to));
  const core = middle.trim();
  if (!core) return escapeMd(flat(s.text));
  const lead = middle.slice(0, middle.indexOf(core));
  const trail = middle.slice(lead.length + core.length);
  return `${escapeMd(flat(s.text.slice(0, from)))}${lead}**${escapeMd(core)}**${trail}${escapeMd(flat(s.text.slice(to)))}`;
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}


/**
 * Escapes what Markdown would read as markup in quoted text, and nothing else: `_` only where it could
 * start or end emphasis (not inside `000_a4f6.txt`), `#` and list markers only at the start.
 */
export function escapeMd(s: string): string {
  return s
    .replace(/[\\`*[\]<>]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'))
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/, '$1\\$2');
}
