/** One thing the content check found. `params` fill the rule's message template. */
export interface Finding {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** The field, as an author writes its path, e.g. `review.proofreadBy` or `authors[1]`. */
  field: string;
  rule: string;
  params: Record<string, string | number | undefined>;
}
