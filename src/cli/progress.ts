/**
 * Progress on stderr. On a terminal: one line redrawn in place (a bar, counts, rate, ETA), at
 * most ten times a second. Elsewhere (a pipe, a log file, CI): a plain line at every tenth of
 * the way, so the output stays readable and short.
 */
import type { OutStream } from './command.js';

export interface ProgressOptions {
  /** Redraw in place (default: whether the stream is a terminal). */
  readonly live?: boolean;
  /** Clock, for tests. */
  readonly now?: () => number;
}

const BAR_WIDTH = 24;

export function progressBar(fraction: number, width = BAR_WIDTH): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(clamped * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

/** 75 → `1:15`, 3700 → `1:01:40`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export function percent(done: number, total: number): number {
  return total <= 0 ? 100 : Math.floor((done / total) * 100);
}

/** A line that is redrawn (terminal) or printed at each tenth (elsewhere). */
export class ProgressLine {
  private readonly live: boolean;
  private readonly now: () => number;
  private lastDraw = 0;
  private lastTenth = -1;
  private drawn = false;

  constructor(
    private readonly stream: OutStream,
    options: ProgressOptions = {},
  ) {
    this.live = options.live ?? Boolean(stream.isTTY);
    this.now = options.now ?? Date.now;
  }

  /**
   * Shows `text` for `fraction` of the work done. On a terminal it is throttled unless `force`;
   * elsewhere it is printed when the fraction reaches the next tenth.
   */
  update(fraction: number, text: string, force = false): void {
    if (this.live) {
      const now = this.now();
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      this.stream.write(`\r\x1b[2K${text}`);
      this.drawn = true;
      return;
    }
    const tenth = Math.floor(Math.min(1, Math.max(0, fraction)) * 10);
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.stream.write(`${text}\n`);
    }
  }

  /** Ends the live line (so what follows starts on a fresh line). */
  end(text?: string): void {
    if (this.live) {
      if (text !== undefined) this.stream.write(`\r\x1b[2K${text}\n`);
      else if (this.drawn) this.stream.write('\n');
    } else if (text !== undefined) {
      this.stream.write(`${text}\n`);
    }
  }
}

/** Progress of `total` items of one kind: `label [####----] 40% 285/712`. */
export class Progress {
  private readonly line: ProgressLine;

  constructor(
    stream: OutStream,
    private readonly label: string,
    private total: number,
    options: ProgressOptions = {},
  ) {
    this.line = new ProgressLine(stream, options);
  }

  update(done: number, total = this.total): void {
    this.total = total;
    const fraction = total <= 0 ? 1 : done / total;
    this.line.update(
      fraction,
      `${this.label} ${progressBar(fraction)} ${percent(done, total)}% ${done}/${total}`,
      done >= total,
    );
  }

  end(): void {
    this.line.end();
  }
}
