import { CorpusIndex, type FolderSnapshot } from './corpusIndex';
import type { Contradiction, Entity, Mention } from '../types';
import type { UserName } from '../entities/userNames';

/**
 * One index per folder: sources in one folder cover one story, so entities are linked and
 * claims compared only among siblings. File ids are paths or URIs with `/` separators.
 */
export class CorpusCollection {
  private readonly byFolder = new Map<string, CorpusIndex>();
  private userNames: readonly UserName[] = [];

  /** Applies the user's names list to every folder, present and future. */
  setUserNames(names: readonly UserName[]): void {
    this.userNames = names;
    for (const index of this.byFolder.values()) index.setUserNames(names);
  }

  userNamesInUse(): readonly UserName[] {
    return this.userNames;
  }

  /** Adopts a folder's snapshot computed elsewhere (a worker thread) from these documents' texts. */
  restoreFolder(docs: readonly { file: string; text: string }[], snapshot: FolderSnapshot): boolean {
    if (!docs.length) return false;
    return this.folderIndex(CorpusCollection.folderOf(docs[0].file)).restore(snapshot, new Map(docs.map((d) => [d.file, d.text])));
  }

  static folderOf(file: string): string {
    const i = file.lastIndexOf('/');
    return i < 0 ? '' : file.slice(0, i);
  }

  setDocument(file: string, text: string): CorpusIndex {
    const index = this.folderIndex(CorpusCollection.folderOf(file));
    index.setDocument(file, text);
    return index;
  }

  /** The folder's index, created (with the user's names) on first use. */
  private folderIndex(folder: string): CorpusIndex {
    let index = this.byFolder.get(folder);
    if (!index) {
      this.byFolder.set(folder, (index = new CorpusIndex()));
      index.setUserNames(this.userNames);
    }
    return index;
  }

  removeDocument(file: string): boolean {
    const folder = CorpusCollection.folderOf(file);
    const index = this.byFolder.get(folder);
    if (!index) return false;
    const had = index.removeDocument(file);
    if (index.files().length === 0) this.byFolder.delete(folder);
    return had;
  }

  renameDocument(from: string, to: string): void {
    const text = this.indexFor(from)?.textOf(from);
    if (text === undefined) return;
    this.removeDocument(from);
    this.setDocument(to, text);
  }

  indexFor(file: string): CorpusIndex | undefined {
    return this.byFolder.get(CorpusCollection.folderOf(file));
  }

  indexes(): CorpusIndex[] {
    return [...this.byFolder.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, i]) => i);
  }

  has(file: string): boolean {
    return this.indexFor(file)?.has(file) ?? false;
  }

  files(): string[] {
    return this.indexes().flatMap((i) => i.files());
  }

  mentionAt(file: string, offset: number): { mention: Mention; entity: Entity; index: CorpusIndex } | undefined {
    const index = this.indexFor(file);
    const hit = index?.mentionAt(file, offset);
    return hit && index ? { ...hit, index } : undefined;
  }

  contradictions(): Contradiction[] {
    return this.indexes().flatMap((i) => i.contradictions());
  }

  /** Sum of all index generations: changes whenever any folder changes. */
  get generation(): number {
    let g = 0;
    for (const i of this.byFolder.values()) g += i.generation;
    return g + this.byFolder.size * 1_000_003;
  }
}
