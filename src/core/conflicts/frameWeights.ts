/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare, sameBound.
 */
export const FRAME_WEIGHTS = {
  bias: -1.182,
  weights: [-0.461, -0.67, 0.909, 0.222, 0.776, -0.127, 0.362, 0.345, 0.022, -0.753, 0.645, -0.061, -0.095, 0.113, 0.767, 0.287, 0.799, 1.221, -0.013, -0.534, 1.553, 0.781, 0.681],
  threshold: 0.913,
};
