/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare, sameBound, valueAgree.
 */
export const FRAME_WEIGHTS = {
  bias: -1.185,
  weights: [-0.468, -0.689, 0.979, 0.178, 0.798, -0.143, 0.354, 0.333, -0.081, -0.663, 0.568, -0.099, -0.067, -0.036, 0.763, 0.251, 0.726, 1.088, 0.058, -0.562, 1.518, 0.932, 0.732, 0.441],
  threshold: 0.883,
};
