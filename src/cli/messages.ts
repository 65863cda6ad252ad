/**
 * How every line boilerstrip writes on standard error reads, the main command's and check-rules'
 * alike: `boilerstrip: MESSAGE`, and `boilerstrip: warning: MESSAGE` for a warning, which does not
 * change the exit status. A message names standard input `<stdin>` (input-source.ts: inputLabel).
 */
export const messageLine = (text: string, level: 'error' | 'warning' = 'error'): string => `boilerstrip: ${level === 'warning' ? 'warning: ' : ''}${text}\n`;
