import * as vscode from 'vscode';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, type ContradictionKind } from '../core';
import type { SeverityName } from './diagnosticPlan';
import { trustedValue } from './trustedSetting';

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Typed view of the `sourceXref.*` settings; read fresh on every use so changes apply without a reload.
 * In Restricted Mode the settings that decide which files are read come from the user's settings only.
 */
export class Settings {
  private get cfg(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('sourceXref');
  }

  /** A restricted key's value: workspace scopes are ignored while the workspace is not trusted. */
  private trusted<T>(key: string, fallback: T): T {
    return trustedValue(key, this.cfg.inspect<T>(key), vscode.workspace.isTrusted, fallback);
  }

  get include(): string[] {
    return stringList(this.trusted<unknown>('include', DEFAULT_INCLUDE), DEFAULT_INCLUDE);
  }

  get exclude(): string[] {
    return stringList(this.trusted<unknown>('exclude', DEFAULT_EXCLUDE), DEFAULT_EXCLUDE);
  }

  get maxFileBytes(): number {
    const mb = Number(this.trusted<unknown>('maxFileSizeMB', 5));
    return Math.max(0.1, Number.isFinite(mb) ? mb : 5) * 1024 * 1024;
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
    const n = Number(this.trusted<unknown>('diagnostics.maxPerFile', 30));
    return Math.max(1, Number.isFinite(n) ? n : 30);
  }

  severityOf(kind: ContradictionKind): SeverityName {
    const v = this.cfg.get<string>(`severity.${kind}`, 'warning');
    return (SEVERITIES as readonly string[]).includes(v) ? (v as SeverityName) : 'warning';
  }
}

/** The setting when it is a list of strings, else the default (a hand-edited settings file can hold anything). */
function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fallback;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}
