/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare.
 */
export const FRAME_WEIGHTS = {
  bias: -0.814,
  weights: [-0.469, -0.608, 0.972, 0.106, 0.429, -0.429, 0.472, 0.434, -0.014, -0.755, 0.554, -0.216, -0.155, 0.454, 0.626, 0.095, 0.556, 1.525, 0.047, -0.454, 1.403, 0.786],
  threshold: 0.898,
};
