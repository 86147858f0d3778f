/**
 * Shared data shapes of the engine. Every offset is a UTF-16 code-unit index into the
 * document's decoded text (BOM stripped), `end` exclusive, so `text.slice(start, end)`
 * is always the quoted surface form.
 */

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'place' | 'organization' | 'date' | 'number' | 'other';

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** Where a document's reference date came from, in priority order. */
export type DateSource = 'header' | 'published' | 'text' | 'inferred' | 'none';

export interface DocumentDate {
  /** ISO `YYYY-MM-DD`, or null when nothing could be found or inferred. */
  date: string | null;
  source: DateSource;
  span?: Span;
}

/** A capitalised name found in text, before cross-document linking. */
export interface NameMention extends Span {
  /** Exact surface text (`text.slice(start, end)`), without a leading title such as `Mr`. */
  text: string;
  sentence: number;
  /** Type guessed from the name and its context, before folder-wide voting. */
  typeHint: EntityType;
  /** In a list of three or more names (`Tampa, Fort Myers, Orlando and Daytona Beach`): where the list starts. */
  list?: number;
  /** Titles and descriptors seen right before the name, e.g. `Russian President`, `Mr`. */
  descriptors: string[];
  /** Wider span including the descriptors (`Russian President Vladimir Putin`). */
  fullStart: number;
  /**
   * One word capitalised only by its place (a sentence start, a headline) that its document gives no other
   * evidence for: a name only if the folder writes it capitalised elsewhere (`Earlier`, `Doctors` are not).
   */
  positional?: true;
}

export type Granularity = 'day' | 'week' | 'month' | 'part-of-month' | 'season' | 'part-of-year' | 'year';

/** A date expression normalised to an interval. */
export interface TimeExpression extends Span {
  text: string;
  sentence: number;
  /** Inclusive ISO date `YYYY-MM-DD`. */
  from: string;
  /** Inclusive ISO date `YYYY-MM-DD`. */
  to: string;
  granularity: Granularity;
  /** True when the value depends on the document date (`last month`, `on Tuesday`). */
  relative: boolean;
  /** Human readable resolved value, e.g. `March 2023`, `Tue 18 Apr 2023`. */
  label: string;
}

export type Comparator = '=' | '>' | '>=' | '<' | '<=' | '~';

export interface Quantity extends Span {
  text: string;
  sentence: number;
  value: number;
  comparator: Comparator;
  /** Lemmatised head noun counted, e.g. `troop`, `woman`, or null. */
  unit: string | null;
  /** True for amounts such as `a dozen`, `hundreds of`: `value` is only indicative. */
  vague?: boolean;
}

export interface Ordinal extends Span {
  text: string;
  sentence: number;
  value: number;
  /** Lemmatised noun the ordinal qualifies (`visit`, `trip`, `time`), or null. */
  noun: string | null;
}

/** What one document yields before anything is compared with other documents. */
export interface DocumentAnalysis {
  file: string;
  text: string;
  title?: Span;
  byline?: Span;
  bylineNames: string[];
  date: DocumentDate;
  sentences: Sentence[];
  names: NameMention[];
  times: TimeExpression[];
  quantities: Quantity[];
  ordinals: Ordinal[];
}

/**
 * What the index hands out for a document: its analysis without the raw name candidates, which only
 * entity linking reads (and which a folder restored from a worker does not keep). Entities carry the names.
 */
export type DocumentView = Omit<DocumentAnalysis, 'names'>;

export interface Mention extends Span {
  file: string;
  text: string;
  sentence: number;
}

export interface Entity {
  id: string;
  /** Canonical name: the longest well-formed surface form without titles. */
  name: string;
  type: EntityType;
  aliases: string[];
  descriptors: string[];
  mentions: Mention[];
}

export type ContradictionKind = 'date' | 'number' | 'ordinal' | 'place' | 'negation' | 'other';

export interface SpanRef extends Span {
  file: string;
  text: string;
}

/** A source that disagrees with a contradiction's claim. */
export interface RivalRef extends SpanRef {
  /** The value this side states, as the comparison read it (`Kherson`, `did not happen`), when it knows it. */
  value?: string;
  /** What the diagnostic on this side says: it points back at the disputed claim. */
  message?: string;
  /** The sentence cut around its disputed value (shown instead of `text` when set). */
  quote?: string;
  /** 0..1, for this side alone. */
  confidence?: number;
  /** Where this side's disputed value is written, when the comparison knows it. */
  valueSpan?: Span;
}

/**
 * One disagreement: the claim that differs (its span), and every source stating the fact otherwise in `related`.
 * The pairwise comparison produces one per side and pair; conflicts/groupDisagreements.ts merges them.
 */
export interface Contradiction extends SpanRef {
  id: string;
  kind: ContradictionKind;
  /** Stable code per kind, e.g. `xref.date`; users set severity and suppress by it. */
  code: string;
  message: string;
  /** 0..1 */
  confidence: number;
  related: RivalRef[];
  /** What the sides disagree about (`Mariupol visit`), when the comparison knows it. */
  fact?: string;
  /** The value this side states, as the comparison read it, when it knows it. */
  value?: string;
  /** The sentence cut around its disputed value. */
  quote?: string;
  /** Where this side's disputed value is written, when the comparison knows it. */
  valueSpan?: Span;
}

/** The command line's JSON (`--format json`). Keep stable; bump `version` on breaking change. */
export interface CheckResult {
  /** 2: `times` added; `contradictions` holds one entry per disputed claim with every rival in `related`. */
  version: 2;
  documents: { file: string; date: string | null; dateSource: DateSource }[];
  entities: {
    id: string;
    name: string;
    type: EntityType;
    aliases: string[];
    mentions: { file: string; start: number; end: number; text: string }[];
  }[];
  /** Every time expression resolved, in document order; `value` is ISO 8601 at the text's precision. */
  times: { file: string; start: number; end: number; text: string; value?: string }[];
  contradictions: {
    id: string;
    kind: ContradictionKind;
    code: string;
    confidence: number;
    file: string;
    start: number;
    end: number;
    text: string;
    message: string;
    /** The sentence cut around the disputed value (version 2). */
    quote?: string;
    related: { file: string; start: number; end: number; text: string; quote?: string }[];
  }[];
  skipped: { file: string; reason: string }[];
}

/** One statement extracted from a sentence: who did what, when, where, how many. */
export interface Claim {
  id: string;
  file: string;
  sentence: number;
  /** The sentence (or clause) span the claim was read from. */
  start: number;
  end: number;
  text: string;
  /** Entity ids of the subject(s). */
  subjects: string[];
  /** Lemmatised event or predicate, normalised to a family (`visit` for visit/trip/travel). */
  event: string;
  eventSpan?: Span;
  time?: TimeExpression;
  /** Entity ids of places named as where the event happened. */
  places: string[];
  quantities: Quantity[];
  ordinals: Ordinal[];
  negated: boolean;
}

/** How the other sources stand towards one sentence. */
export interface SentenceSupport {
  file: string;
  sentence: number;
  start: number;
  end: number;
  /** Sentences in other sources stating a compatible claim. */
  supportedBy: SpanRef[];
  contradictedBy: SpanRef[];
  /** True when none of the sentence's names or values appear in any other source. */
  unsupported: boolean;
}
