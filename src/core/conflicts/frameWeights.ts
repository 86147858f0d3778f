/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare.
 */
export const FRAME_WEIGHTS = {
  bias: -0.868,
  weights: [-0.368, -0.652, 0.9, 0.12, 0.39, -0.39, 0.365, 0.498, -0.145, -0.496, 0.692, -0.341, -0.248, 0.154, 0.67, 0.302, 0.709, 1.168, 0.116, -0.379, 1.523, 0.714],
  threshold: 0.886,
};
