/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare.
 */
export const FRAME_WEIGHTS = {
  bias: -0.895,
  weights: [-0.332, -0.644, 0.91, 0.066, 0.363, -0.363, 0.363, 0.484, -0.117, -0.545, 0.691, -0.34, -0.236, 0.14, 0.704, 0.275, 0.739, 1.15, 0.104, -0.401, 1.567, 0.651],
  threshold: 0.884,
};
