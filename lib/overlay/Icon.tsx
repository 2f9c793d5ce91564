// Level icons: a different shape per level, so marks are told apart without colour.
import type { Level } from './levels';

const GLYPH: Record<Level, preact.JSX.Element> = {
  // A circle with a cross.
  error: <><circle cx="8" cy="8" r="7.5" /><path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="2" /></>,
  // A triangle with an exclamation mark.
  warning: <><path d="M8 .8L15.5 15H.5z" /><path d="M8 5.5v5" stroke="#fff" stroke-width="2" /><circle cx="8" cy="12.6" r="1.1" fill="#fff" /></>,
  // A rounded square with a question mark.
  review: <><rect x=".5" y=".5" width="15" height="15" rx="3" /><path d="M5.6 6a2.4 2.4 0 1 1 3.4 2.2c-.7.4-1 .8-1 1.6v.6" stroke="#fff" stroke-width="1.8" fill="none" /><circle cx="8" cy="12.7" r="1.1" fill="#fff" /></>,
  // A circle with an i.
  info: <><circle cx="8" cy="8" r="7.5" /><path d="M8 7v5" stroke="#fff" stroke-width="2" /><circle cx="8" cy="4.6" r="1.1" fill="#fff" /></>,
};

export function Icon({ level, size = 14 }: { level: Level; size?: number }) {
  return (
    <svg class={`icon icon-${level}`} viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      {GLYPH[level]}
    </svg>
  );
}
