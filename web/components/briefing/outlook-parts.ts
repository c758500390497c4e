import { OutlookGlance } from '../outlook/OutlookGlance';
import { Outlook } from './Outlook';

/** The outlook's components, for BriefingArticle's `parts` wherever they are rendered for real. */
export const OUTLOOK_PARTS = { Outlook, Glance: OutlookGlance };
