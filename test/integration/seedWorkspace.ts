// Shared by the integration suites: the sample sources open in the workspace, found by name and text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'source-xref.source-xref';
export const FILE_A = '000_a4f6c19284eff014.txt';
export const FILE_B = '002_6c8fcd09bb78f0a0.txt';
export const FILE_C = '004_04e664bf2e65cfdb.txt';

export const basename = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

export async function openSeed(name: string): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`);
  assert.ok(uri, `${name} is not in the workspace`);
  return vscode.workspace.openTextDocument(uri);
}

/** Position of the first match of `needle`, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found in ${basename(doc.uri)}`);
  return doc.positionAt(offset + delta);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `get` until `ok` holds or `ms` pass; returns the last value either way (the caller asserts on it). */
export async function until<T>(get: () => T | Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await get();
  while (!ok(v) && Date.now() < deadline) {
    await sleep(150);
    v = await get();
  }
  return v;
}

/** The extension's own diagnostics on `uri`, hints on unsupported sentences left out. */
export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Source Xref' && d.code !== 'xref.unsupported');
