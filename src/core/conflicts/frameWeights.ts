/**
 * Fitted weights of `sameFactScore` (frameAlignment.ts), one per FRAME_FEATURES entry, and the
 * decision threshold. Written by scripts/fit/fitFrameWeights.ts: refit rather than edit by hand.
 * Features: number, ordinal, weekday, month, headEqual, headMissing, eventEqual, eventDiffer, contextShare, wordShare, wordShareOfLonger, entityShare, entityDisjoint, timeAgree, beforeEqual, afterEqual, contextShared, wordsShared, nearShare, nearDisjoint, rareWordShare, rareContextShare, sameBound.
 */
export const FRAME_WEIGHTS = {
  bias: -1.121,
  weights: [-0.475, -0.66, 0.938, 0.198, 0.799, -0.112, 0.338, 0.295, -0.096, -0.691, 0.687, -0.109, -0.145, 0.136, 0.759, 0.292, 0.724, 1.17, -0.018, -0.612, 1.533, 0.866, 0.68],
  threshold: 0.91,
};
