import { linkEntities } from '../entities/linkEntities';
import type { UserName } from '../entities/userNames';
import { compareAcrossDocuments, crossCheckView, mentionsPerFile, type CrossCheck, type CrossCheckData } from '../conflicts/crossCheck';
import { analyzeDocument, withReferenceDate } from '../mentions/analyzeDocument';
import { findNames } from '../mentions/names/findNames';
import { Deferred, type PackOptions } from './plainDataCodec';
import { RecentlyUsed } from '../util/recentlyUsed';
import type { Claim, Contradiction, DocumentAnalysis, DocumentDate, DocumentView, Entity, Mention, NameMention, SentenceSupport } from '../types';

/**
 * A folder's finished index as plain data (texts left out: the receiver has them). Built where the
 * work is cheap to parallelise (a worker thread) and restored where queries are answered.
 */
export interface FolderSnapshot {
  userNames: readonly UserName[];
  /** The folder's files, in order. */
  files: string[];
  /**
   * Analyses in file order, with `text` emptied and `names` left out (see NAMES_LEFT_OUT). Packed with
   * SNAPSHOT_PACKING, each stays packed until its document is first read.
   */
  analyses: (DocumentAnalysis | Deferred<DocumentAnalysis>)[];
  /** Packed with SNAPSHOT_PACKING, they stay packed until the folder's entities are first asked for. */
  entities: Entity[] | Deferred<Entity[]>;
  check: CrossCheckData;
}

/**
 * How a snapshot crosses threads (see plainDataCodec): contradictions are unpacked at once (the Problems
 * panel shows them), a folder's entities when first asked for (a hover, the Entities view), and each
 * document's analysis when that document is read (a hover card's sentences, inlay hints). A cold pass
 * holds them compactly while the workers still run, and a hover unpacks only the sources it quotes.
 */
export const SNAPSHOT_PACKING: PackOptions = { defer: new Set(['entities']), deferItems: new Set(['analyses']) };

interface FileMentions {
  mentions: Mention[];
  entities: Entity[];
}

interface Linked {
  /** Restored folders keep them packed until first read (see `entitiesOf`). */
  entities: Entity[] | Deferred<Entity[]>;
  /** Built on first use, like `mentionsByFile`: a folder that is never hovered never needs them. */
  byId?: Map<string, Entity>;
  /** Per file, its mentions sorted by start and, at the same index, their entities (no wrapper objects). */
  mentionsByFile?: Map<string, FileMentions>;
  contradictions: Contradiction[];
  data: CrossCheckData;
  /** Claims and support marks, built on first use: they need the documents' analyses. */
  check?: CrossCheck;
}

/**
 * The folder-wide index: per-document analyses are cached and redone only for the document
 * that changed; cross-document results (entities, contradictions) are rebuilt lazily on the next query.
 */
export class CorpusIndex {
  private readonly texts = new Map<string, string>();
  private readonly analyses = new Map<string, DocumentAnalysis>();
  /**
   * Analyses restored from a snapshot and not yet unpacked into `analyses`. Only ever non-empty while
   * `analysesFresh`: every change unpacks them all first.
   */
  private readonly packedAnalyses = new Map<string, DocumentAnalysis | Deferred<DocumentAnalysis>>();
  private linked: Linked | undefined;
  /** False after any change: lets document() skip the folder-wide date pass on every hover. */
  private analysesFresh = false;
  private version = 0;
  private userNames: readonly UserName[] = [];

  /** The workspace's `.sourcexref/names.json` entries; relinks lazily when they change. */
  setUserNames(names: readonly UserName[]): void {
    if (JSON.stringify(names) === JSON.stringify(this.userNames)) return;
    this.userNames = names;
    this.invalidate();
  }

  /** Incremented on every change; adapters use it to drop stale results. */
  get generation(): number {
    return this.version;
  }

  setDocument(file: string, text: string): void {
    if (this.texts.get(file) === text) return;
    this.unpackAnalyses();
    this.texts.set(file, text);
    this.analyses.delete(file);
    this.invalidate();
  }

  /** setDocument with `analyzeDocument(file, text)` already done (the editor analyses each file as it loads it). */
  setAnalyzedDocument(file: string, text: string, analysis: DocumentAnalysis): void {
    this.setDocument(file, text);
    if (this.texts.get(file) === text && analysis.file === file && analysis.text === text) {
      // An analysis made elsewhere may carry its own copy of the text: keep one string per document.
      this.analyses.set(file, { ...analysis, text });
      this.invalidate();
    }
  }

  removeDocument(file: string): boolean {
    this.unpackAnalyses();
    const had = this.texts.delete(file);
    this.analyses.delete(file);
    if (had) this.invalidate();
    return had;
  }

  renameDocument(from: string, to: string): void {
    const text = this.texts.get(from);
    if (text === undefined) return;
    this.removeDocument(from);
    this.setDocument(to, text);
  }

  has(file: string): boolean {
    return this.texts.has(file);
  }

  files(): string[] {
    return [...this.texts.keys()].sort();
  }

  textOf(file: string): string | undefined {
    return this.texts.get(file);
  }

  document(file: string): DocumentView | undefined {
    if (!this.texts.has(file)) return undefined;
    this.ensureAnalyses();
    const packed = this.packedAnalyses.get(file);
    // A restored analysis that is only read stays packed: reading it again unpacks it again, unless it is
    // among the ones read last (a hover reads each source its entity appears in).
    if (packed instanceof Deferred) {
      const text = this.texts.get(file)!;
      const unpacked = () => ({ ...packed.unpack(), text, names: NAMES_LEFT_OUT });
      const view = recentlyRead.get(packed, unpacked);
      // The same snapshot restored twice with other texts must not share a view.
      return view.text === text ? view : unpacked();
    }
    this.unpackAnalysis(file);
    return this.analyses.get(file);
  }

  documents(): DocumentView[] {
    this.ensureAnalyses();
    this.unpackAnalyses();
    return this.files().map((f) => this.analyses.get(f)!);
  }

  /** The full analysis, name candidates included (found again if the folder was restored without them). */
  analysis(file: string): DocumentAnalysis | undefined {
    if (!this.texts.has(file)) return undefined;
    this.ensureAnalyses();
    this.unpackAnalysis(file);
    return this.withNames(this.analyses.get(file)!);
  }

  private fullAnalyses(): DocumentAnalysis[] {
    this.ensureAnalyses();
    this.unpackAnalyses();
    return this.files().map((f) => this.withNames(this.analyses.get(f)!));
  }

  entities(): Entity[] {
    return entitiesOf(this.ensureLinked());
  }

  entity(id: string): Entity | undefined {
    const linked = this.ensureLinked();
    return (linked.byId ??= new Map(entitiesOf(linked).map((e) => [e.id, e]))).get(id);
  }

  /** The mention covering `offset` in `file` (inclusive of its end, so a caret after the name hits it). */
  mentionAt(file: string, offset: number): { mention: Mention; entity: Entity } | undefined {
    const list = this.mentionsOfFile(file);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list.mentions[mid];
      if (offset < m.start) hi = mid - 1;
      else if (offset > m.end) lo = mid + 1;
      else return { mention: m, entity: list.entities[mid] };
    }
    return undefined;
  }

  mentionsIn(file: string): { mention: Mention; entity: Entity }[] {
    const list = this.mentionsOfFile(file);
    return list ? list.mentions.map((mention, i) => ({ mention, entity: list.entities[i] })) : [];
  }

  contradictions(): Contradiction[] {
    return this.ensureLinked().contradictions;
  }

  contradictionsFor(file: string): Contradiction[] {
    return this.contradictions().filter((c) => c.file === file);
  }

  /** Claims whose subjects include the entity (issue #4 fills this). */
  claimsAbout(entityId: string): Claim[] {
    return this.crossCheck().claimsAbout(entityId);
  }

  /** Per sentence of `file`, which other sources support or contradict it (issue #4 fills this). */
  supportFor(file: string): SentenceSupport[] {
    return this.crossCheck().supportFor(file);
  }

  private mentionsOfFile(file: string): FileMentions | undefined {
    const linked = this.ensureLinked();
    if (!linked.mentionsByFile) {
      linked.mentionsByFile = new Map();
      for (const [f, list] of mentionsPerFile(entitiesOf(linked))) linked.mentionsByFile.set(f, { mentions: list.map((m) => m.mention), entities: list.map((m) => m.entity) });
    }
    return linked.mentionsByFile.get(file);
  }

  private crossCheck(): CrossCheck {
    const linked = this.ensureLinked();
    return (linked.check ??= crossCheckView(this.fullAnalyses(), entitiesOf(linked), linked.data));
  }

  private invalidate(): void {
    this.linked = undefined;
    this.analysesFresh = false;
    this.version++;
  }

  /** Analyse dirty documents; undated ones borrow the folder's most common date. */
  private ensureAnalyses(): void {
    if (this.analysesFresh) return;
    this.unpackAnalyses();
    for (const file of this.files()) {
      if (!this.analyses.has(file)) this.analyses.set(file, analyzeDocument(file, this.texts.get(file)!));
    }
    const inferred = mostCommonDate([...this.analyses.values()]);
    for (const [file, a] of this.analyses) {
      const ownDate = a.date.source !== 'inferred' && a.date.source !== 'none';
      if (ownDate) continue;
      const wanted: DocumentDate = inferred ? { date: inferred, source: 'inferred' } : { date: null, source: 'none' };
      // Only the dates depend on the reference date: the rest of the analysis is kept.
      if (a.date.date !== wanted.date) this.analyses.set(file, withReferenceDate(a, wanted));
    }
    this.analysesFresh = true;
  }

  private ensureLinked(): Linked {
    if (this.linked) return this.linked;
    const docs = this.fullAnalyses();
    const entities = linkEntities(docs, { userNames: this.userNames });
    for (let i = 0; i < entities.length; i++) entities[i].id = `e${i + 1}`;
    const data = compareAcrossDocuments(docs, entities);
    this.linked = { entities, contradictions: data.contradictions, data };
    return this.linked;
  }

  /** A restored analysis gets its names back (found again, cheaply) the first time the folder is linked here. */
  private withNames(analysis: DocumentAnalysis): DocumentAnalysis {
    if (analysis.names !== NAMES_LEFT_OUT) return analysis;
    const full = { ...analysis, names: findNames(analysis.text, analysis.sentences) };
    this.analyses.set(analysis.file, full);
    return full;
  }

  /** Everything this folder computed, as data another thread can restore with `restore`. */
  snapshot(): FolderSnapshot {
    const linked = this.ensureLinked();
    return {
      userNames: this.userNames,
      files: this.files(),
      analyses: this.fullAnalyses().map((a) => ({ ...a, text: '', names: NAMES_LEFT_OUT })),
      entities: entitiesOf(linked),
      check: { contradictions: linked.contradictions, supportPairs: linked.data.supportPairs },
    };
  }

  /**
   * Adopts a snapshot computed elsewhere from the same texts. Documents whose text changed meanwhile
   * keep their newer text and are analysed here; then the folder is linked again lazily.
   * Returns false when anything had to be redone.
   */
  restore(snapshot: FolderSnapshot, texts: ReadonlyMap<string, string>): boolean {
    this.unpackAnalyses();
    let intact = JSON.stringify(snapshot.userNames) === JSON.stringify(this.userNames);
    const adopted = new Set<string>();
    for (const file of snapshot.files) {
      const text = texts.get(file);
      const current = this.texts.get(file);
      if (text === undefined || (current !== undefined && current !== text)) {
        intact = false;
        continue;
      }
      this.texts.set(file, text);
      this.analyses.delete(file);
      adopted.add(file);
    }
    intact &&= this.texts.size === snapshot.files.length;
    this.invalidate();
    snapshot.analyses.forEach((analysis, i) => this.packedAnalyses.set(snapshot.files[i], analysis));
    if (!intact) {
      // Keep what still applies; the rest is analysed and the folder linked again on the next query.
      this.unpackAnalyses(adopted);
      return false;
    }
    // Inferred dates were already applied by whoever built the snapshot.
    this.analysesFresh = true;
    // Names stay left out: the lookups built here never read them.
    this.linked = { entities: snapshot.entities, contradictions: snapshot.check.contradictions, data: snapshot.check };
    return true;
  }

  /** Puts restored analyses (`only` those files, if given) into `analyses`, with their texts. */
  private unpackAnalyses(only?: ReadonlySet<string>): void {
    // Deleting the entry being visited is safe while iterating a Map.
    for (const file of this.packedAnalyses.keys()) {
      if (!only || only.has(file)) this.unpackAnalysis(file);
    }
    this.packedAnalyses.clear();
  }

  private unpackAnalysis(file: string): void {
    const packed = this.packedAnalyses.get(file);
    if (!packed) return;
    this.packedAnalyses.delete(file);
    const text = this.texts.get(file);
    if (text === undefined) return;
    const analysis = packed instanceof Deferred ? packed.unpack() : packed;
    this.analyses.set(file, { ...analysis, text, names: NAMES_LEFT_OUT });
  }
}

/**
 * Analyses read from restored folders, unpacked, across every index: a cold pass keeps ~1.5 bytes a value
 * packed, and hovers over many documents would otherwise unpack all of them for good (~60 MB at 10,000
 * articles). Unpacking one again costs ~20 µs; a hover reads at most a folder's sources.
 */
const recentlyRead = new RecentlyUsed<Deferred<DocumentAnalysis>, DocumentAnalysis>(1000);

/**
 * Stands for the names of a restored analysis: only linking reads them, the linking was done where the
 * snapshot was made, and they are the largest part of an analysis, so they are not cloned or kept.
 */
const NAMES_LEFT_OUT: NameMention[] = Object.freeze([]) as unknown as NameMention[];

function entitiesOf(linked: Linked): Entity[] {
  if (linked.entities instanceof Deferred) linked.entities = linked.entities.unpack();
  return linked.entities;
}

function mostCommonDate(docs: DocumentAnalysis[]): string | null {
  const counts = new Map<string, number>();
  for (const d of docs) {
    if (d.date.date && d.date.source !== 'inferred') counts.set(d.date.date, (counts.get(d.date.date) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [date, n] of [...counts].sort()) {
    if (n > bestCount) [best, bestCount] = [date, n];
  }
  return best;
}
