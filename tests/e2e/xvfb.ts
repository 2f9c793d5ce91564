// A virtual X display for the tests that need real key and mouse events: Chromium runs keyboard
// shortcuts (commands) and context menus only for events from the window system, which
// Playwright's synthetic input is not. xdotool sends them to Xvfb (apt: xvfb xdotool).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface Display {
  /** The DISPLAY value, ":N". */
  name: string;
  /** Type a key chord ("alt+shift+k", "Up", "Return") into the focused window. */
  key(...keys: string[]): void;
  /** Move the pointer to screen coordinates and press a button (3 = right). */
  click(x: number, y: number, button?: number): void;
  /** Focus the newest visible Chromium window. */
  focusBrowser(): void;
  close(): Promise<void>;
}

export async function startDisplay(): Promise<Display> {
  // -displayfd: Xvfb picks a free display number and writes it to fd 3 once it accepts clients.
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.on('error', (e) => reject(new Error(`cannot start Xvfb (apt-get install -y xvfb xdotool): ${e.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
  });
  const name = `:${number}`;
  const xdotool = (...args: string[]) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: name } }).toString();
  return {
    name,
    key: (...keys) => void xdotool('key', '--clearmodifiers', ...keys),
    click: (x, y, button = 1) => void xdotool('mousemove', '--sync', String(Math.round(x)), String(Math.round(y)), 'click', String(button)),
    focusBrowser() {
      const windows = xdotool('search', '--onlyvisible', '--class', 'chromium').trim().split('\n');
      xdotool('windowfocus', '--sync', windows.at(-1)!); // no window manager: focus, not activate
    },
    close: () =>
      new Promise((resolve) => {
        xvfb.once('exit', () => resolve());
        xvfb.kill();
      }),
  };
}
