/**
 * Wraps `text` in a first-strong isolate (U+2068 … U+2069) for plain text, where no `<bdi>`
 * exists: a date or a name keeps its own order inside right-to-left text and does not
 * reorder what stands around it (SPEC §5). A date has no strong character, so it is laid
 * out left to right. No direction mark goes inside: that is what scrambled dates (issue 18).
 */
export const firstStrongIsolate = (text: string): string => `\u2068${text}\u2069`;
