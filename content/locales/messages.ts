import type enAbout from './en/about';
import type enCommon from './en/common';
import type enOptions from './en/options';
import type enPopup from './en/popup';
import type enWorker from './en/worker';

type English = typeof enCommon &
  typeof enAbout &
  typeof enPopup &
  typeof enOptions &
  typeof enWorker;

/** Every UI message key, with its English text's type. English defines the keys. */
export type Messages = { [K in Extract<keyof English, string>]: string };
export type MessageKey = keyof Messages;
