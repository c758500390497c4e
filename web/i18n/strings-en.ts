// Everything the app says in English, one file fetched beside the app by English readers only.
export { en as strings } from './en';
export { outlookEn as outlook } from './outlook-en';
