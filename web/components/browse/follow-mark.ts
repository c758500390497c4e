import { followKey, type Follow } from '../../../model/follow';

/** The attributes of a Follow button: what it follows, and the name it is listed under. */
export const followMark = (follow: Follow, name: string) => ({ 'data-follow': followKey(follow), 'data-name': name });
