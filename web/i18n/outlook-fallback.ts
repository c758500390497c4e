// The outlook's words for a language that has none: English. The app's build resolves this module to
// outlook-fallback-app.ts (vite.config.ts), whose English words arrive with en.ts instead.
export { outlookEn as outlookFallback } from './outlook-en';
