/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare.
 */
export const FRAME_WEIGHTS = {
  bias: -0.892,
  weights: [-0.443, -0.612, 0.963, 0.091, 0.413, -0.413, 0.466, 0.472, -0.015, -0.637, 0.579, -0.279, -0.13, 0.459, 0.62, 0.128, 0.673, 1.411, 0.082, -0.51, 1.607, 0.717],
  threshold: 0.886,
};
