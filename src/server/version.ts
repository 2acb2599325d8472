/** Shown in the help dialog; bumped with the changelog. */
export const APP_VERSION = '0.1.0';
