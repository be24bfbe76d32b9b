import { open } from 'node:fs/promises';

/**
 * Reads file after file into one buffer, decoded once (reading with an encoding decodes chunk by
 * chunk). A fresh buffer of megabytes per report is freed late and leaves the process's memory
 * fragmented: a merge of a hundred reports would hold several of them at its peak.
 */
export class FileReader {
  private buffer = Buffer.alloc(0);

  async text(file: string): Promise<string> {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (this.buffer.length < size + 1) this.buffer = Buffer.allocUnsafe(size + 1);
      let length = 0;
      // Read to the end, past the size stat gave: a file still being written is not cut short.
      for (;;) {
        if (length === this.buffer.length) {
          const larger = Buffer.allocUnsafe(this.buffer.length * 2);
          this.buffer.copy(larger);
          this.buffer = larger;
        }
        const { bytesRead } = await handle.read(this.buffer, length, this.buffer.length - length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      return this.buffer.toString('utf8', 0, length);
    } finally {
      await handle.close();
    }
  }
}
