/**
 * Draws Loupe's icon and writes what electron-builder packs into `build/`: icon.png (1024),
 * icons/<n>x<n>.png (Linux), icon.icns (macOS), icon.ico (Windows). Run `npm run icons`;
 * the outputs are committed, so packaging needs no image tools.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawLoupe } from './icons/drawLoupe';
import { encodePng } from './icons/encodePng';
import { icnsFile, icoFile } from './icons/iconContainers';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

async function main(): Promise<void> {
  const build = join(import.meta.dirname, '..', 'build');
  await mkdir(join(build, 'icons'), { recursive: true });
  const pngs = new Map(SIZES.map((size) => [size, encodePng(drawLoupe(size))]));
  for (const [size, png] of pngs)
    if (size <= 512) await writeFile(join(build, 'icons', `${size}x${size}.png`), png);
  await writeFile(join(build, 'icon.png'), pngs.get(1024) as Buffer);
  await writeFile(join(build, 'icon.icns'), icnsFile(pngs));
  await writeFile(
    join(build, 'icon.ico'),
    icoFile(new Map(ICO_SIZES.map((size) => [size, pngs.get(size) as Buffer]))),
  );
  console.log(
    `wrote ${build}/icon.png, icon.icns, icon.ico and icons/ (${SIZES.filter((s) => s <= 512).join(', ')} px)`,
  );
}

await main();
