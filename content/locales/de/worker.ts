import type { Messages } from '../messages';

export default {
  nudgeTitle: 'Zeit für eine kurze Pause',
  nudgeMessage: 'Ein, zwei ruhige Minuten, wenn du magst. Deine Übung ist bereit.',
  nudgeMessageFirefox: 'Ein, zwei ruhige Minuten, wenn du magst. Klicke, um die Übung zu öffnen.',
  nudgeStart: 'Los',
  nudgeSnooze: 'Später',
  badgeDue: 'Zeit',
  badgeMinutes: '{n}m',
} satisfies Partial<Messages>;
