import { LOCAL_EDITOR } from '../../worker/store/editors';
import { expect } from 'vitest';
import { get } from './editor-client';

// A browser signed in to the web editor, as the worker tests of its pages drive it.

export const ORIGIN = 'https://briefing.test';
export const HTML = { Accept: 'text/html' };

/** A browser's session cookie from the local sign-in, as `email`. */
export async function session(email: string = LOCAL_EDITOR.email): Promise<string> {
  const res = await get(
    '/dev/sign-in',
    { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
    { method: 'POST', body: new URLSearchParams({ email }).toString(), redirect: 'manual' },
  );
  return (res.headers.get('Set-Cookie') ?? '').split(';')[0];
}

/** A form post from a browser with `cookie`, from `origin`; a field may repeat (checkboxes). */
export const post = (
  path: string,
  cookie: string,
  fields: Record<string, string> | [string, string][],
  origin = ORIGIN,
) =>
  get(
    path,
    { Cookie: cookie, Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', ...HTML },
    { method: 'POST', body: new URLSearchParams(fields).toString(), redirect: 'manual' },
  );

/** A page of the editor as the browser with `cookie` gets it. */
export const page = async (path: string, cookie: string) => (await get(path, { Cookie: cookie, ...HTML })).text();

/** An action of the live briefing posted, then confirmed with the fields its confirmation carries: the answer. */
export async function confirmed(path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
  const asked = await post(path, cookie, fields);
  expect(asked.status).toBe(200);
  expect(await asked.text()).toContain('name="_confirmed" value="1"');
  return post(path, cookie, { ...fields, _confirmed: '1' });
}
