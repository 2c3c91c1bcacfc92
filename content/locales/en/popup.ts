/** UI words of the popup. */
export default {
  nextBreakIn: 'Next break in {minutes} min',
} as const;
