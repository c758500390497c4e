import { createMiddleware } from 'hono/factory';
import { hasRole, roleTooLow, type Role } from '../../model/editor';
import { problem } from '../http/problem';
import type { AppEnv } from '../types';

/**
 * At least `role`, for an editor the newsroom's pages have already signed in (requireRole): checked
 * again without counting a second sign-in against the address's limit.
 */
export const needRole = (role: Role) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const editor = c.get('editor');
    if (!hasRole(editor.role, role))
      return problem(c, 403, roleTooLow(role, editor), {
        members: { required: role },
      });
    await next();
  });
