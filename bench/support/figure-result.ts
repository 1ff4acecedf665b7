/** What a figure script hands to run-all for the closing summary. */
export interface FigureResult {
  readonly figure: string;
  readonly goal: string;
  readonly met: boolean;
  /** One line with the headline numbers. */
  readonly headline: string;
}

/**
 * Sends the result to run-all over the IPC channel it opens; a script started on its own
 * has no channel and simply skips this.
 */
export function reportFigure(result: FigureResult): void {
  process.send?.(result);
}

export const isFigureResult = (message: unknown): message is FigureResult =>
  typeof message === 'object' &&
  message !== null &&
  'figure' in message &&
  'met' in message &&
  'headline' in message;
