import * as vscode from 'vscode';
import { countOf, fileNameOf, sourceLabelOf, WEEKDAYS, type CorpusIndex, type DocumentView, type Entity, type Mention, type Quantity, type Span, type TimeExpression } from '../core';
import { agreementText, distinctLabels, escapeHoverText, escapeLinkTitle, nameList, sentenceSnippet, type NamedSource } from './hoverText';
import { offsetIn, openLocationCommandUri, rangeOf, SOURCE_SELECTOR } from './locations';
import { SHOW_ALL_MENTIONS, showAllMentionsCommandUri } from './references';
import type { Settings } from './settings';
import { SET_SOURCE_DATE } from './sourceDate';
import type { WorkspaceIndexer } from './workspaceIndexer';

/** Other sources listed in a card, one line each; the rest are behind the `…` link. */
const MAX_SOURCES = 6;
/** The hovered sentence's snippet; other sources get a shorter one so each stays on one line. */
const CURRENT_SNIPPET_CHARS = 140;
const OTHER_SNIPPET_CHARS = 48;
/** Words that are relative dates on their own: what the engine leaves unresolved in an undated source. */
const RELATIVE_DAY_WORDS = new Set<string>([...WEEKDAYS, 'yesterday', 'today', 'tomorrow', 'tonight']);
const ENABLED_COMMANDS = ['sourceXref.openLocation', SHOW_ALL_MENTIONS, SET_SOURCE_DATE];

/**
 * One hover card for the name, number or date under the cursor: the hovered sentence first with which
 * sources support or dispute it, then one line per other source (its label, how often it names the thing),
 * and a `…` link to all mentions in the References peek. A number says what it counts and what the other
 * sources give for the same thing; a weekday in an undated source says why it is not resolved.
 * Everything comes from the index's text, never from opening files; all source text is escaped.
 */
export function registerHover(indexer: WorkspaceIndexer, settings: Settings): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SOURCE_SELECTOR, {
    provideHover(doc, position, token) {
      if (!settings.hoverEnabled) return undefined;
      const file = doc.uri.toString();
      const index = indexer.corpus.indexFor(file);
      const analysis = index?.document(file);
      if (!index || !analysis) return undefined;
      const offset = offsetIn(indexer.corpus, doc, position);
      const hit = index.mentionAt(file, offset);
      const time = analysis.times.find((t) => t.start <= offset && offset <= t.end);
      const quantity = analysis.quantities.find((q) => q.start <= offset && offset <= q.end);
      const parts: string[] = [];
      let span: Span | undefined;
      if (hit && !(quantity && hit.entity.type === 'number')) {
        parts.push(entityCard(index, hit.entity, hit.mention, analysis, () => token.isCancellationRequested));
        span = hit.mention;
      }
      if (quantity) {
        parts.push(numberCard(index, quantity, analysis));
        span ??= quantity;
      }
      if (time) {
        parts.push(timeCard(time, analysis));
        span ??= time;
      }
      let range = span && rangeOf(indexer.corpus, file, span);
      if (!parts.length) {
        const unresolved = unresolvedDateCard(doc, position, analysis);
        if (!unresolved) return undefined;
        parts.push(unresolved.markdown);
        range = unresolved.range;
      }
      const md = new vscode.MarkdownString(parts.join('\n\n---\n\n'), false);
      md.isTrusted = { enabledCommands: ENABLED_COMMANDS };
      md.supportHtml = false;
      return new vscode.Hover(md, range);
    },
  });
}

/** A source's label (visible) and file name (tooltip). */
function named(index: CorpusIndex, file: string): NamedSource {
  const doc = index.document(file);
  return { label: doc ? sourceLabelOf(doc).label : fileNameOf(file), fileName: fileNameOf(file) };
}

/** `[Label](open at span "file name")`. */
function sourceLink(source: NamedSource, at: Span & { file: string }): string {
  const open = openLocationCommandUri({ file: at.file, start: at.start, end: at.end, beside: true });
  return `[${escapeHoverText(source.label)}](${open} "${escapeLinkTitle(source.fileName)}")`;
}

function entityCard(index: CorpusIndex, entity: Entity, hovered: Mention, doc: DocumentView, cancelled: () => boolean): string {
  const currentFile = hovered.file;
  const byFile = new Map<string, Mention[]>();
  for (const m of entity.mentions) {
    const list = byFile.get(m.file);
    if (list) list.push(m);
    else byFile.set(m.file, [m]);
  }
  const head = [`**${escapeHoverText(entity.name)}** · ${entity.type} · ${countOf(entity.mentions.length, 'mention')} in ${countOf(byFile.size, 'source')}`];
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const descriptors = usefulDescriptors(entity.descriptors);
  const facts: string[] = [];
  if (aliases.length) facts.push(`also ${aliases.slice(0, 4).map((a) => `*${escapeHoverText(a)}*`).join(', ')}`);
  if (descriptors.length) facts.push(descriptors.slice(0, 3).map(escapeHoverText).join(', '));
  const lines = [head.concat(facts).join(' · ')];

  lines.push(currentSentenceLine(index, doc, hovered.sentence, hovered));

  const others = [...byFile.keys()].filter((f) => f !== currentFile);
  const labels = distinctLabels(others.map((f) => named(index, f)));
  const bullets: string[] = [];
  others.slice(0, MAX_SOURCES).forEach((file, i) => {
    if (cancelled()) return;
    const mentions = byFile.get(file)!;
    const first = mentions[0];
    const other = index.document(file);
    const s = other && sentenceOf(other, first.sentence, first.start);
    const quote = other && s ? ` — ${sentenceSnippet(other.text, s, first, OTHER_SNIPPET_CHARS)}` : '';
    bullets.push(`- ${sourceLink(labels[i], first)} · ${countOf(mentions.length, 'mention')}${quote}`);
  });
  if (bullets.length) lines.push(bullets.join('\n'));
  const moreSources = others.length - Math.min(others.length, MAX_SOURCES);
  const see = moreSources > 0 ? `… ${countOf(moreSources, 'more source')}, all ${countOf(entity.mentions.length, 'mention')}` : `… all ${countOf(entity.mentions.length, 'mention')}`;
  lines.push(`[${see}](${showAllMentionsCommandUri({ file: currentFile, start: hovered.start, end: hovered.end })} "Show every mention in the References peek")`);
  return lines.join('\n\n');
}

/** `This source: “…snippet…” ✓ supported by A, B`: the hovered sentence and which other sources back it or dispute it. */
function currentSentenceLine(index: CorpusIndex, doc: DocumentView, sentence: number, focus: Span): string {
  const s = sentenceOf(doc, sentence, focus.start);
  const quote = s ? sentenceSnippet(doc.text, s, focus, CURRENT_SNIPPET_CHARS) : escapeHoverText(doc.text.slice(focus.start, focus.end));
  const support = index.supportFor(doc.file).find((x) => x.sentence === sentence);
  const filesOf = (refs: { file: string }[]) => distinctLabels([...new Set(refs.map((r) => r.file))].map((f) => named(index, f)));
  const agreement = support ? agreementText(filesOf(support.supportedBy), filesOf(support.contradictedBy)) : '';
  return `*This source:* ${quote}${agreement ? `  \n${agreement}` : ''}`;
}

/**
 * What a number counts (the head noun the engine read, e.g. `troop`) and what the other sources of the
 * folder give for the same noun, one line per source.
 */
function numberCard(index: CorpusIndex, q: Quantity, doc: DocumentView): string {
  const noun = q.unit ? escapeHoverText(nounAsWritten(q)) : '';
  const what = q.unit ? ` · counts *${noun}*` : '';
  const lines = [`**${escapeHoverText(q.text)}** · number${what}${q.vague ? ' · approximate' : ''}`];
  lines.push(currentSentenceLine(index, doc, q.sentence, q));
  if (!q.unit) {
    lines.push('No counted noun found next to it, so it is not compared with other sources.');
    return lines.join('\n\n');
  }
  const same: { file: string; quantities: Quantity[] }[] = [];
  for (const other of index.documents()) {
    if (other.file === doc.file) continue;
    const found = other.quantities.filter((x) => x.unit === q.unit);
    if (found.length) same.push({ file: other.file, quantities: found });
  }
  if (!same.length) {
    lines.push(`No other source in this folder gives a number of *${noun}*.`);
    return lines.join('\n\n');
  }
  const labels = distinctLabels(same.map((x) => named(index, x.file)));
  const bullets = same.slice(0, MAX_SOURCES).map((x, i) => {
    const values = x.quantities.slice(0, 3).map((v) => `**${escapeHoverText(v.text)}**`);
    const more = x.quantities.length > 3 ? ` and ${x.quantities.length - 3} more` : '';
    return `- ${sourceLink(labels[i], { file: x.file, start: x.quantities[0].start, end: x.quantities[0].end })}: ${values.join(', ')}${more}`;
  });
  if (same.length > MAX_SOURCES) bullets.push(`- and ${nameList(labels.slice(MAX_SOURCES), 3)}`);
  lines.push(`Other sources on *${noun}*:\n${bullets.join('\n')}`);
  return lines.join('\n\n');
}

/** The counted noun as the source wrote it (`troops` for the lemma `troop`), else the lemma. */
function nounAsWritten(q: Quantity): string {
  const unit = q.unit ?? '';
  const last = /[\p{L}-]+$/u.exec(q.text)?.[0] ?? '';
  return last.toLowerCase().startsWith(unit.slice(0, Math.max(1, unit.length - 1))) ? last : unit;
}

function timeCard(t: TimeExpression, doc: DocumentView): string {
  const head = `${escapeHoverText(t.text)} → **${escapeHoverText(t.label)}**`;
  const range = t.from === t.to ? t.from : `${t.from} – ${t.to}`;
  if (!t.relative) return `${head} (${range})`;
  const anchor = doc.date.date
    ? doc.date.source === 'inferred'
      ? `from the document date ${doc.date.date}, borrowed from the other sources of its folder ([Set Source Date](${setSourceDateUri(doc.file)}) to give this source its own)`
      : `from the document date ${doc.date.date} (${doc.date.source})`
    : 'no document date found';
  return `${head} (${range}) · ${anchor}`;
}

/**
 * `Tuesday` in a source without a date: the engine cannot place it, so the card says why and offers
 * Set Source Date. Only for words that are relative dates on their own.
 */
function unresolvedDateCard(doc: vscode.TextDocument, position: vscode.Position, analysis: DocumentView): { markdown: string; range: vscode.Range } | undefined {
  if (analysis.date.date) return undefined;
  const range = doc.getWordRangeAtPosition(position, /[A-Za-z]+/);
  if (!range) return undefined;
  const word = doc.getText(range);
  if (!RELATIVE_DAY_WORDS.has(word.toLowerCase())) return undefined;
  const markdown = [
    `**${escapeHoverText(word)}** · date not resolved`,
    'This source has no date of its own (no `date YYYY-MM-DD` line, `Published` line or dateline near its top), and no other source in its folder has one to borrow, so the day it means is unknown and it is not compared with other sources.',
    `[Set Source Date…](${setSourceDateUri(analysis.file)} "Add a date line at the top of this source")`,
  ].join('\n\n');
  return { markdown, range };
}

function setSourceDateUri(file: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SET_SOURCE_DATE}?${encodeURIComponent(JSON.stringify([file]))}`);
}

/** Case-insensitive dedupe; drops honorifics and words already inside a longer descriptor (`President` in `Russian President`). */
function usefulDescriptors(all: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const d of all) if (!HONORIFIC.test(d) && !byKey.has(d.toLowerCase())) byKey.set(d.toLowerCase(), d);
  const keys = [...byKey.keys()];
  return [...byKey].filter(([k]) => !keys.some((o) => o !== k && o.endsWith(` ${k}`))).map(([, d]) => d);
}

const HONORIFIC = /^(mr|mrs|ms|miss|mx|sir|madam)\.?$/i;

function sentenceOf(doc: DocumentView, sentence: number, offset: number): Span | undefined {
  const byIndex = doc.sentences[sentence];
  if (byIndex && byIndex.start <= offset && offset <= byIndex.end) return byIndex;
  return doc.sentences.find((s) => s.start <= offset && offset <= s.end);
}
