import * as vscode from 'vscode';
import { fileNameOf, type CorpusIndex, type DocumentView, type Entity, type Mention, type SentenceSupport, type Span, type TimeExpression } from '../core';
import { escapeMd } from './reportMarkdown';
import { offsetIn, openLocationCommandUri, rangeOf, SOURCE_SELECTOR } from './locations';
import type { Settings } from './settings';
import type { WorkspaceIndexer } from './workspaceIndexer';

const MAX_SOURCES = 8;
const MAX_SENTENCES_PER_SOURCE = 3;
const SNIPPET_CHARS = 160;

/**
 * One hover card for the name or date under the cursor: what it is, what every source (this one
 * first) says about it, whether the others agree, and a relative date's resolved value.
 * Everything comes from the index's text, never from opening files.
 */
export function registerHover(indexer: WorkspaceIndexer, settings: Settings): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SOURCE_SELECTOR, {
    provideHover(doc, position, token) {
      if (!settings.hoverEnabled) return undefined;
      const file = doc.uri.toString();
      const index = indexer.corpus.indexFor(file);
      if (!index?.has(file)) return undefined;
      const offset = offsetIn(indexer.corpus, doc, position);
      const hit = index.mentionAt(file, offset);
      const analysis = index.document(file);
      const time = analysis?.times.find((t) => t.start <= offset && offset <= t.end);
      if (!hit && !time) return undefined;
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = { enabledCommands: ['sourceXref.openLocation'] };
      md.supportHtml = false;
      const parts: string[] = [];
      if (hit) parts.push(entityCard(index, hit.entity, file, () => token.isCancellationRequested));
      if (time && analysis) parts.push(timeCard(time, analysis));
      md.appendMarkdown(parts.join('\n\n---\n\n'));
      const span: Span = hit ? hit.mention : time!;
      return new vscode.Hover(md, rangeOf(indexer.corpus, file, span));
    },
  });
}

function entityCard(index: CorpusIndex, entity: Entity, currentFile: string, cancelled: () => boolean): string {
  const lines: string[] = [`**${escapeMd(entity.name)}** · ${entity.type}`];
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const facts: string[] = [];
  if (aliases.length) facts.push(`also *${aliases.slice(0, 6).map(escapeMd).join('*, *')}*`);
  const descriptors = usefulDescriptors(entity.descriptors);
  if (descriptors.length) facts.push(descriptors.slice(0, 4).map(escapeMd).join(', '));
  if (facts.length) lines.push(facts.join(' · '));

  const byFile = new Map<string, Mention[]>();
  for (const m of entity.mentions) byFile.set(m.file, [...(byFile.get(m.file) ?? []), m]);
  const files = [...byFile.keys()].sort((a, b) => (a === currentFile ? -1 : b === currentFile ? 1 : a < b ? -1 : 1));
  lines.push(`${entity.mentions.length} mention${plural(entity.mentions.length)} in ${files.length} source${plural(files.length)}`);

  const claims = index.claimsAbout(entity.id);
  for (const file of files.slice(0, MAX_SOURCES)) {
    if (cancelled()) break;
    const doc = index.document(file);
    const mentions = byFile.get(file)!;
    if (!doc) continue;
    const support = new Map<number, SentenceSupport>(index.supportFor(file).map((s) => [s.sentence, s]));
    const label = file === currentFile ? `this source (${escapeMd(fileNameOf(file))})` : escapeMd(fileNameOf(file));
    const first = mentions[0];
    lines.push(`[**${label}**](${openLocationCommandUri({ file, start: first.start, end: first.end, beside: file !== currentFile })}) · ${mentions.length} mention${plural(mentions.length)}`);
    const seen = new Set<number>();
    // Sources often repeat a headline or caption verbatim: show each wording once.
    const seenText = new Set<string>();
    const bullets: string[] = [];
    const addSentence = (sentence: number, focus: Span) => {
      if (seen.has(sentence) || bullets.length >= MAX_SENTENCES_PER_SOURCE) return;
      seen.add(sentence);
      const s = sentenceSpan(doc, sentence, focus.start);
      if (!s) return;
      const wording = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      if (seenText.has(wording)) return;
      seenText.add(wording);
      const open = openLocationCommandUri({ file, start: focus.start, end: focus.end, beside: file !== currentFile });
      bullets.push(`- ${mark(support.get(sentence))}${snippet(doc.text, s, focus)} [↗](${open} "Open at this sentence")`);
    };
    for (const m of mentions) addSentence(m.sentence, m);
    for (const c of claims) if (c.file === file) addSentence(c.sentence, c.eventSpan ?? c);
    const more = new Set(mentions.map((m) => m.sentence).filter((n) => !seen.has(n))).size;
    if (more > 0) bullets.push(`- … ${more} more`);
    lines.push(bullets.join('\n'));
  }
  if (files.length > MAX_SOURCES) lines.push(`… and ${files.length - MAX_SOURCES} more sources (Go to References lists all)`);
  return lines.join('\n\n');
}

/** Case-insensitive dedupe; drops honorifics and words already inside a longer descriptor (`President` in `Russian President`). */
function usefulDescriptors(all: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const d of all) if (!HONORIFIC.test(d) && !byKey.has(d.toLowerCase())) byKey.set(d.toLowerCase(), d);
  const keys = [...byKey.keys()];
  return [...byKey].filter(([k]) => !keys.some((o) => o !== k && o.endsWith(` ${k}`))).map(([, d]) => d);
}

const HONORIFIC = /^(mr|mrs|ms|miss|mx|sir|madam)\.?$/i;

/** ✓ agreed by another source, ✗ disputed by one; nothing when the engine has no opinion. */
function mark(s: SentenceSupport | undefined): string {
  if (!s) return '';
  const sources = (refs: { file: string }[]) => new Set(refs.map((r) => r.file)).size;
  if (s.contradictedBy.length) return `✗ *disputed by ${sources(s.contradictedBy)}* · `;
  if (s.supportedBy.length) return `✓ *${sources(s.supportedBy)} agree* · `;
  return '';
}

function timeCard(t: TimeExpression, doc: DocumentView): string {
  const head = `\`${escapeMd(t.text)}\` → **${escapeMd(t.label)}**`;
  const range = t.from === t.to ? t.from : `${t.from} – ${t.to}`;
  if (!t.relative) return `${head} (${range})`;
  const anchor = doc.date.date ? `from the document date ${doc.date.date} (${doc.date.source})` : 'no document date found';
  return `${head} (${range}) · ${anchor}`;
}

function sentenceSpan(doc: DocumentView, sentence: number, offset: number): Span | undefined {
  const byIndex = doc.sentences[sentence];
  if (byIndex && byIndex.start <= offset && offset <= byIndex.end) return byIndex;
  return doc.sentences.find((s) => s.start <= offset && offset <= s.end);
}

/** The sentence, trimmed around the focus when long, the focus in bold. */
function snippet(text: string, s: Span, focus: Span): string {
  let from = s.start;
  let to = s.end;
  if (to - from > SNIPPET_CHARS) {
    const half = Math.floor((SNIPPET_CHARS - (focus.end - focus.start)) / 2);
    from = Math.max(s.start, focus.start - half);
    to = Math.min(s.end, Math.max(focus.end + half, from + SNIPPET_CHARS));
  }
  const clean = (a: number, b: number) => escapeMd(text.slice(a, b).replace(/\s+/g, ' '));
  const inside = focus.start >= from && focus.end <= to && focus.end > focus.start;
  const body = inside ? `${clean(from, focus.start)}**${clean(focus.start, focus.end)}**${clean(focus.end, to)}` : clean(from, to);
  return `${from > s.start ? '…' : ''}${body.trim()}${to < s.end ? '…' : ''}`;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
