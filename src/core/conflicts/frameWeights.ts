/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare.
 */
export const FRAME_WEIGHTS = {
  bias: -0.913,
  weights: [-0.429, -0.634, 0.973, 0.09, 0.404, -0.404, 0.459, 0.484, -0.035, -0.619, 0.554, -0.32, -0.144, 0.439, 0.671, 0.155, 0.658, 1.407, 0.112, -0.506, 1.637, 0.688],
  threshold: 0.907,
};
