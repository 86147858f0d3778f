/** A file path or URI → its last segment, percent-decoded (`file:///a/b%20c.txt` → `b c.txt`). */
export function fileNameOf(file: string): string {
  const name = file.replace(/[?#].*$/, '').split(/[\\/]/).pop() || file;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
