import * as vscode from 'vscode';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, type ContradictionKind } from '../core';
import type { SeverityName } from './diagnosticPlan';

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

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
    return Math.max(0.1, this.cfg.get<number>('maxFileSizeMB', 5)) * 1024 * 1024;
  }

  get hoverEnabled(): boolean {
    return this.cfg.get<boolean>('hover.enabled', true);
  }

  get inlayHintsEnabled(): boolean {
    return this.cfg.get<boolean>('inlayHints.enabled', true);
  }

  get codeLensEnabled(): boolean {
    return this.cfg.get<boolean>('codeLens', false);
  }

  get corroborationHints(): boolean {
    return this.cfg.get<boolean>('corroboration.hints', false);
  }

  get diagnosticsEnabled(): boolean {
    return this.cfg.get<boolean>('diagnostics.enabled', true);
  }

  get minConfidence(): number {
    return clamp(this.cfg.get<number>('diagnostics.minConfidence', 0.5), 0, 1);
  }

  get maxDiagnosticsPerFile(): number {
    return Math.max(1, this.cfg.get<number>('diagnostics.maxPerFile', 30));
  }

  severityOf(kind: ContradictionKind): SeverityName {
    const v = this.cfg.get<string>(`severity.${kind}`, 'warning');
    return (SEVERITIES as readonly string[]).includes(v) ? (v as SeverityName) : 'warning';
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}
