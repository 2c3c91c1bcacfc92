/**
 * A soft two-note chime, made with Web Audio rather than shipped as a file: a few hundred
 * bytes of code instead of an audio asset, and no sudden start (the notes fade in and out).
 */
export function playChime(audio: AudioContext): Promise<void> {
  const start = audio.currentTime + 0.05;
  const notes = [
    { frequency: 659.25, at: 0 }, // E5
    { frequency: 880, at: 0.28 }, // A5
  ];
  for (const note of notes) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = note.frequency;
    const t = start + note.at;
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(0.12, t + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.2);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 1.25);
  }
  return new Promise((resolve) => setTimeout(resolve, 1700));
}

export const CHIME_MESSAGE = 'tend-chime';
