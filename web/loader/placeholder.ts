/** Stands in the built loader for the app's hashed script path, which the worker writes in its place. */
export const APP_SCRIPT_PLACEHOLDER = '__APP_SCRIPT__';
