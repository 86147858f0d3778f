/** What each evaluation part returns to the runner. */
export interface EvalPart {
  name: string;
  passed: boolean;
  lines: string[];
}
