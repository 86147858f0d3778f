/** Inline form of a resolved date label: month names shortened (`March 2023` → `Mar 2023`) to keep the line readable. */
export function shortDateLabel(label: string): string {
  return label.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => m.slice(0, 3));
}
