/** A one-line progress indicator on stderr; silent when stderr is not a terminal or when quiet. */
export class Progress {
  private shown = false;
  private last = 0;

  constructor(private readonly enabled: boolean, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  static forStderr(quiet: boolean): Progress {
    return new Progress(!quiet && process.stderr.isTTY === true);
  }

  update(message: string, force = false): void {
    if (!this.enabled) return;
    // Redrawing more often than every 50 ms only costs time.
    const now = Date.now();
    if (!force && now - this.last < 50) return;
    this.last = now;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r\x1b[K${message.slice(0, width)}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
