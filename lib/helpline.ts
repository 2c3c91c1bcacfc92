/**
 * Where "Need more support?" leads, on the exercise card and in the About text: a directory
 * of free helplines, searchable by country and topic, so no one service is named for everyone.
 */
export const HELPLINE_DIRECTORY = 'https://findahelpline.com';
