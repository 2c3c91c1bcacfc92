import type enCommon from './en/common';
import type enOptions from './en/options';
import type enPopup from './en/popup';

/** Every UI message key, with its English text's type. English defines the keys. */
export type Messages = {
  [K in keyof (typeof enCommon & typeof enPopup & typeof enOptions)]: string;
};
export type MessageKey = keyof Messages;
