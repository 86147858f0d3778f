/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare.
 */
export const FRAME_WEIGHTS = {
  bias: -0.893,
  weights: [-0.436, -0.628, 0.971, 0.093, 0.415, -0.415, 0.452, 0.464, -0.056, -0.628, 0.544, -0.284, -0.134, 0.46, 0.645, 0.153, 0.684, 1.423, 0.082, -0.538, 1.607, 0.714],
  threshold: 0.885,
};
