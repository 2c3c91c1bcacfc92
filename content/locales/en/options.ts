/** UI words of the options page. */
export default {
  optionsTitle: 'Tend settings',
} as const;
