import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

// The Nu Html Checker (the W3C's validator, from the pinned `vnu-jar`), run on pages as the server sent
// them. The JVM takes seconds to start: hand it every page at once.

const JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** A page to check, named for the reports. */
export interface CheckedPage {
  name: string;
  html: string;
}

/** One error the checker found, with the page it is in and the markup around it. */
export interface HtmlError {
  page: string;
  line?: number;
  message: string;
  extract?: string;
}

/** Every error the Nu Html Checker finds in `pages` (warnings are left out); empty when all are valid. */
export async function htmlErrors(pages: CheckedPage[]): Promise<HtmlError[]> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-vnu-'));
  try {
    const files = pages.map((p) => {
      const file = join(dir, `${p.name.replace(/[^a-z0-9-]+/gi, '-')}.html`);
      writeFileSync(file, p.html);
      return file;
    });
    const names = new Map(files.map((f, i) => [basename(f), pages[i].name]));
    const { stdout } = await promisify(execFile)(
      'java',
      ['-jar', JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
      { maxBuffer: 32 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as {
      messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
    };
    return report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => ({
        page: names.get(basename(m.url ?? '')) ?? m.url ?? '',
        line: m.lastLine,
        message: m.message,
        extract: m.extract,
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
