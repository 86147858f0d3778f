import { findTimes } from './dates';
import { findDocumentDate } from './documentDate';
import { findNames } from './names';
import { findOrdinals, findQuantities } from './numbers';
import { splitSentences } from './sentences';
import type { DocumentAnalysis, DocumentDate } from './types';

export interface AnalyzeOptions {
  /** Overrides the document's own date (used for dates inferred from the rest of the folder). */
  referenceDate?: DocumentDate;
}

/** Everything that can be known about one source without looking at the others. */
export function analyzeDocument(file: string, text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const sentences = splitSentences(text);
  const date = options.referenceDate ?? findDocumentDate(text, sentences);
  const byline = /^By\s+([A-Z][^\n|]*?)(?:\s*\|[^\n]*)?$/m.exec(text);
  const firstLine = sentences.find((s) => !/^\s*date\s+\d{4}-/i.test(text.slice(s.start, s.end)));
  return {
    file,
    text,
    title: firstLine ? { start: firstLine.start, end: firstLine.end } : undefined,
    byline: byline ? { start: byline.index, end: byline.index + byline[0].length } : undefined,
    bylineNames: byline ? byline[1].split(/\s+and\s+|,\s*/).map((s) => s.trim()).filter(Boolean) : [],
    date,
    sentences,
    names: findNames(text, sentences),
    times: findTimes(text, sentences, date.date),
    quantities: findQuantities(text, sentences),
    ordinals: findOrdinals(text, sentences),
  };
}

/** The same analysis against another reference date: only the dates are found again. */
export function withReferenceDate(analysis: DocumentAnalysis, date: DocumentDate): DocumentAnalysis {
  return { ...analysis, date, times: findTimes(analysis.text, analysis.sentences, date.date) };
}
