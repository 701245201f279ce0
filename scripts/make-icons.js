#!/usr/bin/env node
// Draws the add-in's icons (a report page with a bar chart, in Office green) as PNGs at 16, 32, 64 and 80 px.
'use strict';
const { deflateSync } = require('node:zlib');
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const GREEN = [33, 115, 70, 255], WHITE = [255, 255, 255, 255], CLEAR = [0, 0, 0, 0], RED = [196, 43, 28, 255];
function pixel(u, v) {
  const r = 0.16, inside = (x, y) => x >= 0.06 && x <= 0.94 && y >= 0.06 && y <= 0.94;
  if (!inside(u, v)) return CLEAR;
  const cx = Math.min(Math.max(u, 0.06 + r), 0.94 - r), cy = Math.min(Math.max(v, 0.06 + r), 0.94 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  const bars = [[0.22, 0.34, 0.55], [0.42, 0.54, 0.35], [0.62, 0.74, 0.45]];
  for (const [x0, x1, top] of bars) if (u >= x0 && u <= x1 && v >= top && v <= 0.78) return WHITE;
  if (v >= 0.2 && v <= 0.27 && u >= 0.22 && u <= 0.74) return RED;
  return GREEN;
}
const dir = join(__dirname, '..', 'assets');
mkdirSync(dir, { recursive: true });
for (const s of [16, 32, 64, 80]) writeFileSync(join(dir, `icon-${s}.png`), png(s, pixel));
console.log('icons written to assets/');
