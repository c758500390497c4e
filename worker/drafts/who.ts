import type { Context } from 'hono';
import { hasRole } from '../../model/editor';
import { requireRole } from '../http/identity';
import type { Signer } from '../store/drafts';
import type { AppEnv } from '../types';

// Who may do what with drafts, in one place: writers save, check, preview and diff drafts; editors
// (and admins) also publish and schedule them.

export type DraftRole = 'writer' | 'editor';

/** The middleware that lets in `role` and above (401 without an identity, 403 naming the role lacked). */
export const allow = (role: DraftRole) => requireRole(role);

/** The editor a request acts as, as drafts name them. */
export const signerOf = (c: Context<AppEnv>): Signer => {
  const { id, name, desk } = c.var.editor;
  return { id, name, desk };
};

/** Whether they may put drafts on the schedule (a save by anyone else takes a draft off it). */
export const maySchedule = (c: Context<AppEnv>): boolean => hasRole(c.var.editor.role, 'editor');
