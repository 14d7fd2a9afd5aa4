/**
 * `npm run icons`: makes every platform's app icon from the one source image, assets/icon.svg —
 * PNGs drawn by Chromium at each size (assets/icon.png at 1024 px and assets/icons/NxN.png for Linux),
 * then assets/icon.ico (Windows) and assets/icon.icns (macOS) from the large PNG with png2icons.
 * The results are committed; run it again after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import png2icons from 'png2icons';
import { launchChromium } from '../test/support/chromium';

const assets = join(import.meta.dirname, '../assets');
const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;

const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');
const browser = await launchChromium();
async function render(size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  return png;
}
try {
  const large = await render(1024);
  writeFileSync(join(assets, 'icon.png'), large);
  for (const size of LINUX_ICON_SIZES) writeFileSync(join(assets, 'icons', `${size}x${size}.png`), await render(size));
  const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons kunde inte göra ikonerna');
  writeFileSync(join(assets, 'icon.ico'), ico);
  writeFileSync(join(assets, 'icon.icns'), icns);
  console.log(`Ikoner sparade i ${assets}`);
} finally {
  await browser.close();
}
