import * as vscode from 'vscode';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../core/sourceFilter';

/** Typed view of the `sourceXref.*` settings; read fresh on every use so changes apply without a reload. */
export class Settings {
  private get cfg(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('sourceXref');
  }

  get include(): string[] {
    return this.cfg.get<string[]>('include', DEFAULT_INCLUDE);
  }

  get exclude(): string[] {
    return this.cfg.get<string[]>('exclude', DEFAULT_EXCLUDE);
  }

  get maxFileBytes(): number {
    return Math.max(1, this.cfg.get<number>('maxFileSizeMB', 5)) * 1024 * 1024;
  }

  get hoverEnabled(): boolean {
    return this.cfg.get<boolean>('hover.enabled', true);
  }
}
