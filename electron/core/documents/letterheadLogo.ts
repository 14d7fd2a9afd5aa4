/**
 * The letterhead's logo, from an image file the user picks: only PNG or JPEG of at most 1 MB, its size
 * in pixels read from the file itself (image-size), kept in the settings with its alt text; and the
 * size it is drawn at in documents (at most 5 cm wide and 2 cm high, proportions kept).
 */
import { imageSize } from 'image-size';
import { sv } from '../../shared/i18n/sv';
import { LOGO_MAX_BYTES, letterheadLogoSchema, type LetterheadLogo } from '../../shared/store/schema';
import { AppError } from '../appError';
import type { FileFilter } from '../host';

export const imageFilter: FileFilter = { name: sv.fileFilters.images, extensions: ['png', 'jpg', 'jpeg'] };

/** Largest drawn size, in pixels at 96 per inch (5 cm × 2 cm). */
const MAX_WIDTH = 189;
const MAX_HEIGHT = 76;

export function logoFromFile(bytes: Uint8Array, altText: string): LetterheadLogo {
  if (bytes.byteLength > LOGO_MAX_BYTES) throw new AppError('INVALID_INPUT', sv.settings.logoTooLarge);
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw new AppError('INVALID_INPUT', sv.settings.logoNotImage);
  }
  const type = size.type === 'png' ? 'png' : size.type === 'jpg' ? 'jpg' : null;
  if (!type) throw new AppError('INVALID_INPUT', sv.settings.logoNotImage);
  const parsed = letterheadLogoSchema.safeParse({ type, base64: Buffer.from(bytes).toString('base64'), width: size.width, height: size.height, altText });
  if (!parsed.success) throw new AppError('INVALID_INPUT', sv.settings.logoNotImage);
  return parsed.data;
}

export function drawnLogoSize(logo: LetterheadLogo): { width: number; height: number } {
  const scale = Math.min(1, MAX_WIDTH / logo.width, MAX_HEIGHT / logo.height);
  return { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) };
}
