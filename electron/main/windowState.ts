import fs from 'node:fs';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 860, maximized: false };

/** The window's last size and place, so it opens where the user left it. A bad file means defaults. */
export function loadWindowBounds(file: string): WindowBounds {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowBounds>;
    const width = Number(saved.width);
    const height = Number(saved.height);
    if (!(width >= 800 && height >= 600 && width <= 10000 && height <= 10000)) return DEFAULT_BOUNDS;
    const place = Number.isFinite(saved.x) && Number.isFinite(saved.y) ? { x: saved.x, y: saved.y } : {};
    return { ...place, width, height, maximized: saved.maximized === true };
  } catch {
    return DEFAULT_BOUNDS;
  }
}

export function saveWindowBounds(file: string, bounds: WindowBounds): void {
  try {
    fs.writeFileSync(file, JSON.stringify(bounds));
  } catch {
    // Not worth bothering the user: the window opens at the default size next time.
  }
}
