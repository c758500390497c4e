import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureEditorToken, ensureVapidKeys, readEditorToken } from '../../scripts/lib/dev-vars';

// What `npm start` writes to .dev.vars on a fresh machine, and what it keeps on the next start.

const fresh = () => join(mkdtempSync(join(tmpdir(), 'dev-vars-')), '.dev.vars');

describe('.dev.vars as npm start keeps it', () => {
  it('gets the local admin’s token and a VAPID key pair, readable by its owner only', () => {
    const path = fresh();
    const { token, created } = ensureEditorToken(path);
    expect(created).toBe(true);
    expect(token).toMatch(/^brf_[\w-]{40,}$/);
    expect(ensureVapidKeys(path).created).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(
      new RegExp(`^EDITOR_TOKEN=${token}\\nVAPID_PUBLIC_KEY=[\\w-]{87}\\nVAPID_PRIVATE_KEY=[\\w-]{43}\\n$`),
    );
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readEditorToken(path)).toBe(token);
  });

  it('keeps what is there on the next start, and the lines it does not know', () => {
    const path = fresh();
    writeFileSync(path, 'MY_OWN=1\nEDITOR_TOKEN=brf_kept');
    expect(ensureEditorToken(path)).toMatchObject({ token: 'brf_kept', created: false });
    ensureVapidKeys(path);
    const once = readFileSync(path, 'utf8');
    expect(ensureVapidKeys(path).created).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(once);
    expect(once.split('\n').slice(0, 2)).toEqual(['MY_OWN=1', 'EDITOR_TOKEN=brf_kept']);
  });
});
