// Prints the value frames of a folder's sources and, for every candidate pair, its features, score and
// verdict: for reading why two sentences are or are not flagged. Run: npm run fit:explain -- DIR [word]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { mentionsPerFile } from '../../src/core/conflicts/crossCheck';
import { valueFramesOf } from '../../src/core/claims/valueFrames';
import { explainPair, FRAME_FEATURES, frameFeatures } from '../../src/core/conflicts/frameAlignment';
import { forEachCandidatePair } from '../../src/core/conflicts/frameBlocking';
import { frameFolder } from '../../src/core/conflicts/frameFolder';

const dir = process.argv[2];
const filter = process.argv[3]?.toLowerCase();
const index = new CorpusIndex();
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) index.setDocument(f, fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
const docs = index.files().map((f) => index.analysis(f)!);
const mentions = mentionsPerFile(index.entities());
const frames = docs.flatMap((d) => valueFramesOf(d, mentions.get(d.file) ?? []));
const values = frameFolder(frames, (file) => index.textOf(file));
const sentenceText = (f: (typeof frames)[number]) => index.textOf(f.file)!.slice(f.sentenceSpan.start, f.sentenceSpan.end);
forEachCandidatePair(frames, (a, b) => {
  if (filter && !(sentenceText(a) + sentenceText(b)).toLowerCase().includes(filter)) return;
  const x = frameFeatures(a, b, values);
  const { verdict, score } = explainPair(a, b, values);
  console.log(`${verdict} ${score.toFixed(3)} ${a.kind} ${a.file} "${a.valueText}" [${a.head}/${a.event}] vs ${b.file} "${b.valueText}" [${b.head}/${b.event}]`);
  console.log(`   ${FRAME_FEATURES.map((n, i) => (x[i] ? `${n}=${x[i].toFixed(2)}` : '')).filter(Boolean).join(' ')}`);
  console.log(`   A: ${sentenceText(a).slice(0, 200)}\n   B: ${sentenceText(b).slice(0, 200)}`);
});
