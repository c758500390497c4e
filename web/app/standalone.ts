/** Opened from the home screen (or iOS's): the reader installed the app. */
export const standalone = () =>
  matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
