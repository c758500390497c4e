import { APP_SCRIPT_PLACEHOLDER } from '../../web/loader/placeholder';

const placeholder = new RegExp(`(["'\`])${APP_SCRIPT_PLACEHOLDER}\\1`);

/** The built loader (web/loader/loader.ts) with the app's module path written in, ready to inline. */
export function withAppScript(built: string, src: string): string {
  if (!placeholder.test(built)) throw new Error('the built loader names no app script');
  return built.trim().replace(placeholder, JSON.stringify(src));
}
