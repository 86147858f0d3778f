/**
 * The engine's one public entry point: everything `src/vscode`, `src/cli` and `src/node` may use.
 *
 * The pipeline, stage by stage (each folder imports only itself and the folders before it):
 *   text/      bytes → decoded text, sentences, lemmas, which files are sources
 *   mentions/  one document's text → names, times, quantities, ordinals, its own date (`analyzeDocument`)
 *   entities/  every document's name mentions in a folder → linked entities (`linkEntities`)
 *   claims/    a sentence + its mentions → claims (event, participants, values)
 *   conflicts/ claims of a folder's sources → contradictions and support hints (`crossCheck`)
 *   index/     the incremental per-folder index that runs the stages lazily, and its packed snapshots
 *   output/    a finished index → text, JSON and SARIF reports
 */
export type * from './types';
export { decodeSource, sizeProblem, DEFAULT_MAX_BYTES } from './text/decode';
export { SourceFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './text/sourceFilter';
export { fileNameOf } from './text/fileName';
export { isWhiteSpaceAt } from './text/charCodes';
export { WEEKDAYS } from './text/calendarWords';
export { analyzeDocument } from './mentions/analyzeDocument';
export { sourceLabelOf, isOpaqueFileName, shorten, type SourceLabel } from './mentions/sourceLabel';
export { parseUserNames, type UserName } from './entities/userNames';
export { CorpusIndex, SNAPSHOT_PACKING, type FolderSnapshot } from './index/corpusIndex';
export { CorpusCollection } from './index/corpusCollection';
export { pack, packEach, unpack, type PackedData } from './index/plainDataCodec';
export { DEFAULT_MIN_CONFIDENCE, mergeCheckResults, toCheckResult, toTextReport, withMinConfidence, type SkippedFile } from './output/report';
export { encodePath, toSarif } from './output/sarif';
export { countOf } from './output/plural';
// Reviewing a draft against its sources: disagreements once each, the reader's verdicts, the Source Check, the Markdown report.
export { disagreementsOf, disagreementKey, normaliseQuote, sentenceAt, sideOf, type Disagreement, type DisagreementSide, type SentenceSource } from './conflicts/disagreements';
export { VerdictBook, closes, emptyVerdicts, parseVerdicts, removeVerdicts, sameVerdict, serialiseVerdicts, verdictFor, type Verdict, type VerdictData, type VerdictKind, type VerdictSide } from './conflicts/verdicts';
export { DRAFT_VERDICTS, VERDICT_TITLES, checkDraft, defaultDraftOf, draftSummary, type DraftCheck, type DraftSentence, type DraftVerdict } from './conflicts/draftCheck';
export { escapeMd, markdownReport, type ReportOptions, type ReportStory } from './output/markdownReport';
