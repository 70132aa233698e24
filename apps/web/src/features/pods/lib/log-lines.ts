// The log viewer's text, kept bounded: a long or endless log keeps only its last lines, and each arriving piece is
// appended on its own (a new text node), never by re-rendering what is already shown.

/** How many lines the viewer keeps; older ones are dropped a piece at a time. */
export const maxShownLines = 5_000;
/** And how many characters: a log that writes no line breaks (progress bars, `\r`) must be bounded too. */
export const maxShownChars = 4_000_000;

export interface LogPiece {
  text: string;
  lines: number;
}

const lineCount = (text: string): number => {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
};

/** The pieces shown, oldest first, and how many lines they hold. */
export class LogLines {
  private readonly pieces: LogPiece[] = [];
  private total = 0;
  private chars = 0;

  constructor(
    private readonly max: number = maxShownLines,
    private readonly maxChars: number = maxShownChars,
  ) {}

  /**
   * Adds a piece; answers how many of the oldest pieces to drop so at most `max` lines and `maxChars` characters (plus
   * this piece) remain.
   */
  append(text: string): { piece: LogPiece; drop: number } {
    const piece = { text, lines: lineCount(text) };
    this.pieces.push(piece);
    this.total += piece.lines;
    this.chars += text.length;
    let drop = 0;
    for (let oldest = this.pieces[0]; oldest !== undefined && this.pieces.length > 1; oldest = this.pieces[0]) {
      if (this.total - oldest.lines < this.max && this.chars - oldest.text.length < this.maxChars) break;
      this.pieces.shift();
      this.total -= oldest.lines;
      this.chars -= oldest.text.length;
      drop++;
    }
    return { piece, drop };
  }

  get lineCount(): number {
    return this.total;
  }

  /** Everything shown, for the download. */
  text(): string {
    return this.pieces.map((p) => p.text).join('');
  }

  clear(): void {
    this.pieces.length = 0;
    this.total = 0;
    this.chars = 0;
  }
}
