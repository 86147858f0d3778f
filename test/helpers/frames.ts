import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { mentionsPerFile } from '../../src/core/conflicts/crossCheck';
import { valueFramesOf, type ValueFrame } from '../../src/core/claims/valueFrames';
import { forEachCandidatePair } from '../../src/core/conflicts/frameBlocking';
import { frameFolder } from '../../src/core/conflicts/frameFolder';
import { qualifierBetween } from '../../src/core/conflicts/frameQualifiers';

// Value frames of short texts, one source per text, for the unit tests of frames and their qualifiers.

/** The frames of every source (`a.txt`, `b.txt`, …), read as the folder's comparison reads them. */
export function framesOf(...texts: string[]): ValueFrame[] {
  const index = new CorpusIndex();
  texts.forEach((t, i) => index.setDocument(`${String.fromCharCode(97 + i)}.txt`, `${t}\n`));
  const mentions = mentionsPerFile(index.entities());
  return index.files().flatMap((f) => valueFramesOf(index.analysis(f)!, mentions.get(f) ?? []));
}

/** The frame whose value is written `valueText` (its first word suffices). */
export function frame(frames: ValueFrame[], valueText: string, file?: string): ValueFrame {
  const found = frames.find((f) => (file === undefined || f.file === file) && (f.valueText === valueText || f.valueText.startsWith(`${valueText} `)));
  assert.ok(found, `no frame "${valueText}" among ${frames.map((f) => `${f.file}:"${f.valueText}"`).join(', ')}`);
  return found;
}

export function paired(frames: ValueFrame[], a: ValueFrame, b: ValueFrame): boolean {
  let found = false;
  forEachCandidatePair(frames, (x, y) => {
    if ((x === a && y === b) || (x === b && y === a)) found = true;
  });
  return found;
}

export function qualifier(frames: ValueFrame[], a: ValueFrame, b: ValueFrame, texts?: readonly string[]): string | null {
  return qualifierBetween(a, b, frameFolder(frames, texts && ((file) => `${texts[file.charCodeAt(0) - 97]}\n`)));
}
