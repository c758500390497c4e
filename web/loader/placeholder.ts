/** Stands in the built loader for the app's hashed script path, which the worker writes in its place. */
export const APP_SCRIPT_PLACEHOLDER = '__APP_SCRIPT__';
/** Stands in the built loader for each language's strings file, `{"en":"/assets/…","fr":…}`, written in by the worker. */
export const STRINGS_SCRIPTS_PLACEHOLDER = '__STRINGS_SCRIPTS__';
