import * as vscode from 'vscode';
import { fileNameOf, sourceLabelOf, CorpusCollection, type CorpusIndex, type Entity, type EntityType, type Mention } from '../core';
import { escapeHoverText, plainSnippet } from './hoverText';
import { rangeOf, type OpenLocationArgs } from './locations';
import { compareNatural } from './naturalOrder';
import type { WorkspaceIndexer } from './workspaceIndexer';

export const ENTITIES_VIEW = 'sourceXref.entities';
const FILTER_KEY = 'sourceXref.entitiesFiltered';
const MAX_MENTIONS_SHOWN = 200;
/** A mention row shows about this much of its sentence, leaving room for the source beside it. */
const ROW_SNIPPET_CHARS = 56;

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'date', 'number', 'other'];
const TYPE_LABEL: Record<EntityType, string> = { person: 'People', organization: 'Organisations', place: 'Places', date: 'Dates', number: 'Numbers', other: 'Other' };
const TYPE_ICON: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location', date: 'calendar', number: 'symbol-number', other: 'symbol-misc' };

type Node =
  | { kind: 'folder'; folder: string }
  | { kind: 'type'; folder: string; type: EntityType }
  | { kind: 'entity'; folder: string; entity: Entity }
  | { kind: 'mention'; folder: string; entity: Entity; mention: Mention };

/**
 * Explorer view of the entities: by folder (when several), by type, with mention and source counts;
 * expand an entity for its mentions, click to reveal. A title-bar toggle narrows it to the current file.
 */
export function registerEntitiesView(indexer: WorkspaceIndexer, state: vscode.Memento): vscode.Disposable {
  let filtered = state.get<boolean>(FILTER_KEY, false);
  const changed = new vscode.EventEmitter<Node | undefined>();
  const currentFile = () => vscode.window.activeTextEditor?.document.uri.toString();

  const indexOf = (folder: string): CorpusIndex | undefined => indexer.corpus.indexFor(`${folder}/`);
  const visibleEntities = (folder: string): Entity[] => {
    const index = indexOf(folder);
    if (!index) return [];
    const file = currentFile();
    if (!filtered) return index.entities();
    if (!file || !index.has(file)) return [];
    return [...new Set(index.mentionsIn(file).map((m) => m.entity))];
  };
  const folders = (): string[] => {
    if (filtered) {
      const file = currentFile();
      return file && indexer.corpus.has(file) ? [CorpusCollection.folderOf(file)] : [];
    }
    const all = [...new Set(indexer.corpus.files().map((f) => CorpusCollection.folderOf(f)))];
    return all.sort((a, b) => compareNatural(fileNameOf(a), fileNameOf(b)) || compareNatural(a, b));
  };

  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      if (!node) {
        const fs = folders();
        return fs.length === 1 ? typeNodes(fs[0]) : fs.map((folder) => ({ kind: 'folder', folder }));
      }
      if (node.kind === 'folder') return typeNodes(node.folder);
      if (node.kind === 'type') {
        return visibleEntities(node.folder)
          .filter((e) => e.type === node.type)
          .sort((a, b) => b.mentions.length - a.mentions.length || compareNatural(a.name, b.name))
          .map((entity) => ({ kind: 'entity', folder: node.folder, entity }));
      }
      if (node.kind === 'entity') {
        const file = currentFile();
        const mentions = filtered && file ? node.entity.mentions.filter((m) => m.file === file) : node.entity.mentions;
        return mentions.slice(0, MAX_MENTIONS_SHOWN).map((mention) => ({ kind: 'mention', folder: node.folder, entity: node.entity, mention }));
      }
      return [];
    },
    getTreeItem(node) {
      return treeItem(node);
    },
  };

  const typeNodes = (folder: string): Node[] => {
    const present = new Set(visibleEntities(folder).map((e) => e.type));
    return TYPE_ORDER.filter((t) => present.has(t)).map((type) => ({ kind: 'type', folder, type }));
  };

  const treeItem = (node: Node): vscode.TreeItem => {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(fileNameOf(node.folder) || node.folder, C.Collapsed);
        item.iconPath = vscode.ThemeIcon.Folder;
        item.description = `${indexOf(node.folder)?.files().length ?? 0} sources`;
        return item;
      }
      case 'type': {
        const n = visibleEntities(node.folder).filter((e) => e.type === node.type).length;
        const item = new vscode.TreeItem(TYPE_LABEL[node.type], C.Expanded);
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[node.type]);
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const sources = new Set(e.mentions.map((m) => m.file)).size;
        const item = new vscode.TreeItem(e.name, C.Collapsed);
        item.description = `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} · ${sources} source${sources === 1 ? '' : 's'}`;
        const esc = escapeHoverText;
        item.tooltip = new vscode.MarkdownString(`**${esc(e.name)}** (${e.type})${e.aliases.length ? `\n\nAliases: ${e.aliases.map(esc).join(', ')}` : ''}${e.descriptors.length ? `\n\n${e.descriptors.map(esc).join(', ')}` : ''}`);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[e.type]);
        item.contextValue = 'entity';
        const file = currentFile();
        const first = e.mentions.find((m) => m.file === file) ?? e.mentions[0];
        if (first) item.command = openCommand(first);
        return item;
      }
      case 'mention': {
        // The sentence is what tells mentions apart: it is the label (the mention highlighted), the source
        // the description, and the file and line the tooltip.
        const m = node.mention;
        const line = (rangeOf(indexer.corpus, m.file, m)?.start.line ?? 0) + 1;
        const doc = indexOf(node.folder)?.document(m.file);
        const sentence = doc?.sentences.find((s) => s.start <= m.start && m.end <= s.end);
        const snippet = sentence ? plainSnippet(doc!.text, sentence, m, ROW_SNIPPET_CHARS) : { text: m.text, focus: [0, m.text.length] as [number, number] };
        const item = new vscode.TreeItem({ label: snippet.text, highlights: snippet.focus ? [snippet.focus] : [] }, C.None);
        item.description = doc ? sourceLabelOf(doc).label : fileNameOf(m.file);
        item.tooltip = `${fileNameOf(m.file)}:${line}`;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = openCommand(m);
        return item;
      }
    }
  };

  const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const setFilter = async (on: boolean) => {
    filtered = on;
    await state.update(FILTER_KEY, on);
    await vscode.commands.executeCommand('setContext', FILTER_KEY, on);
    view.description = on ? 'current file' : undefined;
    changed.fire(undefined);
  };
  void setFilter(filtered);
  return vscode.Disposable.from(
    view,
    changed,
    indexer.onDidChange(() => changed.fire(undefined)),
    vscode.window.onDidChangeActiveTextEditor(() => filtered && changed.fire(undefined)),
    vscode.commands.registerCommand('sourceXref.entities.filterCurrentFile', () => setFilter(true)),
    vscode.commands.registerCommand('sourceXref.entities.showAll', () => setFilter(false)),
    vscode.commands.registerCommand('sourceXref.showEntities', () => vscode.commands.executeCommand(`${ENTITIES_VIEW}.focus`)),
  );
}

function openCommand(m: Mention): vscode.Command {
  const args: OpenLocationArgs = { file: m.file, start: m.start, end: m.end };
  return { command: 'sourceXref.openLocation', title: 'Reveal mention', arguments: [args] };
}
