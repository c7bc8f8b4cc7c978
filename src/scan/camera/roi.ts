// The region of interest: the part of the frame inside the aiming frame, the
// only part decoded. Fractions of the frame, so the overlay and the crop agree.

export interface Roi {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fractions of the frame: wide and low in landscape (GS1-128 is wide), a bit taller in portrait. */
export function roiFractions(frameWidth: number, frameHeight: number): { width: number; height: number } {
  return frameWidth >= frameHeight ? { width: 0.8, height: 0.5 } : { width: 0.9, height: 0.4 };
}

/** The region of interest in frame pixels, centred, even-sized. */
export function roiOf(frameWidth: number, frameHeight: number): Roi {
  const f = roiFractions(frameWidth, frameHeight);
  const width = Math.round((frameWidth * f.width) / 2) * 2;
  const height = Math.round((frameHeight * f.height) / 2) * 2;
  return { x: Math.round((frameWidth - width) / 2), y: Math.round((frameHeight - height) / 2), width, height };
}
