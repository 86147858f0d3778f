/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare.
 */
export const FRAME_WEIGHTS = {
  bias: -0.824,
  weights: [-0.466, -0.611, 0.968, 0.109, 0.427, -0.427, 0.46, 0.44, 0, -0.767, 0.545, -0.235, -0.153, 0.447, 0.618, 0.106, 0.562, 1.572, 0.072, -0.447, 1.386, 0.775],
  threshold: 0.897,
};
