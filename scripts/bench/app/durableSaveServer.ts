/**
 * The least a durable save can cost on the host: a WebSocket server on loopback that appends
 * each message to a file, flushes it to disk (`fdatasync`) and answers as Loupe's host answers
 * a call on its edit socket (`{"id":N,"envelope":{"ok":true}}`, the call's id). Prints its port.
 * Usage: `node --import tsx scripts/bench/app/durableSaveServer.ts <file>` (durableFloor.ts).
 */
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const fd = openSync(process.argv[2] ?? '', 'a');
const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('listening', () => console.log((server.address() as AddressInfo).port));
server.on('connection', (socket) =>
  socket.on('message', (data: Buffer) => {
    writeSync(fd, data);
    writeSync(fd, '\n');
    fdatasyncSync(fd);
    const id = /^\{"id":(\d+)[,}]/.exec(data.toString())?.[1] ?? '0';
    socket.send(`{"id":${id},"envelope":{"ok":true}}`);
  }),
);
process.on('SIGTERM', () => {
  closeSync(fd);
  process.exit(0);
});
