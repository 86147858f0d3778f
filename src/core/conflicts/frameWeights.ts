/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare, sameBound.
 */
export const FRAME_WEIGHTS = {
  bias: -0.926,
  weights: [-0.342, -0.667, 0.955, 0.054, 0.397, -0.397, 0.407, 0.497, -0.11, -0.689, 0.596, -0.269, -0.296, 0.156, 0.759, 0.297, 0.766, 1.193, 0.073, -0.524, 1.63, 0.744, 0.69],
  threshold: 0.904,
};
