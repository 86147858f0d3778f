import * as fs from 'node:fs';
import * as path from 'node:path';

/** Repository root, found from the compiled test's location (out/test/...). */
export const REPO_ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

export const SEEDS_DIR = path.join(REPO_ROOT, 'examples', 'seeds');

/** The shared ECB corpus, when this checkout sits next to it (skipped otherwise). */
export const ECB_DIR = [path.join(REPO_ROOT, '..', 'shared', 'corpora', 'ecb'), path.join(REPO_ROOT, 'examples', 'ecb')].find((p) => fs.existsSync(p));

export const GOLD_FILE = [path.join(REPO_ROOT, '..', 'shared', 'gold', 'seeds.gold.json'), path.join(REPO_ROOT, 'examples', 'seeds.gold.json')].find((p) => fs.existsSync(p));
