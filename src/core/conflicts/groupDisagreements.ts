/**
 * Pairwise contradictions (one per side and pair of claims) → one contradiction per disagreement: the claim
 * that differs, with every source that states the fact otherwise as related information. When several sources
 * state a fact and one differs, only that one is flagged; the others are its rivals and each gets one
 * diagnostic pointing back at it (the editor mirrors the related sides). Fifty copies of a story with one
 * changed value give one disagreement, not one per pair of files, and a source contradicting itself
 * (subtitle `second visit`, body `third visit`) is grouped the same way. (Sentences that are page furniture never
 * reach this stage: claims and value frames both skip them, see text/nonClaimLines.ts.)
 *
 * The claims are the nodes of a graph whose edges are the pairwise contradictions of one kind; sentences are
 * the nodes' identity, so a clause-level and a sentence-level report of one statement meet. The node with the
 * most rivals is flagged first and takes its edges; the rest are flagged in turn. Work grows with the edges.
 */
import { ordinalsOf, quantitiesOf, timeFactsOf, type TimeFacts } from '../claims/claimValues';
import { capitalised, disagreementMessage, quoteAround, sourceNames, type SideView, type SourceNames } from './messages';
import type { Contradiction, ContradictionKind, DocumentAnalysis, RivalRef, Sentence, Span } from '../types';

/** Merges pairwise contradictions into disagreements, with messages built by messages.ts. */
export function groupDisagreements(pairwise: readonly Contradiction[], docs: ReadonlyMap<string, DocumentAnalysis>): Contradiction[] {
  const graph = new ClaimGraph(docs);
  for (const c of pairwise) graph.add(c);
  const names = sourceNames(docs);
  const out: Contradiction[] = [];
  for (const { disputed, rivals } of graph.cover()) out.push(describe(disputed, rivals, docs, names));
  return out.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.start - y.start || (x.id < y.id ? -1 : 1)));
}

/** One claim (a sentence of one file, for one kind of value) in the graph. */
interface ClaimNode {
  key: string;
  kind: ContradictionKind;
  code: string;
  file: string;
  sentence: Sentence;
  /** The span reported for it: its own claim span when it was reported itself, else its sentence. */
  span: Span;
  reportedItself: boolean;
  /** The value the comparison stated for it, and where it is written, if known. */
  value?: string;
  valueSpan?: Span;
  fact?: string;
  /** Neighbour key → the strongest pairwise contradiction between the two. */
  edges: Map<string, Edge>;
  /** A pairwise message for it, used when no value can be read. */
  message: string;
  order: number;
}

interface Edge {
  confidence: number;
  fact?: string;
}

class ClaimGraph {
  private readonly nodes = new Map<string, ClaimNode>();

  constructor(private readonly docs: ReadonlyMap<string, DocumentAnalysis>) {}

  add(c: Contradiction): void {
    const doc = this.docs.get(c.file);
    const sentence = doc && sentenceAt(doc, c.start);
    if (!doc || !sentence) return;
    const self = this.node(c.kind, c.code, doc, sentence, c, true, c.value, c.message);
    self.valueSpan ??= c.valueSpan;
    if (c.fact) self.fact ??= c.fact;
    for (const r of c.related) {
      const other = this.docs.get(r.file);
      const otherSentence = other && sentenceAt(other, r.start);
      if (!other || !otherSentence) continue;
      const rival = this.node(c.kind, c.code, other, otherSentence, r, false, r.value, c.message);
      if (rival === self) continue;
      rival.valueSpan ??= r.valueSpan;
      const confidence = r.confidence ?? c.confidence;
      for (const [a, b] of [[self, rival], [rival, self]] as const) {
        const edge = a.edges.get(b.key);
        if (edge) {
          edge.confidence = Math.max(edge.confidence, confidence);
          edge.fact ??= c.fact;
        } else a.edges.set(b.key, { confidence, fact: c.fact });
      }
    }
  }

  private node(kind: ContradictionKind, code: string, doc: DocumentAnalysis, sentence: Sentence, span: Span, itself: boolean, value: string | undefined, message: string): ClaimNode {
    const key = `${kind}\u0000${doc.file}\u0000${sentence.index}`;
    let node = this.nodes.get(key);
    if (!node) {
      node = { key, kind, code, file: doc.file, sentence, span: { start: span.start, end: span.end }, reportedItself: itself, value, edges: new Map(), message, order: this.nodes.size };
      this.nodes.set(key, node);
    } else if (itself && !node.reportedItself) {
      Object.assign(node, { span: { start: span.start, end: span.end }, reportedItself: true, message });
    }
    if (itself) node.value ??= value;
    else if (!node.reportedItself) node.value ??= value;
    return node;
  }

  /** Flags the claim with the most rivals first; its rivals are not flagged for those edges again. */
  *cover(): Generator<{ disputed: ClaimNode; rivals: { node: ClaimNode; edge: Edge }[] }> {
    const order = [...this.nodes.values()].sort((a, b) => b.edges.size - a.edges.size || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.sentence.start - b.sentence.start));
    const taken = new Set<string>();
    const pairKey = (a: ClaimNode, b: ClaimNode) => (a.key < b.key ? `${a.key}\u0001${b.key}` : `${b.key}\u0001${a.key}`);
    for (const node of order) {
      const rivals: { node: ClaimNode; edge: Edge }[] = [];
      for (const [key, edge] of node.edges) {
        const other = this.nodes.get(key)!;
        const pair = pairKey(node, other);
        if (taken.has(pair)) continue;
        taken.add(pair);
        rivals.push({ node: other, edge });
      }
      if (rivals.length) yield { disputed: node, rivals };
    }
  }
}

/** The sentence holding `offset` (binary search). */
function sentenceAt(doc: DocumentAnalysis, offset: number): Sentence | undefined {
  const list = doc.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else if (list[mid].start > offset) hi = mid - 1;
    else return list[mid];
  }
  return undefined;
}

/** A value read from a sentence: where it is, how it reads, and how it compares. */
interface ReadValue extends Span {
  shown: string;
  written?: string;
  relative: boolean;
  /** Equal keys state the same value. */
  key: string;
  /** Interval for dates, to compare by overlap. */
  from?: string;
  to?: string;
  /** What a number counts: numbers compare only with numbers of the same thing. */
  unit?: string;
}

/** Longest value quoted as written. */
const MAX_VALUE_CHARS = 60;

/** The values of `kind` in a claim's sentence, those inside its reported span first. */
function valuesIn(node: ClaimNode, doc: DocumentAnalysis): ReadValue[] {
  const inSentence = (v: Span) => v.start >= node.sentence.start && v.end <= node.sentence.end;
  let found: ReadValue[] = [];
  if (node.kind === 'date') found = timeFactsOf(doc).filter(inSentence).map(timeValue);
  else if (node.kind === 'number') found = quantitiesOf(doc).filter(inSentence).map((q) => ({ start: q.start, end: q.end, shown: q.text, relative: false, key: `${q.value}`, unit: q.unit ?? undefined }));
  else if (node.kind === 'ordinal') found = ordinalsOf(doc).filter(inSentence).map((o) => ({ start: o.start, end: o.end, shown: o.text.toLowerCase(), relative: false, key: `${o.value}` }));
  // The value the comparison pointed at first, then those inside the reported span, then the rest.
  const at = node.valueSpan;
  if (at && at.end > at.start && at.end - at.start <= MAX_VALUE_CHARS && !found.some((v) => v.start < at.end && at.start < v.end)) {
    // A value the finders did not read (a near-duplicate's token): shown as written.
    const written = doc.text.slice(at.start, at.end);
    found.push({ start: at.start, end: at.end, shown: written, relative: false, key: written.toLowerCase().replace(/[\s,]+/g, '') });
  }
  const rank = (v: Span) => (at && v.start < at.end && at.start < v.end ? 0 : v.start >= node.span.start && v.end <= node.span.end ? 1 : 2);
  return found.map((v, i) => ({ v, i, r: rank(v) })).sort((x, y) => x.r - y.r || x.i - y.i).map((x) => x.v);
}

function timeValue(t: TimeFacts): ReadValue {
  const written = t.text.replace(/[\s,.;:]+$/, '');
  // Unresolved (no document date): shown as written; resolved from a relative phrase: with what it rests on.
  const shown = t.expr ? t.expr.label : written;
  const relative = t.relative && !!t.expr;
  return { start: t.start, end: t.end, shown, written: relative ? written : undefined, relative, key: t.expr ? `${t.expr.from}/${t.expr.to}` : shown.toLowerCase(), from: t.expr?.from, to: t.expr?.to };
}

/** Two values of one kind that cannot both hold: disjoint dates, different numbers of the same thing. */
function differ(a: ReadValue, b: ReadValue): boolean {
  if (a.from && a.to && b.from && b.to) return a.to < b.from || b.to < a.from;
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  return a.key !== b.key;
}

/** The disputed claim's contradiction: its value against each rival's, worded by messages.ts. */
function describe(disputed: ClaimNode, rivals: readonly { node: ClaimNode; edge: Edge }[], docs: ReadonlyMap<string, DocumentAnalysis>, names: SourceNames): Contradiction {
  const doc = docs.get(disputed.file)!;
  const own = valuesIn(disputed, doc);
  const rivalValues = rivals.map((r) => valuesIn(r.node, docs.get(r.node.file)!));
  // The disputed value: the one most rivals state otherwise.
  let mine: ReadValue | undefined = disputed.valueSpan && own[0] && own[0].start < disputed.valueSpan.end && disputed.valueSpan.start < own[0].end ? own[0] : undefined;
  let best = mine ? Infinity : -1;
  for (const v of own) {
    const against = rivalValues.filter((list) => list.some((w) => differ(v, w))).length;
    if (against > best) [mine, best] = [v, against];
  }
  const theirs = rivalValues.map((list) => (mine ? list.find((w) => differ(mine!, w)) : undefined));
  const fact = disputed.fact ?? rivals.find((r) => r.edge.fact)?.edge.fact ?? rivals.find((r) => r.node.fact)?.node.fact ?? defaultFact(disputed, doc, mine);

  const sideOf = (node: ClaimNode, v: ReadValue | undefined, given: string | undefined): SideView | undefined => {
    const value = v?.shown ?? given;
    if (!value) return undefined;
    const nodeDoc = docs.get(node.file)!;
    return { file: node.file, start: node.sentence.start, value, written: v?.written, resolvedAgainst: v?.relative && nodeDoc.date.date ? nodeDoc.date : undefined };
  };
  const hereSide = sideOf(disputed, mine, disputed.value);
  const rivalSides = rivals.map((r, i) => sideOf(r.node, theirs[i], r.node.value));
  const readable = hereSide && rivalSides.every((s) => s);

  const related: RivalRef[] = rivals.map((r, i) => {
    const rivalDoc = docs.get(r.node.file)!;
    const side = rivalSides[i];
    const message = readable && side ? disagreementMessage(fact, side, [hereSide], names) : r.node.message;
    return {
      file: r.node.file,
      start: r.node.span.start,
      end: r.node.span.end,
      text: rivalDoc.text.slice(r.node.span.start, r.node.span.end),
      ...(side ? { value: side.value } : {}),
      message,
      quote: quoteAround(rivalDoc.text, r.node.sentence, theirs[i]),
      confidence: r.edge.confidence,
    };
  }).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
  const confidence = Math.max(...rivals.map((r) => r.edge.confidence));
  return {
    id: `${disputed.code}:${disputed.file}:${disputed.span.start}-${disputed.span.end}`,
    kind: disputed.kind,
    code: disputed.code,
    file: disputed.file,
    start: disputed.span.start,
    end: disputed.span.end,
    text: doc.text.slice(disputed.span.start, disputed.span.end),
    message: readable ? disagreementMessage(fact, hereSide!, rivalSides as SideView[], names) : disputed.message,
    confidence: Math.round(confidence * 100) / 100,
    related,
    fact,
    ...(hereSide ? { value: hereSide.value } : {}),
    quote: quoteAround(doc.text, disputed.sentence, mine),
  };
}

/** Without a fact from the comparison: what the value counts (`Number of yards`, `Which visit`), else the kind. */
function defaultFact(node: ClaimNode, doc: DocumentAnalysis, value: ReadValue | undefined): string {
  if (node.kind === 'number' && value) {
    const q = quantitiesOf(doc).find((x) => x.start === value.start);
    if (q?.unit) return `Number of ${plural(q.unit)}`;
    return 'Number';
  }
  if (node.kind === 'ordinal' && value) {
    const o = ordinalsOf(doc).find((x) => x.start === value.start);
    return o?.noun ? `Which ${o.noun}` : 'Order';
  }
  return capitalised(node.kind);
}

/** `yard` → `yards`, `carry` → `carries`, `bus` → `buses`. */
function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
