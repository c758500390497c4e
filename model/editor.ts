import * as v from 'valibot';
import { slug, strict, text } from './schema';

// The newsroom's people and desks (docs/editors.md): who may write what, and whose name the record
// carries. The worker's identity, the admins' lists and the editors command all read these shapes.

export const ROLES = ['writer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` may do what `needed` may: an admin is also an editor, an editor also a writer. */
export const hasRole = (role: Role, needed: Role) => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** The 403's detail when a role is too low: "This needs the admin role: Aïcha Diallo is an editor." */
export const roleTooLow = (needed: Role, editor: { name: string; role: Role }) =>
  `This needs the ${needed} role: ${editor.name} is ${/^[aeiou]/.test(editor.role) ? 'an' : 'a'} ${editor.role}.`;

export const email = v.pipe(
  v.string('must be an email address'),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, 'must be at most 254 characters'),
  v.email('must be an email address such as aicha@newsroom.example'),
);

/** `PUT /api/editors/{email}`: who the editor is, which desk answers for their work, what they may do. */
export const editorInputSchema = strict({
  name: text(100),
  desk: slug,
  role: v.picklist(ROLES, `must be one of: ${ROLES.join(', ')}`),
});

/** An editor as the worker knows them once signed in (`c.var.editor`). */
export const editorSchema = v.object({ id: v.number(), email, ...editorInputSchema.entries });

/** `PUT /api/desks/{id}`: the desk's name in each language of the interface. */
export const deskInputSchema = strict({ name: strict({ en: text(100), fr: text(100) }) });

export type EditorInput = v.InferOutput<typeof editorInputSchema>;
export type Editor = v.InferOutput<typeof editorSchema>;
export type DeskInput = v.InferOutput<typeof deskInputSchema>;
/** A desk as the lists and the pages show it. */
export type Desk = { id: string } & DeskInput;
