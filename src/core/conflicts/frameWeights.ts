/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare.
 */
export const FRAME_WEIGHTS = {
  bias: -0.817,
  weights: [-0.473, -0.607, 0.974, 0.106, 0.431, -0.431, 0.476, 0.438, -0.02, -0.747, 0.554, -0.219, -0.154, 0.455, 0.626, 0.094, 0.552, 1.527, 0.052, -0.453, 1.404, 0.792],
  threshold: 0.898,
};
