// Made on first use: building a number format loads locale data, which most runs never need.
let numberFormat: Intl.NumberFormat | undefined;

/** A count as people read it in a message: `1,234`. */
export const formatCount = (count: number): string => (numberFormat ??= new Intl.NumberFormat('en-US')).format(count);

/** A count with its noun, singular for one: `1 document`, `1,234 documents`, `2 extracted texts`. */
export const counted = (count: number, singular: string, plural = `${singular}s`): string => `${formatCount(count)} ${count === 1 ? singular : plural}`;
