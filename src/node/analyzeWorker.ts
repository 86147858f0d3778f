/**
 * Worker-thread entry: analyses whole folders through a CorpusIndex, so documents without a
 * date of their own already carry the folder's inferred date and are not analysed twice.
 * DocumentAnalysis is plain data, so it crosses the thread boundary by structured clone.
 */
import { parentPort } from 'node:worker_threads';
import { CorpusIndex } from '../core/corpusIndex';

export interface AnalyzeRequest {
  id: number;
  folders: { file: string; text: string }[][];
}

parentPort?.on('message', (req: AnalyzeRequest) => {
  try {
    const analyses = req.folders.map((docs) => {
      const index = new CorpusIndex();
      for (const d of docs) index.setDocument(d.file, d.text);
      return docs.map((d) => index.document(d.file)!);
    });
    parentPort!.postMessage({ id: req.id, analyses });
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
