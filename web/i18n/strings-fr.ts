// Everything the app says in French, one file fetched beside the app by French readers only.
export { fr as strings } from './fr';
export { outlookFr as outlook } from './outlook-fr';
