import * as vscode from 'vscode';
import type { Settings } from './settings';
import type { WorkspaceIndexer } from './workspaceIndexer';

const SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }];

/** Hover card: what every source says about the entity under the cursor. */
export function registerHover(indexer: WorkspaceIndexer, settings: Settings): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SELECTOR, {
    provideHover(doc, position) {
      if (!settings.hoverEnabled) return undefined;
      const hit = indexer.corpus.mentionAt(doc.uri.toString(), doc.offsetAt(position));
      if (!hit) return undefined;
      const { entity, mention } = hit;
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**${escape(entity.name)}** · ${entity.type}\n\n`);
      const files = [...new Set(entity.mentions.map((m) => m.file))];
      for (const file of files) {
        const uri = vscode.Uri.parse(file);
        const count = entity.mentions.filter((m) => m.file === file).length;
        md.appendMarkdown(`- [${escape(basename(uri))}](${uri.toString()}) · ${count} mention${count === 1 ? '' : 's'}\n`);
      }
      const range = new vscode.Range(doc.positionAt(mention.start), doc.positionAt(mention.end));
      return new vscode.Hover(md, range);
    },
  });
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
