import { APP_SCRIPT_PLACEHOLDER, STRINGS_SCRIPTS_PLACEHOLDER } from '../../web/loader/placeholder';

const quoted = (name: string) => new RegExp(`(["'\`])${name}\\1`);
const app = quoted(APP_SCRIPT_PLACEHOLDER);
const strings = quoted(STRINGS_SCRIPTS_PLACEHOLDER);

/**
 * The built loader (web/loader/loader.ts) with the app's module path and each language's strings file
 * written in, ready to inline.
 */
export function withAppScript(built: string, src: string, stringsFiles: Record<string, string> = {}): string {
  if (!app.test(built)) throw new Error('the built loader names no app script');
  return built
    .trim()
    .replace(app, JSON.stringify(src))
    .replace(strings, `(${JSON.stringify(stringsFiles)})`);
}
