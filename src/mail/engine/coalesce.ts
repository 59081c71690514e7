/**
 * One statement for many callers: items submitted while a flush runs go together into the next
 * one, so callers that each wait for their own item's write share round trips to the database
 * (a flush takes whatever has queued up — one item when traffic is light, several under load).
 */
export class Coalescer<I, O> {
  private pending: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] =
    [];
  private running = false;

  /** `flush` returns one output per item, in the items' order. */
  constructor(private readonly flush: (items: I[]) => Promise<O[]>) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          const outputs = await this.flush(batch.map((p) => p.item));
          for (const [i, p] of batch.entries()) p.resolve(outputs[i] as O);
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
