/** Roughly what a page costs on the wire: its briefing's text (as JSON, about as long as its HTML), plus the page around it, gzipped (about 3:1). */
export const estimateBytes = (briefingLength: number) => Math.round((briefingLength + 9000) / 3);
