/**
 * A setting's values by scope + whether the workspace is trusted → the value to obey, and why: a repository
 * can ship `.vscode/settings.json`; in Restricted Mode the settings that decide which files are read and how
 * much (`sourceXref.include`, `exclude`, `maxFileSizeMB`, …) come only from the user's own settings. VS Code does
 * the same for the keys package.json lists under `restrictedConfigurations`; this keeps the rule when an
 * editor does not. No vscode import: unit-tested.
 */

/** The keys (under `sourceXref.`) a repository could abuse; package.json lists the same under restrictedConfigurations. */
export const RESTRICTED_KEYS = ['include', 'exclude', 'maxFileSizeMB', 'diagnostics.maxPerFile'] as const;

/** The shape of `WorkspaceConfiguration.inspect()` that matters here. */
export interface InspectedSetting<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/** The value to use: workspace scopes only when trusted (or the key is not restricted). */
export function trustedValue<T>(key: string, inspected: InspectedSetting<T> | undefined, trusted: boolean, fallback: T): T {
  if (!inspected) return fallback;
  const restricted = (RESTRICTED_KEYS as readonly string[]).includes(key);
  if (trusted || !restricted) return inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue ?? inspected.defaultValue ?? fallback;
  return inspected.globalValue ?? inspected.defaultValue ?? fallback;
}
